"""Each attack scenario leaves the trace it claims to leave, in every cohort."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.tools.simulate import SCENARIOS, generate

from .conftest import scenario_config


@cache
def _run(scenario: str, cohorts: tuple[str, ...] | None = None):
    fleet = generate(scenario_config(scenario, cohorts))
    pairs = [(r, h) for r, h in fleet.labelled()]
    return pairs, fleet.labels


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_attacked_agent_has_hostile_decisions(scenario: str) -> None:
    pairs, labels = _run(scenario)
    attacked = [a for a in labels.agents if a.kind == "attacked"]
    assert attacked and all(a.scenario == scenario for a in attacked)
    assert all(a.hostile_event_ids for a in attacked)
    hostile = sum(h for _, h in pairs)
    assert hostile == sum(len(a.hostile_event_ids) for a in attacked)


def test_credential_reuse_comes_from_a_new_network() -> None:
    pairs, _ = _run("credential_reuse")
    benign_ips: dict[str, set[str | None]] = defaultdict(set)
    for record, hostile in pairs:
        if isinstance(record, AuthorizationDecision) and not hostile:
            benign_ips[record.agent_id].add(record.source_ip)
    for record, hostile in pairs:
        if hostile:
            assert record.source_ip not in benign_ips[record.agent_id]


def test_cross_customer_touches_another_customer_on_behalf_of_the_same_one() -> None:
    pairs, _ = _run("cross_customer", ("customer_support",))
    crossed = 0
    for record, hostile in pairs:
        if hostile:
            assert record.on_behalf_of is not None
            crossed += record.on_behalf_of not in record.resource
    assert crossed > 0


def test_probing_starts_with_a_denial() -> None:
    pairs, labels = _run("probing_after_denial")
    by_id = {r.event_id: r for r, _ in pairs if isinstance(r, AuthorizationDecision)}
    for label in labels.agents:
        assert by_id[label.hostile_event_ids[0]].decision == "deny"


def test_most_hostile_decisions_stay_inside_the_mission() -> None:
    inside = total = 0
    for scenario in SCENARIOS:
        _, labels = _run(scenario)
        for label in labels.agents:
            total += len(label.hostile_event_ids)
            inside += len(label.hostile_event_ids) - label.hostile_outside_mission
    assert inside / total > 0.75


def test_missions_are_somewhat_broad() -> None:
    pairs, _ = _run("exfiltration")
    missions = [r for r, _ in pairs if isinstance(r, MissionDeclaration)]
    assert all(any("*" in p for p in m.allowed_actions + m.allowed_resources) for m in missions)


def test_prompt_injection_hides_in_a_benign_session_inside_the_mission() -> None:
    pairs, labels = _run("prompt_injection")
    benign_sessions = {r.session_id for r, h in pairs if not h and r.type == "decision"}
    hostile = [r for r, h in pairs if h]
    assert hostile and all(r.session_id in benign_sessions for r in hostile)
    assert sum(label.hostile_outside_mission for label in labels.agents) == 0


def test_fan_out_runs_parallel_sessions() -> None:
    pairs, labels = _run("fan_out")
    for label in labels.agents:
        ids = set(label.hostile_event_ids)
        sessions = {r.session_id for r, h in pairs if h and r.event_id in ids}
        assert len(sessions) >= 8
