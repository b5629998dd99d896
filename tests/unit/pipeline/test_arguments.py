"""A decision's structured fields (issue 17): ``operation``, ``target`` and ``arguments``,
additive, with ``arguments`` bounded; a record past a bound is a dead letter naming it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from missionguard.pipeline.records import ARGUMENT_LIMITS, AuthorizationDecision, DeadLetter
from missionguard.pipeline.records.decoding import Origin, decode

BASE = {
    "type": "decision", "event_id": "e1", "time": "2026-01-01T00:00:00Z", "agent_id": "bot",
    "action": "mail:send", "resource": "mail/outbox", "decision": "allow", "source": "mcp",
}  # fmt: skip


def _decode(extra: dict | bytes) -> AuthorizationDecision | DeadLetter:
    raw = extra if isinstance(extra, bytes) else json.dumps({**BASE, **extra}).encode()
    origin = Origin(topic="decisions", partition=0, offset=7)
    return decode(
        raw, origin, accept=frozenset({"decision"}), max_bytes=1 << 20, now=datetime.now(UTC)
    )


def test_structure_is_kept_as_structure() -> None:
    args = {"to": ["a@example.com"], "body": {"parts": [{"text": "hi"}, 3, 2.5, None, True]}}
    d = _decode({"operation": "send", "target": {"type": "mail:message"}, "arguments": args})
    assert isinstance(d, AuthorizationDecision)
    assert d.arguments == args and d.operation == "send" and d.target.type == "mail:message"
    assert json.loads(d.model_dump_json())["arguments"] == args
    # Producers that fill none of them: the defaults.
    plain = _decode({})
    assert (plain.operation, plain.target, plain.arguments) == (None, None, {})


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        ({"x": _nested(ARGUMENT_LIMITS["depth"])}, "deeper than"),
        ({"x": list(range(ARGUMENT_LIMITS["values"] + 1))}, "more than"),
        ({"x": "y" * (ARGUMENT_LIMITS["string"] + 1)}, "longer than"),
        ({f"k{i}": "v" * 4000 for i in range(9)}, "larger than"),
    ],
    ids=["depth", "values", "string", "total"],
)
def test_past_a_bound_is_a_dead_letter_naming_it(arguments: dict, reason: str) -> None:
    dl = _decode({"arguments": arguments})
    assert isinstance(dl, DeadLetter) and "arguments" in dl.reason and reason in dl.reason


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_inside_arguments_are_refused(literal: bytes) -> None:
    raw = json.dumps({**BASE, "arguments": {"x": {"y": ["__"]}}}).encode().replace(b'"__"', literal)
    dl = _decode(raw)
    assert isinstance(dl, DeadLetter) and "finite" in dl.reason, dl


def test_an_unknown_operation_class_is_refused() -> None:
    dl = _decode({"operation": "frobnicate"})
    assert isinstance(dl, DeadLetter) and "operation" in dl.reason
