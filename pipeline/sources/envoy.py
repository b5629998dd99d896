"""Envoy HTTP access logs (JSON format) with ext_authz -> canonical decisions.

The principal is the first configured request header (``x-agent-id``) or the mTLS peer's
SPIFFE URI SAN. The action is ``METHOD /path/template`` with ids folded to ``{id}``, so a
mission can allow ``GET /v1/tickets/{id}``; the resource is ``authority + path``. A 401 or
403, or the ``UAEX`` response flag (ext_authz refused), is a deny.

Semantics (issue 17): ``operation`` from the method (RFC 9110), the target
``http:/path/template`` on its authority (container) named by the concrete path, and the
method, path (with query) and authority kept in ``arguments``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision, Target
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    first_present,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments, http_operation

__all__ = ["EnvoyConfig", "EnvoyNormalizer", "path_template"]

SOURCE = "envoy"
_ID_SEGMENT = re.compile(
    r"^(?:\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{16,})$"
)


class EnvoyConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    watch_humans: bool = False
    principal_fields: tuple[str, ...] = ("x-agent-id", "x_agent_id", "downstream_peer_uri_san")
    credential_fields: tuple[str, ...] = ("x-credential-id", "downstream_peer_serial")
    time_field: str = "start_time"
    deny_codes: tuple[int, ...] = (401, 403)
    # Principals (globs are not needed: exact prefixes) that are people, e.g. an SSO header.
    human_principal_prefixes: tuple[str, ...] = ("user:",)


def effective_path(path: str) -> str:
    """The path a request reaches: the query dropped, percent-encoded unreserved characters
    decoded (``%2E`` is a dot: RFC 3986, 6.2.2.2), dot segments resolved (5.2.4), as servers
    and proxies resolve them before they route. A mission scoped to ``/v1/tickets/*`` is
    not met by ``/v1/tickets/../admin``.

    >>> effective_path("/v1/tickets/%2e%2E/admin/./users?x=1"), effective_path("//[x/y")
    ('/v1/admin/users', '//[x/y')
    """
    # A request's path is no URL: "//x/y" is a path (urlsplit would read "x" as a host).
    written = path.split("?", 1)[0].split("#", 1)[0] or "/"
    only_path = _UNRESERVED.sub(lambda m: chr(int(m.group(1), 16)), written)
    if "." not in only_path:
        return only_path
    out: list[str] = []
    segments = only_path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        elif segment == ".":
            if last:
                out.append("")
        else:
            out.append(segment)
    resolved = "/".join(out)
    return resolved if resolved.startswith("/") else "/" + resolved


# A percent-encoded unreserved character (ALPHA, DIGIT, "-", ".", "_", "~"): the same
# character as written out (RFC 3986, 2.3).
_UNRESERVED = re.compile(r"%(2[dDeE]|3[0-9]|[46][1-9a-fA-F]|[57][0-9aA]|5[fF]|7[eE])")


def path_template(path: str) -> str:
    """The path (:func:`effective_path`) with numeric, UUID and long hex segments folded to
    ``{id}``.

    >>> path_template("/v1/tickets/4711/comments/9f1c2a3b-0000-4000-8000-00000000abcd?x=1")
    '/v1/tickets/{id}/comments/{id}'
    """
    return _folded(effective_path(path))


def _folded(reached: str) -> str:
    """An effective path's identifier segments folded to ``{id}``."""
    return "/".join("{id}" if _ID_SEGMENT.match(s) else s for s in reached.split("/"))


class EnvoyNormalizer:
    name = SOURCE

    def __init__(self, config: EnvoyConfig | None = None) -> None:
        self.config = config or EnvoyConfig()

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        cfg = self.config
        agent_id = text(first_present(obj, cfg.principal_fields))
        if agent_id is None:
            raise NormalizationError(
                SOURCE, cfg.principal_fields[0], "no principal header or peer SAN"
            )
        human = agent_id.startswith(cfg.human_principal_prefixes)
        if human and not cfg.watch_humans:
            return []
        method = text(obj.get("method"))
        path = text(obj.get("path"))
        if method is None:
            raise NormalizationError(SOURCE, "method", "missing")
        if path is None:
            raise NormalizationError(SOURCE, "path", "missing")
        code = _int(obj.get("response_code"))
        flags = text(obj.get("response_flags")) or ""
        if code is None and "UAEX" not in flags:
            raise NormalizationError(SOURCE, "response_code", "missing or not a number")
        denied = "UAEX" in flags.split(",") or code in cfg.deny_codes
        authority = text(obj.get("authority")) or ""
        request_id = text(obj.get("request_id")) or text(obj.get("x-request-id"))
        reached = effective_path(path)  # where the request leads: action, resource, target
        decision = AuthorizationDecision(
            event_id=request_id or derived_event_id(SOURCE, obj),
            time=parse_time(obj.get(cfg.time_field), SOURCE, cfg.time_field),
            agent_id=agent_id,
            credential_id=text(first_present(obj, cfg.credential_fields)),
            action=f"{method.upper()} {_folded(reached)}"[:512],
            resource=(authority + reached)[:4096],
            decision="deny" if denied else "allow",
            source=SOURCE,
            source_ip=_client_ip(obj),
            attributes=attributes(
                human=human,
                user_agent=text(obj.get("user_agent")),
                response_code=code,
                response_flags=flags or None,
                upstream_cluster=text(obj.get("upstream_cluster")),
                protocol=text(obj.get("protocol")),
                event_id_derived=None if request_id else True,
            ),
            operation=http_operation(method),
            target=http_target(path, authority or None),
            arguments=bounded_arguments(
                {"method": method, "path": path, "authority": authority or None}
            ),
        )
        return [decision]


def http_target(path: str, authority: str | None) -> Target:
    """``http:`` + the path template, on its authority, named by the concrete path.

    >>> http_target("/v1/tickets/4711?x=1", "tickets.internal")
    Target(type='http:/v1/tickets/{id}', container='tickets.internal', name='/v1/tickets/4711')
    """
    reached = effective_path(path)
    return Target(
        type=f"http:{_folded(reached)}"[:256],
        container=authority[:1024] if authority else None,
        name=reached[:2048],
    )


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _client_ip(obj: Mapping[str, Any]) -> str | None:
    forwarded = text(obj.get("x_forwarded_for")) or text(obj.get("x-forwarded-for"))
    if forwarded:
        return forwarded.split(",")[0].strip()
    remote = text(obj.get("downstream_remote_address"))
    if remote is None:
        return None
    if remote.startswith("["):  # [ipv6]:port
        return remote[1:].split("]")[0]
    return remote.rsplit(":", 1)[0] if remote.count(":") == 1 else remote
