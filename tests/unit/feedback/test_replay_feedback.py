"""Feedback lines in a replay file go through the same stage as in the worker."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from missionguard.models.judge import Judge
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    dump_json,
    stable_id,
)
from missionguard.pipeline.records.feedback import AnalystFeedback
from missionguard.pipeline.tools.replay import replay

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def _lines() -> list[bytes]:
    lines = []
    for agent in ("a", "b"):
        lines.append(
            dump_json(
                MissionDeclaration(
                    time=T0,
                    agent_id=agent,
                    mission_id=f"m-{agent}",
                    cohort="support",
                    purpose="answer customer tickets",
                    allowed_actions=["tickets:read"],
                    allowed_resources=["tickets/*"],
                    issued_by="ops",
                )
            )
        )

    def act(agent: str, n: int, action: str, resource: str) -> bytes:
        return dump_json(
            AuthorizationDecision(
                event_id=f"{agent}-{n}",
                time=T0 + timedelta(seconds=n),
                agent_id=agent,
                credential_id=f"k-{agent}",
                action=action,
                resource=resource,
                decision="allow",
                source="test",
            )
        )

    lines += [act(a, n, "tickets:read", "tickets/1") for n in range(3) for a in "ab"]
    lines.append(act("a", 10, "crm:ExportAll", "crm/accounts/8812"))
    fp = AnalystFeedback(
        feedback_id="fb-1",
        time=T0 + timedelta(seconds=20),
        analyst="ana",
        reason="exports are part of the job",
        verdict="false_positive",
        agent_id="a",
        alert_id=stable_id("alert", "a", "a-10"),
    )
    lines.append(dump_json(fp))
    lines.append(act("b", 30, "crm:ExportAll", "crm/accounts/17"))
    return lines


def _run() -> tuple[bytes, int]:
    out = io.BytesIO()
    result = replay(enumerate(_lines(), 1), out, judge=Judge(), max_record_bytes=65536)
    return out.getvalue(), len(result.dead_letters)


def test_replayed_feedback_reinstates_audits_and_suppresses():
    output, bad = _run()
    assert bad == 0
    records = [json.loads(line) for line in output.splitlines()]
    kinds = [(r["type"], r.get("action") or r.get("outcome"), r["agent_id"]) for r in records]
    assert kinds == [
        ("alert", None, "a"),
        ("revocation", "revoke", "a"),
        ("revocation", "reinstate", "a"),
        ("audit", "applied", "a"),
    ]  # and nothing for b's identical export afterwards
    audit = records[3]
    assert audit["analyst"] == "ana" and audit["verdict"] == "false_positive"
    assert audit["origin"] == "line 10" and audit["pattern"]["detectors"]
    assert output == _run()[0]  # same input, same output
