"""The judgement: one synchronous, deterministic entry point used by the Faust worker,
offline replay, notebooks and tests alike.

``Judge.on_mission`` and ``Judge.on_decision`` take the agent's current state (or ``None``
for an agent never seen), update it in place and return it with a :class:`Verdict`: the
alerts and revocation commands to publish. Nothing here reads the wall clock: every time
comes from the records, and every id is derived from them, so reprocessing a decision
(at-least-once delivery) yields the same alert and command ids, which downstream
consumers deduplicate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from pipeline.records import (
    SEVERITIES,
    Alert,
    AuthorizationDecision,
    DetectorFinding,
    MissionDeclaration,
    RevocationCommand,
    Severity,
    stable_id,
)
from pipeline.settings import DetectionSettings

from .mission import MissionViolation, mission_violations
from .state import AgentState

__all__ = ["Judge", "Verdict"]

# What each severity of a mission violation does to the agent.
_RESPONSE: dict[Severity, str | None] = {
    "info": None,
    "low": None,
    "medium": "throttle",
    "high": "revoke",
    "critical": "revoke",
}
_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_STATUS_AFTER = {"throttle": "throttled", "suspend": "suspended", "revoke": "revoked"}


@dataclass(slots=True)
class Verdict:
    alerts: list[Alert] = field(default_factory=list)
    commands: list[RevocationCommand] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.alerts or self.commands)


class Judge:
    """Judges each decision against its agent's mission and history.

    >>> from datetime import datetime, UTC
    >>> judge = Judge()
    >>> t0 = datetime(2026, 1, 1, tzinfo=UTC)
    >>> state, _ = judge.on_mission(None, MissionDeclaration(time=t0, agent_id="bot-1",
    ...     mission_id="m1", purpose="summarise tickets", allowed_actions=["tickets:read"],
    ...     issued_by="ops"))
    >>> ok = AuthorizationDecision(event_id="e1", time=t0, agent_id="bot-1",
    ...     action="tickets:read", resource="ticket/1", decision="allow", source="demo")
    >>> bool(judge.on_decision(state, ok)[1])
    False
    >>> bad = ok.model_copy(update={"event_id": "e2", "action": "iam:CreateAccessKey"})
    >>> verdict = judge.on_decision(state, bad)[1]
    >>> verdict.alerts[0].severity, verdict.commands[0].action, state.status
    ('high', 'revoke', 'revoked')
    """

    def __init__(self, settings: DetectionSettings | None = None) -> None:
        self.settings = settings or DetectionSettings()

    def on_mission(
        self, state: AgentState | None, mission: MissionDeclaration
    ) -> tuple[AgentState, Verdict]:
        state = state or AgentState(agent_id=mission.agent_id)
        # A mission older than the one in force is a stale replay of the compacted topic.
        if state.mission is None or mission.time >= state.mission.time:
            state.mission = mission
        return state, Verdict()

    def on_decision(
        self, state: AgentState | None, decision: AuthorizationDecision
    ) -> tuple[AgentState, Verdict]:
        state = state or AgentState(agent_id=decision.agent_id)
        state.decisions_seen += 1
        state.last_seen = decision.time
        rate = state.rate.add(decision.time.timestamp())
        state.remember_credential(decision.credential_id)
        evidence = [*state.recent_event_ids]
        state.remember_event(decision.event_id, self.settings.evidence_window)

        if state.status == "revoked":
            # Already revoked: the enforcement point refuses it; count what still got through.
            if decision.decision == "allow":
                state.leaked_after_revocation += 1
            return state, Verdict()

        if state.mission is None:
            if self.settings.alert_on_undeclared_agent and not state.undeclared_alerted:
                state.undeclared_alerted = True
                finding = DetectorFinding(
                    name="mission_conformance",
                    score=0.1,
                    reason="agent acts without a declared mission",
                )
                return state, Verdict(alerts=[self._alert(state, decision, "info", [finding], evidence)])
            return state, Verdict()

        violations = mission_violations(state.mission, decision, rate_per_minute=rate)
        if not violations:
            return state, Verdict()
        return state, self._respond(state, decision, violations, evidence)

    def _respond(
        self,
        state: AgentState,
        decision: AuthorizationDecision,
        violations: list[MissionViolation],
        evidence: list[str],
    ) -> Verdict:
        severity = max((v.severity for v in violations), key=_RANK.__getitem__)
        findings = [
            DetectorFinding(name=f"mission_conformance.{v.rule}", score=_score(v.severity), reason=v.reason)
            for v in violations
        ]
        alert = self._alert(state, decision, severity, findings, evidence)
        verdict = Verdict(alerts=[alert])
        action = _RESPONSE[severity]
        if action is None or (action == "throttle" and state.status != "active"):
            return verdict
        expires = decision.time + timedelta(seconds=self.settings.revoke_ttl_s)
        command = RevocationCommand(
            command_id=stable_id("command", state.agent_id, decision.event_id, action),
            time=decision.time,
            agent_id=state.agent_id,
            credential_ids=list(state.credentials),
            action=action,  # type: ignore[arg-type]
            reason="; ".join(v.reason for v in violations),
            alert_id=alert.alert_id,
            trigger_event_id=decision.event_id,
            expires_at=expires,
        )
        state.status = _STATUS_AFTER[action]  # type: ignore[assignment]
        state.status_command_id = command.command_id
        verdict.commands.append(command)
        return verdict

    def _alert(
        self,
        state: AgentState,
        decision: AuthorizationDecision,
        severity: Severity,
        findings: list[DetectorFinding],
        evidence: list[str],
    ) -> Alert:
        mission = state.mission
        return Alert(
            alert_id=stable_id("alert", state.agent_id, decision.event_id),
            time=decision.time,
            agent_id=state.agent_id,
            mission_id=mission.mission_id if mission else None,
            severity=severity,
            score=max(f.score for f in findings),
            trigger_event_id=decision.event_id,
            evidence_event_ids=[*evidence, decision.event_id],
            detectors=findings,
            cohort=mission.cohort if mission else None,
        )


def _score(severity: Severity) -> float:
    return {"info": 0.1, "low": 0.3, "medium": 0.6, "high": 0.9, "critical": 1.0}[severity]
