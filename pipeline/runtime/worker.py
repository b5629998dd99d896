"""Running the judging worker in this process: the event loop, then Faust's worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from missionguard.pipeline.enforcement.logs import install_repeat_filter
from missionguard.pipeline.settings import Settings

__all__ = ["run_worker", "use_event_loop"]


def use_event_loop(name: str) -> None:
    """Make ``name`` ("uvloop" or "asyncio") the loop Faust will create; call it before
    anything creates a loop. Raises ``ImportError`` when uvloop is not installed."""
    if name == "uvloop":
        import mode.loop

        mode.loop.use("uvloop")


def _worker_class() -> type:
    from faust import worker as faust_worker

    class Worker(faust_worker.Worker):
        """Faust's worker, with repeated identical log lines summarised (a broker outage
        made aiokafka log the same connection error thousands of times). Named Worker: the
        name shows in its log lines, and "[^Worker]: Ready" is what readiness waits for."""

        def __init__(self, *args: Any, log_repeat_window_s: float = 60.0, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self.log_repeat_window_s = log_repeat_window_s

        def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
            super().on_setup_root_logger(logger, level)
            install_repeat_filter(self.log_repeat_window_s)

    return Worker


def run_worker(settings: Settings, on_ready: Callable[[], None] | None = None) -> None:
    """Build the app and run it until the process is told to stop (blocks)."""
    from missionguard.pipeline.runtime.app import create_app

    _Worker = _worker_class()
    mg = create_app(settings)
    w = settings.worker
    if w.metrics_port is not None:  # Prometheus metrics (docs/observability.md)
        from missionguard.pipeline.runtime.metrics import instrument, serve_metrics

        serve_metrics(instrument(mg, w.metrics_interval_s), w.metrics_host, w.metrics_port)
    if on_ready is not None:
        on_ready()
    _Worker(
        mg.app,
        loglevel=settings.worker.log_level,
        quiet=True,
        log_repeat_window_s=settings.worker.log_repeat_window_s,
    ).execute_from_commandline()
