"""HTTP face of an enforcement point: ``GET /v1/check`` answers "may agent X with credential C
do A on R now?"; ``/v1/revocations`` lists what is in force; ``/healthz`` reports readiness;
``<ext_authz_prefix>/...`` speaks Envoy's HTTP ext_authz (:mod:`.ext_authz`).

``/v1/check`` answers 200 with ``{"allowed": true, ...}`` or 403 with ``{"allowed": false,
"reason": ...}``, so a proxy can use the status code alone. While the point cannot vouch for
its state (catching up, or its control follower stopped) it refuses with 503, or, if the
point fails open (``enforcement.when_not_ready: open``), allows with 200 and a reason that
says so; ``/healthz`` answers 503 then either way.

Every path but ``/healthz`` needs an authenticated caller (:mod:`.auth`: 401 otherwise). An
identity named twice (two ``agent_id`` parameters, two ``x-agent-id`` headers, a parameter
and a header that differ, the same for the credential) is ambiguous: 400, never the first
one. An id not in canonical form is refused with 400 (:mod:`.identity`). Requests below
HTTP/1.0 (an HTTP/0.9-style request line without a version) are answered 505.

With ``metrics`` (:class:`~pipeline.observability.metrics.EnforcementMetrics`), ``GET
/metrics`` answers the point's Prometheus metrics, to authenticated callers like the rest
(``docs/observability.md``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import HttpVersion10, web

from missionguard.pipeline.enforcement.auth import CallerAuth
from missionguard.pipeline.enforcement.ext_authz import add_ext_authz_routes
from missionguard.pipeline.enforcement.identity import Ambiguous, one_identity
from missionguard.pipeline.enforcement.point import EnforcementPoint
from missionguard.pipeline.enforcement.state import AccessCheck
from missionguard.pipeline.observability.metrics import CONTENT_TYPE, EnforcementMetrics
from missionguard.pipeline.settings.control import HttpCheckSettings

__all__ = ["AUTH", "build_http_app", "serve_http"]

AUTH = web.AppKey("missionguard_auth", CallerAuth)
_OPEN = frozenset({"/healthz"})


def single(request: web.Request, param: str | None, header: str) -> str | None:
    """The one value of an identity given as a query parameter and/or a header."""
    query = (param, request.query.getall(param, [])) if param else None
    return one_identity((header, request.headers.getall(header, [])), query)


def build_http_app(
    point: EnforcementPoint,
    http: HttpCheckSettings | None = None,
    metrics: EnforcementMetrics | None = None,
) -> web.Application:
    http = http or HttpCheckSettings()
    auth = CallerAuth(http)

    @web.middleware
    async def guard(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if request.version < HttpVersion10:
            return web.json_response({"error": "HTTP/1.0 or later required"}, status=505)
        if request.path not in _OPEN:
            refusal = auth.refusal(request)
            if refusal is not None:
                return web.json_response(
                    {"allowed": False, "error": refusal},
                    status=401,
                    headers={"WWW-Authenticate": 'Bearer realm="missionguard"'},
                )
        return await handler(request)

    async def check(request: web.Request) -> web.Response:
        q = request.query
        try:
            agent_id = single(request, "agent_id", "x-agent-id")
            credential_id = single(request, "credential_id", "x-credential-id")
        except Ambiguous as exc:
            return web.json_response({"allowed": False, "error": str(exc)}, status=400)
        if agent_id is None:
            return web.json_response(
                {"allowed": False, "error": "agent_id is required"}, status=400
            )
        result = point.check(agent_id, credential_id)
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

    async def exposition(request: web.Request) -> web.Response:
        assert metrics is not None
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE})

    app = web.Application(middlewares=[guard])
    app[AUTH] = auth
    app.router.add_get("/v1/check", check)
    app.router.add_get("/v1/revocations", revocations)
    app.router.add_get("/healthz", healthz)
    if metrics is not None:
        app.router.add_get("/metrics", exposition)
    add_ext_authz_routes(app, point, http)
    return app


def _status(result: AccessCheck) -> int:
    if result.allowed:
        return 200
    return {"not_ready": 503, "invalid_id": 400}.get(result.restriction or "", 403)


async def serve_http(
    point: EnforcementPoint,
    host: str,
    port: int,
    http: HttpCheckSettings | None = None,
    metrics: EnforcementMetrics | None = None,
) -> web.AppRunner:
    """Start serving; the caller keeps the runner and calls ``cleanup()`` to stop."""
    app = build_http_app(point, http, metrics)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port, ssl_context=app[AUTH].ssl_context).start()
    return runner
