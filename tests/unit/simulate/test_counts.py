"""The default evaluation suite is as large as promised, and hard in the promised way."""

from __future__ import annotations

from collections import Counter

from missionguard.pipeline.tools.simulate import SCENARIOS, generate, preset, summarize


def test_suite_has_enough_agents_decisions_and_scenarios() -> None:
    fleet = generate(preset("suite"))
    decisions = sum(1 for r in fleet if r.type == "decision")
    summary = summarize(fleet.labels)
    assert summary.agents >= 1000
    assert decisions >= 100_000
    assert summary.decisions == decisions
    by_scenario = summary.attacked_agents_by_scenario
    assert set(by_scenario) == set(SCENARIOS)
    assert min(by_scenario.values()) >= 10
    assert summary.agents_by_kind["benign_novel"] >= 50
    # The point of the suite: the mission allow-list alone misses most hostile decisions.
    assert summary.hostile_outside_mission_share < 0.25
    assert summary.denied_decisions > 0
    lifetimes = Counter(a.lifetime for a in fleet.labels.agents)
    assert lifetimes["ephemeral"] >= 500 and lifetimes["long_lived"] >= 100
