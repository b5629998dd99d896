"""A failure while judging one record (issue 15, defect 2) dead-letters that record with
the exception, never its batch-mates, and leaves the stage's bookkeeping consistent (a crash
used to leave an agent dirty but out of the cache: every later flush raised KeyError)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.records import (
    AuthorizationDecision,
    DeadLetter,
    MissionDeclaration,
    dump_json,
)
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.records.feedback import AnalystFeedback

T0 = datetime(2026, 4, 1, tzinfo=UTC)


def _mission(agent: str) -> MissionDeclaration:
    return MissionDeclaration(
        time=T0,
        agent_id=agent,
        mission_id="m",
        purpose="read tickets",
        allowed_actions=["tickets:read"],
        issued_by="t",
    )


def _decision(agent: str, n: int, action: str = "tickets:read") -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"{agent}-{n}",
        time=T0 + timedelta(seconds=n),
        agent_id=agent,
        action=action,
        resource="db",
        decision="allow",
        source="t",
    )


def _kinds(outputs) -> list[str]:
    return [o.kind for o in outputs]


class _CrashOn:
    """Wraps a judge: raises while judging the decision with ``event_id``, after it has
    started changing the agent's state (the worst case for the stage's bookkeeping)."""

    def __init__(self, judge: Judge, event_id: str) -> None:
        self._judge, self.event_id = judge, event_id

    def __getattr__(self, name):
        return getattr(self._judge, name)

    def on_decision(self, state, decision):
        if decision.event_id == self.event_id:
            if state is not None:
                state.decisions_seen += 1
            raise ZeroDivisionError("float division by zero")
        return self._judge.on_decision(state, decision)


@pytest.mark.parametrize("deferred", [True, False])
def test_a_judge_failure_dead_letters_that_record_and_spares_its_batch_mates(deferred):
    table: dict[str, bytes] = {}
    stage = JudgingStage(
        _CrashOn(Judge(), "a-2"), table, max_record_bytes=1 << 16, defer_state_writes=deferred
    )
    batch = [
        dump_json(_mission("a")),
        dump_json(_mission("b")),
        dump_json(_decision("a", 1)),  # judged: "a" is dirty
        dump_json(_decision("a", 2)),  # crashes
        dump_json(_decision("b", 3, "db:drop")),  # batch-mate, revoked
        dump_json(_decision("a", 4, "db:drop")),  # "a" is still judged after the crash
    ]
    outputs = [stage.process(p, Origin(line=n, source="batch")) for n, p in enumerate(batch, 1)]
    assert [_kinds(o) for o in outputs] == [
        [],
        [],
        [],
        ["dead_letter"],
        ["alert", "control"],
        ["alert", "control"],
    ]
    letter = DeadLetter.model_validate_json(outputs[3][0].value)
    assert letter.reason.startswith("judging failed at line 4 of batch")
    assert "ZeroDivisionError: float division by zero" in letter.reason
    assert json.loads(letter.payload)["event_id"] == "a-2"
    assert letter.origin_line == 4 and letter.source == "batch"
    assert outputs[3][0].key == b"a"
    assert stage.counters.judge_errors == 1 and stage.counters.dead_letters == 1
    stage.flush_state_writes()  # never a KeyError
    assert AgentState.from_bytes(table["a"]).status == "revoked"
    assert AgentState.from_bytes(table["b"]).status == "revoked"


def test_an_agent_whose_judgement_failed_stays_cached_and_dirty():
    table: dict[str, bytes] = {}
    stage = JudgingStage(
        _CrashOn(Judge(), "a-2"), table, max_record_bytes=1 << 16, defer_state_writes=True
    )
    stage.judge_record(_mission("a"))
    stage.judge_record(_decision("a", 1))
    before = stage._live["a"]
    outputs = stage.judge_record(_decision("a", 2))
    assert _kinds(outputs) == ["dead_letter"]
    # The state is kept as the failed judgement left it (not reset: a crashing record must
    # not wipe an agent's history), still cached and still to be written.
    assert stage._live["a"] is before and "a" in stage._dirty
    assert before.decisions_seen == 2  # one judged, one counted by the failed judgement
    assert stage.flush_state_writes() == 1 and AgentState.from_bytes(table["a"]).mission


def test_flush_never_raises_for_a_dirty_agent_missing_from_the_cache():
    table: dict[str, bytes] = {}
    stage = JudgingStage(Judge(), table, max_record_bytes=1 << 16, defer_state_writes=True)
    stage.judge_record(_mission("a"))
    stage.judge_record(_mission("b"))
    stage._live.pop("a")  # the state of bookkeeping the bug left behind
    assert stage.flush_state_writes() == 1
    assert set(table) == {"b"} and not stage._dirty


def test_a_mission_install_failure_is_dead_lettered(monkeypatch):
    judge = Judge()

    def broken(state, mission):
        raise KeyError("cohort")

    monkeypatch.setattr(judge, "on_mission", broken)
    stage = JudgingStage(judge, {}, max_record_bytes=1 << 16, defer_state_writes=True)
    outputs = stage.process(dump_json(_mission("a")), Origin(line=1))
    assert _kinds(outputs) == ["dead_letter"]
    assert "KeyError: 'cohort'" in DeadLetter.model_validate_json(outputs[0].value).reason
    assert stage.flush_state_writes() == 0


def test_a_feedback_failure_is_dead_lettered(monkeypatch):
    judge = Judge()

    def broken(state, feedback):
        raise ValueError("bad pattern")

    monkeypatch.setattr(judge, "on_feedback", broken)
    stage = JudgingStage(judge, {}, max_record_bytes=1 << 16, defer_state_writes=True)
    stage.judge_record(_mission("a"))
    feedback = AnalystFeedback(
        feedback_id="f",
        time=T0,
        analyst="ann",
        reason="benign",
        verdict="reinstate",
        agent_id="a",
    )
    outputs = stage.judge_feedback(feedback, origin="replay")
    assert _kinds(outputs) == ["dead_letter"]
    assert "ValueError: bad pattern" in DeadLetter.model_validate_json(outputs[0].value).reason
    assert stage.counters.judge_errors == 1
    assert "a" in stage._live and stage.flush_state_writes() == 1


def test_a_state_that_cannot_be_serialized_is_dropped_not_raised(monkeypatch):
    table: dict[str, bytes] = {}
    stage = JudgingStage(Judge(), table, max_record_bytes=1 << 16, defer_state_writes=True)
    stage.judge_record(_mission("a"))
    stage.judge_record(_mission("bad"))
    to_bytes = AgentState.to_bytes

    def fails_for_bad(self):
        if self.agent_id == "bad":
            raise TypeError("Type is not JSON serializable")
        return to_bytes(self)

    monkeypatch.setattr(AgentState, "to_bytes", fails_for_bad)
    assert stage.flush_state_writes() == 1  # "a" written, "bad" logged and counted
    assert set(table) == {"a"} and "bad" not in stage._live
    assert stage.counters.state_write_errors == 1 and not stage._dirty


def test_a_failing_sweep_does_not_cost_the_judged_record_its_outputs(monkeypatch):
    judge = Judge()
    stage = JudgingStage(judge, {}, max_record_bytes=1 << 16)
    stage.judge_record(_mission("a"))

    def broken(states, now):
        raise RuntimeError("sweep")

    monkeypatch.setattr(judge, "evictable", broken)
    later = _decision("a", 2 * 3600, "db:drop")  # past the next sweep
    kinds = [o.kind for o in stage.judge_record(later)]
    assert kinds == ["alert", "control"]
    assert stage.counters.judge_errors == 0
