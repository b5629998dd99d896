"""Alerts and revocations in standard formats: ``export ocsf`` (OCSF Detection Findings)
and ``ssf`` (Shared Signals / CAEP security event tokens)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from missionguard.pipeline.cli.common import (
    console,
    ensure_topics,
    export_app,
    fail,
    load_settings,
    out,
    ssf_app,
)
from missionguard.pipeline.terminal import styled


@export_app.command("ocsf")
def export_ocsf(
    file: Annotated[
        Path | None,
        typer.Option(exists=True, dir_okay=False, help="Alerts JSONL (e.g. replay output)."),
    ] = None,
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="Default: stdout.")] = None,
    to_topic: Annotated[
        bool, typer.Option("--to-topic", help="Write to the <prefix>alerts.ocsf topic.")
    ] = False,
    follow: Annotated[
        bool, typer.Option("--follow", help="Keep following the alerts topic.")
    ] = False,
) -> None:
    """Alerts (the alerts topic, or --file) as OCSF Detection Findings (class 2004), one a line."""
    from missionguard.pipeline.standards.service import run_ocsf_export

    s = load_settings()
    if file is None:
        ensure_topics(s)
    say = lambda m: console.print(m, style="dim", soft_wrap=True)  # noqa: E731
    counters = asyncio.run(
        run_ocsf_export(s, file=file, out=out_path, to_topic=to_topic, follow=follow, progress=say)
    )
    for reason in counters.bad_reasons:
        console.print(styled(("skipped", "yellow"), " ", reason), soft_wrap=True)
    console.print(f"exported {counters}")


@ssf_app.command("push")
def ssf_push(
    endpoint: Annotated[
        str | None, typer.Option(help="The receiver's push URL (default: standards.ssf.endpoint).")
    ] = None,
    audience: Annotated[str | None, typer.Option(help="aud of the SETs.")] = None,
) -> None:
    """Push each admitted revoke/suspend on the control topic as CAEP SETs (RFC 8417/8935)."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.standards.exceptions import DeliveryFailed
    from missionguard.pipeline.standards.service import run_ssf_push

    s = load_settings()
    endpoint = endpoint or s.standards.ssf.endpoint
    if not endpoint:
        raise fail("no receiver: pass --endpoint URL or set standards.ssf.endpoint")
    ensure_topics(s)
    say = lambda m: console.print(m, style="dim", soft_wrap=True)  # noqa: E731
    try:
        asyncio.run(run_ssf_push(s, endpoint=endpoint, audience=audience, progress=say))
    except (KeyFileError, DeliveryFailed) as exc:
        raise fail(f"{exc}; offsets committed up to the last delivered command") from None


@ssf_app.command("jwks")
def ssf_jwks() -> None:
    """The trusted control keys as a JWK Set: what a receiver verifies the SETs with."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import KeyRing
    from missionguard.pipeline.standards.ssf import jwks

    try:
        out.print_json(data=jwks(KeyRing.from_settings(load_settings().control)))
    except KeyFileError as exc:
        raise fail(str(exc)) from None
