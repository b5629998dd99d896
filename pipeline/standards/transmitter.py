"""The SSF transmitter sidecar (``missionguard ssf push``): control topic -> CAEP SETs ->
an SSF receiver.

It follows the control topic in its own consumer group and admits each record through the
same :class:`~pipeline.control.gate.CommandGate` as enforcement points: unsigned, forged,
retired-key, expired, replayed and stale commands are refused (counted by reason in
``rejections``) and never become SETs. Each admitted ``revoke`` / ``suspend`` becomes
signed SETs (:mod:`.ssf`) pushed one by one (:mod:`.push`).

Offsets are committed only once every SET of a record was accepted or definitively
rejected by the receiver: at-least-once, and a redelivered command yields the same ``jti``
for the receiver to dedupe. When a SET cannot be delivered (receiver unreachable after the
bounded retries, or answering 401/403/404), :meth:`run` raises
:class:`~.exceptions.DeliveryFailed` without committing: restarting the sidecar (e.g. its
supervisor) resumes at that command.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from missionguard.pipeline.control.gate import Admitted, CommandGate, RingReloader
from missionguard.pipeline.control.keys import KeyRing, SigningKey
from missionguard.pipeline.kafka.security import KafkaTarget, client_kwargs
from missionguard.pipeline.standards.exceptions import DeliveryFailed
from missionguard.pipeline.standards.push import Failed, PushClient, Rejected
from missionguard.pipeline.standards.ssf import SecurityEventToken, security_event_tokens

__all__ = ["SsfTransmitter"]

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class SsfTransmitter:
    def __init__(
        self,
        client: PushClient,
        signing_key: SigningKey,
        keyring: KeyRing,
        *,
        issuer: str,
        audience: str,
        credential_type: str = "api-key",
        seen_limit: int = 100_000,
        max_clock_skew_s: float = 0.0,
        reload_keys: Callable[[], KeyRing] | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.client = client
        self.signing_key = signing_key
        self.issuer = issuer
        self.audience = audience
        self.credential_type = credential_type
        self.gate = CommandGate(keyring, seen_limit=seen_limit, max_clock_skew_s=max_clock_skew_s)
        self.keys = RingReloader(self.gate, reload_keys)  # key rotation, as enforcement points
        self.clock = clock
        # admitted, not_signalled (admitted, but no CAEP event for its action),
        # sets_accepted, sets_rejected
        self.counts: Counter[str] = Counter()

    @property
    def rejections(self) -> dict[str, int]:
        """Refused control records by reason, as at enforcement points."""
        return dict(self.gate.rejections)

    def tokens_for(
        self,
        key: bytes | None,
        value: bytes | None,
        headers: Iterable[tuple[str, bytes]] | None,
    ) -> list[SecurityEventToken]:
        """The SETs of one control record: none unless the gate admits it and it revokes or
        suspends (synchronous; the gate remembers what it admitted)."""
        now = self.clock()
        self.keys.before_admit(headers)
        outcome = self.gate.admit(key, value, headers, now)
        if not isinstance(outcome, Admitted):
            about = outcome.command.command_id if outcome.command else "-"
            log.warning("refused control record %s: %s (%s)", about, outcome.reason, outcome.detail)
            return []
        self.counts["admitted"] += 1
        tokens = security_event_tokens(
            outcome.command,
            self.signing_key,
            issuer=self.issuer,
            audience=self.audience,
            issued_at=now,
            credential_type=self.credential_type,
        )
        if not tokens:
            self.counts["not_signalled"] += 1
        return tokens

    async def deliver(self, tokens: list[SecurityEventToken]) -> None:
        """Push each SET until accepted or definitively rejected; raise when one fails."""
        for token in tokens:
            outcome = await self.client.push(token.token, jti=token.jti)
            if isinstance(outcome, Failed):
                raise DeliveryFailed(
                    f"SET {token.jti} ({token.event_type.rsplit('/', 1)[1]} for "
                    f"{token.agent_id}, command {token.command_id}): {outcome.reason}"
                )
            self.counts["sets_rejected" if isinstance(outcome, Rejected) else "sets_accepted"] += 1

    async def run(
        self,
        bootstrap_servers: KafkaTarget,
        control_topic: str,
        *,
        group_id: str,
        auto_offset_reset: str = "earliest",
        stop: asyncio.Event | None = None,
        on_progress: Callable[[SsfTransmitter], None] | None = None,
    ) -> None:
        """Follow ``control_topic`` until ``stop`` is set (or a SET cannot be delivered)."""
        from aiokafka import AIOKafkaConsumer, TopicPartition
        from aiokafka.errors import CommitFailedError

        stop = stop or asyncio.Event()
        consumer = AIOKafkaConsumer(
            control_topic,
            **client_kwargs(bootstrap_servers),
            group_id=group_id,
            client_id=f"{group_id}-consumer",
            enable_auto_commit=False,
            auto_offset_reset=auto_offset_reset,
            fetch_max_wait_ms=50,
        )
        await consumer.start()
        try:
            while not stop.is_set():
                batches = await consumer.getmany(timeout_ms=200, max_records=500)
                for tp, messages in batches.items():
                    for msg in messages:
                        tokens = self.tokens_for(msg.key, msg.value, msg.headers)
                        await self.deliver(tokens)
                        try:
                            await consumer.commit(
                                {TopicPartition(tp.topic, tp.partition): msg.offset + 1}
                            )
                        except CommitFailedError as exc:  # a rebalance took the partition
                            log.warning("offset commit failed (%s): will be redelivered", exc)
                if batches and on_progress is not None:
                    on_progress(self)
        finally:
            await consumer.stop()
