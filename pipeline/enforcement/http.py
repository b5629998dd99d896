"""HTTP face of an enforcement point: ``GET /v1/check`` answers "may agent X with credential C
do A on R now?"; ``/v1/revocations`` lists what is in force; ``/healthz`` reports readiness;
``<ext_authz_prefix>/...`` speaks Envoy's HTTP ext_authz (:mod:`.ext_authz`).

``/v1/check`` answers 200 with ``{"allowed": true, ...}`` or 403 with ``{"allowed": false,
"reason": ...}``, so a proxy can use the status code alone. While the point cannot vouch for
its state (catching up, or its control follower stopped) it refuses with 503, or, if the
point fails open (``enforcement.when_not_ready: open``), allows with 200 and a reason that
says so; ``/healthz`` answers 503 then either way.
"""

from __future__ import annotations

from aiohttp import web

from missionguard.pipeline.enforcement.ext_authz import add_ext_authz_routes
from missionguard.pipeline.enforcement.point import EnforcementPoint
from missionguard.pipeline.enforcement.state import AccessCheck
from missionguard.pipeline.settings.control import HttpCheckSettings

__all__ = ["build_http_app", "serve_http"]


def build_http_app(
    point: EnforcementPoint, http: HttpCheckSettings | None = None
) -> web.Application:
    async def check(request: web.Request) -> web.Response:
        q = request.query
        agent_id = q.get("agent_id") or request.headers.get("x-agent-id")
        if not agent_id:
            return web.json_response({"error": "agent_id is required"}, status=400)
        result = point.check(
            agent_id, q.get("credential_id") or request.headers.get("x-credential-id")
        )
        body = {
            **result.to_dict(),
            "agent_id": agent_id,
            "action": q.get("action"),
            "resource": q.get("resource"),
            "point_id": point.point_id,
        }
        return web.json_response(body, status=_status(result))

    async def revocations(request: web.Request) -> web.Response:
        now = point.clock()
        agents = {
            a: {
                "action": r.action,
                "command_id": r.command_id,
                "reason": r.reason,
                "expires_at": r.expires_at.isoformat() if r.expires_at else None,
            }
            for a, r in point.state.agents.items()
            if r.active(now)
        }
        return web.json_response(
            {
                "agents": agents,
                "applied": point.state.applied,
                "duplicates": point.rejections.get("replayed", 0),
                "rejected": point.rejected,
                "rejections": point.rejections,
            }
        )

    async def healthz(request: web.Request) -> web.Response:
        ready = point.healthy
        body = {"ready": ready, "point_id": point.point_id, "reason": point.not_ready_reason()}
        return web.json_response(body, status=200 if ready else 503)

    app = web.Application()
    app.router.add_get("/v1/check", check)
    app.router.add_get("/v1/revocations", revocations)
    app.router.add_get("/healthz", healthz)
    add_ext_authz_routes(app, point, http or HttpCheckSettings())
    return app


def _status(result: AccessCheck) -> int:
    if result.allowed:
        return 200
    return 503 if result.restriction == "not_ready" else 403


async def serve_http(
    point: EnforcementPoint, host: str, port: int, http: HttpCheckSettings | None = None
) -> web.AppRunner:
    """Start serving; the caller keeps the runner and calls ``cleanup()`` to stop."""
    runner = web.AppRunner(build_http_app(point, http), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
