"""The real Faust app: signed feedback on the feedback topic reaches the judging agent,
which reinstates the agent it revoked and audits the feedback; a forgery is audited as
rejected. Driven by ``test_context()`` without a broker."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

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
        # By agent id: records stay where they are put (routes: test_routing_agent.py).
        topics=base.topics.model_copy(update={"partition_by": "agent"}),
    )
    mg = create_app(settings)
    mg.app.finalize()
    mg.app.flow_control.resume()
    mg.published = []

    async def capture(kind, key, value):
        mg.published.append((kind, key, json.loads(value)))

    mg.publish = capture
    return mg


async def put_feedback(feed, mg, feedback, signer):
    """Put a signed feedback record on the feedback topic."""
    key, value = feedback.agent_id.encode(), dump_json(feedback)
    topic = mg.settings.topics.feedback_topic
    headers = signer.headers(key, value)
    await feed.put(value, key=key, partition=BOT, headers=headers, topic=topic)


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
        feed = Feed(agent, mg.settings.topics.missions_topic)
        await feed.put(dump_json(mission), key=b"bot", partition=BOT)
        topic = mg.settings.topics.decisions_topic
        await feed.put(dump_json(hostile), key=b"bot", partition=BOT, topic=topic)
        await feed.done()
        alert = next(v for k, _, v in mg.published if k == "alert")
        fb = build_feedback(
            "false_positive", "bot", "ana", "ticket bot may add users", alert_id=alert["alert_id"]
        )
        forged = build_feedback("reinstate", "bot", "mallory", "let me in")
        await put_feedback(feed, mg, forged, forger)
        await put_feedback(feed, mg, fb, signer)
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
