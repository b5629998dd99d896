"""The reference enforcement point: follows the control topic and keeps
:class:`~.state.EnforcementState` current.

Every enforcement point must see every command, so it reads all partitions of the control
topic itself (no consumer group) from the beginning: a new or restarted point rebuilds its
state from the compacted topic, then follows it live. ``ready`` is set once it has caught up
with the end offsets it saw at start.

Only commands admitted by the control protocol's :class:`~pipeline.control.gate.CommandGate`
(signed by a trusted key, fresh, not expired; see ``docs/control-protocol.md``) change the
state; the others are counted by reason in ``rejections``. With ``acks_topic`` set, the point
publishes a :class:`~pipeline.control.acks.CommandAck` for every command it applied or
refused. ``plugins`` (e.g. :class:`~.opa.OpaRevocationSync`) hear of every applied command.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Protocol

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from ..control.acks import CommandAck
from ..control.gate import Admitted, CommandGate, Rejected, RingReloader
from ..control.keys import KeyRing
from ..records import RevocationCommand, dump_json
from .state import AccessCheck, EnforcementState

__all__ = ["EnforcementPlugin", "EnforcementPoint"]

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class EnforcementPlugin(Protocol):
    """Something that enforces elsewhere too (OPA, a gateway's cache): told of each applied
    command synchronously, started and stopped with the point."""

    def on_command(self, command: RevocationCommand, applied_at: datetime) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


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
        keyring: KeyRing | None = None,
        reload_keys: Callable[[], KeyRing] | None = None,
        max_clock_skew_s: float = 0.0,
        acks_topic: str | None = None,
        plugins: Sequence[EnforcementPlugin] = (),
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.control_topic = control_topic
        self.point_id = point_id
        self.clock = clock
        self.state = EnforcementState(seen_limit=seen_limit)
        if keyring is None:
            # Read lazily (not at import): the process settings' key dir, where the worker
            # of the same installation keeps (or creates) its signing key.
            from ..settings import get_settings

            control = get_settings().control
            reload_keys = reload_keys or (lambda: KeyRing.from_settings(control))
            keyring = reload_keys()
        self.gate = CommandGate(keyring, seen_limit=seen_limit, max_clock_skew_s=max_clock_skew_s)
        # Rotation: a command from a kid we do not know yet makes us re-read the trusted keys.
        self.keys = RingReloader(self.gate, reload_keys)
        self.ready = asyncio.Event()
        self.on_command = on_command
        self.acks_topic = acks_topic
        self.plugins = list(plugins)
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def rejections(self) -> dict[str, int]:
        """Refused control records by reason (see :class:`~pipeline.control.gate.Rejection`)."""
        return dict(self.gate.rejections)

    @property
    def rejected(self) -> int:
        return sum(self.gate.rejections.values())

    def check(self, agent_id: str, credential_id: str | None = None) -> AccessCheck:
        return self.state.check(agent_id, credential_id, self.clock())

    async def start(self) -> None:
        for plugin in self.plugins:
            await plugin.start()
        if self.acks_topic is not None:
            self._producer = AIOKafkaProducer(
                bootstrap_servers=self.bootstrap_servers,
                client_id=f"missionguard-{self.point_id}-acks",
                linger_ms=0,
                acks=1,
            )
            await self._producer.start()
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
            await self._stop_outputs()
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
        await self._stop_outputs()

    async def _stop_outputs(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None
        for plugin in self.plugins:
            await plugin.stop()

    async def _run(self) -> None:
        assert self._consumer is not None
        consumer = self._consumer
        while True:
            batches = await consumer.getmany(timeout_ms=200, max_records=1000)
            for tp, messages in batches.items():
                for msg in messages:
                    outcome = self.process(msg.key, msg.value, msg.headers)
                    if self._producer is not None and self.acks_topic is not None:
                        ack = self._ack(outcome)
                        await self._producer.send(self.acks_topic, dump_json(ack), key=msg.key)
                    if tp in self._catch_up and msg.offset + 1 >= self._catch_up[tp]:
                        del self._catch_up[tp]
                if not self._catch_up:
                    self.ready.set()

    def process(
        self,
        key: bytes | None,
        value: bytes | None,
        headers: Iterable[tuple[str, bytes]] | None,
    ) -> Admitted | Rejected:
        """Admit and apply one control record; refused ones never change state."""
        now = self.clock()
        self.keys.before_admit(headers)
        outcome = self.gate.admit(key, value, headers, now)
        if isinstance(outcome, Rejected):
            about = outcome.command.command_id if outcome.command else "-"
            log.warning("refused control record %s: %s (%s)", about, outcome.reason, outcome.detail)
            return outcome
        command = outcome.command
        self.state.apply(command)
        if self.on_command is not None:
            self.on_command(command, now)
        for plugin in self.plugins:
            plugin.on_command(command, now)
        return outcome

    def handle(
        self,
        value: bytes | None,
        headers: Iterable[tuple[str, bytes]] | None = None,
        key: bytes | None = None,
    ) -> bool:
        """Apply one raw control record; ``True`` if it was admitted and applied."""
        return isinstance(self.process(key, value, headers), Admitted)

    def _ack(self, outcome: Admitted | Rejected) -> CommandAck:
        cmd = outcome.command
        admitted = isinstance(outcome, Admitted)
        return CommandAck(
            point_id=self.point_id,
            outcome="applied" if admitted else "rejected",
            applied_at=self.clock(),
            command_id=cmd.command_id if cmd else None,
            agent_id=cmd.agent_id if cmd else None,
            action=cmd.action if cmd else None,
            reason=None if isinstance(outcome, Admitted) else outcome.reason.value,
            trigger_event_id=cmd.trigger_event_id if cmd else None,
            issued_at=outcome.issued_at,
            kid=outcome.kid if isinstance(outcome, Admitted) else None,
            catch_up=not self.ready.is_set(),
        )
