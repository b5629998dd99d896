from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

from missionguard.pipeline.sources import Origin, SourcesSettings, normalize_payload, read_raw

EVENT = {
    "eventID": "e-1",
    "eventTime": "2026-01-01T00:00:00Z",
    "eventSource": "s3.amazonaws.com",
    "eventName": "GetObject",
    "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::1:assumed-role/r/s"},
}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_json_lines_keep_line_numbers_and_skip_blank_lines(tmp_path: Path) -> None:
    data = json.dumps(EVENT).encode() + b"\n\n" + b"not json\n" + json.dumps(EVENT).encode()
    records = list(read_raw(_write(tmp_path, "a.jsonl", data), "cloudtrail"))
    assert [r.origin.line for r in records] == [1, 3, 4]
    assert records[1].payload == b"not json"


def test_pretty_printed_cloudtrail_records_file_is_split(tmp_path: Path) -> None:
    doc = json.dumps({"Records": [EVENT, {**EVENT, "eventID": "e-2"}]}, indent=2).encode()
    records = list(read_raw(_write(tmp_path, "ct.json", doc), "cloudtrail"))
    assert [json.loads(r.payload)["eventID"] for r in records] == ["e-1", "e-2"]
    assert [r.origin.index for r in records] == [0, 1]
    assert str(records[1].origin).endswith("ct.json:1[1]")


def test_gzip_is_recognised_by_magic_bytes_not_name(tmp_path: Path) -> None:
    doc = gzip.compress(json.dumps({"Records": [EVENT]}).encode())
    records = list(read_raw(_write(tmp_path, "no-suffix", doc), "cloudtrail"))
    assert len(records) == 1 and json.loads(records[0].payload) == EVENT


def test_json_array_and_records_on_one_line(tmp_path: Path) -> None:
    array = list(read_raw(_write(tmp_path, "a.json", json.dumps([EVENT, EVENT]).encode()), "x"))
    assert len(array) == 2
    line = json.dumps({"Records": [EVENT]}).encode() + b"\n" + json.dumps(EVENT).encode()
    mixed = list(read_raw(_write(tmp_path, "m.jsonl", line), "cloudtrail"))
    assert [(r.origin.line, r.origin.index) for r in mixed] == [(1, 0), (2, None)]


def test_broken_document_is_one_record_and_one_dead_letter(files: Path) -> None:
    path = files / "cloudtrail/stratus_detonations/aws.execution.ec2-user-data.json"
    records = list(read_raw(path, "cloudtrail"))
    assert len(records) == 1
    outcome = normalize_payload("cloudtrail", records[0].payload, records[0].origin)
    assert outcome.dead_letter is not None
    assert "line 112" in outcome.dead_letter.reason


def test_csv_with_header_and_stream(tmp_path: Path) -> None:
    stream = io.BytesIO(b"a,b\n1,2\n\n3,4\n")
    records = list(read_raw(stream, "some_csv_source_without_mapping"))
    # No mapping and no .csv name: read as JSON lines, so each line dead-letters later.
    assert len(records) == 3
    path = _write(tmp_path, "t.csv", b"a,b\n1,2\n3,4\n")
    rows = [json.loads(r.payload) for r in read_raw(path, "whatever")]
    assert rows == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]


def test_csv_columns_from_mapping(files: Path) -> None:
    path = files / "k8s_audit/perfspec_audit_logs_head300.csv"
    records = list(read_raw(path, "perfspec_k8s_csv", SourcesSettings()))
    assert len(records) == 300
    first = json.loads(records[0].payload)
    assert first["user"] == "system:node:k8s-node-1-perfspec" and first["code"] == "403"
    assert records[-1].origin.line == 300


def test_stdin(monkeypatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(json.dumps(EVENT).encode() + b"\n"))
    monkeypatch.setattr(sys, "stdin", fake)
    records = list(read_raw("-", "cloudtrail"))
    assert len(records) == 1 and records[0].origin == Origin(path="<stdin>", line=1)
