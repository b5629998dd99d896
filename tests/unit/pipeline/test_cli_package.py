"""The command line as a package (pipeline/cli/, one module per command group): every
command registered, listed in the order of ``HELP_ORDER``, and runnable with ``python -m``."""

from __future__ import annotations

import subprocess
import sys

import click
import typer.main

from missionguard.pipeline.cli import HELP_ORDER, app

GROUPS = ["broker", "keys", "feedback", "missions", "export", "ssf"]


def test_help_lists_every_command_in_help_order_then_the_groups():
    group = typer.main.get_command(app)
    assert group.list_commands(click.Context(group)) == [*HELP_ORDER, *GROUPS]


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run(
        [sys.executable, "-m", "missionguard.pipeline.cli", "keys", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "python -m missionguard.pipeline.cli keys" in done.stdout
    assert "generate" in done.stdout and "retire" in done.stdout
