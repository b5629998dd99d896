"""Latency under sustained load, and the blast radius of a hostile agent.

Load: simulated decisions (the suite fleet, cycled) produced at a steady rate spread over
many agents; every ``attack_every_s`` (0.1 s: ~290 attacks in 30 s, so p99 is not simply the
slowest of a few dozen) one agent, each at most once, makes a call its mission does not declare.
For each such call we measure, on this machine's clock:

* decision produced -> revocation command read from the control topic, and
* decision produced -> command applied by an enforcement point (in this process, following
  the control topic like any enforcement point).

With ``--against DIR`` the first rate also runs with a worker of this checkout and one of
``DIR``, three alternating pairs on the same broker (``run_paired``): this benchmark's
figures move with the broker's state from one run to the next, the pairs do not share that.

Blast radius: one agent calls at ``hostile_rate`` per second through a gateway that asks
the enforcement point before each call; from its first hostile call on, count the hostile
calls still allowed before the revocation takes effect.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from missionguard.pipeline.enforcement import EnforcementPoint, MissionGuardClient
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json

from .harness import Bench, fleet_records, signed

__all__ = ["run_blast_radius", "run_load"]

OFF_MISSION = "bench:off-mission-call"


@dataclass
class _Timings:
    sent: dict[str, float] = field(default_factory=dict)
    command: dict[str, float] = field(default_factory=dict)
    enforced: dict[str, float] = field(default_factory=dict)


def _pcts(values: list[float]) -> dict[str, float]:
    if not values:
        return {"n": 0}
    v = sorted(values)
    return {
        "n": len(v),
        "p50_ms": round(statistics.median(v), 1),
        "p99_ms": round(v[min(len(v) - 1, int(0.99 * len(v)))], 1),
        "max_ms": round(v[-1], 1),
    }


async def _follow_control(
    bootstrap: str, topic: str, timings: _Timings, stop: asyncio.Event
) -> None:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=10,
    )
    await consumer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=50)
            now = time.perf_counter()
            for messages in batches.values():
                for m in messages:
                    event = _trigger_of(m.value)
                    if event:
                        timings.command.setdefault(event, now)
    finally:
        await consumer.stop()


def _trigger_of(value: bytes) -> str | None:
    import json

    return json.loads(value).get("trigger_event_id")


async def _load(
    bench: Bench, settings, config, rate: float, seconds: float, attack_every_s: float
) -> dict[str, object]:
    t = settings.topics
    records = fleet_records(int(rate * seconds) + 1000)
    # Commands expire an hour after their decision's event time, and enforcement points
    # refuse expired commands: the fleet is moved to start now.
    shift = datetime.now(UTC) - records[0].time
    records = [r.model_copy(update={"time": r.time + shift}) for r in records]
    missions = [r for r in records if isinstance(r, MissionDeclaration)]
    decisions = [r for r in records if isinstance(r, AuthorizationDecision)]
    worker = bench.worker(config)
    worker.start()
    timings = _Timings()
    point = EnforcementPoint(
        bench.bootstrap,
        t.control_topic,
        point_id="bench",
        on_command=lambda c, _at: timings.enforced.setdefault(
            c.trigger_event_id or "", time.perf_counter()
        ),
    )
    await point.start()
    stop = asyncio.Event()
    follower = asyncio.create_task(_follow_control(bench.bootstrap, t.control_topic, timings, stop))
    producer = AIOKafkaProducer(bootstrap_servers=bench.bootstrap, linger_ms=1)
    await producer.start()
    try:
        for m in missions:
            await producer.send(t.missions_topic, dump_json(signed(m)), key=m.agent_id.encode())
        await producer.flush()
        await asyncio.sleep(2)
        began = time.perf_counter()
        tick = 0.01
        sent = 0.0
        next_attack = began + 1.0
        attacked = 0
        i = 0
        while time.perf_counter() - began < seconds:
            due = (time.perf_counter() - began) * rate
            while sent < due:
                d = decisions[i % len(decisions)]
                i += 1
                await producer.send(t.decisions_topic, dump_json(d), key=d.agent_id.encode())
                sent += 1
            if time.perf_counter() >= next_attack and attacked < len(missions):
                victim = missions[attacked]
                attacked += 1
                hostile = AuthorizationDecision(
                    event_id=f"attack-{uuid.uuid4().hex}",
                    time=decisions[i % len(decisions)].time,
                    agent_id=victim.agent_id,
                    action=OFF_MISSION,
                    resource="bench://exfil",
                    decision="allow",
                    source="bench",
                )
                timings.sent[hostile.event_id] = time.perf_counter()
                await producer.send(
                    t.decisions_topic, dump_json(hostile), key=hostile.agent_id.encode()
                )
                next_attack += attack_every_s
            await asyncio.sleep(max(0.0, tick - ((time.perf_counter() - began) % tick)))
        elapsed = time.perf_counter() - began
        await producer.flush()
        deadline = time.perf_counter() + 30
        while len(timings.enforced.keys() & timings.sent.keys()) < len(timings.sent):
            if time.perf_counter() > deadline:
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await follower
        await producer.stop()
        await point.stop()
        worker.stop()
    cmd = [(timings.command[e] - s) * 1000 for e, s in timings.sent.items() if e in timings.command]
    enf = [
        (timings.enforced[e] - s) * 1000 for e, s in timings.sent.items() if e in timings.enforced
    ]
    return {
        "target_rate": rate,
        "achieved_send_rate": round(sent / elapsed),
        "agents": len(missions),
        "seconds": round(elapsed, 1),
        "attacks": len(timings.sent),
        "attacks_revoked": len(cmd),
        "to_command": _pcts(cmd),
        "to_enforced": _pcts(enf),
    }


def run_load(
    bench: Bench, rate: float, seconds: float, attack_every_s: float = 0.1
) -> dict[str, object]:
    settings, config = bench.deployment("latency")
    return asyncio.run(_load(bench, settings, config, rate, seconds, attack_every_s))


def run_paired(
    bench: Bench, rate: float, seconds: float, against: Path, rounds: int = 3
) -> dict[str, object]:
    """``run_load`` with a worker of this checkout and one of ``against``, alternating (which
    goes first alternates too) on the same broker: p50 and p99 to the command of each run."""
    runs: dict[str, list[dict[str, object]]] = {"this": [], "against": []}
    for n in range(rounds):
        for which in ("this", "against") if n % 2 == 0 else ("against", "this"):
            if which == "this":
                row = run_load(bench, rate, seconds)
            else:
                with bench.other_checkout(against):
                    row = run_load(bench, rate, seconds)
            runs[which].append(row["to_command"])  # type: ignore[arg-type]
    return {"target_rate": rate, "against": str(against), "to_command": runs}


async def _blast(
    bench: Bench, settings, config, hostile_rate: float, max_seconds: float
) -> dict[str, object]:
    t = settings.topics
    agent = f"blast-{uuid.uuid4().hex[:6]}"
    worker = bench.worker(config)
    worker.start()
    point = EnforcementPoint(bench.bootstrap, t.control_topic, point_id="bench-blast")
    await point.start()
    gateway = MissionGuardClient(point.state)
    producer = AIOKafkaProducer(bootstrap_servers=bench.bootstrap, linger_ms=0)
    await producer.start()
    try:
        mission = MissionDeclaration(
            time=datetime.now(UTC),
            agent_id=agent,
            mission_id="blast",
            purpose="read tickets",
            allowed_actions=["tickets:read"],
            issued_by="bench",
        )
        await producer.send_and_wait(
            t.missions_topic, dump_json(signed(mission)), key=agent.encode()
        )
        await asyncio.sleep(2)
        allowed = 0
        began = time.perf_counter()
        interval = 1.0 / hostile_rate
        while time.perf_counter() - began < max_seconds:
            if not gateway.check(agent).allowed:
                break
            allowed += 1
            d = AuthorizationDecision(
                event_id=uuid.uuid4().hex,
                time=datetime.now(UTC),
                agent_id=agent,
                action=OFF_MISSION,
                resource="bench://x",
                decision="allow",
                source="bench",
            )
            await producer.send(t.decisions_topic, dump_json(d), key=agent.encode())
            await asyncio.sleep(max(0.0, began + allowed * interval - time.perf_counter()))
        took = time.perf_counter() - began
    finally:
        await producer.stop()
        await point.stop()
        worker.stop()
    return {
        "hostile_rate_per_s": hostile_rate,
        "hostile_calls_allowed": allowed,
        "ms_until_refused": round(took * 1000, 1),
    }


def run_blast_radius(bench: Bench, hostile_rate: float = 1000.0) -> dict[str, object]:
    settings, config = bench.deployment("blast")
    return asyncio.run(_blast(bench, settings, config, hostile_rate, max_seconds=20))
