"""The worker's metrics on the real Faust app and judging agent (``test_context()``, no
broker): pipeline/runtime/metrics.py wraps the stage and the publish function, and the
counts follow what the agent did."""

from __future__ import annotations

import json

import pytest
from prometheus_client.parser import text_string_to_metric_families

from missionguard.pipeline.records import dump_json
from missionguard.pipeline.runtime.app import create_app
from missionguard.pipeline.runtime.metrics import instrument, task_health
from missionguard.pipeline.settings import Settings

from .conftest import Feed
from .test_worker_agent import BOT, MISSIONS, _decision, _mission


@pytest.fixture
def mg(tmp_path):
    settings = Settings().with_overrides(
        worker=Settings().worker.model_copy(update={"state_dir": tmp_path}),
        # By agent id: records stay where they are put (routes: test_routing_agent.py).
        topics=Settings().topics.model_copy(update={"partition_by": "agent"}),
    )
    mg = create_app(settings)
    mg.app.finalize()
    mg.app.flow_control.resume()
    mg.published = []

    async def capture(kind, key, value):
        mg.published.append((kind, key, json.loads(value)))

    mg.publish = capture
    return mg


def scrape(metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = metrics.exposition().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(found, name: str, **labels: str) -> float:
    return found[(name, tuple(sorted(labels.items())))]


async def test_metrics_follow_what_the_judging_agent_did(mg):
    metrics = instrument(mg, interval_s=60)
    async with mg.app.agents["judge"].test_context() as agent:
        feed = Feed(agent, mg.settings.topics.decisions_topic)
        await feed.put(b"{not json", key=b"bot", partition=BOT)
        await feed.put(dump_json(_mission()), key=b"bot", partition=BOT, topic=MISSIONS)
        await feed.put(dump_json(_decision(1, "tickets:read")), key=b"bot", partition=BOT)
        await feed.put(dump_json(_decision(2, "iam:CreateUser")), key=b"bot", partition=BOT)
        await feed.done()
        health = task_health(mg)
    # The outputs still reach the publish function the test installed, unchanged.
    assert [k for k, _, _ in mg.published] == ["dead_letter", "alert", "control"]
    assert mg.published[2][2]["action"] == "revoke"
    found = scrape(metrics)
    assert value(found, "missionguard_records_judged_total", kind="decision") == 2
    assert value(found, "missionguard_records_judged_total", kind="mission") == 1
    assert value(found, "missionguard_dead_letters_total", reason="malformed_json") == 1
    assert value(found, "missionguard_commands_total", action="revoke") == 1
    alerts = sum(v for (n, _), v in found.items() if n == "missionguard_alerts_total")
    assert alerts == 1
    assert value(found, "missionguard_judge_seconds_count") == 4  # each record, timed
    assert value(found, "missionguard_state_agents") == len(mg.states) >= 1
    assert set(health) <= {"judge", "normalize", "feedback_follower"} and "judge" in health
