"""Revocation commands as CAEP Security Event Tokens: claims, JWS header, signature, jti."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.keys import SigningKey
from missionguard.pipeline.standards.ssf import (
    CREDENTIAL_CHANGE,
    SESSION_REVOKED,
    jwks,
    security_event_tokens,
    verify_set,
)

from .conftest import T0, command

ISS, AUD = "urn:missionguard:test", "https://receiver.example/ssf"


def _sets(cmd, key, at=T0 + timedelta(seconds=2)):
    return security_event_tokens(cmd, key, issuer=ISS, audience=AUD, issued_at=at)


def _header(token: str) -> dict:
    part = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def test_a_revoke_becomes_session_revoked_and_one_credential_change_per_credential(
    signing_key, ring
):
    cmd = command(creds=("cred-a", "cred-b"))
    sets = _sets(cmd, signing_key)
    assert [s.event_type for s in sets] == [SESSION_REVOKED, CREDENTIAL_CHANGE, CREDENTIAL_CHANGE]
    assert [s.credential_id for s in sets] == [None, "cred-a", "cred-b"]
    for s in sets:
        assert _header(s.token) == {"alg": "EdDSA", "kid": "kid-1", "typ": "secevent+jwt"}
        claims = verify_set(
            s.token, {"kid-1": ring.get("kid-1").public_key}, audience=AUD, issuer=ISS
        )
        assert claims == s.claims
        assert claims["sub_id"] == {"format": "opaque", "id": cmd.agent_id}
        assert claims["iat"] == int(T0.timestamp()) + 2
        assert claims["txn"] == cmd.command_id
        (event,) = claims["events"].values()
        assert event["event_timestamp"] == int(T0.timestamp())
        assert event["reason_admin"] == {"en": cmd.reason}
    change = sets[1].claims["events"][CREDENTIAL_CHANGE]
    assert (change["change_type"], change["friendly_name"]) == ("revoke", "cred-a")
    assert change["credential_type"] == "api-key"
    assert len({s.jti for s in sets}) == 3


def test_suspend_is_signalled_and_other_actions_are_not(signing_key):
    assert [s.event_type for s in _sets(command(action="suspend", creds=()), signing_key)] == [
        SESSION_REVOKED
    ]
    for action in ("throttle", "step_up", "reinstate"):
        assert _sets(command(action=action), signing_key) == []


def test_a_redelivered_command_yields_the_same_jtis(signing_key):
    first = _sets(command(), signing_key, at=T0)
    again = _sets(command(), signing_key, at=T0 + timedelta(minutes=5))
    assert [s.jti for s in first] == [s.jti for s in again]
    other = _sets(command(cid="cmd-2"), signing_key)
    assert not {s.jti for s in first} & {s.jti for s in other}


def test_receivers_refuse_a_set_with_another_key_audience_issuer_typ_or_payload(signing_key, ring):
    keys = {"kid-1": ring.get("kid-1").public_key}
    token = _sets(command(), signing_key)[0].token
    with pytest.raises(jwt.InvalidAudienceError):
        verify_set(token, keys, audience="https://elsewhere", issuer=ISS)
    with pytest.raises(jwt.InvalidIssuerError):
        verify_set(token, keys, audience=AUD, issuer="someone-else")
    impostor = SigningKey("kid-1", Ed25519PrivateKey.generate())
    forged = _sets(command(), impostor)[0].token
    with pytest.raises(jwt.InvalidSignatureError):
        verify_set(forged, keys, audience=AUD, issuer=ISS)
    header, payload, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["sub_id"]["id"] = "someone-else"
    tampered_payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(jwt.InvalidSignatureError):
        verify_set(f"{header}.{tampered_payload}.{sig}", keys, audience=AUD, issuer=ISS)
    plain_jwt = jwt.encode({"iss": ISS, "aud": AUD}, signing_key.private_key, algorithm="EdDSA")
    with pytest.raises(jwt.InvalidTokenError, match="typ"):
        verify_set(plain_jwt, keys, audience=AUD, issuer=ISS)


def test_jwks_lets_a_receiver_verify_with_a_generic_jose_library(signing_key, ring):
    token = _sets(command(), signing_key)[0].token
    (jwk,) = jwks(ring)["keys"]
    assert (jwk["kty"], jwk["crv"], jwk["kid"], jwk["alg"]) == ("OKP", "Ed25519", "kid-1", "EdDSA")
    key = jwt.PyJWK(jwk)
    claims = jwt.decode(token, key, algorithms=["EdDSA"], audience=AUD, issuer=ISS)
    assert SESSION_REVOKED in claims["events"]
