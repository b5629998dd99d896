"""The cohorts of the simulated fleet: one module per kind of agent.

Each module exports one :class:`~pipeline.simulate.catalog.Cohort`: its mission template,
its ordinary tasks, the rare tasks only ``benign_novel`` agents perform, and its attack
surface. ``COHORTS`` is in a fixed order: the order is part of the seeded output.
"""

from __future__ import annotations

from ..catalog import Cohort
from .coding import CODING
from .data import DATA
from .finance import FINANCE
from .infra import INFRA
from .support import SUPPORT
from .travel import TRAVEL

__all__ = ["COHORTS", "cohort_named"]

COHORTS: tuple[Cohort, ...] = (SUPPORT, CODING, DATA, TRAVEL, FINANCE, INFRA)


def cohort_named(name: str) -> Cohort:
    for cohort in COHORTS:
        if cohort.name == name:
            return cohort
    raise KeyError(f"no simulated cohort named {name!r}; known: {[c.name for c in COHORTS]}")
