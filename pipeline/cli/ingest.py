"""``missionguard ingest``: a raw IAM log onto its raw topic, for the worker to normalize
and judge."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from missionguard.pipeline.cli.common import app, console, ensure_topics, fail, load_settings, out


@app.command()
def ingest(
    input: Annotated[str, typer.Argument(help="Raw IAM log file, or - for stdin.")],
    source: Annotated[str, typer.Option(help="Which source the log comes from.")],
) -> None:
    """Publish a raw IAM log to its raw topic; the worker normalizes and judges it."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from missionguard.pipeline.kafka.ingest import ingest_file

    s = load_settings()
    if input != "-" and not Path(input).is_file():
        raise fail(f"no such file: {input}")
    ensure_topics(s)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}", markup=False),  # the source name is the user's
        TextColumn("{task.completed:,.0f} records", markup=False),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(f"ingest {source}", total=None)
        try:
            sent = asyncio.run(
                ingest_file(s, source, input, on_progress=lambda n: bar.update(task, completed=n))
            )
        except ValueError as exc:
            raise fail(str(exc)) from None
    out.print(f"published {sent:,} raw {source} records to {s.topics.raw_topic(source)}")
