"""Kubernetes audit events (``audit.k8s.io/v1`` ``Event``) -> canonical decisions.

Only one stage per request is used (``ResponseComplete`` by default) so that a request
logged at several stages counts once; events without a stage (some shippers drop it) are
used as they are. Service accounts, nodes and control-plane components are agents; other
users are people (see docs/sources.md).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    as_mapping,
    attributes,
    derived_event_id,
    parse_time,
    text,
)

__all__ = ["K8sAuditConfig", "K8sAuditNormalizer", "is_k8s_agent"]

SOURCE = "k8s_audit"
_CREDENTIAL_KEYS = (
    "authentication.kubernetes.io/credential-id",
    "authentication_kubernetes_io_slash_credential-id",  # as some shippers rewrite it
)
_POD_KEYS = ("authentication.kubernetes.io/pod-name", "authentication_kubernetes_io_slash_pod-name")
_DEFAULT_AGENTS = (
    "system:serviceaccount:*",
    "system:node:*",
    "system:kube-*",
    "system:apiserver",
    "eks:*",
)


class K8sAuditConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    watch_humans: bool = False
    stage: str = "ResponseComplete"
    # Usernames (globs) that are workloads; everything else (including system:anonymous)
    # is treated as a person. Add CI robots authenticated by certificate here.
    agent_patterns: tuple[str, ...] = _DEFAULT_AGENTS


def is_k8s_agent(username: str, patterns: tuple[str, ...] = _DEFAULT_AGENTS) -> bool:
    """
    >>> is_k8s_agent("system:serviceaccount:kube-system:coredns"), is_k8s_agent("kubernetes-admin")
    (True, False)
    """
    return any(fnmatch.fnmatchcase(username, p) for p in patterns)


class K8sAuditNormalizer:
    name = SOURCE

    def __init__(self, config: K8sAuditConfig | None = None) -> None:
        self.config = config or K8sAuditConfig()

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        cfg = self.config
        kind = text(obj.get("kind"))
        if kind is not None and kind != "Event":
            raise NormalizationError(SOURCE, "kind", f"expected 'Event', got {kind!r}")
        stage = text(obj.get("stage"))
        if stage is not None and stage != cfg.stage:
            return []
        user = as_mapping(obj.get("user"))
        username = text(user.get("username"))
        if username is None:
            raise NormalizationError(SOURCE, "user.username", "missing")
        impersonated = text(as_mapping(obj.get("impersonatedUser")).get("username"))
        agent_id = impersonated or username
        human = not is_k8s_agent(agent_id, cfg.agent_patterns)
        if human and not cfg.watch_humans:
            return []
        verb = text(obj.get("verb"))
        if verb is None:
            raise NormalizationError(SOURCE, "verb", "missing")
        time = parse_time(
            obj.get("stageTimestamp") or obj.get("requestReceivedTimestamp"),
            SOURCE,
            "stageTimestamp",
        )
        ref = as_mapping(obj.get("objectRef"))
        action, resource = _action_resource(obj, verb, ref)
        annotations = as_mapping(obj.get("annotations"))
        code = as_mapping(obj.get("responseStatus")).get("code")
        ips = obj.get("sourceIPs")
        extra = as_mapping(user.get("extra"))
        audit_id = text(obj.get("auditID"))
        decision = AuthorizationDecision(
            event_id=audit_id or derived_event_id(SOURCE, obj),
            time=time,
            agent_id=agent_id,
            credential_id=_first_extra(extra, _CREDENTIAL_KEYS),
            session_id=None,
            action=action,
            resource=resource,
            decision=_decision(annotations, code),
            source=SOURCE,
            source_ip=text(ips[0]) if isinstance(ips, list) and ips else None,
            attributes=attributes(
                human=human,
                user_agent=text(obj.get("userAgent")),
                stage=stage,
                verb=verb,
                api_group=text(ref.get("apiGroup")),
                api_version=text(ref.get("apiVersion")),
                namespace=text(ref.get("namespace")),
                response_code=code
                if isinstance(code, int) and not isinstance(code, bool)
                else None,
                authorization_reason=text(annotations.get("authorization.k8s.io/reason")),
                impersonated_by=username if impersonated else None,
                pod_name=_first_extra(extra, _POD_KEYS),
                event_id_derived=None if audit_id else True,
            ),
        )
        return [decision]


def _action_resource(obj: Mapping[str, Any], verb: str, ref: Mapping[str, Any]) -> tuple[str, str]:
    """``k8s:VERB:RESOURCE[/SUBRESOURCE]`` and ``NAMESPACE|_cluster/RESOURCE[/NAME][/SUB]``;
    non-resource requests (``/healthz``) use their URL path for both."""
    resource = text(ref.get("resource"))
    if resource is None:
        uri = text(obj.get("requestURI"))
        if uri is None:
            raise NormalizationError(
                SOURCE, "objectRef.resource", "neither objectRef nor requestURI"
            )
        path = urlsplit(uri).path or "/"
        return f"k8s:{verb}:{path}", path
    sub = text(ref.get("subresource"))
    kind = f"{resource}/{sub}" if sub else resource
    parts = [text(ref.get("namespace")) or "_cluster", resource]
    if name := text(ref.get("name")):
        parts.append(name)
    if sub:
        parts.append(sub)
    return f"k8s:{verb}:{kind}", "/".join(parts)


def _decision(annotations: Mapping[str, Any], code: Any) -> Literal["allow", "deny"]:
    verdict = text(annotations.get("authorization.k8s.io/decision"))
    if verdict is not None:
        return "allow" if verdict.lower() == "allow" else "deny"
    if isinstance(code, int) and not isinstance(code, bool):
        return "deny" if code in (401, 403) else "allow"
    raise NormalizationError(
        SOURCE, "responseStatus.code", "no authorization decision annotation and no response code"
    )


def _first_extra(extra: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = extra.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if found := text(value):
            return found
    return None
