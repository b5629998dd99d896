"""Velocity and fan-out: request rate, bursts and distinct resources against the baseline."""

from __future__ import annotations

import math
from typing import Any

from missionguard.models.detectors.base import Detector, Explanation, confidence
from missionguard.models.features import DecisionFeatures

__all__ = ["Velocity"]

# Current-window figure -> figure of closed windows it is compared with.
_FEATURES = {"rate": "count", "distinct": "distinct", "burst": "burst", "sessions": "sessions"}
# A baseline restored from a state written before ``sessions`` existed learns it from the
# next closed minute on (``learn_one``); until then the figure is not scored.
_WORDS = {
    "rate": "requests in the last minute",
    "distinct": "distinct resources this minute",
    "burst": "requests within one second",
    "sessions": "sessions this minute",
}


class Velocity(Detector):
    """Flags an agent working much faster or much wider than its baseline.

    Reads the agent's activity figures that the Judge puts into ``x["window"]`` (``rate``:
    sliding requests per minute; ``distinct``: distinct resources this minute; ``burst``: most
    requests within one second; ``sessions``: distinct sessions this minute, where the
    records name sessions: an agent that fans out into many parallel sessions, each doing a
    little, is wide in sessions, not fast in any one) and learns exponentially weighted means
    and variances of ``log(1 + figure)`` over closed minutes (``x["closed_window"]``; the
    same update as ``river.stats.EWMean`` / ``EWVar``, kept as two floats per figure so it
    fits per-agent state). Counts are compared on a log scale because activity is
    multiplicative: a bulk job is ten times busier, not ten requests busier. A figure scores
    when it exceeds the usual level by ``min_excess`` requests and by ``z_low`` spreads
    (spread = max(std, ``min_spread``) in log units), rising to 1 at ``z_high`` spreads.
    The Judge keeps one instance per agent and one per cohort (learning every agent's minutes).

    Parameters
    ----------
    alpha
        Weight of the newest minute in the running mean and variance.
    z_low, z_high
        Spreads above the mean where the score starts and saturates.
    min_spread
        Floor of the spread in log units (0.3 is about +35 %).
    min_excess
        Absolute excess over the mean below which nothing scores.
    confidence_half
        Closed minutes at which the baseline is trusted half-way.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = Velocity(seed=9)
    >>> now = {"window": {"rate": 120.0, "distinct": 60.0, "burst": 20.0}}
    >>> det.score_one(now)
    0.0
    >>> for _ in range(20):
    ...     det.learn_one({"closed_window": {"count": 6.0, "distinct": 3.0, "burst": 1.0}})
    >>> round(det.score_one(now), 3)
    0.833
    >>> det.score_one({"window": {"rate": 7.0, "distinct": 3.0, "burst": 2.0}})
    0.0
    >>> for _ in range(20):  # one session a minute, then twenty at once
    ...     det.learn_one({"closed_window": {"count": 6.0, "distinct": 3.0, "burst": 1.0,
    ...                                      "sessions": 1.0}})
    >>> sorted(det.explain_one({"window": {"rate": 9.0, "distinct": 6.0, "burst": 2.0,
    ...                                    "sessions": 9.0}}))
    ['sessions']
    """

    name = "velocity"

    def __init__(
        self,
        alpha: float = 0.1,
        z_low: float = 3.0,
        z_high: float = 8.0,
        min_spread: float = 0.3,
        min_excess: float = 5.0,
        confidence_half: float = 4.0,
        seed: int = 0,
    ) -> None:
        self.alpha = alpha
        self.z_low = z_low
        self.z_high = z_high
        self.min_spread = min_spread
        self.min_excess = min_excess
        self.confidence_half = confidence_half
        self.seed = seed
        self.n = 0
        self._stats: dict[str, list[float]] = {}  # figure -> [mean, variance]
        self._floor = 0.0  # smallest level that can score (derived, not stored)

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        closed = x.get("closed_window")
        if not closed:
            return
        self.n += 1
        a = self.alpha
        for figure in _FEATURES.values():
            value = math.log1p(closed.get(figure, 0.0))
            stat = self._stats.get(figure)
            if stat is None:
                self._stats[figure] = [value, 0.0]
                continue
            mean, var = stat
            diff = value - mean
            stat[0] = round(mean + a * diff, 4)
            stat[1] = round((1 - a) * (var + a * diff * diff), 4)
        self._update_floor()

    def _update_floor(self) -> None:
        # Below usual + min_excess on every figure nothing can score: a cheap early exit.
        usual = min(math.expm1(m) for m, _ in self._stats.values()) if self._stats else 0.0
        self._floor = usual + self.min_excess

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        window = x.get("window")
        if not window or not self.n:
            return {}
        sessions = window.get("sessions", 0.0)
        busiest = max(window["rate"], window["distinct"], window["burst"], sessions)
        if busiest < self._floor:
            return {}
        sure = confidence(self.n, self.confidence_half)
        found: Explanation = {}
        stats, min_excess = self._stats, self.min_excess
        for feature, figure in _FEATURES.items():
            if figure not in stats:
                continue  # a baseline restored from before the figure existed: not yet learned
            value = window.get(feature, 0.0)
            mean, var = stats[figure]
            usual = math.expm1(mean)
            if value - usual < min_excess:
                continue
            std = math.sqrt(var)
            z = (math.log1p(value) - mean) / max(std, self.min_spread)
            score = sure * min(1.0, max(0.0, (z - self.z_low) / (self.z_high - self.z_low)))
            if score > 0.0:
                found[feature] = (
                    score,
                    f"{value:g} {_WORDS[feature]} against a usual {usual:.1f} "
                    f"(x{math.exp(std):.2f} spread, {self.n} minutes of baseline)",
                )
        return found

    def state_dict(self) -> dict[str, Any]:
        return {"n": self.n, "stats": self._stats}

    def load_state_dict(self, state: dict[str, Any]) -> Velocity:
        self.n = int(state["n"])
        self._stats = {str(k): [float(v[0]), float(v[1])] for k, v in state["stats"].items()}
        self._update_floor()
        return self
