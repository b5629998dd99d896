"""Bad input never kills the worker and nothing is lost: each malformed record lands on the
dead-letter topic with its reason and origin, and later valid records are still judged."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from missionguard.pipeline.records import AuthorizationDecision, dump_json


async def test_bad_records_go_to_dead_letters_and_the_worker_goes_on(
    make, deployment, producer, watch
):
    topics = deployment.settings.topics
    deployment.start_worker()
    agent = f"dlq-bot-{uuid.uuid4().hex[:6]}"
    key = agent.encode()
    now = datetime.now(UTC)
    mission = make.mission(agent)
    blob = "x" * (deployment.settings.worker.max_record_bytes + 10)
    oversized = dump_json(make.decision(agent, event_id="big", attributes={"blob": blob}))
    bad = {
        "malformed": (topics.decisions_topic, b'{"type": "decision", "event_id": '),
        "schema": (
            topics.decisions_topic,
            json.dumps({"type": "decision", "event_id": "e", "agent_id": agent}).encode(),
        ),
        "unknown": (topics.decisions_topic, b'{"type": "telemetry", "agent_id": "x"}'),
        "wrong_topic": (
            topics.missions_topic,
            dump_json(
                AuthorizationDecision(
                    event_id="misplaced",
                    time=now,
                    agent_id=agent,
                    action="a",
                    resource="r",
                    decision="allow",
                    source="it",
                )
            ),
        ),
        "oversized": (topics.decisions_topic, oversized),
        "not_an_object": (topics.missions_topic, b"[1, 2, 3]"),
    }
    async with watch(topics.dead_letters_topic, topics.control_topic) as out:
        await producer.send_and_wait(topics.missions_topic, dump_json(mission), key=key)
        sent = {}
        for name, (topic, payload) in bad.items():
            meta = await producer.send_and_wait(topic, payload, key=key)
            sent[name] = (topic, meta.partition, meta.offset)
        valid = AuthorizationDecision(
            event_id="after-bad",
            time=now,
            agent_id=agent,
            action="payments:refund",
            resource="orders/9",
            decision="allow",
            source="it",
        )
        await producer.send_and_wait(topics.decisions_topic, dump_json(valid), key=key)
        _, command, _ = await out.wait_for(
            lambda t, v: t == topics.control_topic and json.loads(v)["agent_id"] == agent
        )
        letters = {
            name: await out.dead_letter_of(topics.dead_letters_topic, origin)
            for name, origin in sent.items()
        }

    assert json.loads(command)["trigger_event_id"] == "after-bad"
    assert letters["malformed"]["reason"].startswith("malformed JSON")
    assert (
        "schema violation" in letters["schema"]["reason"] and "time" in letters["schema"]["reason"]
    )
    assert letters["unknown"]["reason"].startswith("unknown record type")
    assert "'decision' is not accepted" in letters["wrong_topic"]["reason"]
    assert letters["oversized"]["reason"].startswith("oversized record")
    assert letters["oversized"]["payload_bytes"] == len(oversized)
    assert len(letters["oversized"]["payload"]) <= 4096
    assert "schema violation" in letters["not_an_object"]["reason"]
    for letter in letters.values():
        assert letter["key"] == agent


async def test_record_keyed_wrongly_is_rerouted_and_judged(make, deployment, producer, watch):
    topics = deployment.settings.topics
    deployment.start_worker()
    agent = f"key-bot-{uuid.uuid4().hex[:6]}"
    mission = make.mission(agent)
    off = make.decision(agent, "db:drop", "db/main", event_id="wrong-key")
    async with watch(topics.control_topic) as out:
        await producer.send_and_wait(topics.missions_topic, dump_json(mission), key=agent.encode())
        await producer.send_and_wait(topics.decisions_topic, dump_json(off), key=b"someone-else")
        _, raw, _ = await out.wait_for(lambda t, v: json.loads(v)["agent_id"] == agent)
    command = json.loads(raw)
    assert command["trigger_event_id"] == "wrong-key" and command["action"] == "revoke"
