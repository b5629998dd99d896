"""Operators see it (issue 15): the worker and an enforcement point, run as an operator runs
them (``missionguard worker``, ``missionguard enforce``) on the real broker, expose
Prometheus metrics that follow a malformed record, an ordinary decision and a hostile one
that gets its agent revoked."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable

import aiohttp
import yaml
from prometheus_client.parser import text_string_to_metric_families

from missionguard.pipeline.records import dump_json

from .enforce_process import TOKEN, EnforceProcess

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def scrape(http: aiohttp.ClientSession, url: str, token: str | None = None) -> Samples:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with http.get(url, headers=headers) as resp:
        assert resp.status == 200, (resp.status, await resp.text())
        text = await resp.text()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(found: Samples, name: str, **labels: str) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


def lag_of(found: Samples, topic: str) -> list[float]:
    return [
        v
        for (name, labels), v in found.items()
        if name == "missionguard_consumer_lag" and dict(labels)["topic"] == topic
    ]


async def eventually(
    http: aiohttp.ClientSession,
    url: str,
    token: str | None,
    ok: Callable[[Samples], bool],
    timeout_s: float = 30.0,
) -> Samples:
    deadline = time.monotonic() + timeout_s
    found: Samples = {}
    while time.monotonic() < deadline:
        found = await scrape(http, url, token)
        if ok(found):
            return found
        await asyncio.sleep(0.25)
    shown = {k: v for k, v in found.items() if not k[0].endswith(("_bucket", "_created"))}
    raise AssertionError(f"metrics at {url} never satisfied the test: {shown}")


async def test_worker_and_enforcement_point_metrics_follow_the_pipeline(
    make, deployment, producer, free_port, tmp_path
):
    topics = deployment.settings.topics
    metrics_port, enforce_port = free_port(), free_port()
    config = yaml.safe_load(deployment.config_path.read_text())
    config["worker"].update(metrics_port=metrics_port, metrics_interval_s=1.0)
    config["enforcement"]["max_staleness_s"] = 3  # the point probes (and measures lag) every 1 s
    deployment.config_path.write_text(yaml.safe_dump(config))
    worker_url = f"http://127.0.0.1:{metrics_port}/metrics"
    point_url = f"http://127.0.0.1:{enforce_port}/metrics"

    deployment.start_worker()
    point = EnforceProcess(deployment.config_path, enforce_port, tmp_path / "enforce.log")
    tag = uuid.uuid4().hex[:6]
    agent = f"metrics-{tag}"
    try:
        async with aiohttp.ClientSession() as http:
            await point.wait_healthy(http)
            async with http.get(point_url) as anonymous:  # authenticated like /v1/check
                assert anonymous.status == 401
            await producer.send_and_wait(
                topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
            )
            await producer.send_and_wait(topics.decisions_topic, b"{not json", key=agent.encode())
            ordinary = make.decision(agent)
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(ordinary), key=agent.encode()
            )
            # Missions and decisions are different topics: the first hostile decision may be
            # judged before the mission is installed, so one is sent until the agent is refused.
            for _ in range(5):
                await producer.send_and_wait(
                    topics.decisions_topic, dump_json(make.hostile(agent)), key=agent.encode()
                )
                try:
                    await point.wait_refused(http, agent, timeout_s=4)
                    break
                except AssertionError:
                    continue
            else:
                raise AssertionError(f"{agent} never refused:\n{point.log()[-3000:]}")

            judged = await eventually(
                http,
                worker_url,
                None,
                lambda f: (
                    value(f, "missionguard_records_judged_total", kind="decision") >= 2
                    and value(f, "missionguard_records_judged_total", kind="mission") >= 1
                    and value(f, "missionguard_commands_total", action="revoke") >= 1
                    and bool(lag_of(f, topics.decisions_topic))
                    and sum(lag_of(f, topics.decisions_topic)) == 0
                ),
            )
            assert value(judged, "missionguard_dead_letters_total", reason="malformed_json") == 1
            assert value(judged, "missionguard_judge_seconds_count") >= 4
            assert value(judged, "missionguard_state_agents") >= 1
            alerts = [v for (n, _), v in judged.items() if n == "missionguard_alerts_total"]
            assert sum(alerts) >= 1
            for task in ("judge", "normalize", "feedback_follower"):
                assert value(judged, "missionguard_task_up", task=task) == 1, task
            assert (
                value(judged, "missionguard_metrics_updated_timestamp_seconds") > time.time() - 30
            )

            enforced = await eventually(
                http,
                point_url,
                TOKEN,
                lambda f: (
                    value(f, "missionguard_enforcement_commands_applied_total", action="revoke")
                    >= 1
                    and bool(lag_of(f, topics.control_topic))
                ),
            )
            count = value(enforced, "missionguard_enforcement_decision_to_enforced_seconds_count")
            total = value(enforced, "missionguard_enforcement_decision_to_enforced_seconds_sum")
            assert count >= 1 and 0 <= total / count < 30
            checks = "missionguard_enforcement_checks_total"
            assert value(enforced, checks, outcome="refused", restriction="revoke") >= 1
            assert value(enforced, "missionguard_enforcement_ready") == 1
            assert value(enforced, "missionguard_task_up", task="control_follower") == 1
            assert lag_of(enforced, topics.control_topic) == [0]
            refused = [
                v
                for (n, _), v in enforced.items()
                if n == "missionguard_enforcement_commands_refused_total"
            ]
            assert sum(refused) == 0  # every command the worker signed was admitted
    finally:
        point.stop()
