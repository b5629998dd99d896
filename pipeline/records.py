"""Canonical records: the public contract between IAM sources, the worker, SOC tools and
enforcement points.

Every record is a JSON object with a ``type`` discriminator. Field names here are a public
contract (replay files and SOC tooling depend on them): add optional fields, never rename.
JSON Schemas are exported to ``docs/schemas/`` by ``missionguard schemas``.

Times are RFC 3339 in UTC with a trailing ``Z``; naive datetimes are taken as UTC.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
)

__all__ = [
    "Alert",
    "AuthorizationDecision",
    "DeadLetter",
    "DetectorFinding",
    "MissionDeclaration",
    "MissionSignature",
    "Record",
    "RevocationCommand",
    "Scalar",
    "Severity",
    "SEVERITIES",
    "UtcTime",
    "dump_json",
    "format_time",
    "parse_record",
    "stable_id",
]


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def format_time(value: datetime) -> str:
    """RFC 3339, UTC, ``Z`` suffix, microseconds only when present (stable for replay)."""
    value = _to_utc(value)
    if value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


UtcTime = Annotated[
    datetime,
    AfterValidator(_to_utc),
    PlainSerializer(format_time, return_type=str, when_used="json"),
]

Scalar = Union[str, int, float, bool, None]  # noqa: UP007 - JSON Schema reads better this way
Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")

_ID = Annotated[str, Field(min_length=1, max_length=512)]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class AuthorizationDecision(_Record):
    """One authorization decision taken for a (non-human) identity, from any IAM source."""

    type: Literal["decision"] = "decision"
    event_id: _ID
    time: UtcTime
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
    time: UtcTime
    agent_id: _ID
    mission_id: _ID
    cohort: str | None = None
    purpose: str = Field(max_length=4096)
    allowed_actions: list[str] = Field(default_factory=list)
    allowed_resources: list[str] = Field(default_factory=list)
    denied_actions: list[str] = Field(default_factory=list)
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
    time: UtcTime
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
    time: UtcTime
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
    time: UtcTime
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
