"""Run ``missionguard worker`` as a real child process, for the demo, the integration tests
and the benchmarks: write its settings to a YAML file, start it, wait for Faust's Ready
line, stop it cleanly.

A benchmark may run the worker of another checkout (:func:`checkout_imports`): one of
before the ``missionguard`` namespace (``pipeline`` and ``models`` imported as top-level
packages, from the working directory) or one of after it, which is imported through a shim
directory that maps ``missionguard.pipeline`` and ``missionguard.models`` to its folders,
first on the child's ``PYTHONPATH`` (ahead of this checkout's editable install).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import yaml

from missionguard.pipeline.settings import PROJECT_ROOT, Settings

__all__ = ["WorkerProcess", "checkout_imports", "write_settings"]

_READY = "[^Worker]: Ready"


def checkout_imports(root: Path) -> tuple[str, dict[str, str]]:
    """How a child process runs the code of the checkout ``root``: the prefix of its
    packages (``"missionguard."``, or ``""`` for a checkout from before the namespace, where
    ``pipeline/records.py`` is a module) and the environment that makes the child import
    them from ``root`` (``root`` itself or a shim directory in ``root/.missionguard`` first
    on ``PYTHONPATH``). This checkout's code is imported as installed (environment
    unchanged).

    >>> checkout_imports(PROJECT_ROOT)[0]
    'missionguard.'
    """
    root = root.resolve()
    env = dict(os.environ)
    if root == PROJECT_ROOT.resolve():
        return "missionguard.", env
    if (root / "pipeline" / "records.py").is_file():
        prefix, first = "", root
    else:
        prefix, first = "missionguard.", _import_shim(root)
    env["PYTHONPATH"] = os.pathsep.join([str(first), *filter(None, [os.environ.get("PYTHONPATH")])])
    return prefix, env


def _import_shim(root: Path) -> Path:
    """``root/.missionguard/import-shim``, holding ``missionguard/{pipeline,models}``:
    symbolic links to ``root``'s folders (``missionguard`` a namespace package, as
    installed). Modules resolve their paths (settings' ``PROJECT_ROOT``) to ``root``."""
    shim = root / ".missionguard" / "import-shim"
    package = shim / "missionguard"
    package.mkdir(parents=True, exist_ok=True)
    for name in ("pipeline", "models"):
        link = package / name
        if not link.is_symlink() or link.resolve() != (root / name):
            link.unlink(missing_ok=True)
            link.symlink_to(root / name, target_is_directory=True)
    return shim


def write_settings(settings: Settings, path: Path, **worker_overrides: object) -> Path:
    """Write ``settings`` as a YAML file that ``missionguard --config`` reads back."""
    # The Kafka password is never written (a JSON dump would write "**********"): the child
    # reads it from MISSIONGUARD_KAFKA__SASL_PASSWORD, inherited (docs/kafka-security.md).
    config = settings.model_dump(
        mode="json", exclude={"config": True, "kafka": {"sasl_password": True}}
    )
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
        # The checkout whose code runs (benchmarks compare two): see checkout_imports.
        self.root = root
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self, timeout_s: float = 120.0) -> float:
        """Start and wait until ready; return the seconds that took."""
        began = time.perf_counter()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        prefix, env = checkout_imports(self.root)
        self.process = subprocess.Popen(
            [sys.executable, "-m", f"{prefix}pipeline.cli", "--config", str(self.config_path)]
            + ["worker"],
            cwd=self.root,
            env=env,
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
