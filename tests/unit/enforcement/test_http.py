"""The HTTP check service: /v1/check and Envoy's HTTP ext_authz, with aiohttp's test client."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.http import build_http_app
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings.control import HttpCheckSettings

from .conftest import HTTP, HTTP_AUTH, T0, command

SPIFFE = "spiffe://corp.example/ns/ai/sa/travel-bot"


@pytest.fixture
def point(ring, issuer) -> EnforcementPoint:
    point = EnforcementPoint("127.0.0.1:1", "control", clock=lambda: T0, keyring=ring)
    for cmd in (command("c1", agent="bad", creds=["AKIA-BAD"]), command("c2", agent=SPIFFE)):
        signed = issuer.sign(cmd)
        assert point.handle(signed.value, signed.headers, signed.key)
    point.handle(dump_json(command("c3", agent="good")), None, b"good")  # unsigned: refused
    return point


async def test_http_check_answers_403_for_a_revoked_agent(point):
    async with TestClient(TestServer(build_http_app(point, HTTP)), headers=HTTP_AUTH) as client:
        ok = await client.get("/v1/check", params={"agent_id": "good"})
        assert ok.status == 200 and (await ok.json())["allowed"] is True
        no = await client.get("/v1/check", params={"agent_id": "bad", "action": "s3:GetObject"})
        body = await no.json()
        assert no.status == 403 and body["command_id"] == "c1" and "revoked" in body["reason"]
        assert (await client.get("/v1/check")).status == 400
        listing = await (await client.get("/v1/revocations")).json()
        assert sorted(listing["agents"]) == sorted(["bad", SPIFFE])
        assert listing["rejections"] == {"unsigned": 1}


async def test_ext_authz_allows_and_denies_by_header_or_spiffe_id(point):
    async with TestClient(TestServer(build_http_app(point, HTTP)), headers=HTTP_AUTH) as client:
        ok = await client.post("/ext_authz/api/bookings/7", headers={"x-agent-id": "good"})
        assert ok.status == 200
        no = await client.get("/ext_authz/api/payroll", headers={"x-agent-id": "bad"})
        assert no.status == 403 and "revoked" in no.headers["x-missionguard-reason"]
        assert (await no.json())["path"] == "/api/payroll"
        by_cred = await client.delete(
            "/ext_authz/x", headers={"x-agent-id": "good", "x-credential-id": "AKIA-BAD"}
        )
        assert by_cred.status == 403
        xfcc = f'By=spiffe://corp.example/envoy;Hash=0a1b;URI={SPIFFE};Subject="CN=a,O=b"'
        spiffe = await client.get("/ext_authz/", headers={"x-forwarded-client-cert": xfcc})
        assert spiffe.status == 403
        other = xfcc.replace("travel-bot", "other-bot")
        fine = await client.put("/ext_authz/api", headers={"x-forwarded-client-cert": other})
        assert fine.status == 200
        anonymous = await client.get("/ext_authz/api")
        assert anonymous.status == 403 and "no agent identity" in (await anonymous.json())["reason"]


async def test_ext_authz_prefix_header_and_unidentified_policy_are_configurable(point):
    http = HttpCheckSettings(
        ext_authz_prefix="/authz/",
        agent_header="x-workload",
        allow_unidentified=True,
        auth=HTTP.auth,
    )
    async with TestClient(TestServer(build_http_app(point, http)), headers=HTTP_AUTH) as client:
        assert (await client.get("/authz/a", headers={"x-workload": "bad"})).status == 403
        assert (await client.get("/authz/a", headers={"x-agent-id": "bad"})).status == 200
        assert (await client.get("/ext_authz/a", headers={"x-workload": "bad"})).status == 404
