"""The feedback follower: every worker reads every partition of the feedback topic (no
consumer group, from the beginning) and applies the cohort-level effects of analyst
feedback (suppressed patterns, detector weights) to its judge. The agent-level effects
(reinstate, state) and the audit entry come from the judging agent that owns the agent's
partition; the book applies each ``feedback_id`` once, whichever path sees it first."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from missionguard.pipeline.judging.feedback import FeedbackFollower, gate_from_settings, produced_at
from missionguard.pipeline.kafka.security import client_kwargs
from missionguard.pipeline.runtime.types import WorkerT

__all__ = ["register_feedback_follower"]

log = logging.getLogger(__name__)


def register_feedback_follower(mg: WorkerT) -> FeedbackFollower:
    follower = FeedbackFollower(mg.judge.feedback, gate_from_settings(mg.settings))
    if not mg.settings.feedback.follow_all_partitions:
        return follower

    @mg.app.task
    async def follow_feedback() -> None:
        from aiokafka import AIOKafkaConsumer

        # Subscribed without a group: aiokafka assigns this consumer every partition of the
        # topic (also partitions and a topic created after the worker starts) and, with no
        # committed offsets, reads each from the beginning.
        consumer = AIOKafkaConsumer(
            mg.settings.topics.feedback_topic,
            **client_kwargs(mg.settings.kafka),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=500)
                for records in batches.values():
                    for r in records:
                        at = produced_at(r.timestamp / 1000, datetime.now(UTC))
                        follower.handle(r.key, r.value, r.headers, at)
        except asyncio.CancelledError:
            raise
        except Exception:  # a follower failure must not take the judging worker down
            log.exception("feedback follower stopped")
        finally:
            await consumer.stop()

    return follower
