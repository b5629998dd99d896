"""Property-based checks of every normalizer through ``normalize_payload``:

* arbitrary bytes, arbitrary JSON and truncated valid records never raise;
* a valid record survives an added irrelevant field (nothing valid is lost);
* no agent is invented: whatever is mutated, a decision's agent_id is a value of the input.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionguard.pipeline.sources import SourcesSettings, normalize_payload
from missionguard.pipeline.sources.fields import text

SETTINGS = SourcesSettings()
# Humans watched too, so that the "no invented agent" property covers every identity path.
WATCHING = SourcesSettings(
    cloudtrail={"watch_humans": True},
    k8s_audit={"watch_humans": True},
    okta={"watch_humans": True},
    opa={"watch_humans": True},
    envoy={"watch_humans": True},
)

VALID: dict[str, dict[str, Any]] = {
    "cloudtrail": {
        "eventID": "771299cb-e200-4926-9604-c85358b30499",
        "eventTime": "2020-09-14T01:02:34Z",
        "eventSource": "s3.amazonaws.com",
        "eventName": "GetObject",
        "eventType": "AwsApiCall",
        "sourceIPAddress": "1.2.3.4",
        "userAgent": "[aws-cli/1.18.136]",
        "requestParameters": {"bucketName": "b", "key": "ring.txt"},
        "userIdentity": {
            "type": "AssumedRole",
            "arn": "arn:aws:sts::123456789123:assumed-role/WAFRole/i-0317",
            "principalId": "AROA:i-0317",
            "accessKeyId": "ASIA5FLZVX4OPVKKVBMX",
            "sessionContext": {
                "sessionIssuer": {"arn": "arn:aws:iam::123456789123:role/WAFRole"},
                "attributes": {"creationDate": "2020-09-14T00:48:30Z"},
            },
        },
    },
    "k8s_audit": {
        "kind": "Event",
        "auditID": "a-1",
        "stage": "ResponseComplete",
        "verb": "get",
        "user": {
            "username": "system:serviceaccount:ns:bot",
            "extra": {"authentication.kubernetes.io/credential-id": ["JTI=1"]},
        },
        "impersonatedUser": None,
        "objectRef": {"resource": "secrets", "namespace": "ns", "name": "s"},
        "responseStatus": {"code": 200},
        "sourceIPs": ["10.0.0.1"],
        "stageTimestamp": "2026-01-05T10:00:00.004112Z",
    },
    "okta": {
        "uuid": "u1",
        "published": "2024-05-02 18:46:21.121000000",
        "eventType": "app.oauth2.as.token.grant",
        "actor": {"id": "0oa1", "type": "PublicClientApp", "alternateId": "bot"},
        "client": {"id": "c1", "ipAddress": "198.51.100.7"},
        "outcome": {"result": "SUCCESS"},
        "target": [{"id": "aus1", "type": "AuthorizationServer"}],
    },
    "opa": {
        "decision_id": "d1",
        "timestamp": "2026-01-05T10:00:00.123456789Z",
        "path": "agents/authz/allow",
        "input": {"subject": {"id": "agent:x", "type": "agent"}, "action": "a:b", "resource": "r"},
        "result": True,
    },
    "envoy": {
        "start_time": "2026-01-05T10:00:00.000Z",
        "method": "GET",
        "path": "/v1/tickets/4711",
        "response_code": 200,
        "request_id": "r1",
        "authority": "tickets.internal",
        "x-agent-id": "ticket-summarizer",
        "downstream_remote_address": "10.1.2.3:51312",
    },
    "gcp_audit": {
        "insertId": "i1",
        "timestamp": "2024-01-01T00:00:00Z",
        "protoPayload": {
            "authenticationInfo": {"principalEmail": "etl@p.iam.gserviceaccount.com"},
            "methodName": "storage.objects.get",
            "resourceName": "projects/_/buckets/b",
            "status": {"code": 0},
        },
    },
    "perfspec_k8s_csv": {
        "time": "2023-01-27T18:28:08.129781Z",
        "user": "system:node:n1",
        "verb": "get",
        "resource": "configmaps",
        "name": "c",
        "request_uri": "/api/v1/namespaces/x/configmaps",
        "audit_id": "a1",
        "stage": "ResponseComplete",
        "code": "403",
    },
    "anthropic_audit": {
        "id": "activity_1",
        "created_at": "2026-05-07T13:02:42Z",
        "type": "claude_chat_access_failed",
        "actor": {"type": "api_actor", "api_key_id": "key_01", "ip_address": "10.0.0.1"},
    },
    "openai_audit": {
        "id": "audit_log-1",
        "type": "scim.disabled",
        "effective_at": 1702857600,
        "actor": {
            "type": "api_key",
            "api_key": {
                "type": "service_account",
                "id": "key-1",
                "service_account": {"id": "sa-1"},
            },
        },
    },
}
SOURCES = sorted(VALID)

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
FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(obj, dict):
        for key, value in obj.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            found += _paths(value, (*prefix, i))
    return found


def _replace(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = obj.copy()
    copy[path[0]] = _replace(obj[path[0]], path[1:], value)
    return copy


def _texts(obj: Any) -> set[str]:
    if isinstance(obj, dict):
        return set().union(*(_texts(v) for v in obj.values())) if obj else set()
    if isinstance(obj, list):
        return set().union(*(_texts(v) for v in obj)) if obj else set()
    found = text(obj)
    return {found} if found else set()


def _outcome(source: str, payload: bytes, settings_: SourcesSettings = SETTINGS):
    outcome = normalize_payload(source, payload, "prop")
    assert outcome.kind in ("normalized", "skipped", "dead_letter")
    assert (outcome.dead_letter is None) or not outcome.decisions
    return outcome


@pytest.mark.parametrize("source", SOURCES)
def test_valid_example_normalizes(source: str) -> None:
    assert _outcome(source, json.dumps(VALID[source]).encode()).kind == "normalized"


@pytest.mark.parametrize("source", SOURCES)
@FAST
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(source: str, data: bytes) -> None:
    _outcome(source, data)


@pytest.mark.parametrize("source", SOURCES)
@FAST
@given(doc=JSON)
def test_arbitrary_json_never_raises(source: str, doc: Any) -> None:
    _outcome(source, json.dumps(doc).encode())


@pytest.mark.parametrize("source", SOURCES)
@FAST
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_truncated_record_never_raises(source: str, cut: int) -> None:
    payload = json.dumps(VALID[source]).encode()
    outcome = _outcome(source, payload[: cut % len(payload)])
    assert outcome.kind == "dead_letter"  # a strict prefix of a JSON object is never JSON


@pytest.mark.parametrize("source", SOURCES)
@FAST
@given(key=st.text(min_size=1, max_size=12), value=JSON)
def test_irrelevant_field_does_not_lose_a_record(source: str, key: str, value: Any) -> None:
    base = _outcome(source, json.dumps(VALID[source]).encode()).decisions
    event = {**VALID[source], f"zz_unmapped_{key}": value}
    mutated = _outcome(source, json.dumps(event).encode())
    assert mutated.decisions == base


@pytest.mark.parametrize("source", SOURCES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_agent_is_never_invented(source: str, data: st.DataObject) -> None:
    event = VALID[source]
    paths = _paths(event)
    for path in data.draw(st.lists(st.sampled_from(paths), max_size=4)):
        try:
            event = _replace(event, path, data.draw(JSON))
        except (KeyError, IndexError, TypeError, AttributeError):
            continue  # an earlier replacement removed this path
    outcome = _outcome(source, json.dumps(event).encode(), WATCHING)
    values = _texts(event)
    for decision in outcome.decisions:
        assert decision.agent_id in values
