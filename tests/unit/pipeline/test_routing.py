"""Routes (pipeline/judging/routing.py): with ``partition_by: cohort`` an agent with a
mission is judged on its cohort's partition, its records re-published there from the
partition its producer's key put them on.

No broker: a dict of per-partition logs stands in for the input topic, and the stage is
driven as the worker drives it (skip what was applied, mark, process; a re-published record
is appended to the log of the partition it names).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from functools import cache

from missionguard.models.judge import Judge
from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.judging.feedback import FeedbackIntake
from missionguard.pipeline.judging.partitions import PartitionScope, decode_snapshot
from missionguard.pipeline.judging.routing import (
    FROM_HEADER,
    ROUTE_HEADER,
    ROUTE_PREFIX,
    agent_of,
    entry_key,
    route_of,
    state_key,
)
from missionguard.pipeline.judging.stage import JudgingStage, Output, partition_for
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    dump_json,
)
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.tools.simulate import generate, preset

P = 4
TOPIC = "decisions"
ACCEPT = frozenset({"decision", "mission"})
T0 = datetime(2026, 4, 1, tzinfo=UTC)

Log = list[tuple[bytes, bytes, tuple[tuple[str, bytes], ...]]]


@cache
def _fleet() -> list[bytes]:
    """The smoke fleet's records (six cohorts, 40 agents), in file order."""
    return [dump_json(r) for r, _ in generate(preset("smoke", seed=5)).labelled()]


def _stage(table: dict[str, bytes] | None = None, partition_by: str = "cohort") -> JudgingStage:
    return JudgingStage(
        Judge(),
        {} if table is None else table,
        max_record_bytes=1 << 16,
        guard=RevocationGuard(),
        partitions=P,
        snapshots=True,
        partition_by=partition_by,  # type: ignore[arg-type]
    )


class Cluster:
    """Per-partition logs of the input topic and one stage consuming them."""

    def __init__(self, stage: JudgingStage) -> None:
        self.stage = stage
        self.logs: dict[int, Log] = {p: [] for p in range(P)}
        self.read = dict.fromkeys(range(P), 0)
        self.outputs: list[bytes] = []

    def produce(self, payload: bytes) -> int:
        """Append ``payload`` keyed by its agent id, as a producer does; its partition."""
        agent = (
            MissionDeclaration.model_validate_json(payload).agent_id
            if b'"mission"' in (payload[:40])
            else AuthorizationDecision.model_validate_json(payload).agent_id
        )
        key = agent.encode()
        p = partition_for(key, P)
        self.logs[p].append((key, payload, ()))
        return p

    def consume(self, p: int) -> bool:
        """Process the next record of partition ``p``; whether there was one."""
        if self.read[p] >= len(self.logs[p]):
            return False
        offset = self.read[p]
        key, payload, headers = self.logs[p][offset]
        self.read[p] += 1
        origin = Origin(topic=TOPIC, partition=p, offset=offset, key=key)
        if self.stage.is_applied(origin):
            return True
        self.stage.mark_applied(origin)
        for out in self.stage.process(payload, origin, ACCEPT, headers):
            if out.kind == "reroute":
                target = out.partition if out.partition is not None else partition_for(out.key, P)
                self.logs[target].append((out.key or b"", out.value, out.headers))
            else:
                self.outputs.append(out.value)
        return True

    def drain(self, p: int) -> None:
        while self.consume(p):
            pass

    def in_file_order(self, payloads: list[bytes]) -> None:
        """Each record, and any copy it makes, judged before the next is produced."""
        for payload in payloads:
            self.produce(payload)
            while any(self.consume(p) for p in range(P)):
                pass

    def partition_after_partition(self, payloads: list[bytes]) -> None:
        """All records produced first, then each partition drained in turn, until none is
        left (copies reach their partition after what it already holds)."""
        for payload in payloads:
            self.produce(payload)
        while any(self.read[p] < len(self.logs[p]) for p in range(P)):
            for p in range(P):
                self.drain(p)


def _replayed(stage: JudgingStage, payloads: list[bytes]) -> list[bytes]:
    out = []
    for n, payload in enumerate(payloads):
        out += [o.value for o in stage.process(payload, Origin(line=n, source="f"), ACCEPT)]
    return out


def _decision(agent: str, at: datetime, n: int = 0, action: str = "tickets:read") -> bytes:
    return dump_json(
        AuthorizationDecision(
            event_id=f"{agent}-{n}",
            time=at,
            agent_id=agent,
            action=action,
            resource="tickets/1",
            decision="allow",
            source="t",
        )
    )


def _mission(agent: str, cohort: str | None = "support", at: datetime = T0) -> bytes:
    return dump_json(
        MissionDeclaration(
            time=at,
            agent_id=agent,
            mission_id=f"m-{agent}",
            cohort=cohort,
            purpose="read tickets",
            allowed_actions=["tickets:read"],
            issued_by="t",
        )
    )


def _on_partition(p: int, prefix: str = "agent") -> str:
    """An agent id whose own partition is ``p``."""
    return next(a for n in range(200) if partition_for((a := f"{prefix}-{n}").encode(), P) == p)


def _agents_apart() -> tuple[str, str]:
    """Two agent ids whose own partitions differ from each other and from ``support``'s."""
    home = partition_for(b"support", P)
    found = [a for n in range(100) if partition_for((a := f"agent-{n}").encode(), P) != home]
    first = found[0]
    second = next(
        a for a in found if partition_for(a.encode(), P) != partition_for(first.encode(), P)
    )
    return first, second


def test_each_cohort_is_judged_on_its_own_partition():
    cluster = Cluster(_stage())
    cluster.partition_after_partition(_fleet())
    stage = cluster.stage
    routed = [k for k in stage.states if not k.startswith("\x00") and route_of(k) != agent_of(k)]
    assert routed, "no agent was routed"
    for key in routed:
        assert stage.partition_of(route_of(key)) == partition_for(route_of(key).encode(), P)
    for p, scope in stage._scopes.items():
        for cohort in scope.cohorts.cohorts:
            if cohort != "default":  # agents before their mission: the default cohort
                assert partition_for(cohort.encode(), P) == p, (cohort, p)
    assert stage.counters.routed > 0
    declared = sum(1 for p in _fleet() if b'"type":"mission"' in p)
    assert stage.counters.missions == declared


def test_live_equals_replay_when_a_routes_partition_gets_the_records_in_file_order():
    cluster = Cluster(_stage())
    cluster.in_file_order(_fleet())
    replayed = _replayed(_stage(), _fleet())
    assert replayed
    assert Counter(cluster.outputs) == Counter(replayed)


def test_every_record_is_judged_once_however_partitions_interleave():
    cluster = Cluster(_stage())
    cluster.partition_after_partition(_fleet())
    decisions = sum(1 for p in _fleet() if b'"type":"decision"' in p)
    assert cluster.stage.counters.decisions == decisions
    replayed = _stage()
    _replayed(replayed, _fleet())
    states = {k for k in cluster.stage.states if not k.startswith("\x00")}
    assert states == {k for k in replayed.states if not k.startswith("\x00")}


def test_a_copy_re_published_again_after_a_restart_is_judged_once():
    cluster = Cluster(_stage())
    cluster.partition_after_partition(_fleet())
    stage, judged = cluster.stage, cluster.stage.counters.decisions
    copies = sum(len(log) for log in cluster.logs.values())
    # The partitions' records come again (their snapshots did not cover them): each one
    # judged elsewhere is placed again, the same copies published again, and those are
    # skipped. (One judged where it landed is judged again from the restored state: the
    # snapshot tests cover that.)
    for p in range(P):
        for offset, (key, payload, headers) in enumerate(list(cluster.logs[p])):
            stored = stage.states.get(entry_key(key.decode()))
            route = stored.decode().partition(":")[2] if stored else key.decode()
            if headers or partition_for(route.encode(), P) == p:
                continue
            origin = Origin(topic=TOPIC, partition=p, offset=offset, key=key)
            for out in stage.process(payload, origin, ACCEPT):
                assert out.kind == "reroute"
                cluster.logs[out.partition].append((key, out.value, out.headers))
    skipped = stage.counters.skipped_reprocessed
    for p in range(P):
        cluster.drain(p)
    assert sum(len(log) for log in cluster.logs.values()) > copies
    assert stage.counters.decisions == judged
    assert stage.counters.skipped_reprocessed > skipped


def test_a_record_is_re_published_to_its_route_with_where_it_came_from():
    agent, _ = _agents_apart()
    stage = _stage()
    home = partition_for(agent.encode(), P)
    origin = Origin(topic=TOPIC, partition=home, offset=7, key=agent.encode())
    (out,) = stage.process(_mission(agent), origin, ACCEPT)
    assert out.kind == "reroute" and out.key == agent.encode()
    assert out.partition == partition_for(b"support", P)
    assert dict(out.headers) == {
        ROUTE_HEADER: b"support",
        FROM_HEADER: f"{TOPIC}:{home}:7".encode(),
    }
    assert stage.states[entry_key(agent)] == b":support"  # no decision yet: no time
    # The copy, where it was sent: judged there, under the route.
    copy = Origin(topic=TOPIC, partition=out.partition, offset=0, key=agent.encode())
    assert stage.process(out.value, copy, ACCEPT, out.headers) == []
    assert state_key(agent, "support") in stage.states
    # A copy naming a route of another partition is not trusted: placed again from home.
    (again,) = stage.process(
        out.value,
        Origin(topic=TOPIC, partition=(out.partition + 1) % P, offset=1, key=agent.encode()),
        ACCEPT,
        out.headers,
    )
    assert again.kind == "reroute" and again.partition is None and again.headers == ()


def test_records_before_an_agents_first_mission_are_judged_under_its_own_id():
    agent, _ = _agents_apart()
    stage = _stage()
    _replayed(stage, [_decision(agent, T0), _mission(agent), _decision(agent, T0, 1)])
    assert {k for k in stage.states if not k.startswith("\x00")} == {
        agent,
        state_key(agent, "support"),
    }


def test_a_route_outlives_a_mission_declared_long_before_the_first_decision():
    """A mission installed weeks before its agent acts (a declared fleet, a quiet job): the
    route stays, as the state does, until the agent has acted and then gone quiet."""
    agent, _ = _agents_apart()
    stage = _stage()
    later = T0 + timedelta(days=30)
    # Another agent's records on the same partition move its sweep on meanwhile.
    neighbour = _on_partition(partition_for(agent.encode(), P), "n")
    _replayed(
        stage,
        [
            _mission(agent),
            *(_decision(neighbour, T0 + timedelta(days=d), d) for d in range(30)),
            _decision(agent, later),
        ],
    )
    assert agent not in stage.states
    assert state_key(agent, "support") in stage.states


def test_a_route_is_forgotten_once_its_agent_has_been_quiet_past_all_that_is_kept():
    agent, _ = _agents_apart()
    stage = _stage()
    judge = stage.judge
    keep_s = max(
        judge.config.idle_evict_s, judge.config.mission_keep_s, judge.settings.revoke_ttl_s
    )
    # Two neighbours: a jump of the partition's clock needs records of two agents.
    neighbour = _on_partition(partition_for(agent.encode(), P), "n")
    other = _on_partition(partition_for(agent.encode(), P), "o")
    far = T0 + timedelta(seconds=keep_s + 3 * 3600)
    _replayed(stage, [_mission(agent), _decision(agent, T0)])
    assert entry_key(agent) in stage.states
    _replayed(stage, [_decision(neighbour, far - timedelta(hours=1)), _decision(other, far, 1)])
    assert entry_key(agent) not in stage.states


def test_by_agent_id_nothing_is_routed():
    stage = _stage(partition_by="agent")
    cluster = Cluster(stage)
    cluster.partition_after_partition(_fleet())
    assert stage.counters.routed == 0
    assert not [k for k in stage.states if k.startswith(ROUTE_PREFIX) or "\x1f" in k]


def test_a_snapshot_keeps_what_was_judged_from_where():
    cluster = Cluster(_stage())
    cluster.partition_after_partition(_fleet())
    stage = cluster.stage
    p = partition_for(b"coding", P)
    assert stage._scopes[p].routed
    snapshot = stage.snapshot_of(p)
    fresh = PartitionScope(stage.judge.new_cohort_book(), RevocationGuard())
    assert (
        decode_snapshot(snapshot.head, fresh, snapshot.all_pieces.get).routed
        == stage._scopes[p].routed
    )


def test_feedback_goes_to_its_agents_route_with_its_signature_headers():
    agent, _ = _agents_apart()
    stage = _stage()
    _replayed(stage, [_mission(agent)])  # the route: kept in the agent's partition
    intake = FeedbackIntake(stage, gate=None)  # type: ignore[arg-type]  # placed before the gate
    home = partition_for(agent.encode(), P)
    signed = (("mg-signature", b"sig"), ("mg-kid", b"k"))
    (out,) = intake.process(
        agent.encode(),
        b"{}",
        signed,
        Origin(topic="feedback", partition=home, offset=3, key=agent.encode()),
        T0,
    )
    assert isinstance(out, Output) and out.kind == "reroute" and out.key == agent.encode()
    assert out.partition == partition_for(b"support", P)
    assert out.headers[:2] == signed and dict(out.headers)[ROUTE_HEADER] == b"support"


def test_only_a_mission_the_gate_admits_on_its_own_chooses_the_route():
    from missionguard.pipeline.missions import MissionGate, MissionSigner
    from missionguard.pipeline.settings import Settings

    agent, _ = _agents_apart()
    settings = Settings().missions
    stage = JudgingStage(
        Judge(),
        {},
        max_record_bytes=1 << 16,
        partitions=P,
        missions=MissionGate.from_settings(settings),
        partition_by="cohort",
    )
    home = partition_for(agent.encode(), P)
    unsigned = _mission(agent, cohort="elsewhere")
    origin = Origin(topic=TOPIC, partition=home, offset=0, key=agent.encode())
    outs = stage.process(unsigned, origin, ACCEPT)
    assert [o.kind for o in outs] == ["alert"]  # judged where it landed: an integrity alert
    assert entry_key(agent) not in stage.states
    signed = MissionSigner.from_settings(settings).sign(
        MissionDeclaration.model_validate_json(_mission(agent))
    )
    origin = Origin(topic=TOPIC, partition=home, offset=1, key=agent.encode())
    (out,) = stage.process(dump_json(signed), origin, ACCEPT)
    assert out.kind == "reroute" and dict(out.headers)[ROUTE_HEADER] == b"support"


def test_a_record_already_on_its_routes_partition_is_judged_there_without_a_hop():
    home = partition_for(b"support", P)
    agent = _on_partition(home)
    stage = _stage()
    origin = Origin(topic=TOPIC, partition=home, offset=0, key=agent.encode())
    assert stage.process(_mission(agent), origin, ACCEPT) == []
    assert stage.counters.routed == 0
    assert state_key(agent, "support") in stage.states
