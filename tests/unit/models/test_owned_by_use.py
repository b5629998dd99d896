"""Objects of typed targets in no container, owned by use (models/detectors/delegation.py,
``_untied_objects`` and ``DelegationScope._private``).

A record that types its target without a container (``payouts:contracts`` named
``PS-2980115``) does not say whose it is. Before, only kinds a published schema gives one
customer (an order, a reservation: config/rules/owned-objects.yaml) were learned, so a
pension assistant that opened another member's contract, and a childcare assistant that
opened another family's child's pickup list, drew nothing (corpus v12, blind). Now such
objects are owned by use, and reaching another principal's is found where the kind stays
with one principal: owners use their own objects again, others hardly ever. A channel
everyone posts in, or a product everyone views, never becomes such a kind."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from missionguard.models.detectors.delegation import DelegationScope
from missionguard.models.features import decision_features
from missionguard.pipeline.records import AuthorizationDecision, Target

from .conftest import T0


def _x(n: int, principal: str, kind: str, name: str, service: str = "contracts") -> Any:
    decision = AuthorizationDecision(
        event_id=f"e{n}", time=T0 + timedelta(minutes=n), agent_id="member-assistant",
        action=f"{service}.get", resource=f"{service}://{kind}/{name}", decision="allow",
        source="t", operation="read", on_behalf_of=principal,
        target=Target(type=f"{service}:{kind}", name=name), arguments={"ref": name},
    )  # fmt: skip
    return decision_features(decision, None, "members")


def _members(det: DelegationScope, count: int = 6) -> None:
    """Members each reading their own contract three times, through three services."""
    for m in range(count):
        for i, service in enumerate(("contracts", "statements", "payouts")):
            det.learn_one(_x(3 * m + i, f"CZ-M-{m:06d}", "contracts", f"PS-{m:07d}", service))


def test_another_members_contract_is_a_foreign_object() -> None:
    det = DelegationScope()
    _members(det)
    found = det.explain_one(_x(99, "CZ-M-999999", "contracts", "PS-0000000", "payouts"))
    assert "foreign_object" in found, found
    assert "contracts=PS-0000000" in found["foreign_object"][1]
    assert det.explain_one(_x(98, "CZ-M-000000", "contracts", "PS-0000000", "payouts")) == {}


def test_a_kind_not_yet_seen_to_stay_with_one_principal_is_no_finding() -> None:
    # Four owners have used their own objects again, eight times: too little to tell the
    # kind from a catalogue's (private_principals 5, min_kind_uses 10).
    det = DelegationScope()
    _members(det, count=4)
    assert det.explain_one(_x(99, "CZ-M-999999", "contracts", "PS-0000000")) == {}


def test_objects_everyone_uses_never_make_a_private_kind() -> None:
    # A catalogue: every principal views the same few products, again and again.
    det = DelegationScope()
    for n in range(60):
        det.learn_one(_x(n, f"cus_{n % 12}", "products", f"SKU-{n % 3}04", "catalog"))
    assert det.explain_one(_x(99, "cus_99", "products", "SKU-004", "catalog")) == {}


def test_one_principals_many_uses_do_not_make_a_private_kind() -> None:
    # The first session posts in #general fifteen times; the next one's post there is no
    # intrusion (corpus v9's team chat, dev: 7 benign sessions stopped by a first version
    # that counted uses, not owners).
    det = DelegationScope()
    for n in range(15):
        det.learn_one(_x(n, "U01", "channels", "C01GEN00", "chat"))
    assert det.explain_one(_x(99, "U02", "channels", "C01GEN00", "chat")) == {}


def test_what_a_kind_taught_survives_the_state() -> None:
    det = DelegationScope()
    _members(det)
    again = DelegationScope().load_state_dict(det.state_dict())
    probe = _x(99, "CZ-M-999999", "contracts", "PS-0000000", "payouts")
    assert again.explain_one(probe) == det.explain_one(probe) != {}
    # A state written before (no "privacy"): nothing learned of kinds, no finding.
    old = {k: v for k, v in det.state_dict().items() if k != "privacy"}
    assert DelegationScope().load_state_dict(old).explain_one(probe) == {}


def _mcp(n: int, guest: str, tool: str, **arguments: str) -> Any:
    """A call through an MCP gateway: the target is the tool, in the server's container."""
    decision = AuthorizationDecision(
        event_id=f"m{n}", time=T0 + timedelta(minutes=n), agent_id="guest-assistant",
        action=f"mcp:reservations/{tool}", resource="https://mcp.camp.example/reservations",
        decision="allow", source="mcp", operation="read", on_behalf_of=guest,
        target=Target(type="mcp:tool", container="reservations", name=tool),
        arguments=arguments,
    )  # fmt: skip
    return decision_features(decision, None, "camp", owned=frozenset({"reservation_id"}))


def test_a_kind_one_customer_owns_is_learned_in_a_tool_servers_container() -> None:
    # An MCP tool server's container names the server, not whose the reservation is: the
    # reservation id (a kind one customer owns by schema: config/rules/owned-objects.yaml)
    # is learned from its owner's uses, and another guest's session reaching it is found
    # (corpus v13's campsite assistant, dev data).
    det = DelegationScope()
    for n in range(2):
        det.learn_one(_mcp(n, "G-5101", "get_reservation", reservation_id="KS-20417"))
    found = det.explain_one(_mcp(9, "G-5120", "get_gate_code", reservation_id="KS-20417"))
    assert "foreign_object" in found, found
    assert det.explain_one(_mcp(10, "G-5101", "get_gate_code", reservation_id="KS-20417")) == {}


def test_a_target_name_in_an_organisations_container_is_no_ones_object() -> None:
    # A producer that names every customer's July invoice "2026-07" in the operator's
    # container: the name is no object of one customer (corpus v10's telecom care agents,
    # six benign sessions stopped by a first version that learned target names there).
    def invoice(n: int, customer: str) -> Any:
        decision = AuthorizationDecision(
            event_id=f"i{n}", time=T0 + timedelta(minutes=n), agent_id="care",
            action="invoice.get", resource=f"khanya:accounts/{customer}/invoices/2026-07",
            decision="allow", source="t", operation="read", on_behalf_of=customer,
            target=Target(type="khanya:invoice", container="khanya", name="2026-07"),
            arguments={"account_id": customer, "period": "2026-07"},
        )  # fmt: skip
        return decision_features(decision, None, "care", owned=frozenset({"invoice_id"}))

    det = DelegationScope()
    for n, customer in enumerate(("kh-1001", "kh-1001", "kh-1002")):
        det.learn_one(invoice(n, customer))
    assert det.explain_one(invoice(9, "kh-1003")) == {}


def _canteen(n: int, parent: str, account: str, session: str) -> Any:
    """A canteen assistant's call for a parent on a child's account, in the operator's
    container (which says nothing of whose the account is)."""
    decision = AuthorizationDecision(
        event_id=f"c{n}", time=T0 + timedelta(minutes=n), agent_id="canteen-assistant",
        session_id=session, action="conto.get_balance", resource=f"conto:accounts/{account}",
        decision="allow", source="t", operation="read", on_behalf_of=parent,
        target=Target(type="conto:accounts", container="comune-mensa", name=account),
        arguments={"account_id": account},
    )  # fmt: skip
    return decision_features(decision, None, "canteen")


def _parents(det: DelegationScope, sessions: int = 3, uses: int = 2) -> None:
    """Six parents, each reading their child's account ``uses`` times in each of
    ``sessions`` conversations."""
    n = 0
    for p in range(6):
        for s in range(sessions):
            for _ in range(uses):
                n += 1
                det.learn_one(_canteen(n, f"GEN-{p:05d}", f"CM-{p:04d}", f"conv-{p}-{s}"))


def test_another_familys_account_in_the_operators_container_is_a_foreign_object() -> None:
    # The operator's container is no principal's: identifier arguments and the target's
    # kind and name are owned by use there, found where the kind stays with one principal,
    # and an owner is confirmed by a second conversation (corpus v13's school canteen bot,
    # dev data: another child's account found by name and class, then debited).
    det = DelegationScope()
    _parents(det)
    found = det.explain_one(_canteen(99, "GEN-99999", "CM-0003", "conv-x"))
    assert "foreign_object" in found, found
    assert det.explain_one(_canteen(98, "GEN-00003", "CM-0003", "conv-y")) == {}


def test_one_conversations_uses_there_are_a_claim_not_an_ownership() -> None:
    # A case used in one conversation of its director, however often, then opened for
    # another director (a case transferred that morning; corpus v13's funeral home, dev
    # data): a claim, an alert, never a stop. A second conversation of the first director's
    # would have confirmed it.
    det = DelegationScope()
    _parents(det)
    for n in range(3):
        det.learn_one(_canteen(200 + n, "GEN-00100", "CM-0100", "conv-once"))
    found = det.explain_one(_canteen(299, "GEN-00200", "CM-0100", "conv-other"))
    assert set(found) == {"claimed_object"}, found
    det.learn_one(_canteen(300, "GEN-00100", "CM-0100", "conv-again"))
    found = det.explain_one(_canteen(399, "GEN-00200", "CM-0100", "conv-other"))
    assert "foreign_object" in found, found


def test_the_conversations_an_owner_was_seen_in_survive_the_state() -> None:
    det = DelegationScope()
    _parents(det)
    for n in range(2):
        det.learn_one(_canteen(200 + n, "GEN-00100", "CM-0100", "conv-once"))
    again = DelegationScope().load_state_dict(det.state_dict())
    for model in (det, again):  # the same conversation once more: still a claim
        model.learn_one(_canteen(202, "GEN-00100", "CM-0100", "conv-once"))
        found = model.explain_one(_canteen(299, "GEN-00200", "CM-0100", "conv-other"))
        assert set(found) == {"claimed_object"}, found
