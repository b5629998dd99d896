"""Judgement: plain, synchronous, deterministic Python that decides whether an agent stays
on its mission. Works offline (replay, notebooks) exactly as inside the Faust worker.

Entry point: :class:`models.judge.Judge` (``on_mission`` / ``on_decision`` -> ``Verdict``).
"""

from __future__ import annotations

__all__ = ["Judge", "Verdict", "AgentState"]

from .judge import Judge, Verdict
from .state import AgentState
