"""Keys, signers and commands for the enforcement and control-protocol tests (no I/O beyond
``tmp_path``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import KeyRing, SigningKey, TrustedPublicKey
from missionguard.pipeline.records import RevocationCommand, dump_json
from missionguard.pipeline.settings.control import HttpAuthSettings, HttpCheckSettings

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def command(
    cid: str,
    action: str = "revoke",
    agent: str = "bot",
    creds=(),
    expires: datetime | None = T0 + timedelta(hours=1),
) -> RevocationCommand:
    return RevocationCommand(
        command_id=cid,
        time=T0,
        agent_id=agent,
        credential_ids=list(creds),
        action=action,
        reason=f"{action} test",
        trigger_event_id=f"ev-{cid}",
        expires_at=expires,
    )


@dataclass
class Signed:
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]

    def parts(self) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
        return self.key, self.value, self.headers


@dataclass
class Issuer:
    """A signer whose clock the test moves (the issue time orders commands per agent)."""

    signer: CommandSigner
    now: datetime = T0

    def sign(self, cmd: RevocationCommand, at: datetime | None = None) -> Signed:
        key, value = cmd.agent_id.encode(), dump_json(cmd)
        return Signed(key, value, self.signer.headers(key, value, at or self.now))


@pytest.fixture
def private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def issuer(private_key: Ed25519PrivateKey) -> Issuer:
    return Issuer(CommandSigner(SigningKey("kid-1", private_key)))


@pytest.fixture
def ring(private_key: Ed25519PrivateKey) -> KeyRing:
    return KeyRing([TrustedPublicKey("kid-1", private_key.public_key())])


# The check service answers authenticated callers only (pipeline/enforcement/auth.py).
HTTP_TOKEN = "unit-test-token-0123456789"
HTTP_AUTH = {"Authorization": f"Bearer {HTTP_TOKEN}"}
HTTP = HttpCheckSettings(auth=HttpAuthSettings(token=HTTP_TOKEN))
