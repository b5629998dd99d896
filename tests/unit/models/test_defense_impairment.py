"""Defenses switched off (config/rules/defense-impairment.yaml, RiskyPayload's
``impaired_defenses``): audit logging stopped, threat detection disabled, a web firewall
removed, what data is recovered with (versioning, replication, its KMS key) taken away; and
public access (config/rules/public-access.yaml) where CloudTrail writes it, nested in the
request parameters. Judged on CloudTrail records as AWS writes them, through the normalizer:
the operation done is read where it differs from the permission that allowed it
(``attributes.api``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from missionguard.models.detectors.payload import RiskyPayload
from missionguard.models.features import decision_features, values_under
from missionguard.models.rules import PayloadRule
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.sources.cloudtrail import CloudTrailNormalizer

from .conftest import cloudtrail_event as _event

DETECTOR = RiskyPayload()


def _found(event: dict, mission: MissionDeclaration | None = None) -> dict:
    (decision,) = CloudTrailNormalizer().normalize(event)
    return DETECTOR.explain_one(decision_features(decision, mission, "c"))


def _mission(actions: list[str]) -> MissionDeclaration:
    return MissionDeclaration(
        time="2026-01-01T00:00:00Z", agent_id="a", mission_id="m", purpose="Keep the estate tidy",
        allowed_actions=actions, issued_by="ops",
    )  # fmt: skip


def test_cloudtrail_keeps_the_operation_done_where_the_permission_differs() -> None:
    normalize = CloudTrailNormalizer().normalize
    (replication,) = normalize(
        _event("s3.amazonaws.com", "DeleteBucketReplication", {"bucketName": "backups"})
    )
    assert replication.action == "s3:PutReplicationConfiguration"  # what a mission allows
    assert replication.attributes["api"] == "s3:DeleteBucketReplication"  # what was done
    (stop,) = normalize(_event("cloudtrail.amazonaws.com", "StopLogging", {"name": "org"}))
    assert stop.action == "cloudtrail:StopLogging" and "api" not in stop.attributes


@pytest.mark.parametrize(
    ("source", "name", "parameters"),
    [
        ("cloudtrail.amazonaws.com", "StopLogging", {"name": "org-trail"}),
        ("cloudtrail.amazonaws.com", "DeleteTrail", {"name": "org-trail"}),
        ("config.amazonaws.com", "StopConfigurationRecorder", {"configurationRecorderName": "d"}),
        ("guardduty.amazonaws.com", "DeleteDetector", {"detectorId": "12abc"}),
        ("guardduty.amazonaws.com", "UpdateDetector", {"detectorId": "12abc", "enable": False}),
        ("ec2.amazonaws.com", "DeleteFlowLogs", {"DeleteFlowLogsRequest": {"FlowLogId": "fl-1"}}),
        ("wafv2.amazonaws.com", "DisassociateWebACL", {"resourceArn": "arn:aws:elb:x"}),
        ("kms.amazonaws.com", "ScheduleKeyDeletion", {"keyId": "k-1", "pendingWindowInDays": 7}),
        ("s3.amazonaws.com", "DeleteBucketReplication", {"bucketName": "backups"}),
        ("s3.amazonaws.com", "PutBucketVersioning",
         {"bucketName": "b", "VersioningConfiguration": {"Status": "Suspended"}}),
        ("s3.amazonaws.com", "PutBucketVersioning",
         {"bucketName": "b",
          "VersioningConfiguration": {"Status": "Enabled", "MfaDelete": "Disabled"}}),
        ("cloudtrail.amazonaws.com", "PutEventSelectors",
         {"trailName": "org", "eventSelectors": [{"includeManagementEvents": False}]}),
        ("bedrock.amazonaws.com", "DeleteModelInvocationLoggingConfiguration", None),
        ("bedrock.amazonaws.com", "DeleteGuardrail", {"guardrailIdentifier": "g1"}),
        ("rds.amazonaws.com", "DeleteDBInstance",
         {"dBInstanceIdentifier": "customers", "skipFinalSnapshot": True}),
        ("macie2.amazonaws.com", "UpdateMacieSession", {"status": "PAUSED"}),
        ("organizations.amazonaws.com", "LeaveOrganization", None),
    ],
)  # fmt: skip
def test_a_defense_switched_off_is_a_high_finding(source: str, name: str, parameters: dict) -> None:
    score, reason = _found(_event(source, name, parameters))["impaired_defenses"]
    assert score == DETECTOR.defense_score == 0.9
    assert "nothing in the mission names the service" in reason


@pytest.mark.parametrize(
    ("source", "name", "parameters"),
    [
        ("cloudtrail.amazonaws.com", "StartLogging", {"name": "org-trail"}),
        ("cloudtrail.amazonaws.com", "DescribeTrails", None),
        ("guardduty.amazonaws.com", "UpdateDetector", {"detectorId": "12abc", "enable": True}),
        ("s3.amazonaws.com", "PutBucketVersioning",
         {"bucketName": "b", "VersioningConfiguration": {"Status": "Enabled"}}),
        ("s3.amazonaws.com", "PutBucketReplication", {"bucketName": "backups"}),
        ("kms.amazonaws.com", "EnableKey", {"keyId": "k-1"}),
        ("cloudtrail.amazonaws.com", "PutEventSelectors",
         {"trailName": "org", "eventSelectors": [{"includeManagementEvents": True}]}),
        ("rds.amazonaws.com", "DeleteDBInstance",  # a final snapshot keeps the data
         {"dBInstanceIdentifier": "customers", "skipFinalSnapshot": False,
          "finalDBSnapshotIdentifier": "customers-final"}),
        ("macie2.amazonaws.com", "UpdateMacieSession", {"status": "ENABLED"}),
    ],
)  # fmt: skip
def test_turning_a_defense_on_or_reading_it_is_none(source: str, name: str, parameters) -> None:
    event = _event(source, name, parameters, readOnly=name.startswith("Describe"))
    assert "impaired_defenses" not in _found(event)


def test_a_mission_that_names_the_service_explains_it_and_a_bare_wildcard_does_not() -> None:
    stop = _event("cloudtrail.amazonaws.com", "StopLogging", {"name": "org-trail"})
    score, reason = _found(stop, _mission(["cloudtrail:*"]))["impaired_defenses"]
    assert score == DETECTOR.explained_score and "names the service" in reason
    assert _found(stop, _mission(["*"]))["impaired_defenses"][0] == DETECTOR.defense_score


def test_the_block_public_access_removed_is_read_from_the_operation_done() -> None:
    # Before `api`, CloudTrail's DeleteBucketPublicAccessBlock reached the detectors only as
    # s3:PutBucketPublicAccessBlock (its permission), and the public-access rule never met it.
    event = _event("s3.amazonaws.com", "DeleteBucketPublicAccessBlock", {"bucketName": "docs"})
    assert "removes the block on public access" in _found(event)["public_access"][1]
    put = _event("s3.amazonaws.com", "PutBucketPublicAccessBlock", {"bucketName": "docs"})
    assert "public_access" not in _found(put)


def test_a_setting_rule_needs_its_keys_and_values() -> None:
    with pytest.raises(ValueError, match="needs `keys`"):
        PayloadRule(
            id="x", title="t", kind="defense-setting", actions=("s3:PutBucketVersioning",),
            values=("suspended",), references=("https://example.org",),
        )  # fmt: skip
    assert values_under({"a": [{"Enable": False}, {"enable": "x"}]}, frozenset({"enable"})) == [
        "false",
        "x",
    ]


# Public access as CloudTrail writes it: the policy or the setting sits in requestParameters,
# nested, as an object or as JSON text; before 2026-12-05 the rules read top-level text only
# and never met it.

_OPEN = {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}
_OWN_ORG = {**_OPEN, "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}


@pytest.mark.parametrize(
    ("source", "name", "parameters"),
    [
        ("s3.amazonaws.com", "PutBucketPolicy",
         {"bucketName": "b", "bucketPolicy": {"Version": "2012-10-17", "Statement": [_OPEN]}}),
        ("ecr.amazonaws.com", "SetRepositoryPolicy",  # the policy as JSON text
         {"repositoryName": "r", "policyText": json.dumps({"Statement": [
             {**_OPEN, "Principal": {"AWS": ["*"]}}]})}),
        ("sqs.amazonaws.com", "SetQueueAttributes",  # one restricted statement, one open
         {"attributes": {"Policy": {"Statement": [_OWN_ORG, _OPEN]}}}),
        ("ec2.amazonaws.com", "ModifySnapshotAttribute",
         {"createVolumePermission": {"add": {"items": [{"group": "all"}]}}, "snapshotId": "s"}),
        ("ec2.amazonaws.com", "ModifyImageAttribute",
         {"launchPermission": {"add": {"items": [{"group": "all"}]}}, "imageId": "ami-1"}),
        ("rds.amazonaws.com", "ModifyDBSnapshotAttribute",
         {"dBSnapshotIdentifier": "d", "attributeName": "restore", "valuesToAdd": ["all"]}),
        ("codebuild.amazonaws.com", "UpdateProjectVisibility",
         {"projectArn": "arn:aws:codebuild:x", "projectVisibility": "PUBLIC_READ"}),
    ],
)  # fmt: skip
def test_public_access_is_read_at_any_depth(source: str, name: str, parameters: dict) -> None:
    assert _found(_event(source, name, parameters))["public_access"][0] == DETECTOR.public_score


@pytest.mark.parametrize(
    ("source", "name", "parameters"),
    [
        ("s3.amazonaws.com", "PutBucketPolicy",  # "*" fixed to the organisation: not public
         {"bucketName": "b", "bucketPolicy": {"Statement": [_OWN_ORG]}}),
        ("s3.amazonaws.com", "PutBucketPolicy",  # a service principal
         {"bucketName": "b", "bucketPolicy": {"Statement": [
             {**_OPEN, "Principal": {"Service": "cloudtrail.amazonaws.com"}}]}}),
        ("s3.amazonaws.com", "PutBucketPolicy",  # a wildcard in the condition fixes nothing:
         {"bucketName": "b", "bucketPolicy": {"Statement": [  # public, checked below
             {**_OPEN, "Condition": {"StringLike": {"aws:SourceVpce": "vpce-*"}}}]}}),
        ("ec2.amazonaws.com", "ModifySnapshotAttribute",  # one account: sharing, not public
         {"createVolumePermission": {"add": {"items": [{"userId": "111122223333"}]}}}),
        ("rds.amazonaws.com", "ModifyDBSnapshotAttribute",
         {"attributeName": "restore", "valuesToAdd": ["111122223333"]}),
        ("codebuild.amazonaws.com", "UpdateProjectVisibility", {"projectVisibility": "PRIVATE"}),
        ("kms.amazonaws.com", "PutKeyPolicy", {"policy": "not json {"}),
    ],
)  # fmt: skip
def test_restricted_or_private_is_not_public(source: str, name: str, parameters: dict) -> None:
    found = _found(_event(source, name, parameters))
    wildcard = "vpce-*" in json.dumps(parameters)
    assert ("public_access" in found) is wildcard, found


@pytest.mark.parametrize(
    ("source", "name", "parameters", "public"),
    [
        ("rds.amazonaws.com", "ModifyDBInstance",
         {"dBInstanceIdentifier": "customers", "publiclyAccessible": True}, True),
        ("rds.amazonaws.com", "ModifyDBCluster",
         {"dBClusterIdentifier": "orders", "publiclyAccessible": True}, True),
        ("rds.amazonaws.com", "RestoreDBInstanceFromDBSnapshot",
         {"dBInstanceIdentifier": "copy", "dBSnapshotIdentifier": "s", "publiclyAccessible": True},
         True),
        ("redshift.amazonaws.com", "ModifyCluster",
         {"clusterIdentifier": "dw", "publiclyAccessible": True}, True),
        ("ssm.amazonaws.com", "ModifyDocumentPermission",
         {"name": "bootstrap", "permissionType": "Share", "accountIdsToAdd": ["All"]}, True),
        ("lambda.amazonaws.com", "AddLayerVersionPermission20181031",
         {"layerName": "libs", "versionNumber": 3, "statementId": "x",
          "action": "lambda:GetLayerVersion", "principal": "*"}, True),
        ("rds.amazonaws.com", "ModifyDBInstance",
         {"dBInstanceIdentifier": "customers", "publiclyAccessible": False}, False),
        ("rds.amazonaws.com", "ModifyDBInstance",
         {"dBInstanceIdentifier": "customers", "allocatedStorage": 200}, False),
        ("ssm.amazonaws.com", "ModifyDocumentPermission",
         {"name": "bootstrap", "permissionType": "Share", "accountIdsToAdd": ["406823179551"]},
         False),
        ("lambda.amazonaws.com", "AddLayerVersionPermission20181031",
         {"layerName": "libs", "versionNumber": 3, "statementId": "x",
          "action": "lambda:GetLayerVersion", "principal": "406823179551"}, False),
    ],
)  # fmt: skip
def test_a_database_document_or_layer_opened_to_everyone_is_public_access(
    source: str, name: str, parameters: dict, public: bool
) -> None:
    """A database made reachable from the internet (AWS Security Hub's RDS.2 and
    Redshift.1), an SSM document or a Lambda layer shared with every AWS account (SSM.4):
    each opens what it holds to anyone. Before (2026-12-07), none was read. A private
    database, or a share with one account, is no public access."""
    assert ("public_access" in _found(_event(source, name, parameters))) is public


def test_a_gcp_log_sink_disabled_is_impaired_defenses() -> None:
    """Corpus v11 (blind): a log router's leaked key disabled the organisation's sink to the
    SIEM (``UpdateSink`` with ``sink.disabled: true``, as the Google Cloud audit log records
    it). Deleting a sink was in the pack; disabling one stops the same logs. Re-enabling it,
    or another change to it, is none."""

    def update(sink: dict[str, Any]) -> dict:
        decision = AuthorizationDecision(
            event_id="g1", time="2026-06-10T20:41:34Z", agent_id="log-router@secops",
            action="gcp:logging.sinks.update", resource="organizations/5839/sinks/to-siem",
            decision="allow", source="gcp_audit", operation="write",
            arguments={"method": "google.logging.v2.ConfigServiceV2.UpdateSink",
                       "request": {"sinkName": "organizations/5839/sinks/to-siem", "sink": sink}},
        )  # fmt: skip
        return DETECTOR.explain_one(decision_features(decision, None, "c"))

    assert update({"name": "to-siem", "disabled": True})["impaired_defenses"][0] == 0.9
    for sink in ({"name": "to-siem", "disabled": False}, {"name": "to-siem", "filter": "x"}):
        assert "impaired_defenses" not in update(sink)
