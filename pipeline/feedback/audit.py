"""Audit entries: one per feedback record, applied or rejected, with who, why and what changed."""

from __future__ import annotations

import hashlib
from datetime import datetime

from missionguard.models.feedback import FeedbackOutcome
from missionguard.pipeline.records import format_time, stable_id
from missionguard.pipeline.records.feedback import AnalystFeedback, AuditEntry

__all__ = ["audit_applied", "audit_rejected", "format_audit"]


def audit_applied(
    feedback: AnalystFeedback,
    outcome: FeedbackOutcome,
    *,
    kid: str | None = None,
    origin: str | None = None,
) -> AuditEntry:
    """The entry for a feedback that passed the gate (applied, or refused by the judge:
    ``replayed``, ``unknown_alert``, ``alert_mismatch``, ``confirmed``)."""
    pattern = outcome.pattern
    return AuditEntry(
        audit_id=stable_id("audit", feedback.feedback_id, outcome.rejection or "applied"),
        time=feedback.time,
        outcome="applied" if outcome.applied else "rejected",
        rejection=outcome.rejection,
        detail=outcome.detail,
        changes=list(outcome.changes),
        feedback_id=feedback.feedback_id,
        verdict=feedback.verdict,
        analyst=feedback.analyst,
        reason=feedback.reason,
        agent_id=feedback.agent_id,
        alert_id=feedback.alert_id,
        cohort=pattern.cohort if pattern else feedback.cohort,
        pattern=pattern.to_record() if pattern else feedback.pattern,
        kid=kid,
        origin=origin,
    )


def audit_rejected(
    reason: str,
    detail: str,
    *,
    feedback: AnalystFeedback | None,
    payload: bytes | None,
    key: bytes | None,
    at: datetime,
    kid: str | None = None,
    origin: str | None = None,
) -> AuditEntry:
    """The entry for a record the gate refused; the claims of a parsed (unverified) record
    are kept so the trail shows who it pretended to come from."""
    digest = hashlib.blake2b(payload or b"", digest_size=8).hexdigest()
    return AuditEntry(
        audit_id=stable_id("audit", origin, digest, reason),
        time=feedback.time if feedback else at,
        outcome="rejected",
        rejection=reason,
        detail=detail,
        feedback_id=feedback.feedback_id if feedback else None,
        verdict=feedback.verdict if feedback else None,
        analyst=feedback.analyst if feedback else None,
        reason=feedback.reason if feedback else None,
        agent_id=feedback.agent_id
        if feedback
        else (key.decode("utf-8", "replace") if key else None),
        alert_id=feedback.alert_id if feedback else None,
        cohort=feedback.cohort if feedback else None,
        kid=kid,
        origin=origin,
    )


def format_audit(entry: AuditEntry) -> str:
    """One human-readable line (``missionguard audit``).

    >>> from datetime import datetime, UTC
    >>> e = AuditEntry(audit_id="x", time=datetime(2026, 1, 1, tzinfo=UTC), outcome="rejected",
    ...     rejection="bad_signature", detail="signature does not verify", agent_id="bot-1")
    >>> format_audit(e)
    '2026-01-01T00:00:00Z REJECTED bad_signature  agent=bot-1: signature does not verify'
    """
    head = f"{format_time(entry.time)} {entry.outcome.upper()}"
    if entry.rejection:
        head += f" {entry.rejection}"
    parts = [f"{entry.verdict or ''}", f"agent={entry.agent_id or '?'}"]
    if entry.alert_id:
        parts.append(f"alert={entry.alert_id}")
    if entry.analyst:
        parts.append(f"by={entry.analyst} why={entry.reason!r}")
    text = f"{head} {' '.join(parts)}"
    what = "; ".join(entry.changes) or entry.detail
    return f"{text}: {what}" if what else text
