"""The whole loop on a real broker: decision in -> judgement -> revocation out -> enforcement."""

from __future__ import annotations

import json
import time
import uuid

import aiohttp

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.http import serve_http
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings.control import HttpAuthSettings, HttpCheckSettings

TOKEN = "integration-test-token-0123"


async def test_off_mission_decision_is_revoked_and_refused(
    make, free_port, deployment, producer, watch
):
    topics = deployment.settings.topics
    deployment.start_worker()
    point = EnforcementPoint(deployment.bootstrap, topics.control_topic, point_id="it-point")
    await point.start()
    port = free_port()
    runner = await serve_http(
        point, "127.0.0.1", port, HttpCheckSettings(auth=HttpAuthSettings(token=TOKEN))
    )
    agent = f"support-bot-{uuid.uuid4().hex[:6]}"
    check_url = f"http://127.0.0.1:{port}/v1/check"
    try:
        async with (
            watch(topics.alerts_topic, topics.control_topic) as out,
            aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as http,
        ):
            await producer.send_and_wait(
                topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
            )
            benign = make.decision(agent, "tickets:read", "tickets/1042")
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(benign), key=agent.encode()
            )
            async with http.get(check_url, params={"agent_id": agent}) as resp:
                assert resp.status == 200

            hostile = make.decision(agent, "s3:GetObject", "arn:aws:s3:::payroll/2026.csv")
            sent_at = time.perf_counter()
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(hostile), key=agent.encode()
            )

            def about(topic_name: str):
                return lambda t, v: t == topic_name and json.loads(v)["agent_id"] == agent

            _, command_raw, command_at = await out.wait_for(about(topics.control_topic))
            # The alert about the hostile decision. (Kafka orders nothing across topics: under
            # load the worker may read the benign decision before the mission, and then says
            # so with an info alert "acts without a declared mission".)
            _, alert_raw, _ = await out.wait_for(
                lambda t, v: (
                    about(topics.alerts_topic)(t, v)
                    and json.loads(v)["trigger_event_id"] == hostile.event_id
                )
            )
            while point.check(agent).allowed and time.perf_counter() - sent_at < 10:
                await __import__("asyncio").sleep(0.001)
            enforced_at = time.perf_counter()
            async with http.get(
                check_url, params={"agent_id": agent, "action": "s3:GetObject"}
            ) as resp:
                refusal = await resp.json()
                status = resp.status
    finally:
        await runner.cleanup()
        await point.stop()

    command = json.loads(command_raw)
    alert = json.loads(alert_raw)
    # The benign decision restricted nothing: the first command is about the hostile one.
    assert command["action"] == "revoke"
    assert command["trigger_event_id"] == hostile.event_id
    assert command["credential_ids"] == [f"cred-{agent}"]
    assert alert["trigger_event_id"] == hostile.event_id
    assert alert["severity"] == "high"
    # The benign decision is evidence, unless the worker read it before the mission: then
    # it was judged where the agent's id lands, before the mission gave the agent its route
    # (pipeline/judging/routing.py), and said so with an info alert on it; the hostile
    # decision is judged on the route, whose state starts with the mission.
    before_mission = [
        a
        for t, _k, v, _at in out.seen
        if t == topics.alerts_topic
        and (a := json.loads(v))["agent_id"] == agent
        and a["trigger_event_id"] == benign.event_id
    ]
    if not before_mission:
        assert benign.event_id in alert["evidence_event_ids"]
    assert any("not among" in d["reason"] for d in alert["detectors"])
    assert (
        status == 403
        and refusal["allowed"] is False
        and refusal["command_id"] == command["command_id"]
    )
    print(
        f"\n[latency] decision produced -> revocation on control topic: "
        f"{(command_at - sent_at) * 1000:.1f} ms; -> enforced at the point: "
        f"{(enforced_at - sent_at) * 1000:.1f} ms (one decision, real broker, loopback)"
    )


async def test_agent_state_survives_worker_restart(make, deployment, producer, watch):
    """The mission is only in the worker's changelog-backed table when the decision arrives."""
    topics = deployment.settings.topics
    worker = deployment.start_worker()
    agent = f"restart-bot-{uuid.uuid4().hex[:6]}"
    async with watch(topics.control_topic) as out:
        await producer.send_and_wait(
            topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
        )
        ok = make.decision(agent, "tickets:read", "tickets/1")
        await producer.send_and_wait(topics.decisions_topic, dump_json(ok), key=agent.encode())
        time.sleep(3)  # let the worker commit its offsets and changelog
        assert worker.stop() == 0
        # The new worker resumes after its committed offsets: it never re-reads the mission,
        # so only the state restored from the changelog can know it.
        deployment.start_worker()
        bad = make.decision(agent, "iam:CreateAccessKey", "tickets/1")
        await producer.send_and_wait(topics.decisions_topic, dump_json(bad), key=agent.encode())
        _, raw, _ = await out.wait_for(
            lambda t, v: json.loads(v)["agent_id"] == agent, timeout_s=60
        )
    command = json.loads(raw)
    assert command["trigger_event_id"] == bad.event_id
    assert "explicitly denied" in command["reason"]
