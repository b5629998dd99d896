"""``missionguard``: the command line. Each command is a thin shell over a module that also
works from Python; errors are one line that says what to do, not a traceback.

One module per command group; each registers its commands on the app in ``common``, when
imported here.
"""

from __future__ import annotations

import sys

from typer.main import get_command_name
from typer.models import CommandInfo

from missionguard.pipeline.cli import (  # noqa: F401 - importing them registers their commands
    broker,
    feedback,
    ingest,
    keys,
    missions,
    offline,
    production,
    standards,
)
from missionguard.pipeline.cli.common import app

__all__ = ["app", "main"]

# `missionguard --help` lists the commands in this order, not in the order their modules are
# imported; one not named here comes after these. (The groups: see common.py.)
HELP_ORDER = (
    "topics",
    "worker",
    "enforce",
    "reinstate",
    "audit",
    "replay",
    "ingest",
    "schemas",
    "demo",
    "simulate",
    "evaluate",
)


def _help_rank(command: CommandInfo) -> int:
    callback_name = command.callback.__name__ if command.callback is not None else ""
    name = command.name or get_command_name(callback_name)
    return HELP_ORDER.index(name) if name in HELP_ORDER else len(HELP_ORDER)


app.registered_commands.sort(key=_help_rank)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
