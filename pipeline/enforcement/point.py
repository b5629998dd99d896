"""The reference enforcement point: follows the control topic and keeps
:class:`~.state.EnforcementState` current.

Every enforcement point must see every command, so it reads all partitions of the control
topic itself (no consumer group) from the beginning: a new or restarted point rebuilds its
state from the compacted topic, then follows it live. ``ready`` is set once it has caught up
with the end offsets it saw at start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from ..records import RevocationCommand
from .state import AccessCheck, EnforcementState

__all__ = ["EnforcementPoint"]

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class EnforcementPoint:
    def __init__(
        self,
        bootstrap_servers: str,
        control_topic: str,
        *,
        point_id: str = "enforce-local",
        seen_limit: int = 100_000,
        clock: Callable[[], datetime] = _utcnow,
        on_command: Callable[[RevocationCommand, datetime], None] | None = None,
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.control_topic = control_topic
        self.point_id = point_id
        self.clock = clock
        self.state = EnforcementState(seen_limit=seen_limit)
        self.rejected = 0
        self.ready = asyncio.Event()
        self.on_command = on_command
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None

    def check(self, agent_id: str, credential_id: str | None = None) -> AccessCheck:
        return self.state.check(agent_id, credential_id, self.clock())

    async def start(self) -> None:
        # Without a group, a subscribing consumer is assigned every partition of the topic.
        consumer = AIOKafkaConsumer(
            self.control_topic,
            bootstrap_servers=self.bootstrap_servers,
            client_id=f"missionguard-{self.point_id}",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=20,
        )
        await consumer.start()
        tps: set[TopicPartition] = set()
        for _ in range(100):  # metadata for the topic may take a moment to arrive
            tps = consumer.assignment()
            if tps:
                break
            await asyncio.sleep(0.05)
        if not tps:
            await consumer.stop()
            raise RuntimeError(
                f"control topic {self.control_topic!r} not found on {self.bootstrap_servers}"
            )
        self._consumer = consumer
        ends = await consumer.end_offsets(list(tps))
        self._catch_up = {tp: off for tp, off in ends.items() if off > 0}
        if not self._catch_up:
            self.ready.set()
        self._task = asyncio.create_task(self._run(), name=f"enforcement-point-{self.point_id}")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def _run(self) -> None:
        assert self._consumer is not None
        consumer = self._consumer
        while True:
            batches = await consumer.getmany(timeout_ms=200, max_records=1000)
            for tp, messages in batches.items():
                for msg in messages:
                    self.handle(msg.value)
                    if tp in self._catch_up and msg.offset + 1 >= self._catch_up[tp]:
                        del self._catch_up[tp]
                if not self._catch_up:
                    self.ready.set()

    def handle(self, value: bytes | None) -> bool:
        """Apply one raw command; malformed ones are counted and never change state."""
        try:
            command = RevocationCommand.model_validate_json(value or b"")
        except ValidationError as exc:
            self.rejected += 1
            log.warning("rejected control record: %s", exc.errors(include_url=False)[:1])
            return False
        applied = self.state.apply(command)
        if applied and self.on_command is not None:
            self.on_command(command, self.clock())
        return applied
