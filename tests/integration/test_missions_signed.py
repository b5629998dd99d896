"""Signed mission declarations on the real broker (docs/missions.md): the worker installs a
declaration signed by a trusted issuer, rejects an unsigned or forged one with a
``mission_integrity`` alert, and lets an agent's own key narrow its mission but not widen it.

Missions and decisions travel on different topics, which Kafka does not order against each
other. Where a decision must come after a declaration, the test waits for an event that
proves the declaration was judged: its own alert, or the alert of a forged declaration sent
after it on the same missions partition."""

from __future__ import annotations

import json
import uuid

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.keys import SigningKey, b64url
from missionguard.pipeline.missions import MissionSigner
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings.control import TrustedKey
from missionguard.pipeline.tools.worker_process import write_settings


def _alert_about(topics, agent: str, finding: str | None = None, trigger: str | None = None):
    def match(topic: str, value: bytes) -> bool:
        if topic != topics.alerts_topic:
            return False
        alert = json.loads(value)
        names = {d["name"] for d in alert["detectors"]}
        return (
            alert["agent_id"] == agent
            and (finding is None or finding in names)
            and (trigger is None or alert["trigger_event_id"] == trigger)
        )

    return match


def _integrity_reason(alert: bytes) -> str:
    [finding] = [d for d in json.loads(alert)["detectors"] if d["name"] == "mission_integrity"]
    return finding["reason"]


async def test_unsigned_mission_is_rejected_and_the_agent_judged_as_undeclared(
    make, deployment, producer, watch
):
    topics = deployment.settings.topics
    deployment.start_worker()
    agent = f"unsigned-bot-{uuid.uuid4().hex[:6]}"
    key = agent.encode()
    async with watch(topics.alerts_topic, topics.control_topic) as out:
        unsigned = make.mission(agent, signed=False)
        await producer.send_and_wait(topics.missions_topic, dump_json(unsigned), key=key)
        _, raw, _ = await out.wait_for(_alert_about(topics, agent, "mission_integrity"))
        rejected = json.loads(raw)
        # The declaration was judged (its alert is out): now the agent acts.
        benign = make.decision(agent, "tickets:read", "tickets/7")
        await producer.send_and_wait(topics.decisions_topic, dump_json(benign), key=key)
        _, raw_undeclared, _ = await out.wait_for(
            _alert_about(topics, agent, trigger=benign.event_id)
        )
    assert rejected["severity"] == "medium" and rejected["mission_id"] == unsigned.mission_id
    assert "(unsigned)" in _integrity_reason(raw)
    undeclared = json.loads(raw_undeclared)
    assert undeclared["mission_id"] is None
    assert any(
        d["reason"] == "agent acts without a declared mission" for d in undeclared["detectors"]
    )


async def test_signed_mission_is_installed_and_the_agent_may_only_narrow_it(
    make, deployment, producer, watch
):
    # The agent's own key is known to the worker but is not a trusted issuer.
    private = Ed25519PrivateKey.generate()
    raw_public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    agent_kid = f"agent-{uuid.uuid4().hex[:6]}"
    own_key = MissionSigner(SigningKey(agent_kid, private))
    settings = deployment.settings
    missions = settings.missions.model_copy(
        update={"known_keys": (TrustedKey(kid=agent_kid, public_key=b64url(raw_public)),)}
    )
    deployment.settings = settings.with_overrides(missions=missions)
    write_settings(deployment.settings, deployment.config_path)
    topics = deployment.settings.topics
    deployment.start_worker()

    agent = f"signed-bot-{uuid.uuid4().hex[:6]}"
    key = agent.encode()
    trusted = make.mission(agent)  # tickets:read + tickets:comment, signed by the dev issuer
    wider = own_key.sign(make.mission(agent, signed=False, allowed_actions=["payments:*"]))
    narrower = own_key.sign(
        make.mission(
            agent, signed=False, mission_id=f"m-{agent}-2", allowed_actions=["tickets:read"]
        )
    )
    forged = make.mission(agent).model_copy(update={"allowed_actions": ["*"]})
    async with watch(topics.alerts_topic, topics.control_topic) as out:
        for declaration in (trusted, wider, narrower, forged):
            await producer.send_and_wait(topics.missions_topic, dump_json(declaration), key=key)

        def integrity(reason: str):
            def match(topic: str, value: bytes) -> bool:
                return _alert_about(topics, agent, "mission_integrity")(topic, value) and (
                    f"({reason})" in _integrity_reason(value)
                )

            return match

        _, raw_wider, _ = await out.wait_for(integrity("widens"))
        # The forged one came last on the same partition: everything before it is judged.
        _, raw_forged, _ = await out.wait_for(integrity("bad_signature"))
        # tickets:comment was allowed by the trusted mission, not by the narrower one in force.
        comment = make.decision(agent, "tickets:comment", "tickets/9")
        await producer.send_and_wait(topics.decisions_topic, dump_json(comment), key=key)
        _, raw_command, _ = await out.wait_for(
            lambda t, v: t == topics.control_topic and json.loads(v)["agent_id"] == agent
        )
        _, raw_judged, _ = await out.wait_for(_alert_about(topics, agent, trigger=comment.event_id))
        alerts = [json.loads(v) for t, _k, v, _ in out.seen if t == topics.alerts_topic]

    command = json.loads(raw_command)
    assert command["action"] == "revoke" and command["trigger_event_id"] == comment.event_id
    widened = _integrity_reason(raw_wider)
    assert json.loads(raw_wider)["severity"] == "high" and agent_kid in widened
    assert "allowed_actions: payments:*" in widened
    assert json.loads(raw_forged)["severity"] == "high"
    mine = [a for a in alerts if a["agent_id"] == agent]
    integrity_alerts = [a for a in mine if a["detectors"][0]["name"] == "mission_integrity"]
    # Exactly the widening and the forgery were rejected: the trusted mission and the
    # narrowing were installed (the decision was judged against the narrower mission).
    assert len(integrity_alerts) == 2
    assert json.loads(raw_judged)["mission_id"] == f"m-{agent}-2"
