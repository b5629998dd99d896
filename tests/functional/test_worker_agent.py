"""The real Faust app and agent, driven by ``test_context()`` without a broker."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from missionguard.models.state import AgentState
from missionguard.pipeline.judging.stage import partition_for
from missionguard.pipeline.missions import MissionSigner
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.runtime.app import create_app
from missionguard.pipeline.settings import Settings

from .conftest import Feed

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


BOT = partition_for(b"bot", Settings().topics.decisions.partitions)  # where Kafka puts "bot"
MISSIONS = Settings().topics.missions_topic


@pytest.fixture
def mg(tmp_path):
    settings = Settings().with_overrides(
        worker=Settings().worker.model_copy(update={"state_dir": tmp_path}),
        # By agent id: records stay where they are put (routes: test_routing_agent.py).
        topics=Settings().topics.model_copy(update={"partition_by": "agent"}),
    )
    mg = create_app(settings)
    mg.app.finalize()
    mg.app.flow_control.resume()
    mg.published = []

    async def capture(kind, key, value):
        mg.published.append((kind, key, json.loads(value)))

    mg.publish = capture
    return mg


def _mission() -> MissionDeclaration:
    """Signed by the local dev issuer, which the worker's default settings trust."""
    return MissionSigner.from_settings(Settings().missions).sign(_unsigned_mission())


def _unsigned_mission() -> MissionDeclaration:
    return MissionDeclaration(
        time=T0,
        agent_id="bot",
        mission_id="m1",
        purpose="read tickets",
        allowed_actions=["tickets:read"],
        denied_actions=["iam:*"],
        issued_by="ops",
    )


def _decision(n: int, action: str) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"e{n}",
        time=T0,
        agent_id="bot",
        credential_id="k1",
        action=action,
        resource="tickets/1",
        decision="allow",
        source="test",
    )


async def test_agent_judges_and_keeps_state_in_its_table(mg):
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(dump_json(_decision(1, "tickets:read")), key=b"bot", partition=BOT)
        await feed.put(dump_json(_decision(2, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
    kinds = [k for k, _, _ in mg.published]
    assert kinds == ["alert", "control"]
    command = mg.published[1][2]
    assert command["action"] == "revoke" and command["credential_ids"] == ["k1"]
    assert AgentState.from_bytes(mg.states["bot"]).status == "revoked"


async def test_events_put_without_waiting_are_judged_as_one_batch(mg):
    # Faust's test wrapper does not wait for the stream to take them: all three are ready
    # together, the agent judges them as one batch, and the feed waits for their acks.
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS, wait=False)
        for record in (_decision(1, "tickets:read"), _decision(2, "iam:CreateUser")):
            await feed.put(dump_json(record), key=b"bot", partition=BOT, wait=False)
        assert mg.published == []  # nothing judged yet
        await feed.done()
        assert mg.stage.counters.decisions == 2
    kinds = [k for k, _, _ in mg.published]
    assert kinds == ["alert", "control"]
    command = mg.published[1][2]
    assert command["action"] == "revoke" and command["credential_ids"] == ["k1"]
    assert AgentState.from_bytes(mg.states["bot"]).status == "revoked"


async def test_bad_record_goes_to_dead_letters_and_the_agent_goes_on(mg):
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(b"\xff\xfe not json", key=b"bot", partition=BOT)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(dump_json(_decision(1, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
    kinds = [k for k, _, _ in mg.published]
    assert kinds == ["dead_letter", "alert", "control"]
    assert mg.published[0][2]["reason"].startswith("malformed JSON")
    assert mg.stage.counters.dead_letters == 1


async def test_missions_are_judged_from_the_missions_topic_only(mg):
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.missions_topic)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(dump_json(_decision(1, "tickets:read")), key=b"bot", partition=BOT)
        await feed.done()
    ((kind, _, letter),) = mg.published
    assert kind == "dead_letter" and "decision" in letter["reason"]
    assert letter["origin_topic"] == mg.settings.topics.missions_topic
    assert mg.stage.counters.missions == 1 and mg.stage.counters.decisions == 0


async def test_a_record_of_a_topic_the_agents_do_not_read_is_dead_lettered(mg):
    async with mg.app.agents["judge"].test_context() as judging:
        feed = Feed(judging, "<internal>")
        await feed.put(dump_json(_decision(1, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
    async with mg.app.agents["normalize"].test_context() as normalizing:
        feed = Feed(normalizing, "elsewhere")
        await feed.put(b"{}", key=b"cloudtrail")
        await feed.done()
    (kind, key, judged), (kind2, _, normalized) = mg.published
    assert kind == kind2 == "dead_letter" and key == b"bot"
    assert judged["reason"].startswith("unexpected topic at <internal>[")
    assert mg.settings.topics.decisions_topic in judged["reason"]
    assert normalized["reason"] == "unexpected topic at elsewhere[0]@0: no IAM source reads it"
    assert mg.stage.counters.decisions == 0 and mg.stage.counters.dead_letters == 1
    assert "bot" not in mg.states


async def test_record_on_the_wrong_partition_is_rerouted_not_judged(mg):
    wrong = (BOT + 1) % Settings().topics.decisions.partitions
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_decision(1, "iam:CreateUser")), key=b"bot", partition=wrong)
        await feed.done()
    assert [(k, key) for k, key, _ in mg.published] == [("decision", b"bot")]
    assert mg.stage.counters.rerouted == 1


async def test_record_with_a_foreign_key_is_rerouted_not_judged(mg):
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_decision(1, "iam:CreateUser")), key=b"not-bot")
        await feed.done()
    assert [(k, key) for k, key, _ in mg.published] == [("decision", b"bot")]
    assert "bot" not in mg.states


async def test_normalizer_agent_turns_raw_cloudtrail_into_keyed_decisions(mg):
    raw = (
        b'{"eventVersion": "1.08", "eventID": "ev-1", "eventTime": "2026-05-01T12:00:00Z",'
        b' "eventSource": "s3.amazonaws.com", "eventName": "GetObject",'
        b' "awsRegion": "us-east-1", "sourceIPAddress": "10.0.0.8",'
        b' "userAgent": "aws-cli/2.0", "requestParameters": {"bucketName": "b", "key": "k"},'
        b' "userIdentity": {"type": "AssumedRole", "accessKeyId": "ASIAXYZ",'
        b' "arn": "arn:aws:sts::1:assumed-role/app/session-1",'
        b' "sessionContext": {"sessionIssuer": {"type": "Role",'
        b' "arn": "arn:aws:iam::1:role/app"}}}}'
    )
    async with mg.app.agents["normalize"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.raw_topic("cloudtrail"))
        await feed.put(raw, key=b"cloudtrail")
        await feed.put(b"{truncated", key=b"cloudtrail")
        await feed.done()
    (kind, key, decision), (dl_kind, _, letter) = mg.published
    assert kind == "decision" and decision["type"] == "decision"
    assert key == decision["agent_id"].encode() and decision["action"] == "s3:GetObject"
    assert decision["credential_id"] == "ASIAXYZ"
    assert dl_kind == "dead_letter" and letter["reason"].startswith("cloudtrail")


async def test_poison_records_are_dead_lettered_and_their_batch_mates_judged(mg):
    nan = dump_json(_decision(1, "tickets:read")).replace(
        b'"attributes":{}', b'"attributes":{"x":NaN}'
    )
    late = dump_json(_decision(2, "iam:CreateUser")).replace(b"2026-05-01", b"9999-05-01")
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(dump_json(_decision(3, "tickets:read")), key=b"bot", partition=BOT)
        await feed.put(nan, key=b"bot", partition=BOT)
        await feed.put(late, key=b"bot", partition=BOT)
        await feed.put(dump_json(_decision(4, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
    kinds = [k for k, _, _ in mg.published]
    assert kinds == ["dead_letter", "dead_letter", "alert", "control"]
    assert "attributes.x" in mg.published[0][2]["reason"]
    assert "finite number" in mg.published[0][2]["reason"]
    assert "3000-01-01T00:00:00Z" in mg.published[1][2]["reason"]
    assert mg.published[3][2]["trigger_event_id"] == "e4"
    assert AgentState.from_bytes(mg.states["bot"]).status == "revoked"


async def test_a_judge_failure_dead_letters_one_event_and_the_batch_goes_on(mg, monkeypatch):
    judge = mg.stage.judge
    on_decision = judge.on_decision

    def crash_on_e2(state, decision):
        if decision.event_id == "e2":
            raise OverflowError("date value out of range")
        return on_decision(state, decision)

    monkeypatch.setattr(judge, "on_decision", crash_on_e2)
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(dump_json(_decision(1, "tickets:read")), key=b"bot", partition=BOT)
        await feed.put(dump_json(_decision(2, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.put(dump_json(_decision(3, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
        # The next batch is judged and written too (the stage's bookkeeping survived).
        await feed.put(dump_json(_decision(4, "tickets:read")), key=b"bot", partition=BOT)
        await feed.done()
    kinds = [k for k, _, _ in mg.published]
    assert kinds == ["dead_letter", "alert", "control"]
    reason = mg.published[0][2]["reason"]
    assert reason.startswith("judging failed at") and "OverflowError: date value" in reason
    assert json.loads(mg.published[0][2]["payload"])["event_id"] == "e2"
    assert mg.stage.counters.judge_errors == 1
    state = AgentState.from_bytes(mg.states["bot"])
    assert state.status == "revoked" and state.decisions_seen == 3


async def test_a_failure_outside_the_stage_dead_letters_the_event(mg, monkeypatch):
    stage = mg.stage
    process = stage.process

    def crash_on_garbage(payload, origin, accept, headers=()):
        if payload == b"garbage":
            raise RuntimeError("unexpected")
        return process(payload, origin, accept, headers)

    monkeypatch.setattr(stage, "process", crash_on_garbage)
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(b"garbage", key=b"bot", partition=BOT)
        await feed.put(dump_json(_decision(1, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
    kinds = [k for k, _, _ in mg.published]
    assert kinds == ["dead_letter", "alert", "control"]
    letter = mg.published[0][2]
    assert "RuntimeError: unexpected" in letter["reason"] and letter["payload"] == "garbage"
    assert mg.published[0][1] == b"bot"
