"""Typed entities in a decision's structured arguments: e-mail addresses, domains, URLs,
IBANs, phone numbers, principals and object ids, each with its normalised value and the JSON
path where it was found.

:func:`extract_entities` is a pure function of the arguments (no clock, no I/O, no state). It
walks the structure: lists and objects are structure, never text, so ``{"to": ["a@b.com"]}``
yields the e-mail ``a@b.com`` at ``$.to[0]`` (and its domain ``b.com``), never a domain
``b.com"]``. Each candidate is confirmed by a maintained parser:

- e-mail addresses: ``email-validator`` (syntax only, no DNS; internationalised addresses,
  quoted mailboxes, address literals); a domain IDNA 2008 refuses but DNS takes
  (``xn--n3h.net``, ``relay_1.example.org``) read as a browser reads a host;
- domains: the registrable domain (the public suffix plus one label) by ``publicsuffixlist``
  from the snapshot it ships (never fetched at run time), ICANN and private sections, so
  ``evil.co.uk`` is a domain and ``co.uk`` is not, ``a.github.io`` is its own; values in ASCII
  (IDNA A-labels, via ``idna``: ``bücher.example`` is ``xn--bcher-kva.example``);
- URLs: ``urllib.parse`` (RFC 3986) and, for http(s), ws(s) and ftp, the WHATWG URL
  Standard's reading (``\\`` as ``/``, any number of slashes, tabs and newlines dropped, the
  host percent-decoded), one entity per distinct host: where the two disagree
  (``https://evil.example\\@acme.example/``) each host is a destination; a host IDNA 2008
  refuses (``x_y.example``, ``☃.net``) mapped as browsers map it (UTS 46 without the STD3
  rules); the value is scheme, host (A-labels) and path, query kept,
  credentials and fragment dropped; the host's registrable domain is a domain entity too; a
  value without a scheme under a key that names a URL (``url``, ``image_url``, ``imageUrl``,
  ``link``, ``href``, ``website``) is read as ``http://`` and the value, as a browser reads it,
  when its host is a registrable domain (elsewhere a host and a path is no URL: container
  images, module paths and package names have that form);
- IBANs: ``python-stdnum`` (country format and the ISO 13616 mod-97 check), compact upper
  case; a whole value in IBAN form (two letters, two check digits, 11 to 30 letters and
  digits, at most four of them letters: a bank code; the country an ISO 3166 code as
  ``phonenumbers`` lists them) that fails those checks is an ``account``: an
  account number the check cannot confirm is still where a payment would go, and it is
  exactly what a careless or hostile caller writes;
- crypto-currency addresses (``account``): Bitcoin's base58 and bech32 forms confirmed by
  ``python-stdnum`` (a bech32 form for Bitcoin or Litecoin that the check does not confirm,
  such as taproot's bech32m, is an account all the same, like an IBAN form); an EVM account
  (``0x`` and 40 hex digits: Ethereum and the chains sharing its form), lower case, its form
  the only check there is (EIP-55's checksum is the letters' case, which many omit); a
  TRON address (``T`` and 33 base58 characters) whose base58 checksum holds;
- payment and messaging handles (``account``): ``@name`` (Venmo, X, Telegram) and Cash
  App's ``$name`` (a letter first: ``$500`` is an amount), lower case;
- phone numbers: ``phonenumbers`` (Google's libphonenumber), only in international form
  (``+``, ``00`` or ``tel:``; or, under a key that names a phone, ``msisdn``, ``phone``,
  ``mobile_number``, 8 to 15 digits without the ``+``, as MSISDNs are written): a national
  number has no country to check it against; E.164;
- principals: AWS IAM and STS principal ARNs, Kubernetes service accounts
  (``system:serviceaccount:NS:NAME``), SPIFFE ids;
- object ids: other ARNs, URNs, UUIDs (lower case), and any string or integer under a key
  named ``id`` or ending in ``_id``, ``-id``, ``Id``, ``ID`` (``ids``, ``_ids``, ``Ids``,
  ``IDs`` for lists), the JSON naming convention for identifiers, no domain vocabulary.

A string that holds a JSON object or list (IAM policy documents, stringified argument lists)
is walked as that structure, within the same bounds; a string that is a list and nothing
else (an RFC 5322 address list ``Bob <b@x.example>, c@y.example``, or values separated by
commas, semicolons or spaces) gives each item as a whole value. A whole string value is
tried as each kind; a string that is none of them is scanned as text
for URLs, e-mail addresses, IBANs, crypto-currency addresses and international phone
numbers (never bare domains: in
prose ``main.py`` or ``e.g.`` would be; a word starting ``www.`` is a URL, read as
``http://`` and the word, as the GitHub Flavored Markdown spec's extended www autolink and
every chat client read it). A bare value that the public suffix list makes a
domain is one (``main.py`` too: ``.py`` is Paraguay's); ``Entity.found`` says how each was
found (``value``, ``text``, ``url``, ``email``) so a consumer can weigh them.

Bounded work: at most :data:`LIMITS` values walked, characters scanned and entities returned;
candidates are found without backtracking regexes (an ``@`` is expanded from where it is).
Measured (docs/sources.md, "Typed entities"): a few tens of µs per decision.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any, Literal
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

import idna
import phonenumbers
from email_validator import EmailNotValidError, validate_email
from publicsuffixlist import PublicSuffixList
from stdnum import bitcoin as stdnum_bitcoin
from stdnum import iban as stdnum_iban

__all__ = [
    "ENTITY_KINDS", "LIMITS", "Entity", "EntityKind", "compact_account", "extract_entities",
    "id_key", "registrable_domain", "url_key",
]  # fmt: skip

EntityKind = Literal[
    "email", "domain", "url", "iban", "account", "phone", "principal", "object_id",
]  # fmt: skip
ENTITY_KINDS: tuple[EntityKind, ...] = (
    "email", "domain", "url", "iban", "account", "phone", "principal", "object_id",
)  # fmt: skip
Found = Literal["value", "text", "url", "email"]

#: Bounds of the work on one record: values walked, nesting followed, characters of one string
#: looked at (whole-value checks and text scan), characters scanned in all, candidates of each
#: kind tried in one string's text, entities returned.
LIMITS = {
    "values": 2048, "depth": 16, "string": 8192, "scan": 65536, "candidates": 64, "entities": 256,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entity:
    """One typed value found in the arguments: its kind, normalised value, JSON path (``$``
    the arguments, ``.key`` or ``['key']``, ``[i]``) and how it was found."""

    kind: EntityKind
    value: str
    path: str
    found: Found = "value"


# The list, parsed once from the snapshot the package ships (no network).
_PSL = PublicSuffixList(accept_unknown=False)

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_ARN = re.compile(r"^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(.+)$")
_PRINCIPAL_RESOURCE = re.compile(r"^(?:user|role|assumed-role|federated-user|root)(?:/|$)")
_SERVICE_ACCOUNT = re.compile(r"^system:serviceaccount:[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[^:\s]+$")
_URN = re.compile(r"^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}://")
_WWW = re.compile(r"(?:(?<=^)|(?<=[\s*_~(]))www\.", re.IGNORECASE)
_URL_END = re.compile(r"[\s<>\"'`\\^{}|\[\]]")
_IBAN_TEXT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
_IBAN_FORM = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
# Crypto-currency addresses: an EVM account (Ethereum and the chains that share its form:
# ``0x`` and 20 bytes in hex; EIP-55's checksum is only the letters' case) and Bitcoin's
# base58 (P2PKH ``1``, P2SH ``3``) and bech32 (``bc1``, ``tb1``) forms.
_EVM = re.compile(r"^0[xX][0-9a-fA-F]{40}$")
_BECH32_FORM = re.compile(r"^(?:bc|tb|ltc)1[02-9ac-hj-np-z]{11,87}$")
_WALLET_TEXT = re.compile(
    r"(?<![A-Za-z0-9])(?:0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}"
    r"|(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87})(?![A-Za-z0-9])"
)
# A payment or messaging handle: ``@name`` (Venmo, X, Telegram, Instagram) or ``$name`` (Cash
# App's $Cashtag: a letter first, so ``$500`` stays an amount).
_HANDLE_FORM = r"(?:@[A-Za-z0-9]|\$[A-Za-z])(?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?"
_HANDLE = re.compile(f"^{_HANDLE_FORM}$")
_HANDLE_TEXT = re.compile(rf"(?<![\w@.$/\\]){_HANDLE_FORM}(?![\w@/])")
_PHONE_TEXT = re.compile(r"(?<![\w+])(?:\+|00)[1-9][0-9 ().-]{5,22}[0-9](?![\w])")
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"[0-9]")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# What a host's labels may be when IDNA 2008 refuses them (``xn--n3h.net``, ``x_y``).
_LENIENT_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
# A special scheme written with fewer slashes or with backslashes (``https:/x``, ``https:\\x``):
# a browser reads it as a URL all the same.
_SPECIAL_PREFIX = re.compile(r"(?:https?|wss?|ftp):[/\\]", re.IGNORECASE)
# One item of a list: up to a comma or semicolon outside quotes and angle brackets.
_LIST_ITEM = re.compile(r'(?:"(?:[^"\\]|\\.)*"|<[^<>]*>|[^,;"<])+')
_NAMED_ADDRESS = re.compile(r'(?:"(?:[^"\\]|\\.)*"|[^<>"]*)\s*<([^<>\s]+)>')
_COMMENT = re.compile(r"\([^()]*\)")
_LISTED_KINDS = frozenset({"email", "url", "iban", "account", "phone", "principal"})
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")
# Unicode's format characters (general category Cf) that text may carry unseen.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)

# Characters that end an address in text (and quoting that ends one in a stringified list).
_EMAIL_STOP = frozenset(" \t\r\n\"'`<>()[]{},;:\\/|=!?*&^%$#~@")
_ID_KEY = re.compile(r"(?:^|[_-])(?:id|ids)$|[a-z0-9](?:Id|ID|Ids|IDs)$|^(?:id|ids|ID|IDS)$")
_LIST_KEY = re.compile(r"(?:ids|Ids|IDs|IDS)$")
# Keys that name a URL (``url``, ``image_url``, ``imageUrl``, ``links``, ``href``, ``website``):
# a value there without a scheme (``www.example.com/page``) is still a URL.
_URL_KEY = re.compile(
    r"(?:^|[_-])(?:url|uri|link|href|website|webpage)s?$"
    r"|[a-z0-9](?:Url|URL|Uri|URI|Link|Href|Website)s?$"
    r"|^(?:URL|URI|Url|Uri|Link|Href|Website)s?$"
)


# Keys that name a phone number (``phone``, ``msisdn``, ``mobile_number``, ``phoneNumber``,
# ``tel``): 8 to 15 digits there, without a ``+``, are a number in international form.
_PHONE_KEY = re.compile(
    r"(?:^|[_-])(?:msisdn|phone|phone_number|mobile|mobile_number|tel|telephone)s?$"
    r"|[a-z0-9](?:Msisdn|MSISDN|Phone|PhoneNumber|Mobile|MobileNumber)s?$"
    r"|^(?:MSISDN|Msisdn|Phone|PhoneNumber|Mobile|MobileNumber)s?$"
)
_E164_DIGITS = re.compile(r"[1-9]\d{7,14}")
_BASE58 = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def phone_key(key: str) -> bool:
    """Whether an argument's name says it holds a phone number (``msisdn``, ``phone``,
    ``mobile_number``, ``recipientPhone``).

    >>> phone_key("msisdn"), phone_key("recipientPhone"), phone_key("telemetry"), phone_key("x")
    (True, True, False, False)
    """
    return bool(_PHONE_KEY.search(key))


def url_key(key: str) -> bool:
    """Whether an argument's name says it holds a URL (``url``, ``image_url``, ``imageUrl``,
    ``links``, ``href``, ``website``).

    >>> url_key("image_url"), url_key("imageUrl"), url_key("curl"), url_key("body")
    (True, True, False, False)
    """
    return bool(_URL_KEY.search(key))


def id_key(key: str) -> bool:
    """Whether an argument's name says it holds an identifier (``id``, ``order_id``,
    ``orderId``, ``ids``): the JSON naming convention, no domain vocabulary.

    >>> id_key("order_id"), id_key("transactionId"), id_key("amount"), id_key("paid")
    (True, True, False, False)
    """
    return bool(_ID_KEY.search(key))


def extract_entities(arguments: Any, *, limit: int | None = None) -> list[Entity]:
    """The typed entities in a tool's or API call's arguments, in document order (each
    (kind, value, path) once), at most ``limit`` (default ``LIMITS["entities"]``).

    >>> for e in extract_entities({"to": ["Bob@Example.COM"], "ref": "https://x.evil.co.uk/p"}):
    ...     print(e.kind, e.value, e.path, e.found)
    email Bob@example.com $.to[0] value
    domain example.com $.to[0] email
    url https://x.evil.co.uk/p $.ref value
    domain evil.co.uk $.ref url
    >>> [e.kind for e in extract_entities({"iban": "DE89 3704 0044 0532 0130 01"})]
    ['account']
    """
    cap = LIMITS["entities"] if limit is None else max(0, limit)
    out: list[Entity] = []
    seen: set[tuple[str, str, str]] = set()
    budget = [LIMITS["scan"]]
    for entity in _walk(arguments, budget):
        key = (entity.kind, entity.value, entity.path)
        if key in seen:
            continue
        if len(out) >= cap:
            break
        seen.add(key)
        out.append(entity)
    return out


def _walk(root: Any, budget: list[int], path: str = "$", depth: int = 0) -> Iterator[Entity]:
    # Depth-first, in document order: (value, path, key of the nearest object member, depth).
    stack: list[tuple[Any, str, str | None, int]] = [(root, path, None, depth)]
    visited = 0
    while stack and visited < LIMITS["values"]:
        value, path, key, depth = stack.pop()
        visited += 1
        if isinstance(value, Mapping):
            if depth >= LIMITS["depth"]:
                continue
            room = LIMITS["values"] - visited  # members past it would never be visited
            members = [(k, v) for k, v in islice(value.items(), room) if isinstance(k, str)]
            for k, v in reversed(members):
                stack.append((v, _member_path(path, k), k, depth + 1))
        elif isinstance(value, list):
            if depth >= LIMITS["depth"]:
                continue
            list_key = key if key is not None and _LIST_KEY.search(key) else None
            for i in range(min(len(value), LIMITS["values"] - visited) - 1, -1, -1):
                stack.append((value[i], f"{path}[{i}]", list_key, depth + 1))
        elif isinstance(value, str):
            yield from _string(value, path, key, budget, depth)
        elif isinstance(value, int) and not isinstance(value, bool):
            phone = _msisdn(key, str(value)) if 0 < value < 10**15 else None
            if phone:  # an MSISDN written as a JSON number
                yield Entity("phone", phone, path)
                continue
            if key is not None and _ID_KEY.search(key) and abs(value) < 10**30:
                yield Entity("object_id", str(value), path)


def _member_path(path: str, key: str) -> str:
    if key.isidentifier() and key.isascii():
        return f"{path}.{key}"
    # Quoted as a JSON string in ASCII, so a hostile key cannot forge another path.
    return f"{path}[{json.dumps(key[:256])}]"


def _string(
    raw: str, path: str, key: str | None, budget: list[int], depth: int = 0
) -> Iterator[Entity]:
    value = raw[: LIMITS["string"]]
    if not value.isascii():
        # Invisible format characters (zero-width spaces and joiners, direction marks and
        # overrides, soft hyphens: Unicode's Cf) are no part of an address or an account:
        # read without them, as IDNA's mapping already reads a host.
        value = _INVISIBLE.sub("", value)
    value = value.strip()
    if not value or budget[0] <= 0:
        return
    budget[0] -= len(value)
    if value[:1] in "{[" and value[-1:] in "}]" and depth < LIMITS["depth"]:
        try:
            inner = json.loads(value)
        except (ValueError, RecursionError):
            inner = None
        if isinstance(inner, dict | list):
            yield from _walk(inner, budget, path, depth + 1)
            return
    if key is not None and "://" not in value and url_key(key) and not _has_space(value):
        # A URL written without its scheme, under a key that says it is one: read as a
        # browser reads it (http), when its host is a registrable domain.
        as_url = list(_url(f"http://{value}", path, "value"))
        if len(as_url) == 2:  # the URL and its host's registrable domain
            yield from as_url
            return
    phone = _msisdn(key, value)
    if phone:
        yield Entity("phone", phone, path)
        return
    identifier = key is not None and _ID_KEY.search(key) is not None
    found = list(_whole(value, path, shaped=not identifier))
    if found:
        yield from found
        return
    if identifier and len(value) <= 512 and not _has_space(value):
        yield Entity("object_id", value, path)
        return
    found = _listed(value, path)
    if found:
        yield from found
        return
    if depth < LIMITS["depth"]:
        # A destination written percent-encoded (``eve%40x.example`` in an invite's list) or
        # in base64 (a button's ``value_b64``): the text it decodes to is read as the value,
        # as a browser or a mail server reads it (ATT&CK T1027, obfuscation: an encoding
        # hides a link, not its destination).
        for decode, mark in _DECODERS:
            decoded = decode(value)
            if decoded is not None:
                yield from _string(decoded, path + mark, key, budget, depth + 1)
                return
    yield from _text(value, path)


#: Marks the path of an entity read from a decoded value (``$.blocks[0].value_b64<base64>``,
#: ``$.users[0]<percent>``).
ENCODED = "<base64>"
PERCENT = "<percent>"
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _percent_text(value: str) -> str | None:
    """The text a percent-encoded value (RFC 3986 section 2.1) decodes to, when the value has
    no space, holds an encoded octet and decodes to printable text holding a URL or an
    address; ``None`` for anything else.

    >>> _percent_text("ekstern.revisor%40revisjon-nord.example")
    'ekstern.revisor@revisjon-nord.example'
    >>> _percent_text("https%3A%2F%2Fevil.example%2Fp"), _percent_text("50%25-off")
    ('https://evil.example/p', None)
    >>> _percent_text("a b%40c"), _percent_text("%ff%40x.example")
    (None, None)
    >>> _percent_text("eve%40evil.example%0D%0A"), _percent_text("eve%E2%80%8B%40evil.example")
    ('eve@evil.example', 'eve@evil.example')
    """
    if (
        len(value) > 4096
        or not value.isascii()
        or _PERCENT.search(value) is None
        or _has_space(value)
    ):
        return None
    try:
        text = unquote(value, errors="strict")
    except UnicodeDecodeError:
        return None  # octets that are no UTF-8 text
    if text == value:
        return None
    # Line breaks, tabs and invisible format characters a receiver trims (``%0A`` after
    # an address, an encoded zero-width space) are no part of what the value names.
    text = _INVISIBLE.sub("", text.translate(_WHITESPACE)).strip()
    if not text.isprintable() or _DECODED_HINT.search(text) is None:
        return None
    return text


_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
# What a decoded value must hold to be read: a scheme, an address, a www. host.
_WHITESPACE = {ord("\t"): " ", ord("\n"): " ", ord("\r"): " "}
_DECODED_HINT = re.compile(r"://|@|\bwww\.", re.IGNORECASE)


def _base64_text(value: str) -> str | None:
    """The text a whole base64 (or base64url) value decodes to, when it is printable text
    holding a URL, an address or a ``www.`` host; ``None`` for anything else (an id, a
    hash, a binary blob: random bytes are not printable text).

    >>> _base64_text("aHR0cHM6Ly9ldmlsLmV4YW1wbGUvcA=="), _base64_text("c3ViX1E4UjJUNA")
    ('https://evil.example/p', None)
    >>> _base64_text("bWFpbCBtZSBhdCBldmVAeC5leGFtcGxl"), _base64_text("hello-world-12345678")
    ('mail me at eve@x.example', None)
    >>> _base64_text("aHR0cHM6Ly9ldmlsLmV4YW1w\\nbGUvcAo=")  # wrapped, a line break decoded
    'https://evil.example/p'
    """
    if len(value) > 4096:
        return None
    value = value.replace("\r", "").replace("\n", "")  # MIME wraps base64 in lines
    if _BASE64.fullmatch(value) is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(
            value.replace("+", "-").replace("/", "_") + "=" * (-len(value) % 4)
        )
        text = raw.decode("utf-8").strip()
    except (ValueError, UnicodeDecodeError):
        return None
    if not text.translate(_WHITESPACE).isprintable() or _DECODED_HINT.search(text) is None:
        return None
    return text


#: The encodings a whole value is read through, in order, each with its path marker.
_DECODERS = ((_percent_text, PERCENT), (_base64_text, ENCODED))


def _has_space(value: str) -> bool:
    return _SPACE.search(value) is not None


def _whole(value: str, path: str, shaped: bool = True) -> Iterator[Entity]:
    """The entities a whole string value is (nothing when it is none of the kinds);
    ``shaped``: whether a value in IBAN form that the checks do not confirm is an account
    (not under a key that says it holds an identifier: ``request_id: CA452512623586A8``
    is a request's id in that form)."""
    lowered = value[:12].lower()
    if lowered.startswith("mailto:"):
        yield from _email(value[7:].split("?", 1)[0], path, "value")
        return
    if lowered.startswith("tel:"):
        phone = _phone(value[4:].split(";", 1)[0])
        if phone:
            yield Entity("phone", phone, path)
        return
    if lowered.startswith("spiffe://") and not _has_space(value):
        yield Entity("principal", value, path)
        return
    if "://" in value or _SPECIAL_PREFIX.match(value):
        compact = value.translate(_TAB_NEWLINE)  # a browser drops tabs and newlines in a URL
        if not _has_space(compact):
            yield from _url(compact, path, "value")
            return
    if _has_space(value) and not _looks_grouped(value):
        return
    if value[:1] in "@$":
        if _HANDLE.match(value):
            yield _handle(value, path, "value")
        return
    if "@" in value:
        yield from _email(value, path, "value")
        return
    if lowered.startswith("arn:"):
        match = _ARN.match(value)
        if match:
            service, resource = match.group(2), match.group(5)
            principal = service in ("iam", "sts") and _PRINCIPAL_RESOURCE.match(resource)
            yield Entity("principal" if principal else "object_id", value, path)
        return
    if lowered.startswith("system:"):
        if _SERVICE_ACCOUNT.match(value):
            yield Entity("principal", value, path)
        return
    if lowered.startswith("urn:"):
        if _URN.match(value):
            yield Entity("object_id", value, path)
        return
    if len(value) == 36 and _UUID.match(value):
        yield Entity("object_id", str(uuid.UUID(value)), path)
        return
    wallet = _wallet(value)
    if wallet:
        yield Entity("account", wallet, path)
        return
    if value[:1] in "+0" or value[:2].isalpha():
        if value[:1] in "+0":
            phone = _phone(value)
            if phone:
                yield Entity("phone", phone, path)
                return
        account = _iban(value)
        if account:
            yield Entity("iban", account, path)
            return
        unconfirmed = _iban_shaped(value) if shaped else None
        if unconfirmed:
            yield Entity("account", unconfirmed, path)
            return
    if "." in value and not _has_space(value):
        domain = _domain(value)
        if domain:
            yield Entity("domain", domain, path)


def _listed(value: str, path: str) -> list[Entity]:
    """The entities of a value that is a list of addresses, links, accounts or numbers and
    nothing else: an RFC 5322 address list (``Bob <bob@x.example>, "Smith, A" <a@y.example>``,
    comments in parentheses) or values separated by commas, semicolons or spaces. Each is a
    whole value, as in a JSON list; prose (``mail it to a@x.example``) is not a list. A lone
    ``<a@x.example>`` is not read as a mailbox: an RFC 5322 message id (``In-Reply-To``,
    ``References``) has that form. At most ``LIMITS["entities"]`` items are read.

    >>> [e.value for e in _listed('Ann <a@x.example>, "Lee, B" <b@y.example>', "$")]
    ['a@x.example', 'b@y.example']
    >>> _listed("mail it to a@x.example", "$")
    []
    """
    if "," not in value and ";" not in value and "<" not in value and not _has_space(value):
        return []
    parts = _LIST_ITEM.findall(_COMMENT.sub(" ", value))
    if not parts:
        return []  # separators only
    separated = len(parts) > 1
    if not separated and "<" not in parts[0] and '"' not in parts[0]:
        parts = parts[0].split()
    found: list[Entity] = []
    for part in islice(parts, LIMITS["entities"]):
        item = part.strip()
        if not item:
            continue
        named = _NAMED_ADDRESS.fullmatch(item)
        if named and (separated or not item.startswith("<")):
            item = named.group(1)
        elif _has_space(item) and not item.startswith('"'):
            return []
        entities = list(_whole(item, path))
        if not entities and item.startswith('"'):
            entities = list(_email(item, path, "value"))  # a quoted mailbox: "a b"@x.example
        if not any(e.kind in _LISTED_KINDS for e in entities):
            return []
        found.extend(entities)
    return found


def _looks_grouped(value: str) -> bool:
    """An IBAN or a phone number written in groups (``DE89 3704 ...``, ``+44 20 ...``)."""
    return len(value) <= 48 and (value[:1] in "+0" or value[:2].isalpha() and value[2:4].isdigit())


def _text(value: str, path: str) -> Iterator[Entity]:
    """URLs, e-mail addresses, IBANs and international phone numbers inside free text (at most
    ``LIMITS["candidates"]`` candidates of each kind). A word starting ``www.`` (at the start,
    after a space or ``*_~(``: GFM's extended www autolink) is a URL too.

    >>> [(e.kind, e.value) for e in _text("see www.example.org/a, or xwww.b.org", "$.m")]
    [('url', 'http://www.example.org/a'), ('domain', 'example.org')]
    """
    cap = LIMITS["candidates"]
    spans: list[tuple[int, int]] = []
    schemes = _SCHEME.finditer(value) if "://" in value else iter(())
    bare = _WWW.finditer(value) if "www." in value else iter(())
    for matches, scheme in ((schemes, ""), (bare, "http://")):
        for match in islice(matches, cap):
            start = match.start()
            if any(a <= start < b for a, b in spans):
                continue
            end_match = _URL_END.search(value, match.end())
            end = end_match.start() if end_match else len(value)
            candidate = value[start:end].rstrip(".,;:!?)")
            spans.append((start, start + len(candidate)))
            yield from _url(scheme + candidate, path, "text")
    at, tried, seen = value.find("@"), 0, 0
    while at != -1 and tried < cap and seen < 4 * cap:
        seen += 1
        start, end = at, at + 1
        while start > 0 and at - start < 64 and value[start - 1] not in _EMAIL_STOP:
            start -= 1
        while end < len(value) and end - at < 255 and value[end] not in _EMAIL_STOP:
            end += 1
        candidate = value[start:end].rstrip(".-")
        if start < at and "." in candidate[at - start :]:
            tried += 1
            if not any(a <= start < b for a, b in spans):
                yield from _email(candidate, path, "text")
        at = value.find("@", at + 1)
    if "@" in value or "$" in value:
        for match in islice(_HANDLE_TEXT.finditer(value), cap):
            yield _handle(match.group(), path, "text")
    if _DIGIT.search(value) is None:
        return
    for match in islice(_IBAN_TEXT.finditer(value), cap):
        account = _iban(match.group())
        if account:
            yield Entity("iban", account, path, "text")
    for match in islice(_WALLET_TEXT.finditer(value), cap):
        wallet = _wallet(match.group())
        if wallet:
            yield Entity("account", wallet, path, "text")
    if "+" not in value and "00" not in value:
        return
    for match in islice(_PHONE_TEXT.finditer(value), cap):
        phone = _phone(match.group())
        if phone:
            yield Entity("phone", phone, path, "text")


def _url(candidate: str, path: str, found: Found) -> Iterator[Entity]:
    """The URL and its host's registrable domain, once for each host that a reader of the
    URL reaches: Python's and curl's (RFC 3986) and a browser's (the WHATWG URL Standard)
    differ on some (``https://evil.example\\@acme.example/`` is ``evil.example`` to a browser,
    ``acme.example`` to RFC 3986), and each is a destination."""
    candidate = candidate.translate(_TAB_NEWLINE)  # removed anywhere, as browsers do
    seen: set[str] = set()
    for reading in (_rfc_reading(candidate), _browser_reading(candidate)):
        if reading is None:
            continue
        scheme, host, port, rest = reading
        ascii_host = _ascii_host(host) or _lenient_host(host)
        if ascii_host is None or ascii_host in seen:
            continue
        seen.add(ascii_host)
        netloc = ascii_host if ":" not in ascii_host else f"[{ascii_host}]"
        if port is not None:
            netloc = f"{netloc}:{port}"
        yield Entity("url", f"{scheme}://{netloc}{rest}", path, found)
        domain = _registrable(ascii_host)
        if domain:
            yield Entity("domain", domain, path, "url")


_Reading = tuple[str, str, int | None, str]  # scheme, host, port, path and query


def _rfc_reading(candidate: str) -> _Reading | None:
    try:
        parts = urlsplit(candidate)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if not parts.scheme or not host:
        return None
    rest = urlunsplit(SplitResult("", "", parts.path, parts.query, ""))
    return parts.scheme.lower(), host, port, rest


def _browser_reading(candidate: str) -> _Reading | None:
    """A special-scheme URL (http, https, ws, wss, ftp) as the WHATWG URL Standard reads it:
    any run of ``/`` and ``\\`` after the scheme, ``\\`` as ``/``, the authority up to the
    first ``/ \\ ? #``, the host after its last ``@``, percent-decoded."""
    colon = candidate.find(":")
    scheme = candidate[:colon].lower()
    if scheme not in _SPECIAL_SCHEMES:
        return None
    start = colon + 1
    while start < len(candidate) and candidate[start] in "/\\":
        start += 1
    end = start
    while end < len(candidate) and candidate[end] not in "/\\?#":
        end += 1
    host = candidate[start:end].rsplit("@", 1)[-1]
    port: int | None = None
    if not host.startswith("["):
        host, sep, digits = host.rpartition(":") if ":" in host else (host, "", "")
        if sep and digits:
            if not (digits.isascii() and digits.isdigit() and len(digits) <= 5):
                return None
            port = int(digits)
            if port > 65535:
                return None
    host = unquote(host)
    if not host:
        return None
    rest = candidate[end:].split("#", 1)[0].replace("\\", "/")
    return scheme, host.strip("[]"), port, rest


def _email(candidate: str, path: str, found: Found) -> Iterator[Entity]:
    address = _valid_email(candidate.strip())
    if address is None:
        return
    yield Entity("email", address[0], path, found)
    domain = _registrable(address[1])
    if domain:
        yield Entity("domain", domain, path, "email")


def _valid_email(candidate: str) -> tuple[str, str] | None:
    """(normalised address with an ASCII domain, ASCII domain), or ``None``."""
    if len(candidate) > 320 or candidate.count("@") != 1:
        return None
    return _valid_email_cached(candidate)


@lru_cache(maxsize=4096)
def _valid_email_cached(candidate: str) -> tuple[str, str] | None:
    try:
        info = validate_email(
            candidate,
            check_deliverability=False,
            allow_smtputf8=True,
            allow_quoted_local=True,
            allow_domain_literal=True,
            allow_display_name=False,
        )
    except (EmailNotValidError, UnicodeError, ValueError):
        return _lenient_email(candidate)
    domain = (info.ascii_domain or "").lower()
    if not domain:
        return None
    return f"{info.local_part}@{domain}", domain


def _lenient_email(candidate: str) -> tuple[str, str] | None:
    """An address whose mailbox is valid but whose domain IDNA 2008 refuses while DNS and mail
    servers take it (``a@xn--n3h.net``, ``a@x_y.example``): still where the mail goes. Two
    labels at least (``a@localhost`` is no address to send out to)."""
    local, _, host = candidate.rpartition("@")
    domain = _lenient_host(host)
    if domain is None or "." not in domain:
        return None
    try:
        info = validate_email(
            f"{local}@example.com", check_deliverability=False, allow_smtputf8=True,
            allow_quoted_local=True, allow_display_name=False,
        )  # fmt: skip
    except (EmailNotValidError, UnicodeError, ValueError):
        return None
    return f"{info.local_part}@{domain}", domain


def _ascii_host(host: str) -> str | None:
    """A host in ASCII lower case (IDNA 2008 with UTS 46 mapping), an IP address as it is,
    ``None`` for a host that is neither."""
    host = host.strip().rstrip(".").lower()
    if not host or len(host) > 253:
        return None
    return _ascii_host_cached(host)


@lru_cache(maxsize=4096)
def _ascii_host_cached(host: str) -> str | None:
    if host.replace(".", "").isdigit():
        return host  # an IPv4 literal: a URL's host, no domain
    if ":" in host:
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return None  # no IPv6 literal, and a colon is in no host name
        return host  # an IPv6 literal
    try:
        encoded = idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return None
    return encoded if all(_LABEL.match(label) for label in encoded.split(".")) else None


@lru_cache(maxsize=4096)
def _lenient_host(host: str) -> str | None:
    """A host IDNA 2008 refuses but a browser reaches, in ASCII: the WHATWG URL Standard's
    domain to ASCII (UTS 46 mapping without the STD3 rules, hyphen or length checks), so
    ``x_y.example`` and ``☃.net`` (``xn--n3h.net``) are hosts; ``None`` for one that is no DNS
    name (a label empty, or with other characters than letters, digits, ``-`` and ``_``): no
    client reaches it."""
    if len(host) > 253:
        return None
    try:
        mapped = idna.uts46_remap(host, std3_rules=False, transitional=False).lower()
        labels = [
            label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
            for label in mapped.rstrip(".").split(".")
        ]
    except Exception:  # noqa: BLE001 - idna and the codec raise several kinds; no host then
        return None
    return ".".join(labels) if all(_LENIENT_LABEL.match(label) for label in labels) else None


@lru_cache(maxsize=4096)
def _registrable(ascii_host: str) -> str | None:
    """The registrable domain of an ASCII host (``None``: an IP, a public suffix itself, or
    under no suffix the list knows)."""
    if ascii_host.replace(".", "").isdigit() or ":" in ascii_host:
        return None
    found = _PSL.privatesuffix(ascii_host)
    return found if isinstance(found, str) else None


def registrable_domain(host: str) -> str | None:
    """The registrable domain of a host as entities write it (ASCII, lower case): the public
    suffix plus one label; ``None`` for an IP address, a public suffix itself or a name
    under no suffix the list knows.

    >>> registrable_domain("x_y.evil.co.uk"), registrable_domain("192.0.2.1")
    ('evil.co.uk', None)
    """
    return _registrable(host.lower())


def _domain(value: str) -> str | None:
    if len(value) > 253 or "/" in value or "_" in value:
        return None
    host = _ascii_host(value)
    return _registrable(host) if host else None


def compact_account(value: str) -> str:
    """An account number as banks compare it: spaces and dashes dropped, upper case
    (``de89 3704-0044`` is ``DE8937040044``).

    >>> compact_account("de89 3704-0044")
    'DE8937040044'
    """
    return value.replace(" ", "").replace("-", "").upper()


def _iban(value: str) -> str | None:
    if len(value) > 48:
        return None
    compact = compact_account(value)
    if not 15 <= len(compact) <= 34 or not compact.isascii() or not compact.isalnum():
        return None
    return _validated("iban", compact)


def _iban_shaped(value: str) -> str | None:
    """A value in IBAN form whose country format or check digits do not hold, compact."""
    compact = compact_account(value)
    if (
        _IBAN_FORM.match(compact)
        and compact[:2] in phonenumbers.SUPPORTED_REGIONS  # an ISO 3166 country code
        and sum(c.isalpha() for c in compact[4:]) <= 4  # a bank code, the rest digits
    ):
        return compact
    return None


@lru_cache(maxsize=8192)
def _validated(kind: Literal["iban", "bitcoin"], value: str) -> str | None:
    """``value`` as python-stdnum's module for ``kind`` validates and writes it, or ``None``
    when its checks fail."""
    module = stdnum_iban if kind == "iban" else stdnum_bitcoin
    try:
        return str(module.validate(value))
    except Exception:  # noqa: BLE001 - stdnum raises its ValidationError family (and others)
        return None


def _handle(value: str, path: str, found: Found) -> Entity:
    """``@name`` or ``$name`` as a handle (``account``); ``@`` and a registrable domain
    (``@acme-accountants.nl``) as that domain: how prose and mail programs write "anyone
    at" an organisation.

    >>> _handle("@Hendriks-Accountants.nl", "$", "text"), _handle("@ines.sanz", "$", "text")
    ... # doctest: +NORMALIZE_WHITESPACE
    (Entity(kind='domain', value='hendriks-accountants.nl', path='$', found='text'),
     Entity(kind='account', value='@ines.sanz', path='$', found='text'))
    """
    lowered = value.lower()
    if lowered[:1] == "@" and "." in lowered:
        domain = _domain(lowered[1:])
        if domain is not None and domain == lowered[1:]:
            return Entity("domain", domain, path, found)
    return Entity("account", lowered, path, found)


def _wallet(value: str) -> str | None:
    """A crypto-currency address, normalised: an EVM account in lower case (its form is the
    check: EIP-55 puts its checksum only in the letters' case), a Bitcoin address that
    ``python-stdnum`` confirms (base58 check or bech32), or a value in bech32 form for
    Bitcoin or Litecoin that the check does not confirm (taproot's bech32m, a typo): where a
    payment would go all the same, like an account number in IBAN form.

    >>> _wallet("0x52908400098527886E0F7030069857D2E4169EE7")
    '0x52908400098527886e0f7030069857d2e4169ee7'
    >>> _wallet("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ")
    'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'
    >>> _wallet("1NEDqZPvTWRaoho48qXuLLsrYomMXPABfX") is None  # its check fails
    True
    """
    if len(value) > 90 or not value.isascii():
        return None
    if value[:2] in ("0x", "0X"):
        return value.lower() if _EVM.match(value) else None
    if value[:1] in "13" and 26 <= len(value) <= 35:
        return _validated("bitcoin", value)
    if value[:1] == "T" and len(value) == 34:
        return _tron(value)
    lowered = value.lower()
    if lowered.startswith(("bc1", "tb1", "ltc1")) and (value == lowered or value.isupper()):
        return _validated("bitcoin", lowered) or (lowered if _BECH32_FORM.match(lowered) else None)
    return None


@lru_cache(maxsize=4096)
def _tron(value: str) -> str | None:
    """A TRON address (``T`` and 33 base58 characters: the version byte 0x41, 20 bytes of
    the account, a 4-byte double-SHA-256 checksum; TRON's account format), as written, when
    its checksum holds (USDT's TRC-20 network is TRON's). Unlike an IBAN or bech32 form, a
    value in this form that fails its check is nothing: the form alone (``T`` and 33 letters
    and digits) is too common in other identifiers.

    >>> _tron("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), _tron("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")
    ('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', None)
    """
    if any(c not in _BASE58 for c in value):
        return None
    raw = stdnum_bitcoin.b58decode(value)
    if len(raw) != 25 or raw[0] != 0x41:
        return None
    check = hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4]
    return value if check == raw[21:] else None


def _msisdn(key: str | None, digits: str) -> str | None:
    """A phone number in international form written without its ``+`` (an MSISDN: country
    code, national destination code and subscriber number, 8 to 15 digits, as 3GPP TS 23.003
    and mobile-money and messaging APIs write it: ``254798310442``), in E.164 when
    libphonenumber confirms it; only under a key that names a phone (:func:`phone_key`),
    where digits are a number to call, not an amount or an id.

    >>> _msisdn("msisdn", "254798310442"), _msisdn("msisdn", "0798310442")
    ('+254798310442', None)
    >>> _msisdn("amount", "254798310442"), _msisdn(None, "254798310442")
    (None, None)
    """
    if key is None or not _E164_DIGITS.fullmatch(digits) or not phone_key(key):
        return None
    return _phone("+" + digits)


def _phone(value: str) -> str | None:
    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+") or len(text) > 32:
        return None
    return _phone_cached(text)


@lru_cache(maxsize=4096)
def _phone_cached(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
