"""The evaluation arithmetic, on a hand-made labelled fleet and a scripted fake judge (so
these tests do not depend on the real detectors)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from missionguard.pipeline.records import (
    Alert,
    AuthorizationDecision,
    MissionDeclaration,
    RevocationCommand,
    dump_json,
)
from missionguard.pipeline.tools.evaluate import evaluate, render_report
from missionguard.pipeline.tools.simulate import FleetConfig, labels_path_for
from missionguard.pipeline.tools.simulate.labels import AgentLabel, FleetLabels

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class ScriptedJudge:
    """Emits the alerts and commands scripted per event id; remembers nothing else."""

    def __init__(
        self, script: dict[str, tuple[int, str | None]], expires_s: float | None = None
    ) -> None:
        self.script, self.expires_s = script, expires_s

    def on_mission(self, state, mission):  # noqa: ANN001, ANN201
        return state or {}, _Verdict([], [])

    def on_decision(self, state, decision):  # noqa: ANN001, ANN201
        alerts, action = self.script.get(decision.event_id, (0, None))
        made = [
            Alert(
                alert_id=f"a-{decision.event_id}-{i}",
                time=decision.time,
                agent_id=decision.agent_id,
                severity="high",
                score=0.9,
                trigger_event_id=decision.event_id,
            )
            for i in range(alerts)
        ]
        commands = []
        if action:
            expires = None
            if self.expires_s is not None:
                expires = decision.time + timedelta(seconds=self.expires_s)
            commands.append(
                RevocationCommand(
                    command_id=f"c-{decision.event_id}",
                    time=decision.time,
                    agent_id=decision.agent_id,
                    action=action,
                    reason="scripted",
                    expires_at=expires,
                )
            )
        return state or {}, _Verdict(made, commands)


class _Verdict:
    def __init__(self, alerts: list, commands: list) -> None:
        self.alerts, self.commands = alerts, commands


def _fleet(tmp_path: Path) -> tuple[Path, Path]:
    """Five agents, decisions one second apart per agent:

    * ``atk-a`` (exfiltration): e1 benign, e2..e5 hostile (e4 denied by IAM); revoked at e3.
    * ``atk-b`` (exfiltration): e1..e3 all hostile, e2 denied by IAM; never revoked.
    * ``atk-c`` (burst): revoked at its benign e1 (before the attack), reinstated at e2,
      hostile e3 allowed, revoked again at e4 (hostile).
    * ``ok-d`` (benign): two alerts on e1, suspended at e2 -> a false revocation.
    * ``new-e`` (benign_novel): one alert, throttled (throttle does not count as revoked).
    """
    plan = {
        "atk-a": (
            "attacked",
            "exfiltration",
            ["allow", "allow", "allow", "deny", "allow"],
            {2, 3, 4, 5},
        ),
        "atk-b": ("attacked", "exfiltration", ["allow", "deny", "allow"], {1, 2, 3}),
        "atk-c": ("attacked", "burst", ["allow", "allow", "allow", "allow"], {3, 4}),
        "ok-d": ("benign", None, ["allow", "allow", "allow"], set()),
        "new-e": ("benign_novel", None, ["allow", "allow"], set()),
    }
    lines: list[bytes] = []
    labels = FleetLabels(config=FleetConfig(), complete=True)
    for n, (agent, (kind, scenario, outcomes, hostile)) in enumerate(plan.items()):
        start = T0 + timedelta(minutes=n)
        lines.append(
            dump_json(
                MissionDeclaration(
                    time=start,
                    agent_id=agent,
                    mission_id=f"m-{agent}",
                    purpose="test",
                    issued_by="test",
                )
            )
        )
        label = AgentLabel(
            agent_id=agent,
            cohort="coding",
            lifetime="ephemeral",
            kind=kind,
            scenario=scenario,
            mission_id=f"m-{agent}",
            start=start,
        )
        for i, outcome in enumerate(outcomes, 1):
            d = AuthorizationDecision(
                event_id=f"{agent}-e{i}",
                time=start + timedelta(seconds=i),
                agent_id=agent,
                action="x:y",
                resource="r",
                decision=outcome,
                source="test",
            )
            lines.append(dump_json(d))
            label.decisions += 1
            if i in hostile:
                label.hostile_event_ids.append(d.event_id)
                label.attack_start = label.attack_start or d.time
        labels.agents.append(label)
    records = tmp_path / "tiny.jsonl"
    records.write_bytes(b"\n".join(lines) + b"\n")
    labels_path_for(records).write_text(labels.to_json())
    return records, labels_path_for(records)


SCRIPT = {
    "atk-a-e3": (1, "revoke"),
    "atk-c-e1": (1, "revoke"),
    "atk-c-e2": (0, "reinstate"),
    "atk-c-e4": (1, "suspend"),
    "ok-d-e1": (2, None),
    "ok-d-e2": (1, "suspend"),
    "new-e-e1": (1, "throttle"),
}


@pytest.fixture
def report(tmp_path: Path):  # noqa: ANN201
    records, labels = _fleet(tmp_path)
    return evaluate(records, labels, lambda: ScriptedJudge(SCRIPT))


def test_per_scenario_recall_leaks_and_time_to_detect(report) -> None:
    rows = {r.scenario: r for r in report.attacks}
    exfil = rows["exfiltration"]
    assert (exfil.agents, exfil.revoked, exfil.recall) == (2, 1, 0.5)
    # atk-a leaks e2 and e3 (the trigger itself went through); e4 and e5 came after the
    # revocation (blocked). atk-b is never caught: its two allowed hostile decisions leak.
    assert (exfil.leaked_median, exfil.leaked_p90) == (2.0, 2.0)
    assert exfil.detect_s_median == 1.0  # e2 at +2 s, revoked at e3 at +3 s
    assert exfil.hostile_blocked == 2
    burst = rows["burst"]
    # Revoked before the attack (not a detection), reinstated, then caught at e4.
    assert (burst.revoked, burst.revoked_before_attack, burst.recall) == (1, 1, 1.0)
    assert burst.leaked_median == 2.0 and burst.detect_s_median == 1.0


def test_totals_and_benign_rates(report) -> None:
    total = report.attacks_total
    assert (total.agents, total.revoked) == (3, 2)
    assert total.recall == pytest.approx(0.6667)
    assert total.leaked_median == 2.0 and total.leaked_p90 == 2.0
    benign = {b.kind: b for b in report.benign}
    assert (benign["benign"].revoked, benign["benign"].false_revocation_rate) == (1, 1.0)
    assert benign["benign"].alerts_per_agent == 3.0
    assert (benign["benign_novel"].revoked, benign["benign_novel"].alerted_agents) == (0, 1)
    # The target is judged on every benign agent, those on never-seen tasks included.
    assert (benign["all benign"].agents, benign["all benign"].revoked) == (2, 1)
    assert benign["all benign"].false_revocation_rate == 0.5
    assert report.meets_targets["false_revocation_max"] is False
    assert report.false_revocations_by_cohort == {"benign": {"coding": 1}}
    assert report.decisions == 17 and report.records == 22
    assert report.meets_targets == {
        "recall_min": False,
        "false_revocation_max": False,
        "median_leaked_max": False,
    }


def test_a_perfect_judge_meets_the_targets(tmp_path: Path) -> None:
    records, labels = _fleet(tmp_path)
    first_hostile = {
        "atk-a-e2": (1, "revoke"),
        "atk-b-e1": (1, "revoke"),
        "atk-c-e3": (1, "revoke"),
    }
    report = evaluate(records, labels, lambda: ScriptedJudge(first_hostile))
    assert report.attacks_total.recall == 1.0
    assert report.attacks_total.leaked_median == 1.0
    assert report.attacks_total.detect_s_median == 0.0
    assert all(report.meets_targets.values())


def test_report_renders_and_dumps(report) -> None:
    from rich.console import Console

    console = Console(record=True, width=140)
    render_report(report, console)
    text = console.export_text()
    assert "exfiltration" in text and "benign_novel" in text
    assert '"recall": 0.5' in report.to_json()


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    records, labels = _fleet(tmp_path)
    records.write_bytes(records.read_bytes() + b'{"type": "decision"}\n')
    with pytest.raises(ValueError, match=r"tiny\.jsonl:23"):
        evaluate(records, labels, lambda: ScriptedJudge({}))


def test_allow_list_baseline_revokes_on_the_first_undeclared_action(tmp_path: Path) -> None:
    from missionguard.pipeline.tools.evaluate import AllowListJudge

    records, labels = _fleet(tmp_path)
    # The tiny missions declare no action at all: every agent is revoked at its first call.
    report = evaluate(records, labels, AllowListJudge)
    rows = {r.scenario: r for r in report.attacks}
    assert (rows["exfiltration"].revoked, rows["exfiltration"].revoked_before_attack) == (1, 1)
    assert rows["burst"].revoked_before_attack == 1
    assert {b.kind: b.revoked for b in report.benign} == {
        "benign": 1,
        "benign_novel": 1,
        "all benign": 2,
    }
    assert [r.scenario for r in report.attacks_by_lifetime] == ["all ephemeral", "all long_lived"]
    assert [(r.scenario, r.agents) for r in report.attacks_by_cohort] == [("all coding", 3)]


def test_honoring_expiry_lets_late_hostile_decisions_leak(tmp_path: Path) -> None:
    records, labels = _fleet(tmp_path)

    # atk-a is revoked at e3 (+3 s) for 1.5 s: e4 (+4 s, denied anyway) is still blocked,
    # e5 (+5 s) is not. Without honor_expiry the block lasts.
    def judge() -> ScriptedJudge:
        return ScriptedJudge(SCRIPT, expires_s=1.5)

    lasting = evaluate(records, labels, judge)
    lifted = evaluate(records, labels, judge, honor_expiry=True)
    assert lifted.honor_expiry and not lasting.honor_expiry
    assert {r.scenario: r for r in lasting.attacks}["exfiltration"].hostile_blocked == 2
    exfil = {r.scenario: r for r in lifted.attacks}["exfiltration"]
    assert exfil.hostile_blocked == 1
    assert (exfil.leaked_median, exfil.leaked_p90) == (2.5, 3.0)  # atk-a 3, atk-b 2


def test_command_line_prints_tables_and_writes_json(tmp_path: Path, capsys) -> None:
    from missionguard.pipeline.tools.evaluate import main

    records, _ = _fleet(tmp_path)
    out = tmp_path / "report.json"
    assert main([str(records), "--baseline", "--json", str(out)]) == 0
    assert "Attacked agents" in capsys.readouterr().out
    assert '"attacks_total"' in out.read_text()


def test_baselines_beside_the_judge_on_the_same_fleet(tmp_path: Path) -> None:
    from missionguard.pipeline.tools.evaluate import render_baselines, with_baselines

    records, labels = _fleet(tmp_path)
    report = with_baselines(
        evaluate(records, labels, lambda: ScriptedJudge(SCRIPT)), records, labels
    )
    rows = {r.system: r for r in report.baselines}
    assert list(rows) == ["missionguard", "allow_list", "new_terms", "new_terms_unpoisoned"]
    assert (rows["missionguard"].attacked_stopped, rows["missionguard"].benign_stopped) == (2, 1)
    # The missions declare no action: the allow-list stops every agent at its first decision,
    # before the attack for atk-a and atk-c (early), at it for atk-b.
    allow = rows["allow_list"]
    assert (allow.attacked_stopped, allow.attacked_stopped_early, allow.benign_stopped) == (1, 2, 2)
    # Every decision carries the same terms: after the warm-up nothing is new.
    assert rows["new_terms"].attacked_stopped == rows["new_terms"].benign_stopped == 0
    from io import StringIO

    from missionguard.pipeline.terminal import plain_console

    buffer = StringIO()
    render_baselines(report, plain_console(file=buffer, width=160))
    assert "new_terms_unpoisoned" in buffer.getvalue()
    assert '"baselines"' in report.to_json()


def test_the_report_says_how_cohort_models_were_spread(tmp_path: Path) -> None:
    """A judge with cohort models: the report names the partition count and how agents were
    placed on them (figures from one placement are not another's); a judge without: none."""
    from io import StringIO

    from missionguard.models.judge import Judge
    from missionguard.pipeline.terminal import plain_console
    from missionguard.pipeline.tools.evaluate import render_report

    records, labels = _fleet(tmp_path)
    routed = evaluate(records, labels, Judge, partitions=4)
    assert (routed.partitions, routed.partition_by) == (4, "cohort")  # the settings' default
    buffer = StringIO()
    render_report(routed, plain_console(file=buffer, width=200))
    assert "4 input partitions, agents placed by cohort" in buffer.getvalue()
    scripted = evaluate(records, labels, lambda: ScriptedJudge(SCRIPT))
    assert (scripted.partitions, scripted.partition_by) == (None, None)
