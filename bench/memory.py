"""Memory per active agent and the judge's cost per decision, offline (no broker).

Agents are the simulator's suite fleet, cloned under new ids until the wanted number of
agents is active (each clone gets its mission, then its first decisions). Reported:

* ``state_bytes_avg``: mean size of ``AgentState.to_bytes()``, what the changelog and the
  worker's table hold per agent;
* ``worker_rss_bytes_per_agent``: growth of this process's resident memory (``/proc``) per
  agent while the worker's judging stage holds every agent: states as bytes in its table (a
  dict here), the ``worker.state_cache_agents`` most recently judged ones decoded, and the
  cohort models;
* ``judge_us_per_decision``: microseconds per ``Judge.on_decision`` (first 10,000 agents),
  against parsing the same decisions' JSON with pydantic, the baseline of the same run.
"""

from __future__ import annotations

import gc
import os
import time

from models.judge import Judge
from models.state import AgentState
from pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from pipeline.settings import Settings
from pipeline.stage import JudgingStage

from .harness import fleet_records

__all__ = ["run", "sample_states"]

_SETTINGS = Settings()


def _judge() -> Judge:
    return Judge(_SETTINGS.detection, _SETTINGS.behaviour)


def _clone(record, k: int):
    return record.model_copy(update={"agent_id": f"{record.agent_id}~{k}"})


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _traffic(agents: int, per_agent: int):
    """Missions and first decisions of ``agents`` agents (suite fleet agents, cloned)."""
    base = fleet_records(60_000)
    by_agent: dict[str, list[AuthorizationDecision]] = {}
    for r in base:
        if isinstance(r, AuthorizationDecision):
            by_agent.setdefault(r.agent_id, []).append(r)
    missions = [
        r
        for r in base
        if isinstance(r, MissionDeclaration) and len(by_agent.get(r.agent_id, ())) >= 3
    ]
    count = 0
    for k in range(-(-agents // len(missions))):
        for m in missions:
            if count >= agents:
                return
            count += 1
            yield _clone(m, k)
            for d in by_agent[m.agent_id][:per_agent]:
                yield _clone(d, k)


def run(agents: int, decisions_per_agent: int = 10) -> dict[str, object]:
    # Resident memory first, in a fresh process: memory freed by an earlier pass would be
    # reused without growing the resident set, and hide what the stage holds.
    records = list(_traffic(agents, decisions_per_agent))
    gc.collect()
    before = _rss()
    table: dict[str, bytes] = {}
    stage = JudgingStage(
        _judge(), table, max_record_bytes=1 << 20, cache_agents=_SETTINGS.worker.state_cache_agents
    )
    for record in records:
        stage.judge_record(record)
    gc.collect()
    grown = _rss() - before
    # Cost: a plain judge over at most 10,000 agents' traffic, against pydantic parsing.
    judge = _judge()
    states: dict[str, AgentState] = {}
    judged, judge_s, sample = 0, 0.0, []
    for record in _traffic(min(agents, 10_000), decisions_per_agent):
        if isinstance(record, MissionDeclaration):
            states[record.agent_id], _ = judge.on_mission(None, record)
            continue
        if len(sample) < 2000:
            sample.append(dump_json(record))
        t0 = time.perf_counter()
        states[record.agent_id], _ = judge.on_decision(states[record.agent_id], record)
        judge_s += time.perf_counter() - t0
        judged += 1
    t0 = time.perf_counter()
    for raw in sample:
        AuthorizationDecision.model_validate_json(raw)
    parse_us = (time.perf_counter() - t0) / len(sample) * 1e6
    judge_us = judge_s / judged * 1e6
    sizes = [len(v) for v in table.values()]
    return {
        "agents": len(table),
        "decisions_per_agent": decisions_per_agent,
        "state_bytes_avg": round(sum(sizes) / len(sizes)),
        "state_bytes_max": max(sizes),
        "worker_rss_bytes_per_agent": round(grown / len(table)),
        "cached_decoded_agents": _SETTINGS.worker.state_cache_agents,
        "judge_us_per_decision": round(judge_us, 1),
        "parse_us_per_decision": round(parse_us, 1),
        "judge_to_parse_ratio": round(judge_us / parse_us, 1),
    }


def sample_states(agents: int) -> list[bytes]:
    """Serialized states of ``agents`` simulated agents after their first decisions."""
    judge = _judge()
    states: dict[str, AgentState] = {}
    for r in fleet_records(20_000):
        if len(states) >= agents and r.agent_id not in states:
            continue
        if isinstance(r, MissionDeclaration):
            states[r.agent_id], _ = judge.on_mission(states.get(r.agent_id), r)
        else:
            states[r.agent_id], _ = judge.on_decision(states.get(r.agent_id), r)
    return [s.to_bytes() for s in states.values()]


def run_isolated(agents: int) -> dict[str, object]:
    """``run`` in a fresh interpreter, so no earlier pass's freed memory is reused."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "bench.memory", str(agents)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(int(sys.argv[1]))))
