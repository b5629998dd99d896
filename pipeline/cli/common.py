"""What every command group shares: the Typer app and its sub-apps (one per group), the two
consoles, ``fail()``, the settings and the topics a command needs, and the global
``--config`` option. The group modules register their commands on these apps."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from missionguard.pipeline.settings import Settings, get_settings, use_config
from missionguard.pipeline.terminal import plain_console, styled

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="MissionGuard: keep AI agents and other non-human identities on their declared mission.",
)
# `missionguard --help` lists the groups in the order they are added here.
broker_app = typer.Typer(no_args_is_help=True, help="The embedded local Kafka broker (KRaft).")
app.add_typer(broker_app, name="broker")
keys_app = typer.Typer(no_args_is_help=True, help="Control-command signing keys (Ed25519).")
app.add_typer(keys_app, name="keys")
feedback_app = typer.Typer(
    no_args_is_help=True, help="Signed analyst feedback on alerts and agents."
)
app.add_typer(feedback_app, name="feedback")
missions_app = typer.Typer(
    no_args_is_help=True, help="Signed mission declarations: issuer keys, sign, verify."
)
app.add_typer(missions_app, name="missions")
export_app = typer.Typer(no_args_is_help=True, help="Alerts in standard formats.")
app.add_typer(export_app, name="export")
ssf_app = typer.Typer(no_args_is_help=True, help="Shared Signals (CAEP) transmitter.")
app.add_typer(ssf_app, name="ssf")

# Markup off: messages quote records, file names and settings (pipeline/terminal.py).
console = plain_console(stderr=True)
out = plain_console()


@app.callback()
def _global_options(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", "-c", help="YAML settings file (default: config/missionguard.yaml)."
        ),
    ] = None,
) -> None:
    if config is not None:
        if not config.is_file():
            raise fail(f"config file not found: {config}")
        use_config(config)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Say what went wrong on stderr, one line; ``raise fail(...)`` exits with ``code``."""
    # soft_wrap: one line however long, not folded at 80 columns when stderr is not a terminal
    console.print(styled(("error:", "bold red"), " ", message), soft_wrap=True)
    return typer.Exit(code)


def load_settings() -> Settings:
    """The settings (``--config``, environment, defaults), or exit saying what is invalid."""
    try:
        return get_settings()
    except Exception as exc:  # configuration errors are the user's to fix: say which
        raise fail(f"invalid configuration: {exc}") from None


def ensure_topics(s: Settings) -> list[str]:
    """Create MissionGuard's topics that are missing (their names), or exit saying why not."""
    from missionguard.pipeline.kafka.topics import ensure_topics as create_missing
    from missionguard.pipeline.tools.devbroker import BrokerError

    try:
        return asyncio.run(create_missing(s.kafka, s.topics.all()))
    except (BrokerError, OSError) as exc:
        raise fail(f"cannot reach Kafka at {s.kafka.bootstrap_servers}: {exc}") from None
    except Exception as exc:  # aiokafka raises its own hierarchy
        raise fail(
            f"cannot create topics on {s.kafka.bootstrap_servers}: {exc!r}. "
            "Is the broker running? (missionguard broker start)"
        ) from None
