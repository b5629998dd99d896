"""What a deployment runs: ``topics``, the judging ``worker``, the reference enforcement
point (``enforce``) and a hand-signed ``reinstate`` on the control topic."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

import typer

from missionguard.pipeline.cli.common import app, console, ensure_topics, fail, load_settings, out


@app.command()
def topics() -> None:
    """Create MissionGuard's topics on the configured broker (idempotent) and list them."""
    s = load_settings()
    created = ensure_topics(s)
    for name, spec in s.topics.all().items():
        mark = "created" if name in created else "exists"
        out.print(f"{name:40s} partitions={spec.partitions} compacted={spec.compacted} ({mark})")


@app.command()
def worker() -> None:
    """Run the judging worker: decisions and missions in, alerts and revocations out."""
    from missionguard.pipeline.runtime.kafka_credentials import worker_event_loop
    from missionguard.pipeline.runtime.worker import run_worker, use_event_loop

    s = load_settings()
    try:
        use_event_loop(worker_event_loop(s))  # before anything creates the loop
    except ImportError:
        raise fail("worker.event_loop is uvloop, but uvloop is not installed") from None
    ensure_topics(s)
    run_worker(
        s,
        on_ready=lambda: console.print(
            f"worker {s.worker.app_id} on {s.kafka.bootstrap_servers}: "
            f"{s.topics.decisions_topic} + {s.topics.missions_topic} -> "
            f"{s.topics.alerts_topic}, {s.topics.control_topic}, {s.topics.dead_letters_topic}"
        ),
    )


@app.command()
def enforce(
    port: Annotated[int | None, typer.Option(help="HTTP port (default from config).")] = None,
    opa_url: Annotated[
        str | None, typer.Option(help="Also push revocations into this OPA's data API.")
    ] = None,
) -> None:
    """Run the reference enforcement point: follow the control topic, answer HTTP checks."""
    from missionguard.pipeline.enforcement.service import run_enforcement_point

    s = load_settings()
    ensure_topics(s)
    # Refused records and a failing follower are logged (to stderr, with a timestamp).
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    try:
        asyncio.run(run_enforcement_point(s, port=port, console=console, opa_url=opa_url))
    except KeyboardInterrupt:
        pass
    except RuntimeError as exc:  # the control follower failed: exit so a supervisor restarts us
        raise fail(f"enforcement point stopped: {exc}") from None


@app.command()
def reinstate(
    agent_id: Annotated[str, typer.Argument(help="The agent to reinstate.")],
    credential: Annotated[
        list[str] | None, typer.Option("--credential", help="Credential ids to lift too.")
    ] = None,
    reason: Annotated[str, typer.Option(help="Why (shown to analysts).")] = "reinstated",
    valid_for: Annotated[float, typer.Option(help="Seconds points accept the command.")] = 600,
) -> None:
    """Publish a signed reinstate command on the control topic."""
    from missionguard.pipeline.control.envelope import CommandSigner
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import load_signing_key
    from missionguard.pipeline.control.publish import publish_signed, reinstate_command

    s = load_settings()
    ensure_topics(s)
    try:
        signer = CommandSigner(load_signing_key(s.control))
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    command = reinstate_command(agent_id, credential or [], reason, valid_for_s=valid_for)
    asyncio.run(publish_signed(s.kafka, s.topics.control_topic, signer, command))
    out.print(f"published {command.command_id} (signed by {signer.kid})")
