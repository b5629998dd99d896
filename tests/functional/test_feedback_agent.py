"""The real Faust app: signed feedback on the feedback topic reaches the judging agent,
which reinstates the agent it revoked and audits the feedback; a forgery is audited as
rejected. Driven by ``test_context()`` without a broker."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from faust.types import Message

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import SigningKey, load_signing_key
from missionguard.pipeline.feedback.publish import build_feedback
from missionguard.pipeline.judging.stage import partition_for
from missionguard.pipeline.missions import MissionSigner
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.runtime.app import create_app
from missionguard.pipeline.settings import Settings

from .conftest import Feed

NOW = datetime.now(UTC)
BOT = partition_for(b"bot", Settings().topics.decisions.partitions)


@pytest.fixture
def mg(tmp_path):
    base = Settings()
    settings = base.with_overrides(
        worker=base.worker.model_copy(update={"state_dir": tmp_path / "state"}),
        control=base.control.model_copy(update={"key_dir": tmp_path / "keys"}),
    )
    mg = create_app(settings)
    mg.app.finalize()
    mg.app.flow_control.resume()
    mg.published = []

    async def capture(kind, key, value):
        mg.published.append((kind, key, json.loads(value)))

    mg.publish = capture
    return mg


async def put_feedback(agent, mg, feedback, signer):
    """Put a record as if read from the feedback topic (test_context names no topic)."""
    key, value = feedback.agent_id.encode(), dump_json(feedback)
    headers = signer.headers(key, value)
    message = Message(
        topic=mg.settings.topics.feedback_topic,
        partition=BOT,
        offset=agent.sent_offset,
        timestamp=datetime.now(UTC).timestamp(),
        timestamp_type=0,
        headers=headers,
        key=key,
        value=value,
        checksum=b"",
        generation_id=mg.app.consumer_generation_id,
    )
    channel = agent.stream().channel
    event = await channel.decode(message)
    await channel.put(event)
    agent.sent_offset += 1
    return event


async def test_feedback_topic_reinstates_and_audits(mg):
    mission = MissionDeclaration(  # signed by the dev issuer the default settings trust
        time=NOW,
        agent_id="bot",
        mission_id="m1",
        cohort="support",
        purpose="read tickets",
        allowed_actions=["tickets:read"],
        denied_actions=["iam:*"],
        issued_by="ops",
    )
    mission = MissionSigner.from_settings(mg.settings.missions).sign(mission)
    hostile = AuthorizationDecision(
        event_id="e1",
        time=NOW,
        agent_id="bot",
        credential_id="k1",
        action="iam:CreateUser",
        resource="iam/users/x",
        decision="allow",
        source="test",
    )
    signer = CommandSigner(load_signing_key(mg.settings.control))
    forger = CommandSigner(SigningKey(signer.kid, Ed25519PrivateKey.generate()))
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent)
        await feed.put(dump_json(mission), key=b"bot", partition=BOT)
        await feed.put(dump_json(hostile), key=b"bot", partition=BOT)
        await feed.done()
        alert = next(v for k, _, v in mg.published if k == "alert")
        fb = build_feedback(
            "false_positive", "bot", "ana", "ticket bot may add users", alert_id=alert["alert_id"]
        )
        forged = build_feedback("reinstate", "bot", "mallory", "let me in")
        feed.sent.append(await put_feedback(agent, mg, forged, forger))
        feed.sent.append(await put_feedback(agent, mg, fb, signer))
        await feed.done()
    kinds = [(k, v.get("action") or v.get("outcome")) for k, _, v in mg.published]
    assert kinds == [
        ("alert", None),
        ("control", "revoke"),
        ("audit", "rejected"),
        ("control", "reinstate"),
        ("audit", "applied"),
    ]
    rejected, applied = mg.published[2][2], mg.published[4][2]
    assert rejected["rejection"] == "bad_signature" and rejected["analyst"] == "mallory"
    assert applied["analyst"] == "ana" and applied["feedback_id"] == fb.feedback_id
    assert b"revoked" not in mg.states["bot"]
    assert fb.expires_at - fb.time == timedelta(hours=1)
