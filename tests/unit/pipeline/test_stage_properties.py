"""Property: the judging stage never raises, whatever bytes it is given. Every record yields
either its judged outputs or exactly one dead letter, and the stage's bookkeeping stays
consistent (issue 15, defect 2)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionguard.models.judge import Judge
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.records import MissionDeclaration, dump_json
from missionguard.pipeline.records.decoding import Origin

T0 = datetime(2026, 4, 1, tzinfo=UTC)
AGENTS = ("a", "b")


def _stage() -> JudgingStage:
    stage = JudgingStage(Judge(), {}, max_record_bytes=1 << 14, defer_state_writes=True)
    for agent in AGENTS:
        stage.judge_record(
            MissionDeclaration(
                time=T0,
                agent_id=agent,
                mission_id="m",
                purpose="read tickets",
                allowed_actions=["tickets:read"],
                issued_by="t",
            )
        )
    return stage


STAGE = _stage()  # shared: state accumulates across examples, as in a long-running worker
_JUDGED = {"alert", "control"}


def _check(payload: bytes, line: int = 1) -> list[str]:
    outputs = STAGE.process(payload, Origin(line=line, source="hypothesis"))
    kinds = [o.kind for o in outputs]
    if "dead_letter" in kinds:
        assert kinds == ["dead_letter"], kinds
    else:
        assert set(kinds) <= _JUDGED, kinds
    STAGE.flush_state_writes()  # never raises (a KeyError here wedged the worker)
    assert not STAGE._dirty
    return kinds


_FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.binary(max_size=512))
def test_arbitrary_bytes_never_raise(payload):
    _check(payload)


@_FAST
@given(st.binary(max_size=64))
def test_arbitrary_bytes_after_a_json_prefix_never_raise(tail):
    _check(b'{"type": "decision", "event_id": "e", "attributes": {"x": ' + tail)


_TEXT = st.text(st.characters(exclude_categories=()), max_size=24)  # surrogates included
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**400), max_value=10**400),
    _TEXT,
)
_TIMES = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%fZ").rjust(27, "0")
    ),
    st.sampled_from(
        ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", "2026-04-01T00:00:00Z"]
    ),
)


@_FAST
@given(
    agent=st.one_of(st.sampled_from(AGENTS), _TEXT),
    action=st.sampled_from(["tickets:read", "db:drop", "iam:CreateUser"]),
    time=_TIMES,
    attributes=st.dictionaries(_TEXT, _SCALARS, max_size=4),
    arguments=st.dictionaries(_TEXT, _SCALARS, max_size=4),
    payee=st.sampled_from([None, "DE89 3704 0044 0532 0130 00", "ops@example.org"]),
    amount=_SCALARS,
    operation=st.sampled_from([None, "send", "write", "read"]),
    bom=st.booleans(),
)
def test_any_decision_is_judged_or_dead_lettered(
    agent, action, time, attributes, arguments, payee, amount, operation, bom
):
    # Arguments reach the detectors that read values (a payment's payee and amount: a
    # 400-digit amount once overflowed a float there), the operation the ones that judge
    # effects.
    if payee is not None:
        arguments = {**arguments, "to": payee, "amount": amount}
    record = {
        "type": "decision",
        "event_id": "e",
        "time": time,
        "agent_id": agent,
        "action": action,
        "resource": "db",
        "decision": "allow",
        "source": "t",
        "attributes": attributes,
        "arguments": arguments,
        **({"operation": operation} if operation else {}),
    }
    payload = json.dumps(record, allow_nan=True).encode()  # NaN, Infinity as bare literals
    _check((b"\xef\xbb\xbf" if bom else b"") + payload)


def test_a_valid_decision_still_judged_after_the_properties_ran():
    off = dump_json(
        MissionDeclaration(
            time=T0,
            agent_id="fresh",
            mission_id="m",
            purpose="read tickets",
            allowed_actions=["tickets:read"],
            issued_by="t",
        )
    )
    assert _check(off) == []
    decision = (
        b'{"type": "decision", "event_id": "z", "time": "2026-04-02T00:00:00Z", '
        b'"agent_id": "fresh", "action": "db:drop", "resource": "db", "decision": "allow", '
        b'"source": "t"}'
    )
    assert _check(decision) == ["alert", "control"]
