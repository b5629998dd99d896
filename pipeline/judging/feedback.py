"""Feedback intake: a signed record from the feedback topic in, outputs to publish out.

The judging agent hands every record of the feedback topic to :class:`FeedbackIntake`:
a record the :class:`~.gate.FeedbackGate` refuses becomes one ``rejected`` audit entry and
changes nothing; an admitted one goes through the judging stage
(:meth:`pipeline.judging.stage.JudgingStage.judge_feedback`), which applies it to the agent's state
and the judge's :class:`~models.feedback.FeedbackBook` and writes the audit entry.
Cohort-level effects are kept per input partition (the partition's own book, in its
snapshot: docs/architecture.md, "Partitions and restarts"), so that the judgement of a
partition depends on its own records only. :class:`FeedbackFollower` verifies every record
of every partition and counts outcomes; the book it is given (the judge's initial one) is not
one the judging stage reads once it judges per partition.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from missionguard.models.feedback import FeedbackBook
from missionguard.pipeline.feedback.audit import audit_rejected
from missionguard.pipeline.feedback.gate import FeedbackGate, FeedbackRejected, Headers
from missionguard.pipeline.judging.routing import header_pairs
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.records.feedback import AnalystFeedback

if TYPE_CHECKING:
    from missionguard.pipeline.judging.stage import JudgingStage, Output
    from missionguard.pipeline.settings import Settings

__all__ = [
    "FeedbackFollower",
    "FeedbackIntake",
    "book_from_settings",
    "gate_from_settings",
    "produced_at",
]


def produced_at(timestamp_s: float | None, fallback: datetime) -> datetime:
    """A Kafka record timestamp (seconds) as a UTC datetime, else ``fallback``."""
    if timestamp_s is None or timestamp_s <= 0:
        return fallback
    return datetime.fromtimestamp(timestamp_s, UTC)


def _claims(value: bytes | None) -> AnalystFeedback | None:
    """What an unverified record claims (who, why), for the audit trail of a rejection."""
    try:
        return AnalystFeedback.model_validate_json(value or b"")
    except ValueError:
        return None


def _agent_of(key: bytes | None) -> str | None:
    """The agent a feedback record is keyed by (its signature covers the key), if readable."""
    try:
        return key.decode() if key else None
    except UnicodeDecodeError:
        return None


class FeedbackIntake:
    """Gate, then the judging stage; every record yields exactly one audit entry."""

    def __init__(self, stage: JudgingStage, gate: FeedbackGate) -> None:
        self.stage = stage
        self.gate = gate

    def process(
        self,
        key: bytes | None,
        value: bytes | None,
        headers: Headers,
        origin: Origin,
        produced: datetime,
    ) -> list[Output]:
        from missionguard.pipeline.judging.stage import Output

        # Judged on its agent's route's partition (pipeline/judging/routing.py): re-published
        # there first, key and headers (its signature) as they are. Admitted there, once.
        route = None
        agent_id = _agent_of(key)
        if agent_id is not None:
            placed = self.stage.place(
                agent_id, origin, value, header_pairs(headers), correct_keys=False
            )
            if placed is None:  # a copy judged already
                return []
            if isinstance(placed, Output):
                return [placed]
            route = placed
        result = self.gate.admit(key, value, headers, produced)
        if isinstance(result, FeedbackRejected):
            entry = audit_rejected(
                result.reason.value,
                result.detail,
                feedback=result.feedback or _claims(value),
                payload=value,
                key=key,
                at=produced,
                kid=result.kid,
                origin=str(origin),
            )
            self.stage.counters.feedback += 1
            return [Output("audit", key, dump_json(entry))]
        return self.stage.judge_feedback(
            result.feedback,
            kid=result.kid,
            origin=str(origin),
            source=(origin, value),
            route=route if agent_id == result.feedback.agent_id else None,
        )


class FeedbackFollower:
    """Applies the cohort-level effect of every admitted feedback to ``book``.

    Idempotent per ``feedback_id``. With a judging stage that judges per partition (the
    worker, replay), the judge's books are the partitions' own and ``book`` is none of them:
    the follower then only verifies and counts (``counts``), it cannot change a judgement,
    which would otherwise depend on when it read each record."""

    def __init__(self, book: FeedbackBook, gate: FeedbackGate) -> None:
        self.book = book
        self.gate = gate
        self.counts: Counter[str] = Counter()

    def handle(
        self, key: bytes | None, value: bytes | None, headers: Headers, produced: datetime
    ) -> str:
        """What was done with one record: ``applied``, ``skipped`` or a rejection reason."""
        result = self.gate.admit(key, value, headers, produced)
        if isinstance(result, FeedbackRejected):
            outcome = result.reason.value
        elif result.feedback.verdict == "reinstate":
            outcome = "skipped"  # agent-level only: the owning worker's judging agent
        else:
            done = self.book.apply_cohort(result.feedback)
            outcome = "applied" if done.applied else (done.rejection or "rejected")
        self.counts[outcome] += 1
        return outcome


def book_from_settings(settings: Settings) -> FeedbackBook:
    """The judge's feedback book with the configured knobs (``settings.feedback``)."""
    fb = settings.feedback
    return FeedbackBook(
        default_cohort=settings.behaviour.default_cohort,
        weight_step=fb.weight_step,
        weight_floor=fb.weight_floor,
        max_patterns=fb.max_patterns,
        remember_alerts=fb.remember_alerts,
        seen_ids=fb.seen_ids,
    )


def gate_from_settings(settings: Settings) -> FeedbackGate:
    """A gate trusting the control key ring (``control.key_dir`` + ``trusted_keys``)."""
    from missionguard.pipeline.control.keys import KeyRing

    return FeedbackGate(
        KeyRing.from_settings(settings.control),
        max_age_s=settings.feedback.max_age_s,
        reload=lambda: KeyRing.from_settings(settings.control),
    )
