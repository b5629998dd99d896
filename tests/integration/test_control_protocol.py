"""The control protocol on a real broker: signed commands from a real worker are applied and
acknowledged, forged and unsigned ones injected on the control topic are refused, and the
acks measure decision -> enforcement latency."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from datetime import UTC, datetime, timedelta

import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import KeyRing, SigningKey
from missionguard.pipeline.control.latency import LatencyReport, collect_acks
from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.judging.stage import partition_for
from missionguard.pipeline.records import (
    RevocationCommand,
    dump_json,
)
from missionguard.pipeline.records.acks import CommandAck
from missionguard.pipeline.settings import Settings


def _own_keys(deployment, tmp_path, **control) -> None:
    """This test's own key dir (the worker creates its dev key there on start)."""
    config = yaml.safe_load(deployment.config_path.read_text())
    config["control"] = {"key_dir": str(tmp_path / "keys"), **control}
    deployment.config_path.write_text(yaml.safe_dump(config))
    deployment.settings = Settings(config=deployment.config_path)


def _point(settings: Settings, point_id: str) -> EnforcementPoint:
    return EnforcementPoint(
        settings.kafka.bootstrap_servers,
        settings.topics.control_topic,
        point_id=point_id,
        keyring=KeyRing.from_settings(settings.control),
        acks_topic=settings.topics.acks_topic,
    )


async def test_forged_commands_are_refused_and_the_real_one_applied(
    make, deployment, producer, watch, tmp_path
):
    _own_keys(deployment, tmp_path)
    s = deployment.settings
    topics = s.topics
    deployment.start_worker()
    point = _point(s, "it-gate")
    await point.start()
    agent, bystander = f"bot-{uuid.uuid4().hex[:6]}", f"bystander-{uuid.uuid4().hex[:6]}"
    worker_kid = next(iter(point.gate.ring.keys))
    forger = CommandSigner(SigningKey(worker_kid, Ed25519PrivateKey.generate()))
    expires = datetime.now(UTC) + timedelta(hours=1)

    def forged(action: str, who: str) -> RevocationCommand:
        return RevocationCommand(
            command_id=uuid.uuid4().hex,
            time=datetime.now(UTC),
            agent_id=who,
            action=action,
            reason="forged",
            expires_at=expires,
        )

    try:
        async with watch(topics.acks_topic) as acks:
            # An attacker with write access to the control topic tries to revoke a bystander.
            fake_revoke = dump_json(forged("revoke", bystander))
            await producer.send_and_wait(
                topics.control_topic,
                fake_revoke,
                key=bystander.encode(),
                headers=forger.headers(bystander.encode(), fake_revoke),
            )
            await producer.send_and_wait(
                topics.control_topic, dump_json(forged("revoke", bystander)), key=bystander.encode()
            )
            # The real thing: an off-mission decision judged by the worker.
            await producer.send_and_wait(
                topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
            )
            await asyncio.sleep(0.5)  # the mission first (another topic: no order between them)
            hostile = make.hostile(agent)
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(hostile), key=agent.encode()
            )
            _, raw, _ = await acks.wait_for(
                lambda t, v: json.loads(v).get("trigger_event_id") == hostile.event_id
            )
            applied = CommandAck.model_validate_json(raw)
            # ... and then tries to lift the real revocation with a forged reinstate.
            fake_reinstate = dump_json(forged("reinstate", agent))
            await producer.send_and_wait(
                topics.control_topic,
                fake_reinstate,
                key=agent.encode(),
                headers=forger.headers(agent.encode(), fake_reinstate),
            )
            rejected = []
            while len(rejected) < 3:
                _, raw, _ = await acks.wait_for(
                    lambda t, v: json.loads(v)["outcome"] == "rejected" and v not in rejected
                )
                rejected.append(raw)
    finally:
        await point.stop()

    assert applied.outcome == "applied" and applied.agent_id == agent
    assert applied.kid == worker_kid and applied.point_id == "it-gate"
    assert sorted(json.loads(r)["reason"] for r in rejected) == [
        "bad_signature",
        "bad_signature",
        "unsigned",
    ]
    assert point.rejections == {"bad_signature": 2, "unsigned": 1}
    # The point is stopped (its checks now refuse everyone): ask the state it had built.
    now = point.clock()
    assert not point.state.check(agent, None, now).allowed  # the forged reinstate lifted nothing
    assert point.state.check(bystander, None, now).allowed  # the forged revocation revoked nobody


async def test_decision_to_enforcement_latency_over_50_agents(make, deployment, producer, tmp_path):
    # 50 revocations in one cohort within seconds is what the guard rail stops: lift the cap.
    _own_keys(deployment, tmp_path, guard={"max_revocations": 1000})
    s = deployment.settings
    topics = s.topics
    deployment.start_worker()
    point = _point(s, "it-latency")
    await point.start()
    agents = [f"lat-{i:02d}-{uuid.uuid4().hex[:4]}" for i in range(50)]
    produced_at: dict[str, datetime] = {}
    try:
        for agent in agents:
            await producer.send_and_wait(
                topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
            )
        await asyncio.sleep(1.0)  # missions judged first: each decision is plainly off mission
        started = time.perf_counter()
        for agent in agents:
            decision = make.hostile(agent)
            produced_at[decision.event_id] = datetime.now(UTC)
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(decision), key=agent.encode()
            )
            await asyncio.sleep(0.02)  # one decision every ~20 ms, not one burst
        acks = await collect_acks(
            s.kafka.bootstrap_servers, topics.acks_topic, set(produced_at), timeout_s=60
        )
        elapsed = time.perf_counter() - started
    finally:
        await point.stop()
    report = LatencyReport.from_acks(acks, produced_at)
    assert report.count == 50, f"only {report.count} of 50 decisions enforced"
    assert all(not point.state.check(a, None, point.clock()).allowed for a in agents)
    assert report.to_enforced.p50 >= report.to_command.p50 > 0
    print(f"\n[latency] {report} (real broker, loopback, {elapsed:.1f}s wall)")


async def test_the_guard_rail_stops_a_revocation_storm_in_the_worker(
    make, deployment, producer, watch, tmp_path
):
    _own_keys(deployment, tmp_path, guard={"max_revocations": 5, "window_s": 600})
    s = deployment.settings
    topics = s.topics
    deployment.start_worker()
    # The guard rail counts per input partition (each partition is judged in its own scope,
    # docs/control-protocol.md): the storm's 12 agents share one partition.
    partitions = topics.decisions.partitions
    tag = uuid.uuid4().hex[:4]
    names = (f"storm-{i:02d}-{tag}" for i in range(100_000))
    agents = [a for a in names if partition_for(a.encode(), partitions) == 0][:12]
    async with watch(topics.alerts_topic, topics.control_topic) as out:
        for agent in agents:
            await producer.send_and_wait(
                topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
            )
        # Missions and decisions are two topics: nothing orders one against the other.
        await asyncio.sleep(1.0)
        for agent in agents:
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(make.hostile(agent)), key=agent.encode()
            )
        _, raw, _ = await out.wait_for(
            lambda t, v: (
                t == topics.alerts_topic
                and json.loads(v)["severity"] == "critical"
                and json.loads(v)["detectors"][0]["name"] == "guard_rail"
            )
        )
        # Partitions interleave the agents: wait for the 7 withheld ones, whichever they are.
        withheld: set[str] = set()

        def seven_withheld(t: str, v: bytes) -> bool:
            record = json.loads(v)
            if t == topics.alerts_topic and "withheld" in record["detectors"][0]["reason"]:
                withheld.add(record["agent_id"])
            return len(withheld) >= 7

        await out.wait_for(seven_withheld)
        await asyncio.sleep(1.0)  # nothing more should come; collect what did
        batches = await out.consumer.getmany(timeout_ms=500)
        out.seen.extend((tp.topic, m.key, m.value, 0.0) for tp, ms in batches.items() for m in ms)
    commands = [json.loads(v) for t, _k, v, _a in out.seen if t == topics.control_topic]
    assert len(commands) == 5 and all(c["action"] == "revoke" for c in commands)
    assert "guard rail tripped" in json.loads(raw)["detectors"][0]["reason"]
    assert withheld == set(agents) - {c["agent_id"] for c in commands}
