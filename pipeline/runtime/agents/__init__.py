"""Thin Faust agents. Each one decodes Kafka metadata into an ``Origin``, calls a pure stage
and publishes what the stage returns; no judgement lives here."""

from __future__ import annotations

__all__ = ["register_judging_agent", "register_normalizing_agent"]

from missionguard.pipeline.runtime.agents.judging import register_judging_agent
from missionguard.pipeline.runtime.agents.normalizing import register_normalizing_agent
