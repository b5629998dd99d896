"""Every template of every cohort renders, and its missions make sense."""

from __future__ import annotations

import random

import pytest

from missionguard.pipeline.tools.simulate.agent import MISSION_SLIPS
from missionguard.pipeline.tools.simulate.catalog import Cohort, Step, TaskVars
from missionguard.pipeline.tools.simulate.cohorts import COHORTS, cohort_named
from missionguard.pipeline.tools.simulate.config import COHORT_NAMES


def _all_steps(cohort: Cohort) -> list[Step]:
    s = cohort.surface
    steps = [step for task in (*cohort.tasks, *cohort.novel_tasks) for step in task.steps]
    steps += [*s.collect, *s.exfiltrate, *s.inject, s.enumerate, *s.escalate, *s.probe]
    return [*steps, *s.cross_principal, MISSION_SLIPS[cohort.name]]


@pytest.mark.parametrize("cohort", COHORTS, ids=lambda c: c.name)
def test_every_step_renders(cohort: Cohort) -> None:
    rng = random.Random(1)
    for step in _all_steps(cohort):
        tv = TaskVars(cohort.vocabulary, rng)
        action, resource, attrs = step.render(tv)
        assert action and resource and "{" not in resource
        assert all(not isinstance(v, str) or "{" not in v for v in attrs.values())
    for task in (*cohort.tasks, *cohort.novel_tasks):
        if task.on_behalf_of:
            assert task.on_behalf_of.format_map(TaskVars(cohort.vocabulary, rng))
    assert cohort.novel_tasks and not {t.name for t in cohort.novel_tasks} & {
        t.name for t in cohort.tasks
    }


def test_cohort_names_match_the_config() -> None:
    assert tuple(c.name for c in COHORTS) == COHORT_NAMES
    assert cohort_named("coding").prefix == "code"
    with pytest.raises(KeyError, match="no simulated cohort"):
        cohort_named("nope")


def test_delegated_cohorts_can_cross_customers() -> None:
    for cohort in COHORTS:
        assert bool(cohort.surface.cross_principal) == cohort.delegated
