"""The signed envelope of a control command (protocol v1), carried in Kafka record headers.

The record value stays the plain ``revocation`` JSON (SOC tools and old readers keep
working); the envelope travels beside it as headers, like a JWS with a detached payload:

====================  =====================================================================
header                value
====================  =====================================================================
``mg-v``              ``1``
``mg-alg``            ``Ed25519``
``mg-kid``            the signing key's id
``mg-issued-at``      when the signer signed it, RFC 3339 UTC with microseconds
``mg-sig``            base64url Ed25519 signature over :func:`signing_input`
====================  =====================================================================

The signature covers the version, alg, kid, issue time, the record key and the value bytes
exactly as sent, so nothing needs canonicalising, and a valid command cannot be re-keyed to
another agent (which on a compacted topic would erase that agent's command).

>>> from missionguard.pipeline.control.keys import SigningKey
>>> from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
>>> from datetime import datetime, UTC
>>> signer = CommandSigner(SigningKey("k1", Ed25519PrivateKey.generate()))
>>> headers = signer.headers(b"bot", b"{}", datetime(2026, 1, 1, tzinfo=UTC))
>>> [name for name, _ in headers]
['mg-v', 'mg-alg', 'mg-kid', 'mg-issued-at', 'mg-sig']
>>> dict(headers)["mg-issued-at"]
b'2026-01-01T00:00:00.000000Z'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature

from missionguard.pipeline.control.keys import KeySigner, TrustedPublicKey, b64url, from_b64url

__all__ = [
    "ALG",
    "CommandSigner",
    "Envelope",
    "PROTOCOL_VERSION",
    "parse_envelope",
    "signing_input",
]

PROTOCOL_VERSION = "1"
ALG = "Ed25519"
_HEADERS = ("mg-v", "mg-alg", "mg-kid", "mg-issued-at", "mg-sig")


def _format(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def signing_input(v: str, alg: str, kid: str, issued_at: str, key: bytes, value: bytes) -> bytes:
    """Length-prefixed fields under a domain tag: no field can bleed into another."""
    out = bytearray(b"missionguard-control")
    for part in (v.encode(), alg.encode(), kid.encode(), issued_at.encode(), key, value):
        out += len(part).to_bytes(4, "big") + part
    return bytes(out)


@dataclass(frozen=True, slots=True)
class Envelope:
    """The envelope headers of one record, as received (not yet verified)."""

    v: str
    alg: str
    kid: str
    issued_at_text: str
    sig: str

    @property
    def issued_at(self) -> datetime:
        parsed = datetime.fromisoformat(self.issued_at_text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_envelope(headers: Iterable[tuple[str, bytes]] | None) -> Envelope | None:
    """The envelope in ``headers``, or ``None`` when any part is missing (unsigned)."""
    try:
        found = {name: bytes(value) for name, value in headers or () if name in _HEADERS}
        if len(found) != len(_HEADERS):
            return None
        return Envelope(*(found[name].decode() for name in _HEADERS))
    except (TypeError, ValueError):  # headers that are not (str, bytes) pairs, or not UTF-8
        return None


class CommandSigner(KeySigner):
    """Signs control records for publication (the worker, ``missionguard control``)."""

    def headers(
        self, key: bytes | None, value: bytes, issued_at: datetime | None = None
    ) -> list[tuple[str, bytes]]:
        issued = _format(issued_at or self.clock())
        data = signing_input(PROTOCOL_VERSION, ALG, self.kid, issued, key or b"", value)
        sig = b64url(self.key.private_key.sign(data))
        parts = (PROTOCOL_VERSION, ALG, self.kid, issued, sig)
        return [(name, part.encode()) for name, part in zip(_HEADERS, parts, strict=True)]


def envelope_failure(
    envelope: Envelope,
    key: bytes | None,
    value: bytes,
    at: datetime,
    lookup: Callable[[str], TrustedPublicKey | None],
) -> tuple[str, str] | None:
    """Why a signed record fails its envelope check, as ``(reason, detail)`` with reason one
    of ``unsupported``, ``unknown_kid``, ``retired_kid``, ``bad_signature``; ``None`` when
    the signature of ``key`` and ``value`` verifies under a key ``lookup`` trusts at ``at``.
    Shared by the control gate and the analyst-feedback gate."""
    if envelope.v != PROTOCOL_VERSION or envelope.alg != ALG:
        return "unsupported", f"v={envelope.v} alg={envelope.alg}"
    trusted = lookup(envelope.kid)
    if trusted is None:
        return "unknown_kid", f"kid {envelope.kid!r} not trusted"
    if trusted.retired(at):
        return "retired_kid", f"kid {envelope.kid!r} retired at {trusted.not_after}"
    data = signing_input(
        envelope.v, envelope.alg, envelope.kid, envelope.issued_at_text, key or b"", value
    )
    try:
        trusted.public_key.verify(from_b64url(envelope.sig), data)
    except (InvalidSignature, ValueError):
        return "bad_signature", f"signature does not verify (kid {envelope.kid})"
    return None
