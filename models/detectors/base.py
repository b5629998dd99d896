"""What every MissionGuard detector is: a River anomaly detector that can also say *why*.

The contract (River's, plus two verbs):

* ``learn_one(x)`` updates the model; ``score_one(x)`` returns a score in ``[0, 1]``, higher
  is more anomalous, never mutates the model or ``x``, and is ``0.0`` before any learning;
* ``explain_one(x)`` returns ``{feature: (score, reason)}`` for the features that scored above
  zero; ``score_one`` is its maximum. Reasons name the feature, the observed value and the
  baseline it was compared with, so an alert explains itself;
* ``state_dict()`` / ``load_state_dict(d)`` give a compact JSON-able form of the learned state
  (hyperparameters are not in it: they come from the constructor), used by per-agent state
  and by the cohort export of the Judge;
* hyperparameters are constructor arguments stored under attributes of the same name, with
  immutable defaults, and ``seed`` is explicit even where nothing is random, so ``clone()``
  and pickling just work.
"""

from __future__ import annotations

import abc
from typing import Any, ClassVar

from river import base

from missionguard.models.features import DecisionFeatures

__all__ = ["Detector", "Explanation", "StatelessDetector", "confidence"]

Explanation = dict[str, tuple[float, str]]


class Detector(base.AnomalyDetector):
    """Base class; subclasses implement ``learn_one``, ``explain_one`` and the state pair."""

    #: The name findings carry (``DetectorFinding.name``) and the config refers to.
    name: ClassVar[str] = "detector"
    #: Whether the Judge may let this detector learn from an event that it flagged itself
    #: (only when nothing else about the event looked wrong). See ``DelegationScope``.
    learns_despite_own_flag: ClassVar[bool] = False
    #: Whether the state is a short-term memory of events rather than a model of normal;
    #: memories are updated even from risky events (a probe must be remembered).
    is_memory: ClassVar[bool] = False

    # River's learn_one / score_one take any ``dict[Hashable, Any]``; ours take the decision
    # features only (a narrower argument, see DecisionFeatures): overridden on purpose.
    @abc.abstractmethod
    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        """Update the model with one decision's features."""

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        raise NotImplementedError

    def score_one(self, x: DecisionFeatures) -> float:  # type: ignore[override]  # narrower x than River's
        found = self.explain_one(x)
        return max((score for score, _ in found.values()), default=0.0)

    def state_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def load_state_dict(self, state: dict[str, Any]) -> Detector:
        raise NotImplementedError

    @classmethod
    def from_state(cls, state: dict[str, Any], **params: Any) -> Detector:
        return cls(**params).load_state_dict(state)


class StatelessDetector(Detector):
    """A detector whose model is the mission or a fixed rule set: it learns nothing, so its
    state is empty and every instance scores alike."""

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        return None

    def state_dict(self) -> dict[str, Any]:
        return {}  # nothing is learned

    def load_state_dict(self, state: dict[str, Any]) -> StatelessDetector:
        return self


def confidence(n: float, half: float) -> float:
    """How much ``n`` observations can be trusted: 0 at none, 1/2 at ``half``, -> 1."""
    return n / (n + half) if n > 0 else 0.0
