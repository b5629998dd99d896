"""Simple baselines that MissionGuard must beat, run beside it by ``missionguard evaluate``.

Each baseline is a judge (``on_mission`` / ``on_decision``) that answers with at most one
``revoke`` per agent: the agent is *stopped* at that decision. They are deliberately simple
and honest; definitions in full are in ``docs/evaluation.md`` ("Baselines"):

* ``allow_list``: stop an agent at its first decision (allowed or refused by IAM) whose
  action matches one of its mission's ``denied_actions``, or matches none of its
  ``allowed_actions``, or whose resource matches none of its ``allowed_resources`` (an empty
  list places no bound on resources). Globs as the judge reads them
  (``models.mission.matches_any``; a denial in any case, ``denied_by``). An agent without a
  mission is never stopped; a later declaration replaces an earlier one.
* ``new_terms``: the dataset's terms are learned online, in stream order; the first
  ``warmup`` decisions of the dataset (a share of its decision count) only teach. After the
  warm-up, an agent is stopped at its first decision carrying a term never seen before in
  the dataset (from any agent). The terms of a decision: its action; its resource kind (the
  target's ``type`` when the producer set one, else the resource without its last ``/``
  segment); each argument value (every string value in ``attributes`` but ``user_agent`` and
  ``auth_method``, and every string leaf of ``arguments``), keyed by its argument name.
  Resource kinds and values are *masked*: every run of letters and digits that holds a
  digit becomes ``#`` (``ord-1234`` and ``ord-5678`` are one term, ``part-0001.parquet`` too).
* ``new_terms_unpoisoned``: the same, but nothing is learned from an agent once it is
  stopped, the decision that stops it included: an attacker's new destination stays new
  for every other agent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from missionguard.pipeline.records import (
    Alert,
    AuthorizationDecision,
    MissionDeclaration,
    RevocationCommand,
)

__all__ = [
    "BASELINES",
    "MissionAllowList",
    "NewTerms",
    "baseline_factories",
    "decision_terms",
    "mask",
]

BASELINES = ("allow_list", "new_terms", "new_terms_unpoisoned")
DEFAULT_WARMUP = 0.2
_CONTEXT_KEYS = frozenset({"user_agent", "auth_method"})
_TOKEN = re.compile(r"[A-Za-z0-9]*[0-9][A-Za-z0-9]*")


def mask(value: str) -> str:
    """``value`` with every alphanumeric run that holds a digit replaced by ``#``.

    >>> mask("arn:aws:s3:::acme-lake/dt=2026-02-10/part-00017.parquet")
    'arn:aws:#:::acme-lake/dt=#-#-#/part-#.parquet'
    """
    return _TOKEN.sub("#", value)


def _leaves(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, f"{path}[]")


def decision_terms(decision: AuthorizationDecision) -> list[tuple[str, str]]:
    """The terms a new-terms baseline looks at (see the module doc).

    >>> from datetime import UTC, datetime
    >>> d = AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...     agent_id="a", action="mail:send", resource="mailbox://ap/out/42",
    ...     decision="allow", source="s",
    ...     attributes={"to": "x@y.com", "user_agent": "ua", "n": 3})
    >>> decision_terms(d)
    [('action', 'mail:send'), ('kind', 'mailbox://ap/out'), ('arg:to', 'x@y.com')]
    """
    target = decision.target
    if target is not None and target.type:
        kind = target.type
    else:
        resource = decision.resource
        cut = resource.rfind("/")
        kind = resource[:cut] if cut > 0 and resource[cut - 1] != "/" else resource
    terms = [("action", decision.action), ("kind", mask(kind))]
    for key, value in decision.attributes.items():
        if isinstance(value, str) and key not in _CONTEXT_KEYS:
            terms.append((f"arg:{key}", mask(value)))
    for path, value in _leaves(decision.arguments, ""):
        terms.append((f"arg:{path.lstrip('.')}", mask(value)))
    return terms


@dataclass(slots=True)
class _Verdict:
    alerts: list[Alert] = field(default_factory=list)
    commands: list[RevocationCommand] = field(default_factory=list)


def _stop(decision: AuthorizationDecision, name: str, reason: str) -> _Verdict:
    command = RevocationCommand(
        command_id=f"{name}-{decision.event_id}",
        time=decision.time,
        agent_id=decision.agent_id,
        action="revoke",
        reason=reason,
        trigger_event_id=decision.event_id,
    )
    alert = Alert(
        alert_id=f"{name}-{decision.event_id}",
        time=decision.time,
        agent_id=decision.agent_id,
        severity="high",
        score=0.9,
        trigger_event_id=decision.event_id,
    )
    return _Verdict([alert], [command])


class MissionAllowList:
    """Baseline ``allow_list`` (module doc). State is kept in the baseline, not per agent."""

    name = "allow_list"

    def __init__(self) -> None:
        self.missions: dict[str, MissionDeclaration] = {}
        self.stopped: set[str] = set()

    def on_mission(self, state: Any, mission: MissionDeclaration) -> tuple[Any, Any]:
        current = self.missions.get(mission.agent_id)
        if current is None or mission.time >= current.time:
            self.missions[mission.agent_id] = mission
        return state, _Verdict()

    def on_decision(self, state: Any, decision: AuthorizationDecision) -> tuple[Any, Any]:
        from missionguard.models.mission import denied_by, matches_any

        mission = self.missions.get(decision.agent_id)
        if mission is None or decision.agent_id in self.stopped:
            return state, _Verdict()
        if denied_by(mission, decision.action):
            reason = "denied action"
        elif not matches_any(decision.action, mission.allowed_actions):
            reason = "undeclared action"
        elif mission.allowed_resources and not matches_any(
            decision.resource, mission.allowed_resources
        ):
            reason = "undeclared resource"
        else:
            return state, _Verdict()
        self.stopped.add(decision.agent_id)
        return state, _stop(decision, self.name, reason)


class NewTerms:
    """Baselines ``new_terms`` and (``learn_from_stopped=False``) ``new_terms_unpoisoned``."""

    def __init__(self, warmup: int, *, learn_from_stopped: bool = True) -> None:
        self.warmup = warmup
        self.learn_from_stopped = learn_from_stopped
        self.name = "new_terms" if learn_from_stopped else "new_terms_unpoisoned"
        self.seen: set[tuple[str, str]] = set()
        self.stopped: set[str] = set()
        self.decisions = 0

    def on_mission(self, state: Any, mission: MissionDeclaration) -> tuple[Any, Any]:
        return state, _Verdict()

    def on_decision(self, state: Any, decision: AuthorizationDecision) -> tuple[Any, Any]:
        self.decisions += 1
        terms = decision_terms(decision)
        verdict = _Verdict()
        agent = decision.agent_id
        if self.decisions > self.warmup and agent not in self.stopped:
            new = [t for t in terms if t not in self.seen]
            if new:
                self.stopped.add(agent)
                kind, value = new[0]
                verdict = _stop(decision, self.name, f"new term {kind}={value}")
        if self.learn_from_stopped or agent not in self.stopped:
            self.seen.update(terms)
        return state, verdict


def baseline_factories(decisions: int, warmup: float = DEFAULT_WARMUP) -> dict[str, Any]:
    """name -> judge factory for a dataset of ``decisions`` decisions."""
    n = int(decisions * warmup)
    return {
        "allow_list": MissionAllowList,
        "new_terms": lambda: NewTerms(n),
        "new_terms_unpoisoned": lambda: NewTerms(n, learn_from_stopped=False),
    }
