"""The Judge end to end on small, hand-made fleets: cold start, grounding, delegation,
poisoning resistance, the ladder, state size, eviction, cohort export and determinism."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from missionguard.models.config import DetectionConfig
from missionguard.models.judge import Judge
from missionguard.models.sketch import key_of
from missionguard.models.state import AgentState
from missionguard.pipeline.records import AuthorizationDecision, Target, dump_json

from .conftest import T0, fleet, support_mission, support_task


def _warm_judge(agents: int = 12, tasks: int = 30) -> tuple[Judge, dict[str, AgentState]]:
    """A Judge whose support cohort has seen ordinary work of ``agents`` agents."""
    judge = Judge()
    states: dict[str, AgentState] = {}
    for a in range(agents):
        states[f"agent-{a}"], _ = judge.on_mission(None, support_mission(f"agent-{a}"))
    for d in fleet(agents, tasks):
        states[d.agent_id], verdict = judge.on_decision(states[d.agent_id], d)
    return judge, states


def _support_call(
    agent: str,
    event_id: str,
    t_offset_s: float,
    action: str,
    resource: str,
    *,
    source_ip: str = "10.1.2.3",
    customer: str = "cus_100001",
    **attributes: str,
) -> AuthorizationDecision:
    """One call of a support agent (the warm judge's cohort), two hours into the fleet."""
    return AuthorizationDecision(
        event_id=event_id,
        time=T0 + timedelta(hours=2, seconds=t_offset_s),
        agent_id=agent,
        credential_id=f"cred-{agent}",
        action=action,
        resource=resource,
        decision="allow",
        source="test",
        source_ip=source_ip,
        on_behalf_of=customer,
        attributes={"user_agent": "support-agent/1.2", "auth_method": "mtls", **attributes},
    )


def _send(agent: str, n: int, recipient: str, t_offset_s: float, customer: str = "cus_100001"):
    return _support_call(
        agent, f"{agent}-x{n}", t_offset_s, "mail:send", "mailbox://support/outbound",
        customer=customer, recipient=recipient,
    )  # fmt: skip


def test_benign_fleet_stays_quiet() -> None:
    judge = Judge()
    states: dict[str, AgentState] = {}
    for a in range(12):
        states[f"agent-{a}"], _ = judge.on_mission(None, support_mission(f"agent-{a}"))
    commands, alerts = [], []
    for d in fleet(12, 30):
        states[d.agent_id], verdict = judge.on_decision(states[d.agent_id], d)
        commands += verdict.commands
        alerts += [a for a in verdict.alerts if a.severity in ("medium", "high", "critical")]
    assert commands == []
    assert alerts == []


def test_new_agent_doing_normal_work_is_not_anomalous_for_being_new() -> None:
    judge, _ = _warm_judge()
    state, _ = judge.on_mission(None, support_mission("newcomer"))
    rng = random.Random(3)
    worst = []
    for k, d in enumerate(support_task("newcomer", "cus_555555", T0 + timedelta(hours=3), rng, 0)):
        state, verdict = judge.on_decision(state, d)
        worst += [a.severity for a in verdict.alerts]
        assert not verdict.commands, k
    assert set(worst) <= {"info", "low"}


def test_foreign_destination_is_flagged_and_explained() -> None:
    judge, states = _warm_judge()
    state, verdict = judge.on_decision(states["agent-0"], _send("agent-0", 1, "x@exfil.example", 0))
    assert verdict.alerts and verdict.alerts[0].severity in ("medium", "high")
    names = {f.name for f in verdict.alerts[0].detectors}
    assert "mission_grounding.destination" in names
    reason = next(f.reason for f in verdict.alerts[0].detectors if f.name.startswith("mission_g"))
    assert "exfil.example" in reason and "neither this agent nor the cohort" in reason
    assert verdict.alerts[0].evidence_event_ids[-1] == "agent-0-x1"


def test_attacker_reusing_a_foreign_destination_across_agents_stays_flagged() -> None:
    judge, states = _warm_judge()
    scores = []
    for a in range(12):  # every agent of the cohort is made to mail the same drop box
        agent = f"agent-{a}"
        states[agent], verdict = judge.on_decision(
            states[agent], _send(agent, 1, "drop@exfil.example", 10 * a)
        )
        scores.append(verdict.alerts[0].score if verdict.alerts else 0.0)
    assert min(scores) >= 0.55, scores
    assert scores[-1] >= scores[0] - 0.05  # no drift towards familiarity


def test_grounded_novel_destination_stays_at_most_low() -> None:
    judge, states = _warm_judge()
    # The purpose of this mission names the partner domain; nobody in the cohort used it yet.
    mission = support_mission("agent-0").model_copy(
        update={
            "purpose": support_mission("agent-0").purpose + "; forward refunds to "
            "refunds@partner-bank.example",
            "time": T0 + timedelta(hours=1),
        }  # fmt: skip
    )
    state, _ = judge.on_mission(states["agent-0"], mission)
    grounded = _send("agent-0", 2, "refunds@partner-bank.example", 0)
    state, verdict = judge.on_decision(state, grounded)
    assert not verdict.commands
    assert all(a.severity in ("info", "low") for a in verdict.alerts)


def test_cross_principal_access_is_flagged() -> None:
    judge, states = _warm_judge()
    foreign = AuthorizationDecision(
        event_id="agent-1-cross",
        time=T0 + timedelta(hours=2),
        agent_id="agent-1",
        credential_id="cred-agent-1",
        action="crm:customers.read",
        resource="crm://customers/cus_999999",  # not the customer the agent works for
        decision="allow",
        source="test",
        source_ip="10.1.2.3",
        on_behalf_of="cus_100001",
        attributes={"user_agent": "support-agent/1.2", "auth_method": "mtls"},
    )
    _, verdict = judge.on_decision(states["agent-1"], foreign)
    names = {f.name for a in verdict.alerts for f in a.detectors}
    # The fleet's reads are of its customers themselves (crm://customers/cus_100001): the
    # kind is keyed by customer, and another customer's id of that form is another
    # principal named (before: foreign_scope, a scope those reads never showed).
    assert "delegation_scope.named_principal" in names
    assert [c.action for c in verdict.commands] == ["suspend"]


def _read_from(agent: str, n: int, ip: str, t_offset_s: float) -> AuthorizationDecision:
    return _support_call(
        agent, f"{agent}-net{n}", t_offset_s, "tickets:read", "tickets://support/T-1",
        source_ip=ip,
    )  # fmt: skip


def test_one_credential_used_from_two_networks_at_once_suspends_at_the_first_alternation() -> None:
    # A move (the fleet redeploys the agent elsewhere) switches once: no command.
    judge, states = _warm_judge()
    state, moved = states["agent-4"], []
    for n, ip in enumerate(["10.1.2.3", "172.31.4.5", "172.31.4.6", "172.31.9.9"]):
        state, verdict = judge.on_decision(state, _read_from("agent-4", n, ip, 2.0 * n))
        moved += verdict.commands
    assert moved == [] and state.status == "active"
    # There and back (A, B, A) within seconds: a second holder of the credential. The first
    # alternation suspends; the attacker's next call is already blocked.
    state, commands = states["agent-6"], []
    for n, ip in enumerate(["10.1.2.3", "185.220.101.7", "10.1.7.7"]):
        state, verdict = judge.on_decision(state, _read_from("agent-6", n, ip, 2.0 * n))
        commands += [c.action for c in verdict.commands]
    assert commands and commands[-1] in ("suspend", "revoke"), commands
    names = {f.name for a in verdict.alerts for f in a.detectors}
    assert "concurrent_use.network_switch" in names


def test_revoked_agent_stops_learning() -> None:
    judge, states = _warm_judge(agents=4, tasks=10)
    state = states["agent-2"]
    state.status = "revoked"
    before = state.to_bytes()
    cohort_before = judge.export_cohorts()
    rng = random.Random(1)
    for d in support_task("agent-2", "cus_123456", T0 + timedelta(hours=5), rng, 900):
        state, verdict = judge.on_decision(state, d)
        assert not verdict
    after = AgentState.from_bytes(state.to_bytes())
    assert after.sequence.state_dict() == AgentState.from_bytes(before).sequence.state_dict()
    assert after.rarity.state_dict() == AgentState.from_bytes(before).rarity.state_dict()
    assert judge.export_cohorts() == cohort_before


def test_repeated_hostile_behaviour_climbs_the_ladder() -> None:
    judge, states = _warm_judge()
    state = states["agent-3"]
    actions = []
    for n in range(6):
        state, verdict = judge.on_decision(state, _send("agent-3", n, f"d{n}@exfil{n}.example", n))
        actions += [c.action for c in verdict.commands]
    assert actions, "no command after six foreign destinations"
    assert actions[-1] in ("suspend", "revoke")
    assert state.status in ("suspended", "revoked")


def _drift(judge: Judge, state: AgentState) -> tuple[AgentState, list[str]]:
    """One foreign destination every 40 minutes: each alone fades on the 15-minute half-life."""
    actions: list[str] = []
    for n in range(8):
        decision = _send("agent-5", n, f"d{n}@exfil{n}.example", n * 2400.0)
        state, verdict = judge.on_decision(state, decision)
        actions += [c.action for c in verdict.commands]
    return state, actions


def test_unexplained_destination_stops_on_its_own() -> None:
    """Issue 18, item 2: in a cohort whose sends go to explained destinations, one to an
    address nothing explains is a high finding that stops the agent by itself (suspend), not
    one more increment of risk; refused by IAM, it is answered one step milder. (Grounding
    weighted so that the finding is high but its risk alone reaches only a throttle.)"""

    def judge_with(**update):  # type: ignore[no-untyped-def]
        judge, states = _warm_judge()
        weights = {**judge.config.weights, "mission_grounding": 0.85}
        judge.config = judge.config.model_copy(update={"weights": weights, **update})
        return judge, states

    judge, states = judge_with()
    _, verdict = judge.on_decision(states["agent-0"], _send("agent-0", 1, "x@exfil.example", 0))
    assert verdict.alerts[0].severity == "high"
    assert [c.action for c in verdict.commands] == ["suspend"]
    assert "exfil.example" in verdict.commands[0].reason
    refused = _send("agent-1", 1, "x@exfil.example", 0).model_copy(update={"decision": "deny"})
    _, verdict = judge.on_decision(states["agent-1"], refused)
    assert verdict.commands and "suspend" not in [c.action for c in verdict.commands]
    # Without the rule (an empty DetectionConfig.decisive) the same finding only adds risk.
    judge, states = judge_with(decisive={})
    _, verdict = judge.on_decision(states["agent-0"], _send("agent-0", 1, "x@exfil.example", 0))
    assert verdict.alerts[0].severity == "high"
    assert "suspend" not in [c.action for c in verdict.commands]


def test_slow_drift_keeps_being_flagged_until_it_is_stopped() -> None:
    # The drift accumulation alone: each destination finding weighted down to a medium one,
    # not decisive (see above).
    judge, states = _warm_judge()
    drift = {"decisive": {}, "weights": {**judge.config.weights, "mission_grounding": 0.6}}
    judge.config = judge.config.model_copy(update=drift)
    state, actions = _drift(judge, states["agent-5"])
    assert state.status in ("suspended", "revoked"), actions
    assert state.drift_risk > state.risk  # the slow accumulation, not the recent one, did it
    # Without the slow accumulation (a drift scale no risk reaches) the same agent is not
    # stopped: this is what the drift half-life adds.
    config = judge.config.model_copy(update={"drift_scale": 1e9, **drift})
    judge2, states2 = _warm_judge()
    judge2.config = config
    state2, actions2 = _drift(judge2, states2["agent-5"])
    assert state2.status not in ("suspended", "revoked"), actions2


def test_mission_slip_refused_by_iam_suspends_never_revokes() -> None:
    """Never weaker than the declaration (issue 18): an undeclared action stops the agent
    even when IAM refused it, with a suspend (an analyst reinstates a slip); a revoke is for
    what the mission explicitly denies. Before: a throttle, which let it go on."""
    judge, states = _warm_judge()
    slip = _send("agent-4", 1, "cus_100001@mail.example", 0).model_copy(
        update={"action": "tickets:merge", "decision": "deny", "event_id": "slip"}
    )
    mission = support_mission("agent-4").model_copy(update={"allowed_actions": ["tickets:read"]})
    state, _ = judge.on_mission(states["agent-4"], mission)
    state, verdict = judge.on_decision(state, slip)
    assert verdict.alerts
    assert [c.action for c in verdict.commands] == ["suspend"]
    # Already suspended: a second slip raises its alert and no second command.
    again = slip.model_copy(update={"event_id": "slip-2"})
    state, verdict = judge.on_decision(state, again)
    assert verdict.alerts and not verdict.commands


def test_a_denial_written_in_another_case_still_denies() -> None:
    """IAM matches action names in any case ("iam:ListAccessKeys is the same as
    IAM:listaccesskeys"): a mission that allows ``tickets:*`` and denies ``TICKETS:Merge``
    revokes at ``tickets:merge``. Before: the denial matched its own spelling only, the call
    was allowed by ``tickets:*`` and nothing was said (a denial that fails open)."""
    judge, states = _warm_judge()
    mission = support_mission("agent-4").model_copy(update={"denied_actions": ["TICKETS:Merge"]})
    state, _ = judge.on_mission(states["agent-4"], mission)
    merge = _send("agent-4", 1, "cus_100001@mail.example", 0).model_copy(
        update={"action": "tickets:merge", "event_id": "merge"}
    )
    state, verdict = judge.on_decision(state, merge)
    assert [c.action for c in verdict.commands] == ["revoke"]
    assert "explicitly denied" in verdict.commands[0].reason


def test_state_is_small_and_round_trips() -> None:
    _, states = _warm_judge(agents=6, tasks=40)
    sizes = [len(s.to_bytes()) for s in states.values()]
    assert sum(sizes) / len(sizes) <= 4096, sizes
    for state in states.values():
        assert AgentState.from_bytes(state.to_bytes()).to_bytes() == state.to_bytes()


def test_same_input_same_output_bytes() -> None:
    outputs = []
    for _ in range(2):
        judge = Judge()
        states: dict[str, AgentState] = {}
        out = []
        for a in range(5):
            states[f"agent-{a}"], _ = judge.on_mission(None, support_mission(f"agent-{a}"))
        decisions = [*fleet(5, 12), _send("agent-0", 1, "z@exfil.example", 0)]
        for d in decisions:
            states[d.agent_id], verdict = judge.on_decision(states[d.agent_id], d)
            out += [dump_json(r) for r in (*verdict.alerts, *verdict.commands)]
        out += [s.to_bytes() for s in states.values()] + [judge.export_cohorts()]
        outputs.append(out)
    assert outputs[0] == outputs[1]


def test_cohort_export_import_round_trip() -> None:
    judge, states = _warm_judge(agents=4, tasks=10)
    data = judge.export_cohorts()
    other = Judge()
    other.import_cohorts(data)
    assert other.export_cohorts() == data
    probe = _send("agent-0", 9, "x@exfil.example", 0)
    a = judge.on_decision(AgentState.from_bytes(states["agent-0"].to_bytes()), probe)[1]
    b = other.on_decision(AgentState.from_bytes(states["agent-0"].to_bytes()), probe)[1]
    assert [dump_json(x) for x in a.alerts] == [dump_json(x) for x in b.alerts]


def test_import_rejects_garbage() -> None:
    judge = Judge()
    for bad in (b"not json", b'{"format": 99}', b'{"format": 1, "cohorts": {}}'):
        try:
            judge.import_cohorts(bad)
        except ValueError as exc:
            assert "cohort export" in str(exc)
        else:  # pragma: no cover - the assertion message is the point
            raise AssertionError(f"accepted {bad!r}")


def test_idle_agents_are_evictable_unless_a_command_is_in_force() -> None:
    _, states = _warm_judge(agents=3, tasks=5)
    judge = Judge(detection=DetectionConfig(idle_evict_s=600))  # shorter than the 1 h TTL
    states["agent-1"].status = "revoked"
    last = max(s.last_seen for s in states.values() if s.last_seen)
    assert judge.evictable(states.values(), last) == []
    later = last + timedelta(seconds=judge.config.idle_evict_s + 60)
    assert sorted(judge.evictable(states.values(), later)) == ["agent-0", "agent-2"]
    much_later = later + timedelta(seconds=judge.settings.revoke_ttl_s)
    assert sorted(judge.evictable(states.values(), much_later)) == [
        "agent-0", "agent-1", "agent-2"]  # fmt: skip


def test_an_evicted_agent_keeps_its_mission_in_force_and_nothing_else() -> None:
    """A nightly job that skips a night is idle past ``idle_evict_s``: what it learned goes,
    its declaration stays (else it would act "without a mission" the next night)."""
    judge, states = _warm_judge(agents=1, tasks=5)
    state = states["agent-0"]
    assert state.mission is not None and state.decisions_seen > 0
    later = state.last_seen + timedelta(days=2)
    kept = judge.kept_after_eviction(state, later)
    assert kept is not None and kept.mission == state.mission
    assert kept.decisions_seen == 0 and kept.last_seen == state.last_seen
    # Kept for mission_keep_s after the agent's last call, then gone too: a fleet of
    # short-lived agents leaves nothing behind for good.
    keep = timedelta(seconds=judge.config.mission_keep_s)
    assert judge.evictable([kept], state.last_seen + keep - timedelta(seconds=1)) == []
    assert judge.evictable([kept], state.last_seen + keep) == [kept.agent_id]
    assert judge.kept_after_eviction(kept, state.last_seen + keep) is None
    expired = state.mission.model_copy(update={"valid_until": later - timedelta(hours=1)})
    state.mission = expired
    assert judge.kept_after_eviction(state, later) is None
    state.mission = None
    assert judge.kept_after_eviction(state, later) is None


def test_undeclared_agent_is_judged_with_the_default_cohort() -> None:
    judge = Judge(detection=DetectionConfig(default_cohort="strangers"))
    state, verdict = judge.on_decision(None, next(fleet(1, 1)))
    # Acting without a mission is a finding of its own (undeclared.first_alert), once.
    assert verdict.alerts[0].severity == "low"
    assert verdict.alerts[0].detectors[-1].name == "mission_conformance.no_mission"
    assert "strangers" in judge.cohorts.cohorts


def test_an_episode_finding_counts_once_per_burst() -> None:
    # Velocity and probing findings repeat on every call of a burst: within the episode a
    # score counts again only when it clearly exceeds the peak that already fed the risk.
    judge = Judge()
    state = AgentState(agent_id="a")
    kept = []
    for t, score in ((0, 0.33), (1, 0.35), (2, 0.40), (3, 0.5), (4, 0.45), (400, 0.35)):
        scores = {"velocity": score, "value_rarity": 0.2}
        for_risk = judge._count_episodes_once(state, scores, float(t))
        assert for_risk["value_rarity"] == 0.2  # other detectors untouched
        assert scores == {"velocity": score, "value_rarity": 0.2}  # learning sees them all
        kept.append("velocity" in for_risk)
    assert kept == [True, False, False, True, False, True]


def test_pipeline_change_in_a_repository_the_agent_never_read_weighs_more() -> None:
    judge = Judge()
    mission = support_mission("coder").model_copy(
        update={
            "cohort": "coding",
            "purpose": "Fix issues in acme repositories: read code, push to agent branches",
            "allowed_actions": ["github:*"],
        }
    )
    state, _ = judge.on_mission(None, mission)

    def call(n: int, action: str, resource: str, **attrs: object) -> AuthorizationDecision:
        return AuthorizationDecision(
            event_id=f"coder-{n}", time=T0 + timedelta(seconds=5 * n), agent_id="coder",
            credential_id="cred-coder", action=action, resource=resource, decision="allow",
            source="test", attributes={"user_agent": "git/2.44", **attrs},
        )  # fmt: skip

    state, _ = judge.on_decision(
        state, call(0, "github:contents.read", "repo:acme/search/contents/a.py")
    )
    assert state.repositories_read == ["acme/search"]
    push = {"commits": 1, "touches": ".github/workflows/ci.yml"}
    x_own = judge.payload.explain_one({  # the same change in the repository it works in
        "action": "github:git.push", "resource": "repo:acme/search/refs/heads/agent/a",
        "texts": (("touches", push["touches"]),), "repository_read": True,
    })  # fmt: skip
    assert x_own["pipeline_definition"][0] == 0.8
    state, verdict = judge.on_decision(
        state, call(1, "github:git.push", "repo:acme/billing/refs/heads/agent/b", **push)
    )
    found = {f.name: f for a in verdict.alerts for f in a.detectors}
    assert found["risky_payload.pipeline_definition"].score == 0.9
    assert "'acme/billing'" in found["risky_payload.pipeline_definition"].reason
    assert state.repositories_read == ["acme/search"]  # a push is not a read
    assert AgentState.from_bytes(state.to_bytes()).repositories_read == ["acme/search"]


def _group_judge(acts_for: list[str]) -> tuple[Judge, AgentState]:
    judge, _ = _warm_judge()
    mission = support_mission("merger").model_copy(
        update={"purpose": "Merge the customer's duplicate accounts.", "acts_for": acts_for}
    )
    state, _ = judge.on_mission(None, mission)
    return judge, state


def _read_customer(agent: str, i: int, customer: str, acting_for: str) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"{agent}-g{i}",
        time=T0 + timedelta(hours=2, seconds=5 * i),
        agent_id=agent,
        credential_id=f"cred-{agent}",
        action="crm:customers.read",
        resource=f"crm://customers/{customer}",
        decision="allow",
        source="test",
        source_ip="10.1.2.3",
        on_behalf_of=acting_for,
        attributes={"user_agent": "support-agent/1.2", "auth_method": "mtls"},
    )


def _delegation_scores(
    judge: Judge, state: AgentState, customers: list[str], start: int = 0
) -> list[float]:
    scores = []  # calls numbered from ``start``: each call its own event id and time
    for i, customer in enumerate(customers, start):
        decision = _read_customer("merger", i, customer, "cus_100001")
        state, verdict = judge.on_decision(state, decision)
        found = [f for a in verdict.alerts for f in a.detectors if f.name.startswith("delegation")]
        scores.append(max((f.score for f in found), default=0.0))
    return scores


def test_principals_the_mission_acts_for_are_in_scope_and_nobody_else() -> None:
    """Issue 18, item 5: a group task is declared (``acts_for``), not guessed from English
    words of the purpose."""
    judge, state = _group_judge(["cus_9000*"])
    declared = [f"cus_{900000 + i}" for i in range(3)]
    scores = _delegation_scores(judge, state, declared)
    assert max(scores) <= judge.cohorts.delegation.group_score  # a low alert, not a stop
    # The group's records were not learned as the acting customer's.
    assert key_of(f"crm://customers/{declared[0]}") not in judge.cohorts.delegation._owners
    assert _delegation_scores(judge, state, ["cus_123456"], start=3)[0] >= 0.7  # someone else


def _booking_call(
    agent: str, i: int, owner: str, acting_for: str, action: str = "booking.cancel"
) -> AuthorizationDecision:
    """A travel agent's call on a booking whose typed target says whose it is (container)."""
    return AuthorizationDecision(
        event_id=f"{agent}-b{i}",
        time=T0 + timedelta(minutes=i),
        agent_id=agent,
        action=action,
        resource=f"bookings/PNR{i:04d}",
        decision="allow",
        source="test",
        on_behalf_of=acting_for,
        operation="write",
        target=Target(type="tmc:booking", container=owner, name=f"PNR{i:04d}"),
    )


def test_a_declared_group_members_booking_is_in_scope_by_its_container() -> None:
    """Corpus v4's benign stop: an organiser's travel agent, whose mission names the team
    (``acts_for``), cancels each member's booking; the typed target's container says whose
    booking it is, and no argument names the member. The member is a declared principal,
    so the principal-scoped kind's ``foreign_scope`` is the group task's low alert; a
    booking of someone outside the team is still scored in full."""
    judge = Judge()
    base = support_mission("trips").model_copy(update={"allowed_actions": ["booking.*"]})
    states = {}
    for a in range(4):
        states[f"trip-{a}"], _ = judge.on_mission(
            None, base.model_copy(update={"agent_id": f"trip-{a}"})
        )
    for i in range(40):  # every agent on its traveller's own bookings
        agent = f"trip-{i % 4}"
        call = _booking_call(agent, i, f"emp-{i}", f"emp-{i}", "booking.read")
        states[agent], _ = judge.on_decision(states[agent], call)
    team = base.model_copy(update={"agent_id": "organiser", "acts_for": ["emp-7*"]})
    state, _ = judge.on_mission(None, team)

    def delegation(i: int, owner: str) -> float:
        nonlocal state
        state, verdict = judge.on_decision(state, _booking_call("organiser", i, owner, "emp-70"))
        found = [f for a in verdict.alerts for f in a.detectors if f.name.startswith("delegation")]
        return max((f.score for f in found), default=0.0)

    assert delegation(100, "emp-71") <= judge.cohorts.delegation.group_score
    assert delegation(101, "emp-500") >= 0.7


def test_a_purpose_that_reads_like_a_group_task_grounds_nothing() -> None:
    judge, state = _group_judge([])  # "merge ... duplicate accounts", nothing declared
    scores = _delegation_scores(judge, state, ["cus_900001", "cus_900002"])
    assert min(scores) >= 0.7


def test_a_finding_below_the_risk_floor_does_not_make_novelty_more() -> None:
    """PerfSPEC's Prometheus operator: its own routine, new to it and its cohort, with a
    velocity finding of 0.03 beside it, built risk until it was revoked; a finding below
    ``risk_floor`` is noise by definition and leaves novelty novelty."""

    def risk(velocity: float) -> float:
        judge = Judge()
        wide = support_mission("agent-9").model_copy(update={"allowed_actions": ["*"]})
        state, _ = judge.on_mission(None, wide)
        found = {
            "value_rarity": {"action": (0.6, "new")},
            "mission_grounding": {"resource": (0.26, "a kind the purpose does not name")},
            "velocity": {"rate": (velocity, "x")},
        }
        judge._explain = lambda state, x: found  # type: ignore[method-assign,assignment]
        for n in range(3):
            call = _support_call("agent-9", f"r-{n}", 10.0 * n, "secrets:delete", "k8s/s/x")
            state, _ = judge.on_decision(state, call)
        return state.risk

    assert risk(0.03) == 0.0
    assert risk(0.5) > 0.0


def test_novelty_alone_in_declared_calls_alerts_but_never_stops(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 17 (PerfSPEC: the API server discovering new resource kinds): calls the mission
    declares that are only new to the agent and its cohort are alerted as scored and add no
    risk; without the rule the same stream builds risk."""
    import missionguard.models.judge as judge_module

    def run() -> tuple[AgentState, list[str], list[str]]:
        judge, states = _warm_judge()
        wide = support_mission("agent-2").model_copy(
            update={"allowed_actions": ["*"], "mission_id": "m-wide"}
        )
        state, _ = judge.on_mission(states["agent-2"], wide)
        commands, severities = [], []
        for n in range(8):  # actions and kinds of resource nobody in the cohort ever used
            call = _support_call("agent-2", f"new-{n}", 60.0 * n, f"queue{n}:purge",
                                 f"amqp://q{chr(97 + n)}/messages")  # fmt: skip
            state, verdict = judge.on_decision(state, call)
            commands += [c.action for c in verdict.commands]
            severities += [a.severity for a in verdict.alerts]
        return state, commands, severities

    state, commands, severities = run()
    assert "medium" in severities and commands == []
    assert state.risk == 0.0 and state.status == "active"
    monkeypatch.setattr(judge_module, "_NOVELTY_ONLY", frozenset())
    state, commands, _ = run()
    assert state.risk > 0.0  # the rule is what keeps it at zero


def test_the_same_record_delivered_twice_is_judged_once() -> None:
    """Sources deliver at least once (a retried upload, a log file read twice): the agent's
    last record again changes nothing, while a new call with a reused id is judged."""
    judge, states = _warm_judge(agents=4, tasks=10)
    state = states["agent-1"]
    call = _support_call("agent-1", "dup-1", 0.0, "tickets:read", "tickets/4471")
    state, _ = judge.on_decision(state, call)
    before, cohorts = state.to_bytes(), judge.export_cohorts()
    again, verdict = judge.on_decision(state, call)
    assert not verdict and again.to_bytes() == before and judge.export_cohorts() == cohorts
    # The same id at a later time is another call (a reporter reusing ids): judged.
    seen = again.decisions_seen
    later = call.model_copy(update={"time": call.time + timedelta(seconds=1)})
    judged, _ = judge.on_decision(again, later)
    assert judged.decisions_seen == seen + 1


def test_a_batch_delivered_again_is_judged_once() -> None:
    """A forwarder that re-sends its last batch after a lost acknowledgement delivers an
    agent's last few records again, after others. Before: only a repeat of the very last
    record was recognised, and the rest counted twice in the agent's rate, risk and counts
    (the simulated fleet, seed 7, with its last 5 decisions re-sent after every 50th:
    7 agents' commands changed; now the output is byte for byte the same)."""
    judge, states = _warm_judge(agents=4, tasks=10)
    state = states["agent-1"]
    batch = [
        _support_call("agent-1", f"batch-{i}", float(i), "tickets:read", f"tickets/{4470 + i}")
        for i in range(5)
    ]
    for call in batch:
        state, _ = judge.on_decision(state, call)
    before, cohorts = state.to_bytes(), judge.export_cohorts()
    for call in batch:
        state, verdict = judge.on_decision(state, call)
        assert not verdict
    assert state.to_bytes() == before and judge.export_cohorts() == cohorts


def test_a_call_for_one_tenant_on_another_tenant_stops_the_agent_without_on_behalf_of() -> None:
    """Corpus v5 (dev): a support copilot's policy-decision records (OPA) say for whom it
    acts nowhere; each call carries the ticket it answers and the tenant it acts on. Reading
    another tenant's SSO settings while answering acme's ticket gives ``tenant`` two values
    in one call (OWASP API1, broken object-level authorization): a stop, like an argument
    naming another principal when the record has one. The agent's calls for one tenant,
    and a call for a list of users, are no finding."""
    judge = Judge()
    mission = support_mission("copilot").model_copy(
        update={"allowed_actions": ["ticket.*", "tenant.settings.read"]}
    )
    state, _ = judge.on_mission(None, mission)

    def call(i: int, ticket_tenant: str, tenant: str) -> Any:
        nonlocal state
        decision = AuthorizationDecision(
            event_id=f"c{i}", time=T0 + timedelta(minutes=i), agent_id="copilot",
            action="tenant.settings.read", resource=f"tenants/{tenant}/settings/sso",
            decision="allow", source="opa", operation="read",
            arguments={"ticket": {"id": str(8000 + i), "tenant": ticket_tenant}, "tenant": tenant},
        )  # fmt: skip
        state, verdict = judge.on_decision(state, decision)
        return verdict

    for i, tenant in enumerate(("acme", "tyrell", "stark", "acme", "cyberdyne")):
        assert not call(i, tenant, tenant).commands
    verdict = call(9, "acme", "northwind")
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "delegation_scope.two_principals"
    assert "'acme'" in finding.reason and "'northwind'" in finding.reason


def test_an_agent_that_makes_itself_the_holder_of_what_it_does_for_principals_is_stopped() -> None:
    """Corpus v6 (dev): a spend-management agent issues virtual cards for employees, each call
    made for one (``on_behalf_of`` ``employee:E-...``, the card in the employee's container
    ``E-...``). It then issued a card with no principal and itself as the holder. An agent is
    none of the principals it serves: a change, for no stated principal, to an object the
    agent holds, of a kind its cohort changes for its principals, is self-dealing (ATT&CK
    T1098, the agent raising its own privileges). Its issues for employees, a typed principal
    whose container writes only the id, are no finding; neither is a read of its own."""
    judge = Judge()
    states: dict[str, Any] = {}
    for n in range(3):
        mission = support_mission(f"spend-{n}", cohort="spend").model_copy(
            update={"allowed_actions": ["cards:*"]}
        )
        states[mission.agent_id], _ = judge.on_mission(None, mission)

    def issue(i: int, agent: str, holder: str, principal: str | None, op: str = "write") -> Any:
        decision = AuthorizationDecision(
            event_id=f"i{i}", time=T0 + timedelta(minutes=i), agent_id=agent,
            action="cards:virtual:issue", resource="card/new", decision="allow",
            source="tool-gateway", operation=op, on_behalf_of=principal,
            target=Target(type="card", container=holder),
            arguments={"holder": holder, "limitUsd": 100 + i},
        )  # fmt: skip
        states[agent], verdict = judge.on_decision(states[agent], decision)
        return verdict

    for i in range(30):
        employee = f"E-{24000 + i}"
        verdict = issue(i, f"spend-{i % 3}", employee, f"employee:{employee}")
        assert not verdict.commands and not verdict.alerts, verdict
    assert not issue(40, "spend-1", "spend-1", None, op="read").commands
    verdict = issue(41, "spend-1", "spend-1", None)
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "delegation_scope.self_dealing"
    assert "'spend-1'" in finding.reason


def test_each_principals_own_object_of_one_name_is_no_other_principals() -> None:
    """Corpus v7 (dev): family assistants, each acting for its own user, add events to
    ``agenda:familia``, every record's typed target in the user's own container. The name
    is relative (each user's family calendar): before, the first user's sessions owned it and
    every other user's assistant was suspended for reaching another principal's object (8
    benign agents of v7). A typed target in the acting principal's container is the
    principal's; the same object named for another principal's container is still found."""
    judge = Judge()
    states: dict[str, Any] = {}
    for n in range(4):
        mission = support_mission(f"family-{n}", cohort="family").model_copy(
            update={"allowed_actions": ["agenda.*"]}
        )
        states[mission.agent_id], _ = judge.on_mission(None, mission)

    def event(i: int, n: int, container: str) -> Any:
        agent = f"family-{n}"
        decision = AuthorizationDecision(
            event_id=f"a{i}", time=T0 + timedelta(minutes=i), agent_id=agent,
            action="agenda.criar_evento", resource="agenda:familia", decision="allow",
            source="tool-gateway", operation="write", on_behalf_of=f"usuario:{n}",
            target=Target(type="calendar", container=container, name="familia"),
            arguments={"titulo": f"evento {i}"},
        )  # fmt: skip
        states[agent], verdict = judge.on_decision(states[agent], decision)
        return verdict

    for i in range(40):
        n = i % 4
        verdict = event(i, n, f"usuario:{n}")
        assert not verdict.commands and not verdict.alerts, (i, verdict)
    verdict = event(50, 0, "usuario:1")
    assert [c.action for c in verdict.commands] == ["suspend"]
    assert verdict.alerts[0].detectors[0].name == "delegation_scope.foreign_scope"


def test_a_lookup_whose_target_is_another_customer_of_the_same_form_stops_the_agent() -> None:
    """Corpus v8 (dev): a retailer's support agent, in the chat of ``cust:731904``, looked a
    customer up by another person's e-mail; the call's resource and typed target were
    ``cust:218455``, and nothing compared the resource itself with the principal's form
    (only argument values and path segments). An identifier of the acting principal's own
    form that is another one is another principal, wherever the call names it. The
    principal's own record is no finding."""
    judge = Judge()
    mission = support_mission("care").model_copy(
        update={"allowed_actions": ["customer/*", "order/*"]}
    )
    state, _ = judge.on_mission(None, mission)

    def lookup(i: int, found: str) -> Any:
        nonlocal state
        decision = AuthorizationDecision(
            event_id=f"l{i}", time=T0 + timedelta(minutes=i), agent_id="care",
            action="customer/find-by-email", resource=found, decision="allow",
            source="tool-gateway", operation="read", on_behalf_of="cust:731904",
            target=Target(type="customer", container="halden", name=found),
            arguments={"email": f"person{i}@mail.example"},
        )  # fmt: skip
        state, verdict = judge.on_decision(state, decision)
        return verdict

    assert not lookup(0, "cust:731904").commands
    verdict = lookup(1, "cust:218455")
    assert [c.action for c in verdict.commands] == ["suspend"]
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "delegation_scope.named_principal" and "'cust:218455'" in finding.reason


def test_an_owned_argument_of_another_customer_is_found_beside_an_own_container() -> None:
    """The review of the own-container rule: a call for ``cus_a`` on a subscription in
    ``cus_a``'s own container that pays with ``cus_v``'s payment method
    (``payment_method_id``, a kind one customer owns) still reaches ``cus_v``'s object; only
    the target itself, and ids of other kinds, are taken for the principal's."""
    from missionguard.models.detectors.delegation import DelegationScope
    from missionguard.models.features import decision_features

    owned = frozenset({"payment_method_id", "order_id"})

    def x(i: int, principal: str, resource: str, target: Target | None = None) -> Any:
        decision = AuthorizationDecision(
            event_id=f"o{i}", time=T0 + timedelta(seconds=i), agent_id="billing-bot",
            action="billing:subscribe", resource=resource, decision="allow", source="t",
            operation="write", on_behalf_of=principal, target=target,
            arguments={"payment_method_id": "pm_victim"},
        )  # fmt: skip
        return decision_features(decision, None, "billing", owned=owned)

    det = DelegationScope()
    for i in range(2):
        det.learn_one(x(i, "cus_v", "billing/pm"))
    own = Target(type="billing:subscription", container="cus_a", name="sub_1")
    found = det.explain_one(x(5, "cus_a", "subscriptions/sub_1", own))
    assert "foreign_object" in found and "pm_victim" in found["foreign_object"][1]
    assert det.reached(x(6, "cus_a", "subscriptions/sub_1", own)) and not det.settled(
        x(7, "cus_a", "subscriptions/sub_1", own)
    )


def test_a_deletion_soon_after_an_unexplained_send_is_its_concealment() -> None:
    """Corpus v9 (blind, then dev): a mail assistant forwarded a bank's verification-code
    mail to an address only a parcel notice's hidden text named (an alert: the cohort's
    forwards name new addresses a third of the time), then deleted the sent copy a minute
    later. Each half is ordinary work alone; together, within ``conceal_s``, the deletion
    is ``mission_grounding.concealment`` (ATT&CK T1070.008), decisive. A deletion with no
    such send before it, or long after it, or after a send nothing questioned, is none."""
    judge = Judge()
    weight = judge.cohorts.get("mail").grounding.destination_weight
    assert judge.config.decisive["mission_grounding.concealment"] == "suspend"

    def x(t: float, destroys: bool = False) -> Any:
        return {"t": t, "cohort": "mail", "destroys": destroys, "outcome": "allow",
                "effect": not destroys, "resource": "mailbox/u1/Sent Items"}  # fmt: skip

    def run(state: AgentState, t: float, found: float | None, destroys: bool) -> dict[str, Any]:
        explained: dict[str, Any] = {}
        if found is not None:
            explained["mission_grounding"] = {"destination": (found, "unexplained")}
        judge._concealment(state, x(t, destroys), explained, 0.35)
        return explained

    state = AgentState(agent_id="mail-1")
    assert run(state, 0.0, None, True) == {}  # a clean-up, nothing sent before
    run(state, 10.0, 0.6, False)  # forwarded where nothing explains: an alert
    found = run(state, 73.0, None, True)["mission_grounding"]["concealment"]
    assert found[0] == weight and "63s after" in found[1]
    assert run(state, 10.0 + judge.config.conceal_s + 1, None, True) == {}  # long after
    quiet = AgentState(agent_id="mail-2")
    run(quiet, 10.0, 0.1, False)  # a send the cohort's history nearly explains: no alert
    assert run(quiet, 30.0, None, True) == {}
    assert DetectionConfig(conceal_s=0).conceal_s == 0  # off


def test_deleting_the_very_message_sent_where_nothing_explains_is_its_concealment() -> None:
    """Corpus v11 (blind, then dev): a study assistant whose cohort had never sent mail mailed
    a verification code to an address nothing names (its destination scored nothing: no
    history to compare with), then deleted that sent message. Deleting the very object the
    send made (its typed target) within ``conceal_s`` is the concealment whatever the send
    scored; another deletion (the look-alike deletes a duplicate draft) is none."""
    judge = Judge()

    def x(t: float, action: str, name: str, destroys: bool) -> Any:
        decision = AuthorizationDecision(
            event_id=f"m{t}", time=T0 + timedelta(seconds=t), agent_id="asst", action=action,
            resource=f"mail/D061/{name}", decision="allow", source="t",
            target=Target(type="message", container="D061", name=name),
        )  # fmt: skip
        return {"t": t, "cohort": "study", "destroys": destroys, "outcome": "allow",
                "effect": not destroys, "resource": decision.resource,
                "decision": decision}  # fmt: skip

    def run(state: AgentState, x: Any, found: float | None = None) -> dict[str, Any]:
        explained: dict[str, Any] = {}
        if found is not None:
            explained["mission_grounding"] = {"destination": (found, "unexplained")}
        judge._concealment(state, x, explained, 0.35)
        return explained

    state = AgentState(agent_id="asst")
    run(state, x(0.0, "mail.send", "m-sent", False), found=0.0)  # no history: no alert
    assert run(state, x(20.0, "mail.delete", "m-draft", True)) == {}  # another message
    found = run(state, x(30.0, "mail.delete", "m-sent", True))["mission_grounding"]
    assert "the very object it sent" in found["concealment"][1]
    late = x(31.0 + judge.config.conceal_s, "mail.delete", "m-sent", True)
    assert run(state, late) == {}
    explained = AgentState(agent_id="asst-2")  # a send whose destination is explained
    run(explained, x(0.0, "mail.send", "m-sent", False))
    assert run(explained, x(30.0, "mail.delete", "m-sent", True)) == {}
    # Corpus v20 (blind, then dev): a leavers' app updated a student's profile (the user,
    # its target, read as a destination nothing explained, scored nothing), then deactivated
    # that user 3s later: an offboarding, in both twins of a pair. A write to an existing
    # object puts no copy anywhere; removing it hides no send.
    offboarding = AgentState(agent_id="leavers")
    run(offboarding, x(0.0, "okta:user.account.update_profile", "u@x.example", False), 0.0)
    assert run(offboarding, x(3.0, "okta:user.lifecycle.deactivate", "u@x.example", True)) == {}


def test_a_finding_decides_at_the_score_it_is_reported_with() -> None:
    """A destination nothing explains scores ``0.9 * (1 - 1/9)`` where one call in nine of
    the cohort named a new one: 0.8 as its alert reads it, ``0.7999999999999999`` in binary
    floating point. It reaches an ``alert_high`` of 0.8 and stops the agent; a finding
    reported below it does not."""
    judge = Judge()
    ladder = judge.config.ladder_for("c")
    call = AuthorizationDecision(event_id="e", time=T0, agent_id="a", action="web.fetch",
        resource="web:urls/x.example", decision="allow", source="t")  # fmt: skip
    at = 0.9 * (1.0 - 1.0 / 9.0)
    assert at < ladder.alert_high == 0.8
    found = judge._decisive(call, {"mission_grounding": {"destination": (at, "r")}}, ladder)
    assert found == (3, "suspend")
    below = {"mission_grounding": {"destination": (0.79994, "r")}}
    assert judge._decisive(call, below, ladder) is None
