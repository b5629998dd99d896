"""Settings of the control protocol: signing keys, trust, acknowledgements, the guard rail.

Hung under ``Settings.control`` (``MISSIONGUARD_CONTROL__KEY_DIR=...``); every field has a
default so that the demo and the tests work out of the box with a generated dev key.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = [
    "ControlSettings",
    "GuardSettings",
    "HttpAuthSettings",
    "HttpCheckSettings",
    "HttpTlsSettings",
    "TrustedKey",
]

_STATE = Path(__file__).resolve().parents[2] / ".missionguard"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TrustedKey(_Frozen):
    """A public key an enforcement point trusts, beside those found in ``key_dir``."""

    kid: str = Field(min_length=1, max_length=128)
    public_key: str = Field(description="Raw Ed25519 public key, base64url (32 bytes).")
    not_after: datetime | None = None


class GuardSettings(_Frozen):
    """The guard rail between the judge and the control topic (see pipeline/control/guard.py)."""

    max_revocations: int = Field(default=20, ge=1)
    window_s: float = Field(default=300.0, gt=0)
    # How long (event time) a tripped cohort stays alert-only.
    hold_s: float = Field(default=3600.0, gt=0)
    counted_actions: tuple[str, ...] = ("revoke", "suspend")
    dry_run_cohorts: tuple[str, ...] = ()
    # Cohort name used for agents without a declared cohort.
    default_cohort: str = "default"


class HttpAuthSettings(_Frozen):
    """Who may call ``/v1/check``, ``/v1/revocations`` and ext_authz (``/healthz`` is open).

    ``token``: a bearer token, ``Authorization: Bearer <token>`` or ``<token_header>: <token>``
    (Envoy's ext_authz forwards the client's own ``Authorization``, so give it the token in
    ``token_header``); ``mtls``: a client certificate signed by ``tls.client_ca``;
    ``token_or_mtls``: either; ``none``: anyone who reaches the socket.
    """

    mode: Literal["token", "mtls", "token_or_mtls", "none"] = "token"
    # The token (``MISSIONGUARD_CONTROL__HTTP__AUTH__TOKEN``); unset: read from token_file.
    token: SecretStr | None = None
    # Read when ``token`` is unset; created with a random token (mode 0600) on first use when
    # missing and generate_dev_token is set, like the dev signing key (logged loudly).
    token_file: Path = _STATE / "enforce.token"
    generate_dev_token: bool = True
    token_header: str = "x-missionguard-token"


class HttpTlsSettings(_Frozen):
    """HTTPS for the check service: serve with ``cert_file``/``key_file`` (PEM); with
    ``client_ca``, callers may (``auth.mode: mtls``: must) present a certificate it signed."""

    cert_file: Path | None = None
    key_file: Path | None = None
    client_ca: Path | None = None


class HttpCheckSettings(_Frozen):
    """The HTTP check service and its Envoy ext_authz (HTTP) face."""

    ext_authz_prefix: str = "/ext_authz"
    agent_header: str = "x-agent-id"
    credential_header: str = "x-credential-id"
    # Requests without any agent identity: refused unless this is set (fail closed).
    allow_unidentified: bool = False
    auth: HttpAuthSettings = HttpAuthSettings()
    tls: HttpTlsSettings = HttpTlsSettings()


class ControlSettings(_Frozen):
    # Private keys (``<kid>.key``) and public key records (``<kid>.pub.json``).
    key_dir: Path = _STATE / "keys"
    # The kid the worker signs with; default: the newest unretired private key in key_dir.
    signing_kid: str | None = None
    # Create a dev signing key in key_dir on first use when there is none (logged loudly).
    generate_dev_key: bool = True
    trusted_keys: tuple[TrustedKey, ...] = ()
    # Tolerated difference between signers' clocks when ordering commands per agent.
    max_clock_skew_s: float = Field(default=0.0, ge=0)
    publish_acks: bool = True
    http: HttpCheckSettings = HttpCheckSettings()
    guard: GuardSettings = GuardSettings()
