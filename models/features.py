"""Features of one decision: the ``x`` every detector's ``learn_one`` / ``score_one`` reads.

Computed once per decision, so each detector does dictionary look-ups, not parsing. What is
extracted, and why:

* ``shape``: the resource with its identifiers replaced by ``#`` (``orders/8812/items`` ->
  ``orders/#/items``), the *kind* of thing touched, which generalises across principals;
* ``objects``: the concrete identifiers touched (resource and id-like argument values, less
  those of arguments that name catalogue entries: ``config/rules/shared-objects.yaml``), the
  things a delegated principal owns; ``id_values``: the other arguments whose values are
  identifiers (``traveller=emp-1010``), which may name a principal;
* ``destinations``: where data, money or access may go, the thing a prompt-injected agent
  changes: the typed entities (:mod:`models.entities`: e-mail addresses, URLs, domains, IBANs,
  phone numbers, principals) in the arguments of an operation with an effect outside the
  agent (send, share, permissions, write; :data:`OUTBOUND_OPERATIONS`), the target itself of
  a send or share, and any URL whose query string carries data; each as ``(argument,
  domain)`` (the registrable domain, else the value) and, in ``outbound``, as ``(argument,
  kind, value, domain)`` with the entity's kind;
  no argument names are looked up: ``{"bcc": [...]}`` and ``{"xq": "..."}`` are read alike;
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
import json
import math
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any, Literal, NotRequired, TypedDict
from urllib.parse import urlsplit

from missionguard.models.entities import LIMITS as ENTITY_LIMITS
from missionguard.models.entities import (
    Entity,
    compact_account,
    extract_entities,
    registrable_domain,
    url_key,
)
from missionguard.models.mission import (
    account_wide,
    action_verb,
    decision_destroys,
    decision_read_only,
    matches_any,
    names_resource,
    per_mission,
)
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.records.bounds import CUT_STRING, TRUNCATED_KEY

__all__ = [
    "OUTBOUND_OPERATIONS",
    "PUBLISH_VERBS",
    "publishes",
    "DecisionFeatures",
    "account_wide",
    "decision_features",
    "domain_of",
    "account_grantees",
    "bank_accounts",
    "argument_texts",
    "last_segment",
    "id_form",
    "is_identifier",
    "mission_objects",
    "credential_identity",
    "two_principals",
    "named_grantees",
    "granted_accounts",
    "granted_members",
    "member_grantees",
    "package_indexes",
    "policy_grants",
    "project_grantees",
    "project_of",
    "values_under",
    "mappings_under",
    "network_of",
    "own_account",
    "own_name",
    "own_namespace",
    "resource_owners",
    "resource_shape",
    "target_kind",
    "tokens",
    "with_accounts",
    "with_code_sources",
    "with_grantees",
    "without_accounts",
    "with_identity",
    "with_users",
]


class DecisionFeatures(TypedDict):
    """The features of one decision: the ``x`` of every detector's ``learn_one`` / ``score_one``
    / ``explain_one`` (a plain dict at run time: the type costs nothing per decision).

    The required keys are those :func:`decision_features` computes; the ``NotRequired`` ones
    the :class:`~missionguard.models.judge.Judge` adds before the detectors run (every
    decision: ``rate_per_minute``, ``window``, ``closed_window``, ``observed``,
    ``repository_read``; on a mission with ``acts_for``: ``group_within``,
    ``group_others``). A detector reads those with ``x.get``, so it also scores the features
    alone (tests and docstring examples pass a few keys of their own).

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
    api: str | None  # the operation done, when the action is another permission (docs/sources.md)
    task: str  # the ``task``-like argument, else the action
    resource: str
    shape: str  # the resource kind: target type and container, else identifiers as ``#``
    read_only: bool  # the operation only reads or lists (models.mission.decision_read_only)
    destroys: bool  # the operation deletes what it acts on (models.mission.decision_destroys)
    account_wide: bool  # a call on no object (models.features.account_wide)
    own_object: bool  # the target is named after the agent itself (models.features.own_name)
    target_container: str | None  # the typed target's container (namespace, account, owner)
    own_container: bool  # the target is in the agent's own namespace (own_namespace)
    declared_kind: bool  # an allowed action names the target's kind (_declares_kind)
    outcome: Literal["allow", "deny"]
    principal: str | None  # on whose behalf
    credential: str | None
    objects: tuple[str, ...]
    named_principals: tuple[str, ...]
    id_values: tuple[str, ...]
    nested_ids: tuple[str, ...]  # identifiers nested in structured arguments (_nested_ids)
    two_principals: tuple[str, str, str] | None  # (key, value, other) of a call for no one
    destinations: tuple[tuple[str, str], ...]  # (argument, domain)
    fetched: tuple[tuple[str, str], ...]  # (argument, domain) of a read's URL arguments
    outbound: tuple[tuple[str, str, str, str], ...]  # (argument, kind, value, domain) of each
    unread: int  # values of a send's arguments left unread (cut at the bounds): :func:`_unread`
    effect: bool  # an operation with an effect outside the agent (OUTBOUND_OPERATIONS)
    argument_keys: tuple[str, ...]  # argument names of such an operation; of a read, URL ones
    own_account: str | None  # the agent's own account (AWS account id, domain), if it says
    arguments: tuple[tuple[str, str], ...]  # (argument, value reduced)
    texts: tuple[tuple[str, str], ...]  # (argument, text as given)
    context: dict[str, str]
    purpose_tokens: frozenset[str]
    declared_tokens: frozenset[str]
    purpose_text: str
    named_destinations: frozenset[str]  # destinations the mission writes out (mission_named)
    prev_action: str | None  # the agent's previous action
    mission: MissionDeclaration | None
    decision: AuthorizationDecision
    # Added by the judge (models/judge.py, Judge.on_decision and Judge._count_group):
    rate_per_minute: NotRequired[float]  # the agent's request rate
    window: NotRequired[dict[str, float]]  # the activity window's figures, with ``rate``
    closed_window: NotRequired[dict[str, float] | None]  # the window this decision closed
    observed: NotRequired[tuple[tuple[str, str, int], ...]]  # ValueRarity's (field, value, key)
    repository_read: NotRequired[bool | None]  # a call on a repository the agent has read
    group_within: NotRequired[bool]  # every other principal named is one the mission acts for
    group_others: NotRequired[bool]  # the decision names other principals of the group
    group_keys: NotRequired[frozenset[int]]  # key_of of each literal acts_for principal
    owned: NotRequired[tuple[str, ...]]  # objects of a kind one customer owns, in call order
    # A refusal that is the authorizer's doing, no door the agent tried: other agents of the
    # cohort also just got it (SharedDenials), or it refuses a stream the agent was already
    # served (a watch resumed from a version: the record's attributes.resumed_from).
    authorizer_refusal: NotRequired[bool]
    declared_work: NotRequired[bool]  # the mission in force allows this very call
    cohort_routine: NotRequired[bool]  # the cohort's calm agents make this call (CohortRoutine)
    cohort_volume: NotRequired[float]  # the cohort's busiest hour for this kind (CohortVolume)
    credential_vocabulary: NotRequired[Any]  # the judge's credential-material rule pack
    lookalikes: NotRequired[Mapping[str, str]]  # characters that imitate ASCII (confusables)
    drop_services: NotRequired[frozenset[str]]  # domains where anyone reads what is sent
    remarkable: NotRequired[bool]  # learned despite findings (a young cohort): the Judge
    destination_unexplained: NotRequired[bool]  # MissionGrounding found a destination finding
    purpose_agrees: NotRequired[frozenset[str]]  # destinations the purpose's norm explains
    peer_hosts: NotRequired[frozenset[str]]  # hosts the purpose's sessions read (MissionPeers)
    signature: NotRequired[str | None]  # the call as an incident indicator (call_signature)
    suspect: NotRequired[bool]  # the agent is already under suspicion (stopped, or risk up)


#: Operations with an effect outside the agent (:data:`pipeline.records.OPERATIONS`): the
#: entities in their arguments are where data, money or access goes. Reads, lists, deletes,
#: executions and sign-ins name what they act on, not a recipient; a URL with a query string
#: carries data to its host whatever the operation (a fetched "image" that carries a memo),
#: and the principal a sign-in or role assumption reaches is where the agent goes.
OUTBOUND_OPERATIONS = frozenset({"send", "share", "permissions", "write"})
#: Verbs of actions that write where other people read (a comment, a message, a post): the
#: fallback for records without an operation.
PUBLISH_VERBS = frozenset(
    {"comment", "post", "send", "publish", "reply", "forward", "message", "share"}
)


def publishes(operation: str | None, action: str) -> bool:
    """Whether a call moves data to someone else: its operation class when the producer
    filled it (``send``, ``share``), else its action's verb (:data:`PUBLISH_VERBS`).

    >>> publishes(None, "github:issues.comment"), publishes(None, "ci:logs.read")
    (True, False)
    >>> publishes("send", "ci:logs.read"), publishes("read", "mail:send")
    (True, False)
    """
    if operation is not None:
        return operation in ("send", "share")
    return action_verb(action) in PUBLISH_VERBS


# Addresses: where something can be sent. A bare domain is not one (a service's endpoint, a
# bucket's host name, the event source of a CloudTrail record).
_OUTBOUND_KINDS = frozenset({"email", "url", "iban", "account", "phone", "principal"})
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


def is_identifier(segment: str) -> bool:
    """Ids: numbers, uuids, hashes, e-mail addresses, ``inv-2024-07`` (not ``s3`` or ``v1``)."""
    if segment.isalpha():
        return False  # most segments are words: no digit, no "@"
    digits = sum(map(str.isdigit, segment))
    return digits >= 2 or (digits >= 1 and len(segment) >= 5) or "@" in segment


def id_form(value: str) -> str | None:
    """The form of a short identifier of letters around digits (``emp-3939`` -> ``emp-#``,
    ``MSP-2025-0404`` -> ``MSP-#-#``); ``None`` for anything else (a name, an e-mail
    address, a path, a bare number, fewer than three digits).

    >>> id_form("emp-3939"), id_form("MSP-2025-0404"), id_form("3939"), id_form("v1.2")
    ('emp-#', 'MSP-#-#', None, None)
    """
    if value.isalpha() or len(value) > 40 or "@" in value or "/" in value:
        return None  # (most resource segments are words: no digit, so no form)
    form = _DIGITS.sub("#", value)
    if form == value or not any(c.isalpha() for c in form) or sum(map(str.isdigit, value)) < 3:
        return None
    return form


# A calendar date or a time of day, ISO 8601 or the usual day/month forms (``2026-03-10``,
# ``10.03.2026``, ``2026-03-10T09:00:00Z``, ``14:30``): a when, not a who or a what. Such an
# argument names no counterparty, principal or object, however many digits it has.
_WHEN = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)


def _is_when(value: str) -> bool:
    """Whether ``value`` is a date or a time rather than an identifier.

    >>> [_is_when(v) for v in ("2026-03-10", "10.03.2026", "2026-03-10T09:00:00Z", "14:30")]
    [True, True, True, True]
    >>> [_is_when(v) for v in ("inv-2024-07", "DE12500105170648489890", "20260310")]
    [False, False, False]
    """
    return _WHEN.fullmatch(value.strip().lower()) is not None


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
        if len(w) >= 3 and w not in _STOP and not is_identifier(w)
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
        if is_identifier(parts[i]):
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
    return ".".join("#" if is_identifier(x) else x for x in labels[-keep:])


@per_mission
def _mission_words(mission: MissionDeclaration) -> tuple[frozenset[str], frozenset[str], str]:
    """Purpose tokens, declared tokens and text of a mission: one look-up per decision."""
    return _words_and_text(mission.purpose, (*mission.allowed_actions, *mission.allowed_resources))


@per_mission
def mission_named(mission: MissionDeclaration) -> frozenset[str]:
    """The destinations a mission writes out: each entity of its purpose (less what it
    forbids, :func:`affirmed`) and allow-lists by value and by domain (``pay the landlord,
    IBAN DE27 1007 ...`` names ``DE27100777...``;
    ``fetch https://docs.acme.io/x`` names the URL and ``acme.io``; ``the auditors
    (@hendriks-accountants.nl)`` names everyone there). An address names its
    mailbox, not everyone at its domain: ``mail the report to my wife at jane@corp.example``
    names ``jane@corp.example``, and its domain only as ``@corp.example``, for look-alike
    domains (:func:`~missionguard.models.detectors.grounding.imitated`), not as a
    destination."""
    found: set[str] = set()
    for text in (affirmed(mission.purpose), *mission.allowed_resources):
        for e in extract_entities(text.replace("*", ""), limit=64):
            if e.kind in _OUTBOUND_KINDS:
                value, domain = _destination(e)  # the value, and its host or account
                found.add(value)
                found.add("@" + domain if e.kind == "email" else domain)
            elif e.kind == "domain" and e.found == "text":
                # "@acme-accountants.nl" in prose: anyone at that organisation (bare
                # domains are never read out of prose; this is how one names them all).
                found.add(e.value)
    # A national bank account number the purpose writes out ("account 4839 2011 2"), as a
    # payment's account argument is compacted (bank_accounts): digits in groups.
    for run in _DIGIT_RUN.findall(mission.purpose):
        compact = compact_account(run)
        if 4 <= len(compact) <= 34:
            found.add(compact)
    return frozenset(found)


_DIGIT_RUN = re.compile(r"\d+(?:[ -]\d+)*")

_ID_TOKEN = re.compile(r"\w[\w.:#-]*\w")


@per_mission
def mission_objects(mission: MissionDeclaration) -> Mapping[str, frozenset[str]]:
    """The identifiers a mission's purpose writes out (less what it forbids), by form
    (:func:`id_form`): ``session for berth holder MSP-C-2143, contract MSP-2025-0404``
    gives ``{"MSP-C-#": {"MSP-C-2143"}, "MSP-#-#": {"MSP-2025-0404"}}``. A mission issued
    for one task that writes out the objects it is for declares them (MissionGrounding's
    ``object`` finding); ``acts_for`` principals are written there as well."""
    found: dict[str, set[str]] = {}
    for text in (affirmed(mission.purpose), *mission.acts_for):
        for token in _ID_TOKEN.findall(text):
            form = id_form(token)
            if form is not None:
                found.setdefault(form, set()).add(token)
    return {form: frozenset(ids) for form, ids in found.items()}


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
    return tokens(affirmed(purpose)), tokens(" ".join(declared).replace("*", " "))


# A negation's scope (NegEx: Chapman et al., "A Simple Algorithm for Identifying Negated
# Findings and Diseases in Discharge Summaries", J. Biomed. Inform. 2001): from a negation
# cue to the end of its clause, at most _NEGATED_WORDS words, and not past a word that turns
# to what is allowed (``never files outside /projects/``: the projects are the mission's).
# Clauses end at punctuation followed by a space (not inside ``a.example``, ``https://``,
# ``1,000``, ``?q=``), a bracket, a line break or a dash between spaces.
_CLAUSES = re.compile(r"[.,;:!?]+(?=\s|$)|[;()\[\]\n]|\s[-\u2013\u2014]+\s")
_NEGATION_CUE = re.compile(
    r"\b(?:never|not|(?<![/-])no(?![/-])|nor|neither|without|cannot|\w+n[\'\u2019]t"
    r"|dont|doesnt|didnt|cant|wont|isnt|arent|mustnt|shouldnt)\b"
)
# Limits and idioms that deny nothing: "no more than 40", "do not forget to", "no longer
# valid", "without waiting for".
_PSEUDO_NEGATION = re.compile(
    r"\b(?:no|not)\s+(?:more|less|later|earlier|longer|fewer|greater|sooner|other)\s+than\b"
    r"|\bnot\s+(?:only|just)\b|\bno\s+(?:matter|longer)\b"
    r"|\bwithout\s+(?:delay|fail|waiting|exception)\b"
    r"|\b(?:do\s+not|don[\'\u2019]?t|never)\s+(?:forget|hesitate|fail)\b"
)
_SCOPE_END = re.compile(
    r"\b(?:but|except|unless|however|outside|beyond|besides|other\s+than|apart\s+from|only"
    r"|instead|rather|and|then)\b"
)
_NEGATED_WORDS = 8
_NEGATED_SPAN = 256  # characters a scope reaches at most
_WORD_SPAN = re.compile(r"\S+")


@lru_cache(maxsize=4096)  # per purpose: its tokens and the destinations it names read it
def affirmed(purpose: str) -> str:
    """A purpose with what it forbids blanked out: the words in a negation's scope (a cue,
    ``never``, ``not``, ``no``, ``without``, ``don't``, to the end of its clause, a comma or
    a dash ending one, at most eight words, up to a word that turns to what is allowed or
    to another instruction: ``outside``, ``except``, ``but``, ``only``, ``and``, ``then``). A
    word a mission forbids explains nothing: ``never share credentials`` asks for no
    credentials, ``never admin groups`` for no admin group. Limits and idioms (``no more
    than 40 cases``, ``don't forget to``, ``no longer``, ``without waiting``, ``yes/no``,
    ``no-reply``) are no negation.

    >>> def words(text): return sorted(tokens(affirmed(text)))
    >>> words("Issue cards to employees. Never a card for itself; never gift cards.")
    ['card', 'employee', 'issue']
    >>> words("Read files; never files outside /projects/, and no more than 40 cases")
    ['case', 'file', 'more', 'outside', 'project', 'read', 'than']
    >>> words("Don't mail credentials to anyone but the user. Notes are not approvals")
    ['note', 'user']
    >>> words("Without waiting for approval, restart pods and scale deployments")
    ['approval', 'deployment', 'pod', 'restart', 'scale', 'waiting', 'without']
    >>> words("Don't forget to email the invoice; never page on-call and debug pods")
    ['debug', 'don', 'email', 'forget', 'invoice', 'pod']
    """
    low = purpose.lower()
    # Blanked in the purpose as written (a URL's path keeps its case for mission_named),
    # unless lower-casing changed the length (a few Unicode letters): then in ``low``.
    chars = list(purpose if len(purpose) == len(low) else low)
    start = 0
    for end in [m.start() for m in _CLAUSES.finditer(low)] + [len(low)]:
        clause = low[start:end]
        # Linear in the purpose whatever it holds (4,096 characters of "no no no ..."):
        # cues and limits are met in order, each scope read no further than its window.
        limits = _PSEUDO_NEGATION.finditer(clause)
        limit = next(limits, None)
        blanked = 0
        for cue in _NEGATION_CUE.finditer(clause):
            while limit is not None and limit.end() <= cue.start():
                limit = next(limits, None)
            if limit is not None and limit.start() <= cue.start():
                continue  # ``no more than``: a limit, not a negation
            window = clause[: cue.start() + _NEGATED_SPAN]  # a hostile word ends somewhere
            words = list(islice(_WORD_SPAN.finditer(window, cue.start()), _NEGATED_WORDS + 1))
            stop = _SCOPE_END.search(clause, cue.end(), words[-1].end()) if words else None
            if stop is not None:
                words = [w for w in words if w.end() <= stop.start()]
            if words:
                for i in range(start + max(cue.start(), blanked), start + words[-1].end()):
                    chars[i] = " "
                blanked = max(blanked, words[-1].end())
        start = end
    return "".join(chars)


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


def last_segment(identifier: str) -> str:
    """What follows an identifier's last ``/`` or ``:`` (the user or session of an ARN, the
    id of a typed ``employee:E-7``), the whole of it when it has neither.

    >>> last_segment("arn:aws:iam::1:user/etl"), last_segment("employee:E-7"), last_segment("bot")
    ('etl', 'E-7', 'bot')
    """
    return identifier[max(identifier.rfind("/"), identifier.rfind(":")) + 1 :]


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
    own = _NAME_WORDS.findall(last_segment(agent_id.lower()))
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
def _argument_kind(raw_key: str) -> tuple[str, int]:
    """The argument's name normalised (lower case, ``-`` as ``_``) and its kind."""
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
    return key, kind


def _scalars(decision: AuthorizationDecision) -> list[tuple[str, str | int | float | bool]]:
    """Top-level argument values as (name, scalar): the flat ``attributes``, then the
    structured ``arguments`` (a list of scalars gives each item under its name; nested
    objects are structure the entity walk reads, not values to compare)."""
    out: list[tuple[str, str | int | float | bool]] = []
    for key, value in decision.attributes.items():
        if value is not None:
            out.append((key, value))
    for key, structured in decision.arguments.items():
        if isinstance(structured, list):
            out.extend((key, v) for v in structured[:16] if isinstance(v, str | int | float | bool))
        elif isinstance(structured, str | int | float | bool):
            out.append((key, structured))
    return out


def _nested_ids(decision: AuthorizationDecision) -> tuple[str, ...]:
    """Identifier-like strings nested in a call's structured arguments (inside objects and
    lists of objects, which :func:`_scalars` leaves to the entity walk), at most 32 within 6
    levels: a request that names a line's holder inside ``solicitud.linea.titular`` names a
    principal as surely as a top-level ``customer`` does (DelegationScope, for a call made
    on someone's behalf).

    >>> from datetime import datetime, UTC
    >>> d = AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...     agent_id="a", action="sim.replace", resource="r", decision="allow", source="s",
    ...     on_behalf_of="CTA-43353030", arguments={"request": {"line": {"msisdn": "+52 55 1",
    ...     "holder": "CTA-17492763", "since": "2026-01-01"}, "reason": "theft"}, "n": "X-99",
    ...     "ids": ["CTA-1000001"]})
    >>> _nested_ids(d)
    ('CTA-17492763',)
    """
    arguments = (a for a in decision.arguments.values() if isinstance(a, dict | list))
    found = (
        text
        for structured in arguments
        for text, in_object in _strings(structured, levels=5, items=32)
        # in an object: a top-level list's items are values _scalars reads
        if in_object
        and len(text) <= 64
        and " " not in text
        and is_identifier(text)
        and not _is_when(text)
    )
    return tuple(dict.fromkeys(islice(found, 32)))


def _strings(
    value: Any, levels: int, items: int, depth: int = 0, in_object: bool = False
) -> Iterator[tuple[str, bool]]:
    """The strings of a structure in order, each with whether it is inside an object (not
    only in lists), at most ``levels`` levels below ``value`` and ``items`` items of a list.

    >>> list(_strings({"a": ["x", {"b": "y"}], "c": 1}, levels=8, items=64))
    [('x', True), ('y', True)]
    >>> list(_strings(["x", ["y"]], levels=1, items=64))
    [('x', False)]
    """
    if depth > levels:
        return
    if isinstance(value, str):
        yield value, in_object
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, levels, items, depth + 1, True)
    elif isinstance(value, list):
        for item in value[:items]:
            yield from _strings(item, levels, items, depth + 1, in_object)


def argument_texts(decision: AuthorizationDecision, limit: int = 256) -> Iterator[tuple[str, str]]:
    """(top-level argument, string) of every string in a call's arguments and attributes, at
    any depth (8 levels, 64 items of a list), at most ``limit`` of them: the nested texts
    :func:`_scalars` leaves out (a tool's ``context.profile``).

    >>> from datetime import datetime, UTC
    >>> d = AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...     agent_id="a", action="t", resource="r", decision="allow", source="s",
    ...     arguments={"value": 1, "context": {"profile": "p", "notes": ["n"]}})
    >>> list(argument_texts(d))
    [('context', 'p'), ('context', 'n')]
    """
    n = 0
    for where in (decision.attributes, decision.arguments):
        for key, value in where.items():
            for text, _ in _strings(value, 8, 64):
                yield str(key), text
                n += 1
                if n >= limit:
                    return


def _argument_keys(
    decision: AuthorizationDecision, outbound: tuple[tuple[str, str, str, str], ...]
) -> tuple[str, ...]:
    """The names of a call's arguments (an empty list is there too: ``"bcc": []`` is a field
    the call has, and counts as one where nothing new was written), and ``target`` when the
    target itself is a destination (:func:`_outbound` puts it first)."""
    keys = [k for k in decision.attributes if _argument_kind(k)[1] != _CONTEXT]
    keys += [k for k in decision.arguments if k not in decision.attributes]
    if outbound and outbound[0][0] == "target":
        keys.append("target")
    return tuple(keys)


def _fetched(decision: AuthorizationDecision) -> tuple[tuple[str, str], ...]:
    """(argument, registrable domain) of each top-level argument of a read that is a URL (with
    its scheme, or without under a key that names a URL): where the agent goes to read."""
    found: list[tuple[str, str]] = []
    for src in (decision.attributes, decision.arguments):
        for k, v in src.items():
            if not isinstance(v, str) or not (_may_be_url(v) or "." in v and url_key(k)):
                continue
            if _argument_kind(k)[1] == _CONTEXT:
                continue
            for e in extract_entities({k: v}, limit=4):
                if e.kind == "domain" and e.found == "url":
                    found.append((k, e.value))
    return tuple(found)


def _url_keys(decision: AuthorizationDecision) -> tuple[str, ...]:
    """The names of a read's arguments that hold a URL: where a fetch could carry data out
    in a query string, counted whether or not this one does."""
    return tuple(
        k
        for src in (decision.attributes, decision.arguments)
        for k, v in src.items()
        if isinstance(v, str) and _may_be_url(v) and _argument_kind(k)[1] != _CONTEXT
    )


def _top_key(path: str) -> str:
    """The top-level argument an entity's JSON path is under (``$.to[0]`` -> ``to``,
    ``$.data<base64>`` -> ``data``)."""
    rest = path[1:]
    if rest.startswith("."):
        end = len(rest)
        for sep in ".[<":
            i = rest.find(sep, 1)
            if i != -1:
                end = min(end, i)
        return rest[1:end]
    if rest.startswith('["'):
        try:
            return str(json.JSONDecoder().raw_decode(rest[1:])[0])
        except ValueError:
            return rest
    return "$"


def _target_address(decision: AuthorizationDecision) -> Entity | None:
    """The target of a send or share when it is itself an address (a mail's recipient, an
    account paid); a shared folder is what is shared, not where it goes."""
    target = decision.target
    if target is None or not target.name:
        return None
    return _value_entity(target.name, _OUTBOUND_KINDS)


def _value_entity(value: str, kinds: Collection[str]) -> Entity | None:
    """The first entity of one of ``kinds`` that ``value`` is (not one its text mentions):
    an address a target names, an endpoint a subscription delivers to, a member's address."""
    for entity in extract_entities(value, limit=4):
        if entity.kind in kinds and entity.found == "value":
            return entity
    return None


def _destination(entity: Entity, mailboxes: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(value, domain) of an outbound entity: the domain is the registrable domain of an
    address or URL (the host when there is none: a bucket), the account of an AWS
    principal, the project of a Google Cloud service account (:func:`service_account_project`),
    else the value itself. An address at a public mailbox provider (``mailboxes``: gmail.com)
    is its own domain: the provider is nobody's organisation."""
    value = entity.value
    if entity.kind == "email":
        project = service_account_project(value)
        if project is not None:
            return value, project
        host = value.rsplit("@", 1)[-1]
        domain = registrable_domain(host) or _default_rule(host)
        return value, value if domain in mailboxes else domain
    if entity.kind == "url":
        host = urlsplit(value).hostname or value
        return value, registrable_domain(host) or _default_rule(host)
    if entity.kind == "principal" and value.startswith("arn:"):
        return value, _aws_account(value) or value
    return value, value


#: Hosts of Google Cloud service accounts whose address names the project in its local
#: part, not in its host: the Compute Engine and App Engine defaults, the Google APIs and
#: Cloud Build service accounts of a project (by its number or id). Google's address forms
#: (https://cloud.google.com/iam/docs/service-account-types,
#: https://cloud.google.com/iam/docs/service-agents), not a vocabulary.
_PROJECT_IN_LOCAL_PART = frozenset(
    {
        "developer.gserviceaccount.com",
        "appspot.gserviceaccount.com",
        "cloudservices.gserviceaccount.com",
        "cloudbuild.gserviceaccount.com",
    }
)


def service_account_project(address: str) -> str | None:
    """The project a Google Cloud service account address belongs to (``gcp:<project>``),
    ``None`` for any other address. gserviceaccount.com is Google's domain, not the
    account holder's: a service account belongs to one project, as an AWS role to one
    account. Its address names the project: ``NAME@PROJECT_ID.iam.gserviceaccount.com``
    (user-managed), ``PROJECT_NUMBER-compute@developer.gserviceaccount.com`` and
    ``PROJECT_ID@appspot.gserviceaccount.com`` (defaults), and
    ``service-PROJECT_NUMBER@gcp-sa-SERVICE.iam.gserviceaccount.com`` (service agents,
    Google-managed, acting for that project).

    >>> service_account_project("vm-runner@ymbk-ml-train.iam.gserviceaccount.com")
    'gcp:ymbk-ml-train'
    >>> service_account_project("408812735521-compute@developer.gserviceaccount.com")
    'gcp:408812735521'
    >>> service_account_project("service-408812735521@gcp-sa-aiplatform.iam.gserviceaccount.com")
    'gcp:408812735521'
    >>> service_account_project("ana@ymbk.example") is None
    True
    """
    local, at, host = address.lower().rpartition("@")
    if not at or not host.endswith(".gserviceaccount.com"):
        return None
    label = host.removesuffix(".iam.gserviceaccount.com")
    if label != host and "." not in label and not label.startswith("gcp-sa-"):
        return f"gcp:{label}"
    if host in _PROJECT_IN_LOCAL_PART or label.startswith("gcp-sa-"):
        project = local.removeprefix("service-").removesuffix("-compute")
        if re.fullmatch(r"[a-z0-9][a-z0-9-]{4,61}[a-z0-9]", project):
            return f"gcp:{project}"
    return None


def _identifier_uri(value: str, prefixes: Collection[str]) -> bool:
    """Whether a URL is an identifier under one of ``prefixes`` (host and path, no scheme:
    ``config/rules/identifier-uris.yaml``): an OAuth scope, a namespace, a claim type.

    >>> _identifier_uri("https://www.googleapis.com/auth/cloud-platform",
    ...     ("www.googleapis.com/auth/",))
    True
    >>> _identifier_uri("https://www.googleapis.com/upload/storage/v1/b/x/o",
    ...     ("www.googleapis.com/auth/",))
    False
    """
    if not prefixes:
        return False
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return False
    where = f"{parts.hostname}{parts.path}".lower()
    return any(where.startswith(prefix) for prefix in prefixes)


def _default_rule(host: str) -> str:
    """The registrable domain of a host under a suffix the public suffix list does not know
    (``.example``, ``.internal``, ``.corp``), by the list's default rule ``*``: its last
    label is the suffix, so the last two labels (``partners.example`` for
    ``northwind.partners.example``); an IP address or a single label stays itself.

    >>> _default_rule("northwind.partners.example"), _default_rule("mail.corp.internal")
    ('partners.example', 'corp.internal')
    >>> _default_rule("192.0.2.7"), _default_rule("localhost")
    ('192.0.2.7', 'localhost')
    """
    labels = host.rstrip(".").split(".")
    if len(labels) < 3 or not labels[-1].isalpha():
        return host
    return ".".join(labels[-2:])


def _aws_account(arn: str) -> str | None:
    """The account an AWS ARN is in (``aws:<id>``), if it names one."""
    parts = arn.split(":")
    return f"aws:{parts[4]}" if len(parts) > 5 and parts[4] else None


def _outbound(
    decision: AuthorizationDecision,
    effect: bool,
    mailboxes: frozenset[str] = frozenset(),
    identifiers: frozenset[str] = frozenset(),
    exports: tuple[re.Pattern[str], ...] = (),
) -> tuple[tuple[tuple[str, str, str, str], ...], frozenset[str], bool]:
    """Destinations of a decision as (argument, entity kind, value, domain), and the
    top-level argument names that carry one. Whole values, and links: an address quoted in
    a mail's body is not where the mail goes, but a URL in what a call sends or publishes
    (a message, a post) is where it sends its readers (internal spearphishing, ATT&CK
    T1534: a link to a colleague), so it is grounded like any other destination; and those
    written in base64 (:func:`~models.entities.extract_entities`); and the URLs an export
    statement in a call with an effect writes out (``exports``: ``UNLOAD (...) TO
    's3://...'``, :func:`_exported`). A URL that is an identifier (``identifiers``: an OAuth
    scope, a namespace) is none."""
    sources: list[Mapping[str, Any]] = [decision.attributes, decision.arguments]
    # Assuming a role or signing in as someone reaches another identity; "another account" is
    # defined against the agent's own (an AWS principal's), not for a service acting for one.
    reaches = decision.operation == "authenticate" and (
        own_account(decision.agent_id) or ""
    ).startswith("aws:")
    if (
        not effect
        and not reaches
        and not any(_query_url(v) for src in sources for v in src.values())
    ):
        return (), frozenset(), False
    found: list[tuple[str, str, str, str]] = []
    capped = False
    carriers: set[str] = set()
    links = effect and publishes(decision.operation, decision.action)
    # The URLs in a text a call with an effect writes that are destinations though it
    # publishes nothing, read once and only when a URL in text is met: the images the text
    # embeds, fetched by whatever renders it (a note, a comment, a document) without a
    # click, so where the text is written, not who reads it, decides; and where a statement
    # it runs writes its result (a query job's ``UNLOAD ... TO``).
    in_text: frozenset[str] | None = None
    seen: set[str] = set()
    address = _target_address(decision) if decision.operation in ("send", "share") else None
    if address is not None:
        value, domain = _destination(address, mailboxes)
        found.append(("target", address.kind, value, domain))
        seen.add(value)
    for src in sources:
        if not src:
            continue
        payload = {k: v for k, v in src.items() if _argument_kind(k)[1] != _CONTEXT}
        entities = extract_entities(payload)
        if len(entities) >= ENTITY_LIMITS["entities"]:
            # Many entities (a long body full of links, a long recipient list): read them
            # all, within the values the walk reads anyway; unread only past that.
            entities = extract_entities(payload, limit=_ALL_ENTITIES)
            capped = capped or len(entities) >= _ALL_ENTITIES
        for e in entities:
            if e.kind not in _OUTBOUND_KINDS:
                continue
            if e.found != "value":
                if e.kind != "url" or e.found != "text":
                    continue
                if not links:
                    if in_text is None:
                        in_text = (
                            _embedded_images(sources)
                            | (_exported(sources, exports) if exports else frozenset())
                            if effect
                            else frozenset()
                        )
                    if e.value not in in_text:
                        continue
            if not effect and not (
                (e.kind == "url" and urlsplit(e.value).query) or (reaches and e.kind == "principal")
            ):
                continue
            if e.kind == "url" and _identifier_uri(e.value, identifiers):
                continue
            value, domain = _destination(e, mailboxes)
            if value in seen:
                continue
            seen.add(value)
            key = _top_key(e.path)
            carriers.add(key)
            found.append((key, e.kind, value, domain))
    return tuple(found), frozenset(carriers), capped


#: Entities read from a call's arguments when the usual bound is reached: as many as the
#: values the walk reads (each value gives a few at most).
_ALL_ENTITIES = 4 * ENTITY_LIMITS["values"]


def _unread(decision: AuthorizationDecision, effect: bool, capped: bool) -> int:
    """How many values of a send's arguments were never read for destinations: those the
    record's bounds cut (``arguments._truncated``: values left out, levels kept as text; a
    string cut that is a list, whose tail held more of it, but not a body cut, whose tail is
    text), and one more when the entities of its arguments reached their bound. A send
    (operation ``send`` or ``share``, or an effect of a record without an operation) whose
    recipients were cut goes where nothing has read."""
    if not effect or decision.operation not in (None, "send", "share"):
        return 0
    cut = decision.arguments.get(TRUNCATED_KEY)
    count = 0
    if isinstance(cut, dict):
        for what in ("values_omitted", "levels_as_text"):
            value = cut.get(what)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                count += value
        if cut.get("strings_cut"):
            # A string cut at the bound that is a list (recipients in one string): its tail
            # held more of them. A long body cut the same way is prose, its tail no address.
            count += sum(
                1
                for key, value in decision.arguments.items()
                if isinstance(value, str)
                and len(value) == CUT_STRING
                and any(e.found == "value" for e in extract_entities({key: value}, limit=4))
            )
    return count + (1 if capped else 0)


def _query_url(value: object) -> bool:
    """A string that may hold a URL with a query string (a cheap test before parsing)."""
    return (
        isinstance(value, str)
        and _may_be_url(value)
        and "?" in value
        or (isinstance(value, list | dict) and _may_be_url(json.dumps(value)[:8192]))
    )


# An image embedded in text: markdown's ``![alt](url)`` and HTML's ``<img src=url>``.
# Neither a bracket nor a tag opens inside the scanned span: each start scans only to the
# next one, so a text of many "![" or "<img" costs its length, not its length times 1,024.
_IMAGE_EMBED = re.compile(
    r"!\[[^\[\]\n]{0,512}\]\(\s*<?([^\s)>]{1,4096})"
    r"|<img\b[^<>]{0,1024}?\bsrc\s*=\s*[\"']?([^\"'\s>]{1,4096})",
    re.IGNORECASE,
)


def _exported(
    sources: list[Mapping[str, Any]], exports: tuple[re.Pattern[str], ...]
) -> frozenset[str]:
    """The URLs written out by the strings of ``sources`` that are export statements (one
    of ``exports`` matches: ``config/rules/export-statements.yaml``), as URL entities read
    them: a query job that runs ``UNLOAD (SELECT ...) TO 's3://bucket/p/'`` writes its
    result there (ATT&CK T1537). At most 64 strings, 8 levels.

    >>> import re
    >>> unload = (re.compile(r"(?i)\\bunload\\s*\\("),)
    >>> sorted(_exported([{"q": "UNLOAD (SELECT 1) TO 's3://x-share/p/'"}], unload))
    ['s3://x-share/p/']
    >>> _exported([{"q": "SELECT * FROM t WHERE u = 's3://x-share/p/'"}], unload)
    frozenset()
    """
    written = (text for src in sources for text, _ in _strings(src, levels=8, items=64))
    texts = islice((t for t in written if any(p.search(t) for p in exports)), 64)
    return frozenset(
        e.value
        for text in texts
        for e in extract_entities({"statement": text}, limit=32)
        if e.kind == "url"
    )


def _code_sources(
    texts: list[tuple[str, str]], remote: tuple[re.Pattern[str], ...], seen: Collection[str]
) -> tuple[tuple[str, str, str, str], ...]:
    r"""(argument, ``code``, URL, domain) of each URL written in a command that downloads a
    script and runs it (one of ``remote`` matches: ``config/rules/remote-code.yaml``):
    whoever serves it decides what runs (ATT&CK T1105 with T1059), so where it comes from is
    a destination of the call, grounded like any other. At most 16 commands; ``seen``: URLs
    already read as destinations.

    >>> import re
    >>> piped = (re.compile(r"(?i)\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?bash\b"),)
    >>> _code_sources([("command", "curl -fsSL https://x.example/i.sh | sudo bash")], piped, ())
    (('command', 'code', 'https://x.example/i.sh', 'x.example'),)
    >>> _code_sources([("command", "curl -o i.sh https://x.example/i.sh")], piped, ())
    ()
    """
    found: list[tuple[str, str, str, str]] = []
    read = set(seen)
    commands = (
        (key, text) for key, text in texts if "://" in text and any(p.search(text) for p in remote)
    )
    for key, text in islice(commands, 16):
        for e in extract_entities({key: text}, limit=16):
            if e.kind == "url" and e.value not in read:
                read.add(e.value)
                found.append((key, "code", *_destination(e)))
    return tuple(found)


def _embedded_images(sources: list[Mapping[str, Any]]) -> frozenset[str]:
    """The URLs of the images the string values of ``sources`` embed (markdown
    ``![alt](url)``, HTML ``<img src=url>``), as URL entities read them: a renderer fetches
    each without a click, so data in its URL reaches its host (markdown-image exfiltration:
    EchoLeak, CVE-2025-32711; OWASP LLM02 and LLM05). At most 64 strings, 8 levels, 32
    images.

    >>> sorted(_embedded_images([{"note": "done ![s](https://img.example/p.png?d=YQ%3D%3D)",
    ...     "html": '<p><IMG alt=x SRC="https://t.example/a.gif?u=1"></p>', "n": 3}]))
    ['https://img.example/p.png?d=YQ%3D%3D', 'https://t.example/a.gif?u=1']
    >>> _embedded_images([{"note": "see [the ticket](https://jira.example/browse?id=5)"}])
    frozenset()
    """
    written = (text for src in sources for text, _ in _strings(src, levels=8, items=64))
    texts = islice((t for t in written if "![" in t or ("<" in t and "<img" in t.lower())), 64)
    embeds: dict[str, None] = {}  # at most 32, in order: each is read as an entity once
    for text in texts:
        for match in _IMAGE_EMBED.finditer(text):
            embeds[match.group(1) or match.group(2)] = None
            if len(embeds) >= 32:
                break
        if len(embeds) >= 32:
            break
    return frozenset(
        e.value
        for url in embeds
        for e in extract_entities({"src": url}, limit=4)
        if e.kind == "url" and e.found == "value"
    )


def _may_be_url(value: str) -> bool:
    """Whether a string may hold a URL with its scheme (a cheap test before parsing): a
    browser reads ``https:/x`` and ``https:\\x`` as ``https://x`` too."""
    return ":/" in value or ":\\" in value


@lru_cache(maxsize=4096)
def own_namespace(agent_id: str) -> str | None:
    """The namespace a Kubernetes service account lives in (``system:serviceaccount:NS:NAME``):
    its own, where its Role grants it what it works with.

    >>> own_namespace("system:serviceaccount:velero:velero-server"), own_namespace("bot")
    ('velero', None)
    """
    if not agent_id.startswith("system:serviceaccount:"):
        return None
    parts = agent_id.split(":")
    return parts[2] if len(parts) == 4 and parts[2] else None


@lru_cache(maxsize=8192)
def _declares_kind(allowed: tuple[str, ...], action: str, kind: str) -> bool:
    """Whether an allowed-action pattern that matches ``action`` writes the target kind's
    name out (``k8s:*:secrets`` for ``k8s:get:secrets``), rather than covering it by a
    wildcard (``k8s:list:*``)."""
    name = kind.rsplit(":", 1)[-1].lower()
    return bool(name) and any(
        name in _PATTERN_PARTS.split(pattern.lower()) and matches_any(action, (pattern,))
        for pattern in allowed
    )


_PATTERN_PARTS = re.compile(r"[:./]")
_AWS_ACCOUNT = re.compile(r"^\d{12}$")


def _under(
    arguments: Any,
    keys: Collection[str],
    fold: bool = False,
    depth: int = 0,
    top: str = "",
    text: bool = False,
) -> Iterator[tuple[str, Mapping[str, Any], Any, str]]:
    """(top-level argument, the object holding the name, value, the name lower-cased) for
    each value under the argument names ``keys`` (lower-case; with ``fold``, ``-`` read as
    ``_`` too) at any depth of ``arguments``: a list under such a name gives its items; at
    most 64 items of any other list and 8 levels are walked. With ``text``, a string that
    is a JSON object or array is walked as the structure it writes (past the record's depth
    bound a branch is kept as its JSON text: ``pipeline/records/bounds.py``)."""
    if depth > 8:
        return
    if text and isinstance(arguments, str):
        arguments = _json_structure(arguments)
    if isinstance(arguments, dict):
        for key, value in arguments.items():
            where = top or str(key)
            name = key.lower() if isinstance(key, str) else None
            if name is not None and (name in keys or (fold and name.replace("-", "_") in keys)):
                for item in value if isinstance(value, list) else [value]:
                    yield where, arguments, item, name
            elif isinstance(value, dict | list) or text and isinstance(value, str):
                yield from _under(value, keys, fold, depth + 1, where, text)
    elif isinstance(arguments, list):
        for item in arguments[:64]:
            yield from _under(item, keys, fold, depth + 1, top, text)


def _json_structure(value: str) -> Any:
    """The object or array a string writes as JSON, else the string itself.

    >>> _json_structure('{"cidrIp": "0.0.0.0/0"}'), _json_structure("{not json")
    ({'cidrIp': '0.0.0.0/0'}, '{not json')
    """
    if value[:1] not in ("{", "[") or len(value) > 65536:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def mappings_under(arguments: Any, keys: Collection[str]) -> list[Mapping[str, Any]]:
    """The objects under the argument names ``keys`` (lower-case), at any depth of
    ``arguments`` (:func:`values_under` gives the strings).

    >>> mappings_under({"request_object": {"metadata": {"name": "w"}, "spec": {}}},
    ...     frozenset({"metadata"}))
    [{'name': 'w'}]
    """
    return [v for _, _, v, _ in _under(arguments, keys) if isinstance(v, dict)]


def values_under(arguments: Any, keys: Collection[str], text: bool = False) -> list[str]:
    """The string values under the argument names ``keys`` (lower-case), at any depth of
    ``arguments`` (a list under such a name gives its items; a boolean reads ``"true"`` or
    ``"false"``); with ``text``, also inside strings that are JSON objects or arrays.

    >>> values_under({"request_parameters": {"VersioningConfiguration": {"Status": "Suspended"}}},
    ...     frozenset({"status"}))
    ['Suspended']
    >>> values_under({"ipRanges": {"items": ['{"cidrIp":"0.0.0.0/0"}']}}, ("cidrip",), text=True)
    ['0.0.0.0/0']
    """
    return [
        ("true" if v else "false") if isinstance(v, bool) else v
        for _, _, v, _ in _under(arguments, keys, text=text)
        if isinstance(v, bool | str)
    ]


def granted_accounts(arguments: Any, keys: Collection[str]) -> list[str]:
    """The AWS accounts under the argument names ``keys`` (lower-case), at any depth of
    ``arguments``: a 12-digit value, or the account of an ARN (a KMS key's, given as
    ``arn:aws:kms:<region>:<account>:key/<id>``): the accounts a call gives access to, or
    hands its data to.

    >>> granted_accounts({"request_parameters": {"createVolumePermission": {"add": {"items":
    ...     [{"userId": "406823179551"}, {"group": "all"}]}}}}, frozenset({"userid"}))
    ['406823179551']
    >>> granted_accounts({"valuesToAdd": ["222233334444", "all"]}, frozenset({"valuestoadd"}))
    ['222233334444']
    >>> granted_accounts({"kms": "arn:aws:kms:us-east-1:999999999999:key/k", "k2": "alias/x"},
    ...                  frozenset({"kms", "k2"}))
    ['999999999999']
    """
    return [a for a in map(_account_of, values_under(arguments, keys)) if a is not None]


#: An S3 bucket's name (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html:
#: 3 to 63 lower-case letters, digits, dots and hyphens), bare or in its ARN or URI (a key
#: after it names an object in it).
_BUCKET = re.compile(r"(?:arn:aws[\w-]*:s3:::|s3://)?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:/.*)?")


def bucket_grantees(arguments: Any, keys: Collection[str]) -> list[tuple[str, str, str]]:
    """(entity kind, value, domain) of the S3 buckets under the argument names ``keys``
    (lower-case), at any depth of ``arguments``: the buckets a call hands its data to from
    then on (a delivery stream's destination, a log group's export). A bucket's ARN names no
    account: whose it is, only the mission or the cohort's history can say.

    >>> bucket_grantees({"extendedS3DestinationUpdate": {"bucketARN":
    ...     "arn:aws:s3:::nordlys-share", "roleARN": "arn:aws:iam::1:role/r"}},
    ...     frozenset({"bucketarn"}))
    [('bucket', 'nordlys-share', 's3:nordlys-share')]
    >>> bucket_grantees({"destination": "s3://exports-eu/logs/"}, frozenset({"destination"}))
    [('bucket', 'exports-eu', 's3:exports-eu')]
    >>> bucket_grantees({"destination": "s3://Not_A_Bucket"}, frozenset({"destination"}))
    []
    """
    found = []
    for value in values_under(arguments, keys):
        match = _BUCKET.fullmatch(value)
        if match is not None:
            found.append(match.group(1))
    return [("bucket", b, f"s3:{b}") for b in dict.fromkeys(found)]


#: The entities an endpoint parameter delivers to: a web address, a mailbox, a phone.
_ENDPOINT_KINDS = frozenset({"url", "email", "phone"})


def endpoint_grantees(
    arguments: Any, keys: Collection[str], mailboxes: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]]:
    """(entity kind, value, domain) of the endpoints under the argument names ``keys``
    (lower-case), at any depth of ``arguments``: the web address, mailbox or phone a
    subscription delivers its topic's messages to from then on (an ARN there is an account's
    resource, read by ``account_keys``).

    >>> endpoint_grantees({"request_parameters": {"protocol": "https",
    ...     "endpoint": "https://relay.example.net/hooks/a"}}, frozenset({"endpoint"}))
    [('url', 'https://relay.example.net/hooks/a', 'example.net')]
    >>> endpoint_grantees({"endpoint": "arn:aws:sqs:eu-west-3:111122223333:q"},
    ...     frozenset({"endpoint"}))
    []
    """
    found: list[tuple[str, str, str]] = []
    for value in dict.fromkeys(values_under(arguments, keys)):
        entity = _value_entity(value, _ENDPOINT_KINDS)
        if entity is not None:
            found.append((entity.kind, *_destination(entity, mailboxes)))
    return found


#: A Google Cloud project in a resource's path: ``projects/<id>/`` (project ids: 6 to 30
#: lower-case letters, digits and hyphens, starting with a letter;
#: cloud.google.com/resource-manager/docs/creating-managing-projects).
_PROJECT_PATH = re.compile(r"(?:^|/)projects/([a-z][a-z0-9-]{4,28}[a-z0-9])(?=/|$)")


def project_of(resource: str) -> str | None:
    """The Google Cloud project a resource's path names first, or ``None``.

    >>> project_of("projects/kgl-prod/sinks/s"), project_of("arn:aws:s3:::b") is None
    ('kgl-prod', True)
    """
    found = _PROJECT_PATH.search(resource)
    return found.group(1) if found else None


def project_grantees(
    arguments: Any, keys: Collection[str], own: str | None
) -> list[tuple[str, str, str]]:
    """(entity kind, value, domain) of the Google Cloud projects the values under the
    argument names ``keys`` (lower-case, at any depth of ``arguments``) name by a resource's
    path, other than ``own`` (the project the call acts in): where a log sink routes the
    project's logs, whose network a peering joins (``gcp:<project>``, the domain a
    service account of that project has).

    >>> project_grantees({"sink": {"destination":
    ...     "pubsub.googleapis.com/projects/relay-50217/topics/ingest"}}, {"destination"}, "kgl")
    [('principal', 'projects/relay-50217', 'gcp:relay-50217')]
    >>> project_grantees({"network": "https://www.googleapis.com/compute/v1/projects/kgl/"
    ...     "global/networks/core"}, {"network"}, "kgl")
    []
    """
    found: list[tuple[str, str, str]] = []
    for value in dict.fromkeys(values_under(arguments, keys, text=True)):
        project = project_of(value)
        if project is not None and project != own:
            found.append(("principal", f"projects/{project}", f"gcp:{project}"))
    return list(dict.fromkeys(found))


def _account_of(value: str) -> str | None:
    """The AWS account a value names: a 12-digit id, or the account of an ARN."""
    account = (
        (_aws_account(value) or "").removeprefix("aws:") if value.startswith("arn:") else value
    )
    return account if _AWS_ACCOUNT.match(account) else None


#: Google Cloud IAM member types that name one identity by e-mail, or a whole domain
#: (cloud.google.com/iam/docs/principal-identifiers). ``allUsers`` and
#: ``allAuthenticatedUsers`` are public access (the public-access rule pack); ``deleted:``
#: members are no one now; workload and workforce pool principals (``principal://``) name
#: no address.
_MEMBER_TYPES = {"user": "email", "group": "email", "serviceaccount": "email", "domain": "domain"}


def granted_members(
    arguments: Any, keys: Collection[str], types: Mapping[str, str] | None = None
) -> list[str]:
    """The IAM members under the argument names ``keys`` (lower-case), at any depth of
    ``arguments``, that the enclosing object does not mark removed: the identities a policy
    change adds (a GCP audit log's ``policyDelta.bindingDeltas[]``: ``{"action": "ADD",
    "role": ..., "member": "user:x@gmail.com"}``); and the bare values under the names of
    ``types`` (lower-case name: member type), as members of that type (a BigQuery dataset's
    access entry ``{"role": "READER", "userByEmail": "x@gmail.com"}``).

    >>> granted_members({"policyDelta": {"bindingDeltas": [
    ...     {"action": "ADD", "role": "roles/owner", "member": "user:x@gmail.com"},
    ...     {"action": "REMOVE", "role": "roles/viewer", "member": "user:y@corp.com"}]}},
    ...     frozenset({"member"}))
    ['user:x@gmail.com']
    >>> granted_members({"dataset": {"access": [{"role": "READER", "userByEmail": "x@gmail.com"},
    ...     {"role": "READER", "domain": "corp.com"}]}}, (), {"userbyemail": "user",
    ...     "domain": "domain"})
    ['user:x@gmail.com', 'domain:corp.com']
    """
    types = types or {}
    found: list[str] = []
    typed: dict[str, list[str]] = {name: [] for name in types}  # by type, in ``types`` order
    for _, holder, v, name in _under(arguments, {*keys, *types}):
        if not isinstance(v, str) or str(holder.get("action", "")).upper() == "REMOVE":
            continue
        if name in keys:
            found.append(v)
        if name in types and ":" not in v:
            typed[name].append(f"{types[name]}:{v}")
    return found + [member for members in typed.values() for member in members]


#: Kubernetes RBAC subject kinds that name an identity of the cluster's authenticator (a
#: person or a group of people, from OIDC, a cloud IAM or certificates), as IAM member types;
#: a ``ServiceAccount`` is a workload of the cluster itself
#: (kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects).
_RBAC_KINDS = frozenset({"user", "group"})


def rbac_members(arguments: Any, keys: Collection[str]) -> list[str]:
    """The users and groups a Kubernetes role binding's subjects (under the argument names
    ``keys``, lower-case, any depth) give the role, as IAM members (``user:NAME``,
    ``group:NAME``); service accounts are not read.

    >>> rbac_members({"request_object": {"subjects": [
    ...     {"kind": "User", "apiGroup": "rbac.authorization.k8s.io", "name": "ops@x.io"},
    ...     {"kind": "ServiceAccount", "name": "node-agent", "namespace": "addons"},
    ...     {"kind": "Group", "name": "oncall@corp.com"}]}}, frozenset({"subjects"}))
    ['user:ops@x.io', 'group:oncall@corp.com']
    """
    found: list[str] = []
    for _, _, subject, _ in _under(arguments, keys):
        if not isinstance(subject, dict):
            continue
        kind, name = str(subject.get("kind", "")).lower(), subject.get("name")
        if kind in _RBAC_KINDS and isinstance(name, str) and name:
            found.append(f"{kind}:{name}")
    return found


def policy_grants(arguments: Any, keys: Collection[str]) -> tuple[list[str], list[str], list[str]]:
    """Whom the ``Allow`` statements of the resource policies under the argument names
    ``keys`` (lower-case, any depth; a policy as an object or as JSON text: a bucket policy,
    a key policy, a role's trust policy) admit, read once: (the accounts admitted
    unconditionally; the organisations statements restrict their principals to, by a
    condition on ``aws:PrincipalOrgID`` or the organisation of an ``aws:PrincipalOrgPaths``
    path; the accounts those statements name). Accounts are ``Principal.AWS`` values, an
    account id or the account of an ARN; ``"*"`` is no account (public: the public-access
    rule pack); services and federated principals are none either. A statement restricted
    to an organisation gives access to no principal outside it, so the organisation, not
    each account it lists, is whom it grants
    (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).

    >>> trust = '{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal":'
    >>> trust += ' {"AWS": ["arn:aws:iam::999988887777:root", "*"], "Service": "ec2"}}'
    >>> trust += ', {"Effect": "Deny", "Principal": {"AWS": "111122223333"}}]}'
    >>> policy_grants({"policyDocument": trust}, frozenset({"policydocument"}))[0]
    ['999988887777']

    >>> trust = '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["111122223333",'
    >>> trust += ' "arn:aws:iam::444455556666:role/r"]}, "Condition": {"StringEquals":'
    >>> trust += ' {"aws:PrincipalOrgID": "o-a1b2c3"}}}, {"Effect": "Allow", "Principal":'
    >>> trust += ' {"AWS": "999988887777"}}]}'
    >>> policy_grants({"policyDocument": trust}, frozenset({"policydocument"}))
    (['999988887777'], ['o-a1b2c3'], ['111122223333', '444455556666'])
    """
    admitted: list[str] = []
    orgs: list[str] = []
    inside: list[str] = []
    for account, within in _policy_principals(arguments, keys):
        if within:
            orgs.extend(within)
            inside.append(account)
        else:
            admitted.append(account)
    return admitted, list(dict.fromkeys(orgs)), inside


def _policy_principals(arguments: Any, keys: Collection[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(account, organisations its statement restricts principals to) for each account the
    ``Allow`` statements of the policies under ``keys`` name in ``Principal.AWS``."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for _, _, document, _ in _under(arguments, keys):
        if isinstance(document, str) and document.lstrip().startswith("{"):
            try:
                document = json.loads(document)
            except ValueError:
                continue
        if not isinstance(document, dict):
            continue
        statements = document.get("Statement")
        for statement in statements if isinstance(statements, list) else [statements]:
            if not isinstance(statement, dict) or statement.get("Effect") != "Allow":
                continue
            principal = statement.get("Principal")
            aws = principal.get("AWS") if isinstance(principal, dict) else None
            within = _organizations(statement.get("Condition"))
            for value in aws if isinstance(aws, list) else [aws]:
                account = _account_of(value) if isinstance(value, str) else None
                if account is not None:
                    found.append((account, within))
    return found


#: Condition keys that restrict a statement's principals to an organisation (matched
#: case-insensitively, as IAM does): its id, or paths in it, ``o-<id>/r-<root>/ou-.../``.
_ORGANIZATION_KEYS = ("aws:principalorgid", "aws:principalorgpaths")


def _organizations(condition: Any) -> tuple[str, ...]:
    """The organisations a statement's ``Condition`` restricts its principals to: the
    values of ``aws:PrincipalOrgID`` (or the first segment of ``aws:PrincipalOrgPaths``)
    under a string operator that is not negated (``StringEquals``, ``StringLike``, their
    ``ForAnyValue:`` forms); empty when there is none (``StringNotEquals`` restricts
    nothing to the organisation, nor does ``...IfExists`` or ``ForAllValues:``: a principal
    with no organisation passes them).

    >>> _organizations({"StringEquals": {"aws:PrincipalOrgID": ["o-a1", "o-b2"]}})
    ('o-a1', 'o-b2')
    >>> _organizations({"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-a1/r-x/ou-y/*"}})
    ('o-a1',)
    >>> _organizations({"StringNotEquals": {"aws:PrincipalOrgID": "o-a1"}}), _organizations(None)
    ((), ())
    >>> _organizations({"StringEqualsIfExists": {"aws:PrincipalOrgID": "o-a1"}})
    ()
    """
    if not isinstance(condition, dict):
        return ()
    found: list[str] = []
    for operator, tests in condition.items():
        name = str(operator).lower().removeprefix("foranyvalue:")
        if (
            not name.startswith("string")
            or "not" in name
            or name.endswith("ifexists")
            or not isinstance(tests, dict)
        ):
            continue
        for key, values in tests.items():
            if str(key).lower() not in _ORGANIZATION_KEYS:
                continue
            for value in values if isinstance(values, list) else [values]:
                org = str(value).split("/", 1)[0].strip().lower()
                if org.startswith("o-") and len(org) > 2 and "*" not in org:
                    found.append(org)
    return tuple(dict.fromkeys(found))


def account_grantees(accounts: list[str]) -> list[tuple[str, str, str]]:
    """(entity kind, value, domain) of the AWS accounts a sharing call gives access to."""
    return [("principal", f"arn:aws:iam::{a}:root", f"aws:{a}") for a in dict.fromkeys(accounts)]


def member_grantees(
    members: list[str], mailboxes: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]]:
    """(entity kind, value, domain) of the IAM members a policy change adds: an e-mail
    member is an address (its own domain at a public mailbox provider, like any address; a
    service account's its project, :func:`service_account_project`), a ``domain:`` member
    that domain.

    >>> member_grantees(["user:x@gmail.com", "domain:corp.com", "allUsers",
    ...     "serviceAccount:ci@other-proj.iam.gserviceaccount.com"], frozenset({"gmail.com"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('email', 'x@gmail.com', 'x@gmail.com'), ('domain', 'corp.com', 'corp.com'),
     ('email', 'ci@other-proj.iam.gserviceaccount.com', 'gcp:other-proj')]
    """
    found: list[tuple[str, str, str]] = []
    for member in dict.fromkeys(members):
        kind, _, name = member.partition(":")
        entity_kind = _MEMBER_TYPES.get(kind.lower())
        if entity_kind is None or not name:
            continue
        entity = _value_entity(name, (entity_kind,))
        if entity is None:
            continue
        value, domain = _destination(entity, mailboxes)
        found.append((entity_kind, value, domain))
    return found


#: A bank account number as payment APIs take it: letters and digits, spaces and dashes
#: between groups (4 to 34 characters: an IBAN's longest; a UK account has 8 digits, a US one
#: up to 17, a Mexican CLABE 18).
_ACCOUNT_NUMBER = re.compile(r"[0-9A-Za-z]+(?:[ -][0-9A-Za-z]+)*")  # one way to match: linear


def bank_accounts(arguments: Any, keys: Collection[str]) -> list[tuple[str, str]]:
    """(top-level argument, account) for each bank account number under the argument names
    ``keys`` (lower-case, ``-`` read as ``_``; ``config/rules/bank-accounts.yaml``) at any
    depth of ``arguments``: a string or integer of 4 to 34 letters and digits with at least
    four digits, compact and upper case. A national account number (ACH, a UK sort code's
    account) is no entity on its own: only the argument's name says it is one.

    >>> bank_accounts({"routing_number": "021000021", "account_number": "4839 2011 2",
    ...     "beneficiary": {"accountNumber": 12345678}, "memo": "rent"},
    ...     frozenset({"account_number", "accountnumber"}))
    [('account_number', '483920112'), ('beneficiary', '12345678')]
    """
    found: list[tuple[str, str]] = []
    for where, _, value, _ in _under(arguments, keys, fold=True):
        if isinstance(value, bool) or not isinstance(value, str | int):
            continue
        text = str(value).strip()
        if 4 <= len(text) <= 48 and _ACCOUNT_NUMBER.fullmatch(text):
            compact = compact_account(text)
            if len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 4:
                found.append((where, compact))
                if len(found) >= 64:
                    break
    return found


def package_indexes(arguments: Any, keys: Collection[str]) -> list[tuple[str, str, str]]:
    """(top-level argument, URL, domain) for each URL under the argument names ``keys``
    (lower-case, ``-`` read as ``_``; ``config/rules/package-indexes.yaml``) at any depth of
    ``arguments``: the package indexes and registries a call adds code from.

    >>> package_indexes({"package": "hl7apy", "index_url": "https://pypi.example/simple",
    ...     "opts": {"extra-index-url": "not a url"}}, frozenset({"index_url", "extra_index_url"}))
    [('index_url', 'https://pypi.example/simple', 'pypi.example')]
    """
    found: list[tuple[str, str, str]] = []
    for where, _, value, _ in _under(arguments, keys, fold=True):
        if isinstance(value, str) and "://" in value:
            for e in extract_entities({where: value.strip()}, limit=4):
                if e.kind == "url":
                    found.append((where, *_destination(e)))
                    break
            if len(found) >= 16:
                break
    return found


def with_code_sources(x: DecisionFeatures, sources: list[tuple[str, str, str]]) -> None:
    """Make the (argument, URL, domain) ``sources`` gives (:func:`package_indexes`) code
    sources of ``x``, in place: a destination already read from them becomes kind ``code``,
    one not yet read is added as one. Code run from a host is grounded like any destination,
    but a new host for it is rare by nature (MissionGrounding gives no allowance for the
    cohort's rate of new destinations)."""
    urls = {url for _, url, _ in sources}
    rows = x["outbound"]
    x["outbound"] = tuple(
        (argument, "code", value, domain) if value in urls else (argument, kind, value, domain)
        for argument, kind, value, domain in rows
    )
    seen = {value for _, _, value, _ in rows}
    added = []
    for argument, url, domain in dict.fromkeys(sources):
        if url not in seen:
            seen.add(url)
            added.append((argument, "code", url, domain))
    if added:
        _add_destinations(x, tuple(added))


#: Verbs of permission changes that take access away: no one is given anything.
_TAKES_AWAY = frozenset(
    "remove revoke delete unshare detach unassign unlink disable deactivate suspend".split()
)
# A user name or id: letters, digits, ``_`` and ``-``. Not ``*`` (anyone: the public-access
# rules), not a host-like service principal (``events.amazonaws.com``: a cloud service, no
# one's account), not an address or an ARN (entities already).
_BARE_NAME = re.compile(r"[\w-]{1,128}")


def named_grantees(decision: AuthorizationDecision, keys: Collection[str]) -> list[tuple[str, str]]:
    """(top-level argument, name) of the users a permission change or a share gives access
    to that the argument names ``keys`` (lower-case, ``-`` read as ``_``;
    ``config/rules/grantee-arguments.yaml``) name by a bare user name or id, at any depth: a
    call with the operation ``permissions`` or ``share`` whose verb does not take access
    away. An address, an ARN or a handle is an entity already (read wherever it is); a
    record without an operation is not taken for a grant from its name.

    >>> from datetime import datetime, UTC
    >>> def d(action, arguments, operation="permissions"):
    ...     return AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...         agent_id="a", action=action, resource="r", decision="allow", source="s",
    ...         operation=operation, arguments=arguments)
    >>> keys = frozenset({"username", "user_id"})
    >>> named_grantees(d("repo.collaborators.add", {"username": "dev-ops-helper",
    ...     "permission": "admin"}), keys)
    [('username', 'dev-ops-helper')]
    >>> named_grantees(d("members.add", {"body": {"user_id": 48213}}), keys)
    [('body', '48213')]
    >>> named_grantees(d("repo.collaborators.remove", {"username": "x"}), keys)
    []
    >>> named_grantees(d("share", {"username": "ana@corp.example"}), keys)  # an entity
    []
    >>> named_grantees(d("AddPermission", {"user_id": "*", "username": "events.amazonaws.com"}),
    ...     keys)
    []
    >>> named_grantees(d("repo.collaborators.add", {"username": "x"}, None), keys)
    []
    """
    if decision.operation not in ("permissions", "share") or not decision.arguments:
        return []
    if action_verb(decision.action) in _TAKES_AWAY:
        return []
    found: dict[str, str] = {}
    for where, _, value, _ in _under(decision.arguments, keys, fold=True):
        if isinstance(value, bool) or not isinstance(value, str | int):
            continue
        name = str(value).strip()
        bare = _BARE_NAME.fullmatch(name) and any(c.isalnum() for c in name)
        if bare and name not in found:
            found[name] = where
            if len(found) >= 16:
                break
    return [(where, name) for name, where in found.items()]


def with_users(x: DecisionFeatures, named: list[tuple[str, str]]) -> None:
    """Add the users a grant names by a bare name or id (:func:`named_grantees`) as
    destinations of ``x`` (kind ``user``, each its own domain), in place: grounded like the
    recipients of a send, not like a grant to another account. Whether a user name is an
    outsider or a colleague, nothing in it says, so a cohort that adds people every day (a
    chat assistant adding co-workers) makes a new one ordinary, and with no history there
    is nothing to compare with; a cohort that never granted anyone makes the first rare
    (MissionGrounding.new_rate)."""
    seen = {value for _, _, value, _ in x["outbound"]}
    added = tuple((argument, "user", name, name) for argument, name in named if name not in seen)
    if added:
        _add_destinations(x, added)


def two_principals(arguments: Any) -> tuple[str, str, str] | None:
    """(argument name, one value, another) when the call gives a principal's argument name
    (:data:`PRINCIPAL_KEYS`) two different values in two places, at any depth: a support
    agent's call for the tenant whose ticket it answers, on another tenant
    (``{"ticket": {"tenant": "acme"}, "tenant": "northwind"}``). A list under one name is
    one place (a call for a group). Read only for records that say for whom the agent acts
    nowhere (``on_behalf_of``): with a principal, DelegationScope compares with it.

    >>> two_principals({"ticket": {"id": "8", "tenant": "acme"}, "tenant": "northwind"})
    ('tenant', 'acme', 'northwind')
    >>> two_principals({"ticket": {"tenant": "acme"}, "tenant": "acme"})
    >>> two_principals({"user": ["ana", "bo"]}), two_principals({"user": "ana", "owner": "bo"})
    (None, None)
    """
    if not isinstance(arguments, dict) or not arguments:
        return None
    if not any(isinstance(v, dict | list) for v in arguments.values()):
        return None  # flat: each name holds one value in one place
    first: dict[str, tuple[int, str]] = {}
    for _, holder, value, name in _under(arguments, PRINCIPAL_KEYS):
        if not isinstance(value, str | int) or isinstance(value, bool):
            continue
        text = str(value).strip()
        if not text or len(text) > 256:
            continue
        seen = first.setdefault(name, (id(holder), text))
        if seen[0] != id(holder) and seen[1] != text:
            return name, seen[1], text
    return None


def credential_identity(decision: AuthorizationDecision, named: Sequence[str] = ()) -> str | None:
    """The identity a credential-creating call targets (the first of ``named``, the values
    of the rule's ``identity_keys`` where it gives some; else its typed target's name, else
    the last segment of its resource: ``svc-report-export`` of ``arn:aws:iam::1:user/
    svc-report-export``), or ``None``: none named, a pattern, or the agent itself (a key it
    makes for its own user).

    >>> from datetime import datetime, UTC
    >>> def d(agent, resource):
    ...     return AuthorizationDecision(event_id="e", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...         agent_id=agent, action="iam:CreateAccessKey", resource=resource,
    ...         decision="allow", source="s")
    >>> credential_identity(d("arn:aws:sts::1:assumed-role/rot/k", "arn:aws:iam::1:user/svc-a"))
    'svc-a'
    >>> credential_identity(d("arn:aws:iam::1:user/svc-a", "arn:aws:iam::1:user/svc-a"))
    >>> credential_identity(d("a", "arn:aws:iam::1:user/${UserName}"))
    >>> credential_identity(d("ci", "projects/-/serviceAccounts/etl@p.iam.gserviceaccount.com"))
    'etl@p.iam.gserviceaccount.com'
    >>> hmac = d("ci", "projects/p/hmacKeys")  # its request names the account
    >>> credential_identity(hmac, ["etl@p.iam.gserviceaccount.com"]), credential_identity(hmac)
    ('etl@p.iam.gserviceaccount.com', 'hmacKeys')
    """
    target = decision.target
    name = named[0] if named else target.name if target is not None and target.name else None
    if name is None:
        name = last_segment(decision.resource.rstrip("/"))
    name = name.rstrip("/").rsplit("/", 1)[-1].strip()  # a path's last segment
    if not name or not any(c.isalnum() for c in name) or any(c in name for c in "*?${}"):
        return None
    agent = last_segment(decision.agent_id.rstrip("/"))
    if name == agent or name == decision.agent_id:
        return None
    return name[:256]


def with_identity(x: DecisionFeatures, identity: str) -> None:
    """Add the identity a call gives credentials to (:func:`credential_identity`) as the
    destination of ``x`` (argument ``grantee``, kind ``user``, its own domain), in place:
    grounded like the grantee of a share (MissionGrounding: named by the purpose, the
    principal, or familiar to the cohort). An argument that writes the identity out (a key
    created for ``service_account: etl@...``) does not make it a mere address: that row gives
    way to this one (else a service account of the agent's own project, an address of its
    own, would explain the key)."""
    rows = x["outbound"]
    if any(r[0] == "grantee" and r[2] == identity for r in rows):
        return
    if any(r[2] == identity for r in rows):
        x["outbound"] = tuple(r for r in rows if r[2] != identity)
        x["destinations"] = tuple((a, d) for a, _, _, d in x["outbound"])
    x["effect"] = True
    _add_destinations(x, (("grantee", "user", identity, identity),))


def with_accounts(x: DecisionFeatures, accounts: list[tuple[str, str]]) -> None:
    """Add the bank accounts a call with an effect outside the agent names
    (:func:`bank_accounts`) as its destinations (kind ``account``, each its own domain, as an
    IBAN is), in place; an account already read as an entity is not added twice."""
    seen = {value for _, _, value, _ in x["outbound"]}
    added = tuple(
        (argument, "account", value, value)
        for argument, value in dict.fromkeys(accounts)
        if value not in seen
    )
    if added:
        _add_destinations(x, added)


def with_grantees(x: DecisionFeatures, grantees: list[tuple[str, str, str]]) -> None:
    """Add those a sharing call gives access to (:func:`account_grantees`,
    :func:`member_grantees`) as destinations of ``x`` (argument ``grantee``), in place:
    grounded like any grant to another identity (MissionGrounding)."""
    x["effect"] = True
    _add_destinations(
        x, tuple(("grantee", kind, value, domain) for kind, value, domain in grantees)
    )


def without_accounts(x: DecisionFeatures, accounts: Collection[str]) -> None:
    """Drop from ``x``'s destinations, in place, every one in the AWS accounts ``accounts``
    (an ARN there, the account itself): those a policy names only in statements that give
    access to no principal outside an organisation (:func:`policy_grants`)."""
    domains = {f"aws:{a}" for a in accounts}
    kept = tuple(d for d in x["outbound"] if d[3] not in domains)
    if len(kept) != len(x["outbound"]):
        x["outbound"] = kept
        x["destinations"] = tuple((a, d) for a, _, _, d in kept)


def _add_destinations(x: DecisionFeatures, added: tuple[tuple[str, str, str, str], ...]) -> None:
    """Append (argument, kind, value, domain) rows to ``x``'s destinations, their arguments
    to its argument names, and the mission's named destinations if not yet computed."""
    x["outbound"] = (*x["outbound"], *added)
    x["destinations"] = (*x["destinations"], *((a, d) for a, _, _, d in added))
    keys = [a for a, *_ in added if a not in x["argument_keys"]]
    x["argument_keys"] = (*x["argument_keys"], *dict.fromkeys(keys))
    mission = x.get("mission")
    if mission is not None and not x["named_destinations"]:
        x["named_destinations"] = mission_named(mission)


def _owned_type(target_type: str | None, owned: frozenset[str]) -> bool:
    """Whether a target's type is a kind one customer owns: the kind an owned argument names
    (``shop:order`` for ``order_id``, ``hotel.reservation`` for ``reservation_id``).

    >>> owned = frozenset({"order_id"})
    >>> _owned_type("shop:order", owned), _owned_type("shop:product", owned)
    (True, False)
    """
    if not target_type:
        return False
    kind = re.split(r"[:./]", target_type)[-1].lower().replace("-", "_")
    return bool(kind) and f"{kind}_id" in owned


@lru_cache(maxsize=4096)
def own_account(agent_id: str) -> str | None:
    """The account an agent's own id names: an AWS principal's account (``aws:<id>``), a
    Google Cloud service account's project (``gcp:<project>``), an e-mail-like id's domain;
    ``None`` otherwise.

    >>> own_account("arn:aws:sts::123456789012:assumed-role/etl/s"), own_account("bot@corp.io")
    ('aws:123456789012', 'corp.io')
    >>> own_account("etl@ymbk-data.iam.gserviceaccount.com")
    'gcp:ymbk-data'
    """
    for entity in extract_entities(agent_id, limit=4):
        if entity.kind == "email":
            return service_account_project(entity.value) or entity.value.rsplit("@", 1)[-1]
        if entity.kind == "principal" and entity.value.startswith("arn:"):
            return _aws_account(entity.value)
        if entity.kind == "domain":
            return entity.value
    return None


def decision_features(
    decision: AuthorizationDecision,
    mission: MissionDeclaration | None,
    cohort: str,
    prev_action: str | None = None,
    mailboxes: frozenset[str] = frozenset(),
    shared: frozenset[str] = frozenset(),
    owned: frozenset[str] = frozenset(),
    identifiers: frozenset[str] = frozenset(),
    exports: tuple[re.Pattern[str], ...] = (),
    remote: tuple[re.Pattern[str], ...] = (),
) -> DecisionFeatures:
    """The feature dict ``x`` of one decision (see the module docstring); ``mailboxes``: the
    public mailbox providers, whose addresses are destinations of their own (not their
    domain's; ``config/rules/mailbox-providers.yaml``); ``shared``: the argument names that
    name catalogue entries, whose values are no principal's objects
    (``config/rules/shared-objects.yaml``); ``owned``: those that name one customer's
    records, whose objects are ``x["owned"]`` too (``config/rules/owned-objects.yaml``);
    ``identifiers``: the host-and-path prefixes of URLs that are identifiers, no
    destinations (``config/rules/identifier-uris.yaml``); ``exports``: statements that
    write their result out to a location they name, whose URLs are destinations
    (``config/rules/export-statements.yaml``); ``remote``: commands that download a script
    and run it, whose URLs are destinations too, and the call one with an effect
    (``config/rules/remote-code.yaml``: :func:`_code_sources`)."""
    effect = (
        decision.operation in OUTBOUND_OPERATIONS
        if decision.operation is not None
        else not decision_read_only(decision)  # fallback: the action's verb
    )
    outbound, carriers, capped = _outbound(decision, effect, mailboxes, identifiers, exports)
    destinations = [(key, domain) for key, _, _, domain in outbound]
    fetched = () if effect else _fetched(decision)
    context: dict[str, str] = {}
    objects: list[str] = []
    owned_objects: list[str] = []  # of them, those a kind one customer owns names
    named: list[str] = []
    named_ids: list[str] = []  # raw identifier-like argument values (``traveller=emp-1010``)
    arguments: list[tuple[str, str]] = []
    texts: list[tuple[str, str]] = []  # (argument, text as given): commands, images, paths
    task = decision.action
    # The first ``recorded`` values are the record's attributes: what the source says of the
    # record (which policy engine decided, the request's id), not what the call acts on.
    recorded = sum(v is not None for v in decision.attributes.values())
    for i, (raw_key, value) in enumerate(_scalars(decision)):
        key, kind = _argument_kind(raw_key)
        if kind == _ID and i < recorded:
            # An id the recorder gives (an OPA instance's ``opa_id``, CloudTrail's
            # ``request_id``) is no principal's object: the same sidecar decides for
            # every customer an agent serves.
            continue
        text = str(value) if not isinstance(value, bool) else ("true" if value else "false")
        if kind == _TASK:
            task = text
        elif kind == _CONTEXT:
            context[CONTEXT_KEYS[key]] = _family(text)
        elif raw_key in carriers and kind != _PRINCIPAL:
            continue  # a destination: grounded and counted as one, not as an argument value
        elif kind == _PRINCIPAL:
            named.append(text)
        elif kind == _PATH:
            objects.append(f"{key}={text}")
            texts.append((key, text))
        elif kind == _ID:
            if key not in shared:  # a catalogue's product is nobody's object
                objects.append(f"{key}={text}")
                if key in owned:
                    owned_objects.append(objects[-1])
        else:
            arguments.append((key, _argument_value(value)))
            if isinstance(value, str):
                texts.append((key, value))
                if is_identifier(value) and not _is_when(value):
                    named_ids.append(value)
    if remote and texts:
        sources = _code_sources(texts, remote, {value for _, _, value, _ in outbound})
        if sources:
            # Running what it downloads is an effect, whatever the tool's operation.
            effect = True
            fetched = ()
            outbound = (*outbound, *sources)
            destinations.extend((key, domain) for key, _, _, domain in sources)
    resource = decision.resource
    # The resource kind: from the target's type and container when the producer filled them
    # (a name is never a kind); else, for canonical records without semantics, the resource
    # with identifier-looking segments masked, as before (docs/detectors.md, "Fallback").
    typed = target_kind(decision)
    target = decision.target
    if typed is not None:
        shape = typed
        if target is not None and target.name:
            objects.append(resource)
            if owned and _owned_type(target.type, owned):
                # The target itself, not the resource: a producer may name the tool there
                # (``retail/get_order_details``), the same for every order.
                owned_objects.append(f"{target.type}={target.name}")
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
        named_destinations = mission_named(mission) if outbound or fetched else frozenset()
    else:
        purpose_tokens = declared_tokens = named_destinations = frozenset()
        purpose_text = ""
    x: DecisionFeatures = {
        "t": decision.time.timestamp(),
        "event_id": decision.event_id,
        "agent": decision.agent_id,
        "cohort": cohort,
        "action": decision.action,
        "api": api if isinstance(api := decision.attributes.get("api"), str) else None,
        "task": task,
        "resource": resource,
        "shape": shape,
        "read_only": decision_read_only(decision),
        "destroys": decision_destroys(decision),
        "account_wide": account_wide(decision),
        "own_object": own,
        "target_container": target.container if target is not None and typed else None,
        "own_container": bool(
            target is not None
            and target.container
            and target.container == own_namespace(decision.agent_id)
        ),
        "declared_kind": bool(
            mission is not None
            and typed is not None
            and _declares_kind(tuple(mission.allowed_actions), decision.action, typed)
        ),
        "outcome": decision.decision,
        "principal": decision.on_behalf_of,
        "credential": decision.credential_id,
        "objects": tuple(objects),
        "named_principals": tuple(named),
        "id_values": tuple(named_ids),
        "nested_ids": _nested_ids(decision) if decision.on_behalf_of else (),
        "two_principals": None if decision.on_behalf_of else two_principals(decision.arguments),
        "destinations": tuple(destinations),
        "fetched": fetched,
        "outbound": outbound,
        "unread": _unread(decision, effect, capped),
        "effect": effect,
        "argument_keys": _argument_keys(decision, outbound) if effect else _url_keys(decision),
        "own_account": own_account(decision.agent_id),
        "arguments": tuple(arguments),
        "texts": tuple(texts),
        "context": context,
        "purpose_tokens": purpose_tokens,
        "declared_tokens": declared_tokens,
        "purpose_text": purpose_text,
        "named_destinations": named_destinations,
        "prev_action": prev_action,
        "mission": mission,
        "decision": decision,
    }
    if owned_objects:
        # In the call's order, duplicates dropped: a finding names the first, whatever the
        # process's string hashes (a set named one object in one run, another in the next).
        x["owned"] = tuple(dict.fromkeys(owned_objects))
    if effect:
        owners = resource_owners(decision)
        # The accounts owning what the call writes are its destinations, unless the mission
        # names that very resource (the distributor's intake bucket it delivers to).
        if owners and (mission is None or not names_resource(mission, decision.resource)):
            rows = account_grantees(owners)
            _add_destinations(x, tuple(("resource_owner", *row) for row in rows))
    return x


def resource_owners(decision: AuthorizationDecision) -> list[str]:
    """The other AWS accounts that own what a call acts on (the attribute ``resource_owner``
    a source fills from the record: CloudTrail's ``resources[].accountId``), less the agent's
    own: a call with an effect on them (an object written into another account's bucket)
    reaches outside, and those accounts are its destinations.

    >>> d = AuthorizationDecision(event_id="e", time="2026-01-01T00:00:00Z", action="s3:PutObject",
    ...     agent_id="arn:aws:sts::111122223333:assumed-role/etl/s", resource="arn:aws:s3:::b/k",
    ...     decision="allow", source="cloudtrail", attributes={"resource_owner": "444455556666"})
    >>> resource_owners(d)
    ['444455556666']
    """
    value = decision.attributes.get("resource_owner")
    if not isinstance(value, str) or not value:
        return []
    own = (own_account(decision.agent_id) or "").removeprefix("aws:")
    return [a for a in value.split(",")[:64] if len(a) == 12 and a.isdigit() and a != own]


_VERSION = re.compile(r"[/ ]?v?\d+(\.\d+)*")


@lru_cache(maxsize=4096)
def _family(value: str) -> str:
    # "aws-cli/2.15.3 Python/3.11" and "aws-cli/2.15.4 ..." are the same client.
    return _VERSION.sub("", value.lower()).strip()[:80]
