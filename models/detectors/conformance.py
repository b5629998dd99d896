"""Mission conformance: the deterministic check of a decision against its declared mission."""

from __future__ import annotations

from missionguard.models.detectors.base import Explanation, StatelessDetector
from missionguard.models.features import DecisionFeatures
from missionguard.models.mission import MissionViolation, mission_violations

__all__ = ["MissionConformance", "SEVERITY_SCORE"]

SEVERITY_SCORE = {"info": 0.1, "low": 0.3, "medium": 0.6, "high": 0.9, "critical": 1.0}


class MissionConformance(StatelessDetector):
    """Flags actions outside the declared allow-list, explicitly denied actions, resources
    outside the declared resources, expired missions and rates above the declared maximum.

    Nothing is learned: the mission is the model, read from ``x["mission"]`` (the decision
    itself is ``x["decision"]``, the agent's request rate ``x["rate_per_minute"]``). Without
    a mission the score is neutral; the Judge reports undeclared agents separately.

    Parameters
    ----------
    seed
        Unused (nothing is random); kept so every detector has the same constructor shape.

    Examples
    --------
    >>> from datetime import datetime, UTC
    >>> from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
    >>> t = datetime(2026, 1, 1, tzinfo=UTC)
    >>> m = MissionDeclaration(time=t, agent_id="a", mission_id="m1", purpose="read tickets",
    ...     allowed_actions=["tickets:read"], issued_by="ops")
    >>> d = AuthorizationDecision(event_id="e1", time=t, agent_id="a", action="iam:CreateUser",
    ...     resource="user/x", decision="allow", source="demo")
    >>> det = MissionConformance(seed=42)
    >>> det.score_one({"mission": m, "decision": d})
    0.9
    >>> det.score_one({"mission": None, "decision": d})
    0.0
    """

    name = "mission_conformance"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def violations(self, x: DecisionFeatures) -> list[MissionViolation]:
        mission = x.get("mission")
        if mission is None or x.get("decision") is None:
            return []
        return mission_violations(mission, x["decision"], rate_per_minute=x.get("rate_per_minute"))

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        return {v.rule: (SEVERITY_SCORE[v.severity], v.reason) for v in self.violations(x)}
