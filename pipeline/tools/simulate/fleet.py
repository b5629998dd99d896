"""The fleet: a roster of agents merged into one event-time-ordered stream of records.

Streaming, not batch: agents are created when the stream reaches their start time and
dropped after their last record, and each live agent holds one episode of calls. Memory
grows with the number of agents alive at once, not with the size of the fleet (the labels,
which keep the ids of hostile decisions, are the one thing that grows with the fleet).

Ties in event time are broken by the agent's roster index, then by its own call order, so
the output is a pure function of the :class:`~.config.FleetConfig`.
"""

from __future__ import annotations

import heapq
import random
import re
from collections.abc import Iterator
from datetime import timedelta
from fnmatch import translate
from functools import lru_cache
from typing import Literal

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, stable_id
from missionguard.pipeline.tools.simulate.agent import AgentPlan, AgentRun, Call
from missionguard.pipeline.tools.simulate.cohorts import cohort_named
from missionguard.pipeline.tools.simulate.config import FleetConfig, Scenario
from missionguard.pipeline.tools.simulate.labels import AgentKind, AgentLabel, FleetLabels
from missionguard.pipeline.tools.simulate.schedule import episodes
from missionguard.pipeline.tools.simulate.shift import vocabulary_shift

__all__ = ["Fleet", "FleetRecord", "outside_mission", "roster"]

FleetRecord = MissionDeclaration | AuthorizationDecision


def roster(config: FleetConfig) -> Iterator[AgentPlan]:
    """Every agent of the fleet, in order of start time, produced lazily."""
    longs = _plans(config, "long_lived", config.long_lived_agents, 0)
    ephemerals = _plans(config, "ephemeral", config.ephemeral_agents, config.long_lived_agents)
    return heapq.merge(longs, ephemerals, key=lambda p: (p.start, p.index))


def _plans(
    config: FleetConfig, lifetime: Literal["ephemeral", "long_lived"], n: int, base: int
) -> Iterator[AgentPlan]:
    rng = random.Random(stable_id("roster", config.seed, lifetime))
    attacked = set(rng.sample(range(n), round(n * config.attacked_share)))
    others = [i for i in range(n) if i not in attacked]
    novel = set(rng.sample(others, min(len(others), round(n * config.novel_share))))
    scenarios: list[Scenario] = [s for s in config.scenarios if s != "slow_drift"]
    if lifetime == "long_lived" and "slow_drift" in config.scenarios:
        # Only long-lived agents can drift slowly, and there are few of them: slow drift
        # gets three slots in their rotation (the first one, so small fleets have it too).
        half = len(scenarios) // 2
        scenarios = ["slow_drift", *scenarios[:half], "slow_drift", *scenarios[half:], "slow_drift"]
    scenarios = scenarios or list(config.scenarios)
    cohorts = [cohort_named(name) for name in config.cohorts]
    delegated = [c for c in cohorts if c.delegated] or cohorts
    span = config.duration_s
    if lifetime == "long_lived":
        # Services come up during the first minutes and run (nearly) to the end.
        spacing = min(1200.0, 0.1 * span) / max(1, n)
    else:
        spacing = 0.95 * span / max(1, n)
    n_attacked = 0
    for i in range(n):
        start = (i + rng.random()) * spacing
        end = span * rng.uniform(0.9, 1.0) if lifetime == "long_lived" else start
        scenario = None
        if i in attacked:
            scenario = scenarios[n_attacked % len(scenarios)]
            n_attacked += 1
        kind: AgentKind = (
            "attacked" if i in attacked else "benign_novel" if i in novel else "benign"
        )
        cohort = rng.choice(delegated if scenario == "cross_customer" else cohorts)
        slips = kind != "attacked" and rng.random() < config.mission_slip_share
        seed = int(stable_id("agent", config.seed, lifetime, i), 16)
        yield AgentPlan(base + i, lifetime, start, end, cohort, kind, scenario, slips, seed)


@lru_cache(maxsize=256)
def _globs(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(translate(p) for p in patterns)) if patterns else None


def _matches(value: str, patterns: list[str]) -> bool:
    rx = _globs(tuple(patterns))
    return bool(rx and rx.match(value))


def outside_mission(mission: MissionDeclaration, action: str, resource: str) -> bool:
    """Whether a call breaks the mission's allow-list (same glob rules as
    :mod:`models.mission`: ``fnmatchcase``, ``*`` crosses ``/`` and ``:``)."""
    if _matches(action, mission.denied_actions) or not _matches(action, mission.allowed_actions):
        return True
    return bool(mission.allowed_resources) and not _matches(resource, mission.allowed_resources)


class _Tally:
    """One agent's label counts, kept in plain attributes while the agent runs (cheaper than
    setting pydantic fields per decision) and copied into its label when it finishes."""

    __slots__ = ("decisions", "denied", "hostile_denied", "hostile_outside", "benign_outside")

    def __init__(self) -> None:
        self.decisions = self.denied = self.hostile_denied = 0
        self.hostile_outside = self.benign_outside = 0

    def count(self, label: AgentLabel, mission: MissionDeclaration, d: AuthorizationDecision,
              hostile: bool) -> None:  # fmt: skip
        self.decisions += 1
        denied = d.decision == "deny"
        self.denied += denied
        outside = outside_mission(mission, d.action, d.resource)
        if hostile:
            if label.attack_start is None:
                label.attack_start = d.time
            label.hostile_event_ids.append(d.event_id)
            self.hostile_denied += denied
            self.hostile_outside += outside
        else:
            self.benign_outside += outside

    def settle(self, label: AgentLabel) -> None:
        label.decisions, label.denied = self.decisions, self.denied
        label.hostile_denied, label.hostile_outside_mission = (
            self.hostile_denied,
            self.hostile_outside,
        )
        label.benign_outside_mission = self.benign_outside


class Fleet:
    """One pass over a simulated fleet. Iterate it for records (or :meth:`labelled` for
    ``(record, hostile)`` pairs); :attr:`labels` fills in as agents appear and is complete
    (``labels.complete``) once the stream is exhausted."""

    def __init__(self, config: FleetConfig) -> None:
        self.config = config
        self.labels = FleetLabels(config=config)
        self._labels: dict[str, AgentLabel] = {}
        self.live_agents = 0
        self.peak_live_agents = 0
        self._started = False
        self.shift = vocabulary_shift(config.vocabulary, config.seed)

    def label_of(self, agent_id: str) -> AgentLabel | None:
        """The label of an agent already announced by its mission record (else ``None``)."""
        return self._labels.get(agent_id)

    def __iter__(self) -> Iterator[FleetRecord]:
        return (record for record, _ in self.labelled())

    def labelled(self) -> Iterator[tuple[FleetRecord, bool]]:
        if self._started:
            raise RuntimeError("a Fleet is one pass; call generate(config) again to replay it")
        self._started = True
        return self._merge()

    def _merge(self) -> Iterator[tuple[FleetRecord, bool]]:
        plans = roster(self.config)
        heap: list[tuple[int, int, int, FleetRecord, bool, Iterator]] = []
        plan = next(plans, None)
        while heap or plan is not None:
            while plan is not None and (not heap or round(plan.start * 1000) <= heap[0][0]):
                self._push(heap, plan.index, self._agent(plan))
                plan = next(plans, None)
            _, index, _, record, hostile, agent = heapq.heappop(heap)
            yield record, hostile
            self._push(heap, index, agent)
        self.labels.complete = True

    @staticmethod
    def _push(heap: list, index: int, agent: Iterator) -> None:
        item = next(agent, None)
        if item is not None:
            ms, seq, record, hostile = item
            heapq.heappush(heap, (ms, index, seq, record, hostile, agent))

    def _agent(self, plan: AgentPlan) -> Iterator[tuple[int, int, FleetRecord, bool]]:
        run = AgentRun(plan, self.config.start)
        run.idle_mean_s = self.config.idle_between_tasks_s * run.rng.lognormvariate(0.0, 0.6)
        mission = run.mission()
        shift = self.shift
        if shift is not None:
            mission = shift.mission(mission)
        label = AgentLabel(
            agent_id=mission.agent_id,
            cohort=plan.cohort.name,
            lifetime=plan.lifetime,
            kind=plan.kind,
            scenario=plan.scenario,
            mission_id=mission.mission_id,
            start=mission.time,
        )
        self._labels[mission.agent_id] = label
        self.labels.agents.append(label)
        self.live_agents += 1
        self.peak_live_agents = max(self.peak_live_agents, self.live_agents)
        tally = _Tally()
        try:
            yield round(plan.start * 1000), 0, mission, False
            seq = 0
            for episode in episodes(run):
                episode.sort(key=lambda c: c.t)
                for call in episode:
                    seq += 1
                    decision = self._decision(run, call, seq)
                    if shift is not None:
                        decision = shift.decision(decision)
                    tally.count(label, mission, decision, call.hostile)
                    yield round(call.t * 1000), seq, decision, call.hostile
        finally:
            tally.settle(label)
            self.live_agents -= 1

    def _decision(self, run: AgentRun, call: Call, seq: int) -> AuthorizationDecision:
        return AuthorizationDecision(
            event_id=stable_id("decision", self.config.seed, run.agent_id, seq),
            time=self.config.start + timedelta(milliseconds=round(call.t * 1000)),
            agent_id=run.agent_id,
            credential_id=call.credential or run.credential,
            session_id=call.session,
            action=call.action,
            resource=call.resource,
            decision="deny" if call.denied else "allow",
            source=run.plan.cohort.source,
            source_ip=call.source_ip or run.source_ip,
            on_behalf_of=call.on_behalf_of,
            attributes={
                "user_agent": call.user_agent or run.user_agent,
                "auth_method": run.auth_method,
                **call.attrs,
            },
        )
