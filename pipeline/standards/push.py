"""Push delivery of Security Event Tokens (RFC 8935) to one SSF receiver endpoint.

``POST`` the compact SET with ``Content-Type: application/secevent+jwt`` and ``Accept:
application/json``. The receiver answers:

- ``202`` (any 2xx is taken as such): accepted, :class:`Accepted`;
- ``400`` with ``{"err", "description"}``: this SET is refused for good (``invalid_request``,
  ``invalid_key``, ``invalid_issuer``, ``invalid_audience``, ...): :class:`Rejected`, logged
  and counted, never retried;
- ``5xx``, ``408``, ``429``, a connection error or a timeout: transient, retried up to
  ``retries`` times with exponential backoff (a numeric ``Retry-After`` is honoured, capped
  at ``max_backoff_s``); still failing, :class:`Failed`;
- anything else (``401``, ``403``, ``404``, a redirect): :class:`Failed` at once, since
  retrying cannot fix a wrong endpoint or credentials, and the SET is not the problem.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp

from missionguard.pipeline.standards.ssf import SET_MEDIA_TYPE

__all__ = ["Accepted", "Failed", "PushClient", "PushOutcome", "Rejected"]

log = logging.getLogger(__name__)

_RETRYABLE = frozenset({408, 429})


@dataclass(frozen=True, slots=True)
class Accepted:
    status: int
    attempts: int


@dataclass(frozen=True, slots=True)
class Rejected:
    err: str
    description: str
    attempts: int


@dataclass(frozen=True, slots=True)
class Failed:
    reason: str
    attempts: int


PushOutcome = Accepted | Rejected | Failed


class PushClient:
    """Delivers SETs to ``endpoint``; ``counts`` holds accepted / rejected / failed /
    retried, and ``rejections`` the receivers' ``err`` codes."""

    def __init__(
        self,
        endpoint: str,
        *,
        timeout_s: float = 5.0,
        retries: int = 5,
        backoff_s: float = 0.5,
        max_backoff_s: float = 10.0,
        authorization: str | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.endpoint = endpoint
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.headers = {"Content-Type": SET_MEDIA_TYPE, "Accept": "application/json"}
        if authorization:
            self.headers["Authorization"] = authorization
        self.sleep = sleep
        self.counts: Counter[str] = Counter()
        self.rejections: Counter[str] = Counter()
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> PushClient:
        self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        delay = self.backoff_s * 2 ** (attempt - 1)
        if retry_after is not None and retry_after.strip().isdigit():
            delay = max(delay, float(retry_after))
        return min(delay, self.max_backoff_s)

    async def push(self, token: str, *, jti: str = "-") -> PushOutcome:
        """Deliver one SET; returns how it ended (never raises for HTTP or network errors)."""
        assert self._session is not None, "use `async with PushClient(...)`"
        attempt = 0
        while True:
            attempt += 1
            retry_after: str | None = None
            try:
                async with self._session.post(
                    self.endpoint, data=token.encode(), headers=self.headers
                ) as resp:
                    status = resp.status
                    body = await resp.read()
                    retry_after = resp.headers.get("Retry-After")
            except (aiohttp.ClientError, TimeoutError) as exc:
                status, body, why = 0, b"", f"{type(exc).__name__}: {exc}"
            else:
                why = f"HTTP {status}"
            if 200 <= status < 300:
                self.counts["accepted"] += 1
                return Accepted(status, attempt)
            if status == 400:
                err, description = _error_body(body)
                self.counts["rejected"] += 1
                self.rejections[err] += 1
                log.warning("SET %s rejected by %s: %s (%s)", jti, self.endpoint, err, description)
                return Rejected(err, description, attempt)
            if status and status not in _RETRYABLE and status < 500:
                self.counts["failed"] += 1
                return Failed(f"{why} from {self.endpoint}: not retryable", attempt)
            if attempt > self.retries:
                self.counts["failed"] += 1
                return Failed(f"{why} from {self.endpoint} after {attempt} attempts", attempt)
            self.counts["retried"] += 1
            delay = self._delay(attempt, retry_after)
            log.info("SET %s: %s, retrying in %.2fs", jti, why, delay)
            await self.sleep(delay)


def _error_body(body: bytes) -> tuple[str, str]:
    """RFC 8935's ``{"err", "description"}``; tolerant of receivers that send less."""
    import json

    try:
        data = json.loads(body)
    except ValueError:
        return "unknown", body[:200].decode(errors="replace")
    if not isinstance(data, dict):
        return "unknown", str(data)[:200]
    return str(data.get("err", "unknown")), str(data.get("description", ""))
