"""LocalBroker without a JVM: status, error messages, pid handling."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from missionguard.pipeline.kafka.exceptions import BrokerStartTimeout, PortInUse
from missionguard.pipeline.settings import BrokerSettings
from missionguard.pipeline.tools.devbroker import local
from missionguard.pipeline.tools.devbroker.local import BrokerStatus, LocalBroker


@pytest.fixture
def broker(tmp_path: Path) -> LocalBroker:
    settings = BrokerSettings(
        port=29092, controller_port=29093, data_dir=tmp_path / "kafka", start_timeout_s=0.5
    )
    return LocalBroker(settings)


def test_status_reads_as_a_small_table() -> None:
    status = BrokerStatus(
        running=True,
        pid=4242,
        bootstrap="127.0.0.1:19092",
        version="4.1.1",
        data_dir=Path("/srv/kafka"),
        log_file=Path("/srv/kafka/broker.log"),
    )
    assert str(status) == (
        "Kafka 4.1.1 (local, KRaft): running (pid 4242)\n"
        "  bootstrap  127.0.0.1:19092\n"
        "  data dir   /srv/kafka\n"
        "  log        /srv/kafka/broker.log"
    )
    stopped = BrokerStatus(False, None, "h:1", "4.1.1", Path("/d"), Path("/d/broker.log"))
    assert str(stopped).splitlines()[0] == "Kafka 4.1.1 (local, KRaft): stopped"


def test_no_pid_file_means_stopped(broker: LocalBroker) -> None:
    status = broker.status()
    assert not status.running and status.pid is None
    assert status.bootstrap == "127.0.0.1:29092"
    assert status.log_file == broker.data_dir / "broker.log"
    assert broker.stop() is False


def test_a_stale_pid_file_is_not_a_running_broker(broker: LocalBroker) -> None:
    broker.data_dir.mkdir(parents=True)
    broker.pid_file.write_text("999999999\n")  # Above any Linux pid_max.
    assert broker.status().running is False
    assert broker.stop() is False
    assert not broker.pid_file.exists()


@pytest.mark.parametrize(("taken", "setting"), [(29092, "port"), (29093, "controller_port")])
def test_taken_port_names_the_port_and_the_setting(
    broker: LocalBroker, monkeypatch: pytest.MonkeyPatch, taken: int, setting: str
) -> None:
    monkeypatch.setattr(local, "port_is_free", lambda host, port: port != taken)
    with pytest.raises(PortInUse) as caught:
        broker.start()
    message = str(caught.value)
    assert f"127.0.0.1:{taken} (broker.{setting})" in message
    assert f"MISSIONGUARD_BROKER__{setting.upper()}" in message


def test_a_broker_that_dies_while_starting_shows_its_log(
    broker: LocalBroker, monkeypatch: pytest.MonkeyPatch
) -> None:
    broker.data_dir.mkdir(parents=True)
    lines = [f"line {i}" for i in range(30)] + ["ERROR Invalid cluster.id in meta.properties"]
    broker.log_file.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(local, "_answers", lambda bootstrap: False)
    with pytest.raises(BrokerStartTimeout) as caught:
        broker._wait_ready(progress=None)
    message = str(caught.value)
    assert "exited while starting" in message
    assert message.endswith("ERROR Invalid cluster.id in meta.properties")
    assert "line 11" in message and "line 10\n" not in message  # Only the last 20 lines.


def test_log_tail_without_a_log(broker: LocalBroker) -> None:
    assert broker.log_tail() == "(no broker log yet)"


def test_a_pid_file_naming_another_live_process_is_not_our_broker(broker: LocalBroker) -> None:
    # The pid was reused by an unrelated process (here: this test run); stop must not kill it.
    broker.data_dir.mkdir(parents=True)
    broker.pid_file.write_text(f"{os.getpid()}\n")
    assert broker.status().running is False
    assert broker.stop() is False


class _FakeProcess:
    pid = 999_999_998

    def __init__(self, command: list[str], **kwargs: object) -> None:
        self.command = command
        self.kwargs = kwargs


def test_start_formats_once_then_launches_kafka_detached(
    broker: LocalBroker, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []
    launched: list[_FakeProcess] = []

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        ran.append(command)
        (broker.data_dir / "logs").mkdir(parents=True)
        (broker.data_dir / "logs" / "meta.properties").write_text("cluster.id=x\n")
        return subprocess.CompletedProcess(command, 0, stdout="", stderr="")

    def fake_popen(command: list[str], **kwargs: object) -> _FakeProcess:
        launched.append(_FakeProcess(command, **kwargs))
        return launched[-1]

    monkeypatch.setattr(local, "port_is_free", lambda host, port: True)
    monkeypatch.setattr(local, "find_java", lambda settings: "/usr/bin/java")
    monkeypatch.setattr(local, "resolve_classpath", lambda s, p: [Path("/m2/a.jar")])
    monkeypatch.setattr(local.subprocess, "run", fake_run)
    monkeypatch.setattr(local.subprocess, "Popen", fake_popen)
    monkeypatch.setattr(local, "_answers", lambda bootstrap: True)
    monkeypatch.setattr(
        LocalBroker,
        "status",
        lambda self: BrokerStatus(
            False, None, self.bootstrap, "4.1.1", self.data_dir, self.log_file
        ),
    )

    broker.start()
    broker.start()  # Formatted now: only the broker is launched again.

    assert len(ran) == 1
    assert ran[0][ran[0].index("-cp") + 1] == "/m2/a.jar"
    assert ran[0][ran[0].index("kafka.tools.StorageTool") + 1] == "format"
    assert len(launched) == 2
    command = launched[0].command
    assert command[0] == "/usr/bin/java" and "-Xmx512m" in command
    assert command[-2:] == ["kafka.Kafka", str(broker.properties_file)]
    assert any(flag.startswith("-XX:ArchiveClassesAtExit=") for flag in command)
    assert launched[0].kwargs["start_new_session"] is True
    assert broker.pid_file.read_text().strip() == str(_FakeProcess.pid)
    assert "listeners=PLAINTEXT://127.0.0.1:29092" in broker.properties_file.read_text()
