"""What an operation means, as its source publishes it, and its arguments kept as evidence.

Shared by the normalizers (issue 17): the operation class of a Kubernetes verb and of an
HTTP method, network addresses told apart from service names, and
:func:`bounded_arguments` (``pipeline/records/bounds.py``, which the intake uses too), which
keeps a raw event's structured arguments inside the canonical record's
:data:`~pipeline.records.ARGUMENT_LIMITS` by cutting rather than refusing (a real audit
event is never dead-lettered for being verbose; a marker says what was cut). Tables and
references: docs/sources.md, "Operation classes".
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from missionguard.pipeline.records import Operation
from missionguard.pipeline.records.bounds import TRUNCATED_KEY, bounded_arguments

__all__ = [
    "TRUNCATED_KEY",
    "bounded_arguments",
    "http_operation",
    "ip_address",
    "k8s_operation",
]


# Kubernetes API verbs (https://kubernetes.io/docs/reference/access-authn-authz/authorization/
# #determine-the-request-verb) and the special verbs bind, escalate, impersonate.
_K8S_VERBS: dict[str, Operation] = {
    "get": "read",
    "list": "list",
    "watch": "list",
    "create": "write",
    "update": "write",
    "patch": "write",
    "delete": "delete",
    "deletecollection": "delete",
    "bind": "permissions",
    "escalate": "permissions",
    "impersonate": "permissions",
    # Documented verbs of particular resources that are none of the classes above:
    # use (PodSecurityPolicy), approve / sign / attest (CertificateSigningRequest).
    "use": "other",
    "approve": "other",
    "sign": "other",
    "attest": "other",
}
# Non-resource requests (/healthz, /apis) carry the lowercase HTTP method as their verb.
_K8S_NON_RESOURCE: dict[str, Operation] = {
    "get": "read",
    "head": "read",
    "options": "read",
    "post": "write",
    "put": "write",
    "patch": "write",
    "delete": "delete",
}
# Subresources that run a process in, or open a stream into, a container.
_K8S_EXECUTE = {"exec", "attach", "portforward"}
_RBAC_GROUP = "rbac.authorization.k8s.io"
_RBAC_RESOURCES = {"roles", "rolebindings", "clusterroles", "clusterrolebindings"}

# RFC 9110 section 9 method semantics: safe methods read, POST/PUT/PATCH change, DELETE deletes.
_HTTP_METHODS: dict[str, Operation] = {
    "GET": "read",
    "HEAD": "read",
    "OPTIONS": "read",
    "POST": "write",
    "PUT": "write",
    "PATCH": "write",
    "DELETE": "delete",
    "CONNECT": "other",
    "TRACE": "other",
}


def k8s_operation(
    verb: str | None,
    resource: str | None = None,
    subresource: str | None = None,
    api_group: str | None = None,
) -> Operation | None:
    """The class of a Kubernetes request from its verb, refined by what it acts on:
    ``pods/exec|attach|portforward`` execute (whatever the verb: WebSocket clients
    authorize them as ``get``), creating a service-account token or a token review
    authenticates, writing RBAC objects manages permissions. Unknown verbs: ``None``.

    >>> k8s_operation("watch", "configmaps"), k8s_operation("create", "pods", "exec")
    ('list', 'execute')
    >>> k8s_operation("create", "serviceaccounts", "token"), k8s_operation("get", None)
    ('authenticate', 'read')
    >>> k8s_operation("patch", "clusterrolebindings", None, "rbac.authorization.k8s.io")
    'permissions'
    >>> k8s_operation("frobnicate", "pods") is None
    True
    """
    if verb is None:
        return None
    verb = verb.lower()
    if resource is None:
        return _K8S_NON_RESOURCE.get(verb)
    operation = _K8S_VERBS.get(verb)
    if operation is None:
        return None
    if resource == "pods" and subresource in _K8S_EXECUTE:
        return "execute"
    if verb == "create" and (
        (resource == "serviceaccounts" and subresource == "token") or resource == "tokenreviews"
    ):
        return "authenticate"
    if operation == "write" and resource in _RBAC_RESOURCES and api_group in (None, _RBAC_GROUP):
        return "permissions"
    return operation


def http_operation(method: str | None) -> Operation | None:
    """The class of an HTTP method (RFC 9110, section 9); unknown methods: ``None``.

    >>> http_operation("get"), http_operation("PATCH"), http_operation("DELETE")
    ('read', 'write', 'delete')
    >>> http_operation("PROPFIND") is None
    True
    """
    return _HTTP_METHODS.get(method.upper()) if method else None


@lru_cache(maxsize=16384)
def ip_address(value: str | None) -> str | None:
    """``value`` when it is an IPv4 or IPv6 address (a zone or port-less bracket form is
    accepted), else ``None``: ``AWS Internal`` and service names are not networks.

    >>> ip_address("1.2.3.4"), ip_address("[2001:db8::1]"), ip_address("AWS Internal")
    ('1.2.3.4', '2001:db8::1', None)
    >>> ip_address("ec2.amazonaws.com") is None
    True
    """
    if not value:
        return None
    candidate = value.strip().removeprefix("[").removesuffix("]")
    try:
        ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return None
    return candidate
