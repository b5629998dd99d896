"""The agent-state table's store: Faust's memory store, restored in bulk.

Faust restores a memory table by passing every changelog record through its stream
machinery, one record at a time: slow for a large table (docs/performance.md, the row of
the bulk-restored state store).
This store reads its newly assigned changelog partitions itself with a plain aiokafka
consumer (large fetches, no per-record tasks) when partitions are assigned, which Faust does
before it starts its own recovery, and then reports how far it read (``persisted_offset``),
so Faust's recovery only reads what came after. Live writes keep that offset current
(``set_persisted_offset`` is called as changelog writes are acknowledged).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from aiokafka import AIOKafkaConsumer
from faust.stores.memory import Store as MemoryStore
from faust.types import TP

__all__ = ["BulkRestoredStore"]

log = logging.getLogger(__name__)


class BulkRestoredStore(MemoryStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._offsets: dict[TP, int] = {}

    def persisted_offset(self, tp: TP) -> int | None:
        return self._offsets.get(tp)

    def set_persisted_offset(self, tp: TP, offset: int) -> None:
        self._offsets[tp] = offset

    async def on_rebalance(
        self,
        assigned: set[TP],
        revoked: set[TP],
        newly_assigned: set[TP],
        generation_id: int = 0,
    ) -> None:
        await super().on_rebalance(assigned, revoked, newly_assigned, generation_id)
        topic = self.table.changelog_topic.get_topic_name()
        for tp in revoked:
            if tp.topic == topic:
                self._forget_partition(tp)
        todo = sorted(tp for tp in assigned if tp.topic == topic and tp not in self._offsets)
        if todo:
            await self._bulk_restore(todo)

    def _forget_partition(self, tp: TP) -> None:
        self._offsets.pop(tp, None)
        gone = [k for k, p in self._key_partition.items() if p == tp.partition]
        for key in gone:
            self.data.pop(key, None)
            self._key_partition.pop(key, None)

    async def _bulk_restore(self, tps: list[TP]) -> None:
        began = time.perf_counter()
        servers = ",".join(f"{u.host}:{u.port or 9092}" for u in self.app.conf.broker)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=servers,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_partition_fetch_bytes=16 * 1024 * 1024,
            fetch_max_bytes=64 * 1024 * 1024,
        )
        await consumer.start()
        restored = 0
        try:
            from aiokafka import TopicPartition

            kafka_tps = [TopicPartition(tp.topic, tp.partition) for tp in tps]
            consumer.assign(kafka_tps)
            await consumer.seek_to_beginning(*kafka_tps)
            ends = await consumer.end_offsets(kafka_tps)
            remaining = {tp: end for tp, end in ends.items() if end > 0}
            while remaining:
                batches = await consumer.getmany(*remaining, timeout_ms=1000, max_records=50_000)
                for ktp, messages in batches.items():
                    for m in messages:
                        key = m.key.decode() if m.key is not None else None
                        if key is None:
                            continue
                        if m.value is None:
                            self.data.pop(key, None)
                            self._key_partition.pop(key, None)
                        else:
                            self.data[key] = m.value
                            self._key_partition[key] = ktp.partition
                    if messages:
                        restored += len(messages)
                        last = messages[-1].offset
                        self._offsets[TP(ktp.topic, ktp.partition)] = last
                        if last + 1 >= remaining[ktp]:
                            del remaining[ktp]
        finally:
            await consumer.stop()
        log.info(
            "restored %d changelog records of %d partitions in %.2fs",
            restored,
            len(tps),
            time.perf_counter() - began,
        )
