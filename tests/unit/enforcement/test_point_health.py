"""An enforcement point that cannot vouch for its state says so and refuses (issue 15,
defect 1): a hook that raises never stops it, a record that raises is skipped, and a
follower that dies takes readiness with it."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp.test_utils import TestClient, TestServer

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.http import build_http_app

from .conftest import HTTP, HTTP_AUTH, T0, command


def _point(ring, **kwargs) -> EnforcementPoint:
    return EnforcementPoint("127.0.0.1:1", "control", clock=lambda: T0, keyring=ring, **kwargs)


class _Plugin:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def on_command(self, cmd, applied_at) -> None:
        self.seen.append(cmd.command_id)

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def test_a_hook_that_raises_neither_stops_nor_undoes_the_command(ring, issuer):
    def announce(cmd, applied_at):
        raise ValueError("closing tag '[/x]' doesn't match any open tag")

    plugin = _Plugin()
    point = _point(ring, on_command=announce, plugins=[plugin])
    first, second = (issuer.sign(command(c, agent=c)) for c in ("c1", "c2"))
    assert point.handle(first.value, first.headers, first.key)
    assert point.handle(second.value, second.headers, second.key)
    assert not point.check("c1").allowed and not point.check("c2").allowed
    assert plugin.seen == ["c1", "c2"]  # the plugin after the failing hook still heard them
    assert point.hook_errors == 2


async def _follower(point: EnforcementPoint, run) -> None:
    point._run = run  # type: ignore[method-assign]  # the follower without Kafka
    point._follow()
    await asyncio.sleep(0)


async def test_a_follower_that_dies_takes_readiness_and_refuses_every_check(ring, issuer):
    point = _point(ring)
    revoked = issuer.sign(command("c1", agent="bad"))
    assert point.handle(revoked.value, revoked.headers, revoked.key)

    async def dies() -> None:
        point.ready.set()
        await asyncio.sleep(0.01)
        raise RuntimeError("lost the control topic")

    await _follower(point, dies)
    assert point.healthy and point.check("good").allowed
    with pytest.raises(RuntimeError, match="lost the control topic"):
        await point.wait_stopped()
    assert not point.healthy and not point.ready.is_set()
    for agent in ("good", "bad"):
        check = point.check(agent)
        assert (check.allowed, check.restriction) == (False, "not_ready")
        assert "lost the control topic" in check.reason
    async with TestClient(TestServer(build_http_app(point, HTTP)), headers=HTTP_AUTH) as client:
        health = await client.get("/healthz")
        assert health.status == 503
        assert "lost the control topic" in (await health.json())["reason"]
        refused = await client.get("/v1/check", params={"agent_id": "good"})
        assert refused.status == 503 and (await refused.json())["allowed"] is False
        envoy = await client.get("/ext_authz/api", headers={"x-agent-id": "good"})
        assert envoy.status == 503


async def test_before_catch_up_checks_fail_closed_or_open_as_configured(ring):
    for fail_open, status in ((False, 503), (True, 200)):
        point = _point(ring, fail_open=fail_open)
        await _follower(point, asyncio.Event().wait)  # never catches up
        check = point.check("anyone")
        assert (check.allowed, check.restriction) == (fail_open, "not_ready")
        assert "catching up" in check.reason
        async with TestClient(TestServer(build_http_app(point, HTTP)), headers=HTTP_AUTH) as client:
            assert (await client.get("/v1/check", params={"agent_id": "anyone"})).status == status
            assert (await client.get("/healthz")).status == 503
        await point.stop()


async def test_a_record_that_raises_is_skipped_and_the_follower_goes_on(ring, issuer, monkeypatch):
    """The real follower loop (``_run``) over a consumer stub: one record raises in the
    gate, the next is still applied and the point caught up."""
    from aiokafka import TopicPartition

    tp = TopicPartition("control", 0)
    good = issuer.sign(command("c2", agent="later"))

    class Msg:
        def __init__(self, offset, key, value, headers):
            self.offset, self.key, self.value, self.headers = offset, key, value, headers

    class Consumer:
        def __init__(self) -> None:
            self.batches = [{tp: [Msg(0, b"x", b"boom", []), Msg(1, *good.parts())]}]

        async def getmany(self, **_):
            if self.batches:
                return self.batches.pop(0)
            await asyncio.sleep(3600)

        async def stop(self) -> None: ...

    point = _point(ring)
    real_admit = point.gate.admit

    def admit(key, value, headers, now):
        if value == b"boom":
            raise KeyError("a bug reached by one record")
        return real_admit(key, value, headers, now)

    monkeypatch.setattr(point.gate, "admit", admit)
    point._consumer = Consumer()  # type: ignore[assignment]
    point._catch_up = {tp: 2}
    point._follow()
    await asyncio.wait_for(point.ready.wait(), 5)
    assert point.healthy and point.errors == 1
    assert not point.check("later").allowed
    await point.stop()
