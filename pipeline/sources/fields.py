"""Reading typed fields out of decoded raw events, with errors that name the field.

Every normalizer reads its input through these helpers so that a missing or malformed
field always ends as a :class:`~pipeline.sources.base.NormalizationError` naming the
source and the dotted path, never as a bare ``KeyError`` deep in a stream processor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from missionguard.pipeline.records import Scalar, stable_id
from missionguard.pipeline.sources.base import NormalizationError

__all__ = [
    "MISSING",
    "as_mapping",
    "attributes",
    "derived_event_id",
    "first_present",
    "get_path",
    "parse_time",
    "require_str",
    "text",
]

MISSING: Any = object()
_MAX_ATTRIBUTE_CHARS = 512


def get_path(obj: Any, path: str, default: Any = None, *, ignore_case: bool = False) -> Any:
    """The value at a dotted path; list items by number (``items.0.id``).

    ``ignore_case`` also accepts keys differing in case, since some log shippers
    lower-case field names (``eventtype`` for Okta's ``eventType``).

    >>> get_path({"a": {"b": [{"c": 1}]}}, "a.b.0.c")
    1
    >>> get_path({"EventType": "x"}, "eventType", ignore_case=True)
    'x'
    """
    current = obj
    for part in path.split("."):
        if isinstance(current, Mapping):
            if part in current:
                current = current[part]
                continue
            if ignore_case:
                lowered = part.lower()
                match = [k for k in current if isinstance(k, str) and k.lower() == lowered]
                if match:
                    current = current[match[0]]
                    continue
            return default
        if isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
            continue
        return default
    return current


def first_present(
    obj: Any, paths: tuple[str, ...] | list[str], *, ignore_case: bool = False
) -> Any:
    """The first non-empty value among several candidate paths (``None`` if none)."""
    for path in paths:
        value = get_path(obj, path, ignore_case=ignore_case)
        if value not in (None, "", [], {}):
            return value
    return None


def text(value: Any) -> str | None:
    """A scalar as a non-empty string (numbers included), else ``None``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and abs(value) >= 2.0**63:
        # orjson reads integers beyond 64 bits as floats: their digits are lost, and an
        # identifier rebuilt from them would be invented, not read.
        return None
    if isinstance(value, str | int | float):
        result = str(value).strip()
        return result or None
    return None


def require_str(obj: Any, path: str, source: str, *, ignore_case: bool = False) -> str:
    """The non-empty string at ``path``, or a :class:`NormalizationError` naming it."""
    value = get_path(obj, path, MISSING, ignore_case=ignore_case)
    if value is MISSING or value is None:
        raise NormalizationError(source, path, "missing")
    result = text(value)
    if result is None:
        raise NormalizationError(source, path, f"expected a non-empty string, got {_kind(value)}")
    return result


def as_mapping(value: Any) -> Mapping[str, Any]:
    """A mapping from a mapping or a JSON-encoded object string (some shippers stringify
    nested CloudTrail fields); anything else is the empty mapping."""
    if isinstance(value, Mapping):
        return value
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            decoded = json.loads(value)
        except ValueError:
            return {}
        return decoded if isinstance(decoded, Mapping) else {}
    return {}


_FRACTION = re.compile(r"(\.\d{6})\d+")


def parse_time(value: Any, source: str, field: str) -> datetime:
    """An event time from RFC 3339 / ISO 8601 text (``T`` or space, ``Z`` or offset, up to
    nanoseconds) or epoch seconds / milliseconds; naive times are UTC.

    >>> parse_time("2024-05-02 18:46:21.121000000", "okta", "published").isoformat()
    '2024-05-02T18:46:21.121000+00:00'
    >>> parse_time(1702857600, "openai", "effective_at").isoformat()
    '2023-12-18T00:00:00+00:00'
    """
    if value is None or value == "":
        raise NormalizationError(source, field, "missing")
    if isinstance(value, bool):
        raise NormalizationError(source, field, "expected a time, got a boolean")
    try:
        if isinstance(value, int | float):
            seconds = value / 1000 if abs(value) > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC)
        if isinstance(value, str):
            cleaned = _FRACTION.sub(r"\1", value.strip()).replace("Z", "+00:00")
            parsed = datetime.fromisoformat(cleaned)
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise NormalizationError(
            source, field, f"not a valid time: {value!r:.60} ({exc})"
        ) from None
    raise NormalizationError(source, field, f"expected a time, got {_kind(value)}")


def attributes(**values: Any) -> dict[str, Scalar]:
    """Scalar attributes only: ``None`` dropped, long strings cut (attributes are context
    for analysts and detectors, not a copy of the raw event)."""
    result: dict[str, Scalar] = {}
    for key, value in values.items():
        if value is None or isinstance(value, Mapping | list):
            continue
        if isinstance(value, str):
            if not value:
                continue
            value = value[:_MAX_ATTRIBUTE_CHARS]
        result[key] = value
    return result


def derived_event_id(source: str, obj: Mapping[str, Any]) -> str:
    """A deterministic id for events that carry none: a hash of the canonical JSON, so the
    same raw event always gets the same id (idempotent downstream)."""
    canonical = json.dumps(obj, sort_keys=True, separators=(",", ":"), default=str)
    return f"{source}-{stable_id(source, canonical)}"


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__
