"""Signing keys and the set of keys an enforcement point trusts, by key id (kid).

A key directory holds, per kid, ``<kid>.key`` (the Ed25519 private key, PKCS#8 PEM, mode
0600; only on signers) and ``<kid>.pub.json`` (``{"kid", "alg", "public_key", "created_at",
"not_after"}``; copied to enforcement points). Rotation: generate a new key, distribute its
``.pub.json``, switch the signer (newest key by default), then retire the old kid by setting
its ``not_after``; points reject that kid's commands once their clock passes it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from missionguard.pipeline.control.exceptions import KeyFileError
from missionguard.pipeline.records import format_time
from missionguard.pipeline.settings.control import ControlSettings

__all__ = [
    "KeyRing",
    "KeySigner",
    "SigningKey",
    "TrustedPublicKey",
    "b64url",
    "from_b64url",
    "generate_key",
    "load_signing_key",
    "retire_key",
]

log = logging.getLogger(__name__)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def from_b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True, slots=True)
class SigningKey:
    kid: str
    private_key: Ed25519PrivateKey


def _utcnow() -> datetime:
    return datetime.now(UTC)


class KeySigner:
    """What every signer holds: its key, whose ``kid`` it signs as, and a clock for the
    issue time. The framing of what is signed is each subclass's own (control records and
    mission declarations are signed under different tags on purpose)."""

    def __init__(self, key: SigningKey, clock: Callable[[], datetime] = _utcnow) -> None:
        self.key = key
        self.clock = clock

    @property
    def kid(self) -> str:
        return self.key.kid


@dataclass(frozen=True, slots=True)
class TrustedPublicKey:
    kid: str
    public_key: Ed25519PublicKey
    not_after: datetime | None = None

    def retired(self, now: datetime) -> bool:
        return self.not_after is not None and now >= self.not_after


def generate_key(key_dir: Path, kid: str | None = None, *, now: datetime | None = None) -> str:
    """Create a key pair in ``key_dir``; returns its kid. Never overwrites an existing key."""
    now = now or datetime.now(UTC)
    private = Ed25519PrivateKey.generate()
    raw = _raw_public(private.public_key())
    kid = kid or f"mg-{now:%Y%m%d}-{hashlib.sha256(raw).hexdigest()[:12]}"
    key_dir.mkdir(parents=True, exist_ok=True)
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    record = {
        "kid": kid,
        "alg": "Ed25519",
        "public_key": b64url(raw),
        "created_at": format_time(now),
        "not_after": None,
    }
    # Written to a temporary name, then linked into place: two processes creating a dev key
    # at once cannot both win, and nobody reads a half-written key.
    files = ((".key", pem, 0o600), (".pub.json", json.dumps(record).encode(), 0o644))
    for suffix, data, mode in files:
        final = key_dir / f"{kid}{suffix}"
        tmp = key_dir / f".{kid}{suffix}.{os.getpid()}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.link(tmp, final)
        except FileExistsError:
            raise KeyFileError(f"{final}: a key with kid {kid!r} exists already") from None
        finally:
            tmp.unlink()
    return kid


def retire_key(key_dir: Path, kid: str, not_after: datetime) -> Path:
    """Set ``not_after`` of a public key record: points reject the kid after that time."""
    path = key_dir / f"{kid}.pub.json"
    record = _read_pub(path)
    record["not_after"] = format_time(not_after)
    path.write_text(json.dumps(record))
    return path


def _read_pub(path: Path) -> dict[str, object]:
    try:
        record = json.loads(path.read_text())
        if record.get("alg") != "Ed25519" or not isinstance(record.get("kid"), str):
            raise ValueError("expected alg Ed25519 and a string kid")
        return record
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"{path}: unreadable public key record: {exc}") from None


def _parse_time(value: object, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise KeyFileError(f"{where}: not_after is not an RFC 3339 time: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _public_key(text: str, where: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(from_b64url(text))
    except ValueError as exc:
        raise KeyFileError(f"{where}: bad Ed25519 public key: {exc}") from None


class KeyRing:
    """The public keys an enforcement point trusts, by kid."""

    def __init__(self, keys: list[TrustedPublicKey] | None = None) -> None:
        self.keys = {k.kid: k for k in keys or []}

    def get(self, kid: str) -> TrustedPublicKey | None:
        return self.keys.get(kid)

    @classmethod
    def from_dir(cls, key_dir: Path) -> KeyRing:
        keys = []
        for path in sorted(key_dir.glob("*.pub.json")) if key_dir.is_dir() else []:
            record = _read_pub(path)
            keys.append(
                TrustedPublicKey(
                    str(record["kid"]),
                    _public_key(str(record["public_key"]), str(path)),
                    _parse_time(record.get("not_after"), str(path)),
                )
            )
        return cls(keys)

    @classmethod
    def from_settings(cls, settings: ControlSettings) -> KeyRing:
        """Keys in ``key_dir`` plus ``trusted_keys``; creates the dev key if so configured, so
        that a point started before the first worker trusts the key that worker will use."""
        if settings.generate_dev_key:
            _ensure_dev_key(settings.key_dir)
        ring = cls.from_dir(settings.key_dir)
        for i, k in enumerate(settings.trusted_keys):
            where = f"control.trusted_keys[{i}]"
            ring.keys[k.kid] = TrustedPublicKey(
                k.kid, _public_key(k.public_key, where), k.not_after
            )
        return ring


def _private_kids(key_dir: Path) -> list[str]:
    return [p.name.removesuffix(".key") for p in key_dir.glob("*.key")] if key_dir.is_dir() else []


DEV_KID = "mg-dev"


def _ensure_dev_key(key_dir: Path) -> None:
    if _private_kids(key_dir):
        return
    # One fixed kid: processes racing to create the dev key agree on a single key.
    try:
        kid = generate_key(key_dir, DEV_KID)
    except KeyFileError:
        # Another process won; give it a moment to link the public half too.
        deadline = time.monotonic() + 2.0
        while not (key_dir / f"{DEV_KID}.pub.json").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return
    log.warning(
        "no control signing key in %s: generated dev key %s (fine for a demo; for production "
        "create one with `missionguard keys generate` and distribute its .pub.json)",
        key_dir,
        kid,
    )


def load_signing_key(settings: ControlSettings, now: datetime | None = None) -> SigningKey:
    """The configured signing key, else the newest unretired one in ``key_dir``."""
    now = now or datetime.now(UTC)
    key_dir = settings.key_dir
    if settings.generate_dev_key and settings.signing_kid is None:
        _ensure_dev_key(key_dir)
    if settings.signing_kid is not None:
        kid = settings.signing_kid
    else:
        candidates = []
        for kid in _private_kids(key_dir):
            record = _read_pub(key_dir / f"{kid}.pub.json")
            not_after = _parse_time(record.get("not_after"), f"{key_dir}/{kid}.pub.json")
            if not_after is None or now < not_after:
                candidates.append((str(record.get("created_at", "")), kid))
        if not candidates:
            raise KeyFileError(
                f"{key_dir}: no usable signing key; create one with `missionguard keys generate`"
            )
        kid = max(candidates)[1]
    path = key_dir / f"{kid}.key"
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"{path}: unreadable signing key: {exc}") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 private key")
    return SigningKey(kid, private)
