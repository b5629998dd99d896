"""Rendering of the broker's server.properties, pom and cluster id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from missionguard.pipeline.settings import BrokerSettings
from missionguard.pipeline.tools.devbroker.properties import (
    new_cluster_id,
    render_properties,
    server_properties,
)
from missionguard.pipeline.tools.devbroker.toolchain import LOG4J_VERSION, render_pom


@pytest.fixture
def settings() -> BrokerSettings:
    return BrokerSettings(
        host="127.0.0.1", port=29092, controller_port=29093, data_dir=Path("/srv/mg/kafka")
    )


def test_listeners_and_quorum_follow_the_settings(settings: BrokerSettings) -> None:
    props = server_properties(settings)
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:29092"
    assert props["controller.quorum.voters"] == f"{props['node.id']}@127.0.0.1:29093"
    assert props["process.roles"] == "broker,controller"
    assert props["log.dirs"] == "/srv/mg/kafka/logs"


def test_every_internal_topic_fits_on_one_node(settings: BrokerSettings) -> None:
    props = server_properties(settings)
    one_node_keys = [
        key for key in props if key.endswith(("replication.factor", ".min.isr", "insync.replicas"))
    ]
    assert "offsets.topic.replication.factor" in one_node_keys
    assert "transaction.state.log.min.isr" in one_node_keys
    assert {props[key] for key in one_node_keys} == {"1"}
    assert props["group.initial.rebalance.delay.ms"] == "0"


def test_rendered_properties_read_back_line_by_line(settings: BrokerSettings) -> None:
    props = server_properties(settings)
    text = render_properties(props)
    parsed = dict(line.split("=", 1) for line in text.splitlines())
    assert parsed == props


def test_backslashes_and_newlines_are_escaped() -> None:
    assert render_properties({"k": "a\\b\nc"}) == "k=a\\\\b\\nc\n"


def test_pom_names_kafka_for_the_scala_and_kafka_versions() -> None:
    pom = render_pom(BrokerSettings(kafka_version="4.0.1", scala_version="2.13"))
    assert "<artifactId>kafka_2.13</artifactId><version>4.0.1</version>" in pom
    assert f"<artifactId>log4j-slf4j-impl</artifactId><version>{LOG4J_VERSION}" in pom


def test_cluster_ids_are_fresh_kafka_uuids() -> None:
    ids = {new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{22}", i) and not i.startswith("-") for i in ids)


def test_a_relative_data_dir_becomes_absolute() -> None:
    # The JVM runs with the data dir as its working directory: relative would nest it twice.
    props = server_properties(BrokerSettings(data_dir=Path("var/kafka")))
    assert Path(props["log.dirs"]).is_absolute()
    assert props["log.dirs"].endswith("var/kafka/logs")
