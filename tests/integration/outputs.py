"""Reading a deployment's topics whole, and what replay writes for the same input: for the
broker tests comparing the worker with replay."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Callable, Sequence

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from missionguard.models.judge import Judge
from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.missions import MissionGate
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    dump_json,
)
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.tools.replay import replay
from missionguard.pipeline.tools.simulate import generate, preset


def smoke_fleet(
    sign: Callable[[MissionDeclaration], MissionDeclaration],
) -> tuple[list[MissionDeclaration], list[AuthorizationDecision], list[bytes]]:
    """The smoke fleet (seed 5) the worker-against-replay tests send: its missions signed
    with ``sign``, its decisions, and both as the JSON lines replay reads."""
    fleet = list(generate(preset("smoke", seed=5)).labelled())
    missions = [sign(r) for r, _ in fleet if isinstance(r, MissionDeclaration)]
    decisions = [r for r, _ in fleet if isinstance(r, AuthorizationDecision)]
    lines = [dump_json(m) for m in missions] + [dump_json(d) for d in decisions]
    return missions, decisions, lines


async def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        parts: set[int] = set()
        while not parts:
            await consumer._client.force_metadata_update()
            parts = consumer._client.cluster.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        ends = await consumer.end_offsets(tps)
        return {tp.partition: end for tp, end in ends.items()}
    finally:
        await consumer.stop()


async def wait_committed(bootstrap: str, group: str, topic: str, timeout_s: float = 120) -> None:
    """Until ``group`` has committed every partition of ``topic`` up to its end."""
    ends = await end_offsets(bootstrap, topic)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline:
            offsets = await admin.list_consumer_group_offsets(group)
            done = {tp.partition: o.offset for tp, o in offsets.items() if tp.topic == topic}
            if all(done.get(p, 0) >= end for p, end in ends.items()):
                return
            await asyncio.sleep(0.1)
        raise TimeoutError(f"{group} did not commit {topic} up to {ends}")
    finally:
        await admin.close()


async def read_all(bootstrap: str, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every record of every partition of ``topic``: (key, value)."""
    ends = await end_offsets(bootstrap, topic)
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        records: list[tuple[bytes | None, bytes | None]] = []
        while len(records) < sum(ends.values()):
            batches = await consumer.getmany(timeout_ms=500)
            records += [(m.key, m.value) for ms in batches.values() for m in ms]
        return records
    finally:
        await consumer.stop()


async def live_outputs(bootstrap: str, settings: Settings) -> list[bytes]:
    """Every alert and command the worker published, as published."""
    topics = settings.topics
    live = [v for _, v in await read_all(bootstrap, topics.alerts_topic)]
    live += [v for _, v in await read_all(bootstrap, topics.control_topic)]
    return [v for v in live if v is not None]


def replayed_outputs(settings: Settings, lines: Sequence[bytes]) -> list[bytes]:
    """What ``missionguard replay`` writes for ``lines`` under ``settings`` (a fresh judge,
    the worker's guard rail and mission gate, its partition count)."""
    out = io.BytesIO()
    replay(
        enumerate(lines, start=1),
        out,
        judge=Judge(settings.detection, settings.behaviour),
        max_record_bytes=settings.worker.max_record_bytes,
        guard=RevocationGuard(settings.control.guard),
        missions=MissionGate.from_settings(settings.missions),
        partitions=settings.topics.decisions.partitions,
        partition_by=settings.topics.partition_by,
    )
    return out.getvalue().splitlines()


async def wait_settled(bootstrap: str, group: str, topic: str, timeout_s: float = 120) -> None:
    """Until ``group`` has committed ``topic`` up to its end, and the end no longer moves:
    records the worker re-published to their route's partition (pipeline/judging/routing.py)
    were consumed too."""
    while True:
        before = await end_offsets(bootstrap, topic)
        await wait_committed(bootstrap, group, topic, timeout_s)
        if await end_offsets(bootstrap, topic) == before:
            return


async def read_partitions(
    bootstrap: str, topic: str
) -> dict[int, list[tuple[int, bytes | None, bytes | None, tuple[tuple[str, bytes], ...]]]]:
    """Every record of ``topic`` by partition, in offset order: (offset, key, value,
    headers), the re-published copies with their route headers too."""
    ends = await end_offsets(bootstrap, topic)
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        logs: dict[int, list] = {p: [] for p in ends}
        while sum(len(v) for v in logs.values()) < sum(ends.values()):
            batches = await consumer.getmany(timeout_ms=500)
            for tp, messages in batches.items():
                logs[tp.partition] += [
                    (m.offset, m.key, m.value, tuple(m.headers or ())) for m in messages
                ]
        return {p: sorted(v, key=lambda r: r[0]) for p, v in logs.items()}
    finally:
        await consumer.stop()


async def log_replayed_outputs(bootstrap: str, settings: Settings) -> tuple[list[bytes], int]:
    """What a fresh judging stage publishes (alerts and commands) judging each input
    partition's log as the broker holds it, the missions before the decisions (the tests
    send them so), copies re-published to a route included; and how many decisions it
    judged. A partition's judgement is a function of its own log (docs/architecture.md,
    "Partitions and routes"): whatever the order in which the worker's copies reached a
    route's partition, the worker must have published exactly this."""
    topics = settings.topics
    stage = JudgingStage(
        Judge(settings.detection, settings.behaviour),
        {},
        max_record_bytes=settings.worker.max_record_bytes,
        guard=RevocationGuard(settings.control.guard),
        missions=MissionGate.from_settings(settings.missions),
        partitions=topics.decisions.partitions,
        partition_by=topics.partition_by,
    )
    logs = {
        name: await read_partitions(bootstrap, name)
        for name in (topics.missions_topic, topics.decisions_topic)
    }
    accept = {
        topics.missions_topic: frozenset({"mission"}),
        topics.decisions_topic: frozenset({"decision"}),
    }
    out: list[bytes] = []
    for p in range(topics.decisions.partitions):
        for name in (topics.missions_topic, topics.decisions_topic):
            for offset, key, value, headers in logs[name].get(p, []):
                origin = Origin(topic=name, partition=p, offset=offset, key=key)
                out += [
                    o.value
                    for o in stage.process(value, origin, accept[name], headers)
                    if o.kind in ("alert", "control")
                ]
    return out, stage.counters.decisions
