"""Enforcement-point plugin that mirrors revocations into an Open Policy Agent server, so
policies everywhere OPA decides can deny revoked agents and credentials.

Every applied command becomes a write to OPA's data API, in order:
``PUT /v1/data/missionguard/revoked/agents/<agent id>`` (and ``.../credentials/<id>`` for
each credential) with ``{"action", "command_id", "reason", "expires_at", "expires_at_ns"}``;
``reinstate`` deletes those documents. Ids are percent-encoded, so SPIFFE ids with ``/``
stay one key. ``config/opa/missionguard.rego`` turns the documents into ``deny`` reasons
and honours ``expires_at_ns``. OPA keeps this data in memory: a restarted OPA is refilled
when the point restarts (it replays the control topic).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from urllib.parse import quote

import aiohttp

from missionguard.pipeline.records import RevocationCommand, format_time

__all__ = ["OpaRevocationSync"]

log = logging.getLogger(__name__)


class OpaRevocationSync:
    def __init__(
        self,
        url: str,
        *,
        data_path: str = "missionguard/revoked",
        attempts: int = 3,
        timeout_s: float = 2.0,
    ) -> None:
        self.base = f"{url.rstrip('/')}/v1/data/{data_path.strip('/')}"
        self.attempts = attempts
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.pushed = 0
        self.failures = 0
        self._queue: asyncio.Queue[tuple[str, str, dict[str, object] | None]] = asyncio.Queue()
        self._session: aiohttp.ClientSession | None = None
        self._task: asyncio.Task[None] | None = None

    def on_command(self, command: RevocationCommand, applied_at: datetime) -> None:
        subjects = [("agents", command.agent_id)]
        subjects += [("credentials", c) for c in command.credential_ids]
        for kind, subject in subjects:
            url = f"{self.base}/{kind}/{quote(subject, safe='')}"
            if command.action == "reinstate":
                self._queue.put_nowait(("DELETE", url, None))
            else:
                self._queue.put_nowait(("PUT", url, _document(command)))

    async def drained(self) -> None:
        """Wait until every write queued so far has been sent (or given up)."""
        await self._queue.join()

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=self.timeout)
        self._task = asyncio.create_task(self._run(), name="opa-revocation-sync")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        if self._session is not None:
            await self._session.close()

    async def _run(self) -> None:
        assert self._session is not None
        while True:
            method, url, body = await self._queue.get()
            try:
                await self._send(self._session, method, url, body)
            finally:
                self._queue.task_done()

    async def _send(
        self, session: aiohttp.ClientSession, method: str, url: str, body: object
    ) -> None:
        for attempt in range(1, self.attempts + 1):
            try:
                async with session.request(method, url, json=body) as resp:
                    # Deleting what is not there (a reinstate of an unknown agent) is fine.
                    if resp.status < 300 or (method == "DELETE" and resp.status == 404):
                        self.pushed += 1
                        return
                    problem = f"HTTP {resp.status}: {(await resp.text())[:200]}"
            except (aiohttp.ClientError, TimeoutError) as exc:
                problem = repr(exc)
            log.warning("OPA %s %s failed (attempt %d): %s", method, url, attempt, problem)
            await asyncio.sleep(0.1 * attempt)
        self.failures += 1


def _document(command: RevocationCommand) -> dict[str, object]:
    expires = command.expires_at
    return {
        "action": command.action,
        "command_id": command.command_id,
        "reason": command.reason,
        "expires_at": format_time(expires) if expires else None,
        # Rego compares with time.now_ns(); an int avoids parsing in every decision.
        "expires_at_ns": int(expires.timestamp() * 1_000_000) * 1000 if expires else None,
    }
