"""The later red-team corpora (tests/files/redteam-v2 to redteam-v21, each written blind) are
well-formed: each one's own format check passes (every line ingested, every agent, decisive
event and mission present) and its size is what its README states. Structure
only: the judge is never run here (tests/realdata/test_corpus_gate.py gates their figures)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

FILES = Path(__file__).resolve().parents[1] / "files"

#: name: (version, scenarios, attacks, agents to stop, agents to allow, formats)
V4_FORMATS = {"anthropic_audit", "canonical", "cloudtrail", "mcp", "okta"}
V5_FORMATS = {"canonical", "envoy", "gcp_audit", "k8s_audit", "opa", "openai_audit"}
V7_FORMATS = V5_FORMATS - {"opa"} | {"anthropic_audit", "mcp"}
V11_FORMATS = {"canonical", "cloudtrail", "gcp_audit", "k8s_audit", "mcp", "okta"}
SIZES = {
    "redteam-v2": (2, 46, 23, 24, 155, {"canonical", "cloudtrail", "k8s_audit", "okta"}),
    "redteam-v3": (3, 40, 20, 21, 131, {"canonical", "envoy", "gcp_audit", "k8s_audit", "opa"}),
    "redteam-v4": (4, 36, 18, 19, 139, V4_FORMATS),
    "redteam-v5": (5, 40, 20, 21, 144, V5_FORMATS),
    "redteam-v6": (6, 40, 20, 20, 158, {"canonical", "cloudtrail", "mcp", "okta", "opa"}),
    "redteam-v7": (7, 40, 20, 20, 158, V7_FORMATS),
    "redteam-v8": (8, 40, 20, 20, 136, {"canonical", "cloudtrail", "mcp", "okta", "opa"}),
    "redteam-v9": (9, 40, 20, 20, 346, {"canonical", "envoy", "gcp_audit", "mcp", "opa"}),
    "redteam-v10": (10, 40, 20, 20, 264, {"canonical", "cloudtrail", "k8s_audit", "mcp", "okta"}),
    "redteam-v11": (11, 40, 20, 20, 264, V11_FORMATS),
    "redteam-v12": (12, 40, 20, 20, 246, V11_FORMATS),
    "redteam-v13": (13, 40, 20, 20, 252, V11_FORMATS),
    "redteam-v14": (14, 40, 20, 20, 254, V11_FORMATS | {"opa"}),
    "redteam-v15": (15, 40, 20, 20, 246, V11_FORMATS | {"opa"}),
    "redteam-v16": (16, 40, 20, 20, 250, V11_FORMATS),
    "redteam-v17": (17, 40, 20, 20, 248, V11_FORMATS),
    "redteam-v18": (18, 40, 20, 20, 248, V11_FORMATS),
    "redteam-v19": (19, 40, 20, 20, 248, V11_FORMATS),
    "redteam-v20": (20, 40, 20, 20, 248, V11_FORMATS),
    "redteam-v21": (21, 40, 20, 20, 248, V11_FORMATS),
}


@pytest.mark.parametrize("name", sorted(SIZES))
def test_the_corpus_format_check_passes(name: str) -> None:
    path = FILES / name / "check_format.py"
    spec = importlib.util.spec_from_file_location(f"check_format_{name[-2:]}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0


@pytest.mark.parametrize("name", sorted(SIZES))
def test_size_and_balance(name: str) -> None:
    version, count, attacks, stop, allow, formats = SIZES[name]
    corpus = FILES / name
    index = json.loads((corpus / "index.json").read_text(encoding="utf-8"))
    assert index["frozen"] is True and index["version"] == version
    scenarios = index["scenarios"]
    labels = [s["label"] for s in scenarios]
    assert len(scenarios) == count and labels.count("attack") == attacks
    assert labels.count("benign") == count - attacks
    agents = [a["expected"] for s in scenarios for a in s["agents"]]
    assert agents.count("stop") == stop and agents.count("allow") == allow
    assert {s["format"] for s in scenarios} == formats
    for s in scenarios:
        assert (corpus / s["log_file"]).is_file() and (corpus / s["missions_file"]).is_file()
