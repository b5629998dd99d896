"""The guard rail against a deliberately runaway judge that revokes everything it sees."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from missionguard.models.judge import Judge, Verdict
from missionguard.models.state import AgentState
from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    RevocationCommand,
    stable_id,
)
from missionguard.pipeline.settings.control import GuardSettings

T0 = datetime(2026, 4, 1, tzinfo=UTC)


class RunawayJudge(Judge):
    """Revokes every agent on every decision, as a broken model might."""

    def on_decision(self, state, decision):
        state = state or AgentState(agent_id=decision.agent_id)
        command = RevocationCommand(
            command_id=stable_id("runaway", decision.event_id),
            time=decision.time,
            agent_id=decision.agent_id,
            action="revoke",
            reason="the runaway judge revokes everything",
            trigger_event_id=decision.event_id,
            expires_at=decision.time + timedelta(hours=1),
        )
        reinstate = decision.action == "reinstate-me"
        if reinstate:
            command = command.model_copy(update={"action": "reinstate"})
        return state, Verdict(commands=[command])


def _stage(**guard) -> JudgingStage:
    settings = GuardSettings(max_revocations=5, window_s=60, hold_s=600, **guard)
    return JudgingStage(RunawayJudge(), {}, max_record_bytes=65536, guard=RevocationGuard(settings))


def _mission(agent: str, cohort: str) -> MissionDeclaration:
    return MissionDeclaration(
        time=T0, agent_id=agent, mission_id="m", cohort=cohort, purpose="p", issued_by="t"
    )


def _decision(n: int, agent: str, at: datetime, action: str = "tickets:read"):
    return AuthorizationDecision(
        event_id=f"e{n}-{agent}",
        time=at,
        agent_id=agent,
        action=action,
        resource="tickets/1",
        decision="allow",
        source="test",
    )


def _run(stage: JudgingStage, records) -> tuple[list[dict], list[dict]]:
    commands, alerts = [], []
    for record in records:
        for out in stage.judge_record(record):
            (commands if out.kind == "control" else alerts).append(json.loads(out.value))
    return commands, alerts


def test_a_runaway_judge_revokes_at_most_the_cap_then_the_cohort_goes_alert_only():
    stage = _stage()
    agents = [f"support-{i}" for i in range(50)]
    records = [_mission(a, "support") for a in agents]
    records += [_decision(i, a, T0 + timedelta(seconds=i)) for i, a in enumerate(agents)]
    commands, alerts = _run(stage, records)
    assert [c["agent_id"] for c in commands] == agents[:5]
    critical = [a for a in alerts if a["severity"] == "critical"]
    assert len(critical) == 1 and critical[0]["cohort"] == "support"
    assert "guard rail tripped" in critical[0]["detectors"][0]["reason"]
    withheld = [a for a in alerts if a["severity"] == "medium"]
    assert len(withheld) == 45 and all("withheld" in a["detectors"][0]["reason"] for a in withheld)
    assert stage.counters.withheld == 45 and stage.counters.commands == 5
    assert stage.guard.alert_only_until("support") == T0 + timedelta(seconds=5 + 600)


def test_other_cohorts_and_reinstates_are_not_held_back():
    stage = _stage()
    records = [_mission("s", "support"), _mission("f", "finance")]
    records += [_decision(i, "s", T0 + timedelta(seconds=i)) for i in range(10)]
    records += [_decision(99, "s", T0 + timedelta(seconds=20), action="reinstate-me")]
    records += [_decision(i, "f", T0 + timedelta(seconds=i)) for i in range(3)]
    commands, _ = _run(stage, records)
    assert [c["action"] for c in commands if c["agent_id"] == "s"] == ["revoke"] * 5 + ["reinstate"]
    assert len([c for c in commands if c["agent_id"] == "f"]) == 3


def test_the_window_slides_and_the_hold_ends_on_event_time():
    stage = _stage()
    records = [_mission("s", "support")]
    # One revocation every 20 s: never more than 3 in a 60 s window, never tripped.
    records += [_decision(i, "s", T0 + timedelta(seconds=20 * i)) for i in range(20)]
    commands, alerts = _run(stage, records)
    assert len(commands) == 20 and not alerts
    burst = [_decision(100 + i, "s", T0 + timedelta(seconds=1000 + i)) for i in range(7)]
    commands, alerts = _run(stage, burst)
    assert len(commands) == 5 and stage.guard.alert_only_until("support") is not None
    later = [_decision(200, "s", T0 + timedelta(seconds=1006 + 601))]
    commands, _ = _run(stage, later)
    assert len(commands) == 1 and stage.guard.alert_only_until("support") is None


def test_a_dry_run_cohort_gets_alerts_and_no_commands():
    stage = _stage(dry_run_cohorts=("travel",))
    records = [_mission("t", "travel"), _decision(1, "t", T0), _decision(2, "t", T0)]
    commands, alerts = _run(stage, records)
    assert commands == [] and len(alerts) == 2
    assert all("dry-run" in a["detectors"][0]["reason"] for a in alerts)


def test_agents_without_a_cohort_share_the_default_cohort():
    stage = _stage()
    records = [_decision(i, f"stray-{i}", T0 + timedelta(seconds=i)) for i in range(8)]
    commands, alerts = _run(stage, records)
    assert len(commands) == 5
    assert {a["cohort"] for a in alerts} == {"default"}


def test_without_a_guard_the_stage_publishes_every_command():
    stage = JudgingStage(RunawayJudge(), {}, max_record_bytes=65536)
    records = [_decision(i, f"a{i}", T0) for i in range(30)]
    commands, _ = _run(stage, records)
    assert len(commands) == 30


def test_uncounted_commands_obey_dry_run_and_a_tripped_cohort_but_never_trip_it():
    # Incident scoping's commands (counted=False) must not switch a cohort's protection off.
    def revoke(i: int, agent: str = "a") -> RevocationCommand:
        return RevocationCommand(
            command_id=f"c{i}", time=T0 + timedelta(seconds=i), agent_id=f"{agent}{i}",
            action="revoke", reason="x", expires_at=T0 + timedelta(hours=1),
        )  # fmt: skip

    guard = RevocationGuard(GuardSettings(max_revocations=1, window_s=60))
    assert all(guard.screen(revoke(i), "c", counted=False).commands for i in range(5))
    assert guard.alert_only_until("c") is None
    assert guard.screen(revoke(5), "c").commands  # the one counted revocation of the window
    assert not guard.screen(revoke(6), "c").commands  # trips the cohort
    assert not guard.screen(revoke(7), "c", counted=False).commands  # alert-only: withheld
    dry = RevocationGuard(GuardSettings(dry_run_cohorts=("c",)))
    assert not dry.screen(revoke(8), "c", counted=False).commands
