"""Text from records is printed as the characters it is, by every console the CLI, the demo
and the evaluation report use (issue 15, defect 1: ``[/x]`` in a reason raised Rich's
MarkupError inside the enforcement point)."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionguard.pipeline.cli import common as cli
from missionguard.pipeline.terminal import plain_console, styled, visible
from missionguard.pipeline.tools import demo

HOSTILE = [
    "iam:CreateAccessKey[/x]",
    "[bold red]not red[/]",
    "[link=https://evil.example]click[/link]",
    ":warning: :thumbs_up:",
    "{0} {name} %s %(x)s",
    "\x1b[2J\x1b]0;title\x07",
    "line\rover",
    "invoice\u202etxt.exe",  # a right-to-left override: displays "invoiceexe.txt"
    "a\u2066b\u2069\u2028c",
]
# Bidirectional controls and line separators (terminal.py): never printed as themselves.
BIDI = {chr(c) for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
BIDI |= {"\u2028", "\u2029"}


@pytest.mark.parametrize("text", HOSTILE)
def test_the_cli_consoles_print_hostile_text_literally(text, capsys):
    cli.out.print(text)
    cli.console.print(styled(("skipped", "yellow"), " ", text))
    with pytest.raises(cli.typer.Exit):
        raise cli.fail(f"bad record: {text}")
    captured = capsys.readouterr()
    assert visible(text) in captured.out
    assert captured.err.count(visible(text)) == 2
    assert "\x1b" not in captured.out + captured.err and "\r" not in captured.out
    assert not BIDI & set(captured.out + captured.err)


@given(st.text())
def test_any_text_prints_without_error_and_without_control_characters(text):
    buffer = io.StringIO()
    console = plain_console(file=buffer, width=100)
    console.print(text)
    console.print(styled(("x", "bold"), text))
    printed = buffer.getvalue()
    assert not any(ord(c) < 32 and c not in "\n\t" for c in printed)
    assert not BIDI & set(printed)


def test_the_demo_view_shows_hostile_reasons_literally():
    for start in range(0, len(HOSTILE), 4):  # the panel keeps the latest eight lines
        summary = demo.DemoSummary(alerts=Counter(high=1))
        for text in HOSTILE[start : start + 4]:
            summary.recent.append(styled(("high", "yellow"), f" bot: {text}"))
        buffer = io.StringIO()
        console = plain_console(file=buffer, width=200)
        console.print(demo.Panel(demo.Text("\n").join(summary.recent), title="latest"))
        console.print(demo._table(summary, 30))
        for text in HOSTILE[start : start + 4]:
            assert visible(text)[:40] in buffer.getvalue()
        assert not BIDI & set(buffer.getvalue())


def test_the_evaluation_report_prints_scenario_names_literally(capsys):
    from missionguard.pipeline.tools.evaluate import render_report

    report = _tiny_report("exfil[/x] :warning:")
    render_report(report)
    assert "exfil[/x] :warning:" in capsys.readouterr().out


def _tiny_report(scenario: str):
    from missionguard.pipeline.tools.evaluate import AttackRow, BenignRow, EvaluationReport

    def row(name: str) -> AttackRow:
        return AttackRow(
            scenario=name,
            agents=1,
            revoked=1,
            recall=1.0,
            revoked_before_attack=0,
            hostile_decisions=1,
            hostile_blocked=1,
            leaked_median=0,
            leaked_p90=0,
            detect_s_median=0.0,
            detect_s_p90=0.0,
            alerts_per_agent=1.0,
        )

    return EvaluationReport(
        records_path="r.jsonl",
        labels_path="r.labels.json",
        records=1,
        decisions=1,
        elapsed_s=0.1,
        honor_expiry=False,
        attacks=[row(scenario)],
        attacks_total=row("all"),
        attacks_by_lifetime=[],
        attacks_by_cohort=[],
        benign=[
            BenignRow(
                kind="ordinary[/]",
                agents=1,
                revoked=0,
                false_revocation_rate=0.0,
                alerted_agents=0,
                alerts_per_agent=0.0,
            )
        ],
        false_revocations_by_cohort={},
        unlabelled_agents_with_commands=0,
        targets={},
        meets_targets={},
    )
