"""What an operation means, as its source publishes it, and its arguments kept as evidence.

Shared by the normalizers (issue 17): the operation class of a Kubernetes verb and of an
HTTP method, network addresses told apart from service names, and
:func:`bounded_arguments`, which keeps a raw event's structured arguments inside the
canonical record's :data:`~pipeline.records.ARGUMENT_LIMITS` by cutting rather than
refusing (a real audit event is never dead-lettered for being verbose; a marker says what
was cut). Tables and references: docs/sources.md, "Operation classes".
"""

from __future__ import annotations

import ipaddress
import json
import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from missionguard.pipeline.records import ARGUMENT_LIMITS, Operation

__all__ = [
    "TRUNCATED_KEY",
    "bounded_arguments",
    "http_operation",
    "ip_address",
    "k8s_operation",
]

#: The key :func:`bounded_arguments` adds when it had to cut: what was cut, counted.
TRUNCATED_KEY = "_truncated"

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


class _Budget:
    """What may still be added without passing ARGUMENT_LIMITS (with the marker's room)."""

    def __init__(self, values: int, total: int, string: int, depth: int) -> None:
        self.values = values
        self.total = total
        self.string = string
        self.depth = depth
        self.cut: dict[str, int] = {}

    def note(self, what: str, count: int = 1) -> None:
        self.cut[what] = self.cut.get(what, 0) + count


_MAX_LIST_ITEMS = 100


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _scalar(value: Any, budget: _Budget) -> tuple[Any, int] | None:
    """A JSON scalar and its cost (as the record's validator counts it), or ``None``."""
    if value is None or isinstance(value, bool):
        return value, 8
    if isinstance(value, int):
        return value, 8
    if isinstance(value, float):
        if not math.isfinite(value):
            budget.note("non_finite_numbers")
            return None, 8
        return value, 8
    if isinstance(value, str):
        if len(value) > budget.string:
            budget.note("strings_cut")
            value = value[: budget.string]
        return value, len(value) + 2
    budget.note("non_json_values")
    text = str(value)[: budget.string]
    return text, len(text) + 2


def _copy(value: Any, depth: int, budget: _Budget) -> tuple[Any, bool]:
    """A bounded copy of ``value`` at nesting ``depth``; ``False`` when nothing fit."""
    if isinstance(value, Mapping | list | tuple):
        if depth >= budget.depth:
            # Past the depth bound the rest of the branch is kept as its JSON text.
            budget.note("levels_as_text")
            return _copy(_json_text(value), depth, budget)
        items = list(value.items()) if isinstance(value, Mapping) else list(enumerate(value))
        is_map = isinstance(value, Mapping)
        if not is_map and len(items) > _MAX_LIST_ITEMS:
            # One long list must not starve the members after it.
            budget.note("values_omitted", len(items) - _MAX_LIST_ITEMS)
            items = items[:_MAX_LIST_ITEMS]
        out_map: dict[str, Any] = {}
        out_list: list[Any] = []
        for index, (key, item) in enumerate(items):
            name = str(key)[: budget.string] if is_map else ""
            cost = len(name) + 4 if is_map else 0
            if budget.values < 1 or budget.total < cost + 8:
                budget.note("values_omitted", len(items) - index)
                break
            budget.values -= 1
            budget.total -= cost
            child, fits = _copy(item, depth + 1, budget)
            if not fits:
                budget.values += 1
                budget.total += cost
                budget.note("values_omitted", len(items) - index)
                break
            if is_map:
                out_map[name] = child
            else:
                out_list.append(child)
        return (out_map if is_map else out_list), True
    found = _scalar(value, budget)
    if found is None:
        return None, False
    scalar, cost = found
    if cost > budget.total:
        if isinstance(scalar, str) and budget.total > 2 + 16:
            budget.note("strings_cut")
            scalar = scalar[: budget.total - 2]
            cost = len(scalar) + 2
        else:
            return None, False
    budget.total -= cost
    return scalar, True


def bounded_arguments(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """``arguments`` copied within :data:`~pipeline.records.ARGUMENT_LIMITS`, in order:
    strings past the string bound are cut, a container past the depth bound is kept as its
    JSON text, a list keeps its first 100 items, members past the value or size budget
    are left out; when anything was cut,
    ``_truncated`` counts what (``strings_cut``, ``levels_as_text``, ``values_omitted``,
    ``non_finite_numbers``, ``non_json_values``).
    ``None`` members are dropped. A real event is kept, not dead-lettered.

    >>> bounded_arguments({"bucketName": "b", "key": None, "acl": {"grants": []}})
    {'bucketName': 'b', 'acl': {'grants': []}}
    >>> cut = bounded_arguments({"list": list(range(5000))})
    >>> len(cut["list"]), cut["_truncated"]["values_omitted"]
    (100, 4900)
    """
    marker_room = 256  # the marker: one key, up to 6 counters
    budget = _Budget(
        values=ARGUMENT_LIMITS["values"] - 8,
        total=ARGUMENT_LIMITS["total"] - marker_room,
        string=min(ARGUMENT_LIMITS["string"], 4096),
        depth=ARGUMENT_LIMITS["depth"],
    )
    present = {str(k): v for k, v in arguments.items() if v is not None}
    result, _ = _copy(present, 1, budget)
    if budget.cut:
        result[TRUNCATED_KEY] = dict(sorted(budget.cut.items()))
    return dict(result)
