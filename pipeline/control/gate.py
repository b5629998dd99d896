"""The admission gate of an enforcement point: which control records may change its state.

A record is admitted only if, in this order: it carries a v1 envelope (else ``unsigned``),
with a supported version and alg (``unsupported``), from a known kid (``unknown_kid``) not
retired at the point's clock (``retired_kid``), whose Ed25519 signature verifies over the
key and value as received (``bad_signature``); the value is a ``revocation`` record
(``malformed``) about the agent it is keyed by (``key_mismatch``), with an ``expires_at``
(``no_expiry``) still in the future (``expired``, see below); its ``command_id`` was never
admitted before (``replayed``) and it was not issued before the newest command already admitted
for that agent (``stale``: its signed ``mg-issued-at`` is older than that command's, beyond the
tolerated clock skew). Pure: the caller passes the current time.

Late data: a command's ``expires_at`` is its trigger's event time plus ``revoke_ttl_s``, so
that judging is deterministic (replay equals live). A decision judged late (a worker outage,
a lagging shipper, a replayed backlog) would then yield a command already expired when it is
published. The rule (:func:`in_force_until`): a command is in force for its lifetime
(``expires_at - time``) counted from the later of its event time and its signed issue time
(``mg-issued-at``, when the worker published it), the latter capped at the point's clock plus
the tolerated skew. The admitted command carries that instant as its ``expires_at``; its
``time`` stays the event time. A restarted point catching up on old commands does not extend
them: their issue time is old too.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import ValidationError

from missionguard.pipeline.control.envelope import Envelope, envelope_failure, parse_envelope
from missionguard.pipeline.control.exceptions import ControlError
from missionguard.pipeline.control.keys import KeyRing
from missionguard.pipeline.records import RevocationCommand

__all__ = ["Admitted", "CommandGate", "Rejected", "Rejection", "RingReloader", "in_force_until"]

log = logging.getLogger(__name__)


class Rejection(StrEnum):
    UNSIGNED = "unsigned"
    UNSUPPORTED = "unsupported"
    UNKNOWN_KID = "unknown_kid"
    RETIRED_KID = "retired_kid"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"
    KEY_MISMATCH = "key_mismatch"
    NO_EXPIRY = "no_expiry"
    EXPIRED = "expired"
    REPLAYED = "replayed"
    STALE = "stale"


def in_force_until(
    cmd: RevocationCommand, issued_at: datetime, now: datetime, skew: timedelta = timedelta(0)
) -> datetime | None:
    """When ``cmd`` stops being in force at a point whose clock reads ``now`` (see the
    module's docstring: late data). ``None`` if it has no expiry.

    >>> from datetime import UTC
    >>> t = datetime(2026, 1, 1, tzinfo=UTC)
    >>> cmd = RevocationCommand(command_id="c", time=t, agent_id="a", action="revoke",
    ...     reason="r", expires_at=t + timedelta(hours=1))
    >>> in_force_until(cmd, t, t).isoformat()  # issued as the event happened
    '2026-01-01T01:00:00+00:00'
    >>> late = t + timedelta(hours=3)  # judged three hours after the event
    >>> in_force_until(cmd, late, late).isoformat()
    '2026-01-01T04:00:00+00:00'
    """
    if cmd.expires_at is None:
        return None
    lifetime = cmd.expires_at - cmd.time
    if lifetime <= timedelta(0):
        return cmd.expires_at
    issued = min(issued_at, now + skew)
    if issued <= cmd.time:
        return cmd.expires_at
    try:
        return max(cmd.expires_at, issued + lifetime)
    except OverflowError:
        return datetime.max.replace(tzinfo=cmd.expires_at.tzinfo)


@dataclass(frozen=True, slots=True)
class Admitted:
    command: RevocationCommand
    kid: str
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: Rejection
    detail: str
    command: RevocationCommand | None = None
    issued_at: datetime | None = None


class CommandGate:
    """Verifies and orders control records; counts every rejection by reason."""

    def __init__(
        self, ring: KeyRing, *, seen_limit: int = 100_000, max_clock_skew_s: float = 0.0
    ) -> None:
        self.ring = ring
        self.seen_limit = seen_limit
        self.skew = timedelta(seconds=max_clock_skew_s)
        self.rejections: Counter[str] = Counter()
        self._seen: OrderedDict[str, None] = OrderedDict()
        # Per agent: the issue time of the newest command admitted for it.
        self._newest: dict[str, datetime] = {}

    def admit(
        self,
        key: bytes | None,
        value: bytes | None,
        headers: Iterable[tuple[str, bytes]] | None,
        now: datetime,
    ) -> Admitted | Rejected:
        result = self._check(key, value or b"", headers, now)
        if isinstance(result, Rejected):
            self.rejections[result.reason.value] += 1
            return result
        cmd = result.command
        self._seen[cmd.command_id] = None
        if len(self._seen) > self.seen_limit:
            self._seen.popitem(last=False)
        newest = self._newest.get(cmd.agent_id)
        if newest is None or result.issued_at > newest:
            self._newest[cmd.agent_id] = result.issued_at
        return result

    def _check(
        self,
        key: bytes | None,
        value: bytes,
        headers: Iterable[tuple[str, bytes]] | None,
        now: datetime,
    ) -> Admitted | Rejected:
        envelope = parse_envelope(headers)
        if envelope is None:
            return Rejected(Rejection.UNSIGNED, "no complete mg-* signature headers")
        failure = self._verify(envelope, key, value, now)
        if failure is not None:
            return failure
        try:
            issued_at = envelope.issued_at
        except ValueError:
            return Rejected(Rejection.MALFORMED, f"mg-issued-at {envelope.issued_at_text!r}")
        try:
            cmd = RevocationCommand.model_validate_json(value)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(map(str, first["loc"])) or "record"
            return Rejected(Rejection.MALFORMED, f"{where}: {first['msg']}")
        if key is None or key.decode(errors="replace") != cmd.agent_id:
            return Rejected(
                Rejection.KEY_MISMATCH, f"keyed {key!r}, about {cmd.agent_id!r}", cmd, issued_at
            )
        until = in_force_until(cmd, issued_at, now, self.skew)
        if until is None:
            return Rejected(Rejection.NO_EXPIRY, "expires_at is required", cmd, issued_at)
        if until <= now:
            detail = f"expired at {until.isoformat()} (issued {envelope.issued_at_text})"
            return Rejected(Rejection.EXPIRED, detail, cmd, issued_at)
        if until != cmd.expires_at:
            cmd = cmd.model_copy(update={"expires_at": until})  # late data: see the docstring
        if cmd.command_id in self._seen:
            return Rejected(Rejection.REPLAYED, f"command_id {cmd.command_id} seen", cmd, issued_at)
        newest = self._newest.get(cmd.agent_id)
        if newest is not None and issued_at < newest - self.skew:
            detail = f"issued {envelope.issued_at_text}, newer command issued {newest}"
            return Rejected(Rejection.STALE, detail, cmd, issued_at)
        return Admitted(cmd, envelope.kid, issued_at)

    def _verify(
        self, envelope: Envelope, key: bytes | None, value: bytes, now: datetime
    ) -> Rejected | None:
        failure = envelope_failure(envelope, key, value, now, self.ring.get)
        return None if failure is None else Rejected(Rejection(failure[0]), failure[1])


class RingReloader:
    """Key rotation for a gate's readers (enforcement points, the SSF transmitter): a record
    from a kid the gate does not know makes it re-read the trusted keys with ``load``, at
    most every ``every_s`` seconds, so a new key needs no restart. Kept out of the gate,
    which stays pure."""

    def __init__(
        self, gate: CommandGate, load: Callable[[], KeyRing] | None, every_s: float = 5.0
    ) -> None:
        self.gate = gate
        self.load = load
        self.every_s = every_s
        self._loaded_at = float("-inf")

    def before_admit(self, headers: Iterable[tuple[str, bytes]] | None) -> None:
        if self.load is None:
            return
        envelope = parse_envelope(headers)
        if envelope is None or self.gate.ring.get(envelope.kid) is not None:
            return
        at = time.monotonic()
        if at - self._loaded_at < self.every_s:
            return
        self._loaded_at = at
        try:
            self.gate.ring = self.load()
        except ControlError as exc:
            log.warning("could not reload trusted keys: %s", exc)
