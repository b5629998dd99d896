"""Cohort models: what agents of one cohort normally do, shared by all of them.

A new agent is judged by its cohort's models until its own history is long enough (see
:func:`models.fusion.blend`), so being new is not being anomalous. :class:`CohortModels`
holds one cohort's detectors, sized for many agents; :class:`CohortBook` holds every cohort
(bounded by ``max_cohorts``) plus the fleet-wide delegation model, and exports them all as
deterministic JSON bytes for the worker to persist.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from missionguard.models.detectors import (
    CohortVolume,
    DelegationScope,
    MissionGrounding,
    MissionPeers,
    SequenceSurprise,
    ValueRarity,
    Velocity,
)
from missionguard.models.detectors.probing import SharedDenials
from missionguard.models.detectors.registry import REGISTRY
from missionguard.models.detectors.sensitive import CohortRoutine

__all__ = ["CohortBook", "CohortModels"]

FORMAT = 2  # 2: with the cohort memories (denials, routine); 1 is read as empty ones


#: Detector parameters by name (``DetectionConfig.detectors``).
Params = Mapping[str, Mapping[str, Any]]

# The registered detectors with a cohort model (models/detectors/registry.py).
_COHORT_ENTRIES = tuple(e for e in REGISTRY if e.level in ("cohort", "agent_and_cohort"))
# Parts that cohort exports written before them lack (read as fresh ones).
_ADDED_LATER = frozenset({"volume", "peers"})


class CohortModels:
    """The cohort-level detectors of one cohort: one per registered detector with a cohort
    model (``cohort`` and ``agent_and_cohort`` levels), built with the entry's cohort sizing
    under the configured ``params``, under the entry's ``field``; and the cohort's
    ``volume`` (the busiest hours the agents' VolumeDrift completed)."""

    # The instances, by registry entry field (declared for the type checker).
    sequence: SequenceSurprise
    rarity: ValueRarity
    velocity: Velocity
    grounding: MissionGrounding
    peers: MissionPeers

    def __init__(self, params: Params | None = None) -> None:
        params = params or {}
        for e in _COHORT_ENTRIES:
            setattr(self, str(e.field), e.cls(**{**e.cohort_params, **params.get(e.name, {})}))
        self.volume = CohortVolume()

    def parts(self) -> dict[str, Any]:
        """The models by field: the registry's, and the cohort's ``volume``."""
        return {str(e.field): getattr(self, str(e.field)) for e in _COHORT_ENTRIES} | {
            "volume": self.volume
        }

    def state_dict(self) -> dict[str, Any]:
        return {name: part.state_dict() for name, part in self.parts().items()}

    def load_state_dict(self, state: dict[str, Any]) -> CohortModels:
        for name, part in self.parts().items():
            if name in state or name not in _ADDED_LATER:  # older exports: none
                part.load_state_dict(state[name])
        return self


class CohortBook:
    """Every cohort's models and the fleet-wide delegation model.

    >>> book = CohortBook(max_cohorts=2, default_cohort="default")
    >>> book.cohort_of("payments"), book.cohort_of(None)
    ('payments', 'default')
    >>> book.get("payments") is book.get("payments")
    True
    >>> CohortBook.from_bytes(book.to_bytes()).to_bytes() == book.to_bytes()
    True
    """

    def __init__(
        self, max_cohorts: int = 512, default_cohort: str = "default", params: Params | None = None
    ) -> None:
        self.max_cohorts = max_cohorts
        self.default_cohort = default_cohort
        self.params: Params = params or {}
        self.cohorts: dict[str, CohortModels] = {}
        self.delegation = self._delegation()
        # Refusals the cohort's agents get alike, calls its calm agents make (issue 17).
        self.denials = SharedDenials()
        self.routine = CohortRoutine()

    def cohort_of(self, declared: str | None) -> str:
        """The cohort an agent is judged with: its mission's, else the default. Past
        ``max_cohorts`` distinct cohorts new names share the default (bounded memory)."""
        if not declared:
            return self.default_cohort
        if declared in self.cohorts or len(self.cohorts) < self.max_cohorts - 1:
            return declared
        return self.default_cohort

    def _delegation(self) -> DelegationScope:
        """The fleet-wide model (the registry's ``fleet`` level), with its parameters."""
        return DelegationScope(**self.params.get("delegation_scope", {}))

    def get(self, cohort: str) -> CohortModels:
        models = self.cohorts.get(cohort)
        if models is None:
            models = self.cohorts[cohort] = CohortModels(self.params)
        return models

    def state_dict(self) -> dict[str, Any]:
        """Every model's state, JSON-ready (the worker embeds it in its per-partition
        snapshots, ``pipeline/judging/partitions.py``)."""
        return {
            "format": FORMAT,
            "delegation": self.delegation.state_dict(),
            "cohorts": {name: m.state_dict() for name, m in sorted(self.cohorts.items())},
            "denials": self.denials.state_dict(),
            "routine": self.routine.state_dict(),
        }

    def to_bytes(self) -> bytes:
        return json.dumps(self.state_dict(), separators=(",", ":"), sort_keys=True).encode()

    def load(self, data: bytes) -> None:
        try:
            state = json.loads(data)
        except ValueError as exc:
            raise ValueError(f"cohort export: unreadable ({type(exc).__name__}: {exc})") from exc
        self.load_state_dict(state)

    def load_state_dict(self, state: dict[str, Any]) -> CohortBook:
        """Replace every model by ``state`` (from :meth:`state_dict`); raises ``ValueError``
        if it is unreadable, and then changes nothing."""
        try:
            if state.get("format") not in (1, FORMAT):
                raise ValueError(f"unknown cohort export format {state.get('format')!r}")
            delegation = self._delegation().load_state_dict(state["delegation"])
            cohorts = {
                str(name): CohortModels(self.params).load_state_dict(s)
                for name, s in state["cohorts"].items()
            }
            denials, routine = SharedDenials(), CohortRoutine()
            if state["format"] == FORMAT:
                denials.load_state_dict(state["denials"])
                routine.load_state_dict(state["routine"])
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"cohort export: unreadable ({type(exc).__name__}: {exc})") from exc
        self.delegation, self.cohorts = delegation, cohorts
        self.denials, self.routine = denials, routine
        return self

    @classmethod
    def from_bytes(cls, data: bytes, **params: Any) -> CohortBook:
        book = cls(**params)
        book.load(data)
        return book
