"""The analyst's commands on a real broker, run as an analyst runs them: the installed
``missionguard`` console script in a child process, given the deployment's settings file with
``--config`` (as the worker is). A false positive reinstates the agent it revoked, ``audit``
shows who and why and stops once caught up, a verdict on an unknown alert is refused in one
line with nothing published, and ``feedback reinstate`` reinstates."""

from __future__ import annotations

import asyncio
import json
import re
import sys
import uuid
from pathlib import Path

from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings import PROJECT_ROOT

MISSIONGUARD = Path(sys.executable).with_name("missionguard")  # the venv's console script
EXPORT = "crm:ExportAll"  # not among the support mission's actions: high -> revoke
FEEDBACK_ID = re.compile(r"\bfb-[0-9a-f]{32}\b")


async def missionguard(config: Path, *args: str, timeout_s: float = 60.0) -> tuple[int, str, str]:
    """Run ``missionguard --config CONFIG ARGS...``; (exit code, stdout, stderr). A command
    still running after ``timeout_s`` (a hang) fails the test."""
    process = await asyncio.create_subprocess_exec(
        str(MISSIONGUARD),
        "--config",
        str(config),
        *args,
        cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout_s)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError(
            f"`missionguard {' '.join(args)}` still running after {timeout_s}s"
        ) from None
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_analyst_cli_false_positive_audit_unknown_alert_and_reinstate(
    make, deployment, producer, watch
):
    assert MISSIONGUARD.is_file(), f"console script not installed: {MISSIONGUARD}"
    config, topics = deployment.config_path, deployment.settings.topics
    deployment.start_worker()
    agent = f"cli-{uuid.uuid4().hex[:6]}"

    def on(topic: str, **fields: object):
        def match(t: str, v: bytes) -> bool:
            record = json.loads(v)
            return (
                t == topic
                and record.get("agent_id") == agent
                and all(record.get(k) == want for k, want in fields.items())
            )

        return match

    watched = (topics.alerts_topic, topics.control_topic, topics.audit_topic)
    async with watch(*watched, topics.feedback_topic) as seen:
        # 1. An off-mission export revokes the agent. Missions and decisions travel on
        # different topics, whose order Faust does not keep: an export judged before the
        # mission is installed is only a low alert, so a fresh one is sent until one is
        # revoked, and the alert of that one is the analyst's.
        mission = make.mission(agent)
        await producer.send_and_wait(topics.missions_topic, dump_json(mission), agent.encode())
        sent: set[str] = set()

        def revoked(t: str, v: bytes) -> bool:
            record = json.loads(v)
            return (
                t == topics.control_topic
                and record.get("action") == "revoke"
                and record.get("trigger_event_id") in sent
            )

        for attempt in range(5):
            export = make.decision(agent, EXPORT, "crm/accounts/8812")
            sent.add(export.event_id)
            await producer.send_and_wait(topics.decisions_topic, dump_json(export), agent.encode())
            try:
                _, raw_revoke, _ = await seen.wait_for(revoked, timeout_s=10)
                break
            except TimeoutError:
                if attempt == 4:
                    raise
        trigger = json.loads(raw_revoke)["trigger_event_id"]
        _, raw_alert, _ = await seen.wait_for(on(topics.alerts_topic, trigger_event_id=trigger))
        alert_id = json.loads(raw_alert)["alert_id"]

        # 2. The analyst marks the alert false positive from the command line.
        why = "exports are this bot's job"
        code, out, err = await missionguard(
            config, "feedback", "false-positive", alert_id,
            "--agent", agent, "--by", "alice", "--why", why,
        )  # fmt: skip
        assert code == 0, err
        assert "Traceback" not in err
        lines = out.splitlines()
        assert len(lines) == 2, out  # the alert found and its pattern; what was published
        assert lines[0].startswith(f"alert {alert_id} (high, agent {agent}, cohort support): ")
        assert f"action={EXPORT}" in lines[0]
        assert lines[1].startswith("published false_positive feedback fb-")
        assert f"on agent {agent} by alice to {topics.feedback_topic}" in lines[1]
        found = FEEDBACK_ID.search(lines[1])
        assert found is not None, out
        feedback_id = found.group(0)

        # The worker reinstates the agent (signed command on the control topic) and audits.
        _, raw_reinstate, _ = await seen.wait_for(
            on(topics.control_topic, action="reinstate", alert_id=alert_id)
        )
        assert why in json.loads(raw_reinstate)["reason"]
        await seen.wait_for(on(topics.audit_topic, feedback_id=feedback_id))

        # 3. `audit --json` prints the trail, one JSON record a line, and stops when caught up.
        code, out, err = await missionguard(config, "audit", "--json")
        assert code == 0, err
        assert "Traceback" not in err
        entries = [json.loads(line) for line in out.splitlines()]
        mine = [e for e in entries if e["feedback_id"] == feedback_id]
        assert len(mine) == 1, out
        entry = mine[0]
        assert entry["type"] == "audit" and entry["outcome"] == "applied"
        assert (entry["analyst"], entry["reason"]) == ("alice", why)
        assert (entry["verdict"], entry["agent_id"], entry["alert_id"]) == (
            "false_positive", agent, alert_id
        )  # fmt: skip
        assert any("reinstated (was revoked)" in change for change in entry["changes"])

        # ... and without --json, one readable line per entry, with who and why.
        code, out, err = await missionguard(config, "audit")
        assert code == 0, err
        line = next(li for li in out.splitlines() if f"alert={alert_id}" in li)
        assert " APPLIED false_positive " in line and f"agent={agent}" in line
        assert f"by=alice why={why!r}" in line and "reinstated (was revoked)" in line

        # 4. A verdict on an alert that is not on the alerts topic: one line, nothing sent.
        unknown = f"no-such-alert-{uuid.uuid4().hex[:8]}"
        code, out, err = await missionguard(
            config, "feedback", "confirm", unknown,
            "--agent", agent, "--by", "alice", "--why", "matches the incident",
        )  # fmt: skip
        assert code != 0
        assert out == ""
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith("error: ") and f"alert {unknown} not found" in err
        # Invalid input, caught by the CLI or by the record's schema: one line as well.
        for by, reason, says in (
            (" ", "why", "--by must name the analyst"),
            ("alice", "x" * 5000, "invalid feedback: reason: String should have at most"),
        ):
            code, out, err = await missionguard(
                config, "feedback", "reinstate", agent, "--by", by, "--why", reason
            )
            assert code != 0 and out == "" and "Traceback" not in err
            assert len(err.strip().splitlines()) == 1 and err.startswith(f"error: {says}"), err

        # 5. `feedback reinstate` reinstates the agent through the worker. Its feedback has
        # the same key as the refused confirm would have had, so the same partition: once it
        # is seen on the feedback topic, a confirm published before it would have been too.
        why_back = "owner re-approved the export job"
        code, out, err = await missionguard(
            config, "feedback", "reinstate", agent, "--by", "bob", "--why", why_back
        )
        assert code == 0, err
        assert "Traceback" not in err
        assert out.startswith("published reinstate feedback fb-"), out
        found = FEEDBACK_ID.search(out)
        assert found is not None, out
        reinstate_id = found.group(0)
        await seen.wait_for(on(topics.feedback_topic, feedback_id=reinstate_id))
        refused = [
            r for t, _k, v, _a in seen.seen if t == topics.feedback_topic
            for r in [json.loads(v)] if r.get("alert_id") == unknown
        ]  # fmt: skip
        assert not refused
        _, raw_command, _ = await seen.wait_for(
            on(topics.control_topic, action="reinstate", alert_id=None)
        )
        assert why_back in json.loads(raw_command)["reason"]
        _, raw_entry, _ = await seen.wait_for(on(topics.audit_topic, feedback_id=reinstate_id))
        entry = json.loads(raw_entry)
        assert entry["outcome"] == "applied" and entry["verdict"] == "reinstate"
        assert (entry["analyst"], entry["reason"]) == ("bob", why_back)
