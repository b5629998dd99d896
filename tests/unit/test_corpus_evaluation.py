"""``missionguard evaluate --corpus``: the structure of the red-team corpus report on a few
scenarios (pipeline/tools/corpus.py). No detector figure is asserted here: only what the report
holds, the baselines' definitions, and that the corpus is read, never written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from missionguard.pipeline.tools.corpus import (
    CorpusReport,
    evaluate_corpus,
    render_corpus,
    technique_family,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "files" / "redteam"
# Canonical with missions, CloudTrail without missions, Kubernetes audit.
SOME = [
    "agent-bank-injected-transfer",
    "aws-ssrf-instance-role-used-from-outside",
    "k8s-ci-plants-cronjob-in-kube-system",
]
SYSTEMS = ["missionguard", "allow_list", "new_terms", "new_terms_unpoisoned"]


def _digest() -> str:
    h = hashlib.sha256()
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(CORPUS)).encode() + path.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def report() -> CorpusReport:
    before = _digest()
    result = evaluate_corpus(CORPUS, only=SOME)
    assert _digest() == before, "the corpus is frozen: evaluating it must not write to it"
    return result


def test_one_row_per_scenario_and_listed_agent(report: CorpusReport) -> None:
    index = {s["id"]: s for s in json.loads((CORPUS / "index.json").read_text())["scenarios"]}
    assert [s.id for s in report.scenarios] == [s for s in index if s in SOME]
    for scenario in report.scenarios:
        entry = index[scenario.id]
        assert scenario.format == entry["format"] and scenario.label == entry["label"]
        assert [(a.agent_id, a.expected) for a in scenario.agents] == [
            (a["id"], a["expected"]) for a in entry["agents"]
        ]
        assert scenario.dead_letters == 0
        assert scenario.decisions == entry["events"]
        for agent in scenario.agents:
            assert agent.decisions > 0
            assert sorted(agent.outcomes) == sorted(SYSTEMS)
            assert set(agent.outcomes.values()) <= {"stopped", "alerted", "allowed"}
            for system, count in agent.hostile_before_stop.items():
                if agent.expected == "stop":
                    # Every stop agent of these scenarios has a decisive event.
                    assert count is not None and 0 <= count <= agent.decisions, system
                    if agent.outcomes[system] != "stopped":
                        assert count >= 1
                else:
                    assert count is None


def test_summaries_add_up(report: CorpusReport) -> None:
    assert [s.system for s in report.systems] == SYSTEMS
    agents = [a for s in report.scenarios for a in s.agents]
    for summary in report.systems:
        attacked = [a for a in agents if a.expected == "stop"]
        assert summary.attacked_agents == len(attacked)
        assert summary.attacked_stopped == sum(
            a.outcomes[summary.system] == "stopped" for a in attacked
        )
        assert summary.benign_agents == sum(a.expected == "allow" for a in agents)
        assert sum(summary.alert_only.values()) == sum(
            a.outcomes[summary.system] == "alerted" for a in agents
        )
    assert sorted(report.meets_targets) == [
        "attacked_stopped_min",
        "benign_stopped_max",
        "median_before_stop_max",
        "not_below_allow_list",
    ]
    families = {r.family for r in report.families}
    assert {"ATT&CK"} <= families
    assert all(r.system in SYSTEMS for r in report.families)


def _group_sums(report: CorpusReport, field: str, system: str) -> tuple[int, int, int, int]:
    rows = [r for r in report.groups if r.field == field and r.system == system]
    return (
        sum(r.attacked_agents for r in rows),
        sum(r.attacked_stopped for r in rows),
        sum(r.benign_agents for r in rows),
        sum(r.benign_stopped for r in rows),
    )


def test_groups_by_format_add_up_to_the_summaries(report: CorpusReport) -> None:
    # The first corpus's index has no family or cohort shape: groups by format only.
    assert {r.field for r in report.groups} == {"format"}
    assert {r.value for r in report.groups} == {s.format for s in report.scenarios}
    for summary in report.systems:
        assert _group_sums(report, "format", summary.system) == (
            summary.attacked_agents,
            summary.attacked_stopped,
            summary.benign_agents,
            summary.benign_stopped,
        )


def test_groups_by_family_and_cohort_shape_where_the_index_has_them() -> None:
    corpus = ROOT / "tests" / "files" / "redteam-v10"
    index = {s["id"]: s for s in json.loads((corpus / "index.json").read_text())["scenarios"]}
    shared = [i for i, s in index.items() if s["cohort_shape"] == "shared-identity"][:1]
    session = [i for i, s in index.items() if s["cohort_shape"] == "session-scoped"][:1]
    report = evaluate_corpus(corpus, only=shared + session)
    for scenario in report.scenarios:
        assert scenario.family == index[scenario.id]["family"]
        assert scenario.cohort_shape == index[scenario.id]["cohort_shape"]
    assert [r.field for r in report.groups if r.system == "missionguard"][-2:] == [
        "cohort_shape",
        "cohort_shape",
    ]
    shapes = {r.value for r in report.groups if r.field == "cohort_shape"}
    assert shapes == {"shared-identity", "session-scoped"}
    for field in ("format", "family", "cohort_shape"):
        for summary in report.systems:
            assert _group_sums(report, field, summary.system) == (
                summary.attacked_agents,
                summary.attacked_stopped,
                summary.benign_agents,
                summary.benign_stopped,
            ), (field, summary.system)
    row = next(
        r
        for r in report.groups
        if (r.field, r.value, r.system) == ("cohort_shape", "shared-identity", "missionguard")
    )
    one = next(s for s in report.scenarios if s.cohort_shape == "shared-identity")
    assert row.attacked_agents + row.benign_agents == len(one.agents) == 1  # one identity


def test_allow_list_never_stops_an_agent_without_a_mission(report: CorpusReport) -> None:
    ssrf = next(s for s in report.scenarios if s.id == "aws-ssrf-instance-role-used-from-outside")
    assert all(a.outcomes["allow_list"] == "allowed" for a in ssrf.agents)


def test_report_renders_plainly_and_dumps(report: CorpusReport) -> None:
    from io import StringIO

    from missionguard.pipeline.terminal import plain_console

    buffer = StringIO()
    render_corpus(report, plain_console(file=buffer, width=200))
    text = buffer.getvalue()
    assert "missionguard" in text and "new_terms_unpoisoned" in text and "ATT&CK" in text
    assert json.loads(report.to_json())["systems"][0]["system"] == "missionguard"
    # How the judge's cohort models were spread (the settings': 4 partitions, by cohort).
    assert (report.partitions, report.partition_by) == (4, "cohort")
    assert "4 input partitions, agents placed by cohort" in text
    assert "By scenario group" in text and "format cloudtrail" in text


def test_technique_families() -> None:
    assert technique_family("T1098.001") == "ATT&CK"
    assert technique_family("AML.T0051.001") == "ATLAS"
    assert technique_family("OWASP-ASI02") == "OWASP agentic"
    assert technique_family("OWASP-LLM06") == "OWASP LLM/API"


def test_command_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from missionguard.pipeline.cli import app

    out = tmp_path / "corpus.json"
    result = CliRunner().invoke(
        app,
        ["evaluate", "--corpus", str(CORPUS), "--scenario", SOME[0], "--json", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "Red-team corpus" in result.output
    data = json.loads(out.read_text())
    assert [s["id"] for s in data["scenarios"]] == [SOME[0]]
