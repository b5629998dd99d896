from __future__ import annotations

from pathlib import Path

import pytest

from missionguard.pipeline.settings import PROJECT_ROOT
from missionguard.pipeline.sources import (
    GenericNormalizer,
    NormalizationError,
    load_mapping,
    normalize_payload,
    read_raw,
)

MAPPINGS = PROJECT_ROOT / "config" / "sources"


def test_every_shipped_mapping_loads() -> None:
    for path in MAPPINGS.glob("*.yaml"):
        assert load_mapping(path).name == path.stem


def test_invalid_mapping_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("time: {field: t}\nagent_id: {field: a, const: b}\naction: {const: x}\n")
    with pytest.raises(ValueError, match=r"(?s)bad.yaml.*agent_id"):
        load_mapping(path)


def test_gcp_service_account_denied() -> None:
    mapping = load_mapping(MAPPINGS / "gcp_audit.yaml")
    event = {
        "insertId": "i1",
        "timestamp": "2024-01-01T00:00:00.123456789Z",
        "protoPayload": {
            "authenticationInfo": {"principalEmail": "etl@proj.iam.gserviceaccount.com"},
            "authorizationInfo": [{"permission": "storage.objects.get", "granted": False}],
            "methodName": "storage.objects.get",
            "resourceName": "projects/_/buckets/b/objects/o",
            "requestMetadata": {"callerIp": "10.0.0.1", "callerSuppliedUserAgent": "gcloud"},
            "status": {"code": 7},
        },
    }
    [d] = GenericNormalizer(mapping).normalize(event)
    assert (d.agent_id, d.action, d.decision) == (
        "etl@proj.iam.gserviceaccount.com",
        "gcp:storage.objects.get",
        "deny",
    )
    assert d.resource == "projects/_/buckets/b/objects/o" and d.source_ip == "10.0.0.1"
    assert d.source == "gcp_audit" and d.attributes["user_agent"] == "gcloud"
    person = {
        **event,
        "protoPayload": {
            **event["protoPayload"],
            "authenticationInfo": {"principalEmail": "bob@example.com"},
        },
    }
    assert GenericNormalizer(mapping).normalize(person) == []


def test_gcp_federated_workload_is_an_agent_and_a_workforce_identity_a_person() -> None:
    """Workload identity federation without a service account: the entry has no
    ``principalEmail``, only ``principalSubject`` (Google's principal identifier of the pool's
    subject). A workload pool's subject is a workload, judged like a service account; a
    workforce pool's (people signed in through an outside identity provider) is a person."""
    mapping = load_mapping(MAPPINGS / "gcp_audit.yaml")
    workload = (
        "principal://iam.googleapis.com/projects/123456789/locations/global/"
        "workloadIdentityPools/github/subject/repo:acme/app:ref:refs/heads/main"
    )
    event = {
        "insertId": "i2",
        "timestamp": "2024-01-01T00:00:00Z",
        "protoPayload": {
            "authenticationInfo": {"principalSubject": workload},
            "authorizationInfo": [{"permission": "storage.objects.create", "granted": True}],
            "methodName": "storage.objects.create",
            "resourceName": "projects/_/buckets/releases/objects/app.tar.gz",
        },
    }
    [d] = GenericNormalizer(mapping).normalize(event)
    assert d.agent_id == workload and d.action == "gcp:storage.objects.create"
    assert d.attributes["human"] is False
    for person in (
        "principal://iam.googleapis.com/locations/global/workforcePools/staff/subject/ann",
        "user:ann@example.com",
    ):
        info = {"principalSubject": person}
        entry = {**event, "protoPayload": {**event["protoPayload"], "authenticationInfo": info}}
        assert GenericNormalizer(mapping).normalize(entry) == [], person


def test_template_fallback_regex_and_missing_agent() -> None:
    mapping = load_mapping(MAPPINGS / "perfspec_k8s_csv.yaml")
    normalizer = GenericNormalizer(mapping)
    row = {
        "time": "2023-01-27T18:28:08Z",
        "user": "system:node:n1",
        "verb": "get",
        "resource": "",
        "name": "",
        "request_uri": "/api?timeout=32s",
        "stage": "ResponseComplete",
        "code": "403",
        "audit_id": "a1",
    }
    [d] = normalizer.normalize(row)
    assert (d.action, d.resource, d.decision) == ("k8s:get:/api", "*", "deny")
    [named] = normalizer.normalize({**row, "resource": "pods", "name": "p1", "code": "200"})
    assert (named.action, named.resource, named.decision) == ("k8s:get:pods", "pods/p1", "allow")
    assert normalizer.normalize({**row, "stage": "ResponseStarted"}) == []
    with pytest.raises(NormalizationError, match="user"):
        normalizer.normalize({**row, "user": ""})


def test_perfspec_excerpt_normalizes(files: Path) -> None:
    path = files / "k8s_audit/perfspec_audit_logs_head300.csv"
    outcomes = [
        normalize_payload("perfspec_k8s_csv", r.payload, r.origin)
        for r in read_raw(path, "perfspec_k8s_csv")
    ]
    decisions = [d for o in outcomes for d in o.decisions]
    assert not [o for o in outcomes if o.dead_letter]
    # 30 rows of the excerpt are 403s; the ones at stage ResponseComplete are denies.
    assert 0 < sum(d.decision == "deny" for d in decisions) <= 30
    assert all(d.agent_id.startswith("system:") for d in decisions)
    # The kubelets' refused watches resume from the version they were served before the API
    # server restarted; the scheduler's start-up lists (resourceVersion=0) resume nothing.
    resumed = {d.agent_id for d in decisions if d.attributes.get("resumed_from") == "6577334"}
    assert "system:node:k8s-node-1-perfspec" in resumed
    assert not [d for d in decisions if d.action.startswith("k8s:list:")
                and "resumed_from" in d.attributes]  # fmt: skip


def test_gcp_policy_change_names_the_members_it_adds_as_the_sharing_pack_reads_them(
    files: Path,
) -> None:
    """panther's "Gmail account added" SetIamPolicy (a service account acting, here): the
    request repeats the whole policy (user-two@gmail.com was there before); the delta the
    log's serviceData holds is what the call added, the member the sharing pack reads."""
    import json

    from missionguard.models.features import granted_members
    from missionguard.models.rules import DEFAULT_RULES, RulePack, SharingRule, load_rules

    mapping = load_mapping(MAPPINGS / "gcp_audit.yaml")
    lines = (files / "gcp" / "panther_rule_tests.jsonl").read_text().splitlines()
    event = next(
        json.loads(line)["event"] for line in lines
        if '"Gmail account added"' in line and "GCP.IAM.CorporateEmail" in line
    )  # fmt: skip
    event["protoPayload"]["authenticationInfo"]["principalEmail"] = (
        "iam-bot@western-verve-123456.iam.gserviceaccount.com"
    )
    [d] = GenericNormalizer(mapping).normalize(event)
    pack = RulePack(load_rules(DEFAULT_RULES / "cross-account-sharing.yaml", SharingRule))
    rule = pack.match(d.action)
    assert isinstance(rule, SharingRule) and rule.id == "gcp-iam-member-added"
    assert granted_members(d.arguments, rule.member_keys) == ["user:username@gmail.com"]
