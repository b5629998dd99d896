"""Faust's own floor: the worker's Faust setup with the judging taken out.

``python -m bench.faust_floor BOOTSTRAP APP_ID SINK TOPIC [TOPIC ...]`` runs one Faust app
configured like ``pipeline.app.create_app`` (the same transport and quiet monitor, uvloop,
memory store, raw serializers, producer linger 2 ms, commit every second) whose agent sends
every record it reads to ``SINK`` unchanged: no decoding, no judgement, no state table. The
throughput benchmark runs it between the raw aiokafka pass-through and the full pipeline:
the raw pass-through's work done through Faust. It pays Faust's send path for every record,
which the pipeline pays only for its outputs and state writes, so it bounds what Faust's
per-record consume-and-send costs rather than the pipeline (docs/performance.md).
"""

from __future__ import annotations

import sys

import faust
import mode.loop

from pipeline.transport import App, QuietMonitor


def build(bootstrap: str, app_id: str, sink_name: str, topics: list[str]) -> faust.App:
    app = App(
        app_id,
        broker=f"kafka://{bootstrap}",
        store="memory://",
        topic_partitions=4,
        consumer_auto_offset_reset="earliest",
        web_enabled=False,
        producer_acks=-1,
        producer_linger_ms=2,
        broker_commit_interval=1.0,
        stream_wait_empty=False,
        consumer_max_fetch_size=8 * 1024 * 1024,
        key_serializer="raw",
        value_serializer="raw",
        monitor=QuietMonitor(),
    )
    inputs = app.topic(*topics, key_type=bytes, value_type=bytes)
    sink = app.topic(sink_name, key_type=bytes, value_type=bytes, internal=False)

    @app.agent(inputs, name="floor")
    async def floor(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            msg = event.message
            await sink.send(key=msg.key, value=msg.value)

    return app


def main(argv: list[str]) -> None:
    bootstrap, app_id, sink, *topics = argv
    mode.loop.use("uvloop")  # as the worker does by default
    app = build(bootstrap, app_id, sink, topics)
    sys.argv = [sys.argv[0], "worker", "--loglevel", "info"]
    app.main()


if __name__ == "__main__":
    main(sys.argv[1:])
