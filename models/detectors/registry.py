"""The one registry of behavioural detectors the Judge runs (issue 18, item 5).

Each :class:`DetectorEntry` says what a detector is called (its findings' prefix, its weight
and its parameters in ``config/detection.yaml``), at which level its model lives and where,
and how it learns. The :class:`~missionguard.models.judge.Judge` iterates :data:`REGISTRY`
to explain a decision and to learn from it; the per-agent state
(:class:`~missionguard.models.state.AgentState`) and the cohort models
(:class:`~missionguard.models.cohort.CohortModels`) hold the instances under the entry's
``field``. Adding a detector means its module, its entry here (and, for a model with state,
the field that holds it), its weight and parameters in ``config/detection.yaml``.

Levels:

* ``stateless``: the mission or a rule set is the model (one instance, built by the Judge);
* ``agent``: a short-term memory per agent (``is_memory``), updated from every event;
* ``agent_and_cohort``: a model of normal per agent and one per cohort, blended by the
  agent's warm-up (:func:`models.fusion.blend`); each learns from unremarkable events;
* ``cohort``: one model per cohort, learning from unremarkable events (and, with
  ``partial_votes``, a partial vote from events whose only findings are novelty);
* ``fleet``: one model for the whole fleet (the Judge's cohort book holds it).

Mission conformance is not here: it is the declaration itself, checked before the
detectors (:class:`~missionguard.models.detectors.conformance.MissionConformance`).

>>> [e.name for e in REGISTRY if e.level == "agent"]
['probing', 'concurrent_use', 'sensitive_target', 'volume']
>>> entry("value_rarity").cohort_params["confidence_half"]
200.0
>>> check_params({"probing": {"horizon_s": 60}})
>>> check_params({"probing": {"horizon": 60}})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: detectors.probing: unknown parameter 'horizon' (Probing takes burst_at, ...)
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from missionguard.models.detectors.base import Detector
from missionguard.models.detectors.concurrent import ConcurrentUse
from missionguard.models.detectors.delegation import DelegationScope
from missionguard.models.detectors.grounding import MissionGrounding
from missionguard.models.detectors.payload import RiskyPayload
from missionguard.models.detectors.peers import MissionPeers
from missionguard.models.detectors.probing import Probing
from missionguard.models.detectors.rarity import ValueRarity
from missionguard.models.detectors.sensitive import SensitiveTarget
from missionguard.models.detectors.sequence import SequenceSurprise
from missionguard.models.detectors.velocity import Velocity
from missionguard.models.detectors.volume import VolumeDrift

__all__ = ["REGISTRY", "DetectorEntry", "Level", "check_params", "entry"]

Level = Literal["stateless", "agent", "agent_and_cohort", "cohort", "fleet"]


@dataclass(frozen=True, slots=True)
class DetectorEntry:
    """One detector the Judge runs.

    ``field``: the attribute holding its instance (of the agent's state for ``agent`` and
    ``agent_and_cohort``, of the cohort's models for ``cohort`` and the cohort half of
    ``agent_and_cohort``, of the cohort book for ``fleet``; ``None`` for ``stateless``, whose
    instance the Judge holds). ``cohort_params``: the cohort instance's constructor
    arguments (sized for many agents), under the configured ones. ``warmup``: which of the
    agent's counts its agent half is trusted by (``decisions`` learned, or activity
    ``windows``). ``partial_votes``: the cohort model takes a partial vote (``learn_one(x,
    w)``) from an event whose only findings are novelty.
    """

    name: str
    cls: type[Detector]
    level: Level
    field: str | None = None
    cohort_params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    warmup: Literal["decisions", "windows"] | None = None
    partial_votes: bool = False


#: In the order the Judge explains a decision (the order of an alert's findings at equal
#: scores).
REGISTRY: tuple[DetectorEntry, ...] = (
    DetectorEntry(
        "mission_grounding",
        MissionGrounding,
        "cohort",
        "grounding",
        {"confidence_half": 200.0},
        partial_votes=True,
    ),
    DetectorEntry("mission_peers", MissionPeers, "cohort", "peers"),
    DetectorEntry("delegation_scope", DelegationScope, "fleet", "delegation"),
    DetectorEntry(
        "sequence_surprise",
        SequenceSurprise,
        "agent_and_cohort",
        "sequence",
        {
            "max_contexts": 512,
            "max_successors": 64,
            "max_count": 1_000_000,
            "confidence_half": 50.0,
        },
        warmup="decisions",
    ),  # fmt: skip
    DetectorEntry(
        "value_rarity",
        ValueRarity,
        "agent_and_cohort",
        "rarity",
        {"capacity": None, "width": 16384, "confidence_half": 200.0},
        warmup="decisions",
    ),
    DetectorEntry(
        "velocity",
        Velocity,
        "agent_and_cohort",
        "velocity",
        {"alpha": 0.01, "confidence_half": 30.0},
        warmup="windows",
    ),
    DetectorEntry("probing", Probing, "agent", "probing"),
    DetectorEntry("concurrent_use", ConcurrentUse, "agent", "concurrent"),
    DetectorEntry("sensitive_target", SensitiveTarget, "agent", "sensitive"),
    DetectorEntry("volume", VolumeDrift, "agent", "volume"),
    DetectorEntry("risky_payload", RiskyPayload, "stateless"),
)

_BY_NAME = {e.name: e for e in REGISTRY}


def entry(name: str) -> DetectorEntry:
    """The registry entry of detector ``name`` (``KeyError`` if there is none)."""
    return _BY_NAME[name]


@cache
def _parameters(cls: type[Detector]) -> frozenset[str]:
    """A detector's constructor parameters (its hyperparameters), ``seed`` aside."""
    names = inspect.signature(cls.__init__).parameters
    return frozenset(n for n in names if n not in ("self", "seed", "args", "kwargs"))


def check_params(params: Mapping[str, Mapping[str, Any]]) -> None:
    """Raise ``ValueError`` naming the detector and parameter for configured parameters
    (``detectors:`` in ``config/detection.yaml``) of no registered detector, or that its
    constructor does not take."""
    for name, given in params.items():
        if name not in _BY_NAME:
            known = ", ".join(sorted(_BY_NAME))
            raise ValueError(f"detectors.{name}: no such detector (registered: {known})")
        if not isinstance(given, Mapping):
            raise ValueError(f"detectors.{name}: parameters must be a mapping")
        accepted = _parameters(_BY_NAME[name].cls)
        for key in given:
            if key not in accepted:
                raise ValueError(
                    f"detectors.{name}: unknown parameter {key!r} "
                    f"({_BY_NAME[name].cls.__name__} takes {', '.join(sorted(accepted))})"
                )
