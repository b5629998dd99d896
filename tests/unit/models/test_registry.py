"""The detector registry (issue 18, item 5): one table the Judge iterates; parameters from
``config/detection.yaml`` reach every level; a wrong name is an error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from missionguard.models.cohort import CohortBook, CohortModels
from missionguard.models.config import DetectionConfig
from missionguard.models.detectors import DETECTORS
from missionguard.models.detectors.registry import REGISTRY, entry
from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.records import AuthorizationDecision

from .conftest import T0, support_mission

DETECTION_YAML = Path(__file__).resolve().parents[3] / "config" / "detection.yaml"


def _decision(n: int = 0) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"e{n}", time=T0, agent_id="bot-1", action="tickets:read",
        resource=f"ticket/{n}", decision="allow", source="test",
    )  # fmt: skip


def test_the_registry_names_every_model_the_state_and_cohorts_hold() -> None:
    agent_fields = {e.field for e in REGISTRY if e.level in ("agent", "agent_and_cohort")}
    held = {
        name
        for name, info in AgentState.model_fields.items()
        if isinstance(getattr(AgentState(agent_id="a"), name), tuple(DETECTORS.values()))
    }
    assert held == agent_fields
    cohort = CohortModels()
    for e in REGISTRY:
        if e.level in ("cohort", "agent_and_cohort"):
            assert isinstance(getattr(cohort, str(e.field)), e.cls)
    # Every registered detector has a weight in the shipped config (mission conformance too).
    weights = yaml.safe_load(DETECTION_YAML.read_text())["weights"]
    assert set(DETECTORS) <= set(weights)


def test_unknown_detectors_and_parameters_are_errors_naming_them() -> None:
    with pytest.raises(ValueError, match=r"detectors\.probes: no such detector"):
        DetectionConfig(detectors={"probes": {"horizon_s": 1}})
    with pytest.raises(ValueError, match=r"detectors\.probing: unknown parameter 'horizon'"):
        DetectionConfig(detectors={"probing": {"horizon": 1}})


def test_configured_parameters_reach_every_level() -> None:
    config = DetectionConfig(
        detectors={
            "mission_grounding": {"destination_weight": 0.5},  # cohort
            "delegation_scope": {"group_size": 3},  # fleet
            "value_rarity": {"confidence_half": 10.0},  # agent and cohort
            "probing": {"burst_at": 9},  # agent
            "risky_payload": {"egress_score": 0.7},  # stateless
        }
    )
    judge = Judge(detection=config)
    state, _ = judge.on_mission(None, support_mission("bot-1"))
    state, _ = judge.on_decision(state, _decision())
    models = judge.cohorts.get("support")
    assert models.grounding.destination_weight == 0.5
    assert models.grounding.confidence_half == 200.0  # the cohort sizing stays under it
    assert models.rarity.confidence_half == 10.0
    assert judge.cohorts.delegation.group_size == 3
    assert state.probing.burst_at == 9 and state.rarity.confidence_half == 10.0
    assert judge.payload.egress_score == 0.7
    # A state decoded afresh (the worker's table) gets them when the judge takes it up.
    decoded = AgentState.from_bytes(state.to_bytes())
    assert decoded.probing.burst_at == entry("probing").cls().burst_at  # type: ignore[attr-defined]
    decoded, _ = judge.on_decision(decoded, _decision(1))
    assert decoded.probing.burst_at == 9
    # Each input partition's cohort book (the worker's) and a restored export keep them.
    book = judge.new_cohort_book()
    assert book.get("x").grounding.destination_weight == 0.5
    restored = CohortBook(params=config.detectors)
    restored.load(judge.cohorts.to_bytes())
    assert restored.get("support").grounding.destination_weight == 0.5
    assert restored.delegation.group_size == 3


def test_the_shipped_config_loads_with_its_detector_parameters() -> None:
    config = DetectionConfig.from_yaml(DETECTION_YAML)
    assert config.detectors == yaml.safe_load(DETECTION_YAML.read_text()).get("detectors", {})
