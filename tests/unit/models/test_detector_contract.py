"""Every detector through the same checks: River's contract plus ours (see models.detectors)."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from missionguard.models.detectors import DETECTORS, Detector
from missionguard.models.features import decision_features
from missionguard.pipeline.records import AuthorizationDecision

from .conftest import T0, support_mission

# Small memory bounds where a detector has them, so the growth test is quick.
SMALL: dict[str, dict[str, Any]] = {
    "mission_grounding": {"pair_capacity": 200, "width": 256},
    "mission_peers": {"pair_capacity": 200, "agent_capacity": 100, "width": 256},
    "delegation_scope": {"object_capacity": 200, "principal_capacity": 100, "kind_capacity": 50},
    "value_rarity": {"capacity": 32},
    "sequence_surprise": {"max_contexts": 16, "max_successors": 4},
}


def _state(det: Detector) -> str:
    return json.dumps(det.state_dict(), sort_keys=True)


def _trained(name: str, xs: list[dict[str, Any]], seed: int = 1) -> Detector:
    det = DETECTORS[name](seed=seed)
    for x in xs:
        det.learn_one(x)
    return det


def _scores(det: Detector, xs: list[dict[str, Any]]) -> list[float]:
    return [det.score_one(x) for x in xs]


names = pytest.mark.parametrize("name", sorted(DETECTORS))


@names
def test_hyperparameters_are_attributes_and_clone_is_fresh(
    name: str, feature_stream: Callable
) -> None:
    det = _trained(name, feature_stream())
    params = det._get_params()
    assert "seed" in params
    for key, value in params.items():
        assert getattr(det, key) == value
    fresh = det.clone()
    assert fresh._get_params() == params
    assert _state(fresh) == _state(DETECTORS[name](**params))


@names
def test_clone_is_independent(name: str, feature_stream: Callable) -> None:
    xs = feature_stream()
    det = _trained(name, xs)
    before = _state(det)
    twin = det.clone()
    for x in xs:
        twin.learn_one(x)
    assert _state(det) == before


@names
def test_pickle_round_trip_scores_identically(name: str, feature_stream: Callable) -> None:
    xs = feature_stream()
    det = _trained(name, xs[:60])
    again = pickle.loads(pickle.dumps(det))
    assert _scores(again, xs) == _scores(det, xs)


@names
def test_state_dict_round_trip(name: str, feature_stream: Callable) -> None:
    xs = feature_stream()
    det = _trained(name, xs[:60])
    state = json.loads(json.dumps(det.state_dict()))  # must survive JSON
    again = type(det).from_state(state, **det._get_params())
    assert _scores(again, xs) == _scores(det, xs)
    assert _state(again) == _state(det)


@names
def test_scoring_is_pure(name: str, feature_stream: Callable) -> None:
    xs = feature_stream()
    det = _trained(name, xs[:60])
    before = _state(det)
    for x in xs:
        copied = copy.copy(x)
        score = det.score_one(x)
        det.explain_one(x)
        assert 0.0 <= score <= 1.0
        assert x == copied
    assert _state(det) == before


@names
def test_cold_start_is_neutral(name: str, feature_stream: Callable) -> None:
    det = DETECTORS[name](seed=3)
    # Benign, conforming stream: a detector that learned nothing has nothing to say.
    assert all(s == 0.0 for s in _scores(det, feature_stream()))


@names
def test_seeded_determinism(name: str, feature_stream: Callable) -> None:
    xs = feature_stream(seed=11)
    a, b = _trained(name, xs, seed=5), _trained(name, xs, seed=5)
    assert _state(a) == _state(b)
    assert [a.explain_one(x) for x in xs] == [b.explain_one(x) for x in xs]


def _distinct(i: int) -> dict[str, Any]:
    """A decision unlike any other: new action, resource, destination, principal, network."""
    d = AuthorizationDecision(
        event_id=f"e{i}",
        time=T0,
        agent_id=f"a{i % 7}",
        credential_id=f"c{i}",
        action=f"svc{i}:op{i}",
        resource=f"store/p{i}x/obj-{i:06d}",
        decision="deny" if i % 3 == 0 else "allow",
        source="test",
        source_ip=f"{i % 250}.{i // 250 % 250}.1.1",
        on_behalf_of=f"p{i}x",
        attributes={"recipient": f"x@d{i}x.example", "user_agent": f"ua{i}x", "n": i},
    )
    x = decision_features(d, support_mission(d.agent_id), "support", f"svc{i - 1}:op{i - 1}")
    x["t"] = float(i)
    x["rate_per_minute"] = 1.0
    x["window"] = {"rate": 1.0, "distinct": 1.0, "burst": 1.0, "denies": 0.0}
    x["closed_window"] = {"count": float(i % 50), "distinct": 1.0, "burst": 1.0, "denies": 0.0}
    return x


@names
def test_memory_is_bounded(name: str) -> None:
    det = DETECTORS[name](seed=0, **SMALL.get(name, {}))
    sizes = []
    for i in range(4000):
        det.learn_one(_distinct(i))
        if i in (1999, 3999):
            sizes.append(len(_state(det)))
    assert sizes[1] <= sizes[0] * 1.1 + 64, sizes
    assert len(pickle.dumps(det)) < 200_000


def test_every_detector_is_registered_under_its_name() -> None:
    assert {cls.name for cls in DETECTORS.values()} == set(DETECTORS)
    assert len(DETECTORS) >= 7
