"""The judge's cost per decision, and what each per-agent detector costs to write
(``state_dict``) and to read back (``load_state_dict``), offline, on the simulator's suite fleet.

``python -m bench judge [--quick] [--against DIR]``. The same records (missions and decisions
of the suite fleet, seed 11) are written to a file once and judged in fresh interpreters:

* ``judge_us``: process CPU time of a pass of ``Judge.on_decision`` / ``on_mission`` over all
  records, fresh judge and states each pass, per decision (missions, ~1% of records and cheap,
  included); ``parse_us``: ``AuthorizationDecision.model_validate_json`` of the same decisions,
  the baseline of the same process. Passes alternate; the best pass of each counts;
* per stored field of ``AgentState`` (the activity window and the five per-agent detectors),
  on every agent's state after a pass: ``state_dict()`` and ``cls().load_state_dict(d)`` (``d``
  as JSON gives it back: what the codec does), and the whole state's ``to_bytes`` /
  ``from_bytes``; best of the rounds, per state.

With ``--against DIR`` (another checkout, e.g. the previous commit exported with ``git archive``)
the same measurement also runs on DIR's ``models`` and ``pipeline``: runs alternate between the
two trees, so drift on a shared machine hits both alike, and each figure is the best of its
tree's runs. Every measured function is imported inside :func:`measure`, after the tree is put
first on ``sys.path``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["measure", "run"]

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
FIELDS = ("window", "sequence", "rarity", "velocity", "probing", "concurrent")

# A child process (its environment makes it import the tree): run ``measure`` from this file.
_CHILD = """
import json, runpy, sys
here, path, rounds, prefix = sys.argv[1:5]
measure = runpy.run_path(here)["measure"]
print(json.dumps(measure(path, int(rounds), prefix)))
"""


def measure(path: str, rounds: int, prefix: str = "missionguard.") -> dict[str, Any]:
    """Time the judge and the per-agent state in this process (see the module docstring);
    ``prefix``: the packages' (``""`` for a checkout from before the namespace)."""
    import gc
    import time
    from importlib import import_module

    models = import_module(f"{prefix}models")
    Judge = import_module(f"{prefix}models.judge").Judge
    AgentState = import_module(f"{prefix}models.state").AgentState
    records_module = import_module(f"{prefix}pipeline.records")
    AuthorizationDecision = records_module.AuthorizationDecision
    MissionDeclaration = records_module.MissionDeclaration
    Settings = import_module(f"{prefix}pipeline.settings").Settings

    settings = Settings()
    raw = Path(path).read_bytes().splitlines()
    records = [
        MissionDeclaration.model_validate_json(line)
        if json.loads(line)["type"] == "mission"
        else AuthorizationDecision.model_validate_json(line)
        for line in raw
    ]
    decision_lines = [line for line, r in zip(raw, records, strict=True) if r.type == "decision"]

    def judge_pass() -> tuple[float, dict[str, AgentState]]:
        judge = Judge(settings.detection, settings.behaviour)
        states: dict[str, AgentState] = {}
        t0 = time.process_time()
        for r in records:
            if r.type == "mission":
                states[r.agent_id], _ = judge.on_mission(states.get(r.agent_id), r)
            else:
                states[r.agent_id], _ = judge.on_decision(states.get(r.agent_id), r)
        return time.process_time() - t0, states

    def parse_pass() -> float:
        t0 = time.process_time()
        for line in decision_lines:
            AuthorizationDecision.model_validate_json(line)
        return time.process_time() - t0

    def per_item_us(fn: Any, items: list[Any]) -> float:
        t0 = time.process_time()
        for item in items:
            fn(item)
        return (time.process_time() - t0) / len(items) * 1e6

    best_judge = best_parse = float("inf")
    states: dict[str, AgentState] = {}
    gc.collect()
    for _ in range(rounds):
        took, states = judge_pass()
        best_judge = min(best_judge, took)
        best_parse = min(best_parse, parse_pass())
    n = len(decision_lines)
    agents = list(states.values())
    cases: dict[str, tuple[Any, list[Any]]] = {}
    for name in FIELDS:
        parts = [getattr(s, name) for s in agents]
        cls = type(parts[0])
        dumped = [json.loads(json.dumps(p.state_dict())) for p in parts]
        cases[f"{name}.state_dict"] = (cls.state_dict, parts)
        cases[f"{name}.load_state_dict"] = (lambda d, cls=cls: cls().load_state_dict(d), dumped)
    cases["state.to_bytes"] = (AgentState.to_bytes, agents)
    cases["state.from_bytes"] = (AgentState.from_bytes, [s.to_bytes() for s in agents])
    best = {name: float("inf") for name in cases}
    for _ in range(max(rounds, 5)):
        for name, (fn, items) in cases.items():
            best[name] = min(best[name], per_item_us(fn, items))
    judge_us, parse_us = best_judge / n * 1e6, best_parse / n * 1e6
    return {
        "tree": str(Path(models.__file__).resolve().parents[1]),
        "decisions": n,
        "agents": len(agents),
        "rounds": rounds,
        "judge_us": round(judge_us, 1),
        "parse_us": round(parse_us, 2),
        "judge_to_parse": round(judge_us / parse_us, 1),
        "state_us": {name: round(v, 2) for name, v in best.items()},
    }


def _child(tree: Path, path: Path, rounds: int) -> dict[str, Any]:
    from missionguard.pipeline.tools.worker_process import checkout_imports

    prefix, env = checkout_imports(tree)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(HERE), str(path), str(rounds), prefix],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
        env=env,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out = dict(runs[0])
    for key in ("judge_us", "parse_us"):
        out[key] = min(r[key] for r in runs)
    out["judge_to_parse"] = round(out["judge_us"] / out["parse_us"], 1)
    out["state_us"] = {k: min(r["state_us"][k] for r in runs) for k in runs[0]["state_us"]}
    out["runs"] = len(runs)
    return out


def run(
    decisions: int = 20_000, rounds: int = 5, repeats: int = 3, against: Path | None = None
) -> dict[str, Any]:
    """``measure`` in fresh interpreters, ``repeats`` times per tree, alternating trees."""
    from missionguard.pipeline.records import dump_json

    from .harness import fleet_records

    trees = {"current": ROOT} | ({"against": against.resolve()} if against else {})
    with tempfile.TemporaryDirectory(prefix="mg-bench-judge-") as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_bytes(b"\n".join(dump_json(r) for r in fleet_records(decisions)) + b"\n")
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
        for _ in range(repeats):
            for name, tree in trees.items():
                runs[name].append(_child(tree, path, rounds))
    result = {name: _best(r) for name, r in runs.items()}
    if against:
        now, before = result["current"], result["against"]
        result["judge_speedup"] = round(before["judge_us"] / now["judge_us"], 2)
    return result


def table(result: dict[str, Any]) -> Any:
    """The figures of :func:`run` as a rich table, the method in its caption."""
    from rich.table import Table

    now, before = result["current"], result.get("against")
    t = Table(
        title=f"judge cost, {now['decisions']:,} suite-fleet decisions, {now['agents']} agents",
        caption=(
            f"process CPU time, best of {now['runs']} fresh interpreter(s) per tree x "
            f"{now['rounds']} passes (state rows: best round, per agent state); trees "
            "alternate; baseline: pydantic parse of the same decisions in the same process"
        ),
    )
    t.add_column("what")
    t.add_column(f"{now['tree']}", justify="right")
    if before:
        t.add_column(f"{before['tree']}", justify="right")
        t.add_column("before / now", justify="right")

    def row(label: str, a: float, b: float | None, unit: str = "µs") -> None:
        cells = [label, f"{a:g} {unit}"]
        if b is not None:
            cells += [f"{b:g} {unit}", f"{b / a:.2f}x"]
        t.add_row(*cells)

    row("judge, per decision", now["judge_us"], before and before["judge_us"])
    row("pydantic parse, per decision", now["parse_us"], before and before["parse_us"])
    row("judge / parse", now["judge_to_parse"], before and before["judge_to_parse"], "x")
    for name, us in now["state_us"].items():
        row(name, us, before and before["state_us"].get(name))
    return t


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
