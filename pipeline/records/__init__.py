"""The canonical records: the public contract between IAM sources, the worker, SOC tools
and enforcement points. The bottom layer: it imports nothing of MissionGuard."""

from __future__ import annotations

from .acks import (  # noqa: F401
    CommandAck,
)
from .canonical import (  # noqa: F401
    EVENT_TIME_END,
    EVENT_TIME_START,
    SEVERITIES,
    Alert,
    AuthorizationDecision,
    DeadLetter,
    DetectorFinding,
    EventTime,
    MissionDeclaration,
    MissionSignature,
    Record,
    RevocationCommand,
    Scalar,
    Severity,
    UtcTime,
    add_seconds,
    dump_json,
    format_time,
    parse_record,
    stable_id,
)
from .feedback import (  # noqa: F401
    AnalystFeedback,
    AuditEntry,
    FeedbackPattern,
    FeedbackVerdict,
)

__all__ = [
    "Alert",
    "AnalystFeedback",
    "AuditEntry",
    "AuthorizationDecision",
    "CommandAck",
    "DeadLetter",
    "DetectorFinding",
    "EVENT_TIME_END",
    "EVENT_TIME_START",
    "EventTime",
    "FeedbackPattern",
    "FeedbackVerdict",
    "MissionDeclaration",
    "MissionSignature",
    "Record",
    "RevocationCommand",
    "SEVERITIES",
    "Scalar",
    "Severity",
    "UtcTime",
    "add_seconds",
    "dump_json",
    "format_time",
    "parse_record",
    "stable_id",
]
