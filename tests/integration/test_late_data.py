"""Late data is not revoked into the void (issue 15, defect 4).

A command's ``expires_at`` is its trigger's event time plus ``revoke_ttl_s`` (one hour by
default), so that judging stays deterministic. A backlog older than that (a worker outage,
a lagging shipper, a replayed day) used to yield commands that every enforcement point
refused as expired, while the worker recorded the agent as revoked and never re-issued:
the agent kept acting. The rule now (pipeline/control/gate.py, docs/reliability.md): a
command is in force for its lifetime counted from the later of its event time and its
signed issue time. Here a backlog three hours old goes through the real worker and a real
``missionguard enforce`` process.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import aiohttp

from missionguard.pipeline.records import dump_json

from .enforce_process import EnforceProcess


async def test_a_backlog_older_than_the_ttl_still_revokes_the_agent(
    make, deployment, producer, watch, free_port, tmp_path
):
    topics = deployment.settings.topics
    ttl_s = deployment.settings.detection.revoke_ttl_s
    back = datetime.now(UTC) - timedelta(seconds=3 * ttl_s)
    tag = uuid.uuid4().hex[:6]
    agent = f"late-{tag}"
    deployment.start_worker()
    point = EnforceProcess(deployment.config_path, free_port(), tmp_path / "enforce.log")
    try:
        async with aiohttp.ClientSession() as http, watch(topics.control_topic) as out:
            await point.wait_healthy(http)
            mission = make.mission(agent, time=back - timedelta(minutes=5))
            await producer.send_and_wait(
                topics.missions_topic, dump_json(mission), key=agent.encode()
            )
            # The backlog: routine work, then the hostile call, all three TTLs old. Sent
            # again until a command comes (missions and decisions are different topics:
            # the first decisions may be judged before the mission is installed).
            command = None
            for attempt in range(5):
                at = back + timedelta(seconds=attempt)
                for n in range(5):
                    routine = make.decision(agent, resource=f"tickets/{n}", time=at)
                    await producer.send(
                        topics.decisions_topic, dump_json(routine), key=agent.encode()
                    )
                hostile = make.hostile(agent).model_copy(
                    update={"time": at + timedelta(milliseconds=500)}
                )
                await producer.send_and_wait(
                    topics.decisions_topic, dump_json(hostile), key=agent.encode()
                )
                try:
                    _, raw, _ = await out.wait_for(
                        lambda t, v: json.loads(v)["agent_id"] == agent, timeout_s=4
                    )
                except TimeoutError:
                    continue
                command = json.loads(raw)
                break
            assert command is not None, "the worker issued no command for the backlog"
            # What failed before: the command's event-time expiry has long passed...
            expires = datetime.fromisoformat(command["expires_at"])
            assert expires < datetime.now(UTC) - timedelta(seconds=ttl_s)
            # ...yet the point enforces it, for a TTL counted from its issue.
            body = await point.wait_refused(http, agent)
            assert body["allowed"] is False and body["restriction"] == "revoke", body
            status, listing = await point.get(http, "/v1/revocations")
            assert status == 200
            assert agent in listing["agents"], listing
            until = datetime.fromisoformat(listing["agents"][agent]["expires_at"])
            assert until > datetime.now(UTC) + timedelta(seconds=ttl_s - 120), listing
    finally:
        point.stop()
