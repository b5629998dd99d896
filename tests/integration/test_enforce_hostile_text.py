"""One decision must not switch enforcement off (issue 15, defect 1).

``missionguard enforce`` prints every applied command; the reason quotes the decision's
action and resource. Text like ``iam:CreateAccessKey[/x]`` once raised Rich's
``MarkupError`` inside the control follower: the follower died silently, ``/healthz`` stayed
ready, ``/v1/check`` answered from stale state and later revocations were never applied; a
restarted point died at the same record while catching up. Here the real CLI process
follows the real control topic through such records, before and after a restart.
"""

from __future__ import annotations

import json
import uuid

import aiohttp

from missionguard.pipeline.records import dump_json

from .enforce_process import EnforceProcess

# Text that Rich would read as markup or emoji codes, or a terminal as control sequences.
HOSTILE_ACTIONS = [
    "iam:CreateAccessKey[/x]",
    "iam:CreateAccessKey[bold red]",
    "iam:CreateAccessKey:warning:",
    "iam:CreateAccessKey{0}%s",
]
# Ids may not hold control characters (the canonical record refuses them); a resource may.
RESOURCE = "iam/users/admin[/i]\x1b[2J\r"


async def test_hostile_text_in_a_reason_never_stops_the_enforcement_point(
    make, deployment, producer, watch, free_port, tmp_path
):
    topics = deployment.settings.topics
    deployment.start_worker()
    tag = uuid.uuid4().hex[:6]
    hostile = [f"markup-{tag}-{n}" for n in range(len(HOSTILE_ACTIONS))]
    later = f"later-{tag}"
    port = free_port()
    point = EnforceProcess(deployment.config_path, port, tmp_path / "enforce.log")
    try:
        async with aiohttp.ClientSession() as http, watch(topics.control_topic) as out:

            async def revoke(agent: str, action: str) -> dict:
                """The agent's command, once the worker judged its decision under its mission
                (missions and decisions travel on different topics: the first decision may
                be judged before the mission is installed, so it is sent again)."""
                for _ in range(5):
                    decision = make.decision(agent, action, RESOURCE)
                    await producer.send_and_wait(
                        topics.decisions_topic, dump_json(decision), key=agent.encode()
                    )
                    try:
                        _, raw, _ = await out.wait_for(
                            lambda t, v: json.loads(v)["agent_id"] == agent, timeout_s=4
                        )
                        return json.loads(raw)
                    except TimeoutError:
                        continue
                raise AssertionError(f"no command for {agent}")

            await point.wait_healthy(http)
            for agent in [*hostile, later]:
                await producer.send_and_wait(
                    topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
                )
            for agent, action in zip(hostile, HOSTILE_ACTIONS, strict=True):
                command = await revoke(agent, action)
                # The test means something only if the reason carries the hostile text (the
                # judge quotes it as a Python literal: the ESC of the resource arrives as \x1b).
                quoted = repr(action)[1:-1]
                assert quoted in command["reason"], command
                body = await point.wait_refused(http, agent)
                assert quoted in body["reason"]
            # Still following: a later, ordinary revocation is applied too.
            await revoke(later, "iam:CreateAccessKey")
            await point.wait_refused(http, later)
            status, health = await point.get(http, "/healthz")
            assert (status, health["ready"]) == (200, True), health
            assert point.process.poll() is None
            log = point.log()
            for action in HOSTILE_ACTIONS:  # printed as the characters they are
                assert repr(action)[1:-1] in log, log[-3000:]
            assert repr(RESOURCE)[1:-1] in log
            assert "\x1b" not in log

            # A restarted point catches up through the same records and answers for them.
            point.stop()
            point = EnforceProcess(deployment.config_path, port, tmp_path / "enforce.log")
            await point.wait_healthy(http)
            for agent in [*hostile, later]:
                await point.wait_refused(http, agent, timeout_s=5)
            status, body = await point.get(http, f"/v1/check?agent_id=unrelated-{tag}")
            assert (status, body["allowed"]) == (200, True)
    finally:
        point.stop()
