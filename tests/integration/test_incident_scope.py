"""Incident scoping through a real broker: one agent's stop commands another agent of its
cohort, on the control topic under that agent's own id (docs/detectors.md, MissionGrounding,
"Incident scoping")."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from missionguard.pipeline.records import dump_json

from .outputs import wait_settled


async def _cohort(
    make, deployment, producer, names: tuple[str, ...], cohort: str, purpose: str, action: str
) -> tuple[str, dict[str, str]]:
    """Start the worker and declare one mission per name in a fresh cohort, allowing one
    action; wait until they are judged. Returns the run's tag and name -> agent id."""
    topics = deployment.settings.topics
    deployment.start_worker()
    tag = uuid.uuid4().hex[:6]
    agents = {name: f"{name}-{tag}" for name in names}
    for agent in agents.values():
        mission = make.mission(
            agent, cohort=f"{cohort}-{tag}", purpose=purpose, allowed_actions=[action],
            allowed_resources=[],
        )  # fmt: skip
        await producer.send_and_wait(topics.missions_topic, dump_json(mission), key=agent.encode())
    await wait_settled(
        deployment.bootstrap, deployment.settings.worker.app_id, topics.missions_topic
    )
    return tag, agents


async def test_a_stop_scopes_the_agent_that_sent_there_before(make, deployment, producer, watch):
    topics = deployment.settings.topics
    group = deployment.settings.worker.app_id
    tag, agents = await _cohort(
        make, deployment, producer, ("m1", "m2", "m3", "early", "stopped"),
        "mail", "Answer customer enquiries by mail", "mail.send",
    )  # fmt: skip
    t0 = datetime.now(UTC)

    async def send(n: int, name: str, to: str, action: str = "mail.send") -> str:
        agent = agents[name]
        decision = make.decision(
            agent,
            action=action,
            resource="mail/outbox",
            event_id=f"{tag}-e{n}",
            time=t0 + timedelta(seconds=n),
            operation="send",
            arguments={"to": to},
        )
        await producer.send_and_wait(
            topics.decisions_topic, dump_json(decision), key=agent.encode()
        )
        return decision.event_id

    async with watch(topics.control_topic, topics.alerts_topic) as out:
        for n in range(60):  # a cohort whose mailers write to new addresses every day
            await send(n, ("m1", "m2", "m3")[n % 3], f"customer{n}@client{n}.example")
        early = await send(100, "early", "loot@evil.example")
        # Judged before the stop (copies reach the cohort's partition from several others).
        await wait_settled(deployment.bootstrap, group, topics.decisions_topic)
        await send(102, "stopped", "loot@evil.example", action="mail.send_as")
        _, command, _ = await out.wait_for(
            lambda t, v: t == topics.control_topic and json.loads(v)["agent_id"] == agents["early"]
        )
        _, alert, _ = await out.wait_for(
            lambda t, v: t == topics.alerts_topic and json.loads(v)["agent_id"] == agents["early"]
        )

    scoped = json.loads(command)
    assert scoped["action"] == "suspend" and scoped["trigger_event_id"] == early
    finding = json.loads(alert)["detectors"][0]
    assert finding["name"] == "mission_grounding.scope" and agents["stopped"] in finding["reason"]


async def test_a_session_that_used_an_order_before_its_owner_did_is_commanded_late(
    make, deployment, producer, watch
):
    """Late ownership through the broker: a session acting for one customer reads an order
    nobody's sessions named yet; the owner's two sessions then confirm it is hers, and the
    first session is suspended under its own id (docs/detectors.md, DelegationScope)."""
    topics = deployment.settings.topics
    group = deployment.settings.worker.app_id
    tag, agents = await _cohort(
        make, deployment, producer, ("intruder", "own1", "own2"),
        "shop", "Customer service for an online shop", "get_order_details",
    )  # fmt: skip
    t0 = datetime.now(UTC)

    async def read(n: int, name: str, customer: str) -> str:
        agent = agents[name]
        decision = make.decision(
            agent,
            action="get_order_details",
            resource="shop/get_order_details",
            event_id=f"{tag}-e{n}",
            time=t0 + timedelta(seconds=n),
            on_behalf_of=customer,
            arguments={"order_id": f"#W{tag}"},
        )
        await producer.send_and_wait(
            topics.decisions_topic, dump_json(decision), key=agent.encode()
        )
        # One at a time: the records reach the cohort's partition from several others.
        await wait_settled(deployment.bootstrap, group, topics.decisions_topic)
        return decision.event_id

    async with watch(topics.control_topic, topics.alerts_topic) as out:
        early = await read(1, "intruder", f"mallory_{tag}_1")
        await read(2, "own1", f"alice_{tag}_2")
        await read(3, "own2", f"alice_{tag}_2")
        _, command, _ = await out.wait_for(
            lambda t, v: (
                t == topics.control_topic and json.loads(v)["agent_id"] == agents["intruder"]
            )
        )
        _, alert, _ = await out.wait_for(
            lambda t, v: (
                t == topics.alerts_topic
                and json.loads(v)["agent_id"] == agents["intruder"]
                and json.loads(v)["severity"] == "high"
            )
        )

    late = json.loads(command)
    assert late["action"] == "suspend" and late["trigger_event_id"] == early
    finding = json.loads(alert)["detectors"][0]
    assert finding["name"] == "delegation_scope.late_owner" and agents["own2"] in finding["reason"]
