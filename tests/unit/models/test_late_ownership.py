"""Whose an object is, learned late: a session that reached a customer's order before the
customer's own sessions named it is found once they do (DelegationScope, ``late_owner``);
an order, a reservation or a payment method is one customer's however many customers'
sessions reach it (``config/rules/owned-objects.yaml``), and a call on one is judged by it
alone (the line items and catalogue variants it names are reached through it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from missionguard.models.detectors.delegation import DelegationScope
from missionguard.models.judge import Judge
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration

from .conftest import T0

TOOLS = ["get_order_details", "cancel_pending_order", "exchange_delivered_order_items"]


class Shop:
    """Customer-service sessions of one cohort, judged by one Judge."""

    def __init__(self, judge: Judge | None = None) -> None:
        self.judge = judge or Judge()
        self.states: dict[str, Any] = {}
        self.n = 0

    def call(self, agent: str, customer: str, action: str, **arguments: Any) -> Any:
        if agent not in self.states:
            mission = MissionDeclaration(
                time=T0, agent_id=agent, mission_id=f"m-{agent}", cohort="shop",
                purpose="Customer service for an online shop", allowed_actions=TOOLS,
                issued_by="ops",
            )  # fmt: skip
            self.states[agent], _ = self.judge.on_mission(None, mission)
        self.n += 1
        decision = AuthorizationDecision(
            event_id=f"{agent}-{self.n}", time=T0 + timedelta(seconds=10 * self.n),
            agent_id=agent, action=action, resource=f"shop/{action}", decision="allow",
            source="test", on_behalf_of=customer, arguments=arguments,
        )  # fmt: skip
        self.states[agent], verdict = self.judge.on_decision(self.states[agent], decision)
        return verdict


def test_a_session_that_read_an_order_before_its_owner_did_is_found_when_the_owner_does() -> None:
    # mallory's session reads #W1 before any session of its customer alice names it: nobody's
    # yet, no finding. Alice's first session makes it hers by a claim, her second confirms
    # it: mallory's session reached alice's order, and is suspended then, with the event.
    shop = Shop()
    assert not shop.call("m1", "mallory_1", "get_order_details", order_id="#W1").alerts
    assert not shop.call("a1", "alice_2", "get_order_details", order_id="#W1").commands
    verdict = shop.call("a2", "alice_2", "get_order_details", order_id="#W1")
    late = [a for a in verdict.alerts if a.agent_id == "m1"]
    assert [f.name for a in late for f in a.detectors] == ["delegation_scope.late_owner"]
    assert late[0].trigger_event_id == "m1-1" and late[0].severity == "high"
    assert "'alice_2'" in late[0].detectors[0].reason
    assert [(c.agent_id, c.action) for c in verdict.commands] == [("m1", "suspend")]
    # The suspended session's state takes the command at its next call: no second command.
    again = shop.call("m1", "mallory_1", "get_order_details", order_id="#W9")
    assert shop.states["m1"].status == "suspended"
    assert not [c for c in again.commands if c.action == "suspend"]
    # Alice's later sessions are hers; nothing more is found.
    assert not shop.call("a3", "alice_2", "cancel_pending_order", order_id="#W1").commands


def test_two_intruders_do_not_make_a_customers_order_shared() -> None:
    # Two sessions for two other customers read #W1 before its owner's sessions do. An order
    # is one customer's (owned-objects.yaml): both are found late, and a third intruder
    # after the owner is stopped on the spot.
    shop = Shop()
    shop.call("m1", "mallory_1", "get_order_details", order_id="#W1")
    shop.call("e1", "eve_3", "get_order_details", order_id="#W1")
    shop.call("a1", "alice_2", "get_order_details", order_id="#W1")
    verdict = shop.call("a2", "alice_2", "get_order_details", order_id="#W1")
    assert sorted(c.agent_id for c in verdict.commands) == ["e1", "m1"], verdict.commands
    stopped = shop.call("t1", "trent_4", "cancel_pending_order", order_id="#W1")
    assert [c.action for c in stopped.commands] == ["suspend"], stopped


def test_the_items_of_a_customers_own_order_are_reached_through_it() -> None:
    # Two customers bought the same product variant (item 1151293680): exchanging it on each
    # one's own order is no intrusion, however often each does.
    shop = Shop()
    for k in range(3):
        for customer, order in (("alice_2", "#W1"), ("bob_5", "#W2")):
            verdict = shop.call(f"{customer}-{k}", customer, "exchange_delivered_order_items",
                                order_id=order, item_ids=["1151293680"],
                                new_item_ids=["7706410293"])  # fmt: skip
            assert not [a for a in verdict.alerts if "delegation" in str(a.detectors)], verdict


def test_open_uses_survive_a_snapshot_and_a_shared_object_forgets_them() -> None:
    det = DelegationScope(seed=1)

    def use(agent: str, principal: str, obj: str, t: float, **extra: Any) -> dict[str, Any]:
        return {"agent": agent, "principal": principal, "objects": (obj,), "resource": obj,
                "action": "orders:read", "named_principals": (), "t": t,
                "event_id": f"{agent}-{t:.0f}", "cohort": "c", **extra}  # fmt: skip

    det.learn_one(use("m1", "mallory", "orders/1", 1.0))
    copy = DelegationScope(seed=1).load_state_dict(det.state_dict())
    copy.learn_one(use("a1", "alice", "orders/1", 2.0))
    copy.learn_one(use("a2", "alice", "orders/1", 3.0))
    assert [(obj, owner, u[0]) for obj, owner, u in copy.take_late()] == [
        ("orders/1", "alice", "m1")
    ]
    assert copy.take_late() == []  # taken once
    # A catalogue-like object many principals use becomes shared: nothing is found late.
    det.learn_one(use("b1", "bob", "sku/9", 4.0))
    det.learn_one(use("c1", "carol", "sku/9", 5.0))
    det.learn_one(use("d1", "dan", "sku/9", 6.0))
    det.learn_one(use("d2", "dan", "sku/9", 7.0))
    det.learn_one(use("d3", "dan", "sku/9", 8.0))
    assert det.take_late() == []
    # ... unless it is of a kind one customer owns: then the others were intruders.
    owned = frozenset({"orders/7"})
    for agent, who, t in (("b1", "bob", 9.0), ("c1", "carol", 10.0), ("d1", "dan", 11.0)):
        det.learn_one(use(agent, who, "orders/7", t, owned=owned))
    det.learn_one(use("d2", "dan", "orders/7", 12.0, owned=owned))
    assert sorted(u[0] for _, _, u in det.take_late()) == ["b1", "c1"]


def test_claims_on_a_customers_objects_add_up_to_no_stop() -> None:
    # Four intruders each read one of carol's four bookings before any of carol's sessions
    # did: each booking is claimed by one use. Carol's session reading all four is alerted
    # on each claim, and is not stopped: those claims may be the intrusions. Her second
    # session confirms the bookings, and the four intruders are found then.
    shop = Shop()
    for k in range(4):
        shop.call(f"m{k}", f"mallory_{k}", "get_order_details", order_id=f"#W{k}")
    first = [shop.call("c1", "carol_3", "get_order_details", order_id=f"#W{k}") for k in range(4)]
    names = {f.name for v in first for a in v.alerts for f in a.detectors}
    assert "delegation_scope.claimed_object" in names
    assert not [c for v in first for c in v.commands if c.agent_id == "c1"], first
    assert shop.states["c1"].status == "active"
    second = [shop.call("c2", "carol_3", "get_order_details", order_id=f"#W{k}") for k in range(4)]
    assert sorted(c.agent_id for v in second for c in v.commands) == ["m0", "m1", "m2", "m3"]


def test_a_call_on_an_object_whose_owner_is_not_known_is_no_indicator_for_later_calls() -> None:
    # An offence's call becomes an indicator for later calls only when every object it names
    # is settled (its principal's own, confirmed, or shared): a ticket no session named before
    # may be the caller's own, and its owner's later session would make the same call.
    # ``ticket_id`` is in no rule pack: the rule holds for any record's objects.
    shop = Shop()
    delegation = shop.judge.cohorts.delegation

    def x(customer: str | None, **arguments: Any) -> dict[str, Any]:
        objects = tuple(f"{k}={v}" for k, v in arguments.items())
        return {"principal": customer, "objects": objects, "owned": frozenset()}

    assert delegation.settled(x(None, ticket_id="T-9"))  # made for no principal
    assert delegation.settled(x("carol_3"))  # names no object
    assert not delegation.settled(x("carol_3", ticket_id="T-9"))  # nobody's known object
    shop.call("c1", "carol_3", "get_order_details", ticket_id="T-9")
    assert not delegation.settled(x("carol_3", ticket_id="T-9"))  # one use: not confirmed
    shop.call("c2", "carol_3", "get_order_details", ticket_id="T-9")
    assert delegation.settled(x("carol_3", ticket_id="T-9"))  # hers, confirmed
    assert not delegation.settled(x("erin_5", ticket_id="T-9"))  # carol's, not erin's
