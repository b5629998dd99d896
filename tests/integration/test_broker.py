"""The embedded broker for real: start, topics, one message through a consumer group, stop.

Stands alone (its own broker on free ports, its own data dir); the jars come from the shared
cache of the default settings, so only the first run ever waits for Maven.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from missionguard.pipeline.kafka.topics import ensure_topics, wait_until_ready
from missionguard.pipeline.settings import BrokerSettings, TopicSpec
from missionguard.pipeline.tools.devbroker import (
    BrokerError,
    BrokerStartTimeout,
    LocalBroker,
    PortInUse,
    free_ports,
)
from missionguard.pipeline.tools.devbroker.local import port_is_free

pytestmark = pytest.mark.integration


@pytest.fixture
def broker_settings(tmp_path: Path) -> BrokerSettings:
    port, controller_port = free_ports(2)
    return BrokerSettings(port=port, controller_port=controller_port, data_dir=tmp_path / "kafka")


@pytest.fixture
def broker(broker_settings: BrokerSettings) -> Iterator[LocalBroker]:
    local = LocalBroker(broker_settings)
    started = time.monotonic()
    local.start()
    print(f"broker started in {time.monotonic() - started:.1f} s")
    yield local
    local.stop()  # Normally already stopped by the test; a no-op then.


async def test_round_trip_through_a_consumer_group_then_stop(broker: LocalBroker) -> None:
    status = broker.status()
    assert status.running and status.pid is not None
    assert status.bootstrap == broker.bootstrap
    assert broker.start().pid == status.pid  # Idempotent, and callable inside an event loop.
    await wait_until_ready(broker.bootstrap, timeout_s=5)

    topic = f"it-broker-{uuid.uuid4().hex[:8]}"
    specs = {
        topic: TopicSpec(name=topic, partitions=3),
        f"{topic}-changelog": TopicSpec(name=f"{topic}-changelog", compacted=True),
    }
    assert await ensure_topics(broker.bootstrap, specs) == list(specs)
    assert await ensure_topics(broker.bootstrap, specs) == []
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        described = {t["topic"]: t for t in await admin.describe_topics(list(specs))}
    finally:
        await admin.close()
    assert len(described[topic]["partitions"]) == 3

    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    await producer.start()
    try:
        sent = await producer.send_and_wait(topic, b'{"hello": "kafka"}', key=b"agent-1")
    finally:
        await producer.stop()

    group = f"it-group-{uuid.uuid4().hex[:8]}"
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=broker.bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        message = await consumer.getone()
        await consumer.commit()
        partition = TopicPartition(topic, message.partition)
        committed = await consumer.committed(partition)
    finally:
        await consumer.stop()
    assert (message.key, message.value) == (b"agent-1", b'{"hello": "kafka"}')
    assert (message.partition, message.offset) == (sent.partition, sent.offset)
    assert committed == message.offset + 1

    started = time.monotonic()
    assert broker.stop() is True
    print(f"broker stopped in {time.monotonic() - started:.1f} s")
    after = broker.status()
    assert not after.running and after.pid is None
    assert not broker.pid_file.exists()
    with pytest.raises(ProcessLookupError):
        os.kill(status.pid, 0)
    settings = broker.settings
    assert port_is_free(settings.host, settings.port)
    assert port_is_free(settings.host, settings.controller_port)


def test_a_port_held_by_another_process_is_refused(broker_settings: BrokerSettings) -> None:
    with socket.socket() as squatter:
        squatter.bind((broker_settings.host, broker_settings.port))
        squatter.listen()
        with pytest.raises(PortInUse, match=str(broker_settings.port)):
            LocalBroker(broker_settings).start()
    assert not broker_settings.data_dir.exists()  # Refused before touching anything.


async def test_nothing_listening_is_a_timeout_and_a_broker_error() -> None:
    (silent,) = free_ports(1)
    bootstrap = f"127.0.0.1:{silent}"
    started = time.monotonic()
    with pytest.raises(BrokerStartTimeout, match=f"Kafka at {bootstrap} did not answer"):
        await wait_until_ready(bootstrap, timeout_s=0.5)
    assert time.monotonic() - started < 5
    with pytest.raises(BrokerError, match=f"Kafka at {bootstrap}: cannot ensure topics"):
        await ensure_topics(bootstrap, {"t": TopicSpec(name="t")})
