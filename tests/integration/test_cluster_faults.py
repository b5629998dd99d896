"""Broker faults under a running worker and enforcement point (issue 15).

* On a real three-node KRaft cluster (``LocalCluster``, every topic replication factor 3 and
  min.insync.replicas 2, idempotent acks=all producers): under load, the node leading the
  most ``decisions`` partitions is killed (SIGKILL, no controlled shutdown). Nothing is lost:
  the worker's committed offsets reach the end of every ``decisions`` partition, every hostile
  probe (one a second, before, during and after the leader change) is revoked on the control
  topic, applied once by the enforcement point and refused by its ``/v1/check``.
* On a single node: the broker is stopped and restarted under a running worker and point;
  afterwards a new hostile agent is still revoked and enforced, and no command was applied
  twice.

Figures (pause, latency) are printed; docs/reliability.md ("Broker faults") has the runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
import yaml
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings import BrokerSettings, Settings
from missionguard.pipeline.tools.devbroker import BrokerError, LocalBroker, free_ports
from missionguard.pipeline.tools.devbroker.local import LocalCluster
from missionguard.pipeline.tools.worker_process import WorkerProcess, write_settings

from .enforce_process import EnforceProcess

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
# Two cores run three JVMs, a worker, a point and the load here: small heaps, long timeouts.
HEAP = "320m"


def _log(message: str) -> None:
    print(f"[faults] {message}", file=sys.stderr, flush=True)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    started = time.perf_counter()
    for attempt in (1, 2):  # a free port can be taken by another process before Kafka binds it
        ports = free_ports(6)
        settings = BrokerSettings(
            data_dir=tmp_path_factory.mktemp("cluster"), heap=HEAP, start_timeout_s=180.0
        )
        local = LocalCluster(settings, 3, list(zip(ports[::2], ports[1::2], strict=True)))
        try:
            local.start(progress=lambda m: _log(f"[cluster] {m}"))
            break
        except BrokerError as exc:
            if attempt == 2:
                raise
            _log(f"cluster start failed, retrying on other ports: {exc}")
    _log(f"cluster of 3 ready in {time.perf_counter() - started:.1f} s: {local.bootstrap}")
    try:
        yield local
    finally:
        local.stop()


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    port, controller_port = free_ports(2)
    settings = BrokerSettings(
        port=port,
        controller_port=controller_port,
        data_dir=tmp_path_factory.mktemp("single"),
        heap=HEAP,
        start_timeout_s=120.0,
    )
    local = LocalBroker(settings)
    local.start()
    try:
        yield local
    finally:
        local.stop()


def deployment_config(bootstrap: str, tmp_path: Path, replicas: int, in_sync: int) -> Path:
    """A settings file for this test: its own topics (every one ``replicas`` replicas,
    ``in_sync`` in sync), app id and state dir on ``bootstrap``."""
    tag = uuid.uuid4().hex[:8]
    config = yaml.safe_load((ROOT / "config" / "missionguard.yaml").read_text())
    config["kafka"]["bootstrap_servers"] = bootstrap
    config["broker"]["mode"] = "external"
    topics = Settings().topics.model_dump(mode="json")
    for name, spec in topics.items():
        if isinstance(spec, dict):
            spec.update(config["topics"].get(name, {}))
            spec.update(replication_factor=replicas, min_insync_replicas=in_sync)
    config["topics"] = {**topics, "prefix": f"it-{tag}."}
    # Every probe here is revoked on purpose: past the cohort cap they would be alert-only.
    config["control"]["guard"] = {"max_revocations": 10_000}
    config["worker"].update(
        app_id=f"mg-it-{tag}", state_dir=str(tmp_path / "state"), log_level="info"
    )
    path = tmp_path / "missionguard.yaml"
    path.write_text(yaml.safe_dump(config))
    write_settings(Settings(config=path), path)  # the resolved settings the processes use
    return path


async def refuses(point: EnforceProcess, http: aiohttp.ClientSession, agent: str) -> bool:
    status, _ = await point.get(http, f"/v1/check?agent_id={agent}")
    return status == 403


@dataclass
class Stack:
    """A worker and an enforcement point on one deployment, a producer, and a watcher of the
    control topic that notes when each agent's revocation arrives."""

    settings: Settings
    worker: WorkerProcess
    point: EnforceProcess
    producer: AIOKafkaProducer
    http: aiohttp.ClientSession
    revoked_at: dict[str, float] = field(default_factory=dict)
    commands: dict[str, int] = field(default_factory=dict)  # command id -> times on control
    acked: set[str] = field(default_factory=set)  # probes whose decision the broker has

    async def send(self, value: bytes, key: str) -> asyncio.Future:
        """Queue one decision; the future resolves once every in-sync replica has it."""
        topic = self.settings.topics.decisions_topic
        return await self.producer.send(topic, value, key=key.encode())


@contextlib.asynccontextmanager
async def stack(config: Path, tmp_path: Path) -> AsyncIterator[Stack]:
    settings = Settings(config=config)
    bootstrap = settings.kafka.bootstrap_servers
    await ensure_topics(bootstrap, settings.topics.all(), timeout_s=60)
    worker = WorkerProcess(config, tmp_path / "worker.log")
    point: EnforceProcess | None = None
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=2
    )
    control = AIOKafkaConsumer(
        settings.topics.control_topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=50,
    )
    try:
        try:
            worker.start(timeout_s=180)
        except TimeoutError:  # pytest's temporary dirs do not last: keep the why in the report
            _log(
                "worker not ready; its log:\n" + worker.log_path.read_text(errors="replace")[-6000:]
            )
            raise
        point = EnforceProcess(config, free_ports(1)[0], tmp_path / "enforce.log")
        await producer.start()
        await control.start()
        async with aiohttp.ClientSession() as http:
            s = Stack(settings, worker, point, producer, http)

            async def follow() -> None:
                while True:
                    batches = await control.getmany(timeout_ms=200)
                    now = time.perf_counter()
                    for messages in batches.values():
                        for m in messages:
                            command = json.loads(m.value)
                            key = command["command_id"]
                            s.commands[key] = s.commands.get(key, 0) + 1
                            s.revoked_at.setdefault(command["agent_id"], now)

            follower = asyncio.create_task(follow())
            try:
                await point.wait_healthy(http, timeout_s=90)
                yield s
            finally:
                follower.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await follower
    finally:
        if point is not None:
            point.stop()
        worker.stop()
        await control.stop()
        await producer.stop()


async def send_missions(s: Stack, make, agents: list[str]) -> None:
    topic = s.settings.topics.missions_topic
    for agent in agents:
        await s.producer.send(topic, dump_json(make.mission(agent)), key=agent.encode())
    await s.producer.flush()


async def load(s: Stack, make, agents: list[str], rate: float, stop: asyncio.Event) -> int:
    """Benign decisions, round robin over ``agents`` at ``rate`` a second, until ``stop``;
    the number sent, once the broker acknowledged every one (acks=all: none lost by it)."""
    sent, began, pending = 0, time.perf_counter(), []
    while not stop.is_set():
        agent = agents[sent % len(agents)]
        decision = make.decision(agent, resource=f"tickets/{sent}")
        pending.append(await s.send(dump_json(decision), agent))
        sent += 1
        ahead = sent / rate - (time.perf_counter() - began)
        if ahead > 0:
            await asyncio.sleep(ahead)
    await asyncio.wait_for(asyncio.gather(*pending), 120)
    return sent


async def probe(s: Stack, make, agent: str) -> float:
    """Send one hostile decision for ``agent``; the seconds until the point refuses it."""
    began = time.perf_counter()
    await (await s.send(dump_json(make.hostile(agent)), agent))
    s.acked.add(agent)
    while not await refuses(s.point, s.http, agent):
        await asyncio.sleep(0.05)
    return time.perf_counter() - began


async def committed_to_the_end(s: Stack, timeout_s: float) -> dict[int, tuple[int, int]]:
    """Wait until the worker's group committed every decisions partition up to its end;
    return partition -> (committed, end)."""
    topic = s.settings.topics.decisions_topic
    tps = [TopicPartition(topic, p) for p in range(s.settings.topics.decisions.partitions)]
    bootstrap = s.settings.kafka.bootstrap_servers
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await admin.start()
    await consumer.start()
    try:
        end = await consumer.end_offsets(tps)
        deadline = time.monotonic() + timeout_s
        while True:
            offsets = await admin.list_consumer_group_offsets(s.settings.worker.app_id)
            state = {
                tp.partition: (offsets[tp].offset if tp in offsets else -1, end[tp]) for tp in tps
            }
            if all(committed >= last for committed, last in state.values()):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"worker did not commit to the end: {state}")
            await asyncio.sleep(0.5)
    finally:
        await consumer.stop()
        await admin.close()


async def leaders(bootstrap: str, topic: str) -> tuple[dict[int, int], int]:
    """partition -> leader node of ``topic``, and the active controller's node id."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
        cluster = await admin.describe_cluster()
    finally:
        await admin.close()
    partitions = described[0]["partitions"]
    return {p["partition"]: p["leader"] for p in partitions}, int(cluster["controller_id"])


async def partitions(bootstrap: str, topic: str) -> dict[int, tuple[int, list[int]]]:
    """partition -> (leader, the replicas in sync), of ``topic``."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return {p["partition"]: (p["leader"], sorted(p["isr"])) for p in described[0]["partitions"]}


async def all_in_sync(bootstrap: str, topics: list[str], replicas: int, timeout_s: float) -> float:
    """Wait until every partition of ``topics`` has all ``replicas`` in sync; the seconds it
    took. The fault is meant for a healthy cluster: on a starved machine a follower can fall
    out of sync (``replica.lag.time.max.ms``) under load, and killing the leader of a
    partition whose only in-sync replica it is takes the partition offline, which is not the
    fault under test."""
    began = time.monotonic()
    while True:
        short = {
            (topic, p): isr
            for topic in topics
            for p, (_, isr) in (await partitions(bootstrap, topic)).items()
            if len(isr) < replicas
        }
        if not short:
            return time.monotonic() - began
        if time.monotonic() - began > timeout_s:
            raise AssertionError(f"replicas not in sync after {timeout_s:.0f} s: {short}")
        await asyncio.sleep(0.5)


async def enforced_once(s: Stack, hostile: list[str]) -> dict:
    """Every ``hostile`` agent revoked on the control topic and refused by the point, every
    command applied once; the point's counts."""
    deadline = time.monotonic() + 60
    while not set(hostile) <= set(s.revoked_at) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert set(hostile) <= set(s.revoked_at), sorted(set(hostile) - set(s.revoked_at))
    for agent in hostile:
        assert await refuses(s.point, s.http, agent), agent
    _, body = await s.point.get(s.http, "/v1/revocations")
    # A command the worker published again (a batch judged twice after a commit that did not
    # reach the broker) is refused as replayed: never applied twice, never anything else.
    assert body["applied"] == len(s.commands), (body, s.commands)
    assert body["rejected"] == body["duplicates"], body
    assert s.worker.running(), s.worker.log_path.read_text(errors="replace")[-3000:]
    assert s.point.process.poll() is None, s.point.log()[-3000:]
    return body


async def _why_not_refused(s: Stack, probes: list[str], tasks: list[asyncio.Task]) -> None:
    """Log what a CI report needs when probes were not refused in time: which ones, whether
    the broker acknowledged their decision (the test's producer), whether their revocation
    reached the control topic (the worker), whether the point refuses them now (the point),
    and the tails of both processes' logs (pytest's temporary directories do not last)."""
    late = [agent for agent, task in zip(probes, tasks, strict=False) if not task.done()]
    unacked = [agent for agent in late if agent not in s.acked]
    on_control = [agent for agent in late if agent in s.revoked_at]
    refused: list[str] = []
    for agent in late:
        try:
            if await asyncio.wait_for(refuses(s.point, s.http, agent), 5):
                refused.append(agent)
        except (TimeoutError, aiohttp.ClientError) as exc:
            refused.append(f"{agent}: no answer ({exc!r})")
    _log(
        f"not refused in time: {late}; decision not acknowledged by the broker: {unacked}; "
        f"revocation on the control topic: {on_control}; "
        f"refused now: {refused}; worker running: {s.worker.running()}, "
        f"point running: {s.point.process.poll() is None}"
    )
    try:  # is the worker's group behind on some decisions partition (a stalled fetch)?
        state = await committed_to_the_end(s, timeout_s=0)
        _log(f"decisions partition -> (committed, end): {state}")
    except Exception as exc:  # the assertion says where the group stands
        _log(f"decisions committed / end: {exc}")
    for topic in (s.settings.topics.decisions_topic, s.settings.topics.control_topic):
        try:  # which partitions have a leader, and which replicas are in sync
            state = await asyncio.wait_for(
                partitions(s.settings.kafka.bootstrap_servers, topic), 20
            )
            _log(f"{topic}: partition -> (leader, in sync) {state}")
        except Exception as exc:  # a diagnosis must not hide the failure it explains
            _log(f"could not describe {topic}: {exc!r}")
    _log("worker log (tail):\n" + s.worker.log_path.read_text(errors="replace")[-8000:])
    _log("point log (tail):\n" + s.point.log()[-4000:])


@pytest.mark.parametrize("how", ["sigkill", "sigterm"])
async def test_losing_the_decisions_leader_loses_nothing(
    cluster: LocalCluster, make, tmp_path: Path, how: str
) -> None:
    """Under load, the node leading most decisions partitions dies (SIGKILL: a crash, the
    cluster notices once its broker session expires) or shuts down (SIGTERM: controlled, it
    hands its leaderships over first). Probes, one hostile decision a second from eight
    seconds before to fifteen after, measure the pause."""
    began = time.perf_counter()
    config = deployment_config(cluster.bootstrap, tmp_path, replicas=3, in_sync=2)
    tag = uuid.uuid4().hex[:6]
    benign = [f"bot-{tag}-{i}" for i in range(40)]
    probes = [f"probe-{tag}-{i}" for i in range(24)]
    victim: LocalBroker | None = None
    try:
        async with stack(config, tmp_path) as s:
            await send_missions(s, make, benign + probes)
            await asyncio.sleep(2)  # missions and decisions are different topics: missions first
            stop = asyncio.Event()
            loader = asyncio.create_task(load(s, make, benign, rate=80, stop=stop))
            sent: list[tuple[float, asyncio.Task[float]]] = []
            killed_at = 0.0
            going: asyncio.Task[bool] | None = None
            try:
                for i, agent in enumerate(probes):
                    if i == 8:
                        topic = s.settings.topics.decisions_topic
                        control = s.settings.topics.control_topic
                        waited = await all_in_sync(cluster.bootstrap, [topic, control], 3, 60)
                        _log(f"every decisions and control replica in sync ({waited:.1f} s)")
                        by_partition, controller = await leaders(cluster.bootstrap, topic)
                        led = list(by_partition.values())
                        leader = max(set(led), key=led.count)
                        victim = cluster.node(leader)
                        _log(f"leaders {by_partition}, controller {controller}: {how} {leader}")
                        killed_at = time.perf_counter()
                        # In a thread: the probes go on while a SIGTERMed node shuts down.
                        going = asyncio.create_task(
                            asyncio.to_thread(victim.kill if how == "sigkill" else victim.stop)
                        )
                    probing = asyncio.create_task(probe(s, make, agent))
                    sent.append((time.perf_counter(), probing))
                    await asyncio.sleep(1.0)
                tasks = [t for _, t in sent]
                # asyncio.wait, not wait_for(gather): a timeout must leave the late probes
                # running, or the diagnosis would find every one of them done (cancelled).
                _, late = await asyncio.wait(tasks, timeout=180)
                if late:
                    await _why_not_refused(s, probes, tasks)
                    for task in late:
                        task.cancel()
                    raise TimeoutError(f"{len(late)} of {len(tasks)} probes not refused in 180 s")
                latencies = [t.result() for t in tasks]
                if going is not None:
                    await going
            finally:
                stop.set()
                decisions_sent = await loader
            state = await committed_to_the_end(s, timeout_s=120)
            body = await enforced_once(s, probes)
            after, _ = await leaders(cluster.bootstrap, s.settings.topics.decisions_topic)
            assert victim is not None and victim.node_id not in after.values()
            timeline = ", ".join(
                f"{at - killed_at:+.0f}:{lat:.2f}"
                for (at, _), lat in zip(sent, latencies, strict=True)
            )
            _log(
                f"{how}: sent {decisions_sent} benign + {len(probes)} hostile decisions; "
                f"committed/end {state}; leaders after {after}; probe (sent at, s since the "
                f"fault: seconds to refused) {timeline}; max {max(latencies):.2f} s; "
                f"applied {body['applied']}, duplicates {body['duplicates']}; "
                f"test {time.perf_counter() - began:.0f} s"
            )
    finally:
        if victim is not None:  # the next test gets the whole cluster back
            victim.start()


async def test_single_broker_restart_under_worker_and_point(
    single: LocalBroker, make, tmp_path: Path
) -> None:
    """The one broker stops (SIGTERM) under load and comes back 5 s later: the worker and the
    point reconnect; a new hostile agent is revoked and enforced; nothing applied twice."""
    began = time.perf_counter()
    config = deployment_config(single.bootstrap, tmp_path, replicas=1, in_sync=1)
    tag = uuid.uuid4().hex[:6]
    benign = [f"bot-{tag}-{i}" for i in range(20)]
    before, later = f"before-{tag}", f"after-{tag}"
    async with stack(config, tmp_path) as s:
        await send_missions(s, make, [*benign, before, later])
        await asyncio.sleep(2)
        stop = asyncio.Event()
        loader = asyncio.create_task(load(s, make, benign, rate=60, stop=stop))
        try:
            first = await asyncio.wait_for(probe(s, make, before), 60)
            await asyncio.sleep(2)
            down = time.perf_counter()
            single.stop()
            await asyncio.sleep(5)
            single.start()
            up = time.perf_counter()
            await asyncio.sleep(3)
        finally:
            stop.set()
            decisions_sent = await loader
        second = await asyncio.wait_for(probe(s, make, later), 120)
        state = await committed_to_the_end(s, timeout_s=120)
        body = await enforced_once(s, [before, later])
        _log(
            f"broker restart: down {up - down:.1f} s; sent {decisions_sent} benign decisions; "
            f"committed/end {state}; probe before {first:.2f} s, after {second:.2f} s; "
            f"applied {body['applied']}, duplicates {body['duplicates']}; "
            f"test {time.perf_counter() - began:.0f} s"
        )
