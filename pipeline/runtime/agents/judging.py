"""The judging agent: decisions and missions in; alerts, revocation commands and dead
letters out.

Restarts do not change the judgement (docs/architecture.md, "Partitions and restarts"): a
batch's outputs are delivered before its agent states and its partitions' snapshots are
written (in that order, one producer, in order per changelog partition), and its offsets are
acked only once a snapshot covers them; a record at or before its partition's snapshot was
judged and published already, and is skipped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any, cast

import faust

from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.judging.feedback import FeedbackIntake, gate_from_settings, produced_at
from missionguard.pipeline.judging.partitions import snapshot_key
from missionguard.pipeline.judging.routing import Headers, header_pairs
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.missions.trust import MissionGate
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.records.decoding import Origin, dead_letter
from missionguard.pipeline.runtime.faust_internals import has_ready_events
from missionguard.pipeline.runtime.state_store import BulkRestoredStore
from missionguard.pipeline.runtime.types import WorkerT

log = logging.getLogger(__name__)

BATCH = 500  # events gathered before they are judged, their states written and acked
# Snapshots (a partition's cohort models: tens of ms to encode, docs/architecture.md,
# "Partitions and restarts") are written between batches, once the input has been quiet for
# SNAPSHOT_QUIET_S or at least every SNAPSHOT_EVERY_S; offsets are acked once one covers them.
SNAPSHOT_EVERY_S = 0.5
SNAPSHOT_QUIET_S = 0.05
SNAPSHOT_WRITE_TIMEOUT_S = 30.0  # a snapshot record not delivered by then counts as failed
SNAPSHOT_RETRY_MAX_S = 30.0  # failed snapshot writes are retried, backing off up to this

Send = Callable[[int, str, bytes], Awaitable[None]]
# One record to publish: kind (the topic's), key, value, partition (None: the key's), headers.
Publish = tuple[str, bytes | None, bytes, int | None, Headers]


async def deliver_snapshots(
    stage: JudgingStage,
    send: Send,
    table: MutableMapping[str, bytes],
    timeout_s: float = SNAPSHOT_WRITE_TIMEOUT_S,
) -> bool:
    """Write the snapshots of the partitions changed (:meth:`JudgingStage.prepare_snapshots`)
    to the changelog with ``send(partition, key, value)`` and wait for their delivery: a
    snapshot's pieces first, then its head, each in ``table`` (the store) once delivered.
    Returns whether all were delivered; a failure (an error or no delivery within
    ``timeout_s``) is logged and counted (``snapshot_write_errors``), its partition stays
    changed, and nothing that only it would cover may be acked: the caller retries."""
    for snapshot in stage.prepare_snapshots():
        p = snapshot.partition
        for records in (snapshot.pieces, [(snapshot_key(p), snapshot.head)]):
            try:
                sent = [send(p, key, value) for key, value in records]
                await asyncio.wait_for(asyncio.gather(*sent), timeout_s)
            except Exception as exc:  # noqa: BLE001 - any failure: logged, counted, retried
                stage.counters.snapshot_write_errors += 1
                size = sum(len(v) for _, v in records)
                log.error(
                    "snapshot of partition %d not written (%d records, %d bytes: %s: %s): "
                    "its offsets are not acked; retried",
                    p,
                    len(records),
                    size,
                    type(exc).__name__,
                    exc,
                )
                return False
            for key, value in records:
                table[key] = value
        stage.snapshot_written(snapshot)
    return True


def register_judging_agent(mg: WorkerT, inputs: faust.TopicT) -> None:
    topics = mg.settings.topics
    accept = {
        topics.decisions_topic: frozenset({"decision"}),
        topics.missions_topic: frozenset({"mission"}),
    }
    inputs_named = ", ".join([*accept, topics.feedback_topic])
    stage = JudgingStage(
        mg.judge,
        mg.states,
        max_record_bytes=mg.settings.worker.max_record_bytes,
        guard=RevocationGuard(mg.settings.control.guard),
        partitions=topics.decisions.partitions,
        defer_state_writes=True,
        cache_agents=mg.settings.worker.state_cache_agents,
        missions=MissionGate.from_settings(mg.settings.missions),
        snapshots=True,
        partition_by=topics.partition_by,
    )
    mg.stage = stage  # counters for tests and the CLI
    # Analyst feedback: verified here, applied by the stage (docs/feedback.md).
    feedback = FeedbackIntake(stage, gate_from_settings(mg.settings))
    mg.feedback_intake = feedback

    # Between batches only (held from judging a batch to writing its states), the stage's
    # scopes are consistent with what was delivered and written: snapshots are taken then.
    between_batches = asyncio.Lock()
    unacked: list[faust.EventT] = []  # judged, delivered, states written; not yet snapshotted
    pending: list[faust.EventT] = []  # gathered for the next batch, not yet judged
    revoked_generation: list[int | None] = [None]  # the consumer generation last revoked
    streams: list[faust.StreamT] = []  # the agent's stream, once it runs
    last_snapshot = [time.monotonic()]
    retry = [0.0, 0.0]  # after a failed snapshot write: not before (monotonic), backoff (s)
    batches = [0]  # judged so far (a quiet input judges none)
    later: list[asyncio.Task[None]] = []

    table = cast(faust.Table, mg.states)

    async def send(partition: int, key: str, value: bytes) -> None:
        sent = table.send_changelog(partition, key, value, value_serializer="raw")
        # Delivered once the producer sends it; without a running producer (Faust's test
        # context: no broker) a changelog record is only handed over, as any state write.
        if mg.app.producer.started:
            await sent

    def stopping() -> bool:
        """Whether the worker is stopping: from then on it publishes and writes nothing, so
        that nothing of it reaches the changelog after it left the group and another worker
        restored its partitions (the records it judged since its last snapshot, not acked,
        are judged again there)."""
        return bool(mg.app.should_stop)

    async def snapshot_and_ack() -> None:
        """Snapshot the partitions changed, then ack what the snapshots cover (the caller
        holds ``between_batches``). A failed write is retried with a backoff; until then
        nothing is acked (a restart judges those records again: duplicates, never losses)."""
        now = time.monotonic()
        if now < retry[0] or stopping():
            return
        last_snapshot[0] = now
        if not await deliver_snapshots(stage, send, cast(Any, table.data)):
            retry[1] = min(SNAPSHOT_RETRY_MAX_S, max(SNAPSHOT_EVERY_S, 2 * retry[1]))
            retry[0] = time.monotonic() + retry[1]
            return
        retry[:] = [0.0, 0.0]
        last_snapshot[0] = time.monotonic()
        done, unacked[:] = list(unacked), []
        if streams:
            for event in done:
                await streams[0].ack(event)

    async def snapshot_later() -> None:
        """Snapshot once the input is quiet (or the interval is up) while anything waits."""
        while unacked:
            seen = batches[0]
            await asyncio.sleep(SNAPSHOT_QUIET_S)
            async with between_batches:
                quiet = batches[0] == seen
                if unacked and (quiet or time.monotonic() - last_snapshot[0] >= SNAPSHOT_EVERY_S):
                    await snapshot_and_ack()

    # mode's receiver type does not admit this async receiver, which it calls and awaits.
    @mg.app.on_partitions_revoked.connect  # type: ignore[arg-type]
    async def _forget(sender: object, *revoked: object, **kwargs: object) -> None:
        async with between_batches:
            stage.flush_state_writes()
            # The last chance to snapshot these partitions here (no backoff). Ack nothing:
            # Faust has already dropped the ack bookkeeping of every revoked partition (all
            # of them: the protocol is eager), so an ack now would land in a stale list. The
            # records come again from the committed offsets and are skipped as applied (or
            # judged again if the snapshot failed).
            retry[0] = 0.0
            if await deliver_snapshots(stage, send, cast(Any, table.data)):
                last_snapshot[0] = time.monotonic()
            unacked.clear()
            stage.forget_cached_states()
            revoked_generation[0] = mg.app.consumer_generation_id
            # Events gathered before the rebalance are not judged after it: not acked, they
            # come again from the committed offsets, to whichever worker owns them then.
            # Judged here, a moved partition's states would be written beside its new
            # owner's, and a kept one's would follow its snapshot and be rolled back by the
            # recovery that follows the assignment (its records being marked applied).
            pending.clear()

    def handle(event: faust.EventT) -> list[Publish]:
        """What to publish for one event; a failure becomes that event's dead letter (the
        stage already dead-letters a record the judge fails on: this is the last resort, so
        that no event can stop the agent or lose the rest of its batch)."""
        msg = event.message
        origin = Origin(topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key)
        try:
            if stage.is_applied(origin):  # judged and published before the last snapshot
                return []
            stage.mark_applied(origin)
            return handle_one(msg, origin)
        except Exception as exc:  # noqa: BLE001 - see the docstring
            stage.counters.judge_errors += 1
            stage.counters.dead_letters += 1
            reason = f"judging failed at {origin}: {type(exc).__name__}: {exc}"
            log.warning("%s (record dead-lettered)", reason, exc_info=exc)
            dl = dead_letter(msg.value, reason[:4096], origin, datetime.now(UTC))
            return [("dead_letter", msg.key, dump_json(dl), None, ())]

    def handle_one(msg: faust.types.Message, origin: Origin) -> list[Publish]:
        headers = header_pairs(msg.headers)
        if msg.topic == topics.feedback_topic:
            at = produced_at(msg.timestamp, datetime.now(UTC))
            outs = feedback.process(msg.key, msg.value, headers, origin, at)
            return [
                (
                    "feedback" if o.kind == "reroute" else o.kind,
                    o.key,
                    o.value,
                    o.partition,
                    o.headers,
                )
                for o in outs
            ]
        kinds = accept.get(msg.topic)
        if kinds is None:  # not one of the agent's topics: nothing to judge it as
            stage.counters.dead_letters += 1
            reason = f"unexpected topic at {origin}: the judging agent reads {inputs_named}"
            dl = dead_letter(msg.value, reason, origin, datetime.now(UTC))
            return [("dead_letter", msg.key, dump_json(dl), None, ())]
        outputs: list[Publish] = []
        for out in stage.process(msg.value, origin, kinds, headers):
            kind: str = out.kind
            if kind == "reroute":
                kind = "mission" if msg.topic == topics.missions_topic else "decision"
            outputs.append((kind, out.key, out.value, out.partition, out.headers))
        return outputs

    @mg.app.agent(inputs, name="judge")
    async def judge(stream: faust.StreamT[bytes]) -> None:
        # Natural batching: events already delivered are gathered (up to BATCH) and judged
        # back to back as soon as no further event is ready, then their alerts and commands
        # are sent, their agents' states written (once per agent per batch) and their
        # offsets acked. A lone decision waits for nothing (it is a batch of one); a backlog
        # is worked through in batches. Judging a batch in one tight loop, rather than each
        # event between Faust's per-event steps, gave more records per second in paired
        # runs (figures: docs/performance.md; the judge and Faust's per-event work both got
        # cheaper, likely by staying in the CPU's caches). The cost: in a backlog, an event's
        # alerts and commands wait for its whole batch to be judged (at most BATCH events),
        # not only for the events before it; at a load the worker keeps up
        # with, a batch is the few events that arrived while the previous one was judged.
        # Acks come after the batch's state writes are handed to the table, so no offset is
        # committed before the state it produced is on its way to the changelog (at least
        # once).
        # Why not Faust's public ``stream.take_events(BATCH, within)``, which would spare the
        # peek at the channel's buffer (faust_internals.has_ready_events): measured with the
        # paired benchmarks (docs/performance.md, issue 16), it was slower, with Faust's own
        # consumer and with ours alike, and a lone decision waited for ``within`` where it
        # waits for nothing here (the median latency to a command at a light load was higher).
        # Likely cause (not profiled): take_events fills its buffer from an extra processor
        # awaited per event, on a stream consumed in the background, and hands each batch
        # over through events, a future and a timed wait_first (tasks), on top of the
        # per-event steps this loop has too.
        # Restarts (module docstring): outputs delivered, then states, then snapshots, then
        # acks; keys the restore rolled back are corrected before anything is judged.
        manual = cast(faust.Stream, stream).noack()  # StreamT does not declare noack
        streams[:] = [manual]
        async for event in manual.events():
            generation = event.message.generation_id
            if generation is not None and revoked_generation[0] is not None:
                if generation <= revoked_generation[0]:
                    continue  # fetched before a revocation: it comes again (see _forget)
            pending.append(event)
            if len(pending) >= BATCH or not has_ready_events(manual):
                async with between_batches:
                    await judge_batch(pending)
                    batches[0] += 1
                    unacked.extend(pending)
                    pending.clear()
                    if time.monotonic() - last_snapshot[0] >= SNAPSHOT_EVERY_S:
                        await snapshot_and_ack()
                    elif not later or later[0].done():
                        later[:] = [asyncio.create_task(snapshot_later())]

    async def judge_batch(batch: list[faust.EventT]) -> None:
        """Judge ``batch``, deliver its outputs, then write its states."""
        write_corrections()
        skipped = stage.counters.skipped_reprocessed
        outputs = [out for done in batch for out in handle(done)]
        if skipped := stage.counters.skipped_reprocessed - skipped:
            log.info("skipped %d records already judged before their partition's snapshot", skipped)
        if stopping():  # judged as the worker stops: its partitions' next owner judges it
            return
        sent = []
        for kind, key, value, partition, headers in outputs:
            if partition is None and not headers:
                sent.append(await mg.publish(kind, key, value))
            else:  # re-published to its route (pipeline/judging/routing.py)
                sent.append(
                    await mg.publish(kind, key, value, partition=partition, headers=headers)
                )
        await asyncio.gather(*(s for s in sent if s is not None))
        stage.flush_state_writes()

    def write_corrections() -> None:
        """Write, for each key the restore rolled back, its value as of its partition's
        snapshot (or a tombstone), ahead of any state the stage writes."""
        table = cast(faust.Table, mg.states)
        store = cast(BulkRestoredStore, table.data)
        corrections = store.take_corrections()
        if not corrections:
            return
        for key, (partition, value) in corrections.items():
            table.send_changelog(partition, key, value, value_serializer="raw")
            stage.touch(partition)  # a snapshot follows: the next restore keeps them
        stage.forget_cached_states()  # the cache may hold states newer than the snapshot
        log.info("wrote %d changelog corrections after restore", len(corrections))
