"""The judge reads the record's semantics (issue 17): operation, target, real addresses; and
records without them keep the fallback (docs/detectors.md, "Semantics and fallback")."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from missionguard.models.detectors.probing import Probing
from missionguard.models.detectors.sensitive import SensitiveTarget
from missionguard.models.features import decision_features, network_of, resource_shape
from missionguard.models.judge import Judge
from missionguard.models.mission import decision_read_only, mission_violations
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, Target

from .conftest import T0

SA = "system:serviceaccount:argo-cd:argocd-server"


def _d(n: int = 0, **fields: Any) -> AuthorizationDecision:
    base: dict[str, Any] = {
        "event_id": f"e{n}",
        "time": T0 + timedelta(seconds=n),
        "agent_id": SA,
        "action": "k8s:get:secrets",
        "resource": "secrets/argocd-server-tls",
        "decision": "allow",
        "source": "k8s_audit",
    }
    return AuthorizationDecision(**{**base, **fields})


def _mission(**fields: Any) -> MissionDeclaration:
    base: dict[str, Any] = {
        "time": T0 - timedelta(days=1),
        "agent_id": SA,
        "mission_id": "m",
        "purpose": "Serve the Argo CD API",
        "allowed_actions": ["k8s:get:applications"],
        "issued_by": "ops",
    }
    return MissionDeclaration(**{**base, **fields})


def test_read_only_comes_from_the_operation_not_the_action_string() -> None:
    # The last part of k8s:get:secrets is "secrets": the verb guess said "not a read".
    assert decision_read_only(_d(operation="read"))
    assert decision_read_only(_d(action="GET /v1/orders", operation="read"))
    assert not decision_read_only(_d(action="k8s:get:pods", operation="execute"))
    assert not decision_read_only(_d())  # fallback: the verb of the last part, as before


def test_an_undeclared_read_of_a_declared_resource_is_medium_with_the_operation() -> None:
    mission = _mission(allowed_resources=["secrets/*"])
    read = _d(operation="read", target=Target(type="k8s:secrets", container="argo-cd"))
    assert [(v.rule, v.severity) for v in mission_violations(mission, read)] == [
        ("action_not_declared", "medium")
    ]
    # Without the operation, the fallback reads the verb "secrets": a change, high.
    assert mission_violations(mission, _d())[0].severity == "high"


def test_an_account_wide_call_needs_no_star_in_the_resource_list() -> None:
    mission = _mission(allowed_actions=["s3:ListAllMyBuckets", "s3:GetObject"],
                       allowed_resources=["arn:aws:s3:::invoices/*"])  # fmt: skip
    listing = _d(action="s3:ListAllMyBuckets", resource="*", operation="list",
                 target=Target(type="s3:bucket"))  # fmt: skip
    assert mission_violations(mission, listing) == []
    # The resource list still holds for calls on objects.
    other = _d(action="s3:GetObject", resource="arn:aws:s3:::payroll/x", operation="read",
               target=Target(type="s3:object", container="payroll", name="x"))  # fmt: skip
    assert [v.rule for v in mission_violations(mission, other)] == ["resource_not_declared"]


def test_the_resource_kind_is_the_target_type_never_a_name() -> None:
    a = decision_features(_d(resource="endpoints/my-grafana", target=Target(
        type="k8s:endpoints", container="monitoring", name="my-grafana")), None, "c")  # fmt: skip
    b = decision_features(_d(resource="endpoints/loki", target=Target(
        type="k8s:endpoints", container="logging", name="loki")), None, "c")  # fmt: skip
    assert a["shape"] == b["shape"] == "k8s:endpoints"
    assert a["objects"] == ("endpoints/my-grafana",)
    # Fallback, a record without a target: the resource with identifiers masked, as before.
    c = decision_features(_d(resource="orders/8812/items"), None, "c")
    assert c["shape"] == resource_shape("orders/8812/items") == "orders/#/items"


def test_only_real_addresses_are_networks() -> None:
    assert network_of("AWS Internal") is None and network_of("ec2.amazonaws.com") is None
    x = decision_features(_d(source_ip="AWS Internal"), None, "c")
    assert "network" not in x["context"]
    assert decision_features(_d(source_ip="10.1.2.3"), None, "c")["context"]["network"] == (
        "10.1.0.0/16"
    )


def test_a_service_acting_for_a_role_is_not_concurrent_use() -> None:
    judge = Judge()
    state = None
    sources = ["10.0.0.5", "AWS Internal", "10.0.0.5", "ec2.amazonaws.com", "10.0.0.6"] * 4
    findings = []
    for n, source in enumerate(sources):
        decision = _d(n, action="ssm:UpdateInstanceInformation", resource="*",
                      source_ip=source, agent_id="arn:aws:sts::1:assumed-role/ssm/i-1")  # fmt: skip
        state, verdict = judge.on_decision(state, decision)
        findings += [f.name for a in verdict.alerts for f in a.detectors]
    assert not [f for f in findings if f.startswith("concurrent_use")]


def test_an_object_named_after_the_agent_is_its_own() -> None:
    detector = SensitiveTarget()
    own = decision_features(_d(operation="read", target=Target(
        type="k8s:secrets", container="argo-cd", name="argocd-server-tls")), None, "c")  # fmt: skip
    assert own["own_object"]
    assert detector.score_one(own) <= 0.2  # explained: below an alert
    other = decision_features(_d(resource="secrets/argocd-repo-creds", operation="read",
        target=Target(type="k8s:secrets", container="argo-cd", name="argocd-repo-creds")),
        None, "c")  # fmt: skip
    # Another object, in the service account's own namespace: not its own object, but where
    # its Role grants it its configuration (own_container), so explained as well.
    assert not other["own_object"] and other["own_container"]
    assert detector.score_one(other) <= 0.2
    # The same in another namespace is credential material nothing explains.
    foreign = decision_features(_d(resource="secrets/db-creds", operation="read",
        target=Target(type="k8s:secrets", container="payments", name="db-creds")),
        None, "c")  # fmt: skip
    assert not foreign["own_container"] and detector.score_one(foreign) >= 0.6


def test_material_the_cohort_reaches_routinely_is_explained() -> None:
    judge = Judge()
    states: dict[str, Any] = {}
    scores = []
    for n, agent in enumerate(["ing-a", "ing-b", "ing-c", "ing-d"]):
        decision = _d(n, agent_id=agent, action="k8s:list:secrets", resource="secrets",
                      operation="list", target=Target(type="k8s:secrets"))  # fmt: skip
        states[agent], verdict = judge.on_decision(states.get(agent), decision)
        scores.append(max((f.score for a in verdict.alerts for f in a.detectors
                           if f.name.startswith("sensitive_target")), default=0.0))  # fmt: skip
    assert scores[0] >= 0.6  # the first agents: nothing explains it yet
    assert scores[3] <= 0.2  # three other calm agents of the cohort did the same


def _probe(n: int, agent: str, resource: str, **fields: Any) -> dict[str, Any]:
    decision = _d(n, agent_id=agent, resource=resource, decision="deny",
                  action="k8s:watch:configmaps", **fields)  # fmt: skip
    return dict(decision_features(decision, None, "nodes"))


def test_a_refusal_the_cohort_shares_is_not_probing() -> None:
    alone, shared = Probing(), Probing()
    for i, name in enumerate(["kube-proxy", "kube-root-ca.crt", "flannel-cfg", "coredns"]):
        x = _probe(i, "node-2", f"configmaps/{name}")
        alone.learn_one(x)  # type: ignore[arg-type]
        shared.learn_one({**x, "authorizer_refusal": True})  # type: ignore[arg-type]
    x = _probe(9, "node-2", "configmaps/x")
    assert alone.score_one(x) >= 0.6  # type: ignore[arg-type]
    assert shared.score_one({**x, "authorizer_refusal": True}) == 0.0  # type: ignore[arg-type]


def test_the_judge_marks_a_refusal_shared_by_the_cohort() -> None:
    judge = Judge()
    mission = {"cohort": "nodes", "purpose": "kubelet", "allowed_actions": ["k8s:*"]}
    states: dict[str, Any] = {}
    for agent in ("node-1", "node-2"):
        states[agent], _ = judge.on_mission(None, _mission(agent_id=agent, **mission))
    shared = []
    for n, agent in enumerate(("node-1", "node-2")):
        decision = _d(n, agent_id=agent, action="k8s:watch:configmaps", decision="deny",
                      resource="configmaps/kube-root-ca.crt", operation="list",
                      target=Target(type="k8s:configmaps", container="kube-system",
                                    name="kube-root-ca.crt"))  # fmt: skip
        what = "list k8s:configmaps"
        memory = judge.cohorts.denials._recent
        shared.append(memory.get(("nodes", what), {}).get("node-1"))
        states[agent], _ = judge.on_decision(states[agent], decision)
    assert shared[0] is None and shared[1] is not None


def _kubelet_refused(attributes: dict[str, Any]) -> tuple[Any, set[str]]:
    """Four refused watches of a kubelet (three configmaps, a secret): its state after them
    and the findings they got."""
    judge, state, findings = Judge(), None, set()
    for n, name in enumerate(["kube-proxy", "kube-root-ca.crt", "flannel-cfg", "app-tls"]):
        kind = "secrets" if name == "app-tls" else "configmaps"
        target = Target(type=f"k8s:{kind}", container="kube-system", name=name)
        decision = _d(n, agent_id="system:node:n1", action=f"k8s:watch:{kind}",
                      resource=f"{kind}/{name}", decision="deny", operation="list",
                      target=target, attributes=attributes)  # fmt: skip
        state, verdict = judge.on_decision(state, decision)
        findings |= {f.name for a in verdict.alerts for f in a.detectors}
    return state, findings


def test_a_refused_continuation_is_the_authorizers_doing() -> None:
    # An API server restarting refuses a kubelet's resumed watches (its pods' configmaps and
    # secrets) for a second: no door tried, no credential material reached.
    state, findings = _kubelet_refused({"resumed_from": "6577334"})
    assert not any(f.startswith(("probing", "sensitive_target")) for f in findings), findings
    assert state.status == "active"
    # The same refusals of fresh watches are four doors tried, one of them a secret.
    _, findings = _kubelet_refused({})
    assert any(f.startswith("probing") for f in findings), findings
    assert any(f.startswith("sensitive_target") for f in findings), findings


def test_account_wide_calls_are_no_retries_of_one_target() -> None:
    det = Probing()
    base = {"agent": "a", "credential": None, "arguments": (), "destinations": ()}
    denied = {**base, "t": 0.0, "action": "s3:ListBuckets", "resource": "*", "shape": "*",
              "outcome": "deny", "account_wide": True}  # fmt: skip
    det.learn_one(denied)  # type: ignore[arg-type]
    other = {**denied, "t": 5.0, "action": "sts:GetCallerIdentity", "outcome": "allow"}
    assert "other_path" not in det.explain_one(other)  # type: ignore[arg-type]


def test_a_refusal_that_stops_by_itself_is_forgotten() -> None:
    det = Probing()
    for i, name in enumerate(["a", "b", "c"]):
        det.learn_one(_probe(i, "node-1", f"configmaps/{name}"))  # type: ignore[arg-type]
    allowed = {**_probe(5, "node-1", "configmaps/a"), "outcome": "allow"}
    det.learn_one(allowed)  # type: ignore[arg-type]
    fourth = _probe(6, "node-1", "configmaps/d")
    # Three distinct refused targets remain (b, c, d), not four: the burst is scored on them.
    assert det.explain_one(fourth)["denial_burst"][0] == 0.3  # type: ignore[arg-type]


def test_the_cohort_memories_travel_with_the_cohort_book() -> None:
    """Shared refusals and routine calls are part of the cohort book's export, so a worker's
    partition snapshot restores them (a restart must not change the judgement: issue 15)."""
    from missionguard.models.cohort import CohortBook

    book = CohortBook()
    book.denials.note("nodes", "list k8s:configmaps", "node-1", 10.0)
    for agent in ("a", "b", "c"):
        book.routine.add("k8s", "list k8s:secrets", agent)
    again = CohortBook.from_bytes(book.to_bytes())
    assert again.to_bytes() == book.to_bytes()
    assert again.denials.note("nodes", "list k8s:configmaps", "node-2", 20.0)
    assert again.routine.familiar("k8s", "list k8s:secrets", "d")
    # An export from before the memories (format 1) loads with empty ones.
    import json

    old = {k: v for k, v in json.loads(book.to_bytes()).items() if k not in ("denials", "routine")}
    legacy = CohortBook.from_bytes(json.dumps({**old, "format": 1}).encode())
    assert not legacy.routine.familiar("k8s", "list k8s:secrets", "d")


def test_refusals_of_what_the_mission_allows_are_not_probing() -> None:
    """kube-scheduler's informers list a dozen kinds in 5 ms at start-up and the authorizer,
    not yet synced, refuses them all (PerfSPEC). Its mission allows those lists: the
    refusals are the authorizer disagreeing with the declaration, not doors tried. The
    same refusals outside the mission, or with no mission, are probing."""
    kinds = ["nodes", "pods", "services", "namespaces", "persistentvolumes"]

    def stopped(mission: dict[str, Any] | None) -> bool:
        judge = Judge()
        state = None
        if mission is not None:
            state, _ = judge.on_mission(None, _mission(agent_id="sched", **mission))
        actions = set()
        for n, kind in enumerate(kinds):
            decision = _d(n, agent_id="sched", action=f"k8s:list:{kind}", resource=kind,
                          decision="deny", operation="list",
                          target=Target(type=f"k8s:{kind}"))  # fmt: skip
            state, verdict = judge.on_decision(state, decision)
            actions |= {c.action for c in verdict.commands}
        return bool(actions & {"suspend", "revoke"})

    declared = {"cohort": "control-plane", "purpose": "Schedule pods onto nodes",
                "allowed_actions": ["k8s:list:*", "k8s:watch:*"]}  # fmt: skip
    assert not stopped(declared)
    assert stopped(None)
    assert stopped({**declared, "allowed_actions": ["k8s:list:pods"]})


def test_a_refused_secret_the_purpose_and_mission_allow_is_collected_by_nobody() -> None:
    det = SensitiveTarget()
    purpose = frozenset({"secret", "mount"})
    for n, name in enumerate(["webhook-cert", "admission"]):
        x = {**_probe(n, "node-2", f"secrets/{name}"), "action": "k8s:watch:secrets",
             "purpose_tokens": purpose, "declared_work": True}  # fmt: skip
        found = det.explain_one(x)  # type: ignore[arg-type]
        assert set(found) == {"refused"}, found  # an alert, never harvesting
        det.learn_one(x)  # type: ignore[arg-type]
    assert det.state_dict() == {}


def test_a_declared_refusal_then_another_credential_is_still_circumvention() -> None:
    """A refusal of what the mission allows counts towards no burst, but the same resource
    then reached with another credential is still the classic way around a refusal."""
    det = Probing()
    denied = {**_probe(0, "a", "configmaps/db"), "declared_work": True, "credential": "k1"}
    assert det.explain_one(denied) == {}  # type: ignore[arg-type]
    det.learn_one(denied)  # type: ignore[arg-type]
    other = {**denied, "t": denied["t"] + 5, "credential": "k2", "outcome": "allow"}
    assert det.explain_one(other)["other_path"][0] == 0.8  # type: ignore[arg-type]


def test_an_instance_credential_moved_elsewhere_with_another_program_is_moved() -> None:
    """An instance role's keys, settled on its network and its SDK, used from a VPS with the
    AWS CLI (SSRF to the metadata service): the first such call is ``moved``. A replaced NAT
    address (same program) and an SDK upgrade (same network) are not."""
    role = "arn:aws:sts::1:assumed-role/proxy/i-1"

    def call(n: int, ip: str, agent: str) -> AuthorizationDecision:
        return _d(n, agent_id=role, action="s3:GetObject", resource="arn:aws:s3:::cfg/app.json",
                  source="cloudtrail", source_ip=ip, attributes={"user_agent": agent})  # fmt: skip

    def moved(calls: list[tuple[str, str]]) -> list[bool]:
        judge, state, out = Judge(), None, []
        for n, (ip, agent) in enumerate(calls):
            state, verdict = judge.on_decision(state, call(n * 600, ip, agent))
            found = {f.name for a in verdict.alerts for f in a.detectors}
            out.append("concurrent_use.moved" in found)
        return out

    home = [("54.209.31.77", "Boto3/1.34.84 md/Botocore#1.34.84")] * 6
    stolen = ("193.29.13.141", "aws-cli/2.13.5 Python/3.11.4 Windows/10")
    got = moved([*home, stolen, stolen])
    assert got == [False] * 6 + [True, False], got
    assert not any(moved([*home, ("3.80.1.2", "Boto3/1.34.84 md/Botocore#1.34.84")]))
    assert not any(moved([*home, ("54.209.31.77", "Boto3/1.35.0 md/Botocore#1.35.0")]))


def test_a_credential_in_another_holders_hands_is_stopped_at_its_first_call() -> None:
    """``moved`` is decisive (``DetectionConfig.decisive``): the first call from the new
    network with the new program suspends the identity, as a stolen key must be; before, a
    high alert throttled it and the thief's next calls went on (corpus v15, blind: a
    registry janitor's key used from a VPS force-deleted 32 production images after its
    first call was throttled). The same call refused by IAM is answered one step milder."""
    role = "arn:aws:sts::1:assumed-role/proxy/i-1"
    home = ("54.209.31.77", "Boto3/1.34.84 md/Botocore#1.34.84")
    stolen = ("193.29.13.141", "aws-cli/2.13.5 Python/3.11.4 Windows/10")

    def commands(outcome: str) -> list[str]:
        judge, state, out = Judge(), None, []
        for n, (ip, agent) in enumerate([home] * 6 + [stolen]):
            call = _d(n * 600, agent_id=role, action="s3:GetObject",
                      resource="arn:aws:s3:::cfg/app.json", source="cloudtrail", source_ip=ip,
                      attributes={"user_agent": agent},
                      decision=outcome if n == 6 else "allow")  # fmt: skip
            state, verdict = judge.on_decision(state, call)
            out += [c.action for c in verdict.commands]
        return out

    assert commands("allow") == ["suspend"]
    assert commands("deny") == ["throttle"]
