"""``missionguard enforce`` as a real process, for broker tests that need an enforcement
point the way an operator runs one."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

# The check service answers authenticated callers only; the token reaches the process
# through the settings' environment variable.
TOKEN = "hostile-text-test-token-0123"


class EnforceProcess:
    """``missionguard --config CONFIG enforce --port PORT`` as a real process."""

    def __init__(self, config: Path, port: int, log_path: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        self._log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "missionguard.pipeline.cli", "--config", str(config)]
            + ["enforce", "--port", str(port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "MISSIONGUARD_CONTROL__HTTP__AUTH__TOKEN": TOKEN},
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    async def get(self, http: aiohttp.ClientSession, path: str) -> tuple[int, dict]:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with http.get(self.url + path, headers=headers) as resp:
            return resp.status, await resp.json()

    async def wait_healthy(self, http: aiohttp.ClientSession, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"enforce exited early:\n{self.log()[-3000:]}"
            try:
                status, _ = await self.get(http, "/healthz")
                if status == 200:
                    return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
        raise TimeoutError(f"enforce not healthy after {timeout_s}s:\n{self.log()[-3000:]}")

    async def wait_refused(self, http: aiohttp.ClientSession, agent: str, timeout_s: float = 20):
        deadline = time.monotonic() + timeout_s
        body: dict = {}
        while time.monotonic() < deadline:
            status, body = await self.get(http, f"/v1/check?agent_id={agent}")
            if status == 403:
                return body
            await asyncio.sleep(0.1)
        raise AssertionError(f"{agent} not refused: {body}\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
