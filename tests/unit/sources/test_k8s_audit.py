from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionguard.pipeline.sources import (
    K8sAuditConfig,
    K8sAuditNormalizer,
    NormalizationError,
    read_raw,
)


def _events(files: Path) -> list[dict]:
    return [
        json.loads(r.payload) for r in read_raw(files / "k8s_audit/audit_events.jsonl", "k8s_audit")
    ]


def test_service_account_reading_a_secret(files: Path) -> None:
    [d] = K8sAuditNormalizer().normalize(_events(files)[0])
    assert d.agent_id == "system:serviceaccount:payments:ledger-agent"
    assert d.credential_id == "JTI=3f2c8d5e-aaaa-4bbb-8ccc-123456789abc"
    assert (d.action, d.resource) == ("k8s:get:secrets", "payments/secrets/db-password")
    assert d.decision == "allow" and d.source_ip == "10.244.1.17"
    assert d.event_id == "5b6c1f1e-0001-4d1f-9e3a-000000000001"
    assert d.attributes["pod_name"] == "ledger-agent-7d9f"
    assert d.time.isoformat() == "2026-01-05T10:00:00.004112+00:00"


def test_forbid_annotation_is_a_deny(files: Path) -> None:
    [d] = K8sAuditNormalizer().normalize(_events(files)[1])
    assert d.decision == "deny" and d.resource == "kube-system/secrets"
    assert d.attributes["response_code"] == 403


def test_only_the_configured_stage_counts(files: Path) -> None:
    started, complete = _events(files)[2:4]
    assert K8sAuditNormalizer().normalize(started) == []
    [d] = K8sAuditNormalizer().normalize(complete)
    assert K8sAuditNormalizer(K8sAuditConfig(stage="ResponseStarted")).normalize(complete) == []
    # Impersonation: the impersonated service account acts; the impersonator is noted.
    assert d.agent_id == "system:serviceaccount:payments:ledger-agent"
    assert d.attributes["impersonated_by"] == "kubernetes-admin"
    assert (d.action, d.resource) == (
        "k8s:create:pods/exec",
        "payments/pods/ledger-agent-7d9f/exec",
    )


def test_humans_skipped_unless_watched(files: Path) -> None:
    alice = _events(files)[4]
    assert K8sAuditNormalizer().normalize(alice) == []
    [d] = K8sAuditNormalizer(K8sAuditConfig(watch_humans=True)).normalize(alice)
    assert d.resource == "_cluster/nodes" and d.attributes["human"] is True


def test_non_resource_url(files: Path) -> None:
    [d] = K8sAuditNormalizer().normalize(_events(files)[5])
    assert (d.action, d.resource) == ("k8s:get:/readyz", "/readyz")


def test_missing_user_is_named(files: Path) -> None:
    with pytest.raises(NormalizationError, match="user.username"):
        K8sAuditNormalizer().normalize(_events(files)[6])


def _kubelet_event(**fields: object) -> dict:
    """A kubelet's refused request, as the API server audits it."""
    return {
        "kind": "Event",
        "auditID": "a",
        "verb": "delete",
        "stageTimestamp": "2026-01-01T00:00:00Z",
        "user": {"username": "system:node:n1"},
        "objectRef": {"resource": "pods", "namespace": "ns", "name": "p"},
        "responseStatus": {"code": 403},
        **fields,
    }


def test_response_code_decides_without_annotation() -> None:
    event = _kubelet_event()
    assert K8sAuditNormalizer().normalize(event)[0].decision == "deny"
    event["responseStatus"] = {}
    with pytest.raises(NormalizationError, match="responseStatus.code"):
        K8sAuditNormalizer().normalize(event)
    with pytest.raises(NormalizationError, match="kind"):
        K8sAuditNormalizer().normalize({**event, "kind": "EventList"})


def test_a_watch_resumed_from_a_version_says_so() -> None:
    event = _kubelet_event(
        verb="watch",
        objectRef={"resource": "configmaps", "namespace": "kube-system"},
        requestURI="/api/v1/namespaces/kube-system/configmaps?fieldSelector=metadata.name"
        "%3Dkube-proxy&resourceVersion=6577334&watch=true",
    )
    [d] = K8sAuditNormalizer().normalize(event)
    assert d.decision == "deny" and d.attributes["resumed_from"] == "6577334"
    fresh = {**event, "requestURI": "/api/v1/namespaces/kube-system/configmaps?watch=true"}
    assert "resumed_from" not in K8sAuditNormalizer().normalize(fresh)[0].attributes
    listed = {**event, "verb": "list"}  # a list at a version reads, it continues nothing
    assert "resumed_from" not in K8sAuditNormalizer().normalize(listed)[0].attributes
