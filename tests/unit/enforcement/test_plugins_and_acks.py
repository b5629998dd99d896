"""The OPA plugin's writes (against a fake OPA data API) and the acks a point publishes."""

from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestServer

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.opa import OpaRevocationSync
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.records.acks import CommandAck

from .conftest import T0, command

SPIFFE = "spiffe://corp/ns/ai/sa/bot"


async def test_opa_sync_writes_in_order_and_reinstate_deletes(ring, issuer):
    calls: list[tuple[str, str, object]] = []

    async def data(request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else None
        calls.append((request.method, request.raw_path, body))
        return web.Response(status=404 if request.method == "DELETE" else 204)

    app = web.Application()
    app.router.add_route("*", "/v1/data/{tail:.*}", data)
    async with TestServer(app) as server:
        sync = OpaRevocationSync(str(server.make_url("/")))
        point = EnforcementPoint(
            "127.0.0.1:1", "control", clock=lambda: T0, keyring=ring, plugins=[sync]
        )
        await sync.start()
        for cmd in (command("c1", agent=SPIFFE, creds=["k1"]), command("c2", "reinstate", SPIFFE)):
            point.handle(*_args(issuer.sign(cmd)))
        point.handle(dump_json(command("c3", agent="x")), None, b"x")  # unsigned: never sent
        await sync.drained()
        await sync.stop()
    base = "/v1/data/missionguard/revoked"
    encoded = "spiffe:%2F%2Fcorp%2Fns%2Fai%2Fsa%2Fbot"  # yarl keeps ":" as is
    assert [(m, p) for m, p, _ in calls] == [
        ("PUT", f"{base}/agents/{encoded}"),
        ("PUT", f"{base}/credentials/k1"),
        ("DELETE", f"{base}/agents/{encoded}"),
    ]
    doc = calls[0][2]
    assert doc["action"] == "revoke" and doc["command_id"] == "c1"
    assert doc["expires_at"] == "2026-03-01T01:00:00Z"
    assert doc["expires_at_ns"] == int(T0.timestamp() + 3600) * 10**9
    assert sync.pushed == 3 and sync.failures == 0


def test_acks_say_what_was_applied_or_refused_and_when(ring, issuer):
    point = EnforcementPoint(
        "127.0.0.1:1", "control", clock=lambda: T0, keyring=ring, point_id="p1"
    )
    signed = issuer.sign(command("c1"))
    applied = point._ack(point.process(*signed.parts()))
    refused = point._ack(point.process(*signed.parts()))
    assert isinstance(applied, CommandAck)
    assert (applied.outcome, applied.command_id, applied.kid, applied.reason) == (
        "applied",
        "c1",
        "kid-1",
        None,
    )
    assert applied.trigger_event_id == "ev-c1" and applied.issued_at == T0
    assert applied.applied_at == T0 and applied.point_id == "p1" and applied.catch_up
    assert (refused.outcome, refused.reason) == ("rejected", "replayed")
    garbage = point._ack(point.process(b"bot", b"{", None))
    assert garbage.command_id is None and garbage.reason == "unsigned"


def _args(signed) -> tuple:
    return signed.value, signed.headers, signed.key
