"""The judging stage's state handling: bounded cache, deferred writes, partition checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.judging.stage import JudgingStage, partition_for
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.records.decoding import Origin

T0 = datetime(2026, 4, 1, tzinfo=UTC)


def _mission(agent: str) -> MissionDeclaration:
    return MissionDeclaration(
        time=T0,
        agent_id=agent,
        mission_id="m",
        purpose="read tickets",
        allowed_actions=["tickets:read"],
        issued_by="t",
    )


def test_deferred_writes_reach_the_table_on_flush_or_eviction():
    table: dict[str, bytes] = {}
    stage = JudgingStage(
        Judge(), table, max_record_bytes=4096, defer_state_writes=True, cache_agents=2
    )
    for agent in ("a", "b"):
        stage.judge_record(_mission(agent))
    assert table == {}  # deferred
    stage.judge_record(_mission("c"))  # evicts "a", the least recently judged: written
    assert set(table) == {"a"}
    assert stage.flush_state_writes() == 2
    assert set(table) == {"a", "b", "c"}
    assert AgentState.from_bytes(table["a"]).mission.agent_id == "a"


def test_an_evicted_agent_is_read_back_from_the_table():
    table: dict[str, bytes] = {}
    stage = JudgingStage(Judge(), table, max_record_bytes=4096, cache_agents=1)
    stage.judge_record(_mission("a"))
    stage.judge_record(_mission("b"))  # "a" leaves the cache
    off = AuthorizationDecision(
        event_id="e",
        time=T0,
        agent_id="a",
        action="db:drop",
        resource="db",
        decision="allow",
        source="t",
    )
    kinds = [o.kind for o in stage.judge_record(off)]
    assert "control" in kinds  # the mission came back from the table


def test_a_record_on_the_wrong_partition_is_rerouted():
    stage = JudgingStage(Judge(), {}, max_record_bytes=4096, partitions=4)
    right = partition_for(b"a", 4)
    payload = dump_json(_mission("a"))
    ok = Origin(topic="t", partition=right, offset=0, key=b"a")
    wrong = Origin(topic="t", partition=(right + 1) % 4, offset=1, key=b"a")
    assert stage.process(payload, ok) == []
    assert [o.kind for o in stage.process(payload, wrong)] == ["reroute"]


def test_idle_agents_are_swept_on_event_time_and_start_again_cold():

    table: dict[str, bytes] = {}
    judge = Judge()
    stage = JudgingStage(judge, table, max_record_bytes=4096)
    for agent in ("idle", "busy", "undeclared"):
        if agent != "undeclared":
            stage.judge_record(_mission(agent))
        stage.judge_record(
            AuthorizationDecision(
                event_id=f"first-{agent}",
                time=T0,
                agent_id=agent,
                action="tickets:read",
                resource="t/1",
                decision="allow",
                source="t",
            )
        )
    later = T0 + timedelta(seconds=judge.config.idle_evict_s + 2 * stage.sweep_every_s)
    busy = AuthorizationDecision(
        event_id="b",
        time=later,
        agent_id="busy",
        action="tickets:read",
        resource="t/1",
        decision="allow",
        source="t",
    )
    stage.judge_record(busy)
    # A day's jump of the partition's clock needs a second agent's record (one record with
    # a wrong date must not make every other agent idle: test_poison_input.py).
    assert stage.counters.evicted == 0
    stage.judge_record(busy.model_copy(update={"event_id": "c", "agent_id": "busy2"}))
    assert "undeclared" not in table and "busy" in table
    assert stage.counters.evicted == 2
    # The idle agent's mission outlives what it learned: a quiet day lapses no declaration.
    kept = AgentState.from_bytes(table["idle"])
    assert kept.mission is not None and kept.mission.agent_id == "idle"
    assert kept.decisions_seen == 0 and kept.last_seen == T0
    # ... for mission_keep_s after its last call; then the sweep drops it too.
    gone = T0 + timedelta(seconds=judge.config.mission_keep_s + 2 * stage.sweep_every_s)
    stage.judge_record(busy.model_copy(update={"event_id": "b2", "time": gone}))
    stage.judge_record(
        busy.model_copy(update={"event_id": "c2", "agent_id": "busy2", "time": gone})
    )
    assert "idle" not in table and stage.counters.evicted == 3


def test_an_agent_whose_command_was_withheld_keeps_being_judged():
    from missionguard.pipeline.control.guard import RevocationGuard
    from missionguard.pipeline.settings.control import GuardSettings

    guard = RevocationGuard(GuardSettings(dry_run_cohorts=("support",)))
    stage = JudgingStage(Judge(), {}, max_record_bytes=4096, guard=guard)
    stage.judge_record(_mission("a").model_copy(update={"cohort": "support"}))
    kinds = []
    for n in range(2):
        off = AuthorizationDecision(
            event_id=f"x{n}",
            time=T0,
            agent_id="a",
            action="db:drop",
            resource="db",
            decision="allow",
            source="t",
        )
        kinds.append(sorted({o.kind for o in stage.judge_record(off)}))
    # Dry run: no command is published, and the second violation is still alerted on.
    assert kinds == [["alert"], ["alert"]]
    assert stage.counters.withheld == 2


def _mailers(guard) -> tuple[JudgingStage, dict[str, bytes], Any]:
    """A stage judging a cohort of mailers, and ``send(n, agent, to, action)``."""
    table: dict[str, bytes] = {}
    stage = JudgingStage(Judge(), table, max_record_bytes=65536, guard=guard)
    for agent in ("a1", "a2", "a3", "a4", "a6"):
        mission = _mission(agent).model_copy(
            update={"cohort": "mail", "purpose": "answer by mail", "allowed_actions": ["mail.send"]}
        )
        stage.judge_record(mission)

    def send(n: int, agent: str, to: str, action: str = "mail.send") -> list:
        call = AuthorizationDecision(
            event_id=f"e{n}",
            time=T0 + timedelta(seconds=n),
            agent_id=agent,
            action=action,
            resource="mail/outbox",
            decision="allow",
            source="t",
            operation="send",
            arguments={"to": to},
        )
        return stage.judge_record(call)

    for n in range(60):
        send(n, ("a1", "a2", "a3")[n % 3], f"customer{n}@client{n}.example")
    send(100, "a6", "loot@evil.example")
    return stage, table, send


def test_incident_scoping_neither_counts_towards_nor_trips_the_guard_rail():
    # a4's stop also commands a6, which mailed the same address before (incident scoping).
    # With room for one revocation, a4's is counted and a6's passes uncounted: no trip.
    from missionguard.pipeline.control.guard import RevocationGuard
    from missionguard.pipeline.settings.control import GuardSettings

    guard = RevocationGuard(GuardSettings(max_revocations=1))
    stage, table, send = _mailers(guard)
    outputs = send(102, "a4", "loot@evil.example", action="mail.send_as")
    assert [o.key for o in outputs if o.kind == "control"] == [b"a4", b"a6"]
    assert stage.counters.withheld == 0 and guard.alert_only_until("mail") is None


def test_a_withheld_command_for_another_agent_leaves_this_one_stopped():
    # Only the agent's own withheld command keeps it judged as active.
    from missionguard.pipeline.control.guard import GuardScreening, RevocationGuard

    class WithholdsOthers(RevocationGuard):
        def screen(self, command, cohort, *, counted=True):
            return GuardScreening(commands=[command] if counted else [])

    stage, table, send = _mailers(WithholdsOthers())
    outputs = send(102, "a4", "loot@evil.example", action="mail.send_as")
    assert [o.key for o in outputs if o.kind == "control"] == [b"a4"]
    assert stage.counters.withheld == 1
    assert AgentState.from_bytes(table["a4"]).status in ("suspended", "revoked")


def test_a_command_for_an_agent_of_another_cohort_is_screened_in_that_cohort():
    # Late ownership may find an agent of another cohort: m1 (cohort "trial", a dry run)
    # read #W1 before its owner's two sessions in cohort "shop" confirmed it was hers. The
    # command for m1 is withheld, as its own cohort's dry run says, and published as an alert.
    from missionguard.pipeline.control.guard import RevocationGuard
    from missionguard.pipeline.settings.control import GuardSettings

    guard = RevocationGuard(GuardSettings(dry_run_cohorts=("trial",)))
    stage = JudgingStage(Judge(), {}, max_record_bytes=65536, guard=guard)
    for agent, cohort in (("m1", "trial"), ("a1", "shop"), ("a2", "shop")):
        mission = _mission(agent).model_copy(
            update={"cohort": cohort, "allowed_actions": ["get_order_details"]}
        )
        stage.judge_record(mission)

    def read(n: int, agent: str, customer: str) -> list:
        call = AuthorizationDecision(
            event_id=f"e{n}", time=T0 + timedelta(seconds=n), agent_id=agent,
            action="get_order_details", resource="shop/get_order_details", decision="allow",
            source="t", on_behalf_of=customer, arguments={"order_id": "#W1"},
        )  # fmt: skip
        return stage.judge_record(call)

    read(1, "m1", "mallory_1")
    read(2, "a1", "alice_2")
    outputs = read(3, "a2", "alice_2")
    assert not [o for o in outputs if o.kind == "control"], outputs
    assert stage.counters.withheld == 1
    late = [o for o in outputs if o.kind == "alert" and o.key == b"m1"]
    assert any(b"late_owner" in o.value for o in late), late
