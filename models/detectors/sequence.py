"""Sequence surprise: a smoothed first-order Markov model of which action follows which."""

from __future__ import annotations

from typing import Any

from missionguard.models.detectors.base import Detector, Explanation, confidence
from missionguard.models.features import DecisionFeatures
from missionguard.models.sketch import key_of

__all__ = ["SequenceSurprise"]

_MASK = 0xFFFFFF  # 24-bit action keys: collision-free enough for hundreds of actions, short JSON


class SequenceSurprise(Detector):
    """How unexpected is this action right after the previous one?

    Counts transitions ``previous action -> action`` (``x["prev_action"]`` -> ``x["action"]``).
    The score compares the transition's count ``c`` with the most common successor's count
    ``m`` of the same previous action: ``(1 - sqrt((c + alpha) / (m + alpha)))``, scaled by
    the confidence in that context (``n / (n + confidence_half)`` over its ``n`` transitions).
    A usual successor scores ~0, one never seen after a well-known action scores ~1; an
    unknown previous action is neutral (novelty of actions is ``ValueRarity``'s job). The
    Judge keeps one instance per agent (small capacity) and one per cohort (large), and
    blends them so a new agent is judged by its cohort.

    Parameters
    ----------
    alpha
        Additive smoothing of counts.
    confidence_half
        Transitions from a context at which the score is trusted half-way.
    max_contexts, max_successors
        Bounded memory: previous actions kept (least recently used dropped), successors kept
        per previous action (the rarest dropped).
    max_count
        A context's counts are halved when their sum passes this, so old habits fade.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = SequenceSurprise(seed=5)
    >>> det.score_one({"prev_action": "read", "action": "delete"})
    0.0
    >>> for _ in range(30):
    ...     det.learn_one({"prev_action": "list", "action": "read"})
    ...     det.learn_one({"prev_action": "read", "action": "list"})
    >>> round(det.score_one({"prev_action": "read", "action": "list"}), 3)
    0.0
    >>> round(det.score_one({"prev_action": "read", "action": "delete"}), 3)
    0.654
    >>> [len(row) for row in det.state_dict()["next"]]  # [context, successor, count]
    [3, 3]
    >>> SequenceSurprise().load_state_dict(det.state_dict()).state_dict() == det.state_dict()
    True
    """

    name = "sequence_surprise"

    def __init__(
        self,
        alpha: float = 0.5,
        confidence_half: float = 10.0,
        max_contexts: int = 24,
        max_successors: int = 8,
        max_count: int = 500,
        seed: int = 0,
    ) -> None:
        self.alpha = alpha
        self.confidence_half = confidence_half
        self.max_contexts = max_contexts
        self.max_successors = max_successors
        self.max_count = max_count
        self.seed = seed
        self.n = 0
        # Previous action's key -> ``[key, successor, count, successor, count, ...]``, the row
        # ``state_dict`` writes, so writing and reading state copy lists instead of building
        # dicts; successors stay in first-seen order, as a dict keeps them.
        self._next: dict[int, list[int]] = {}

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        prev = x.get("prev_action")
        if prev is None:
            return
        self.n += 1
        contexts = self._next
        ctx_key = key_of(prev) & _MASK
        row = contexts.pop(ctx_key, None) or [ctx_key]
        contexts[ctx_key] = row  # most recently used last
        if len(contexts) > self.max_contexts:
            del contexts[next(iter(contexts))]
        nxt = key_of(x["action"]) & _MASK
        successors = row[1::2]
        if nxt in successors:
            row[2 * successors.index(nxt) + 2] += 1
        else:
            row += (nxt, 1)
            successors.append(nxt)
        if len(successors) > self.max_successors:
            rarest = min((c, k) for k, c in zip(successors, row[2::2], strict=True) if k != nxt)[1]
            at = 2 * successors.index(rarest) + 1
            del row[at : at + 2]
        if sum(row[2::2]) > self.max_count:
            kept = [ctx_key]
            for k, c in zip(row[1::2], row[2::2], strict=True):
                if c >= 2:  # the rarest successors are forgotten, the others halved
                    kept += (k, c // 2)
            row[:] = kept

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        prev = x.get("prev_action")
        row = self._next.get(key_of(prev) & _MASK) if prev is not None else None
        if row is None or len(row) < 3:
            return {}
        action = x["action"]
        successors, counts = row[1::2], row[2::2]
        nxt = key_of(action) & _MASK
        count = counts[successors.index(nxt)] if nxt in successors else 0
        top = max(counts)
        if count == top:
            return {}  # the usual successor (or one of them): scores 0
        n = sum(counts)
        ratio = (count + self.alpha) / (top + self.alpha)
        score = confidence(n, self.confidence_half) * max(0.0, 1.0 - ratio**0.5)
        if score <= 0.0:
            return {}
        return {
            "transition": (
                score,
                f"{action!r} followed {prev!r} {count} time(s) in {n} transitions "
                f"(most common successor: {top} times)",
            )
        }

    def state_dict(self) -> dict[str, Any]:
        return {"n": self.n, "next": [row.copy() for row in self._next.values()]}

    def load_state_dict(self, state: dict[str, Any]) -> SequenceSurprise:
        self.n = int(state["n"])
        contexts: dict[int, list[int]] = {}
        for row in state["next"]:
            row = list(row)
            if not len(row) % 2:
                row.pop()  # an unpaired last item (never written) is ignored
            contexts[row[0]] = row
        self._next = contexts
        return self
