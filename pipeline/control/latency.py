"""Decision -> command -> enforced latency, measured from enforcement points' acks.

The caller knows when each decision was produced (``trigger_event_id`` -> time); each
:class:`~.acks.CommandAck` says when its command was signed (``issued_at``, just before the
worker published it) and applied (``applied_at``). All three clocks must be comparable: one
machine, or NTP-disciplined hosts (then the numbers carry their skew).

>>> from datetime import datetime, timedelta, UTC
>>> t = datetime(2026, 1, 1, tzinfo=UTC)
>>> acks = [CommandAck(point_id="p", outcome="applied", trigger_event_id=f"e{i}",
...     issued_at=t + timedelta(milliseconds=10 + i), applied_at=t + timedelta(milliseconds=12 + i))
...     for i in range(100)]
>>> report = LatencyReport.from_acks(acks, {f"e{i}": t for i in range(100)})
>>> report.count, report.to_command.p50, report.to_enforced.p99
(100, 59.5, 110.01)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from missionguard.pipeline.kafka.security import KafkaTarget, client_kwargs
from missionguard.pipeline.records.acks import CommandAck

__all__ = ["LatencyReport", "Percentiles", "collect_acks", "percentile"]


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), ``q`` in [0, 100]."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (rank - low), 3)


@dataclass(frozen=True, slots=True)
class Percentiles:
    p50: float
    p99: float
    max: float

    @classmethod
    def of(cls, values_ms: list[float]) -> Percentiles:
        return cls(percentile(values_ms, 50), percentile(values_ms, 99), round(max(values_ms), 3))

    def __str__(self) -> str:
        return f"p50 {self.p50:.1f} ms, p99 {self.p99:.1f} ms, max {self.max:.1f} ms"


@dataclass(frozen=True, slots=True)
class LatencyReport:
    count: int
    to_command: Percentiles  # decision produced -> command signed for the control topic
    to_enforced: Percentiles  # decision produced -> command applied at the point

    @classmethod
    def from_acks(
        cls, acks: Iterable[CommandAck], produced_at: Mapping[str, datetime]
    ) -> LatencyReport:
        """Applied acks of the decisions in ``produced_at``; the first ack per decision."""
        command_ms, enforced_ms, done = [], [], set()
        for ack in acks:
            event = ack.trigger_event_id
            if (
                ack.outcome != "applied"
                or event is None
                or event not in produced_at
                or event in done
            ):
                continue
            done.add(event)
            start = produced_at[event]
            enforced_ms.append((ack.applied_at - start).total_seconds() * 1000)
            if ack.issued_at is not None:
                command_ms.append((ack.issued_at - start).total_seconds() * 1000)
        if not enforced_ms:
            raise ValueError("no applied acks for the given decisions")
        return cls(len(enforced_ms), Percentiles.of(command_ms), Percentiles.of(enforced_ms))

    def __str__(self) -> str:
        return (
            f"{self.count} decisions: decision -> command {self.to_command}; "
            f"decision -> enforced {self.to_enforced}"
        )


async def collect_acks(
    bootstrap_servers: KafkaTarget,
    acks_topic: str,
    trigger_event_ids: set[str],
    *,
    timeout_s: float = 30.0,
) -> list[CommandAck]:
    """Read the acks topic from the beginning until every trigger event has an applied ack
    (or the timeout passes); returns the acks about those events."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        acks_topic,
        **client_kwargs(bootstrap_servers),
        group_id=None,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=20,
    )
    await consumer.start()
    found: list[CommandAck] = []
    missing = set(trigger_event_ids)
    deadline = time.monotonic() + timeout_s
    try:
        while missing and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=100)
            for messages in batches.values():
                for msg in messages:
                    try:
                        ack = CommandAck.model_validate_json(msg.value or b"")
                    except ValueError:  # not an ack: nothing to measure
                        continue
                    if ack.trigger_event_id in trigger_event_ids:
                        found.append(ack)
                        if ack.outcome == "applied":
                            missing.discard(ack.trigger_event_id)
            await asyncio.sleep(0)
    finally:
        await consumer.stop()
    return found
