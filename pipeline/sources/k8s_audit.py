"""Kubernetes audit events (``audit.k8s.io/v1`` ``Event``) -> canonical decisions.

Only one stage per request is used (``ResponseComplete`` by default) so that a request
logged at several stages counts once; events without a stage (some shippers drop it) are
used as they are. Service accounts, nodes and control-plane components are agents; other
users are people (see docs/sources.md).

Semantics (issue 17): ``operation`` from the verb (:func:`.semantics.k8s_operation`), the
target ``k8s:RESOURCE[/SUBRESOURCE]`` (``RESOURCE.GROUP`` outside the core group) in its
namespace, and the evidence in ``arguments``: namespace, resource, subresource, name, API
group and version, the exec or attach command and container from ``requestURI``'s query,
the request object when the audit policy logged it.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision, Target
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    as_mapping,
    attributes,
    derived_event_id,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments, k8s_operation

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
        resource_name = text(ref.get("resource"))
        subresource = text(ref.get("subresource"))
        api_group = text(ref.get("apiGroup"))
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
                resumed_from=resumed_from(verb, text(obj.get("requestURI"))),
                impersonated_by=username if impersonated else None,
                pod_name=_first_extra(extra, _POD_KEYS),
                event_id_derived=None if audit_id else True,
            ),
            operation=k8s_operation(verb, resource_name, subresource, api_group),
            target=k8s_target(
                resource_name,
                subresource,
                api_group,
                text(ref.get("namespace")),
                text(ref.get("name")),
                text(obj.get("requestURI")),
            ),
            arguments=k8s_arguments(
                verb,
                resource_name,
                subresource,
                api_group,
                text(ref.get("apiVersion")),
                text(ref.get("namespace")),
                text(ref.get("name")),
                text(obj.get("requestURI")),
                obj.get("requestObject"),
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


def k8s_target(
    resource: str | None,
    subresource: str | None,
    api_group: str | None,
    namespace: str | None,
    name: str | None,
    request_uri: str | None,
) -> Target | None:
    """``k8s:RESOURCE[.GROUP][/SUBRESOURCE]`` in its namespace (``None`` when
    cluster-scoped), named by the object; a non-resource request is
    ``k8s:nonResourceURL`` named by its path.

    >>> k8s_target("deployments", "scale", "apps", "web", "api", None)
    Target(type='k8s:deployments.apps/scale', container='web', name='api')
    >>> k8s_target(None, None, None, None, None, "/readyz?verbose")
    Target(type='k8s:nonResourceURL', container=None, name='/readyz')
    """
    if resource is None:
        if request_uri is None:
            return None
        return Target(type="k8s:nonResourceURL", name=(urlsplit(request_uri).path or "/")[:2048])
    kind = f"{resource}.{api_group}" if api_group else resource
    if subresource:
        kind = f"{kind}/{subresource}"
    return Target(
        type=f"k8s:{kind}"[:256],
        container=namespace[:1024] if namespace else None,
        name=name[:2048] if name else None,
    )


# Query parameters of pods/exec and pods/attach worth keeping (kubectl exec's own).
_EXEC_QUERY = ("command", "container", "stdin", "stdout", "stderr", "tty")


def resumed_from(verb: str | None, request_uri: str | None) -> str | None:
    """The resource version a watch resumes from, if it names one: a client starts a watch
    at an exact version it was served by an earlier list or watch (Kubernetes API concepts,
    "Semantics for watch": https://kubernetes.io/docs/reference/using-api/api-concepts/
    #semantics-for-watch); ``0`` or none starts afresh. A refusal of such a request refuses
    access the client already had: the authorizer changed its answer (an API server
    restarting with its caches cold, a grant removed), the client tried no new door.

    >>> resumed_from("watch", "/api/v1/namespaces/a/secrets?watch=true&resourceVersion=6577334")
    '6577334'
    >>> resumed_from("watch", "/api/v1/pods?resourceVersion=0&watch=true"), resumed_from(
    ...     "list", "/api/v1/pods?resourceVersion=6577334")
    (None, None)
    """
    if verb != "watch" or not request_uri or "?" not in request_uri:
        return None
    version = parse_qs(urlsplit(request_uri).query).get("resourceVersion", [""])[0]
    return version if version and version != "0" else None


def k8s_arguments(
    verb: str | None,
    resource: str | None,
    subresource: str | None,
    api_group: str | None,
    api_version: str | None,
    namespace: str | None,
    name: str | None,
    request_uri: str | None,
    request_object: Any = None,
) -> dict[str, Any]:
    """The request's evidence: where it acts, and for ``pods/exec``/``attach`` the command
    (``command`` query parameters, in order) and container; the request object when the
    audit policy logged one (bounded).

    >>> k8s_arguments("create", "pods", "exec", None, "v1", "ns", "web",
    ...     "/api/v1/namespaces/ns/pods/web/exec?command=sh&command=-c&command=id&container=app")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'verb': 'create', 'resource': 'pods', 'subresource': 'exec', 'api_version': 'v1',
     'namespace': 'ns', 'name': 'web', 'command': ['sh', '-c', 'id'], 'container': 'app'}
    """
    arguments: dict[str, Any] = {
        "verb": verb,
        "resource": resource,
        "subresource": subresource,
        "api_group": api_group,
        "api_version": api_version,
        "namespace": namespace,
        "name": name,
    }
    if request_uri is not None:
        parts = urlsplit(request_uri)
        if resource is None:
            arguments["path"] = parts.path or "/"
        if subresource in ("exec", "attach") and parts.query:
            query = parse_qs(parts.query, keep_blank_values=True)
            for key in _EXEC_QUERY:
                values = query.get(key)
                if values:
                    arguments[key] = values if key == "command" else values[0]
    if isinstance(request_object, Mapping):
        arguments["request_object"] = dict(request_object)
    return bounded_arguments(arguments)


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
