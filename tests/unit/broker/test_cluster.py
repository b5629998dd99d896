"""The local multi-node cluster's layout and configuration, and the production settings
example (no JVM started: tests/integration/test_cluster_faults.py runs the real cluster)."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionguard.pipeline.settings import PROJECT_ROOT, BrokerSettings, Settings, TopicSpec
from missionguard.pipeline.tools.devbroker.local import LocalCluster, cluster_overrides
from missionguard.pipeline.tools.devbroker.properties import render_properties, server_properties


@pytest.fixture
def settings(tmp_path: Path) -> BrokerSettings:
    return BrokerSettings(port=29092, controller_port=29093, data_dir=tmp_path / "kafka")


def test_three_nodes_get_their_own_ports_dirs_and_ids(settings: BrokerSettings) -> None:
    cluster = LocalCluster(settings, 3)
    assert [b.settings.port for b in cluster.brokers] == [29092, 29094, 29096]
    assert [b.settings.controller_port for b in cluster.brokers] == [29093, 29095, 29097]
    assert [b.node_id for b in cluster.brokers] == [1, 2, 3]
    assert [b.data_dir.name for b in cluster.brokers] == ["node-1", "node-2", "node-3"]
    assert cluster.bootstrap == "127.0.0.1:29092,127.0.0.1:29094,127.0.0.1:29096"
    assert cluster.node(2) is cluster.brokers[1]


def test_every_node_is_formatted_with_one_cluster_id_kept_on_disk(
    settings: BrokerSettings,
) -> None:
    first = LocalCluster(settings, 3)
    ids = {broker.cluster_id for broker in first.brokers}
    assert len(ids) == 1 and None not in ids
    assert LocalCluster(settings, 3).brokers[0].cluster_id == ids.pop()  # read back


def test_node_properties_name_the_whole_quorum_and_replicate_three_ways(
    settings: BrokerSettings,
) -> None:
    broker = LocalCluster(settings, 3).node(3)
    entries = server_properties(broker.settings) | broker.overrides
    assert entries["node.id"] == "3"
    assert entries["controller.quorum.voters"] == (
        "1@127.0.0.1:29093,2@127.0.0.1:29095,3@127.0.0.1:29097"
    )
    assert entries["listeners"].startswith("PLAINTEXT://127.0.0.1:29096,")
    assert entries["log.dirs"] == str(broker.data_dir / "logs")
    for key in (
        "default.replication.factor",
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "share.coordinator.state.topic.replication.factor",
    ):
        assert entries[key] == "3", key
    for key in (
        "min.insync.replicas",
        "transaction.state.log.min.isr",
        "share.coordinator.state.topic.min.isr",
    ):
        assert entries[key] == "2", key


@pytest.mark.parametrize(
    ("nodes", "replicas", "in_sync"), [(1, "1", "1"), (2, "2", "1"), (3, "3", "2"), (5, "3", "2")]
)
def test_replication_fits_the_cluster(nodes: int, replicas: str, in_sync: str) -> None:
    entries = cluster_overrides(1, nodes, "127.0.0.1", list(range(9000, 9000 + nodes)))
    assert entries["default.replication.factor"] == replicas
    assert entries["min.insync.replicas"] == in_sync
    assert entries["controller.quorum.voters"].count("@") == nodes


def test_explicit_ports_and_their_count(settings: BrokerSettings) -> None:
    cluster = LocalCluster(settings, 2, [(40001, 40002), (40003, 40004)])
    assert cluster.bootstrap == "127.0.0.1:40001,127.0.0.1:40003"
    with pytest.raises(ValueError, match="3 nodes need 3 port pairs"):
        LocalCluster(settings, 3, [(1, 2)])
    with pytest.raises(ValueError, match="at least one node"):
        LocalCluster(settings, 0)


def test_an_existing_cluster_is_found_with_the_ports_it_ran_on(settings: BrokerSettings) -> None:
    assert LocalCluster.existing(settings) is None
    cluster = LocalCluster(settings, 3, [(41001, 41002), (41003, 41004), (41005, 41006)])
    for broker in cluster.brokers:  # what launch() writes
        broker.data_dir.mkdir(parents=True)
        entries = server_properties(broker.settings) | broker.overrides
        broker.properties_file.write_text(render_properties(entries))
    found = LocalCluster.existing(settings)
    assert found is not None
    assert found.bootstrap == cluster.bootstrap
    assert [b.settings.controller_port for b in found.brokers] == [41002, 41004, 41006]
    assert not any(status.running for status in found.status())
    assert [status.node_id for status in found.status()] == [1, 2, 3]
    assert "node 2" in str(found.status()[1])
    assert found.stop() is False  # nothing ran


def test_min_insync_replicas_goes_into_the_topic_config() -> None:
    spec = TopicSpec(name="t", replication_factor=3, min_insync_replicas=2)
    assert spec.config()["min.insync.replicas"] == "2"
    assert "min.insync.replicas" not in TopicSpec(name="t").config()  # the broker's default


def test_production_example_replicates_every_topic_three_ways_two_in_sync() -> None:
    settings = Settings(config=PROJECT_ROOT / "config" / "production.example.yaml")
    assert settings.broker.mode == "external"
    assert len(settings.kafka.bootstrap_servers.split(",")) == 3
    specs = settings.topics.all()
    assert specs
    for name, spec in specs.items():
        assert (spec.replication_factor, spec.min_insync_replicas) == (3, 2), name
        assert spec.config()["min.insync.replicas"] == "2"
    topics = settings.topics
    assert topics.decisions.partitions == topics.missions.partitions == topics.feedback.partitions


def test_the_cli_starts_stops_and_reports_a_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``broker start --nodes 3`` starts a LocalCluster and prints the bootstrap servers;
    ``stop`` and ``status`` find its nodes under the data dir (no JVM: start is faked)."""
    from typer.testing import CliRunner

    from missionguard.pipeline.cli import app
    from missionguard.pipeline.tools.devbroker import local

    config = tmp_path / "mg.yaml"
    data_dir = tmp_path / "kafka"
    config.write_text(f"broker: {{port: 29092, controller_port: 29093, data_dir: '{data_dir}'}}\n")
    started: list[int] = []

    def fake_start(self: LocalCluster, progress: object = None) -> list:
        started.append(len(self.brokers))
        for broker in self.brokers:  # what launch() leaves behind
            broker.data_dir.mkdir(parents=True)
            entries = server_properties(broker.settings) | broker.overrides
            broker.properties_file.write_text(render_properties(entries))
        return self.status()

    monkeypatch.setattr(local.LocalCluster, "start", fake_start)
    runner = CliRunner()
    done = runner.invoke(app, ["--config", str(config), "broker", "start", "--nodes", "3"])
    assert done.exit_code == 0, done.output
    assert started == [3]
    assert "127.0.0.1:29092,127.0.0.1:29094,127.0.0.1:29096" in done.output
    done = runner.invoke(app, ["--config", str(config), "broker", "status"])
    assert done.exit_code == 0, done.output
    assert done.output.count("node ") == 3 and "stopped" in done.output
    done = runner.invoke(app, ["--config", str(config), "broker", "stop"])
    assert done.exit_code == 0 and "was not running" in done.output, done.output
