"""A revocation command as Shared Signals (SSF 1.0) / CAEP Security Event Tokens (RFC 8417).

One admitted ``revoke`` or ``suspend`` command becomes:

- one ``session-revoked`` SET for the agent, and
- one ``credential-change`` SET (``change_type`` ``revoke``) per credential id in it.

Other actions (``throttle``, ``step_up``, ``reinstate``) have no CAEP counterpart that a
receiver would act on the same way, and yield none. Each SET is a JWT signed with the
control protocol's Ed25519 key (JWS ``alg`` ``EdDSA``, ``kid`` header, ``typ``
``secevent+jwt``) by PyJWT. Claims: ``iss``, ``aud``, ``iat`` (when the SET was made),
``jti`` (a hash of command id, event type and credential: a redelivered command yields the
same ``jti``, so receivers dedupe), ``txn`` (the command id: the SETs of one command share
it), ``sub_id`` (SSF opaque subject: the agent id) and ``events`` with ``event_timestamp``
(the command's event time, seconds), ``initiating_entity`` ``policy`` and ``reason_admin``.
CAEP has no subject format for a credential: a credential-change names its credential in
``friendly_name``.

Building is pure (the caller passes ``issued_at``); verifying is for receivers and tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from missionguard.pipeline.control.keys import KeyRing, SigningKey, b64url
from missionguard.pipeline.records import RevocationCommand, stable_id

__all__ = [
    "CREDENTIAL_CHANGE",
    "JWS_ALG",
    "SESSION_REVOKED",
    "SET_MEDIA_TYPE",
    "SET_TYP",
    "SecurityEventToken",
    "jwks",
    "security_event_tokens",
    "set_claims",
    "verify_set",
]

CAEP_EVENT_TYPES = "https://schemas.openid.net/secevent/caep/event-type/"
SESSION_REVOKED = CAEP_EVENT_TYPES + "session-revoked"
CREDENTIAL_CHANGE = CAEP_EVENT_TYPES + "credential-change"
SET_TYP = "secevent+jwt"
SET_MEDIA_TYPE = "application/secevent+jwt"
JWS_ALG = "EdDSA"
SIGNALLED_ACTIONS = frozenset({"revoke", "suspend"})


@dataclass(frozen=True, slots=True)
class SecurityEventToken:
    """One signed SET and what it is about."""

    jti: str
    event_type: str
    agent_id: str
    credential_id: str | None
    command_id: str
    claims: dict[str, Any]
    token: str


def _seconds(at: datetime) -> int:
    return int(at.timestamp())


def set_claims(
    command: RevocationCommand,
    *,
    issuer: str,
    audience: str,
    issued_at: datetime,
    credential_type: str = "api-key",
) -> list[dict[str, Any]]:
    """The claims of the SETs of ``command`` (none unless it revokes or suspends).

    >>> from datetime import datetime, UTC
    >>> cmd = RevocationCommand(command_id="c1", time=datetime(2026, 1, 1, tzinfo=UTC),
    ...     agent_id="bot", credential_ids=["key-1"], action="revoke", reason="off mission")
    >>> claims = set_claims(cmd, issuer="mg", audience="rx", issued_at=cmd.time)
    >>> [next(iter(c["events"])).rsplit("/", 1)[1] for c in claims]
    ['session-revoked', 'credential-change']
    >>> claims[1]["events"][CREDENTIAL_CHANGE]["change_type"], claims[0]["sub_id"]["id"]
    ('revoke', 'bot')
    """
    if command.action not in SIGNALLED_ACTIONS:
        return []
    common = {
        "event_timestamp": _seconds(command.time),
        "initiating_entity": "policy",
        "reason_admin": {"en": command.reason},
    }
    events: list[tuple[str, str | None, dict[str, Any]]] = [(SESSION_REVOKED, None, common)]
    for credential in command.credential_ids:
        payload = {
            "credential_type": credential_type,
            "change_type": "revoke",
            "friendly_name": credential,
            **common,
        }
        events.append((CREDENTIAL_CHANGE, credential, payload))
    return [
        {
            "iss": issuer,
            "aud": audience,
            "iat": _seconds(issued_at),
            "jti": stable_id("ssf-set", command.command_id, event_type, credential or ""),
            "txn": command.command_id,
            "sub_id": {"format": "opaque", "id": command.agent_id},
            "events": {event_type: payload},
        }
        for event_type, credential, payload in events
    ]


def security_event_tokens(
    command: RevocationCommand,
    key: SigningKey,
    *,
    issuer: str,
    audience: str,
    issued_at: datetime,
    credential_type: str = "api-key",
) -> list[SecurityEventToken]:
    """The signed SETs of ``command`` (see :func:`set_claims`)."""
    headers = {"kid": key.kid, "typ": SET_TYP}
    out = []
    for claims in set_claims(
        command,
        issuer=issuer,
        audience=audience,
        issued_at=issued_at,
        credential_type=credential_type,
    ):
        ((event_type, payload),) = claims["events"].items()
        token = jwt.encode(claims, key.private_key, algorithm=JWS_ALG, headers=headers)
        out.append(
            SecurityEventToken(
                jti=claims["jti"],
                event_type=event_type,
                agent_id=command.agent_id,
                credential_id=payload.get("friendly_name"),
                command_id=command.command_id,
                claims=claims,
                token=token,
            )
        )
    return out


def verify_set(
    token: str,
    keys: Mapping[str, Ed25519PublicKey],
    *,
    audience: str,
    issuer: str,
) -> dict[str, Any]:
    """The claims of a SET whose signature, ``typ``, ``iss`` and ``aud`` check out; raises a
    ``jwt.InvalidTokenError`` otherwise (what an SSF receiver does before trusting one)."""
    header = jwt.get_unverified_header(token)
    if header.get("typ") != SET_TYP:
        raise jwt.InvalidTokenError(f"typ {header.get('typ')!r} is not {SET_TYP}")
    key = keys.get(str(header.get("kid")))
    if key is None:
        raise jwt.InvalidTokenError(f"unknown kid {header.get('kid')!r}")
    claims: dict[str, Any] = jwt.decode(
        token,
        key,
        algorithms=[JWS_ALG],
        audience=audience,
        issuer=issuer,
        options={"require": ["iss", "aud", "iat", "jti"]},
    )
    if not isinstance(claims.get("events"), dict) or not claims["events"]:
        raise jwt.InvalidTokenError("no events claim")
    return claims


def jwks(ring: KeyRing) -> dict[str, Any]:
    """The trusted control keys as a JWK Set (RFC 8037 OKP keys), for SSF receivers."""
    from cryptography.hazmat.primitives import serialization

    keys = []
    for kid, trusted in sorted(ring.keys.items()):
        raw = trusted.public_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        keys.append(
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": b64url(raw),
                "kid": kid,
                "alg": JWS_ALG,
                "use": "sig",
            }
        )
    return {"keys": keys}
