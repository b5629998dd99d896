"""Signing and verifying mission declarations with an issuer's Ed25519 key.

The signature travels in the record (``signature: {kid, alg, issued_at, sig}``), so a JSONL
file and the missions topic carry the same bytes and replay judges them as the worker does.
It covers the declaration without its ``signature`` field, canonically encoded: the
record's JSON-mode dump (times RFC 3339 UTC ``Z``, defaults filled in) with sorted keys and
no whitespace. Signing the parsed record, not the bytes received, means a declaration keeps
its signature through any faithful re-encoding (``"cohort": null`` or no ``cohort``).

Signing input: the ASCII tag ``missionguard-mission``, then for each of the version ``1``,
``alg``, ``kid``, ``issued_at`` and the canonical record: its length as 4 bytes big-endian,
then its bytes (as the control envelope, ``pipeline/control/envelope.py``).

>>> from datetime import datetime, UTC
>>> from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
>>> from missionguard.pipeline.control.keys import SigningKey
>>> from missionguard.pipeline.records import MissionDeclaration
>>> key = Ed25519PrivateKey.generate()
>>> signer = MissionSigner(SigningKey("issuer-1", key))
>>> m = MissionDeclaration(time=datetime(2026, 1, 1, tzinfo=UTC), agent_id="bot",
...     mission_id="m1", purpose="read tickets", allowed_actions=["tickets:read"], issued_by="ops")
>>> signed = signer.sign(m, issued_at=m.time)
>>> signed.signature.kid, signed.signature.alg
('issuer-1', 'EdDSA')
>>> signature_valid(signed, key.public_key())
True
>>> signature_valid(signed.model_copy(update={"allowed_actions": ["*"]}), key.public_key())
False
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from missionguard.pipeline.control.exceptions import KeyFileError
from missionguard.pipeline.control.keys import (
    KeySigner,
    SigningKey,
    b64url,
    from_b64url,
    generate_key,
    load_signing_key,
)
from missionguard.pipeline.records import MissionDeclaration, MissionSignature, format_time
from missionguard.pipeline.settings.control import ControlSettings
from missionguard.pipeline.settings.missions import DEV_ISSUER_KID, MissionSettings

__all__ = [
    "ALG",
    "MissionSigner",
    "canonical_bytes",
    "ensure_dev_issuer",
    "load_issuer_key",
    "signature_valid",
    "signing_input",
]

log = logging.getLogger(__name__)

ALG = "EdDSA"  # JOSE's name for Ed25519 signatures (RFC 8037)
_VERSION = "1"


def canonical_bytes(mission: MissionDeclaration) -> bytes:
    """The declaration without its signature: JSON-mode dump, sorted keys, no whitespace.
    Fields added after the first signed missions (``acts_for``) are left out while empty, so
    those signatures still verify."""
    data = mission.model_dump(mode="json", exclude={"signature"})
    if not data.get("acts_for"):
        data.pop("acts_for", None)
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


def signing_input(mission: MissionDeclaration, kid: str, alg: str, issued_at: datetime) -> bytes:
    """Length-prefixed fields under a domain tag (never valid as a control signing input)."""
    out = bytearray(b"missionguard-mission")
    parts = (_VERSION, alg, kid, format_time(issued_at))
    for part in (*(p.encode() for p in parts), canonical_bytes(mission)):
        out += len(part).to_bytes(4, "big") + part
    return bytes(out)


def signature_valid(mission: MissionDeclaration, public_key: Ed25519PublicKey) -> bool:
    """Whether ``mission.signature`` verifies under ``public_key`` (False when unsigned)."""
    sig = mission.signature
    if sig is None:
        return False
    try:
        raw = from_b64url(sig.sig)
        public_key.verify(raw, signing_input(mission, sig.kid, sig.alg, sig.issued_at))
    except (InvalidSignature, ValueError):  # forged, tampered, or not base64url at all
        return False
    return True


class MissionSigner(KeySigner):
    """Signs declarations for an issuer (``missionguard missions sign``, simulate, demo)."""

    def sign(
        self, mission: MissionDeclaration, issued_at: datetime | None = None
    ) -> MissionDeclaration:
        """A copy of ``mission`` carrying this issuer's signature (any old one replaced).
        Ed25519 is deterministic: the same key, record and ``issued_at`` give the same bytes."""
        issued = issued_at or self.clock()
        data = signing_input(mission, self.kid, ALG, issued)
        sig = MissionSignature(
            kid=self.kid, alg=ALG, issued_at=issued, sig=b64url(self.key.private_key.sign(data))
        )
        return mission.model_copy(update={"signature": sig})

    @classmethod
    def from_settings(cls, settings: MissionSettings, kid: str | None = None) -> MissionSigner:
        return cls(load_issuer_key(settings, kid))


def _has_private_key(settings: MissionSettings) -> bool:
    key_dir = settings.key_dir
    return key_dir.is_dir() and any(key_dir.glob("*.key"))


def ensure_dev_issuer(settings: MissionSettings) -> None:
    """Create the dev issuer key when so configured and key_dir holds no private key."""
    if not settings.generate_dev_key or _has_private_key(settings):
        return
    try:
        generate_key(settings.key_dir, DEV_ISSUER_KID)
    except KeyFileError:
        # Another process won the race (the files are linked into place atomically).
        deadline = time.monotonic() + 2.0
        public = settings.key_dir / f"{DEV_ISSUER_KID}.pub.json"
        while not public.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return
    log.warning(
        "no mission issuer key in %s: generated dev issuer key %s, trusted by default (fine "
        "for a demo; for production create issuer keys with `missionguard missions keygen`, "
        "list them in missions.trusted_issuers and set missions.generate_dev_key: false)",
        settings.key_dir,
        DEV_ISSUER_KID,
    )


def load_issuer_key(settings: MissionSettings, kid: str | None = None) -> SigningKey:
    """The issuer key ``kid`` (else ``missions.signing_kid``, else the newest unretired one)
    from ``missions.key_dir``, read by the control protocol's key code."""
    ensure_dev_issuer(settings)
    as_control = ControlSettings(
        key_dir=settings.key_dir, signing_kid=kid or settings.signing_kid, generate_dev_key=False
    )
    return load_signing_key(as_control)
