"""Envoy HTTP ext_authz compatibility: Envoy forwards the original request's method, path
and headers to ``<prefix><original path>``; we answer 200 to let it through, 403 to refuse.

The agent is the configured header (``x-agent-id`` by default), else the SPIFFE id in the
``URI=`` element of ``x-forwarded-client-cert`` (the mTLS peer Envoy saw), the same id the
Envoy access-log normalizer uses. The credential comes from ``x-credential-id``. A request
with no agent identity is refused unless ``allow_unidentified`` (fail closed). Envoy config:
``http_service.path_prefix: /ext_authz`` and, to pass the answer's reason on,
``authorization_response.allowed_client_headers`` with ``x-missionguard-reason``.
"""

from __future__ import annotations

from aiohttp import web

from missionguard.pipeline.enforcement.point import EnforcementPoint
from missionguard.pipeline.settings.control import HttpCheckSettings

__all__ = ["add_ext_authz_routes", "spiffe_id_from_xfcc"]


def spiffe_id_from_xfcc(xfcc: str) -> str | None:
    """The SPIFFE id of the nearest client in an ``x-forwarded-client-cert`` header.

    >>> spiffe_id_from_xfcc('By=spiffe://a/x;Hash=ab;URI=spiffe://corp/ns/ai/sa/bot,URI=x')
    'spiffe://corp/ns/ai/sa/bot'
    >>> spiffe_id_from_xfcc('Hash=ab;Subject="CN=x"') is None
    True
    """
    # Envoy appends one element per proxy hop, comma-separated; the last is the nearest.
    # Values may be quoted (and then may hold ',' or ';'), so split with quotes in mind.
    for element in reversed(_split(xfcc, ",")):
        for pair in _split(element, ";"):
            name, _, value = pair.partition("=")
            value = value.strip().strip('"')
            if name.strip().lower() == "uri" and value.startswith("spiffe://"):
                return value
    return None


def _split(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def add_ext_authz_routes(
    app: web.Application, point: EnforcementPoint, http: HttpCheckSettings
) -> None:
    prefix = "/" + http.ext_authz_prefix.strip("/")

    async def authorize(request: web.Request) -> web.Response:
        agent_id = request.headers.get(http.agent_header)
        if not agent_id:
            agent_id = spiffe_id_from_xfcc(request.headers.get("x-forwarded-client-cert", ""))
        original = request.path.removeprefix(prefix) or "/"
        if not agent_id:
            if http.allow_unidentified:
                return web.Response(status=200, headers={"x-missionguard-reason": "unidentified"})
            return _deny("no agent identity (header or SPIFFE id)", original, request.method)
        result = point.check(agent_id, request.headers.get(http.credential_header))
        if result.allowed:
            reason = _header_safe(result.reason)
            return web.Response(status=200, headers={"x-missionguard-reason": reason})
        status = 503 if result.restriction == "not_ready" else 403
        return _deny(result.reason, original, request.method, status)

    app.router.add_route("*", prefix, authorize)
    app.router.add_route("*", prefix + "/{tail:.*}", authorize)


def _deny(reason: str, path: str, method: str, status: int = 403) -> web.Response:
    # Envoy relays a denial's body and headers to the downstream client.
    return web.json_response(
        {"allowed": False, "reason": reason, "method": method, "path": path},
        status=status,
        headers={"x-missionguard-reason": _header_safe(reason)},
    )


def _header_safe(text: str) -> str:
    """Reasons quote agent ids and resources: keep them to one printable ASCII line."""
    return "".join(c if " " <= c <= "~" else "?" for c in text)[:256]
