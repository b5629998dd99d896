"""The labels say exactly what the records contain."""

from __future__ import annotations

from collections import defaultdict

from missionguard.models.mission import mission_violations
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    dump_json,
    parse_record,
)
from missionguard.pipeline.tools.simulate import SCENARIOS, generate, outside_mission, preset
from missionguard.pipeline.tools.simulate.agent import MISSION_SLIPS


def test_every_agent_declares_its_mission_first(smoke_fleet) -> None:
    records, _, labels = smoke_fleet
    seen: set[str] = set()
    for record in records:
        if isinstance(record, MissionDeclaration):
            assert record.agent_id not in seen, "one mission per simulated agent"
            seen.add(record.agent_id)
        else:
            assert record.agent_id in seen, f"{record.event_id} before its agent's mission"
    assert seen == {a.agent_id for a in labels.agents}
    assert labels.complete


def test_records_are_in_event_time_order_and_round_trip(smoke_fleet) -> None:
    records, _, _ = smoke_fleet
    times = [r.time for r in records]
    assert times == sorted(times)
    for record in records[:500]:
        assert parse_record(dump_json(record)) == record
    ids = [r.event_id for r in records if isinstance(r, AuthorizationDecision)]
    assert len(ids) == len(set(ids))


def test_per_agent_counts_and_hostile_ids_match_records(smoke_fleet) -> None:
    records, hostile_flags, labels = smoke_fleet
    decisions: dict[str, list[AuthorizationDecision]] = defaultdict(list)
    hostile: dict[str, list[str]] = defaultdict(list)
    for record, is_hostile in zip(records, hostile_flags, strict=True):
        if isinstance(record, AuthorizationDecision):
            decisions[record.agent_id].append(record)
            if is_hostile:
                hostile[record.agent_id].append(record.event_id)
    for label in labels.agents:
        mine = decisions[label.agent_id]
        assert label.decisions == len(mine)
        assert label.denied == sum(d.decision == "deny" for d in mine)
        assert label.hostile_event_ids == hostile[label.agent_id]
        if label.kind == "attacked":
            assert label.scenario in SCENARIOS
            assert label.hostile_event_ids, f"{label.agent_id} attacked without a hostile decision"
            first = next(d for d in mine if d.event_id == label.hostile_event_ids[0])
            assert label.attack_start == first.time
        else:
            assert label.scenario is None and not label.hostile_event_ids
            assert label.attack_start is None


def test_outside_mission_agrees_with_the_mission_judge(smoke_fleet) -> None:
    records, _, labels = smoke_fleet
    missions: dict[str, MissionDeclaration] = {}
    outside = defaultdict(int)
    for record in records:
        if isinstance(record, MissionDeclaration):
            missions[record.agent_id] = record
            continue
        mission = missions[record.agent_id]
        rules = {v.rule for v in mission_violations(mission, record)} - {"rate_exceeded"}
        assert outside_mission(mission, record.action, record.resource) == bool(rules)
        outside[record.agent_id] += bool(rules)
    for label in labels.agents:
        assert (
            label.hostile_outside_mission + label.benign_outside_mission == outside[label.agent_id]
        )


def test_every_scenario_and_kind_is_present(smoke_fleet) -> None:
    _, _, labels = smoke_fleet
    assert {a.scenario for a in labels.agents if a.scenario} == set(SCENARIOS)
    assert {a.kind for a in labels.agents} == {"benign", "benign_novel", "attacked"}
    assert {a.lifetime for a in labels.agents} == {"ephemeral", "long_lived"}


def test_a_benign_agent_s_undeclared_tool_stays_refused_when_retried() -> None:
    """IAM refuses a mission slip (a tool the mission does not declare, ``deny=1.0``); a
    client that retries it is refused again: only transient refusals pass on retry."""
    config = preset("smoke").model_copy(update={"mission_slip_share": 1.0, "attacked_share": 0.0})
    fleet = generate(config)
    slips = {step.action for step in MISSION_SLIPS.values()}
    calls: dict[str, list[str]] = defaultdict(list)
    for record, hostile in fleet.labelled():
        if isinstance(record, AuthorizationDecision) and record.action in slips:
            assert not hostile
            calls[record.agent_id].append(record.decision)
    assert calls, "no agent slipped: the test would check nothing"
    assert any(len(decisions) > 1 for decisions in calls.values()), "no slip was retried"
    assert all(d == "deny" for decisions in calls.values() for d in decisions)
