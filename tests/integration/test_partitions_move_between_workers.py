"""Issue 15, defect 3: partitions moving between two live workers do not change the judgement.

A labelled simulator fleet (smoke, seed 5) on 4 partitions. Worker A judges alone; a second
worker B joins while decisions flow (Faust rebalances: some partitions move to B, which
restores their agent states and snapshots from the changelog, and A snapshots them
as they are revoked); later B leaves with SIGTERM while decisions flow (its partitions move
back to A). Afterwards the distinct alerts and commands on the output topics are those a
fresh stage writes judging each partition's log once (outputs.log_replayed_outputs; by agent
id that is what offline replay of the file writes, test_replay_equals_worker.py), none
missing, none extra, and each partition's
last snapshot covers its topics' ends (no decision lost). B serves no metrics (A has the
port) and neither has a static ``instance_id`` (a static member that leaves keeps its
partitions until its session expires).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter

import yaml

from missionguard.pipeline.judging.partitions import snapshot_applied, snapshot_partition
from missionguard.pipeline.judging.stage import partition_for
from missionguard.pipeline.records import AuthorizationDecision, dump_json
from missionguard.pipeline.tools import worker_process

from .outputs import (
    end_offsets,
    live_outputs,
    log_replayed_outputs,
    read_all,
    smoke_fleet,
    wait_settled,
)

CUTS = (0.25, 0.5, 0.75)  # decisions sent in four chunks


# Found with this test (docs/reliability.md, "Workers joining and leaving"): Faust's consumer
# loop handed over records fetched before the seek to the committed offsets that ends a
# rebalance, or dropped fetched records without fetching them again, so that a partition's
# stream jumped over records, which the judging agent then took as judged (those records'
# state updates and outputs lost, at least 2 of 6 runs differed). The consumer now hands each
# input partition's records over in offset order from that seek on, and seeks a partition
# back when records were fetched and not handed over (pipeline/runtime/faust_internals.py).
async def test_partitions_moving_to_a_second_worker_and_back_keep_the_judgement(
    deployment, make, producer, monkeypatch
):
    monkeypatch.setattr(worker_process, "_READY", "]: Ready")
    settings = deployment.settings
    topics = settings.topics
    partitions = topics.decisions.partitions
    assert partitions == 4
    missions, decisions, _ = smoke_fleet(make.sign)
    group = settings.worker.app_id

    # Worker B's settings: A's, without the metrics port and without a static instance id.
    config = yaml.safe_load(deployment.config_path.read_text())
    config["worker"]["metrics_port"] = None
    config["worker"].pop("instance_id", None)
    assert config["worker"].get("instance_id") is None
    second_config = deployment.config_path.with_name("missionguard-b.yaml")
    second_config.write_text(yaml.safe_dump(config))

    first = deployment.start_worker(90)
    for m in missions:
        await producer.send(topics.missions_topic, dump_json(m), key=m.agent_id.encode())
    await producer.flush()
    await wait_settled(deployment.bootstrap, group, topics.missions_topic)

    cuts = [int(len(decisions) * f) for f in (0, *CUTS, 1)]
    chunks = [decisions[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]

    async def send(chunk: list[AuthorizationDecision]) -> None:
        for d in chunk:
            await producer.send(topics.decisions_topic, dump_json(d), key=d.agent_id.encode())
        await producer.flush()

    await send(chunks[0])
    await send(chunks[1])  # A has a backlog while B joins
    second = worker_process.WorkerProcess(
        second_config, deployment.config_path.with_name("worker-b.log")
    )
    deployment.workers.append(second)
    await asyncio.to_thread(second.start, 90)
    await send(chunks[2])  # both judge
    await asyncio.sleep(1.0)
    await send(chunks[3][: len(chunks[3]) // 2])
    second.stop()  # SIGTERM while decisions flow: its partitions move back to A
    deployment.workers.remove(second)
    await send(chunks[3][len(chunks[3]) // 2 :])
    await wait_settled(deployment.bootstrap, group, topics.decisions_topic, timeout_s=60)
    assert first.running()
    deployment.stop_all()

    # Partitions did move: B restored some of the changelog and judged.
    b_log = second.log_path.read_text(errors="replace")
    moved = [int(n) for n in re.findall(r"changelog records of (\d+) partitions", b_log)]
    assert moved and max(moved) >= 1, b_log[-2000:]

    live = await live_outputs(deployment.bootstrap, settings)
    # The reference: each partition's log judged once by a fresh stage (with routes by
    # cohort, the default, the copies re-published to a route are in those logs).
    offline, judged = await log_replayed_outputs(deployment.bootstrap, settings)
    assert judged == len(decisions)
    assert offline
    missing = set(offline) - set(live)
    extra = set(live) - set(offline)
    duplicates = len(live) - len(set(live))
    print(
        f"[moves] {len(offline)} outputs from replay; live {len(live)} records, "
        f"{duplicates} duplicates, {len(missing)} missing, {len(extra)} extra; "
        f"B restored partitions {moved}"
    )
    assert Counter(offline).most_common(1)[0][1] == 1
    differ = sorted((json.loads(v)["time"], json.loads(v)["agent_id"]) for v in missing | extra)
    by_partition = Counter(partition_for(a.encode(), partitions) for _, a in differ)
    print(f"[moves] differing outputs by partition {dict(by_partition)}; first {differ[:3]}")
    # No decision lost: each partition's last snapshot applied its topics to their ends.
    last: dict[int, bytes] = {}
    for key, value in await read_all(deployment.bootstrap, f"{group}-agent-state-changelog"):
        p = snapshot_partition(key.decode()) if key is not None else None
        if p is not None and value is not None:
            last[p] = value
    assert set(last) == set(range(partitions))
    for topic in (topics.decisions_topic, topics.missions_topic):
        for p, end in (await end_offsets(deployment.bootstrap, topic)).items():
            assert snapshot_applied(last[p]).get(topic, -1) == end - 1, (topic, p)

    # Live equals replay: none missing, none extra (docs/reliability.md, "Workers joining and
    # leaving").
    assert not missing and not extra, (
        f"{len(missing)} missing, {len(extra)} extra outputs after rebalances, "
        f"by partition {dict(by_partition)}"
    )
