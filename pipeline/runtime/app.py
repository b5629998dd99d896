"""The Faust application: topics, the agent-state table, and the agents that glue them to
:class:`~pipeline.judging.stage.JudgingStage`.

Built by a factory (not at import time) so that configuration is read when a worker
starts, and tests can build apps with their own topics and broker.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Any

import faust

from missionguard.models.judge import Judge
from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import load_signing_key
from missionguard.pipeline.judging.feedback import FeedbackFollower, FeedbackIntake
from missionguard.pipeline.judging.partitions import snapshot_partition
from missionguard.pipeline.judging.routing import ROUTE_PREFIX, route_of
from missionguard.pipeline.judging.stage import JudgingStage, partition_for
from missionguard.pipeline.runtime.faust_internals import App, QuietMonitor, Table
from missionguard.pipeline.runtime.kafka_credentials import broker_credentials
from missionguard.pipeline.runtime.state_store import BulkRestoredStore
from missionguard.pipeline.settings import Settings

__all__ = ["MissionGuardApp", "create_app"]


class _BytesTable(Table):
    """A table of bytes whose changelog carries keys and values as they are, kept by a
    :class:`BulkRestoredStore`."""

    store_class = BulkRestoredStore

    def partition_for_key(self, key: str) -> int:
        # From the key (murmur2, which the judging stage enforces for its inputs), not from
        # the event being processed: state is written after a batch, outside any one event.
        # A partition's snapshot goes to that partition (pipeline/judging/partitions.py).
        snapshot_of = snapshot_partition(key)
        if snapshot_of is not None:
            return snapshot_of
        # An agent's route goes with its id's partition; a routed agent's state with its
        # route's (pipeline/judging/routing.py).
        if key.startswith(ROUTE_PREFIX):
            key = key[len(ROUTE_PREFIX) :]
        else:
            key = route_of(key)
        return partition_for(key.encode(), self.partitions or self.app.conf.topic_partitions)


@dataclass
class MissionGuardApp:
    """The Faust app with handles on what its agents use (for tests and the CLI)."""

    app: faust.App
    settings: Settings
    judge: Judge
    states: faust.Table[str, bytes]
    topics: dict[str, faust.TopicT]
    signer: CommandSigner | None = None
    stage: JudgingStage | None = None  # set by the judging agent
    feedback_intake: FeedbackIntake | None = None
    feedback_follower: FeedbackFollower | None = None

    async def publish(
        self,
        kind: str,
        key: bytes | None,
        value: bytes,
        *,
        partition: int | None = None,
        headers: Sequence[tuple[str, bytes]] | None = None,
    ) -> Awaitable[Any] | None:
        """Send one output record (to ``partition``, with ``headers``: a record re-published
        to its route, pipeline/judging/routing.py); functional tests replace this to capture
        outputs. Control commands go out signed (docs/control-protocol.md). Returns what to
        await for its delivery."""
        if kind == "control" and self.signer is not None:
            headers = self.signer.headers(key, value)
        topic = self.topics[kind]
        if partition is not None and self.app.producer.started:
            # A copy to its route: straight to the producer (what Faust's Topic.send ends
            # in), without the per-message bookkeeping of a Faust send.
            return await self.app.producer.send(
                topic.get_topic_name(), key, value, partition, None, list(headers or ())
            )
        return await topic.send(
            key=key, value=value, partition=partition, headers=list(headers) if headers else None
        )


def create_app(
    settings: Settings, *, judge: Judge | None = None, broker: str | None = None
) -> MissionGuardApp:
    """A configured app (agents registered, nothing started). ``broker`` overrides the
    Faust broker URL built from ``kafka.bootstrap_servers``; functional tests drive the
    agents with ``test_context()`` and never connect."""
    topics_cfg = settings.topics
    settings.worker.state_dir.mkdir(parents=True, exist_ok=True)
    web = settings.worker.web_port is not None
    app = App(
        settings.worker.app_id,
        broker=broker or f"kafka://{settings.kafka.bootstrap_servers}",
        broker_credentials=broker_credentials(settings.kafka),  # docs/kafka-security.md
        # In memory, rebuilt from the changelog topic on start (see state_store.py): state
        # survives a worker restart without RocksDB's native build and lock problems.
        store="memory://",
        datadir=str(settings.worker.state_dir / settings.worker.app_id),
        topic_partitions=topics_cfg.decisions.partitions,
        topic_replication_factor=topics_cfg.decisions.replication_factor,
        table_standby_replicas=0,
        consumer_auto_offset_reset="earliest",
        web_enabled=web,
        web_port=settings.worker.web_port or 6066,
        web_host="127.0.0.1",
        # Faust's per-message statistics are read only by its web views.
        monitor=None if web else QuietMonitor(),
        producer_acks=-1,
        producer_linger_ms=2,  # outputs and state writes of a batch share requests
        broker_commit_interval=1.0,
        # A crashed worker's partitions wait for the broker to expire its session: short
        # sessions, and static membership when the worker has an instance id
        # (docs/reliability.md, "After a crash").
        broker_session_timeout=settings.worker.session_timeout_s,
        broker_heartbeat_interval=settings.worker.heartbeat_interval_s,
        consumer_group_instance_id=settings.worker.instance_id,
        stream_wait_empty=False,
        consumer_max_fetch_size=8 * 1024 * 1024,
        key_serializer="raw",
        value_serializer="raw",
    )
    judge = judge or Judge(settings.detection, settings.behaviour)
    from missionguard.pipeline.judging.feedback import book_from_settings

    judge.feedback = book_from_settings(settings)  # analyst feedback (docs/feedback.md)

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, internal=False)

    handles = {
        "alert": topic(topics_cfg.alerts_topic),
        "control": topic(topics_cfg.control_topic),
        "dead_letter": topic(topics_cfg.dead_letters_topic),
        "decision": topic(topics_cfg.decisions_topic),
        "mission": topic(topics_cfg.missions_topic),
        "feedback": topic(topics_cfg.feedback_topic),  # re-keyed feedback (docs/feedback.md)
        "audit": topic(topics_cfg.audit_topic),
    }
    # One stream over both inputs: decisions and missions of an agent share a partition
    # number (both keyed by agent id, same partition count), so one agent and one table
    # see an agent's mission and its decisions in per-partition order.
    inputs = app.topic(
        topics_cfg.decisions_topic,
        topics_cfg.missions_topic,
        topics_cfg.feedback_topic,  # analyst feedback, keyed by agent id like the others
        key_type=bytes,
        value_type=bytes,
    )
    states = _BytesTable(
        app,
        name="agent-state",
        default=None,
        key_type=str,
        value_type=bytes,
        partitions=topics_cfg.decisions.partitions,
        beacon=app.tables.beacon,
        # Restores apply the changelog in larger batches (Faust's default is 1,000).
        recovery_buffer_size=10_000,
    )
    app.tables.add(states)
    signer = CommandSigner(load_signing_key(settings.control))
    mg = MissionGuardApp(
        app=app, settings=settings, judge=judge, states=states, topics=handles, signer=signer
    )

    from missionguard.pipeline.runtime.agents.judging import register_judging_agent
    from missionguard.pipeline.runtime.agents.normalizing import register_normalizing_agent

    register_judging_agent(mg, inputs)
    from missionguard.pipeline.runtime.agents.feedback import register_feedback_follower

    mg.feedback_follower = register_feedback_follower(mg)
    register_normalizing_agent(mg)
    return mg
