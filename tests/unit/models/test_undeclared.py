"""Agents with no mission in force are no free pass (issue 15, defect 6), and rule packs are
validated data (models/rules.py, config/rules/).

Before: with no mission, ``iam:CreateAccessKey`` on an admin user raised no alert of its own
and hundreds of hostile calls passed before the behavioural ladder suspended the agent."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from missionguard.models.config import DetectionConfig, UndeclaredPolicy
from missionguard.models.judge import Judge
from missionguard.models.rules import RulePackError, load_rule_pack
from missionguard.pipeline.records import AuthorizationDecision
from missionguard.pipeline.settings import Settings

from .conftest import T0

PACK = Path(__file__).resolve().parents[3] / "config" / "rules" / "privileged-actions.yaml"


def _judge(**policy: object) -> Judge:
    undeclared = UndeclaredPolicy(privileged_actions=PACK, **policy)  # type: ignore[arg-type]
    return Judge(detection=DetectionConfig(undeclared=undeclared))


def _decision(n: int, action: str, resource: str, decision: str = "allow"):
    return AuthorizationDecision(
        event_id=f"e{n}",
        time=T0 + timedelta(seconds=n),
        agent_id="ci-runner",
        credential_id="AKIAEXAMPLE",
        action=action,
        resource=resource,
        decision=decision,  # type: ignore[arg-type]
        source="cloudtrail",
    )


def test_a_privileged_action_without_a_mission_revokes_at_once() -> None:
    judge = _judge()
    state = None
    for n in range(20):  # routine reads first: a low finding once, no command
        state, verdict = judge.on_decision(state, _decision(n, "s3:GetObject", f"s3/logs/{n}"))
        assert not verdict.commands
    state, verdict = judge.on_decision(state, _decision(99, "iam:CreateAccessKey", "iam/admin"))
    assert [c.action for c in verdict.commands] == ["revoke"]
    assert verdict.commands[0].credential_ids == ["AKIAEXAMPLE"]
    alert = verdict.alerts[0]
    assert alert.severity == "high"
    finding = alert.detectors[0]
    assert finding.name == "mission_conformance.privileged_without_mission"
    assert "aws.credentials.create" in finding.reason and "'iam:CreateAccessKey'" in finding.reason
    assert state is not None and state.status == "revoked"


def test_a_refused_privileged_attempt_still_stops_the_agent() -> None:
    state, verdict = _judge().on_decision(
        None, _decision(1, "iam:AttachUserPolicy", "iam/user/x", decision="deny")
    )
    assert [c.action for c in verdict.commands] == ["suspend"]
    # The first decision also carries the "no mission" finding, in the same (one) alert.
    assert len(verdict.alerts) == 1
    names = [d.name for d in verdict.alerts[0].detectors]
    assert "mission_conformance.no_mission" in names


@pytest.mark.parametrize(
    ("policy", "allowed", "denied"),
    [("revoke", ["revoke"], ["suspend"]), ("suspend", ["suspend"], ["throttle"])],
)
def test_the_policy_chooses_the_response(policy: str, allowed: list, denied: list) -> None:
    for decision, expected in (("allow", allowed), ("deny", denied)):
        grant = _decision(1, "k8s:create:clusterrolebindings", "_cluster/clusterrolebindings/x")
        _, verdict = _judge(on_privileged=policy).on_decision(
            None, grant.model_copy(update={"decision": decision})
        )
        assert [c.action for c in verdict.commands][:1] == expected, decision
        assert verdict.alerts[0].severity == "high"


def test_routine_work_without_a_mission_raises_one_low_finding() -> None:
    judge = _judge()
    state, severities = None, []
    for n in range(30):
        state, verdict = judge.on_decision(
            state, _decision(n, "k8s:get:configmaps", "kube-system/configmaps/cfg")
        )
        severities += [a.severity for a in verdict.alerts]
        assert not verdict.commands
    assert severities == ["low"]


def test_with_a_mission_the_declaration_answers_not_the_pack() -> None:
    from .conftest import support_mission

    judge = _judge()
    state, _ = judge.on_mission(None, support_mission("ci-runner"))
    _, verdict = judge.on_decision(state, _decision(1, "tickets:read", "tickets/1"))
    assert not verdict.alerts and not verdict.commands


def test_a_console_session_minted_from_api_credentials_is_privileged() -> None:
    """A sign-in token from AWS's federation endpoint turns an agent's API credentials into
    a console session (ATT&CK T1550.001; panther's GetSigninToken rule): with no mission in
    force, the agent is stopped, as for any other credential it creates."""
    _, verdict = _judge().on_decision(None, _decision(1, "signin:GetSigninToken", "*"))
    assert [c.action for c in verdict.commands] == ["revoke"]
    finding = verdict.alerts[0].detectors[0]
    assert "aws.console-session.mint" in finding.reason


def test_retrieving_a_windows_administrator_password_is_privileged() -> None:
    """``ec2:GetPasswordData`` returns a Windows instance's administrator password
    (Stratus Red Team's ec2-get-password-data, ATT&CK T1552): with no mission, a stop."""
    instance = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"
    _, verdict = _judge().on_decision(None, _decision(1, "ec2:GetPasswordData", instance))
    assert [c.action for c in verdict.commands] == ["revoke"]
    assert "aws.credentials.retrieve" in verdict.alerts[0].detectors[0].reason


def test_the_settings_load_the_shipped_pack() -> None:
    judge = Judge(detection=Settings().behaviour)
    assert judge.privileged.match("IAM:CreateAccessKey") is not None  # case-insensitive
    assert judge.privileged.match("okta:user.account.privilege.grant").id == "okta.privilege.grant"
    assert judge.privileged.match("k8s:get:secrets") is None
    for rule in judge.privileged.rules:  # every rule cites why it holds
        assert all(r.startswith("https://") for r in rule.references), rule.id


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("rules:\n  - id: a.b\n    title: t\n    actions: [x]\n", ":2: rules[0].references"),
        (
            "rules:\n  - id: a.b\n    title: t\n    actions: [x]\n    references: [r]\n"
            "  - id: a.b\n    title: u\n    actions: [y]\n    references: [r]\n",
            ":6: rules[1].id: duplicate",
        ),
        ("rules:\n  - id: a.b\n    title: t\n    actions: []\n    references: [r]\n", ":4:"),
        ("rules: {}\n", ":1: expected"),
        ("rules: [\n", "not valid YAML"),
    ],
    ids=["missing-reference", "duplicate-id", "empty-actions", "not-a-list", "bad-yaml"],
)
def test_a_bad_pack_names_file_line_and_field(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(text)
    with pytest.raises(RulePackError) as err:
        load_rule_pack(path)
    assert str(err.value).startswith(str(path)) and where in str(err.value), str(err.value)


def test_novelty_alone_alerts_and_adds_no_risk_to_an_agent_without_a_mission() -> None:
    # A service account with no mission that reaches kinds nobody in its cohort used (an API
    # server discovering new CRDs, a controller's first deletecollection) is alerted, as one
    # with a mission is, and that alone does not climb the ladder towards a stop: novelty is
    # no evidence of an attack on its own (PerfSPEC without missions, tests/realdata).
    from missionguard.pipeline.records import Target

    judge = _judge()
    states: dict[str, Any] = {}

    def call(n: int, agent: str, kind: str, verb: str = "list") -> Any:
        decision = _decision(n, f"k8s:{verb}:{kind}", kind).model_copy(
            update={"agent_id": agent, "operation": "list", "target": Target(type=f"k8s:{kind}")}
        )
        states[agent], verdict = judge.on_decision(states.get(agent), decision)
        return verdict

    n = 0
    for _ in range(120):  # a cohort's routine: five controllers list the same kinds
        for agent in ("c1", "c2", "c3", "c4", "c5"):
            n += 1
            call(n, agent, ("pods", "services", "configmaps")[n % 3])
    risk = states["c1"].risk
    verdict = call(n + 5, "c1", "widgets.example.io", "deletecollection")
    findings = {f.name.split(".")[0] for a in verdict.alerts for f in a.detectors}
    assert verdict.alerts and findings <= {"sequence_surprise", "value_rarity"}, findings
    assert states["c1"].risk <= risk and not verdict.commands


def test_explained_credential_material_is_no_evidence_beside_novelty() -> None:
    # A controller's first read of a secret in its own namespace: new to it and its cohort
    # (novelty), credential material its namespace explains (a low, explained finding). The
    # explained finding reports; it does not turn the novelty into risk.
    from missionguard.pipeline.records import Target

    judge = _judge()
    states: dict[str, Any] = {}
    own = "system:serviceaccount:argo-cd:argocd-server"

    def call(n: int, agent: str, kind: str, namespace: str, name: str) -> Any:
        decision = _decision(n, f"k8s:get:{kind}", f"{namespace}/{kind}/{name}").model_copy(
            update={
                "agent_id": agent,
                "operation": "read",
                "target": Target(type=f"k8s:{kind}", container=namespace, name=name),
            }
        )
        states[agent], verdict = judge.on_decision(states.get(agent), decision)
        return verdict

    n = 0
    for _ in range(120):  # the cohort's routine: services read their own configmaps
        for agent in (own, "system:serviceaccount:web:api", "system:serviceaccount:db:pg"):
            n += 1
            call(n, agent, "configmaps", agent.split(":")[2], "settings")
    risk = states[own].risk
    verdict = call(n + 5, own, "secrets", "argo-cd", "argocd-secret")
    names = {f.name for a in verdict.alerts for f in a.detectors}
    assert "sensitive_target.explained" in names, names
    assert states[own].risk <= risk and not verdict.commands


def _rotator(purpose: str, resources: list[str] | None = None) -> tuple[Judge, Any]:
    from missionguard.pipeline.records import MissionDeclaration

    judge = _judge()
    mission = MissionDeclaration(
        time=T0,
        agent_id="ci-runner",
        mission_id="m-rot",
        purpose=purpose,
        allowed_actions=["iam:ListAccessKeys", "iam:CreateAccessKey", "iam:DeleteAccessKey"],
        allowed_resources=resources or [],
        issued_by="ops",
    )
    state, _ = judge.on_mission(None, mission)
    for n in range(12):  # routine listing of the users it rotates
        user = ("svc-backup", "svc-ledger")[n % 2]
        call = _decision(n, "iam:ListAccessKeys", f"arn:aws:iam::1:user/{user}")
        state, _ = judge.on_decision(state, call)
    return judge, state


def _key_for(judge: Judge, state: Any, n: int, user: str) -> float:
    call = _decision(n, "iam:CreateAccessKey", f"arn:aws:iam::1:user/{user}")
    _, verdict = judge.on_decision(state, call)
    found = [f for a in verdict.alerts for f in a.detectors if f.name.endswith(".destination")]
    return max((f.score for f in found), default=0.0)


def test_a_key_minted_for_a_user_the_mission_does_not_name_is_an_unexplained_destination() -> None:
    """Corpus v4's key rotator (ATT&CK T1098.001): its mission rotates the keys of the users
    its purpose names; an access key for another user gives that user credentials, and
    whom a credential is for must be explained like the grantee of a share. A user the
    purpose names, or a name pattern it writes, or a specific resource glob of the mission
    (``user/svc-*``), explains it."""
    judge, state = _rotator("Rotate the access keys of svc-backup and svc-ledger every 90 days.")
    assert _key_for(judge, state, 50, "svc-backup") == 0.0
    assert _key_for(judge, state, 51, "svc-report-export") >= 0.7
    judge, state = _rotator("Rotate the access keys of the svc-* service users nightly.")
    assert _key_for(judge, state, 50, "svc-report-export") == 0.0
    judge, state = _rotator("Rotate service keys nightly.", ["arn:aws:iam::1:user/svc-*"])
    assert _key_for(judge, state, 50, "svc-report-export") == 0.0
    judge, state = _rotator("Rotate service keys nightly.", ["arn:aws:iam::1:user/*"])
    assert _key_for(judge, state, 50, "svc-report-export") >= 0.7  # any user: names no one


@pytest.mark.parametrize(
    ("agent", "written"), [("ci-runner", False), ("ci@acme-data.iam.gserviceaccount.com", True)]
)
def test_a_service_account_key_is_for_the_account_its_path_ends_with(
    agent: str, written: bool
) -> None:
    """A GCP key's target is ``projects/P/serviceAccounts/EMAIL``: the identity is the
    account's address, which a purpose writes out as such. ``written``: the call also writes
    the account out under an argument, and the agent is a service account of the same
    project. The address among the arguments is still the identity given a key, not an
    address the call sends to, which the agent's own project would explain: before, the
    argument's row hid the identity's (0.45 at first, nothing once own projects counted)."""
    from missionguard.pipeline.records import MissionDeclaration, Target

    judge = _judge()
    mission = MissionDeclaration(
        time=T0, agent_id=agent, mission_id="m-keys", issued_by="ops",
        purpose="Rotate the key of etl@acme-data.iam.gserviceaccount.com monthly.",
        allowed_actions=["gcp:iam.serviceAccountKeys.*", "gcp:iam.serviceAccounts.get"],
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    for n in range(12):
        call = _decision(n, "gcp:iam.serviceAccounts.get", "projects/acme-data/serviceAccounts/x")
        state, _ = judge.on_decision(state, call.model_copy(update={"agent_id": agent}))

    def key_for(n: int, account: str) -> float:
        path = f"projects/acme-data/serviceAccounts/{account}"
        update: dict[str, Any] = {
            "agent_id": agent,
            "target": Target(type="gcp:service_account", container="acme-data", name=path),
        }
        if written:
            update |= {"operation": "write", "arguments": {"service_account": account}}
        call = _decision(n, "gcp:iam.serviceAccountKeys.create", path).model_copy(update=update)
        _, verdict = judge.on_decision(state, call)
        found = [f for a in verdict.alerts for f in a.detectors if f.name.endswith(".destination")]
        return max((f.score for f in found), default=0.0)

    assert key_for(50, "etl@acme-data.iam.gserviceaccount.com") == 0.0
    assert key_for(51, "owner-sa@acme-data.iam.gserviceaccount.com") >= 0.7


def test_an_hmac_key_is_for_the_service_account_its_request_names() -> None:
    """Corpus v19 (written blind; dev data since): a key-rotation run from a tampered
    workflow created a Cloud Storage HMAC key (a long-lived credential, T1098.001) for the
    bookings API's service account instead of the backup account its mission names. The
    key is created in the project's ``hmacKeys`` collection, which the mission's resource
    glob allows: the identity is the request's ``serviceAccountEmail`` (the pack's
    ``identity_keys``), and a glob over the collection declares no one."""
    from missionguard.pipeline.records import MissionDeclaration

    judge = _judge()
    mission = MissionDeclaration(
        time=T0, agent_id="ci-runner", mission_id="m-hmac", issued_by="ops",
        purpose="Rotate the HMAC key of backup-sync@lodges.iam.gserviceaccount.com.",
        allowed_actions=["gcp:storage.hmacKeys.*"],
        allowed_resources=["projects/lodges/hmacKeys*"],
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    for n in range(12):
        state, _ = judge.on_decision(
            state, _decision(n, "gcp:storage.hmacKeys.list", "projects/lodges/hmacKeys")
        )

    def key_for(n: int, account: str) -> float:
        call = _decision(n, "gcp:storage.hmacKeys.create", "projects/lodges/hmacKeys")
        request = {"projectId": "lodges", "serviceAccountEmail": account}
        call = call.model_copy(update={"operation": "write", "arguments": {"request": request}})
        _, verdict = judge.on_decision(state, call)
        found = [f for a in verdict.alerts for f in a.detectors if f.name.endswith(".destination")]
        return max((f.score for f in found), default=0.0)

    assert key_for(50, "backup-sync@lodges.iam.gserviceaccount.com") == 0.0
    assert key_for(51, "bookings-api@lodges.iam.gserviceaccount.com") >= 0.7
