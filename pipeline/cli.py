"""``missionguard``: the command line. Each command is a thin shell over a module that also
works from Python; errors are one line that says what to do, not a traceback."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from missionguard.pipeline.settings import Settings, get_settings, use_config
from missionguard.pipeline.terminal import plain_console, styled

__all__ = ["app", "main"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="MissionGuard: keep AI agents and other non-human identities on their declared mission.",
)
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
    # soft_wrap: one line however long, not folded at 80 columns when stderr is not a terminal
    console.print(styled(("error:", "bold red"), " ", message), soft_wrap=True)
    return typer.Exit(code)


def _settings() -> Settings:
    try:
        return get_settings()
    except Exception as exc:  # configuration errors are the user's to fix: say which
        raise fail(f"invalid configuration: {exc}") from None


# --- broker -------------------------------------------------------------------------------


@broker_app.command("start")
def broker_start() -> None:
    """Start the local broker (resolving Kafka's jars with Maven the first time)."""
    from missionguard.pipeline.tools.devbroker import BrokerError, LocalBroker

    s = _settings()
    try:
        status = LocalBroker(s.broker).start(progress=lambda m: console.print(m, style="dim"))
    except BrokerError as exc:
        raise fail(str(exc)) from None
    out.print(str(status))


@broker_app.command("stop")
def broker_stop() -> None:
    """Stop the local broker started by ``broker start`` or the demo."""
    from missionguard.pipeline.tools.devbroker import LocalBroker

    stopped = LocalBroker(_settings().broker).stop()
    out.print("broker stopped" if stopped else "broker was not running")


@broker_app.command("status")
def broker_status() -> None:
    """Say whether the local broker runs, where, and where its data and log are."""
    from missionguard.pipeline.tools.devbroker import LocalBroker

    out.print(str(LocalBroker(_settings().broker).status()))


@app.command()
def topics() -> None:
    """Create MissionGuard's topics on the configured broker (idempotent) and list them."""
    s = _settings()
    created = _ensure_topics(s)
    for name, spec in s.topics.all().items():
        mark = "created" if name in created else "exists"
        out.print(f"{name:40s} partitions={spec.partitions} compacted={spec.compacted} ({mark})")


def _ensure_topics(s: Settings) -> list[str]:
    from missionguard.pipeline.kafka.topics import ensure_topics
    from missionguard.pipeline.tools.devbroker import BrokerError

    try:
        return asyncio.run(ensure_topics(s.kafka.bootstrap_servers, s.topics.all()))
    except (BrokerError, OSError) as exc:
        raise fail(f"cannot reach Kafka at {s.kafka.bootstrap_servers}: {exc}") from None
    except Exception as exc:  # aiokafka raises its own hierarchy
        raise fail(
            f"cannot create topics on {s.kafka.bootstrap_servers}: {exc!r}. "
            "Is the broker running? (missionguard broker start)"
        ) from None


# --- the worker and the enforcement point ---------------------------------------------------


@app.command()
def worker() -> None:
    """Run the judging worker: decisions and missions in, alerts and revocations out."""
    from missionguard.pipeline.runtime.worker import run_worker, use_event_loop

    s = _settings()
    try:
        use_event_loop(s.worker.event_loop)  # before anything creates the loop
    except ImportError:
        raise fail("worker.event_loop is uvloop, but uvloop is not installed") from None
    _ensure_topics(s)
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

    s = _settings()
    _ensure_topics(s)
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

    s = _settings()
    _ensure_topics(s)
    try:
        signer = CommandSigner(load_signing_key(s.control))
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    command = reinstate_command(agent_id, credential or [], reason, valid_for_s=valid_for)
    asyncio.run(publish_signed(s.kafka.bootstrap_servers, s.topics.control_topic, signer, command))
    out.print(f"published {command.command_id} (signed by {signer.kid})")


# --- analyst feedback (docs/feedback.md) ----------------------------------------------------

_By = Annotated[str, typer.Option("--by", help="Who gives the feedback (the analyst).")]
_Why = Annotated[str, typer.Option("--why", help="Why (required; lands in the audit trail).")]


_AllowMissing = Annotated[
    bool,
    typer.Option(
        "--allow-missing-alert",
        help="Send even if the alert is not on the alerts topic (expired): without its "
        "pattern, only the worker that raised it and still remembers it can apply it.",
    ),
]


def _send_feedback(
    verdict: str,
    agent: str,
    by: str,
    why: str,
    alert_id: str | None,
    allow_missing_alert: bool = False,
) -> None:
    from pydantic import ValidationError

    from missionguard.pipeline.control.envelope import CommandSigner
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import load_signing_key
    from missionguard.pipeline.feedback.exceptions import AlertNotFound
    from missionguard.pipeline.feedback.publish import submit_feedback

    s = _settings()
    if not by.strip():
        raise fail("--by must name the analyst")
    if not why.strip():
        raise fail("--why must say why")
    _ensure_topics(s)
    try:
        signer = CommandSigner(load_signing_key(s.control))
        feedback, alert = asyncio.run(
            submit_feedback(
                s,
                verdict,  # type: ignore[arg-type]
                agent,
                by,
                why,
                alert_id=alert_id,
                signer=signer,
                require_alert=not allow_missing_alert,
            )
        )
    except AlertNotFound as exc:
        raise fail(
            f"{exc} (read to its end): check the id and --config; nothing was published "
            "(--allow-missing-alert sends it anyway, for an alert that expired)"
        ) from None
    except ValidationError as exc:  # one line per field, not pydantic's multi-line report
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise fail(f"invalid feedback: {problems}") from None
    except (KeyFileError, ValueError) as exc:
        raise fail(str(exc)) from None
    if alert is not None:
        pattern = feedback.pattern
        what = (
            f"{'+'.join(pattern.detectors)} [{', '.join(pattern.values)}]"
            if pattern
            else "no detector pattern"
        )
        out.print(
            f"alert {alert.alert_id} ({alert.severity}, agent {alert.agent_id}, cohort "
            f"{feedback.cohort}): {what}",
            soft_wrap=True,
        )
    elif alert_id is not None:
        console.print(
            styled(
                (f"alert {alert_id} not found on {s.topics.alerts_topic}", "yellow"),
                ": sent without its pattern; only the worker that raised it can apply it "
                "(else: unknown_alert)",
            ),
            soft_wrap=True,
        )
    out.print(
        f"published {verdict} feedback {feedback.feedback_id} on agent {agent} by {by} to "
        f"{s.topics.feedback_topic}, signed by {signer.kid}; the worker's outcome: "
        "`missionguard audit`",
        soft_wrap=True,
    )


@feedback_app.command("false-positive")
def feedback_false_positive(
    alert_id: Annotated[str, typer.Argument(help="The alert that was wrong.")],
    agent: Annotated[str, typer.Option("--agent", help="The alert's agent id.")],
    by: _By,
    why: _Why,
    allow_missing_alert: _AllowMissing = False,
) -> None:
    """Mark an alert false positive: its pattern stops alerting for the cohort, the cohort's
    detectors involved weigh less, and an agent restricted by it is reinstated."""
    _send_feedback("false_positive", agent, by, why, alert_id, allow_missing_alert)


@feedback_app.command("confirm")
def feedback_confirm(
    alert_id: Annotated[str, typer.Argument(help="The alert that was right.")],
    agent: Annotated[str, typer.Option("--agent", help="The alert's agent id.")],
    by: _By,
    why: _Why,
    allow_missing_alert: _AllowMissing = False,
) -> None:
    """Confirm an alert: its pattern is remembered as real (a later false positive on it
    is rejected)."""
    _send_feedback("confirmed", agent, by, why, alert_id, allow_missing_alert)


@feedback_app.command("reinstate")
def feedback_reinstate(
    agent: Annotated[str, typer.Argument(help="The agent to reinstate.")],
    by: _By,
    why: _Why,
) -> None:
    """Reinstate an agent through the worker: a signed reinstate command, state reset."""
    _send_feedback("reinstate", agent, by, why, None)


@app.command()
def audit(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per line.")] = False,
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Keep waiting for more.")] = False,
) -> None:
    """Tail the audit trail: what was done with each analyst feedback, and why."""
    from missionguard.pipeline.feedback.audit import format_audit
    from missionguard.pipeline.feedback.publish import read_audit
    from missionguard.pipeline.records import dump_json

    s = _settings()
    _ensure_topics(s)

    async def show() -> None:
        async for entry in read_audit(s, follow=follow):
            out.print(
                dump_json(entry).decode() if as_json else format_audit(entry),
                soft_wrap=True,
            )

    try:
        asyncio.run(show())
    except KeyboardInterrupt:
        pass


# --- keys ----------------------------------------------------------------------------------


@keys_app.command("generate")
def keys_generate(
    kid: Annotated[str | None, typer.Option(help="Key id (default: derived).")] = None,
) -> None:
    """Create an Ed25519 signing key in control.key_dir; distribute its .pub.json to points."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import generate_key

    s = _settings()
    try:
        made = generate_key(s.control.key_dir, kid)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    out.print(f"{made}: {s.control.key_dir / made}.key (private), {made}.pub.json (public)")


@keys_app.command("list")
def keys_list() -> None:
    """The trusted keys (key_dir and settings) and which one the worker signs with."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import KeyRing, load_signing_key

    s = _settings()
    try:
        ring = KeyRing.from_settings(s.control)
        signing = load_signing_key(s.control).kid
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    for kid, key in sorted(ring.keys.items()):
        mark = " (signing)" if kid == signing else ""
        out.print(f"{kid}  not_after={key.not_after or '-'}{mark}")


@keys_app.command("retire")
def keys_retire(
    kid: Annotated[str, typer.Argument(help="The key id to retire.")],
    at: Annotated[str, typer.Option(help="RFC 3339 time after which points refuse it.")],
) -> None:
    """Set a key's not_after: enforcement points refuse its commands after that time."""
    from datetime import datetime

    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import retire_key

    try:
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
        path = retire_key(_settings().control.key_dir, kid, when)
    except ValueError:
        raise fail(f"--at: not an RFC 3339 time: {at}") from None
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    out.print(f"{path}: not_after={at}")


# --- missions ------------------------------------------------------------------------------


@missions_app.command("keygen")
def missions_keygen(
    kid: Annotated[str | None, typer.Option(help="Key id (default: derived).")] = None,
) -> None:
    """Create an issuer key in missions.key_dir; trust it with missions.trusted_issuers."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import generate_key

    key_dir = _settings().missions.key_dir
    try:
        made = generate_key(key_dir, kid)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    out.print(f"{made}: {key_dir / made}.key (private), {made}.pub.json (public)")


@missions_app.command("sign")
def missions_sign(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL records.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Where to write them signed.")],
    kid: Annotated[
        str | None, typer.Option(help="Issuer key id (default: missions.signing_kid/newest).")
    ] = None,
) -> None:
    """Sign every mission declaration in a JSONL file (other records are copied as they are)."""
    from pydantic import ValidationError

    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.missions import MissionSigner
    from missionguard.pipeline.records import MissionDeclaration, dump_json, parse_record

    try:
        signer = MissionSigner.from_settings(_settings().missions, kid)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    lines, signed = [], 0
    for number, line in enumerate(input.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line)
        except ValidationError as exc:
            raise fail(f"{input}:{number}: not a canonical record: {exc}") from None
        if isinstance(record, MissionDeclaration):
            lines.append(dump_json(signer.sign(record)))
            signed += 1
        else:
            lines.append(line)
    out_path.write_bytes(b"".join(line + b"\n" for line in lines))
    out.print(f"signed {signed} mission declarations with {signer.kid} -> {out_path}")


@missions_app.command("verify")
def missions_verify(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL records.")],
) -> None:
    """Check each mission declaration in file order as the worker would (a fresh agent per
    file: a narrowing declaration needs a trusted one before it). Exit 1 if any is rejected."""
    from pydantic import ValidationError

    from missionguard.pipeline.missions import MissionGate
    from missionguard.pipeline.records import MissionDeclaration, parse_record

    gate = MissionGate.from_settings(_settings().missions)
    in_force: dict[str, MissionDeclaration] = {}
    bad = 0
    for number, line in enumerate(input.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line)
        except ValidationError as exc:
            raise fail(f"{input}:{number}: not a canonical record: {exc}") from None
        if not isinstance(record, MissionDeclaration):
            continue
        check = gate.check(record, in_force.get(record.agent_id))
        kid = record.signature.kid if record.signature else "-"
        current = in_force.get(record.agent_id)
        if check.accepted and (current is None or record.time >= current.time):
            in_force[record.agent_id] = record  # an older one is ignored, as by the judge
        if check.accepted:
            line_out = f"line {number}: {record.agent_id} ok ({check.how}, kid {kid})"
        else:
            bad += 1
            line_out = f"line {number}: {record.agent_id} REJECTED {check.reason}: {check.detail}"
        out.print(line_out, soft_wrap=True)
    if bad:
        raise fail(f"{bad} mission declaration(s) rejected")


# --- offline -------------------------------------------------------------------------------


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

    s = _settings()
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
def ingest(
    input: Annotated[str, typer.Argument(help="Raw IAM log file, or - for stdin.")],
    source: Annotated[str, typer.Option(help="Which source the log comes from.")],
) -> None:
    """Publish a raw IAM log to its raw topic; the worker normalizes and judges it."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from missionguard.pipeline.kafka.ingest import ingest_file

    s = _settings()
    if input != "-" and not Path(input).is_file():
        raise fail(f"no such file: {input}")
    _ensure_topics(s)
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

    s = _settings()
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
) -> None:
    """Write a labelled simulated fleet (missions + decisions) and its labels file. Missions
    are signed with the local issuer key (missions.key_dir; the dev issuer by default)."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.missions import MissionSigner
    from missionguard.pipeline.tools.simulate import preset, write_fleet

    try:
        config = preset(preset_name, seed=seed)
    except KeyError as exc:
        raise fail(str(exc.args[0])) from None
    try:
        signer = MissionSigner.from_settings(_settings().missions)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    summary = write_fleet(config, out_path, signer)
    out.print(str(summary))


@app.command()
def evaluate(
    records: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Simulated JSONL.")],
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
) -> None:
    """Replay a labelled fleet and report detection quality per scenario. Mission
    declarations are verified as the worker verifies them."""
    from missionguard.pipeline.missions import MissionGate
    from missionguard.pipeline.tools.evaluate import (
        AllowListJudge,
        default_judge_factory,
        render_report,
    )
    from missionguard.pipeline.tools.evaluate import evaluate as run_evaluation
    from missionguard.pipeline.tools.simulate import labels_path_for

    labels = labels or labels_path_for(records)
    if not labels.is_file():
        raise fail(f"labels file not found: {labels} (written by missionguard simulate)")
    factory = AllowListJudge if baseline else default_judge_factory(_settings())
    gate = MissionGate.from_settings(_settings().missions, trust_unsigned=trust_unsigned_missions)
    report = run_evaluation(records, labels, factory, honor_expiry=honor_expiry, missions=gate)
    render_report(report, out)
    if json_out:
        json_out.write_text(report.to_json(), encoding="utf-8")


# --- standards: OCSF findings, SSF/CAEP security event tokens --------------------------------

export_app = typer.Typer(no_args_is_help=True, help="Alerts in standard formats.")
app.add_typer(export_app, name="export")
ssf_app = typer.Typer(no_args_is_help=True, help="Shared Signals (CAEP) transmitter.")
app.add_typer(ssf_app, name="ssf")


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

    s = _settings()
    if file is None:
        _ensure_topics(s)
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

    s = _settings()
    endpoint = endpoint or s.standards.ssf.endpoint
    if not endpoint:
        raise fail("no receiver: pass --endpoint URL or set standards.ssf.endpoint")
    _ensure_topics(s)
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
        out.print_json(data=jwks(KeyRing.from_settings(_settings().control)))
    except KeyFileError as exc:
        raise fail(str(exc)) from None


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
