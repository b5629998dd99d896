"""The agent-state table's store: Faust's memory store, restored in bulk.

Faust restores a memory table by passing every changelog record through its stream
machinery, one record at a time: slow for a large table (docs/performance.md, the row of
the bulk-restored state store).
This store reads its newly assigned changelog partitions itself with a plain aiokafka
consumer (large fetches, no per-record tasks) when partitions are assigned, which Faust does
before it starts its own recovery, and then reports how far it read (``persisted_offset``),
so Faust's recovery only reads what came after. Live writes keep that offset current
(``set_persisted_offset`` is called as changelog writes are acknowledged).

Atomic batches: the judging agent writes a batch's agent states, then one snapshot per
input partition it changed (``pipeline/judging/partitions.py``), after the batch's outputs
were delivered. A partition's changelog is applied only up to (and including) its last
snapshot: what follows it (a batch cut short by kill -9, whose records were not acked and
are judged again) is rolled back, and the keys it touched are kept as *corrections* (their
value as of the snapshot, ``None`` for absent) that the worker writes to the changelog before
it judges anything (:meth:`BulkRestoredStore.take_corrections`), so that a later restore does
not apply the stale tail once a newer snapshot follows it. Records Faust's own recovery reads
after ``persisted_offset`` go through the same rule. A partition with no snapshot at all (a
changelog written before snapshots existed) is applied whole.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from aiokafka import AIOKafkaConsumer
from faust.stores.memory import Store as MemoryStore
from faust.types import TP

from missionguard.pipeline.judging.partitions import snapshot_partition
from missionguard.pipeline.runtime.kafka_credentials import app_client_kwargs

__all__ = ["BulkRestoredStore"]

log = logging.getLogger(__name__)


class _Tail:
    """A changelog partition being restored: the values, as of its last snapshot, of the
    keys written after it."""

    __slots__ = ("snapshot_seen", "undo")

    def __init__(self) -> None:
        self.snapshot_seen = False
        self.undo: dict[str, bytes | None] = {}


class BulkRestoredStore(MemoryStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._offsets: dict[TP, int] = {}
        self._tails: dict[int, _Tail] = {}  # changelog partition -> restore bookkeeping
        self._corrections: dict[str, tuple[int, bytes | None]] = {}
        self.discarded = 0  # changelog records rolled back (after their last snapshot)

    def _apply(self, partition: int, key: str, value: bytes | None) -> None:
        """Apply one changelog record of ``partition`` (restore only)."""
        tail = self._tails.setdefault(partition, _Tail())
        if key not in tail.undo:
            tail.undo[key] = self.data.get(key)
        if value is None:
            self.data.pop(key, None)
            self._key_partition.pop(key, None)
        else:
            self.data[key] = value
            self._key_partition[key] = partition
        if snapshot_partition(key) is not None:
            tail.snapshot_seen = True
            tail.undo.clear()

    def _discard_tails(self) -> None:
        """Roll back what follows each partition's last snapshot; keep the corrections."""
        for partition, tail in self._tails.items():
            if not tail.snapshot_seen or not tail.undo:
                continue
            for key, value in tail.undo.items():
                if value is None:
                    self.data.pop(key, None)
                    self._key_partition.pop(key, None)
                else:
                    self.data[key] = value
                    self._key_partition[key] = partition
                self._corrections[key] = (partition, value)
            self.discarded += len(tail.undo)
            log.info(
                "changelog partition %d: %d keys written after its last snapshot rolled back",
                partition,
                len(tail.undo),
            )
            tail.undo.clear()

    def take_corrections(self) -> dict[str, tuple[int, bytes | None]]:
        """Keys rolled back on restore: ``key -> (partition, value as of the snapshot or
        None)``, to be written to the changelog before anything else; cleared."""
        corrections, self._corrections = self._corrections, {}
        return corrections

    def apply_changelog_batch(self, batch: Any, to_key: Any, to_value: Any) -> None:
        """Faust's recovery (records after ``persisted_offset``): the same rule as ours."""
        for event in batch:
            key = to_key(event.key)
            raw = event.message.value
            self._apply(event.message.partition, key, None if raw is None else to_value(raw))
        self._discard_tails()

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
        self._tails.pop(tp.partition, None)
        self._corrections = {
            k: (p, v) for k, (p, v) in self._corrections.items() if p != tp.partition
        }
        gone = [k for k, p in self._key_partition.items() if p == tp.partition]
        for key in gone:
            self.data.pop(key, None)
            self._key_partition.pop(key, None)

    async def _bulk_restore(self, tps: list[TP]) -> None:
        began = time.perf_counter()
        consumer = AIOKafkaConsumer(
            **app_client_kwargs(self.app),  # the app's brokers and credentials
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
                        if m.key is not None:
                            self._apply(ktp.partition, m.key.decode(), m.value)
                    if messages:
                        restored += len(messages)
                        last = messages[-1].offset
                        self._offsets[TP(ktp.topic, ktp.partition)] = last
                        if last + 1 >= remaining[ktp]:
                            del remaining[ktp]
        finally:
            await consumer.stop()
        self._discard_tails()
        log.info(
            "restored %d changelog records of %d partitions in %.2fs",
            restored,
            len(tps),
            time.perf_counter() - began,
        )
