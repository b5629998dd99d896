"""Write analyst feedback (``missionguard feedback ...``) and read the audit trail
(``missionguard audit``). The only I/O of this package besides the worker's topics.

A ``false_positive`` or ``confirmed`` verdict names an alert; the CLI looks the alert up on
the alerts topic and puts its pattern, cohort and triggering event into the feedback, so
that every worker can apply it (not only the one that raised the alert and remembers it).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from missionguard.models.feedback import pattern_of
from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.feedback.exceptions import AlertNotFound
from missionguard.pipeline.kafka.security import KafkaTarget, client_kwargs
from missionguard.pipeline.records import Alert, dump_json
from missionguard.pipeline.records.feedback import AnalystFeedback, AuditEntry, FeedbackVerdict

if TYPE_CHECKING:
    from missionguard.pipeline.settings import Settings

__all__ = ["build_feedback", "find_alert", "publish_feedback", "read_audit", "submit_feedback"]


def build_feedback(
    verdict: FeedbackVerdict,
    agent_id: str,
    analyst: str,
    reason: str,
    *,
    alert_id: str | None = None,
    alert: Alert | None = None,
    valid_for_s: float = 3600.0,
    default_cohort: str = "default",
    now: datetime | None = None,
) -> AnalystFeedback:
    """A feedback record; with the ``alert`` itself, its pattern travels along."""
    now = now or datetime.now(UTC)
    pattern = pattern_of(alert, default_cohort) if alert is not None else None
    return AnalystFeedback(
        feedback_id=f"fb-{uuid.uuid4().hex}",
        time=now,
        analyst=analyst,
        reason=reason,
        verdict=verdict,
        agent_id=agent_id,
        alert_id=alert_id or (alert.alert_id if alert else None),
        pattern=pattern.to_record() if pattern else None,
        cohort=pattern.cohort if pattern else None,
        trigger_event_id=alert.trigger_event_id if alert else None,
        expires_at=now + timedelta(seconds=valid_for_s),
    )


async def _scan(
    bootstrap: KafkaTarget, topic: str, found: Callable[[bytes], bool] | None = None
) -> list[bytes]:
    """The values of ``topic`` from the beginning to its current end, or up to the first for
    which ``found`` says yes."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    values: list[bytes] = []
    # Subscribed (group-less, from the earliest offset): the topic's metadata comes with it.
    consumer = AIOKafkaConsumer(
        topic, **client_kwargs(bootstrap), group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        parts = [
            TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        if not parts:
            return values
        starts = await consumer.beginning_offsets(parts)
        ends = await consumer.end_offsets(parts)
        pending = {tp for tp in parts if ends[tp] > starts[tp]}
        while pending:
            batches = await consumer.getmany(timeout_ms=1000)
            for tp, records in batches.items():
                for r in records:
                    values.append(r.value)
                    if found is not None and found(r.value):
                        return values
                    if r.offset + 1 >= ends[tp]:
                        pending.discard(tp)
    finally:
        await _stop(consumer)
    return values


async def _stop(consumer: object) -> None:
    # aiokafka's group-less coordinator starts a task on assign(); stopping before that task
    # first ran raises its CancelledError out of stop(). Let it start, and only let a
    # cancellation of our own task through.
    await asyncio.sleep(0)
    try:
        await consumer.stop()  # type: ignore[attr-defined]
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            raise


def _alert_matcher(alert_id: str) -> Callable[[bytes], bool]:
    needle = alert_id.encode()

    def match(value: bytes) -> bool:
        if needle not in value:
            return False
        try:
            return Alert.model_validate_json(value).alert_id == alert_id
        except ValueError:
            return False

    return match


async def find_alert(bootstrap: KafkaTarget, alerts_topic: str, alert_id: str) -> Alert | None:
    """The alert with ``alert_id`` on the alerts topic (read to its current end), if any."""
    match = _alert_matcher(alert_id)
    values = await _scan(bootstrap, alerts_topic, match)
    if values and match(values[-1]):
        return Alert.model_validate_json(values[-1])
    return None


async def publish_feedback(
    bootstrap: KafkaTarget, topic: str, signer: CommandSigner, feedback: AnalystFeedback
) -> None:
    """Publish one signed feedback record, keyed by its agent id."""
    from aiokafka import AIOKafkaProducer

    key, value = feedback.agent_id.encode(), dump_json(feedback)
    producer = AIOKafkaProducer(**client_kwargs(bootstrap), acks="all", enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key, headers=signer.headers(key, value))
    finally:
        await producer.stop()


async def submit_feedback(
    settings: Settings,
    verdict: FeedbackVerdict,
    agent_id: str,
    analyst: str,
    reason: str,
    *,
    alert_id: str | None = None,
    signer: CommandSigner | None = None,
    require_alert: bool = False,
) -> tuple[AnalystFeedback, Alert | None]:
    """What ``missionguard feedback`` does: look the alert up, sign, publish. Returns the
    record sent and the alert found (``None``: the owning worker recalls it, if it can).
    With ``require_alert``, an ``alert_id`` not on the alerts topic raises
    :class:`~.exceptions.AlertNotFound` and nothing is published (the CLI's default)."""
    from missionguard.pipeline.control.keys import load_signing_key

    signer = signer or CommandSigner(load_signing_key(settings.control))
    bootstrap = settings.kafka
    alert = None
    if alert_id is not None:
        alert = await find_alert(bootstrap, settings.topics.alerts_topic, alert_id)
        if alert is None and require_alert:
            raise AlertNotFound(f"alert {alert_id} not found on {settings.topics.alerts_topic}")
        if alert is not None and alert.agent_id != agent_id:
            raise ValueError(f"alert {alert_id} is about {alert.agent_id}, not {agent_id}")
    feedback = build_feedback(
        verdict,
        agent_id,
        analyst,
        reason,
        alert_id=alert_id,
        alert=alert,
        valid_for_s=settings.feedback.valid_for_s,
        default_cohort=settings.behaviour.default_cohort,
    )
    await publish_feedback(bootstrap, settings.topics.feedback_topic, signer, feedback)
    return feedback, alert


async def read_audit(settings: Settings, *, follow: bool = False) -> AsyncIterator[AuditEntry]:
    """Audit entries from the beginning; with ``follow``, keep waiting for new ones."""
    topic = settings.topics.audit_topic
    bootstrap = settings.kafka
    if not follow:
        for value in await _scan(bootstrap, topic):
            yield AuditEntry.model_validate_json(value)
        return
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic, **client_kwargs(bootstrap), group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        async for r in consumer:
            yield AuditEntry.model_validate_json(r.value)
    finally:
        await consumer.stop()
