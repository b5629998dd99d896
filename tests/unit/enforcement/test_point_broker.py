"""``/healthz`` follows the broker (issue 15, defect 8): a point that has not reached the
broker for more than ``max_staleness_s`` is not ready (its state may lack a revocation
published since) and answers checks by ``when_not_ready``; it is ready again once the broker
answers. The real ``start()``, follower and probe run over a consumer stub whose broker the
test takes down and brings back."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient, TestServer
from aiokafka import TopicPartition
from aiokafka.errors import KafkaConnectionError

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement import point as point_module
from missionguard.pipeline.enforcement.http import build_http_app

from .conftest import HTTP, HTTP_AUTH, T0

TP = TopicPartition("control", 0)


class Broker:
    up = True


class Consumer:
    """What the point uses of AIOKafkaConsumer, over a broker that may be down."""

    def __init__(self, *topics, **config) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def assignment(self) -> set[TopicPartition]:
        return {TP}

    async def end_offsets(self, tps):
        if not Broker.up:
            raise KafkaConnectionError("Unable connect to node with id 1")
        return {tp: 0 for tp in tps}

    async def getmany(self, **_):
        await asyncio.sleep(0.01)  # aiokafka answers {} whether the broker is up or not
        return {}


async def test_healthz_and_checks_follow_the_broker(ring, monkeypatch):
    monkeypatch.setattr(point_module, "AIOKafkaConsumer", Consumer)
    now = [1000.0]
    point = EnforcementPoint(
        "127.0.0.1:1",
        "control",
        clock=lambda: T0,
        keyring=ring,
        max_staleness_s=0.3,
        monotonic=lambda: now[0],
    )
    await point.start()

    async def advance(seconds: float) -> None:
        now[0] += seconds
        await asyncio.sleep(0.25)  # a few probes (every 0.1 s here)

    try:
        async with TestClient(TestServer(build_http_app(point, HTTP)), headers=HTTP_AUTH) as c:
            await advance(0.1)
            assert (await c.get("/healthz")).status == 200
            assert (await c.get("/v1/check", params={"agent_id": "a"})).status == 200
            Broker.up = False
            await advance(1.0)
            health = await c.get("/healthz")
            assert health.status == 503
            assert "broker unreachable" in (await health.json())["reason"]
            refused = await c.get("/v1/check", params={"agent_id": "a"})
            assert refused.status == 503
            assert (await refused.json())["restriction"] == "not_ready"
            Broker.up = True
            await advance(0.05)
            assert (await c.get("/healthz")).status == 200
    finally:
        Broker.up = True
        await point.stop()
