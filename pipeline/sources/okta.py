"""Okta System Log events -> canonical decisions.

The actor acts, except in OAuth ``client_credentials`` grants where the OAuth client
(``client.id``) is the agent. ``outcome.result`` decides: SUCCESS/ALLOW allow,
FAILURE/DENY deny; CHALLENGE, SKIPPED and UNKNOWN are not final decisions and are skipped.
Field names are matched case-insensitively (some shippers lower-case them).

Semantics (issue 17): ``operation`` from the event type (Okta's ``domain.object.action``
names, classified by ordered globs, ``OktaConfig.operation_classes``), the target is the
first of ``target[]`` (``okta:<type>``, named by its ``alternateId``), and ``arguments``
keep every target (type, id, alternateId, displayName, and its ``detailEntry`` when one is
given: https://developer.okta.com/docs/reference/api/system-log/#target-object) and the
debug data.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision, Operation, Target
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    get_path,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments

__all__ = ["OktaConfig", "OktaNormalizer"]

SOURCE = "okta"
_ALLOW = {"SUCCESS", "ALLOW"}
_DENY = {"FAILURE", "DENY"}
# Okta event types (developer.okta.com/docs/reference/api/event-types/) name
# domain.object.action; the first glob that matches classifies (docs/sources.md).
OKTA_OPERATION_CLASSES: dict[str, Operation] = {
    # Signing in and getting tokens.
    "user.session.start": "authenticate",
    "user.authentication.*": "authenticate",
    "policy.evaluate_sign_on": "authenticate",
    "app.oauth2.token.grant*": "authenticate",
    "app.oauth2.as.token.grant*": "authenticate",
    "app.oauth2.authorize*": "authenticate",
    "app.oauth2.as.authorize*": "authenticate",
    "user.session.impersonation.initiate": "authenticate",
    # Changing who may do what: admin roles, group and app memberships, impersonation.
    "*.privilege.grant": "permissions",
    "*.privilege.revoke": "permissions",
    "*.user_membership.add": "permissions",
    "*.user_membership.remove": "permissions",
    "group.application_assignment.*": "permissions",
    "user.session.impersonation.grant": "permissions",
    "user.session.impersonation.revoke": "permissions",
    "iam.role.*": "permissions",
    "iam.resourceset.*": "permissions",
    "app.oauth2.as.consent.grant": "permissions",
    "app.oauth2.as.consent.revoke": "permissions",
    # Reading: reveal a password, read a resource.
    "*.show_password": "read",
    "*.read": "read",
    "*.list": "list",
    # Changing and deleting things.
    "*.delete": "delete",
    "*.lifecycle.delete": "delete",
    "*.create": "write",
    "*.update": "write",
    "*.revoke": "write",
    "*.lifecycle.*": "write",
    "user.account.reset_password": "write",
    "user.account.update_password": "write",
    "user.mfa.factor.*": "write",
    "system.mfa.factor.*": "write",
}


class OktaConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    watch_humans: bool = False
    human_actor_types: tuple[str, ...] = ("User",)
    # Actor types that are software acting for itself.
    agent_actor_types: tuple[str, ...] = (
        "PublicClientApp",
        "AppInstance",
        "Client",
        "ServicePrincipal",
        "ApiToken",
    )
    # (event-type glob, operation class) pairs, first match wins; no match: no class.
    operation_classes: tuple[tuple[str, Operation], ...] = tuple(OKTA_OPERATION_CLASSES.items())


class OktaNormalizer:
    name = SOURCE

    def __init__(self, config: OktaConfig | None = None) -> None:
        self.config = config or OktaConfig()

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        def get(path: str) -> Any:
            return get_path(obj, path, ignore_case=True)

        cfg = self.config
        grant = text(get("debugContext.debugData.grantType"))
        client_id = text(get("client.id"))
        actor_type = text(get("actor.type"))
        agent_id: str | None
        if grant == "client_credentials" and client_id:
            agent_id, human, agent_kind = client_id, False, "oauth_client"
        else:
            if get("actor") is None:
                raise NormalizationError(SOURCE, "actor", "missing")
            agent_id = text(get("actor.alternateId")) or text(get("actor.id"))
            if agent_id is None:
                raise NormalizationError(SOURCE, "actor.id", "missing")
            if actor_type in cfg.human_actor_types:
                human, agent_kind = True, "user"
            elif actor_type in cfg.agent_actor_types:
                human, agent_kind = False, actor_type
            else:
                # Okta itself (SystemPrincipal) or an address: not an identity with a mission.
                return []
        if human and not cfg.watch_humans:
            return []
        event_type = text(get("eventType"))
        if event_type is None:
            raise NormalizationError(SOURCE, "eventType", "missing")
        result = (text(get("outcome.result")) or "").upper()
        if not result:
            raise NormalizationError(SOURCE, "outcome.result", "missing")
        if result not in _ALLOW | _DENY:
            return []
        uuid = text(get("uuid"))
        target = get("target")
        first = target[0] if isinstance(target, list) and target else {}
        first = first if isinstance(first, Mapping) else {}
        resource = text(first.get("alternateId")) or text(first.get("id")) or "*"
        decision = AuthorizationDecision(
            event_id=uuid or derived_event_id(SOURCE, obj),
            time=parse_time(get("published"), SOURCE, "published"),
            agent_id=agent_id,
            credential_id=text(get("transaction.detail.requestApiTokenId")),
            session_id=text(get("authenticationContext.externalSessionId")),
            action=f"okta:{event_type}",
            resource=resource[:4096],
            decision="allow" if result in _ALLOW else "deny",
            source=SOURCE,
            source_ip=text(get("client.ipAddress")),
            attributes=attributes(
                human=human,
                actor_type=actor_type,
                agent_kind=agent_kind,
                actor_id=text(get("actor.id")),
                user_agent=text(get("client.userAgent.rawUserAgent")),
                outcome_reason=text(get("outcome.reason")),
                target_type=text(first.get("type")),
                target_count=len(target) if isinstance(target, list) else None,
                grant_type=grant,
                severity=text(get("severity")),
                event_id_derived=None if uuid else True,
            ),
            operation=okta_operation(event_type, cfg.operation_classes),
            target=_target(first),
            arguments=_arguments(target, get("debugContext.debugData")),
        )
        return [decision]


def okta_operation(
    event_type: str,
    classes: tuple[tuple[str, Operation], ...] = tuple(OKTA_OPERATION_CLASSES.items()),
) -> Operation | None:
    """
    >>> okta_operation("user.session.start"), okta_operation("group.privilege.grant")
    ('authenticate', 'permissions')
    >>> okta_operation("application.user_membership.show_password")
    'read'
    >>> okta_operation("system.org.rate_limit.warning") is None
    True
    """
    for pattern, operation in classes:
        if fnmatch.fnmatchcase(event_type, pattern):
            return operation
    return None


_TARGET_KEYS = ("type", "id", "alternateId", "displayName")
#: The target's further details (Okta's LogTarget ``detailEntry``: an identity provider's
#: issuer and account-linking policy, an authenticator's method), kept when an object.
_DETAIL = "detailEntry"


def _target(first: Mapping[str, Any]) -> Target | None:
    kind = text(first.get("type"))
    name = text(first.get("alternateId")) or text(first.get("id"))
    if kind is None and name is None:
        return None
    return Target(type=f"okta:{kind}"[:256] if kind else None, name=name[:2048] if name else None)


def _arguments(targets: Any, debug: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    if isinstance(targets, list):
        arguments["targets"] = [
            {
                **{k: t.get(k) for k in _TARGET_KEYS if t.get(k) is not None},
                **({_DETAIL: dict(t[_DETAIL])} if isinstance(t.get(_DETAIL), Mapping) else {}),
            }
            for t in targets
            if isinstance(t, Mapping)
        ]
    if isinstance(debug, Mapping) and debug:
        arguments["debug_data"] = dict(debug)
    return bounded_arguments(arguments) if arguments else {}
