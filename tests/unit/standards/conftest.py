"""Alerts, commands, keys and signed control records for the standards tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import KeyRing, SigningKey, TrustedPublicKey
from missionguard.pipeline.records import Alert, DetectorFinding, RevocationCommand, dump_json

T0 = datetime(2026, 3, 1, 12, 30, 15, 250000, tzinfo=UTC)


def alert(**changes: object) -> Alert:
    base = Alert(
        alert_id="al-1",
        time=T0,
        agent_id="support-bot-7",
        mission_id="m-support-bot-7",
        severity="high",
        score=0.93,
        trigger_event_id="ev-3",
        evidence_event_ids=["ev-1", "ev-2", "ev-3"],
        detectors=[
            DetectorFinding(name="mission_conformance", score=0.9, reason="iam:* is denied"),
            DetectorFinding(name="sequence_surprise", score=0.95, reason="never after read"),
        ],
        cohort="support",
    )
    return base.model_copy(update=changes)


def command(
    cid: str = "cmd-1",
    action: str = "revoke",
    agent: str = "support-bot-7",
    creds: tuple[str, ...] = ("cred-a", "cred-b"),
    expires: datetime | None = None,
) -> RevocationCommand:
    return RevocationCommand(
        command_id=cid,
        time=T0,
        agent_id=agent,
        credential_ids=list(creds),
        action=action,
        reason=f"{action}: explicitly denied action iam:CreateAccessKey",
        trigger_event_id=f"ev-{cid}",
        expires_at=expires or T0 + timedelta(hours=1),
    )


@dataclass
class Signed:
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]


def sign(signer: CommandSigner, cmd: RevocationCommand, at: datetime = T0) -> Signed:
    key, value = cmd.agent_id.encode(), dump_json(cmd)
    return Signed(key, value, signer.headers(key, value, at))


@pytest.fixture
def signing_key() -> SigningKey:
    return SigningKey("kid-1", Ed25519PrivateKey.generate())


@pytest.fixture
def signer(signing_key: SigningKey) -> CommandSigner:
    return CommandSigner(signing_key)


@pytest.fixture
def ring(signing_key: SigningKey) -> KeyRing:
    return KeyRing([TrustedPublicKey("kid-1", signing_key.private_key.public_key())])
