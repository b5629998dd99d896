from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from missionguard.models.judge import Judge
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.tools.replay import iter_lines, replay

T0 = datetime(2026, 2, 1, tzinfo=UTC)


def _file() -> bytes:
    lines = [
        dump_json(
            MissionDeclaration(
                time=T0,
                agent_id="a",
                mission_id="m",
                purpose="read invoices",
                allowed_actions=["inv:read"],
                issued_by="ops",
            )
        )
    ]
    for i in range(20):
        action = "inv:read" if i != 13 else "inv:delete"
        lines.append(
            dump_json(
                AuthorizationDecision(
                    event_id=f"e{i}",
                    time=T0 + timedelta(seconds=i),
                    agent_id="a",
                    action=action,
                    resource=f"inv/{i}",
                    decision="allow",
                    source="t",
                )
            )
        )
    lines.insert(5, b"{oops")
    lines.insert(9, b'{"type": "decision"}')
    return b"\n".join(lines) + b"\n"


def _run(data: bytes):
    out = io.BytesIO()
    result = replay(
        iter_lines(io.BytesIO(data)), out, judge=Judge(), max_record_bytes=4096, source="t.jsonl"
    )
    return out.getvalue(), result


def test_replay_is_byte_identical_across_runs():
    first, _ = _run(_file())
    second, _ = _run(_file())
    assert first == second and first


def test_replay_reports_bad_lines_by_number_and_goes_on():
    out, result = _run(_file())
    assert [d.origin_line for d in result.dead_letters] == [6, 10]
    assert all("t.jsonl" in d.reason for d in result.dead_letters)
    records = [json.loads(line) for line in out.splitlines()]
    commands = [r for r in records if r["type"] == "revocation"]
    assert len(commands) == 1 and commands[0]["trigger_event_id"] == "e13"
    assert result.counters.decisions == 20 and result.counters.missions == 1
