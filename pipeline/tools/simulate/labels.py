"""Ground truth of a simulated fleet: for every agent, what it is and which of its decisions
were hostile. Written beside the records as ``<records>.labels.json``.

Definitions (the evaluation depends on them):

* ``kind`` is ``benign`` (ordinary work), ``benign_novel`` (also performs tasks no other
  agent of its cohort performs, grounded in its mission's purpose) or ``attacked``.
* A decision is *hostile* when the attacker, not the agent's task, caused it: injected tool
  calls, the attacker's own calls with a stolen credential, the collection and sending steps
  of an exfiltration, every probe and escalation attempt. Benign steps of an attacked agent,
  before or during the attack, are not hostile.
* ``attack_start`` is the event time of the agent's first hostile decision.
* ``hostile_outside_mission`` counts hostile decisions whose action or resource breaks the
  agent's declared allow-list (or hits its denied actions); rate limits are not counted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from missionguard.pipeline.records import UtcTime
from missionguard.pipeline.tools.simulate.config import FleetConfig

__all__ = [
    "AgentKind",
    "AgentLabel",
    "FleetLabels",
    "LABELS_FORMAT",
    "labels_path_for",
    "read_labels",
]

LABELS_FORMAT = "missionguard.fleet-labels/1"
AgentKind = Literal["benign", "benign_novel", "attacked"]


class AgentLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agent_id: str
    cohort: str
    lifetime: Literal["ephemeral", "long_lived"]
    kind: AgentKind
    scenario: str | None = None
    mission_id: str
    start: UtcTime
    decisions: int = 0
    denied: int = 0
    attack_start: UtcTime | None = None
    hostile_event_ids: list[str] = Field(default_factory=list)
    hostile_denied: int = 0
    hostile_outside_mission: int = 0
    benign_outside_mission: int = 0


class FleetLabels(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: str = LABELS_FORMAT
    config: FleetConfig
    complete: bool = False
    agents: list[AgentLabel] = Field(default_factory=list)

    def by_agent(self) -> dict[str, AgentLabel]:
        return {label.agent_id: label for label in self.agents}

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=1, sort_keys=True) + "\n"


def labels_path_for(records_path: str | Path) -> Path:
    """``fleet.jsonl`` -> ``fleet.jsonl.labels.json`` (the suffix is appended, never swapped)."""
    path = Path(records_path)
    return path.with_name(path.name + ".labels.json")


def read_labels(path: str | Path) -> FleetLabels:
    path = Path(path)
    try:
        labels = FleetLabels.model_validate_json(path.read_bytes())
    except ValueError as exc:
        raise ValueError(f"{path}: not a MissionGuard fleet labels file: {exc}") from exc
    if labels.format != LABELS_FORMAT:
        raise ValueError(f"{path}: labels format {labels.format!r}, expected {LABELS_FORMAT!r}")
    if not labels.complete:
        raise ValueError(f"{path}: labels are incomplete (the simulation did not finish)")
    return labels
