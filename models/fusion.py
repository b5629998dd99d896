"""Risk fusion: from detector findings to an event score, accumulated risk and a response.

* :func:`blend` merges an agent-level and a cohort-level explanation of one detector. With
  ``w`` the agent's maturity (``n / (n + warmup)``) a feature's score is
  ``cohort ** (1 - w/2) * agent ** (w/2)``: a new agent is judged by its cohort alone; a
  mature one by the geometric mean, so "new to this agent but common in its cohort" is low
  and "new to both" is high.
* :func:`fuse` combines detector scores by noisy-or of weighted scores; the novelty
  detectors (rarity, sequence) count once, by their maximum, and are damped when grounding
  says the event's arguments are explained by the mission.
* :func:`severity` and :func:`ladder_step` map the event score and the accumulated risk
  onto a cohort's :class:`~models.config.Ladder`.
"""

from __future__ import annotations

import math

from missionguard.models.config import STEPS, DetectionConfig, Ladder
from missionguard.models.detectors import Explanation
from missionguard.pipeline.records import Severity

__all__ = [
    "NOVELTY",
    "blend",
    "decay",
    "detector_scores",
    "fuse",
    "ladder_step",
    "risk_increment",
    "severity",
]

NOVELTY = frozenset({"value_rarity", "sequence_surprise"})


# Rarity of how a call was made and of its arguments is not novelty the mission can ground:
# a never-seen network or argument value counts on its own (fusion: ``value_rarity.<group>``).
_RARITY_GROUPS = {
    "network": "value_rarity.context",
    "user_agent": "value_rarity.context",
    "auth_method": "value_rarity.context",
    "tool": "value_rarity.context",
}


def detector_scores(explained: dict[str, dict[str, tuple[float, str]]]) -> dict[str, float]:
    """Per-detector score: the maximum over its features, with ``value_rarity`` split into
    novelty (action, kind, destination), ``.context`` and ``.arguments``.

    >>> detector_scores({"value_rarity": {"network": (0.9, ""), "action": (0.2, "")}})
    {'value_rarity.context': 0.9, 'value_rarity': 0.2}
    """
    scores: dict[str, float] = {}
    for name, found in explained.items():
        for feature, (score, _) in found.items():
            key = name
            if name == "value_rarity" and feature not in _NOVEL_FEATURES:
                key = _RARITY_GROUPS.get(feature, "value_rarity.arguments")
            if score > scores.get(key, 0.0):
                scores[key] = score
    return scores


_NOVEL_FEATURES = frozenset({"action", "resource_kind", "destination"})


def blend(agent: Explanation, cohort: Explanation, w: float, cohort_name: str) -> Explanation:
    """Per-feature two-level score with a reason naming both baselines.

    >>> a = {"action": (1.0, "action 'x' seen 0 time(s) in 80")}
    >>> c = {"action": (0.04, "action 'x' seen 40 time(s) in 9000")}
    >>> {k: round(v[0], 2) for k, v in blend(a, c, 0.6, "ops").items()}
    {'action': 0.11}
    >>> blend(a, {}, 0.6, "ops")  # common for the cohort: nothing to report
    {}
    """
    if not cohort:
        return {}  # nothing is unusual for the cohort: the product is zero
    found: Explanation = {}
    for feature in agent.keys() | cohort.keys():
        s_agent, why_agent = agent.get(feature, (0.0, ""))
        s_cohort, why_cohort = cohort.get(feature, (0.0, ""))
        score = s_cohort ** (1.0 - w / 2) * s_agent ** (w / 2)
        if score <= 0.0:
            continue
        agent_part = f"for this agent: {why_agent}" if why_agent else "new agent"
        found[feature] = (score, f"{agent_part}; in cohort {cohort_name!r}: {why_cohort}")
    return dict(sorted(found.items()))


def fuse(scores: dict[str, float], config: DetectionConfig, grounded: bool) -> float:
    """Event score in ``[0, 1]`` from per-detector scores.

    >>> cfg = DetectionConfig()
    >>> round(fuse({"value_rarity": 1.0, "sequence_surprise": 0.8}, cfg, grounded=True), 2)
    0.2
    >>> round(fuse({"mission_grounding": 0.8, "value_rarity": 1.0}, cfg, grounded=False), 2)
    0.9
    """
    novelty = 0.0
    keep = 1.0
    for name, score in scores.items():
        weighted = min(1.0, config.weight(name) * score)  # "value_rarity.context" has its own
        if name in NOVELTY:
            novelty = max(novelty, weighted)
        else:
            keep *= 1.0 - weighted
    if grounded:
        novelty *= config.grounded_novelty_factor
    return 1.0 - keep * (1.0 - novelty)


def risk_increment(score: float, config: DetectionConfig) -> float:
    """What one event adds to the agent's risk: nothing up to ``risk_floor``, then growing
    like odds, ``(score - floor) / (1 - score + risk_softness)``, so one conclusive event
    (0.95) weighs as much as several ambiguous ones (0.6).

    >>> cfg = DetectionConfig()
    >>> [round(risk_increment(s, cfg), 2) for s in (0.2, 0.5, 0.8, 0.95)]
    [0.0, 0.27, 1.11, 2.17]
    """
    if score <= config.risk_floor:
        return 0.0
    return (score - config.risk_floor) / (1.0 - score + config.risk_softness)


def decay(risk: float, elapsed_s: float, half_life_s: float) -> float:
    return risk * math.pow(0.5, max(0.0, elapsed_s) / half_life_s) if risk else 0.0


def severity(score: float, ladder: Ladder) -> Severity | None:
    if score >= ladder.alert_high:
        return "high"
    if score >= ladder.alert_medium:
        return "medium"
    if score >= ladder.alert_low:
        return "low"
    return None


def ladder_step(risk: float, ladder: Ladder) -> int:
    """0 below ``step_up``, else 1 + index of the highest step in :data:`STEPS` reached."""
    if risk < ladder.step_up:
        return 0  # the usual case; a Ladder's steps increase (validated)
    reached = 0
    for i, step in enumerate(STEPS, start=1):
        if risk >= getattr(ladder, step):
            reached = i
    return reached
