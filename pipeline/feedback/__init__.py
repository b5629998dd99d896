"""Analyst feedback: SOC verdicts on alerts and agents, verified, applied and audited.

Contract (``docs/feedback.md``): an analyst's ``feedback`` record (who, why, which verdict)
is published on ``<prefix>feedback`` keyed by agent id and signed with the control
envelope (:mod:`pipeline.control.envelope`). The worker admits it only through
:class:`~.gate.FeedbackGate` (signed by a trusted kid, well-formed, about the agent it is
keyed by, not expired, not too old, not replayed), applies it with
:meth:`models.judge.Judge.on_feedback` (state: :class:`models.feedback.FeedbackBook`) and
writes an ``audit`` record for every feedback, applied or rejected, to ``<prefix>audit``.

Only the records are imported here: the gate, intake and publishing modules import the
judging code, which imports these records (kept acyclic).
"""

from __future__ import annotations

__all__ = ["AnalystFeedback", "AuditEntry", "FeedbackPattern", "FeedbackVerdict"]

from missionguard.pipeline.records.feedback import (
    AnalystFeedback,
    AuditEntry,
    FeedbackPattern,
    FeedbackVerdict,
)
