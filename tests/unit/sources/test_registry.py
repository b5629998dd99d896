from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from missionguard.pipeline.sources import (
    NormalizationError,
    Origin,
    SourcesSettings,
    available_sources,
    build_normalizer,
    normalize_payload,
)

T = datetime(2026, 1, 1, tzinfo=UTC)


def test_dead_letter_names_source_field_and_origin() -> None:
    payload = json.dumps({"eventName": "GetObject"}).encode()
    outcome = normalize_payload(
        "cloudtrail", payload, Origin(path="x.jsonl", line=7), received_at=T
    )
    letter = outcome.dead_letter
    assert outcome.kind == "dead_letter" and letter is not None
    assert (
        letter.reason == "cloudtrail: field 'userIdentity': missing or not an object at x.jsonl:7"
    )
    assert (letter.origin_line, letter.source, letter.time) == (7, "cloudtrail", T)
    assert letter.payload == payload.decode() and letter.payload_bytes == len(payload)


def test_kafka_origin_is_kept() -> None:
    origin = Origin(topic="iam.raw", partition=3, offset=99)
    letter = normalize_payload("okta", b'"text"', origin).dead_letter
    assert letter is not None
    assert (letter.origin_topic, letter.origin_partition, letter.origin_offset) == (
        "iam.raw",
        3,
        99,
    )
    assert "expected an object, got str" in letter.reason and "iam.raw/3@99" in letter.reason


def test_payload_is_truncated_to_4_kib() -> None:
    payload = b'{"x": "' + "é".encode() * 5000 + b'"}'
    letter = normalize_payload("cloudtrail", payload, "big").dead_letter
    assert letter is not None
    assert len(letter.payload.encode()) <= 4096 + 3 and letter.payload_bytes == len(payload)


def test_oversized_payload_is_not_parsed() -> None:
    settings = SourcesSettings(max_payload_bytes=1024)
    letter = normalize_payload("cloudtrail", b"{" + b" " * 2000 + b"}", "o", settings).dead_letter
    assert letter is not None and "over the limit" in letter.reason


def test_unknown_source_dead_letters_instead_of_raising() -> None:
    letter = normalize_payload("no_such_source", b"{}", "o").dead_letter
    assert letter is not None and "unknown source 'no_such_source'" in letter.reason
    with pytest.raises(KeyError):
        build_normalizer("no_such_source")


def test_invalid_canonical_value_names_the_field() -> None:
    event = {
        "eventTime": "2026-01-01T00:00:00Z",
        "eventSource": "s3.amazonaws.com",
        "eventName": "GetObject",
        "userIdentity": {"type": "IAMUser", "arn": "x" * 600, "accessKeyId": "AKIA1"},
    }
    letter = normalize_payload("cloudtrail", json.dumps(event).encode(), "o").dead_letter
    assert letter is not None and "field 'agent_id'" in letter.reason


def test_registry_lists_builtins_and_mappings() -> None:
    names = available_sources()
    assert names[:5] == ["cloudtrail", "k8s_audit", "okta", "opa", "envoy"]
    assert {"gcp_audit", "perfspec_k8s_csv", "anthropic_audit", "openai_audit"} <= set(names)


def test_normalization_error_text() -> None:
    error = NormalizationError("okta", "actor.id", "missing", Origin(path="f", line=2))
    assert str(error) == "okta: field 'actor.id': missing at f:2"
