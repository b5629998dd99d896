"""Test-session rules shared by every tier.

A broker test that is skipped is a failure, not a pass: CI must prove the loop on a real
Kafka broker every time, so any skipped ``integration`` test turns the session red.
"""

from __future__ import annotations

import pytest

_skipped_integration: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # An expected failure (a known bug reported from inside a test that ran) is no skip.
    if report.skipped and "integration" in report.keywords and not hasattr(report, "wasxfail"):
        _skipped_integration.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _skipped_integration and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped_integration:
        terminalreporter.write_line(
            f"FAILED: {len(_skipped_integration)} broker (integration) tests were skipped; "
            "a run that skips the broker tests is a failed run:",
            red=True,
        )
        for nodeid in _skipped_integration:
            terminalreporter.write_line(f"  {nodeid}", red=True)
