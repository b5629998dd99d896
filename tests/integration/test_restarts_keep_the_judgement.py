"""Issue 15, defect 3: restarts do not change the judgement.

A labelled simulator fleet (smoke, seed 5) on 4 partitions, the worker killed with SIGKILL
three times while decisions flow and stopped cleanly once: afterwards the distinct alerts
and commands on the output topics are those a fresh stage writes judging each partition's
log once (outputs.log_replayed_outputs; by agent id that is what offline replay of the file
writes, test_replay_equals_worker.py), none missing, none extra (duplicates of identical
records are allowed: delivery is at least once, and counted), and every input record was
applied (each partition's last snapshot covers its topics' ends). The broker expires a
killed member's session after ``BROKER_SESSION_TIMEOUT`` (Faust reads it from the
environment), shortened here so that a restart is not held up for Faust's default minute.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter

from missionguard.pipeline.judging.partitions import snapshot_applied, snapshot_partition
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.tools import worker_process

from .outputs import (
    end_offsets,
    live_outputs,
    log_replayed_outputs,
    read_all,
    smoke_fleet,
    wait_settled,
)

# Decisions are sent in chunks (cut at these fractions); the worker is killed this long
# after a chunk was sent: inside its backlog, between a batch's state writes and snapshots.
CUTS = (0.3, 0.55, 0.8, 0.9)
KILLS_AFTER_S = (0.45, 0.25, 0.35)


async def test_kill_9_and_a_clean_restart_leave_the_judgement_as_replay(deployment, make, producer):
    # Static membership, as docs/reliability.md advises for production ("After a crash"): a
    # worker restarted under its instance id takes its partitions back in one generation.
    # Without it, the restarted worker first shares the group with the dead member until its
    # session expires, and partitions move in two rebalances (which
    # test_partitions_move_between_workers.py covers): not what this test is about.
    settings = deployment.settings.with_overrides(
        worker=deployment.settings.worker.model_copy(update={"instance_id": "restarts-0"})
    )
    worker_process.write_settings(settings, deployment.config_path)
    topics = settings.topics
    partitions = topics.decisions.partitions
    assert partitions == 4
    missions, decisions, _ = smoke_fleet(make.sign)
    group = settings.worker.app_id

    restarts: list[float] = []
    worker = deployment.start_worker(90)
    for m in missions:
        await producer.send(topics.missions_topic, dump_json(m), key=m.agent_id.encode())
    await producer.flush()
    await wait_settled(deployment.bootstrap, group, topics.missions_topic)

    cuts = [int(len(decisions) * f) for f in (0, *CUTS, 1)]
    chunks = [decisions[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    for i, chunk in enumerate(chunks):
        for d in chunk:
            await producer.send(topics.decisions_topic, dump_json(d), key=d.agent_id.encode())
        await producer.flush()
        if i < len(KILLS_AFTER_S):
            await asyncio.sleep(KILLS_AFTER_S[i])
            assert worker.process is not None
            worker.process.kill()  # SIGKILL: no flush, no commit
            worker.process.wait()
        elif i == len(KILLS_AFTER_S):
            await asyncio.sleep(0.3)
            worker.stop()  # clean: SIGTERM
        else:
            continue
        began = time.perf_counter()
        worker = deployment.start_worker(90)
        restarts.append(time.perf_counter() - began)
    await wait_settled(deployment.bootstrap, group, topics.decisions_topic, timeout_s=120)
    deployment.stop_all()

    live = await live_outputs(deployment.bootstrap, settings)
    # The reference: each partition's log judged once by a fresh stage (with routes by
    # cohort, the default, the copies re-published to a route are in those logs).
    offline, judged = await log_replayed_outputs(deployment.bootstrap, settings)
    assert judged == len(decisions)
    assert offline
    assert Counter(offline).most_common(1)[0][1] == 1
    missing = set(offline) - set(live)
    extra = set(live) - set(offline)
    duplicates = len(live) - len(set(live))
    print(
        f"[restarts] {len(offline)} outputs from replay; live {len(live)} records, "
        f"{duplicates} duplicates, {len(missing)} missing, {len(extra)} extra; "
        f"restarts ready in {', '.join(f'{s:.1f}s' for s in restarts)}"
    )
    assert not missing, [json.loads(v)["agent_id"] for v in list(missing)[:5]]
    assert not extra, [json.loads(v)["agent_id"] for v in list(extra)[:5]]

    # No decision lost: each partition's last snapshot applied its topics to their ends.
    changelog = f"{group}-agent-state-changelog"
    last: dict[int, bytes] = {}
    for key, value in await read_all(deployment.bootstrap, changelog):
        p = snapshot_partition(key.decode()) if key is not None else None
        if p is not None and value is not None:
            last[p] = value
    assert set(last) == set(range(partitions))
    for topic in (topics.decisions_topic, topics.missions_topic):
        ends = await end_offsets(deployment.bootstrap, topic)
        for p, end in ends.items():
            assert snapshot_applied(last[p]).get(topic, -1) == end - 1, (topic, p)
    skipped = sum(
        int(line.split("skipped ")[1].split()[0])
        for w in deployment.config_path.parent.glob("worker-*.log")
        for line in w.read_text(errors="replace").splitlines()
        if "already judged before their" in line
    )
    rolled_back = sum(
        int(line.split(": ")[-1].split()[0])
        for w in deployment.config_path.parent.glob("worker-*.log")
        for line in w.read_text(errors="replace").splitlines()
        if "rolled back" in line and "changelog partition" in line
    )
    print(
        f"[restarts] records skipped as already judged: {skipped}; keys rolled back: {rolled_back}"
    )
