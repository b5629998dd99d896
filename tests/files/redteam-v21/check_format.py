#!/usr/bin/env python3
"""Format check of the red-team corpus v21: every line is ingested, nothing is judged.

Copied from the v20 check (version changed to 21; formats: mcp, cloudtrail, gcp_audit, okta and
k8s_audit raw logs besides canonical (opa is still accepted), at least five raw formats, at most 14 canonical scenarios, every
cloud scenario in a raw format, at least three CloudTrail, two Google Cloud audit, two Kubernetes audit
and one Okta scenario; families cloud, assistant and customer-service with the v16 to v21 briefs' bounds; the
cohort shapes of v10 to v20: one agent with one mission serving 15-40 conversations (distinct session
ids) of at least 10 people; session-scoped cohorts of 12-20 sessions; long-lived cohorts of 3-5 agents;
a look-alike pair shares family, shape and format; the size bound of 8 MB; a mission's acts_for, when
present, is a list of strings). Nothing was added or removed for v21: the v20 checks already fit its brief.

Canonical logs: every line parses with the canonical record models as a decision. Raw logs (mcp, opa,
cloudtrail, gcp_audit, okta, k8s_audit): every record read by the source's reader becomes decisions through the
source normalizer (no dead letter, nothing skipped). Missions: every line parses as a
MissionDeclaration. Every agent listed in index.json is present in the normalized log, every
decisive event id is present and belongs to its stop agent, and every mission names an agent of
the log. Uses only the package's records and sources.

Checks kept from v4 to v8 (still nothing judged):
- event ids are unique across the whole corpus;
- every raw time field is ISO 8601 with a time zone (up to nine fractional digits), in 2026; every
  scenario's log is in time order;
- every mission's time is in 2026 and precedes its agent's first decision;
- the labels agree with the declarations under the documented glob semantics (fnmatch): every
  decision of an `allow` agent is an action allowed (and not denied) by its mission in force, on an
  allowed resource when the mission restricts resources, before its valid_until;
- labels are balanced: every attack has a benign look-alike and back;
- 40 scenarios; at least five raw formats besides canonical; at most 14 canonical logs, none of them
  a cloud scenario; at least 3 cloudtrail, 2 gcp_audit, 2 k8s_audit and 1 okta scenarios;
- the corpus directory holds less than 8 MB;
- long-lived cohorts: 3 to 5 agents; every `allow` agent has at least 15 decisions; one agent joins
  late (its first decision at least 20 hours after the log's first);
- session-scoped cohorts: 12 to 20 agents (sessions) of 5 to 40 decisions each, spread over at least
  12 hours; an attacked session is never the last session to start;
- shared-identity cohorts: exactly one agent, 15 to 40 conversations (distinct session ids) serving
  at least 10 distinct people (on_behalf_of), spread over at least 12 hours;
- between 12 and 16 scenarios of each cohort shape; 14 to 18 scenarios in the cloud family and 10 to 14
  in each of the assistant and customer-service families;
- in the assistant and customer-service families every decision names whom it serves
  (`on_behalf_of`), except in Envoy logs, whose normalizer has no such field;
- the decisive event of each stop agent is not before its mission's time.

Run from the checkout: .venv/bin/python tests/files/redteam-v21/check_format.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import datetime
from fnmatch import fnmatchcase
from pathlib import Path

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, parse_record
from missionguard.pipeline.sources import normalize_payload, read_raw

ROOT = Path(__file__).resolve().parent
ISO = re.compile(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$")
RAW_TIME = {"canonical": "time", "mcp": "time", "opa": "timestamp", "cloudtrail": "eventTime", "okta": "published",
            "k8s_audit": "stageTimestamp", "gcp_audit": "timestamp"}
MAX_BYTES = 8_000_000
VERSION = 21


def _mission_in_force(missions: list[MissionDeclaration], when: datetime) -> MissionDeclaration | None:
    current = [m for m in missions if m.time <= when]
    return max(current, key=lambda m: m.time) if current else None


def main() -> int:
    index = json.loads((ROOT / "index.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    totals: Counter[str] = Counter()
    seen_ids: dict[str, str] = {}
    ids = {sc["id"]: sc for sc in index["scenarios"]}
    for sc in index["scenarios"]:
        sid = sc["id"]
        log = ROOT / sc["log_file"]
        decisions: list[AuthorizationDecision] = []
        n = 0
        for no, line in enumerate(log.read_text(encoding="utf-8").splitlines(), 1):
            raw_time = json.loads(line).get(RAW_TIME[sc["format"]])
            if not isinstance(raw_time, str) or not ISO.match(raw_time):
                problems.append(f"{sid}:{no}: time {raw_time!r} is not ISO 8601 with a zone in 2026")
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
                decisions.append(rec)
        else:
            for raw in read_raw(log, sc["format"]):
                n += 1
                out = normalize_payload(sc["format"], raw.payload, raw.origin)
                if out.kind != "normalized" or out.dead_letters or not out.decisions:
                    reason = out.dead_letter.reason if out.dead_letter else "skipped"
                    problems.append(f"{sid}: {raw.origin}: {out.kind}: {reason}")
                    continue
                decisions.extend(out.decisions)
        agents = {d.agent_id for d in decisions}
        by_id = {}
        for d in decisions:
            totals["decisions"] += 1
            if d.event_id in seen_ids:
                problems.append(f"{sid}: event id {d.event_id} also in {seen_ids[d.event_id]}")
            seen_ids[d.event_id] = sid
            by_id[d.event_id] = d
            if d.time.year != 2026:
                problems.append(f"{sid}: {d.event_id} not in 2026")
        times = [d.time for d in decisions]
        if times != sorted(times):
            problems.append(f"{sid}: the log is not in time order")
        totals["lines"] += n
        if n != sc["events"]:
            problems.append(f"{sid}: {n} records, index says {sc['events']}")
        expected = {a["id"]: a["expected"] for a in sc["agents"]}
        for a in sc["agents"]:
            if a["id"] not in agents:
                problems.append(f"{sid}: agent {a['id']} not in the normalized log")
        for a in agents - set(expected):
            problems.append(f"{sid}: agent {a} of the log is not in index.json")
        stops = {a for a, e in expected.items() if e == "stop"}
        if stops != {d["agent"] for d in sc["decisive_events"]}:
            problems.append(f"{sid}: stop agents and decisive events differ")
        if (sc["label"] == "attack") != bool(stops):
            problems.append(f"{sid}: label {sc['label']} but {len(stops)} stop agents")
        for d in sc["decisive_events"]:
            if d["event_id"] not in by_id:
                problems.append(f"{sid}: decisive event {d['event_id']} not in the normalized log")
            elif by_id[d["event_id"]].agent_id != d["agent"]:
                problems.append(f"{sid}: decisive event {d['event_id']} is not {d['agent']}'s")
        missions: dict[str, list[MissionDeclaration]] = {}
        for no, line in enumerate((ROOT / sc["missions_file"]).read_text(encoding="utf-8").splitlines(), 1):
            try:
                m = parse_record(line)
            except Exception as exc:  # noqa: BLE001
                problems.append(f"{sid}: missions:{no}: validation error: {exc}")
                continue
            if not isinstance(m, MissionDeclaration):
                problems.append(f"{sid}: missions:{no}: not a mission")
                continue
            if m.signature is not None:
                problems.append(f"{sid}: missions:{no}: signed (this corpus ships unsigned missions)")
            if not all(isinstance(x, str) for x in m.acts_for):
                problems.append(f"{sid}: missions:{no}: acts_for is not a list of strings")
            totals["missions"] += 1
            if m.agent_id not in agents:
                problems.append(f"{sid}: mission for {m.agent_id}, which is not in the log")
            if m.time.year != 2026:
                problems.append(f"{sid}: missions:{no}: not in 2026")
            missions.setdefault(m.agent_id, []).append(m)
        for a in expected:
            if a not in missions:
                problems.append(f"{sid}: agent {a} has no mission")
                continue
            first = min((d.time for d in decisions if d.agent_id == a), default=None)
            if first is not None and min(m.time for m in missions[a]) > first:
                problems.append(f"{sid}: {a} acts before its first mission")
        for d in decisions:
            if expected.get(d.agent_id) != "allow":
                continue
            m = _mission_in_force(missions.get(d.agent_id, []), d.time)
            if m is None:
                continue
            if not any(fnmatchcase(d.action, p) for p in m.allowed_actions) or any(
                fnmatchcase(d.action, p) for p in m.denied_actions
            ):
                problems.append(f"{sid}: allow agent {d.agent_id}: {d.action} ({d.event_id}) outside its mission")
            if m.allowed_resources and not any(fnmatchcase(d.resource, p) for p in m.allowed_resources):
                problems.append(f"{sid}: allow agent {d.agent_id}: resource {d.resource} ({d.event_id}) outside its mission")
            if m.valid_until is not None and d.time > m.valid_until:
                problems.append(f"{sid}: allow agent {d.agent_id}: {d.event_id} after valid_until")
        per_agent = Counter(d.agent_id for d in decisions)
        firsts = {a: min(d.time for d in decisions if d.agent_id == a) for a in agents}
        shape = sc.get("cohort_shape")
        if shape == "long-lived":
            if not 3 <= len(expected) <= 5:
                problems.append(f"{sid}: {len(expected)} agents (3 to 5 expected)")
            for a, e in expected.items():
                if e == "allow" and per_agent[a] < 15:
                    problems.append(f"{sid}: allow agent {a} has only {per_agent[a]} decisions")
            if decisions:
                t0 = min(times)
                if not any((f - t0).total_seconds() >= 20 * 3600 for f in firsts.values()):
                    problems.append(f"{sid}: no agent joins late")
        elif shape == "session-scoped":
            if not 12 <= len(expected) <= 20:
                problems.append(f"{sid}: {len(expected)} sessions (12 to 20 expected)")
            for a in expected:
                if not 5 <= per_agent[a] <= 40:
                    problems.append(f"{sid}: session {a} has {per_agent[a]} decisions (5 to 40 expected)")
            if decisions and (max(times) - min(times)).total_seconds() < 12 * 3600:
                problems.append(f"{sid}: the sessions span less than 12 hours")
            last = max(firsts, key=lambda a: firsts[a]) if firsts else None
            if last in stops:
                problems.append(f"{sid}: the attacked session is the last one")
        elif shape == "shared-identity":
            if len(expected) != 1:
                problems.append(f"{sid}: {len(expected)} agents (one shared identity expected)")
            convs = {d.session_id for d in decisions}
            if None in convs or not 15 <= len(convs) <= 40:
                problems.append(f"{sid}: {len(convs)} conversations (15 to 40 named session ids expected)")
            people = {d.on_behalf_of for d in decisions if d.on_behalf_of}
            if len(people) < 10:
                problems.append(f"{sid}: only {len(people)} people served")
            if decisions and (max(times) - min(times)).total_seconds() < 12 * 3600:
                problems.append(f"{sid}: the conversations span less than 12 hours")
        else:
            problems.append(f"{sid}: cohort_shape {shape!r}")
        totals[f"shape:{shape}"] += 1
        totals[f"family:{sc.get('family')}"] += 1
        if sc.get("family") in ("assistant", "customer-service"):
            missing = [d.event_id for d in decisions if not d.on_behalf_of]
            if missing:
                problems.append(f"{sid}: {len(missing)} decisions name nobody served (on_behalf_of), e.g. {missing[0]}")
        for d in sc["decisive_events"]:
            ev = by_id.get(d["event_id"])
            ms = missions.get(d["agent"], [])
            if ev is not None and ms and ev.time < min(m.time for m in ms):
                problems.append(f"{sid}: decisive event {d['event_id']} precedes {d['agent']}'s mission")
        other = ids.get(sc["look_alike"])
        if other is None or other["look_alike"] != sid or other["label"] == sc["label"]:
            problems.append(f"{sid}: look_alike {sc['look_alike']} is not its pair")
        elif any(other[k] != sc[k] for k in ("family", "cohort_shape", "format")):
            problems.append(f"{sid}: look_alike {sc['look_alike']} differs in family, shape or format")
        totals[f"format:{sc['format']}"] += 1
        totals[f"label:{sc['label']}"] += 1
        totals["stop"] += len(stops)
        totals["allow"] += len(expected) - len(stops)
    if totals["label:attack"] != totals["label:benign"]:
        problems.append(f"{totals['label:attack']} attacks but {totals['label:benign']} benign scenarios")
    if index.get("version") != VERSION or index.get("frozen") is not True or index.get("corpus") != "missionguard-redteam":
        problems.append(f"index.json: corpus must be missionguard-redteam, version {VERSION} and frozen true")
    if len(index["scenarios"]) != 40:
        problems.append(f"{len(index['scenarios'])} scenarios, 40 expected")
    raw_formats = {k[7:] for k in totals if k.startswith("format:") and k != "format:canonical"}
    if len(raw_formats) < 5:
        problems.append(f"only {len(raw_formats)} raw formats: {sorted(raw_formats)}")
    if totals["format:canonical"] > 14:
        problems.append(f"{totals['format:canonical']} canonical scenarios (14 at most)")
    for fmt, least in (("cloudtrail", 3), ("gcp_audit", 2), ("k8s_audit", 2), ("okta", 1)):
        if totals[f"format:{fmt}"] < least:
            problems.append(f"{totals[f'format:{fmt}']} {fmt} scenarios ({least} at least)")
    for sc in index["scenarios"]:
        if sc.get("family") == "cloud" and sc["format"] == "canonical":
            problems.append(f"{sc['id']}: a cloud scenario in canonical format")
    for shape in ("long-lived", "session-scoped", "shared-identity"):
        if not 12 <= totals[f"shape:{shape}"] <= 16:
            problems.append(f"{totals[f'shape:{shape}']} {shape} scenarios (12 to 16 expected)")
    fam_c, fam_a, fam_b = totals["family:cloud"], totals["family:assistant"], totals["family:customer-service"]
    if not (14 <= fam_c <= 18 and 10 <= fam_a <= 14 and 10 <= fam_b <= 14) or fam_c + fam_a + fam_b != len(index["scenarios"]):
        problems.append(f"families: {fam_c} cloud, {fam_a} assistant, {fam_b} customer-service (14-18, 10-14, 10-14 expected)")
    size = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    if size >= MAX_BYTES:
        problems.append(f"the corpus holds {size} bytes, {MAX_BYTES} at most")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(index['scenarios'])} scenarios ({totals['label:attack']} attack, {totals['label:benign']} benign), "
          f"{totals['lines']} raw lines, {totals['decisions']} decisions, {totals['missions']} missions, "
          f"{totals['stop']} agents to stop, {totals['allow']} to allow; formats: "
          + ", ".join(f"{k[7:]}={v}" for k, v in sorted(totals.items()) if k.startswith("format:")))
    print("format check: " + ("FAILED" if problems else "passed (no dead letter, no validation error, nothing "
                                                        "skipped, every agent, decisive event and mission present, "
                                                        "ids unique, times ordered, allow agents inside their missions, "
                                                        "cohort shapes, families and formats as the brief asks)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
