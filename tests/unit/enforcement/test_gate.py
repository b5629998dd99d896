"""The control protocol's admission rules, through an enforcement point (no broker): each
refused record is counted by its reason and changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.gate import Admitted, Rejected
from missionguard.pipeline.control.keys import KeyRing, SigningKey, TrustedPublicKey
from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.records import dump_json

from .conftest import T0, Issuer, command


def _point(ring: KeyRing, now=T0) -> EnforcementPoint:
    return EnforcementPoint("127.0.0.1:1", "control", clock=lambda: now, keyring=ring)


def _refused(point: EnforcementPoint, key, value, headers, reason: str) -> None:
    before = (dict(point.state.agents), dict(point.state.credentials), point.state.applied)
    outcome = point.process(key, value, headers)
    assert isinstance(outcome, Rejected) and outcome.reason == reason, outcome
    after = (dict(point.state.agents), dict(point.state.credentials), point.state.applied)
    assert after == before
    assert point.rejections[reason] >= 1


def test_a_signed_command_is_applied(ring, issuer):
    point = _point(ring)
    outcome = point.process(*issuer.sign(command("c1", creds=["k1"])).parts())
    assert isinstance(outcome, Admitted) and outcome.kid == "kid-1"
    assert not point.check("bot").allowed and not point.check("x", "k1").allowed
    assert point.rejected == 0


def test_unsigned_commands_are_refused(ring):
    cmd = command("c1")
    _refused(_point(ring), b"bot", dump_json(cmd), None, "unsigned")
    partial = [("mg-v", b"1"), ("mg-kid", b"kid-1")]
    _refused(_point(ring), b"bot", dump_json(cmd), partial, "unsigned")


def test_forged_signature_is_refused(ring):
    forger = Issuer(CommandSigner(SigningKey("kid-1", Ed25519PrivateKey.generate())))
    _refused(_point(ring), *forger.sign(command("c1")).parts(), "bad_signature")


def test_unknown_kid_is_refused(ring):
    stranger = Issuer(CommandSigner(SigningKey("kid-9", Ed25519PrivateKey.generate())))
    _refused(_point(ring), *stranger.sign(command("c1")).parts(), "unknown_kid")


def test_tampered_value_or_rekeyed_record_is_refused(ring, issuer):
    signed = issuer.sign(command("c1", action="revoke"))
    softened = signed.value.replace(b'"revoke"', b'"throttle"')
    _refused(_point(ring), signed.key, softened, signed.headers, "bad_signature")
    # Moving a valid command to another agent's key would compact away that agent's command.
    _refused(_point(ring), b"victim", signed.value, signed.headers, "bad_signature")
    tampered_time = [
        (n, b"2030-01-01T00:00:00.000000Z" if n == "mg-issued-at" else v) for n, v in signed.headers
    ]
    _refused(_point(ring), signed.key, signed.value, tampered_time, "bad_signature")


def test_a_command_keyed_by_another_agent_is_refused(ring, issuer):
    cmd = command("c1", agent="bot")
    value = dump_json(cmd)
    headers = issuer.signer.headers(b"other", value, T0)
    _refused(_point(ring), b"other", value, headers, "key_mismatch")


def test_unsupported_version_is_refused(ring, issuer):
    signed = issuer.sign(command("c1"))
    v2 = [(n, b"2" if n == "mg-v" else v) for n, v in signed.headers]
    _refused(_point(ring), signed.key, signed.value, v2, "unsupported")


def test_signed_garbage_is_refused_as_malformed(ring, issuer):
    headers = issuer.signer.headers(b"bot", b"{not json", T0)
    _refused(_point(ring), b"bot", b"{not json", headers, "malformed")


def test_retired_kid_is_refused_after_its_not_after(private_key, issuer):
    retiring = KeyRing([TrustedPublicKey("kid-1", private_key.public_key(), T0)])
    _refused(_point(retiring, T0), *issuer.sign(command("c1")).parts(), "retired_kid")
    earlier = _point(retiring, T0 - timedelta(seconds=1))
    assert earlier.handle(*_args(issuer.sign(command("c1"))))


def test_expired_and_unexpiring_commands_are_refused(ring, issuer):
    _refused(_point(ring), *issuer.sign(command("c1", expires=T0)).parts(), "expired")
    _refused(_point(ring), *issuer.sign(command("c2", expires=None)).parts(), "no_expiry")


def test_a_command_judged_late_is_in_force_for_its_lifetime_from_its_issue(ring, issuer):
    """Late data (docs/reliability.md): an event three hours old judged now yields a command
    whose event-time expiry (event + 1 h) has passed; it is in force for one hour from when
    the worker issued it. Failed before: refused as expired, the agent kept acting."""
    issued = T0 + timedelta(hours=3)
    late = issuer.sign(command("c1", creds=["k1"]), at=issued)
    point = _point(ring, issued + timedelta(seconds=2))
    outcome = point.process(*late.parts())
    assert isinstance(outcome, Admitted), outcome
    assert outcome.command.expires_at == issued + timedelta(hours=1)
    assert outcome.command.time == T0  # the event time is kept
    assert not point.check("bot").allowed and not point.check("x", "k1").allowed
    state = point.state
    assert not state.check("bot", None, issued + timedelta(minutes=59)).allowed
    assert state.check("bot", None, issued + timedelta(minutes=61)).allowed
    # A point started later catches up on the same record: its issue time is old too, so
    # catching up never extends it.
    _refused(_point(ring, issued + timedelta(hours=1, seconds=1)), *late.parts(), "expired")
    # An issue time in the future counts only up to the point's clock (plus tolerated skew).
    future = issuer.sign(command("c2"), at=T0 + timedelta(days=30))
    at_once = _point(ring, issued)
    assert isinstance(at_once.process(*future.parts()), Admitted)
    assert at_once.state.agents["bot"].expires_at == issued + timedelta(hours=1)


def test_replayed_command_id_is_refused(ring, issuer):
    point = _point(ring)
    signed = issuer.sign(command("c1"))
    assert point.handle(signed.value, signed.headers, signed.key)
    # The same command re-signed later (a worker reprocessing after a restart) too.
    again = issuer.sign(command("c1"), at=T0 + timedelta(seconds=5))
    _refused(point, *again.parts(), "replayed")
    _refused(point, *signed.parts(), "replayed")
    assert point.rejections == {"replayed": 2}


def test_an_older_command_for_the_agent_is_refused_as_stale(ring, issuer):
    point = _point(ring)
    old_reinstate = issuer.sign(command("r0", action="reinstate"), at=T0)
    revoke = issuer.sign(command("c1"), at=T0 + timedelta(seconds=10))
    assert point.handle(revoke.value, revoke.headers, revoke.key)
    # A captured, still unexpired reinstate replayed after the revocation must not lift it.
    _refused(point, *old_reinstate.parts(), "stale")
    assert not point.check("bot").allowed
    fresh = issuer.sign(command("r1", action="reinstate"), at=T0 + timedelta(seconds=11))
    assert point.handle(fresh.value, fresh.headers, fresh.key)
    assert point.check("bot").allowed
    # Ordering is per agent: an older command about another agent is fine.
    other = issuer.sign(command("c2", agent="other"), at=T0)
    assert point.handle(other.value, other.headers, other.key)


def test_clock_skew_tolerance_admits_slightly_older_commands(ring, issuer):
    point = EnforcementPoint(
        "127.0.0.1:1", "control", clock=lambda: T0, keyring=ring, max_clock_skew_s=2
    )
    assert point.handle(*_args(issuer.sign(command("c1"), at=T0 + timedelta(seconds=10))))
    assert point.handle(*_args(issuer.sign(command("c2"), at=T0 + timedelta(seconds=9))))
    outcome = point.process(*issuer.sign(command("c3"), at=T0 + timedelta(seconds=7)).parts())
    assert isinstance(outcome, Rejected) and outcome.reason == "stale"


def _args(signed) -> tuple:
    return signed.value, signed.headers, signed.key


@pytest.mark.parametrize("reason", ["unsigned", "bad_signature", "expired"])
def test_rejections_are_counted_by_reason(ring, issuer, reason):
    point = _point(ring)
    forger = Issuer(CommandSigner(SigningKey("kid-1", Ed25519PrivateKey.generate())))
    make = {
        "unsigned": lambda i: (b"bot", dump_json(command(f"u{i}")), None),
        "bad_signature": lambda i: forger.sign(command(f"f{i}")).parts(),
        "expired": lambda i: issuer.sign(command(f"e{i}", expires=T0)).parts(),
    }[reason]
    for i in range(3):
        point.process(*make(i))
    assert point.rejections == {reason: 3} and point.rejected == 3


def test_a_new_kid_is_picked_up_by_reloading_the_trusted_keys(ring, private_key):
    rotated = Ed25519PrivateKey.generate()
    both = KeyRing(
        [
            TrustedPublicKey("kid-1", private_key.public_key()),
            TrustedPublicKey("kid-2", rotated.public_key()),
        ]
    )
    loads = []
    point = EnforcementPoint(
        "127.0.0.1:1",
        "control",
        clock=lambda: T0,
        keyring=ring,
        reload_keys=lambda: loads.append(1) or both,
    )
    new_signer = Issuer(CommandSigner(SigningKey("kid-2", rotated)))
    assert point.handle(*_args(new_signer.sign(command("c1"))))
    assert loads == [1] and point.rejected == 0
    # Unknown kids do not make the point re-read its keys on every record.
    stranger = Issuer(CommandSigner(SigningKey("kid-9", Ed25519PrivateKey.generate())))
    for i in range(5):
        point.process(*stranger.sign(command(f"s{i}")).parts())
    assert loads == [1] and point.rejections == {"unknown_kid": 5}
