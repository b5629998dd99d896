"""``missionguard enforce``: an enforcement point with its HTTP endpoint, until interrupted
or until its control follower fails (then it raises, and the command exits non-zero so that
a supervisor restarts it; meanwhile checks are refused, see :mod:`.point`)."""

from __future__ import annotations

from rich.console import Console

from missionguard.pipeline.control.keys import KeyRing
from missionguard.pipeline.enforcement.auth import check_command
from missionguard.pipeline.enforcement.http import serve_http
from missionguard.pipeline.enforcement.logs import install_repeat_filter
from missionguard.pipeline.enforcement.point import EnforcementPlugin, EnforcementPoint
from missionguard.pipeline.observability.metrics import EnforcementMetrics
from missionguard.pipeline.records import RevocationCommand
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.terminal import styled

__all__ = ["run_enforcement_point"]


async def run_enforcement_point(
    settings: Settings,
    *,
    port: int | None,
    console: Console,
    opa_url: str | None = None,
) -> None:
    def announce(command: RevocationCommand, _applied_at: object) -> None:
        # The reason quotes the decision's action and resource: plain text, never markup.
        console.print(
            styled(
                (command.action, "bold"),
                f" {command.agent_id} creds={','.join(command.credential_ids) or '-'}: ",
                command.reason,
            ),
            soft_wrap=True,
        )

    # A broker outage makes aiokafka repeat the same error many times a second.
    install_repeat_filter(settings.enforcement.log_repeat_window_s)
    plugins: list[EnforcementPlugin] = []
    if opa_url:
        from missionguard.pipeline.enforcement.opa import OpaRevocationSync

        plugins.append(OpaRevocationSync(opa_url))
    e, c = settings.enforcement, settings.control
    point = EnforcementPoint(
        settings.kafka,
        settings.topics.control_topic,
        point_id=e.point_id,
        seen_limit=e.seen_commands,
        on_command=announce,
        keyring=KeyRing.from_settings(c),
        reload_keys=lambda: KeyRing.from_settings(c),
        max_clock_skew_s=c.max_clock_skew_s,
        acks_topic=settings.topics.acks_topic if c.publish_acks else None,
        plugins=plugins,
        fail_open=e.when_not_ready == "open",
        id_matching=e.id_matching,
        max_staleness_s=e.max_staleness_s,
    )
    # Prometheus metrics at GET /metrics of the same server (docs/observability.md).
    metrics = EnforcementMetrics().attach(point) if e.metrics else None
    await point.start()
    runner = await serve_http(point, e.host, port or e.port, c.http, metrics)
    scheme = "https" if c.http.tls.cert_file else "http"
    check_url = f"{scheme}://{e.host}:{port or e.port}/v1/check"
    console.print(
        f"enforcement point {e.point_id} following {settings.topics.control_topic} "
        f"(trusting kids {', '.join(sorted(point.gate.ring.keys)) or 'none'}); "
        f"check with: {check_command(c.http, check_url)}",
        soft_wrap=True,
        markup=False,
    )
    try:
        await point.wait_stopped()
    finally:
        await runner.cleanup()
        await point.stop()
