"""Normalizer settings: one frozen section per source, plus where generic mappings live.

Meant to hang off :class:`pipeline.settings.Settings` as ``sources`` (so that e.g.
``MISSIONGUARD_SOURCES__CLOUDTRAIL__WATCH_HUMANS=true`` works); until then callers pass a
:class:`SourcesSettings` explicitly. Every field has a default, so ``SourcesSettings()``
is a complete configuration.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from missionguard.pipeline.sources.cloudtrail import CloudTrailConfig
from missionguard.pipeline.sources.envoy import EnvoyConfig
from missionguard.pipeline.sources.k8s_audit import K8sAuditConfig
from missionguard.pipeline.sources.okta import OktaConfig
from missionguard.pipeline.sources.opa import OpaConfig

__all__ = ["SourcesSettings"]

# Not imported from pipeline.settings, which is to import this module (no import cycle).
_PROJECT_ROOT = Path(__file__).resolve().parents[2]


class SourcesSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    cloudtrail: CloudTrailConfig = CloudTrailConfig()
    k8s_audit: K8sAuditConfig = K8sAuditConfig()
    okta: OktaConfig = OktaConfig()
    opa: OpaConfig = OpaConfig()
    envoy: EnvoyConfig = EnvoyConfig()
    mappings_dir: Path = _PROJECT_ROOT / "config" / "sources"
    # Raw records larger than this are dead-lettered unread (a guard for the worker).
    max_payload_bytes: int = Field(default=1024 * 1024, ge=1024)
