"""A decision's structured fields (issue 17): ``operation``, ``target`` and ``arguments``,
additive, with ``arguments`` bounded; a decision past a bound only in its arguments is
judged with them cut (the agent writes its arguments: padding one must not hide its call)."""

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
    ("arguments", "cut"),
    [
        ({"x": _nested(ARGUMENT_LIMITS["depth"])}, "levels_as_text"),
        ({"x": list(range(ARGUMENT_LIMITS["values"] + 1))}, "values_omitted"),
        ({"x": "y" * (ARGUMENT_LIMITS["string"] + 1)}, "strings_cut"),
        ({f"k{i}": "v" * 4000 for i in range(9)}, "strings_cut"),
    ],
    ids=["depth", "values", "string", "total"],
)
def test_past_a_bound_the_arguments_are_cut_and_the_call_judged(arguments: dict, cut: str) -> None:
    # Before: a dead letter, and the call never reached the judge: an agent that padded one
    # argument (a mail body of 9 KB of stolen data) sent it unjudged.
    d = _decode({"arguments": arguments})
    assert isinstance(d, AuthorizationDecision), d
    assert d.arguments["_truncated"][cut] >= 1 and set(d.arguments) >= set(list(arguments)[:1])


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_inside_arguments_are_dropped_and_counted(literal: bytes) -> None:
    raw = json.dumps({**BASE, "arguments": {"x": {"y": ["__", 2]}}}).encode()
    d = _decode(raw.replace(b'"__"', literal))
    assert isinstance(d, AuthorizationDecision), d
    assert d.arguments == {"x": {"y": [None, 2]}, "_truncated": {"non_finite_numbers": 1}}
    # Elsewhere in the record (attributes are the producer's, not the agent's): refused.
    elsewhere = json.dumps({**BASE, "attributes": {"n": "__"}}).encode()
    dl = _decode(elsewhere.replace(b'"__"', literal))
    assert isinstance(dl, DeadLetter) and "finite" in dl.reason


def test_a_decision_oversized_by_its_arguments_is_judged_with_them_cut() -> None:
    origin = Origin(topic="decisions", partition=0, offset=7)

    def decode_small(record: dict) -> AuthorizationDecision | DeadLetter:
        raw = json.dumps({**BASE, **record}).encode()
        return decode(raw, origin, accept=frozenset({"decision"}), max_bytes=16_384,
                      now=datetime.now(UTC))  # fmt: skip

    # Three mail bodies of 7,000 characters: each within the string bound, the record not.
    d = decode_small({"arguments": {f"body{i}": "z" * 7000 for i in range(3)}})
    assert isinstance(d, AuthorizationDecision), d
    assert d.arguments["_truncated"] == {"strings_cut": 3}
    # Oversized for another reason than its arguments: still a dead letter.
    big = decode_small({"resource": "r" * 20_000, "arguments": {"a": "b"}})
    assert isinstance(big, DeadLetter) and "oversized record" in big.reason


def test_an_unknown_operation_class_is_refused() -> None:
    dl = _decode({"operation": "frobnicate"})
    assert isinstance(dl, DeadLetter) and "operation" in dl.reason


@pytest.mark.parametrize(
    "body",
    [b'"x\\ud800y"', b'"\\udfff"', b'"caf\xe9 \xff"', b'{"\\ud83d": "k"}'],
    ids=["lone-high", "lone-low", "invalid-utf8", "in-a-key"],
)
def test_text_no_encoder_can_write_in_arguments_is_replaced_and_the_call_judged(
    body: bytes,
) -> None:
    # Before: the strict JSON reader refused the record (malformed JSON), a dead letter, and
    # the call never reached the judge: an agent that wrote a lone surrogate escape (or a
    # forwarder that passed a byte through) into a mail body sent it unjudged.
    raw = json.dumps({**BASE, "arguments": {"to": "x@evil.example", "body": "__"}}).encode()
    d = _decode(raw.replace(b'"__"', body))
    assert isinstance(d, AuthorizationDecision), d
    assert d.arguments["to"] == "x@evil.example"
    assert d.arguments["_truncated"]["characters_replaced"] >= 1
    assert "\ufffd" in json.dumps(d.arguments["body"], ensure_ascii=False)
    d.model_dump_json()  # writable: no lone surrogate left
    # Elsewhere in the record (the producer's fields): still refused.
    for field in (b'"agent_id": "bot"', b'"resource": "mail/outbox"'):
        name = field.split(b":")[0]
        bad = raw.replace(field, name + b': "b\\ud800"')
        dl = _decode(bad)
        assert isinstance(dl, DeadLetter) and dl.reason.startswith("malformed JSON"), field
