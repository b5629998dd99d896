"""RFC 8935 push delivery against a local aiohttp receiver: what is accepted, rejected for
good, retried with backoff, and given up on."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from missionguard.pipeline.standards.push import Accepted, Failed, PushClient, Rejected
from missionguard.pipeline.tools.devbroker import free_ports

TOKEN = "eyJhbGciOiJFZERTQSJ9.e30.c2ln"


class Receiver:
    """Answers each POST with the next scripted response (the last one repeats)."""

    def __init__(self, script: list[web.Response | Callable[[], web.Response]]) -> None:
        self.script = script
        self.requests: list[tuple[dict[str, str], bytes]] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append((dict(request.headers), await request.read()))
        step = self.script[min(len(self.requests), len(self.script)) - 1]
        return step() if callable(step) else step


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., object]]:
    servers: list[TestServer] = []

    async def _serve(*script: Callable[[], web.Response]) -> tuple[Receiver, str]:
        receiver = Receiver(list(script))
        app = web.Application()
        app.router.add_post("/events", receiver.handle)
        server = TestServer(app)
        await server.start_server()
        servers.append(server)
        return receiver, str(server.make_url("/events"))

    yield _serve
    for server in servers:
        await server.close()


def accepted() -> web.Response:
    return web.Response(status=202)


def unavailable() -> web.Response:
    return web.Response(status=503, text="busy")


def client(url: str, delays: list[float], **kw: object) -> PushClient:
    async def record(delay: float) -> None:
        delays.append(delay)

    options = {"retries": 3, "backoff_s": 0.5, "max_backoff_s": 1.5, "timeout_s": 2.0, **kw}
    return PushClient(url, sleep=record, **options)


async def test_202_is_accepted_and_the_request_is_rfc8935(serve):
    receiver, url = await serve(accepted)
    delays: list[float] = []
    async with client(url, delays, authorization="Bearer t0ken") as push:
        outcome = await push.push(TOKEN, jti="j1")
    assert outcome == Accepted(202, 1) and delays == []
    ((headers, body),) = receiver.requests
    assert headers["Content-Type"] == "application/secevent+jwt"
    assert headers["Accept"] == "application/json"
    assert headers["Authorization"] == "Bearer t0ken"
    assert body == TOKEN.encode()
    assert push.counts == {"accepted": 1}


async def test_400_is_a_definitive_rejection_never_retried(serve):
    error = {"err": "invalid_audience", "description": "aud is not this receiver"}
    receiver, url = await serve(lambda: web.json_response(error, status=400))
    delays: list[float] = []
    async with client(url, delays) as push:
        outcome = await push.push(TOKEN)
    assert outcome == Rejected("invalid_audience", "aud is not this receiver", 1)
    assert len(receiver.requests) == 1 and delays == []
    assert push.counts == {"rejected": 1} and push.rejections == {"invalid_audience": 1}


async def test_5xx_is_retried_with_backoff_until_accepted(serve):
    receiver, url = await serve(unavailable, unavailable, accepted)
    delays: list[float] = []
    async with client(url, delays) as push:
        outcome = await push.push(TOKEN)
    assert outcome == Accepted(202, 3)
    assert len(receiver.requests) == 3 and delays == [0.5, 1.0]


async def test_retries_are_bounded(serve):
    receiver, url = await serve(unavailable)
    delays: list[float] = []
    async with client(url, delays) as push:
        outcome = await push.push(TOKEN)
    assert isinstance(outcome, Failed) and outcome.attempts == 4
    assert len(receiver.requests) == 4
    assert delays == [0.5, 1.0, 1.5]  # doubling, capped at max_backoff_s
    assert push.counts == {"retried": 3, "failed": 1}


async def test_429_retry_after_is_honoured_within_the_cap(serve):
    busy = lambda: web.Response(status=429, headers={"Retry-After": "1"})  # noqa: E731
    _, url = await serve(busy, accepted)
    delays: list[float] = []
    async with client(url, delays) as push:
        assert await push.push(TOKEN) == Accepted(202, 2)
    assert delays == [1.0]


async def test_unauthorized_fails_at_once(serve):
    receiver, url = await serve(lambda: web.Response(status=401))
    delays: list[float] = []
    async with client(url, delays) as push:
        outcome = await push.push(TOKEN)
    assert isinstance(outcome, Failed) and "401" in outcome.reason and outcome.attempts == 1
    assert len(receiver.requests) == 1 and delays == []


async def test_an_unreachable_receiver_is_retried_then_given_up(serve):
    (port,) = free_ports(1)  # nothing listens there
    delays: list[float] = []
    async with client(f"http://127.0.0.1:{port}/events", delays, retries=2) as push:
        outcome = await push.push(TOKEN)
    assert isinstance(outcome, Failed) and outcome.attempts == 3
    assert "ClientConnectorError" in outcome.reason and delays == [0.5, 1.0]


async def test_a_400_without_an_rfc8935_body_is_still_a_rejection(serve):
    _, url = await serve(lambda: web.Response(status=400, text="nope"))
    async with client(url, []) as push:
        outcome = await push.push(TOKEN)
    assert outcome == Rejected("unknown", "nope", 1)
    json.dumps(push.counts)
