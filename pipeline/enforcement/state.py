"""Enforcement state: which agents and credentials are revoked, suspended, throttled or
must step up, as built from revocation commands. Pure and synchronous.

Applying a command is idempotent: a ``command_id`` already applied is ignored (at-least-once
delivery from Kafka, replays of the compacted control topic), so each command takes effect
once. Commands carry event time; ``check`` takes the current time explicitly.

A check names ids in canonical form or is refused (restriction ``invalid_id``); with
``id_matching="fold"`` (the default) an id that equals a restricted one after Unicode NFKC
and case folding is restricted as that one is (:mod:`.identity`).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from missionguard.pipeline.enforcement.identity import fold, id_problem
from missionguard.pipeline.records import RevocationCommand

__all__ = ["AccessCheck", "EnforcementState", "Restriction"]

_BLOCKING = {"revoke": "revoked", "suspend": "suspended", "step_up": "step-up required"}


@dataclass(frozen=True, slots=True)
class Restriction:
    action: str
    command_id: str
    reason: str
    expires_at: datetime | None

    def active(self, now: datetime) -> bool:
        return self.expires_at is None or now < self.expires_at


@dataclass(frozen=True, slots=True)
class AccessCheck:
    """The answer to "may this agent, with this credential, act now?"."""

    allowed: bool
    reason: str
    command_id: str | None = None
    restriction: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "reason": self.reason,
            "command_id": self.command_id,
            "restriction": self.restriction,
        }


@dataclass
class EnforcementState:
    """Revocation state of one enforcement point.

    >>> from datetime import datetime, UTC
    >>> t = datetime(2026, 1, 1, tzinfo=UTC)
    >>> st = EnforcementState()
    >>> cmd = RevocationCommand(command_id="c1", time=t, agent_id="bot", credential_ids=["AKIA1"],
    ...     action="revoke", reason="off mission")
    >>> st.apply(cmd), st.apply(cmd)
    (True, False)
    >>> st.check("bot", None, t).allowed, st.check("other", "AKIA1", t).allowed
    (False, False)
    >>> st.check("other", "AKIA2", t).reason
    'no restriction'
    >>> st.check("BOT", None, t).reason, st.check("bot ", None, t).restriction
    ('agent BOT (as bot) revoked: off mission', 'invalid_id')
    """

    seen_limit: int = 100_000
    id_matching: Literal["fold", "exact"] = "fold"
    agents: dict[str, Restriction] = field(default_factory=dict)
    credentials: dict[str, Restriction] = field(default_factory=dict)
    applied: int = 0
    duplicates: int = 0
    _seen: OrderedDict[str, None] = field(default_factory=OrderedDict)
    # fold(id) -> the ids in ``agents`` / ``credentials`` with that key.
    _folded: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: {"agent": {}, "credential": {}}
    )

    def _index(self, subject: str, key: str, present: bool) -> None:
        ids = self._folded[subject].setdefault(fold(key), set())
        if present:
            ids.add(key)
        else:
            ids.discard(key)
            if not ids:
                del self._folded[subject][fold(key)]

    def apply(self, command: RevocationCommand) -> bool:
        """Apply a command once; return ``False`` for a command already applied."""
        if command.command_id in self._seen:
            self.duplicates += 1
            return False
        self._seen[command.command_id] = None
        if len(self._seen) > self.seen_limit:
            self._seen.popitem(last=False)
        self.applied += 1
        if command.action == "reinstate":
            if self.agents.pop(command.agent_id, None) is not None:
                self._index("agent", command.agent_id, False)
            for cred in command.credential_ids:
                if self.credentials.pop(cred, None) is not None:
                    self._index("credential", cred, False)
            return True
        restriction = Restriction(
            command.action, command.command_id, command.reason, command.expires_at
        )
        current = self.agents.get(command.agent_id)
        # A weaker command never softens a stronger one still in force (e.g. throttle after revoke).
        if current is None or _strength(restriction.action) >= _strength(current.action):
            self.agents[command.agent_id] = restriction
            self._index("agent", command.agent_id, True)
        for cred in command.credential_ids:
            self.credentials[cred] = restriction
            self._index("credential", cred, True)
        return True

    def _strongest(
        self, subject: str, table: dict[str, Restriction], key: str, now: datetime
    ) -> tuple[str, Restriction] | None:
        """The strongest restriction in force on ``key`` (or, folding, on a variant of it)."""
        names = {key}
        if self.id_matching == "fold":
            names |= self._folded[subject].get(fold(key), set())
        found = [(n, r) for n in sorted(names) if (r := table.get(n)) and r.active(now)]
        if not found:
            return None
        # The exact id first among equals, then the strongest action.
        return max(found, key=lambda nr: (_strength(nr[1].action), nr[0] == key))

    def check(self, agent_id: str, credential_id: str | None, now: datetime) -> AccessCheck:
        for subject, value in (("agent", agent_id), ("credential", credential_id)):
            problem = None if value is None else id_problem(value)
            if problem is not None:
                return AccessCheck(
                    False, f"{subject} id not in canonical form: {problem}", None, "invalid_id"
                )
        for subject, table, key in (
            ("agent", self.agents, agent_id),
            ("credential", self.credentials, credential_id),
        ):
            if key is None:
                continue
            found = self._strongest(subject, table, key, now)
            if found is None:
                continue
            name, r = found
            named = key if name == key else f"{key} (as {name})"
            if r.action in _BLOCKING:
                return AccessCheck(
                    False,
                    f"{subject} {named} {_BLOCKING[r.action]}: {r.reason}",
                    r.command_id,
                    r.action,
                )
            if r.action == "throttle":
                return AccessCheck(
                    True, f"{subject} {named} throttled: {r.reason}", r.command_id, r.action
                )
        return AccessCheck(True, "no restriction")

    def revoked_agents(self, now: datetime) -> list[str]:
        return sorted(a for a, r in self.agents.items() if r.active(now) and r.action in _BLOCKING)


def _strength(action: str) -> int:
    return {"throttle": 1, "step_up": 2, "suspend": 3, "revoke": 4}.get(action, 0)
