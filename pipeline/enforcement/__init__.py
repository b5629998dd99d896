"""Enforcement points: consume revocation commands from the control topic, keep the revoked
agents and credentials, and answer "may agent X with credential C act now?" through a
Python API (:mod:`.sdk`) and HTTP (:mod:`.http`). Applying a command is idempotent."""

from __future__ import annotations

__all__ = ["AccessCheck", "EnforcementPoint", "EnforcementState", "MissionGuardClient"]

from missionguard.pipeline.enforcement.point import EnforcementPoint
from missionguard.pipeline.enforcement.sdk import MissionGuardClient
from missionguard.pipeline.enforcement.state import AccessCheck, EnforcementState
