"""IAM-log normalizers: raw IAM logs in, canonical authorization decisions out.

Contract: a normalizer is a pure function of one decoded raw event (no clock, no I/O, no
state), returning :class:`~pipeline.records.AuthorizationDecision` s (an empty list means
skipped on purpose: a person when humans are not watched, or an event that records no
authorization). :func:`normalize_payload` wraps any normalizer for raw bytes and never
raises: bad input becomes a :class:`~pipeline.records.DeadLetter` naming source, field and
origin. :func:`read_raw` turns files (JSON lines, CloudTrail ``Records`` files, JSON
arrays, gzip, CSV, stdin) into raw records with line numbers. Per-source mapping rules are
documented in ``docs/sources.md``.
"""

from __future__ import annotations

from missionguard.pipeline.sources.base import (
    NormalizationError,
    NormalizeOutcome,
    Normalizer,
    Origin,
    RawRecord,
)
from missionguard.pipeline.sources.cloudtrail import CloudTrailConfig, CloudTrailNormalizer
from missionguard.pipeline.sources.envoy import EnvoyConfig, EnvoyNormalizer
from missionguard.pipeline.sources.files import read_raw
from missionguard.pipeline.sources.generic import GenericMapping, GenericNormalizer, load_mapping
from missionguard.pipeline.sources.k8s_audit import K8sAuditConfig, K8sAuditNormalizer
from missionguard.pipeline.sources.okta import OktaConfig, OktaNormalizer
from missionguard.pipeline.sources.opa import OpaConfig, OpaNormalizer
from missionguard.pipeline.sources.registry import (
    NORMALIZERS,
    available_sources,
    build_normalizer,
    normalize_payload,
)
from missionguard.pipeline.sources.settings import SourcesSettings

__all__ = [
    "NORMALIZERS",
    "CloudTrailConfig",
    "CloudTrailNormalizer",
    "EnvoyConfig",
    "EnvoyNormalizer",
    "GenericMapping",
    "GenericNormalizer",
    "K8sAuditConfig",
    "K8sAuditNormalizer",
    "NormalizationError",
    "NormalizeOutcome",
    "Normalizer",
    "OktaConfig",
    "OktaNormalizer",
    "OpaConfig",
    "OpaNormalizer",
    "Origin",
    "RawRecord",
    "SourcesSettings",
    "available_sources",
    "build_normalizer",
    "load_mapping",
    "normalize_payload",
    "read_raw",
]
