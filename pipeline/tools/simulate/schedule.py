"""When an agent does what: its episodes over its lifetime, benign tasks, slips, novel tasks,
attacks and drift. Apart from :mod:`.agent` because the attacks build on the agent's calls."""

from __future__ import annotations

from collections.abc import Iterator

from missionguard.pipeline.tools.simulate.agent import AgentRun, Call
from missionguard.pipeline.tools.simulate.attacks import attack_episode, drift_episode

__all__ = ["episodes"]


def episodes(run: AgentRun) -> Iterator[list[Call]]:
    """The agent's calls, one episode (a task, an attack, a drift step) at a time."""
    plan, rng = run.plan, run.rng
    if plan.lifetime == "ephemeral":
        t = plan.start + rng.uniform(0.2, 2.0)
        if plan.kind == "attacked":
            calls = attack_episode(run, plan.scenario or "", t, host=run.first_task)
        else:
            tv = run.task_vars()
            calls = run.task_calls(run.first_task, t, tv)
            if plan.slips:
                calls = run.slip_calls(calls, tv)
        yield calls
        return

    span = plan.end - plan.start
    attack_at = plan.start + span * rng.uniform(0.25, 0.7) if plan.kind == "attacked" else None
    novel_at = sorted(plan.start + span * rng.uniform(0.1, 0.95) for _ in range(rng.randint(2, 4)))
    if plan.kind != "benign_novel":
        novel_at = []
    slip_at = plan.start + span * rng.uniform(0.05, 0.95) if plan.slips else None
    idle_mean = run.idle_mean_s
    repeats_left = 0
    drifting_since: float | None = None
    t = plan.start + rng.uniform(1.0, 60.0)
    while t < plan.end:
        run.progress = (t - plan.start) / span
        attack_now = False
        if attack_at is not None and t >= attack_at:
            # The attacker comes back for up to two more episodes later on.
            attack_at, attack_now = None, True
            repeats_left = (rng.random() < 0.5) + (rng.random() < 0.25)
            if plan.scenario == "slow_drift":
                drifting_since = t
        elif repeats_left and rng.random() < 0.3:
            repeats_left, attack_now = repeats_left - 1, True
        if drifting_since is not None:
            progress = (t - drifting_since) / max(1.0, plan.end - drifting_since)
            calls = drift_episode(run, t, progress, first=attack_now)
        elif attack_now:
            calls = attack_episode(run, plan.scenario or "", t, host=run.pick_task())
        elif novel_at and t >= novel_at[0]:
            novel_at.pop(0)
            calls = run.task_calls(run.pick_task(novel=True), t)
        else:
            tv = run.task_vars()
            calls = run.task_calls(run.pick_task(), t, tv)
            if slip_at is not None and t >= slip_at:
                slip_at = None
                calls = run.slip_calls(calls, tv)
        yield calls
        t = max(c.t for c in calls) + rng.expovariate(1.0 / idle_mean)
        run.maybe_redeploy()
