"""Replay equals live: the worker on a real broker and offline replay, given the same
records, publish the same alerts and revocation commands, byte for byte.

With the default partition count (4): each input partition is judged in its own scope
(cohort models, guard rail: pipeline/judging/partitions.py). By agent id replay splits the
file the same way, so how the worker interleaves partitions does not matter. By cohort (the
default, pipeline/judging/routing.py) a route's partition also judges the copies other
partitions re-publish to it, in the order they arrived: its judgement is a function of its
log, which the test reads back. Missions go first and
are consumed before any decision is sent, so that within a partition the two input topics
cannot interleave. The smoke fleet (seed 5): 3,503 records.
"""

from __future__ import annotations

from collections import Counter

import pytest

from missionguard.pipeline.judging.routing import ROUTE_HEADER
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.tools.worker_process import write_settings

from .outputs import (
    live_outputs,
    log_replayed_outputs,
    read_partitions,
    replayed_outputs,
    smoke_fleet,
    wait_settled,
)


@pytest.mark.parametrize("partition_by", ["agent", "cohort"])
async def test_worker_publishes_exactly_what_replay_writes(
    deployment, make, producer, partition_by
):
    """By agent id: what offline replay of the file writes, byte for byte. By cohort (the
    default): what a fresh stage writes judging each partition's log as the broker holds it
    (copies re-published to a route interleave there as they arrived), every decision
    judged once; and replay of the file judges the same agents under the same keys."""
    settings = deployment.settings.with_overrides(
        topics=deployment.settings.topics.model_copy(update={"partition_by": partition_by})
    )
    write_settings(settings, deployment.config_path)
    topics = settings.topics
    assert topics.decisions.partitions > 1

    missions, decisions, lines = smoke_fleet(make.sign)
    assert len(decisions) > 1_000

    deployment.start_worker(90)
    group = settings.worker.app_id
    for m in missions:
        await producer.send(topics.missions_topic, dump_json(m), key=m.agent_id.encode())
    await producer.flush()
    await wait_settled(deployment.bootstrap, group, topics.missions_topic)
    for d in decisions:
        await producer.send(topics.decisions_topic, dump_json(d), key=d.agent_id.encode())
    await producer.flush()
    await wait_settled(deployment.bootstrap, group, topics.decisions_topic)
    deployment.stop_all()
    live = await live_outputs(deployment.bootstrap, settings)

    if partition_by == "agent":
        offline = replayed_outputs(settings, lines)
    else:
        offline, judged = await log_replayed_outputs(deployment.bootstrap, settings)
        assert judged == len(decisions)
        routed = [
            r
            for log in (
                await read_partitions(deployment.bootstrap, topics.decisions_topic)
            ).values()
            for r in log
            if any(k == ROUTE_HEADER for k, _ in r[3])
        ]
        assert routed, "no decision was re-published to its route"
    assert offline, "the fleet raised nothing: the comparison would be empty"
    assert Counter(live) == Counter(offline)
