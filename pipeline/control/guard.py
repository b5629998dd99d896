"""The guard rail between the judge and the control topic: a runaway judge (a bad model, a
bad mission push, a flood of odd but legitimate traffic) must not revoke a whole cohort.

Per cohort, :class:`RevocationGuard` counts the revocations it let through in a sliding
window of event time. The one that would exceed ``max_revocations`` trips the cohort: it
becomes alert-only for ``hold_s`` of event time (every command of the cohort is withheld and
published as an alert instead), and one critical ``guard_rail`` alert says so. Cohorts in
``dry_run_cohorts`` are always alert-only. ``reinstate`` always passes: lifting a
restriction is never the runaway. Pure and deterministic (event time only), so replay
gives the same answer as the live worker for the same ordered input.

>>> from datetime import datetime, timedelta, UTC
>>> from missionguard.pipeline.records import RevocationCommand
>>> guard = RevocationGuard(GuardSettings(max_revocations=2, window_s=60))
>>> t = datetime(2026, 1, 1, tzinfo=UTC)
>>> def revoke(i):
...     return RevocationCommand(command_id=f"c{i}", time=t + timedelta(seconds=i),
...         agent_id=f"a{i}", action="revoke", reason="x", expires_at=t + timedelta(hours=1))
>>> [(len(s.commands), [a.severity for a in s.alerts]) for s in
...     (guard.screen(revoke(i), "support") for i in range(4))]
[(1, []), (1, []), (0, ['critical', 'medium']), (0, ['medium'])]
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from missionguard.pipeline.records import (
    Alert,
    DetectorFinding,
    RevocationCommand,
    Severity,
    stable_id,
)
from missionguard.pipeline.settings.control import GuardSettings

__all__ = ["GuardScreening", "RevocationGuard"]


@dataclass(slots=True)
class GuardScreening:
    """What to publish instead of one command: the command itself, or alerts."""

    commands: list[RevocationCommand] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    @property
    def withheld(self) -> bool:
        return not self.commands


@dataclass(slots=True)
class _CohortWatch:
    passed: deque[datetime] = field(default_factory=deque)
    alert_only_until: datetime | None = None
    trips: int = 0


class RevocationGuard:
    def __init__(self, settings: GuardSettings | None = None) -> None:
        self.settings = settings or GuardSettings()
        self.window = timedelta(seconds=self.settings.window_s)
        self.hold = timedelta(seconds=self.settings.hold_s)
        self._cohorts: dict[str, _CohortWatch] = {}

    def alert_only_until(self, cohort: str) -> datetime | None:
        watch = self._cohorts.get(cohort)
        return watch.alert_only_until if watch else None

    def screen(
        self, command: RevocationCommand, cohort: str | None, *, counted: bool = True
    ) -> GuardScreening:
        """What to publish for ``command``. ``counted=False``: a command another agent's
        stop made (incident scoping, ``docs/detectors.md``) obeys dry-run and a tripped
        cohort but neither counts towards ``max_revocations`` nor trips the cohort: one
        incident's sweep (at most ``scope_senders`` agents) must not switch a cohort's
        protection off, which would let an attacker who gets one session stopped disarm the
        rest. The stops that make incidents are counted."""
        s = self.settings
        name = cohort or s.default_cohort
        if command.action == "reinstate":
            return GuardScreening(commands=[command])
        if name in s.dry_run_cohorts:
            return GuardScreening(alerts=[_withheld(command, name, "cohort is in dry-run mode")])
        watch = self._cohorts.setdefault(name, _CohortWatch())
        t = command.time
        if watch.alert_only_until is not None:
            if t < watch.alert_only_until:
                why = f"cohort alert-only until {watch.alert_only_until:%Y-%m-%dT%H:%M:%SZ}"
                return GuardScreening(alerts=[_withheld(command, name, why)])
            watch.alert_only_until = None
            watch.passed.clear()
        if not counted or command.action not in s.counted_actions:
            return GuardScreening(commands=[command])
        while watch.passed and watch.passed[0] <= t - self.window:
            watch.passed.popleft()
        if len(watch.passed) < s.max_revocations:
            watch.passed.append(t)
            return GuardScreening(commands=[command])
        watch.alert_only_until = t + self.hold
        watch.trips += 1
        reason = (
            f"guard rail tripped: more than {s.max_revocations} revocations in cohort {name} "
            f"within {s.window_s:g}s of event time; cohort alert-only for {s.hold_s:g}s"
        )
        trip = _alert(
            stable_id("guard-trip", name, command.command_id),
            command,
            name,
            "critical",
            reason,
        )
        return GuardScreening(alerts=[trip, _withheld(command, name, "guard rail tripped")])


def _withheld(command: RevocationCommand, cohort: str, why: str) -> Alert:
    reason = f"{command.action} withheld ({why}): {command.reason}"
    return _alert(
        stable_id("guard-withheld", command.command_id), command, cohort, "medium", reason
    )


def _alert(
    alert_id: str, command: RevocationCommand, cohort: str, severity: Severity, reason: str
) -> Alert:
    return Alert(
        alert_id=alert_id,
        time=command.time,
        agent_id=command.agent_id,
        severity=severity,
        score=1.0 if severity == "critical" else 0.5,
        trigger_event_id=command.trigger_event_id or command.command_id,
        detectors=[DetectorFinding(name="guard_rail", score=1.0, reason=reason)],
        cohort=cohort,
    )
