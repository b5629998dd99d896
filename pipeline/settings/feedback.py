"""Settings of analyst feedback (``Settings.feedback``, ``MISSIONGUARD_FEEDBACK__MAX_AGE_S``).

Every field has a default, so feedback works out of the box with the control dev key."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["FeedbackSettings"]


class FeedbackSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # A feedback record produced more than this after it was signed (its Kafka timestamp
    # against its mg-issued-at) is refused as too_old: a captured record republished later.
    max_age_s: float = Field(default=900.0, gt=0)
    # `missionguard feedback` sets expires_at this far ahead; workers refuse it afterwards.
    valid_for_s: float = Field(default=3600.0, gt=0)
    # Each false positive multiplies its cohort's weight of the detectors involved by this,
    # never below weight_floor.
    weight_step: float = Field(default=0.8, gt=0, le=1)
    weight_floor: float = Field(default=0.3, gt=0, le=1)
    # Bounds (oldest out first): suppressed/confirmed patterns, recent alerts remembered for
    # feedback without a pattern, feedback ids remembered against replays.
    max_patterns: int = Field(default=4096, ge=1)
    remember_alerts: int = Field(default=10_000, ge=1)
    seen_ids: int = Field(default=100_000, ge=16)
    # Every worker also reads all partitions of the feedback topic (no consumer group) for
    # the cohort-level effects, so suppressions reach workers that do not own the agent.
    follow_all_partitions: bool = True
