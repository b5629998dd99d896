"""Tools on this machine, no deployment needed: ``replay`` and ``evaluate`` judge files
with the worker's code, ``simulate`` writes a labelled fleet, ``schemas`` exports the
records' JSON Schemas, and ``demo`` runs everything locally (its own broker)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from missionguard.pipeline.cli.common import app, console, fail, load_settings, out
from missionguard.pipeline.terminal import styled


@app.command()
def replay(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Records to judge.")],
    out_path: Annotated[
        Path, typer.Option("--out", "-o", help="Where to write alerts and revocations (JSONL).")
    ],
    source: Annotated[
        str | None,
        typer.Option(
            help="Raw IAM log source (cloudtrail, k8s_audit, okta, opa, envoy, or a "
            "mapping in config/sources/); default: canonical records."
        ),
    ] = None,
    missions: Annotated[
        Path | None,
        typer.Option(exists=True, dir_okay=False, help="Canonical mission declarations (JSONL)."),
    ] = None,
    trust_unsigned_missions: Annotated[
        bool,
        typer.Option(
            "--trust-unsigned-missions",
            help="Install unsigned mission declarations (files you wrote yourself); signed "
            "ones are still verified.",
        ),
    ] = False,
) -> None:
    """Judge a file offline with the worker's code, on event time. Same input, same output.
    Mission declarations are verified as the worker verifies them (docs/missions.md)."""
    from missionguard.models.judge import Judge
    from missionguard.pipeline.control.guard import RevocationGuard
    from missionguard.pipeline.missions import MissionGate
    from missionguard.pipeline.tools.replay import replay_file, replay_raw

    s = load_settings()
    judge = Judge(s.detection, s.behaviour)
    if trust_unsigned_missions:
        console.print(
            styled(
                ("warning:", "yellow"),
                " --trust-unsigned-missions: unsigned mission declarations are "
                "installed as if a trusted issuer had signed them",
            )
        )
    progress = lambda n: console.print(f"{n:,} records", style="dim")  # noqa: E731
    if source is None and missions is None:
        result = replay_file(
            input,
            out_path,
            judge=judge,
            max_record_bytes=s.worker.max_record_bytes,
            on_progress=progress,
            guard=RevocationGuard(s.control.guard),
            missions=MissionGate.from_settings(s.missions, trust_unsigned=trust_unsigned_missions),
        )
    else:
        try:
            result = replay_raw(
                input,
                out_path,
                judge=judge,
                settings=s,
                source=source,
                missions=missions,
                on_progress=progress,
                trust_unsigned_missions=trust_unsigned_missions,
            )
        except (KeyError, ValueError) as exc:
            raise fail(str(exc)) from None
    for dl in result.dead_letters[:20]:
        console.print(styled(("skipped", "yellow"), " ", dl.reason), soft_wrap=True)
    if len(result.dead_letters) > 20:
        console.print(f"... and {len(result.dead_letters) - 20} more bad records", style="yellow")
    c = result.counters
    if c.missions_rejected:
        rejected = json.dumps(c.missions_rejected, sort_keys=True)
        console.print(
            styled(("mission declarations rejected", "yellow"), f" {rejected} (alerts written)")
        )
    skipped = f", {result.skipped:,} skipped on purpose" if result.skipped else ""
    out.print(
        f"replayed {result.lines:,} records: {c.missions:,} missions, {c.decisions:,} decisions, "
        f"{len(result.dead_letters):,} bad{skipped} -> {c.alerts:,} alerts "
        f"{json.dumps(c.by_severity, sort_keys=True)}, {c.commands:,} revocation commands "
        f"written to {out_path}"
    )


@app.command()
def schemas(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the JSON Schemas.")] = Path(
        "docs/schemas"
    ),
) -> None:
    """Export the JSON Schemas of the canonical records."""
    from missionguard.pipeline.records.schemas import export_schemas

    for path in export_schemas(out_dir):
        out.print(str(path))


@app.command()
def demo(
    duration: Annotated[
        float | None, typer.Option(help="Seconds to run (default from config).")
    ] = None,
    rate: Annotated[float | None, typer.Option(help="Decisions per second to send.")] = None,
    agents: Annotated[int | None, typer.Option(help="Number of simulated agents.")] = None,
    headless: Annotated[
        bool, typer.Option("--headless", help="Plain progress lines, no live view.")
    ] = False,
) -> None:
    """The main job: broker, worker, enforcement point and a simulated fleet, live."""
    from missionguard.pipeline.tools.demo import print_summary, run_demo
    from missionguard.pipeline.tools.devbroker import BrokerError

    s = load_settings()
    try:
        summary = run_demo(
            s,
            duration_s=duration or s.demo.duration_s,
            rate=rate or s.demo.rate_per_s,
            agents=agents or s.demo.agents,
            headless=headless,
            console=console,
        )
    except BrokerError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:
        console.print("interrupted: everything the demo started has been stopped", style="yellow")
        raise typer.Exit(130) from None
    except RuntimeError as exc:
        raise fail(str(exc)) from None
    print_summary(summary, out)


@app.command()
def simulate(
    out_path: Annotated[Path, typer.Option("--out", "-o", help="JSONL file to write.")],
    preset_name: Annotated[str, typer.Option("--preset", help="suite, demo or smoke.")] = "suite",
    seed: Annotated[int | None, typer.Option(help="Random seed (default: the preset's).")] = None,
    vocabulary: Annotated[
        str,
        typer.Option(
            help="default; shifted: the same fleet renamed into words the default never uses, "
            "list-valued address arguments included; renamed: the renaming alone."
        ),
    ] = "default",
) -> None:
    """Write a labelled simulated fleet (missions + decisions) and its labels file. Missions
    are signed with the local issuer key (missions.key_dir; the dev issuer by default)."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.missions import MissionSigner
    from missionguard.pipeline.tools.simulate import preset, write_fleet
    from missionguard.pipeline.tools.simulate.shift import VOCABULARIES

    if vocabulary not in VOCABULARIES:
        raise fail(f"unknown vocabulary {vocabulary!r}; known: {', '.join(VOCABULARIES)}")
    try:
        config = preset(preset_name, seed=seed).model_copy(update={"vocabulary": vocabulary})
    except KeyError as exc:
        raise fail(str(exc.args[0])) from None
    try:
        signer = MissionSigner.from_settings(load_settings().missions)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    summary = write_fleet(config, out_path, signer)
    out.print(str(summary))


@app.command()
def evaluate(
    records: Annotated[
        Path | None, typer.Argument(exists=True, dir_okay=False, help="Simulated JSONL.")
    ] = None,
    labels: Annotated[
        Path | None, typer.Option(help="Labels file (default: RECORDS.labels.json).")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the report.")] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline", help="Score the mission allow-list alone instead.")
    ] = False,
    honor_expiry: Annotated[
        bool, typer.Option("--honor-expiry", help="Lift a revocation at its expires_at.")
    ] = False,
    trust_unsigned_missions: Annotated[
        bool,
        typer.Option(
            "--trust-unsigned-missions",
            help="Install unsigned mission declarations; signed ones are still verified.",
        ),
    ] = False,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            "--redteam",
            exists=True,
            file_okay=False,
            help="Evaluate a scenario corpus (its index.json) instead of a fleet: each "
            "scenario replayed on its own as `replay` does, its unsigned missions trusted.",
        ),
    ] = None,
    scenario: Annotated[
        list[str] | None,
        typer.Option(help="With --corpus: only this scenario id (repeatable)."),
    ] = None,
    baselines: Annotated[
        bool,
        typer.Option(
            "--baselines/--no-baselines",
            help="Also score the baselines (allow-list, new terms, new terms never learned "
            "from stopped agents) on the same data and print them beside.",
        ),
    ] = True,
    warmup: Annotated[
        float, typer.Option(help="New-terms baselines: share of the decisions that only teach.")
    ] = 0.2,
) -> None:
    """Replay a labelled fleet (or, with --corpus, a labelled scenario corpus) and report
    detection quality per scenario, beside the baselines. Mission declarations are verified
    as the worker verifies them."""
    if corpus is not None:
        from missionguard.pipeline.tools.corpus import evaluate_corpus, render_corpus

        try:
            result = evaluate_corpus(
                corpus, settings=load_settings(), warmup=warmup, only=scenario or None
            )
        except (KeyError, ValueError, OSError) as exc:
            raise fail(f"corpus {corpus}: {exc}") from None
        render_corpus(result, out)
        if json_out:
            json_out.write_text(result.to_json(), encoding="utf-8")
        return
    if records is None:
        raise fail("give a records file (missionguard simulate writes one) or --corpus DIR")
    from missionguard.pipeline.missions import MissionGate
    from missionguard.pipeline.tools.evaluate import (
        AllowListJudge,
        default_judge_factory,
        render_baselines,
        render_report,
        with_baselines,
    )
    from missionguard.pipeline.tools.evaluate import evaluate as run_evaluation
    from missionguard.pipeline.tools.simulate import labels_path_for

    labels = labels or labels_path_for(records)
    if not labels.is_file():
        raise fail(f"labels file not found: {labels} (written by missionguard simulate)")
    factory = AllowListJudge if baseline else default_judge_factory(load_settings())
    gate = MissionGate.from_settings(
        load_settings().missions, trust_unsigned=trust_unsigned_missions
    )
    report = run_evaluation(records, labels, factory, honor_expiry=honor_expiry, missions=gate)
    if baselines:
        report = with_baselines(
            report,
            records,
            labels,
            honor_expiry=honor_expiry,
            warmup=warmup,
            system="allow_list_judge" if baseline else "missionguard",
        )
    render_report(report, out)
    if baselines:
        render_baselines(report, out)
    if json_out:
        json_out.write_text(report.to_json(), encoding="utf-8")
