"""Opening a resource to other AWS accounts (ATT&CK T1537): the accounts a sharing call names
are destinations the mission must explain (config/rules/cross-account-sharing.yaml)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from missionguard.models.config import DetectionConfig
from missionguard.models.judge import Judge
from missionguard.models.rules import DEFAULT_RULES, RulePackError, SharingRule, load_rules
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.sources.cloudtrail import CloudTrailNormalizer
from missionguard.pipeline.sources.k8s_audit import K8sAuditNormalizer
from missionguard.pipeline.sources.okta import OktaNormalizer

from .conftest import T0, cloudtrail_event

ROLE = "arn:aws:sts::130957246801:assumed-role/dr-snapshot-automation/dr-nightly"
PACK = DEFAULT_RULES / "cross-account-sharing.yaml"


def _share(n: int, account: str, rds: bool = False) -> AuthorizationDecision:
    if rds:
        action = "rds:ModifyDBSnapshotAttribute"
        parameters: dict[str, Any] = {"attributeName": "restore", "valuesToAdd": [account]}
    else:
        action = "ec2:ModifySnapshotAttribute"
        parameters = {"createVolumePermission": {"add": {"items": [{"userId": account}]}}}
    return AuthorizationDecision(
        event_id=f"e{n}", time=T0 + timedelta(minutes=n), agent_id=ROLE, action=action,
        resource="*", decision="allow", source="cloudtrail", operation="permissions",
        arguments={"request_parameters": parameters},
    )  # fmt: skip


def _judge_with(
    purpose: str,
    config: DetectionConfig | None = None,
    allowed: tuple[str, ...] = ("ec2:*", "rds:ModifyDBSnapshotAttribute"),
) -> tuple[Judge, Any]:
    judge = Judge(detection=config)
    mission = MissionDeclaration(
        time=T0, agent_id=ROLE, mission_id="dr", purpose=purpose, issued_by="cloud",
        allowed_actions=list(allowed),
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    for n in range(3):  # some routine work first: a cohort that has learned nothing judges nothing
        snapshot = AuthorizationDecision(
            event_id=f"w{n}", time=T0 + timedelta(seconds=n), agent_id=ROLE,
            action="ec2:CreateSnapshot", resource="*", decision="allow", source="cloudtrail",
        )  # fmt: skip
        state, _ = judge.on_decision(state, snapshot)
    return judge, state


def test_the_shipped_pack_loads_with_references() -> None:
    rules = load_rules(PACK, SharingRule)
    assert {r.id for r in rules} >= {"ebs-snapshot-shared", "ami-shared", "rds-snapshot-shared"}
    assert all(
        r.references
        and (
            r.account_keys
            or r.bucket_keys
            or r.endpoint_keys
            or r.member_keys
            or r.policy_keys
            or r.project_keys
            or r.subject_keys
        )
        for r in rules
    )
    assert DetectionConfig().cross_account_sharing == PACK
    assert Settings().behaviour.cross_account_sharing == PACK


@pytest.mark.parametrize("rds", [False, True], ids=["ebs", "rds"])
def test_sharing_with_an_account_nothing_names_stops_the_agent(rds: bool) -> None:
    judge, state = _judge_with("Snapshot production nightly and share with the DR vault.")
    state, verdict = judge.on_decision(state, _share(1, "406823179551", rds))
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination" and "406823179551" in finding.reason


@pytest.mark.parametrize("rds", [False, True], ids=["ebs", "rds"])
def test_the_account_the_mission_names_or_its_own_is_no_finding(rds: bool) -> None:
    judge, state = _judge_with("Share nightly snapshots with the DR vault account 222233334444.")
    for n, account in enumerate(("222233334444", "130957246801")):
        state, verdict = judge.on_decision(state, _share(n, account, rds))
        assert not verdict.commands, verdict
        assert not any(
            f.name == "mission_grounding.destination" for a in verdict.alerts for f in a.detectors
        )


def test_without_the_pack_a_bare_account_id_is_no_destination() -> None:
    purpose = "Snapshot production nightly and share with the DR vault."
    config = DetectionConfig(cross_account_sharing=None, grantee_arguments=None)
    judge, state = _judge_with(purpose, config)
    state, verdict = judge.on_decision(state, _share(1, "406823179551"))
    assert not verdict.commands
    # The grantee pack alone still reads EC2's `userId` as a user given access (a bare id).
    judge, state = _judge_with(purpose, DetectionConfig(cross_account_sharing=None))
    state, verdict = judge.on_decision(state, _share(1, "406823179551"))
    found = [f.reason for a in verdict.alerts for f in a.detectors]
    assert any("'406823179551' (request_parameters)" in r for r in found), found


def test_a_broken_pack_names_file_line_and_field(tmp_path: Path) -> None:
    pack = tmp_path / "sharing.yaml"
    pack.write_text("rules:\n  - id: a\n    title: t\n    actions: [ec2:X]\n    references: [u]\n")
    with pytest.raises(
        RulePackError,
        match=r"sharing\.yaml:2: rules\[0\]: .*account_keys, bucket_keys, endpoint_keys, "
        r"member_keys, policy_keys",
    ):
        load_rules(pack, SharingRule)


def test_an_object_encrypted_with_another_accounts_key_stops_the_agent() -> None:
    # S3 ransomware (ATT&CK T1486): objects copied in place or written with SSE-KMS under a
    # key of the attacker's account open only with that account's key. The key's account is
    # a destination of the write like an account given access; the agent's own account's
    # key, or one given by alias, is not. Before: no finding (panther's "In-Place Copy with
    # KMS Key Change" sample).
    judge = Judge()
    mission = MissionDeclaration(
        time=T0, agent_id=ROLE, mission_id="dr", purpose="Copy the nightly exports.",
        issued_by="cloud", allowed_actions=["s3:*"],
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    header = "x-amz-server-side-encryption-aws-kms-key-id"

    def put(n: int, key: str) -> AuthorizationDecision:
        parameters = {"bucketName": "exports", "key": f"day-{n}.csv", header: key}
        return AuthorizationDecision(
            event_id=f"e{n}", time=T0 + timedelta(minutes=n), agent_id=ROLE,
            action="s3:PutObject", resource=f"arn:aws:s3:::exports/day-{n}.csv",
            decision="allow", source="cloudtrail", operation="write",
            arguments={"request_parameters": parameters},
        )  # fmt: skip

    for n, key in enumerate(("arn:aws:kms:eu-west-1:130957246801:key/own", "alias/exports")):
        state, verdict = judge.on_decision(state, put(n, key))
        assert not verdict.commands, verdict
    state, verdict = judge.on_decision(state, put(5, "arn:aws:kms:eu-west-1:999999999999:key/x"))
    assert [c.action for c in verdict.commands] == ["suspend"]
    assert any("999999999999" in f.reason for a in verdict.alerts for f in a.detectors)


GCP_AGENT = "iam-provisioner@acme-prod.iam.gserviceaccount.com"


def _grant(n: int, *deltas: tuple[str, str]) -> AuthorizationDecision:
    """A Cloud Audit Log SetIamPolicy as the gcp_audit mapping writes it: the full policy in
    the request (every member, old and new), what changed in serviceData's policyDelta."""
    return AuthorizationDecision(
        event_id=f"g{n}", time=T0 + timedelta(minutes=n), agent_id=GCP_AGENT,
        action="gcp:resourcemanager.projects.setIamPolicy", resource="projects/acme-prod",
        decision="allow", source="gcp_audit", operation="permissions",
        arguments={
            "request": {"policy": {"bindings": [
                {"role": "roles/viewer", "members": ["user:old-contractor@gmail.com"]}]}},
            "service_data": {"policyDelta": {"bindingDeltas": [
                {"action": action, "role": "roles/owner", "member": member}
                for action, member in deltas]}},
        },
    )  # fmt: skip


def _gcp_judge(allowed: str = "gcp:resourcemanager.projects.*") -> tuple[Judge, Any]:
    judge = Judge()
    mission = MissionDeclaration(
        time=T0, agent_id=GCP_AGENT, mission_id="iam", issued_by="cloud",
        purpose="Grant acme.com engineers the project roles their approved requests name.",
        allowed_actions=[allowed],
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    for n in range(3):  # some routine work first
        read = AuthorizationDecision(
            event_id=f"r{n}", time=T0 + timedelta(seconds=n), agent_id=GCP_AGENT,
            action="gcp:resourcemanager.projects.getIamPolicy", resource="projects/acme-prod",
            decision="allow", source="gcp_audit", operation="read",
        )  # fmt: skip
        state, _ = judge.on_decision(state, read)
    return judge, state


def test_a_gcp_role_granted_to_an_identity_nothing_names_stops_the_agent() -> None:
    # Persistence by an outside identity (ATT&CK T1098.003; Security Command Center's
    # "IAM anomalous grant"): an IAM automation account, hijacked, adds a gmail.com
    # account as Owner. The members a policy change adds (its audit log's policyDelta) are
    # destinations of the call like the accounts an AWS share names. Before: no finding,
    # the member strings being text ("user:...") and the grant no destination at all.
    judge, state = _gcp_judge()
    state, verdict = judge.on_decision(state, _grant(1, ("ADD", "user:owner-backup@gmail.com")))
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination"
    assert "owner-backup@gmail.com" in finding.reason


def test_a_gcp_grant_the_mission_explains_or_a_removal_is_no_finding() -> None:
    # The domain the purpose names, the agent's own project's service account, a member
    # the change removes, and the members the full policy already held (the request repeats
    # them: old-contractor@gmail.com) are not grants to explain.
    judge, state = _gcp_judge()
    for n, delta in enumerate((
        ("ADD", "user:alice@acme.com"),
        ("ADD", "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"),
        ("REMOVE", "user:mallory@gmail.com"),
    )):  # fmt: skip
        state, verdict = judge.on_decision(state, _grant(n, delta))
        assert not verdict.commands, verdict
        assert not any(
            f.name == "mission_grounding.destination" for a in verdict.alerts for f in a.detectors
        ), verdict


ADMIN = ("ec2:*", "iam:*", "s3:*", "kms:*", "lambda:*")


def _set_policy(n: int, action: str, key: str, policy: Any) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"p{n}", time=T0 + timedelta(minutes=n), agent_id=ROLE, action=action,
        resource="*", decision="allow", source="cloudtrail", operation="permissions",
        arguments={"request_parameters": {key: policy}},
    )  # fmt: skip


def _trust(*principals: str, effect: str = "Allow") -> str:
    statement = {
        "Effect": effect,
        "Action": "sts:AssumeRole",
        "Principal": {"AWS": list(principals)},
    }
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


@pytest.mark.parametrize(
    ("action", "key", "policy"),
    [
        ("iam:UpdateAssumeRolePolicy", "policyDocument", _trust("arn:aws:iam::406823179551:root")),
        ("kms:PutKeyPolicy", "policy", _trust("406823179551")),
        (
            "s3:PutBucketPolicy",
            "bucketPolicy",
            json.loads(_trust("arn:aws:iam::406823179551:user/x")),
        ),
        ("lambda:AddPermission", "principal", "406823179551"),
    ],
    ids=["role-trust", "key-policy-text", "bucket-policy-object", "lambda-permission"],
)
def test_a_resource_policy_allowing_an_account_nothing_names_stops_the_agent(
    action: str, key: str, policy: Any
) -> None:
    # A role that trusts an outside account is a backdoor into this one (Stratus Red Team's
    # aws.persistence.iam-backdoor-role); a bucket or key policy allowing one hands it the
    # data. The accounts a policy's Allow statements name (Principal.AWS) are destinations
    # of the call like an account a snapshot is shared with. Before: an account written as
    # an ARN was read (a principal entity), one written as a bare 12-digit id, which AWS
    # takes as well (a key policy's, AddPermission's principal), was not.
    judge, state = _judge_with("Keep the DR automation's roles and buckets in shape.", None, ADMIN)
    state, verdict = judge.on_decision(state, _set_policy(1, action, key, policy))
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    assert "406823179551" in verdict.alerts[0].detectors[0].reason


def test_a_resource_policy_allowing_the_agents_own_account_or_denying_is_no_grant() -> None:
    judge, state = _judge_with("Keep the DR automation's roles and buckets in shape.", None, ADMIN)
    for n, policy in enumerate((
        _trust("arn:aws:iam::130957246801:role/ops"),
        _trust("406823179551", effect="Deny"),
        json.dumps({"Statement": {"Effect": "Allow", "Principal": {"Service": "ec2"}}}),
    )):  # fmt: skip
        state, verdict = judge.on_decision(
            state, _set_policy(n, "iam:UpdateAssumeRolePolicy", "policyDocument", policy)
        )
        assert not verdict.commands, verdict


def _org_trust(org: str, *members: str, outside: str | None = None) -> str:
    """A trust policy whose first statement admits the ``members`` only as principals of
    ``org`` (aws:PrincipalOrgID), and, with ``outside``, a second that admits that account
    unconditionally."""
    statements: list[dict[str, Any]] = [
        {
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": [f"arn:aws:iam::{m}:role/inventory-collector" for m in members]},
            "Condition": {"StringEquals": {"aws:PrincipalOrgID": org}},
        }
    ]
    if outside is not None:
        principal = {"AWS": f"arn:aws:iam::{outside}:role/inventory-collector"}
        statements.append({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": principal})
    return json.dumps({"Version": "2012-10-17", "Statement": statements})


def test_accounts_admitted_only_within_the_organisation_are_no_outside_grant() -> None:
    # An account-vending step adds each new member account's role to a trust policy whose
    # statement admits principals of the organisation only (aws:PrincipalOrgID): no account
    # outside it can assume the role, so the organisation, which the mission names, is whom
    # it grants; each new member account is no destination. Before: every one was, and a
    # cohort adding a new member account to every call made an outside account added in an
    # unconditioned statement no rarer than they were (corpus v14's account-vending trust
    # step, missed).
    purpose = "Add each new member account's collector role (organisation o-4kq7b2xw9d)."
    judge, state = _judge_with(purpose, None, ADMIN)
    members = [f"{n:012d}" for n in range(406823179551, 406823179556)]
    for n in range(1, len(members) + 1):
        policy = _org_trust("o-4kq7b2xw9d", *members[:n])
        state, verdict = judge.on_decision(
            state, _set_policy(n, "iam:UpdateAssumeRolePolicy", "policyDocument", policy)
        )
        assert not verdict.commands, verdict
        assert not any("mission_grounding" in f.name for a in verdict.alerts for f in a.detectors)
    policy = _org_trust("o-4kq7b2xw9d", *members, outside="518266419370")
    state, verdict = judge.on_decision(
        state, _set_policy(9, "iam:UpdateAssumeRolePolicy", "policyDocument", policy)
    )
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination" and "518266419370" in finding.reason


def test_an_organisation_nothing_names_is_the_grants_destination() -> None:
    # The condition names the organisation admitted: another organisation than the one the
    # mission names (an attacker's) is a grant outside, whatever accounts it lists.
    purpose = "Add each new member account's collector role (organisation o-4kq7b2xw9d)."
    judge, state = _judge_with(purpose, None, ADMIN)
    policy = _org_trust("o-9zz8yy7xx6", "406823179551")
    state, verdict = judge.on_decision(
        state, _set_policy(1, "iam:UpdateAssumeRolePolicy", "policyDocument", policy)
    )
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    reason = verdict.alerts[0].detectors[0].reason
    assert "o-9zz8yy7xx6" in reason and "406823179551" not in reason


def _dataset_access(n: int, entry: dict[str, str]) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"bq{n}", time=T0 + timedelta(minutes=n), agent_id=GCP_AGENT,
        action="gcp:bigquery.datasets.update", resource="projects/acme-prod/datasets/share_x",
        decision="allow", source="gcp_audit", operation="write",
        arguments={"request": {"dataset": {"access": [{"role": "READER", **entry}]}}},
    )  # fmt: skip


def test_a_bigquery_dataset_opened_to_an_identity_nothing_names_stops_the_agent() -> None:
    """Corpus v5 (dev): a sharing desk's agent gave a gmail.com address READER on a
    partner dataset. A dataset's access entries (``userByEmail``, ``groupByEmail``,
    ``domain``, ``iamMember``: BigQuery's Dataset resource) are members given access,
    grounded like the members a GCP policy change adds. Before: the address was read from
    the text of the request as a recipient, an alert the cohort's new partners diluted."""
    judge, state = _gcp_judge("gcp:*")
    for n, entry in enumerate(({"groupByEmail": "bi@partners.acme.com"}, {"domain": "acme.com"})):
        state, verdict = judge.on_decision(state, _dataset_access(n, entry))
        assert not verdict.commands, verdict
    state, verdict = judge.on_decision(state, _dataset_access(9, {"userByEmail": "x@gmail.com"}))
    assert [c.action for c in verdict.commands] == ["suspend"]
    assert verdict.alerts[0].detectors[0].name == "mission_grounding.destination"


def test_replication_into_another_accounts_bucket_stops_the_agent() -> None:
    """Corpus v6 (dev): a lakehouse agent set up replication of the customer exports into a
    bucket of an account outside the organisation (PutBucketReplication, each rule's
    ``Destination.Account``): every object written there from then on is copied out
    (T1537). Its own account's disaster-recovery bucket, named by the mission, is not."""
    judge, state = _judge_with(
        "Lakehouse upkeep; replicate curated data to our DR account 130957246802.",
        allowed=("s3:*", "ec2:*"),
    )

    def replicate(n: int, account: str) -> Any:
        rule = {"Filter": {"Prefix": "exports/"}, "Destination": {
            "Bucket": "arn:aws:s3:::dl-sync", "Account": account}}  # fmt: skip
        return AuthorizationDecision(
            event_id=f"r{n}", time=T0 + timedelta(minutes=n), agent_id=ROLE,
            action="s3:PutBucketReplication", resource="arn:aws:s3:::lake", decision="allow",
            source="cloudtrail", operation="write",
            arguments={"request_parameters": {"ReplicationConfiguration": {"Rule": [rule]}}},
        )  # fmt: skip

    state, verdict = judge.on_decision(state, replicate(1, "130957246802"))
    assert not verdict.commands, verdict
    state, verdict = judge.on_decision(state, replicate(2, "590183726644"))
    assert [c.action for c in verdict.commands] == ["suspend"]
    assert any("590183726644" in f.reason for a in verdict.alerts for f in a.detectors)


# CloudTrail events as AWS writes them (eventSource, eventName, requestParameters), one per
# rule of the pack's later additions, each naming OTHER; read through the normalizer, so
# that the event's name maps to the action the rule lists.
OTHER = "406823179551"
_CROSS_ACCOUNT_CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("redshift", "AuthorizeDataShare", {
        "dataShareArn": "arn:aws:redshift:eu-west-1:130957246801:datashare:5e2b/sales",
        "consumerIdentifier": OTHER,
    }),
    ("redshift", "AuthorizeDataShare", {
        "dataShareArn": "arn:aws:redshift:eu-west-1:130957246801:datashare:5e2b/sales",
        "consumerIdentifier": f"arn:aws:redshift:eu-west-1:{OTHER}:namespace/9f1c",
    }),
    ("redshift", "AuthorizeSnapshotAccess", {
        "snapshotIdentifier": "nightly-2026-12-01", "accountWithRestoreAccess": OTHER,
    }),
    ("ram", "CreateResourceShare", {
        "name": "subnets", "resourceArns": ["arn:aws:ec2:eu-west-1:130957246801:subnet/s-1"],
        "principals": [OTHER], "allowExternalPrincipals": True,
    }),
    ("ram", "AssociateResourceShare", {
        "resourceShareArn": "arn:aws:ram:eu-west-1:130957246801:resource-share/r-1",
        "principals": [f"arn:aws:iam::{OTHER}:role/reader"],
    }),
    ("lakeformation", "GrantPermissions", {
        "principal": {"dataLakePrincipalIdentifier": OTHER},
        "resource": {"table": {"databaseName": "sales", "name": "orders"}},
        "permissions": ["SELECT"],
    }),
    ("lakeformation", "BatchGrantPermissions", {
        "entries": [{"id": "1", "principal": {
            "dataLakePrincipalIdentifier": f"arn:aws:iam::{OTHER}:role/analyst"},
            "permissions": ["SELECT"]}],
    }),
    ("kms", "CreateGrant", {
        "keyId": "arn:aws:kms:eu-west-1:130957246801:key/1a2b",
        "granteePrincipal": f"arn:aws:iam::{OTHER}:role/decryptor",
        "operations": ["Decrypt"],
    }),
    ("ssm", "ModifyDocumentPermission", {
        "name": "bootstrap", "permissionType": "Share", "accountIdsToAdd": [OTHER],
    }),
    ("sns", "AddPermission", {
        "topicArn": "arn:aws:sns:eu-west-1:130957246801:orders", "label": "x",
        "aWSAccountId": [OTHER], "actionName": ["Subscribe"],
    }),
    ("sqs", "AddPermission", {
        "queueUrl": "https://sqs.eu-west-1.amazonaws.com/130957246801/orders", "label": "x",
        "aWSAccountIds": [OTHER], "actions": ["ReceiveMessage"],
    }),
    ("events", "PutPermission", {
        "eventBusName": "default", "action": "events:PutEvents", "principal": OTHER,
        "statementId": "x",
    }),
    ("logs", "PutSubscriptionFilter", {
        "logGroupName": "/app/payments", "filterName": "all", "filterPattern": "",
        "destinationArn": f"arn:aws:logs:eu-west-1:{OTHER}:destination:collector",
    }),
    ("lambda", "AddLayerVersionPermission20181031", {
        "layerName": "shared-libs", "versionNumber": 3, "statementId": "x",
        "action": "lambda:GetLayerVersion", "principal": OTHER,
    }),
    ("glue", "PutResourcePolicy", {"policyInJson": _trust(OTHER)}),
    ("dynamodb", "PutResourcePolicy", {
        "resourceArn": "arn:aws:dynamodb:eu-west-1:130957246801:table/orders",
        "policy": _trust(f"arn:aws:iam::{OTHER}:root"),
    }),
    ("es", "UpdateDomainConfig", {"domainName": "logs", "accessPolicies": _trust(OTHER)}),
    ("dynamodb", "ExportTableToPointInTime", {
        "tableArn": "arn:aws:dynamodb:eu-west-1:130957246801:table/orders",
        "s3Bucket": "orders-sync", "s3BucketOwner": OTHER, "exportFormat": "DYNAMODB_JSON",
    }),
    ("backup", "StartCopyJob", {
        "recoveryPointArn": "arn:aws:rds:eu-west-1:130957246801:snapshot:awsbackup:job-1",
        "sourceBackupVaultName": "prod-vault",
        "destinationBackupVaultArn": f"arn:aws:backup:eu-central-1:{OTHER}:backup-vault:archive",
        "iamRoleArn": "arn:aws:iam::130957246801:role/backup-copier",
    }),
    ("backup", "UpdateBackupPlan", {
        "backupPlanId": "plan-1", "backupPlan": {"backupPlanName": "nightly", "rules": [{
            "ruleName": "nightly", "targetBackupVaultName": "prod-vault",
            "copyActions": [{"destinationBackupVaultArn":
                             f"arn:aws:backup:eu-central-1:{OTHER}:backup-vault:archive"}]}]},
    }),
    ("ecr", "PutReplicationConfiguration", {"replicationConfiguration": {"rules": [{
        "destinations": [{"region": "us-east-1", "registryId": OTHER}],
        "repositoryFilters": [{"filter": "prod/", "filterType": "PREFIX_MATCH"}]}]}}),
]  # fmt: skip


def _cloudtrail_call(n: int, service: str, name: str, parameters: dict[str, Any]) -> dict:
    return cloudtrail_event(
        f"{service}.amazonaws.com", name, parameters, arn=ROLE,
        eventTime=f"2026-12-01T10:{n:02d}:00Z", eventID=f"ct-{n}",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("service", "name", "parameters"),
    _CROSS_ACCOUNT_CALLS,
    ids=[f"{s}-{n}-{i}" for i, (s, n, _) in enumerate(_CROSS_ACCOUNT_CALLS)],
)
def test_every_cross_account_call_of_the_pack_names_the_account_it_opens_to(
    service: str, name: str, parameters: dict[str, Any]
) -> None:
    """A datashare, a RAM share, a Lake Formation or KMS grant, a shared SSM document, a
    topic's, queue's, bus's or layer's permission, a log subscription, a resource policy:
    each opens something to another account (T1537, T1098), and the account it names is a
    destination the mission must explain, as a snapshot shared with one is. Before these
    rules, an account written as a bare id (or in a namespace's or log destination's ARN)
    was no destination and the call went unremarked (13 of these cases); one written as an
    IAM ARN was read already, as a principal. The same call naming the agent's own account
    is no finding."""
    normalizer = CloudTrailNormalizer()
    # The call's own decision is the last (a role it passes, StartCopyJob's, comes first).
    *_, call = normalizer.normalize(_cloudtrail_call(1, service, name, parameters))
    judge, state = _judge_with("Keep the data platform's shares in shape.", None, ("*",))
    own = json.loads(json.dumps(parameters).replace(OTHER, "130957246801"))
    *_, mine = normalizer.normalize(_cloudtrail_call(2, service, name, own))
    state, verdict = judge.on_decision(state, mine)
    assert not verdict.commands, verdict
    state, verdict = judge.on_decision(state, call)
    assert [c.action for c in verdict.commands] == ["suspend"], (call.action, verdict)
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination" and OTHER in finding.reason


def test_a_stream_or_an_export_pointed_at_a_bucket_nothing_names_stops_the_agent() -> None:
    """Corpus v16 (written blind, dev data since): a Firehose operator, following a ticket a
    supplier's compromised account edited, re-pointed two telemetry delivery streams at a
    bucket no account of the organisation owns (UpdateDestination's BucketARN: every record
    goes there from then on, T1537). A bucket ARN names no account, so nothing was a
    destination. Now the bucket is: the one the mission names (a declared change) is no
    finding, another stops the agent; an update of buffering hints names none; a log
    group's export to a bucket (CreateExportTask's destination, a bare name) likewise."""
    normalizer = CloudTrailNormalizer()
    purpose = "Tune the telemetry streams; change HAV-207 moves them to bucket hav-lake-raw."

    def update(n: int, bucket: str | None) -> AuthorizationDecision:
        update: dict[str, Any] = {"bufferingHints": {"sizeInMBs": 64}}
        if bucket is not None:
            update["bucketARN"] = f"arn:aws:s3:::{bucket}"
        parameters = {"deliveryStreamName": "pen-oxygen", "destinationId": "d-1",
                      "extendedS3DestinationUpdate": update}  # fmt: skip
        *_, call = normalizer.normalize(
            _cloudtrail_call(n, "firehose", "UpdateDestination", parameters)
        )
        return call

    judge, state = _judge_with(purpose, None, ("*",))
    for n, bucket in enumerate((None, "hav-lake-raw")):
        state, verdict = judge.on_decision(state, update(n, bucket))
        assert not verdict.commands, verdict
    state, verdict = judge.on_decision(state, update(3, "nordlys-aqua-share"))
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination"
    assert "'nordlys-aqua-share' (grantee)" in finding.reason
    export = {"logGroupName": "/app/orders", "from": 1, "to": 2, "destination": "exp-drop-77"}
    *_, call = normalizer.normalize(_cloudtrail_call(5, "logs", "CreateExportTask", export))
    judge, state = _judge_with(purpose, None, ("*",))
    state, verdict = judge.on_decision(state, call)
    assert [c.action for c in verdict.commands] == ["suspend"]
    # Without the pack, the bucket is nobody's destination.
    judge, state = _judge_with(purpose, DetectionConfig(cross_account_sharing=None), ("*",))
    state, verdict = judge.on_decision(state, update(3, "nordlys-aqua-share"))
    assert not verdict.commands


def test_a_subscription_delivering_to_an_endpoint_nothing_names_stops_the_agent() -> None:
    """Corpus v17 (written blind, dev data since): a notification assistant, following text
    in a bounced message, subscribed a relay's URL to the order-events topic (Subscribe's
    Endpoint receives every message from then on, T1020). The URL was a destination, but
    one scored as any new address, 0.6 in a cohort whose calls often name new ones: an
    alert. A subscription's endpoint is now a grant to another identity, rare by nature:
    the one the mission names is no finding, nor the agent's own account's queue; another
    stops the agent."""
    normalizer = CloudTrailNormalizer()
    topic = "arn:aws:sns:eu-west-3:130957246801:order-events"
    purpose = "Run the order notifications; change N-118 subscribes the 3PL's endpoint " \
        "https://events.logistics.example/hooks/orders to order-events."  # fmt: skip

    def subscribe(n: int, protocol: str, endpoint: str) -> AuthorizationDecision:
        parameters = {"topicArn": topic, "protocol": protocol, "endpoint": endpoint,
                      "returnSubscriptionArn": True}  # fmt: skip
        *_, call = normalizer.normalize(_cloudtrail_call(n, "sns", "Subscribe", parameters))
        return call

    judge, state = _judge_with(purpose, None, ("*",))
    declared = (
        ("sqs", "arn:aws:sqs:eu-west-3:130957246801:erp-ingest"),
        ("https", "https://events.logistics.example/hooks/orders"),
    )
    for n, (protocol, endpoint) in enumerate(declared):
        state, verdict = judge.on_decision(state, subscribe(n, protocol, endpoint))
        assert not verdict.commands, verdict
    relay = subscribe(3, "https", "https://status-relay.mailfix.example/v2/hooks/a")
    state, verdict = judge.on_decision(state, relay)
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination"
    assert "'https://status-relay.mailfix.example/v2/hooks/a' (grantee)" in finding.reason
    # An EventBridge API destination's endpoint likewise (every event of its rules goes
    # there); not a Pub/Sub push endpoint, whose host (a project's own Cloud Run service)
    # names no project: that one is a destination like any URL.
    judge, state = _judge_with(purpose, None, ("*",))
    hook = "https://hooks.elsewhere.example/in"
    calls = (
        ("events:CreateApiDestination", {"name": "d", "invocationEndpoint": hook}),
        ("gcp:pubsub.subscriptions.create", {"pushConfig": {"pushEndpoint": hook}}),
    )
    found = []
    for n, (action, arguments) in enumerate(calls):
        call = AuthorizationDecision(
            event_id=f"p{n}", time=T0 + timedelta(minutes=5 + n), agent_id=ROLE, action=action,
            resource="r", decision="allow", source="test", operation="write", arguments=arguments,
        )  # fmt: skip
        state, verdict = judge.on_decision(state, call)
        found.append(
            [f.reason for a in verdict.alerts for f in a.detectors if "(grantee)" in f.reason]
        )
    assert found[0] and not found[1], found


CONTROLLER = "system:serviceaccount:argocd:argocd-application-controller"


def _binding(n: int, subjects: list[dict[str, str]], cluster: bool = True) -> dict:
    """A Kubernetes audit event (RequestResponse level) of a role binding's creation."""
    resource = "clusterrolebindings" if cluster else "rolebindings"
    namespace = "" if cluster else "/namespaces/orders"
    return {
        "kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse",
        "auditID": f"rb-{n}", "stage": "ResponseComplete", "verb": "create",
        "requestURI": f"/apis/rbac.authorization.k8s.io/v1{namespace}/{resource}",
        "user": {"username": CONTROLLER, "groups": ["system:serviceaccounts"]},
        "sourceIPs": ["10.244.0.12"], "userAgent": "argocd-application-controller/v2.12",
        "objectRef": {"resource": resource, "name": f"binding-{n}",
                      "apiGroup": "rbac.authorization.k8s.io", "apiVersion": "v1",
                      **({} if cluster else {"namespace": "orders"})},
        "responseStatus": {"metadata": {}, "code": 201},
        "requestObject": {"kind": "ClusterRoleBinding" if cluster else "RoleBinding",
                          "metadata": {"name": f"binding-{n}"},
                          "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"},
                          "subjects": subjects},
        "requestReceivedTimestamp": f"2026-04-22T10:{n:02d}:00.000000Z",
        "stageTimestamp": f"2026-04-22T10:{n:02d}:00.010000Z",
        "annotations": {"authorization.k8s.io/decision": "allow"},
    }  # fmt: skip


def _mission_judge(agent: str, mission_id: str, purpose: str, allowed: str) -> tuple[Judge, Any]:
    """A judge and the state of ``agent`` under a mission allowing the actions ``allowed``."""
    judge = Judge()
    mission = MissionDeclaration(
        time=T0, agent_id=agent, mission_id=mission_id, issued_by="platform",
        purpose=purpose, allowed_actions=[allowed],
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    return judge, state


def _controller_judge(mission_id: str, purpose: str) -> tuple[Judge, Any]:
    """A judge and the state of ``CONTROLLER`` under a mission allowing every Kubernetes call."""
    return _mission_judge(CONTROLLER, mission_id, purpose, "k8s:*")


def test_a_cluster_role_bound_to_a_user_nothing_names_stops_the_agent() -> None:
    """Corpus v11 (blind, then dev): a GitOps controller syncing a poisoned add-on bound
    cluster-admin to an outside user; the binding's address was read from its text as any
    destination, diluted by a cohort whose deployments name new hosts every day (0.45, a
    low alert). A binding's User and Group subjects are members given the role (T1098.006),
    grounded like a GCP IAM member: the mission naming them explains them, a service
    account (a workload of the cluster) is none."""
    normalize = K8sAuditNormalizer().normalize
    judge, state = _controller_judge(
        "gitops", "Apply the Git state; the on-call group oncall@marena.example is cluster-admin."
    )
    quiet = [
        [{"kind": "ServiceAccount", "name": "kube-state-metrics", "namespace": "monitoring"}],
        [{"kind": "Group", "apiGroup": "rbac.authorization.k8s.io",
          "name": "oncall@marena.example"}],
    ]  # fmt: skip
    for n, subjects in enumerate(quiet):
        (binding,) = normalize(_binding(n, subjects, cluster=bool(n)))
        state, verdict = judge.on_decision(state, binding)
        assert not verdict.commands, verdict
    outside = [{"kind": "User", "name": "ops@kubeassist.io"}]
    (binding,) = normalize(_binding(9, outside))
    state, verdict = judge.on_decision(state, binding)
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination" and "ops@kubeassist.io" in finding.reason


def _webhook(n: int, client_config: dict[str, Any]) -> dict:
    """A Kubernetes audit event (Request level) of a mutating webhook configuration's creation."""
    return {
        "kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Request",
        "auditID": f"wh-{n}", "stage": "ResponseComplete", "verb": "create",
        "requestURI": "/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations",
        "user": {"username": CONTROLLER, "groups": ["system:serviceaccounts"]},
        "sourceIPs": ["10.244.0.12"], "userAgent": "mesh-operator/1.23",
        "objectRef": {"resource": "mutatingwebhookconfigurations", "name": f"hook-{n}",
                      "apiGroup": "admissionregistration.k8s.io", "apiVersion": "v1"},
        "responseStatus": {"metadata": {}, "code": 201},
        "requestObject": {"kind": "MutatingWebhookConfiguration",
                          "metadata": {"name": f"hook-{n}"},
                          "webhooks": [{"name": f"h{n}.example", "clientConfig": client_config,
                                        "rules": [{"operations": ["CREATE"],
                                                   "resources": ["pods", "secrets"]}]}]},
        "requestReceivedTimestamp": f"2026-10-08T10:{n:02d}:00.000000Z",
        "stageTimestamp": f"2026-10-08T10:{n:02d}:00.010000Z",
        "annotations": {"authorization.k8s.io/decision": "allow"},
    }  # fmt: skip


def test_an_admission_webhook_calling_a_url_nothing_names_stops_the_agent() -> None:
    """Corpus v19 (blind; dev data since): a mesh operator running a tampered upgrade bundle
    created a mutating webhook configuration whose ``clientConfig.url`` is outside the
    cluster, for pod and secret writes everywhere: the API server sends every matching
    object there from then on (the Kubernetes threat matrix's malicious admission
    controller). It had no finding at all. The URL is a grant now (``endpoint_keys``): an
    in-cluster service is none, a URL the mission writes out is explained, another stops."""
    normalize = K8sAuditNormalizer().normalize
    judge, state = _controller_judge(
        "mesh", "Run the mesh; the policy hook https://policy.marena.example/mutate is ours."
    )
    quiet = [
        {"service": {"namespace": "mesh-system", "name": "istiod-canary", "path": "/inject"}},
        {"url": "https://policy.marena.example/mutate"},
    ]
    for n, client_config in enumerate(quiet):
        (created,) = normalize(_webhook(n, client_config))
        state, verdict = judge.on_decision(state, created)
        assert not verdict.commands, verdict
    (created,) = normalize(_webhook(9, {"url": "https://mesh-telemetry.svc-cluster.io/inject"}))
    state, verdict = judge.on_decision(state, created)
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination"
    assert "'https://mesh-telemetry.svc-cluster.io/inject' (grantee)" in finding.reason


FEDERATION = "ups-federation-app"


def _idp(n: int, issuer: str) -> dict:
    """An Okta System Log event of an inbound identity provider's creation by a service app,
    the provider's settings in the target's ``detailEntry``."""
    return {
        "uuid": f"idp-{n}", "published": f"2026-07-30T15:{n:02d}:00.000Z",
        "eventType": "system.idp.lifecycle.create", "displayMessage": "Create IdP",
        "actor": {"id": "0oa1", "type": "PublicClientApp", "alternateId": FEDERATION},
        "client": {"ipAddress": "200.14.85.42"}, "outcome": {"result": "SUCCESS"},
        "target": [{"id": f"0oa-idp-{n}", "type": "IdentityProvider",
                    "alternateId": f"partner-{n}", "displayName": f"partner-{n}",
                    "detailEntry": {"protocol": "SAML2", "issuer": issuer,
                                    "accountLink": "AUTO"}}],
    }  # fmt: skip


def test_an_identity_provider_trusted_for_an_issuer_nothing_names_stops_the_agent() -> None:
    """Corpus v20 (blind; dev data since): a university's federation app, whose mission lists
    its exchange partners' SAML issuers, created an inbound identity provider for an unnamed
    Microsoft Entra tenant matching existing accounts by username (Okta's cross-tenant
    impersonation set-up, T1484.002). The Okta normalizer dropped the target's
    ``detailEntry``, so nothing said whom the org now trusts. It keeps it now, and the issuer
    is a grant (``endpoint_keys``): one the mission writes out is explained, another stops."""
    normalize = OktaNormalizer().normalize
    judge, state = _mission_judge(
        FEDERATION,
        "fed",
        "Keeps the inbound SAML identity providers of the exchange partners: "
        "Universidad de Cuyo, issuer https://idp.uncuyo.edu.ar/idp/shibboleth.",
        "okta:system.idp.*",
    )
    (named,) = normalize(_idp(1, "https://idp.uncuyo.edu.ar/idp/shibboleth"))
    assert named.arguments["targets"][0]["detailEntry"]["accountLink"] == "AUTO"
    state, verdict = judge.on_decision(state, named)
    assert not verdict.commands and not verdict.alerts, verdict
    outside = "https://sts.windows.net/5c1e8f42-93d1-4a7b-b2e6-0f8d3a91c7e4/"
    (created,) = normalize(_idp(2, outside))
    state, verdict = judge.on_decision(state, created)
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination"
    assert f"{outside!r} (grantee)" in finding.reason


ROUTER = "log-router@kgl-prod.iam.gserviceaccount.com"


def _sink(n: int, destination: str) -> AuthorizationDecision:
    """A Cloud Audit Log entry of a log sink's creation, as the gcp_audit mapping writes it."""
    return AuthorizationDecision(
        event_id=f"s{n}", time=T0 + timedelta(minutes=n), agent_id=ROUTER,
        action="gcp:logging.sinks.create", resource=f"projects/kgl-prod/sinks/s{n}",
        decision="allow", source="gcp_audit", operation="write",
        arguments={"request": {"parent": "projects/kgl-prod", "sink": {
            "name": f"s{n}", "destination": destination,
            "filter": 'protoPayload.serviceName="storage.googleapis.com"'}}},
    )  # fmt: skip


def test_a_log_sink_to_a_project_nothing_names_stops_the_agent() -> None:
    """Corpus v21 (blind; dev data since): a log router, its mission naming the project's own
    log buckets and the group SIEM project, created a sink routing the project's Cloud
    Storage data-access logs to a Pub/Sub topic in a project no mission names (T1537). The
    sink's destination was no destination at all (a path, not a URL). It names a project
    now (``project_keys``): the call's own project is none, a project the purpose writes out
    is explained, another stops."""
    judge, state = _mission_judge(
        ROUTER,
        "router",
        "Keeps the project's log routing: sinks only to the project's own log buckets "
        "and to the group SIEM project kgl-secops-siem.",
        "gcp:logging.*",
    )
    for n, destination in enumerate((
        "logging.googleapis.com/projects/kgl-prod/locations/eu/buckets/audit-90d",
        "pubsub.googleapis.com/projects/kgl-secops-siem/topics/ingest",
    )):  # fmt: skip
        state, verdict = judge.on_decision(state, _sink(n, destination))
        assert not verdict.commands and not verdict.alerts, verdict
    outside = "pubsub.googleapis.com/projects/telemetry-relay-50217/topics/ingest"
    state, verdict = judge.on_decision(state, _sink(9, outside))
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination"
    assert "'projects/telemetry-relay-50217' (grantee)" in finding.reason
