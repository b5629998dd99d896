"""The worker's Prometheus metrics (``docs/observability.md``): connects a
:class:`~pipeline.observability.metrics.WorkerMetrics` to a worker built by
:func:`~.app.create_app` and serves it on its own port.

What is read where:

* the judging stage's counters (records judged, alerts by severity, judge errors, ...) and
  the agent-state table's size: when Prometheus scrapes, from the metrics server's thread
  (plain integer reads and copies of small dicts);
* dead letters by reason class and commands by action: each output the worker publishes
  (:meth:`WorkerMetrics.observe_output`, on ``mg.publish``);
* judge latency: around each ``stage.process`` call (one record decoded and judged);
* consumer lag and task health: every ``worker.metrics_interval_s`` on the worker's event
  loop (a Faust timer), through Faust's public consumer interface (``assignment()``,
  ``highwaters()``, ``position()``) and the monitor's committed offsets
  (``Monitor.tp_committed_offsets``, which Faust's own sensors read); a scrape never awaits
  the loop, so a wedged loop shows as a stale ``missionguard_metrics_updated_timestamp_seconds``.

The stage and the publish function are wrapped on the instances here, so neither the
stage nor the agents know about metrics.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from time import perf_counter
from typing import Any

from missionguard.pipeline.observability.metrics import WorkerMetrics
from missionguard.pipeline.runtime.app import MissionGuardApp

__all__ = ["consumer_lag", "instrument", "serve_metrics", "task_health"]

log = logging.getLogger(__name__)

_AGENTS = ("judge", "normalize")
# mode names the task of an app-level task after its coroutine (``repr(coro)``), which Faust
# names after the decorated function (``functools.wraps``).
_FEEDBACK_TASK = ".follow_feedback "


def instrument(mg: MissionGuardApp, interval_s: float = 5.0) -> WorkerMetrics:
    """Metrics of ``mg`` (before it starts): counters read from its stage, outputs counted,
    records timed, lag and task health refreshed every ``interval_s`` by a Faust timer."""
    topics = mg.settings.topics
    metrics = WorkerMetrics(
        counters=lambda: mg.stage.counters if mg.stage is not None else None,
        table_size=lambda: len(mg.states),
        raw_topics=topics.raw_topics(),
    )
    stage = mg.stage
    if stage is not None:
        process = stage.process
        observe = metrics.judge_seconds.observe

        def timed(*args: Any, **kwargs: Any) -> Any:
            began = perf_counter()
            try:
                return process(*args, **kwargs)
            finally:
                observe(perf_counter() - began)

        stage.process = timed  # type: ignore[method-assign]

    publish = mg.publish

    async def counted(kind: str, key: bytes | None, value: bytes, **where: Any) -> Any:
        sent = await publish(kind, key, value, **where)  # what the caller awaits
        metrics.observe_output(kind, value)
        return sent

    mg.publish = counted  # type: ignore[method-assign]

    inputs = {
        topics.decisions_topic,
        topics.missions_topic,
        topics.feedback_topic,
        *topics.raw_topics(),
    }

    @mg.app.timer(interval_s, name="missionguard-metrics")
    async def refresh_metrics() -> None:
        metrics.set_tasks(task_health(mg))
        try:
            metrics.set_lag(await consumer_lag(mg.app, inputs))
        except Exception as exc:  # noqa: BLE001 - starting, rebalancing: the next round
            log.debug("consumer lag not read: %s: %s", type(exc).__name__, exc)

    return metrics


def task_health(mg: MissionGuardApp) -> dict[str, bool]:
    """Whether each background task runs: the judging and normalizing agents (started, not
    crashed, not stopping) and the feedback follower (its task not done). Call it on the
    worker's event loop."""
    health: dict[str, bool] = {}
    for agent in mg.app.agents.values():
        name = agent.name.rsplit(".", 1)[-1]
        if name in _AGENTS:
            health[name] = bool(agent.started and not agent.crashed and not agent.should_stop)
    if mg.settings.feedback.follow_all_partitions:
        health["feedback_follower"] = any(
            _FEEDBACK_TASK in task.get_name() and not task.done() for task in asyncio.all_tasks()
        )
    return health


async def consumer_lag(app: Any, topics: Collection[str]) -> dict[tuple[str, int], int]:
    """Per assigned partition of ``topics``: its end offset minus the offset this worker
    committed there (before its first commit on the partition: its read position)."""
    consumer = app.consumer
    tps = [tp for tp in consumer.assignment() if tp.topic in topics]
    if not tps:
        return {}
    ends = await consumer.highwaters(*tps)
    committed = app.monitor.tp_committed_offsets
    done = {tp: committed.get(tp) for tp in tps}
    # Before this worker's first commit on a partition: its read position, asked only where
    # there is something to read (each question is a round trip to Faust's consumer thread).
    unknown = [tp for tp in tps if done[tp] is None and ends.get(tp)]
    for tp, position in zip(
        unknown, await asyncio.gather(*(consumer.position(tp) for tp in unknown)), strict=True
    ):
        done[tp] = position
    return {
        (tp.topic, tp.partition): max(0, end - (done[tp] or 0))
        for tp in tps
        if (end := ends.get(tp)) is not None and (done[tp] is not None or end == 0)
    }


def serve_metrics(metrics: WorkerMetrics, host: str, port: int) -> int | None:
    """Serve ``metrics`` at ``http://host:port/metrics`` from a daemon thread; the port
    (``port`` 0: the one the system chose), or ``None`` when it cannot listen (logged: the
    worker judges on without metrics rather than stop)."""
    from prometheus_client import start_http_server

    try:
        server, _thread = start_http_server(port, addr=host, registry=metrics.registry)
    except OSError as exc:
        log.warning("worker metrics not served: cannot listen on %s:%d (%s)", host, port, exc)
        return None
    bound = int(server.server_port)
    log.info("worker metrics at http://%s:%d/metrics", host, bound)
    return bound
