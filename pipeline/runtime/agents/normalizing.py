"""The normalizer agent: raw IAM log records (one raw topic per source) in, canonical
decisions out on the decisions topic, keyed by agent id; unusable records to dead letters."""

from __future__ import annotations

from datetime import UTC, datetime

import faust

from missionguard.pipeline.records import dump_json
from missionguard.pipeline.records.decoding import Origin as RecordOrigin
from missionguard.pipeline.records.decoding import dead_letter
from missionguard.pipeline.runtime.types import WorkerT
from missionguard.pipeline.sources import Origin, normalize_payload


def register_normalizing_agent(mg: WorkerT) -> None:
    raw_topics = mg.settings.topics.raw_topics()
    if not raw_topics:
        return
    sources_settings = mg.settings.sources
    inputs = mg.app.topic(*raw_topics, key_type=bytes, value_type=bytes)

    @mg.app.agent(inputs, name="normalize")
    async def normalize(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            msg = event.message
            source = raw_topics.get(msg.topic)
            if source is None:  # not one of the agent's topics: no source to read it with
                where = RecordOrigin(
                    topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key
                )
                reason = f"unexpected topic at {where}: no IAM source reads it"
                dl = dead_letter(msg.value, reason, where, datetime.now(UTC))
                await mg.publish("dead_letter", msg.key, dump_json(dl))
                continue
            origin = Origin(topic=msg.topic, partition=msg.partition, offset=msg.offset)
            outcome = normalize_payload(source, msg.value or b"", origin, sources_settings)
            for letter in outcome.dead_letters:  # several when the record was an envelope
                await mg.publish("dead_letter", msg.key, dump_json(letter))
            for decision in outcome.decisions:
                await mg.publish("decision", decision.agent_id.encode(), dump_json(decision))
