"""Which normalizer handles which source name, and the never-raising entry point.

Built-in sources are code (``cloudtrail``, ``k8s_audit``, ``okta``, ``opa``, ``envoy``,
``mcp``);
any other name is looked up as ``<mappings_dir>/<name>.yaml`` (a :mod:`generic` mapping).
Normalizers are built once per (source, settings) pair and reused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache

import orjson
from pydantic import ValidationError

from missionguard.pipeline.records import DeadLetter
from missionguard.pipeline.sources.base import (
    NormalizationError,
    NormalizeOutcome,
    Normalizer,
    Origin,
)
from missionguard.pipeline.sources.cloudtrail import CloudTrailNormalizer
from missionguard.pipeline.sources.envelopes import records_in
from missionguard.pipeline.sources.envoy import EnvoyNormalizer
from missionguard.pipeline.sources.generic import GenericMapping, GenericNormalizer, load_mapping
from missionguard.pipeline.sources.k8s_audit import K8sAuditNormalizer
from missionguard.pipeline.sources.mcp import McpNormalizer
from missionguard.pipeline.sources.okta import OktaNormalizer
from missionguard.pipeline.sources.opa import OpaNormalizer
from missionguard.pipeline.sources.settings import SourcesSettings

__all__ = [
    "NORMALIZERS",
    "available_sources",
    "build_normalizer",
    "generic_mapping",
    "normalize_payload",
]

MAX_DEAD_LETTER_PAYLOAD = 4096

NormalizerFactory = Callable[[SourcesSettings], Normalizer]
NORMALIZERS: dict[str, NormalizerFactory] = {
    "cloudtrail": lambda s: CloudTrailNormalizer(s.cloudtrail),
    "k8s_audit": lambda s: K8sAuditNormalizer(s.k8s_audit),
    "okta": lambda s: OktaNormalizer(s.okta),
    "opa": lambda s: OpaNormalizer(s.opa),
    "envoy": lambda s: EnvoyNormalizer(s.envoy),
    # SourcesSettings has no mcp section yet: the defaults until it does (McpConfig).
    "mcp": lambda s: McpNormalizer(getattr(s, "mcp", None)),
}


def available_sources(settings: SourcesSettings | None = None) -> list[str]:
    """Built-in source names and the generic mappings found in ``mappings_dir``."""
    settings = settings or SourcesSettings()
    found = sorted(p.stem for p in settings.mappings_dir.glob("*.yaml"))
    return [*NORMALIZERS, *(n for n in found if n not in NORMALIZERS)]


@lru_cache(maxsize=64)
def generic_mapping(source: str, settings: SourcesSettings) -> GenericMapping:
    path = settings.mappings_dir / f"{source}.yaml"
    if not path.is_file():
        known = ", ".join(available_sources(settings))
        raise KeyError(f"unknown source {source!r} (known: {known}; no mapping {path})")
    return load_mapping(path)


@lru_cache(maxsize=64)
def build_normalizer(source: str, settings: SourcesSettings | None = None) -> Normalizer:
    """The normalizer for a source name; raises ``KeyError`` for an unknown source and
    ``ValueError`` for an invalid mapping file (configuration errors fail fast)."""
    settings = settings or SourcesSettings()
    factory = NORMALIZERS.get(source)
    if factory is not None:
        return factory(settings)
    return GenericNormalizer(generic_mapping(source, settings))


@lru_cache(maxsize=64)
def _normalizer_or_error(source: str, settings: SourcesSettings) -> Normalizer | str:
    """The normalizer, or why there is none (cached too, so that a stream of records for an
    unknown source or a broken mapping does not re-read the mapping file each time)."""
    try:
        return build_normalizer(source, settings)
    except (KeyError, ValueError, OSError) as exc:
        return str(exc)


def normalize_payload(
    source: str,
    payload: bytes,
    origin: Origin | str,
    settings: SourcesSettings | None = None,
    *,
    received_at: datetime | None = None,
) -> NormalizeOutcome:
    """Decisions, a dead letter, or skipped, for one raw record. Never raises for bad
    input: every failure becomes a :class:`~pipeline.records.DeadLetter` whose reason names
    the source, the field and the origin. ``received_at`` stamps dead letters (the Kafka
    record time in the worker; now when not given)."""
    settings = settings or SourcesSettings()
    where = origin if isinstance(origin, Origin) else Origin(path=str(origin))
    try:
        if len(payload) > settings.max_payload_bytes:
            raise NormalizationError(source, "<payload>", f"{len(payload)} bytes is over the limit")
        try:
            obj = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            raise NormalizationError(source, "<payload>", f"not JSON: {exc}") from None
        normalizer = _normalizer_or_error(source, settings)
        if isinstance(normalizer, str):
            reason = f"{source}: configuration: {normalizer} at {where}"
            return NormalizeOutcome(
                dead_letters=[_dead_letter(source, payload, where, reason, received_at)]
            )
        records = records_in(obj)
        if records is not None and where.index is None:
            # A delivery envelope (a CloudTrail file, a webhook batch): record by record, so
            # that one bad record dead-letters alone (its index in the origin).
            outcome = NormalizeOutcome()
            for index, record in enumerate(records):
                one = _normalize_one(
                    source,
                    normalizer,
                    record,
                    orjson.dumps(record),
                    replace(where, index=index),
                    received_at,
                )
                outcome.decisions.extend(one.decisions)
                outcome.dead_letters.extend(one.dead_letters)
            return outcome
        return _normalize_one(source, normalizer, obj, payload, where, received_at)
    except NormalizationError as exc:
        reason = str(NormalizationError(exc.source, exc.field, exc.reason, where))
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; keep the why
        reason = f"{source}: internal error {type(exc).__name__}: {exc} at {where}"
    return NormalizeOutcome(
        dead_letters=[_dead_letter(source, payload, where, reason, received_at)]
    )


def _normalize_one(
    source: str,
    normalizer: Normalizer,
    obj: object,
    payload: bytes,
    where: Origin,
    received_at: datetime | None,
) -> NormalizeOutcome:
    """Decisions, or a dead letter, for one decoded record; never raises."""
    try:
        if not isinstance(obj, Mapping):
            raise NormalizationError(
                source, "<payload>", f"expected an object, got {type(obj).__name__}"
            )
        return NormalizeOutcome(decisions=normalizer.normalize(obj))
    except NormalizationError as exc:
        reason = str(NormalizationError(exc.source, exc.field, exc.reason, where))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "<record>"
        reason = str(
            NormalizationError(source, field, f"invalid canonical value: {first['msg']}", where)
        )
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; keep the why
        reason = f"{source}: internal error {type(exc).__name__}: {exc} at {where}"
    return NormalizeOutcome(
        dead_letters=[_dead_letter(source, payload, where, reason, received_at)]
    )


def _dead_letter(
    source: str, payload: bytes, where: Origin, reason: str, received_at: datetime | None
) -> DeadLetter:
    return DeadLetter(
        time=received_at or datetime.now(UTC),
        reason=reason[:4096],
        origin_topic=where.topic,
        origin_partition=where.partition,
        origin_offset=where.offset,
        origin_line=where.line,
        source=source,
        payload=payload[:MAX_DEAD_LETTER_PAYLOAD].decode("utf-8", errors="replace"),
        payload_bytes=len(payload),
    )
