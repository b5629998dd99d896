from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from missionguard.pipeline.sources import CloudTrailConfig, CloudTrailNormalizer, NormalizationError
from missionguard.pipeline.sources.cloudtrail import iam_action

ATTACKER = (
    "arn:aws:sts::123456789123:assumed-role/MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0"
    "/i-0317f6c6b66ae9c40"
)


def _otrf(files: Path) -> list[dict[str, Any]]:
    path = files / "cloudtrail/otrf_ec2_proxy_s3_exfiltration.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def _by_id(files: Path, event_id: str) -> dict[str, Any]:
    return next(e for e in _otrf(files) if e["eventID"] == event_id)


def test_stolen_role_session_get_object(files: Path) -> None:
    [d] = CloudTrailNormalizer().normalize(_by_id(files, "771299cb-e200-4926-9604-c85358b30499"))
    assert d.agent_id == ATTACKER
    assert d.credential_id == "ASIA5FLZVX4OPVKKVBMX"
    assert d.session_id == "AROA5FLZVX4OAMSW6BCRH:i-0317f6c6b66ae9c40@2020-09-14T00:48:30Z"
    assert d.action == "s3:GetObject"
    assert d.resource == "arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a/ring.txt"
    assert d.decision == "allow" and d.source_ip == "1.2.3.4"
    assert d.time.isoformat() == "2020-09-14T01:02:34+00:00"
    assert d.attributes["user_agent"].startswith("[aws-cli/1.18.136")
    assert d.attributes["event_source"] == "s3.amazonaws.com"
    assert d.attributes["read_only"] is True and d.attributes["human"] is False


def test_list_calls_use_iam_action_names(files: Path) -> None:
    [listing] = CloudTrailNormalizer().normalize(
        _by_id(files, "bf575a0c-c344-4302-a468-00e6a84a127a")
    )
    assert listing.action == "s3:ListBucket"
    assert listing.resource == "arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a"
    [buckets] = CloudTrailNormalizer().normalize(
        _by_id(files, "19d32cc1-edab-4b96-9a11-2cd7794b2527")
    )
    assert (buckets.action, buckets.resource) == ("s3:ListAllMyBuckets", "*")
    raw = CloudTrailConfig(iam_style_actions=False)
    [plain] = CloudTrailNormalizer(raw).normalize(
        _by_id(files, "19d32cc1-edab-4b96-9a11-2cd7794b2527")
    )
    assert plain.action == "s3.amazonaws.com:ListBuckets"


def test_console_user_is_a_person_skipped_unless_watched(files: Path) -> None:
    pedro = next(e for e in _otrf(files) if e["userIdentity"].get("userName") == "pedro")
    assert CloudTrailNormalizer().normalize(pedro) == []
    [d] = CloudTrailNormalizer(CloudTrailConfig(watch_humans=True)).normalize(pedro)
    assert d.agent_id == "arn:aws:iam::123456789123:user/pedro" and d.attributes["human"] is True


def test_aws_service_acts_as_invoked_by(files: Path) -> None:
    event = next(e for e in _otrf(files) if e["userIdentity"]["type"] == "AWSService")
    [d] = CloudTrailNormalizer().normalize(event)
    assert d.agent_id == "ec2.amazonaws.com" and d.action == "sts:AssumeRole"
    assert d.resource.startswith("arn:aws:iam::123456789123:role/")


def test_role_mode_uses_the_role_arn(files: Path) -> None:
    config = CloudTrailConfig(assumed_role_agent="role")
    [d] = CloudTrailNormalizer(config).normalize(
        _by_id(files, "771299cb-e200-4926-9604-c85358b30499")
    )
    assert (
        d.agent_id == "arn:aws:iam::123456789123:role/MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0"
    )


def _event(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "eventID": "e1",
        "eventTime": "2026-01-01 10:00:00Z",
        "eventSource": "ec2.amazonaws.com",
        "eventName": "DescribeInstances",
        "eventType": "AwsApiCall",
        "awsRegion": "eu-west-1",
        "recipientAccountId": "111122223333",
        "userIdentity": {
            "type": "IAMUser",
            "arn": "arn:aws:iam::111122223333:user/ci-deployer",
            "accessKeyId": "AKIAEXAMPLE",
        },
    }
    event.update(changes)
    return event


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("AccessDenied", "deny"),
        ("Client.UnauthorizedOperation", "deny"),
        ("UnauthorizedOperation", "deny"),
        ("AccessDeniedException", "deny"),
        ("VpceAccessDenied", "deny"),
        ("ExpiredToken", "deny"),
        ("NoSuchEntity", "allow"),
        ("ValidationError", "allow"),
        (None, "allow"),
    ],
)
def test_error_codes(code: str | None, expected: str) -> None:
    [d] = CloudTrailNormalizer().normalize(_event(errorCode=code))
    assert d.decision == expected


def test_long_term_key_user_is_an_agent_and_console_user_is_not() -> None:
    [d] = CloudTrailNormalizer().normalize(_event())
    assert d.agent_id.endswith("user/ci-deployer") and d.attributes["human"] is False
    console = _event(userAgent="console.ec2.amazonaws.com")
    assert CloudTrailNormalizer().normalize(console) == []
    temp = _event(
        userIdentity={"type": "IAMUser", "arn": "arn:aws:iam::1:user/x", "accessKeyId": "ASIAX"}
    )
    assert CloudTrailNormalizer().normalize(temp) == []


def test_sso_role_sessions_and_root_are_people() -> None:
    sso = {
        "type": "AssumedRole",
        "arn": "arn:aws:sts::1:assumed-role/AWSReservedSSO_Admin_0123/alice@example.com",
    }
    assert CloudTrailNormalizer().normalize(_event(userIdentity=sso)) == []
    root = {"type": "Root", "arn": "arn:aws:iam::1:root"}
    assert CloudTrailNormalizer().normalize(_event(userIdentity=root)) == []


def test_resource_from_request_parameters() -> None:
    normalizer = CloudTrailNormalizer()
    put = _event(
        eventSource="s3.amazonaws.com",
        eventName="PutObject",
        requestParameters='{"bucketName": "b", "key": "k/1"}',  # stringified by a shipper
    )
    assert normalizer.normalize(put)[0].resource == "arn:aws:s3:::b/k/1"
    user = _event(
        eventSource="iam.amazonaws.com",
        eventName="CreateAccessKey",
        requestParameters={"userName": "admin"},
    )
    assert normalizer.normalize(user)[0].resource == "arn:aws:iam::111122223333:user/admin"
    run = _event(requestParameters={"instancesSet": {"items": [{"instanceId": "i-1"}]}})
    assert (
        normalizer.normalize(run)[0].resource == "arn:aws:ec2:eu-west-1:111122223333:instance/i-1"
    )


def test_service_events_are_skipped_and_missing_fields_named() -> None:
    assert CloudTrailNormalizer().normalize(_event(eventType="AwsServiceEvent")) == []
    with pytest.raises(NormalizationError, match="eventName"):
        CloudTrailNormalizer().normalize(_event(eventName=None))
    with pytest.raises(NormalizationError, match="eventTime"):
        CloudTrailNormalizer().normalize(_event(eventTime="yesterday"))


def test_missing_event_id_gets_a_stable_derived_id() -> None:
    first = CloudTrailNormalizer().normalize(_event(eventID=None))[0]
    again = CloudTrailNormalizer().normalize(_event(eventID=None))[0]
    assert first.event_id == again.event_id and first.attributes["event_id_derived"] is True


def test_console_login_failure_is_a_deny() -> None:
    event = _event(
        eventSource="signin.amazonaws.com",
        eventName="ConsoleLogin",
        responseElements={"ConsoleLogin": "Failure"},
    )
    [d] = CloudTrailNormalizer(CloudTrailConfig(watch_humans=True)).normalize(event)
    assert d.decision == "deny" and d.action == "signin:ConsoleLogin"


def test_iam_prefixes() -> None:
    assert iam_action("monitoring.amazonaws.com", "GetMetricData") == "cloudwatch:GetMetricData"
    assert iam_action("s3.amazonaws.com", "HeadObject") == "s3:GetObject"
    assert iam_action("sts.amazonaws.com", "GetCallerIdentity") == "sts:GetCallerIdentity"


def test_a_resource_named_by_an_identifier_is_its_published_arn() -> None:
    # Most management events name their resource by identifier in requestParameters (a DB
    # instance, an instance, a snapshot), not in resources[]: the ARN is built from the
    # format AWS publishes for the action's resource type. Before: "*" (account-wide) for
    # 195 of the 670 real-format events in tests/files/cloudtrail, now 84 (mostly rule-test
    # fixtures without requestParameters, and creations whose ids only the response has).
    normalizer = CloudTrailNormalizer()

    def resource(source: str, name: str, params: dict[str, Any]) -> str:
        event = _event(eventSource=source, eventName=name, requestParameters=params)
        return normalizer.normalize(event)[0].resource

    rds = "rds.amazonaws.com"
    assert (
        resource(rds, "DeleteDBInstance", {"dBInstanceIdentifier": "prod-mysql"})
        == "arn:aws:rds:eu-west-1:111122223333:db:prod-mysql"
    )
    assert (
        resource(rds, "DeleteDBSnapshot", {"dBSnapshotIdentifier": "nightly"})
        == "arn:aws:rds:eu-west-1:111122223333:snapshot:nightly"
    )
    cluster = "arn:aws:rds:eu-west-1:111122223333:cluster:aurora-prod"
    assert resource(rds, "StopActivityStream", {"resourceArn": cluster}) == cluster
    assert (
        resource("ec2.amazonaws.com", "GetPasswordData", {"instanceId": "i-0abc"})
        == "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc"
    )
    assert resource("s3.amazonaws.com", "ListBuckets", {}) == "*"  # acts on no resource


def test_a_mission_resource_list_holds_for_a_resource_named_by_identifier() -> None:
    # "Never weaker than the declaration" on CloudTrail: a mission that allows rds:* on its
    # dev databases only. Deleting production, named by dBInstanceIdentifier, was a call on
    # "*", which no resource list bounds: allowed without a word.
    from missionguard.models.mission import mission_violations
    from missionguard.pipeline.records import MissionDeclaration

    mission = MissionDeclaration(
        time="2026-01-01T00:00:00Z", agent_id="arn:aws:iam::111122223333:user/ci-deployer",
        mission_id="m1", purpose="maintain the dev databases", allowed_actions=["rds:*"],
        allowed_resources=["arn:aws:rds:*:*:db:dev-*"], issued_by="ops",
    )  # fmt: skip

    def rules(identifier: str) -> list[str]:
        event = _event(eventSource="rds.amazonaws.com", eventName="DeleteDBInstance",
                       requestParameters={"dBInstanceIdentifier": identifier})  # fmt: skip
        decision = CloudTrailNormalizer().normalize(event)[0]
        return [v.rule for v in mission_violations(mission, decision)]

    assert rules("prod-mysql") == ["resource_not_declared"]
    assert rules("dev-mysql") == []


def test_a_copy_is_a_read_of_its_source_and_a_write_of_the_copy() -> None:
    # CopyObject needs s3:GetObject on the object copied from and s3:PutObject on the copy;
    # CloudTrail records one event, named by the copy, with the source only in
    # x-amz-copy-source. Before: one decision on the destination, so a mission bounding
    # its agent to dev-* buckets let it copy production data into one.
    from missionguard.models.mission import mission_violations
    from missionguard.pipeline.records import MissionDeclaration

    copy = _event(
        eventSource="s3.amazonaws.com", eventName="CopyObject",
        requestParameters={"bucketName": "dev-scratch", "key": "db.dump",
                           "x-amz-copy-source": "prod-secrets/backups/db%20dump.gz"},
    )  # fmt: skip
    read, write = CloudTrailNormalizer().normalize(copy)
    assert (read.action, read.resource, read.operation) == (
        "s3:GetObject", "arn:aws:s3:::prod-secrets/backups/db dump.gz", "read",
    )  # fmt: skip
    assert (write.action, write.resource) == ("s3:PutObject", "arn:aws:s3:::dev-scratch/db.dump")
    assert read.event_id == f"{write.event_id}:copy-source"
    assert read.attributes["copy_of"] == write.event_id
    mission = MissionDeclaration(
        time="2026-01-01T00:00:00Z", agent_id=write.agent_id, mission_id="m1",
        purpose="scratch work in the dev buckets", allowed_actions=["s3:*"],
        allowed_resources=["arn:aws:s3:::dev-*"], issued_by="ops",
    )  # fmt: skip
    assert [v.rule for v in mission_violations(mission, read)] == ["resource_not_declared"]
    assert mission_violations(mission, write) == []
    # Any other call is one decision, as before.
    put = _event(eventSource="s3.amazonaws.com", eventName="PutObject",
                 requestParameters={"bucketName": "dev-scratch", "key": "k"})  # fmt: skip
    assert len(CloudTrailNormalizer().normalize(put)) == 1


def test_a_role_handed_to_a_service_is_an_iam_pass_role_decision() -> None:
    # Creating a Lambda function with a role hands the role's permissions to the function's
    # code: AWS checks iam:PassRole on the role (IAM User Guide, "Grant a user permissions to
    # pass a role to an AWS service"), CloudTrail records only CreateFunction. Before: one
    # decision, so an agent whose mission declares lambda:* but not iam:PassRole ran code
    # under an administrator role unremarked (privilege escalation through PassRole).
    from missionguard.models.mission import mission_violations
    from missionguard.pipeline.records import MissionDeclaration

    admin = "arn:aws:iam::111122223333:role/admin-role"
    create = _event(
        eventSource="lambda.amazonaws.com", eventName="CreateFunction20150331",
        requestParameters={"functionName": "f", "role": admin, "runtime": "python3.12"},
    )  # fmt: skip
    passed, call = CloudTrailNormalizer().normalize(create)
    assert (passed.action, passed.resource) == ("iam:PassRole", admin)
    assert passed.event_id == f"{call.event_id}:pass-role"
    assert passed.attributes["passed_to"] == call.event_id
    assert passed.target is not None and passed.target.type == "iam:role"
    assert call.action == "lambda:CreateFunction"
    mission = MissionDeclaration(
        time="2026-01-01T00:00:00Z", agent_id=call.agent_id, mission_id="m1",
        purpose="deploy functions", allowed_actions=["lambda:*"], issued_by="ops",
    )  # fmt: skip
    assert [v.rule for v in mission_violations(mission, passed)] == ["action_not_declared"]
    assert mission_violations(mission, call) == []
    # Two roles, two decisions; a call that takes a role away, a service-linked role, a
    # role assumed (sts) and IAM's own role management pass nothing.
    task = _event(
        eventSource="ecs.amazonaws.com", eventName="RegisterTaskDefinition",
        requestParameters={"family": "t", "taskRoleArn": admin,
                           "executionRoleArn": "arn:aws:iam::111122223333:role/exec"},
    )  # fmt: skip
    shipped = {**create, "requestParameters": json.dumps(create["requestParameters"])}
    assert [d.action for d in CloudTrailNormalizer().normalize(shipped)][0] == "iam:PassRole"
    assert [d.action for d in CloudTrailNormalizer().normalize(task)] == [
        "iam:PassRole", "iam:PassRole", "ecs:RegisterTaskDefinition",
    ]  # fmt: skip
    for source, name, parameters in [
        ("rds.amazonaws.com", "RemoveRoleFromDBInstance",
         {"dBInstanceIdentifier": "db", "roleArn": admin}),
        ("rds.amazonaws.com", "AddRoleToDBInstance", {"dBInstanceIdentifier": "db",
         "roleArn": "arn:aws:iam::111122223333:role/aws-service-role/rds.amazonaws.com/x"}),
        ("sts.amazonaws.com", "AssumeRole", {"roleArn": admin, "roleSessionName": "s"}),
        ("iam.amazonaws.com", "AttachRolePolicy", {"roleName": "admin-role",
         "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}),
    ]:  # fmt: skip
        event = _event(eventSource=source, eventName=name, requestParameters=parameters)
        assert len(CloudTrailNormalizer().normalize(event)) == 1, name


def test_resources_named_in_a_wrapper_in_the_response_or_by_the_caller() -> None:
    # Three ways a CloudTrail event names its resource besides the request's top level, each
    # judged as an account-wide call before (no mission's allowed_resources bounds "*").
    def resource(**changes: Any) -> str:
        return CloudTrailNormalizer().normalize(_event(**changes))[-1].resource

    # EC2's newer actions wrap their parameters in one object.
    wrapped = resource(eventName="DeleteTrafficMirrorTarget", requestParameters={
        "DeleteTrafficMirrorTargetRequest": {"TrafficMirrorTargetId": "tmt-0a1"}})  # fmt: skip
    assert wrapped == "arn:aws:ec2:eu-west-1:111122223333:traffic-mirror-target/tmt-0a1"
    # A creation: the new resource's id is only in the response.
    vpc = resource(eventName="CreateVpc", requestParameters={"cidrBlock": "10.0.0.0/16"},
                   responseElements={"vpc": {"vpcId": "vpc-0b2", "state": "pending"}})  # fmt: skip
    assert vpc == "arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0b2"
    # IAM's user actions without a user name act on the caller.
    key = resource(eventSource="iam.amazonaws.com", eventName="CreateAccessKey",
                   requestParameters={})  # fmt: skip
    assert key == "arn:aws:iam::111122223333:user/ci-deployer"
    named = resource(eventSource="iam.amazonaws.com", eventName="CreateAccessKey",
                     requestParameters={"userName": "admin"})  # fmt: skip
    assert named == "arn:aws:iam::111122223333:user/admin"
    # EC2 logs a list of one string as {"content": ..., "tag": 1}.
    flow = resource(eventName="DeleteFlowLogs", requestParameters={"DeleteFlowLogsRequest": {
        "FlowLogId": {"content": "fl-0ef6", "tag": 1}}})  # fmt: skip
    assert flow == "arn:aws:ec2:eu-west-1:111122223333:vpc-flow-log/fl-0ef6"
    # A parameter named after the resource type, where the ARN format's placeholder is
    # not (network-acl's ${NaclId}, an RDS cluster's ${DbClusterInstanceName}).
    acl = resource(eventName="CreateNetworkAclEntry",
                   requestParameters={"networkAclId": "acl-5fb85d36", "egress": True})  # fmt: skip
    assert acl == "arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-5fb85d36"
    failover = resource(eventSource="rds.amazonaws.com", eventName="FailoverDBCluster",
                        requestParameters={"dBClusterIdentifier": "aurora-prod"})  # fmt: skip
    assert failover == "arn:aws:rds:eu-west-1:111122223333:cluster:aurora-prod"


def test_a_bedrock_model_is_the_resource_of_its_invocation() -> None:
    # A model is named by its id only (modelId), which fills no placeholder of Bedrock's ARN
    # formats (${ResourceId}): the call was account-wide, and a mission allowing its agent
    # one model let it invoke any (LLMjacking on an agent's key). A foundation model's id is
    # provider.model; an inference profile's adds a region-group prefix (Bedrock user guide,
    # "Supported Regions and models for inference profiles").
    from missionguard.models.mission import mission_violations
    from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration

    def invoke(model: str) -> AuthorizationDecision:
        event = _event(eventSource="bedrock.amazonaws.com", eventName="InvokeModel",
                       requestParameters={"modelId": model})  # fmt: skip
        return CloudTrailNormalizer().normalize(event)[0]

    haiku = invoke("anthropic.claude-3-haiku-20240307-v1:0")
    assert haiku.resource == (
        "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"
    )
    profile = invoke("us.anthropic.claude-3-5-sonnet-20240620-v1:0")
    assert profile.resource == (
        "arn:aws:bedrock:eu-west-1:111122223333:inference-profile/"
        "us.anthropic.claude-3-5-sonnet-20240620-v1:0"
    )
    arn = "arn:aws:bedrock:eu-west-1:111122223333:provisioned-model/abc123"
    assert invoke(arn).resource == arn
    mission = MissionDeclaration(
        time="2026-01-01T00:00:00Z", agent_id=haiku.agent_id, mission_id="m1",
        purpose="summarise tickets", allowed_actions=["bedrock:InvokeModel"],
        allowed_resources=["arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-*"],
        issued_by="ops",
    )  # fmt: skip
    assert mission_violations(mission, haiku) == []
    opus = invoke("anthropic.claude-3-opus-20240229-v1:0")
    assert [v.rule for v in mission_violations(mission, opus)] == ["resource_not_declared"]


def test_a_call_that_needs_a_resource_the_record_leaves_out_is_judged_as_any_such_resource() -> (
    None
):
    # KMS Decrypt names no key for a symmetric ciphertext (the key is inside the blob), a
    # shipper may drop requestParameters, and any request form not read here names
    # nothing: such a call passed as account-wide ("*"), outside every resource list.
    # AWS marks the key required for Decrypt: it is "some key of this account" now, and a
    # resource list judges it as IAM would a request for any key.
    from missionguard.models.mission import mission_violations
    from missionguard.pipeline.records import MissionDeclaration

    decrypt = CloudTrailNormalizer().normalize(
        _event(
            eventSource="kms.amazonaws.com",
            eventName="Decrypt",
            requestParameters={"encryptionAlgorithm": "SYMMETRIC_DEFAULT"},
        )  # fmt: skip
    )[0]
    assert decrypt.resource == "arn:aws:kms:eu-west-1:111122223333:key/${KeyId}"
    assert decrypt.target is not None
    assert (decrypt.target.type, decrypt.target.name) == ("kms:key", None)

    def mission(*resources: str) -> MissionDeclaration:
        return MissionDeclaration(
            time="2026-01-01T00:00:00Z", agent_id=decrypt.agent_id, mission_id="m1",
            purpose="decrypt invoices", allowed_actions=["kms:Decrypt"],
            allowed_resources=list(resources), issued_by="ops",
        )  # fmt: skip

    one_key = mission("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-*")
    assert [v.rule for v in mission_violations(one_key, decrypt)] == ["resource_not_declared"]
    assert mission_violations(mission("arn:aws:kms:*"), decrypt) == []
    # What the record does name fills its place: the group's name, not its id.
    scale = CloudTrailNormalizer().normalize(
        _event(eventSource="autoscaling.amazonaws.com", eventName="SetDesiredCapacity",
               requestParameters={"autoScalingGroupName": "checkout-asg", "desiredCapacity": 16})
    )[0]  # fmt: skip
    assert scale.resource == (
        "arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:${GroupId}"
        ":autoScalingGroupName/checkout-asg"
    )
    assert mission_violations(
        mission("arn:aws:autoscaling:*:*:autoScalingGroup:*:autoScalingGroupName/checkout-*")
        .model_copy(update={"allowed_actions": ["autoscaling:SetDesiredCapacity"]}),
        scale,
    ) == []  # fmt: skip
    # A List call without names lists: account-wide, as before.
    listed = CloudTrailNormalizer().normalize(_event(requestParameters={}))[0]
    assert listed.resource == "*"


def test_the_accounts_owning_what_a_call_writes_are_kept() -> None:
    identity = {
        "type": "AssumedRole",
        "arn": "arn:aws:sts::111122223333:assumed-role/export/i-1",
        "accountId": "111122223333",
    }
    resources = [
        {"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::drop-91/in/x.parquet"},
        {"accountId": "590184372266", "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::drop-91"},
    ]
    event = _event(
        eventSource="s3.amazonaws.com", eventName="PutObject", userIdentity=identity,
        requestParameters={"bucketName": "drop-91", "key": "in/x.parquet"}, resources=resources,
    )  # fmt: skip
    [d] = CloudTrailNormalizer().normalize(event)
    assert d.attributes["resource_owner"] == "590184372266"
    # The caller's own account is no other owner.
    resources[1]["accountId"] = "111122223333"
    [d] = CloudTrailNormalizer().normalize(event)
    assert "resource_owner" not in d.attributes
