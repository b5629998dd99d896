"""Settings of the standards outputs: OCSF export of alerts, SSF/CAEP push of revocations.

Hung under ``Settings.standards`` (``MISSIONGUARD_STANDARDS__SSF__ENDPOINT=https://...``).
Every field has a default, so the commands work out of the box against a local receiver.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = ["OcsfSettings", "SsfSettings", "StandardsSettings"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class OcsfSettings(_Frozen):
    """``missionguard export ocsf``: alerts as OCSF Detection Findings (class 2004)."""

    # Topic name under ``topics.prefix`` that ``--to-topic`` writes to.
    topic: str = "alerts.ocsf"
    partitions: int = Field(default=1, ge=1)
    retention_ms: int = Field(default=30 * 24 * 3600 * 1000, ge=1)
    # Consumer group of the exporter when it reads the alerts topic (offsets committed only
    # after the findings were written).
    group_id: str = "missionguard-ocsf-export"


class SsfSettings(_Frozen):
    """``missionguard ssf push``: revocations as CAEP Security Event Tokens (RFC 8417),
    pushed to an SSF receiver (RFC 8935)."""

    # The receiver's push endpoint; the CLI's --endpoint overrides it.
    endpoint: str | None = None
    # ``aud`` of every SET; default: the endpoint URL.
    audience: str | None = None
    # ``iss`` of every SET: how receivers know this transmitter.
    issuer: str = "urn:missionguard:transmitter"
    # Sent as the Authorization header when set (e.g. "Bearer <token>" agreed with the receiver).
    authorization: SecretStr | None = None
    # CAEP ``credential_type`` of credential-change events. CAEP lists human authenticators
    # (password, x509, fido2-*, ...); other values are allowed when transmitter and
    # receiver agree on them: agents' credentials are API keys and tokens.
    credential_type: str = "api-key"
    timeout_s: float = Field(default=5.0, gt=0)
    # Transient failures (5xx, 408, 429, connection errors, timeouts) are retried this many
    # times per SET, with exponential backoff from backoff_s up to max_backoff_s.
    retries: int = Field(default=5, ge=0)
    backoff_s: float = Field(default=0.5, ge=0)
    max_backoff_s: float = Field(default=10.0, ge=0)
    # Own consumer group on the control topic: offsets are committed only after each SET was
    # accepted or definitively rejected (at-least-once; receivers dedupe by jti).
    group_id: str = "missionguard-ssf-push"
    # Where a new group starts: "earliest" also pushes the unexpired commands already there.
    auto_offset_reset: Literal["earliest", "latest"] = "earliest"


class StandardsSettings(_Frozen):
    ocsf: OcsfSettings = OcsfSettings()
    ssf: SsfSettings = SsfSettings()
