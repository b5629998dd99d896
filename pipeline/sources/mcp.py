"""Model Context Protocol ``tools/call`` traffic, as an MCP gateway logs it -> canonical decisions.

One JSON line per call: the JSON-RPC request (``method: "tools/call"``, ``params.name``,
``params.arguments``), the JSON-RPC response (``result`` with ``isError``, or ``error``), the
MCP session id, the server the gateway routed to and the client the gateway authenticated
(OAuth client id and subject). Where each field is read is configurable (dotted paths, the
first non-empty candidate wins), since every gateway names them its own way.

The authenticated client is the agent; the action is ``mcp:<server>/<tool>``; the arguments
are kept as structure (cut with a ``_truncated`` marker past the canonical bounds). What
decides (``docs/sources.md``, "MCP"): a deny only when the call was *refused*: the gateway's
own verdict, an HTTP 401/403 at the gateway (the spec's
authorization errors: 401 without a valid token, 403 ``insufficient_scope``), or a JSON-RPC
error code the operator lists as a refusal. A tool execution error (``isError: true``) and
other JSON-RPC errors (unknown tool, invalid params, server error) mean the call was admitted:
``allow``, with the error in the attributes. The operation comes only from the tool's
``ToolAnnotations`` when the gateway logged them, never from the tool's name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision, Operation, Target
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    first_present,
    get_path,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments

__all__ = ["McpConfig", "McpNormalizer", "operation_from_annotations"]

SOURCE = "mcp"
TOOLS_CALL = "tools/call"


class McpConfig(BaseModel):
    """Where a gateway's log line keeps each field, and what counts as a refusal."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    request_paths: tuple[str, ...] = ("request", "jsonrpc_request")
    response_paths: tuple[str, ...] = ("response", "jsonrpc_response")
    time_paths: tuple[str, ...] = ("time", "timestamp", "@timestamp")
    event_id_paths: tuple[str, ...] = ("event_id", "log_id")
    # The MCP session (the Mcp-Session-Id header of the Streamable HTTP transport).
    session_paths: tuple[str, ...] = ("session_id", "mcp_session_id", "headers.mcp-session-id")
    server_paths: tuple[str, ...] = ("server", "server_name")
    server_url_paths: tuple[str, ...] = ("server_url",)
    # Used when the line names no server (a gateway in front of a single server).
    default_server: str | None = None
    # The authenticated client: the OAuth client id acts; its subject, when another, is whom
    # it acts for. Without a client id, the subject acts.
    client_paths: tuple[str, ...] = ("client.client_id", "client.azp", "client_id")
    subject_paths: tuple[str, ...] = ("client.sub", "sub")
    credential_paths: tuple[str, ...] = ("client.jti", "client.token_id")
    source_ip_paths: tuple[str, ...] = ("client.ip", "source_ip")
    user_agent_paths: tuple[str, ...] = ("client.user_agent", "user_agent")
    http_status_paths: tuple[str, ...] = ("http.status", "http_status")
    # The tool's ToolAnnotations as tools/list gave them, when the gateway logs them.
    annotations_paths: tuple[str, ...] = ("tool.annotations", "annotations")
    # The gateway's own policy verdict, when it logs one.
    verdict_paths: tuple[str, ...] = ("policy.decision", "verdict")
    deny_verdicts: tuple[str, ...] = ("deny", "denied", "block", "blocked", "refuse", "refused")
    # HTTP statuses of a refusal at the gateway (MCP authorization: 401 no valid token,
    # 403 insufficient scope).
    deny_http_statuses: tuple[int, ...] = (401, 403)
    # JSON-RPC error codes that mean "refused" at this gateway. The MCP specification defines
    # none (its authorization is HTTP), so none by default: a gateway that answers a refusal
    # with its own code (e.g. one in the server range -32000..-32099) lists it here.
    deny_error_codes: tuple[int, ...] = ()


def operation_from_annotations(annotations: Any) -> Operation | None:
    """The operation class a tool's ``ToolAnnotations`` declare, or ``None`` when they declare
    none. Only explicit boolean hints count (the spec's defaults are assumptions, not claims):

    - ``readOnlyHint: true`` -> ``read`` (does not modify its environment);
    - otherwise ``destructiveHint: true`` -> ``delete`` (may delete or overwrite);
    - otherwise ``openWorldHint: true`` with ``readOnlyHint: false`` or ``destructiveHint:
      false`` -> ``send`` (changes something in an open world of external entities);
    - otherwise ``readOnlyHint: false`` or ``destructiveHint: false`` -> ``write``.

    >>> operation_from_annotations({"readOnlyHint": True, "openWorldHint": True})
    'read'
    >>> operation_from_annotations({"readOnlyHint": False, "destructiveHint": True})
    'delete'
    >>> operation_from_annotations({"destructiveHint": False, "openWorldHint": True})
    'send'
    >>> operation_from_annotations({"title": "Weather"}) is None
    True
    """
    if not isinstance(annotations, Mapping):
        return None

    def hint(name: str) -> bool | None:
        value = annotations.get(name)
        return value if isinstance(value, bool) else None

    read_only, destructive, open_world = (
        hint("readOnlyHint"),
        hint("destructiveHint"),
        hint("openWorldHint"),
    )
    if read_only is True:
        return "read"
    if destructive is True:
        return "delete"
    modifies = read_only is False or destructive is False
    if modifies and open_world is True:
        return "send"
    if modifies:
        return "write"
    return None


class McpNormalizer:
    name = SOURCE

    def __init__(self, config: McpConfig | None = None) -> None:
        self.config = config or McpConfig()

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        cfg = self.config
        request = _object(obj, cfg.request_paths, required=True)
        method = get_path(request, "method")
        if not isinstance(method, str) or not method:
            raise NormalizationError(SOURCE, f"{cfg.request_paths[0]}.method", "missing")
        if method != TOOLS_CALL:
            return []  # initialize, tools/list, notifications: no tool was called
        params = request.get("params")
        if not isinstance(params, Mapping):
            raise NormalizationError(
                SOURCE, f"{cfg.request_paths[0]}.params", "missing or not an object"
            )
        tool = params.get("name")
        if not isinstance(tool, str) or not tool.strip():
            raise NormalizationError(
                SOURCE, f"{cfg.request_paths[0]}.params.name", "missing or not a string"
            )
        arguments = _arguments(params.get("arguments"), f"{cfg.request_paths[0]}.params.arguments")

        status = _http_status(first_present(obj, cfg.http_status_paths), cfg.http_status_paths[0])
        agent_id, agent_kind, on_behalf_of = self._identity(obj)
        if agent_id is None:
            if status == 401:
                return []  # refused before authentication: no identity to hold to a mission
            raise NormalizationError(SOURCE, cfg.client_paths[0], "no authenticated client")

        server = text(first_present(obj, cfg.server_paths))
        server_url = text(first_present(obj, cfg.server_url_paths))
        if server is None and server_url is not None:
            server = urlsplit(server_url).hostname
        server = server or cfg.default_server
        if server is None:
            raise NormalizationError(SOURCE, cfg.server_paths[0], "missing (no server named)")

        response = _object(obj, cfg.response_paths, required=False)
        decision, outcome = self._decide(obj, request, response, status)
        annotations = first_present(obj, cfg.annotations_paths)
        annotations = annotations if isinstance(annotations, Mapping) else {}
        event_id = text(first_present(obj, cfg.event_id_paths))
        time_value = first_present(obj, cfg.time_paths)
        return [
            AuthorizationDecision(
                event_id=event_id or derived_event_id(SOURCE, obj),
                time=parse_time(time_value, SOURCE, cfg.time_paths[0]),
                agent_id=agent_id,
                credential_id=text(first_present(obj, cfg.credential_paths)),
                session_id=text(first_present(obj, cfg.session_paths)),
                action=f"mcp:{server}/{tool}",
                resource=(server_url or f"mcp://{server}")[:4096],
                decision=decision,
                source=SOURCE,
                source_ip=text(first_present(obj, cfg.source_ip_paths)),
                on_behalf_of=on_behalf_of,
                operation=operation_from_annotations(annotations),
                target=Target(type="mcp:tool", container=server[:1024], name=tool[:2048]),
                arguments=arguments,
                attributes=attributes(
                    human=False,
                    agent_kind=agent_kind,
                    server=server,
                    tool=tool,
                    jsonrpc_id=_scalar_id(request.get("id")),
                    http_status=status,
                    read_only_hint=_bool(annotations.get("readOnlyHint")),
                    destructive_hint=_bool(annotations.get("destructiveHint")),
                    idempotent_hint=_bool(annotations.get("idempotentHint")),
                    open_world_hint=_bool(annotations.get("openWorldHint")),
                    user_agent=text(first_present(obj, cfg.user_agent_paths)),
                    event_id_derived=None if event_id else True,
                    **outcome,
                ),
            )
        ]

    def _identity(self, obj: Mapping[str, Any]) -> tuple[str | None, str, str | None]:
        cfg = self.config
        client = text(first_present(obj, cfg.client_paths))
        subject = text(first_present(obj, cfg.subject_paths))
        if client is not None:
            return client, "oauth_client", subject if subject not in (None, client) else None
        return subject, "subject", None

    def _decide(
        self,
        obj: Mapping[str, Any],
        request: Mapping[str, Any],
        response: Mapping[str, Any] | None,
        status: int | None,
    ) -> tuple[Literal["allow", "deny"], dict[str, Any]]:
        """``allow`` or ``deny`` and the outcome attributes; raises when nothing says."""
        cfg = self.config
        where = cfg.response_paths[0]
        outcome: dict[str, Any] = {}
        error: Mapping[str, Any] | None = None
        if response is not None:
            if "id" in response and "id" in request and response["id"] != request["id"]:
                raise NormalizationError(SOURCE, f"{where}.id", "does not match the request's id")
            result = response.get("result")
            raw_error = response.get("error")
            if result is not None and raw_error is not None:
                raise NormalizationError(SOURCE, where, "holds both a result and an error")
            if raw_error is not None:
                if not isinstance(raw_error, Mapping):
                    raise NormalizationError(SOURCE, f"{where}.error", "not an object")
                code = raw_error.get("code")
                if isinstance(code, bool) or not isinstance(code, int):
                    raise NormalizationError(SOURCE, f"{where}.error.code", "not an integer")
                error = raw_error
                outcome["error_code"] = code
                outcome["error_message"] = text(raw_error.get("message"))
            elif isinstance(result, Mapping):
                is_error = result.get("isError", False)
                if not isinstance(is_error, bool):
                    raise NormalizationError(SOURCE, f"{where}.result.isError", "not a boolean")
                outcome["tool_error"] = is_error
            else:
                raise NormalizationError(SOURCE, where, "neither a result object nor an error")
        verdict = text(first_present(obj, cfg.verdict_paths))
        if verdict is not None:
            outcome["gateway_verdict"] = verdict
        refused = (
            (verdict is not None and verdict.lower() in cfg.deny_verdicts)
            or (status is not None and status in cfg.deny_http_statuses)
            or (error is not None and error["code"] in cfg.deny_error_codes)
        )
        if refused:
            return "deny", outcome
        if response is None and verdict is None and (status is None or not 200 <= status < 300):
            raise NormalizationError(
                SOURCE, where, "missing, and no HTTP status or verdict says what happened"
            )
        if response is None:
            outcome["response_missing"] = True
        return "allow", outcome


def _object(obj: Mapping[str, Any], paths: tuple[str, ...], *, required: bool) -> Any:
    value = first_present(obj, paths)
    if value is None:
        if required:
            raise NormalizationError(SOURCE, paths[0], "missing")
        return None
    if isinstance(value, str) and value.lstrip().startswith("{"):
        # Some shippers stringify nested JSON.
        try:
            value = json.loads(value)
        except ValueError:
            raise NormalizationError(SOURCE, paths[0], "a string that is not JSON") from None
    if not isinstance(value, Mapping):
        raise NormalizationError(SOURCE, paths[0], f"expected an object, got {_kind(value)}")
    return value


def _arguments(value: Any, field: str) -> dict[str, Any]:
    """The tool's arguments as structure: an object (absent is empty); a stringified object is
    decoded; anything else is malformed (the spec's ``arguments`` is an object). Past
    ``ARGUMENT_LIMITS`` they are cut with a ``_truncated`` marker, as by every normalizer: the
    agent writes its arguments, so padding them must not hide a call from the judge."""
    if value is None:
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise NormalizationError(SOURCE, field, "a string that is not JSON") from None
    if not isinstance(value, Mapping):
        raise NormalizationError(SOURCE, field, f"expected an object, got {_kind(value)}")
    return bounded_arguments(value)


def _http_status(value: Any, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise NormalizationError(SOURCE, field, "expected an HTTP status, got a boolean")
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or not 100 <= value <= 599:
        raise NormalizationError(SOURCE, field, "not an HTTP status (100-599)")
    return value


def _scalar_id(value: Any) -> str | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) < 2**63 else None
    return value if isinstance(value, str) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__
