"""Run ``missionguard worker`` as a real child process, for the demo, the integration tests
and the benchmarks: write its settings to a YAML file, start it, wait for Faust's Ready
line, stop it cleanly."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import yaml

from missionguard.pipeline.settings import PROJECT_ROOT, Settings

__all__ = ["WorkerProcess", "write_settings"]

_READY = "[^Worker]: Ready"


def write_settings(settings: Settings, path: Path, **worker_overrides: object) -> Path:
    """Write ``settings`` as a YAML file that ``missionguard --config`` reads back."""
    config = settings.model_dump(mode="json", exclude={"config"})
    config["worker"].update(worker_overrides)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config))
    return path


class WorkerProcess:
    """One ``missionguard --config CONFIG worker`` process, logging to ``log_path``.

    The worker must log at ``info`` (``write_settings(..., log_level="info")``): readiness
    is read from Faust's own "Ready" log line.
    """

    def __init__(self, config_path: Path, log_path: Path, root: Path = PROJECT_ROOT) -> None:
        self.config_path = config_path
        self.log_path = log_path
        # The checkout whose code runs (benchmarks compare two): ``python -m`` imports from
        # the working directory first.
        self.root = root
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self, timeout_s: float = 120.0) -> float:
        """Start and wait until ready; return the seconds that took."""
        began = time.perf_counter()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "missionguard.pipeline.cli",
                "--config",
                str(self.config_path),
                "worker",
            ],
            cwd=self.root,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = began + timeout_s
        while time.perf_counter() < deadline:
            if _READY in self.log_path.read_text(errors="replace"):
                return time.perf_counter() - began
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"worker exited with {self.process.returncode}; log {self.log_path}:\n"
                    + self.log_path.read_text(errors="replace")[-3000:]
                )
            time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"worker not ready after {timeout_s:.0f}s; see {self.log_path}")

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout_s: float = 30.0) -> int | None:
        """SIGTERM (Faust flushes and commits), SIGKILL after ``timeout_s``; the exit code."""
        code = None
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=timeout_s)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            code = self.process.returncode
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None
        return code
