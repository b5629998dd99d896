"""Value rarity: how new or rare is each thing this decision uses, for this agent or cohort."""

from __future__ import annotations

from collections.abc import Iterator
from operator import itemgetter
from typing import Any, cast

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import DecisionFeatures
from missionguard.models.sketch import CountMinSketch, RecentCounts, key_of

__all__ = ["ValueRarity", "observed", "observed_values"]


def observed(x: DecisionFeatures) -> tuple[tuple[str, str, int], ...]:
    """``(field, value, key)`` of every observed value; precomputed by the Judge as
    ``x["observed"]`` (the keys are shared by the agent and the cohort instance)."""
    found = x.get("observed")
    if found is None:
        # observed_values(x) written out: this runs once per decision, a generator costs more
        action, shape = x["action"], x["shape"]
        rows = [("action", action, key_of("action", action)),
                ("resource_kind", shape, key_of("resource_kind", shape))]  # fmt: skip
        for _, domain in x["destinations"]:
            rows.append(("destination", domain, key_of("destination", domain)))
        for field, value in x["context"].items():
            if field != "credential":
                rows.append((field, value, key_of(field, value)))
        for key, value in x.get("arguments", ()):
            field = f"{action} {key}"
            rows.append((field, value, key_of(field, value)))
        found = tuple(rows)
    return found


def observed_values(x: DecisionFeatures) -> Iterator[tuple[str, str]]:
    """(field, value) pairs a decision shows: action, resource kind, destinations, context,
    and each other argument as field ``"<action> <argument>"``."""
    action = x["action"]
    yield "action", action
    yield "resource_kind", x["shape"]
    for _, domain in x["destinations"]:
        yield "destination", domain
    for field, value in x["context"].items():
        if field != "credential":  # credentials rotate; probing watches switching
            yield field, value
    for key, value in x.get("arguments", ()):
        yield f"{action} {key}", value


_KEY = itemgetter(2)  # the key of an observed (field, value, key)
_PER_DECISION = frozenset({"action", "resource_kind", "destination"})
# Fields with their own totals (a fixed, small set: per-agent state stays bounded).
_TOTALLED = frozenset({"action", "network", "user_agent", "auth_method", "tool"})


class ValueRarity(Detector):
    """Scores each observed value by how rarely it was seen among the same field's values.

    Fields: the action, the resource kind, each destination, each context value (network,
    client, authentication method) and each other argument per action (``orders:refund
    refund_to``; numbers by order of magnitude). For a value seen ``c`` times among ``n``
    values of its field (for arguments: ``n`` calls of the action) the score is
    ``n / (n + confidence_half) * max(0, 1 - c / familiar_at)``: an unseen value is surprising
    once the field has history, a value seen ``familiar_at`` times is not. Memory is bounded
    either way: with ``capacity`` set (agent level) exact counts of the most recently used
    values; with ``capacity=None`` (cohort level) a count-min sketch of ``width * depth``.
    The Judge blends the two levels, so a value new to the agent but common in its cohort
    scores low and one new to both scores high.

    Parameters
    ----------
    capacity
        Values remembered exactly (least recently used dropped), or ``None`` for the sketch.
    familiar_at
        Count at which a value is no longer rare.
    confidence_half
        Field observations at which an unseen value is half-way surprising.
    width, depth
        Count-min sketch size (cohort level only).
    seed
        Unused (deterministic hashing); kept for the common constructor shape.

    Examples
    --------
    >>> det = ValueRarity(capacity=16, seed=2)
    >>> x = {"action": "read", "shape": "tickets/#", "destinations": (), "context": {}}
    >>> det.score_one(x)
    0.0
    >>> for _ in range(40):
    ...     det.learn_one(x)
    >>> det.score_one(x)
    0.0
    >>> round(det.score_one({**x, "destinations": (("url", "evil.example"),)}), 3)
    0.8
    >>> round(det.score_one({**x, "context": {"network": "203.0.113.0/24"}}), 3)
    0.0
    >>> round(det.score_one({**x, "action": "delete"}), 3)
    0.8
    >>> round(det.score_one({**x, "arguments": (("format", "csv"),)}), 3)
    0.8
    """

    name = "value_rarity"

    def __init__(
        self,
        capacity: int | None = 64,
        familiar_at: int = 3,
        confidence_half: float = 10.0,
        width: int = 4096,
        depth: int = 3,
        seed: int = 0,
    ) -> None:
        self.capacity = capacity
        self.familiar_at = familiar_at
        self.confidence_half = confidence_half
        self.width = width
        self.depth = depth
        self.seed = seed
        self._counts: RecentCounts | CountMinSketch = (
            RecentCounts(capacity) if capacity is not None else CountMinSketch(width, depth)
        )
        self._field_totals: dict[str, int] = {}

    @property
    def n(self) -> int:
        return self._field_totals.get("action", 0)

    def seen(self, key: int) -> bool:
        """Whether the value with this key was learned (and is still remembered)."""
        counts = self._counts
        if isinstance(counts, RecentCounts):
            return counts.counts.get(key, 0) > 0  # the Judge asks for every value: no detour
        return counts.get(key) > 0

    def unseen(self, values: tuple[tuple[str, str, int], ...]) -> tuple[tuple[str, str, int], ...]:
        """The observed ``(field, value, key)`` whose value is not :meth:`seen`, in order."""
        counts = self._counts
        if isinstance(counts, RecentCounts):
            get = counts.counts.get
            return tuple([v for v in values if get(v[2], 0) <= 0])
        return tuple([v for v in values if counts.get(v[2]) <= 0])

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        totals = self._field_totals
        values = observed(x)
        self._counts.add_all(map(_KEY, values))
        for field, _, _ in values:
            if field in _TOTALLED:
                totals[field] = totals.get(field, 0) + 1

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        values = observed(x)
        counts = self._counts
        # Every value's count at once, in C where the counts are exact (the dict's own get:
        # ``None`` for an unseen value). Usually every value is familiar: nothing to explain.
        get = counts.counts.get if isinstance(counts, RecentCounts) else counts.get
        seen = list(map(get, map(_KEY, values)))
        need = self.familiar_at
        # None not in seen: every count is an int (the cast is for the type checker).
        if None not in seen and min(cast("list[int]", seen)) >= need:
            return {}
        found: Explanation = {}
        half = self.confidence_half
        totals = self._field_totals
        decisions = totals.get("action", 0)
        action_seen = seen[0] or 0
        for (field, value, _), count in zip(values, seen, strict=True):
            # Every earlier decision without a destination is evidence that sending anywhere
            # is unusual; every earlier call of the same action is evidence about its
            # arguments; context fields count only where the source reported them.
            if field in _PER_DECISION:
                n = decisions
            elif field in _TOTALLED:
                n = totals.get(field, 0)
            else:
                n = action_seen
            if n == 0:
                continue
            count = count or 0
            if count >= need:
                continue  # familiar: scores 0
            score = n / (n + half) * (1.0 - count / need)  # confidence(n, half) * rarity
            if score > 0.0 and score > found.get(field, (0.0, ""))[0]:
                found[field] = (score, f"{field} {value!r} seen {count} time(s) in {n}")
        return found

    def state_dict(self) -> dict[str, Any]:
        counts = self._counts
        flat: list[int] | dict[str, Any]
        if isinstance(counts, RecentCounts):
            flat = counts.to_list()
            # Rebuilt from its own items, the same counts in the same order: moving every
            # value seen to the end leaves the dict's table up to three times as large as its
            # entries need (docs/performance.md, "Memory per agent"), and states
            # are written after learning, so agents at rest keep the smaller table.
            counts.counts = dict(zip(flat[1::2], flat[2::2], strict=True))
        else:
            flat = counts.to_dict()
        return {"totals": self._field_totals, "counts": flat}

    def load_state_dict(self, state: dict[str, Any]) -> ValueRarity:
        self._field_totals = {str(k): int(v) for k, v in state["totals"].items()}
        self._counts.load(state["counts"])
        return self
