"""Small fleets shared by the simulator tests (generated once per session: they are pure)."""

from __future__ import annotations

import pytest

from missionguard.pipeline.tools.simulate import FleetConfig, FleetRecord, generate, preset
from missionguard.pipeline.tools.simulate.labels import FleetLabels


@pytest.fixture(scope="session")
def smoke_fleet() -> tuple[list[FleetRecord], list[bool], FleetLabels]:
    """The smoke preset with every scenario present: records, hostile flags, labels."""
    config = preset("smoke").model_copy(update={"attacked_share": 0.5, "ephemeral_agents": 40})
    fleet = generate(config)
    pairs = list(fleet.labelled())
    return [r for r, _ in pairs], [h for _, h in pairs], fleet.labels


def scenario_config(scenario: str, cohorts: tuple[str, ...] | None = None) -> FleetConfig:
    """Every agent attacked with one scenario; few long-lived agents (they are the costly ones)."""
    update: dict[str, object] = {
        "scenarios": (scenario,),
        "attacked_share": 1.0,
        "novel_share": 0.0,
        "long_lived_agents": 4,
        "ephemeral_agents": 18,
        "duration_h": 0.75,
    }
    if cohorts:
        update["cohorts"] = cohorts
    return preset("smoke").model_copy(update=update)
