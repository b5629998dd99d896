"""Write a simulated fleet to disk: records as JSONL, labels beside them.

``fleet.jsonl`` gets one canonical record per line (missions and decisions, event-time
order); ``fleet.jsonl.labels.json`` gets the :class:`~.labels.FleetLabels`. Both files are
byte-identical for the same :class:`~.config.FleetConfig`.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import MissionDeclaration, dump_json
from missionguard.pipeline.tools.simulate.config import FleetConfig
from missionguard.pipeline.tools.simulate.fleet import Fleet
from missionguard.pipeline.tools.simulate.labels import FleetLabels, labels_path_for

if TYPE_CHECKING:
    from missionguard.pipeline.missions import MissionSigner

__all__ = ["SimulationSummary", "summarize", "write_fleet"]


class SimulationSummary(BaseModel):
    """What a simulation produced, for the CLI to print and the docs to quote."""

    model_config = ConfigDict(frozen=True)

    seed: int
    agents: int
    agents_by_kind: dict[str, int]
    agents_by_lifetime: dict[str, int]
    attacked_agents_by_scenario: dict[str, int]
    decisions: int
    denied_decisions: int
    hostile_decisions: int
    hostile_outside_mission: int
    hostile_outside_mission_share: float
    # Attacked agents with at least one hostile decision outside the allow-list: the most
    # that a mission allow-list check alone could ever revoke.
    attacked_agents_outside_mission: int
    benign_decisions_outside_mission: int
    records_path: str | None = None
    labels_path: str | None = None
    elapsed_s: float | None = None


def summarize(labels: FleetLabels, **extra: object) -> SimulationSummary:
    agents = labels.agents
    hostile = sum(len(a.hostile_event_ids) for a in agents)
    outside = sum(a.hostile_outside_mission for a in agents)
    return SimulationSummary(
        seed=labels.config.seed,
        agents=len(agents),
        agents_by_kind=dict(sorted(Counter(a.kind for a in agents).items())),
        agents_by_lifetime=dict(sorted(Counter(a.lifetime for a in agents).items())),
        attacked_agents_by_scenario=dict(
            sorted(Counter(a.scenario for a in agents if a.scenario).items())
        ),
        decisions=sum(a.decisions for a in agents),
        denied_decisions=sum(a.denied for a in agents),
        hostile_decisions=hostile,
        hostile_outside_mission=outside,
        hostile_outside_mission_share=round(outside / hostile, 4) if hostile else 0.0,
        attacked_agents_outside_mission=sum(a.hostile_outside_mission > 0 for a in agents),
        benign_decisions_outside_mission=sum(a.benign_outside_mission for a in agents),
        **extra,  # type: ignore[arg-type]
    )


def write_fleet(
    config: FleetConfig, out_path: str | Path, signer: MissionSigner | None = None
) -> SimulationSummary:
    """Simulate ``config`` into ``out_path`` (JSONL) and ``<out_path>.labels.json``. With a
    ``signer`` every mission is signed, issued at its own time (so the same key gives the
    same bytes)."""
    out = Path(out_path)
    labels_path = labels_path_for(out)
    began = time.perf_counter()
    fleet = Fleet(config)
    with out.open("wb") as sink:
        # Batched writes: one syscall per few thousand records, not per record.
        batch: list[bytes] = []
        for record in fleet:
            if signer is not None and isinstance(record, MissionDeclaration):
                record = signer.sign(record, issued_at=record.time)
            batch.append(dump_json(record))
            if len(batch) >= 4096:
                sink.write(b"\n".join(batch) + b"\n")
                batch.clear()
        if batch:
            sink.write(b"\n".join(batch) + b"\n")
    labels_path.write_text(fleet.labels.to_json(), encoding="utf-8")
    return summarize(
        fleet.labels,
        records_path=str(out),
        labels_path=str(labels_path),
        elapsed_s=round(time.perf_counter() - began, 2),
    )
