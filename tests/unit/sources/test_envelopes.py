"""Delivery envelopes (pipeline/sources/envelopes.py): a whole CloudTrail log file, an
EventBridge event, a Kubernetes audit webhook batch or an Okta event hook on one Kafka record
(or one line of a file) is judged record by record; a bad record in it dead-letters alone,
with its index in the origin, and the good ones are not lost with it."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from missionguard.pipeline.sources import Origin, normalize_payload, read_raw

FILES = Path(__file__).resolve().parents[2] / "files"
KAFKA = Origin(topic="iam.raw.cloudtrail", partition=1, offset=41)


def _trail(n: int) -> dict[str, Any]:
    return {
        "eventVersion": "1.08",
        "eventID": f"e-{n}",
        "eventTime": "2026-01-01T00:00:00Z",
        "eventSource": "s3.amazonaws.com",
        "eventName": "GetObject",
        "awsRegion": "eu-west-1",
        "sourceIPAddress": "203.0.113.7",
        "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::1:assumed-role/etl/s"},
    }


def test_a_cloudtrail_log_file_on_one_kafka_record_is_judged_record_by_record() -> None:
    broken = {"eventName": "GetObject"}  # no userIdentity
    payload = json.dumps({"Records": [_trail(1), broken, _trail(3)]}).encode()
    outcome = normalize_payload("cloudtrail", payload, KAFKA)
    assert [d.event_id for d in outcome.decisions] == ["e-1", "e-3"]
    (letter,) = outcome.dead_letters
    assert letter.reason.endswith("at iam.raw.cloudtrail/1@41[1]"), letter.reason
    assert "userIdentity" in letter.reason and json.loads(letter.payload) == broken
    assert outcome.kind == "normalized"


def test_an_eventbridge_event_carries_its_cloudtrail_event_as_detail() -> None:
    # The structure EventBridge documents for CloudTrail events ("AWS API Call via
    # CloudTrail"): the CloudTrail record is the detail.
    event = {
        "version": "0", "id": "6a7e8feb", "detail-type": "AWS API Call via CloudTrail",
        "source": "aws.s3", "account": "1", "time": "2026-01-01T00:00:00Z",
        "region": "eu-west-1", "resources": [], "detail": _trail(7),
    }  # fmt: skip
    outcome = normalize_payload("cloudtrail", json.dumps(event).encode(), KAFKA)
    assert [d.event_id for d in outcome.decisions] == ["e-7"]
    assert not outcome.dead_letters
    other = {**event, "detail-type": "EC2 Instance State-change Notification"}
    assert normalize_payload("cloudtrail", json.dumps(other).encode(), KAFKA).dead_letters


def test_a_kubernetes_audit_webhook_batch_is_an_event_list() -> None:
    events = [json.loads(line) for line in (FILES / "k8s_audit" / "audit_events.jsonl").open()]
    batch = {"kind": "EventList", "apiVersion": "audit.k8s.io/v1", "items": events[:3]}
    outcome = normalize_payload("k8s_audit", json.dumps(batch).encode(), KAFKA)
    single = [normalize_payload("k8s_audit", json.dumps(e).encode(), KAFKA) for e in events[:3]]
    assert [d.event_id for d in outcome.decisions] == [
        d.event_id for one in single for d in one.decisions
    ]
    assert outcome.decisions


def test_an_okta_event_hook_delivers_system_log_events() -> None:
    cases = [json.loads(line) for line in (FILES / "okta" / "panther_rule_tests.jsonl").open()]
    events = [c["event"] for c in cases[:4]]
    hook = {
        "eventType": "com.okta.event_hook", "eventTypeVersion": "1.0",
        "cloudEventsVersion": "0.1", "source": "https://example.okta.com/api/v1/eventHooks/x",
        "eventId": "b5a188b9", "data": {"events": events},
    }  # fmt: skip
    outcome = normalize_payload("okta", json.dumps(hook).encode(), KAFKA)
    alone = [normalize_payload("okta", json.dumps(e).encode(), KAFKA) for e in events]
    assert len(outcome.decisions) == sum(len(a.decisions) for a in alone)
    assert len(outcome.dead_letters) == sum(len(a.dead_letters) for a in alone)


def test_an_envelope_per_line_of_a_file_is_split_with_its_index(tmp_path: Path) -> None:
    line = {"detail-type": "AWS API Call via CloudTrail", "detail": _trail(1)}
    batch = {"Records": [_trail(2), _trail(3)]}
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps(batch) + "\n" + json.dumps(_trail(4)))
    records = list(read_raw(path, "cloudtrail"))
    assert [(r.origin.line, r.origin.index) for r in records] == [
        (1, 0), (2, 0), (2, 1), (3, None),
    ]  # fmt: skip
    ids = [
        d.event_id
        for r in records
        for d in normalize_payload("cloudtrail", r.payload, r.origin).decisions
    ]
    assert ids == ["e-1", "e-2", "e-3", "e-4"]


def test_a_pubsub_push_delivers_a_cloud_audit_log_entry_as_base64() -> None:
    # What a Cloud Logging sink's Pub/Sub subscription pushes: the LogEntry is the message's
    # base64 data. A message that is not base64 JSON dead-letters, naming the envelope's
    # index; a deeply nested one too, without raising.
    cases = [json.loads(line) for line in (FILES / "gcp" / "panther_rule_tests.jsonl").open()]
    entries = [c["event"] for c in cases]
    entry, direct = next(
        (e, one)
        for e in entries
        if (one := normalize_payload("gcp_audit", json.dumps(e).encode(), KAFKA)).decisions
    )  # the first a service account made (people are skipped by default)

    def push(data: str) -> str:
        message = {"data": data, "messageId": "1", "publishTime": "2026-01-01T00:00:00Z"}
        return json.dumps({"message": message, "subscription": "projects/p/subscriptions/s"})

    encoded = base64.b64encode(json.dumps(entry).encode()).decode()
    pushed = normalize_payload("gcp_audit", push(encoded).encode(), KAFKA)
    assert [d.event_id for d in pushed.decisions] == [d.event_id for d in direct.decisions]
    assert pushed.decisions and not pushed.dead_letters
    for bad in ("not base64!", base64.b64encode(b"[" * 5000 + b"]" * 5000).decode()):
        letter = normalize_payload("gcp_audit", push(bad).encode(), KAFKA).dead_letter
        assert letter is not None and letter.reason.endswith("[0]"), letter
