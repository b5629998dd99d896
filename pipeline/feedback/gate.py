"""The admission gate of analyst feedback: which feedback records may change anything.

A feedback record is admitted only if, in this order: it carries the v1 control envelope
(else ``unsigned``) with a supported version and alg (``unsupported``), from a trusted kid
(``unknown_kid``, after a rate-limited reload of the key ring) not retired when the record
was produced (``retired_kid``), whose Ed25519 signature verifies over the key and value as
received (``bad_signature``); the value is a ``feedback`` record (``malformed``) about the
agent it is keyed by (``key_mismatch``), not past its ``expires_at`` (``expired``) and not
produced more than ``max_age_s`` after it was signed (``too_old``: a captured record
republished later). ``replayed`` (a ``feedback_id`` already applied) is decided where the
feedback is applied (:meth:`models.feedback.FeedbackBook.apply`), so replay files get it too.

"Produced" is the record's Kafka timestamp (the producer's create time), so re-reading the
topic from the beginning reaches the same decisions. Pure but for the optional key reload.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import ValidationError

from missionguard.pipeline.control.envelope import envelope_failure, parse_envelope
from missionguard.pipeline.control.keys import KeyRing
from missionguard.pipeline.records.feedback import AnalystFeedback

__all__ = ["FeedbackAdmitted", "FeedbackGate", "FeedbackRejected", "FeedbackRejection"]


class FeedbackRejection(StrEnum):
    UNSIGNED = "unsigned"
    UNSUPPORTED = "unsupported"
    UNKNOWN_KID = "unknown_kid"
    RETIRED_KID = "retired_kid"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"
    KEY_MISMATCH = "key_mismatch"
    EXPIRED = "expired"
    TOO_OLD = "too_old"


@dataclass(frozen=True, slots=True)
class FeedbackAdmitted:
    feedback: AnalystFeedback
    kid: str
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class FeedbackRejected:
    reason: FeedbackRejection
    detail: str
    feedback: AnalystFeedback | None = None
    kid: str | None = None


Headers = Iterable[tuple[str, bytes]] | Mapping[str, bytes] | None


class FeedbackGate:
    """Verifies feedback records; counts every rejection by reason (``rejections``).

    ``reload`` (optional) re-reads the trusted keys when an unknown kid shows up, at most
    every ``reload_every_s`` seconds, so a new analyst key needs no worker restart.
    """

    def __init__(
        self,
        ring: KeyRing,
        *,
        max_age_s: float,
        reload: Callable[[], KeyRing] | None = None,
        reload_every_s: float = 5.0,
    ) -> None:
        self.ring = ring
        self.max_age = timedelta(seconds=max_age_s)
        self.reload = reload
        self.reload_every_s = reload_every_s
        self._reloaded = float("-inf")
        self.rejections: Counter[str] = Counter()

    def admit(
        self, key: bytes | None, value: bytes | None, headers: Headers, produced_at: datetime
    ) -> FeedbackAdmitted | FeedbackRejected:
        result = self._check(key, value or b"", headers, produced_at)
        if isinstance(result, FeedbackRejected):
            self.rejections[result.reason.value] += 1
        return result

    def _check(
        self, key: bytes | None, value: bytes, headers: Headers, produced_at: datetime
    ) -> FeedbackAdmitted | FeedbackRejected:
        if isinstance(headers, Mapping):
            headers = list(headers.items())
        envelope = parse_envelope(headers)
        if envelope is None:
            return FeedbackRejected(FeedbackRejection.UNSIGNED, "no complete mg-* headers")
        kid = envelope.kid
        failure = envelope_failure(envelope, key, value, produced_at, self._trusted)
        if failure is not None:
            return FeedbackRejected(FeedbackRejection(failure[0]), failure[1], kid=kid)
        try:
            issued_at = envelope.issued_at
            feedback = AnalystFeedback.model_validate_json(value)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(map(str, first["loc"])) or "record"
            detail = f"{where}: {first['msg']}"
            return FeedbackRejected(FeedbackRejection.MALFORMED, detail, kid=kid)
        except ValueError:
            detail = f"mg-issued-at {envelope.issued_at_text!r}"
            return FeedbackRejected(FeedbackRejection.MALFORMED, detail, kid=kid)
        if key is None or key.decode(errors="replace") != feedback.agent_id:
            detail = f"keyed {key!r}, about {feedback.agent_id!r}"
            return FeedbackRejected(FeedbackRejection.KEY_MISMATCH, detail, feedback, kid)
        if feedback.expires_at is not None and feedback.expires_at <= produced_at:
            detail = f"expired at {feedback.expires_at}, produced at {produced_at}"
            return FeedbackRejected(FeedbackRejection.EXPIRED, detail, feedback, kid)
        if produced_at - issued_at > self.max_age:
            detail = (
                f"signed at {envelope.issued_at_text}, produced at {produced_at}: older than "
                f"{self.max_age.total_seconds():g}s"
            )
            return FeedbackRejected(FeedbackRejection.TOO_OLD, detail, feedback, kid)
        return FeedbackAdmitted(feedback, kid, issued_at)

    def _trusted(self, kid: str):  # -> TrustedPublicKey | None
        trusted = self.ring.get(kid)
        if trusted is None and self.reload is not None:
            now = time.monotonic()
            if now - self._reloaded >= self.reload_every_s:
                self._reloaded = now
                try:
                    self.ring = self.reload()
                except Exception:  # noqa: BLE001 - an unreadable key file must not stop the worker
                    return None
                trusted = self.ring.get(kid)
        return trusted
