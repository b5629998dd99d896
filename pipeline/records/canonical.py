"""Canonical records: the public contract between IAM sources, the worker, SOC tools and
enforcement points.

Every record is a JSON object with a ``type`` discriminator. Field names here are a public
contract (replay files and SOC tooling depend on them): add optional fields, never rename.
JSON Schemas are exported to ``docs/schemas/`` by ``missionguard schemas``.

Times are RFC 3339 in UTC with a trailing ``Z``; naive datetimes are taken as UTC.

Rules every record obeys, so that nothing a source sends can crash the judge (issue 15); a
record that breaks one is a dead letter at intake, with the rule in its reason:

- A record's ``time`` (the event time) lies in ``[1970-01-01T00:00:00Z,
  3000-01-01T00:00:00Z)``. Other times (``valid_until``, ``expires_at``, ``issued_at``) may
  be any time Python represents once converted to UTC (years 1 to 9999: ``9999-12-31`` is a
  legitimate "never").
- Numbers are finite: ``NaN``, ``Infinity``, ``-Infinity`` and literals that overflow a
  double (``1e999``) are refused. Integers may be big (JSON has no limit; 4300 digits at most).
- Ids (``event_id``, ``agent_id``, ``action``, ``source``, ... : the fields of 1 to 512
  characters) hold no control characters (U+0000-U+001F, U+007F): they are Kafka keys, table
  keys and text printed to operators' terminals.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    PlainSerializer,
    TypeAdapter,
)
from pydantic_core import PydanticCustomError

__all__ = [
    "Alert",
    "ARGUMENT_LIMITS",
    "Arguments",
    "AuthorizationDecision",
    "DeadLetter",
    "DetectorFinding",
    "EVENT_TIME_END",
    "EVENT_TIME_START",
    "EventTime",
    "MissionDeclaration",
    "MissionSignature",
    "OPERATIONS",
    "Operation",
    "Record",
    "RevocationCommand",
    "Scalar",
    "Severity",
    "SEVERITIES",
    "Target",
    "UtcTime",
    "add_seconds",
    "dump_json",
    "format_time",
    "parse_record",
    "stable_id",
]


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:  # e.g. 9999-12-31T23:59:59-01:00 is in year 10000 in UTC
        raise PydanticCustomError(
            "time_out_of_range", "time is out of range once converted to UTC"
        ) from None


def format_time(value: datetime) -> str:
    """RFC 3339, UTC, ``Z`` suffix, microseconds only when present (stable for replay)."""
    value = _to_utc(value)
    if value.year < 1000:  # strftime's %Y does not pad years before 1000 to four digits
        return value.replace(tzinfo=None).isoformat() + "Z"
    if value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


UtcTime = Annotated[
    datetime,
    AfterValidator(_to_utc),
    PlainSerializer(format_time, return_type=str, when_used="json"),
]

#: The range of a record's ``time`` (its event time): ``[EVENT_TIME_START, EVENT_TIME_END)``.
#: Event-time arithmetic (windows, decays, command expiry) then stays far from the limits of
#: ``datetime`` (years 1 to 9999), and Unix timestamps stay non-negative.
EVENT_TIME_START = datetime(1970, 1, 1, tzinfo=UTC)
EVENT_TIME_END = datetime(3000, 1, 1, tzinfo=UTC)


def _event_time(value: datetime) -> datetime:
    if EVENT_TIME_START <= value < EVENT_TIME_END:
        return value
    raise PydanticCustomError(
        "event_time_range",
        "event time must lie in [1970-01-01T00:00:00Z, 3000-01-01T00:00:00Z)",
    )


EventTime = Annotated[
    UtcTime,
    AfterValidator(_event_time),
    Field(description="A record's time: in [1970-01-01T00:00:00Z, 3000-01-01T00:00:00Z)."),
]
_MAX_TIME = datetime.max.replace(tzinfo=UTC)


def add_seconds(value: datetime, seconds: float) -> datetime:
    """``value`` plus ``seconds``, clamped to the last representable instant instead of
    raising ``OverflowError`` (a setting may make a TTL as large as it likes; a command
    that expires in year 9999 has, for every practical purpose, no expiry).

    >>> add_seconds(datetime(2026, 1, 1, tzinfo=UTC), 60).isoformat()
    '2026-01-01T00:01:00+00:00'
    >>> add_seconds(datetime(2999, 1, 1, tzinfo=UTC), 1e300).year
    9999
    """
    try:
        return value + timedelta(seconds=seconds)
    except OverflowError:
        return _MAX_TIME if seconds > 0 else datetime.min.replace(tzinfo=UTC)


Scalar = Union[str, int, float, bool, None]  # noqa: UP007 - JSON Schema reads better this way
Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _no_control_characters(value: str) -> str:
    if _CONTROL.search(value) is None:
        return value
    raise PydanticCustomError("id_control_character", "must not contain control characters")


_ID = Annotated[
    str,
    Field(
        min_length=1, max_length=512, json_schema_extra={"pattern": r"^[^\u0000-\u001f\u007f]+$"}
    ),
    AfterValidator(_no_control_characters),
]


class _Record(BaseModel):
    # allow_inf_nan=False: NaN and infinities (the JSON parser reads NaN, Infinity, -Infinity
    # and overflowing literals such as 1e999 as floats) are refused in every float field.
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=False, allow_inf_nan=False
    )


#: What an operation does, as the source classifies it (the normalizer that knows the source
#: fills it: AWS's published access level of the IAM action, the Kubernetes verb, the HTTP
#: method, the Okta event type). ``permissions``: changes who may do what; ``execute``: runs
#: code or a command; ``send`` / ``share``: moves data or money to, or opens access for,
#: someone else. docs/sources.md, "Operation classes".
Operation = Literal[
    "read", "list", "write", "delete", "permissions", "execute", "authenticate", "send", "share",
    "other",
]  # fmt: skip
OPERATIONS: tuple[Operation, ...] = (
    "read", "list", "write", "delete", "permissions", "execute", "authenticate", "send", "share",
    "other",
)  # fmt: skip


class Target(BaseModel):
    """What an operation acts on, as the source names it: ``type`` (``s3:object``,
    ``k8s:secrets``, ``okta:user``), ``container`` (the namespace, bucket, account or project
    holding it; ``None`` when account- or cluster-wide) and ``name`` (``None`` for a call on
    the container or the type as a whole, e.g. a list)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str | None = Field(default=None, max_length=256)
    container: str | None = Field(default=None, max_length=1024)
    name: str | None = Field(default=None, max_length=2048)


#: Bounds of a decision's ``arguments``: nesting depth, values in all (every object member
#: and list item counts), characters in one string or key, characters of the whole (as JSON).
ARGUMENT_LIMITS = {"depth": 8, "values": 1024, "string": 8192, "total": 32768}


def _bounded(value: dict[str, JsonValue]) -> dict[str, JsonValue]:
    count = 0
    total = 0
    stack: list[tuple[JsonValue, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > ARGUMENT_LIMITS["depth"]:
            raise PydanticCustomError(
                "arguments_too_deep", "arguments nest deeper than {depth} levels", ARGUMENT_LIMITS
            )
        if isinstance(item, dict):
            members = list(item.items())
            for key, _ in members:
                total += len(key) + 4
                if len(key) > ARGUMENT_LIMITS["string"]:
                    raise PydanticCustomError(
                        "arguments_too_long", "an argument name is longer than {string}",
                        ARGUMENT_LIMITS,
                    )  # fmt: skip
            children = [v for _, v in members]
        elif isinstance(item, list):
            children = list(item)
        else:
            children = []
            if isinstance(item, str):
                if len(item) > ARGUMENT_LIMITS["string"]:
                    raise PydanticCustomError(
                        "arguments_too_long", "an argument string is longer than {string}",
                        ARGUMENT_LIMITS,
                    )  # fmt: skip
                total += len(item) + 2
            else:
                if isinstance(item, float) and not math.isfinite(item):
                    # JsonValue parses NaN and Infinity from JSON whatever allow_inf_nan says.
                    raise PydanticCustomError("finite_number", "Input should be a finite number")
                total += 8
        count += len(children)
        if count > ARGUMENT_LIMITS["values"]:
            raise PydanticCustomError(
                "arguments_too_many", "arguments hold more than {values} values", ARGUMENT_LIMITS
            )
        if total > ARGUMENT_LIMITS["total"]:
            raise PydanticCustomError(
                "arguments_too_large", "arguments are larger than {total} characters",
                ARGUMENT_LIMITS,
            )  # fmt: skip
        stack.extend((child, depth + 1) for child in children)
    return value


#: A tool's or API call's arguments as structure (objects, lists, strings, numbers), bounded
#: by :data:`ARGUMENT_LIMITS`: a record past a bound is a dead letter naming it.
Arguments = Annotated[dict[str, JsonValue], AfterValidator(_bounded)]


class AuthorizationDecision(_Record):
    """One authorization decision taken for a (non-human) identity, from any IAM source."""

    type: Literal["decision"] = "decision"
    event_id: _ID
    time: EventTime
    agent_id: _ID
    credential_id: str | None = None
    session_id: str | None = None
    action: _ID
    resource: str = Field(max_length=4096)
    decision: Literal["allow", "deny"]
    source: _ID
    source_ip: str | None = None
    on_behalf_of: str | None = None
    attributes: dict[str, Scalar] = Field(default_factory=dict)
    # Additive (issue 17): filled by the normalizer that knows the source; a producer that
    # leaves them out gets the documented fallback (docs/sources.md).
    operation: Operation | None = None
    target: Target | None = None
    arguments: Arguments = Field(default_factory=dict)


class MissionSignature(_Record):
    """An issuer's Ed25519 signature over a mission declaration (``docs/missions.md``): over
    the declaration without this field, canonically encoded (``pipeline/missions/signing.py``)."""

    kid: str = Field(min_length=1, max_length=128)
    alg: str = Field(default="EdDSA", max_length=32)
    issued_at: UtcTime
    sig: str = Field(min_length=1, max_length=256, description="base64url, no padding")


class MissionDeclaration(_Record):
    """What an agent is for: the allow-list it declared, the purpose in words, its cohort."""

    type: Literal["mission"] = "mission"
    time: EventTime
    agent_id: _ID
    mission_id: _ID
    cohort: str | None = None
    purpose: str = Field(max_length=4096)
    allowed_actions: list[str] = Field(default_factory=list)
    allowed_resources: list[str] = Field(default_factory=list)
    denied_actions: list[str] = Field(default_factory=list)
    #: Principals (globs, like ``allowed_resources``) the agent's task is done for besides the
    #: one on whose behalf each call is made: a team's offsite booked by its organiser, a
    #: customer's duplicate accounts merged. Reaching their objects is within the mission;
    #: anyone else's is not. Declared, not guessed from the purpose's words (issue 18).
    #: Written only when set (``exclude_if``): a declaration without a group task reads as it
    #: did before the field existed, to older readers (extra fields forbidden) and signatures.
    acts_for: list[Annotated[str, Field(max_length=256)]] = Field(
        default_factory=list, max_length=64, exclude_if=lambda v: not v
    )
    max_rate_per_minute: float | None = Field(default=None, gt=0)
    valid_until: UtcTime | None = None
    issued_by: _ID
    signature: MissionSignature | None = None


class DetectorFinding(_Record):
    """One detector's contribution to an alert, in words an analyst can read."""

    name: str
    score: float
    reason: str


class Alert(_Record):
    type: Literal["alert"] = "alert"
    alert_id: _ID
    time: EventTime
    agent_id: _ID
    mission_id: str | None = None
    severity: Severity
    score: float
    trigger_event_id: str
    evidence_event_ids: list[str] = Field(default_factory=list)
    detectors: list[DetectorFinding] = Field(default_factory=list)
    cohort: str | None = None


class RevocationCommand(_Record):
    type: Literal["revocation"] = "revocation"
    command_id: _ID
    time: EventTime
    agent_id: _ID
    credential_ids: list[str] = Field(default_factory=list)
    action: Literal["revoke", "suspend", "throttle", "step_up", "reinstate"]
    reason: str
    alert_id: str | None = None
    trigger_event_id: str | None = None
    expires_at: UtcTime | None = None


class DeadLetter(_Record):
    """A record MissionGuard could not use, with why and where it came from."""

    type: Literal["dead_letter"] = "dead_letter"
    time: EventTime
    reason: str
    origin_topic: str | None = None
    origin_partition: int | None = None
    origin_offset: int | None = None
    origin_line: int | None = None
    source: str | None = None
    key: str | None = None
    payload: str = Field(description="The record as received, truncated to 4 KiB (UTF-8, lossy).")
    payload_bytes: int


Record = Annotated[
    Union[AuthorizationDecision, MissionDeclaration, Alert, RevocationCommand, DeadLetter],  # noqa: UP007
    Field(discriminator="type"),
]
_RECORD = TypeAdapter(Record)


def parse_record(
    data: bytes | str,
) -> AuthorizationDecision | MissionDeclaration | Alert | RevocationCommand | DeadLetter:
    """Parse one JSON record; raises ``pydantic.ValidationError`` with the offending field."""
    return _RECORD.validate_json(data)


def dump_json(record: BaseModel) -> bytes:
    """Compact, deterministic JSON (field order is the model's; ``None`` fields kept)."""
    return record.model_dump_json().encode()


def stable_id(*parts: object) -> str:
    """A deterministic id from its inputs, so reprocessing the same event yields the same id
    (the basis of idempotent alerts and commands under at-least-once delivery)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=12)
    return digest.hexdigest()
