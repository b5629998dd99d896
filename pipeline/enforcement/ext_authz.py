"""Envoy HTTP ext_authz compatibility: Envoy forwards the original request's method, path
and headers to ``<prefix><original path>``; we answer 200 to let it through, 403 to refuse.

The agent is the configured header (``x-agent-id`` by default) and/or the SPIFFE id in the
``URI=`` field of ``x-forwarded-client-cert`` (the mTLS peer Envoy saw), the same id the
Envoy access-log normalizer uses. The credential comes from ``x-credential-id``. A request
with no agent identity is refused unless ``allow_unidentified`` (fail closed). An ambiguous
identity is refused with 400: a header given twice, several ``x-forwarded-client-cert``
headers or elements (one per proxy hop: which is the agent?), an element with several
SPIFFE ids, or an agent header that differs from the certificate's SPIFFE id (an agent
must not claim another's name beside its own certificate). Configure Envoy with
``forward_client_cert_details: SANITIZE_SET`` so that the header holds exactly its peer.
Envoy config:
``http_service.path_prefix: /ext_authz`` and, to pass the answer's reason on,
``authorization_response.allowed_client_headers`` with ``x-missionguard-reason``.
"""

from __future__ import annotations

from aiohttp import web

from missionguard.pipeline.enforcement.identity import Ambiguous, one_identity
from missionguard.pipeline.enforcement.point import EnforcementPoint
from missionguard.pipeline.settings.control import HttpCheckSettings

__all__ = ["add_ext_authz_routes", "spiffe_id_from_xfcc"]

_XFCC = "x-forwarded-client-cert"


def spiffe_id_from_xfcc(xfcc: str) -> str | None:
    """The SPIFFE id of the one client certificate in an ``x-forwarded-client-cert`` header;
    :class:`~.identity.Ambiguous` if the header holds several certificates or SPIFFE ids.

    >>> spiffe_id_from_xfcc('By=spiffe://a/x;Hash=ab;URI=spiffe://corp/ns/ai/sa/bot')
    'spiffe://corp/ns/ai/sa/bot'
    >>> spiffe_id_from_xfcc('Hash=ab;Subject="CN=x,O=y"') is None
    True
    >>> try:
    ...     spiffe_id_from_xfcc('URI=spiffe://corp/a,URI=spiffe://corp/b')
    ... except Ambiguous as exc:
    ...     print(exc)
    ambiguous identity: 2 certificates in x-forwarded-client-cert
    """
    # Envoy appends one element per proxy hop, comma-separated. Values may be quoted (and
    # then may hold ',' or ';'), so split with quotes in mind.
    elements = [e for e in _split(xfcc, ",") if e.strip()]
    if len(elements) > 1:
        raise Ambiguous(f"ambiguous identity: {len(elements)} certificates in {_XFCC}")
    found = set()
    for element in elements:
        for pair in _split(element, ";"):
            name, _, value = pair.partition("=")
            value = value.strip().strip('"')
            if name.strip().lower() == "uri" and value.startswith("spiffe://"):
                found.add(value)
    if len(found) > 1:
        raise Ambiguous(f"ambiguous identity: {len(found)} SPIFFE ids in one certificate")
    return found.pop() if found else None


def _split(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
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
        original = request.path.removeprefix(prefix) or "/"
        headers = request.headers
        try:
            xfcc = one_identity((_XFCC, headers.getall(_XFCC, [])))
            spiffe = spiffe_id_from_xfcc(xfcc) if xfcc else None
            agent_id = one_identity(
                (http.agent_header, headers.getall(http.agent_header, [])),
                (f"the SPIFFE id in {_XFCC}", [spiffe] if spiffe else []),
            )
            credential_id = one_identity(
                (http.credential_header, headers.getall(http.credential_header, []))
            )
        except Ambiguous as exc:
            return _deny(str(exc), original, request.method, 400)
        if agent_id is None:
            if http.allow_unidentified:
                return web.Response(status=200, headers={"x-missionguard-reason": "unidentified"})
            return _deny("no agent identity (header or SPIFFE id)", original, request.method)
        result = point.check(agent_id, credential_id)
        if result.allowed:
            reason = _header_safe(result.reason)
            return web.Response(status=200, headers={"x-missionguard-reason": reason})
        status = {"not_ready": 503, "invalid_id": 400}.get(result.restriction or "", 403)
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
