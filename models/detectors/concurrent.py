"""Concurrent use: one identity working from two networks at once."""

from __future__ import annotations

from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import DecisionFeatures
from missionguard.models.sketch import key_of

__all__ = ["ConcurrentUse"]

_MASK = 0xFFFFFF


class ConcurrentUse(Detector):
    """Flags an agent whose calls alternate between networks within a short time.

    A fleet moving an agent to a new network switches once; a stolen credential replayed from
    elsewhere while the agent keeps working makes the calls alternate (A, B, A, ...). Reads
    ``x["context"]["network"]`` (the ``/16`` or ``/48`` of the source address) and counts the
    switches between networks within ``horizon_s``; from ``switches_at`` switches on the score
    is ``base_score`` plus ``step_score`` per further switch.

    The first alternation (there and back within ``horizon_s``) is already conclusive: no
    move of the agent explains it, only a second holder of the credential does (the finding
    AWS GuardDuty rates high for instance credentials used from outside their home network).
    So ``base_score`` is one that suspends on its own; further switches only confirm it.

    A short-term memory (``is_memory``), per agent: the last network and the times of at most
    ``max_switches`` recent switches.

    Parameters
    ----------
    horizon_s
        How long a switch is remembered.
    switches_at
        Switches within the horizon from which the finding starts (2: there and back).
    max_switches
        Switch times kept.
    base_score, step_score
        Score at ``switches_at`` switches, and its increase per further switch (capped at 1).
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = ConcurrentUse(seed=8)
    >>> def x(t, net):
    ...     return {"t": t, "context": {"network": net}}
    >>> det.score_one(x(0.0, "10.1.0.0/16"))
    0.0
    >>> det.learn_one(x(0.0, "10.1.0.0/16"))
    >>> det.score_one(x(5.0, "185.220.0.0/16"))  # one move is not concurrent use
    0.0
    >>> det.learn_one(x(5.0, "185.220.0.0/16"))
    >>> det.score_one(x(9.0, "10.1.0.0/16"))
    0.9
    """

    name = "concurrent_use"
    is_memory = True

    def __init__(
        self,
        horizon_s: float = 600.0,
        switches_at: int = 2,
        max_switches: int = 8,
        base_score: float = 0.9,
        step_score: float = 0.15,
        seed: int = 0,
    ) -> None:
        self.horizon_s = horizon_s
        self.switches_at = switches_at
        self.max_switches = max_switches
        self.base_score = base_score
        self.step_score = step_score
        self.seed = seed
        self._last = [0, 0.0]  # [network key, time], key 0 = none yet
        self._switches: list[float] = []

    def _switch(self, x: DecisionFeatures) -> tuple[int, bool]:
        network = x["context"].get("network")
        if network is None:
            return 0, False
        key = key_of(network) & _MASK or 1
        last, last_t = self._last
        return key, bool(last) and key != last and x["t"] - last_t <= self.horizon_s

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        key, switched = self._switch(x)
        if not key:
            return
        t = x["t"]
        if self._switches:  # usually empty: one network
            self._switches = [s for s in self._switches if t - s <= self.horizon_s]
        if switched:
            self._switches.append(t)
            del self._switches[: -self.max_switches]
        self._last = [key, t]

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        _, switched = self._switch(x)
        if not switched:
            return {}
        t = x["t"]
        count = 1 + sum(1 for s in self._switches if t - s <= self.horizon_s)
        if count < self.switches_at:
            return {}
        score = min(1.0, self.base_score + self.step_score * (count - self.switches_at))
        return {
            "network_switch": (
                score,
                f"calls alternate between networks ({count} switches within "
                f"{self.horizon_s:.0f}s, now from {x['context']['network']!r}): one identity "
                f"used from two places at once",
            )
        }

    def state_dict(self) -> dict[str, Any]:
        return {"last": self._last, "switches": self._switches}

    def load_state_dict(self, state: dict[str, Any]) -> ConcurrentUse:
        self._last = [int(state["last"][0]), float(state["last"][1])]
        self._switches = [float(s) for s in state["switches"]]
        return self
