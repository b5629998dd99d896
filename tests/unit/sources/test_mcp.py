"""MCP tools/call traffic through a gateway (pipeline/sources/mcp.py): who acts, what decides
(a refusal is a deny, a tool error is not), the operation only from ToolAnnotations, arguments
kept as structure, and a dead letter naming the field for every malformed line."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionguard.pipeline.records import ARGUMENT_LIMITS, AuthorizationDecision
from missionguard.pipeline.sources import (
    NORMALIZERS,
    NormalizationError,
    available_sources,
    normalize_payload,
    read_raw,
)
from missionguard.pipeline.sources.fields import text
from missionguard.pipeline.sources.mcp import McpConfig, McpNormalizer, operation_from_annotations

SAMPLE = Path(__file__).resolve().parents[2] / "files" / "mcp" / "gateway_tool_calls.jsonl"

CALL: dict[str, Any] = {
    "time": "2025-06-18T09:01:00.250Z",
    "event_id": "gw-0001",
    "server": "weather",
    "server_url": "https://weather.example.com/mcp",
    "session_id": "1868a90c-6f2a-4f3b-9a54-6b1c0c2d8f10",
    "client": {"client_id": "agent-1", "sub": "user-7f3c", "jti": "tok-1", "ip": "203.0.113.7"},
    "http": {"status": 200},
    "request": {
        "jsonrpc": "2.0",
        "id": 2,
        "method": "tools/call",
        "params": {"name": "get_weather", "arguments": {"location": "New York"}},
    },
    "response": {
        "jsonrpc": "2.0",
        "id": 2,
        "result": {"content": [{"type": "text", "text": "72°F"}], "isError": False},
    },
}


def _call(**changes: Any) -> dict[str, Any]:
    event = copy.deepcopy(CALL)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = event
        for part in parents:
            node = node[part]
        if value is _DROP:
            node.pop(last, None)
        else:
            node[last] = value
    return event


_DROP = object()


def _one(event: dict[str, Any], config: McpConfig | None = None) -> AuthorizationDecision:
    decisions = McpNormalizer(config).normalize(event)
    assert len(decisions) == 1
    return decisions[0]


def _dead(event: Any) -> str:
    outcome = normalize_payload("mcp", json.dumps(event).encode(), "t:1")
    assert outcome.dead_letter is not None, outcome
    return outcome.dead_letter.reason


def test_registered_like_the_other_sources() -> None:
    assert "mcp" in NORMALIZERS and "mcp" in available_sources()


def test_a_call_becomes_a_decision() -> None:
    d = _one(CALL)
    assert (d.agent_id, d.on_behalf_of, d.credential_id) == ("agent-1", "user-7f3c", "tok-1")
    assert d.session_id == CALL["session_id"] and d.source_ip == "203.0.113.7"
    assert (d.action, d.resource) == ("mcp:weather/get_weather", "https://weather.example.com/mcp")
    assert d.decision == "allow" and d.source == "mcp" and d.event_id == "gw-0001"
    assert d.target is not None
    assert (d.target.type, d.target.container, d.target.name) == (
        "mcp:tool",
        "weather",
        "get_weather",
    )
    assert d.arguments == {"location": "New York"}
    assert d.operation is None  # no annotations logged: no guess
    assert d.attributes["tool_error"] is False and d.attributes["jsonrpc_id"] == 2


def test_subject_acts_without_a_client_id() -> None:
    d = _one(_call(client={"sub": "svc-a"}))
    assert (d.agent_id, d.on_behalf_of, d.attributes["agent_kind"]) == ("svc-a", None, "subject")
    same = _one(_call(client={"client_id": "svc-a", "sub": "svc-a"}))
    assert same.on_behalf_of is None  # a client_credentials client acts for itself


def test_server_from_url_or_default_and_resource() -> None:
    d = _one(_call(server=_DROP))
    assert d.action == "mcp:weather.example.com/get_weather"
    bare = _call(server=_DROP, server_url=_DROP)
    assert "field 'server'" in _dead(bare)
    d = _one(bare, McpConfig(default_server="solo"))
    assert (d.action, d.resource) == ("mcp:solo/get_weather", "mcp://solo")


# --- what decides -------------------------------------------------------------------------


def test_tool_execution_error_is_not_a_denial() -> None:
    d = _one(_call(response__result={"content": [], "isError": True}))
    assert d.decision == "allow" and d.attributes["tool_error"] is True


@pytest.mark.parametrize("code", [-32602, -32601, -32603, -32000])
def test_protocol_errors_are_admitted_calls(code: int) -> None:
    event = _call(response__result=_DROP, response__error={"code": code, "message": "Unknown"})
    d = _one(event)
    assert d.decision == "allow" and d.attributes["error_code"] == code


def test_listed_error_code_is_a_refusal() -> None:
    event = _call(response__result=_DROP, response__error={"code": -32003, "message": "no"})
    assert _one(event).decision == "allow"
    assert _one(event, McpConfig(deny_error_codes=(-32003,))).decision == "deny"


@pytest.mark.parametrize("status", [401, 403, "403"])
def test_http_refusal_at_the_gateway_denies(status: int | str) -> None:
    d = _one(_call(http__status=status, response=_DROP))
    assert d.decision == "deny" and d.attributes["http_status"] == int(status)


def test_unauthenticated_401_without_identity_is_skipped() -> None:
    assert McpNormalizer().normalize(_call(http__status=401, client=_DROP)) == []
    assert "no authenticated client" in _dead(_call(client=_DROP))


def test_gateway_verdict_denies() -> None:
    d = _one(_call(policy={"decision": "DENY"}, response=_DROP))
    assert d.decision == "deny" and d.attributes["gateway_verdict"] == "DENY"


def test_admitted_without_a_response() -> None:
    d = _one(_call(response=_DROP))
    assert d.decision == "allow" and d.attributes["response_missing"] is True
    assert "no HTTP status or verdict" in _dead(_call(response=_DROP, http=_DROP))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"request": _DROP}, "request"),
        ({"request__method": _DROP}, "request.method"),
        ({"request__params": "x"}, "request.params"),
        ({"request__params__name": 7}, "request.params.name"),
        ({"request__params__arguments": ["New York"]}, "request.params.arguments"),
        ({"request__params__arguments": "not json"}, "request.params.arguments"),
        ({"response__id": 99}, "response.id"),
        ({"response__error": {"code": 1}}, "response"),
        ({"response__result": _DROP, "response__error": {"code": "x"}}, "response.error.code"),
        ({"response__result": {"isError": "yes"}}, "response.result.isError"),
        ({"response__result": "ok"}, "response"),
        ({"http__status": 99}, "http.status"),
        ({"time": _DROP}, "time"),
        ({"request__params__name": "get\u0007weather"}, "action"),
    ],
)
def test_malformed_lines_are_dead_letters_naming_the_field(changes: dict, field: str) -> None:
    reason = _dead(_call(**changes))
    assert reason.startswith(f"mcp: field '{field}'"), reason
    assert reason.endswith(" at t:1")


def test_other_methods_are_skipped() -> None:
    for method in ("initialize", "tools/list", "notifications/initialized", "resources/read"):
        assert McpNormalizer().normalize(_call(request__method=method)) == []


# --- operation from annotations only ------------------------------------------------------


@pytest.mark.parametrize(
    ("annotations", "operation"),
    [
        ({"readOnlyHint": True}, "read"),
        ({"readOnlyHint": True, "destructiveHint": True}, "read"),
        ({"readOnlyHint": False, "destructiveHint": True}, "delete"),
        ({"destructiveHint": True}, "delete"),
        ({"readOnlyHint": False, "destructiveHint": False, "openWorldHint": True}, "send"),
        ({"readOnlyHint": False, "openWorldHint": False}, "write"),
        ({"readOnlyHint": False}, "write"),
        ({"openWorldHint": True}, None),
        ({"idempotentHint": True, "title": "x"}, None),
        ({"readOnlyHint": "true"}, None),
        ({}, None),
        ("read-only", None),
    ],
)
def test_operation_from_tool_annotations(annotations: Any, operation: str | None) -> None:
    assert operation_from_annotations(annotations) == operation
    d = _one(_call(tool={"annotations": annotations}))
    assert d.operation == operation


def test_no_operation_guessed_from_the_tool_name() -> None:
    for name in ("delete_all_files", "read_file", "send_email", "grant_admin"):
        assert _one(_call(request__params__name=name)).operation is None


# --- arguments as structure ---------------------------------------------------------------


def test_arguments_keep_their_structure_and_hostile_text() -> None:
    args = {
        "to": ["a@b.com", "Jörg@bücher.example"],
        "body": {"parts": [{"text": "\u001b[31mX\u001b[0m \u202egnp.exe {0} %s ${x}"}, 3, None]},
        "flags": [True, 2.5],
    }
    d = _one(_call(request__params__arguments=args))
    assert d.arguments == args
    assert json.loads(d.model_dump_json())["arguments"] == args


def test_stringified_arguments_are_decoded() -> None:
    d = _one(_call(request__params__arguments=json.dumps({"q": ["x"]})))
    assert d.arguments == {"q": ["x"]}


def test_arguments_past_a_bound_are_cut_and_the_call_kept() -> None:
    # The agent writes its arguments: padding them must not hide the call from the judge.
    deep: Any = "x@evil.example.org"
    for _ in range(ARGUMENT_LIMITS["depth"] + 1):
        deep = {"d": deep}
    d = _one(_call(request__params__arguments={"to": "a@b.com", "v": deep}))
    assert d.arguments["to"] == "a@b.com" and d.arguments["_truncated"]["levels_as_text"] == 1
    many = {"to": [f"u{i}@x.org" for i in range(ARGUMENT_LIMITS["values"] + 10)]}
    d = _one(_call(request__params__arguments=many))
    assert d.decision == "allow" and d.arguments["_truncated"]["values_omitted"] >= 10
    assert len(d.arguments["to"]) < ARGUMENT_LIMITS["values"]


# --- the sample ---------------------------------------------------------------------------


def test_sample_file() -> None:
    records = list(read_raw(SAMPLE, "mcp"))
    outcomes = {r.origin.line: normalize_payload("mcp", r.payload, r.origin) for r in records}
    counts = Counter(o.kind for o in outcomes.values())
    assert (counts["normalized"], counts["skipped"], counts["dead_letter"]) == (8, 2, 5)
    by_line = {n: o.decisions[0] for n, o in outcomes.items() if o.decisions}
    assert by_line[1].operation == "read" and by_line[1].decision == "allow"
    assert by_line[2].attributes["error_code"] == -32602 and by_line[2].decision == "allow"
    assert by_line[3].attributes["tool_error"] is True and by_line[3].decision == "allow"
    assert by_line[4].decision == "deny" and by_line[4].operation == "delete"
    assert by_line[5].arguments["to"] == ["a@b.com", "Jörg.Müller@bücher.example"]
    assert by_line[5].arguments["body"]["parts"][1]["ref"] == {
        "id": "att-5541",
        "uri": "file:///tmp/q2.pdf",
    }
    assert by_line[6].arguments["title"].startswith("\u001b[31m")
    assert by_line[9].agent_id == "svc-reporting" and by_line[9].arguments["limit"] == 3
    assert by_line[13].arguments["_truncated"] == {"levels_as_text": 1}
    for n, o in outcomes.items():
        if o.dead_letter is not None:
            assert o.dead_letter.reason.startswith("mcp: field '"), o.dead_letter.reason
            assert o.dead_letter.reason.endswith(f":{n}") and o.dead_letter.origin_line == n
    assert {n for n, o in outcomes.items() if o.dead_letter} == {10, 11, 12, 14, 15}


# --- properties, as for every source ------------------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _texts(obj: Any) -> set[str]:
    if isinstance(obj, dict):
        return set().union(*(_texts(v) for v in obj.values())) if obj else set()
    if isinstance(obj, list):
        return set().union(*(_texts(v) for v in obj)) if obj else set()
    found = text(obj)
    return {found} if found else set()


@FAST
@given(doc=JSON)
def test_arbitrary_json_never_raises(doc: Any) -> None:
    outcome = normalize_payload("mcp", json.dumps(doc).encode(), "p")
    assert outcome.kind in ("normalized", "skipped", "dead_letter")


@FAST
@given(data=st.data())
def test_agent_is_never_invented(data: st.DataObject) -> None:
    event = copy.deepcopy(CALL)
    for key in data.draw(st.lists(st.sampled_from(sorted(CALL)), max_size=3)):
        event[key] = data.draw(JSON)
    if data.draw(st.booleans()):
        event["client"] = data.draw(JSON)
    outcome = normalize_payload("mcp", json.dumps(event).encode(), "p")
    for decision in outcome.decisions:
        assert decision.agent_id in _texts(event)


def test_normalizer_raises_only_normalization_errors() -> None:
    with pytest.raises(NormalizationError):
        McpNormalizer().normalize({"request": {"method": "tools/call"}})
