"""``missionguard feedback``: signed analyst feedback on alerts and agents, and ``audit``,
the trail of what the worker did with it (docs/feedback.md)."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from missionguard.pipeline.cli.common import (
    app,
    console,
    ensure_topics,
    fail,
    feedback_app,
    load_settings,
    out,
)
from missionguard.pipeline.terminal import styled

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

    s = load_settings()
    if not by.strip():
        raise fail("--by must name the analyst")
    if not why.strip():
        raise fail("--why must say why")
    ensure_topics(s)
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

    s = load_settings()
    ensure_topics(s)

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
