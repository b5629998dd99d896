"""Evaluate a labelled scenario corpus (the blind red-team corpus, ``tests/files/redteam/``).

Each scenario is replayed on its own, exactly as ``missionguard replay`` replays it
(``replay_raw``: raw logs through their source's normalizer, canonical JSONL as is, the
scenario's unsigned missions trusted as ``--trust-unsigned-missions`` trusts them, every
record sorted into event-time order), by a fresh judge, and by each baseline
(:mod:`pipeline.tools.baselines`) over the same sorted records. Per listed agent:

* **stopped**: a ``suspend`` or ``revoke`` command for the agent (``throttle`` and
  ``step_up`` are not stops);
* **alerted**: not stopped, but an alert of at least ``medium`` severity;
* **allowed**: neither.

Per system (MissionGuard and each baseline): attacked agents (expected ``stop``) stopped,
benign agents (expected ``allow``) stopped, ``alert`` agents alerted or stopped, agents that
are alerted only (never stopped) by expected outcome, and the **hostile operations before the
stop** of each attacked agent: its decisions (allowed or refused by IAM), in replay order, from
its decisive event (inclusive) to the decision that triggered its first stop (inclusive):
``1`` when the decisive event itself stops it, ``0`` when it was stopped earlier; an agent never
stopped counts all its decisions from the decisive event on. The median is over every
attacked agent with a decisive event (as the simulator's leak median is over every attacked
agent). Families of techniques: ATT&CK (``T1234``), ATLAS (``AML.``), OWASP agentic
(``OWASP-ASI``), OWASP LLM and API (``OWASP-LLM``, ``API``); a scenario counts in every family
one of its techniques is in.

The corpus is read, never written.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypedDict

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records import (
    Alert,
    AuthorizationDecision,
    MissionDeclaration,
    RevocationCommand,
)
from missionguard.pipeline.settings import Settings, get_settings

__all__ = [
    "AgentResult",
    "CorpusReport",
    "ScenarioResult",
    "SystemSummary",
    "evaluate_corpus",
    "render_corpus",
    "stops_on_log",
    "technique_family",
]

SYSTEM = "missionguard"
CORPUS_TARGETS = {
    "attacked_stopped_min": 0.95,
    "benign_stopped_max": 0.01,
    "median_before_stop_max": 1.0,
}
_STOPS = frozenset({"revoke", "suspend"})
_ALERTING = frozenset({"medium", "high", "critical"})


class AgentResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    agent_id: str
    expected: str  # stop | alert | allow
    decisions: int
    outcomes: dict[str, str]  # system -> stopped | alerted | allowed
    hostile_before_stop: dict[str, int | None]  # system -> count (None: no decisive event)
    detectors: list[str]  # MissionGuard's detector names on the agent's >= medium alerts


class ScenarioResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: str
    label: str
    format: str
    # The index's grouping of the scenario where the corpus gives one (versions 9 on): who
    # the agents serve (assistant, customer-service, other) and how their cohort is shaped
    # (long-lived, session-scoped, shared-identity).
    family: str | None = None
    cohort_shape: str | None = None
    techniques: list[str]
    decisions: int
    dead_letters: int
    agents: list[AgentResult]
    unlisted_agents_stopped: dict[str, int]  # system -> agents not in the scenario's list


class SystemSummary(BaseModel):
    model_config = ConfigDict(frozen=True)
    system: str
    attacked_agents: int
    attacked_stopped: int
    attacked_stopped_rate: float
    benign_agents: int
    benign_stopped: int
    benign_stopped_rate: float
    alert_agents: int
    alert_agents_alerted_or_stopped: int
    alert_only: dict[str, int]  # expected outcome -> agents alerted, never stopped
    hostile_before_stop_median: float | None
    attack_scenarios_stopped: int  # attack scenarios whose every stop agent was stopped
    benign_scenarios_clean: int  # benign scenarios where no listed agent was stopped


class _Tally(TypedDict):
    attacked_agents: int
    attacked_stopped: int
    benign_agents: int
    benign_stopped: int


class FamilyRow(BaseModel):
    model_config = ConfigDict(frozen=True)
    family: str
    system: str
    attacked_agents: int
    attacked_stopped: int
    benign_agents: int
    benign_stopped: int


class GroupRow(BaseModel):
    """One system's figures on the scenarios that share a value of one index field (the
    log ``format``, the ``family`` of deployment, the ``cohort_shape``)."""

    model_config = ConfigDict(frozen=True)
    field: str
    value: str
    system: str
    attacked_agents: int
    attacked_stopped: int
    benign_agents: int
    benign_stopped: int


#: Index fields the report breaks its figures down by, in this order.
GROUP_FIELDS = ("format", "family", "cohort_shape")


class CorpusReport(BaseModel):
    model_config = ConfigDict(frozen=True)
    corpus: str
    version: Any = None
    scenarios: list[ScenarioResult]
    systems: list[SystemSummary]
    families: list[FamilyRow]
    groups: list[GroupRow] = []
    warmup: float
    elapsed_s: float
    # The goals on the corpus, for MissionGuard (docs/evaluation.md): at least 95% of
    # attacked agents stopped, at most 1% of benign ones, median operations before the stop
    # at most 1, and never below the allow-list (every attack agent it stops, stopped too).
    targets: dict[str, float] = {}
    meets_targets: dict[str, bool] = {}
    # How MissionGuard's cohort models were spread: the settings' input partition count and
    # placement (``topics.partition_by``, pipeline/judging/routing.py), as the worker's.
    partitions: int | None = None
    partition_by: str | None = None

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"


def technique_family(technique: str) -> str:
    """The family of a technique id.

    >>> [technique_family(t) for t in ("T1078.004", "AML.T0051", "OWASP-ASI01", "API1:2023-BOLA")]
    ['ATT&CK', 'ATLAS', 'OWASP agentic', 'OWASP LLM/API']
    """
    if technique.startswith("AML."):
        return "ATLAS"
    if technique.startswith("OWASP-ASI"):
        return "OWASP agentic"
    if technique.startswith(("OWASP-LLM", "API")):
        return "OWASP LLM/API"
    if technique[:1] == "T" and technique[1:2].isdigit():
        return "ATT&CK"
    return "other"


def _records(
    log: Path, missions: Path | None, source: str | None, settings: Settings
) -> tuple[list[Any], int]:
    """The scenario's records as ``replay_raw`` orders them (missions first at a tie)."""
    from missionguard.pipeline.records.decoding import Origin, decode
    from missionguard.pipeline.records.feedback import AnalystFeedback
    from missionguard.pipeline.sources import normalize_payload, read_raw
    from missionguard.pipeline.tools.replay import iter_lines

    epoch = _epoch()
    accept = frozenset({"decision", "mission", "feedback"})
    records: list[Any] = []
    dead = 0

    def canonical(path: Path) -> None:
        nonlocal dead
        with open(path, "rb") as src:
            for number, payload in iter_lines(src):
                record = decode(
                    payload,
                    Origin(line=number, source=str(path)),
                    accept=accept,
                    max_bytes=settings.worker.max_record_bytes,
                    now=epoch,
                )
                if isinstance(record, MissionDeclaration | AuthorizationDecision):
                    records.append(record)
                elif not isinstance(record, AnalystFeedback):
                    dead += 1

    if missions is not None:
        canonical(missions)
    if source is None:
        canonical(log)
    else:
        for raw in read_raw(str(log), source):
            outcome = normalize_payload(
                source, raw.payload, raw.origin, settings.sources, received_at=epoch
            )
            dead += len(outcome.dead_letters)
            records.extend(outcome.decisions)
    order = {id(r): i for i, r in enumerate(records)}
    records.sort(key=lambda r: (r.time, r.type != "mission", order[id(r)]))
    return records, dead


def _epoch() -> Any:
    from datetime import UTC, datetime

    return datetime(1970, 1, 1, tzinfo=UTC)


class _Seen:
    """What one system did to each agent of one scenario."""

    def __init__(self) -> None:
        self.stop_trigger: dict[str, str | None] = {}  # agent -> trigger event of first stop
        self.stop_time: dict[str, Any] = {}
        self.alerted: set[str] = set()
        self.detectors: dict[str, set[str]] = {}

    def alert(self, alert: Alert) -> None:
        if alert.severity in _ALERTING:
            self.alerted.add(alert.agent_id)
            names = self.detectors.setdefault(alert.agent_id, set())
            names.update(f.name for f in alert.detectors)

    def command(self, command: RevocationCommand) -> None:
        if command.action in _STOPS and command.agent_id not in self.stop_trigger:
            self.stop_trigger[command.agent_id] = command.trigger_event_id
            self.stop_time[command.agent_id] = command.time

    def outcome(self, agent: str) -> str:
        if agent in self.stop_trigger:
            return "stopped"
        return "alerted" if agent in self.alerted else "allowed"


def _judge_missionguard(
    log: Path, missions: Path | None, source: str | None, settings: Settings
) -> tuple[_Seen, int]:
    from missionguard.models.judge import Judge
    from missionguard.pipeline.records import parse_record
    from missionguard.pipeline.tools.replay import replay_raw

    seen = _Seen()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        result = replay_raw(
            log,
            out,
            judge=Judge(settings.detection, settings.behaviour),
            settings=settings,
            source=source,
            missions=missions,
            trust_unsigned_missions=True,
        )
        for line in out.read_bytes().splitlines():
            record = parse_record(line)
            if isinstance(record, Alert):
                seen.alert(record)
            elif isinstance(record, RevocationCommand):
                seen.command(record)
    return seen, len(result.dead_letters)


def _judge_baseline(factory: Callable[[], Any], records: list[Any]) -> _Seen:
    judge, seen = factory(), _Seen()
    states: dict[str, Any] = {}
    for record in records:
        if isinstance(record, MissionDeclaration):
            states[record.agent_id], verdict = judge.on_mission(states.get(record.agent_id), record)
        elif isinstance(record, AuthorizationDecision):
            states[record.agent_id], verdict = judge.on_decision(
                states.get(record.agent_id), record
            )
        else:
            continue
        for alert in verdict.alerts:
            seen.alert(alert)
        for command in verdict.commands:
            seen.command(command)
    return seen


def _before_stop(
    events: list[tuple[str, Any]], decisive: str | None, seen: _Seen, agent: str
) -> int | None:
    """Hostile operations before the stop (module doc); ``None`` without a decisive event.
    The stop's decision is its command's trigger event, else the agent's last decision at
    or before the command's time."""
    ids = [e for e, _ in events]
    if decisive is None or decisive not in ids:
        return None
    start = ids.index(decisive)
    if agent not in seen.stop_trigger:
        return len(ids) - start
    trigger = seen.stop_trigger[agent]
    if trigger in ids:
        end = ids.index(trigger)
    else:
        at = seen.stop_time[agent]
        end = max((i for i, (_, t) in enumerate(events) if t <= at), default=-1)
    return max(0, end - start + 1)


def evaluate_corpus(
    root: str | Path,
    *,
    settings: Settings | None = None,
    warmup: float | None = None,
    only: list[str] | None = None,
) -> CorpusReport:
    """Evaluate every scenario of the corpus at ``root`` (its ``index.json``) with MissionGuard
    and the baselines; ``only``: these scenario ids."""
    from missionguard.pipeline.tools.baselines import DEFAULT_WARMUP, baseline_factories

    warmup = DEFAULT_WARMUP if warmup is None else warmup
    settings = settings or get_settings()
    root = Path(root)
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    began = time.perf_counter()
    results: list[ScenarioResult] = []
    for entry in index["scenarios"]:
        if only and entry["id"] not in only:
            continue
        log = root / entry["log_file"]
        missions = root / entry["missions_file"] if entry.get("missions_file") else None
        source = None if entry["format"] == "canonical" else entry["format"]
        records, dead = _records(log, missions, source, settings)
        decisions = [r for r in records if isinstance(r, AuthorizationDecision)]
        systems: dict[str, _Seen] = {}
        systems[SYSTEM], _ = _judge_missionguard(log, missions, source, settings)
        for name, factory in baseline_factories(len(decisions), warmup).items():
            systems[name] = _judge_baseline(factory, records)
        events: dict[str, list[tuple[str, Any]]] = {}
        for d in decisions:
            events.setdefault(d.agent_id, []).append((d.event_id, d.time))
        decisive = {e["agent"]: e["event_id"] for e in entry.get("decisive_events", [])}
        listed = {a["id"] for a in entry["agents"]}
        agents = []
        for a in entry["agents"]:
            agent = a["id"]
            mine = events.get(agent, [])
            agents.append(
                AgentResult(
                    agent_id=agent,
                    expected=a["expected"],
                    decisions=len(mine),
                    outcomes={n: s.outcome(agent) for n, s in systems.items()},
                    hostile_before_stop={
                        n: _before_stop(mine, _event_id(decisive.get(agent), mine), s, agent)
                        for n, s in systems.items()
                    },
                    detectors=sorted(systems[SYSTEM].detectors.get(agent, ())),
                )
            )
        results.append(
            ScenarioResult(
                id=entry["id"],
                label=entry["label"],
                format=entry["format"],
                family=_text(entry.get("family")),
                cohort_shape=_text(entry.get("cohort_shape")),
                techniques=list(entry.get("techniques", [])),
                decisions=len(decisions),
                dead_letters=dead,
                agents=agents,
                unlisted_agents_stopped={
                    n: len(set(s.stop_trigger) - listed) for n, s in systems.items()
                },
            )
        )
    names = [SYSTEM, *baseline_factories(0, warmup)]
    summaries = [_summary(name, results) for name in names]
    ours = summaries[0]
    agents = [a for s in results for a in s.agents if a.expected == "stop"]
    meets = {
        "attacked_stopped_min": ours.attacked_stopped_rate
        >= CORPUS_TARGETS["attacked_stopped_min"],
        "benign_stopped_max": ours.benign_stopped_rate <= CORPUS_TARGETS["benign_stopped_max"],
        "median_before_stop_max": (ours.hostile_before_stop_median or 0.0)
        <= CORPUS_TARGETS["median_before_stop_max"],
        "not_below_allow_list": all(
            a.outcomes[SYSTEM] == "stopped"
            for a in agents
            if a.outcomes.get("allow_list") == "stopped"
        ),
    }
    return CorpusReport(
        corpus=str(index.get("corpus", root)),
        version=index.get("version"),
        scenarios=results,
        systems=summaries,
        families=_families(names, results),
        groups=_groups(names, results),
        warmup=warmup,
        elapsed_s=round(time.perf_counter() - began, 2),
        targets=CORPUS_TARGETS,
        meets_targets=meets,
        partitions=settings.topics.decisions.partitions,
        partition_by=settings.topics.partition_by,
    )


def _event_id(decisive: str | None, events: list[tuple[str, Any]]) -> str | None:
    """The decisive event's id as the normalizer spells it (a source may prefix the
    source's own id)."""
    ids = [e for e, _ in events]
    if decisive is None or decisive in ids:
        return decisive
    matches = [e for e in ids if e.endswith(decisive)]
    return matches[0] if len(matches) == 1 else decisive


def _summary(name: str, results: list[ScenarioResult]) -> SystemSummary:
    agents = [a for s in results for a in s.agents]
    attacked = [a for a in agents if a.expected == "stop"]
    benign = [a for a in agents if a.expected == "allow"]
    alert = [a for a in agents if a.expected == "alert"]
    counts = [a.hostile_before_stop[name] for a in attacked]
    known = [float(c) for c in counts if c is not None]
    alert_only: dict[str, int] = {}
    for a in agents:
        if a.outcomes[name] == "alerted":
            alert_only[a.expected] = alert_only.get(a.expected, 0) + 1
    stopped = lambda group: sum(a.outcomes[name] == "stopped" for a in group)  # noqa: E731
    return SystemSummary(
        system=name,
        attacked_agents=len(attacked),
        attacked_stopped=stopped(attacked),
        attacked_stopped_rate=round(stopped(attacked) / len(attacked), 4) if attacked else 0.0,
        benign_agents=len(benign),
        benign_stopped=stopped(benign),
        benign_stopped_rate=round(stopped(benign) / len(benign), 4) if benign else 0.0,
        alert_agents=len(alert),
        alert_agents_alerted_or_stopped=sum(a.outcomes[name] != "allowed" for a in alert),
        alert_only=dict(sorted(alert_only.items())),
        hostile_before_stop_median=round(statistics.median(known), 3) if known else None,
        attack_scenarios_stopped=sum(
            all(a.outcomes[name] == "stopped" for a in s.agents if a.expected == "stop")
            for s in results
            if s.label == "attack"
        ),
        benign_scenarios_clean=sum(
            not any(a.outcomes[name] == "stopped" for a in s.agents)
            for s in results
            if s.label == "benign"
        ),
    )


def _families(names: list[str], results: list[ScenarioResult]) -> list[FamilyRow]:
    families = sorted({technique_family(t) for s in results for t in s.techniques})
    rows = []
    for family in families:
        group = [s for s in results if any(technique_family(t) == family for t in s.techniques)]
        agents = [a for s in group for a in s.agents]
        rows += [FamilyRow(family=family, system=n, **_tally(agents, n)) for n in names]
    return rows


def _tally(agents: list[AgentResult], name: str) -> _Tally:
    """One system's counts on some agents: attacked and benign, and how many of each it
    stopped."""
    attacked = [a for a in agents if a.expected == "stop"]
    benign = [a for a in agents if a.expected == "allow"]
    return {
        "attacked_agents": len(attacked),
        "attacked_stopped": sum(a.outcomes[name] == "stopped" for a in attacked),
        "benign_agents": len(benign),
        "benign_stopped": sum(a.outcomes[name] == "stopped" for a in benign),
    }


def _cell(row: FamilyRow | GroupRow) -> str:
    """A table cell: attacked stopped of attacked, benign stopped of benign."""
    return f"{row.attacked_stopped}/{row.attacked_agents}, {row.benign_stopped}/{row.benign_agents}"


def _text(value: Any) -> str | None:
    """An index field as a group name: a string, else nothing (a corpus without it)."""
    return value if isinstance(value, str) and value else None


def _groups(names: list[str], results: list[ScenarioResult]) -> list[GroupRow]:
    """Each system's figures per value of each :data:`GROUP_FIELDS` field the corpus's
    index gives: a field no scenario has gives no rows, and a scenario without a field is in
    none of its groups (the field's rows then add up to less than the summaries)."""
    rows = []
    for field in GROUP_FIELDS:
        values = sorted({v for s in results if (v := getattr(s, field)) is not None})
        for value in values:
            agents = [a for s in results if getattr(s, field) == value for a in s.agents]
            rows += [
                GroupRow(field=field, value=value, system=n, **_tally(agents, n)) for n in names
            ]
    return rows


_SHORT = {
    "missionguard": "MG",
    "allow_list": "AL",
    "new_terms": "NT",
    "new_terms_unpoisoned": "NTu",
}
_MARK = {"stopped": "stop", "alerted": "alert", "allowed": "-"}


def render_corpus(report: CorpusReport, console: Any | None = None) -> None:
    """Print the corpus report as tables (plain console: ids and names are data)."""
    import sys

    from rich.table import Table

    from missionguard.pipeline.terminal import plain_console

    console = console or plain_console(width=None if sys.stdout.isatty() else 160)
    names = [s.system for s in report.systems]
    per = Table(title=f"Scenarios of {report.corpus} ({len(report.scenarios)})")
    per.add_column("scenario")
    per.add_column("label")
    per.add_column("format")
    per.add_column("agent (expected)")
    for name in names:
        per.add_column(_SHORT.get(name, name), justify="right")
    for s in report.scenarios:
        for a in s.agents:
            if a.expected == "allow" and all(a.outcomes[n] == "allowed" for n in names):
                continue  # a benign agent nobody stopped or alerted on: no row
            cells = []
            for n in names:
                mark = _MARK[a.outcomes[n]]
                count = a.hostile_before_stop.get(n)
                if a.expected == "stop" and a.outcomes[n] == "stopped" and count is not None:
                    mark += f" ({count})"
                cells.append(mark)
            per.add_row(
                s.id,
                s.label,
                s.format,
                f"{_tail(a.agent_id)} ({a.expected})",
                *cells,
            )
    console.print(per)
    spread = (
        f" (MissionGuard: {report.partitions} input partitions, agents placed by "
        f"{report.partition_by})"
        if report.partitions
        else ""
    )
    summary = Table(title=f"Red-team corpus: every system on the same scenarios{spread}")
    for col in (
        "system",
        "attacked stopped",
        "benign stopped",
        "median ops before stop",
        "alert agents flagged",
        "alert-only (by expected)",
        "attack scenarios all stopped",
        "benign scenarios clean",
    ):
        summary.add_column(col, justify="left" if col == "system" else "right")
    for row in report.systems:
        summary.add_row(
            row.system,
            f"{row.attacked_stopped}/{row.attacked_agents} ({row.attacked_stopped_rate:.1%})",
            f"{row.benign_stopped}/{row.benign_agents} ({row.benign_stopped_rate:.1%})",
            "-"
            if row.hostile_before_stop_median is None
            else f"{row.hostile_before_stop_median:g}",
            f"{row.alert_agents_alerted_or_stopped}/{row.alert_agents}",
            ", ".join(f"{k} {v}" for k, v in row.alert_only.items()) or "-",
            str(row.attack_scenarios_stopped),
            str(row.benign_scenarios_clean),
        )
    console.print(summary)
    fam = Table(title="By technique family (attacked stopped / benign stopped)")
    fam.add_column("family")
    for name in names:
        fam.add_column(_SHORT.get(name, name), justify="right")
    for family in sorted({r.family for r in report.families}):
        rows = {r.system: r for r in report.families if r.family == family}
        fam.add_row(family, *(_cell(rows[n]) for n in names))
    console.print(fam)
    if report.groups:
        grouped = Table(title="By scenario group (attacked stopped / benign stopped)")
        grouped.add_column("group")
        for name in names:
            grouped.add_column(_SHORT.get(name, name), justify="right")
        keys = list(dict.fromkeys((r.field, r.value) for r in report.groups))
        for field, value in keys:
            of = {r.system: r for r in report.groups if (r.field, r.value) == (field, value)}
            grouped.add_row(f"{field} {value}", *(_cell(of[n]) for n in names))
        console.print(grouped)
    if report.meets_targets:
        verdicts = ", ".join(
            f"{k} {'met' if v else 'MISSED'}" for k, v in report.meets_targets.items()
        )
        console.print(f"MissionGuard against the targets: {verdicts}")
    console.print(
        "MG = MissionGuard, AL = allow_list, NT = new_terms, NTu = new_terms_unpoisoned "
        f"(warm-up {report.warmup:.0%} of each scenario's decisions); rows: agents expected "
        "to stop or alert, and benign agents some system stopped or alerted on; "
        f"(n) = hostile operations before the stop. {report.elapsed_s:.1f} s."
    )


def _tail(agent_id: str, width: int = 40) -> str:
    return agent_id if len(agent_id) <= width else "…" + agent_id[-(width - 1) :]


def stops_on_log(
    log: str | Path,
    source: str | None,
    *,
    missions: str | Path | None = None,
    settings: Settings | None = None,
    warmup: float | None = None,
) -> dict[str, Any]:
    """An unlabelled log (a real one, every account assumed benign): the agents each system
    stops, judged as :func:`evaluate_corpus` judges one scenario. For the real-log rows of
    ``docs/evaluation.md`` (PerfSPEC)."""
    from missionguard.pipeline.tools.baselines import DEFAULT_WARMUP, baseline_factories

    settings = settings or get_settings()
    warmup = DEFAULT_WARMUP if warmup is None else warmup
    log, mission_path = Path(log), None if missions is None else Path(missions)
    with tempfile.TemporaryDirectory() as tmp:
        if log.suffix == ".gz":  # replay_raw reads plain files
            import gzip

            plain = Path(tmp) / log.stem
            plain.write_bytes(gzip.decompress(log.read_bytes()))
            log = plain
        records, dead = _records(log, mission_path, source, settings)
        decisions = [r for r in records if isinstance(r, AuthorizationDecision)]
        systems = {SYSTEM: _judge_missionguard(log, mission_path, source, settings)[0]}
        for name, factory in baseline_factories(len(decisions), warmup).items():
            systems[name] = _judge_baseline(factory, records)
    agents = sorted({d.agent_id for d in decisions})
    return {
        "log": str(log.name),
        "decisions": len(decisions),
        "dead_letters": dead,
        "agents": len(agents),
        "warmup": warmup,
        "stopped": {n: sorted(s.stop_trigger) for n, s in systems.items()},
        "alerted_only": {
            n: sorted(a for a in s.alerted if a not in s.stop_trigger) for n, s in systems.items()
        },
    }
