"""``missionguard enforce``: an enforcement point with its HTTP endpoint, until interrupted."""

from __future__ import annotations

import asyncio

from rich.console import Console

from ..records import RevocationCommand
from ..settings import Settings
from .http import serve_http
from .point import EnforcementPoint

__all__ = ["run_enforcement_point"]


async def run_enforcement_point(settings: Settings, *, port: int | None, console: Console) -> None:
    def announce(command: RevocationCommand, _applied_at: object) -> None:
        console.print(
            f"[bold]{command.action}[/] {command.agent_id} "
            f"creds={','.join(command.credential_ids) or '-'}: {command.reason}"
        )

    e = settings.enforcement
    point = EnforcementPoint(
        settings.kafka.bootstrap_servers,
        settings.topics.control_topic,
        point_id=e.point_id,
        seen_limit=e.seen_commands,
        on_command=announce,
    )
    await point.start()
    runner = await serve_http(point, e.host, port or e.port)
    console.print(
        f"enforcement point {e.point_id} following {settings.topics.control_topic}; "
        f"check with: curl 'http://{e.host}:{port or e.port}/v1/check?agent_id=AGENT'"
    )
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await point.stop()
