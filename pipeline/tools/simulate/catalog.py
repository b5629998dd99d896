"""The vocabulary a cohort is written in: steps, task types, attack surfaces, cohorts.

A :class:`Step` is one tool call an agent makes, written as templates (``{customer}``) that
are filled from a :class:`TaskVars` drawn for each task. A name ending in ``_n`` is drawn
afresh every time it is used (``{order_n}`` names a different order at each repetition);
any other name is drawn once per task, so a task talks about one customer throughout.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from missionguard.pipeline.records import Scalar

__all__ = [
    "AttackSurface",
    "Cohort",
    "NetworkProfile",
    "Step",
    "TaskType",
    "TaskVars",
    "Vocabulary",
]

# A vocabulary draws the value of one template variable for one agent.
Vocabulary = Callable[[str, random.Random, "TaskVars"], Scalar]
AttrValue = Scalar | Callable[[random.Random, "TaskVars"], Scalar]


class TaskVars(dict[str, Any]):
    """Template variables of one task, drawn lazily from the cohort's vocabulary."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random, **fixed: Any) -> None:
        super().__init__(fixed)
        self.vocabulary = vocabulary
        self.rng = rng

    def __missing__(self, name: str) -> Any:
        value = self.vocabulary(name, self.rng, self)
        if value is None:
            raise KeyError(f"simulation vocabulary has no variable {name!r}")
        if not name.endswith("_n"):
            self[name] = value
        return value


@dataclass(frozen=True, slots=True)
class Step:
    """One tool call. ``deny`` is the chance that IAM refuses it for a benign reason (stale
    grant, missing resource, policy drift); ``repeat`` how many times it is made in a row."""

    action: str
    resource: str
    attrs: Mapping[str, AttrValue] = field(default_factory=dict)
    deny: float = 0.0
    repeat: tuple[int, int] = (1, 1)
    gap: float | None = None  # seconds between repetitions; None: the agent's own pace

    def render(self, tv: TaskVars) -> tuple[str, str, dict[str, Scalar]]:
        attrs: dict[str, Scalar] = {}
        for key, value in self.attrs.items():
            if callable(value):
                attrs[key] = value(tv.rng, tv)
            elif isinstance(value, str) and "{" in value:
                # A bare "{name}" keeps the variable's type (row counts stay numbers).
                whole = (
                    value[1:-1] if value.count("{") == 1 and value[0] + value[-1] == "{}" else None
                )
                attrs[key] = tv[whole] if whole else value.format_map(tv)
            else:
                attrs[key] = value
        return self.action, self.resource.format_map(tv), attrs


@dataclass(frozen=True, slots=True)
class TaskType:
    """A plausible unit of work: a named sequence of steps, optionally acting for a person."""

    name: str
    steps: tuple[Step, ...]
    weight: float = 1.0
    on_behalf_of: str | None = None  # template, e.g. "{customer}"
    parallel: tuple[int, int] = (1, 1)  # workers running the steps at once, one session each
    # Principals (globs) a task is done for besides its own, declared in the mission of an
    # identity that exists for this one task (MissionDeclaration.acts_for): a team's offsite.
    acts_for: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AttackSurface:
    """What an attacker controlling an agent of this cohort would do, in the cohort's terms.

    Every list holds steps rendered with the same vocabulary as the benign tasks. Most use
    actions the mission allows, with arguments (recipients, buckets, other customers) that the
    agent's work never uses: the allow-list alone cannot tell them apart.
    """

    collect: tuple[Step, ...]  # read data worth stealing
    exfiltrate: tuple[Step, ...]  # send it to a destination the agent never used
    inject: tuple[Step, ...]  # allowed actions with foreign arguments
    enumerate: Step  # one listing/read, repeated over many resources
    escalate: tuple[Step, ...]  # privilege-escalation attempts
    probe: tuple[Step, ...]  # first denied, then alternatives for the same goal
    cross_principal: tuple[Step, ...] = ()  # another customer's/traveller's records


@dataclass(frozen=True, slots=True)
class NetworkProfile:
    """Where an agent's calls come from and what they look like on the wire."""

    ip_prefixes: tuple[str, ...]  # e.g. "10.20." -> 10.20.x.y
    user_agents: tuple[str, ...]
    auth_methods: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cohort:
    """A kind of agent: its mission template, its work, and its attack surface."""

    name: str
    source: str
    prefix: str  # agent id prefix
    issuers: tuple[str, ...]
    purpose: str
    allowed_actions: tuple[str, ...]
    resource_scopes: tuple[tuple[str, ...], ...]  # narrow ... broad; one is drawn per mission
    denied_actions: tuple[str, ...]
    max_rate_per_minute: tuple[float | None, ...]
    tasks: tuple[TaskType, ...]
    novel_tasks: tuple[TaskType, ...]  # grounded in the purpose, never done by other agents
    surface: AttackSurface
    network: NetworkProfile
    vocabulary: Vocabulary
    pace_s: tuple[float, float] = (1.0, 6.0)  # seconds between tool calls within a task
    delegated: bool = False  # acts on_behalf_of customers/travellers/clients
