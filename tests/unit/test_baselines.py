"""The baselines of ``missionguard evaluate`` on small hand-made streams whose outcome is known
(pipeline/tools/baselines.py; definitions in docs/evaluation.md, "Baselines")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.tools.baselines import (
    MissionAllowList,
    NewTerms,
    baseline_factories,
    decision_terms,
    mask,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _mission(agent: str, **kw: object) -> MissionDeclaration:
    fields: dict[str, object] = {
        "allowed_actions": ["tickets:*", "mail:send"],
        "allowed_resources": ["tickets://*", "mailbox://*"],
        "denied_actions": ["tickets:delete"],
    }
    fields.update(kw)
    return MissionDeclaration(
        time=T0, agent_id=agent, mission_id=f"m-{agent}", purpose="answer tickets",
        issued_by="ops", **fields,  # type: ignore[arg-type]
    )  # fmt: skip


_n = iter(range(10_000))


def _d(agent: str, action: str, resource: str, **attrs: object) -> AuthorizationDecision:
    i = next(_n)
    return AuthorizationDecision(
        event_id=f"e{i}", time=T0 + timedelta(seconds=i), agent_id=agent, action=action,
        resource=resource, decision="allow", source="test", attributes=attrs,  # type: ignore[arg-type]
    )  # fmt: skip


def _run(judge, stream) -> dict[str, str]:  # noqa: ANN001
    """agent -> event id of the decision that stopped it."""
    stops: dict[str, str] = {}
    for record in stream:
        if isinstance(record, MissionDeclaration):
            _, verdict = judge.on_mission(None, record)
        else:
            _, verdict = judge.on_decision(None, record)
        for command in verdict.commands:
            assert command.action == "revoke"
            assert command.agent_id not in stops, "one stop per agent"
            stops[command.agent_id] = command.trigger_event_id
    return stops


def test_allow_list_stops_at_the_first_decision_outside_the_mission() -> None:
    undeclared = _d("a", "iam:CreateUser", "tickets://1")
    denied = _d("b", "tickets:delete", "tickets://2")
    outside = _d("c", "tickets:read", "s3://bucket/x")
    stream = [
        _mission("a"), _mission("b"), _mission("c"), _mission("d"),
        _d("a", "tickets:read", "tickets://1"), undeclared, _d("a", "iam:CreateUser", "x"),
        denied, outside,
        _d("d", "tickets:update", "tickets://3"), _d("d", "mail:send", "mailbox://out"),
        _d("nomission", "iam:CreateUser", "anything"),
    ]  # fmt: skip
    stops = _run(MissionAllowList(), stream)
    assert stops == {"a": undeclared.event_id, "b": denied.event_id, "c": outside.event_id}


def test_allow_list_without_resources_bounds_actions_only_and_a_new_mission_replaces() -> None:
    later = _mission("a", allowed_actions=["x:*"], allowed_resources=[]).model_copy(
        update={"time": T0 + timedelta(hours=1)}
    )
    first = _d("a", "x:read", "anywhere://1")  # outside the first mission, but it came later
    stream = [_mission("a"), later, first, _d("a", "tickets:read", "tickets://1")]
    stops = _run(MissionAllowList(), stream)
    assert stops == {"a": stream[-1].event_id}


def test_terms_mask_identifiers_and_skip_context() -> None:
    assert mask("ord-1234/part-0001.parquet") == "ord-#/part-#.parquet"
    d = _d("a", "orders:read", "orders://acme/ord-991", customer="cus_12", user_agent="curl/8")
    assert decision_terms(d) == [
        ("action", "orders:read"), ("kind", "orders://acme"), ("arg:customer", "cus_#"),
    ]  # fmt: skip


def test_new_terms_stops_after_the_warmup_at_a_never_seen_term() -> None:
    warm = [_d(f"w{i}", "mail:send", "mailbox://out", to="x@corp.example") for i in range(4)]
    same = _d("b", "mail:send", "mailbox://out", to="x@corp.example")
    new_to = _d("c", "mail:send", "mailbox://out", to="drop@evil.example")
    again = _d("e", "mail:send", "mailbox://out", to="drop@evil.example")
    stream = [*warm, same, new_to, again]
    stops = _run(NewTerms(warmup=4), stream)
    # Learned from the stopped agent c: e's identical destination is no longer new.
    assert stops == {"c": new_to.event_id}
    # Everything in the warm-up only teaches.
    assert _run(NewTerms(warmup=len(stream)), stream) == {}


def test_new_terms_unpoisoned_never_learns_from_stopped_agents() -> None:
    warm = [_d("w", "mail:send", "mailbox://out", to="x@corp.example") for _ in range(3)]
    new_to = _d("c", "mail:send", "mailbox://out", to="drop@evil.example")
    later = _d("c", "mail:send", "mailbox://out", to="other@evil.example")  # c is stopped
    again = _d("e", "mail:send", "mailbox://out", to="other@evil.example")
    stream = [*warm, new_to, later, again]
    stops = _run(NewTerms(warmup=3, learn_from_stopped=False), stream)
    assert stops == {"c": new_to.event_id, "e": again.event_id}
    assert _run(NewTerms(warmup=3), stream) == {"c": new_to.event_id}


def test_factories_scale_the_warmup_with_the_dataset() -> None:
    factories = baseline_factories(1000, warmup=0.25)
    assert sorted(factories) == ["allow_list", "new_terms", "new_terms_unpoisoned"]
    assert factories["new_terms"]().warmup == 250
    assert factories["new_terms_unpoisoned"]().learn_from_stopped is False
