"""Bounded counting (``models.sketch``): :class:`RecentKeys`, the array form of
:class:`RecentCounts` the cohort grounding model keeps its (agent, item) pairs in, gives the
same answers, counts, eviction order and list form; and the memory-saving sharing in
``models.state`` changes no state."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from missionguard.models.cohort import CohortBook
from missionguard.models.judge import Judge
from missionguard.models.sketch import RecentCounts, RecentKeys
from missionguard.models.state import AgentState

from .conftest import fleet, support_mission


def _same(a: RecentCounts, b: RecentKeys) -> None:
    assert a.to_list() == b.to_list()
    assert len(a) == len(b) and a.total == b.total


@pytest.mark.parametrize("seed", range(40))
def test_recent_keys_behave_as_recent_counts(seed: int) -> None:
    rng = random.Random(seed)
    capacity = rng.choice([1, 2, 3, 5, 8, 50])
    universe = rng.choice([3, 20, 200, 1 << 32])
    a, b = RecentCounts(capacity), RecentKeys(capacity)
    for step in range(600):
        key = rng.randrange(universe)
        if universe > 64 and rng.random() < 0.5:
            key = rng.randrange(16) << 10  # the same low bits: long probe runs
        was = key in a
        assert (key in b) is was
        assert b.touch(key) is was
        a.add(key)
        assert b.get(key) == a.get(key)
        if step % 50 == 0:
            _same(a, b)
    _same(a, b)


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, (1 << 32) + 5)), max_size=30),
    st.lists(st.integers(0, 40), max_size=60),
    st.integers(1, 12),
)
@settings(max_examples=200, deadline=None)
def test_recent_keys_load_as_recent_counts(
    pairs: list[tuple[int, int]], then: list[int], capacity: int
) -> None:
    # Repeated keys and more keys than the capacity (neither written by to_list) load as a
    # dict loads them; counts beyond 32 bits too.
    flat = [7] + [v for pair in pairs for v in pair]
    a, b = RecentCounts(capacity), RecentKeys(capacity)
    a.load(list(flat))
    b.load(list(flat))
    _same(a, b)
    for key in then:
        assert b.touch(key) is (key in a)
        a.add(key)
    _same(a, b)


def test_recent_keys_refuse_keys_beyond_32_bits() -> None:
    with pytest.raises(ValueError):
        RecentKeys(4).load([0, 1 << 32, 1])
    with pytest.raises(ValueError):
        RecentKeys(4).load([0, 5, -1])


def test_grounding_pairs_export_as_before() -> None:
    # The cohort export holds the pairs in RecentCounts' list form: it reads back unchanged.
    book = CohortBook()
    models = book.get("coding")
    for k in range(300):
        models.grounding.learn_one(
            {
                "agent": f"a{k % 17}",
                "task": "repo:read",
                "shape": f"repo/contents/d{k % 40}",
                "destinations": (("to", f"h{k % 9}.example"),),
            }  # fmt: skip
        )
    data = book.to_bytes()
    assert CohortBook.from_bytes(data).to_bytes() == data


def test_decoded_states_share_fields_sets_and_still_copy() -> None:
    judge = Judge()
    judged: dict[str, AgentState] = {}
    for a in range(4):
        judged[f"agent-{a}"], _ = judge.on_mission(None, support_mission(f"agent-{a}"))
    for d in fleet(4, 5):
        judged[d.agent_id], _ = judge.on_decision(judged[d.agent_id], d)
    states = [AgentState.from_bytes(s.to_bytes()) for s in judged.values()]
    assert [s.to_bytes() for s in states] == [s.to_bytes() for s in judged.values()]
    # States with the same fields share one set object (whatever the judge found on each).
    shared: dict[frozenset[str], set[int]] = {}
    for s in states:
        shared.setdefault(frozenset(s.__pydantic_fields_set__), set()).add(
            id(s.__pydantic_fields_set__)
        )
    assert all(len(ids) == 1 for ids in shared.values()), shared
    assert len({id(s.mission.__pydantic_fields_set__) for s in states if s.mission}) == 1
    before = set(states[1].model_fields_set)
    copy = states[0].model_copy(update={"risk": 0.5})
    assert copy.risk == 0.5 and "risk" in copy.model_fields_set
    assert states[1].model_fields_set == before  # copying changed no other state's set
