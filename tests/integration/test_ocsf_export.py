"""``missionguard export ocsf`` on a real broker: alerts on the alerts topic become valid OCSF
Detection Findings on ``<prefix>alerts.ocsf``; the exporter's group commits what it wrote,
so a second run exports nothing again."""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from datetime import UTC, datetime

from missionguard.pipeline.records import Alert, DetectorFinding, dump_json
from missionguard.pipeline.settings import PROJECT_ROOT
from missionguard.pipeline.standards.ocsf_schema import finding_errors
from missionguard.pipeline.standards.service import ocsf_topic


async def _export(config_path, *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "missionguard.pipeline.cli",
        "--config",
        str(config_path),
        "export",
        "ocsf",
        *args,
        cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_alerts_topic_is_exported_as_ocsf_findings(deployment, producer, watch, tmp_path):
    topics = deployment.settings.topics
    agent = f"ocsf-bot-{uuid.uuid4().hex[:6]}"
    alerts = [
        Alert(
            alert_id=f"al-{i}-{uuid.uuid4().hex[:6]}",
            time=datetime.now(UTC),
            agent_id=agent,
            severity=severity,
            score=0.5 + i / 10,
            trigger_event_id=f"ev-{i}",
            evidence_event_ids=[f"ev-{i}"],
            detectors=[DetectorFinding(name="velocity", score=0.5, reason="bursty")],
        )
        for i, severity in enumerate(("medium", "high", "critical"))
    ]
    for a in alerts:
        await producer.send_and_wait(topics.alerts_topic, dump_json(a), key=agent.encode())
    await producer.send_and_wait(topics.alerts_topic, b"{not json", key=agent.encode())

    code, _, err = await _export(deployment.config_path, "--to-topic")
    assert code == 0, err
    assert "4 records read: 3 findings" in err and "1 bad" in err, err

    async with watch(ocsf_topic(deployment.settings)) as out:
        findings = []
        for a in alerts:
            _, raw, _ = await out.wait_for(
                lambda t, v, a=a: json.loads(v)["finding_info"]["uid"] == a.alert_id
            )
            findings.append(json.loads(raw))
    assert [f["severity_id"] for f in findings] == [3, 4, 5]
    assert all(finding_errors(f) == [] for f in findings)
    assert {f["resources"][0]["uid"] for f in findings} == {agent}

    # Offsets were committed after the findings were written: nothing is exported twice.
    again_path = tmp_path / "again.jsonl"
    code, _, err = await _export(deployment.config_path, "--out", str(again_path))
    assert code == 0, err
    assert again_path.read_text() == "" and "0 records read" in err, err
