"""Mission conformance: does a decision stay inside its agent's declared mission?

Globs follow :func:`fnmatch.fnmatchcase` (``*`` also crosses ``/`` and ``:``), matched
case-sensitively, except denied actions: a denial matches an action in any case, as IAM
matches actions ("The prefix and the action name are case insensitive", IAM JSON policy
elements: Action), so ``iam:createaccesskey`` denies CloudTrail's ``CreateAccessKey``. A
denial that matched only its own spelling would fail open; the allowed lists stay exact (a
spelling they miss is an undeclared call, which stops). Compiled patterns are cached, since
the same mission is checked for every decision of its agent.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TypeVar

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, Severity

__all__ = [
    "MissionViolation",
    "account_wide",
    "compile_globs",
    "decision_destroys",
    "decision_read_only",
    "denied_by",
    "is_read_only",
    "matches_any",
    "mission_violations",
    "per_mission",
]

# Verbs that only look (AWS ``Get*``/``List*``/``Describe*``, Kubernetes ``get``/``list``/
# ``watch``, REST ``read``/``search``/``status``): the first word of an action's last part.
# ``calculate``: every AWS action with that verb has the access level Read in the Service
# Authorization Reference (``geo:CalculateRoute``, ``geo:CalculateRouteMatrix``, ...): it
# computes an answer and changes nothing.
_READ_VERBS = frozenset(
    "get list describe read view search query status watch head lookup show find check "
    "batchget scan select calculate".split()
)
# Verbs that destroy what they act on (AWS ``Delete*``/``Terminate*``, SQL ``DROP``/
# ``TRUNCATE``, ``purge``), or take it out of use (an account deactivated, suspended or
# disabled: Okta's ``user.lifecycle.deactivate``, AWS ``DisableKey``): where the source
# classifies such calls by their access level (``write``), the verb tells them from another
# change (ATT&CK T1485 Data Destruction, T1490 Inhibit System Recovery, T1531 Account Access
# Removal).
_DESTROY_VERBS = frozenset(
    "delete destroy purge erase terminate wipe truncate drop deactivate suspend disable".split()
)
_VERB = re.compile(r"[A-Z]?[a-z]+")


@lru_cache(maxsize=4096)
def compile_globs(patterns: tuple[str, ...], ignore_case: bool = False) -> re.Pattern[str] | None:
    """One regex for a tuple of globs (``None`` for the empty tuple, which matches nothing).

    >>> bool(compile_globs(("iam:Create*",)).match("iam:createaccesskey"))
    False
    >>> bool(compile_globs(("iam:Create*",), ignore_case=True).match("IAM:createaccesskey"))
    True
    """
    if not patterns:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns), flags)


def matches_any(value: str, patterns: list[str] | tuple[str, ...]) -> bool:
    rx = compile_globs(tuple(patterns))
    return bool(rx and rx.match(value))


def denied_by(mission: MissionDeclaration, action: str) -> bool:
    """Whether the mission denies ``action``, in any case (IAM's rule for action names).

    >>> from datetime import datetime, UTC
    >>> m = MissionDeclaration(time=datetime(2026, 1, 1, tzinfo=UTC), agent_id="a",
    ...     mission_id="m1", purpose="p", allowed_actions=["iam:*"],
    ...     denied_actions=["iam:createaccesskey"], issued_by="ops")
    >>> denied_by(m, "iam:CreateAccessKey"), denied_by(m, "iam:ListUsers")
    (True, False)
    """
    denied = _globs_of(mission)[0]
    return denied is not None and denied.match(action) is not None


_GLOB_CHARS = re.compile(r"[*?\[]")


def is_glob(pattern: str) -> bool:
    """Whether a mission pattern is a glob (``*``, ``?`` or ``[``), not a literal name.

    >>> is_glob("hoewon:3310977"), is_glob("team:*")
    (False, True)
    """
    return _GLOB_CHARS.search(pattern) is not None


def names_resource(mission: MissionDeclaration, resource: str) -> bool:
    """Whether an allowed-resources pattern of the mission names ``resource`` by name: the
    pattern's text before its first wildcard is the resource, or the resource up to a ``/``
    or ``:``, and for an ARN reaches past the ARN's account into the resource's own name
    (``arn:aws:s3:::intake-bucket*`` names ``arn:aws:s3:::intake-bucket/a.mp4``;
    ``arn:aws:s3:::*`` and ``arn:aws:s3:::intake*`` do not: any bucket, or any whose name
    begins so). A mission that names the very bucket it writes to has declared whose it is.

    >>> m = MissionDeclaration(time="2026-01-01T00:00:00Z", agent_id="a", mission_id="m1",
    ...     purpose="deliver", allowed_actions=["s3:PutObject"], issued_by="ops",
    ...     allowed_resources=["arn:aws:s3:::intake-bucket*", "arn:aws:s3:::any*"])
    >>> names_resource(m, "arn:aws:s3:::intake-bucket/a.mp4")
    True
    >>> names_resource(m, "arn:aws:s3:::intake-bucket-2/a.mp4")
    False
    >>> names_resource(m, "arn:aws:s3:::anyone/k")
    False
    >>> m2 = m.model_copy(update={"allowed_resources": ["s3://*", "gs:*", "s3://intake/*"]})
    >>> names_resource(m2, "s3://other/k"), names_resource(m2, "s3://intake/k")
    (False, True)
    """
    for pattern in mission.allowed_resources:
        literal = _GLOB_CHARS.split(pattern, 1)[0]
        if not resource.startswith(literal):
            continue
        rest = resource[len(literal) :]
        if rest and rest[0] not in "/:" and not literal.endswith(("/", ":")):
            continue  # the pattern stops inside a name: any name that begins so
        if literal.startswith("arn:"):
            parts = literal.split(":", 5)
            if len(parts) < 6 or not parts[5].strip("/:"):
                continue  # no name of the resource itself: any resource of the account
        else:
            body = literal.rstrip("/:")
            if not body or (body != literal and not any(c in body for c in "/:")):
                continue  # a scheme alone (``s3://*``, ``gs:*``): any resource of it
        return True
    return False


_MISSIONS_MAX = 1024
_T = TypeVar("_T")


def per_mission(fn: Callable[[MissionDeclaration], _T]) -> Callable[[MissionDeclaration], _T]:
    """``fn`` memoised by the mission object's identity: one mission object serves every
    decision of its agent, and a look-up by its id costs less than hashing what ``fn``
    reads. Each entry holds its mission (which its agent's state holds anyway), so an id is
    not reused while in the cache; at most ``_MISSIONS_MAX`` entries, cleared when full.

    >>> calls = []
    >>> @per_mission
    ... def purpose_length(m):
    ...     calls.append(m.mission_id)
    ...     return len(m.purpose)
    >>> m = MissionDeclaration(time="2026-01-01T00:00:00Z", agent_id="a", mission_id="m1",
    ...                        purpose="triage", allowed_actions=["x:*"], issued_by="ops")
    >>> purpose_length(m), purpose_length(m), calls
    (6, 6, ['m1'])
    """
    cache: dict[int, tuple[MissionDeclaration, _T]] = {}

    @functools.wraps(fn)
    def cached(mission: MissionDeclaration) -> _T:
        found = cache.get(id(mission))
        if found is not None and found[0] is mission:
            return found[1]
        value = fn(mission)
        if len(cache) >= _MISSIONS_MAX:
            cache.clear()
        cache[id(mission)] = (mission, value)
        return value

    return cached


@per_mission
def _globs_of(mission: MissionDeclaration) -> tuple[re.Pattern[str] | None, ...]:
    """``compile_globs`` of a mission's denied actions (in any case), allowed actions and
    resources."""
    return (
        compile_globs(tuple(mission.denied_actions), ignore_case=True),
        compile_globs(tuple(mission.allowed_actions)),
        compile_globs(tuple(mission.allowed_resources)),
    )


@lru_cache(maxsize=4096)
def action_verb(action: str) -> str | None:
    """An action's verb, lower-cased: the first word of its last part.

    >>> action_verb("s3:GetObject"), action_verb("github:issues.comment"), action_verb("x:42")
    ('get', 'comment', None)
    """
    word = _VERB.match(re.split(r"[:./]", action)[-1])
    return word.group().lower() if word else None


@lru_cache(maxsize=4096)
def is_read_only(action: str) -> bool:
    """Whether an action's verb only looks.

    >>> [is_read_only(a) for a in ("s3:GetObject", "helm:status", "crm:customers.search")]
    [True, True, True]
    >>> is_read_only("geo:CalculateRoute"), is_read_only("calculate")
    (True, True)
    >>> [is_read_only(a) for a in ("s3:PutObject", "github:actions.rerun", "k8s:create")]
    [False, False, False]
    """
    return action_verb(action) in _READ_VERBS


#: Operation classes that only look (pipeline.records.Operation).
READ_OPERATIONS = frozenset({"read", "list"})


def decision_read_only(decision: AuthorizationDecision) -> bool:
    """Whether a decision only reads or lists: from its ``operation`` when the producer filled
    it (the source's own classification: AWS's access level, the Kubernetes verb, the HTTP
    method), else, for canonical records without it, from the action's verb
    (:func:`is_read_only`, the fallback; docs/detectors.md, "Fallback").

    >>> from datetime import datetime, UTC
    >>> def d(action, operation=None):
    ...     return AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...         agent_id="a", action=action, resource="r", decision="allow", source="s",
    ...         operation=operation)
    >>> decision_read_only(d("k8s:get:secrets", "read")), decision_read_only(d("GET /v1", "read"))
    (True, True)
    >>> decision_read_only(d("k8s:get:secrets")), decision_read_only(d("s3:GetObject"))
    (False, True)
    """
    if decision.operation is not None:
        return decision.operation in READ_OPERATIONS
    return is_read_only(decision.action)


def decision_destroys(decision: AuthorizationDecision) -> bool:
    """Whether a decision deletes what it acts on, or takes it out of use (an account
    deactivated): its ``operation`` ``delete``, or, where the producer classified it only as
    a change (``write``: AWS's access level of ``Delete*``) or not at all, its action's verb.

    >>> from datetime import datetime, UTC
    >>> def d(action, operation=None):
    ...     return AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...         agent_id="a", action=action, resource="r", decision="allow", source="s",
    ...         operation=operation)
    >>> destroys = decision_destroys
    >>> destroys(d("files.remove", "delete")), destroys(d("s3:DeleteObject", "write"))
    (True, True)
    >>> destroys(d("ec2:TerminateInstances")), destroys(d("s3:PutObject", "write"))
    (True, False)
    >>> destroys(d("okta:user.lifecycle.deactivate", "write")), destroys(d("mail.delete", "send"))
    (True, False)
    """
    if decision.operation == "delete":
        return True
    if decision.operation not in (None, "write"):
        return False
    return action_verb(decision.action) in _DESTROY_VERBS


def account_wide(decision: AuthorizationDecision) -> bool:
    """Whether the call acts on no particular object: its resource is ``*`` (or empty), or
    its target names neither an object nor a container (``s3:ListAllMyBuckets``,
    ``sts:GetCallerIdentity``, a cluster-wide list). Such a call is not a retry of one
    target, not a resource a mission must list, and not a target to ground."""
    if decision.resource in ("*", ""):
        return True
    target = decision.target
    return target is not None and target.name is None and target.container is None


@dataclass(frozen=True, slots=True)
class MissionViolation:
    """One way a decision breaks its mission. ``rule`` is stable; ``reason`` is for people."""

    rule: str
    severity: Severity
    reason: str


def mission_violations(
    mission: MissionDeclaration,
    decision: AuthorizationDecision,
    *,
    rate_per_minute: float | None = None,
    now: datetime | None = None,
) -> list[MissionViolation]:
    """Every declared rule the decision breaks, most severe first.

    ``rate_per_minute`` is the agent's current request rate including this decision;
    ``now`` defaults to the decision's own (event) time, so replay judges like the worker.

    >>> from datetime import datetime, UTC
    >>> m = MissionDeclaration(time=datetime(2026, 1, 1, tzinfo=UTC), agent_id="a",
    ...     mission_id="m1", purpose="read invoices", allowed_actions=["s3:GetObject"],
    ...     allowed_resources=["arn:aws:s3:::invoices/*"], denied_actions=["iam:*"],
    ...     issued_by="ops")
    >>> d = AuthorizationDecision(event_id="e1", time=datetime(2026, 1, 1, 0, 1, tzinfo=UTC),
    ...     agent_id="a", action="s3:GetObject", resource="arn:aws:s3:::payroll/x",
    ...     decision="allow", source="demo")
    >>> [v.rule for v in mission_violations(m, d)]
    ['resource_not_declared']
    """
    now = now or decision.time
    found: list[MissionViolation] = []
    denied, allowed, resources = _globs_of(mission)
    if mission.valid_until is not None and now > mission.valid_until:
        found.append(
            MissionViolation(
                "mission_expired",
                "critical",
                f"mission {mission.mission_id} expired at {mission.valid_until.isoformat()}",
            )
        )
    if denied is not None and denied.match(decision.action):
        found.append(
            MissionViolation(
                "action_denied_by_mission",
                "critical",
                f"action {decision.action!r} is explicitly denied by mission {mission.mission_id}",
            )
        )
    elif allowed is None or not allowed.match(decision.action):
        # An undeclared *read* of a resource the mission declares is more often a mission
        # written too narrowly than an attack: it throttles, and repeats climb the ladder.
        # An undeclared change, or a read outside the declared resources (or of a mission
        # that declares none), is not explained by the mission and revokes.
        mild = (
            resources is not None
            and decision_read_only(decision)
            and (resources.match(decision.resource) is not None or account_wide(decision))
        )
        found.append(
            MissionViolation(
                "action_not_declared",
                "medium" if mild else "high",
                f"action {decision.action!r} is not among the {len(mission.allowed_actions)} "
                f"declared action patterns of mission {mission.mission_id}",
            )
        )
    # A call on no particular object (``*``, or a target naming neither object nor
    # container: s3:ListAllMyBuckets, sts:GetCallerIdentity) is outside no resource list: the
    # action check governs it, and a mission need not list ``*`` (which would void its list).
    if (
        resources is not None
        and not resources.match(decision.resource)
        and not account_wide(decision)
    ):
        found.append(
            MissionViolation(
                "resource_not_declared",
                "high",
                f"resource {decision.resource!r} is outside the declared resources of mission "
                f"{mission.mission_id}",
            )
        )
    limit = mission.max_rate_per_minute
    if limit is not None and rate_per_minute is not None and rate_per_minute > limit:
        found.append(
            MissionViolation(
                "rate_exceeded",
                "medium",
                f"{rate_per_minute:.0f} requests/min against a declared maximum of {limit:g}",
            )
        )
    return found
