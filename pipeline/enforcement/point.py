"""The reference enforcement point: follows the control topic and keeps
:class:`~.state.EnforcementState` current.

Every enforcement point must see every command, so it reads all partitions of the control
topic itself (no consumer group) from the beginning: a new or restarted point rebuilds its
state from the compacted topic, then follows it live. ``ready`` is set once it has caught up
with the end offsets it saw at start.

Once started, until it is ready and for good once its follower task has stopped
(``failure`` says why), :meth:`EnforcementPoint.check` refuses every agent (fail closed)
unless ``fail_open`` is set: its state is incomplete or stale, and a revoked agent must not
slip through the gap. (A point never started is fed with :meth:`~EnforcementPoint.handle`
by its embedder, which vouches for it.) The same holds while the broker has been
unreachable for more than ``max_staleness_s``: the follower's last fetch that returned
records, or the last successful probe of the partitions' end offsets (every
``min(5, max_staleness_s / 3)`` s), is older than that, so the state may lack a revocation
published since. A
record that raises while being applied is logged and counted in ``errors`` and the point
goes on with the next one; an ``on_command`` hook or a plugin that raises is logged and
counted in ``hook_errors``, after the command took effect. Neither can stop the follower.

Only commands admitted by the control protocol's :class:`~pipeline.control.gate.CommandGate`
(signed by a trusted key, fresh, not expired; see ``docs/control-protocol.md``) change the
state; the others are counted by reason in ``rejections``. With ``acks_topic`` set, the point
publishes a :class:`~pipeline.records.acks.CommandAck` for every command it applied or
refused. ``plugins`` (e.g. :class:`~.opa.OpaRevocationSync`) hear of every applied command.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Literal, Protocol

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaConnectionError

from missionguard.pipeline.control.gate import Admitted, CommandGate, Rejected, RingReloader
from missionguard.pipeline.control.keys import KeyRing
from missionguard.pipeline.enforcement.identity import id_problem
from missionguard.pipeline.enforcement.state import AccessCheck, EnforcementState
from missionguard.pipeline.kafka.security import KafkaTarget, client_kwargs, describe, diagnose
from missionguard.pipeline.records import RevocationCommand, dump_json
from missionguard.pipeline.records.acks import CommandAck

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
        bootstrap_servers: KafkaTarget,  # the settings' kafka section, or host:port
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
        fail_open: bool = False,
        id_matching: Literal["fold", "exact"] = "fold",
        max_staleness_s: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.control_topic = control_topic
        self.point_id = point_id
        self.clock = clock
        self.state = EnforcementState(seen_limit=seen_limit, id_matching=id_matching)
        if keyring is None:
            # Read lazily (not at import): the process settings' key dir, where the worker
            # of the same installation keeps (or creates) its signing key.
            from missionguard.pipeline.settings import get_settings

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
        self.fail_open = fail_open
        self.max_staleness_s = max_staleness_s
        self.monotonic = monotonic
        self.broker_seen_at: float | None = None  # monotonic; None until started
        self._probe: asyncio.Task[None] | None = None
        self.failure: BaseException | None = None  # why the follower stopped, if it did
        self.errors = 0  # control records that raised while being applied (skipped)
        self.hook_errors = 0  # on_command hooks and plugins that raised
        # Metrics (docs/observability.md): checks answered by (allowed, restriction), and the
        # control records not yet read, by partition (end offset minus position, probed).
        self.answers: Counter[tuple[bool, str | None]] = Counter()
        self.lag: dict[int, int] = {}

    @property
    def rejections(self) -> dict[str, int]:
        """Refused control records by reason (see :class:`~pipeline.control.gate.Rejection`)."""
        return dict(self.gate.rejections)

    @property
    def rejected(self) -> int:
        return sum(self.gate.rejections.values())

    @property
    def following(self) -> bool:
        """Whether the task that follows the control topic is running."""
        return self._task is not None and not self._task.done()

    @property
    def healthy(self) -> bool:
        """Caught up and still following: the state answers for the control topic."""
        return self.not_ready_reason() is None and self._task is not None

    def not_ready_reason(self) -> str | None:
        """Why the point cannot vouch for its state now (``None`` when :attr:`healthy`)."""
        if self._task is None:
            return None  # never started: records are fed with handle() by the embedder
        if self.failure is not None:
            return f"control follower stopped: {type(self.failure).__name__}: {self.failure}"
        if not self.following:
            return "not following the control topic"
        if not self.ready.is_set():
            return "catching up with the control topic"
        if self.broker_seen_at is not None:
            quiet = self.monotonic() - self.broker_seen_at
            if quiet > self.max_staleness_s:
                return (
                    f"broker unreachable for {quiet:.0f} s "
                    f"(more than max_staleness_s={self.max_staleness_s:g})"
                )
        return None

    def check(self, agent_id: str, credential_id: str | None = None) -> AccessCheck:
        result = self._answer(agent_id, credential_id)
        self.answers[(result.allowed, result.restriction)] += 1
        return result

    def _answer(self, agent_id: str, credential_id: str | None) -> AccessCheck:
        if any(v is not None and id_problem(v) for v in (agent_id, credential_id)):
            # Malformed, whatever the state: refused (invalid_id), never allowed.
            return self.state.check(agent_id, credential_id, self.clock())
        unsure = self.not_ready_reason()
        if unsure is not None:
            how = "allowed (fail open)" if self.fail_open else "refused (fail closed)"
            return AccessCheck(
                self.fail_open, f"enforcement point not ready, {how}: {unsure}", None, "not_ready"
            )
        return self.state.check(agent_id, credential_id, self.clock())

    async def wait_stopped(self) -> None:
        """Wait while the point follows the control topic; raise if its follower fails."""
        if self._task is None:
            raise RuntimeError("the enforcement point was not started")
        try:
            await asyncio.shield(self._task)
        except asyncio.CancelledError:
            if not self._task.cancelled():
                raise  # we were cancelled, not the follower
        except Exception as exc:
            self.failure = exc
        if self.failure is not None:
            raise RuntimeError(self.not_ready_reason()) from self.failure

    async def start(self) -> None:
        for plugin in self.plugins:
            await plugin.start()
        if self.acks_topic is not None:
            self._producer = AIOKafkaProducer(
                **client_kwargs(self.bootstrap_servers),
                client_id=f"missionguard-{self.point_id}-acks",
                linger_ms=0,
                acks="all",
                enable_idempotence=True,
            )
            await self._start_client(self._producer)
        # Without a group, a subscribing consumer is assigned every partition of the topic.
        consumer = AIOKafkaConsumer(
            self.control_topic,
            **client_kwargs(self.bootstrap_servers),
            client_id=f"missionguard-{self.point_id}",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=20,
        )
        await self._start_client(consumer)
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
                f"control topic {self.control_topic!r} not found on "
                f"{describe(self.bootstrap_servers)}"
            )
        self._consumer = consumer
        ends = await consumer.end_offsets(list(tps))
        self._catch_up = {tp: off for tp, off in ends.items() if off > 0}
        if not self._catch_up:
            self.ready.set()
        self.broker_seen_at = self.monotonic()
        self._follow()
        self._probe = asyncio.create_task(
            self._watch_broker(consumer, list(tps)), name=f"enforcement-probe-{self.point_id}"
        )

    async def _watch_broker(self, consumer: AIOKafkaConsumer, tps: list[TopicPartition]) -> None:
        """Mark the broker reachable whenever the partitions' end offsets can be read."""
        interval = min(5.0, self.max_staleness_s / 3)
        reachable = True
        while True:
            await asyncio.sleep(interval)
            try:
                ends = await asyncio.wait_for(consumer.end_offsets(tps), timeout=interval)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the broker down or slow: the staleness grows
                if reachable:
                    log.warning(
                        "enforcement point %s cannot reach the broker (%s: %s)",
                        self.point_id,
                        type(exc).__name__,
                        exc,
                    )
                reachable = False
                continue
            if not reachable:
                log.warning("enforcement point %s reaches the broker again", self.point_id)
            reachable = True
            self.broker_seen_at = self.monotonic()
            try:  # for the metrics; a position not known yet keeps the last figures
                read = {tp: await asyncio.wait_for(consumer.position(tp), interval) for tp in ends}
            except Exception:  # noqa: BLE001 - CancelledError is not an Exception
                continue
            self.lag = {tp.partition: max(0, end - read[tp]) for tp, end in ends.items()}

    def _follow(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"enforcement-point-{self.point_id}")
        self._task.add_done_callback(self._follower_done)

    def _follower_done(self, task: asyncio.Task[None]) -> None:
        # Readiness goes with the follower: a stale state must not answer as a current one.
        self.ready.clear()
        if task.cancelled():
            return
        self.failure = task.exception()
        if self.failure is not None:
            log.error(
                "enforcement point %s stopped following %s; it refuses checks from now on",
                self.point_id,
                self.control_topic,
                exc_info=self.failure,
            )

    async def stop(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
            try:
                await self._probe
            except asyncio.CancelledError:
                pass
            self._probe = None
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

    async def _start_client(self, client: AIOKafkaConsumer | AIOKafkaProducer) -> None:
        """Start a Kafka client; if it cannot connect, raise saying why (a refused password,
        an untrusted certificate: aiokafka itself says only "Unable to bootstrap")."""
        try:
            await client.start()
        except KafkaConnectionError as exc:
            why = await diagnose(self.bootstrap_servers)
            await self._stop_outputs()
            raise KafkaConnectionError(
                f"enforcement point {self.point_id}: cannot connect to Kafka at "
                f"{describe(self.bootstrap_servers)}: {why or exc}"
            ) from None

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
            if batches:
                self.broker_seen_at = self.monotonic()
            for tp, messages in batches.items():
                for msg in messages:
                    try:
                        outcome: Admitted | Rejected | None = self.process(
                            msg.key, msg.value, msg.headers
                        )
                    except Exception:  # a record we cannot apply must not stop the others
                        self.errors += 1
                        outcome = None
                        log.exception(
                            "could not apply control record %s[%d]@%d; skipped",
                            tp.topic,
                            tp.partition,
                            msg.offset,
                        )
                    if outcome is not None and self._producer is not None and self.acks_topic:
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
        hooks: list[Callable[[RevocationCommand, datetime], None]] = [
            *([self.on_command] if self.on_command is not None else []),
            *(plugin.on_command for plugin in self.plugins),
        ]
        for hook in hooks:
            try:
                hook(command, now)
            except Exception:  # the command took effect here; a hook must not undo that
                self.hook_errors += 1
                log.exception(
                    "enforcement hook %r failed on command %s (applied)", hook, command.command_id
                )
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
