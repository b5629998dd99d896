"""The cohorts of the simulated fleet: one module per kind of agent.

Each module exports one :class:`~pipeline.tools.simulate.catalog.Cohort`: its mission template,
its ordinary tasks, the rare tasks only ``benign_novel`` agents perform, and its attack
surface. ``COHORTS`` is in a fixed order: the order is part of the seeded output.
"""

from __future__ import annotations

from missionguard.pipeline.tools.simulate.catalog import Cohort
from missionguard.pipeline.tools.simulate.cohorts.coding import CODING
from missionguard.pipeline.tools.simulate.cohorts.data import DATA
from missionguard.pipeline.tools.simulate.cohorts.finance import FINANCE
from missionguard.pipeline.tools.simulate.cohorts.infra import INFRA
from missionguard.pipeline.tools.simulate.cohorts.support import SUPPORT
from missionguard.pipeline.tools.simulate.cohorts.travel import TRAVEL

__all__ = ["COHORTS", "cohort_named"]

COHORTS: tuple[Cohort, ...] = (SUPPORT, CODING, DATA, TRAVEL, FINANCE, INFRA)


def cohort_named(name: str) -> Cohort:
    for cohort in COHORTS:
        if cohort.name == name:
            return cohort
    raise KeyError(f"no simulated cohort named {name!r}; known: {[c.name for c in COHORTS]}")
