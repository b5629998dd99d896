"""Interpreting the broker's answer to CreateTopics."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from missionguard.pipeline.kafka.exceptions import BrokerError
from missionguard.pipeline.kafka.topics import _all_led, _created_or_raise

_ALREADY_EXISTS = 36
_POLICY_VIOLATION = 44


def test_created_topics_come_back_in_the_requested_order() -> None:
    response = SimpleNamespace(topic_errors=[("b", 0, None), ("a", 0, None)])
    assert _created_or_raise(response, ["a", "b"], "h:1") == ["a", "b"]


def test_an_existing_topic_is_not_an_error_and_not_created() -> None:
    response = SimpleNamespace(topic_errors=[("a", _ALREADY_EXISTS, "exists"), ("b", 0, None)])
    assert _created_or_raise(response, ["a", "b"], "h:1") == ["b"]


def test_other_errors_name_the_topic_and_the_broker() -> None:
    response = SimpleNamespace(topic_errors=[("mg.alerts", _POLICY_VIOLATION, "bad retention")])
    with pytest.raises(BrokerError, match=r"Kafka at h:1 refused to create topic 'mg.alerts'"):
        _created_or_raise(response, ["mg.alerts"], "h:1")


def test_errors_without_a_message_use_the_error_name() -> None:
    response = SimpleNamespace(topic_errors=[("t", _POLICY_VIOLATION)])
    with pytest.raises(BrokerError, match="PolicyViolationError"):
        _created_or_raise(response, ["t"], "h:1")


def _topic(name: str, leaders: list[int], error_code: int = 0) -> dict[str, object]:
    partitions = [
        {"partition": i, "leader": leader, "error_code": 0} for i, leader in enumerate(leaders)
    ]
    return {"topic": name, "error_code": error_code, "partitions": partitions}


@pytest.mark.parametrize(
    ("described", "led"),
    [
        ([_topic("a", [1, 1]), _topic("b", [1])], True),
        ([_topic("a", [1, -1]), _topic("b", [1])], False),  # A partition without leader yet.
        ([_topic("a", [1, 1])], False),  # "b" not in the metadata yet.
        ([_topic("a", []), _topic("b", [1])], False),
        ([_topic("a", [1], error_code=5), _topic("b", [1])], False),  # LEADER_NOT_AVAILABLE
    ],
)
def test_new_topics_count_only_once_every_partition_has_a_leader(
    described: list[dict[str, object]], led: bool
) -> None:
    assert _all_led(described, ["a", "b"]) is led
