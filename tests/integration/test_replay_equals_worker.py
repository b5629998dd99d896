"""Replay equals live: the worker on a real broker and offline replay, given the same
ordered records, publish the same alerts and revocation commands, byte for byte.

One partition per input topic, so that the worker's input has one order, as a file has
(with several partitions the cohort models, shared by the agents of a worker, would learn
the agents' records in another interleaving than the file's). Missions go first and are
consumed before any decision is sent, so that the two input topics cannot interleave.
The smoke fleet (seed 5): 3,503 records, 78 alerts and commands.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections import Counter

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from missionguard.models.judge import Judge
from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.missions import MissionGate
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.tools.replay import replay
from missionguard.pipeline.tools.simulate import generate, preset
from missionguard.pipeline.tools.worker_process import WorkerProcess, write_settings


async def _wait_committed(bootstrap: str, group: str, topic: str, end: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        deadline = time.perf_counter() + 120
        while time.perf_counter() < deadline:
            offsets = await admin.list_consumer_group_offsets(group)
            done = offsets.get(TopicPartition(topic, 0))
            if done is not None and done.offset >= end:
                return
            await asyncio.sleep(0.1)
        raise TimeoutError(f"{group} did not commit {topic} up to {end}")
    finally:
        await admin.close()


async def _read_all(bootstrap: str, topic: str) -> list[bytes]:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        tp = TopicPartition(topic, 0)
        end = (await consumer.end_offsets([tp]))[tp]
        values: list[bytes] = []
        while len(values) < end:
            batches = await consumer.getmany(timeout_ms=500)
            values += [m.value for ms in batches.values() for m in ms]
        return values
    finally:
        await consumer.stop()


async def test_worker_publishes_exactly_what_replay_writes(deployment, make, producer, tmp_path):
    base = deployment.settings
    one = {"partitions": 1}
    settings = base.with_overrides(
        topics=base.topics.model_copy(
            update={
                "prefix": base.topics.prefix + "one.",
                "decisions": base.topics.decisions.model_copy(update=one),
                "missions": base.topics.missions.model_copy(update=one),
                "feedback": base.topics.feedback.model_copy(update=one),
            }
        ),
        worker=base.worker.model_copy(update={"app_id": base.worker.app_id + "-one"}),
    )
    topics = settings.topics
    await ensure_topics(deployment.bootstrap, topics.all())
    config = write_settings(settings, tmp_path / "one.yaml")

    fleet = list(generate(preset("smoke", seed=5)).labelled())
    missions = [make.sign(r) for r, _ in fleet if isinstance(r, MissionDeclaration)]
    decisions = [r for r, _ in fleet if isinstance(r, AuthorizationDecision)]
    assert len(decisions) > 1_000
    lines = [dump_json(m) for m in missions] + [dump_json(d) for d in decisions]

    worker = WorkerProcess(config, tmp_path / "worker.log")
    worker.start(90)
    try:
        for m in missions:
            await producer.send(topics.missions_topic, dump_json(m), key=m.agent_id.encode())
        await producer.flush()
        group = settings.worker.app_id
        await _wait_committed(deployment.bootstrap, group, topics.missions_topic, len(missions))
        for d in decisions:
            await producer.send(topics.decisions_topic, dump_json(d), key=d.agent_id.encode())
        await producer.flush()
        await _wait_committed(deployment.bootstrap, group, topics.decisions_topic, len(decisions))
    finally:
        worker.stop()
    live = await _read_all(deployment.bootstrap, topics.alerts_topic)
    live += await _read_all(deployment.bootstrap, topics.control_topic)

    out = io.BytesIO()
    replay(
        enumerate(lines, start=1),
        out,
        judge=Judge(settings.detection, settings.behaviour),
        max_record_bytes=settings.worker.max_record_bytes,
        guard=RevocationGuard(settings.control.guard),
        missions=MissionGate.from_settings(settings.missions),
    )
    offline = out.getvalue().splitlines()

    assert offline, "the fleet raised nothing: the comparison would be empty"
    assert Counter(live) == Counter(offline)
