"""Intake: turn bytes from a topic or a file line into a canonical record, or a dead letter.

Bad input never raises out of here: malformed JSON, a record that fails the schema (which
refuses non-finite numbers, event times outside 1970-2999 and control characters in ids:
``pipeline/records/canonical.py``), a type this stream does not carry, and an oversized record each
become a :class:`~pipeline.records.DeadLetter` that says why and where the record came from
(topic, partition, offset; or file line). One leading UTF-8 byte order mark (which some
Windows tools write) is ignored.

Except a decision that is refused, or oversized, only for its ``arguments`` (past a bound of
:data:`~pipeline.records.ARGUMENT_LIMITS`, a non-finite number in them, or more bytes than
the record's limit because of them): the agent writes its arguments, so a padded argument
must not take its call away from the judge. Its arguments are cut as the normalizers cut
them (:func:`~pipeline.records.bounds.bounded_arguments`, which marks what was cut under
``_truncated``) and the decision is judged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter, ValidationError

from missionguard.pipeline.records.bounds import bounded_arguments
from missionguard.pipeline.records.canonical import (
    Alert,
    AuthorizationDecision,
    DeadLetter,
    MissionDeclaration,
    RevocationCommand,
    dump_json,
)
from missionguard.pipeline.records.feedback import AnalystFeedback

__all__ = ["Origin", "dead_letter", "decode"]

PAYLOAD_KEEP = 4096
_BOM = b"\xef\xbb\xbf"
# A record over its byte limit is read anyway, to cut its arguments, up to this many times
# the limit (a 64 KiB limit: 1 MiB, Kafka's default largest message); past it, unread.
_CUT_READ_FACTOR = 16
# The errors of an argument past a bound (canonical.py, _bounded), and a non-finite number.
_BOUND_ERRORS = frozenset(
    {"arguments_too_deep", "arguments_too_long", "arguments_too_many", "arguments_too_large"}
)
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
    # Ignored arg-type: a Union of a tuple built at run time is a type to pydantic, not
    # to a type checker.
    return TypeAdapter(Annotated[Union[models], Field(discriminator="type")])  # type: ignore[arg-type]  # noqa: UP007


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


# An attribute value (``Scalar``) is tried as each of these; pydantic reports one error per
# member, located at ``attributes.<name>.<member>``.
_SCALAR_MEMBERS = frozenset({"str", "int", "float", "bool"})
_TYPE_MISMATCH = frozenset({"string_type", "int_type", "float_type", "bool_type"})


def _explain(error: ValidationError) -> str:
    """The first three problems as ``field: message``. The errors of an attribute value's
    union members are told as one: the member's error that is not a mere type mismatch
    (``attributes.x: Input should be a finite number``), else what a value may be."""
    problems: dict[str, list[tuple[str, str]]] = {}
    for err in error.errors(include_url=False):
        loc = err["loc"]
        if len(loc) == 3 and loc[0] == "attributes" and loc[2] in _SCALAR_MEMBERS:
            loc = loc[:2]
        where = ".".join(str(p) for p in loc) or "record"
        problems.setdefault(where, []).append((err["type"], err["msg"]))
    parts = []
    for where, found in list(problems.items())[:3]:
        if len(found) == 1:
            msg = found[0][1]
        else:
            specific = [m for t, m in found if t not in _TYPE_MISMATCH]
            msg = specific[0] if specific else "Input should be a string, number, boolean or null"
        parts.append(f"{where}: {msg}")
    more = len(problems) - 3
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
    text = payload[3:] if payload.startswith(_BOM) else payload
    if len(payload) > max_bytes:
        reason = f"oversized record at {origin}: {len(payload)} bytes > limit {max_bytes}"
        cut = None
        if "decision" in accept and len(payload) <= _CUT_READ_FACTOR * max_bytes:
            cut = _with_arguments_cut(text, accept, max_bytes)
        return cut if cut is not None else dead_letter(payload, reason, origin, now)
    try:
        record = _adapter(accept).validate_json(text)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        if "decision" in accept and (first["type"] == "json_invalid" or _arguments_only(exc)):
            # Wrong only in its arguments (a bound passed, a number not finite, a lone
            # surrogate or an invalid UTF-8 byte): the agent wrote them; judged with them cut.
            cut = _with_arguments_cut(text, accept, max_bytes)
            if cut is not None:
                return cut
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
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; keep the why
        reason = f"unreadable record at {origin}: {type(exc).__name__}: {exc}"
        return dead_letter(payload, reason, origin, now)
    return record


def _arguments_only(error: ValidationError) -> bool:
    """Whether every problem is in ``arguments``: a bound passed, or a number not finite."""
    return all(
        err["loc"][:1] == ("arguments",)
        and (err["type"] in _BOUND_ERRORS or err["type"] == "finite_number")
        for err in error.errors(include_url=False)
    )


def _with_arguments_cut(text: bytes, accept: frozenset[str], max_bytes: int):  # -> Record | None
    """The decision in ``text`` with its arguments cut within the bounds, if that is all it
    needed to be valid and within ``max_bytes``; else ``None`` (the caller dead-letters it
    with the first reason)."""
    try:
        # Python's parser reads NaN and Infinity, and lone surrogate escapes; an invalid UTF-8
        # byte is read as a lone surrogate too: the cut drops or replaces them in the
        # arguments, and the record's validation refuses them anywhere else.
        raw = json.loads(text.decode("utf-8", "surrogateescape"))
        if not isinstance(raw, dict) or raw.get("type", "decision") != "decision":
            return None
        arguments = raw.get("arguments")
        if not isinstance(arguments, dict):
            return None
        raw["arguments"] = bounded_arguments(arguments)
        record = _adapter(accept).validate_python(raw)
        if len(dump_json(record)) > max_bytes:
            return None  # large for another reason than its arguments
    except (ValueError, RecursionError, ValidationError):  # a serialization error is a ValueError
        return None
    return record
