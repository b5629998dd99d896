"""What fleet to simulate: its size, its time span, its mix of benign and attacked agents.

Everything the generator produces follows from a :class:`FleetConfig` (seed included), so
the same config always yields byte-identical files.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from missionguard.pipeline.records import UtcTime
from missionguard.pipeline.tools.simulate.shift import Vocabulary

__all__ = ["COHORT_NAMES", "FleetConfig", "SCENARIOS", "Scenario", "preset"]

Scenario = Literal[
    "exfiltration",
    "prompt_injection",
    "cross_customer",
    "probing_after_denial",
    "enumeration",
    "privilege_escalation",
    "credential_reuse",
    "burst",
    "fan_out",
    "slow_drift",
]
SCENARIOS: tuple[Scenario, ...] = get_args(Scenario)
COHORT_NAMES = (
    "customer_support",
    "coding",
    "data_pipeline",
    "travel_booking",
    "finance_ap",
    "infra_ops",
)


class FleetConfig(BaseModel):
    """A fleet to simulate. Shares are of each lifetime class (long-lived, ephemeral)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    seed: int = 7
    start: UtcTime = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    duration_h: float = Field(default=8.0, gt=0, le=24 * 14)
    long_lived_agents: int = Field(default=260, ge=0)
    ephemeral_agents: int = Field(default=1000, ge=0)
    attacked_share: float = Field(default=0.2, ge=0, le=1)
    novel_share: float = Field(default=0.06, ge=0, le=1)
    # Benign agents that once call a tool their mission does not declare (IAM refuses it):
    # missions are written by people and are never quite complete.
    mission_slip_share: float = Field(default=0.03, ge=0, le=1)
    # Mean idle time between two tasks of a long-lived agent; each agent draws its own.
    idle_between_tasks_s: float = Field(default=900.0, gt=0)
    scenarios: tuple[Scenario, ...] = SCENARIOS
    cohorts: tuple[str, ...] = COHORT_NAMES
    # "shifted": the same fleet renamed into words the default never uses, list-valued
    # address arguments included; "renamed": the renaming alone (pipeline/tools/simulate/shift.py).
    vocabulary: Vocabulary = "default"

    @model_validator(mode="after")
    def _check(self) -> FleetConfig:
        unknown = set(self.cohorts) - set(COHORT_NAMES)
        if unknown:
            raise ValueError(f"FleetConfig.cohorts: unknown cohort(s) {sorted(unknown)}")
        if not self.cohorts:
            raise ValueError("FleetConfig.cohorts: at least one cohort is needed")
        if self.attacked_share + self.novel_share > 1:
            raise ValueError("FleetConfig: attacked_share + novel_share must not exceed 1")
        if self.attacked_share > 0 and not self.scenarios:
            raise ValueError("FleetConfig.scenarios: attacked agents need at least one scenario")
        return self

    @property
    def agents(self) -> int:
        return self.long_lived_agents + self.ephemeral_agents

    @property
    def duration_s(self) -> float:
        return self.duration_h * 3600.0


def preset(name: str, *, seed: int | None = None) -> FleetConfig:
    """Named configs: ``suite`` (the evaluation default, >= 1,000 agents and >= 100,000
    decisions), ``demo`` (60 agents over 15 minutes) and ``smoke`` (tiny, for tests).

    >>> preset("smoke").agents
    40
    """
    configs = {
        "suite": FleetConfig(),
        "demo": FleetConfig(
            duration_h=0.25, long_lived_agents=20, ephemeral_agents=40, idle_between_tasks_s=30.0
        ),
        "smoke": FleetConfig(
            duration_h=1.0, long_lived_agents=12, ephemeral_agents=28, idle_between_tasks_s=120.0
        ),
    }
    if name not in configs:
        raise KeyError(f"unknown fleet preset {name!r}; known: {sorted(configs)}")
    config = configs[name]
    return config if seed is None else config.model_copy(update={"seed": seed})
