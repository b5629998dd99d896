"""Open Policy Agent decision logs -> canonical decisions.

Where subject, action and resource live inside ``input`` depends on the policy, so they
are configurable dotted paths (the first non-empty candidate wins). ``result`` decides:
a boolean, or an object whose ``allow`` (``decision_path``) is a boolean. An undefined
decision (no ``result``) is a deny, as OPA-backed enforcement points default to deny.

Semantics (issue 17): the whole ``input`` is kept in ``arguments`` (bounded); when the
input is an HTTP request (``method``, or Envoy ext_authz's
``attributes.request.http.method``) ``operation`` is the method's class and the target
its path, else no operation is guessed from a policy's own action names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision, Target
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.envoy import effective_path, http_target
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    first_present,
    get_path,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments, http_operation

__all__ = ["OpaConfig", "OpaNormalizer"]

SOURCE = "opa"


class OpaConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    watch_humans: bool = False
    subject_paths: tuple[str, ...] = (
        "input.subject.id",
        "input.subject",
        "input.principal",
        "input.agent_id",
        "input.user",
    )
    action_paths: tuple[str, ...] = ("input.action", "input.method")
    resource_paths: tuple[str, ...] = ("input.resource", "input.path")
    source_ip_paths: tuple[str, ...] = ("input.source_ip", "input.source_address")
    credential_paths: tuple[str, ...] = ("input.subject.credential_id", "input.credential_id")
    # Whom the agent acts for (a customer, a member, a user): where a policy's input names
    # it. A deployment whose input names it elsewhere (``input.context.member_id``) lists
    # that path; without one, nothing says for whom the agent acts and no principal's
    # objects are learned or checked.
    on_behalf_of_paths: tuple[str, ...] = (
        "input.on_behalf_of",
        "input.subject.on_behalf_of",
        "input.context.on_behalf_of",
    )
    # Path under ``result`` holding the boolean when ``result`` is an object.
    decision_path: str = "allow"
    undefined_is_deny: bool = True
    subject_type_paths: tuple[str, ...] = ("input.subject.type",)
    human_subject_types: tuple[str, ...] = ("user", "human")
    # Where the input carries the request's parameters (an object): its members are also the
    # call's top-level arguments, the values compared across requests (a payout's amount and
    # ledger), as a tool call's are. The first object found wins.
    parameters_paths: tuple[str, ...] = ("input.context", "input.parameters", "input.params")
    # Where an HTTP-style input names its method, path and host (the operation's class).
    http_method_paths: tuple[str, ...] = (
        "input.method",
        "input.attributes.request.http.method",
        "input.request.method",
    )
    http_path_paths: tuple[str, ...] = (
        "input.path",
        "input.attributes.request.http.path",
        "input.request.path",
    )
    http_host_paths: tuple[str, ...] = (
        "input.host",
        "input.attributes.request.http.host",
        "input.request.host",
    )


class OpaNormalizer:
    name = SOURCE

    def __init__(self, config: OpaConfig | None = None) -> None:
        self.config = config or OpaConfig()

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        cfg = self.config
        if not isinstance(obj.get("input"), Mapping):
            raise NormalizationError(SOURCE, "input", "missing or not an object")
        agent_id = text(first_present(obj, cfg.subject_paths))
        if agent_id is None:
            raise NormalizationError(
                SOURCE, cfg.subject_paths[0], "no subject at any configured path"
            )
        subject_type = text(first_present(obj, cfg.subject_type_paths))
        human = subject_type is not None and subject_type.lower() in cfg.human_subject_types
        if human and not cfg.watch_humans:
            return []
        method = text(first_present(obj, cfg.http_method_paths))
        operation = http_operation(method)
        http_path = text(first_present(obj, cfg.http_path_paths)) if operation else None
        action = text(first_present(obj, cfg.action_paths))
        if action is None:
            raise NormalizationError(
                SOURCE, cfg.action_paths[0], "no action at any configured path"
            )
        resource = _as_resource(first_present(obj, cfg.resource_paths))
        decision_id = text(obj.get("decision_id"))
        decision = AuthorizationDecision(
            event_id=decision_id or derived_event_id(SOURCE, obj),
            time=parse_time(obj.get("timestamp"), SOURCE, "timestamp"),
            agent_id=agent_id,
            credential_id=text(first_present(obj, cfg.credential_paths)),
            on_behalf_of=text(first_present(obj, cfg.on_behalf_of_paths)),
            action=action,
            resource=resource[:4096],
            decision="allow" if self._allowed(obj) else "deny",
            source=SOURCE,
            source_ip=text(first_present(obj, cfg.source_ip_paths)),
            attributes=attributes(
                human=human,
                policy_path=text(obj.get("path")),
                requested_by=text(obj.get("requested_by")),
                opa_id=text(get_path(obj, "labels.id")),
                opa_version=text(get_path(obj, "labels.version")),
                subject_type=subject_type,
                event_id_derived=None if decision_id else True,
            ),
            operation=operation,
            target=_target(resource, http_path, text(first_present(obj, cfg.http_host_paths))),
            arguments=bounded_arguments({**self._parameters(obj), "input": obj["input"]}),
        )
        return [decision]

    def _parameters(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        """The request's parameters: the members of the first object at
        ``parameters_paths`` (none is ``{}``), less any named ``input``."""
        for path in self.config.parameters_paths:
            found = get_path(obj, path)
            if isinstance(found, Mapping):
                return {str(k): v for k, v in found.items() if k != "input"}
        return {}

    def _allowed(self, obj: Mapping[str, Any]) -> bool:
        if "result" not in obj or obj["result"] is None:
            if self.config.undefined_is_deny:
                return False
            raise NormalizationError(SOURCE, "result", "undefined decision")
        result = obj["result"]
        if isinstance(result, Mapping):
            result = get_path(result, self.config.decision_path)
            field = f"result.{self.config.decision_path}"
        else:
            field = "result"
        if isinstance(result, bool):
            return result
        raise NormalizationError(SOURCE, field, f"expected a boolean, got {type(result).__name__}")


def _as_resource(value: Any) -> str:
    """A resource from a string, or a path given as a list of segments (``["users", "1"]``);
    a path where it leads (dot segments resolved: :func:`effective_path`).

    >>> _as_resource(["v1", "tickets", "..", "admin"]), _as_resource("/v1/a/%2e%2e/b")
    ('v1/admin', '/v1/b')
    """
    if isinstance(value, list):
        parts = [text(v) for v in value]
        joined = "/".join(p for p in parts if p)
        return effective_path("/" + joined)[1:] if joined else "*"
    resource = text(value) or "*"
    return effective_path(resource) if resource.startswith("/") else resource


def _target(resource: str, http_path: str | None, host: str | None) -> Target | None:
    """The HTTP path's template and path for HTTP-style inputs; else the resource as
    named by the policy's input (no type: the policy's vocabulary is its own)."""
    if http_path is not None and http_path.startswith("/"):
        return http_target(http_path, host)
    if resource == "*":
        return None
    return Target(name=resource[:2048])
