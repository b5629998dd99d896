"""The judging agent: decisions and missions in; alerts, revocation commands and dead
letters out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import faust

from ..control.guard import RevocationGuard
from ..feedback.intake import FeedbackIntake, gate_from_settings, produced_at
from ..intake import Origin
from ..missions.trust import MissionGate
from ..stage import JudgingStage

if TYPE_CHECKING:
    from ..app import MissionGuardApp


def register_judging_agent(mg: MissionGuardApp, inputs: faust.TopicT) -> None:
    topics = mg.settings.topics
    accept = {
        topics.decisions_topic: frozenset({"decision"}),
        topics.missions_topic: frozenset({"mission"}),
    }
    either = frozenset({"decision", "mission"})  # for test_context, whose topic is '<internal>'
    stage = JudgingStage(
        mg.judge,
        mg.states,
        max_record_bytes=mg.settings.worker.max_record_bytes,
        guard=RevocationGuard(mg.settings.control.guard),
        partitions=topics.decisions.partitions,
        defer_state_writes=True,
        cache_agents=mg.settings.worker.state_cache_agents,
        missions=MissionGate.from_settings(mg.settings.missions),
    )
    mg.app.stage = stage  # type: ignore[attr-defined]  # counters for tests and the CLI
    # Analyst feedback: verified here, applied by the stage (docs/feedback.md).
    feedback = FeedbackIntake(stage, gate_from_settings(mg.settings))
    mg.app.feedback_intake = feedback  # type: ignore[attr-defined]

    @mg.app.on_partitions_revoked.connect  # type: ignore[misc]
    async def _forget(sender: object, revoked: object, **kwargs: object) -> None:
        stage.forget_cached_states()

    @mg.app.agent(inputs, name="judge")
    async def judge(stream: faust.StreamT[bytes]) -> None:
        # Small batches (at most 5 ms of waiting): each agent's state is written once per
        # batch and outputs are sent together, without holding any decision back for long.
        async for events in stream.take_events(500, within=0.005):
            outputs = []
            for event in events:
                msg = event.message
                origin = Origin(
                    topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key
                )
                if msg.topic == topics.feedback_topic:
                    at = produced_at(msg.timestamp, datetime.now(UTC))
                    for out in feedback.process(msg.key, msg.value, msg.headers, origin, at):
                        outputs.append((out.kind, out.key, out.value))
                    continue
                for out in stage.process(msg.value, origin, accept.get(msg.topic, either)):
                    kind = out.kind
                    if kind == "reroute":
                        is_mission = msg.topic == topics.missions_topic
                        kind = "mission" if is_mission else "decision"
                    outputs.append((kind, out.key, out.value))
            stage.flush_state_writes()
            for kind, key, value in outputs:
                await mg.publish(kind, key, value)
