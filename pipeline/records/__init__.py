"""The canonical records: the public contract between IAM sources, the worker, SOC tools
and enforcement points. The bottom layer: it imports nothing of MissionGuard."""

from __future__ import annotations

from .acks import (  # noqa: F401
    CommandAck,
)
from .canonical import (  # noqa: F401
    ARGUMENT_LIMITS,
    EVENT_TIME_END,
    EVENT_TIME_START,
    OPERATIONS,
    SEVERITIES,
    Alert,
    Arguments,
    AuthorizationDecision,
    DeadLetter,
    DetectorFinding,
    EventTime,
    MissionDeclaration,
    MissionSignature,
    Operation,
    Record,
    RevocationCommand,
    Scalar,
    Severity,
    Target,
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
    "ARGUMENT_LIMITS",
    "Alert",
    "Arguments",
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
    "OPERATIONS",
    "Operation",
    "Record",
    "RevocationCommand",
    "SEVERITIES",
    "Scalar",
    "Severity",
    "Target",
    "UtcTime",
    "add_seconds",
    "dump_json",
    "format_time",
    "parse_record",
    "stable_id",
]
