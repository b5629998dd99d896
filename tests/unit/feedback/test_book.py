"""FeedbackBook and Judge.on_feedback: suppression, sensitivity, reinstates, confirmation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from missionguard.models.feedback import FeedbackBook, pattern_of
from missionguard.models.judge import Judge
from missionguard.pipeline.records import (
    Alert,
    AuthorizationDecision,
    DetectorFinding,
    MissionDeclaration,
)
from missionguard.pipeline.records.feedback import AnalystFeedback, FeedbackPattern

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def mission(agent: str, cohort: str = "support") -> MissionDeclaration:
    return MissionDeclaration(
        time=T0,
        agent_id=agent,
        mission_id=f"m-{agent}",
        cohort=cohort,
        purpose="answer customer tickets",
        allowed_actions=["tickets:read", "tickets:comment"],
        allowed_resources=["tickets/*"],
        denied_actions=["iam:*"],
        issued_by="test",
    )


def decision(agent: str, n: int, action: str = "tickets:read", resource: str = "tickets/1"):
    return AuthorizationDecision(
        event_id=f"{agent}-{n}",
        time=T0 + timedelta(seconds=n),
        agent_id=agent,
        credential_id=f"cred-{agent}",
        action=action,
        resource=resource,
        decision="allow",
        source="test",
    )


def feedback(verdict: str, agent: str, n: int = 1, **changes: object) -> AnalystFeedback:
    base = {
        "feedback_id": f"fb-{agent}-{verdict}-{n}",
        "time": T0 + timedelta(seconds=500 + n),
        "analyst": "ana",
        "reason": "checked with the owning team",
        "verdict": verdict,
        "agent_id": agent,
    }
    return AnalystFeedback.model_validate({**base, **changes})


class Fleet:
    """Agents a, b (cohort support) and c (cohort finance), each with a few normal calls."""

    def __init__(self) -> None:
        self.judge = Judge()
        self.states = {}
        for agent, cohort in (("a", "support"), ("b", "support"), ("c", "finance")):
            self.states[agent], _ = self.judge.on_mission(None, mission(agent, cohort))
        for n in range(5):
            for agent in "abc":
                self.act(agent, n)

    def act(self, agent: str, n: int, action: str = "tickets:read", resource: str = "tickets/1"):
        state, verdict = self.judge.on_decision(
            self.states[agent], decision(agent, n, action, resource)
        )
        self.states[agent] = state
        return verdict

    def tell(self, fb: AnalystFeedback):
        state, verdict, outcome = self.judge.on_feedback(self.states.get(fb.agent_id), fb)
        return verdict, outcome


EXPORT = ("crm:ExportAll", "crm/accounts/8812")


@pytest.fixture
def fleet() -> Fleet:
    return Fleet()


def test_pattern_names_findings_and_values_without_identifiers(fleet):
    alert = fleet.act("a", 100, *EXPORT).alerts[0]
    pattern = pattern_of(alert)
    assert pattern.cohort == "support"
    assert "mission_conformance.action_not_declared" in pattern.detectors
    assert "action=crm:ExportAll" in pattern.values
    assert "resource_kind=crm/accounts/#" in pattern.values  # the account id is not kept
    assert not any(d.startswith("risk") for d in pattern.detectors)


def test_false_positive_reinstates_and_suppresses_the_pattern_for_the_cohort(fleet):
    first = fleet.act("a", 100, *EXPORT)
    assert [c.action for c in first.commands] == ["revoke"]
    assert fleet.states["a"].status == "revoked"

    verdict, outcome = fleet.tell(
        feedback("false_positive", "a", alert_id=first.alerts[0].alert_id)
    )
    assert outcome.applied and outcome.rejection is None
    assert [c.action for c in verdict.commands] == ["reinstate"]
    reinstate = verdict.commands[0]
    assert reinstate.agent_id == "a" and reinstate.credential_ids == ["cred-a"]
    assert reinstate.expires_at > reinstate.time
    assert fleet.states["a"].status == "active" and fleet.states["a"].risk == 0.0

    # Another agent of the cohort, same pattern (another account id): nothing raised.
    again = fleet.act("b", 101, "crm:ExportAll", "crm/accounts/17")
    assert not again.alerts and not again.commands
    assert fleet.states["b"].status == "active"
    # Another cohort: still alerted and revoked.
    other = fleet.act("c", 101, *EXPORT)
    assert [c.action for c in other.commands] == ["revoke"]
    # Same cohort, new evidence (another action): still alerted.
    hostile = fleet.act("b", 102, "iam:CreateAccessKey", "iam/users/admin")
    assert hostile.alerts and [c.action for c in hostile.commands] == ["revoke"]


def test_suppressed_event_adds_no_risk(fleet):
    first = fleet.act("a", 100, *EXPORT)
    fleet.tell(feedback("false_positive", "a", alert_id=first.alerts[0].alert_id))
    before = fleet.states["b"].risk
    fleet.act("b", 101, "crm:ExportAll", "crm/accounts/17")
    assert fleet.states["b"].risk == before
    assert fleet.judge.feedback.suppressed_alerts == 1


def test_each_false_positive_lowers_the_cohort_weights_down_to_the_floor():
    book = FeedbackBook(weight_step=0.8, weight_floor=0.3)
    pattern = FeedbackPattern(detectors=["velocity.rate"], values=[])
    seen = []
    for n in range(8):
        fb = feedback("false_positive", "a", n, alert_id=f"al-{n}", pattern=pattern)
        fb = fb.model_copy(update={"cohort": "ops"})
        assert book.apply(None, fb, ttl_s=60).applied
        seen.append(book.multiplier("ops", "velocity"))
    assert seen[:3] == [0.8, 0.64, 0.512]
    assert min(seen) == 0.3 and seen == sorted(seen, reverse=True)
    assert book.multiplier("other", "velocity") == 1.0
    assert book.scale("ops", {"velocity": 1.0, "probing": 1.0}) == {"velocity": 0.3, "probing": 1.0}


def test_false_positive_for_an_alert_that_did_not_restrict_the_agent_reinstates_nothing(fleet):
    first = fleet.act("a", 100, *EXPORT)
    later = fleet.act("a", 101, "iam:CreateAccessKey", "iam/users/admin")  # revoked: no alert
    assert not later.alerts
    fleet.states["a"].status_command_id = "some-other-command"
    verdict, outcome = fleet.tell(
        feedback("false_positive", "a", alert_id=first.alerts[0].alert_id)
    )
    assert outcome.applied and not verdict.commands
    assert fleet.states["a"].status == "revoked"
    assert any("stays revoked" in c for c in outcome.changes)


def test_confirmation_wins_over_a_later_false_positive(fleet):
    alert = fleet.act("a", 100, *EXPORT).alerts[0]
    _, confirmed = fleet.tell(feedback("confirmed", "a", alert_id=alert.alert_id))
    assert confirmed.applied and not confirmed.commands
    verdict, outcome = fleet.tell(feedback("false_positive", "a", 2, alert_id=alert.alert_id))
    assert not outcome.applied and outcome.rejection == "confirmed"
    assert not verdict.commands and fleet.states["a"].status == "revoked"
    assert fleet.judge.feedback.multiplier("support", "mission_conformance") == 1.0
    assert fleet.act("b", 101, "crm:ExportAll", "crm/accounts/17").alerts


def test_confirmation_lifts_an_earlier_suppression(fleet):
    alert = fleet.act("a", 100, *EXPORT).alerts[0]
    fleet.tell(feedback("false_positive", "a", alert_id=alert.alert_id))
    assert not fleet.act("b", 101, "crm:ExportAll", "crm/accounts/17").alerts
    _, outcome = fleet.tell(feedback("confirmed", "a", 2, alert_id=alert.alert_id))
    assert any(c.startswith("suppression lifted") for c in outcome.changes)
    assert fleet.act("b", 102, "crm:ExportAll", "crm/accounts/18").alerts


def test_reinstate_verdict_resets_the_agent(fleet):
    fleet.act("a", 100, "iam:CreateAccessKey", "iam/users/admin")
    assert fleet.states["a"].status == "revoked" and fleet.states["a"].risk > 0
    verdict, outcome = fleet.tell(feedback("reinstate", "a"))
    assert outcome.applied and [c.action for c in verdict.commands] == ["reinstate"]
    assert fleet.states["a"].status == "active" and fleet.states["a"].risk == 0.0


def test_replayed_feedback_changes_nothing(fleet):
    fleet.act("a", 100, "iam:CreateAccessKey", "iam/users/admin")
    fleet.tell(feedback("reinstate", "a"))
    fleet.act("a", 101, "iam:CreateAccessKey", "iam/users/admin")
    assert fleet.states["a"].status == "revoked"
    verdict, outcome = fleet.tell(feedback("reinstate", "a"))  # the same feedback_id again
    assert outcome.rejection == "replayed" and not verdict.commands
    assert fleet.states["a"].status == "revoked"


def test_unknown_alert_without_pattern_and_alert_of_another_agent_are_rejected(fleet):
    _, unknown = fleet.tell(feedback("false_positive", "a", alert_id="never-raised"))
    assert unknown.rejection == "unknown_alert"
    alert = fleet.act("a", 100, *EXPORT).alerts[0]
    _, mismatch = fleet.tell(feedback("false_positive", "b", alert_id=alert.alert_id))
    assert mismatch.rejection == "alert_mismatch"
    assert fleet.act("b", 101, "crm:ExportAll", "crm/accounts/17").alerts  # nothing suppressed


def test_alert_verdicts_need_an_alert_and_every_feedback_a_reason():
    with pytest.raises(ValueError, match="alert_id"):
        feedback("false_positive", "a")
    with pytest.raises(ValueError, match="reason"):
        feedback("reinstate", "a", reason="   ")


def test_memory_is_bounded():
    book = FeedbackBook(max_patterns=2, remember_alerts=3, seen_ids=16)
    for n in range(10):
        alert = Alert(
            alert_id=f"al-{n}",
            time=T0,
            agent_id="a",
            severity="low",
            score=0.4,
            trigger_event_id=f"e{n}",
            detectors=[DetectorFinding(name="velocity.rate", score=0.4, reason=f"{n} calls")],
        )
        book.remember(alert, pattern_of(alert))
        pattern = FeedbackPattern(detectors=[f"d{n}.x"], values=[])
        book.apply(None, feedback("false_positive", "a", n, alert_id="x", pattern=pattern), 60)
    for n in range(30):
        book.apply(None, feedback("reinstate", "a", 100 + n), 60)
    assert len(book._alerts) == 3 and len(book._suppressed) == 2
    assert len(book._applied) == 16 and len(book._cohort_done) <= 16


def test_judgement_with_feedback_is_deterministic():
    runs = []
    for _ in range(2):
        fleet = Fleet()
        first = fleet.act("a", 100, *EXPORT)
        verdict, _ = fleet.tell(feedback("false_positive", "a", alert_id=first.alerts[0].alert_id))
        after = fleet.act("b", 101, "crm:ExportAll", "crm/accounts/17")
        runs.append((first, verdict, after, fleet.judge.feedback.summary()))
    assert runs[0] == runs[1]
