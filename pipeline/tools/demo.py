"""``missionguard demo``, the main job: the whole loop, live, on a real Kafka broker.

It starts (unless already there) the embedded broker, the judging worker (a real
``missionguard worker`` process), an enforcement point with its HTTP endpoint, and a
simulated fleet whose agents ask the enforcement point before each call, as an agent
gateway would. The terminal shows what flows: decisions per second, alerts, revocations,
the enforcement point refusing revoked agents, dead letters. It stops everything it
started when the time is up or on Ctrl-C.

The fleet's event times are shifted to start now; its calls are sent at ``rate`` per
second, faster than the simulated clock, so a 15-minute fleet plays in about a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from missionguard.pipeline.enforcement import EnforcementPoint, MissionGuardClient
from missionguard.pipeline.enforcement.auth import check_command, load_token
from missionguard.pipeline.enforcement.http import serve_http
from missionguard.pipeline.kafka.security import client_kwargs
from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.missions import MissionSigner
from missionguard.pipeline.records import AuthorizationDecision, dump_json
from missionguard.pipeline.settings import PROJECT_ROOT, Settings
from missionguard.pipeline.terminal import styled
from missionguard.pipeline.tools.devbroker import LocalBroker, free_ports, port_is_free
from missionguard.pipeline.tools.simulate import FleetConfig, generate, preset
from missionguard.pipeline.tools.worker_process import WorkerProcess, write_settings

__all__ = ["DemoSummary", "run_demo"]

RUN_DIR = PROJECT_ROOT / ".missionguard" / "demo"


@dataclass
class DemoSummary:
    """What the demo saw; ``latencies_ms`` are decision produced -> command on the control topic."""

    seconds: float = 0.0
    decisions_sent: int = 0
    missions_sent: int = 0
    refused_by_gateway: int = 0
    alerts: Counter[str] = field(default_factory=Counter)
    revoked: dict[str, str] = field(default_factory=dict)  # agent -> its label kind
    latencies_ms: list[float] = field(default_factory=list)
    http_refusals: int = 0
    dead_letters: int = 0
    recent: deque[Text] = field(default_factory=lambda: deque(maxlen=8))

    def rate(self) -> float:
        return self.decisions_sent / self.seconds if self.seconds else 0.0


class _Stack:
    """Everything the demo started, stopped in reverse order whatever happens."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.broker: LocalBroker | None = None
        self.worker: WorkerProcess | None = None
        self.settings: Settings | None = None

    def stop(self) -> None:
        if self.worker is not None and self.worker.running():
            self.console.print("stopping worker ...", style="dim")
            self.worker.stop()
        if self.settings is not None:
            # Leave the broker (and its data dir) none of this run's topics.
            try:
                asyncio.run(_delete_run_topics(self.settings))
            except Exception as exc:  # cleanup only: never hide why the demo ended
                self.console.print(f"could not delete this run's topics: {exc!r}", style="dim")
        if self.broker is not None:
            self.console.print("stopping the local broker ...", style="dim")
            self.broker.stop()


async def _delete_run_topics(settings: Settings) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(**client_kwargs(settings.kafka))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        mine = [
            t for t in existing if t.startswith((settings.topics.prefix, settings.worker.app_id))
        ]
        if mine:
            await admin.delete_topics(mine)
    finally:
        await admin.close()


def _start_worker(settings: Settings, console: Console) -> WorkerProcess:
    config = write_settings(settings, RUN_DIR / "worker.yaml", log_level="info")
    worker = WorkerProcess(config, RUN_DIR / "worker.log")
    with console.status("starting the judging worker (Faust) ..."):
        seconds = worker.start()
    console.print(f"worker ready in {seconds:.1f}s (log: {worker.log_path})")
    return worker


def run_demo(
    settings: Settings,
    *,
    duration_s: float,
    rate: float,
    agents: int | None,
    headless: bool,
    console: Console,
) -> DemoSummary:
    stack = _Stack(console)
    try:
        if settings.broker.mode == "embedded":
            broker = LocalBroker(settings.broker)
            if not broker.status().running:
                broker.start(progress=lambda m: console.print(m, style="dim"))
                stack.broker = broker
            bootstrap = broker.status().bootstrap
            settings = settings.with_overrides(
                kafka=settings.kafka.model_copy(update={"bootstrap_servers": bootstrap})
            )
        # Each run gets its own topics and worker state: the same seeded fleet replayed on
        # the topics of an earlier run would meet its agents already revoked.
        run_id = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        settings = settings.with_overrides(
            topics=settings.topics.model_copy(
                update={"prefix": f"{settings.topics.prefix}demo-{run_id}."}
            ),
            worker=settings.worker.model_copy(
                update={"app_id": f"{settings.worker.app_id}-demo-{run_id}"}
            ),
        )
        stack.settings = settings
        console.print(
            styled(
                "Kafka at ",
                (settings.kafka.bootstrap_servers, "bold"),
                f", topics {settings.topics.prefix}*",
            )
        )
        asyncio.run(ensure_topics(settings.kafka, settings.topics.all()))
        stack.worker = _start_worker(settings, console)
        return asyncio.run(_live(settings, duration_s, rate, agents, headless, console))
    finally:
        stack.stop()


async def _live(
    settings: Settings,
    duration_s: float,
    rate: float,
    agents: int | None,
    headless: bool,
    console: Console,
) -> DemoSummary:
    topics = settings.topics
    e = settings.enforcement
    port = e.port if port_is_free(e.host, e.port) else free_ports(1, e.host)[0]
    point = EnforcementPoint(settings.kafka, topics.control_topic, point_id="demo-gateway")
    await point.start()
    runner = await serve_http(point, e.host, port, settings.control.http)
    gateway = MissionGuardClient(point.state)
    producer = AIOKafkaProducer(**client_kwargs(settings.kafka), linger_ms=2)
    watcher = AIOKafkaConsumer(
        topics.alerts_topic,
        topics.control_topic,
        topics.dead_letters_topic,
        **client_kwargs(settings.kafka),
        group_id=None,
        auto_offset_reset="latest",
        fetch_max_wait_ms=20,
    )
    await producer.start()
    await watcher.start()
    summary = DemoSummary()
    sent_at: dict[str, float] = {}
    config = _fleet_config(settings.demo.seed, rate * duration_s, agents)
    fleet = generate(config)
    issuer = MissionSigner.from_settings(settings.missions)
    url = f"http://{e.host}:{port}/v1/check"
    # The check service authenticates its callers (docs/control-protocol.md): the demo's own
    # HTTP checks send the token, and the curl it suggests reads it.
    http_settings = settings.control.http
    headers: dict[str, str] = {}
    if "token" in http_settings.auth.mode:
        headers["Authorization"] = f"Bearer {load_token(http_settings)}"
    curl = check_command(http_settings, url)
    console.print(styled("enforcement point: ", (curl, "bold"), "  (try it while it runs)"))
    started = time.perf_counter()

    async def feed() -> None:
        interval = 1.0 / rate
        next_at = time.perf_counter()
        for n, record in enumerate(fleet):
            if time.perf_counter() - started > duration_s:
                return
            key = record.agent_id.encode()
            if n and n % 2000 == 0:  # show that bad input is dead-lettered, not fatal
                bad = b'{"type": "decision", "oops": '
                await producer.send(topics.decisions_topic, bad, key=key)
            if isinstance(record, AuthorizationDecision):
                # The agent's gateway asks the enforcement point first: revoked agents stop here.
                if not gateway.check(record.agent_id, record.credential_id).allowed:
                    summary.refused_by_gateway += 1
                    continue
                sent_at[record.event_id] = time.perf_counter()
                await producer.send(topics.decisions_topic, dump_json(record), key=key)
                summary.decisions_sent += 1
                next_at += interval
                delay = next_at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            else:
                # Signed by the local dev issuer, which the worker trusts (docs/missions.md).
                signed = issuer.sign(record)
                await producer.send(topics.missions_topic, dump_json(signed), key=key)
                summary.missions_sent += 1

    async def watch(http: aiohttp.ClientSession) -> None:
        while True:
            batches = await watcher.getmany(timeout_ms=100)
            now = time.perf_counter()
            for tp, messages in batches.items():
                for m in messages:
                    await _observe(tp.topic, json.loads(m.value), now, http)

    async def _observe(
        topic: str, rec: dict[str, Any], now: float, http: aiohttp.ClientSession
    ) -> None:
        if topic == topics.alerts_topic:
            summary.alerts[rec["severity"]] += 1
            if rec["severity"] not in ("info", "low"):
                why = rec["detectors"][0]["reason"] if rec["detectors"] else ""
                summary.recent.append(
                    styled((f"{rec['severity']:8s}", "yellow"), f" {rec['agent_id']}: {why[:90]}")
                )
        elif topic == topics.control_topic:
            if rec["trigger_event_id"] in sent_at:
                summary.latencies_ms.append((now - sent_at[rec["trigger_event_id"]]) * 1000)
            label = fleet.label_of(rec["agent_id"])
            summary.revoked[rec["agent_id"]] = label.kind if label else "?"
            await asyncio.sleep(0.01)  # give the enforcement point a moment to apply it
            async with http.get(url, params={"agent_id": rec["agent_id"]}, headers=headers) as resp:
                if resp.status == 403:
                    summary.http_refusals += 1
            truth: str = label.kind if label else "?"
            if label and label.scenario:
                truth += f"/{label.scenario}"
            summary.recent.append(
                styled(
                    (f"{rec['action']:8s}", "bold red"),
                    f" {rec['agent_id']} ({truth}): HTTP check -> {resp.status}",
                )
            )
        else:
            summary.dead_letters += 1
            summary.recent.append(styled(("dead letter", "magenta"), f" {rec['reason'][:90]}"))

    def view() -> Group:
        summary.seconds = time.perf_counter() - started
        return Group(
            _table(summary, duration_s),
            Panel(Text("\n").join(summary.recent) or Text("waiting ..."), title="latest"),
        )

    try:
        async with aiohttp.ClientSession() as http:
            watch_task = asyncio.create_task(watch(http))
            feed_task = asyncio.create_task(feed())
            if headless:
                while not feed_task.done():
                    await asyncio.sleep(5)
                    summary.seconds = time.perf_counter() - started
                    console.print(_line(summary))
            else:
                with Live(view(), console=console, refresh_per_second=4) as live:
                    while not feed_task.done():
                        await asyncio.sleep(0.25)
                        live.update(view())
            await feed_task
            await producer.flush()
            await asyncio.sleep(2.0)  # let the last judgements arrive
            watch_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watch_task
    finally:
        summary.seconds = time.perf_counter() - started
        await watcher.stop()
        await producer.stop()
        await runner.cleanup()
        await point.stop()
    return summary


# The "demo" preset yields about 3,000 decisions from 60 agents over 15 simulated minutes.
_PRESET_DECISIONS = 3000


def _fleet_config(seed: int, decisions_wanted: float, agents: int | None) -> FleetConfig:
    """The demo preset, scaled so the fleet does not run dry before the demo ends."""
    base = preset("demo", seed=seed)
    factor = max(1.0, decisions_wanted / _PRESET_DECISIONS)
    if agents:
        factor = max(factor, agents / base.agents)
    return base.model_copy(
        update={
            "duration_h": base.duration_h * factor,
            "long_lived_agents": round(base.long_lived_agents * factor),
            "ephemeral_agents": round(base.ephemeral_agents * factor),
            "start": datetime.now(UTC).replace(microsecond=0),
        }
    )


def _line(s: DemoSummary) -> str:
    return (
        f"{s.seconds:5.0f}s  decisions={s.decisions_sent:,} ({s.rate():.0f}/s)  "
        f"alerts={sum(s.alerts.values())}  revoked={len(s.revoked)}  "
        f"refused={s.refused_by_gateway}  dead_letters={s.dead_letters}"
    )


def _table(s: DemoSummary, duration_s: float) -> Table:
    t = Table(title=f"MissionGuard live ({s.seconds:.0f}/{duration_s:.0f} s)", show_header=False)
    t.add_row(
        "decisions sent", f"{s.decisions_sent:,} ({s.rate():.0f}/s), {s.missions_sent} missions"
    )
    t.add_row("alerts", ", ".join(f"{k} {v}" for k, v in sorted(s.alerts.items())) or "0")
    kinds = Counter(s.revoked.values())
    t.add_row(
        "agents revoked", f"{len(s.revoked)} ({', '.join(f'{k} {v}' for k, v in kinds.items())})"
    )
    t.add_row(
        "calls refused by the enforcement point",
        f"{s.refused_by_gateway:,} (HTTP 403 checks: {s.http_refusals})",
    )
    if s.latencies_ms:
        t.add_row("decision -> revocation (ms)", _latency(s.latencies_ms))
    t.add_row("dead letters", str(s.dead_letters))
    return t


def _latency(values: list[float]) -> str:
    v = sorted(values)
    p95 = v[min(len(v) - 1, int(0.95 * len(v)))]
    return f"p50 {statistics.median(v):.1f}, p95 {p95:.1f}, max {v[-1]:.1f} (n={len(v)})"


def print_summary(s: DemoSummary, console: Console) -> None:
    console.print(_table(s, s.seconds))
    kinds = Counter(s.revoked.values())
    console.print(
        f"Revoked {len(s.revoked)} agents: {kinds.get('attacked', 0)} attacked, "
        f"{kinds.get('benign', 0) + kinds.get('benign_novel', 0)} benign "
        "(labels from the simulator). "
        f"Latency is wall-clock from producing the triggering decision to reading the "
        f"command on the control topic, on this machine's loopback."
    )
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    path = RUN_DIR / "summary.json"
    path.write_text(
        json.dumps(
            {
                "seconds": round(s.seconds, 2),
                "decisions_sent": s.decisions_sent,
                "missions_sent": s.missions_sent,
                "alerts": dict(s.alerts),
                "revoked": s.revoked,
                "refused_by_gateway": s.refused_by_gateway,
                "http_refusals": s.http_refusals,
                "dead_letters": s.dead_letters,
                "latency_ms": sorted(round(x, 2) for x in s.latencies_ms),
            },
            indent=1,
            sort_keys=True,
        )
    )
    console.print(f"summary written to {path}", style="dim")
