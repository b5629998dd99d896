"""Mission grounding: do an action's arguments fit the declared purpose and the cohort?"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import Collection, Container, Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import islice
from typing import Any

import idna
import orjson

from missionguard.models.detectors.base import Detector, Explanation, confidence
from missionguard.models.entities import compact_account, id_key
from missionguard.models.features import (
    DecisionFeatures,
    domain_of,
    id_form,
    last_segment,
    mission_objects,
    publishes,
    tokens,
)
from missionguard.models.sketch import (
    CountMinSketch,
    RecentKeys,
    RecentValues,
    key_after,
    key_of,
    key_of_uncached,
    key_prefix,
)
from missionguard.pipeline.records import stable_id

__all__ = ["MissionGrounding"]

# Words every cloud resource or URL has; they ground nothing.
_GENERIC = frozenset(
    "arn aws gcp azure http https www com org net api example internal service default "
    "project resource object file data prod dev".split()
)


def _verbatim(value: str, text: str) -> bool:
    """Whether ``value`` is written out in ``text`` as a whole token (an account number, an
    address), not as part of a longer one: no letter, digit, ``-``, ``_``, ``.`` or ``+``
    just before it, and no letter, digit, ``-`` or ``_`` after (``bob@acme.io`` is not
    written by ``big-bob@acme.io``).

    >>> _verbatim("US1330001", "pay iban us1330001."), _verbatim("bob@acme.io", "to bob@acme.io")
    (True, True)
    >>> _verbatim("bob@acme.io", "to big-bob@acme.io"), _verbatim("bob@acme.io", "bob@acme.iot")
    (False, False)
    """
    value = value.lower()
    at = text.find(value)
    while at != -1:
        end = at + len(value)
        if (at == 0 or not (_label_char(text[at - 1]) or text[at - 1] in ".+")) and _ends(
            text, end
        ):
            return True
        at = text.find(value, at + 1)
    return False


def _host_written(domain: str, text: str) -> bool:
    """Whether ``domain`` is written in ``text`` as a host (``acme.io``, ``docs.acme.io``,
    ``https://acme.io/x``), not only as the domain of an address (``jane@acme.io`` names
    Jane's mailbox, not everyone at acme.io), and not as the tail of another name: a domain
    begins after a dot or outside a name and ends at the end of one (``analytics.com`` is not
    written by ``bigcorp-analytics.com``, nor ``acme.io`` by ``acme.iou.com``).

    >>> _host_written("acme.io", "see https://docs.acme.io/x"), _host_written("acme.io", "acme.io")
    (True, True)
    >>> _host_written("our-company.com", "to our website www.our-company.com.they sent")
    True
    >>> _host_written("acme.io", "mail jane@acme.io")
    False
    >>> _host_written("analytics.com", "upload to reports.bigcorp-analytics.com")
    False
    >>> _host_written("me.io", "send to acme.io"), _host_written("acme.io", "see acme.iou.com")
    (False, False)
    """
    at = text.find(domain)
    while at != -1:
        if _ends(text, at + len(domain)) and (at == 0 or not _label_char(text[at - 1])):
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-_+%@"):
                start -= 1
            if "@" not in text[start:at]:
                return True
        at = text.find(domain, at + 1)
    return False


def _label_char(c: str) -> bool:
    """Whether ``c`` (one character, or none) continues a host's label: a letter, a digit,
    a hyphen or an underscore."""
    return c.isalnum() or (c != "" and c in "-_")


def _ends(text: str, end: int) -> bool:
    """Whether a name that stops at ``end`` ends there: no label character follows. A dot
    may (prose drops the space after a sentence's last word: ``see acme.io.They ...``)."""
    return end == len(text) or not _label_char(text[end])


def call_signature(x: DecisionFeatures) -> str | None:
    """A call with an effect as an incident's indicator: ``call:<task>:<digest of every
    argument value>`` (the same injected instruction carried out by several sessions makes
    the same call), or ``None``: a read, a call without arguments, or one whose mission
    writes out one of its values (a task that asks for that hotel, that file, that
    amount). Computed once per call (kept in ``x["signature"]``): the detector, scoping and
    tainting all ask for it."""
    if "signature" in x:
        return x["signature"]
    x["signature"] = signature = _signature(x)
    return signature


def _signature(x: DecisionFeatures) -> str | None:
    decision = x.get("decision")
    if decision is None or x.get("read_only", True) or not decision.arguments:
        return None
    text = x.get("purpose_text", "")
    if text and any(len(v) >= 4 and _verbatim(v, text) for v in _scalars(decision.arguments)):
        return None
    try:
        text = orjson.dumps(decision.arguments, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:  # an integer past 64 bits: JSON allows it, orjson does not write it
        text = json.dumps(decision.arguments, sort_keys=True, separators=(",", ":"))
    return f"call:{x['task']}:{stable_id(text)}"


def _scope_key(value: str) -> str:
    """How incident scoping remembers a destination or host: a digest of fixed size, whatever
    the value's length (a call signature is one already)."""
    return value if value.startswith("call:") else stable_id("scope", value)


def _scalars(value: Any) -> Iterator[str]:
    """Every scalar in a structured argument, as text."""
    if isinstance(value, dict):
        for v in value.values():
            yield from _scalars(v)
    elif isinstance(value, list):
        for v in value:
            yield from _scalars(v)
    elif value is not None:
        yield str(value)


def _principal_domain(principal: str) -> str | None:
    """The domain of a principal written as an e-mail address (``ana@corp.example``)."""
    return domain_of(principal) if "@" in principal else None


_UNITS = 4  # support is counted in quarter agents, so partial votes stay integers

# Destinations that hold money: a counterparty's account changing is the payment-diversion
# fraud of business e-mail compromise (FBI IC3, "Business Email Compromise"; ATT&CK T1657,
# Financial Theft), which payment controls answer by verifying any change of a payee's bank
# details out of band before paying.
_MONEY = frozenset({"iban", "account"})
_SENDS = frozenset({"send", "share", "permissions"})  # operation classes that reach someone
_SEVERAL = -1  # a counterparty seen with more than one account: no binding to compare with


def _anchors(x: DecisionFeatures) -> list[str]:
    """What a call names besides its destinations: the identifiers among its arguments (a
    supplier, a standing order, an invoice; not a number an argument not named as an
    identifier holds, which is an amount: ``"amount": "0.05"`` names no counterparty) and
    its target's name, lower-cased."""
    found = [v.lower() for v in x.get("id_values", ()) if _quantity(v) is None]
    found += [o.partition("=")[2].lower() for o in x.get("objects", ()) if "=" in o]
    decision = x.get("decision")
    target = decision.target if decision is not None else None
    if target is not None and target.name:
        found.append(target.name.lower())
    values = {value.lower() for _, _, value, _ in x.get("outbound", ())}
    return [a for a in dict.fromkeys(found) if a and a not in values]


# The numbers a purpose writes (2200, 1,500.00, 1.500,00), not the digits of an identifier
# (US1330...): digits grouped in threes by commas, dots or apostrophes, then decimals; or
# plain digits with a decimal point or comma.
_NUMBER = re.compile(r"(?<![\w.,'])(?:\d{1,3}(?:[,.']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])")


def _number(text: str) -> float:
    """``text`` (a :data:`_NUMBER` or :data:`_AMOUNT_TEXT` match) as a number: spaces and
    apostrophes group thousands; with both a comma and a dot, the last is the decimal
    separator (``1.500,00`` as Germany, Spain or Brazil write it, ``1,500.00`` as the US
    does); one separator written more than once groups thousands (``1.000.000``); a lone
    comma before three digits too (``1,500``, as before), before one or two it is a
    decimal comma (``2200,50``); a lone dot is a decimal point.

    >>> _number("1,500.00"), _number("2200"), _number("1.500,00"), _number("2200,50")
    (1500.0, 2200.0, 1500.0, 2200.5)
    >>> _number("1.000.000"), _number("1 000 000,00"), _number("1'250.75"), _number("1.5")
    (1000000.0, 1000000.0, 1250.75, 1.5)
    """
    if len(text) >= 40:
        return _MAX_QUANTITY
    digits = re.sub(r"[ '\u00a0\u202f]", "", text)
    last = max(digits.rfind(","), digits.rfind("."))
    if last < 0:
        return float(digits)
    separator, decimals = digits[last], len(digits) - last - 1
    if "," in digits and "." in digits:
        return float(re.sub(r"[,.]", "", digits[:last]) + "." + digits[last + 1 :])
    if digits.count(separator) > 1 or (separator == "," and decimals == 3):
        return float(digits.replace(separator, ""))
    return float(digits.replace(",", "."))


_MAX_QUANTITY = 1e15  # larger amounts are all "very large": hundredths of it fit an int64


# An amount written as text: digits (thousands grouped by commas, dots, apostrophes or
# spaces, or not; no leading zero: ``02139`` is a code) and decimals after a point or a
# comma, an ISO 4217 code or a currency sign before or after (:func:`_number` reads them).
_AMOUNT_TEXT = re.compile(
    r"^(?:[A-Z]{3} ?|[$€£¥₹] ?)?"
    r"((?!0\d)(?:\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?)"
    r"(?: ?[A-Z]{3}| ?[$€£¥₹])?$"
)


def _quantity(value: Any) -> float | None:
    """A positive amount: a JSON number, or a string that is one (``"1,000.00"``,
    ``"1.000,00 EUR"``, ``"USD 250"``, ``"$99"``); a value past ``_MAX_QUANTITY`` counts as
    that much (JSON numbers are unbounded: ``1e999`` or a 400-digit integer must not stop
    the judge)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        # min compares ints of any size without floats (records refuse non-finite ones)
        return float(min(value, _MAX_QUANTITY)) if value > 0 else None
    if isinstance(value, str) and len(value) <= 40:
        match = _AMOUNT_TEXT.match(value.strip())
        if match:
            quantity = _number(match.group(1))
            return quantity if quantity > 0 else None
    return None


def _quantities(x: DecisionFeatures) -> list[tuple[str, float]]:
    """The call's positive amounts, as (name, value): its top-level arguments, and the members
    of a top-level object (a money object: ``{"value": "10.00", "currency_code": "USD"}``,
    PayPal's; ``{"units": 10, "currency_code": "USD"}``, Google's Money) as ``amount.value``.
    An argument whose name says it is an identifier (:func:`id_key`) holds no amount, nor
    does a value that is where the call sends (an account number in digits), nor an object
    that holds one (a payee: its numbers say who is paid, not how much)."""
    decision = x.get("decision")
    if decision is None:
        return []
    sent = {value for _, _, value, _ in x.get("outbound", ())}
    found = []
    for key, value in decision.arguments.items():
        if id_key(key):
            continue
        quantity = _quantity(value)
        if quantity is not None:
            if not _sent_to(value, sent):
                found.append((key, quantity))
        elif isinstance(value, dict):
            members = list(islice(value.items(), 16))
            if any(_sent_to(member, sent) for _, member in members):
                continue
            for inner, member in members:
                if isinstance(inner, str) and not id_key(inner):
                    quantity = _quantity(member)
                    if quantity is not None:
                        found.append((f"{key}.{inner}", quantity))
    return found


def _sent_to(value: Any, sent: Collection[str]) -> bool:
    """Whether an argument value is one of the call's destinations (``sent``), written with
    or without groups (``4839 2011 2``, compared as :func:`compact_account` writes it)."""
    if not sent or not isinstance(value, str | int) or isinstance(value, bool):
        return False
    text = str(value)
    return text in sent or compact_account(text) in sent


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced character, by two
    adjacent characters swapped, or by one character written as two (the typing errors and
    look-alikes typosquatters register: Wang et al., "Strider Typo-Patrol", 2006; dnstwist's
    omission, insertion, replacement, transposition and its multi-character homoglyphs,
    ``rn`` for ``m``, ``vv`` for ``w``; Unicode's confusables data has ``rn`` for ``m``).

    >>> _one_edit("acmecorp", "acmecopr"), _one_edit("acmecorp", "acmceorp")
    (True, True)
    >>> _one_edit("bouw", "bouvv"), _one_edit("modern", "rnodern")
    (True, True)
    >>> _one_edit("acmecorp", "cameorp"), _one_edit("acmecorp", "acmecorp")
    (False, False)
    """
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b) and a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]:
        return True
    if len(b) == len(a) + 1 and i < len(a) and a[i + 1 :] == b[i + 2 :]:
        return True  # one character written as two: rn for m, vv for w, cl for d
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def skeleton(label: str, lookalikes: Mapping[str, str]) -> str:
    """An IDNA-encoded label (``xn--...``) as the ASCII letters it renders as: decoded, each
    look-alike character (``lookalikes``: Unicode's confusables, config/rules/confusables.yaml)
    replaced by the letter it imitates (UTS #39's skeleton, for these characters); any other
    label as it is.

    >>> skeleton("xn--cmecorp-1fg", {"\u0430": "a"})  # Cyrillic a, then "cmecorp"
    'acmecorp'
    """
    if not label.startswith("xn--") or not lookalikes:
        return label
    try:
        text = idna.decode(label)
    except (idna.IDNAError, UnicodeError, ValueError):
        return label
    return "".join(lookalikes.get(c, c) for c in text)


def imitated(
    host: str, named: Iterable[str], lookalikes: Mapping[str, str] | None = None
) -> str | None:
    """The domain the mission names that ``host`` (a registrable domain) imitates, if any: its
    name with words added (``true-informations.com`` for ``informations.com``: combosquatting,
    Kintis et al., "Hiding in Plain Sight", CCS 2017), one character changed, added or dropped
    or two adjacent ones swapped (typosquatting), or written with letters of other scripts
    that render alike (an IDN homograph, ``аcme.com`` with a Cyrillic ``а``: compared by
    :func:`skeleton`, under any suffix); never the domain itself, a subdomain of it, or the
    same ASCII name under another suffix (a brand owns several). Names under five characters
    imitate nothing (too many collide).

    >>> named = ("www.informations.com", "https://acme.io/x")
    >>> imitated("true-informations.com", named), imitated("informatlons.com", named)
    ('informations.com', 'informations.com')
    >>> imitated("informations.net", named), imitated("informations.com", named)
    (None, None)
    >>> imitated("acme-login.io", named), imitated("eve-blog.com", named)
    (None, None)
    >>> imitated("xn--nformatins-lvi3z.com", named, {"\u0456": "i", "\u043e": "o"})
    'informations.com'
    """
    label = host.split(".", 1)[0]
    drawn = skeleton(label, lookalikes or {})
    for value in named:
        value = value.removeprefix("@")  # the domain of an address the mission names
        if "." not in value or "@" in value:
            continue
        name = domain_of(value)  # a URL or host the mission names, as its registrable domain
        if name == host or "." not in name:
            continue
        if host.endswith("." + name):
            continue
        own = name.split(".", 1)[0]
        if len(own) < 5:
            continue
        if drawn != label and drawn == own:
            return name  # the same letters to the eye, other characters: a homograph
        if label == own:
            continue  # the same name under another suffix: brands own several
        if f"-{own}-" in f"-{drawn}-" or _one_edit(drawn, own):
            return name
    return None


_NAME_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1024)
def _names(text: str) -> tuple[tuple[str, str], ...]:
    """The names a text may write out, as (letters, words): every run of two to four
    consecutive words of eight letters or more in all (``Van den Berg Bouw``:
    ``vandenbergbouw``). Single words are not names: a host one edit from a purpose's
    ``invoices`` is no look-alike of anyone."""
    words = _NAME_WORDS.findall(text.lower()[:2048])
    found: dict[str, str] = {}
    for n in (2, 3, 4):
        for i in range(len(words) - n + 1):
            joined = "".join(words[i : i + n])
            if len(joined) >= 8 and joined.isascii():
                found.setdefault(joined, " ".join(words[i : i + n]))
    return tuple(found.items())


def spelled(host: str, text: str, lookalikes: Mapping[str, str] | None = None) -> str | None:
    """The name ``text`` (a mission's purpose) writes out that ``host`` (a registrable
    domain) imitates: its first label, hyphens dropped, is two to four consecutive words of
    the text with one character changed, added, dropped, swapped or written as two
    (:func:`_one_edit`), or those words in letters of other scripts (:func:`skeleton`);
    never when the label is such a name itself (it is that organisation's). A supplier the
    purpose names, ``Van den Berg Bouw``, imitated by ``vandenberg-bouvv.nl``: the invoice
    redirection of business e-mail compromise (FBI IC3, "Business Email Compromise").

    >>> purpose = "reply to colleagues and suppliers (e.g. Van den Berg Bouw)"
    >>> spelled("vandenberg-bouvv.nl", purpose), spelled("vandenberg-bouw.nl", purpose)
    ('van den berg bouw', None)
    >>> spelled("colleagues-and.com", purpose), spelled("supplier.com", purpose)
    (None, None)
    """
    label = host.split(".", 1)[0]
    plain = label.replace("-", "")
    drawn = skeleton(label, lookalikes or {}).replace("-", "")
    if len(drawn) < 8:
        return None
    names = _names(text)
    if any(plain == letters for letters, _ in names):
        return None  # the label is a name the text writes: that organisation's own
    for letters, words in names:
        if abs(len(letters) - len(drawn)) <= 1 and (drawn == letters or _one_edit(drawn, letters)):
            return words
    return None


def _parent(shape: str) -> str:
    """The collection a resource kind is in (``repo/contents/src/a.py`` -> ``repo/contents/src``);
    empty when it has no path below its root."""
    head, sep, _ = shape.rstrip("/").rpartition("/")
    return head if sep and not head.endswith(("/", ":")) else ""


@lru_cache(maxsize=1024)  # a fleet's tasks and resource kinds: they recur on every decision
def _kind_keys(task: str, shape: str) -> tuple[int, ...]:
    """Support keys of a task on a resource kind, then on each collection the kind is in,
    innermost first, up to the root (at most a few levels)."""
    keys = [key_of("r", task, shape)]
    parent = _parent(shape)
    while parent:
        keys.append(key_of("p", task, parent))
        parent = _parent(parent)
    return tuple(keys)


def _undeclared_object(x: DecisionFeatures, unscoped: Container[str] = ()) -> str | None:
    """Why the call reaches an object its mission does not declare, or ``None``: the purpose
    writes out identifiers of a form (a session for the holder of contract
    ``MSP-2025-0404``), and an identifier argument or the target names another of that form
    (``MSP-2024-0311``), neither written out nor within a span the purpose writes
    (``tickets CS-2291-001 to CS-2291-048``). A mission issued for one task that lists the
    objects it is for declares its scope, as an allow-list does: another customer's contract
    reached by a number the caller gives is outside it (OWASP API1:2023, broken object-level
    authorization). Only for a call made on a principal's behalf: the objects written out
    are that principal's, and its task is done on them (an operator's agent that triages
    incident ``INC-0042`` may read the incidents linked to it). The principal acted for and
    the agent's own name are no such object; nor is a form in ``unscoped``, one the cohort's
    sessions reach without their purposes writing any of it (a dispatcher's tasks pay every
    due subcontractor ``SUB-0xx``; one task's purpose naming the new ``SUB-031`` among them
    lists an example, not its scope)."""
    mission = x.get("mission")
    principal = x.get("principal")
    if mission is None or not principal:
        return None
    declared = mission_objects(mission)
    if not declared:
        return None
    agent = x.get("agent", "")
    for argument, value in _identifiers(x):
        if value == principal or value in agent:
            continue
        form = id_form(value)
        ids = declared.get(form) if form is not None else None
        if not ids or value in ids or _within_span(value, ids) or form in unscoped:
            continue
        written = ", ".join(sorted(ids)[:3])
        return (
            f"{value!r} ({argument}) is another {form!r} than the one(s) the mission's purpose "
            f"writes out ({written}): the mission declares the objects it is for, and not this"
        )
    return None


class _Unscoped:
    """The forms of identifier a cohort's agents reached for a principal without their
    purposes writing any of that form, seen for ``destination_support`` agents or more (as a
    destination becomes the cohort's): ``form in`` asks the model (no set is built)."""

    __slots__ = ("model",)

    def __init__(self, model: MissionGrounding) -> None:
        self.model = model

    def __contains__(self, form: object) -> bool:
        model = self.model
        return model._support.get(key_of("f", str(form))) / _UNITS >= model.destination_support


def _identifiers(x: DecisionFeatures) -> Iterator[tuple[str, str]]:
    """(argument, value) of the call's identifiers: identifier arguments (``objects`` as
    ``key=value``), the other arguments' texts, and the typed target's name."""
    for obj in x.get("objects", ()):
        key, sep, value = obj.partition("=")
        if sep and "/" not in key:
            yield key, value
    yield from x.get("texts", ())  # other arguments' values as given
    decision = x.get("decision")
    target = getattr(decision, "target", None)
    if target is not None and target.name:
        yield "target", target.name


_RUNS = re.compile(r"\d+")


def _within_span(value: str, ids: Collection[str]) -> bool:
    """Whether ``value`` lies in a span two written identifiers of its form bound: equal to
    both but in their last number, and that number between theirs (``CS-2291-017`` within
    ``CS-2291-001`` and ``CS-2291-048``)."""
    runs = _RUNS.findall(value)
    head, last = runs[:-1], int(runs[-1])
    ends = [int(r[-1]) for r in (_RUNS.findall(i) for i in ids) if r[:-1] == head]
    return len(ends) >= 2 and min(ends) <= last <= max(ends)


class MissionGrounding(Detector):
    """Explains each argument by the mission or by the cohort, and flags what neither explains.

    A cohort-level model (one per cohort). The resource kind (``x["shape"]``) is grounded if
    the words of the purpose or of the declared allow-lists name it (words that occur in many
    of the cohort's resource kinds, such as the organisation's or the cluster's name, name
    nothing in particular and do not count), or if at least ``min_support`` distinct agents
    of the cohort used that kind for the same task.

    Each destination (``x["outbound"]``: the addresses, accounts, URLs and principals a send,
    share, permission change or write names, :mod:`models.features`) must be explained
    (:meth:`explains`): the mission writes it out (its value, or the domain or account it is
    in; shared words are not enough: a look-alike domain shares them all), it is the address
    of a person the purpose names (``sarah.baker@...`` for "lunch with Sarah Baker": every
    word of its name part, two at least, is a word of the purpose), it is the
    principal's own (the principal's address or domain) or the agent's own account, most
    sessions of the agent's purpose were stopped for it alone (``x["purpose_agrees"]``,
    :meth:`MissionPeers.agreed`), this agent sent there in unremarkable work before, or
    ``destination_support`` other cohort agents did; one at a drop service
    (``x["drop_services"]``: a request inspector, a paste site, a file drop, a public tunnel)
    only when the mission writes out that very URL or address (anyone's inbox is at the
    service's domain), else it scores the full ``destination_weight``. An unexplained one
    scores
    ``destination_weight * (1 - rate)``, where ``rate`` (:meth:`new_rate`) is how often the
    cohort's unremarkable calls of that task put an unexplained destination in that
    argument: high for a sales mailer's ``to`` (new customers
    every day), near zero for a payment's payee or a mail's ``bcc``, or a knowledge agent's
    fetches that never carry a query to a new host; with no history it is 1 (nothing to
    compare with), but 0 for a principal (a grant to, or a role assumed in, another account
    is rare by nature). The Judge stops an agent on this finding alone once it reaches
    the ladder's ``alert_high`` (``DetectionConfig.decisive``).

    Support counts *distinct agents*, so one agent repeating itself grounds nothing. The
    Judge teaches it fully only from unremarkable events; an event whose only findings are
    novelty (this detector's included) counts as a partial vote (``learn_one(x, w)``), so a
    destination many agents use in otherwise clean work becomes familiar after
    ``min_support / w`` agents, while one that an attacker reuses from a few agents stays
    flagged.

    Incident scoping (:meth:`sent`, :meth:`scope`): a destination a stopped agent sent to
    (:meth:`taint`) is an indicator of its incident, and every other agent of the cohort that
    sent there in the ``scope_s`` seconds before, with neither its mission nor its principal
    naming it, is in that incident's scope: the Judge raises a high ``scope`` alert on it and
    sends the command ``decisive["mission_grounding.scope"]`` names. It reaches the sessions
    an injection hijacked before any of them was stopped, while the cohort was too young to
    tell an attacker's address from a new customer's.

    Parameters
    ----------
    min_support
        Distinct cohort agents that make a resource kind familiar.
    destination_support
        Distinct other cohort agents whose unremarkable calls sent to a destination (its
        domain) that make it familiar.
    destination_weight, resource_weight
        Score of a destination / resource kind nothing explains (a foreign destination is the
        stronger signal: it is where data leaves).
    width, depth
        Size of the count-min sketch of support counts.
    pair_capacity
        How many recent (agent, item) pairs are remembered to count distinct agents.
    confidence_half
        Cohort decisions learned at which a finding is trusted half-way (a young cohort has
        not yet seen what its agents normally use).
    levels
        How many enclosing collections of a resource kind count as the same kind for cohort
        support (1: siblings in its collection; 2: also its collection's siblings).
    background_share
        Share of the cohort's distinct resource kinds (once it knows 20) a word must occur in
        to be background: it then grounds nothing.
    bindings_capacity
        Counterparties' accounts and tainted destinations remembered (the most recent).
    scope_s
        How far back, in seconds of event time, an incident's scope reaches.
    scope_capacity, scope_senders
        Destinations, and calls with an effect, whose senders are remembered for scoping (the
        most recent of each), and senders remembered per destination or call (the most
        recent; each agent once).
    amount_ratio, amount_support
        An unexplained money destination scores the full weight when a numeric argument of
        the call is at least ``amount_ratio`` times the largest it carried in the cohort's
        unremarkable calls of the task, once it carried it in ``amount_support`` of them
        (:meth:`larger_amount`).
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = MissionGrounding(seed=1)
    >>> def x(agent, dest, purpose="send invoices to customers at acme.io"):
    ...     return {"agent": agent, "task": "mail:send", "shape": "mail/outbox",
    ...             "destinations": (("to", dest),), "outbound": (("to", "email", dest, dest),),
    ...             "argument_keys": ("to",),
    ...             "principal": None, "purpose_tokens": tokens(purpose),
    ...             "declared_tokens": frozenset(), "purpose_text": purpose}
    >>> det.score_one(x("a1", "evil.example"))  # nothing learned: nothing to compare with
    0.0
    >>> for agent in ("a1", "a2", "a3") * 4:
    ...     det.learn_one(x(agent, "partner.org"))
    >>> round(det.score_one(x("a4", "evil.example")), 3)  # 0.9 * (1 - (2 + 1) / (12 + 1))
    0.692
    >>> det.score_one(x("a4", "partner.org")), det.score_one(x("a4", "acme.io"))
    (0.0, 0.0)
    >>> first_bcc = {**x("a4", "evil.example"), "argument_keys": ("to", "bcc"),
    ...     "outbound": (("bcc", "email", "evil.example", "evil.example"),)}
    >>> round(det.score_one(first_bcc), 3)  # 12 calls, none with a bcc: 0.9 * (1 - 1 / 13)
    0.831
    """

    name = "mission_grounding"

    def __init__(
        self,
        min_support: int = 3,
        destination_weight: float = 0.9,
        resource_weight: float = 0.45,
        width: int = 4096,
        depth: int = 3,
        pair_capacity: int = 20_000,
        confidence_half: float = 20.0,
        background_share: float = 0.2,
        levels: int = 2,
        destination_support: int = 2,
        bindings_capacity: int = 4096,
        scope_s: float = 86_400.0,
        scope_capacity: int = 256,
        scope_senders: int = 16,
        amount_ratio: float = 4.0,
        amount_support: int = 5,
        seed: int = 0,
    ) -> None:
        self.amount_ratio = amount_ratio
        self.amount_support = amount_support
        self.bindings_capacity = bindings_capacity
        self.scope_s = scope_s
        self.scope_capacity = scope_capacity
        self.scope_senders = scope_senders
        self.destination_support = destination_support
        self.min_support = min_support
        self.destination_weight = destination_weight
        self.resource_weight = resource_weight
        self.width = width
        self.depth = depth
        self.pair_capacity = pair_capacity
        self.confidence_half = confidence_half
        self.seed = seed
        self.background_share = background_share
        self.levels = levels
        self.n = 0
        self._support = CountMinSketch(width, depth)
        self._pairs = RecentKeys(pair_capacity)  # a fraction of a dict's memory a pair
        # Words of the cohort's resource kinds: in how many distinct kinds each occurs.
        self._kinds = 0
        self._words = CountMinSketch(1024, depth)
        # The account each counterparty named in money calls went to (_bind).
        self._bindings = RecentValues(bindings_capacity)
        # Destinations that stopped agents sent to, nothing explaining them (taint).
        self._tainted = RecentValues(bindings_capacity)
        # The largest quantity (in hundredths) each numeric argument of a money task carried
        # in the cohort's unremarkable calls (_quantities; their count is in _support).
        self._largest = RecentValues(bindings_capacity)
        # Incident scoping (sent, scope): who sent where nothing the mission or principal
        # names, most recent destinations last: value -> [[agent, event id, t], ...]; and the
        # agents already stopped or scoped: agent -> [action, command id] ("" when there is
        # no command to apply: stopped on its own, or applied).
        self._senders: OrderedDict[str, list[list[Any]]] = OrderedDict()
        # The same for calls with an effect (call_signature), kept apart so that a cohort's
        # many distinct calls do not push its destinations out.
        self._calls: OrderedDict[str, list[list[Any]]] = OrderedDict()
        self._scoped: OrderedDict[str, list[str]] = OrderedDict()

    def _items(self, x: DecisionFeatures) -> tuple[int, ...]:
        """Keys of what a decision grounds: its kind, the collections the kind is in, and
        its destinations."""
        kinds = _kind_keys(x["task"], x["shape"])
        if not x["destinations"]:
            return kinds
        return (*kinds, *[key_of("d", domain) for _, domain in x["destinations"]])

    def learn_one(self, x: DecisionFeatures, w: float = 1.0) -> None:  # type: ignore[override]  # narrower x than River's
        """Learn one decision; ``w`` < 1 is a partial vote (River's sample weight): the Judge
        passes ``quarantine_weight`` for an event whose only findings were novelty. Its
        destinations become ones "this agent sent there before" only from a full vote on an
        unremarkable call: not when the Judge marks it ``x["remarkable"]`` (a call with
        findings that a young cohort learns from all the same: its novelty cannot veto the
        cohort's learning, but an agent's own flagged call cannot explain its next one), nor
        from a write (operation ``write``: a payee added, a contact address changed: it sent
        nothing there)."""
        units = max(1, round(w * _UNITS))
        task = x["task"]
        outbound = x.get("outbound", ())
        money = any(kind in _MONEY for _, kind, _, _ in outbound)
        anchors = _anchors(x) if money else ()
        # A write that names an address (a payee registered, a contact address changed) sent
        # nothing there: only a send, a share or a grant makes it one this agent sent to.
        decision = x.get("decision")
        sends = (decision is None or decision.operation != "write") and not x.get("remarkable")
        if money and w >= 1.0:  # the amounts of unremarkable payments, full votes only
            for key, quantity in _quantities(x):
                for item in (key_of("q", task, key), key_of("q", "*", key)):
                    self._support.add(item, _UNITS)
                    self._largest.set(item, max(self._largest.get(item), round(quantity * 100)))
        for argument, kind, value, domain in outbound:
            if kind in _MONEY:
                self._bind(anchors, value, x["agent"])
            if self.explains(x, value, domain) is None:
                self._support.add(key_of("u", task, argument), units)
                if kind != "user":  # whom a grant names says nothing of where data goes
                    self._support.add(key_of("u", task, "*"), units)
                    self._support.add(key_of("u", "*", "*"), units)
            if w >= 1.0 and sends:  # "sent there before in unremarkable work"
                self._pairs.touch(key_of_uncached(x["agent"], "v", value))
        keys = x.get("argument_keys", ())
        for argument in keys:
            self._support.add(key_of("k", task, argument), units)
        # The task's and the cohort's rates count destinations, not calls; the users a grant
        # names by a bare name (a colleague added) count for their own argument only, so
        # that a cohort adding co-workers every day is no cohort that sends anywhere.
        wide = sum(1 for _, kind, _, _ in outbound if kind != "user")
        if wide:
            self._support.add(key_of("k", task, "*"), units * wide)
            self._support.add(key_of("k", "*", "*"), units * wide)
            if keys:  # and the task's calls whose argument names are counted
                self._support.add(key_of("c", task), units)
        elif (decision := x.get("decision")) is not None and (
            decision.operation in _SENDS
            if decision.operation is not None
            else publishes(None, decision.action)
        ):
            # A send, a share or a grant that named no destination (a post to the team's
            # channel, a colleague added by user id): counted for a cohort whose such calls
            # never named one (new_rate's last fallback). Writes say nothing of where the
            # cohort sends (a trading agent's orders, a pipeline's tables): a cohort that
            # never sent anything has nothing to compare its first send with.
            self._support.add(key_of("e", "*"), units)
        self.n += 1
        if w >= 1.0 and not x.get("remarkable"):
            self._learn_forms(x)
        agent = key_prefix(x["agent"])  # pairs are key_of_uncached(agent, item): per agent,
        for i, item in enumerate(self._items(x)):  # not worth caching
            pair = key_after(agent, item)
            if not self._pairs.touch(pair):  # a pair not remembered: one more agent
                if i == 0 and self._support.get(item) == 0:
                    self._kinds += 1  # a resource kind new to the cohort: count its words
                    for word in tokens(x["shape"]):
                        self._words.add(key_of("w", word))
                self._support.add(item, units)

    def _bind(self, anchors: Iterable[str], value: str, agent: str = "") -> None:
        """Remember the account each anchor of a money call went to (or that it went to
        several), and how many distinct agents paid it there."""
        account = key_of("a", value)
        bindings = self._bindings
        for anchor in anchors:
            key = key_of("b", anchor)
            known = bindings.get(key)
            if known == 0 or known == account:
                bindings.set(key, account)
                if not self._pairs.touch(key_of_uncached(agent, "b", anchor)):
                    self._support.add(key_of("ba", anchor), _UNITS)  # one more agent
            elif known != _SEVERAL:
                bindings.set(key, _SEVERAL)

    def changed_account(self, x: DecisionFeatures, value: str) -> str | None:
        """The anchor of this call (a supplier, a standing order) whose earlier calls in the
        cohort all went to one other account, if any: the counterparty's account changed
        (the payee's bank details in a business e-mail compromise). In a payment (a call
        that carries an amount), an identifier (``F-031``, ``SO-2291``:
        :func:`~models.features.id_form`) names one counterparty from its first payment,
        unless it is the principal the call is made for (a customer's own refunds may go to
        a new card of theirs): money about to leave for another account than the one that
        counterparty was paid at. Otherwise, and for a word (a currency, a wallet's label),
        only from two agents' calls: one agent's make no counterparty of the cohort's (each
        owner withdraws to their own), and a payout account one agent recorded for a
        customer may be changed by the customer."""
        account = key_of("a", value)
        principal = (x.get("principal") or "").lower()
        paying: bool | None = None
        for anchor in _anchors(x):
            known = self._bindings.get(key_of("b", anchor))
            if known in (0, _SEVERAL, account):
                continue
            payers = self._support.get(key_of("ba", anchor))
            if payers >= 2 * _UNITS:
                return anchor
            if (
                not payers
                or id_form(anchor) is None
                or anchor in (principal, last_segment(principal))
            ):
                continue
            if paying is None:
                paying = bool(_quantities(x))
            if paying:
                return anchor
        return None

    def _background(self, word: str) -> bool:
        """A word in at least ``background_share`` of the cohort's resource kinds (the
        organisation's name, the cluster, the service) names nothing in particular."""
        kinds = self._kinds
        return kinds >= 20 and self._words.get(key_of("w", word)) >= self.background_share * kinds

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        found = self._explain(x)
        undeclared = _undeclared_object(x, _Unscoped(self))
        if undeclared is not None:
            found["object"] = (self.destination_weight, undeclared)
        return found

    def _learn_forms(self, x: DecisionFeatures) -> None:
        """Count the agents whose calls for a principal reached identifiers of a form their
        mission's purpose writes none of (``unscoped``): where ``destination_support`` of the
        cohort's agents did, the form is no scope a purpose declares (see
        :func:`_undeclared_object`)."""
        mission = x.get("mission")
        if mission is None or not x.get("principal"):
            return
        declared = mission_objects(mission)
        agent = key_prefix(x["agent"])
        for _, value in _identifiers(x):
            form = id_form(value)
            if form is None or form in declared:
                continue
            if not self._pairs.touch(key_after(agent, key_of("f", form))):
                self._support.add(key_of("f", form), _UNITS)  # one more agent

    def _explain(self, x: DecisionFeatures) -> Explanation:
        unread = self._unread(x)  # where the call sends is not all known
        if self.n == 0:
            # Nothing learned yet: no kind is familiar, no destination the cohort's, and a
            # mission's first grant has nothing to be compared with. With no mission in force
            # nothing explains access granted to, or a role assumed in, another identity
            # either (rare by nature, prior 0 in _unexplained): judged from the first call.
            if unread is not None:
                return {"destination": unread}
            if x["purpose_tokens"] or x["declared_tokens"]:
                return {}
            grant = self._destinations(x, grants=True)
            return {"destination": grant} if grant is not None else {}
        purpose, declared = x["purpose_tokens"], x["declared_tokens"]
        sure = confidence(self.n, self.confidence_half)
        found: Explanation = {}
        need = self.min_support
        shape = x["shape"]
        # Whether the mission names the kind by a word of it that is not background (the
        # words of the mission, less _GENERIC, met by the kind's words: no set is built).
        named = False
        for w in tokens(shape):
            if (w in purpose or w in declared) and w not in _GENERIC and not self._background(w):
                named = True
                break
        if not named and not x.get("account_wide"):  # a call on no object grounds no kind
            # Familiar if cohort agents did this task on this kind, or on its siblings (the
            # same collection: another file of the repository, another key of the bucket).
            kinds = _kind_keys(x["task"], shape)
            support = self._support.get(kinds[0]) / _UNITS
            for key in kinds[1 : 1 + self.levels]:
                if support >= need:
                    break
                support = max(support, self._support.get(key) / _UNITS)
            if support < need:
                score = self.resource_weight * (1.0 - support / need) * sure
                found["resource"] = (
                    score,
                    f"resource kind {shape!r} for task {x['task']!r} is not named by the mission "
                    f"purpose and {support:g} cohort agent(s) used it for that task "
                    f"(familiar at {need})",
                )
        destination = self._destinations(x)
        if unread is not None and (destination is None or destination[0] < unread[0]):
            destination = unread
        if destination is not None:
            found["destination"] = destination
        else:
            amount = self._amount(x)
            if amount is not None:
                found["amount"] = amount
        if self._tainted.counts:
            indicator = self._indicator(x)
            if indicator is not None:
                found["indicator"] = indicator
        imitation = self._imitation(x)
        if imitation is not None:
            found["imitation"] = imitation
        return found

    def _imitation(self, x: DecisionFeatures) -> tuple[float, str] | None:
        """A destination host (or a host a read fetches) that imitates a domain the mission
        names (:func:`imitated`) or spells a name its purpose writes (:func:`spelled`)."""
        written = x.get("named_destinations") or frozenset()
        text = x.get("purpose_text", "")
        if not written and not text:
            return None
        lookalikes = x.get("lookalikes")
        hosts = [d for _, _, _, d in x.get("outbound", ())]
        hosts += [d for _, d in x.get("fetched", ())]
        for host in hosts:
            if host in written or "@" in host or ":" in host:
                continue  # the mission names it (no imitation of anything), or no host
            original = imitated(host, written, lookalikes) if written else None
            if original is not None:
                return self.destination_weight, (
                    f"{host!r} imitates {original!r}, which the mission names (a look-alike "
                    f"domain: a word added, one letter changed, or letters of other scripts "
                    f"that render alike)"
                )
            name = spelled(host, text, lookalikes) if text else None
            if name is not None:
                return self.destination_weight, (
                    f"{host!r} spells {name!r}, a name the purpose writes, with one letter "
                    f"changed, added, dropped, swapped or written as two, or in letters of "
                    f"other scripts that render alike (a look-alike of that organisation's "
                    f"domain)"
                )
        return None

    def explains(self, x: DecisionFeatures, value: str, domain: str) -> str | None:
        """Why a destination needs no explaining (``None``: nothing explains it): the mission
        writes it out, it is the principal's or the agent's own, this agent sent there in
        unremarkable work before, or ``destination_support`` cohort agents did; the last two
        never for a destination a stopped agent of the cohort sent to (:meth:`taint`)."""
        if _dropped(x, domain):
            # Anyone's inbox is at a drop service: only the very one the mission writes out
            # (its URL or address) is explained, not the service's domain, nor history.
            named = x.get("named_destinations") or frozenset()
            return "named by the mission" if value in named else None
        declared = self._declared(x, value, domain)
        if declared is not None:
            return declared
        if self._is_tainted(value):
            return None
        if value in (x.get("purpose_agrees") or ()):
            return "most sessions declared for the same purpose send there"
        if key_of_uncached(x["agent"], "v", value) in self._pairs:
            return "this agent sent there before"
        if self._support.get(key_of("d", domain)) / _UNITS >= self.destination_support:
            return "familiar to the cohort"
        return None

    def taint(self, x: DecisionFeatures, also: Iterable[str] = (), call: bool = True) -> list[str]:
        """Called when the call ``x`` stopped its agent: each of its destinations that nothing
        explains, and each that ``also`` names (what another detector
        found foreign, such as :class:`MissionPeers`, where history alone would explain it)
        unless the mission or the principal does, is remembered as one a stopped agent sent
        to (an indicator of the incident, as a SOC blocks an incident's addresses), and is no
        longer explained by history; a later send there is a full-weight finding. So are the
        hosts it fetched from and, with ``call``, the call itself (:meth:`_indicator`).
        Returns the destinations tainted."""
        tainted = []
        also = frozenset(also)
        for _, _, value, domain in x.get("outbound", ()):
            if (value in also and self._declared(x, value, domain) is None) or (
                self.explains(x, value, domain) is None
            ):
                self._tainted.set(key_of("t", value), 1)
                tainted.append(value)
        # The hosts it fetched from, unless the mission or the principal names them (a page
        # that carried the incident's instruction), and the call itself when it has an
        # effect: indicators for :meth:`indicators` too, and for later calls (_indicator).
        # Marked with the time (at least 1): a later call reaches them for ``scope_s``, as
        # incident scoping reaches back as far.
        at = max(1, int(x.get("t", 0.0)))
        for _, host in x.get("fetched", ()):
            if self._declared(x, host, host) is None:
                self._tainted.set(key_of("t", host), at)
        signature = call_signature(x) if call else None
        if signature is not None:
            self._tainted.set(key_of("t", signature), at)
        return tainted

    # -- incident scoping ------------------------------------------------------------------
    def sent(self, x: DecisionFeatures, call: bool = True, routine: Iterable[str] = ()) -> None:
        """Remember that the allowed call ``x`` sent to each of its destinations that neither
        the mission nor the principal names (whatever history explained it), so that the
        agent is in scope if one of them becomes an incident's indicator (:meth:`scope`).
        The ``scope_capacity`` most recent destinations (and as many calls), each with its
        ``scope_senders`` most recent senders. ``call``: remember the call itself too (the
        Judge passes it for a task new to the agent: an agent's own routine is no injected
        instruction). Neither is a destination the agent sent to before in unremarkable work,
        nor one of ``routine``, those its purpose's peers use (MissionPeers): a session
        stopped for sending where a purpose's sessions routinely send cannot sweep them."""
        agent = x["agent"]
        if agent in self._scoped:
            return  # stopped already: nothing to scope
        routine = frozenset(routine)
        for value, domain in self._reached(x, call):
            if domain and (
                value in routine
                or self._declared(x, value, domain) is not None
                or key_of_uncached(agent, "v", value) in self._pairs
            ):
                continue
            senders = self._senders if domain else self._calls
            key = _scope_key(value)
            who = senders.get(key)
            if who is None:
                who = senders[key] = []
                if len(senders) > self.scope_capacity:
                    senders.popitem(last=False)
            else:
                senders.move_to_end(key)
                if any(sender[0] == agent for sender in who):
                    continue  # its first send there is the evidence
            principal = x.get("principal")
            who.append(
                [
                    agent,
                    x.get("event_id", ""),
                    x.get("t", 0.0),
                    key_of(principal) if principal else 0,
                ]
            )
            if len(who) > self.scope_senders:
                del who[0]

    @staticmethod
    def _reached(x: DecisionFeatures, call: bool = True) -> list[tuple[str, str]]:
        """(value, domain) of where the call sends, and the hosts a read fetches from (a
        host an incident's session was lured to is an indicator too: a page carrying the
        next instruction, or a query carrying data out); and the call itself, as
        (:func:`call_signature`, ""), when it has an effect."""
        reached = [(value, domain) for _, _, value, domain in x.get("outbound", ())]
        reached += [(host, host) for _, host in x.get("fetched", ())]
        signature = call_signature(x) if call else None
        if signature is not None:
            reached.append((signature, ""))
        return reached

    def indicators(self, x: DecisionFeatures, tainted: Iterable[str]) -> list[str]:
        """The indicators of the incident the call ``x`` is the offence of: the destinations
        it tainted (:meth:`taint`), the hosts it fetched from that neither the mission nor
        the principal names, and the call itself when it has an effect
        (:func:`call_signature`)."""
        found = list(tainted)
        found += [h for _, h in x.get("fetched", ()) if self._declared(x, h, h) is None]
        call = call_signature(x)
        if call is not None:
            found.append(call)
        return found

    def scope(
        self, values: Iterable[str], t: float, agent: str, owners: Collection[int] = ()
    ) -> list[tuple[str, str, str]]:
        """The agents in scope of an incident whose indicators (:meth:`taint`) are
        ``values``, the stopped ``agent`` aside: every other agent of the cohort that sent
        to one of them in the ``scope_s`` seconds before ``t`` with neither its mission nor
        its principal naming it, not stopped yet; as (agent, its send's event id, value).
        Not in scope: an agent acting for one of ``owners`` (keys of the principals whose
        objects the offence reached, DelegationScope.reached): the stopped agent cancelled
        another customer's booking, and that customer's own sessions cancelling it are their
        own business, not the incident. Each is marked, once (:meth:`mark`, :meth:`take`),
        and so is ``agent``."""
        self.stopped(agent)
        found = []
        since = t - self.scope_s
        for value in values:
            key = _scope_key(value)
            for other, event_id, at, *principal in (
                *self._senders.get(key, ()),
                *self._calls.get(key, ()),
            ):
                if other == agent or at < since or (principal and principal[0] in owners):
                    continue
                if self.claim(other):
                    found.append((other, event_id, value))
        return found

    def _scope_mark(self, agent: str, mark: list[str]) -> None:
        self._scoped[agent] = mark
        self._scoped.move_to_end(agent)
        if len(self._scoped) > 4 * self.scope_capacity:
            self._scoped.popitem(last=False)

    def claim(self, agent: str) -> bool:
        """Whether ``agent`` may be swept by a finding about another agent's call (incident
        scoping, late ownership): not stopped nor scoped yet; if so it is marked, once."""
        if agent in self._scoped:
            return False
        self._scope_mark(agent, ["", ""])
        return True

    def stopped(self, agent: str) -> None:
        """The agent was stopped by its own call: no incident scopes it again."""
        if agent not in self._scoped:
            self._scope_mark(agent, ["", ""])

    def mark(self, agent: str, action: str, command_id: str) -> None:
        """The command that scoped ``agent``, for its state to take (:meth:`take`)."""
        self._scope_mark(agent, [action, command_id])

    def take(self, agent: str) -> tuple[str, str] | None:
        """(action, command id) of a scoping command the agent's state has not taken yet."""
        mark = self._scoped.get(agent)
        if not mark or not mark[0]:
            return None
        self._scoped[agent] = ["", ""]
        return mark[0], mark[1]

    def unscope(self, agent: str) -> None:
        """An analyst reinstated the agent: it may be scoped by a later incident."""
        self._scoped.pop(agent, None)

    def _declared(self, x: DecisionFeatures, value: str, domain: str) -> str | None:
        """What the mission or the principal says of a destination: the mission writes it out,
        or it is the principal's or the agent's own."""
        named = x.get("named_destinations") or frozenset()
        if value in named or domain in named:
            return "named by the mission"
        text = x.get("purpose_text", "")
        # The value written out, the account an AWS principal or the project a Google Cloud
        # service account is in, the bucket a call hands data to, or a host (not only as the
        # domain of an address: that names one mailbox).
        within = domain.startswith(("aws:", "gcp:", "s3:"))  # the account, project, bucket
        written = (value, domain.partition(":")[2]) if within else (value,)
        if ("." in domain and _host_written(domain, text)) or any(
            len(v) >= 6 and _verbatim(v, text) for v in written
        ):
            return "named by the mission"
        if "." not in domain and "/" not in domain and ":" not in domain:
            # Not a host name (a bucket, a share, an account handle): named when the purpose
            # names each of its distinctive words (at least two).
            words = (x["purpose_tokens"] | x["declared_tokens"]) - _GENERIC
            own_words = {w for w in tokens(domain) - _GENERIC if not self._background(w)}
            if len(own_words) >= 2 and own_words <= words:
                return "named by the mission"
        local, at, _ = value.partition("@")
        if at:
            # An address whose name part is a person the purpose names ("create an event with
            # Sarah Baker" and sarah.baker@...): the mission asks for that person, the
            # address is how the agent reaches them. Two words at least: a first name alone
            # names nobody in particular.
            person = tokens(local)
            if len(person) >= 2 and person <= x["purpose_tokens"]:
                return "a person the mission names"
        principal = x.get("principal") or ""
        if principal and (value == principal or domain == _principal_domain(principal)):
            return "the principal's own"
        if domain == x.get("own_account"):
            return "the agent's own account"
        container = x.get("target_container")
        if container and domain == f"gcp:{container}":
            # A service account of the project the call acts in (a VM started with the
            # project's runner account): the mission let the agent act in that project, and
            # its identities stay in it, as an AWS role of the agent's own account.
            return "a service account of the project the call acts in"
        return None

    def new_rate(self, task: str, argument: str, prior: float = 1.0) -> float:
        """How often this cohort's unremarkable calls of ``task`` put an unexplained
        destination in ``argument``: (unexplained + 1) / (calls with the argument + 1), so an
        argument that routinely names new addresses (a sales mailer's ``to``) stays high while
        one that never does (a payment's payee, a mail's ``bcc``) falls towards 0; an argument
        the task's calls never carried is (0 + 1) / (calls + 1); in a cohort whose sends,
        shares and grants never named a destination, 1 / (those calls + 1); with no history
        at all the rate is 1 (nothing to compare with)."""
        # An argument the task's calls never carried, in a task the cohort called: it named a
        # new destination in none of them, (0 + prior) / (calls + 1) (a mail's first ``bcc``
        # in a mailer that never used one is no ``to``). A task the cohort never called: its
        # rate over the destinations of every call with an effect outside the agent.
        if not self._support.get(key_of("k", task, argument)):
            calls = self._support.get(key_of("c", task)) / _UNITS
            if calls:
                return min(1.0, prior / (calls + 1.0))
        for task_, argument_ in ((task, argument), (task, "*"), ("*", "*")):
            seen = self._support.get(key_of("k", task_, argument_)) / _UNITS
            if seen:
                new = self._support.get(key_of("u", task_, argument_)) / _UNITS
                return min(1.0, (new + prior) / (seen + 1.0))
        # A cohort whose sends, shares and grants never named a destination (it posts to its
        # own channels, adds colleagues by user id): its first is as rare as they are many.
        calls = self._support.get(key_of("e", "*")) / _UNITS
        if calls:
            return min(1.0, prior / (calls + 1.0))
        return prior

    def _destinations(self, x: DecisionFeatures, grants: bool = False) -> tuple[float, str] | None:
        """The worst of the call's destinations that nothing explains, as (score, reason);
        ``grants``: only identities reached or given access (:func:`_grant`)."""
        worst: tuple[float, str] | None = None
        for argument, kind, value, domain in x.get("outbound", ()):
            if grants and not _grant(argument, kind):
                continue
            if self.explains(x, value, domain) is None:
                found = self._unexplained(x, argument, kind, value, domain)
                if worst is None or found[0] > worst[0]:
                    worst = found
        return worst

    def _unread(self, x: DecisionFeatures) -> tuple[float, str] | None:
        """A send whose arguments were cut at the record's bounds (``x["unread"]`` values
        never read): the destinations read may all be explained while the one that matters
        was cut (a recipient list padded past 1,024 values, the attacker's address last).
        Where it sends is not all known, a finding of full weight."""
        unread = x.get("unread", 0)
        if not unread:
            return None
        return self.destination_weight, (
            f"the call's arguments were cut at the record's bounds ({unread} value(s) never "
            f"read): where it sends is not all known"
        )

    def _indicator(self, x: DecisionFeatures) -> tuple[float, str] | None:
        """An indicator of an earlier incident the call reaches (:meth:`taint`): a host a
        stopped agent of the cohort fetched from in its offence (the page that carried the
        instruction), neither the mission nor the principal naming it nor the purpose's
        sessions reading it in their ordinary work (``x["peer_hosts"]``); or the very call
        that stopped it (its task with every argument value, :func:`call_signature`: the same
        injected instruction carried out by another session). Incident scoping reaches the
        sessions that did so before the incident was found; this, the ones after, for as
        long (``scope_s``)."""
        t = x.get("t", 0.0)
        for argument, host in x.get("fetched", ()):
            if (
                self._recent_indicator(host, t)
                and self._declared(x, host, host) is None
                and host not in (x.get("purpose_agrees") or ())
                and host not in (x.get("peer_hosts") or ())
            ):
                return self.destination_weight, (
                    f"fetches from {host!r} ({argument}), which a stopped agent of the cohort "
                    f"fetched from in the call that stopped it (an indicator of that incident), "
                    f"and neither the mission nor the principal names it"
                )
        signature = call_signature(x)
        if signature is not None and self._recent_indicator(signature, t):
            return self.destination_weight, (
                f"{x['task']!r} with these very arguments is the call that stopped another "
                f"agent of the cohort (an indicator of that incident), and the mission names "
                f"none of its values"
            )
        return None

    def _unexplained(
        self, x: DecisionFeatures, argument: str, kind: str, value: str, domain: str = ""
    ) -> tuple[float, str]:
        """(score, reason) of one destination nothing explains: full weight when a stopped
        agent of the cohort sent there, or when it replaces a counterparty's account; else by
        the cohort's rate of new destinations there."""
        what = f"destination {value!r} ({argument})"
        if self._is_tainted(value):
            return self.destination_weight, (
                f"{what} is one a stopped agent of the cohort sent to, and neither the mission "
                f"nor the principal names it"
            )
        drop = _dropped(x, domain)
        if drop:
            return self.destination_weight, (
                f"{what} is at {drop!r}, a drop service (a request inspector, a paste site, a "
                f"file drop or a public tunnel: anyone with the link reads what is sent), and "
                f"neither the mission nor the principal names it"
            )
        changed = self.changed_account(x, value) if kind in _MONEY else None
        if changed is not None:
            return self.destination_weight, (
                f"{what} replaces the account the cohort's earlier calls naming {changed!r} "
                f"all went to, and neither the mission nor the principal names it (a payee's "
                f"bank details changed)"
            )
        if kind in _MONEY:
            larger = self.larger_amount(x)
            if larger is not None:
                return self.destination_weight, (
                    f"{what} is named by neither the mission nor the principal, and neither "
                    f"this agent nor the cohort paid it; {larger}"
                )
        # Access granted to, or a role assumed in, another identity is rare by nature: with no
        # history it counts as rare, not as "nothing to compare with" (prior 0). A user a
        # grant names by a bare name may be a colleague: its first is as rare as the cohort's
        # history without one is long (prior 1 / (calls + 1)), nothing to compare with at its
        # very start.
        task = x["task"]
        if kind == "code":
            # Code run from a host (a script piped into a shell, a package index) no one
            # named: rare by nature, whatever the cohort's rate of new destinations.
            return self.destination_weight, (
                f"code source {value!r} ({argument}) is named by neither the mission nor the "
                f"principal, and neither this agent nor the cohort ran code from there"
            )
        if _grant(argument, kind):
            prior = 0.0
        else:
            prior = 1.0 / (self.n + 1.0) if kind == "user" else 1.0
        rate = self.new_rate(task, argument, prior)
        if self._support.get(key_of("c", task)) or self._support.get(key_of("k", task, "*")):
            calls = f"{task!r} calls name a new one there"
        else:  # the fallback of new_rate: a task the cohort never called
            calls = f"calls with an effect name a new destination (it never called {task!r})"
        return self.destination_weight * (1.0 - rate), (
            f"{what} is named by neither the mission nor the principal, and neither this agent "
            f"nor the cohort sent there; {rate:.0%} of the cohort's {calls}"
        )

    def larger_amount(self, x: DecisionFeatures, above: float = 0.0) -> str | None:
        """Why the call's amount is out of the cohort's range, or ``None``: a numeric argument
        at least ``amount_ratio`` times the largest that argument carried in the cohort's
        ``amount_support`` or more unremarkable calls of the task (and at least ``above``);
        for a task the cohort paid with fewer times, in its payments of every task (a payment
        task new to the cohort is no reason to trust its amount). A first payment to a new
        payee that is also far larger than usual is what banks' transaction monitoring holds
        for review (Delegated Regulation (EU) 2018/389, Article 2: the amount of each
        payment; the new payee alone is common: every customer pays someone new some day)."""
        task = x["task"]
        for key, quantity in _quantities(x):
            if quantity < above:
                continue
            item = key_of("q", task, key)
            seen = self._support.get(item) / _UNITS
            calls = f"earlier {task!r} calls"
            if seen < self.amount_support:
                item = key_of("q", "*", key)
                seen = self._support.get(item) / _UNITS
                calls = "earlier payments"
                if seen < self.amount_support:
                    continue
            largest = self._largest.get(item) / 100
            if largest > 0 and quantity >= self.amount_ratio * largest:
                return (
                    f"its {key} {quantity:g} is {quantity / largest:.0f}x the largest of the "
                    f"cohort's {seen:g} {calls} ({largest:g})"
                )
        return None

    def _amount(self, x: DecisionFeatures) -> tuple[float, str] | None:
        """A payment to a payee the mission names, whose amount is at least ``amount_ratio``
        times every number the mission's purpose writes and far above the cohort's range for
        the task (:meth:`larger_amount`). A mission that names the payee and writes the sums
        says what is owed: the landlord the purpose names for a rent of 2,200 is not owed a
        million. Transaction monitoring weighs the amount of each payment whoever the payee
        (Delegated Regulation (EU) 2018/389, Article 2). A purpose that writes no number says
        nothing of amounts: no finding (nor, by itself, on the cohort's range alone: one
        task's refund of 10 is a thousand times another's payment of 0.01)."""
        payees = [
            value
            for _, kind, value, domain in x.get("outbound", ())
            if kind in _MONEY and self._declared(x, value, domain) == "named by the mission"
        ]
        if not payees:
            return None
        stated = [_number(n) for n in _NUMBER.findall(x.get("purpose_text", ""))]
        if not stated:
            return None
        bound = max(stated)
        larger = self.larger_amount(x, above=self.amount_ratio * bound)
        if larger is None:
            return None
        return self.destination_weight, (
            f"a payment to {payees[0]!r}, which the mission names, but {larger}, and at least "
            f"{self.amount_ratio:g}x every number the mission writes (the largest {bound:g})"
        )

    def _recent_indicator(self, value: str, t: float) -> bool:
        """Whether ``value`` (a host, a call signature) became an indicator no more than
        ``scope_s`` before ``t`` (:meth:`taint` marks them with the time)."""
        at = self._tainted.get(key_of("t", value))
        return bool(at) and t - at <= self.scope_s

    def _is_tainted(self, value: str) -> bool:
        """Whether a stopped agent of the cohort sent to ``value`` (:meth:`taint`)."""
        return bool(self._tainted.counts) and bool(self._tainted.get(key_of("t", value)))

    def state_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "support": self._support.to_dict(),
            "pairs": self._pairs.to_list(),
            "kinds": self._kinds,
            "words": self._words.to_dict(),
            "bindings": self._bindings.to_list(),
            "tainted": self._tainted.to_list(),
            "largest": self._largest.to_list(),
            "senders": [[value, who] for value, who in self._senders.items()],
            "calls": [[value, who] for value, who in self._calls.items()],
            "scoped": [[agent, *mark] for agent, mark in self._scoped.items()],
        }

    def load_state_dict(self, state: dict[str, Any]) -> MissionGrounding:
        self.n = int(state["n"])
        self._support.load(state["support"])
        self._pairs.load(state["pairs"])
        self._kinds = int(state.get("kinds", 0))  # exports before words were counted: none
        if "words" in state:
            self._words.load(state["words"])
        if "bindings" in state:  # exports before accounts were bound: none
            self._bindings.load(state["bindings"])
        if "tainted" in state:
            self._tainted.load(state["tainted"])
        if "largest" in state:  # exports before amounts were compared: none
            self._largest.load(state["largest"])
        # Exports before incident scoping: no senders, nobody scoped.
        self._senders = OrderedDict(
            (v, [list(s) for s in who]) for v, who in state.get("senders", ())
        )
        self._calls = OrderedDict((v, [list(s) for s in who]) for v, who in state.get("calls", ()))
        self._scoped = OrderedDict((a, [action, cid]) for a, action, cid in state.get("scoped", ()))
        return self


def _dropped(x: DecisionFeatures, domain: str) -> str | None:
    """The drop service (``x["drop_services"]``, config/rules/drop-services.yaml) a
    destination's domain is, or is under; ``None`` for none."""
    drops = x.get("drop_services")
    if not drops or not domain:
        return None
    if domain in drops:
        return domain
    parts = domain.split(".")
    for i in range(1, len(parts) - 1):
        suffix = ".".join(parts[i:])
        if suffix in drops:
            return suffix
    return None


def _grant(argument: str, kind: str) -> bool:
    """Whether a destination is an identity reached or given access: a principal (a role
    assumed, an AWS account), or whoever a sharing call names (argument ``grantee``: the
    members a GCP policy change adds, by address or domain)."""
    return kind == "principal" or argument == "grantee"
