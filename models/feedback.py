"""Analyst feedback in the judgement: suppressed patterns, per-cohort sensitivity, reinstates.

A SOC analyst's verdict on an alert changes what the judge does next, deterministically:

* ``false_positive``: the alert's *pattern* (its cohort, the names of its detector findings
  and the feature values they name: ``action=...``, ``resource_kind=...``,
  ``destination=...``) is suppressed: an alert whose pattern it covers is no longer raised,
  nor its command. The cohort's weight of each detector involved is multiplied by
  ``weight_step`` (never below ``weight_floor``). An agent restricted by that alert's
  command is reinstated.
* ``confirmed``: the pattern is remembered as confirmed; it lifts a suppression that covers
  it, and a later ``false_positive`` that would suppress it is rejected (confirmation wins).
* ``reinstate``: a reinstate command for the agent, whose state goes back to active, risk 0.

Everything is bounded: suppressions and confirmations (``max_patterns``), remembered alerts
(``remember_alerts``) and the ids of applied feedback (``seen_ids``), oldest out first.

>>> from datetime import datetime, UTC
>>> from missionguard.pipeline.records import Alert, DetectorFinding
>>> from missionguard.pipeline.records.feedback import AnalystFeedback
>>> t0 = datetime(2026, 1, 1, tzinfo=UTC)
>>> alert = Alert(alert_id="a1", time=t0, agent_id="bot-1", severity="high", score=0.9,
...     trigger_event_id="e1", cohort="support", detectors=[DetectorFinding(
...     name="mission_conformance.action_not_declared", score=0.9,
...     reason="action 'crm:Export' is not among the 2 declared action patterns of mission m1")])
>>> book = FeedbackBook()
>>> print(pattern_of(alert))
support: mission_conformance.action_not_declared [action=crm:Export]
>>> book.remember(alert, pattern_of(alert))
>>> fp = AnalystFeedback(feedback_id="f1", time=t0, analyst="ana", reason="export is fine",
...     verdict="false_positive", agent_id="bot-1", alert_id="a1")
>>> outcome = book.apply(None, fp, ttl_s=600)
>>> outcome.applied, book.suppresses(pattern_of(alert))
(True, True)
>>> book.multiplier("support", "mission_conformance")
0.8
>>> other = alert.model_copy(update={"alert_id": "a2", "agent_id": "bot-2"})
>>> book.suppresses(pattern_of(other)), book.suppresses(pattern_of(alert.model_copy(
...     update={"cohort": "finance"})))
(True, False)
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from missionguard.models.features import resource_shape
from missionguard.models.state import AgentState
from missionguard.pipeline.records import Alert, RevocationCommand, add_seconds, stable_id
from missionguard.pipeline.records.feedback import AnalystFeedback, FeedbackPattern

__all__ = ["AlertPattern", "FeedbackBook", "FeedbackOutcome", "pattern_of"]

#: Findings that describe the response, not the behaviour: not part of a pattern.
META_FINDINGS = frozenset({"risk", "guard_rail"})
_RESTRICTING = ("throttle", "suspend", "revoke")
# "<feature> '<value>'" in a finding's reason (repr quoting: '...' or "...").
_NAMED = re.compile(r"\b(action|resource kind|resource_kind|resource|destination) (['\"])(.*?)\2")
_RESOURCE_KEYS = frozenset({"resource kind", "resource_kind", "resource"})
_MAX_PARTS = 32


@dataclass(frozen=True, slots=True)
class AlertPattern:
    """What an alert says, without who it was about: comparable across agents of a cohort."""

    cohort: str
    detectors: tuple[str, ...]
    values: tuple[str, ...]

    def covers(self, other: AlertPattern) -> bool:
        """Whether ``other`` says nothing this pattern does not: same cohort, its findings and
        named values a subset of these (an extra finding or another value is new evidence)."""
        return (
            other.cohort == self.cohort
            and set(other.detectors) <= set(self.detectors)
            and set(other.values) <= set(self.values)
        )

    def to_record(self) -> FeedbackPattern:
        return FeedbackPattern(detectors=list(self.detectors), values=list(self.values))

    @classmethod
    def from_record(cls, cohort: str, record: FeedbackPattern) -> AlertPattern:
        return cls(cohort, tuple(sorted(set(record.detectors))), tuple(sorted(set(record.values))))

    def __str__(self) -> str:
        return f"{self.cohort}: {'+'.join(self.detectors)} [{', '.join(self.values)}]"


def _named_values(feature: str, reason: str) -> Iterable[str]:
    for match in _NAMED.finditer(reason):
        key, value = match.group(1), match.group(3)
        if key in _RESOURCE_KEYS:
            yield f"resource_kind={resource_shape(value)[:200]}"
        else:
            yield f"{key}={value[:200]}"
    if feature and feature not in ("action", "resource", "resource_kind", "destination"):
        # The finding's own feature ("value_rarity.network: network '10.2.0.0/16' ...").
        spaced, plain = _own_value(feature)
        own = spaced.search(reason)
        if own is None:
            own = plain.search(reason)
        if own is not None:
            yield f"{feature}={own.group(2)[:200]}"


@lru_cache(maxsize=128)  # one per detector feature: a small, fixed set
def _own_value(feature: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a finding's own feature value in its reason (``network '10.2.0.0/16'``),
    the feature's words spaced, then as written. Compiled here, once: ``re``'s own cache is
    shared with every mission's globs (``models.mission``), which push these out."""
    return (
        re.compile(re.escape(feature.replace("_", " ")) + r" (['\"])(.*?)\1"),
        re.compile(re.escape(feature) + r" (['\"])(.*?)\1"),
    )


def pattern_of(alert: Alert, default_cohort: str = "default") -> AlertPattern | None:
    """The alert's pattern, from its detector findings alone (``None`` when it has only
    response findings such as ``risk``); identifiers in resources are reduced to ``#``."""
    detectors: set[str] = set()
    values: set[str] = set()
    for finding in alert.detectors:
        if finding.name.split(".", 1)[0] in META_FINDINGS:
            continue
        detectors.add(finding.name)
        feature = finding.name.split(".", 1)[1] if "." in finding.name else ""
        values.update(_named_values(feature, finding.reason))
    if not detectors:
        return None
    return AlertPattern(
        alert.cohort or default_cohort,
        tuple(sorted(detectors))[:_MAX_PARTS],
        tuple(sorted(values))[:_MAX_PARTS],
    )


@dataclass(slots=True)
class FeedbackOutcome:
    """What one feedback did: ``applied`` or the ``rejection`` reason, the changes in words
    (for the audit trail) and the commands to publish."""

    applied: bool
    rejection: str | None = None
    detail: str = ""
    changes: list[str] = field(default_factory=list)
    commands: list[RevocationCommand] = field(default_factory=list)
    pattern: AlertPattern | None = None


@dataclass(frozen=True, slots=True)
class _Remembered:
    agent_id: str
    trigger_event_id: str
    pattern: AlertPattern | None


def _bounded_put(store: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    store[key] = value
    store.move_to_end(key)
    while len(store) > limit:
        store.popitem(last=False)


class FeedbackBook:
    """Analysts' verdicts as the judge uses them (see the module docstring).

    Parameters
    ----------
    default_cohort
        Cohort of alerts without one (as in :class:`~models.config.DetectionConfig`).
    weight_step
        Each false positive multiplies the cohort's weight of its detectors by this.
    weight_floor
        The lowest multiplier feedback can bring a detector to.
    max_patterns, remember_alerts, seen_ids
        Bounds on suppressed / confirmed patterns, recent alerts, applied feedback ids.
    """

    def __init__(
        self,
        default_cohort: str = "default",
        weight_step: float = 0.8,
        weight_floor: float = 0.3,
        max_patterns: int = 4096,
        remember_alerts: int = 10_000,
        seen_ids: int = 100_000,
    ) -> None:
        self.default_cohort = default_cohort
        self.weight_step = weight_step
        self.weight_floor = weight_floor
        self.max_patterns = max_patterns
        self.remember_alerts = remember_alerts
        self.seen_ids = seen_ids
        self._suppressed: OrderedDict[AlertPattern, str] = OrderedDict()
        self._confirmed: OrderedDict[AlertPattern, str] = OrderedDict()
        self._weights: dict[str, dict[str, float]] = {}
        self._alerts: OrderedDict[str, _Remembered] = OrderedDict()
        # Cohort effects already in this book, by feedback id, with what they changed: a
        # worker may see one feedback twice (its judging agent and its follower).
        self._cohort_done: OrderedDict[str, FeedbackOutcome] = OrderedDict()
        # Feedback ids applied to agents (the judging path): a second copy is ``replayed``.
        self._applied: OrderedDict[str, None] = OrderedDict()
        self.suppressed_alerts = 0

    # -- what the judge asks -----------------------------------------------------------------
    def suppresses(self, pattern: AlertPattern | None) -> bool:
        return pattern is not None and any(s.covers(pattern) for s in self._suppressed)

    def multiplier(self, cohort: str, detector: str) -> float:
        return self._weights.get(cohort, {}).get(detector.split(".", 1)[0], 1.0)

    def scale(self, cohort: str, scores: dict[str, float]) -> dict[str, float]:
        """Detector scores with the cohort's feedback multipliers applied (same dict if none)."""
        weights = self._weights.get(cohort)
        if not weights:
            return scores
        return {k: v * weights.get(k.split(".", 1)[0], 1.0) for k, v in scores.items()}

    def snapshot(self, state: AgentState) -> tuple[Any, ...]:
        """The parts of the agent's state an event's response changes (see :meth:`screen`)."""
        return (
            state.status,
            state.status_command_id,
            state.ladder_step,
            state.risk,
            state.risk_time,
            state.drift_risk,
            state.drift_time,
        )

    def screen(self, state: AgentState, verdict: Any, before: tuple[Any, ...]) -> int:
        """Drop the verdict's alerts whose pattern is suppressed, and their commands; the
        agent's state then stays as ``before`` the event (no risk added, no status change).
        Kept alerts are remembered for later feedback. Returns how many alerts were dropped."""
        if not verdict.alerts:
            return 0
        dropped: set[str] = set()
        kept = []
        for alert in verdict.alerts:
            pattern = pattern_of(alert, self.default_cohort)
            if self._suppressed and self.suppresses(pattern):
                dropped.add(alert.alert_id)
            else:
                kept.append(alert)
                self.remember(alert, pattern)
        if not dropped:
            return 0
        self.suppressed_alerts += len(dropped)
        verdict.alerts[:] = kept
        verdict.commands[:] = [c for c in verdict.commands if c.alert_id not in dropped]
        state.risk, state.risk_time = before[3], before[4]
        state.drift_risk, state.drift_time = before[5], before[6]
        if not verdict.commands:
            state.status, state.status_command_id, state.ladder_step = before[:3]
        return len(dropped)

    def remember(self, alert: Alert, pattern: AlertPattern | None) -> None:
        memo = _Remembered(alert.agent_id, alert.trigger_event_id, pattern)
        _bounded_put(self._alerts, alert.alert_id, memo, self.remember_alerts)

    # -- what analysts say ---------------------------------------------------------------------
    def apply(
        self, state: AgentState | None, feedback: AnalystFeedback, ttl_s: float
    ) -> FeedbackOutcome:
        """Apply one (already verified) feedback to the book and the agent's ``state``; a
        ``feedback_id`` seen before is rejected as ``replayed`` and changes nothing."""
        if feedback.feedback_id in self._applied:
            detail = f"feedback {feedback.feedback_id} was handled before"
            return FeedbackOutcome(False, "replayed", detail)
        _bounded_put(self._applied, feedback.feedback_id, None, self.seen_ids)
        if feedback.verdict == "reinstate":
            outcome = FeedbackOutcome(applied=True)
            outcome.commands.append(self._reinstate(state, feedback, None, ttl_s, outcome))
            return outcome
        outcome = self.apply_cohort(feedback)
        if not outcome.applied or feedback.verdict != "false_positive":
            return outcome
        outcome = FeedbackOutcome(
            True, None, outcome.detail, list(outcome.changes), [], outcome.pattern
        )
        trigger = feedback.trigger_event_id
        memo = self._alerts.get(feedback.alert_id or "")
        if memo is not None:
            trigger = trigger or memo.trigger_event_id
        caused = {stable_id("command", feedback.agent_id, trigger, a) for a in _RESTRICTING}
        if state is not None and state.status != "active" and state.status_command_id in caused:
            outcome.commands.append(self._reinstate(state, feedback, trigger, ttl_s, outcome))
        elif state is not None and state.status != "active":
            outcome.changes.append(
                f"agent {feedback.agent_id} stays {state.status}: not restricted by this alert"
            )
        return outcome

    def apply_cohort(self, feedback: AnalystFeedback) -> FeedbackOutcome:
        """The cohort-level effect of a ``false_positive`` or ``confirmed`` verdict (every
        worker applies it; idempotent per ``feedback_id``)."""
        done = self._cohort_done.get(feedback.feedback_id)
        if done is not None:
            return done
        outcome = self._cohort_effect(feedback)
        if outcome.applied or outcome.rejection == "confirmed":
            _bounded_put(self._cohort_done, feedback.feedback_id, outcome, self.seen_ids)
        return outcome

    def _cohort_effect(self, feedback: AnalystFeedback) -> FeedbackOutcome:
        pattern = self._resolve(feedback)
        if isinstance(pattern, FeedbackOutcome):
            return pattern
        if feedback.verdict == "confirmed":
            lifted = [s for s in self._suppressed if s.covers(pattern)]
            for s in lifted:
                del self._suppressed[s]
            _bounded_put(self._confirmed, pattern, feedback.feedback_id, self.max_patterns)
            changes = [f"pattern confirmed: {pattern}"]
            changes += [f"suppression lifted: {s}" for s in lifted]
            return FeedbackOutcome(True, changes=changes, pattern=pattern)
        clash = next((c for c in self._confirmed if pattern.covers(c)), None)
        if clash is not None:
            detail = f"pattern was confirmed by feedback {self._confirmed[clash]}: {clash}"
            return FeedbackOutcome(False, "confirmed", detail, pattern=pattern)
        _bounded_put(self._suppressed, pattern, feedback.feedback_id, self.max_patterns)
        changes = [f"pattern suppressed: {pattern}"]
        weights = self._weights.setdefault(pattern.cohort, {})
        for detector in sorted({d.split(".", 1)[0] for d in pattern.detectors}):
            old = weights.get(detector, 1.0)
            new = max(self.weight_floor, round(old * self.weight_step, 6))
            weights[detector] = new
            changes.append(f"cohort {pattern.cohort!r} weight of {detector}: x{old:g} -> x{new:g}")
        return FeedbackOutcome(True, changes=changes, pattern=pattern)

    def _resolve(self, feedback: AnalystFeedback) -> AlertPattern | FeedbackOutcome:
        memo = self._alerts.get(feedback.alert_id or "")
        if memo is not None and memo.agent_id != feedback.agent_id:
            detail = f"alert {feedback.alert_id} is about {memo.agent_id}, not {feedback.agent_id}"
            return FeedbackOutcome(False, "alert_mismatch", detail)
        if feedback.pattern is not None:
            cohort = feedback.cohort or (memo.pattern.cohort if memo and memo.pattern else None)
            return AlertPattern.from_record(cohort or self.default_cohort, feedback.pattern)
        if memo is None or memo.pattern is None:
            detail = f"alert {feedback.alert_id} is unknown here and the feedback has no pattern"
            return FeedbackOutcome(False, "unknown_alert", detail)
        if feedback.cohort and feedback.cohort != memo.pattern.cohort:
            return AlertPattern(feedback.cohort, memo.pattern.detectors, memo.pattern.values)
        return memo.pattern

    def _reinstate(
        self,
        state: AgentState | None,
        feedback: AnalystFeedback,
        trigger: str | None,
        ttl_s: float,
        outcome: FeedbackOutcome,
    ) -> RevocationCommand:
        agent = feedback.agent_id
        command = RevocationCommand(
            command_id=stable_id("command", agent, "feedback", feedback.feedback_id, "reinstate"),
            time=feedback.time,
            agent_id=agent,
            credential_ids=list(state.credentials) if state is not None else [],
            action="reinstate",
            reason=f"analyst {feedback.analyst} ({feedback.verdict}): {feedback.reason}"[:1000],
            alert_id=feedback.alert_id,
            trigger_event_id=trigger,
            expires_at=add_seconds(feedback.time, ttl_s),  # clamped: the TTL is unbounded
        )
        was = state.status if state is not None else "unknown"
        if state is not None:
            state.status, state.status_command_id = "active", None
            state.risk, state.ladder_step = 0.0, 0
            state.drift_risk = 0.0
        outcome.changes.append(f"agent {agent} reinstated (was {was}): {command.command_id}")
        return command

    # -- inspection ------------------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        return {
            "suppressed": [str(p) for p in self._suppressed],
            "confirmed": [str(p) for p in self._confirmed],
            "weights": {c: dict(sorted(w.items())) for c, w in sorted(self._weights.items())},
            "suppressed_alerts": self.suppressed_alerts,
        }
