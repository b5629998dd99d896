"""``missionguard export ocsf``: alerts out as OCSF Detection Findings, off the hot path.

Reads alerts from a JSONL file (e.g. ``missionguard replay`` output: revocations and other
records in it are skipped and counted) or from the alerts topic with its own consumer
group, and writes one finding per alert as a JSON line (a file, stdout) or to the
``<prefix>alerts.ocsf`` topic keyed by agent id. Topic offsets are committed only after the
findings of a batch were written (and, to a topic, acknowledged): at-least-once, and the
finding of a redelivered alert is identical (its ``finding_info.uid`` is the ``alert_id``).
The worker is untouched: the export is a separate consumer of what it already publishes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

import orjson
from pydantic import ValidationError

from missionguard.pipeline.kafka.security import KafkaTarget, client_kwargs
from missionguard.pipeline.records import Alert, parse_record
from missionguard.pipeline.standards.ocsf import detection_finding

__all__ = [
    "ExportCounters",
    "FindingSink",
    "JsonLinesSink",
    "TopicSink",
    "export_lines",
    "export_topic",
]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ExportCounters:
    read: int = 0
    exported: int = 0
    skipped: int = 0  # valid records that are not alerts (revocations in replay output)
    bad: int = 0
    bad_reasons: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.read:,} records read: {self.exported:,} findings, "
            f"{self.skipped:,} non-alert records skipped, {self.bad:,} bad"
        )


class FindingSink(Protocol):
    async def write(self, key: str, finding: dict[str, Any]) -> None: ...

    async def flush(self) -> None: ...


class JsonLinesSink:
    """One finding per line (compact JSON) to a text or binary stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    async def write(self, key: str, finding: dict[str, Any]) -> None:
        self.stream.write(orjson.dumps(finding) + b"\n")

    async def flush(self) -> None:
        self.stream.flush()


class TopicSink:
    """Findings to a Kafka topic, keyed by agent id; ``flush`` waits for the broker's acks."""

    def __init__(self, producer: Any, topic: str) -> None:
        self.producer = producer
        self.topic = topic
        self._pending: list[asyncio.Future[Any]] = []

    async def write(self, key: str, finding: dict[str, Any]) -> None:
        self._pending.append(
            await self.producer.send(self.topic, orjson.dumps(finding), key=key.encode())
        )

    async def flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            await asyncio.gather(*pending)


def _note_bad(counters: ExportCounters, where: str, why: str) -> None:
    counters.bad += 1
    if len(counters.bad_reasons) < 20:
        counters.bad_reasons.append(f"{where}: {why}")


async def _export_one(raw: bytes, where: str, sink: FindingSink, counters: ExportCounters) -> None:
    counters.read += 1
    try:
        record = parse_record(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        loc = ".".join(map(str, first["loc"])) or "record"
        _note_bad(counters, where, f"{loc}: {first['msg']}")
        return
    if not isinstance(record, Alert):
        counters.skipped += 1
        return
    await sink.write(record.agent_id, detection_finding(record))
    counters.exported += 1


async def export_lines(
    lines: Iterable[bytes],
    sink: FindingSink,
    *,
    source: str = "-",
    on_progress: Callable[[ExportCounters], None] | None = None,
    progress_every: int = 10_000,
) -> ExportCounters:
    """Export every alert among JSONL ``lines``; blank lines are ignored."""
    counters = ExportCounters()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        await _export_one(line, f"{source}:{number}", sink, counters)
        if on_progress and counters.read % progress_every == 0:
            on_progress(counters)
    await sink.flush()
    return counters


async def export_topic(
    bootstrap_servers: KafkaTarget,
    alerts_topic: str,
    sink: FindingSink,
    *,
    group_id: str,
    follow: bool = False,
    auto_offset_reset: str = "earliest",
    on_progress: Callable[[ExportCounters], None] | None = None,
    stop: asyncio.Event | None = None,
) -> ExportCounters:
    """Export the alerts topic from the group's committed offsets: until the end offsets
    seen once the group was joined, or for ever with ``follow`` (until ``stop`` is set)."""
    from aiokafka import AIOKafkaConsumer

    counters = ExportCounters()
    stop = stop or asyncio.Event()
    consumer = AIOKafkaConsumer(
        alerts_topic,
        **client_kwargs(bootstrap_servers),
        group_id=group_id,
        client_id=f"{group_id}-consumer",
        enable_auto_commit=False,
        auto_offset_reset=auto_offset_reset,
        fetch_max_wait_ms=100,
    )
    await consumer.start()
    try:
        ends: dict[Any, int] | None = None
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=200, max_records=1000)
            for tp, messages in batches.items():
                for msg in messages:
                    where = f"{tp.topic}[{tp.partition}]@{msg.offset}"
                    await _export_one(msg.value or b"", where, sink, counters)
            if batches:
                await sink.flush()
                await consumer.commit()
                if on_progress:
                    on_progress(counters)
            if follow:
                continue
            assignment = consumer.assignment()
            if not assignment:
                continue  # still joining the group
            if ends is None:
                ends = await consumer.end_offsets(list(assignment))
            positions = {tp: await consumer.position(tp) for tp in assignment}
            if all(positions[tp] >= ends.get(tp, 0) for tp in assignment):
                break
    finally:
        await consumer.stop()
    return counters


def open_output(out: Path | None) -> IO[bytes]:
    """The output stream of ``--out`` (stdout's bytes when not given)."""
    import sys

    return open(out, "wb") if out is not None else sys.stdout.buffer  # noqa: SIM115
