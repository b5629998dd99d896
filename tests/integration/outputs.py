"""Reading a deployment's topics whole, for tests comparing the worker with replay."""

from __future__ import annotations

import asyncio
import time

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient


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
