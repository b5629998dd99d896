"""Restart: how long a worker takes to be ready with the state of many agents.

The agent-state changelog topic is filled directly with realistic states (made by the judge
from simulated traffic, then copied under new agent ids), keyed and partitioned exactly as
the worker writes them; then a worker starts and the time to its Ready line (which Faust
prints after restoring every table partition) is measured, against the start of the same
worker over an empty changelog in the same run.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

from missionguard.models.state import AgentState
from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.settings import TopicSpec

from .harness import Bench
from .memory import sample_states

__all__ = ["run"]


async def _fill(bootstrap: str, topic: str, states: list[bytes], agents: int) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=10, max_batch_size=512 * 1024
    )
    await producer.start()
    try:
        pending = []
        templates = [AgentState.from_bytes(s) for s in states]
        for i in range(agents):
            agent = f"restart-agent-{i}"
            state = templates[i % len(templates)]
            state.agent_id = agent
            value = state.to_bytes()  # the worker's own encoding (models/codec.py)
            pending.append(await producer.send(topic, value, key=agent.encode()))
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


def run(bench: Bench, agents: int) -> dict[str, object]:
    states = sample_states(500)
    settings, config = bench.deployment("restart")
    changelog = f"{settings.worker.app_id}-agent-state-changelog"
    partitions = settings.topics.decisions.partitions
    spec = TopicSpec(name=changelog, partitions=partitions, compacted=True)
    asyncio.run(ensure_topics(bench.bootstrap, {changelog: spec}))

    empty = bench.worker(config, 0)
    baseline_s = empty.start()
    empty.stop()

    asyncio.run(_fill(bench.bootstrap, changelog, states, agents))
    restarted = bench.worker(config, 1)
    restore_s = restarted.start(timeout_s=600)
    restarted.stop()
    avg = sum(len(s) for s in states) / len(states)
    return {
        "agents": agents,
        "state_bytes_avg": round(avg),
        "ready_empty_s": round(baseline_s, 2),
        "ready_with_state_s": round(restore_s, 2),
        "restore_overhead_s": round(restore_s - baseline_s, 2),
    }
