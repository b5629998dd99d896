"""Attack scenarios, woven into an agent's ordinary work.

Each scenario starts from a *host* task the agent was doing anyway and adds the attacker's
calls (``hostile=True``) in the cohort's own terms (:class:`~.catalog.AttackSurface`). Most
hostile calls use actions and resources the mission allows; what betrays them is their
arguments, their order, their pace, their network or whose records they touch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from missionguard.pipeline.tools.simulate.agent import AgentRun, Call
from missionguard.pipeline.tools.simulate.catalog import Step, TaskType, TaskVars
from missionguard.pipeline.tools.simulate.vocabulary import (
    ATTACKER_PREFIXES,
    ATTACKER_USER_AGENTS,
    hexid,
    ip_in,
)

__all__ = ["SCENARIO_BUILDERS", "attack_episode", "drift_episode"]

Block = Callable[[float], list[Call]]


def _weave(run: AgentRun, host: list[Call], block: Block) -> list[Call]:
    """Insert the attacker's block after a random host call (never before the first: the
    task is underway when the injection lands); later host calls move back in time."""
    i = run.rng.randrange(1, len(host)) if len(host) > 1 else 1
    t0 = host[i - 1].t
    hostile = block(t0)
    shift = (hostile[-1].t - t0) if hostile else 0.0
    rest = [dataclasses.replace(c, t=c.t + shift) for c in host[i:]]
    return [*host[:i], *hostile, *rest]


def _once(steps: Sequence[Step]) -> tuple[Step, ...]:
    return tuple(dataclasses.replace(s, repeat=(1, 1)) for s in steps)


def attack_episode(run: AgentRun, scenario: str, t: float, *, host: TaskType) -> list[Call]:
    tv = run.task_vars()
    calls = run.task_calls(host, t, tv)
    try:
        builder = SCENARIO_BUILDERS[scenario]
    except KeyError:
        raise ValueError(f"simulation: unknown attack scenario {scenario!r}") from None
    return builder(run, calls, tv)


def _hostile(
    run: AgentRun, steps: tuple[Step, ...] | list[Step], tv: TaskVars, t: float, like: Call
) -> list[Call]:
    return run.steps_to_calls(steps, tv, t, like.session, like.on_behalf_of, hostile=True)


def _exfiltration(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    surface = run.plan.cohort.surface
    collect = run.rng.sample(surface.collect, k=min(len(surface.collect), run.rng.randint(1, 2)))
    return _weave(
        run, host, lambda t0: _hostile(run, [*collect, *surface.exfiltrate], tv, t0, host[0])
    )


def _prompt_injection(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    inject = run.plan.cohort.surface.inject
    first = host[0]
    for _ in range(run.rng.randint(1, 2)):
        step = run.rng.choice(inject)

        def block(t0: float, s: Step = step) -> list[Call]:
            return _hostile(run, [s], tv, t0, first)

        host = _weave(run, host, block)
    return host


def _cross_customer(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    surface = run.plan.cohort.surface
    steps = surface.cross_principal or surface.collect
    chosen = [s for s in steps if run.rng.random() < 0.7] or [steps[0]]
    return _weave(run, host, lambda t0: _hostile(run, chosen, tv, t0, host[0]))


def _probing_after_denial(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    def block(t0: float) -> list[Call]:
        calls = _hostile(run, _once(run.plan.cohort.surface.probe), tv, t0, host[0])
        # After the first refusal the attacker also tries a credential it found lying around.
        other = f"cred-{hexid(run.rng, 16)}"
        for call in calls[1:]:
            if run.rng.random() < 0.35:
                call.credential = other
        return calls

    return _weave(run, host, block)


def _enumeration(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    rng = run.rng
    step = dataclasses.replace(
        run.plan.cohort.surface.enumerate, repeat=(25, 120), gap=rng.uniform(0.3, 2.0), deny=0.08
    )
    return _weave(run, host, lambda t0: _hostile(run, [step], tv, t0, host[0]))


def _privilege_escalation(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    steps = [s for s in run.plan.cohort.surface.escalate if run.rng.random() < 0.8]
    steps = steps or [run.plan.cohort.surface.escalate[0]]
    return _weave(run, host, lambda t0: _hostile(run, [*steps, *_once(steps)], tv, t0, host[0]))


def _credential_reuse(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    """The agent keeps working; meanwhile its credential is replayed from elsewhere."""
    rng = run.rng
    ip = ip_in(rng.choice(ATTACKER_PREFIXES), rng)
    # Some attackers copy the agent's user agent string: the network is all that differs.
    ua = rng.choice(ATTACKER_USER_AGENTS) if rng.random() < 0.6 else run.user_agent
    decoy = _once(run.pick_task().steps)[: rng.randint(1, 3)]
    steps = [*decoy, *run.plan.cohort.surface.collect]
    t0 = host[0].t + rng.uniform(0.0, max(1.0, host[-1].t - host[0].t))
    stolen = run.steps_to_calls(
        steps, run.task_vars(), t0, run.session(), host[0].on_behalf_of, hostile=True
    )
    for call in stolen:
        call.source_ip, call.user_agent, call.credential = ip, ua, run.credential
    return sorted([*host, *stolen], key=lambda c: c.t)


def _burst(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    rng = run.rng
    n = rng.randint(80, 300)
    step = dataclasses.replace(
        rng.choice(run.plan.cohort.surface.collect), repeat=(n, n), gap=rng.uniform(0.05, 0.25)
    )
    return _weave(run, host, lambda t0: _hostile(run, [step], tv, t0, host[0]))


def _fan_out(run: AgentRun, host: list[Call], tv: TaskVars) -> list[Call]:
    """The agent spawns many parallel sub-sessions, each harvesting a little."""
    rng = run.rng

    def block(t0: float) -> list[Call]:
        calls: list[Call] = []
        for _ in range(rng.randint(8, 30)):
            steps = _once(run.plan.cohort.surface.collect) * rng.randint(1, 3)
            branch = run.steps_to_calls(
                steps,
                tv,
                t0 + rng.uniform(0.0, 5.0),
                run.session(),
                host[0].on_behalf_of,
                hostile=True,
            )
            calls.extend(branch)
        return sorted(calls, key=lambda c: c.t)

    return _weave(run, host, block)


def drift_episode(run: AgentRun, t: float, progress: float, *, first: bool = False) -> list[Call]:
    """Slow drift: ordinary tasks, each a little more likely to carry a side errand (reading
    data outside the task, and later sending some of it out) as the drift goes on."""
    rng, surface = run.rng, run.plan.cohort.surface
    tv = run.task_vars()
    host = run.task_calls(run.pick_task(), t, tv)
    if not first and rng.random() >= 0.05 + 0.6 * progress:
        return host
    steps = [rng.choice(_once(surface.collect)) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.2 * progress:
        steps.append(rng.choice(_once(surface.exfiltrate)))
    return _weave(run, host, lambda t0: _hostile(run, steps, tv, t0, host[0]))


SCENARIO_BUILDERS: dict[str, Callable[[AgentRun, list[Call], TaskVars], list[Call]]] = {
    "exfiltration": _exfiltration,
    "prompt_injection": _prompt_injection,
    "cross_customer": _cross_customer,
    "probing_after_denial": _probing_after_denial,
    "enumeration": _enumeration,
    "privilege_escalation": _privilege_escalation,
    "credential_reuse": _credential_reuse,
    "burst": _burst,
    "fan_out": _fan_out,
    # slow_drift in an ephemeral agent's single task is just a short side errand
    "slow_drift": lambda run, host, tv: drift_episode(run, host[0].t, 1.0, first=True),
}
