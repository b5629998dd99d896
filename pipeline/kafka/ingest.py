"""``missionguard ingest``: publish a raw IAM log file (or stdin) to its source's raw topic,
where the worker's normalizer agent turns it into decisions. Records are sent as they were
read (one Kafka record per event; CloudTrail ``Records`` files are split), keyed by nothing:
the normalizer keys the decisions by agent id."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from aiokafka import AIOKafkaProducer

from missionguard.pipeline.kafka.security import client_kwargs
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.sources import read_raw

__all__ = ["ingest_file"]


async def ingest_file(
    settings: Settings,
    source: str,
    path: Path | str,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Send every raw record of ``path`` (``-`` for stdin); return how many were sent."""
    if source not in settings.topics.raw_sources:
        known = ", ".join(settings.topics.raw_sources)
        raise ValueError(
            f"source {source!r} has no raw topic the worker consumes (configured: {known}); "
            "add it to topics.raw_sources in the config"
        )
    topic = settings.topics.raw_topic(source)
    producer = AIOKafkaProducer(
        **client_kwargs(settings.kafka),
        linger_ms=5,
        acks="all",
        enable_idempotence=True,
        max_request_size=max(1_048_576, settings.sources.max_payload_bytes + 1024),
    )
    await producer.start()
    sent = 0
    try:
        pending = []
        for raw in read_raw(str(path), source):
            pending.append(await producer.send(topic, raw.payload))
            sent += 1
            if sent % 1000 == 0:
                await asyncio.gather(*pending)
                pending.clear()
                if on_progress is not None:
                    on_progress(sent)
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    if on_progress is not None:
        on_progress(sent)
    return sent
