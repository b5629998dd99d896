"""Focused behaviour of each detector and of the pieces around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionguard.models.activity import ActivityWindow
from missionguard.models.config import DetectionConfig
from missionguard.models.detectors import (
    DelegationScope,
    MissionGrounding,
    Probing,
    RiskyPayload,
    SensitiveTarget,
    SequenceSurprise,
    ValueRarity,
    Velocity,
)
from missionguard.models.features import decision_features, domain_of, resource_shape, tokens
from missionguard.models.fusion import blend, fuse, risk_increment
from missionguard.models.sketch import CountMinSketch, key_of
from missionguard.pipeline.records import AuthorizationDecision

from .conftest import T0, support_mission


def _x(**over):
    base = {
        "agent": "a1", "task": "mail:send", "action": "mail:send", "shape": "mail/outbox",
        "resource": "mail/outbox", "destinations": (), "context": {}, "arguments": (),
        "principal": None, "objects": (), "named_principals": (), "purpose_tokens": frozenset(),
        "declared_tokens": frozenset(), "purpose_text": "", "t": 0.0, "outcome": "allow",
        "credential": "k1", "prev_action": None,
    }  # fmt: skip
    x = {**base, **over}
    if "outbound" not in over:  # (argument, kind, value, domain): the value is the domain here
        x["outbound"] = tuple((k, "email", d, d) for k, d in x["destinations"])
    return x


def _history(det: MissionGrounding, agents: int = 20) -> None:
    """A cohort whose sends go to one familiar partner: new destinations are rare in it."""
    for i in range(agents):
        det.learn_one(_x(agent=f"s{i}", destinations=(("to", "partner.org"),)))


def test_grounding_counts_distinct_agents_not_repetitions() -> None:
    det = MissionGrounding(destination_support=3, confidence_half=1.0)
    for _ in range(50):
        det.learn_one(_x(agent="a1", destinations=(("to", "partner.org"),)))
    assert det.score_one(_x(agent="a9", destinations=(("to", "partner.org"),))) > 0.0
    for agent in ("a2", "a3"):
        det.learn_one(_x(agent=agent, destinations=(("to", "partner.org"),)))
    assert det.score_one(_x(agent="a9", destinations=(("to", "partner.org"),))) == 0.0


def test_grounding_partial_votes_need_more_agents() -> None:
    det = MissionGrounding(destination_support=2, confidence_half=1.0)
    _history(det)
    x = _x(destinations=(("to", "new.example"),))
    for i in range(7):
        det.learn_one(_x(agent=f"q{i}", destinations=(("to", "new.example"),)), w=0.25)
    assert det.score_one(x) > 0.0  # 7 quarter votes < 2 agents
    det.learn_one(_x(agent="q7", destinations=(("to", "new.example"),)), w=0.25)
    assert det.score_one(x) == 0.0


def test_grounding_needs_the_destination_written_out_not_shared_words() -> None:
    det = MissionGrounding(confidence_half=1.0)
    _history(det)
    purpose = "acme support: answer acme customers"
    lookalike = _x(destinations=(("to", "acme-support.co"),), purpose_text=purpose)
    assert det.explain_one(lookalike)["destination"][0] > 0.35
    named = {**lookalike, "purpose_text": purpose + " via acme-support.co"}
    assert "destination" not in det.explain_one(named)


def test_delegation_shared_objects_stop_alerting() -> None:
    det = DelegationScope(share_after=2)
    det.learn_one(_x(principal="alice", objects=("catalog/item-1001",)))
    x = _x(principal="bob", objects=("catalog/item-1001",))
    assert det.score_one(x) > 0.0
    det.learn_one(x)
    det.learn_one(_x(principal="carol", objects=("catalog/item-1001",)))
    assert det.score_one(x) == 0.0


def test_sequence_agent_and_cohort_blend_for_a_new_agent() -> None:
    cohort, agent = SequenceSurprise(), SequenceSurprise()
    for _ in range(50):
        cohort.learn_one(_x(prev_action="read", action="reply"))
    x = _x(prev_action="read", action="delete")
    blended = blend(agent.explain_one(x), cohort.explain_one(x), 0.0, "c")
    assert blended["transition"][0] == pytest.approx(cohort.score_one(x))
    assert "new agent" in blended["transition"][1]


def test_rarity_new_to_agent_but_common_in_cohort_is_low() -> None:
    cohort, agent = ValueRarity(capacity=None, width=512), ValueRarity()
    for i in range(200):
        cohort.learn_one(_x(action="read" if i % 2 else "reply"))
    for _ in range(100):
        agent.learn_one(_x(action="read"))
    x = _x(action="reply")
    assert agent.score_one(x) > 0.8
    assert cohort.score_one(x) == 0.0
    assert blend(agent.explain_one(x), cohort.explain_one(x), 0.7, "c") == {}


def test_velocity_flags_machine_speed_against_baseline() -> None:
    det = Velocity()
    for _ in range(30):
        det.learn_one({"closed_window": {"count": 8.0, "distinct": 4.0, "burst": 2.0}})
    quiet = {"window": {"rate": 9.0, "distinct": 5.0, "burst": 2.0}}
    storm = {"window": {"rate": 600.0, "distinct": 300.0, "burst": 25.0}}
    assert det.score_one(quiet) == 0.0
    found = det.explain_one(storm)
    assert set(found) == {"rate", "distinct", "burst"}
    assert "usual" in found["rate"][1]


def test_velocity_sessions_fanning_out_against_the_baseline_and_old_states() -> None:
    window = ActivityWindow()
    for i in range(20):  # twenty parallel sessions, one call each, within a minute
        window.add(100.0 + i, f"repo{i}/.env", False, session=f"sub-{i}")
    fan_out = {"window": {"rate": 20.0, **window.figures()}}
    assert 18 <= fan_out["window"]["sessions"] <= 22
    # The state keeps the sessions; one written before them (seven fields) still loads.
    again = ActivityWindow().load_state_dict(json.loads(json.dumps(window.state_dict())))
    assert again.figures() == window.figures()
    old = ActivityWindow().load_state_dict(window.state_dict()[:7])
    assert old.figures()["sessions"] == 0.0
    assert len(old.state_dict()) == 7  # and without sessions it writes what it wrote before

    det = Velocity()
    usual = {"count": 20.0, "distinct": 15.0, "burst": 2.0, "sessions": 1.0}
    for _ in range(30):
        det.learn_one({"closed_window": usual})
    assert set(det.explain_one(fan_out)) == {"sessions"}
    # A baseline from before the figure: the figure is not scored until it is learned.
    stats = {k: v for k, v in det.state_dict()["stats"].items() if k != "sessions"}
    before = Velocity().load_state_dict({"n": det.n, "stats": stats})
    assert before.explain_one(fan_out) == {}
    before.learn_one({"closed_window": usual})
    assert set(before.explain_one(fan_out)) == {"sessions"}


def test_probing_plain_retry_is_not_probing_but_new_credential_is() -> None:
    det = Probing()
    denied = _x(outcome="deny", resource="vault/secret", shape="vault/secret")
    det.learn_one(denied)
    assert det.score_one({**denied, "t": 2.0}) == 0.0
    assert det.score_one({**denied, "t": 3.0, "credential": "k2", "outcome": "allow"}) == 0.8
    # Other arguments after a refusal: what a compliant agent does too, so only weak.
    assert det.score_one({**denied, "t": 4.0, "arguments": (("amount", "~2^13"),)}) == 0.3
    assert det.score_one({**denied, "t": 999.0, "credential": "k2"}) == 0.0  # forgotten


def test_probing_a_token_per_call_is_no_other_credential() -> None:
    """Corpus v9 (blind, then dev): an MCP gateway naming each request's own token id; a
    ticket transfer after a refused refund, on the same server URL, was "another
    credential" (0.8) and, with a new destination, suspended benign support agents. An agent
    whose last credentials were each used for one call gets a new one on every call: after a
    refusal that is no other way in, only another action (weak). One that held its
    credential for several calls and takes a new one after a refusal still is."""
    det = Probing()
    server = {"resource": "https://mcp.example/mcp", "shape": "https://mcp.example/mcp"}
    for t in range(3):
        det.learn_one(_x(**server, t=float(t), action="orders.list", credential=f"tok-{t}"))
    det.learn_one(_x(**server, t=3.0, action="refund", outcome="deny", credential="tok-3"))
    after = _x(**server, t=40.0, action="transfer", credential="tok-4")
    assert det.explain_one(after)["other_path"][0] == 0.3
    held = Probing()
    for t in range(3):
        held.learn_one(_x(**server, t=float(t), action="orders.list", credential="tok-a"))
    held.learn_one(_x(**server, t=3.0, action="refund", outcome="deny", credential="tok-a"))
    assert held.explain_one(after)["other_path"][0] == 0.8
    # One stolen key is no per-call producer: the agent's own key refused at its first
    # use, the stolen one used on something else, then on what was refused (the review's
    # case); nor throwaway keys each tried once after the refusal.
    fresh = Probing()
    fresh.learn_one(_x(**server, t=0.0, action="refund", outcome="deny", credential="own"))
    fresh.learn_one(_x(**server, t=5.0, action="orders.list", credential="stolen"))
    stolen = _x(**server, t=10.0, action="refund", credential="stolen")
    assert fresh.explain_one(stolen)["other_path"][0] == 0.8
    for t in range(4):
        held.learn_one(_x(**server, t=10.0 + t, action="x", outcome="deny", credential=f"j{t}"))
    assert held.explain_one({**after, "t": 20.0})["other_path"][0] == 0.8
    # A state written before use counts loads as credentials used more than once.
    state = held.state_dict()
    state["credentials"] = [c[:3] for c in state["credentials"]]
    assert Probing().load_state_dict(state).explain_one(after)["other_path"][0] == 0.8


def test_probing_a_request_reshaped_until_it_passes_is_persisted() -> None:
    # A payout refused over a limit, halved twice and moved to another ledger, then allowed:
    # three refused variants and a fourth is a search for the limit (structuring).
    det = Probing()
    payout = _x(action="payouts:create", resource="beneficiary/ben-7", shape="beneficiary/ben-7")
    tries = [(("amount", "~2^16"),), (("amount", "~2^15"),), (("amount", "~2^14"),)]
    for t, arguments in enumerate(tries):
        assert "persisted" not in det.explain_one({**payout, "t": 40.0 * t, "outcome": "deny",
                                                   "arguments": arguments})  # fmt: skip
        det.learn_one({**payout, "t": 40.0 * t, "outcome": "deny", "arguments": arguments})
    last = {**payout, "t": 160.0, "arguments": (("amount", "~2^13"),)}
    found = det.explain_one(last)["persisted"]
    assert found[0] == 0.8 and "3 other sets of arguments" in found[1]
    assert det.explain_one({**last, "outcome": "deny"})["persisted"][0] == 0.6
    assert "persisted" not in det.explain_one({**last, "arguments": tries[0]})  # a plain retry
    assert "persisted" not in det.explain_one({**last, "credential": "k2"})  # other_path's
    assert "persisted" not in det.explain_one({**last, "t": 999.0})  # past the horizon


def test_probing_enumeration_counts_one_action_walking_named_paths() -> None:
    # The same file refused in four repositories: four kinds (paths are names, not ids), one
    # action walking them. Four refusals of four actions on four kinds are no enumeration.
    def refused(action: str, resource: str, t: float) -> dict:
        return _x(t=t, action=action, resource=resource, shape=resource, outcome="deny",
                  declared_work=True)  # fmt: skip

    walk, mixed = Probing(), Probing()
    repos = ["billing", "checkout", "infra", "docs"]
    for t, repo in enumerate(repos):
        x = refused("github:contents.read", f"github://acme/{repo}/contents/.env", float(t))
        y = refused(f"github:{repo}.read", f"github://acme/{repo}/x", float(t))
        found, other = walk.explain_one(x), mixed.explain_one(y)
        walk.learn_one(x)
        mixed.learn_one(y)
    assert "enumeration" in found and "reached by 'github:contents.read'" in found["enumeration"][1]
    assert "enumeration" not in other


def test_probing_a_second_credential_after_a_refusal_is_found_on_the_switch_back() -> None:
    def run(
        credentials: list[str | None], outcomes: str, refused_at: int, swap_s: float = 60.0
    ) -> list[float]:
        det, scores = Probing(swap_s=swap_s), []
        for t, (credential, outcome) in enumerate(zip(credentials, outcomes, strict=True)):
            outcome = "deny" if t == refused_at or outcome == "d" else "allow"
            x = _x(
                t=float(t), credential=credential, resource=f"r/{t}", shape="r/#", outcome=outcome
            )
            scores.append(det.score_one(x))
            det.learn_one(x)
            if t >= refused_at:  # from the refusal on, a restart between two calls changes nothing
                state = json.loads(json.dumps(det.state_dict()))
                det = Probing(swap_s=swap_s).load_state_dict(state)
        return scores

    # Refused with k1, through with k9 (new), back to k1: found on the switch back only.
    found = run(["k1", "k1", "k9", "k1", "k1", "k9", "k1"], "aaaaaaa", 1)
    assert found == [0, 0, 0, 0.8, 0, 0, 0.8]
    assert run(["k1", "k1", "k9", "k1"], "aada", 1)[3] == 0.6  # k9 refused too
    assert run(["k1", "k1", "k9", "k9", "k9"], "aaaaa", 1) == [0.0] * 5  # a rotation: no return
    # The second credential must come soon after the refusal (swap_s), not a while later.
    assert run(["k1", "k1", "k1", "k9", "k1"], "aaaaa", 1, swap_s=1.5) == [0.0] * 5
    assert run(["k1", "k1", "k1", "k9", "k1"], "aaaaa", 1, swap_s=2.0)[4] == 0.8
    assert run(["k1", "k9", "k1", "k1"], "aaaa", 9) == [0.0] * 4  # no refusal
    assert run(["k1", "k1", None, "k1"], "aaaa", 1) == [0.0] * 4  # an id left out is no credential
    # Replicas of one service account alternate before any refusal: a new token is no finding.
    assert run(["k1", "k2", "k1", "k2", "k1", "k3", "k1"], "aaaaaaa", 4) == [0.0] * 7

    # A retry loop refused over and over (the same request), then a rotation overlapping:
    # no finding; refused once, then the same: found.
    def loop(refusals: int) -> list[float]:
        det, scores = Probing(), []
        calls = [("r/loop", "k1", "deny")] * refusals + [
            ("r/a", "k9", "allow"), ("r/b", "k1", "allow")]  # fmt: skip
        for t, (resource, credential, outcome) in enumerate(calls):
            x = _x(t=float(t), credential=credential, resource=resource, shape=resource,
                   outcome=outcome)  # fmt: skip
            scores.append(det.score_one(x))
            det.learn_one(x)
        return scores

    assert loop(1)[-1] == 0.8
    assert loop(3)[-1] == 0.0
    # The new credential must come after the refusal: one seen before it is no second one.
    assert run(["k9", "k1", "k1", "k1", "k9"], "aaaaa", 2) == [0.0] * 5


def test_payload_terminal_in_a_workload_is_stronger_than_a_session_or_a_shell() -> None:
    det = RiskyPayload()
    purpose = tokens("Restart crash-looping pods and roll out deployments")
    exec_ = _x(
        action="k8s:create",
        resource="k8s://prod/namespaces/web/pods/web-1/exec",
        purpose_tokens=purpose,
    )
    session = det.explain_one({**exec_, "texts": (("command", "ls /app"),)})
    assert max(s for s, _ in session.values()) == 0.8  # a session running one command
    terminal = det.explain_one({**exec_, "texts": (("command", "sh"),)})
    score, reason = terminal["interactive_access"]
    assert score == pytest.approx(0.92) and "interactive shell" in reason  # both facts
    # Where the purpose asks for such sessions, the session stays explained.
    debug = {**exec_, "texts": (("command", "sh"),), "purpose_tokens": tokens("Debug pods")}
    assert det.explain_one(debug)["interactive_access"][0] == 0.2


def test_sensitive_second_distinct_unexplained_credential_is_harvesting() -> None:
    det = SensitiveTarget()
    purpose = tokens("Restart crash-looping pods and rotate TLS certificates")
    first = _x(resource="k8s://c/namespaces/web/secrets/db-credentials", purpose_tokens=purpose)
    assert det.explain_one(first)["credential_material"][0] == 0.6
    det.learn_one(first)
    again = det.explain_one({**first, "t": 2.0})
    assert set(again) == {"credential_material"}  # the same secret again: nothing new
    other = {**first, "t": 2.0, "resource": "k8s://c/namespaces/search/secrets/stripe-api-key"}
    assert det.explain_one(other)["harvesting"][0] == 0.85
    # What the purpose explains (and IAM grants) neither escalates nor is remembered.
    tls = {**first, "t": 3.0, "resource": "k8s://c/namespaces/auth/secrets/tls-cert"}
    assert det.explain_one(tls)["explained"][0] == 0.2
    det.learn_one(tls)
    assert det.state_dict()["items"][2:] == []
    # Past the horizon the first read is forgotten.
    assert set(det.explain_one({**other, "t": 2.0 + det.horizon_s})) == {"credential_material"}


def test_sensitive_deleting_and_writing_collect_nothing() -> None:
    """Kubernetes' namespace controller deletes each collection of a namespace being deleted
    and lists it to see it empty; a controller creates token secrets for other accounts.
    Neither reads a credential: neither is a finding, neither harvests; a list of a
    collection not emptied, or emptied long ago, still reaches what it holds."""
    from missionguard.pipeline.records import Target

    def call(n: float, verb: str, operation: str, name: str | None = None) -> dict:
        target = Target(type="secrets", container="loki", name=name)
        d = AuthorizationDecision(
            event_id=f"e{n}", time=T0, agent_id="ns-controller", action=f"k8s:{verb}:secrets",
            resource="secrets" + (f"/{name}" if name else ""), decision="allow", source="k8s",
            operation=operation, target=target,
        )  # fmt: skip
        return _x(decision=d, t=n, action=d.action, resource=d.resource)

    det = SensitiveTarget()
    wipe = call(0.0, "deletecollection", "delete")
    assert det.explain_one(wipe) == {}
    det.learn_one(wipe)
    assert det.explain_one(call(0.01, "list", "list")) == {}  # the collection it just emptied
    assert set(det.explain_one(call(600.0, "list", "list"))) == {"credential_material"}
    det = SensitiveTarget()
    listed = call(0.0, "list", "list")
    det.learn_one(listed)  # reached: remembered
    created = det.explain_one(call(1.0, "create", "write", "app-token-x1"))
    assert created == {}  # a secret created: its value supplied, none read
    det.learn_one(call(1.0, "create", "write", "app-token-x1"))
    assert len(det.state_dict()["items"]) == 2  # only the list is remembered
    assert set(det.explain_one(call(2.0, "get", "read", "db-password"))) == {"harvesting"}
    # A private key written into a repository is no store entry's value: still material.
    planted = AuthorizationDecision(
        event_id="k", time=T0, agent_id="coder", action="repo.write_file",
        resource="github://acme/app/contents/deploy/id_ed25519", decision="allow",
        source="mcp", operation="write",
    )  # fmt: skip
    key = _x(decision=planted, action=planted.action, resource=planted.resource)
    assert set(SensitiveTarget().explain_one(key)) == {"credential_material"}


def test_sensitive_explained_material_then_a_send_nothing_explains_is_published_after() -> None:
    """A coding assistant whose cohort reads .env files routinely reads one, then posts to a
    site nothing explains: the read was ordinary, where it goes next is not. The same post to
    an explained destination, or with no material read, is nothing here."""
    det = SensitiveTarget()
    read = _x(resource="github://acme/app/contents/.env", cohort_routine=True, t=0.0,
              action="repo.read_file")  # fmt: skip
    assert set(det.explain_one(read)) == {"explained"}
    post = _x(action="web.post_page", resource="https://paste.example.xyz/new", t=40.0)
    assert det.explain_one({**post, "destination_unexplained": True}) == {}  # nothing read yet
    det.learn_one(read)
    found = det.explain_one({**post, "destination_unexplained": True})
    assert found["published_after"][0] == 0.85 and "40s after" in found["published_after"][1]
    assert det.explain_one({**post, "destination_unexplained": False}) == {}
    assert det.explain_one({**post, "t": 40.0 + det.horizon_s}) == {}
    assert SensitiveTarget().load_state_dict(det.state_dict()).state_dict() == det.state_dict()


def test_sensitive_memory_is_bounded_by_max_items() -> None:
    """The contract test's stream reaches no credential material; this one reaches only that."""
    det = SensitiveTarget(max_items=4)
    for i in range(500):
        det.learn_one(_x(resource=f"github://acme/r{i}/contents/.env", t=float(i)))
    flat = det.state_dict()["items"]
    assert len(flat) == 2 * 4  # key and time of the 4 most recent pieces
    assert flat[1::2] == [496.0, 497.0, 498.0, 499.0]
    again = SensitiveTarget(max_items=4).load_state_dict(det.state_dict())
    assert again.state_dict() == det.state_dict()


def test_sensitive_a_purpose_naming_secrets_explains_managing_them_not_reading_one() -> None:
    det = SensitiveTarget()
    purpose = tokens("Fix issues and open pull requests; rotate a CI secret when asked")
    x = _x(purpose_tokens=purpose, resource="ci://acme/billing/secrets/DEPLOY_KEY")
    assert set(det.explain_one({**x, "action": "ci:secrets.update"})) == {"explained"}
    listed = {**x, "action": "ci:secrets.list", "resource": "ci://acme/billing/secrets"}
    assert set(det.explain_one(listed)) == {"explained"}
    # Retrieving one entry's value: the purpose names the kind of material, not this entry.
    read = {**x, "action": "ci:secrets.read"}
    assert det.explain_one(read)["credential_material"][0] == 0.6
    # An entry the purpose names is explained, read or not ("rotate TLS certificates").
    tls = {**read, "resource": "k8s://c/namespaces/web/secrets/tls-cert",
           "purpose_tokens": tokens("Restart pods and rotate TLS certificates")}  # fmt: skip
    assert set(det.explain_one(tls)) == {"explained"}


def test_sensitive_publishing_after_unexplained_credential_material() -> None:
    det = SensitiveTarget()
    purpose = tokens("Fix issues and open pull requests; rotate a CI secret when asked")
    comment = _x(action="github:issues.comment", resource="github://acme/billing/issues/7",
                 purpose_tokens=purpose, t=30.0)  # fmt: skip
    assert det.explain_one(comment) == {}  # nothing reached: an ordinary comment
    listed = _x(action="ci:secrets.list", resource="ci://acme/billing/secrets",
                purpose_tokens=purpose)  # fmt: skip
    det.learn_one(listed)  # explained (managing the store): not remembered
    assert det.explain_one(comment) == {}
    det.learn_one({**listed, "action": "ci:secrets.read", "resource": listed["resource"] + "/K"})
    assert det.explain_one(comment)["published_after"][0] == 0.85
    assert det.explain_one({**comment, "action": "github:contents.read"}) == {}
    assert det.explain_one({**comment, "t": 30.0 + det.horizon_s}) == {}  # forgotten


def test_count_min_sketch_never_undercounts_and_decays() -> None:
    cms = CountMinSketch(width=32, depth=2, decay_after=100)
    for i in range(60):
        cms.add(key_of(i % 7))
    assert all(cms.get(key_of(k)) >= 60 // 7 for k in range(7))
    for _ in range(50):
        cms.add(key_of("x"))
    assert cms.total <= 100


def test_features_shape_destinations_and_arguments() -> None:
    d = AuthorizationDecision(
        event_id="e", time=T0, agent_id="a", action="payments:transfer",
        resource="payments://client-102/batches/pay-42828e55", decision="allow", source="t",
        source_ip="10.80.1.2", on_behalf_of="client-102",
        attributes={"beneficiary_account": "CY4130510837061547", "amount": 48750.0,
                    "to": "FRA", "links_external": True, "user_agent": "bot/2.1.3"},
    )  # fmt: skip
    x = decision_features(d, support_mission("a"), "c", None)
    assert x["shape"] == "payments://#/batches/#"
    # No argument name is looked up: the value is an account number in IBAN form.
    assert x["destinations"] == (("beneficiary_account", "CY4130510837061547"),)
    assert x["effect"] and "beneficiary_account" in x["argument_keys"]
    assert ("amount", "~2^16") in x["arguments"] and ("to", "fra") in x["arguments"]
    assert ("links_external", "true") in x["arguments"]
    assert x["context"]["network"] == "10.80.0.0/16"
    assert x["context"]["user_agent"] == "bot"
    assert resource_shape("s3://bkt/ec2/v1") == "s3://bkt/ec2/v1"
    assert domain_of("a@b.c.co.uk") == "c.co.uk"


def test_fusion_damps_grounded_novelty_only() -> None:
    cfg = DetectionConfig()
    novel = {"value_rarity": 1.0, "sequence_surprise": 1.0}
    assert fuse(novel, cfg, grounded=True) < cfg.ladder.alert_low
    assert fuse(novel, cfg, grounded=False) >= cfg.ladder.alert_low
    foreign_args = {"value_rarity.arguments": 1.0}
    assert fuse(foreign_args, cfg, grounded=True) == fuse(foreign_args, cfg, grounded=False)
    assert risk_increment(cfg.risk_floor, cfg) == 0.0


def test_detection_config_file_and_cohort_overrides(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[3]
    cfg = DetectionConfig.from_yaml(repo / "config" / "detection.yaml")
    assert cfg.ladder_for("no-such-cohort") == cfg.ladder
    bad = tmp_path / "d.yaml"
    bad.write_text("ladder: {step_up: 3, throttle: 1}\n")
    with pytest.raises(ValueError, match=str(bad)):
        DetectionConfig.from_yaml(bad)
    partial = DetectionConfig.model_validate({"cohorts": {"x": {"revoke": 9}}})
    assert partial.ladder_for("x").revoke == 9 and partial.ladder_for("x").step_up == 0.6


def test_payload_public_access_grant_unless_the_purpose_names_public_data() -> None:
    det = RiskyPayload()
    purpose = tokens("Publish daily reports to acme-reports and share datasets with partners")
    acl = _x(
        action="s3:PutObjectAcl",
        resource="arn:aws:s3:::acme-raw-events/dt=2026-01-16/part-1.parquet",
        texts=(("grant", "public-read"),),
        purpose_tokens=purpose,
    )
    score, reason = det.explain_one(acl)["public_access"]
    assert score == 0.9 and "everyone" in reason
    # A grant to a named party, or a read of the ACL, exposes nothing.
    assert "public_access" not in det.explain_one({**acl, "texts": (("grant", "partner-read"),)})
    assert "public_access" not in det.explain_one({**acl, "action": "s3:GetObjectAcl"})
    # The other public constructs: a wildcard principal, the global grantee groups, GCS
    # allUsers, removing the public access block, a repository made public.
    policy = '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]}'
    for action, resource, texts in (
        ("s3:PutBucketPolicy", "arn:aws:s3:::acme-raw", (("policy", policy),)),
        ("s3:PutBucketAcl", "arn:aws:s3:::acme-raw",
         (("grant_read", "uri=http://acs.amazonaws.com/groups/global/AllUsers"),)),
        ("storage:buckets.setIamPolicy", "gcs://acme-raw", (("member", "allUsers"),)),
        ("s3:DeleteBucketPublicAccessBlock", "arn:aws:s3:::acme-raw", ()),
        ("github:repos.update", "github://acme/billing", (("visibility", "public"),)),
    ):  # fmt: skip
        found = det.explain_one({**acl, "action": action, "resource": resource, "texts": texts})
        assert found["public_access"][0] == 0.9, action
    # A public reply on a ticket is not a repository made public.
    reply = {**acl, "action": "tickets:comment", "resource": "crm://customers/c1/tickets/7",
             "texts": (("visibility", "public"),)}  # fmt: skip
    assert "public_access" not in det.explain_one(reply)
    # Where the purpose names public data (a public website bucket), the grant is the task.
    site = {**acl, "purpose_tokens": tokens("Publish the public website assets")}
    assert "public_access" not in det.explain_one(site)


@pytest.mark.parametrize(
    "text",
    [
        "crm/accounts/8812/notes/n-0042", "arn:aws:s3:::billing-invoices/2024/07/x.csv",
        "github://acme/app/contents/src/a.py", "", "/", "a//b", " x y ", "mail/a@b.example",
        "k8s://c/namespaces/web/secrets/db?x=1&y=22#frag", "files/\u00e9t\u00e9-\u00b2\u00b3/v1",
        "repo/.env", "repo/.environment", "ci://acme/app/secrets/DEPLOY-KEY", "home/u/.ssh/id_rsa",
        "s3://b/state/prod.tfstate", "k8s://c/kubeconfig", "x/README.md", "vault", "a.pem.bak",
    ],
)  # fmt: skip
def test_fast_paths_match_their_reference_definitions(text: str) -> None:
    """The shortcuts of the hot path (no-identifier and no-name pre-checks, splitting instead
    of substituting) give what the plain definitions give."""
    import re

    from missionguard.models.detectors.sensitive import _SEGMENTS, _WORDS, default_vocabulary
    from missionguard.models.features import is_identifier

    shape = re.sub(r"[^/:?&=#\s]+", lambda m: "#" if is_identifier(m[0]) else m[0], text)
    assert resource_shape.__wrapped__(text) == shape

    def kind_of(text: str) -> str | None:
        low = text.lower().replace("-", "_")
        for segment in filter(None, _SEGMENTS.split(low)):
            words = {*_WORDS.findall(segment), segment}
            for kind, names, suffixes, _ in vocabulary.kinds:
                if names & words or (suffixes and segment.endswith(suffixes)):
                    return kind
        return None

    vocabulary = default_vocabulary()
    assert vocabulary._kind_of(text) == kind_of(text)


def test_pair_keys_continue_the_prefix_crc() -> None:
    from missionguard.models.sketch import key_after, key_of_uncached, key_prefix

    for agent, item in (("a1", 7), ("bot-\u00e9", 2**32 - 1), ("", 0)):
        assert key_after(key_prefix(agent), item) == key_of_uncached(agent, item)


def test_an_identity_serving_sessions_from_their_own_networks_is_not_in_two_places() -> None:
    """Corpus v19 (blind; dev data since): one member bot's OAuth client serves every
    member's conversation, each relayed from its member's network; two interleaved
    conversations made the bot's calls alternate between networks, read as one credential
    used from two places at once, and stopped both twins of a pair alike. Once an identity's
    sessions have come from places of their own (``spread_sessions`` changes of network
    between sessions), a change between sessions is its design; within one session, or where
    calls name none, it is still the finding. An identity that has not shown that (a
    credential replayed from elsewhere in a session of its own) is still found."""
    from types import SimpleNamespace

    from missionguard.models.detectors.concurrent import ConcurrentUse

    def x(t: float, net: str, session: str | None) -> dict:
        return {"t": t, "context": {"network": net},
                "decision": SimpleNamespace(session_id=session)}  # fmt: skip

    def alternate(sessions: tuple[str | None, ...], history: bool) -> float:
        det = ConcurrentUse()
        if history:  # earlier conversations, hours apart, each from its member's network
            for n in range(4):
                det.learn_one(x(-3600.0 * (5 - n), f"10.{n}.0.0/16", f"old-{n}"))
        calls = [x(0.0, "88.64.0.0/16", sessions[0]), x(5.0, "88.79.0.0/16", sessions[1])]
        for call in calls:
            det.learn_one(call)
        return det.score_one(x(9.0, "88.64.0.0/16", sessions[2]))

    assert alternate(("conv-a", "conv-b", "conv-a"), history=True) == 0.0
    assert alternate(("conv-a", "conv-a", "conv-a"), history=True) == 0.9  # one conversation
    assert alternate((None, None, None), history=True) == 0.9
    assert alternate(("conv-a", "conv-b", "conv-a"), history=False) == 0.9


def test_a_typed_principals_bare_id_form_names_another_principal() -> None:
    """Corpus v19 (blind; dev data since): a solar installer's bot acting for
    ``customer:SS-38675`` (an OAuth subject with its type) read account ``SS-27731``, a
    stranger's, from an invoice photo, and made the caller its authorised contact: no
    finding, because only the whole typed principal's form (``customer:SS-#``) was compared
    with the bare ids of the arguments. The id alone is compared too, digit for digit: a
    bare form is looser (flight ``NV550`` is no frequent flyer ``ff:NV8846659``)."""
    from missionguard.models.detectors.delegation import DelegationScope

    det = DelegationScope()

    def others(principal: str, *ids: str) -> tuple[str, ...]:
        x = {"principal": principal, "objects": (), "resource": "mcp://accounts",
             "action": "accounts.get", "named_principals": (), "id_values": ids}  # fmt: skip
        return det.others(x)

    assert others("customer:SS-38675", "SS-27731") == ("SS-27731",)
    assert others("customer:SS-38675", "SS-38675") == ()
    assert others("ff:NV8846659", "NV550") == ()
    assert others("cust-7731", "cust-1004") == ("cust-1004",)  # untyped, as before
