"""Analyst feedback and the audit trail: records in the style of :mod:`pipeline.records`.

``feedback`` is what a SOC analyst says about an alert or an agent (``missionguard feedback
...``): who, why, which verdict. It travels on ``<prefix>feedback`` keyed by agent id, signed
like a control command (``docs/feedback.md``). ``audit`` is what MissionGuard did with each
feedback record, applied or rejected, on ``<prefix>audit`` (long retention, never compacted).
Field names are a public contract: add optional fields, never rename.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from missionguard.pipeline.records.canonical import _ID, EventTime, UtcTime, _Record

__all__ = ["AnalystFeedback", "AuditEntry", "FeedbackPattern", "FeedbackVerdict"]

FeedbackVerdict = Literal["false_positive", "confirmed", "reinstate"]


class FeedbackPattern(_Record):
    """An alert's pattern: the detector findings it raised and the feature values they named
    (``action=...``, ``resource_kind=...``, ``destination=...``), see :mod:`models.feedback`."""

    detectors: list[str] = Field(min_length=1, max_length=32)
    values: list[str] = Field(default_factory=list, max_length=32)


class AnalystFeedback(_Record):
    """A SOC analyst's verdict on an alert (``false_positive``, ``confirmed``) or an agent
    (``reinstate``)."""

    type: Literal["feedback"] = "feedback"
    feedback_id: _ID
    time: EventTime
    analyst: _ID
    reason: str = Field(min_length=1, max_length=4096)
    verdict: FeedbackVerdict
    agent_id: _ID
    alert_id: str | None = Field(default=None, max_length=512)
    #: The alert's pattern as the analyst saw it; without it the worker that raised the alert
    #: recalls it from its memory of recent alerts.
    pattern: FeedbackPattern | None = None
    cohort: str | None = Field(default=None, max_length=512)
    #: The alert's triggering event: tells whether the agent's restriction came from it.
    trigger_event_id: str | None = Field(default=None, max_length=512)
    #: Workers refuse the record when it arrives at or after this time.
    expires_at: UtcTime | None = None

    @field_validator("reason")
    @classmethod
    def _says_why(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("reason must say why (not blank)")
        return value

    @model_validator(mode="after")
    def _names_its_alert(self) -> AnalystFeedback:
        if self.verdict in ("false_positive", "confirmed") and not self.alert_id:
            raise ValueError(f"a {self.verdict} verdict needs the alert_id it is about")
        return self


class AuditEntry(_Record):
    """What MissionGuard did with one feedback record: who asked, why, and what changed."""

    type: Literal["audit"] = "audit"
    audit_id: _ID
    time: EventTime
    outcome: Literal["applied", "rejected"]
    rejection: str | None = None
    detail: str = ""
    changes: list[str] = Field(default_factory=list)
    feedback_id: str | None = None
    verdict: str | None = None
    analyst: str | None = None
    reason: str | None = None
    agent_id: str | None = None
    alert_id: str | None = None
    cohort: str | None = None
    pattern: FeedbackPattern | None = None
    kid: str | None = None
    origin: str | None = None
