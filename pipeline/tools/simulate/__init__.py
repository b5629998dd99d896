"""A deterministic, labelled fleet of simulated AI agents, for the demo and the evaluation.

Contract:

* :func:`generate` returns a one-pass :class:`Fleet`: iterate it for canonical records
  (each agent's :class:`~pipeline.records.MissionDeclaration` first, then its
  :class:`~pipeline.records.AuthorizationDecision` s), in event-time order, produced lazily
  (the live demo paces them in real time). ``fleet.labels`` fills in as agents appear and
  is complete once the iterator is exhausted; ``fleet.label_of(agent_id)`` gives one agent's
  (``None`` before its mission record). ``fleet.labelled()`` yields ``(record, hostile)``.
* :func:`iter_records` is ``iter(generate(config))``.
* :func:`write_fleet` writes ``FILE`` (JSONL) and ``FILE.labels.json`` and returns a
  :class:`SimulationSummary`.
* Same :class:`FleetConfig` (seed included) -> byte-identical output.

Label definitions live in :mod:`pipeline.tools.simulate.labels`; the scenarios are described in
``docs/evaluation.md``.
"""

from __future__ import annotations

from collections.abc import Iterator

from missionguard.pipeline.tools.simulate.config import SCENARIOS, FleetConfig, preset
from missionguard.pipeline.tools.simulate.fleet import Fleet, FleetRecord, outside_mission
from missionguard.pipeline.tools.simulate.labels import (
    AgentLabel,
    FleetLabels,
    labels_path_for,
    read_labels,
)
from missionguard.pipeline.tools.simulate.writer import SimulationSummary, summarize, write_fleet

__all__ = [
    "AgentLabel",
    "Fleet",
    "FleetConfig",
    "FleetLabels",
    "FleetRecord",
    "SCENARIOS",
    "SimulationSummary",
    "generate",
    "iter_records",
    "labels_path_for",
    "outside_mission",
    "preset",
    "read_labels",
    "summarize",
    "write_fleet",
]


def generate(config: FleetConfig) -> Fleet:
    """The fleet described by ``config``, ready to be iterated once."""
    return Fleet(config)


def iter_records(config: FleetConfig) -> Iterator[FleetRecord]:
    """Records of the fleet in event-time order (use :func:`generate` to also get labels)."""
    return iter(Fleet(config))
