"""Poison input (issue 15, defect 2): numbers, times and strings a record may carry but the
judge cannot use become dead letters at intake (the rules of ``pipeline/records/canonical.py``), and
what it can use (a BOM before the JSON, big integers, a mission valid until 9999) is judged.
A failure while judging is covered in ``test_stage_failures.py``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from missionguard.models.config import DetectionSettings
from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.records import (
    AuthorizationDecision,
    DeadLetter,
    MissionDeclaration,
    dump_json,
    format_time,
)
from missionguard.pipeline.records.decoding import Origin, decode
from missionguard.pipeline.records.feedback import AnalystFeedback

NOW = datetime(2026, 1, 1, tzinfo=UTC)
T0 = datetime(2026, 4, 1, tzinfo=UTC)
ORIGIN = Origin(topic="mg.decisions", partition=2, offset=41, key=b"a")


def _decode(payload: bytes, accept=("decision",)):
    return decode(payload, ORIGIN, accept=frozenset(accept), max_bytes=1 << 16, now=NOW)


def _decision_json(
    *, time: str = "2026-04-01T00:01:00Z", agent: str = "a", attrs: str = "{}", **fields: str
) -> bytes:
    extra = "".join(f', "{k}": {v}' for k, v in fields.items())
    return (
        f'{{"type": "decision", "event_id": "e1", "time": "{time}", "agent_id": "{agent}", '
        f'"action": "tickets:read", "resource": "db", "decision": "allow", "source": "t", '
        f'"attributes": {attrs}{extra}}}'
    ).encode()


def _mission_json(**fields: str) -> bytes:
    base = {
        "type": "mission",
        "time": "2026-04-01T00:00:00Z",
        "agent_id": "a",
        "mission_id": "m",
        "purpose": "read tickets",
        "allowed_actions": ["tickets:read"],
        "issued_by": "t",
    }
    text = json.dumps(base)[:-1]
    return (text + "".join(f', "{k}": {v}' for k, v in fields.items()) + "}").encode()


def _mission(agent: str = "a", **changes: object) -> MissionDeclaration:
    fields = {
        "time": T0,
        "agent_id": agent,
        "mission_id": "m",
        "purpose": "read tickets",
        "allowed_actions": ["tickets:read"],
        "issued_by": "t",
    }
    return MissionDeclaration(**{**fields, **changes})


def _decision(agent: str, n: int, action: str = "tickets:read", **changes) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"{agent}-{n}",
        time=T0 + timedelta(seconds=n),
        agent_id=agent,
        action=action,
        resource="db",
        decision="allow",
        source="t",
        **changes,
    )


def _kinds(outputs) -> list[str]:
    return [o.kind for o in outputs]


# -- non-finite numbers ------------------------------------------------------------------------
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_a_non_finite_attribute_is_dead_lettered_naming_the_field(literal):
    result = _decode(_decision_json(attrs=f'{{"x": {literal}}}'))
    assert isinstance(result, DeadLetter), result
    assert result.reason.startswith("schema violation at mg.decisions[2]@41")
    assert "attributes.x" in result.reason and "finite number" in result.reason


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "1e999", str(10**400)])
def test_a_non_finite_mission_rate_is_dead_lettered(literal):
    result = _decode(_mission_json(max_rate_per_minute=literal), accept=("mission",))
    assert isinstance(result, DeadLetter), result
    assert "max_rate_per_minute" in result.reason


def test_non_finite_numbers_are_refused_by_every_record_type():
    from missionguard.pipeline.records import (
        Alert,
        DetectorFinding,
        MissionSignature,
        RevocationCommand,
    )
    from missionguard.pipeline.records.feedback import AuditEntry, FeedbackPattern

    for model in (
        AuthorizationDecision,
        MissionDeclaration,
        MissionSignature,
        Alert,
        DetectorFinding,
        RevocationCommand,
        DeadLetter,
        AnalystFeedback,
        FeedbackPattern,
        AuditEntry,
    ):
        assert model.model_config.get("allow_inf_nan") is False, model.__name__


def test_finite_extremes_and_big_integers_are_judged():
    stage = JudgingStage(Judge(), {}, max_record_bytes=1 << 16)
    stage.judge_record(_mission())
    for attrs in ('{"x": 1.7e308}', '{"x": -5e-324}', '{"x": ' + str(10**400) + "}"):
        assert _kinds(stage.process(_decision_json(attrs=attrs), Origin(line=1))) == []


@pytest.mark.parametrize("operation", ['"send"', '"write"', '"delete"'])
def test_a_big_integer_argument_of_a_call_with_an_effect_is_judged(operation):
    # A call with an effect is remembered by its arguments for incident scoping; an integer
    # past 64 bits (JSON allows it) once made that raise, and the judge dead-lettered the
    # call instead of judging it: one argument switched the judgement off for it.
    stage = JudgingStage(Judge(), {}, max_record_bytes=1 << 16)
    stage.judge_record(_mission())
    arguments = '{"to": "DE89 3704 0044 0532 0130 00", "amount": ' + str(10**400) + "}"
    record = _decision_json(operation=operation, arguments=arguments)
    assert "dead_letter" not in _kinds(stage.process(record, Origin(line=1)))


# -- event times -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "time",
    [
        "9999-12-31T23:59:59Z",
        "3000-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",
        "9999-12-31T23:59:59-23:59",  # beyond datetime's range once converted to UTC
        "0001-01-01T00:00:00+23:59",
    ],
)
def test_an_event_time_outside_the_documented_range_is_dead_lettered(time):
    result = _decode(_decision_json(time=time))
    assert isinstance(result, DeadLetter), result
    assert result.reason.startswith("schema violation") and "time" in result.reason
    if "-23:59" not in time and "+23:59" not in time:
        assert "1970-01-01T00:00:00Z" in result.reason and "3000-01-01T00:00:00Z" in result.reason


@pytest.mark.parametrize("time", ["1970-01-01T00:00:00Z", "2999-12-31T23:59:59.999999Z"])
def test_event_times_at_the_edges_of_the_range_are_accepted(time):
    assert isinstance(_decode(_decision_json(time=time)), AuthorizationDecision)


def test_the_time_rule_holds_for_missions_and_feedback_too():
    mission = _decode(_mission_json(), accept=("mission",))
    assert isinstance(mission, MissionDeclaration)
    late = dump_json(mission).replace(b"2026-04-01", b"9999-04-01")
    assert isinstance(_decode(late, accept=("mission",)), DeadLetter)
    feedback = AnalystFeedback(
        feedback_id="f",
        time=NOW,
        analyst="ann",
        reason="benign",
        verdict="reinstate",
        agent_id="a",
    )
    late = dump_json(feedback).replace(b"2026-01-01", b"9999-01-01")
    assert isinstance(_decode(late, accept=("feedback",)), DeadLetter)


def test_a_mission_may_be_valid_until_9999_and_it_compares_and_persists():
    never = "9999-12-31T23:59:59Z"
    mission = _decode(_mission_json(valid_until=f'"{never}"'), accept=("mission",))
    assert isinstance(mission, MissionDeclaration)
    assert mission.valid_until > NOW
    stage = JudgingStage(Judge(), {}, max_record_bytes=1 << 16)
    stage.judge_record(mission)
    outputs = stage.process(_decision_json(), Origin(line=2))
    assert _kinds(outputs) == []  # in mission, not expired
    assert AgentState.from_bytes(stage.states["a"]).mission.valid_until == mission.valid_until


def test_a_mission_valid_until_year_1_survives_its_state_round_trip():
    # format_time wrote year 1 as "1-01-01T00:00:00Z", which the state codec could not read
    # back: the agent's state was then dropped as unreadable.
    mission = _mission(valid_until=datetime(1, 1, 1, tzinfo=UTC))
    state, _ = Judge().on_mission(None, mission)
    assert AgentState.from_bytes(state.to_bytes()).mission.valid_until == mission.valid_until
    assert format_time(datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC)) == "0999-01-02T03:04:05Z"


def test_a_huge_revocation_ttl_cannot_overflow_the_commands_expiry():
    judge = Judge(DetectionSettings(revoke_ttl_s=10**15))
    late = datetime(2999, 12, 31, tzinfo=UTC)
    state, _ = judge.on_mission(None, _mission(time=late))
    off = _decision("a", 0, "db:drop").model_copy(update={"time": late})
    _, verdict = judge.on_decision(state, off)
    (command,) = verdict.commands
    assert command.expires_at == datetime.max.replace(tzinfo=UTC)
    assert judge.evictable([state], late + timedelta(days=1)) == []  # still in force


# -- odd strings and framing -------------------------------------------------------------------
def test_a_utf8_bom_before_valid_json_is_accepted():
    payload = _decision_json()
    assert _decode(b"\xef\xbb\xbf" + payload) == _decode(payload)
    stage = JudgingStage(Judge(), {}, max_record_bytes=1 << 16)
    stage.judge_record(_mission())
    assert _kinds(stage.process(b"\xef\xbb\xbf" + payload, Origin(line=1))) == []
    assert stage.counters.decisions == 1


def test_only_one_bom_is_stripped():
    result = _decode(b"\xef\xbb\xbf\xef\xbb\xbf" + _decision_json())
    assert isinstance(result, DeadLetter) and result.reason.startswith("malformed JSON")


@pytest.mark.parametrize("agent", ["\\ud800", "a\\udfffb"])
def test_a_lone_surrogate_is_dead_lettered(agent):
    result = _decode(_decision_json(agent=agent))
    assert isinstance(result, DeadLetter) and result.reason.startswith("malformed JSON")


@pytest.mark.parametrize("agent", ["a\\u0000b", "a\\u001b[31mb", "a\\nb", "a\\u007fb"])
def test_control_characters_in_an_id_are_dead_lettered(agent):
    result = _decode(_decision_json(agent=agent))
    assert isinstance(result, DeadLetter), result
    assert "agent_id" in result.reason and "control character" in result.reason


def test_deep_nesting_is_dead_lettered():
    result = _decode(_decision_json(attrs='{"x": ' + "[" * 5000 + "]" * 5000 + "}"))
    assert isinstance(result, DeadLetter)


def test_decode_never_raises_even_on_an_unexpected_error(monkeypatch):
    import missionguard.pipeline.records.decoding as intake

    class Broken:
        def validate_json(self, payload):
            raise RuntimeError("boom")

    monkeypatch.setattr(intake, "_adapter", lambda accept: Broken())
    result = _decode(_decision_json())
    assert isinstance(result, DeadLetter)
    assert "mg.decisions[2]@41" in result.reason and "RuntimeError: boom" in result.reason


def test_an_attribute_of_the_wrong_kind_is_named_once():
    result = _decode(_decision_json(attrs='{"x": [1], "y": NaN}'))
    assert result.reason.endswith(
        "attributes.x: Input should be a string, number, boolean or null; "
        "attributes.y: Input should be a finite number"
    )


def test_the_json_schemas_in_docs_are_up_to_date(tmp_path):
    from pathlib import Path

    from missionguard.pipeline.records.schemas import export_schemas

    docs = Path(__file__).resolve().parents[3] / "docs" / "schemas"
    for path in export_schemas(tmp_path):
        assert path.read_text() == (docs / path.name).read_text(), (
            f"docs/schemas/{path.name} is stale: run `missionguard schemas`"
        )


def _mission_of(agent: str, at: datetime) -> MissionDeclaration:
    return MissionDeclaration(
        time=at,
        agent_id=agent,
        mission_id=f"m-{agent}",
        purpose="read tickets",
        allowed_actions=("tickets:read",),
        issued_by="t",
    )


def _call(agent: str, at: datetime, n: int, action: str = "tickets:read") -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"{agent}-{n}",
        time=at,
        agent_id=agent,
        action=action,
        resource=f"t/{n}",
        decision="allow",
        source="t",
    )


@pytest.mark.parametrize("year", [2100, 2999])
def test_one_record_dated_far_ahead_does_not_sweep_its_partitions_missions(year):
    """A valid time decades ahead (a host's clock set wrong, a forged line) for one agent used
    to move its partition's clock there: the sweep of idle agents then dropped every other
    agent's learned state and mission, and they went on unjudged against their missions."""
    stage = JudgingStage(Judge(), {}, max_record_bytes=4096, partitions=1)
    agents = [f"agent-{n}" for n in range(4)]
    for agent in agents:
        stage.judge_record(_mission_of(agent, T0))
    for n in range(30):
        for agent in agents:
            stage.judge_record(_call(agent, T0 + timedelta(seconds=10 * n + 1), n))
    stage.judge_record(_call("stray", datetime(year, 1, 1, tzinfo=UTC), 0))
    assert stage.counters.evicted == 0
    after = T0 + timedelta(seconds=400)
    stage.judge_record(_call(agents[1], after, 98))
    outputs = stage.judge_record(_call(agents[0], after, 99, action="db:drop"))
    assert stage.counters.evicted == 0
    commands = [json.loads(o.value) for o in outputs if o.kind == "control"]
    assert [c["agent_id"] for c in commands] == [agents[0]], outputs
    alerts = [json.loads(o.value) for o in outputs if o.kind == "alert"]
    found = {d["name"] for a in alerts for d in a["detectors"]}
    assert "mission_conformance.action_not_declared" in found, found
