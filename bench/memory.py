"""Memory per active agent and the judge's cost per decision, offline (no broker).

Agents are the simulator's suite fleet, cloned under new ids until the wanted number of
agents is active (each clone gets its mission, then its decisions). Reported:

* ``state_bytes_avg``: mean size of ``AgentState.to_bytes()`` (what the changelog and the
  table hold per agent);
* ``heap_bytes_per_agent``: Python heap growth (tracemalloc) per agent while the judge holds
  every agent's decoded state and its cohort models (a notebook replaying offline);
* ``worker_heap_bytes_per_agent``: the same for the worker's judging stage, which keeps every
  agent's state as bytes in its table (a dict here) and only the most recently judged agents
  decoded (``worker.state_cache_agents``), cohort models included;
* ``judge_us``: microseconds per ``Judge.on_decision``, against parsing the same decision's
  JSON with pydantic (the baseline, measured in the same run).
"""

from __future__ import annotations

import gc
import time
import tracemalloc

from models.judge import Judge
from models.state import AgentState
from pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from pipeline.settings import Settings

from .harness import fleet_records

__all__ = ["run", "sample_states"]

_SETTINGS = Settings()


def _clone(record, k: int):
    return record.model_copy(update={"agent_id": f"{record.agent_id}~{k}"})


def run(agents: int, decisions_per_agent: int = 20) -> dict[str, object]:
    base = fleet_records(60_000)
    missions = [r for r in base if isinstance(r, MissionDeclaration)]
    by_agent: dict[str, list[AuthorizationDecision]] = {}
    for r in base:
        if isinstance(r, AuthorizationDecision):
            by_agent.setdefault(r.agent_id, []).append(r)
    missions = [m for m in missions if len(by_agent.get(m.agent_id, ())) >= 3]
    copies = -(-agents // len(missions))

    def feed(timed: bool) -> tuple[dict[str, AgentState], int, float, list[bytes]]:
        judge = Judge(_SETTINGS.detection, _SETTINGS.behaviour)
        states: dict[str, AgentState] = {}
        judged, judge_s, sample, count = 0, 0.0, [], 0
        for k in range(copies):
            for m in missions:
                if count >= agents:
                    break
                count += 1
                mission = _clone(m, k)
                states[mission.agent_id], _ = judge.on_mission(None, mission)
                for d in by_agent[m.agent_id][:decisions_per_agent]:
                    d = _clone(d, k)
                    if timed and len(sample) < 2000:
                        sample.append(dump_json(d))
                    t0 = time.perf_counter()
                    states[d.agent_id], _ = judge.on_decision(states[d.agent_id], d)
                    judge_s += time.perf_counter() - t0
                    judged += 1
        return states, judged, judge_s, sample

    # Timing and memory are separate passes: tracemalloc slows allocation-heavy code a lot.
    _, judged, judge_s, sample = feed(timed=True)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    states, _, _, _ = feed(timed=False)
    gc.collect()
    heap = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    worker_heap = _worker_heap(missions, by_agent, copies, agents, decisions_per_agent)
    sizes = [len(s.to_bytes()) for s in states.values()]
    t0 = time.perf_counter()
    for raw in sample:
        AuthorizationDecision.model_validate_json(raw)
    parse_us = (time.perf_counter() - t0) / len(sample) * 1e6
    judge_us = judge_s / judged * 1e6
    return {
        "agents": len(states),
        "decisions": judged,
        "state_bytes_avg": round(sum(sizes) / len(sizes)),
        "state_bytes_max": max(sizes),
        "heap_bytes_per_agent": round(heap / len(states)),
        "worker_heap_bytes_per_agent": round(worker_heap / len(states)),
        "judge_us_per_decision": round(judge_us, 1),
        "parse_us_per_decision": round(parse_us, 1),
        "judge_to_parse_ratio": round(judge_us / parse_us, 1),
    }


def sample_states(agents: int) -> list[bytes]:
    """Serialized states of ``agents`` simulated agents after their first decisions."""
    base = fleet_records(20_000)
    judge = Judge(_SETTINGS.detection, _SETTINGS.behaviour)
    states: dict[str, AgentState] = {}
    for r in base:
        if len(states) >= agents and r.agent_id not in states:
            continue
        if isinstance(r, MissionDeclaration):
            states[r.agent_id], _ = judge.on_mission(states.get(r.agent_id), r)
        else:
            states[r.agent_id], _ = judge.on_decision(states.get(r.agent_id), r)
    return [s.to_bytes() for s in states.values()]


def _worker_heap(missions, by_agent, copies: int, agents: int, per_agent: int) -> int:
    """Heap growth of the worker's stage (table of bytes + bounded decoded cache) fed the
    same traffic."""
    from pipeline.stage import JudgingStage

    judge = Judge(_SETTINGS.detection, _SETTINGS.behaviour)
    table: dict[str, bytes] = {}
    stage = JudgingStage(
        judge, table, max_record_bytes=1 << 20, cache_agents=_SETTINGS.worker.state_cache_agents
    )
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    count = 0
    for k in range(copies):
        for m in missions:
            if count >= agents:
                break
            count += 1
            stage.judge_record(_clone(m, k))
            for d in by_agent[m.agent_id][:per_agent]:
                stage.judge_record(_clone(d, k))
    gc.collect()
    heap = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return heap
