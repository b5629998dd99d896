"""The processes behind ``missionguard export ocsf`` and ``missionguard ssf push``: settings
in, the pieces of this package wired together, progress on a console (stderr)."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from missionguard.pipeline.standards.ocsf_export import (
    ExportCounters,
    FindingSink,
    JsonLinesSink,
    TopicSink,
    export_lines,
    export_topic,
    open_output,
)

if TYPE_CHECKING:
    from missionguard.pipeline.settings import Settings
    from missionguard.pipeline.standards.transmitter import SsfTransmitter

__all__ = ["ocsf_topic", "run_ocsf_export", "run_ssf_push"]


def ocsf_topic(settings: Settings) -> str:
    return f"{settings.topics.prefix}{settings.standards.ocsf.topic}"


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread
            pass


async def run_ocsf_export(
    settings: Settings,
    *,
    file: Path | None,
    out: Path | None,
    to_topic: bool,
    follow: bool,
    progress: Any,
) -> ExportCounters:
    """Alerts (``file``, else the alerts topic) -> findings (``--to-topic``, ``out`` or stdout)."""
    say = lambda c: progress(f"{c}")  # noqa: E731
    producer = None
    stream = None
    sink: FindingSink
    if to_topic:
        from aiokafka import AIOKafkaProducer

        from missionguard.pipeline.kafka.security import client_kwargs
        from missionguard.pipeline.kafka.topics import ensure_topics
        from missionguard.pipeline.settings import TopicSpec

        spec = settings.standards.ocsf
        await ensure_topics(
            settings.kafka,
            {
                ocsf_topic(settings): TopicSpec(
                    name=spec.topic, partitions=spec.partitions, retention_ms=spec.retention_ms
                )
            },
        )
        producer = AIOKafkaProducer(
            **client_kwargs(settings.kafka), acks="all", enable_idempotence=True
        )
        await producer.start()
        sink = TopicSink(producer, ocsf_topic(settings))
    else:
        stream = open_output(out)
        sink = JsonLinesSink(stream)
    try:
        if file is not None:
            with open(file, "rb") as lines:
                return await export_lines(lines, sink, source=str(file), on_progress=say)
        stop = asyncio.Event()
        _stop_on_signals(stop)
        return await export_topic(
            settings.kafka,
            settings.topics.alerts_topic,
            sink,
            group_id=settings.standards.ocsf.group_id,
            follow=follow,
            on_progress=say,
            stop=stop,
        )
    finally:
        if producer is not None:
            await producer.stop()
        if stream is not None and out is not None:
            stream.close()


async def run_ssf_push(
    settings: Settings,
    *,
    endpoint: str,
    audience: str | None,
    progress: Any,
) -> SsfTransmitter:
    """Follow the control topic and push a SET per admitted revoke/suspend until stopped
    (SIGINT/SIGTERM); raises :class:`~.exceptions.DeliveryFailed` when one cannot be."""
    from missionguard.pipeline.control.keys import KeyRing, load_signing_key
    from missionguard.pipeline.standards.push import PushClient
    from missionguard.pipeline.standards.transmitter import SsfTransmitter

    ssf, control = settings.standards.ssf, settings.control
    client = PushClient(
        endpoint,
        timeout_s=ssf.timeout_s,
        retries=ssf.retries,
        backoff_s=ssf.backoff_s,
        max_backoff_s=ssf.max_backoff_s,
        authorization=ssf.authorization.get_secret_value() if ssf.authorization else None,
    )
    transmitter = SsfTransmitter(
        client,
        load_signing_key(control),
        KeyRing.from_settings(control),
        issuer=ssf.issuer,
        audience=audience or ssf.audience or endpoint,
        credential_type=ssf.credential_type,
        seen_limit=settings.enforcement.seen_commands,
        max_clock_skew_s=control.max_clock_skew_s,
        reload_keys=lambda: KeyRing.from_settings(control),
    )

    def report(t: SsfTransmitter) -> None:
        progress(f"{dict(t.counts)} refused={t.rejections} receiver={dict(client.rejections)}")

    stop = asyncio.Event()
    _stop_on_signals(stop)
    progress(
        f"ssf push: {settings.topics.control_topic} -> {endpoint} "
        f"(iss {ssf.issuer}, aud {transmitter.audience}, kid {transmitter.signing_key.kid})"
    )
    async with client:
        await transmitter.run(
            settings.kafka,
            settings.topics.control_topic,
            group_id=ssf.group_id,
            auto_offset_reset=ssf.auto_offset_reset,
            stop=stop,
            on_progress=report,
        )
    return transmitter
