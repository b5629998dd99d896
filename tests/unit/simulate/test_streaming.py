"""Generation is streaming: agents come and go as the stream passes their time."""

from __future__ import annotations

import itertools

import pytest

from missionguard.pipeline.tools.simulate import FleetConfig, generate, iter_records


def test_pulling_the_first_records_does_not_build_the_fleet() -> None:
    config = FleetConfig(long_lived_agents=0, ephemeral_agents=5000, duration_h=24.0)
    fleet = generate(config)
    first = list(itertools.islice(fleet, 300))
    assert len(first) == 300
    # Only agents whose start time has been reached exist; only a handful are alive at once.
    assert len(fleet.labels.agents) < 100
    assert fleet.peak_live_agents < 20
    assert not fleet.labels.complete


def test_live_agents_stay_bounded_over_a_whole_pass() -> None:
    config = FleetConfig(long_lived_agents=5, ephemeral_agents=600, duration_h=6.0)
    fleet = generate(config)
    total = sum(1 for _ in fleet)
    assert total > 600
    assert fleet.labels.complete and len(fleet.labels.agents) == 605
    assert fleet.peak_live_agents < 30
    assert fleet.live_agents == 0


def test_a_fleet_is_one_pass() -> None:
    fleet = generate(FleetConfig(long_lived_agents=1, ephemeral_agents=2, duration_h=0.2))
    list(fleet)
    with pytest.raises(RuntimeError, match="one pass"):
        list(fleet)


def test_iter_records_is_lazy() -> None:
    records = iter_records(FleetConfig(long_lived_agents=2, ephemeral_agents=3, duration_h=0.5))
    assert next(records).type == "mission"
