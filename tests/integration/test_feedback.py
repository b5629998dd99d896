"""Analyst feedback on a real broker: a false positive reinstates the agent it revoked and
stops the same pattern alerting for the cohort; a forged feedback is rejected and audited."""

from __future__ import annotations

import json
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import SigningKey, load_signing_key
from missionguard.pipeline.feedback.publish import build_feedback, publish_feedback, submit_feedback
from missionguard.pipeline.judging.stage import partition_for
from missionguard.pipeline.records import dump_json

EXPORT = "crm:ExportAll"  # not among the support mission's actions: high -> revoke


async def test_false_positive_reinstates_and_suppresses_and_forgery_is_audited(
    make, deployment, producer, watch
):
    settings = deployment.settings
    topics = settings.topics
    worker = deployment.start_worker()
    tag = uuid.uuid4().hex[:6]
    first = f"fp-a-{tag}"
    # A false positive suppresses its pattern within its input partition's scope
    # (docs/feedback.md): the other agent shares the first one's partition.
    partitions = topics.decisions.partitions
    second = next(
        name
        for n in range(10_000)
        if partition_for((name := f"fp-b-{tag}-{n}").encode(), partitions)
        == partition_for(first.encode(), partitions)
    )

    def on(topic: str, agent: str, **fields: object):
        def match(t: str, v: bytes) -> bool:
            if t != topic:
                return False
            record = json.loads(v)
            return record.get("agent_id") == agent and all(
                record.get(k) == want for k, want in fields.items()
            )

        return match

    async with watch(topics.alerts_topic, topics.control_topic, topics.audit_topic) as out:
        for agent in (first, second):
            mission = make.mission(agent)
            await producer.send_and_wait(topics.missions_topic, dump_json(mission), agent.encode())

        # 1. An off-mission export revokes the first agent.
        export = make.decision(first, EXPORT, "crm/accounts/8812")
        await producer.send_and_wait(topics.decisions_topic, dump_json(export), first.encode())
        _, raw_alert, _ = await out.wait_for(on(topics.alerts_topic, first))
        await out.wait_for(on(topics.control_topic, first, action="revoke"))
        alert = json.loads(raw_alert)
        assert alert["trigger_event_id"] == export.event_id

        # 2. The analyst marks it false positive through the CLI's function.
        feedback, found = await submit_feedback(
            settings, "false_positive", first, "ana", "exports are this bot's job",
            alert_id=alert["alert_id"],
        )  # fmt: skip
        assert found is not None and feedback.pattern is not None
        assert "action=crm:ExportAll" in feedback.pattern.values
        _, raw_reinstate, _ = await out.wait_for(
            on(topics.control_topic, first, action="reinstate")
        )
        assert json.loads(raw_reinstate)["alert_id"] == alert["alert_id"]
        _, raw_audit, _ = await out.wait_for(
            on(topics.audit_topic, first, feedback_id=feedback.feedback_id)
        )
        audit = json.loads(raw_audit)
        assert audit["outcome"] == "applied" and audit["analyst"] == "ana"
        assert audit["reason"] == "exports are this bot's job"
        assert any(c.startswith("pattern suppressed") for c in audit["changes"])
        assert any("reinstated (was revoked)" in c for c in audit["changes"])

        # 3. The same pattern from another agent of the cohort (in the same partition) raises
        # nothing; the agent's
        # next, different off-mission call (same partition, so judged after) still does.
        same = make.decision(second, EXPORT, "crm/accounts/17")
        other = make.decision(second, "iam:CreateAccessKey", "iam/users/admin")
        for decision in (same, other):
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(decision), second.encode()
            )
        await out.wait_for(on(topics.alerts_topic, second, trigger_event_id=other.event_id))
        await out.wait_for(on(topics.control_topic, second, trigger_event_id=other.event_id))
        raised = [json.loads(v) for t, _k, v, _a in out.seen if t != topics.audit_topic]
        assert not [r for r in raised if r.get("trigger_event_id") == same.event_id]

        # 4. A forged reinstate (the worker's kid, another key) is rejected and audited.
        real = load_signing_key(settings.control)
        forger = CommandSigner(SigningKey(real.kid, Ed25519PrivateKey.generate()))
        forged = build_feedback("reinstate", second, "mallory", "let me back in")
        await publish_feedback(deployment.bootstrap, topics.feedback_topic, forger, forged)
        _, raw_rejected, _ = await out.wait_for(
            on(topics.audit_topic, second, feedback_id=forged.feedback_id)
        )
        rejected = json.loads(raw_rejected)
        assert rejected["outcome"] == "rejected" and rejected["rejection"] == "bad_signature"
        assert rejected["analyst"] == "mallory" and not rejected["changes"]
        reinstated = [
            r for t, _k, v, _a in out.seen if t == topics.control_topic
            for r in [json.loads(v)] if r["agent_id"] == second and r["action"] == "reinstate"
        ]  # fmt: skip
        assert not reinstated

    # Every worker follows the whole feedback topic for its cohort-level effects.
    assert "feedback follower stopped" not in worker.log_path.read_text(errors="replace")
