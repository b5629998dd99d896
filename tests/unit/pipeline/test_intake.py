from __future__ import annotations

from datetime import UTC, datetime

import pytest

from missionguard.pipeline.records import AuthorizationDecision, DeadLetter, dump_json
from missionguard.pipeline.records.decoding import Origin, decode

NOW = datetime(2026, 1, 1, tzinfo=UTC)
ORIGIN = Origin(topic="mg.decisions", partition=2, offset=41, key=b"a")


def _decode(payload, accept=("decision",), max_bytes=2048):
    return decode(payload, ORIGIN, accept=frozenset(accept), max_bytes=max_bytes, now=NOW)


def test_valid_decision_round_trips():
    d = AuthorizationDecision(
        event_id="e",
        time=NOW,
        agent_id="a",
        action="x",
        resource="r",
        decision="deny",
        source="s",
        attributes={"n": 1, "ok": True},
    )
    assert _decode(dump_json(d)) == d


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty record"),
        (b"   ", "empty record"),
        (b"{", "malformed JSON"),
        (b"null", "schema violation"),
        (b'{"type": "weather"}', "unknown record type"),
        (b'{"type": "mission", "agent_id": "a"}', "record type 'mission' is not accepted"),
        (b'{"type": "decision", "event_id": "e"}', "schema violation"),
        (
            b'{"type": "decision", "event_id": "e", "time": "yesterday", "agent_id": "a", '
            b'"action": "x", "resource": "r", "decision": "maybe", "source": "s"}',
            "schema violation",
        ),
    ],
)
def test_bad_payloads_become_dead_letters_with_reason_and_origin(payload, reason):
    result = _decode(payload)
    assert isinstance(result, DeadLetter)
    assert reason in result.reason
    assert "mg.decisions[2]@41" in result.reason
    assert (result.origin_topic, result.origin_partition, result.origin_offset) == (
        "mg.decisions",
        2,
        41,
    )
    assert result.key == "a"


def test_oversized_record_is_cut_in_the_dead_letter_but_its_size_is_kept():
    big = b'{"type": "decision", "pad": "' + b"x" * 10_000 + b'"}'
    result = _decode(big, max_bytes=1024)
    assert isinstance(result, DeadLetter) and result.reason.startswith("oversized record")
    assert result.payload_bytes == len(big) and len(result.payload) == 4096


def test_schema_violation_names_the_field():
    result = _decode(
        b'{"type": "decision", "event_id": "e", "time": "2026-01-01T00:00:00Z", '
        b'"agent_id": "a", "action": "x", "resource": "r", "decision": "maybe", '
        b'"source": "s"}'
    )
    assert "decision" in result.reason and "'allow' or 'deny'" in result.reason


def test_file_origin_names_the_line():
    result = decode(
        b"{",
        Origin(line=12, source="fleet.jsonl"),
        accept=frozenset({"decision"}),
        max_bytes=100,
        now=NOW,
    )
    assert "line 12 of fleet.jsonl" in result.reason and result.origin_line == 12
