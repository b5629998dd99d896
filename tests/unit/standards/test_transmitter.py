"""The SSF transmitter admits control records through the enforcement points' gate: only
signed, fresh, first-seen revoke/suspend commands become SETs; a SET that cannot be
delivered stops it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import SigningKey
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.standards.exceptions import DeliveryFailed
from missionguard.pipeline.standards.push import Accepted, Failed, Rejected
from missionguard.pipeline.standards.ssf import CREDENTIAL_CHANGE, SESSION_REVOKED
from missionguard.pipeline.standards.transmitter import SsfTransmitter

from .conftest import T0, command, sign


class ScriptedClient:
    """Stands in for PushClient: answers each push with the next outcome."""

    def __init__(self, *outcomes) -> None:
        self.outcomes = list(outcomes)
        self.pushed: list[str] = []

    async def push(self, token: str, *, jti: str = "-"):
        self.pushed.append(jti)
        return self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]


@pytest.fixture
def transmitter(signing_key, ring) -> SsfTransmitter:
    return SsfTransmitter(
        ScriptedClient(Accepted(202, 1)),
        signing_key,
        ring,
        issuer="mg",
        audience="rx",
        clock=lambda: T0 + timedelta(seconds=1),
    )


def test_admitted_revoke_becomes_sets(transmitter, signer):
    signed = sign(signer, command(creds=("cred-a",)))
    tokens = transmitter.tokens_for(signed.key, signed.value, signed.headers)
    assert [(t.event_type, t.credential_id) for t in tokens] == [
        (SESSION_REVOKED, None),
        (CREDENTIAL_CHANGE, "cred-a"),
    ]
    assert transmitter.counts == {"admitted": 1}


def test_unsigned_forged_replayed_and_expired_commands_make_no_set(transmitter, signer):
    cmd = command("cmd-1")
    unsigned = dump_json(cmd)
    assert transmitter.tokens_for(cmd.agent_id.encode(), unsigned, None) == []
    forger = CommandSigner(SigningKey("kid-1", Ed25519PrivateKey.generate()))
    forged = sign(forger, command("cmd-forged"))
    assert transmitter.tokens_for(forged.key, forged.value, forged.headers) == []
    real = sign(signer, cmd)
    assert transmitter.tokens_for(real.key, real.value, real.headers)
    assert transmitter.tokens_for(real.key, real.value, real.headers) == []  # replayed
    old = sign(signer, command("cmd-old", expires=T0))
    assert transmitter.tokens_for(old.key, old.value, old.headers) == []
    rekeyed = sign(signer, command("cmd-3"))
    assert transmitter.tokens_for(b"someone-else", rekeyed.value, rekeyed.headers) == []
    assert transmitter.rejections == {
        "unsigned": 1,
        "bad_signature": 2,  # forged, and re-keyed (the key is signed)
        "replayed": 1,
        "expired": 1,
    }
    assert transmitter.counts == {"admitted": 1}


def test_an_admitted_reinstate_is_not_signalled(transmitter, signer):
    signed = sign(signer, command("cmd-r", action="reinstate"))
    assert transmitter.tokens_for(signed.key, signed.value, signed.headers) == []
    assert transmitter.counts == {"admitted": 1, "not_signalled": 1}


async def test_delivery_counts_rejections_and_stops_on_failure(transmitter, signer):
    signed = sign(signer, command(creds=("cred-a", "cred-b")))
    tokens = transmitter.tokens_for(signed.key, signed.value, signed.headers)
    transmitter.client = ScriptedClient(
        Accepted(202, 1), Rejected("invalid_request", "x", 1), Accepted(202, 2)
    )
    await transmitter.deliver(tokens)
    assert transmitter.counts["sets_accepted"] == 2 and transmitter.counts["sets_rejected"] == 1
    transmitter.client = failing = ScriptedClient(Accepted(202, 1), Failed("HTTP 503", 6))
    with pytest.raises(DeliveryFailed, match="credential-change for support-bot-7"):
        await transmitter.deliver(tokens)
    assert failing.pushed == [t.jti for t in tokens[:2]]  # stopped at the failed one
