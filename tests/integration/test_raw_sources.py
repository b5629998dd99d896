"""Every raw source through the worker's normalizer agent on the real broker: the decisions
and dead letters that come out of Kafka are exactly those the offline normalizer makes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from missionguard.pipeline.kafka.ingest import ingest_file
from missionguard.pipeline.settings import PROJECT_ROOT
from missionguard.pipeline.sources import normalize_payload, read_raw

FILES = PROJECT_ROOT / "tests" / "files"
SAMPLES = {
    "k8s_audit": FILES / "k8s_audit" / "audit_events.jsonl",
    "opa": FILES / "opa" / "decision_logs.jsonl",
    "envoy": FILES / "envoy" / "access_log.jsonl",
    "okta": FILES / "okta" / "panther_rule_tests.jsonl",  # unwrapped below
}


def _raw_file(source: str, tmp_path: Path) -> Path:
    path = SAMPLES[source]
    if source != "okta":
        return path
    # Rule-test files wrap each event: ship the events themselves, as a log shipper would.
    out = tmp_path / "okta.jsonl"
    lines = [
        json.dumps(json.loads(line)["event"]) for line in path.read_text().splitlines() if line
    ]
    out.write_text("\n".join(lines) + "\n")
    return out


def _expected(source: str, path: Path, settings) -> tuple[Counter[str], int]:
    decisions: Counter[str] = Counter()
    dead = 0
    for raw in read_raw(str(path), source):
        outcome = normalize_payload(source, raw.payload, raw.origin, settings.sources)
        dead += outcome.dead_letter is not None
        decisions.update(d.event_id for d in outcome.decisions)
    return decisions, dead


async def test_each_raw_source_becomes_the_same_decisions_on_kafka(deployment, watch, tmp_path):
    topics = deployment.settings.topics
    deployment.start_worker()
    expected: dict[str, tuple[Counter[str], int]] = {}
    async with watch(topics.decisions_topic, topics.dead_letters_topic) as out:
        for source in SAMPLES:
            path = _raw_file(source, tmp_path)
            expected[source] = _expected(source, path, deployment.settings)
            await ingest_file(deployment.settings, source, path)
        want_decisions = sum(sum(c.values()) for c, _ in expected.values())
        want_dead = sum(d for _, d in expected.values())

        def enough(_t: str, _v: bytes) -> bool:
            got = Counter(t for t, *_ in out.seen)
            return (
                got[topics.decisions_topic] >= want_decisions
                and got[topics.dead_letters_topic] >= want_dead
            )

        await out.wait_for(enough, timeout_s=60)
    decisions = [json.loads(v) for t, _k, v, _ in out.seen if t == topics.decisions_topic]
    letters = [json.loads(v) for t, _k, v, _ in out.seen if t == topics.dead_letters_topic]
    for source, (ids, dead) in expected.items():
        got = Counter(d["event_id"] for d in decisions if d["source"] == source)
        assert got == ids, source
        assert sum(1 for x in letters if x["origin_topic"] == topics.raw_topic(source)) == dead
        assert all(
            x["reason"].startswith(source)
            for x in letters
            if x["origin_topic"] == topics.raw_topic(source)
        )
    assert all(d["type"] == "decision" and d["agent_id"] for d in decisions)


async def test_an_envelope_on_one_kafka_record_is_judged_record_by_record(
    deployment, producer, watch
):
    """A whole CloudTrail log file on one raw record (as pipelines that forward the files
    CloudTrail writes to S3 deliver them): its good records become decisions, the bad one a
    dead letter of its own with its index, instead of the whole file going to the dead
    letters."""
    topics = deployment.settings.topics
    deployment.start_worker()

    def trail(n: int) -> dict[str, object]:
        return {
            "eventVersion": "1.08", "eventID": f"envelope-{n}",
            "eventTime": "2026-01-01T00:00:00Z", "eventSource": "s3.amazonaws.com",
            "eventName": "GetObject", "sourceIPAddress": "203.0.113.7",
            "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::1:assumed-role/etl/s"},
        }  # fmt: skip

    document = {"Records": [trail(1), {"eventName": "GetObject"}, trail(3)]}
    raw_topic = topics.raw_topic("cloudtrail")
    async with watch(topics.decisions_topic, topics.dead_letters_topic) as out:
        await producer.send_and_wait(raw_topic, json.dumps(document).encode(), key=b"file-1")

        def enough(_t: str, _v: bytes) -> bool:
            got = Counter(t for t, *_ in out.seen)
            return got[topics.decisions_topic] >= 2 and got[topics.dead_letters_topic] >= 1

        await out.wait_for(enough, timeout_s=60)
    decisions = [json.loads(v) for t, _k, v, _ in out.seen if t == topics.decisions_topic]
    letters = [json.loads(v) for t, _k, v, _ in out.seen if t == topics.dead_letters_topic]
    assert sorted(d["event_id"] for d in decisions) == ["envelope-1", "envelope-3"]
    (letter,) = letters
    assert letter["origin_topic"] == raw_topic and "userIdentity" in letter["reason"]
    assert letter["reason"].endswith("[1]"), letter["reason"]
