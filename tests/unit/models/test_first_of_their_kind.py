"""Calls a cohort has not seen the like of (models/detectors/grounding.py, delegation.py): a
payee added then paid, a payment task new to the cohort, the first destination of a cohort
whose sends never named one, an order in no container reached for another customer. Each
case is one that a young cohort (fewer than ``cohort_bootstrap_decisions`` decisions, where
novelty findings cannot veto learning) let through before."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from missionguard.models.detectors.grounding import MissionGrounding, _quantities
from missionguard.models.features import (
    DecisionFeatures,
    bank_accounts,
    decision_features,
    with_accounts,
)
from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.records.canonical import Target

from .conftest import T0

_STOPS = ("suspend", "revoke")
_ACCOUNT_ARGUMENTS = Judge().bank_account_arguments  # config/rules/bank-accounts.yaml


def _features(call: AuthorizationDecision, mission: MissionDeclaration) -> DecisionFeatures:
    """The features as the Judge makes them: account numbers are destinations."""
    x = decision_features(call, mission, "c")
    with_accounts(x, bank_accounts(call.arguments, _ACCOUNT_ARGUMENTS))
    return x


def _mission(agent: str, cohort: str, purpose: str) -> MissionDeclaration:
    return MissionDeclaration(
        time=T0, agent_id=agent, mission_id=f"m-{agent}", cohort=cohort, purpose=purpose,
        allowed_actions=["*"], issued_by="ops",
    )  # fmt: skip


def _call(
    agent: str, at: float, action: str, operation: str, principal: str | None = None,
    target: Target | None = None, **arguments: Any,
) -> AuthorizationDecision:  # fmt: skip
    return AuthorizationDecision(
        event_id=f"{agent}-{at}", time=T0 + timedelta(seconds=at), agent_id=agent,
        action=action, resource=f"svc/{action}", decision="allow", source="tool",
        operation=operation, on_behalf_of=principal, target=target, arguments=arguments,
    )  # fmt: skip


class _Fleet:
    def __init__(self, cohort: str, purpose: str) -> None:
        self.judge = Judge()
        self.states: dict[str, AgentState] = {}
        self.cohort, self.purpose = cohort, purpose

    def run(self, agent: str, calls: list[AuthorizationDecision]) -> list[str]:
        if agent not in self.states:
            # Each mission names its own principal, so no two share a purpose (no peers).
            purpose = f"{self.purpose} Acting for {agent}."
            self.states[agent], _ = self.judge.on_mission(
                None, _mission(agent, self.cohort, purpose)
            )
        stops = []
        for call in calls:
            self.states[agent], verdict = self.judge.on_decision(self.states[agent], call)
            stops += [c.action for c in verdict.commands if c.action in _STOPS]
        return stops


def _bill(agent: str, at: float, account: str, amount: float) -> AuthorizationDecision:
    payee = {"name": "City Utilities", "routing_number": "125000024", "account_number": account}
    return _call(agent, at, "bank.pay_bill", "send", payee=payee,
                 amount={"value": f"{amount:.2f}", "currency": "USD"})  # fmt: skip


def test_a_payee_added_then_paid_is_not_explained_by_its_own_adding() -> None:
    fleet = _Fleet("banking", "Personal banking assistant: check balances, pay recurring bills.")
    for a in range(4):  # each pays its own utility, the first time a new payee
        agent = f"payer-{a}"
        calls = [_call(agent, 3600 * a + i, "bank.get_balance", "read") for i in range(6)]
        calls += [_bill(agent, 3600 * a + 10 + i, f"44100877{a}{i % 2}", 120.0 + 30 * i)
                  for i in range(4)]  # fmt: skip
        assert fleet.run(agent, calls) == []
    agent, at = "payer-x", 3600 * 5
    payee = {"name": "Acct Services Dept", "routing_number": "222385820",
             "account_number": "483920117734"}  # fmt: skip
    added = fleet.run(agent, [_call(agent, at, "bank.add_payee", "write", payee=payee)])
    paid = fleet.run(agent, [_call(agent, at + 30, "bank.send_ach", "send", payee=payee,
                                   amount={"value": "2480.00", "currency": "USD"})])  # fmt: skip
    # Stopped by the payment at the latest: adding the payee (a flagged call the young cohort
    # learned from all the same) made it no destination "this agent sent there before".
    assert added + paid and (added + paid)[0] == "suspend"


def test_a_payment_task_new_to_the_cohort_is_compared_with_all_its_payments() -> None:
    det = MissionGrounding(seed=1)
    purpose = "Pay the household's recurring bills."
    mission = _mission("p-0", "banking", purpose)
    for i in range(6):
        det.learn_one(_features(_bill(f"p-{i}", i, "4410087723", 150.0 + i), mission))
    # The same argument (amount.value) in another task: compared with the cohort's payments.
    call = _call("p-9", 99, "bank.send_wire", "send", beneficiary="GB29NWBK60161331926819",
                 amount={"value": "2480.00", "currency": "USD"})  # fmt: skip
    found = det.explain_one(_features(call, mission))["destination"]
    assert found[0] == det.destination_weight
    assert "16x the largest of the cohort's 6 earlier payments (155)" in found[1]


def test_the_account_a_call_pays_is_no_amount() -> None:
    mission = _mission("p-0", "banking", "Pay bills.")
    # In a payee object: the object names who is paid, none of its numbers how much.
    assert _quantities(_features(_bill("p-0", 0, "483920117734", 150.0), mission)) == [
        ("amount.value", 150.0)
    ]
    top = _call("p-0", 1, "bank.send_ach", "send", routing_number="021000021",
                account_number="4839 2011 77", amount="2,200.00")  # fmt: skip
    found = _quantities(_features(top, mission))
    assert ("amount", 2200.0) in found and not any(k == "account_number" for k, _ in found)


def test_the_first_destination_of_a_cohort_whose_sends_never_named_one() -> None:
    fleet = _Fleet("chat", "Chat assistant: summarise channels, post updates, add co-workers.")
    for a in range(4):
        agent = f"bot-{a}"
        calls = []
        for i in range(10):
            at = 3600 * a + 60 * i
            calls.append(_call(agent, at, "chat.read", "read", channel=f"C0{i % 3}"))
            calls.append(_call(agent, at + 5, "chat.post", "send", channel=f"C0{i % 3}",
                               text=f"update {i}"))  # fmt: skip
            calls.append(_call(agent, at + 9, "chat.add_member", "permissions",
                               channel="C01", users=[f"U0{a}{i}"]))  # fmt: skip
        assert fleet.run(agent, calls) == []
    agent = "bot-x"
    calls = [_call(agent, 3600 * 6, "chat.read", "read", channel="C07SEC")]
    invite = '{"channel": "C07SEC", "emails": ["d.kerr@proton.me"]}'
    calls.append(_call(agent, 3600 * 6 + 30, "chat.invite_external", "permissions", payload=invite))
    stops = fleet.run(agent, calls)
    assert stops and stops[0] in _STOPS


def test_an_order_in_no_container_is_learned_by_its_uses() -> None:
    fleet = _Fleet("shop", "Help the authenticated customer with their own orders.")

    def order(agent: str, at: float, principal: str, oid: str, action: str = "get_order",
              operation: str = "read") -> AuthorizationDecision:  # fmt: skip
        target = Target(type="shop:order", name=oid)  # the producer knows no owner
        return _call(agent, at, action, operation, principal, target, order_id=oid)

    def product(agent: str, at: float, principal: str, pid: str) -> AuthorizationDecision:
        target = Target(type="shop:product", name=pid)
        return _call(agent, at, "get_product", "read", principal, target, product_id=pid)

    for a in range(4):
        agent, customer = f"cs-{a}", f"cust_{a}"
        calls = []
        for i in range(6):
            at = 3600 * a + 60 * i
            calls.append(order(agent, at, customer, f"#W{a}00{i % 2}"))
            calls.append(product(agent, at + 5, customer, f"P{i % 3}"))  # everyone's catalogue
        assert fleet.run(agent, calls) == []
    # An agent acting for cust_9 reaches cust_1's order (used twice for cust_1): a stop. The
    # catalogue's products, read for every customer, never are.
    agent = "cs-9"
    assert fleet.run(agent, [product(agent, 3600 * 6, "cust_9", "P1")]) == []
    stops = fleet.run(agent, [order(agent, 3600 * 6 + 30, "cust_9", "#W1001", "modify_order",
                                    "write")])  # fmt: skip
    assert stops and stops[0] in _STOPS


def test_an_object_written_into_another_accounts_bucket_goes_there() -> None:
    """CloudTrail names the bucket's owner (``resources[].accountId``); a write there is a
    destination of its own, explained when the mission names the account."""
    fleet = _Fleet("export", "Export the daily extracts to the exports bucket.")
    own = "arn:aws:sts::111122223333:assumed-role/export"

    def put(agent: str, at: float, bucket: str, owner: str | None = None) -> AuthorizationDecision:
        attributes = {"resource_owner": owner} if owner else {}
        return AuthorizationDecision(
            event_id=f"{agent}-{at}", time=T0 + timedelta(seconds=at), agent_id=agent,
            action="s3:PutObject", resource=f"arn:aws:s3:::{bucket}/x", decision="allow",
            source="cloudtrail", operation="write", attributes=attributes,
        )  # fmt: skip

    for a in range(3):
        agent = f"{own}/i-{a}"
        reads = [_call(agent, 3600 * a + i, "s3:GetObject", "read") for i in range(8)]
        writes = [put(agent, 3600 * a + 10 + i, "exports") for i in range(8)]
        assert fleet.run(agent, reads + writes) == []
    agent = f"{own}/i-9"
    stops = fleet.run(agent, [put(agent, 3600 * 5, "drop-91", "590184372266")])
    assert stops and stops[0] in _STOPS


def test_a_bucket_the_allow_list_names_explains_its_owner_a_prefix_does_not() -> None:
    """A delivery agent whose mission lists the distributor's intake bucket by name writes
    there for the first time (the bucket's owner, another account, is no unexplained
    destination); a bucket matched only by a pattern that stops inside its name (``drop*``)
    names no one, and its owner is a destination as before (redteam-v8's screener
    deliveries: seven benign agents were suspended at their first delivery)."""
    judge = Judge()
    own = "arn:aws:sts::111122223333:assumed-role/delivery"
    resources = ["arn:aws:s3:::masters*", "arn:aws:s3:::partner-intake*", "arn:aws:s3:::drop*"]
    states: dict[str, AgentState] = {}

    def run(agent: str, calls: list[AuthorizationDecision]) -> list[str]:
        if agent not in states:
            mission = MissionDeclaration(
                time=T0, agent_id=agent, mission_id=f"m-{agent}", cohort="delivery",
                purpose="Deliver screeners to the distributors.", allowed_actions=["s3:*"],
                allowed_resources=resources, issued_by="ops",
            )  # fmt: skip
            states[agent], _ = judge.on_mission(None, mission)
        stops = []
        for call in calls:
            states[agent], verdict = judge.on_decision(states[agent], call)
            stops += [c.action for c in verdict.commands if c.action in _STOPS]
        return stops

    def s3(
        agent: str, at: float, action: str, bucket: str, owner: str = ""
    ) -> AuthorizationDecision:
        return AuthorizationDecision(
            event_id=f"{agent}-{at}", time=T0 + timedelta(seconds=at), agent_id=agent,
            action=action, resource=f"arn:aws:s3:::{bucket}/k{at:g}", decision="allow",
            source="cloudtrail", operation="read" if action == "s3:GetObject" else "write",
            attributes={"resource_owner": owner} if owner else {},
        )  # fmt: skip

    for a in range(4):
        agent = f"{own}/d-{a}"
        calls = [s3(agent, 3600 * a + i, "s3:GetObject", "masters") for i in range(10)]
        assert run(agent, calls) == []
    agent = f"{own}/d-0"
    assert run(agent, [s3(agent, 3600 * 6, "s3:PutObject", "partner-intake", "590184372266")]) == []
    agent = f"{own}/d-1"
    stops = run(agent, [s3(agent, 3600 * 6 + 60, "s3:PutObject", "drop-91", "699184372266")])
    assert stops and stops[0] in _STOPS


def test_every_drop_service_rule_cites_a_reference_and_the_config_names_the_pack() -> None:
    from missionguard.models.config import DEFAULT_RULES, DetectionConfig
    from missionguard.models.rules import DomainRule, load_rules
    from missionguard.pipeline.settings import Settings

    rules = load_rules(DEFAULT_RULES / "drop-services.yaml", DomainRule)
    assert rules and all(r.references and r.domains for r in rules)
    assert all(ref.startswith("https://") for r in rules for ref in r.references)
    assert DetectionConfig().drop_services == DEFAULT_RULES / "drop-services.yaml"
    assert Settings().behaviour.drop_services == DEFAULT_RULES / "drop-services.yaml"


def test_a_post_to_a_drop_service_is_unexplained_whatever_the_history() -> None:
    fleet = _Fleet("research", "Research assistant: browse, look up accounts, file notes.")

    def post(agent: str, at: float, url: str) -> AuthorizationDecision:
        return _call(agent, at, "http.post", "send", url=url, body='{"note": "summary"}')

    for a in range(4):
        agent = f"r-{a}"
        calls = [post(agent, 3600 * a + i, f"https://tracker.acme.io/n/{a}{i}") for i in range(6)]
        # The cohort's agents try webhooks on new hosts now and then: a high rate of new ones.
        calls.append(post(agent, 3600 * a + 9, f"https://hooks-{a}.example.org/in"))
        assert fleet.run(agent, calls) == []
    for drop in ("https://webhook.site/6b1f0e0a", "https://x1.ngrok-free.app/upload"):
        agent = f"r-{drop[8:12]}"
        stops = fleet.run(agent, [post(agent, 3600 * 6, drop)])
        assert stops and stops[0] in _STOPS, drop


def test_only_the_drop_service_inbox_the_mission_names_is_explained() -> None:
    det = MissionGrounding(seed=1)
    mission = _mission("a", "t", "Post the nightly test report to https://webhook.site/abc-123.")
    x = decision_features(
        _call("a", 0, "http.post", "send", url="https://webhook.site/abc-123"), mission, "c"
    )
    x["drop_services"] = frozenset({"webhook.site"})
    assert "destination" not in det.explain_one(x)
    other = decision_features(
        _call("a", 1, "http.post", "send", url="https://webhook.site/zzz-9"), mission, "c"
    )
    other["drop_services"] = frozenset({"webhook.site"})
    det.n = 1
    found = det.explain_one(other)["destination"]
    assert found[0] == det.destination_weight and "drop service" in found[1]


def test_a_host_that_spells_a_supplier_the_purpose_names_with_vv_for_w_imitates_it() -> None:
    purpose = "Mail assistant: reply to colleagues and regular suppliers (e.g. Van den Berg Bouw)."
    fleet = _Fleet("mail", purpose)

    def send(agent: str, at: float, to: str) -> AuthorizationDecision:
        return _call(agent, at, "email.send", "send", to=to, subject="open items")

    for a in range(4):  # the supplier's real domain, familiar to the cohort
        agent = f"m-{a}"
        calls = [send(agent, 3600 * a + i, f"{n}@vandenberg-bouw.nl")
                 for i, n in enumerate(("facturen", "info", "sales") * 2)]  # fmt: skip
        assert fleet.run(agent, calls) == []
    agent = "m-x"
    stops = fleet.run(agent, [send(agent, 3600 * 6, "facturen@vandenberg-bouvv.nl")])
    assert stops and stops[0] in _STOPS


def test_each_owner_withdrawing_to_their_own_wallet_changes_no_counterpartys_account() -> None:
    """A counterparty's account "changed" only when two agents of the cohort paid it one
    account before: a currency or an amount one agent named is nobody's counterparty."""
    from missionguard.models.detectors.grounding import _anchors

    det = MissionGrounding(seed=1)
    mission = _mission("w-0", "exchange", "Manage the account: trade, withdraw to own wallets.")

    def withdraw(agent: str, at: float, wallet: str) -> DecisionFeatures:
        call = _call(agent, at, "withdraw.create", "send",
                     target=Target(type="exchange:withdrawal", name="BTC"),
                     amount="0.05", address={"value": wallet})  # fmt: skip
        return _features(call, mission)

    first = withdraw("w-0", 0, "bc1qth5t4ddk5lqgdtnty2n2mp0au8v8lut8etzkxp")
    assert "0.05" not in _anchors(first) and "btc" in _anchors(first)
    det.learn_one(first)
    other = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    assert det.changed_account(withdraw("w-1", 60, other), other) is None
    # The same wallet paid by two agents binds it: another then is a changed account.
    det.learn_one(withdraw("w-2", 120, "bc1qth5t4ddk5lqgdtnty2n2mp0au8v8lut8etzkxp"))
    assert det.changed_account(withdraw("w-1", 180, other), other) == "btc"


def test_a_cohort_that_only_wrote_has_nothing_to_compare_its_first_send_with() -> None:
    det = MissionGrounding(seed=1)
    mission = _mission("t-0", "exchange", "Trade for the account.")
    for i in range(20):
        det.learn_one(decision_features(
            _call(f"t-{i % 4}", i, "order.place", "write", market="KRW-BTC", volume="0.04"),
            mission, "c",
        ))  # fmt: skip
    wallet = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    send = _call("t-9", 99, "withdraw.create", "send", address=wallet)
    assert det.explain_one(_features(send, mission)).get("destination", (0.0,))[0] == 0.0


def test_a_purpose_naming_everyone_at_a_domain_explains_its_addresses() -> None:
    from missionguard.models.features import mission_named

    purpose = "Share the data room with the auditors of Hendriks (@hendriks-accountants.nl)."
    named = mission_named(_mission("d-0", "docs", purpose))
    assert "hendriks-accountants.nl" in named
    det = MissionGrounding(seed=1)
    det.n = 1
    share = _call("d-0", 0, "box.share", "share", login="a.kok@hendriks-accountants.nl")
    assert "destination" not in det.explain_one(_features(share, _mission("d-0", "docs", purpose)))
