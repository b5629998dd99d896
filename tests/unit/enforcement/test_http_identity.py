"""Checks refuse what they cannot answer for (issue 15, defect 5): ids not in canonical form
(400), case and compatibility variants of a restricted id (refused like it), ambiguous
identities (400: duplicate parameters or headers, a query id and a header id that differ,
several client certificates), and HTTP/0.9-style requests (defect 8)."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp.test_utils import TestClient, TestServer
from multidict import CIMultiDict

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.http import build_http_app, serve_http
from missionguard.pipeline.settings.control import HttpAuthSettings, HttpCheckSettings

from .conftest import T0, command

TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HTTP = HttpCheckSettings(auth=HttpAuthSettings(token=TOKEN))
SPIFFE = "spiffe://corp.example/ns/ai/sa/travel-bot"


@pytest.fixture
def point(ring, issuer) -> EnforcementPoint:
    point = EnforcementPoint("127.0.0.1:1", "control", clock=lambda: T0, keyring=ring)
    for cmd in (command("c1", agent="Bot-1", creds=["AKIA-BAD"]), command("c2", agent=SPIFFE)):
        signed = issuer.sign(cmd)
        assert point.handle(signed.value, signed.headers, signed.key)
    return point


@pytest.mark.parametrize(
    "variant", ["bot-1 ", " Bot-1", "Bot-1\x00", "Bot-1\t", "Bot\u200b-1", "Bot-1\n", ""]
)
async def test_an_id_not_in_canonical_form_is_refused_with_400(point, variant):
    async with TestClient(TestServer(build_http_app(point, HTTP))) as client:
        resp = await client.get("/v1/check", params={"agent_id": variant}, headers=AUTH)
        body = await resp.json()
        assert resp.status == 400 and body["allowed"] is False, body
        assert "canonical form" in body["reason"]


async def test_ext_authz_refuses_an_id_not_in_canonical_form_with_400(point):
    # HTTP strips a header value's surrounding whitespace and refuses control characters
    # in it; what is left to refuse there is the rest of the canonical form.
    async with TestClient(TestServer(build_http_app(point, HTTP))) as client:
        for headers in ({"x-agent-id": "a" * 513}, {"x-agent-id": "ok", "x-credential-id": ""}):
            envoy = await client.get("/ext_authz/x", headers={**AUTH, **headers})
            assert envoy.status == 400, headers


@pytest.mark.parametrize("variant", ["BOT-1", "bot-1", "\uff22\uff4f\uff54-1"])
async def test_a_case_or_compatibility_variant_of_a_revoked_id_is_refused(point, variant):
    async with TestClient(TestServer(build_http_app(point, HTTP))) as client:
        resp = await client.get("/v1/check", params={"agent_id": variant}, headers=AUTH)
        body = await resp.json()
        assert resp.status == 403 and body["command_id"] == "c1", body
        envoy = await client.get("/ext_authz/x", headers={**AUTH, "x-agent-id": variant})
        assert envoy.status == 403
    assert point.check("akia-bad").allowed  # an agent id, not the credential
    assert not point.check("someone", "akia-bad").allowed


def test_exact_id_matching_is_a_setting(ring, issuer):
    point = EnforcementPoint(
        "127.0.0.1:1", "control", clock=lambda: T0, keyring=ring, id_matching="exact"
    )
    signed = issuer.sign(command("c1", agent="Bot-1"))
    assert point.handle(signed.value, signed.headers, signed.key)
    assert point.check("BOT-1").allowed and not point.check("Bot-1").allowed
    assert point.check("Bot-1 ").restriction == "invalid_id"  # canonical form either way


async def test_ambiguous_identities_in_a_check_are_refused_with_400(point):
    async with TestClient(TestServer(build_http_app(point, HTTP))) as client:

        async def status(query: str, headers: list[tuple[str, str]] = ()) -> int:
            resp = await client.get(
                f"/v1/check?{query}", headers=CIMultiDict([*AUTH.items(), *headers])
            )
            if resp.status == 400:
                assert "ambiguous" in (await resp.json())["error"]
            return resp.status

        assert await status("agent_id=good&agent_id=Bot-1") == 400
        assert await status("agent_id=Bot-1&agent_id=good") == 400
        assert await status("", [("x-agent-id", "good"), ("x-agent-id", "Bot-1")]) == 400
        assert await status("agent_id=good", [("x-agent-id", "Bot-1")]) == 400
        assert await status("agent_id=good&credential_id=a&credential_id=AKIA-BAD") == 400
        assert await status("agent_id=good&credential_id=x", [("x-credential-id", "y")]) == 400
        assert await status("agent_id=", [("x-agent-id", "good")]) == 400
        assert await status("agent_id=good", [("x-agent-id", "good")]) == 200


async def test_ambiguous_identities_in_ext_authz_are_refused_with_400(point):
    other = SPIFFE.replace("travel-bot", "other-bot")
    one = f"By=spiffe://corp.example/envoy;Hash=0a;URI={other}"
    cases = [
        [("x-agent-id", "good"), ("x-agent-id", "Bot-1")],
        [("x-forwarded-client-cert", f"{one},By=spiffe://e;URI={SPIFFE}")],
        [("x-forwarded-client-cert", f"URI={SPIFFE},{one}")],
        [("x-forwarded-client-cert", one), ("x-forwarded-client-cert", f"URI={SPIFFE}")],
        [("x-forwarded-client-cert", f"URI={other};URI={SPIFFE}")],
        [("x-agent-id", "good"), ("x-forwarded-client-cert", f"URI={SPIFFE}")],
        [("x-agent-id", "good"), ("x-credential-id", "a"), ("x-credential-id", "AKIA-BAD")],
    ]
    async with TestClient(TestServer(build_http_app(point, HTTP))) as client:
        for headers in cases:
            resp = await client.get(
                "/ext_authz/api", headers=CIMultiDict([*AUTH.items(), *headers])
            )
            assert resp.status == 400, headers
            assert "ambiguous" in resp.headers["x-missionguard-reason"]
        same = [("x-agent-id", other), ("x-forwarded-client-cert", one)]
        resp = await client.get("/ext_authz/api", headers=CIMultiDict([*AUTH.items(), *same]))
        assert resp.status == 200


async def _raw(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(200), 2)
    except TimeoutError:
        return b""
    finally:
        writer.close()


async def test_an_http_0_9_style_request_is_not_answered_200(point):
    runner = await serve_http(point, "127.0.0.1", 0, HTTP)
    port = runner.addresses[0][1]
    try:
        auth = f"Authorization: Bearer {TOKEN}\r\n".encode()
        for request in (
            b"GET /v1/check?agent_id=good\r\n\r\n",
            b"GET /v1/check?agent_id=good\r\n" + auth + b"\r\n",
            b"GET /v1/check?agent_id=good HTTP/0.9\r\n" + auth + b"\r\n",
        ):
            answer = await _raw(port, request)
            assert b" 200 " not in answer.split(b"\r\n")[0], answer
        ok = await _raw(port, b"GET /v1/check?agent_id=good HTTP/1.0\r\n" + auth + b"\r\n")
        assert ok.startswith(b"HTTP/1.0 200 "), ok
    finally:
        await runner.cleanup()
