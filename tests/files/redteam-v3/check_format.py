#!/usr/bin/env python3
"""Format check of the red-team corpus v3: every line is ingested, nothing is judged.

Canonical logs: every line parses with the canonical record models as a decision. Raw logs:
every record read by the source's reader becomes decisions through the source normalizer (no
dead letter, nothing skipped). Missions: every line parses as a MissionDeclaration. Every agent
listed in index.json is present in the normalized log, every decisive event id is present, and
every mission names an agent of the log. Uses only the package's records and sources.

Run from the checkout: .venv/bin/python tests/files/redteam-v3/check_format.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, parse_record
from missionguard.pipeline.sources import normalize_payload, read_raw

ROOT = Path(__file__).resolve().parent


def main() -> int:
    index = json.loads((ROOT / "index.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    totals: Counter[str] = Counter()
    for sc in index["scenarios"]:
        sid = sc["id"]
        log = ROOT / sc["log_file"]
        agents: set[str] = set()
        event_ids: set[str] = set()
        n = 0
        if sc["format"] == "canonical":
            for no, line in enumerate(log.read_text(encoding="utf-8").splitlines(), 1):
                n += 1
                try:
                    rec = parse_record(line)
                except Exception as exc:  # noqa: BLE001 - report every failure
                    problems.append(f"{sid}:{no}: validation error: {exc}")
                    continue
                if not isinstance(rec, AuthorizationDecision):
                    problems.append(f"{sid}:{no}: not a decision but {rec.type}")
                    continue
                agents.add(rec.agent_id)
                event_ids.add(rec.event_id)
                totals["decisions"] += 1
        else:
            for raw in read_raw(log, sc["format"]):
                n += 1
                out = normalize_payload(sc["format"], raw.payload, raw.origin)
                if out.kind != "normalized" or out.dead_letters:
                    reason = out.dead_letter.reason if out.dead_letter else "skipped"
                    problems.append(f"{sid}: {raw.origin}: {out.kind}: {reason}")
                    continue
                for d in out.decisions:
                    agents.add(d.agent_id)
                    event_ids.add(d.event_id)
                    totals["decisions"] += 1
        totals["lines"] += n
        if n != sc["events"]:
            problems.append(f"{sid}: {n} records, index says {sc['events']}")
        for a in sc["agents"]:
            if a["id"] not in agents:
                problems.append(f"{sid}: agent {a['id']} not in the normalized log")
        for d in sc["decisive_events"]:
            if d["event_id"] not in event_ids:
                problems.append(f"{sid}: decisive event {d['event_id']} not in the normalized log")
        if sc.get("missions_file"):
            for no, line in enumerate((ROOT / sc["missions_file"]).read_text(encoding="utf-8").splitlines(), 1):
                try:
                    m = parse_record(line)
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{sid}: missions:{no}: validation error: {exc}")
                    continue
                if not isinstance(m, MissionDeclaration):
                    problems.append(f"{sid}: missions:{no}: not a mission")
                    continue
                totals["missions"] += 1
                if m.agent_id not in agents:
                    problems.append(f"{sid}: mission for {m.agent_id}, which is not in the log")
        totals[f"format:{sc['format']}"] += 1
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(index['scenarios'])} scenarios, {totals['lines']} raw lines, {totals['decisions']} decisions, "
          f"{totals['missions']} missions; formats: "
          + ", ".join(f"{k[7:]}={v}" for k, v in sorted(totals.items()) if k.startswith("format:")))
    print("format check: " + ("FAILED" if problems else "passed (no dead letter, no validation error, nothing "
                                                        "skipped, every agent, decisive event and mission present)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
