"""Replay equals live: the worker on a real broker and offline replay, given the same
records, publish the same alerts and revocation commands, byte for byte.

With the default partition count (4): each input partition is judged in its own scope
(cohort models, guard rail: pipeline/judging/partitions.py), and replay splits the file the
same way, so how the worker interleaves partitions does not matter. Missions go first and
are consumed before any decision is sent, so that within a partition the two input topics
cannot interleave. The smoke fleet (seed 5): 3,503 records.
"""

from __future__ import annotations

from collections import Counter

from missionguard.pipeline.records import dump_json

from .outputs import live_outputs, replayed_outputs, smoke_fleet, wait_committed


async def test_worker_publishes_exactly_what_replay_writes(deployment, make, producer):
    settings = deployment.settings
    topics = settings.topics
    assert topics.decisions.partitions > 1

    missions, decisions, lines = smoke_fleet(make.sign)
    assert len(decisions) > 1_000

    deployment.start_worker(90)
    group = settings.worker.app_id
    for m in missions:
        await producer.send(topics.missions_topic, dump_json(m), key=m.agent_id.encode())
    await producer.flush()
    await wait_committed(deployment.bootstrap, group, topics.missions_topic)
    for d in decisions:
        await producer.send(topics.decisions_topic, dump_json(d), key=d.agent_id.encode())
    await producer.flush()
    await wait_committed(deployment.bootstrap, group, topics.decisions_topic)
    deployment.stop_all()
    live = await live_outputs(deployment.bootstrap, settings)
    offline = replayed_outputs(settings, lines)

    assert offline, "the fleet raised nothing: the comparison would be empty"
    assert Counter(live) == Counter(offline)
