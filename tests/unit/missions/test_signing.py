"""Signing and verifying declarations: round trip, forgery, tampering, unknown and retired
keys, and what the signature does and does not depend on."""

from __future__ import annotations

import json
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.keys import KeyRing, SigningKey, TrustedPublicKey
from missionguard.pipeline.missions import MissionSigner, canonical_bytes, signature_valid
from missionguard.pipeline.records import MissionSignature, dump_json, parse_record

from .conftest import T0, declaration


def test_a_signed_declaration_verifies_after_a_trip_through_json(keys):
    signed = keys.issuer.sign(declaration(), issued_at=T0)
    back = parse_record(dump_json(signed))
    assert back == signed
    assert signature_valid(back, keys.ring.get("issuer").public_key)
    check = keys.gate().check(back, None)
    assert check.accepted and check.how == "trusted"


def test_the_signature_survives_a_faithful_re_encoding(keys):
    """Defaults written out or left out, another UTC offset, another key order: same record."""
    signed = keys.issuer.sign(declaration(cohort=None), issued_at=T0)
    data = json.loads(dump_json(signed))
    del data["cohort"]  # a default left out
    data["time"] = "2026-05-01T14:00:00+02:00"  # the same instant
    reordered = json.dumps(dict(reversed(list(data.items())))).encode()
    assert signature_valid(parse_record(reordered), keys.ring.get("issuer").public_key)


def test_signing_is_deterministic_for_the_same_key_record_and_issue_time(keys):
    a = keys.issuer.sign(declaration(), issued_at=T0)
    b = keys.issuer.sign(declaration(), issued_at=T0)
    c = keys.issuer.sign(declaration(), issued_at=T0 + timedelta(seconds=1))
    assert dump_json(a) == dump_json(b) != dump_json(c)


def test_canonical_bytes_leave_out_the_signature_only(keys):
    signed = keys.issuer.sign(declaration(), issued_at=T0)
    assert canonical_bytes(signed) == canonical_bytes(declaration())
    assert b"signature" not in canonical_bytes(signed) and b'"agent_id":"bot"' in canonical_bytes(
        signed
    )


def test_every_field_is_covered(keys):
    signed = keys.issuer.sign(declaration(), issued_at=T0)
    public = keys.ring.get("issuer").public_key
    tampered = {
        "agent_id": "other-bot",
        "allowed_actions": ["*"],
        "denied_actions": [],
        "allowed_resources": [],
        "max_rate_per_minute": 6000.0,
        "valid_until": None,
        "cohort": "finance",
        "purpose": "anything",
        "issued_by": "someone else",
        "time": T0 + timedelta(days=1),
        "acts_for": ["cus_*"],
    }
    for field, value in tampered.items():
        assert not signature_valid(signed.model_copy(update={field: value}), public), field
    sig = signed.signature
    for changed in (
        sig.model_copy(update={"issued_at": T0 + timedelta(seconds=1)}),
        sig.model_copy(update={"kid": "finance-issuer"}),
    ):
        assert not signature_valid(signed.model_copy(update={"signature": changed}), public)


def test_forged_signature_is_rejected_high(keys):
    """Signed by a key nobody trusts, under the trusted issuer's kid."""
    impostor = MissionSigner(SigningKey("issuer", Ed25519PrivateKey.generate()))
    forged = impostor.sign(declaration(allowed_actions=["*"]), issued_at=T0)
    gate = keys.gate()
    check = gate.check(forged, None)
    assert not check.accepted and check.reason == "bad_signature" and check.severity == "high"
    assert gate.rejections == {"bad_signature": 1}


def test_tampered_declaration_is_rejected(keys):
    signed = keys.issuer.sign(declaration(), issued_at=T0)
    check = keys.gate().check(signed.model_copy(update={"allowed_actions": ["*"]}), None)
    assert check.reason == "bad_signature"


def test_garbage_signature_is_rejected_not_raised(keys):
    sig = MissionSignature(kid="issuer", issued_at=T0, sig="!!not base64!!")
    check = keys.gate().check(declaration(signature=sig), None)
    assert check.reason == "bad_signature"


def test_unsigned_is_rejected_medium_unless_signatures_are_optional(keys):
    check = keys.gate().check(declaration(), None)
    assert not check.accepted and check.reason == "unsigned" and check.severity == "medium"
    relaxed = keys.gate(require_signature=False).check(declaration(), None)
    assert relaxed.accepted and relaxed.how == "unsigned_allowed"


def test_optional_signatures_still_verify_the_signed_ones(keys):
    signed = keys.issuer.sign(declaration(), issued_at=T0)
    forged = signed.model_copy(update={"allowed_actions": ["*"]})
    assert keys.gate(require_signature=False).check(forged, None).reason == "bad_signature"


def test_unknown_kid_is_rejected(keys):
    stranger = MissionSigner(SigningKey("stranger", Ed25519PrivateKey.generate()))
    check = keys.gate().check(stranger.sign(declaration(), issued_at=T0), None)
    assert check.reason == "unknown_kid" and "stranger" in check.detail


def test_unknown_kid_reloads_the_keys_once_then_finds_a_new_key(keys):
    newcomer_private = Ed25519PrivateKey.generate()
    newcomer = MissionSigner(SigningKey("issuer", newcomer_private))
    ring = KeyRing([TrustedPublicKey("issuer", newcomer_private.public_key())])
    gate = keys.gate()
    gate.ring = KeyRing([])  # started before the issuer's key was distributed
    gate._reload = lambda: ring
    assert gate.check(newcomer.sign(declaration(), issued_at=T0), None).accepted


def test_unsupported_alg_is_rejected(keys):
    signed = keys.issuer.sign(declaration(), issued_at=T0)
    other = signed.signature.model_copy(update={"alg": "RS256"})
    check = keys.gate().check(signed.model_copy(update={"signature": other}), None)
    assert check.reason == "unsupported"


def test_retired_key_is_rejected_by_issue_time_declaration_time_or_stream_time(keys):
    retired_at = T0 + timedelta(hours=1)
    public = keys.ring.get("issuer").public_key
    keys.ring.keys["issuer"] = TrustedPublicKey("issuer", public, not_after=retired_at)
    gate = keys.gate()
    before = keys.issuer.sign(declaration(), issued_at=T0)
    assert gate.check(before, None).accepted
    assert gate.check(before, None, stream_time=retired_at).reason == "retired_kid"
    late_signature = keys.issuer.sign(declaration(), issued_at=retired_at)
    assert gate.check(late_signature, None).reason == "retired_kid"
    late_declaration = keys.issuer.sign(declaration(time=retired_at), issued_at=T0)
    assert gate.check(late_declaration, None).reason == "retired_kid"


def test_an_empty_acts_for_is_left_out_so_earlier_signatures_verify(keys):
    """``acts_for`` came after the first signed missions: while empty it is not in the signed
    bytes (a declaration signed before it existed still verifies); once set, it is covered."""
    plain = canonical_bytes(declaration())
    assert b"acts_for" not in plain
    assert b'"acts_for":["emp-*"]' in canonical_bytes(
        declaration().model_copy(update={"acts_for": ["emp-*"]})
    )
