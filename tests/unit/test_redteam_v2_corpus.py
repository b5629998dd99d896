"""The second red-team corpus (tests/files/redteam-v2, written blind on 2026-12-06) is
well-formed: its own format check passes (every line ingested, every agent, decisive event and
mission present) and its size is what its README states. Structure only: the judge is never
run here (tests/realdata/test_corpus_gate.py gates its figures)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "files" / "redteam-v2"


def test_the_corpus_format_check_passes() -> None:
    spec = importlib.util.spec_from_file_location("check_format", CORPUS / "check_format.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0


def test_size_and_balance() -> None:
    index = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    assert index["frozen"] is True and index["version"] == 2
    scenarios = index["scenarios"]
    labels = [s["label"] for s in scenarios]
    assert len(scenarios) == 46 and labels.count("attack") == labels.count("benign") == 23
    agents = [a["expected"] for s in scenarios for a in s["agents"]]
    assert agents.count("stop") == 24 and agents.count("allow") == 155
    assert {s["format"] for s in scenarios} == {"canonical", "cloudtrail", "k8s_audit", "okta"}
    for s in scenarios:
        assert (CORPUS / s["log_file"]).is_file() and (CORPUS / s["missions_file"]).is_file()
