"""Running the judging worker in this process: the event loop, then Faust's worker."""

from __future__ import annotations

from collections.abc import Callable

from missionguard.pipeline.settings import Settings

__all__ = ["run_worker", "use_event_loop"]


def use_event_loop(name: str) -> None:
    """Make ``name`` ("uvloop" or "asyncio") the loop Faust will create; call it before
    anything creates a loop. Raises ``ImportError`` when uvloop is not installed."""
    if name == "uvloop":
        import mode.loop

        mode.loop.use("uvloop")


def run_worker(settings: Settings, on_ready: Callable[[], None] | None = None) -> None:
    """Build the app and run it until the process is told to stop (blocks)."""
    from faust.worker import Worker

    from missionguard.pipeline.runtime.app import create_app

    mg = create_app(settings)
    if on_ready is not None:
        on_ready()
    Worker(mg.app, loglevel=settings.worker.log_level, quiet=True).execute_from_commandline()
