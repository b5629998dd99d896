"""Prometheus metrics of the judging worker and of enforcement points (``docs/observability.md``
lists every metric, its labels and what it means).

Each process object owns a :class:`~prometheus_client.CollectorRegistry` of its own
(``metrics.registry``), never prometheus_client's process-wide default: a test, a demo or a
gateway may run several workers' stages or enforcement points in one process, and each must
export only its own numbers under the same metric names.

Label values come only from the fixed sets in this module (:data:`DEAD_LETTER_REASONS`,
:data:`SEVERITIES`, :data:`ACTIONS`, :data:`REFUSALS`, :data:`RESTRICTIONS`, :data:`TASKS`),
from settings (topic names) or from partition numbers, never from a record: an input text
must not be able to grow the number of time series (cardinality) or put text of its choosing
in front of an operator or a query (injection). Anything outside a set is counted as
``other``.

Counters that the worker's judging stage and an enforcement point already keep
(``StageCounters``, the point's refusals and errors) are read when Prometheus scrapes, by
custom collectors; what has no counter there (dead letters by reason, commands by action,
judge latency, decision-to-enforced latency) is counted here, by the callers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, Protocol

import orjson
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from missionguard.pipeline.records.canonical import SEVERITIES as _SEVERITIES

__all__ = [
    "ACTIONS",
    "CONTENT_TYPE",
    "DEAD_LETTER_REASONS",
    "METRIC_NAMES",
    "REFUSALS",
    "RESTRICTIONS",
    "SEVERITIES",
    "TASKS",
    "EnforcementMetrics",
    "WorkerMetrics",
    "bounded",
    "dead_letter_class",
]

OTHER = "other"
#: The Content-Type of :meth:`WorkerMetrics.exposition` (Prometheus' text format).
CONTENT_TYPE = CONTENT_TYPE_LATEST

#: Why a record was dead-lettered, as a class: the fixed prefix of the reason the code wrote
#: (``pipeline/records/decoding.py``, the judging stage and agent, the normalizers).
DEAD_LETTER_REASONS: tuple[str, ...] = (
    "empty",
    "oversized",
    "malformed_json",
    "unknown_type",
    "wrong_type",
    "schema_violation",
    "unreadable",
    "judge_error",
    "unexpected_topic",
    "unreadable_state",
    "normalization",
    OTHER,
)
# Reason prefixes, written by MissionGuard's own code before any text from the record.
_REASON_PREFIXES: tuple[tuple[str, str], ...] = (
    ("empty record at ", "empty"),
    ("oversized record at ", "oversized"),
    ("malformed JSON at ", "malformed_json"),
    ("unknown record type ", "unknown_type"),
    ("record type ", "wrong_type"),
    ("schema violation at ", "schema_violation"),
    ("unreadable record at ", "unreadable"),
    ("judging failed at ", "judge_error"),
    ("unexpected topic at ", "unexpected_topic"),
    ("unreadable state for agent ", "unreadable_state"),
)
SEVERITIES: tuple[str, ...] = (*_SEVERITIES, OTHER)
#: A revocation command's action (``RevocationCommand.action``).
ACTIONS: tuple[str, ...] = ("revoke", "suspend", "throttle", "step_up", "reinstate", OTHER)
#: Why an enforcement point refused a control record (``pipeline.control.gate.Rejection``).
REFUSALS: tuple[str, ...] = (
    "unsigned",
    "unsupported",
    "unknown_kid",
    "retired_kid",
    "bad_signature",
    "malformed",
    "key_mismatch",
    "no_expiry",
    "expired",
    "replayed",
    "stale",
    OTHER,
)
#: The restriction an access check answered with (``AccessCheck.restriction``; ``none``: none).
RESTRICTIONS: tuple[str, ...] = (
    "none",
    "revoke",
    "suspend",
    "throttle",
    "step_up",
    "invalid_id",
    "not_ready",
    OTHER,
)
#: Why a mission declaration was rejected (``pipeline.missions.trust.RejectReason``).
MISSION_REJECTIONS: tuple[str, ...] = (
    "unsigned",
    "unsupported",
    "unknown_kid",
    "bad_signature",
    "retired_kid",
    "no_mission",
    "widens",
    OTHER,
)
#: Background tasks whose health is reported (``missionguard_task_up``).
TASKS: tuple[str, ...] = ("judge", "normalize", "feedback_follower", "control_follower")
RECORD_KINDS: tuple[str, ...] = ("decision", "mission", "feedback")

#: Judge time per record: tens of microseconds to a few milliseconds (docs/performance.md).
JUDGE_BUCKETS = (
    0.00005,
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.1,
    1.0,
)
#: Decision (event time) to applied at a point: milliseconds live, hours for a backlog.
ENFORCED_BUCKETS = (
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
    60.0,
    300.0,
    3600.0,
)

#: Every metric family either side registers (without the ``_total``/``_bucket`` suffixes
#: of samples): what the Grafana dashboard may name (tests/unit/observability).
METRIC_NAMES: frozenset[str] = frozenset(
    {
        # worker
        "missionguard_records_judged",
        "missionguard_records_rerouted",
        "missionguard_records_routed",
        "missionguard_dead_letters",
        "missionguard_alerts",
        "missionguard_commands",
        "missionguard_commands_withheld",
        "missionguard_judge_errors",
        "missionguard_state_write_errors",
        "missionguard_snapshot_write_errors",
        "missionguard_records_skipped_reprocessed",
        "missionguard_missions_rejected",
        "missionguard_agents_evicted",
        "missionguard_state_agents",
        "missionguard_judge_seconds",
        # both
        "missionguard_consumer_lag",
        "missionguard_task_up",
        "missionguard_metrics_updated_timestamp_seconds",
        # enforcement point
        "missionguard_enforcement_commands_applied",
        "missionguard_enforcement_commands_refused",
        "missionguard_enforcement_record_errors",
        "missionguard_enforcement_hook_errors",
        "missionguard_enforcement_checks",
        "missionguard_enforcement_ready",
        "missionguard_enforcement_restricted_agents",
        "missionguard_enforcement_decision_to_enforced_seconds",
    }
)


def bounded(value: object, allowed: tuple[str, ...]) -> str:
    """``value`` if it is one of ``allowed``, else ``other``: the only way a label value is
    made from something a record may have influenced.

    >>> bounded("revoke", ACTIONS), bounded("revoke\\n# HELP x", ACTIONS)
    ('revoke', 'other')
    """
    return value if isinstance(value, str) and value in allowed else OTHER


def dead_letter_class(
    reason: str, origin_topic: str | None = None, raw_topics: Iterable[str] = ()
) -> str:
    """The class of a dead letter's reason (:data:`DEAD_LETTER_REASONS`), from the fixed text
    MissionGuard's code puts before anything taken from the record; a record from a raw
    topic that no class matches failed normalization.

    >>> dead_letter_class("malformed JSON at t[0]@3: EOF while parsing")
    'malformed_json'
    >>> dead_letter_class("cloudtrail: eventName: missing at t[0]@1", "raw.cloudtrail",
    ...                   ["raw.cloudtrail"])
    'normalization'
    >>> dead_letter_class("judging failed at x")
    'judge_error'
    """
    for prefix, name in _REASON_PREFIXES:
        if reason.startswith(prefix):
            return name
    if origin_topic is not None and origin_topic in set(raw_topics):
        return "normalization"
    return OTHER


class StageCountersT(Protocol):
    """What the worker's metrics read of ``pipeline.judging.stage.StageCounters``."""

    decisions: int
    missions: int
    feedback: int
    commands: int
    rerouted: int
    routed: int
    withheld: int
    judge_errors: int
    state_write_errors: int
    snapshot_write_errors: int
    skipped_reprocessed: int
    evicted: int
    by_severity: dict[str, int]
    missions_rejected: dict[str, int]


def _counts(source: Mapping[str, int], allowed: tuple[str, ...]) -> dict[str, int]:
    """``source`` folded onto ``allowed`` (unknown keys into ``other``), every value present."""
    counts = dict.fromkeys(allowed, 0)
    for key, n in dict(source).items():  # a copy: the worker's loop may be adding a key
        counts[bounded(key, allowed)] += n
    return counts


class _Snapshot:
    """Gauges set from the event loop and read by the scrape: each update replaces a whole
    mapping (one reference assignment), so a scrape never sees half an update."""

    def __init__(self) -> None:
        self.lag: dict[tuple[str, int], int] = {}
        self.tasks: dict[str, bool] = {}
        self.updated: float | None = None


def _lag_family(lag: Mapping[tuple[str, int], int], help_text: str) -> GaugeMetricFamily:
    family = GaugeMetricFamily(
        "missionguard_consumer_lag", help_text, labels=["topic", "partition"]
    )
    for (topic, partition), n in sorted(lag.items()):
        family.add_metric([topic, str(partition)], n)
    return family


def _task_family(tasks: Mapping[str, bool]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(
        "missionguard_task_up",
        "1 while a background task runs, 0 once it stopped or failed",
        labels=["task"],
    )
    for task, up in sorted(tasks.items()):
        family.add_metric([bounded(task, TASKS)], 1.0 if up else 0.0)
    return family


class WorkerMetrics:
    """The judging worker's metrics. ``pipeline.runtime.metrics.instrument`` connects them to
    a running worker: ``stage`` returns its :class:`JudgingStage`'s counters (read at
    scrape time), ``table_size`` the agent-state table's size; the runtime feeds
    :meth:`observe_output`, :attr:`judge_seconds` and :meth:`set_lag` / :meth:`set_tasks`."""

    def __init__(
        self,
        counters: Callable[[], StageCountersT | None] = lambda: None,
        table_size: Callable[[], int | None] = lambda: None,
        *,
        raw_topics: Iterable[str] = (),
    ) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.counters = counters
        self.table_size = table_size
        self.raw_topics = frozenset(raw_topics)
        self._snapshot = _Snapshot()
        self.dead_letters = Counter(
            "missionguard_dead_letters",
            "Records sent to the dead-letter topic, by reason class",
            ["reason"],
            registry=self.registry,
        )
        for reason in DEAD_LETTER_REASONS:
            self.dead_letters.labels(reason)
        self.commands = Counter(
            "missionguard_commands",
            "Revocation commands published on the control topic, by action",
            ["action"],
            registry=self.registry,
        )
        for action in ACTIONS:
            self.commands.labels(action)
        self.judge_seconds = Histogram(
            "missionguard_judge_seconds",
            "Time to decode and judge one input record (decision, mission or feedback)",
            buckets=JUDGE_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_WorkerCollector(self))

    def observe_output(self, kind: str, value: bytes) -> None:
        """Count one record the worker publishes (dead letters by reason class, commands by
        action); other kinds are counted by the stage. Never raises."""
        if kind not in ("dead_letter", "control"):
            return
        try:
            record = orjson.loads(value)
        except orjson.JSONDecodeError:
            record = {}
        if not isinstance(record, dict):
            record = {}
        if kind == "control":
            self.commands.labels(bounded(record.get("action"), ACTIONS)).inc()
            return
        reason = record.get("reason")
        origin = record.get("origin_topic")
        self.dead_letters.labels(
            dead_letter_class(
                reason if isinstance(reason, str) else "",
                origin if isinstance(origin, str) else None,
                self.raw_topics,
            )
        ).inc()

    def set_lag(self, lag: Mapping[tuple[str, int], int]) -> None:
        self._snapshot.lag = dict(lag)

    def set_tasks(self, tasks: Mapping[str, bool]) -> None:
        self._snapshot.tasks = {bounded(t, TASKS): up for t, up in tasks.items()}
        self._snapshot.updated = time.time()

    def exposition(self) -> bytes:
        """The text Prometheus scrapes."""
        return generate_latest(self.registry)


class _WorkerCollector(Collector):
    def __init__(self, metrics: WorkerMetrics) -> None:
        self.m = metrics

    def describe(self) -> Iterable[Metric]:
        return []  # families vary with what the worker has; described when collected

    def collect(self) -> Iterator[Metric]:
        c = self.m.counters()
        if c is not None:
            judged = CounterMetricFamily(
                "missionguard_records_judged",
                "Input records judged, by kind (decision, mission, feedback)",
                labels=["kind"],
            )
            for kind, n in zip(RECORD_KINDS, (c.decisions, c.missions, c.feedback), strict=True):
                judged.add_metric([kind], n)
            yield judged
            alerts = CounterMetricFamily(
                "missionguard_alerts", "Alerts published, by severity", labels=["severity"]
            )
            for severity, n in _counts(c.by_severity, SEVERITIES).items():
                alerts.add_metric([severity], n)
            yield alerts
            rejected = CounterMetricFamily(
                "missionguard_missions_rejected",
                "Mission declarations rejected, by reason",
                labels=["reason"],
            )
            for reason, n in _counts(c.missions_rejected, MISSION_REJECTIONS).items():
                rejected.add_metric([reason], n)
            yield rejected
            for name, help_text, n in (
                (
                    "missionguard_records_rerouted",
                    "Records re-published keyed by their agent id",
                    c.rerouted,
                ),
                (
                    "missionguard_records_routed",
                    "Records re-published to their agent's route's partition",
                    c.routed,
                ),
                (
                    "missionguard_commands_withheld",
                    "Commands the guard rail turned into alerts",
                    c.withheld,
                ),
                (
                    "missionguard_judge_errors",
                    "Records the judge failed on (each dead-lettered)",
                    c.judge_errors,
                ),
                (
                    "missionguard_state_write_errors",
                    "Agent states that could not be serialized",
                    c.state_write_errors,
                ),
                (
                    "missionguard_snapshot_write_errors",
                    "Partition snapshot writes that failed (retried; offsets not acked meanwhile)",
                    c.snapshot_write_errors,
                ),
                (
                    "missionguard_records_skipped_reprocessed",
                    "Records at or before their partition's snapshot, skipped as already judged",
                    c.skipped_reprocessed,
                ),
                ("missionguard_agents_evicted", "Idle agents whose state was dropped", c.evicted),
            ):
                yield CounterMetricFamily(name, help_text, value=n)
        size = self.m.table_size()
        if size is not None:
            yield GaugeMetricFamily(
                "missionguard_state_agents",
                "Agents in this worker's agent-state table (its partitions)",
                value=size,
            )
        snap = self.m._snapshot
        yield _lag_family(
            snap.lag, "Records of an input partition not yet committed by this worker"
        )
        yield _task_family(snap.tasks)
        if snap.updated is not None:
            yield GaugeMetricFamily(
                "missionguard_metrics_updated_timestamp_seconds",
                "When the worker's event loop last refreshed lag and task health",
                value=snap.updated,
            )


class _Restrictions(Protocol):
    @property
    def agents(self) -> Mapping[str, object]: ...


class EnforcementPointT(Protocol):
    """What the metrics read of an :class:`~pipeline.enforcement.point.EnforcementPoint`."""

    errors: int
    hook_errors: int
    control_topic: str
    plugins: list[Any]

    @property
    def lag(self) -> Mapping[int, int]: ...

    @property
    def answers(self) -> Mapping[tuple[bool, str | None], int]: ...

    @property
    def state(self) -> _Restrictions: ...

    @property
    def rejections(self) -> dict[str, int]: ...

    @property
    def healthy(self) -> bool: ...

    @property
    def following(self) -> bool: ...

    def not_ready_reason(self) -> str | None: ...


class EnforcementMetrics:
    """One enforcement point's metrics: a plugin of the point (each applied command: by
    action, and its decision-to-enforced latency) and a collector of its counters, read at
    scrape time. ``EnforcementMetrics().attach(point)`` does both; ``exposition()`` is what
    ``GET /metrics`` of the point's HTTP server answers."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.point: EnforcementPointT | None = None
        self.applied = Counter(
            "missionguard_enforcement_commands_applied",
            "Control commands this point applied, by action",
            ["action"],
            registry=self.registry,
        )
        for action in ACTIONS:
            self.applied.labels(action)
        self.decision_to_enforced = Histogram(
            "missionguard_enforcement_decision_to_enforced_seconds",
            "From the triggering decision's time (command.time) to the command taking effect "
            "at this point; live commands only (not those applied while catching up)",
            buckets=ENFORCED_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_PointCollector(self))

    def attach(self, point: EnforcementPointT) -> EnforcementMetrics:
        """Read ``point``'s counters and hear of each command it applies (as a plugin: the
        point calls plugins' ``on_command`` after a command took effect)."""
        self.point = point
        if self not in point.plugins:
            point.plugins.append(self)
        return self

    # EnforcementPlugin
    def on_command(self, command: Any, applied_at: datetime) -> None:
        self.applied.labels(bounded(command.action, ACTIONS)).inc()
        if self.point is not None and self.point.not_ready_reason() is not None:
            return  # catching up with the topic's history: not a measure of the pipeline
        seconds = (applied_at - command.time).total_seconds()
        self.decision_to_enforced.observe(max(0.0, seconds))

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class _PointCollector(Collector):
    def __init__(self, metrics: EnforcementMetrics) -> None:
        self.m = metrics

    def describe(self) -> Iterable[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        p = self.m.point
        if p is None:
            return
        refused = CounterMetricFamily(
            "missionguard_enforcement_commands_refused",
            "Control records this point refused, by reason (control protocol)",
            labels=["reason"],
        )
        for reason, n in _counts(p.rejections, REFUSALS).items():
            refused.add_metric([reason], n)
        yield refused
        checks = CounterMetricFamily(
            "missionguard_enforcement_checks",
            "Access checks answered, by outcome and restriction",
            labels=["outcome", "restriction"],
        )
        folded: dict[tuple[str, str], int] = {}
        for (allowed, restriction), n in dict(p.answers).items():
            outcome = "allowed" if allowed else "refused"
            key = (outcome, bounded(restriction or "none", RESTRICTIONS))
            folded[key] = folded.get(key, 0) + n
        for (outcome, restriction), n in sorted(folded.items()):
            checks.add_metric([outcome, restriction], n)
        yield checks
        yield CounterMetricFamily(
            "missionguard_enforcement_record_errors",
            "Control records that raised while being applied (skipped)",
            value=p.errors,
        )
        yield CounterMetricFamily(
            "missionguard_enforcement_hook_errors",
            "on_command hooks and plugins that raised (the command was applied)",
            value=p.hook_errors,
        )
        yield GaugeMetricFamily(
            "missionguard_enforcement_ready",
            "1 while the point vouches for its state (caught up, following, broker reached)",
            value=1.0 if p.healthy else 0.0,
        )
        yield GaugeMetricFamily(
            "missionguard_enforcement_restricted_agents",
            "Agents with a restriction held by this point (expired ones included until replaced)",
            value=len(p.state.agents),
        )
        yield _lag_family(
            {(p.control_topic, part): n for part, n in dict(p.lag).items()},
            "Control records not yet read by this point's follower (probed every few seconds)",
        )
        yield _task_family({"control_follower": p.following})
