"""The red-team corpus (tests/files/redteam, issue 18 item 6) is well-formed.

This checks structure only: required keys, parseable records, decisive events present in the
logs, counts. It never runs the judge (no replay, no evaluate): the corpus is an evaluation set,
frozen, and its expected outcomes are not asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from missionguard.pipeline.records import parse_record

CORPUS = Path(__file__).resolve().parents[1] / "files" / "redteam"
SCENARIOS = CORPUS / "scenarios"

LOG_FILES = {
    "canonical": "decisions.jsonl",
    "cloudtrail": "cloudtrail.jsonl",
    "k8s_audit": "k8s_audit.jsonl",
    "okta": "okta.jsonl",
    "envoy": "envoy.jsonl",
    "opa": "opa.jsonl",
    "gcp_audit": "gcp_audit.jsonl",
}
#: The field holding each source's own event id (what decisive_events name).
EVENT_ID = {
    "canonical": "event_id",
    "cloudtrail": "eventID",
    "k8s_audit": "auditID",
    "okta": "uuid",
    "envoy": "request_id",
    "opa": "decision_id",
    "gcp_audit": "insertId",
}
REQUIRED = {
    "id",
    "title",
    "label",
    "summary",
    "format",
    "agents",
    "decisive_events",
    "techniques",
    "sources",
}
OUTCOMES = {"stop", "alert", "allow"}


def _scenario_dirs() -> list[Path]:
    return sorted(p for p in SCENARIOS.iterdir() if p.is_dir())


def _load(d: Path) -> dict:
    return yaml.safe_load((d / "scenario.yaml").read_text(encoding="utf-8"))


def _log_ids(d: Path, doc: dict) -> list[str]:
    fmt = doc["format"]["source"]
    ids = []
    for line in (d / LOG_FILES[fmt]).read_text(encoding="utf-8").splitlines():
        ids.append(str(json.loads(line)[EVENT_ID[fmt]]))
    return ids


def test_corpus_size_and_balance() -> None:
    dirs = _scenario_dirs()
    assert len(dirs) >= 60
    docs = [_load(d) for d in dirs]
    labels = [doc["label"] for doc in docs]
    attacks = labels.count("attack")
    assert 0.4 <= attacks / len(labels) <= 0.6, f"{attacks} attacks of {len(labels)}"
    raw = {doc["format"]["source"] for doc in docs} - {"canonical"}
    assert len(raw) >= 2, raw
    assert "canonical" in {doc["format"]["source"] for doc in docs}
    assert any(not (d / "missions.jsonl").exists() for d in dirs), (
        "some scenarios must have no missions"
    )
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total < 16 * 1024 * 1024, f"corpus is {total} bytes"


def test_index_matches_scenarios() -> None:
    index = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    assert index["frozen"] is True
    entries = {e["id"]: e for e in index["scenarios"]}
    assert set(entries) == {d.name for d in _scenario_dirs()}
    for d in _scenario_dirs():
        doc, entry = _load(d), entries[d.name]
        assert entry["label"] == doc["label"]
        assert entry["format"] == doc["format"]["source"]
        assert (CORPUS / entry["log_file"]).is_file()
        assert [(a["id"], a["expected"]) for a in entry["agents"]] == [
            (a["id"], a["expected"]) for a in doc["agents"]
        ]


@pytest.mark.parametrize("d", _scenario_dirs(), ids=lambda p: p.name)
def test_scenario_well_formed(d: Path) -> None:
    doc = _load(d)
    assert REQUIRED <= set(doc), REQUIRED - set(doc)
    assert doc["id"] == d.name
    assert doc["label"] in ("attack", "benign")
    fmt = doc["format"]["source"]
    assert fmt in LOG_FILES
    assert doc["format"]["log_file"] == LOG_FILES[fmt]
    assert doc["techniques"] and all(isinstance(t, str) and t for t in doc["techniques"])
    assert doc["sources"] and all(s.startswith(("https://", "http://")) for s in doc["sources"])

    if doc.get("look_alike") is not None:
        other = _load(SCENARIOS / doc["look_alike"])
        assert other["label"] != doc["label"] and other["look_alike"] == doc["id"]

    agents = {a["id"]: a["expected"] for a in doc["agents"]}
    assert agents and set(agents.values()) <= OUTCOMES
    if doc["label"] == "benign":
        assert set(agents.values()) == {"allow"}, "benign scenarios only have allow agents"
        assert not doc["decisive_events"]
    else:
        assert {"stop", "alert"} & set(agents.values()), "an attack scenario needs an attack agent"

    # The log: valid JSON lines, one object per line; canonical lines parse as decisions.
    log = d / LOG_FILES[fmt]
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 30, "each scenario carries routine history"
    assert len(lines) == doc["format"]["events"]
    for n, line in enumerate(lines, 1):
        obj = json.loads(line)
        assert isinstance(obj, dict), f"{log.name}:{n}"
        if fmt == "canonical":
            rec = parse_record(line)
            assert rec.type == "decision", f"{log.name}:{n}"
    ids = _log_ids(d, doc)
    assert len(ids) == len(set(ids)), "event ids are unique within a scenario"

    # Decisive events exist, belong to listed agents, and every stop agent has one.
    for m in doc["decisive_events"]:
        assert m["event_id"] in ids, m
        assert m["agent"] in agents, m
    marked = {m["agent"] for m in doc["decisive_events"]}
    for aid, expected in agents.items():
        if expected == "stop":
            assert aid in marked, f"stop agent {aid} has no decisive event"

    # Missions, when present: canonical, unsigned, for listed agents.
    missions = d / "missions.jsonl"
    if missions.exists():
        for n, line in enumerate(missions.read_text(encoding="utf-8").splitlines(), 1):
            rec = parse_record(line)
            assert rec.type == "mission", f"missions.jsonl:{n}"
            assert rec.signature is None
            assert rec.agent_id in agents, f"missions.jsonl:{n}: {rec.agent_id}"
    else:
        assert doc["format"]["missions_file"] is None


def test_canonical_decisive_events_are_the_agents_own() -> None:
    for d in _scenario_dirs():
        doc = _load(d)
        if doc["format"]["source"] != "canonical":
            continue
        by_id = {
            json.loads(line)["event_id"]: json.loads(line)["agent_id"]
            for line in (d / "decisions.jsonl").read_text(encoding="utf-8").splitlines()
        }
        for m in doc["decisive_events"]:
            assert by_id[m["event_id"]] == m["agent"], (d.name, m)
