"""A MissionGuard alert as an OCSF Detection Finding (class 2004, category 2 Findings).

Pure and deterministic: the same alert always gives the same finding (the product version
is an argument, defaulting to the installed MissionGuard's). Checked in the tests against
the JSON Schema of OCSF :data:`OCSF_VERSION` generated from the real OCSF schema export
(:mod:`.ocsf_schema`).

How an alert maps (OCSF 1.8.0 has no ``ai_agent`` object yet, so the agent is a service
user in ``actor.user`` and a resource with ``type`` ``ai_agent``):

==============================  ========================================================
OCSF                            from the alert
==============================  ========================================================
``time``                        ``time`` (the triggering decision's event time), in ms
``activity_id`` / ``type_uid``  1 Create / 200401: each alert is a new finding
``severity_id``                 ``info`` 1, ``low`` 2, ``medium`` 3, ``high`` 4, ``critical`` 5
``status_id``                   1 New
``risk_score``                  ``score`` (0..1) as 0..100
``finding_info.uid``            ``alert_id``
``finding_info.analytic``       the strongest detector; ``related_analytics``: all of them
``finding_info.related_events`` ``evidence_event_ids`` (the trigger last)
``evidences``                   one per evidence event: the agent as ``actor.user``, the
                                event id as ``uid``
``resources``                   the agent (role Target, cohort as ``group``), its mission
``anomaly_analyses``            one anomaly per detector: parameter, score, reason
``unmapped.missionguard``       the alert fields OCSF has no place for
==============================  ========================================================
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from missionguard.pipeline.records import Alert, DetectorFinding, Severity, format_time

__all__ = ["OCSF_VERSION", "SEVERITY_IDS", "detection_finding"]

OCSF_VERSION = "1.8.0"

CLASS_UID = 2004
CATEGORY_UID = 2
ACTIVITY_CREATE = 1
SEVERITY_IDS: dict[Severity, tuple[int, str]] = {
    "info": (1, "Informational"),
    "low": (2, "Low"),
    "medium": (3, "Medium"),
    "high": (4, "High"),
    "critical": (5, "Critical"),
}
# Detectors that apply a declared rule rather than learn behaviour (OCSF analytic types).
_RULE_DETECTORS = frozenset({"mission_conformance", "guard_rail"})
_ANALYTIC_RULE = (1, "Rule")
_ANALYTIC_BEHAVIORAL = (2, "Behavioral")
_USER_SERVICE = (4, "Service")
_ROLE_TARGET = (1, "Target")
_ROLE_RELATED = (4, "Related")


@lru_cache(maxsize=1)
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("missionguard")
    except PackageNotFoundError:
        return "0+unknown"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _ms(alert: Alert) -> int:
    """Milliseconds since the epoch, in integers (no float rounding)."""
    return (alert.time - _EPOCH) // timedelta(milliseconds=1)


def _analytic(finding: DetectorFinding) -> dict[str, Any]:
    type_id, type_name = _ANALYTIC_RULE if finding.name in _RULE_DETECTORS else _ANALYTIC_BEHAVIORAL
    return {"name": finding.name, "uid": finding.name, "type_id": type_id, "type": type_name}


def _agent_user(alert: Alert) -> dict[str, Any]:
    type_id, type_name = _USER_SERVICE
    return {"uid": alert.agent_id, "name": alert.agent_id, "type_id": type_id, "type": type_name}


def _resources(alert: Alert) -> list[dict[str, Any]]:
    role_id, role = _ROLE_TARGET
    agent: dict[str, Any] = {
        "uid": alert.agent_id,
        "name": alert.agent_id,
        "type": "ai_agent",
        "role_id": role_id,
        "role": role,
    }
    if alert.cohort:
        agent["group"] = {"name": alert.cohort}
    resources = [agent]
    if alert.mission_id:
        role_id, role = _ROLE_RELATED
        resources.append(
            {"uid": alert.mission_id, "type": "mission", "role_id": role_id, "role": role}
        )
    return resources


def _title(alert: Alert) -> str:
    names = ", ".join(d.name for d in alert.detectors) or "judge"
    return f"Agent {alert.agent_id} flagged by {names}"


def detection_finding(alert: Alert, *, product_version: str | None = None) -> dict[str, Any]:
    """The OCSF Detection Finding (class 2004) of ``alert``, as a JSON-ready dict.

    >>> from datetime import datetime, UTC
    >>> from missionguard.pipeline.records import Alert, DetectorFinding
    >>> alert = Alert(alert_id="a1", time=datetime(2026, 1, 1, tzinfo=UTC), agent_id="bot",
    ...     severity="high", score=0.9, trigger_event_id="e2", evidence_event_ids=["e1", "e2"],
    ...     detectors=[DetectorFinding(name="mission_conformance", score=0.9, reason="iam:*")])
    >>> f = detection_finding(alert, product_version="0.1.0")
    >>> f["class_uid"], f["type_uid"], f["severity_id"], f["time"], f["finding_info"]["uid"]
    (2004, 200401, 4, 1767225600000, 'a1')
    """
    severity_id, severity = SEVERITY_IDS[alert.severity]
    at = _ms(alert)
    detectors = sorted(alert.detectors, key=lambda d: (-d.score, d.name))
    finding_info: dict[str, Any] = {
        "uid": alert.alert_id,
        "title": _title(alert),
        "desc": "; ".join(f"{d.name}: {d.reason}" for d in alert.detectors) or _title(alert),
        "types": ["AI agent behaviour"],
        "created_time": at,
        "first_seen_time": at,
        "last_seen_time": at,
        "data_sources": ["authorization decisions"],
        "related_events": [{"uid": event_id} for event_id in alert.evidence_event_ids],
    }
    if detectors:
        finding_info["analytic"] = _analytic(detectors[0])
        finding_info["related_analytics"] = [_analytic(d) for d in alert.detectors]
    finding: dict[str, Any] = {
        "activity_id": ACTIVITY_CREATE,
        "activity_name": "Create",
        "category_uid": CATEGORY_UID,
        "category_name": "Findings",
        "class_uid": CLASS_UID,
        "class_name": "Detection Finding",
        "type_uid": CLASS_UID * 100 + ACTIVITY_CREATE,
        "type_name": "Detection Finding: Create",
        "time": at,
        "severity_id": severity_id,
        "severity": severity,
        "status_id": 1,
        "status": "New",
        "is_alert": True,
        "risk_score": round(min(max(alert.score, 0.0), 1.0) * 100),
        "message": _title(alert),
        "metadata": {
            "version": OCSF_VERSION,
            "uid": alert.alert_id,
            "original_time": format_time(alert.time),
            "product": {
                "name": "MissionGuard",
                "vendor_name": "MissionGuard",
                "version": product_version or _installed_version(),
            },
        },
        "finding_info": finding_info,
        "evidences": [
            {
                "uid": event_id,
                "name": "authorization decision",
                "actor": {"user": _agent_user(alert)},
            }
            for event_id in alert.evidence_event_ids or [alert.trigger_event_id]
        ],
        "resources": _resources(alert),
        "unmapped": {
            "missionguard": {
                "agent_id": alert.agent_id,
                "mission_id": alert.mission_id,
                "cohort": alert.cohort,
                "score": alert.score,
                "trigger_event_id": alert.trigger_event_id,
                "detectors": [d.model_dump() for d in alert.detectors],
            }
        },
    }
    if alert.detectors:
        finding["anomaly_analyses"] = [
            {
                "analysis_targets": [{"name": alert.agent_id, "type": "ai_agent"}],
                "anomalies": [
                    {
                        "observation_parameter": d.name,
                        "observation_type": "detector score",
                        "observed_pattern": d.reason,
                        "observations": [{"value": f"{d.score:.4f}"}],
                    }
                    for d in alert.detectors
                ],
            }
        ]
    return finding
