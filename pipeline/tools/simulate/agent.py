"""One simulated agent: its identity, its mission, and the tool calls its work produces.

An agent's behaviour is a sequence of *episodes* (one task, or one task with an attack woven
into it). Episodes never overlap in time, so an agent holds one episode in memory at a time
and the fleet can be streamed. Everything is drawn from the agent's own seeded RNG, so an
agent's calls do not depend on what other agents did.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from missionguard.pipeline.records import MissionDeclaration, Scalar
from missionguard.pipeline.tools.simulate.catalog import Cohort, Step, TaskType, TaskVars
from missionguard.pipeline.tools.simulate.labels import AgentKind
from missionguard.pipeline.tools.simulate.vocabulary import hexid, ip_in

__all__ = ["AgentPlan", "AgentRun", "Call", "MISSION_SLIPS"]

# Tools an agent sometimes calls although its mission does not declare them (IAM refuses).
MISSION_SLIPS = {
    "customer_support": Step(
        "crm:customers.search", "crm://customers?q={customer_email}", deny=1.0
    ),
    "coding": Step("github:actions.rerun", "github://{repo}/actions/runs/{run_n}", deny=1.0),
    "data_pipeline": Step(
        "athena:StartQueryExecution", "arn:aws:athena:eu-west-1:wg/primary", deny=1.0
    ),
    "travel_booking": Step("trains:search", "travel://trains", {"to": "{destination}"}, deny=1.0),
    "finance_ap": Step("erp:reports.run", "erp://{client}/reports/aging", deny=1.0),
    "infra_ops": Step("helm:status", "k8s://{cluster}/namespaces/{ns}/releases", deny=1.0),
}
_BASE_DENY = 0.004  # throttling, transient policy-evaluation failures
DR_PREFIX = "172.31."  # the disaster-recovery region's network


@dataclass(slots=True)
class Call:
    """One tool call before it becomes an :class:`AuthorizationDecision`. ``None`` fields
    take the agent's current identity (a stolen credential replayed elsewhere overrides)."""

    t: float
    action: str
    resource: str
    attrs: dict[str, Scalar]
    denied: bool
    session: str
    on_behalf_of: str | None
    hostile: bool = False
    source_ip: str | None = None
    credential: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True, slots=True)
class AgentPlan:
    """Who an agent is, decided by the roster before the agent runs."""

    index: int
    lifetime: Literal["ephemeral", "long_lived"]
    start: float  # seconds after the fleet start
    end: float
    cohort: Cohort
    kind: AgentKind
    scenario: str | None
    slips: bool
    seed: int


@dataclass(slots=True)
class AgentRun:
    plan: AgentPlan
    fleet_start: datetime
    rng: random.Random = field(init=False)
    agent_id: str = field(init=False)
    credential: str = field(init=False)
    source_ip: str = field(init=False)
    user_agent: str = field(init=False)
    auth_method: str = field(init=False)
    pace_s: float = field(init=False)
    first_task: TaskType = field(init=False)
    mix: list[tuple[float, float]] = field(init=False)  # task-weight factors at start, end
    idle_mean_s: float = 420.0  # mean idle time between tasks (long-lived agents)
    progress: float = 0.0  # share of a long-lived agent's life already behind it

    def __post_init__(self) -> None:
        plan, cohort = self.plan, self.plan.cohort
        self.rng = rng = random.Random(plan.seed)
        kind = "task" if plan.lifetime == "ephemeral" else "svc"
        self.agent_id = f"{cohort.prefix}-{kind}-{hexid(rng, 10)}"
        self.credential = f"cred-{hexid(rng, 16)}"
        self.source_ip = ip_in(rng.choice(cohort.network.ip_prefixes), rng)
        self.user_agent = rng.choice(cohort.network.user_agents)
        self.auth_method = rng.choice(cohort.network.auth_methods)
        self.pace_s = rng.uniform(*cohort.pace_s)
        self.mix = [(rng.lognormvariate(0, 0.6), rng.lognormvariate(0, 0.6)) for _ in cohort.tasks]
        novel = plan.kind == "benign_novel" and plan.lifetime == "ephemeral"
        self.first_task = self.pick_task(novel=novel)

    # -- mission -------------------------------------------------------------------------
    def mission(self) -> MissionDeclaration:
        plan, cohort, rng = self.plan, self.plan.cohort, self.rng
        purpose = cohort.purpose
        if plan.lifetime == "ephemeral":
            purpose += (
                f" This identity exists for one task: {self.first_task.name.replace('_', ' ')}."
            )
        return MissionDeclaration(
            time=self.at(plan.start),
            agent_id=self.agent_id,
            mission_id=f"msn-{hexid(rng, 12)}",
            cohort=cohort.name,
            purpose=purpose,
            allowed_actions=list(cohort.allowed_actions),
            allowed_resources=list(rng.choice(cohort.resource_scopes)),
            denied_actions=list(cohort.denied_actions),
            # An identity that exists for one task declares whom that task is done for.
            acts_for=list(self.first_task.acts_for) if plan.lifetime == "ephemeral" else [],
            max_rate_per_minute=rng.choice(cohort.max_rate_per_minute),
            issued_by=rng.choice(cohort.issuers),
            # Task identities are issued with a time-to-live; services are not.
            valid_until=self.at(plan.start + 3600) if plan.lifetime == "ephemeral" else None,
        )

    def at(self, t: float) -> datetime:
        """Event time of ``t`` seconds after the fleet start, in whole milliseconds."""
        return self.fleet_start + timedelta(milliseconds=round(t * 1000))

    # -- work ----------------------------------------------------------------------------
    def pick_task(self, *, novel: bool = False) -> TaskType:
        if novel:
            tasks = self.plan.cohort.novel_tasks
            return self.rng.choices(tasks, weights=[t.weight for t in tasks])[0]
        # Each agent has its own task mix, and a long-lived agent's mix shifts over its life
        # (benign drift: the work changes, not the agent).
        p = self.progress
        weights = [
            t.weight * ((1 - p) * a + p * b)
            for t, (a, b) in zip(self.plan.cohort.tasks, self.mix, strict=True)
        ]
        return self.rng.choices(self.plan.cohort.tasks, weights=weights)[0]

    def task_vars(self) -> TaskVars:
        return TaskVars(self.plan.cohort.vocabulary, self.rng)

    def gap(self) -> float:
        return self.pace_s * self.rng.lognormvariate(0.0, 0.6)

    def session(self) -> str:
        return f"ses-{hexid(self.rng, 12)}"

    def steps_to_calls(
        self,
        steps: tuple[Step, ...] | list[Step],
        tv: TaskVars,
        t: float,
        session: str,
        on_behalf_of: str | None,
        *,
        hostile: bool = False,
    ) -> list[Call]:
        """Render steps one after another from time ``t`` (each repetition re-renders, so
        ``_n`` variables differ per call)."""
        calls: list[Call] = []
        rng = self.rng
        for step in steps:
            for _ in range(rng.randint(*step.repeat)):
                t += step.gap * rng.uniform(0.5, 1.5) if step.gap is not None else self.gap()
                action, resource, attrs = step.render(tv)
                denied = rng.random() < step.deny + _BASE_DENY
                calls.append(
                    Call(t, action, resource, attrs, denied, session, on_behalf_of, hostile)
                )
                if denied and not hostile and rng.random() < 0.4:
                    # Clients back off and retry a refused call. A transient refusal often
                    # passes on retry, a stale grant stays refused (30%), and a call IAM
                    # always refuses (``deny=1.0``, the mission slips) is refused again.
                    t += rng.uniform(1.0, 8.0)
                    again = rng.random() < max(0.3, step.deny)
                    calls.append(
                        Call(t, action, resource, attrs, again, session, on_behalf_of, False)
                    )
        return calls

    def task_calls(self, task: TaskType, t: float, tv: TaskVars | None = None) -> list[Call]:
        tv = tv or self.task_vars()
        obo = task.on_behalf_of.format_map(tv) if task.on_behalf_of else None
        workers = self.rng.randint(*task.parallel)
        if workers == 1:
            return self.steps_to_calls(task.steps, tv, t, self.session(), obo)
        calls: list[Call] = []
        for _ in range(workers):
            start = t + self.rng.uniform(0.0, 3.0)
            calls += self.steps_to_calls(task.steps, tv, start, self.session(), obo)
        return sorted(calls, key=lambda c: c.t)

    def slip_calls(self, calls: list[Call], tv: TaskVars) -> list[Call]:
        """Insert one call of an undeclared tool into a benign task (same task variables)."""
        step = MISSION_SLIPS[self.plan.cohort.name]
        at = calls[self.rng.randrange(len(calls))]
        slip = self.steps_to_calls([step], tv, at.t, at.session, at.on_behalf_of)
        return sorted([*calls, *slip], key=lambda c: c.t)

    def maybe_redeploy(self) -> None:
        """Long-lived agents get a new address on redeploy, a new client version on upgrade,
        a new credential on rotation, and now and then fail over to the disaster-recovery
        region (new network, same credential: what a stolen credential also looks like)."""
        rng, network = self.rng, self.plan.cohort.network
        if rng.random() < 0.02:
            self.source_ip = ip_in(rng.choice(network.ip_prefixes), rng)
        if rng.random() < 0.0007:  # rare: about 2% of services over an 8-hour day
            self.source_ip = ip_in(DR_PREFIX, rng)
        if rng.random() < 0.01:
            self.user_agent = rng.choice(network.user_agents)
        if rng.random() < 0.01:
            self.credential = f"cred-{hexid(rng, 16)}"
