"""Acknowledgements: what each enforcement point did with each control command, and when.

Enforcement points publish one :class:`CommandAck` per command they admitted (``applied``)
or refused (``rejected``, with the reason) to the acks topic, keyed by agent id. Together
with the decision's time they give the full path's latency (see :mod:`.latency`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from missionguard.pipeline.records.canonical import UtcTime

__all__ = ["CommandAck"]


class CommandAck(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["ack"] = "ack"
    point_id: str
    outcome: Literal["applied", "rejected"]
    # When the point applied (or refused) it, on the point's clock.
    applied_at: UtcTime
    command_id: str | None = None
    agent_id: str | None = None
    action: str | None = None
    reason: str | None = None
    trigger_event_id: str | None = None
    # When the signer signed the command (its mg-issued-at header).
    issued_at: UtcTime | None = None
    kid: str | None = None
    # True while the point rebuilds its state from the topic after a start.
    catch_up: bool = False
