"""Judgement: plain, synchronous, deterministic Python that decides whether an agent stays
on its mission. Works offline (replay, notebooks) exactly as inside the Faust worker.

Entry point: :class:`models.judge.Judge` (``on_mission`` / ``on_decision`` -> ``Verdict``),
configured by :class:`models.config.DetectionConfig` (``config/detection.yaml``); behavioural
detectors live in :mod:`models.detectors` (see ``docs/detectors.md``).
"""

from __future__ import annotations

__all__ = ["AgentState", "DetectionConfig", "Judge", "Verdict"]

from missionguard.models.config import DetectionConfig
from missionguard.models.judge import Judge, Verdict
from missionguard.models.state import AgentState
