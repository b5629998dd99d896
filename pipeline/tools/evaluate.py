"""Replay a labelled fleet through a fresh judge and measure what it caught, what it let
through, and whom it wrongly stopped.

The replay keeps one ``AgentState`` per agent in a dict, feeds missions to ``on_mission``
and decisions to ``on_decision`` in file order (event-time order), and plays enforcement
point: after a ``revoke`` or ``suspend`` command for an agent (until a ``reinstate``, or its
``expires_at`` with ``honor_expiry``), that agent's later decisions count as *blocked*.
Definitions, in full, are in ``docs/evaluation.md``; in short:

* **revoked** (recall): an attacked agent got a ``revoke`` or ``suspend`` command at or after
  its first hostile decision. ``throttle`` and ``step_up`` do not count. A revocation before
  the attack began is counted apart (``revoked_before_attack``), not as a detection.
* **leaked**: hostile decisions that IAM allowed and that were not blocked, per attacked
  agent (undetected agents leak every allowed hostile decision). The decision that
  triggers the revocation has already happened, so it leaks.
* **time to detect**: event time from the agent's first hostile decision to its first
  revoke/suspend command, over detected agents.
* **false revocation**: a benign (or benign_novel) agent got a revoke/suspend command; the
  target is judged on all benign agents together ("all benign"), each kind is also shown.
* Medians are ``statistics.median``; p90 is the nearest-rank 90th percentile.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, ValidationError

from missionguard.pipeline.judging.routing import mission_route
from missionguard.pipeline.missions.trust import MissionGate, integrity_alert
from missionguard.pipeline.records import (
    Alert,
    AuthorizationDecision,
    MissionDeclaration,
    RevocationCommand,
    parse_record,
)
from missionguard.pipeline.settings import Settings, get_settings
from missionguard.pipeline.tools.simulate.labels import AgentLabel, labels_path_for, read_labels

__all__ = [
    "AllowListJudge",
    "AttackRow",
    "BaselineRow",
    "BenignRow",
    "EvaluationReport",
    "TARGETS",
    "default_judge_factory",
    "evaluate",
    "main",
    "render_baselines",
    "render_report",
    "with_baselines",
]

_BLOCKING = frozenset({"revoke", "suspend"})
_ALERTING = frozenset({"medium", "high", "critical"})
TARGETS = {"recall_min": 0.95, "false_revocation_max": 0.01, "median_leaked_max": 1.0}


class JudgeLike(Protocol):
    def on_mission(self, state: Any, mission: MissionDeclaration) -> tuple[Any, Any]: ...
    def on_decision(self, state: Any, decision: AuthorizationDecision) -> tuple[Any, Any]: ...


@dataclass(slots=True)
class _Outcome:
    label: AgentLabel
    hostile: frozenset[str]
    blocked: bool = False
    blocked_until: datetime | None = None
    hostile_seen: bool = False
    detected: bool = False
    revoked_before_attack: bool = False
    revoked: bool = False
    detect_s: float | None = None
    leaked: int = 0
    blocked_hostile: int = 0
    alerts: int = 0
    commands: dict[str, int] = field(default_factory=dict)
    detectors: set[str] = field(default_factory=set)  # names on its >= medium alerts


class AttackRow(BaseModel):
    model_config = ConfigDict(frozen=True)
    scenario: str
    agents: int
    revoked: int
    recall: float
    revoked_before_attack: int
    hostile_decisions: int
    hostile_blocked: int
    leaked_median: float | None
    leaked_p90: float | None
    detect_s_median: float | None
    detect_s_p90: float | None
    alerts_per_agent: float


class BenignRow(BaseModel):
    model_config = ConfigDict(frozen=True)
    kind: str
    agents: int
    revoked: int
    false_revocation_rate: float
    alerted_agents: int
    alerts_per_agent: float


class BaselineRow(BaseModel):
    """One system's headline figures on a labelled fleet (MissionGuard or a baseline)."""

    model_config = ConfigDict(frozen=True)
    system: str
    attacked_agents: int
    attacked_stopped: int  # at or after the first hostile decision
    attacked_stopped_early: int  # before it (not a detection)
    recall: float
    benign_agents: int
    benign_stopped: int
    false_revocation_rate: float
    leaked_median: float | None
    leaked_p90: float | None

    @classmethod
    def of(cls, system: str, report: EvaluationReport) -> BaselineRow:
        total, benign = report.attacks_total, report.benign[-1]
        return cls(
            system=system,
            attacked_agents=total.agents,
            attacked_stopped=total.revoked,
            attacked_stopped_early=total.revoked_before_attack,
            recall=total.recall,
            benign_agents=benign.agents,
            benign_stopped=benign.revoked,
            false_revocation_rate=benign.false_revocation_rate,
            leaked_median=total.leaked_median,
            leaked_p90=total.leaked_p90,
        )


class EvaluationReport(BaseModel):
    model_config = ConfigDict(frozen=True)
    records_path: str
    labels_path: str
    records: int
    decisions: int
    elapsed_s: float
    honor_expiry: bool
    attacks: list[AttackRow]
    attacks_total: AttackRow
    attacks_by_lifetime: list[AttackRow]
    attacks_by_cohort: list[AttackRow]  # in the JSON only, not printed
    benign: list[BenignRow]
    false_revocations_by_cohort: dict[str, dict[str, int]]  # kind -> cohort -> agents
    unlabelled_agents_with_commands: int
    targets: dict[str, float]
    meets_targets: dict[str, bool]
    # Declarations the mission gate rejected, by reason (empty without a gate).
    missions_rejected: dict[str, int] = {}
    # The baselines on the same file, same labels, same arithmetic (pipeline/tools/baselines.py).
    baselines: list[BaselineRow] = []
    # kind (attacked, benign, benign_novel) -> detector name -> agents with at least one
    # medium-or-higher alert naming it: which detectors a change of words moves.
    detector_agents: dict[str, dict[str, int]] = {}
    # How the judge's cohort models were spread: the input partition count and how agents
    # were placed on them (``topics.partition_by``: pipeline/judging/routing.py). None:
    # a judge without cohort models (a baseline).
    partitions: int | None = None
    partition_by: str | None = None

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"


def evaluate(
    records_path: str | Path,
    labels_path: str | Path,
    judge_factory: Callable[[], JudgeLike],
    *,
    honor_expiry: bool = False,
    missions: MissionGate | None = None,
    partitions: int | None = None,
) -> EvaluationReport:
    """Replay ``records_path`` through ``judge_factory()`` and score it against the labels.

    With ``honor_expiry`` a revoke/suspend stops blocking at its ``expires_at``, as an
    enforcement point that lifts expired commands would; by default it blocks until a
    ``reinstate``. With ``missions`` (the worker's gate) declarations are admitted as the
    judging stage admits them; a rejected one is not installed and counts as an alert.
    A judge with cohort models learns them per input partition, as the worker does
    (``partitions``, default: settings' ``topics.decisions.partitions``)."""
    labels = read_labels(labels_path)
    outcomes = {a.agent_id: _Outcome(a, frozenset(a.hostile_event_ids)) for a in labels.agents}
    judge = judge_factory()
    topics = get_settings().topics
    scoped = _PartitionedCohorts(
        judge, partitions or topics.decisions.partitions, topics.partition_by
    )
    states: dict[str, Any] = {}
    unlabelled: set[str] = set()
    in_force: dict[str, MissionDeclaration] = {}
    rejected: dict[str, int] = {}
    records = decisions = 0
    began = time.perf_counter()
    with Path(records_path).open("rb") as source:
        for line_no, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                record = parse_record(line)
            except ValidationError as exc:
                raise ValueError(
                    f"{records_path}:{line_no}: not a canonical record: {exc}"
                ) from exc
            records += 1
            if isinstance(record, MissionDeclaration) and (
                missions is None or missions.admits_alone(record)
            ):  # its route, as the judging stage's (pipeline/judging/routing.py)
                scoped.declared(record)
            if isinstance(record, MissionDeclaration) and missions is not None:
                check = missions.check(record, in_force.get(record.agent_id))
                if not check.accepted:
                    rejected[check.reason or "?"] = rejected.get(check.reason or "?", 0) + 1
                    alert = integrity_alert(record, check, in_force.get(record.agent_id))
                    _apply(_Verdict([alert]), outcomes, unlabelled)
                    continue
                record = record.model_copy(update={"signature": None})
                current = in_force.get(record.agent_id)
                if current is None or record.time >= current.time:  # as Judge.on_mission
                    in_force[record.agent_id] = record
            if isinstance(record, MissionDeclaration):
                states[record.agent_id], verdict = judge.on_mission(
                    states.get(record.agent_id), record
                )
            elif isinstance(record, AuthorizationDecision):
                decisions += 1
                outcome = outcomes.get(record.agent_id)
                if outcome is not None:
                    if (
                        honor_expiry
                        and outcome.blocked_until
                        and record.time >= outcome.blocked_until
                    ):
                        outcome.blocked, outcome.blocked_until = False, None
                    if record.event_id in outcome.hostile:
                        _score_hostile(outcome, record)
                scoped.enter(record.agent_id)
                states[record.agent_id], verdict = judge.on_decision(
                    states.get(record.agent_id), record
                )
            else:
                continue
            _apply(verdict, outcomes, unlabelled)
    elapsed = time.perf_counter() - began
    report = _report(outcomes, unlabelled, records, decisions, elapsed, records_path, labels_path)
    spread = (
        {"partitions": scoped.partitions, "partition_by": scoped.partition_by}
        if scoped.books
        else {}
    )
    return report.model_copy(
        update={"honor_expiry": honor_expiry, "missions_rejected": rejected, **spread}
    )


class _PartitionedCohorts:
    """One cohort book per input partition for a judge that has one (``Judge.cohorts``), as
    the judging stage keeps them (pipeline/judging/partitions.py, ``Judge.new_cohort_book``),
    an agent judged on its route's partition (pipeline/judging/routing.py: with
    ``partition_by: cohort`` the cohort of its first mission, else its own id)."""

    def __init__(self, judge: Any, partitions: int, partition_by: str = "agent") -> None:
        self.judge, self.partitions, self.partition_by = judge, partitions, partition_by
        book = getattr(judge, "cohorts", None)
        self.books = {} if book is None else {0: book}
        self.routes: dict[str, str] = {}

    def declared(self, mission: MissionDeclaration) -> None:
        if self.partition_by == "cohort" and mission.agent_id not in self.routes:
            default = getattr(getattr(self.judge, "config", None), "default_cohort", "default")
            self.routes[mission.agent_id] = mission_route(mission.cohort, default)

    def enter(self, agent_id: str) -> None:
        if not self.books:
            return
        from missionguard.pipeline.judging.stage import partition_for

        route = self.routes.get(agent_id, agent_id)
        p = partition_for(route.encode(), self.partitions)
        book = self.books.get(p)
        if book is None:  # with the judge's sizes and detector parameters
            book = self.books[p] = self.judge.new_cohort_book()
        self.judge.cohorts = book


@dataclass(slots=True)
class _Verdict:
    alerts: list[Alert]
    commands: tuple[()] = ()


def _score_hostile(outcome: _Outcome, decision: AuthorizationDecision) -> None:
    outcome.hostile_seen = True
    if outcome.blocked:
        outcome.blocked_hostile += 1
    elif decision.decision == "allow":
        outcome.leaked += 1


def _apply(verdict: Any, outcomes: dict[str, _Outcome], unlabelled: set[str]) -> None:
    for alert in getattr(verdict, "alerts", ()):
        if (outcome := outcomes.get(alert.agent_id)) is not None:
            outcome.alerts += 1
            if alert.severity in _ALERTING:
                outcome.detectors.update(f.name for f in alert.detectors)
    for command in getattr(verdict, "commands", ()):
        outcome = outcomes.get(command.agent_id)
        if outcome is None:
            unlabelled.add(command.agent_id)
            continue
        outcome.commands[command.action] = outcome.commands.get(command.action, 0) + 1
        if command.action == "reinstate":
            outcome.blocked, outcome.blocked_until = False, None
        elif command.action in _BLOCKING and outcome.blocked:
            # A further command while blocked: the block lasts as long as the longest one.
            if outcome.blocked_until is not None:
                until = command.expires_at
                outcome.blocked_until = None if until is None else max(until, outcome.blocked_until)
        elif command.action in _BLOCKING:
            outcome.blocked, outcome.blocked_until = True, command.expires_at
            if outcome.label.kind != "attacked":
                outcome.revoked = True
            elif outcome.detected:
                pass  # revoked again after a reinstate: the first detection is the score
            elif outcome.hostile_seen and outcome.label.attack_start is not None:
                outcome.revoked = outcome.detected = True
                outcome.detect_s = (command.time - outcome.label.attack_start).total_seconds()
            else:
                outcome.revoked_before_attack = True


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _p90(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)], 3)


def _attack_row(name: str, group: Iterable[_Outcome]) -> AttackRow:
    group = list(group)
    n = len(group)
    detected = [o for o in group if o.detected]
    return AttackRow(
        scenario=name,
        agents=n,
        revoked=len(detected),
        recall=round(len(detected) / n, 4) if n else 0.0,
        revoked_before_attack=sum(o.revoked_before_attack for o in group),
        hostile_decisions=sum(len(o.hostile) for o in group),
        hostile_blocked=sum(o.blocked_hostile for o in group),
        leaked_median=_median([float(o.leaked) for o in group]),
        leaked_p90=_p90([float(o.leaked) for o in group]),
        detect_s_median=_median([o.detect_s for o in detected if o.detect_s is not None]),
        detect_s_p90=_p90([o.detect_s for o in detected if o.detect_s is not None]),
        alerts_per_agent=round(sum(o.alerts for o in group) / n, 3) if n else 0.0,
    )


def _report(
    outcomes: dict[str, _Outcome],
    unlabelled: set[str],
    records: int,
    decisions: int,
    elapsed: float,
    records_path: str | Path,
    labels_path: str | Path,
) -> EvaluationReport:
    attacked = [o for o in outcomes.values() if o.label.kind == "attacked" and o.hostile]
    scenarios = sorted({o.label.scenario or "?" for o in attacked})
    rows = [_attack_row(s, (o for o in attacked if o.label.scenario == s)) for s in scenarios]
    total = _attack_row("all attacks", attacked)
    by_lifetime = [
        _attack_row(f"all {life}", (o for o in attacked if o.label.lifetime == life))
        for life in ("ephemeral", "long_lived")
    ]
    cohorts = sorted({o.label.cohort for o in attacked})
    by_cohort_rows = [
        _attack_row(f"all {c}", (o for o in attacked if o.label.cohort == c)) for c in cohorts
    ]
    benign_rows = []
    by_cohort: dict[str, dict[str, int]] = {}
    # The target counts every benign agent, those on never-seen tasks included ("all
    # benign"); each kind is also reported on its own.
    for kind in ("benign", "benign_novel", "all benign"):
        kinds = ("benign", "benign_novel") if kind == "all benign" else (kind,)
        group = [o for o in outcomes.values() if o.label.kind in kinds]
        n = len(group)
        revoked = [o for o in group if o.revoked]
        for o in revoked if kind != "all benign" else ():
            counts = by_cohort.setdefault(kind, {})
            counts[o.label.cohort] = counts.get(o.label.cohort, 0) + 1
        benign_rows.append(
            BenignRow(
                kind=kind,
                agents=n,
                revoked=len(revoked),
                false_revocation_rate=round(len(revoked) / n, 4) if n else 0.0,
                alerted_agents=sum(o.alerts > 0 for o in group),
                alerts_per_agent=round(sum(o.alerts for o in group) / n, 3) if n else 0.0,
            )
        )
    detector_agents: dict[str, dict[str, int]] = {}
    for o in outcomes.values():
        counts = detector_agents.setdefault(o.label.kind, {})
        for name in o.detectors:
            counts[name] = counts.get(name, 0) + 1
    benign = benign_rows[-1]
    meets = {
        "recall_min": total.recall >= TARGETS["recall_min"],
        "false_revocation_max": benign.false_revocation_rate <= TARGETS["false_revocation_max"],
        "median_leaked_max": (total.leaked_median or 0.0) <= TARGETS["median_leaked_max"],
    }
    return EvaluationReport(
        records_path=str(records_path),
        labels_path=str(labels_path),
        records=records,
        decisions=decisions,
        elapsed_s=round(elapsed, 2),
        honor_expiry=False,
        attacks=rows,
        attacks_total=total,
        attacks_by_lifetime=by_lifetime,
        attacks_by_cohort=by_cohort_rows,
        benign=benign_rows,
        false_revocations_by_cohort={k: dict(sorted(v.items())) for k, v in by_cohort.items()},
        unlabelled_agents_with_commands=len(unlabelled),
        targets=TARGETS,
        meets_targets=meets,
        detector_agents={k: dict(sorted(v.items())) for k, v in sorted(detector_agents.items())},
    )


def render_report(report: EvaluationReport, console: Any | None = None) -> None:
    """Print the report as Rich tables (``console`` defaults to a new stdout console)."""
    from rich.table import Table

    from missionguard.pipeline.terminal import plain_console

    # Not a terminal (a pipe, CI): rich would assume 80 columns and squeeze the table.
    # Plain: scenario names come from a labels file (data, not markup).
    console = console or plain_console(width=None if sys.stdout.isatty() else 132)
    spread = (
        f"; {report.partitions} input partitions, agents placed by {report.partition_by}"
        if report.partitions
        else ""
    )
    attacks = Table(
        title=f"Attacked agents ({report.decisions:,} decisions replayed "
        f"in {report.elapsed_s:.1f} s{spread})"
    )
    for col in (
        "scenario",
        "agents",
        "revoked",
        "recall",
        "early",
        "leaked med",
        "leaked p90",
        "detect med s",
        "detect p90 s",
        "alerts/agent",
    ):
        attacks.add_column(col, justify="left" if col == "scenario" else "right")
    for row in [*report.attacks, *report.attacks_by_lifetime, report.attacks_total]:
        attacks.add_row(
            row.scenario,
            str(row.agents),
            str(row.revoked),
            f"{row.recall:.0%}",
            str(row.revoked_before_attack),
            _fmt(row.leaked_median),
            _fmt(row.leaked_p90),
            _fmt(row.detect_s_median),
            _fmt(row.detect_s_p90),
            f"{row.alerts_per_agent:.2f}",
            style="bold" if row is report.attacks_total else None,
        )
    console.print(attacks)
    benign = Table(title="Benign agents")
    for col in ("kind", "agents", "revoked", "false revocations", "alerted", "alerts/agent"):
        benign.add_column(col, justify="left" if col == "kind" else "right")
    for b in report.benign:
        benign.add_row(
            b.kind,
            str(b.agents),
            str(b.revoked),
            f"{b.false_revocation_rate:.1%}",
            str(b.alerted_agents),
            f"{b.alerts_per_agent:.2f}",
        )
    console.print(benign)
    verdicts = ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in report.meets_targets.items())
    console.print(f"Targets: {verdicts}")
    if report.missions_rejected:
        console.print(f"Mission declarations rejected: {report.missions_rejected}")


def with_baselines(
    report: EvaluationReport,
    records_path: str | Path,
    labels_path: str | Path,
    *,
    honor_expiry: bool = False,
    warmup: float | None = None,
    system: str = "missionguard",
) -> EvaluationReport:
    """``report`` with the baselines (``pipeline/tools/baselines.py``) computed on the same
    records and labels: the first row is ``report``'s own system."""
    from missionguard.pipeline.tools.baselines import DEFAULT_WARMUP, baseline_factories

    decisions = sum(a.decisions for a in read_labels(labels_path).agents) or report.decisions
    rows = [BaselineRow.of(system, report)]
    factories = baseline_factories(decisions, DEFAULT_WARMUP if warmup is None else warmup)
    for name, factory in factories.items():
        scored = evaluate(records_path, labels_path, factory, honor_expiry=honor_expiry)
        rows.append(BaselineRow.of(name, scored))
    return report.model_copy(update={"baselines": rows})


def render_baselines(report: EvaluationReport, console: Any | None = None) -> None:
    """The side-by-side table of :func:`with_baselines`."""
    from rich.table import Table

    from missionguard.pipeline.terminal import plain_console

    console = console or plain_console(width=None if sys.stdout.isatty() else 132)
    table = Table(title="Beside the baselines (same records, same labels)")
    for col in (
        "system",
        "attacked stopped",
        "early",
        "benign stopped",
        "leaked med",
        "leaked p90",
    ):
        table.add_column(col, justify="left" if col == "system" else "right")
    for row in report.baselines:
        table.add_row(
            row.system,
            f"{row.attacked_stopped}/{row.attacked_agents} ({row.recall:.1%})",
            str(row.attacked_stopped_early),
            f"{row.benign_stopped}/{row.benign_agents} ({row.false_revocation_rate:.1%})",
            _fmt(row.leaked_median),
            _fmt(row.leaked_p90),
        )
    console.print(table)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


class AllowListJudge:
    """Baseline: the mission allow-list alone. Revokes on the first high or critical
    mission violation (undeclared or denied action, undeclared resource, expired mission);
    a rate violation throttles, which does not count as a revocation. What MissionGuard's
    behavioural detectors add is measured against this."""

    def on_mission(self, state: Any, mission: MissionDeclaration) -> tuple[Any, Any]:
        state = state or {"mission": None, "revoked": False}
        state["mission"] = mission
        return state, _BaselineVerdict()

    def on_decision(self, state: Any, decision: AuthorizationDecision) -> tuple[Any, Any]:
        from missionguard.models.mission import mission_violations

        state = state or {"mission": None, "revoked": False}
        mission = state["mission"]
        if mission is None or state["revoked"]:
            return state, _BaselineVerdict()
        severe = [v for v in mission_violations(mission, decision) if v.severity in _SEVERE]
        if not severe:
            return state, _BaselineVerdict()
        state["revoked"] = True
        command = RevocationCommand(
            command_id=f"baseline-{decision.event_id}",
            time=decision.time,
            agent_id=decision.agent_id,
            action="revoke",
            reason="; ".join(v.reason for v in severe),
            trigger_event_id=decision.event_id,
        )
        alert = Alert(
            alert_id=f"baseline-{decision.event_id}",
            time=decision.time,
            agent_id=decision.agent_id,
            severity="high",
            score=0.9,
            trigger_event_id=decision.event_id,
        )
        return state, _BaselineVerdict(alerts=[alert], commands=[command])


_SEVERE = frozenset({"high", "critical"})


@dataclass(slots=True)
class _BaselineVerdict:
    alerts: list[Alert] = field(default_factory=list)
    commands: list[RevocationCommand] = field(default_factory=list)


def default_judge_factory(settings: Settings | None = None) -> Callable[[], JudgeLike]:
    """Fresh :class:`models.judge.Judge` instances configured like the worker's."""
    from missionguard.models.judge import Judge  # the judge is the thing under test: imported late

    settings = settings or get_settings()
    return lambda: Judge(settings.detection, settings.behaviour)


def main(argv: list[str] | None = None) -> int:
    """``python -m missionguard.pipeline.tools.evaluate FILE [--json OUT]``: replay FILE
    (and FILE.labels.json) through the current judge, print the tables, optionally dump the
    report as JSON."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m missionguard.pipeline.tools.evaluate", description=main.__doc__
    )
    parser.add_argument("records", type=Path, help="JSONL written by the simulator")
    parser.add_argument("--labels", type=Path, default=None, help="default: RECORDS.labels.json")
    parser.add_argument("--json", type=Path, default=None, help="also write the report here")
    parser.add_argument(
        "--honor-expiry",
        action="store_true",
        help="a revoke/suspend stops blocking at its expires_at (default: until reinstated)",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="score the mission allow-list alone (AllowListJudge) instead of the Judge",
    )
    parser.add_argument(
        "--trust-unsigned-missions",
        action="store_true",
        help="install unsigned mission declarations (signed ones are still verified)",
    )
    args = parser.parse_args(argv)
    labels = args.labels or labels_path_for(args.records)
    factory = AllowListJudge if args.baseline else default_judge_factory()
    gate = MissionGate.from_settings(
        get_settings().missions, trust_unsigned=args.trust_unsigned_missions
    )
    report = evaluate(args.records, labels, factory, honor_expiry=args.honor_expiry, missions=gate)
    render_report(report)
    if args.json:
        args.json.write_text(report.to_json(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
