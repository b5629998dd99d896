"""Values that look like destinations and are none, and one that looked like Google's: an
OAuth scope or an XML namespace written as a URL names a permission or a format
(config/rules/identifier-uris.yaml), and a Google Cloud service account belongs to its
project, not to gserviceaccount.com (models/features.py, ``service_account_project``).

The case that prompted both: a training run started GPU VMs in its own project with the
project's runner account and the cloud-platform scope, and was revoked for two
"destinations" (corpus v11, a benign look-alike)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from missionguard.models.config import DetectionConfig
from missionguard.models.detectors.grounding import MissionGrounding
from missionguard.models.features import decision_features, service_account_project
from missionguard.models.judge import Judge
from missionguard.models.rules import DEFAULT_RULES, PrefixRule
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.settings import PROJECT_ROOT, Settings
from missionguard.pipeline.sources import GenericNormalizer, load_mapping

from .conftest import T0, assert_pack_cited_and_checked

RUN = (
    "principal://iam.googleapis.com/projects/408812735521/locations/global/"
    "workloadIdentityPools/ci/subject/run:7"
)
SCOPE = "https://www.googleapis.com/auth/cloud-platform"
SCRIPT = "https://storage.googleapis.com/ml-train-ops/eval-vm.sh"
_GCP = GenericNormalizer(load_mapping(PROJECT_ROOT / "config" / "sources" / "gcp_audit.yaml"))


def _insert(n: int, name: str, account: str, scopes: list[str]) -> AuthorizationDecision:
    """A Compute Engine instances.insert as Cloud Audit Logs write it, normalized by the
    gcp_audit mapping: the VM's startup script, and its service account and access scopes
    (none when ``account`` is empty: the project's default) in the request."""
    resource = f"projects/ml-train/zones/us-central1-a/instances/{name}"
    request: dict[str, Any] = {
        "@type": "type.googleapis.com/compute.instances.insert",
        "name": name,
        "machineType": "zones/us-central1-a/machineTypes/g2-standard-8",
        "metadata": {"items": [{"key": "startup-script-url", "value": SCRIPT}]},
    }
    if account:
        request["serviceAccounts"] = [{"email": account, "scopes": scopes}]
    raw = {
        "protoPayload": {
            "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
            "authenticationInfo": {"principalSubject": RUN},
            "serviceName": "compute.googleapis.com",
            "methodName": "v1.compute.instances.insert",
            "authorizationInfo": [
                {"resource": resource, "permission": "compute.instances.create", "granted": True}
            ],
            "resourceName": resource,
            "request": request,
        },
        "insertId": f"i{n}",
        "resource": {"type": "gce_instance", "labels": {"project_id": "ml-train"}},
        "timestamp": (T0 + timedelta(minutes=n)).isoformat(),
        "logName": "projects/ml-train/logs/cloudaudit.googleapis.com%2Factivity",
    }
    (decision,) = _GCP.normalize(raw)
    assert isinstance(decision, AuthorizationDecision)
    return decision


def _mission(
    purpose: str = "Training run 7: start and delete its evaluation VMs.",
) -> MissionDeclaration:
    return MissionDeclaration(
        time=T0, agent_id=RUN, mission_id="run-7", cohort="training", issued_by="ml-ci",
        purpose=purpose,
        allowed_actions=["gcp:compute.instances.*"],
    )  # fmt: skip


def test_a_vm_with_its_projects_account_and_a_scope_names_no_destination() -> None:
    call = _insert(0, "eval-7", "vm-runner@ml-train.iam.gserviceaccount.com", [SCOPE])
    judge = Judge()
    x = decision_features(call, _mission(), "training", identifiers=judge.identifier_uris)
    # The scope is no destination; the account is the project's.
    assert [(v, d) for _, _, v, d in x["outbound"]] == [
        (SCRIPT, "storage.googleapis.com"),
        ("vm-runner@ml-train.iam.gserviceaccount.com", "gcp:ml-train"),
    ]
    assert x["target_container"] == "ml-train"
    reason = MissionGrounding().explains(x, *x["outbound"][1][2:])
    assert reason == "a service account of the project the call acts in"
    # A purpose that writes the project out names its accounts, as an AWS account id does.
    named = _mission("Training run 7: start and delete its evaluation VMs in ml-train.")
    y = decision_features(call, named, "training", identifiers=judge.identifier_uris)
    assert MissionGrounding().explains(y, *y["outbound"][1][2:]) == "named by the mission"
    # Without the pack, the scope URL is read as a destination at www.googleapis.com.
    bare = decision_features(call, _mission(), "training")
    assert ("request", "url", SCOPE, "www.googleapis.com") in bare["outbound"]


def test_a_service_account_of_another_project_stays_a_destination() -> None:
    account = "ops@free-gpu-credits-4471.iam.gserviceaccount.com"
    call = _insert(0, "eval-7", account, [SCOPE])
    x = decision_features(call, _mission(), "training", identifiers=Judge().identifier_uris)
    assert [(v, d) for _, _, v, d in x["outbound"]][1:] == [(account, "gcp:free-gpu-credits-4471")]
    assert MissionGrounding().explains(x, account, "gcp:free-gpu-credits-4471") is None


def _fleet(judge: Judge) -> None:
    """A cohort of training runs whose VMs ran their startup script with the project's
    default account (no service account in the request): the script's host became familiar,
    and a host or account new to the cohort is rare there."""
    for run in range(5):
        agent = RUN.replace("run:7", f"run:{run}")
        purpose = f"Training run {run}: start and delete its evaluation VMs."
        mission = _mission(purpose).model_copy(update={"agent_id": agent})
        state, _ = judge.on_mission(None, mission)
        for n in range(6):
            call = _insert(10 * run + n, f"eval-{run}-{n}", "", [])
            state, verdict = judge.on_decision(state, call.model_copy(update={"agent_id": agent}))
            assert not verdict.commands, verdict


def _destination_findings(verdict: Any) -> list[str]:
    return [
        f.reason
        for a in verdict.alerts
        for f in a.detectors
        if f.name == "mission_grounding.destination"
    ]


def test_the_judge_starts_vms_with_the_projects_account_without_a_finding() -> None:
    # Before: revoked at the first VM, for the account ("gserviceaccount.com" new to the
    # cohort) and the scope URL.
    judge = Judge()
    _fleet(judge)
    state, _ = judge.on_mission(None, _mission())
    for n in range(4):
        call = _insert(100 + n, f"bif-{n}", "vm-runner@ml-train.iam.gserviceaccount.com", [SCOPE])
        state, verdict = judge.on_decision(state, call)
        assert not verdict.commands, verdict
        assert not _destination_findings(verdict), verdict


def test_the_judge_finds_a_vm_started_with_another_projects_account() -> None:
    judge = Judge()
    _fleet(judge)
    state, _ = judge.on_mission(None, _mission())
    call = _insert(100, "bif-0", "miner@free-gpu-credits-4471.iam.gserviceaccount.com", [SCOPE])
    state, verdict = judge.on_decision(state, call)
    (reason,) = _destination_findings(verdict)
    assert "miner@free-gpu-credits-4471.iam.gserviceaccount.com" in reason
    assert SCOPE not in str(verdict.alerts)


def _share(n: int, agent: str, account: str) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"s{n}", time=T0 + timedelta(minutes=n), agent_id=agent, decision="allow",
        action="reports.share", resource="reports/weekly", source="tool", operation="share",
        arguments={"with": account},
    )  # fmt: skip


def test_one_projects_accounts_made_familiar_explain_no_other_projects() -> None:
    # Before, every service account's domain was gserviceaccount.com: a cohort that shared
    # with its analytics project's accounts had made any project's account familiar.
    grounding = MissionGrounding(destination_support=2)
    for n, agent in enumerate(("r1", "r2", "r3")):
        x = decision_features(
            _share(n, agent, f"bi-{n}@acme-analytics.iam.gserviceaccount.com"), None, "c"
        )
        grounding.learn_one(x)
    ours = decision_features(
        _share(9, "r4", "etl@acme-analytics.iam.gserviceaccount.com"), None, "c"
    )
    theirs = decision_features(_share(9, "r4", "x@drop-proj-88.iam.gserviceaccount.com"), None, "c")
    assert grounding.explains(ours, *ours["outbound"][0][2:]) == "familiar to the cohort"
    assert grounding.explains(theirs, *theirs["outbound"][0][2:]) is None


@pytest.mark.parametrize(
    ("address", "project"),
    [
        ("a@p-1234.iam.gserviceaccount.com", "gcp:p-1234"),
        ("123456789012-compute@developer.gserviceaccount.com", "gcp:123456789012"),
        ("my-app@appspot.gserviceaccount.com", "gcp:my-app"),
        ("123456789012@cloudbuild.gserviceaccount.com", "gcp:123456789012"),
        ("service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com", "gcp:123456789012"),
        ("a@gserviceaccount.com", None),  # no project in the address
        ("a@x.y.iam.gserviceaccount.com", None),  # no such form
        ("a@p.iam.gserviceaccount.com.evil.example", None),  # not Google's domain
        ("a@corp.example", None),
    ],
)
def test_a_service_accounts_project_is_read_from_googles_address_forms(
    address: str, project: str | None
) -> None:
    assert service_account_project(address) == project


def test_the_identifier_pack_is_configured_cited_and_checked(tmp_path: Any) -> None:
    prefixes = "prefixes: [https://a.example/x]"  # a scheme: prefixes are host and path
    assert_pack_cited_and_checked(
        tmp_path, "identifier-uris.yaml", PrefixRule, prefixes, "prefixes"
    )
    assert DetectionConfig().identifier_uris == DEFAULT_RULES / "identifier-uris.yaml"
    assert Settings().behaviour.identifier_uris == DEFAULT_RULES / "identifier-uris.yaml"
    assert "www.googleapis.com/auth/" in Judge().identifier_uris
