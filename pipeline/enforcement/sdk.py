"""Python SDK for agent gateways and tool runtimes: ask before each tool call.

>>> from datetime import datetime, UTC
>>> from missionguard.pipeline.records import RevocationCommand
>>> from missionguard.pipeline.enforcement.state import EnforcementState
>>> guard = MissionGuardClient(EnforcementState())
>>> @guard.guarded(agent_id="bot-1")
... def read_ticket(n):
...     return f"ticket {n}"
>>> read_ticket(1)
'ticket 1'
>>> _ = guard.state.apply(RevocationCommand(command_id="c", time=datetime(2026, 1, 1, tzinfo=UTC),
...     agent_id="bot-1", action="revoke", reason="off mission"))
>>> read_ticket(2)
Traceback (most recent call last):
...
missionguard.pipeline.enforcement.sdk.AccessRevoked: agent bot-1 revoked: off mission
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import ParamSpec, TypeVar

from missionguard.pipeline.enforcement.state import AccessCheck, EnforcementState

__all__ = ["AccessRevoked", "MissionGuardClient"]

P = ParamSpec("P")
R = TypeVar("R")


class AccessRevoked(PermissionError):
    """Raised before a tool call by an agent or credential that MissionGuard restricted."""

    def __init__(self, check: AccessCheck) -> None:
        super().__init__(check.reason)
        self.check = check


class MissionGuardClient:
    """Answers from a local, continuously updated state (an
    :class:`~pipeline.enforcement.point.EnforcementPoint`'s, or any ``EnforcementState``)."""

    def __init__(
        self, state: EnforcementState, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.state = state
        self.clock = clock or (lambda: datetime.now(UTC))

    def check(self, agent_id: str, credential_id: str | None = None) -> AccessCheck:
        return self.state.check(agent_id, credential_id, self.clock())

    def require(self, agent_id: str, credential_id: str | None = None) -> AccessCheck:
        result = self.check(agent_id, credential_id)
        if not result.allowed:
            raise AccessRevoked(result)
        return result

    def guarded(
        self, agent_id: str, credential_id: str | None = None
    ) -> Callable[[Callable[P, R]], Callable[P, R]]:
        def wrap(fn: Callable[P, R]) -> Callable[P, R]:
            @functools.wraps(fn)
            def inner(*args: P.args, **kwargs: P.kwargs) -> R:
                self.require(agent_id, credential_id)
                return fn(*args, **kwargs)

            return inner

        return wrap
