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
from missionguard.pipeline.missions import MissionGate
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    dump_json,
)
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
    )
    return out.getvalue().splitlines()
