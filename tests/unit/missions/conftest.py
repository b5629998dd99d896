"""In-memory issuer keys and a gate over them: no key files, no clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.keys import KeyRing, SigningKey, TrustedPublicKey
from missionguard.pipeline.missions import (
    MissionGate,
    MissionSettings,
    MissionSigner,
    TrustedIssuer,
)
from missionguard.pipeline.records import MissionDeclaration

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def declaration(agent: str = "bot", **changes: object) -> MissionDeclaration:
    base = MissionDeclaration(
        time=T0,
        agent_id=agent,
        mission_id=f"m-{agent}",
        cohort="support",
        purpose="answer customer tickets from the ticket store",
        allowed_actions=["tickets:read", "tickets:comment", "kb:*"],
        allowed_resources=["tickets/*", "kb/articles/*"],
        denied_actions=["iam:*"],
        max_rate_per_minute=60.0,
        valid_until=datetime(2026, 6, 1, tzinfo=UTC),
        issued_by="ops",
    )
    return base.model_copy(update=changes)


@dataclass
class Keys:
    """Three keys: a trusted issuer, a scoped issuer (finance only), the agent's own key."""

    issuer: MissionSigner
    finance: MissionSigner
    agent: MissionSigner
    ring: KeyRing

    def gate(self, **settings: object) -> MissionGate:
        base = MissionSettings(
            generate_dev_key=False,
            trusted_issuers=(
                TrustedIssuer(kid="issuer"),
                TrustedIssuer(kid="finance-issuer", cohorts=("finance",)),
            ),
        )
        return MissionGate(base.model_copy(update=settings), self.ring)


def _signer(kid: str) -> tuple[MissionSigner, TrustedPublicKey]:
    private = Ed25519PrivateKey.generate()
    return MissionSigner(SigningKey(kid, private)), TrustedPublicKey(kid, private.public_key())


@pytest.fixture
def keys() -> Keys:
    made = [_signer(kid) for kid in ("issuer", "finance-issuer", "agent-bot")]
    ring = KeyRing([public for _, public in made])
    return Keys(made[0][0], made[1][0], made[2][0], ring)
