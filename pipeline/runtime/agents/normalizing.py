"""The normalizer agent: raw IAM log records (one raw topic per source) in, canonical
decisions out on the decisions topic, keyed by agent id; unusable records to dead letters."""

from __future__ import annotations

import faust

from missionguard.pipeline.records import dump_json
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
            if source is None:  # test_context puts on '<internal>': the key names the source
                source = (msg.key or b"").decode("utf-8", "replace")
            origin = Origin(topic=msg.topic, partition=msg.partition, offset=msg.offset)
            outcome = normalize_payload(source, msg.value or b"", origin, sources_settings)
            if outcome.dead_letter is not None:
                await mg.publish("dead_letter", msg.key, dump_json(outcome.dead_letter))
            for decision in outcome.decisions:
                await mg.publish("decision", decision.agent_id.encode(), dump_json(decision))
