from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from missionguard.pipeline.sources import (
    EnvoyNormalizer,
    NormalizationError,
    OktaConfig,
    OktaNormalizer,
    OpaConfig,
    OpaNormalizer,
    read_raw,
)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(r.payload) for r in read_raw(path, "json")]


# -- Okta -------------------------------------------------------------------------------


def _okta(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "uuid": "u1",
        "published": "2024-05-02T18:46:21.121Z",
        "eventType": "app.oauth2.as.token.grant.access_token",
        "actor": {"id": "0oa1", "type": "PublicClientApp", "alternateId": "reporting-bot"},
        "client": {"ipAddress": "198.51.100.7", "userAgent": {"rawUserAgent": "okhttp/4"}},
        "outcome": {"result": "SUCCESS"},
        "target": [{"id": "aus1", "type": "AuthorizationServer", "alternateId": "default"}],
        "authenticationContext": {"externalSessionId": "sess-1"},
    }
    event.update(changes)
    return event


def test_okta_client_app() -> None:
    [d] = OktaNormalizer().normalize(_okta())
    assert (d.agent_id, d.action, d.resource) == (
        "reporting-bot",
        "okta:app.oauth2.as.token.grant.access_token",
        "default",
    )
    assert d.decision == "allow" and d.session_id == "sess-1" and d.source_ip == "198.51.100.7"


def test_okta_client_credentials_grant_uses_the_oauth_client() -> None:
    event = _okta(
        actor={"id": "sys", "type": "SystemPrincipal"},
        client={"id": "0oa-client-9", "ipAddress": "203.0.113.5"},
        debugContext={"debugData": {"grantType": "client_credentials"}},
    )
    [d] = OktaNormalizer().normalize(event)
    assert d.agent_id == "0oa-client-9" and d.attributes["agent_kind"] == "oauth_client"


@pytest.mark.parametrize(
    ("result", "expected"), [("FAILURE", "deny"), ("DENY", "deny"), ("ALLOW", "allow")]
)
def test_okta_outcomes(result: str, expected: str) -> None:
    assert OktaNormalizer().normalize(_okta(outcome={"result": result}))[0].decision == expected


def test_okta_skips_people_challenges_and_okta_itself() -> None:
    user = _okta(actor={"id": "00u1", "type": "User", "alternateId": "jim@example.com"})
    assert OktaNormalizer().normalize(user) == []
    assert (
        OktaNormalizer(OktaConfig(watch_humans=True)).normalize(user)[0].agent_id
        == "jim@example.com"
    )
    assert OktaNormalizer().normalize(_okta(outcome={"result": "CHALLENGE"})) == []
    assert OktaNormalizer().normalize(_okta(actor={"id": "x", "type": "SystemPrincipal"})) == []
    with pytest.raises(NormalizationError, match="outcome.result"):
        OktaNormalizer().normalize(_okta(outcome={}))


def test_okta_lowercased_field_names() -> None:
    event = _okta()
    event["eventtype"] = event.pop("eventType")
    assert OktaNormalizer().normalize(event)[0].action.startswith("okta:app.oauth2")


# -- OPA --------------------------------------------------------------------------------


def test_opa_decision_logs(files: Path) -> None:
    events = _lines(files / "opa/decision_logs.jsonl")
    normalizer = OpaNormalizer()
    [allowed] = normalizer.normalize(events[0])
    assert (allowed.agent_id, allowed.action, allowed.resource) == (
        "agent:invoice-summarizer",
        "tickets:read",
        "tickets/4711",
    )
    assert allowed.decision == "allow" and allowed.credential_id == "tok-01"
    assert allowed.attributes["policy_path"] == "agents/authz/allow"
    [denied] = normalizer.normalize(events[1])
    assert denied.decision == "deny"  # result.allow == false
    assert normalizer.normalize(events[2]) == []  # a user, not watched
    [undefined] = normalizer.normalize(events[3])
    assert undefined.decision == "deny" and undefined.resource == "v1/reports/2026"
    assert undefined.action == "GET"
    with pytest.raises(NormalizationError, match="input.subject.id"):
        normalizer.normalize(events[4])
    with pytest.raises(NormalizationError, match="expected a boolean"):
        normalizer.normalize(events[5])


def test_opa_configurable_paths() -> None:
    config = OpaConfig(subject_paths=("input.caller",), decision_path="decision.ok")
    event = {
        "decision_id": "d",
        "timestamp": "2026-01-01T00:00:00Z",
        "input": {"caller": "bot", "action": "x:y"},
        "result": {"decision": {"ok": True}},
    }
    [d] = OpaNormalizer(config).normalize(event)
    assert (d.agent_id, d.decision, d.resource) == ("bot", "allow", "*")


def test_opa_says_for_whom_the_agent_acts_where_the_deployment_says_the_input_names_it() -> None:
    """Corpus v8 (dev): a rail reservation agent's decision logs named the member it served
    only in ``input.context.kaiin_id``; with no ``on_behalf_of`` nothing said for whom the
    agent acted, so no member's bookings were learned or checked. The input's own
    ``on_behalf_of`` is read by default; a deployment lists its own field."""
    event = {
        "timestamp": "2026-01-01T00:00:00Z",
        "input": {"subject": {"id": "agent:rail-2"}, "action": "booking.cancel",
                  "resource": "booking/QX7M2K", "context": {"kaiin_id": "HZ-0042817"}},
        "result": {"allow": True},
    }  # fmt: skip
    [d] = OpaNormalizer().normalize(event)
    assert d.on_behalf_of is None
    config = OpaConfig(on_behalf_of_paths=("input.context.kaiin_id",))
    [d] = OpaNormalizer(config).normalize(event)
    assert d.on_behalf_of == "HZ-0042817"
    event["input"]["subject"]["on_behalf_of"] = "member:HZ-1"
    [d] = OpaNormalizer().normalize(event)
    assert d.on_behalf_of == "member:HZ-1"


def test_opa_request_parameters_are_the_calls_arguments() -> None:
    # The values a payout is requested with (input.context) are its top-level arguments,
    # compared across requests; the whole input stays as evidence.
    event = {
        "timestamp": "2026-01-01T00:00:00Z",
        "input": {"subject": {"id": "svc:t"}, "action": "payouts:create", "resource": "b/1",
                  "context": {"amount": 9900, "ledger": "ops-eur"}},
        "result": {"allow": False},
    }  # fmt: skip
    [d] = OpaNormalizer().normalize(event)
    assert d.arguments["amount"] == 9900 and d.arguments["ledger"] == "ops-eur"
    assert d.arguments["input"] == event["input"]
    config = OpaConfig(parameters_paths=("input.args",))
    assert set(OpaNormalizer(config).normalize(event)[0].arguments) == {"input"}


# -- Envoy ------------------------------------------------------------------------------


def test_envoy_access_log(files: Path) -> None:
    events = _lines(files / "envoy/access_log.jsonl")
    normalizer = EnvoyNormalizer()
    [ok] = normalizer.normalize(events[0])
    assert (ok.agent_id, ok.action, ok.resource) == (
        "ticket-summarizer",
        "GET /v1/tickets/{id}",
        "tickets.internal/v1/tickets/4711",
    )
    assert ok.decision == "allow" and ok.source_ip == "10.1.2.3"
    [refused] = normalizer.normalize(events[1])
    assert refused.agent_id == "spiffe://corp.example/ns/agents/sa/ticket-summarizer"
    assert refused.decision == "deny" and refused.attributes["response_flags"] == "UAEX"
    assert normalizer.normalize(events[2]) == []  # user: principal, not watched
    with pytest.raises(NormalizationError, match="x-agent-id"):
        normalizer.normalize(events[3])
    with pytest.raises(NormalizationError, match="response_code"):
        normalizer.normalize(events[4])


@pytest.mark.parametrize(
    "path",
    [
        "/v1/tickets/../admin/users",
        "/v1/tickets/%2e%2e/admin/users",
        "/v1/tickets/.%2E/admin/users?x=1",
        "/v1/tickets/4711/../../admin/./users",
    ],
)
def test_a_path_is_judged_where_it_leads(files: Path, path: str) -> None:
    # A mission scoped to /v1/tickets/* let GET /v1/tickets/../admin/users through: the glob
    # matched the path as written, the server resolves its dot segments (RFC 3986 5.2.4;
    # %2E is an encoded dot, 6.2.2.2) and serves /v1/admin/users. The path as written stays
    # in the arguments.
    from missionguard.models.mission import mission_violations
    from missionguard.pipeline.records import MissionDeclaration

    event = {**_lines(files / "envoy/access_log.jsonl")[0], "path": path}
    [d] = EnvoyNormalizer().normalize(event)
    assert (d.action, d.resource) == ("GET /v1/admin/users", "tickets.internal/v1/admin/users")
    assert d.target is not None and d.target.name == "/v1/admin/users"
    assert d.arguments["path"] == path
    mission = MissionDeclaration(
        time="2026-01-01T00:00:00Z", agent_id=d.agent_id, mission_id="m1",
        purpose="summarise tickets", allowed_actions=["GET /v1/tickets/*"],
        allowed_resources=["tickets.internal/v1/tickets/*"], issued_by="ops",
    )  # fmt: skip
    assert {v.rule for v in mission_violations(mission, d)} == {
        "action_not_declared", "resource_not_declared",
    }  # fmt: skip


def test_a_path_that_starts_with_two_slashes_is_a_path(files: Path) -> None:
    # urlsplit read "//admin/users" as host "admin" and path "/users", and raised on
    # "//[x": a request's path is no URL.
    event = _lines(files / "envoy/access_log.jsonl")[0]
    [d] = EnvoyNormalizer().normalize({**event, "path": "//admin/users?x=1"})
    assert d.resource == "tickets.internal//admin/users"
    [odd] = EnvoyNormalizer().normalize({**event, "path": "//[x/y"})
    assert odd.resource == "tickets.internal//[x/y"
