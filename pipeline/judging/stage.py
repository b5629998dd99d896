"""The judging stage: bytes in, publishable records out. Pure and synchronous.

The Faust worker (``pipeline/runtime/agents/judging.py``) and offline replay
(``pipeline/tools/replay.py``) both push every record through :class:`JudgingStage`, so a
file replayed offline is judged by exactly the code that judges the live stream. Per-agent
state lives in a ``MutableMapping[str, bytes]``: a Faust table (changelog-backed) in the
worker, a dict offline.

A record the judge fails on (any exception) becomes a dead letter naming the record's origin
and the exception; the records around it are judged as usual and the stage's bookkeeping
(cache, deferred writes) stays consistent, so one record can never wedge a worker.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Literal

from aiokafka.partitioner import murmur2

from missionguard.models.feedback import FeedbackBook
from missionguard.models.judge import Judge, Verdict, kept_mission
from missionguard.models.state import AgentState
from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.judging.partitions import (
    PartitionScope,
    Snapshot,
    decode_snapshot,
    encode_snapshot,
    is_internal_key,
    snapshot_key,
)
from missionguard.pipeline.judging.routing import (
    FROM_HEADER,
    ROUTE_HEADER,
    ROUTE_PREFIX,
    ROUTE_REFRESH_S,
    Headers,
    PartitionBy,
    agent_of,
    entry_key,
    entry_value,
    mission_route,
    read_entry,
    route_of,
    state_key,
)
from missionguard.pipeline.missions.trust import MissionGate, integrity_alert
from missionguard.pipeline.records import (
    AuthorizationDecision,
    DeadLetter,
    MissionDeclaration,
    dump_json,
)
from missionguard.pipeline.records.decoding import Origin, dead_letter, decode
from missionguard.pipeline.records.feedback import AnalystFeedback

__all__ = ["Headers", "JudgingStage", "Output", "StageCounters", "partition_for"]

log = logging.getLogger(__name__)

OutputKind = Literal["alert", "control", "dead_letter", "reroute", "audit"]


@dataclass(frozen=True, slots=True)
class Output:
    """One record to publish: which stream, its key (the agent id), its JSON bytes; for a
    record re-published to its route (pipeline/judging/routing.py) also the partition and the
    headers to send it with (else the key's partition, and no headers)."""

    kind: OutputKind
    key: bytes | None
    value: bytes
    partition: int | None = None
    headers: Headers = ()


@dataclass(slots=True)
class StageCounters:
    decisions: int = 0
    missions: int = 0
    alerts: int = 0
    commands: int = 0
    dead_letters: int = 0
    rerouted: int = 0  # records re-published keyed by their agent id
    routed: int = 0  # records re-published to their agent's route (routing.py)
    withheld: int = 0  # commands the guard rail turned into alerts
    feedback: int = 0  # analyst feedback records handled (applied or rejected: audit topic)
    missions_rejected: dict[str, int] = field(default_factory=dict)  # by MissionGate reason
    evicted: int = 0  # idle agents whose state was dropped
    judge_errors: int = 0  # records the judge failed on (each one dead-lettered)
    state_write_errors: int = 0  # states that could not be serialized (cache entry dropped)
    skipped_reprocessed: int = 0  # records at or before their partition's snapshot: skipped
    snapshots: int = 0  # partition snapshots written
    snapshot_bytes: int = 0  # bytes of the last snapshot written (head + changed pieces)
    snapshot_write_errors: int = 0  # snapshot writes that failed (retried, offsets not acked)
    by_severity: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=4096)  # checked on every record; murmur2 in pure Python is not cheap
def partition_for(key: bytes, partitions: int) -> int:
    """The partition Kafka's default (murmur2) partitioner gives ``key``.

    >>> partition_for(b"agent-1", 4) == partition_for(b"agent-1", 4)
    True
    """
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def _utcnow() -> datetime:
    return datetime.now(UTC)


class JudgingStage:
    """Decode, judge, and say what to publish.

    ``accept`` maps an input stream name (topic, or a file) to the record types it may carry.
    ``clock`` only stamps dead letters; judgements use event time. ``guard`` (optional)
    screens every command before it is published (a per-cohort cap and dry-run).
    ``missions`` (optional; the worker and replay pass one) admits mission declarations
    before the judge installs them: signed by a trusted issuer, or narrowing only.
    """

    def __init__(
        self,
        judge: Judge,
        states: MutableMapping[str, bytes],
        *,
        max_record_bytes: int,
        clock: Callable[[], datetime] = _utcnow,
        guard: RevocationGuard | None = None,
        partitions: int | None = None,
        defer_state_writes: bool = False,
        cache_agents: int = 10_000,
        missions: MissionGate | None = None,
        snapshots: bool = False,
        partition_by: PartitionBy = "agent",
    ) -> None:
        self.guard = guard
        # ``cohort``: agents with a mission are judged on their route's partition
        # (pipeline/judging/routing.py); ``agent``: on their own id's.
        self.partition_by = partition_by
        self.missions = missions
        # With ``partitions``, a record found on another partition than its agent id's
        # (murmur2, the Java client's partitioner) is re-published: a producer with another
        # partitioner would otherwise split an agent's state across workers. And each
        # partition is judged in its own scope (cohort models, guard rail, stream time, sweep
        # bookkeeping: pipeline/judging/partitions.py), so its judgement depends on its own
        # record order only. Without, one scope holds the judge's own cohort book and
        # ``guard``. ``snapshots`` (the worker): scopes are read from and written to
        # ``states`` under their snapshot keys.
        self.partitions = partitions
        self.snapshots = snapshots
        self._scopes: dict[int, PartitionScope] = {}
        # Deferred writes: states changed since the last ``flush_state_writes()`` are written
        # once each, however many decisions of the agent the batch held.
        self.defer_state_writes = defer_state_writes
        self._dirty: set[str] = set()
        self.judge = judge
        self.states = states
        self.max_record_bytes = max_record_bytes
        self.clock = clock
        self.counters = StageCounters()
        # Decoded states of the agents this process judges. ``states`` stays the durable
        # copy (every update is written through); the cache only saves decoding it again.
        # The worker clears it when partitions move (another worker may have changed them).
        # Bounded (least recently judged out first), so resident memory per agent stays near
        # the size of its serialized state however many agents there are.
        self._live: OrderedDict[str, AgentState] = OrderedDict()
        self.cache_agents = cache_agents
        # Idle agents are dropped (the judge decides which: idle long enough, no command in
        # force), swept once per ``sweep_every_s`` of event time, so replay and the worker
        # sweep at the same points of the stream. The candidates are every agent of the
        # partition with a state in the table (by their states' own ``last_seen``), so a
        # snapshot holds nothing per agent and a restart sweeps the same agents.
        self.sweep_every_s = 3600.0
        self._partition = 0
        # The scope being judged in (set per record; snapshot scopes are read lazily, once
        # the table is restored).
        self._scope = (
            PartitionScope(judge.cohorts, guard, judge.feedback) if snapshots else self._scope_of(0)
        )

    # -- partition scopes (pipeline/judging/partitions.py) ---------------------------------
    def partition_of(self, route: str) -> int:
        """The input partition of ``route`` (an agent id, or a cohort: routing.py)."""
        return partition_for(route.encode(), self.partitions) if self.partitions else 0

    def _scope_of(self, partition: int) -> PartitionScope:
        """Partition ``partition``'s scope: cached, unless the table's snapshot is another
        than the one it was loaded from or last wrote (the changelog was restored again),
        else loaded from the snapshot, else new."""
        scope = self._scopes.get(partition)
        stored = self.states.get(snapshot_key(partition)) if self.snapshots else None
        if scope is not None and stored is scope.written:
            return scope
        if self.partitions is None:
            scope = PartitionScope(self.judge.cohorts, self.guard, self.judge.feedback)
        else:
            guard = RevocationGuard(self.guard.settings) if self.guard is not None else None
            book = self.judge.feedback  # the settings of each partition's own feedback book
            feedback = FeedbackBook(
                default_cohort=book.default_cohort,
                weight_step=book.weight_step,
                weight_floor=book.weight_floor,
                max_patterns=book.max_patterns,
                remember_alerts=book.remember_alerts,
                seen_ids=book.seen_ids,
            )
            cohorts = self.judge.new_cohort_book()
            scope = PartitionScope(cohorts, guard, feedback)
        if stored is not None:
            try:
                decode_snapshot(stored, scope, self.states.get)
            except ValueError:
                log.exception("snapshot of partition %d unreadable: starting it afresh", partition)
                scope.written = stored
        elif self.snapshots:
            # An empty snapshot before the partition's first state write, so that a restore
            # never mistakes a batch cut short for a changelog older than snapshots.
            self._write_snapshot(partition, scope)
        self._scopes[partition] = scope
        return scope

    def _enter(self, route: str) -> PartitionScope:
        """Make ``route``'s partition the scope the judge works in."""
        self._partition = self.partition_of(route)
        scope = self._scope_of(self._partition)
        self._scope = scope
        self.judge.cohorts = scope.cohorts
        if scope.feedback is not None:
            self.judge.feedback = scope.feedback  # analyst feedback: per partition, too
        return scope

    def is_applied(self, origin: Origin) -> bool:
        """Whether the record at ``origin`` (topic, partition, offset) was judged before the
        last snapshot of its partition: its outputs were published, skip it."""
        if origin.topic is None or origin.partition is None or origin.offset is None:
            return False
        applied = self._scope_of(origin.partition).applied.get(origin.topic)
        if applied is not None and origin.offset <= applied:
            self.counters.skipped_reprocessed += 1
            return True
        return False

    def mark_applied(self, origin: Origin) -> None:
        """Record that the record at ``origin`` was applied (judged, dead-lettered or
        re-published)."""
        if origin.topic is None or origin.partition is None or origin.offset is None:
            return
        scope = self._scope_of(origin.partition)
        scope.applied[origin.topic] = max(scope.applied.get(origin.topic, -1), origin.offset)
        scope.changed = True

    def touch(self, partition: int) -> None:
        """Have the next :meth:`write_snapshots` write ``partition``'s snapshot."""
        self._scope_of(partition).changed = True

    def _write_snapshot(self, partition: int, scope: PartitionScope) -> None:
        snapshot = encode_snapshot(scope, partition)
        for key, value in snapshot.records:  # pieces first, the head (commit point) last
            self.states[key] = value
        self.snapshot_written(snapshot)

    def prepare_snapshots(self) -> list[Snapshot]:
        """The snapshots of every partition changed since its last one, to be written (pieces
        before head) and then reported with :meth:`snapshot_written`; the worker writes them
        itself so that it can wait for their delivery (agents/judging.py)."""
        if not self.snapshots:
            return []
        return [encode_snapshot(s, p) for p, s in sorted(self._scopes.items()) if s.changed]

    def snapshot_written(self, snapshot: Snapshot) -> None:
        """``snapshot`` is in the table (and on its way to, or in, the changelog)."""
        scope = self._scopes.get(snapshot.partition)
        if scope is not None:
            scope.written, scope.changed = snapshot.head, False
            scope.pieces = dict(snapshot.all_pieces)
        self.counters.snapshots += 1
        self.counters.snapshot_bytes = len(snapshot.head) + sum(len(v) for _, v in snapshot.pieces)

    def write_snapshots(self) -> int:
        """Write the snapshot of every partition changed since its last one (after the
        agent states: call :meth:`flush_state_writes` first); return how many."""
        if not self.snapshots:
            return 0
        changed = [(p, s) for p, s in sorted(self._scopes.items()) if s.changed]
        for partition, scope in changed:
            self._write_snapshot(partition, scope)
        return len(changed)

    def snapshot_of(self, partition: int) -> Snapshot:
        """Partition ``partition``'s snapshot as it would be written now (tests, sizes)."""
        return encode_snapshot(self._scope_of(partition), partition)

    def forget_cached_states(self) -> None:
        self.flush_state_writes()
        self._live.clear()

    def process(
        self,
        payload: bytes | None,
        origin: Origin,
        accept: frozenset[str] = frozenset({"decision", "mission"}),
        headers: Headers = (),
    ) -> list[Output]:
        record = decode(
            payload, origin, accept=accept, max_bytes=self.max_record_bytes, now=self.clock()
        )
        if isinstance(record, DeadLetter):
            return [self._dead(record)]
        placed = self.place(
            record.agent_id,
            origin,
            payload,
            headers,
            declared=record if isinstance(record, MissionDeclaration) else None,
            at=record.time,
        )
        if placed is None:  # re-published to its route twice (a restart): judged already
            return []
        if isinstance(placed, Output):
            return [placed]
        if record.type == "feedback":  # analyst feedback (docs/feedback.md)
            return self.judge_feedback(
                record, route=placed, origin=str(origin), source=(origin, payload)
            )
        return self.judge_record(record, route=placed, source=(origin, payload))

    # -- routes (pipeline/judging/routing.py) ------------------------------------------------
    def place(
        self,
        agent_id: str,
        origin: Origin,
        payload: bytes | None,
        headers: Headers = (),
        *,
        declared: MissionDeclaration | None = None,
        at: datetime | None = None,
        correct_keys: bool = True,
    ) -> str | Output | None:
        """Where a record of ``agent_id`` (``declared``: a mission) that arrived at ``origin``
        is judged: the route to judge it under here; or the record re-published (to its
        agent id's partition, or to its route's); or ``None``, a copy re-published to its
        route before, judged already. Offline (no topic) there is no hop: the route.
        ``correct_keys`` (not for signed feedback, whose key the signature covers): a record
        keyed by anything else than its agent id, or on another partition than its agent
        id's, is re-published keyed by its agent id first (a producer with another
        partitioner would otherwise split an agent's state across workers)."""
        if origin.topic is None:
            return self._route(agent_id, declared, at)
        key = agent_id.encode()
        routed = self._header_route(origin, headers, key)
        if routed is not None:
            return None if self._copy_seen(origin, headers) else routed
        if correct_keys and (
            origin.key != key
            or (
                self.partitions is not None
                and origin.partition is not None
                and partition_for(key, self.partitions) != origin.partition
            )
        ):
            self.counters.rerouted += 1
            return Output("reroute", key, payload or b"")
        if origin.key != key:  # signed feedback keyed otherwise: its gate rejects it here
            return agent_id
        route = self._route(agent_id, declared, at)
        if route == agent_id or self.partition_of(route) == origin.partition:
            return route  # judged here: this partition is its route's (no hop, same log)
        self.counters.routed += 1
        kept = tuple((k, v) for k, v in headers if k not in (ROUTE_HEADER, FROM_HEADER))
        came = f"{origin.topic}:{origin.partition}:{origin.offset}".encode()
        return Output(
            "reroute",
            key,
            payload or b"",
            partition=self.partition_of(route),
            headers=(*kept, (ROUTE_HEADER, route.encode()), (FROM_HEADER, came)),
        )

    def _route(
        self, agent_id: str, declared: MissionDeclaration | None, at: datetime | None
    ) -> str:
        """``agent_id``'s route, kept (under :func:`routing.entry_key`, in its id's partition)
        from the first mission declared for it that the mission gate admits on its own (a
        trusted issuer's signature), with the time of the agent's last decision
        (rewritten at most hourly; none before its first, as a state's ``last_seen``), by
        which its id's partition sweeps it (:meth:`_sweep_routes`)."""
        if self.partition_by != "cohort":
            return agent_id
        entry = entry_key(agent_id)
        stored = self.states.get(entry)
        if stored is None and (
            declared is None
            or (self.missions is not None and not self.missions.admits_alone(declared))
        ):
            return agent_id
        if stored is None:
            assert declared is not None
            since, route = "", mission_route(declared.cohort, self.judge.config.default_cohort)
            self.states[entry] = entry_value(since, route)
        else:
            since, route = read_entry(stored)
        if at is not None:
            if declared is None:
                t = int(at.timestamp())
                if not since or t - int(since) >= ROUTE_REFRESH_S:
                    self.states[entry] = entry_value(str(t), route)
            # The sweep of the partition a routed record arrived at (its agent id's), which
            # may judge nothing itself: its routes are swept there, with its idle agents.
            self._enter(agent_id).changed = True
            self._advance(agent_id, at)
        return route

    def _header_route(self, origin: Origin, headers: Headers, key: bytes) -> str | None:
        """The route a record re-published by :meth:`place` names, if it is valid here."""
        if self.partition_by != "cohort" or origin.key != key:
            return None
        value = next((v for k, v in headers if k == ROUTE_HEADER), None)
        if value is None:
            return None
        route = value.decode(errors="replace")
        if (
            self.partitions is not None
            and origin.partition is not None
            and self.partition_of(route) != origin.partition
        ):
            return None  # not this partition's: placed again from its agent id's partition
        return route

    def _copy_seen(self, origin: Origin, headers: Headers) -> bool:
        """Whether this copy was judged before: the place it was re-published from is at or
        before the last one this partition judged from there (a re-published record comes
        again after a restart of the partition it came from; copies keep their order)."""
        came = next((v for k, v in headers if k == FROM_HEADER), None)
        if came is None or origin.partition is None:
            return False
        where, _, offset = came.decode(errors="replace").rpartition(":")
        try:
            at = int(offset)
        except ValueError:
            return False
        scope = self._scope_of(origin.partition)
        if at <= scope.routed.get(where, -1):
            self.counters.skipped_reprocessed += 1
            return True
        scope.routed[where] = at
        scope.changed = True
        return False

    def _advance(self, agent_id: str, at: datetime) -> None:
        """Move the clock of the partition being judged on for a record of ``agent_id`` at
        ``at`` (:meth:`PartitionScope.advance`), and sweep its idle agents when it is due."""
        scope = self._scope
        scope.advance(agent_id, at)
        now = scope.stream_time
        if now is None:
            return
        t = now.timestamp()
        if scope.next_sweep is None:
            scope.next_sweep = t + self.sweep_every_s
        if t < scope.next_sweep:
            return
        scope.next_sweep = t + self.sweep_every_s
        try:
            self.evict_idle(now)
        except Exception:  # noqa: BLE001 - housekeeping: must not cost a judged record its outputs
            log.exception("sweep of idle agents failed at event time %s; retried later", now)

    def _index(self, scope: PartitionScope) -> None:
        """Fill ``scope.seen`` from the table: each agent of the partition being judged with
        a state (by state key: routing.py), by its state's ``last_seen`` (after a restore or
        a move of partitions)."""
        scope.seen = {}
        keys = sorted(  # the table's, and the cache's whose writes are deferred
            k
            for k in {*self.states.keys(), *self._live}
            if not is_internal_key(k) and self.partition_of(route_of(k)) == self._partition
        )
        for key in keys:
            state = self._state_of(key)
            if state is not None and state.last_seen is not None:
                scope.seen[key] = self._sweep_time(state)
        scope.indexed = True

    def _sweep_time(self, state: AgentState) -> float:
        """The index's time of ``state``: its last call, moved on for a mission kept after
        eviction so that the sweep decodes it only when it may go (``mission_keep_s``)."""
        assert state.last_seen is not None
        at = state.last_seen.timestamp()
        if kept_mission(state):
            at += self.judge.config.mission_keep_s - self.judge.config.idle_evict_s
        return at

    def _state_of(self, key: str) -> AgentState | None:
        state = self._live.get(key)
        if state is None:
            raw = self.states.get(key)
            try:
                state = AgentState.from_bytes(raw) if raw else None
            except Exception:  # noqa: BLE001 - unreadable: reported when the agent acts
                state = None
        return state

    def evict_idle(self, now: datetime) -> list[str]:
        """Drop the states of agents the judge calls evictable at event time ``now``, among
        those of the partition being judged: every agent of the partition with a state in
        the table (a function of the partition's records, whichever process judges it; the
        scope's ``seen`` index only saves decoding the states of agents not idle). Then the
        routes the partition keeps that are older than any state they lead to."""
        scope = self._scope
        if not scope.indexed:
            self._index(scope)
        # A margin: the index only preselects, the judge decides on the states themselves.
        idle_s = self.judge.config.idle_evict_s - 1.0
        candidates = sorted(k for k, seen in scope.seen.items() if now.timestamp() - seen >= idle_s)
        evicted: list[str] = []
        for key in candidates:  # one by one: an agent may have a state under two routes
            state = self._state_of(key)
            if state is None or not self.judge.evictable([state], now):
                continue
            evicted.append(agent_of(key))
            self._live.pop(key, None)
            self._dirty.discard(key)
            scope.seen.pop(key, None)
            # What outlives the learned state: the mission in force, indexed to be swept
            # again when it is due (``mission_keep_s`` after the agent's last call).
            kept = self.judge.kept_after_eviction(state, now)
            if kept is not None and self._write(key, kept):
                scope.seen[key] = self._sweep_time(kept)
                continue
            if key in self.states:
                del self.states[key]
        self.counters.evicted += len(evicted)
        if self.partition_by == "cohort":
            self._sweep_routes(now)
        return evicted

    def _sweep_routes(self, now: datetime) -> None:
        """Forget the routes of the partition being judged whose time (their agent's last
        record, to the hour) is older than anything a route's partition keeps of an agent:
        its learned state (``idle_evict_s``), its mission (``mission_keep_s``), a command in
        force (``revoke_ttl_s``). The agent, should it come back, is routed anew by its next
        mission, and by its own id until then."""
        config = self.judge.config
        keep_s = max(config.idle_evict_s, config.mission_keep_s, self.judge.settings.revoke_ttl_s)
        horizon = now.timestamp() - keep_s - ROUTE_REFRESH_S
        at = len(ROUTE_PREFIX)
        for key in sorted(k for k in self.states.keys() if k.startswith(ROUTE_PREFIX)):
            if self.partition_of(key[at:]) != self._partition:
                continue
            since, _ = read_entry(self.states.get(key) or b"")
            if since and int(since) < horizon:  # an agent that never acted: kept, as its state
                del self.states[key]

    def _evict_one(self) -> None:
        key, state = self._live.popitem(last=False)
        if key in self._dirty:
            self._dirty.discard(key)
            self._write(key, state)

    def _write(self, key: str, state: AgentState) -> bool:
        """Write ``state`` through to the table. A state that cannot be serialized is not
        written (the table keeps the agent's last good state) and leaves the cache, so it is
        read back from the table next time: logged and counted, never raised, since a raise
        here would repeat on every later batch."""
        try:
            self.states[key] = state.to_bytes()
        except Exception:  # noqa: BLE001 - see the docstring
            self.counters.state_write_errors += 1
            self._live.pop(key, None)
            log.exception(
                "state of agent %r not written: it could not be serialized", agent_of(key)
            )
            return False
        return True

    def flush_state_writes(self) -> int:
        """Write the states changed since the last flush; return how many."""
        written = 0
        for key in list(self._dirty):
            state = self._live.get(key)
            # Every dirty agent is cached (judge_record keeps it so even when judging fails);
            # one that is not has nothing newer than the table to write.
            if state is not None and self._write(key, state):
                written += 1
        self._dirty.clear()
        return written

    def _load(self, key: str, outputs: list[Output]) -> AgentState | None:
        """The state under ``key`` (routing.py): cached (taken out of the cache), else read
        from the table."""
        state = self._live.pop(key, None)
        if state is None:
            raw = self.states.get(key)
            try:
                state = AgentState.from_bytes(raw) if raw else None
            except Exception as exc:  # noqa: BLE001 - any unreadable state, see below
                # A state written by an incompatible version must not stop the stream.
                agent_id = agent_of(key)
                reason = f"unreadable state for agent {agent_id}, starting afresh: {exc}"
                dl = dead_letter(raw, reason, Origin(source="state"), self.clock())
                self.counters.dead_letters += 1
                outputs.append(Output("dead_letter", agent_id.encode(), dump_json(dl)))
        return state

    def _keep(self, key: str, state: AgentState) -> None:
        """(Re)insert ``state`` in the cache as the most recently judged, and write it
        through, or mark it to be written at the next flush."""
        self._live[key] = state
        if state.last_seen is not None:  # the sweep's index (evict_idle)
            self._scope.seen[key] = self._sweep_time(state)
        else:
            self._scope.seen.pop(key, None)
        if len(self._live) > self.cache_agents:
            self._evict_one()
        if self.defer_state_writes:
            self._dirty.add(key)
        else:
            self._write(key, state)

    def _judging_failed(
        self,
        record: AuthorizationDecision | MissionDeclaration | AnalystFeedback,
        exc: Exception,
        state: AgentState | None,
        source: tuple[Origin, bytes | None] | None,
        key: str,
    ) -> Output:
        """Dead-letter ``record``, whose judgement raised ``exc``, and put the agent's state
        back. The state is kept as the failed judgement left it (maybe partly updated), not
        reset: a record that crashes the judge must not wipe an agent's history (its risk, a
        revocation in force). It stays cached and is written like any judged state, so the
        cache and the deferred writes stay consistent (a dirty agent missing from the cache
        used to fail every later flush)."""
        self.counters.judge_errors += 1
        if state is not None:
            self._keep(key, state)
        origin, payload = source if source is not None else (Origin(source="stage"), None)
        if payload is None:
            payload = dump_json(record)
        reason = f"judging failed at {origin}: {type(exc).__name__}: {exc}"
        log.warning("%s (record dead-lettered)", reason, exc_info=exc)
        dl = dead_letter(payload, reason[:4096], origin, self.clock())
        self.counters.dead_letters += 1
        return Output("dead_letter", record.agent_id.encode(), dump_json(dl))

    def judge_record(
        self,
        record: AuthorizationDecision | MissionDeclaration,
        *,
        route: str | None = None,
        source: tuple[Origin, bytes | None] | None = None,
    ) -> list[Output]:
        """Judge one decision or mission under ``route`` (default: the agent's, routing.py);
        ``source`` (where it came from, and its bytes as received) is for the dead letter
        should judging it fail."""
        outputs: list[Output] = []
        if route is None:
            declared = record if record.type == "mission" else None
            route = self._route(record.agent_id, declared, record.time)
        key = state_key(record.agent_id, route)
        scope = self._enter(route)
        scope.changed = True  # the judge may learn (cohorts, guard) even if it then fails
        state = self._load(key, outputs)
        try:
            judged, published = self._judge(state, record)
        except Exception as exc:  # noqa: BLE001 - any failure: one record's dead letter
            outputs.append(self._judging_failed(record, exc, state, source, key))
            return outputs
        self._keep(key, judged)
        outputs.extend(published)
        self._advance(record.agent_id, record.time)
        return outputs

    def _judge(
        self, state: AgentState | None, record: AuthorizationDecision | MissionDeclaration
    ) -> tuple[AgentState, list[Output]]:
        """The agent's state after ``record``, and what to publish. Changes no bookkeeping
        of the stage, so that a raise here leaves it as it was."""
        if record.type == "mission":
            self.counters.missions += 1
            state, verdict = self._admit_mission(state, record)
        else:
            self.counters.decisions += 1
            state, verdict = self.judge.on_decision(state, record)
        cohort = state.mission.cohort if state.mission else None
        own = state.agent_id  # a verdict may command other agents too (incident scoping)
        screened = self._screen(verdict, cohort, own)
        if sum(c.agent_id == own for c in screened.commands) < sum(
            c.agent_id == own for c in verdict.commands
        ):
            # A withheld command was never enforced: the agent stays active for the judge, so
            # it keeps being judged (and, in a dry run, keeps raising alerts).
            state.status, state.status_command_id = "active", None
        return state, self._publish(screened)

    def _admit_mission(
        self, state: AgentState | None, mission: MissionDeclaration
    ) -> tuple[AgentState, Verdict]:
        """Install ``mission`` if the gate admits it (verified once, here; stored without
        its signature), else leave the agent as it was and raise a mission_integrity alert."""
        if self.missions is None:
            return self.judge.on_mission(state, mission)
        in_force = state.mission if state else None
        check = self.missions.check(mission, in_force, self._scope.stream_time)
        if check.accepted:
            return self.judge.on_mission(state, mission.model_copy(update={"signature": None}))
        rejected = self.counters.missions_rejected
        rejected[check.reason or "?"] = rejected.get(check.reason or "?", 0) + 1
        state = state or AgentState(agent_id=mission.agent_id)
        return state, Verdict(alerts=[integrity_alert(mission, check, in_force)])

    # -- analyst feedback (pipeline/feedback/, docs/feedback.md) ------------------------------
    def judge_feedback(
        self,
        feedback: AnalystFeedback,
        *,
        kid: str | None = None,
        origin: str | None = None,
        source: tuple[Origin, bytes | None] | None = None,
        route: str | None = None,
    ) -> list[Output]:
        """Apply one verified (or, in replay, trusted) feedback to its agent's state and the
        judge's feedback book, under ``route`` (default: the agent's, routing.py); outputs:
        any reinstate command, then its audit entry. ``source`` is for the dead letter
        should applying it fail."""
        from missionguard.pipeline.feedback.audit import audit_applied

        self.counters.feedback += 1
        agent_id = feedback.agent_id
        if route is None:
            route = self._route(agent_id, None, None)
        key = state_key(agent_id, route)
        self._enter(route).changed = True
        state = self._live.pop(key, None)
        if state is None:
            raw = self.states.get(key)
            try:
                state = AgentState.from_bytes(raw) if raw else None
            except Exception:  # noqa: BLE001
                state = None  # judge_record reports unreadable state when the agent acts
        try:
            state, verdict, outcome = self.judge.on_feedback(state, feedback)
            audit = audit_applied(feedback, outcome, kid=kid, origin=origin)
            outputs = [
                *self._publish(verdict),
                Output("audit", agent_id.encode(), dump_json(audit)),
            ]
        except Exception as exc:  # noqa: BLE001 - any failure: one record's dead letter
            if source is None and origin is not None:
                source = (Origin(source=origin), None)
            return [self._judging_failed(feedback, exc, state, source, key)]
        if state is not None:
            self._keep(key, state)
        return outputs

    def _screen(self, verdict: Verdict, cohort: str | None, own: str) -> Verdict:
        """The verdict as the guard rail lets it through; commands for agents other than
        ``own`` (incident scoping, late ownership) are not counted towards its cap
        (RevocationGuard.screen), and are screened in their agent's cohort (their alert's:
        late ownership may find an agent of another cohort)."""
        guard = self._scope.guard
        if guard is None or not verdict.commands:
            return verdict
        screened = Verdict(alerts=list(verdict.alerts))
        cohorts = {a.alert_id: a.cohort for a in verdict.alerts}
        for command in verdict.commands:
            mine = command.agent_id == own
            where = cohort if mine else cohorts.get(command.alert_id or "", cohort) or cohort
            outcome = guard.screen(command, where, counted=mine)
            self.counters.withheld += int(outcome.withheld)
            screened.commands.extend(outcome.commands)
            screened.alerts.extend(outcome.alerts)
        return screened

    def _publish(self, verdict: Verdict) -> list[Output]:
        out = [Output("alert", a.agent_id.encode(), dump_json(a)) for a in verdict.alerts]
        out += [Output("control", c.agent_id.encode(), dump_json(c)) for c in verdict.commands]
        # Counted once all are serialized: a record whose outputs fail is a dead letter only.
        for alert in verdict.alerts:
            sev = self.counters.by_severity
            sev[alert.severity] = sev.get(alert.severity, 0) + 1
        self.counters.alerts += len(verdict.alerts)
        self.counters.commands += len(verdict.commands)
        return out

    def _dead(self, record: DeadLetter) -> Output:
        self.counters.dead_letters += 1
        return Output("dead_letter", None, dump_json(record))
