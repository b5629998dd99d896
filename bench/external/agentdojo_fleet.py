"""A labelled fleet from AgentDojo's task suites (Debenedetti et al., NeurIPS 2024 Datasets and
Benchmarks; https://github.com/ethz-spylab/agentdojo, MIT licence): data our simulator did not
write, for ``missionguard evaluate``.

AgentDojo ships four suites of tool-using assistants (banking, workspace, slack, travel), each
with user tasks (a prompt and the ground-truth tool calls that do it) and injection tasks (the
attacker's goal and the tool calls that reach it). This script turns the ground truths into
canonical records:

* benign: each user task's calls, ``--repeat`` sessions (default 20) of it;
* attacked: each (user task, injection task) pair once, the injection's calls right after the
  user task's first call (the tool output that carries the injection), then the rest of the
  user task; the injection's calls are the hostile ones (an injection task without calls, such
  as "say that ...", has nothing to detect and is left out of the figures by ``evaluate``);
* a mission per session: cohort = suite, purpose = the user's prompt, allowed actions = every
  tool of the suite (``--missions all``) or the user task's own tools (``least``), signed
  with the development issuer key (as ``missionguard simulate`` does);
* one decision per call: action and resource the tool, the arguments as given, no operation
  (the documented fallback judges it by the action's verb), ``on_behalf_of`` the suite's user;
* sessions start 20 s apart (calls 3 s apart), in a seeded random order (``shuffled``) or
  suite by suite and user task by user task (``grouped``), as a benchmark run iterates them.

These are ground-truth calls, not an agent's runs: every benign session of a user task makes
the same calls, and attacks always succeed. Development data: whoever tunes a detector on it
should say so beside any figure from it.

Usage (the suites need the ``agentdojo`` package, which the project does not depend on)::

    python3.11 -m venv /tmp/agentdojo && /tmp/agentdojo/bin/pip install agentdojo==0.1.35
    .venv/bin/python bench/external/agentdojo_fleet.py \\
        --agentdojo-python /tmp/agentdojo/bin/python --missions all --out /tmp/agentdojo-all.jsonl
    .venv/bin/missionguard evaluate /tmp/agentdojo-all.jsonl
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

try:
    from .fleet import write_fleet
except ImportError:  # run by its path (python bench/external/...): the folder is sys.path[0]
    from fleet import write_fleet  # type: ignore[no-redef]

# Run by the interpreter that has agentdojo: print each suite's user and injection tasks.
_EXTRACT = r"""
import json, sys
from agentdojo.task_suite.load_suites import get_suites
def calls(task, env):
    return [[c.function, json.loads(json.dumps(dict(c.args), default=str))]
            for c in task.ground_truth(env)]
out = {}
for name, suite in get_suites("v1").items():
    env = suite.load_and_inject_default_environment({})
    bank = getattr(env, "bank_account", None)
    out[name] = {
        "tools": sorted(f.name for f in suite.tools),
        "iban": getattr(bank, "iban", None),
        "user_tasks": {k: {"prompt": " ".join(t.PROMPT.split()), "calls": calls(t, env)}
                       for k, t in suite.user_tasks.items()},
        "injection_tasks": {k: {"goal": " ".join(t.GOAL.split()), "calls": calls(t, env)}
                            for k, t in suite.injection_tasks.items()},
    }
json.dump(out, sys.stdout)
"""

# On whose behalf each suite's assistant acts (the suites' own users).
_PRINCIPAL = {
    "workspace": "emma.johnson@bluesparrowtech.com",
    "travel": "emma.johnson@bluesparrowtech.com",
    "slack": "Bob",
}


def _suites(python: str) -> dict[str, Any]:
    done = subprocess.run(
        [python, "-c", _EXTRACT], capture_output=True, text=True, check=False, timeout=600
    )
    if done.returncode != 0:
        sys.exit(
            f"could not read AgentDojo's suites with {python}: {done.stderr.strip()[-400:]}\n"
            "(install it beside the project: python3.11 -m venv /tmp/agentdojo && "
            "/tmp/agentdojo/bin/pip install agentdojo==0.1.35)"
        )
    suites: dict[str, Any] = json.loads(done.stdout)
    return suites


def _sessions(suites: dict[str, Any], missions: str, repeat: int) -> list[dict[str, Any]]:
    sessions = []
    for name, suite in sorted(suites.items()):
        principal = _PRINCIPAL.get(name) or suite.get("iban")
        for uid, task in suite["user_tasks"].items():
            calls = [(f, a, False) for f, a in task["calls"]]
            own = sorted({f for f, _, _ in calls}) or suite["tools"][:1]
            base = {
                "cohort": name,
                "purpose": task["prompt"],
                "tools": suite["tools"] if missions == "all" else own,
                "principal": principal,
                "task": f"{name}-{uid}",
            }
            for r in range(repeat):
                sessions.append({**base, "id": f"{name}-{uid}-b{r}", "kind": "benign",
                                 "scenario": None, "calls": calls})  # fmt: skip
            for iid, injection in suite["injection_tasks"].items():
                hostile = [(f, a, True) for f, a in injection["calls"]]
                sessions.append({**base, "id": f"{name}-{uid}-{iid}", "kind": "attacked",
                                 "scenario": f"{name}-{iid}",
                                 "calls": calls[:1] + hostile + calls[1:]})  # fmt: skip
    return sessions


def build(
    suites: dict[str, Any], out: Path, missions: str, order: str, repeat: int, seed: int
) -> str:
    sessions = _sessions(suites, missions, repeat)
    records, attacked = write_fleet(sessions, out, "agentdojo-fleet", seed, order)
    return (
        f"{out}: {len(sessions)} sessions ({attacked} attacked), {records} records; "
        f"missions: {missions}, order: {order}, seed {seed}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--missions", choices=("all", "least"), default="all")
    parser.add_argument("--order", choices=("shuffled", "grouped"), default="shuffled")
    parser.add_argument("--repeat", type=int, default=20, help="benign sessions per user task")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--agentdojo-python", default=sys.executable,
                        help="a Python with the agentdojo package (default: this one)")  # fmt: skip
    args = parser.parse_args()
    suites = _suites(args.agentdojo_python)
    print(build(suites, args.out, args.missions, args.order, args.repeat, args.seed))


if __name__ == "__main__":
    main()
