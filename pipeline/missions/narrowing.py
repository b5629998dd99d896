"""Does a declaration only narrow the mission in force? And if not, what does it widen?

A declaration signed by a key that is known but not trusted for its agent (the agent's own
key, an issuer outside its scope) is installed only when everything it allows was already
allowed: a subset of actions and resources, every denial kept, no later expiry, no higher
rate limit, the same cohort (cohorts choose thresholds, ladders and dry-run) and the same
purpose (its words ground the behaviour detectors).

Glob containment is decided conservatively: a pattern is covered when it equals an allowed
pattern, when it is a literal the allowed globs match, or when an allowed glob is a literal
prefix followed by ``*`` and the pattern starts with that prefix. Anything else counts as a
widening (a trusted issuer can still declare it).

>>> from datetime import datetime, UTC
>>> from missionguard.pipeline.records import MissionDeclaration
>>> m = MissionDeclaration(time=datetime(2026, 1, 1, tzinfo=UTC), agent_id="bot",
...     mission_id="m1", purpose="p", allowed_actions=["s3:Get*", "s3:List*"], issued_by="ops")
>>> widenings(m, m.model_copy(update={"allowed_actions": ["s3:GetObject"]}))
[]
>>> widenings(m, m.model_copy(update={"allowed_actions": ["s3:*"]}))
['allowed_actions: s3:*']
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from missionguard.pipeline.records import MissionDeclaration

__all__ = ["covered", "widenings"]

_META = frozenset("*?[")


def _literal(pattern: str) -> bool:
    return not (_META & set(pattern))


def covered(pattern: str, allowed: list[str]) -> bool:
    """Whether every string ``pattern`` matches is matched by some glob in ``allowed``
    (sound, not complete: ``False`` may be a containment this check cannot prove)."""
    for glob in allowed:
        if pattern == glob:
            return True
        if _literal(pattern) and fnmatchcase(pattern, glob):
            return True
        prefix = glob[:-1]
        if glob.endswith("*") and _literal(prefix) and pattern.startswith(prefix):
            return True
    return False


def widenings(in_force: MissionDeclaration, declared: MissionDeclaration) -> list[str]:
    """What ``declared`` allows beyond ``in_force``, one ``field: detail`` per item (empty:
    it only narrows)."""
    found: list[str] = []
    found += [
        f"allowed_actions: {a}"
        for a in declared.allowed_actions
        if not covered(a, in_force.allowed_actions)
    ]
    found += [
        f"denied_actions: dropped {d}"
        for d in in_force.denied_actions
        if not covered(d, declared.denied_actions)
    ]
    if in_force.allowed_resources:
        if not declared.allowed_resources:
            found.append("allowed_resources: unrestricted")
        found += [
            f"allowed_resources: {r}"
            for r in declared.allowed_resources
            if not covered(r, in_force.allowed_resources)
        ]
    found += [
        f"acts_for: {p}" for p in declared.acts_for if not covered(p, in_force.acts_for)
    ]  # more principals in scope
    old_rate, new_rate = in_force.max_rate_per_minute, declared.max_rate_per_minute
    if old_rate is not None and (new_rate is None or new_rate > old_rate):
        found.append(f"max_rate_per_minute: {old_rate:g} -> {new_rate or 'unlimited'}")
    old_end, new_end = in_force.valid_until, declared.valid_until
    if old_end is not None and (new_end is None or new_end > old_end):
        until = new_end.isoformat() if new_end else "no expiry"
        found.append(f"valid_until: {old_end.isoformat()} -> {until}")
    if declared.cohort != in_force.cohort:
        found.append(f"cohort: {in_force.cohort} -> {declared.cohort}")
    if declared.purpose != in_force.purpose:
        found.append("purpose: changed")
    return found
