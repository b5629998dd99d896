"""Intake: turn bytes from a topic or a file line into a canonical record, or a dead letter.

Bad input never raises out of here: malformed JSON, a record that fails the schema, a type
this stream does not carry, and an oversized record each become a
:class:`~pipeline.records.DeadLetter` that says why and where the record came from
(topic, partition, offset; or file line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter, ValidationError

from .feedback.records import AnalystFeedback
from .records import (
    Alert,
    AuthorizationDecision,
    DeadLetter,
    MissionDeclaration,
    RevocationCommand,
)

__all__ = ["Origin", "dead_letter", "decode"]

PAYLOAD_KEEP = 4096
_BY_TYPE: dict[str, type] = {
    "decision": AuthorizationDecision,
    "mission": MissionDeclaration,
    "alert": Alert,
    "revocation": RevocationCommand,
    "dead_letter": DeadLetter,
    "feedback": AnalystFeedback,  # analyst feedback (pipeline/feedback/)
}


@lru_cache(maxsize=16)
def _adapter(accept: frozenset[str]) -> TypeAdapter[Any]:
    """A parser for exactly the accepted record types, so a foreign ``type`` is named as such."""
    models = tuple(_BY_TYPE[t] for t in sorted(accept))
    if len(models) == 1:
        return TypeAdapter(models[0])
    return TypeAdapter(Annotated[Union[models], Field(discriminator="type")])  # noqa: UP007


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from, for the dead-letter reason."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    line: int | None = None
    source: str | None = None
    key: bytes | None = None

    def __str__(self) -> str:
        if self.topic is not None:
            return f"{self.topic}[{self.partition}]@{self.offset}"
        if self.line is not None:
            return f"line {self.line}" + (f" of {self.source}" if self.source else "")
        return self.source or "unknown origin"


def dead_letter(payload: bytes | None, reason: str, origin: Origin, now: datetime) -> DeadLetter:
    payload = payload or b""
    return DeadLetter(
        time=now,
        reason=reason,
        origin_topic=origin.topic,
        origin_partition=origin.partition,
        origin_offset=origin.offset,
        origin_line=origin.line,
        source=origin.source,
        key=origin.key.decode("utf-8", "replace") if origin.key else None,
        payload=payload[:PAYLOAD_KEEP].decode("utf-8", "replace"),
        payload_bytes=len(payload),
    )


def _explain(error: ValidationError) -> str:
    parts = []
    for err in error.errors(include_url=False)[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "record"
        parts.append(f"{where}: {err['msg']}")
    more = error.error_count() - 3
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


def decode(
    payload: bytes | None,
    origin: Origin,
    *,
    accept: Iterable[str],
    max_bytes: int,
    now: datetime,
):  # -> Record | DeadLetter (kept unannotated: the union is long and obvious)
    """Parse ``payload`` into one of the record types named in ``accept``, or a dead letter.

    >>> from datetime import datetime, UTC
    >>> now = datetime(2026, 1, 1, tzinfo=UTC)
    >>> o = Origin(topic="t", partition=0, offset=7)
    >>> decode(b"{not json", o, accept={"decision"}, max_bytes=1024, now=now).reason[:22]
    'malformed JSON at t[0]'
    >>> decode(b'{"type": "alert"}', o, accept={"decision"}, max_bytes=1024, now=now).reason
    "record type 'alert' is not accepted at t[0]@7 (expected decision)"
    """
    accept = frozenset(accept)
    if payload is None or not payload.strip():
        return dead_letter(payload, f"empty record at {origin}", origin, now)
    if len(payload) > max_bytes:
        reason = f"oversized record at {origin}: {len(payload)} bytes > limit {max_bytes}"
        return dead_letter(payload, reason, origin, now)
    try:
        record = _adapter(accept).validate_json(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        if first["type"] == "json_invalid":
            return dead_letter(payload, f"malformed JSON at {origin}: {first['msg']}", origin, now)
        kinds = ", ".join(sorted(accept))
        if first["type"] in ("union_tag_invalid", "union_tag_not_found", "model_attributes_type"):
            reason = f"unknown record type at {origin} (expected {kinds}): {first['msg']}"
            return dead_letter(payload, reason, origin, now)
        if first["loc"][:1] == ("type",) and first["type"] == "literal_error":
            got = first.get("input")
            known = "record type" if got in _BY_TYPE else "unknown record type"
            reason = f"{known} {got!r} is not accepted at {origin} (expected {kinds})"
            return dead_letter(payload, reason, origin, now)
        return dead_letter(payload, f"schema violation at {origin}: {_explain(exc)}", origin, now)
    return record
