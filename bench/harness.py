"""What every benchmark needs: a broker of its own, fresh topics, a worker process, records.

Benchmarks run on the embedded broker on free loopback ports (never the demo's), each
scenario with its own topic prefix and worker app id, and stop everything they start.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.missions import MissionSigner
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.settings import BrokerSettings, Settings, TopicSettings
from missionguard.pipeline.tools.devbroker import LocalBroker, free_ports
from missionguard.pipeline.tools.simulate import generate as generate_fleet
from missionguard.pipeline.tools.simulate import preset
from missionguard.pipeline.tools.worker_process import (
    WorkerProcess,
    checkout_imports,
    write_settings,
)

__all__ = ["Bench", "fleet_records", "produce_all", "wait_consumed"]


@dataclass
class Bench:
    """A broker for one benchmark run, and fresh deployments on it."""

    root: Path
    broker: LocalBroker
    bootstrap: str
    # The checkout whose code the workers run (None: this one); see ``other_checkout``.
    checkout: Path | None = None

    @classmethod
    @contextlib.contextmanager
    def start(cls) -> Iterator[Bench]:
        with tempfile.TemporaryDirectory(prefix="mg-bench-") as tmp:
            root = Path(tmp)
            port, controller = free_ports(2)
            settings = BrokerSettings(
                port=port, controller_port=controller, data_dir=root / "kafka"
            )
            broker = LocalBroker(settings)
            broker.start(progress=lambda m: print(f"  [broker] {m}", flush=True))
            try:
                yield cls(root=root, broker=broker, bootstrap=f"127.0.0.1:{port}")
            finally:
                broker.stop()

    def deployment(self, name: str, partitions: int = 4) -> tuple[Settings, Path]:
        """Settings with fresh topics and app id, written where a worker process can read them."""
        tag = f"{name}-{uuid.uuid4().hex[:6]}"
        base = Settings()
        topics = TopicSettings(
            prefix=f"bench-{tag}.",
            decisions=base.topics.decisions.model_copy(update={"partitions": partitions}),
            missions=base.topics.missions.model_copy(update={"partitions": partitions}),
        )
        settings = base.with_overrides(
            kafka=base.kafka.model_copy(update={"bootstrap_servers": self.bootstrap}),
            topics=topics,
            worker=base.worker.model_copy(
                update={"app_id": f"bench-{tag}", "state_dir": self.root / "state" / tag}
            ),
            # Benchmarks inject many attacks per cohort; the guard rail would (rightly) hold
            # back all revocations past its cap, and its latency is not what is measured.
            control=base.control.model_copy(
                update={"guard": base.control.guard.model_copy(update={"max_revocations": 100_000})}
            ),
        )
        asyncio.run(ensure_topics(self.bootstrap, settings.topics.all()))
        config = write_settings(settings, self.root / f"{tag}.yaml", log_level="info")
        return settings, config

    def worker(self, config: Path, n: int = 0) -> WorkerProcess:
        log = config.with_name(f"{config.stem}-worker{n}.log")
        if self.checkout is None:
            return WorkerProcess(config, log)
        # Its Settings may not know a setting added since: drop those from its YAML.
        prefix, env = checkout_imports(self.checkout)
        subprocess.run(
            [sys.executable, "-c", _PRUNE, str(config), f"{prefix}pipeline.settings"],
            cwd=self.checkout,
            env=env,
            check=True,
        )
        return WorkerProcess(config, log, self.checkout)

    @contextlib.contextmanager
    def other_checkout(self, checkout: Path) -> Iterator[None]:
        """Workers started inside run ``checkout``'s code (paired before/after benchmarks).
        Checked first: a child process of ``checkout`` must import its command line from
        ``checkout``, not from this checkout's installed package."""
        checkout = checkout.resolve()
        if checkout not in _checked:
            prefix, env = checkout_imports(checkout)
            done = subprocess.run(
                [sys.executable, "-c", _WHERE, f"{prefix}pipeline.cli"],
                cwd=checkout,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            where = Path(done.stdout.strip()).resolve()
            if not where.is_relative_to(checkout):
                raise RuntimeError(f"a worker of {checkout} would run {where}")
            print(f"  [against] {checkout}: {prefix}pipeline.cli from {where}", flush=True)
            _checked.add(checkout)
        self.checkout = checkout
        try:
            yield
        finally:
            self.checkout = None


_checked: set[Path] = set()

# Run in another checkout: where its command line module comes from.
_WHERE = "import importlib, sys; print(importlib.import_module(sys.argv[1]).__file__)"

# Run in another checkout: keep only the settings its own Settings model knows (argv: the
# YAML file, the settings module of that checkout's layout).
_PRUNE = """
import importlib, sys, yaml
from pydantic import BaseModel
Settings = importlib.import_module(sys.argv[2]).Settings

def prune(model, data):
    out = {}
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            continue
        kind = field.annotation
        if isinstance(value, dict) and isinstance(kind, type) and issubclass(kind, BaseModel):
            value = prune(kind, value)
        out[key] = value
    return out

path = sys.argv[1]
with open(path) as f:
    data = yaml.safe_load(f)
with open(path, "w") as f:
    yaml.safe_dump(prune(Settings, data), f)
"""


def signed(mission: MissionDeclaration) -> MissionDeclaration:
    """``mission`` signed by the local dev issuer, which bench workers trust (docs/missions.md):
    an unsigned one would be rejected and its agent judged as undeclared."""
    return _issuer().sign(mission)


@functools.cache
def _issuer() -> MissionSigner:
    return MissionSigner.from_settings(Settings().missions)


def fleet_records(
    decisions: int, *, seed: int = 11
) -> list[MissionDeclaration | AuthorizationDecision]:
    """Missions and at least ``decisions`` decisions from the simulator's suite fleet."""
    out: list[MissionDeclaration | AuthorizationDecision] = []
    count = 0
    for record in generate_fleet(preset("suite", seed=seed)):
        out.append(record)
        if isinstance(record, AuthorizationDecision):
            count += 1
            if count >= decisions:
                break
    return out


async def produce_all(bootstrap: str, settings: Settings, records: list) -> float:
    """Produce records as fast as possible (batched); return the seconds it took."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=256 * 1024)
    await producer.start()
    t = settings.topics
    began = time.perf_counter()
    try:
        futures = []
        for record in records:
            topic = t.missions_topic if record.type == "mission" else t.decisions_topic
            if record.type == "mission":
                record = signed(record)
            futures.append(
                await producer.send(topic, dump_json(record), key=record.agent_id.encode())
            )
            if len(futures) >= 5000:
                await asyncio.gather(*futures)
                futures.clear()
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return time.perf_counter() - began


async def wait_consumed(
    bootstrap: str, group: str, partitions: dict[str, int], timeout_s: float
) -> float:
    """Wait until ``group`` has committed the end offsets of every partition of the given
    topics (name -> partition count); return when, as ``time.perf_counter()``. The ends are
    read again each round: the worker re-publishes records to their route's partition
    (pipeline/judging/routing.py), and those must be judged too."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    probe = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await admin.start()
    await probe.start()
    try:
        tps = [TopicPartition(t, p) for t, n in partitions.items() for p in range(n)]
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline:
            # Committed first, ends after: a record is re-published before its offset is
            # committed, so its copy is in the ends read after the commit that covers it.
            committed = await admin.list_consumer_group_offsets(group)
            ends = await probe.end_offsets(tps)
            if all(tp in committed and committed[tp].offset >= ends[tp] for tp in tps if ends[tp]):
                return time.perf_counter()
            await asyncio.sleep(0.05)
        raise TimeoutError(f"group {group} did not catch up within {timeout_s:.0f}s")
    finally:
        await probe.stop()
        await admin.close()
