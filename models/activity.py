"""Activity windows: what one agent did in the current minute, in a few integers.

The Judge updates an agent's :class:`ActivityWindow` before scoring, and puts its figures into
the feature dict (``x["window"]``; ``x["closed_window"]`` when a minute just ended), where
:class:`~models.detectors.velocity.Velocity` reads them. Distinct resources, and distinct
sessions (an agent fanning out into many parallel sessions), are counted with 128-bit
linear-counting bitmaps (one integer each), exact enough for the tens that matter.
"""

from __future__ import annotations

import math
from typing import Any

from missionguard.models.sketch import key_of

__all__ = ["ActivityWindow"]

_BITS = 128


def _distinct(bitmap: int) -> float:
    empty = _BITS - bitmap.bit_count()
    if empty == 0:
        return float(_BITS * 2)  # saturated: "very many"
    return -_BITS * math.log(empty / _BITS)


# The estimate depends only on how many bits are set: the rounded figure for each count,
# computed once (figures() runs on every decision).
_DISTINCT = [round(_distinct((1 << bits) - 1), 1) for bits in range(_BITS + 1)]


class ActivityWindow:
    """Tumbling window of ``width_s`` seconds with a one-second burst counter.

    >>> w = ActivityWindow()
    >>> for i in range(5):
    ...     closed = w.add(100.0 + i * 0.1, f"r{i}", denied=i == 4, session=f"s{i % 2}")
    >>> w.figures()
    {'distinct': 5.1, 'burst': 5.0, 'denies': 1.0, 'sessions': 2.0}
    >>> w.add(170.0, "r0", denied=False)
    {'distinct': 5.1, 'burst': 5.0, 'denies': 1.0, 'sessions': 2.0, 'count': 5.0}
    """

    # A plain class, not a pydantic model: it changes on every decision, and pydantic's
    # attribute assignment costs more than the arithmetic.
    __slots__ = ("width_s", "start", "count", "denies", "resources", "second", "in_second",
                 "max_burst", "sessions")  # fmt: skip

    def __init__(self, width_s: float = 60.0) -> None:
        self.width_s = width_s
        self.start = self.second = 0.0
        self.count = self.denies = self.resources = self.in_second = self.max_burst = 0
        self.sessions = 0

    def state_dict(self) -> list[Any]:
        state = [self.start, self.count, self.denies, self.resources, self.second,
                 self.in_second, self.max_burst]  # fmt: skip
        if self.sessions:  # records with no session ids (most raw logs) keep none
            state.append(self.sessions)
        return state

    def load_state_dict(self, state: list[Any]) -> ActivityWindow:
        (self.start, self.count, self.denies, self.resources, self.second, self.in_second,
         self.max_burst) = state[:7]  # fmt: skip
        self.sessions = state[7] if len(state) > 7 else 0  # states written before sessions
        return self

    def add(
        self, t: float, resource: str, denied: bool, session: str | None = None
    ) -> dict[str, float] | None:
        """Count one event (of ``session``, if the record names one); return the figures of
        the window it closed, if it closed one."""
        closed = None
        if self.count and t - self.start >= self.width_s:
            closed = {**self.figures(), "count": float(self.count)}
            self.count = self.denies = self.resources = self.max_burst = self.sessions = 0
        if self.count == 0:
            self.start = t
        if t - self.second >= 1.0:
            self.second, self.in_second = t, 0
        self.in_second += 1
        self.count += 1
        self.denies += denied
        self.resources |= 1 << (key_of(resource) % _BITS)
        if session is not None:
            self.sessions |= 1 << (key_of(session) % _BITS)
        if self.in_second > self.max_burst:
            self.max_burst = self.in_second
        return closed

    def figures(self) -> dict[str, float]:
        return {
            "distinct": _DISTINCT[self.resources.bit_count()],
            "burst": float(self.max_burst),
            "denies": float(self.denies),
            "sessions": _DISTINCT[self.sessions.bit_count()],
        }
