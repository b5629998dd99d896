"""Features of one decision: the ``x`` every detector's ``learn_one`` / ``score_one`` reads.

Computed once per decision, so each detector does dictionary look-ups, not parsing. What is
extracted, and why:

* ``shape``: the resource with its identifiers replaced by ``#`` (``orders/8812/items`` ->
  ``orders/#/items``), the *kind* of thing touched, which generalises across principals;
* ``objects``: the concrete identifiers touched (resource and id-like argument values), the
  things a delegated principal owns; ``id_values``: the other arguments whose values are
  identifiers (``traveller=emp-1010``), which may name a principal;
* ``destinations``: where data may go (recipient, URL, bucket, ... arguments), reduced to a
  domain, the thing a prompt-injected agent changes;
* ``context``: how the call was made (network, client, authentication method);
* ``arguments``: the other arguments, reduced to what recurs (``amount`` -> ``~2^16``);
  ``texts``: ``(argument, text)`` of those and of path-like arguments as given (a command, an
  image, a file a change touches), for detectors that read what a call would do;
* ``purpose_tokens`` / ``declared_tokens``: words of the mission's purpose and allow-lists;
  ``purpose_text``: both as lower-case text (a destination is named only if written out).

:class:`DecisionFeatures` is the type of that dict, with the keys the judge adds.
"""

from __future__ import annotations

import ipaddress
import math
import re
from functools import lru_cache
from typing import Literal, NotRequired, TypedDict

from missionguard.models.mission import account_wide, decision_read_only, per_mission
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration

__all__ = [
    "DecisionFeatures",
    "account_wide",
    "decision_features",
    "domain_of",
    "network_of",
    "own_name",
    "resource_shape",
    "target_kind",
    "tokens",
]


class DecisionFeatures(TypedDict):
    """The features of one decision: the ``x`` of every detector's ``learn_one`` / ``score_one``
    / ``explain_one`` (a plain dict at run time: the type costs nothing per decision).

    The required keys are those :func:`decision_features` computes; the ``NotRequired`` ones
    the :class:`~missionguard.models.judge.Judge` adds before the detectors run (every
    decision: ``rate_per_minute``, ``window``, ``closed_window``, ``observed``,
    ``repository_read``; on a group task: ``group_within``, ``group_others``). A detector reads
    those with ``x.get``, so it also scores the features alone (tests and docstring examples
    pass a few keys of their own).

    River: the detectors subclass ``river.base.AnomalyDetector``, whose ``learn_one(x)`` and
    ``score_one(x)`` take any ``dict[Hashable, Any]``. Ours take only this dict, a narrower
    argument: :class:`~missionguard.models.detectors.base.Detector`'s ``score_one`` and every
    ``learn_one`` carry ``# type: ignore[override]`` for it (mypy checks each override against
    River's base too). They are River estimators for ``clone()``, parameters and state, not
    drop-in parts of a River pipeline fed arbitrary features.
    """

    t: float  # the decision's time, epoch seconds
    event_id: str
    agent: str
    cohort: str
    action: str
    task: str  # the ``task``-like argument, else the action
    resource: str
    shape: str  # the resource kind: target type and container, else identifiers as ``#``
    read_only: bool  # the operation only reads or lists (models.mission.decision_read_only)
    account_wide: bool  # a call on no object (models.features.account_wide)
    own_object: bool  # the target is named after the agent itself (models.features.own_name)
    outcome: Literal["allow", "deny"]
    principal: str | None  # on whose behalf
    credential: str | None
    objects: tuple[str, ...]
    named_principals: tuple[str, ...]
    id_values: tuple[str, ...]
    destinations: tuple[tuple[str, str], ...]  # (argument, domain)
    arguments: tuple[tuple[str, str], ...]  # (argument, value reduced)
    texts: tuple[tuple[str, str], ...]  # (argument, text as given)
    context: dict[str, str]
    purpose_tokens: frozenset[str]
    declared_tokens: frozenset[str]
    purpose_text: str
    prev_action: str | None  # the agent's previous action
    mission: MissionDeclaration | None
    decision: AuthorizationDecision
    # Added by the judge (models/judge.py, Judge.on_decision and Judge._count_group):
    rate_per_minute: NotRequired[float]  # the agent's request rate
    window: NotRequired[dict[str, float]]  # the activity window's figures, with ``rate``
    closed_window: NotRequired[dict[str, float] | None]  # the window this decision closed
    observed: NotRequired[tuple[tuple[str, str, int], ...]]  # ValueRarity's (field, value, key)
    repository_read: NotRequired[bool | None]  # a call on a repository the agent has read
    group_within: NotRequired[bool]  # a group task's group is within the delegation's size
    group_others: NotRequired[bool]  # the decision names other principals of the group
    shared_denial: NotRequired[bool]  # a refusal other agents of the cohort also just got
    cohort_routine: NotRequired[bool]  # the cohort's calm agents make this call (CohortRoutine)


# Argument names that say where something goes (lower-cased, ``-`` read as ``_``).
DESTINATION_KEYS = frozenset(
    "recipient recipients to cc bcc destination dest destination_url url endpoint host domain "
    "webhook callback callback_url target_url email email_to address target_bucket bucket "
    "target_account share_with forward_to upload_url beneficiary beneficiary_account iban "
    "pay_to payee".split()
)
# Argument names that say how the call was made.
CONTEXT_KEYS = {
    "user_agent": "user_agent",
    "useragent": "user_agent",
    "auth_method": "auth_method",
    "authentication_method": "auth_method",
    "mfa": "auth_method",
    "client": "user_agent",
    "tool": "tool",
}
# Argument names that can name a principal (an end user the agent works for).
PRINCIPAL_KEYS = frozenset(
    "principal user user_id customer customer_id owner owner_id account_holder on_behalf_of "
    "requester tenant tenant_id".split()
)
_STOP = frozenset(
    "the and for with from that this into onto via per all any are was were will can its our "
    "their them they you your has have had not but use used using only each".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\d+")
# Segments of a resource (between ``/ : ? & = #`` and spaces), captured: split on them, a
# resource alternates separators (even places) and segments (odd places).
_SEGMENT_SPLIT = re.compile(r"([^/:?&=#\s]+)")
_DIGIT_OR_AT = re.compile(r"[0-9@]")


def _is_identifier(segment: str) -> bool:
    """Ids: numbers, uuids, hashes, e-mail addresses, ``inv-2024-07`` (not ``s3`` or ``v1``)."""
    if segment.isalpha():
        return False  # most segments are words: no digit, no "@"
    digits = sum(map(str.isdigit, segment))
    return digits >= 2 or (digits >= 1 and len(segment) >= 5) or "@" in segment


def _stem(word: str) -> str:
    # A light plural/verb stem so "invoices" meets "invoice" and "orders" meets "order".
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    """Content words of a text or identifier, stemmed; ids and stop words dropped.

    >>> sorted(tokens("Reconcile invoices in arn:aws:s3:::billing-invoices/2024"))
    ['arn', 'aws', 'billing', 'invoice', 'reconcile']
    """
    return frozenset(
        _stem(w)
        for w in _WORD.findall(text.lower())
        if len(w) >= 3 and w not in _STOP and not _is_identifier(w)
    )


@lru_cache(maxsize=16384)
def resource_shape(resource: str) -> str:
    """The resource with identifier segments replaced by ``#``.

    >>> resource_shape("crm/accounts/8812/notes/n-0042")
    'crm/accounts/#/notes/#'
    """
    if resource.isascii() and _DIGIT_OR_AT.search(resource) is None:
        return resource  # no segment with a digit or an "@": no identifier
    # Mask the identifier segments in place (a substitution calling back per segment costs
    # more than splitting).
    parts = _SEGMENT_SPLIT.split(resource)
    for i in range(1, len(parts), 2):
        if _is_identifier(parts[i]):
            parts[i] = "#"
    return "".join(parts)


@lru_cache(maxsize=16384)
def domain_of(value: str) -> str:
    """Where a destination value points: the e-mail or URL domain (last two labels, three for
    ``co.uk``-style names), else the value itself, lower-cased.

    >>> domain_of("Mallory <m@mail.evil.example>"), domain_of("https://api.partner.io:8443/x")
    ('evil.example', 'partner.io')
    >>> domain_of("ap@ven-53869.example"), domain_of("DE8950011234567890")
    ('#.example', 'de#')
    """
    v = value.strip().lower().rstrip(">")
    if "@" in v:
        v = v.rsplit("@", 1)[1]
    elif "://" in v:
        v = v.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0]
    elif "/" in v:
        v = v.split("/", 1)[0]
    labels = [x for x in v.split(".") if x]
    if len(labels) < 2:  # not a host name: an account number, a bucket, a handle
        return _DIGITS.sub("#", v)[:40]
    keep = 3 if len(labels) > 2 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    # Per-counterparty labels (``ven-53869.example``) are one kind of destination.
    return ".".join("#" if _is_identifier(x) else x for x in labels[-keep:])


@per_mission
def _mission_words(mission: MissionDeclaration) -> tuple[frozenset[str], frozenset[str], str]:
    """Purpose tokens, declared tokens and text of a mission: one look-up per decision."""
    return _words_and_text(mission.purpose, (*mission.allowed_actions, *mission.allowed_resources))


@lru_cache(maxsize=4096)
def _words_and_text(
    purpose: str, declared: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str], str]:
    return (*_words_of(purpose, declared), _text_of(purpose, declared))


@lru_cache(maxsize=4096)
def _text_of(purpose: str, declared: tuple[str, ...]) -> str:
    return " ".join((purpose, *declared)).lower()


@lru_cache(maxsize=4096)
def _words_of(purpose: str, declared: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    return tokens(purpose), tokens(" ".join(declared).replace("*", " "))


_HOST = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.IGNORECASE)
_ACCOUNT = re.compile(r"^[a-z]{0,4}\d[\d -]{7,}$", re.IGNORECASE)


def _is_address(key: str, text: str) -> bool:
    """Whether a destination-named argument holds somewhere data or money can go (an e-mail
    address, a URL, a host name, an account number), not a word such as an airport code."""
    v = text.strip()
    return "@" in v or "://" in v or bool(_HOST.match(v)) or bool(_ACCOUNT.match(v))


@lru_cache(maxsize=4096)
def network_of(source_ip: str) -> str | None:
    """The network a call came from: the ``/16`` (IPv4) or ``/48`` (IPv6) of a real address,
    ``None`` for anything else. A new address in a known /16 (or /48) is not a new network:
    fleets draw addresses from whole ranges, and an attacker replaying a credential comes from
    another range. What is not an address is no network: CloudTrail writes ``AWS Internal``
    or a service's name (``ec2.amazonaws.com``) when a service acted for the identity, and two
    services acting for one role are not one credential used from two places.

    >>> network_of("185.220.101.7"), network_of("2001:db8:1:2::1"), network_of("[10.0.3.4]")
    ('185.220.0.0/16', '2001:db8:1::/48', '10.0.0.0/16')
    >>> network_of("AWS Internal"), network_of("ec2.amazonaws.com"), network_of("")
    (None, None, None)
    """
    candidate = source_ip.strip().removeprefix("[").removesuffix("]").split("%", 1)[0]
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return None
    prefix = 16 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


_NAME_WORDS = re.compile(r"[a-z0-9]+")
# An own name shorter than this (``ci``, ``admin``, ``web``) is too generic to claim an object.
_OWN_NAME_MIN = 6


@lru_cache(maxsize=8192)
def own_name(agent_id: str, name: str) -> bool:
    """Whether an object's name contains the agent's own name (the last part of its id, words
    in order): ``argocd-server-tls`` for ``system:serviceaccount:argo-cd:argocd-server``, the
    lease ``kube-controller-manager`` for ``system:kube-controller-manager``, the node
    ``k8s-node-1`` for ``system:node:k8s-node-1``. Software names what it creates for itself
    after itself (a controller's TLS secret, its leader-election lease, its node); an object
    named after *another* identity is not claimed by this rule.

    >>> own_name("system:serviceaccount:argo-cd:argocd-server", "argocd-server-tls")
    True
    >>> own_name("system:serviceaccount:argo-cd:argocd-server", "argocd-repo-server-tls")
    False
    >>> own_name("arn:aws:iam::1:role/admin", "admin-keys")  # too generic a name
    False
    """
    own = _NAME_WORDS.findall(re.split(r"[:/]", agent_id.lower())[-1])
    if sum(map(len, own)) + len(own) - 1 < _OWN_NAME_MIN:
        return False
    words = _NAME_WORDS.findall(name.lower())
    n = len(own)
    return any(words[i : i + n] == own for i in range(len(words) - n + 1))


def target_kind(decision: AuthorizationDecision) -> str | None:
    """The resource kind from the record's semantics: the target's type (``k8s:secrets``,
    ``s3:object``), never its name nor its container; ``None`` when the producer filled no
    target type (then :func:`resource_shape` of the resource string, the fallback for
    producers of canonical records that leave the semantics out).

    Neither names nor containers make kinds: a controller that maintains endpoints in every
    namespace does one kind of work wherever a new namespace appears, and an object called
    ``my-grafana`` is one more endpoints object, not a new kind of thing. Where an object
    lives stays in ``resource`` and ``objects`` (the delegation model reads those).

    >>> from datetime import datetime, UTC
    >>> from missionguard.pipeline.records import Target
    >>> d = AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...     agent_id="a", action="k8s:get:endpoints", resource="endpoints/my-grafana",
    ...     decision="allow", source="k8s_audit",
    ...     target=Target(type="k8s:endpoints", container="monitoring", name="my-grafana"))
    >>> target_kind(d), resource_shape(d.resource)
    ('k8s:endpoints', 'endpoints/my-grafana')
    """
    target = decision.target
    return target.type if target is not None and target.type else None


def _argument_value(value: str | int | float) -> str:
    """An argument reduced to what can recur: numbers to their order of magnitude (binary),
    identifiers to their shape, text truncated.

    >>> _argument_value(48750.0), _argument_value("gift_card"), _argument_value("INV-2026-7")
    ('~2^16', 'gift_card', 'inv-#-#')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"~2^{round(math.log2(abs(value)))}" if value else "0"
    text = value.lower()
    return _DIGITS.sub("#", text)[:40] if any(c.isdigit() for c in text) else text[:40]


# What an argument's name makes it (see decision_features), by name: names recur on every
# decision of an action, and sorting one out is a handful of string operations.
_TASK, _CONTEXT, _PRINCIPAL, _PATH, _ID, _OTHER = range(6)


@lru_cache(maxsize=1024)
def _argument_kind(raw_key: str) -> tuple[str, int, bool]:
    """The argument's name normalised (lower case, ``-`` as ``_``), its kind, and whether
    the name says where something goes (a destination when its value is an address; when it
    is not, the kind decides)."""
    key = raw_key.lower().replace("-", "_")
    if key in ("task", "task_type", "intent", "operation_kind"):
        kind = _TASK
    elif key in CONTEXT_KEYS:
        kind = _CONTEXT
    elif key in PRINCIPAL_KEYS:
        kind = _PRINCIPAL
    elif key.endswith(("_id", "_ids")) or key == "mailbox":
        kind = _ID  # identifiers of things touched: objects, not texts
    elif key in ("path", "file", "object_key"):
        kind = _PATH
    else:
        kind = _OTHER
    return key, kind, key in DESTINATION_KEYS


def decision_features(
    decision: AuthorizationDecision,
    mission: MissionDeclaration | None,
    cohort: str,
    prev_action: str | None = None,
) -> DecisionFeatures:
    """The feature dict ``x`` of one decision (see the module docstring)."""
    destinations: list[tuple[str, str]] = []
    context: dict[str, str] = {}
    objects: list[str] = []
    named: list[str] = []
    named_ids: list[str] = []  # raw identifier-like argument values (``traveller=emp-1010``)
    arguments: list[tuple[str, str]] = []
    texts: list[tuple[str, str]] = []  # (argument, text as given): commands, images, paths
    task = decision.action
    for raw_key, value in decision.attributes.items():
        if value is None:
            continue
        key, kind, destination = _argument_kind(raw_key)
        text = str(value) if not isinstance(value, bool) else ("true" if value else "false")
        if kind == _TASK:
            task = text
        elif destination and _is_address(key, text):
            for part in text.split(","):
                if part.strip():
                    destinations.append((key, domain_of(part)))
        elif kind == _CONTEXT:
            context[CONTEXT_KEYS[key]] = _family(text)
        elif kind == _PRINCIPAL:
            named.append(text)
        elif kind == _PATH:
            objects.append(f"{key}={text}")
            texts.append((key, text))
        elif kind == _ID:
            objects.append(f"{key}={text}")
        else:
            arguments.append((key, _argument_value(value)))
            if isinstance(value, str):
                texts.append((key, value))
                if _is_identifier(value):
                    named_ids.append(value)
    resource = decision.resource
    if "@" in resource and "/" not in resource:  # the resource is an address: a destination
        destinations.append(("resource", domain_of(resource)))
    # The resource kind: from the target's type and container when the producer filled them
    # (a name is never a kind); else, for canonical records without semantics, the resource
    # with identifier-looking segments masked, as before (docs/detectors.md, "Fallback").
    typed = target_kind(decision)
    target = decision.target
    if typed is not None:
        shape = typed
        if target is not None and target.name:
            objects.append(resource)
    else:
        shape = resource_shape(resource)
        if shape != resource:
            objects.append(resource)
    own = bool(target is not None and target.name and own_name(decision.agent_id, target.name))
    network = network_of(decision.source_ip) if decision.source_ip else None
    if network is not None:
        context["network"] = network
    if decision.credential_id:
        context["credential"] = decision.credential_id
    if mission:
        purpose_tokens, declared_tokens, purpose_text = _mission_words(mission)
    else:
        purpose_tokens = declared_tokens = frozenset()
        purpose_text = ""
    return {
        "t": decision.time.timestamp(),
        "event_id": decision.event_id,
        "agent": decision.agent_id,
        "cohort": cohort,
        "action": decision.action,
        "task": task,
        "resource": resource,
        "shape": shape,
        "read_only": decision_read_only(decision),
        "account_wide": account_wide(decision),
        "own_object": own,
        "outcome": decision.decision,
        "principal": decision.on_behalf_of,
        "credential": decision.credential_id,
        "objects": tuple(objects),
        "named_principals": tuple(named),
        "id_values": tuple(named_ids),
        "destinations": tuple(destinations),
        "arguments": tuple(arguments),
        "texts": tuple(texts),
        "context": context,
        "purpose_tokens": purpose_tokens,
        "declared_tokens": declared_tokens,
        "purpose_text": purpose_text,
        "prev_action": prev_action,
        "mission": mission,
        "decision": decision,
    }


_VERSION = re.compile(r"[/ ]?v?\d+(\.\d+)*")


@lru_cache(maxsize=4096)
def _family(value: str) -> str:
    # "aws-cli/2.15.3 Python/3.11" and "aws-cli/2.15.4 ..." are the same client.
    return _VERSION.sub("", value.lower()).strip()[:80]
