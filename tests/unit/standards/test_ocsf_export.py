"""Exporting a JSONL file of records (replay output) as OCSF findings."""

from __future__ import annotations

import io

import orjson

from missionguard.pipeline.records import dump_json
from missionguard.pipeline.standards.ocsf_export import JsonLinesSink, export_lines
from missionguard.pipeline.standards.ocsf_schema import finding_errors

from .conftest import alert, command


async def test_alerts_are_exported_other_records_skipped_bad_lines_counted():
    lines = [
        dump_json(alert(alert_id="a1")),
        dump_json(command()),  # replay output mixes revocations in
        b"",
        b'{"type": "alert", "alert_id": "broken"}',
        b"not json",
        dump_json(alert(alert_id="a2", severity="critical")),
    ]
    out = io.BytesIO()
    counters = await export_lines(lines, JsonLinesSink(out), source="replay.jsonl")
    findings = [orjson.loads(line) for line in out.getvalue().splitlines()]
    assert [f["finding_info"]["uid"] for f in findings] == ["a1", "a2"]
    assert [f["severity_id"] for f in findings] == [4, 5]
    assert all(finding_errors(f) == [] for f in findings)
    assert (counters.read, counters.exported, counters.skipped, counters.bad) == (5, 2, 1, 2)
    assert counters.bad_reasons[0].startswith("replay.jsonl:4: ")
    assert counters.bad_reasons[1].startswith("replay.jsonl:5: ")
