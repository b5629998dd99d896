"""Fixtures for tests against a real Apache Kafka broker (KRaft), started by this session.

One broker per test session on free loopback ports (jars resolved through Maven into the
shared cache the first time). Each test gets its own topic prefix and worker app id, so
tests never see each other's data (the quix-streams habit).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.missions import MissionSigner
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.settings import BrokerSettings, Settings
from missionguard.pipeline.tools.devbroker import BrokerError, LocalBroker, free_ports
from missionguard.pipeline.tools.worker_process import WorkerProcess, write_settings

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


class RecordFactory:
    """Canonical records for broker tests: a support agent's mission and its decisions.
    Missions come signed by the local dev issuer, which the workers trust by default
    (``missions.key_dir`` of the checkout, as in the deployments' settings)."""

    _issuer: MissionSigner | None = None

    def sign(self, mission: MissionDeclaration) -> MissionDeclaration:
        if self._issuer is None:
            self._issuer = MissionSigner.from_settings(Settings().missions)
        return self._issuer.sign(mission)

    def mission(self, agent: str, *, signed: bool = True, **changes: object) -> MissionDeclaration:
        base = MissionDeclaration(
            time=datetime.now(UTC),
            agent_id=agent,
            mission_id=f"m-{agent}",
            cohort="support",
            purpose="answer customer tickets from the ticket store",
            allowed_actions=["tickets:read", "tickets:comment"],
            allowed_resources=["tickets/*"],
            denied_actions=["iam:*"],
            issued_by="it-test",
        )
        mission = base.model_copy(update=changes)
        return self.sign(mission) if signed else mission

    def decision(
        self,
        agent: str,
        action: str = "tickets:read",
        resource: str = "tickets/1",
        **changes: object,
    ) -> AuthorizationDecision:
        base = AuthorizationDecision(
            event_id=uuid.uuid4().hex,
            time=datetime.now(UTC),
            agent_id=agent,
            credential_id=f"cred-{agent}",
            action=action,
            resource=resource,
            decision="allow",
            source="it-test",
        )
        return base.model_copy(update=changes)

    def hostile(self, agent: str) -> AuthorizationDecision:
        """An action the mission explicitly denies: revoked on sight."""
        return self.decision(agent, "iam:CreateAccessKey", "iam/users/admin")


@pytest.fixture
def make() -> RecordFactory:
    return RecordFactory()


@pytest.fixture(scope="session")
def free_port() -> Callable[[], int]:
    return lambda: free_ports(1)[0]


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    started = time.perf_counter()
    for attempt in (1, 2):  # a free port can be taken by another process before Kafka binds it
        port, controller_port = free_ports(2)
        data_dir = tmp_path_factory.mktemp("kafka")
        settings = BrokerSettings(port=port, controller_port=controller_port, data_dir=data_dir)
        broker = LocalBroker(settings)
        try:
            status = broker.start(progress=lambda m: print(f"[broker] {m}", file=sys.stderr))
            break
        except BrokerError as exc:
            if attempt == 2:
                raise
            print(f"[broker] start failed, retrying on other ports: {exc}", file=sys.stderr)
    print(f"[broker] ready in {time.perf_counter() - started:.1f}s: {status}", file=sys.stderr)
    try:
        yield f"{settings.host}:{settings.port}"
    finally:
        broker.stop()


@dataclass
class Deployment:
    """One test's MissionGuard configuration: its own topics and app id on the session broker."""

    settings: Settings
    config_path: Path
    workers: list[WorkerProcess] = field(default_factory=list)

    @property
    def bootstrap(self) -> str:
        return self.settings.kafka.bootstrap_servers

    def start_worker(self, timeout_s: float = 90.0) -> WorkerProcess:
        """Start ``missionguard worker`` as a real process; return once Faust says Ready."""
        log_path = self.config_path.with_name(f"worker-{len(self.workers)}.log")
        worker = WorkerProcess(self.config_path, log_path)
        self.workers.append(worker)
        worker.start(timeout_s)
        return worker

    def stop_all(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers.clear()


@pytest.fixture
def deployment(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Deployment]:
    tag = uuid.uuid4().hex[:8]
    config = yaml.safe_load((ROOT / "config" / "missionguard.yaml").read_text())
    config["kafka"]["bootstrap_servers"] = kafka_bootstrap
    config["topics"]["prefix"] = f"it-{tag}."
    config["broker"]["mode"] = "external"
    config["worker"].update(
        app_id=f"mg-it-{tag}", state_dir=str(tmp_path / "state"), log_level="info"
    )
    path = tmp_path / "missionguard.yaml"
    path.write_text(yaml.safe_dump(config))
    settings = Settings(config=path)
    write_settings(settings, path)  # the full, resolved settings: what the worker will use
    asyncio.run(ensure_topics(kafka_bootstrap, settings.topics.all()))
    dep = Deployment(settings=settings, config_path=path)
    try:
        yield dep
    finally:
        dep.stop_all()


@pytest.fixture
async def producer(kafka_bootstrap: str) -> AsyncIterator[AIOKafkaProducer]:
    p = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, linger_ms=0, acks="all")
    await p.start()
    try:
        yield p
    finally:
        await p.stop()


class TopicWatcher:
    """Reads topics from their end (or beginning) and waits for records matching a test."""

    def __init__(self, consumer: AIOKafkaConsumer) -> None:
        self.consumer = consumer
        self.seen: list[tuple[str, bytes | None, bytes, float]] = []

    async def wait_for(
        self, predicate: Callable[[str, bytes], bool], timeout_s: float = 30.0
    ) -> tuple[str, bytes, float]:
        """The first (topic, value, arrival perf_counter) satisfying ``predicate``."""
        for topic, _key, value, at in self.seen:
            if predicate(topic, value):
                return topic, value, at
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline:
            batches = await self.consumer.getmany(timeout_ms=100)
            now = time.perf_counter()
            fresh = [(tp.topic, m.key, m.value, now) for tp, ms in batches.items() for m in ms]
            self.seen.extend(fresh)  # all of them: a later wait may look for the others
            for topic, _key, value, at in fresh:
                if predicate(topic, value):
                    return topic, value, at
        seen = [(t, v[:200]) for t, _k, v, _a in self.seen[-5:]]
        raise TimeoutError(f"no matching record within {timeout_s}s; last seen: {seen}")

    async def dead_letter_of(
        self, dead_letters_topic: str, origin: tuple[str, int, int], timeout_s: float = 30.0
    ) -> dict:
        """The dead letter of the record at ``origin`` (topic, partition, offset)."""

        def same_origin(topic: str, value: bytes) -> bool:
            if topic != dead_letters_topic:
                return False
            d = json.loads(value)
            return (d["origin_topic"], d["origin_partition"], d["origin_offset"]) == origin

        _, raw, _ = await self.wait_for(same_origin, timeout_s)
        return json.loads(raw)


@pytest.fixture
async def watch(
    kafka_bootstrap: str,
) -> AsyncIterator[Callable[..., contextlib.AbstractAsyncContextManager[TopicWatcher]]]:
    @contextlib.asynccontextmanager
    async def _watch(*topics: str, from_beginning: bool = True) -> AsyncIterator[TopicWatcher]:
        consumer = AIOKafkaConsumer(
            *topics,
            bootstrap_servers=kafka_bootstrap,
            group_id=None,
            auto_offset_reset="earliest" if from_beginning else "latest",
            fetch_max_wait_ms=20,
        )
        await consumer.start()
        try:
            yield TopicWatcher(consumer)
        finally:
            await consumer.stop()

    yield _watch
