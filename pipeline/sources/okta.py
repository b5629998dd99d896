"""Okta System Log events -> canonical decisions.

The actor acts, except in OAuth ``client_credentials`` grants where the OAuth client
(``client.id``) is the agent. ``outcome.result`` decides: SUCCESS/ALLOW allow,
FAILURE/DENY deny; CHALLENGE, SKIPPED and UNKNOWN are not final decisions and are skipped.
Field names are matched case-insensitively (some shippers lower-case them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import AuthorizationDecision
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    get_path,
    parse_time,
    text,
)

__all__ = ["OktaConfig", "OktaNormalizer"]

SOURCE = "okta"
_ALLOW = {"SUCCESS", "ALLOW"}
_DENY = {"FAILURE", "DENY"}


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
        )
        return [decision]
