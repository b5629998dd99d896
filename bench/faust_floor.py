"""Faust's own floor: the worker's Faust setup with the judging taken out.

``python -m bench.faust_floor MODE BOOTSTRAP APP_ID SINK TOPIC [TOPIC ...]`` runs one Faust
app configured like ``pipeline.runtime.app.create_app`` (the same transport and quiet monitor,
uvloop, memory store, raw serializers, producer linger 2 ms, commit every second) whose
agent, by ``MODE``:

* ``send``: sends every record it reads to ``SINK`` unchanged: no decoding, no judgement,
  no state table; the raw pass-through's work done through Faust. It pays Faust's send path
  for every record, which the pipeline pays only for its outputs and state writes;
* ``decode``: decodes every record as the worker does (``pipeline.records.decoding.decode``: size
  limit, JSON, schema) and sends nothing: the worker with the judge, the state table and
  the outputs taken out, i.e. the records per second the pipeline could not exceed however
  cheap its judge became.

The throughput benchmark runs both between the raw aiokafka pass-through and the full
pipeline (docs/performance.md).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime

import faust
import mode.loop

from missionguard.pipeline.records.decoding import Origin, decode
from missionguard.pipeline.runtime.faust_internals import App, QuietMonitor
from missionguard.pipeline.settings import Settings

MODES = ("send", "decode")


def build(
    bootstrap: str, app_id: str, sink_name: str, topics: list[str], mode_: str = "send"
) -> faust.App:
    if mode_ not in MODES:
        raise ValueError(f"unknown floor mode {mode_!r} (expected one of {', '.join(MODES)})")
    app = App(
        app_id,
        broker=f"kafka://{bootstrap}",
        store="memory://",
        # Faust's default data dir is "<app id>-data" in the working directory: a bench run
        # left one per run in the checkout; this one is under the system temporary directory.
        datadir=tempfile.mkdtemp(prefix="missionguard-floor-"),
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

    max_bytes = Settings().worker.max_record_bytes
    accept = frozenset({"decision", "mission"})

    @app.agent(inputs, name="floor")
    async def floor(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            msg = event.message
            if mode_ == "send":
                await sink.send(key=msg.key, value=msg.value)
            else:
                origin = Origin(
                    topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key
                )
                decode(msg.value, origin, accept=accept, max_bytes=max_bytes, now=_now())

    return app


def _now() -> datetime:
    return datetime.now(UTC)


def main(argv: list[str]) -> None:
    mode_, bootstrap, app_id, sink, *topics = argv
    mode.loop.use("uvloop")  # as the worker does by default
    app = build(bootstrap, app_id, sink, topics, mode_)
    sys.argv = [sys.argv[0], "worker", "--loglevel", "info"]
    app.main()


if __name__ == "__main__":
    main(sys.argv[1:])
