"""The compact agent-state encoding (``models.codec``, format 1): exact round trips of judged and
generated states, the pydantic JSON written by earlier versions still restoring, bounded size,
deterministic bytes, and malformed bytes refused with ``ValueError``."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from missionguard.models import codec
from missionguard.models.codec import (
    DEFLATED,
    FORMAT,
    MAX_INFLATED,
    StateCodec,
    tag_big_ints,
    untag_big_ints,
)
from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.records import AuthorizationDecision, dump_json

from .conftest import T0, fleet, support_mission

# A state as the previous version wrote it (``model_dump_json(exclude_defaults=True)``),
# taken from its changelog output for a revoked agent of the simulated fleet: every kind of
# field is set, and the activity window's bitmap needs more than 64 bits.
LEGACY_STATE = (
    b'{"agent_id":"etl-svc-52028af03f","mission":{"time":"2026-03-02T08:18:26.840000Z","agen'
    b't_id":"etl-svc-52028af03f","mission_id":"msn-90c30b417698","cohort":"data_pipeline","p'
    b'urpose":"Ingest event partitions from the raw S3 buckets into the warehouse, run trans'
    b"formation jobs, check data quality and publish daily reports to acme-reports. Backfill"
    b' history and share agreed datasets with partners when a ticket asks for it.","allowed_'
    b'actions":["s3:GetObject*","s3:ListBucket","s3:PutObject*","warehouse:*","glue:*"],"all'
    b'owed_resources":["arn:aws:s3:::*","warehouse://*","arn:aws:glue:*"],"denied_actions":['
    b'"s3:DeleteBucket","iam:*","kms:Decrypt"],"max_rate_per_minute":900.0,"issued_by":"data'
    b'-platform@acme"},"status":"revoked","status_command_id":"5079ba0aa33ec22c6dcd3f13","de'
    b'cisions_seen":241,"last_seen":"2026-03-02T09:31:24.515000Z","recent_event_ids":["c5fde'
    b'42d7c11467580e1ed8e","c53d6e1ce396533711844a81","341df94120b653ee9ddf7f47","2fd9beeff5'
    b'5b53ba3005b296","bc01b99b7c27898c2ca6d8b2","f8b354d9c24b921882ef9a16","3e47a487c23ab91'
    b'7d4ec1447","b291df17ff7680bf07ba0e51"],"credentials":["cred-772a5e8ddab9a611"],"rate":'
    b'{"start":1772443880.422,"count":3,"previous":3},"leaked_after_revocation":23,"risk":2.'
    b'561542365494379,"risk_time":1772441561.009,"ladder_step":4,"learned":192,"prev_action"'
    b':"warehouse:load","window":[1772441533.044,127,2,1406329952489553614891804806222708707'
    b'65,1772441560.911,3,22],"sequence":{"n":191,"next":[[6197060,15030223,1],[11977375,141'
    b"23277,1],[14123277,4493783,1],[15030223,6197060,1,15030223,4,11977375,1,4493783,1],[12"
    b'459252,15030223,1,4493783,2,12459252,1],[4493783,4493783,174,12459252,3]]},"rarity":{"'
    b'totals":{"action":192,"user_agent":192,"auth_method":192,"network":192},"counts":[1153'
    b",3172002520,1,1470221007,1,1910397370,1,2686370793,1,1432007413,1,1456680397,1,4060438"
    b"493,1,2232659262,1,1649990555,1,515499341,2,3298567392,1,2678952778,1,2148496122,1,966"
    b"548276,1,2776819869,80,2695719858,1,3069434003,1,2961831746,7,3356484818,7,2344114509,"
    b"5,1387669999,55,1971308948,4,4210165391,6,2237378627,3,1318808482,4,3726931507,6,42248"
    b"88258,34,366791918,38,4240402907,18,2837661349,6,1658584184,31,3820737628,178,11581205"
    b'82,43,3266379547,192,1272433301,192,4287006415,192,2362809684,35]},"velocity":{"n":3,"'
    b'stats":{"count":[1.5081,1.0073],"distinct":[1.4862,0.9431],"burst":[1.1921,0.1749]}},"'
    b'probing":{"denials":[[1772441538.16,4493783,1036781,3510263,15593762,4581343],[1772441'
    b'541.544,12459252,6335695,6335695,15593762,4387237,11405991]]},"concurrent":{"last":[79'
    b'79020,1772441561.009],"switches":[]}}'
)


def _judged(agents: int = 6, tasks: int = 25) -> dict[str, AgentState]:
    judge = Judge()
    states: dict[str, AgentState] = {}
    for a in range(agents):
        states[f"agent-{a}"], _ = judge.on_mission(None, support_mission(f"agent-{a}"))
    for d in fleet(agents, tasks):
        states[d.agent_id], _ = judge.on_decision(states[d.agent_id], d)
    # An agent without a mission, and a probe that leaves denials and a network switch.
    states["stray"], _ = judge.on_decision(None, next(fleet(1, 1)).model_copy(
        update={"agent_id": "stray", "decision": "deny", "source_ip": "203.0.113.9"}))  # fmt: skip
    return states


JUDGED = _judged()


def _same(a: AgentState, b: AgentState) -> None:
    """Equal field by field, detectors by their learned state (they have no ``__eq__``)."""
    assert a.to_legacy_bytes() == b.to_legacy_bytes()
    for name, value in a.__dict__.items():
        other = b.__dict__[name]
        if hasattr(value, "state_dict"):
            assert type(value) is type(other) and value.state_dict() == other.state_dict(), name
        else:
            assert value == other and type(value) is type(other), name


def test_judged_states_round_trip_exactly() -> None:
    for state in JUDGED.values():
        data = state.to_bytes()
        assert data[:1] == DEFLATED
        back = AgentState.from_bytes(data)
        _same(back, state)
        assert back.to_bytes() == data


def test_format_1_bytes_not_deflated_still_restore() -> None:
    """What the previous version wrote (format 1, not deflated) reads to the same state."""
    for state in JUDGED.values():
        plain = StateCodec(AgentState).to_bytes(state)
        assert plain[:1] == FORMAT
        assert FORMAT + zlib.decompress(state.to_bytes()[1:]) == plain
        back = AgentState.from_bytes(plain)
        _same(back, state)
        assert back.to_bytes() == state.to_bytes()


def test_deflated_bytes_are_smaller() -> None:
    plain = sum(len(StateCodec(AgentState).to_bytes(s)) for s in JUDGED.values())
    deflated = sum(len(s.to_bytes()) for s in JUDGED.values())
    assert deflated < 0.75 * plain, (deflated, plain)


def test_deflated_state_inflating_too_far_is_refused() -> None:
    bomb = DEFLATED + zlib.compress(b'\x01{"agent_id":"' + b"a" * (2 * MAX_INFLATED) + b'"}')
    assert len(bomb) < 10_000
    with pytest.raises(ValueError, match="inflates beyond"):
        AgentState.from_bytes(bomb)


def test_previous_version_bytes_restore() -> None:
    state = AgentState.from_bytes(LEGACY_STATE)
    assert state.to_legacy_bytes() == LEGACY_STATE
    assert state.status == "revoked" and state.leaked_after_revocation == 23
    assert state.window.resources == 140632995248955361489180480622270870765
    assert state.mission is not None and state.mission.max_rate_per_minute == 900.0
    # Written again in format 1, it reads back to the same state.
    again = AgentState.from_bytes(state.to_bytes())
    assert again.to_legacy_bytes() == LEGACY_STATE


def test_legacy_and_compact_bytes_decode_to_the_same_state() -> None:
    for state in JUDGED.values():
        from_old = AgentState.from_bytes(state.to_legacy_bytes())
        from_new = AgentState.from_bytes(state.to_bytes())
        assert from_old.to_bytes() == from_new.to_bytes() == state.to_bytes()


def test_judgement_is_the_same_through_bytes() -> None:
    """Passing every state through its bytes after every decision changes no output."""
    outputs = []
    for through_bytes in (False, True):
        judge = Judge()
        states: dict[str, AgentState] = {}
        out = []
        for a in range(5):
            states[f"agent-{a}"], _ = judge.on_mission(None, support_mission(f"agent-{a}"))
        hostile = AuthorizationDecision(
            event_id="x1", time=T0 + timedelta(hours=1), agent_id="agent-0",
            credential_id="cred-agent-0", action="mail:send", resource="mailbox://support/o",
            decision="allow", source="test", source_ip="198.51.100.7",
            attributes={"recipient": "z@exfil.example"},
        )  # fmt: skip
        for d in [*fleet(5, 20), hostile]:
            state = states[d.agent_id]
            if through_bytes:
                state = AgentState.from_bytes(state.to_bytes())
            states[d.agent_id], verdict = judge.on_decision(state, d)
            out += [dump_json(r) for r in (*verdict.alerts, *verdict.commands)]
        out += [s.to_legacy_bytes() for s in states.values()] + [judge.export_cohorts()]
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert any(b'"alert"' in line for line in outputs[0])  # something was judged worth saying


def test_size_is_bounded_and_no_larger_than_before() -> None:
    judge = Judge()
    state, _ = judge.on_mission(None, support_mission("agent-0"))
    sizes = []
    for n, d in enumerate(fleet(1, 400)):
        state, _ = judge.on_decision(state, d)
        if n in (500, 1000, 1999):
            sizes.append(len(state.to_bytes()))
            assert len(state.to_bytes()) <= len(state.to_legacy_bytes())
    assert max(sizes) < 4096
    assert sizes[-1] <= sizes[0] * 1.1, sizes  # the caps hold: no growth with history
    new = sum(len(s.to_bytes()) for s in JUDGED.values())
    old = sum(len(s.to_legacy_bytes()) for s in JUDGED.values())
    assert new <= old, (new, old)


def test_bytes_do_not_depend_on_caches() -> None:
    """Whether a mission was encoded before, or a field needed big-integer tags before, the
    same state gives the same bytes."""
    state = AgentState.from_bytes(LEGACY_STATE)
    warm = state.to_bytes()
    codec._RECORDS._by_id.clear()
    fresh = StateCodec(AgentState, deflate=True)
    assert fresh._tag_first == set()
    assert fresh.to_bytes(state) == warm
    assert b'"~":["window"]' in zlib.decompress(warm[1:])
    state.window.resources = 5  # fits 64 bits now: not tagged, though tagged before
    assert b'"~"' not in zlib.decompress(AgentState.from_bytes(state.to_bytes()).to_bytes()[1:])


def test_direct_construction_matches_model_construct() -> None:
    slow = StateCodec(AgentState)
    slow._direct = False
    for state in list(JUDGED.values())[:3]:
        data = state.to_bytes()
        a, b = AgentState.from_bytes(data), slow.from_bytes(data)
        _same(a, b)
        assert a.model_fields_set == b.model_fields_set
        assert a.__pydantic_extra__ == b.__pydantic_extra__
        assert a.__pydantic_private__ == b.__pydantic_private__


@pytest.mark.parametrize(
    "data",
    [
        b"\x01not json",
        b"\x01[1, 2]",
        b'\x01{"agent_id": "a", "nope": 1}',
        b'\x01{"agent_id": 5}',
        b'\x01{"decisions_seen": 1}',
        b'\x01{"agent_id": "a", "window": [1, 2]}',
        b'\x01{"agent_id": "a", "last_seen": "yesterday"}',
        b'\x01{"agent_id": "a", "mission": {"purpose": 1}}',
        b'\x01{"agent_id": "a", "~": "window"}',
        b'\x01{"agent_id": "a", "window": [1, 2, 3, "\\u0000x", 5, 6, 7], "~": ["window"]}',
        b"\x02{}",
        b"\x02" + zlib.compress(b'{"agent_id": "a"}')[:-3],  # truncated
        b"\x02" + zlib.compress(b'{"agent_id": 5}'),
        b"\x03{}",
        b"",
    ],
)
def test_malformed_bytes_raise_value_error(data: bytes) -> None:
    with pytest.raises(ValueError):
        AgentState.from_bytes(data)


# -- generated states ---------------------------------------------------------------------------
def _json_tree() -> st.SearchStrategy[Any]:
    """What a ``state_dict`` may hold: dicts, lists, numbers of any size, strings."""
    leaves = (
        st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(alphabet=st.sampled_from('\x00a~\u00e9"\\9-'), max_size=6)
        | st.booleans()
        | st.none()
    )
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner,
                                                                    max_size=4),
        max_leaves=20,
    )  # fmt: skip


@given(_json_tree())
def test_big_integer_tags_round_trip_through_json(tree: Any) -> None:
    tagged, _ = tag_big_ints(tree)
    assert untag_big_ints(orjson.loads(orjson.dumps(tagged))) == tree


class _Memory:
    """A stand-in detector whose ``state_dict`` is whatever it was given."""

    def __init__(self) -> None:
        self.content: Any = {"empty": True}

    def state_dict(self) -> Any:
        return self.content

    def load_state_dict(self, state: Any) -> _Memory:
        self.content = state
        return self


class _Toy(BaseModel):
    name: str
    memory: _Memory = Field(default_factory=_Memory)
    model_config = {"arbitrary_types_allowed": True}


@given(_json_tree())
def test_any_state_dict_round_trips(content: Any) -> None:
    toy = _Toy(name="x")
    toy.memory.content = content
    toy_codec = StateCodec(_Toy)
    back = toy_codec.from_bytes(toy_codec.to_bytes(toy))
    assert back.memory.content == content
    assert toy_codec.to_bytes(back) == toy_codec.to_bytes(toy)


_TIMES = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30))]) | st.none(),
)  # fmt: skip


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from(sorted(JUDGED)),
    text=st.text(max_size=12),
    count=st.integers(),
    risk=st.floats(allow_nan=False, allow_infinity=False),
    when=_TIMES,
    bitmap=st.integers(min_value=0, max_value=(1 << 128) - 1),
    status=st.sampled_from(["active", "throttled", "suspended", "revoked"]),
    ids=st.lists(st.text(max_size=8), max_size=8),
)
def test_generated_states_round_trip_exactly(
    base: str, text: str, count: int, risk: float, when: datetime | None, bitmap: int,
    status: str, ids: list[str],
) -> None:  # fmt: skip
    state = AgentState.from_bytes(JUDGED[base].to_bytes())
    state.prev_action = text
    state.status_command_id = text or None
    state.status = status  # type: ignore[assignment]
    state.decisions_seen = count
    state.risk = risk
    state.last_seen = when
    state.recent_event_ids = ids
    state.window.resources = bitmap
    state.rate.previous = count
    data = state.to_bytes()
    back = AgentState.from_bytes(data)
    _same(back, state)
    if when is not None:
        assert back.last_seen.utcoffset() == when.utcoffset()  # type: ignore[union-attr]
    assert back.to_bytes() == data
