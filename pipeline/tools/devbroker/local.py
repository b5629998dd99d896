"""The embedded broker: one Kafka 4.x JVM in KRaft mode on loopback, run from Maven's jars;
or a cluster of several such JVMs (``LocalCluster``), each broker and controller at once.

The broker is a detached process (its own session), so it outlives the Python process that
started it: ``missionguard broker start`` returns and the broker keeps running. Its pid is in
``<data_dir>/broker.pid`` and its output in ``<data_dir>/broker.log``; any ``LocalBroker`` with
the same settings can find, report on and stop it.

A ``LocalCluster`` of N nodes keeps node i in ``<data_dir>/node-<i>`` (its own ports, node id,
log and pid file), all formatted with one cluster id (``<data_dir>/cluster.id``) and a static
quorum of all N controllers (``controller.quorum.voters``). Replication factors are
min(3, N) and in-sync minimums min(2, N - 1): on three nodes, topics survive the loss of any one
node and acks=all writes go on with two. docs/reliability.md ("Broker faults").
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import signal
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from missionguard.pipeline.kafka.exceptions import BrokerError, BrokerStartTimeout, PortInUse
from missionguard.pipeline.kafka.topics import broker_answers
from missionguard.pipeline.settings import BrokerSettings
from missionguard.pipeline.tools.devbroker.class_archive import ClassArchive
from missionguard.pipeline.tools.devbroker.properties import (
    LOG4J2_CONFIG,
    new_cluster_id,
    render_properties,
    server_properties,
)
from missionguard.pipeline.tools.devbroker.security import scram_format_args
from missionguard.pipeline.tools.devbroker.toolchain import Progress, find_java, resolve_classpath

__all__ = ["BrokerStatus", "LocalBroker", "LocalCluster", "free_ports", "port_is_free"]

# The JVM flags of Kafka's own start scripts (kafka-run-class.sh), minus the logging ones.
_JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-Djava.awt.headless=true",
)
_LOG_TAIL_LINES = 20


@dataclass(frozen=True)
class BrokerStatus:
    """What a ``LocalBroker`` knows about its process, for people and for code."""

    running: bool
    pid: int | None
    bootstrap: str
    version: str
    data_dir: Path
    log_file: Path
    node_id: int | None = None  # set for a node of a LocalCluster

    def __str__(self) -> str:
        state = f"running (pid {self.pid})" if self.running else "stopped"
        node = f", node {self.node_id}" if self.node_id is not None else ""
        return (
            f"Kafka {self.version} (local, KRaft{node}): {state}\n"
            f"  bootstrap  {self.bootstrap}\n"
            f"  data dir   {self.data_dir}\n"
            f"  log        {self.log_file}"
        )


def port_is_free(host: str, port: int) -> bool:
    """True if nothing listens on ``host:port``.

    SO_REUSEADDR mirrors how the JVM binds, so sockets in TIME_WAIT from a broker that just
    stopped do not count as taken.
    """
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """``count`` distinct ports free on ``host`` now (bound all at once, so none repeats)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((host, 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _alive(pid: int) -> bool:
    # Reap it first if it is our own exited child, else a zombie would look alive forever.
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)
        if reaped == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_our_kafka(pid: int, properties_file: Path) -> bool:
    """Guards against pid reuse: where /proc exists, the process must be ``kafka.Kafka``
    running this data dir's server.properties."""
    if Path("/proc/self").exists():
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            return False
        return "kafka.Kafka" in argv and str(properties_file) in argv
    # No /proc (macOS): ask ps, whose output joins the arguments with spaces.
    done = subprocess.run(
        ["ps", "-ww", "-p", str(pid), "-o", "command="],
        capture_output=True,
        text=True,
        check=False,
    )
    return "kafka.Kafka" in done.stdout and str(properties_file) in done.stdout


def _answers(bootstrap: str) -> bool:
    # In a worker thread with its own event loop, so start() also works when called from
    # async code (an asyncio test fixture, the CLI's loop) where asyncio.run would fail.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, broker_answers(bootstrap, 2.0)).result()


class LocalBroker:
    """Start, query and stop the embedded single-node Kafka described by ``settings``.

    ``with LocalBroker(settings) as broker:`` starts it (if needed) and stops it on exit.
    """

    def __init__(
        self,
        settings: BrokerSettings,
        *,
        node_id: int | None = None,
        cluster_id: str | None = None,
        overrides: dict[str, str] | None = None,
    ) -> None:
        """``node_id``, ``cluster_id`` and ``overrides`` (entries replacing those of
        ``server_properties``) make this one node of a ``LocalCluster``; without them it is
        the single-node broker."""
        self.settings = settings
        self.node_id = node_id
        self.cluster_id = cluster_id
        self.overrides = dict(overrides or {})
        # Absolute, because the broker's command line names it and status() looks for it there.
        self.data_dir = settings.data_dir.expanduser().absolute()
        self.log_file = self.data_dir / "broker.log"
        self.pid_file = self.data_dir / "broker.pid"
        self.properties_file = self.data_dir / "server.properties"
        self.bootstrap = f"{settings.host}:{settings.port}"
        self.cache_dir = settings.cache_dir.expanduser().absolute() / settings.kafka_version
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LocalBroker:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def resolve_classpath(self, progress: Progress | None = None) -> list[Path]:
        """Kafka's jars (resolved with Maven on first use, then read from the cache)."""
        return resolve_classpath(self.settings, progress)

    def _pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _alive(pid) and _is_our_kafka(pid, self.properties_file) else None

    def status(self) -> BrokerStatus:
        """Whether the broker process of this data dir is alive (cheap: no Kafka request)."""
        pid = self._pid()
        return BrokerStatus(
            running=pid is not None,
            pid=pid,
            bootstrap=self.bootstrap,
            version=self.settings.kafka_version,
            data_dir=self.data_dir,
            log_file=self.log_file,
            node_id=self.node_id,
        )

    def log_tail(self, lines: int = _LOG_TAIL_LINES) -> str:
        """The last lines of broker.log, for error messages."""
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return "(no broker log yet)"
        return "\n".join(text.strip().splitlines()[-lines:]) or "(broker log is empty)"

    def _check_ports(self) -> None:
        for name, port in (
            ("port", self.settings.port),
            ("controller_port", self.settings.controller_port),
        ):
            if not port_is_free(self.settings.host, port):
                raise PortInUse(
                    f"{self.settings.host}:{port} (broker.{name}) is already in use by another "
                    f"process: stop it or choose another port (MISSIONGUARD_BROKER__{name.upper()})"
                )

    def _format_storage(self, java_command: list[str], progress: Progress | None) -> None:
        """``kafka-storage format`` once per data dir; formatted dirs keep their cluster id."""
        if (self.data_dir / "logs" / "meta.properties").is_file():
            return
        if progress is not None:
            progress(f"Formatting {self.data_dir / 'logs'}")
        command = [*java_command, f"-Dlog4j2.configurationFile={LOG4J2_CONFIG}"]
        cluster_id = self.cluster_id or new_cluster_id()
        command += ["kafka.tools.StorageTool", "format", "--cluster-id", cluster_id]
        command += ["--config", str(self.properties_file)]
        command += scram_format_args(self.settings)  # broker.sasl_ssl's users
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise BrokerError(
                f"Formatting Kafka storage in {self.data_dir / 'logs'} failed "
                f"(exit {done.returncode}):\n{(done.stdout + done.stderr).strip()}"
            )

    def start(self, progress: Progress | None = None) -> BrokerStatus:
        """Start the broker unless it runs already; return once it answers Kafka requests."""
        self.launch(progress)
        self._wait_ready(progress)
        return self.status()

    def launch(self, progress: Progress | None = None) -> bool:
        """Start the broker process unless it runs already, without waiting for it to answer
        (a cluster's node answers only once a majority of its controllers runs); False if it
        was running."""
        if self.status().running:
            return False
        self._check_ports()
        java = find_java(self.settings)
        classpath = ":".join(str(jar) for jar in self.resolve_classpath(progress))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Rewritten on every start so that changed ports or paths take effect.
        entries = server_properties(self.settings) | self.overrides
        self.properties_file.write_text(render_properties(entries))
        # A dump left by a broker that ended some other way may be partial: never reuse it.
        ClassArchive.promote(self.data_dir, clean_exit=False)
        archive = ClassArchive(self.cache_dir, self.data_dir, java, classpath)
        self._format_storage([java, *archive.reuse_flags(), "-cp", classpath], progress)

        command = [java, f"-Xmx{self.settings.heap}", *_JVM_FLAGS, *archive.jvm_flags()]
        command += [f"-Dlog4j2.configurationFile={LOG4J2_CONFIG}", "-cp", classpath]
        command += ["kafka.Kafka", str(self.properties_file)]
        if progress is not None:
            progress(f"Starting Kafka {self.settings.kafka_version} on {self.bootstrap}")
        with self.log_file.open("ab") as log:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.data_dir,
                start_new_session=True,  # Detached: Ctrl-C in the terminal does not reach it.
            )
        self.pid_file.write_text(f"{self._process.pid}\n")
        return True

    def _wait_ready(self, progress: Progress | None) -> None:
        timeout_s = self.settings.start_timeout_s
        deadline = time.monotonic() + timeout_s
        while not _answers(self.bootstrap):
            if not self._starting_process_alive():
                self.pid_file.unlink(missing_ok=True)
                raise BrokerStartTimeout(
                    f"Kafka broker exited while starting; last lines of {self.log_file}:\n"
                    f"{self.log_tail()}"
                )
            if time.monotonic() > deadline:
                tail = self.log_tail()  # Before stopping, which would add shutdown noise.
                if self._process is not None:
                    self.stop(timeout_s=5.0)  # Ours and useless: do not leave it behind.
                raise BrokerStartTimeout(
                    f"Kafka broker did not answer on {self.bootstrap} within {timeout_s:g} s; "
                    f"last lines of {self.log_file}:\n{tail}"
                )
            time.sleep(0.2)
        if progress is not None:
            progress(f"Kafka is ready on {self.bootstrap}")

    def _starting_process_alive(self) -> bool:
        # A process this object just started is judged by its handle: right after fork its
        # /proc cmdline is still the parent's until exec, so the pid-file check would say
        # "not ours" and report a healthy broker as exited (seen as a flaky start).
        if self._process is not None:
            return self._process.poll() is None
        return self.status().running

    def kill(self) -> bool:
        """SIGKILL the broker at once (a crash, for fault tests); False if none ran."""
        pid = self._pid()
        if pid is None:
            return False
        os.killpg(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.05)
        if self._process is not None and self._process.pid == pid:
            self._process.wait()
            self._process = None
        self.pid_file.unlink(missing_ok=True)
        ClassArchive.promote(self.data_dir, clean_exit=False)
        return True

    def stop(self, timeout_s: float = 20.0) -> bool:
        """Stop the broker (SIGTERM, then SIGKILL after ``timeout_s``); False if none ran."""
        pid = self._pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)  # Kafka shuts down cleanly on SIGTERM.
        deadline = time.monotonic() + timeout_s
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        clean_exit = not _alive(pid)
        if not clean_exit:
            os.killpg(pid, signal.SIGKILL)  # Its own session: the group is the broker alone.
            while _alive(pid):
                time.sleep(0.05)
        if self._process is not None and self._process.pid == pid:
            self._process.wait()
            self._process = None
        self.pid_file.unlink(missing_ok=True)
        ClassArchive.promote(self.data_dir, clean_exit)
        return True


def cluster_overrides(
    node_id: int, nodes: int, host: str, controller_ports: Sequence[int]
) -> dict[str, str]:
    """What a node of an ``nodes``-node cluster changes in ``server_properties``: its id, the
    quorum of every node's controller, and replication that fits the cluster (min(3, N)
    replicas, min(2, N - 1) in sync; Kafka's production defaults on three nodes).

    >>> entries = cluster_overrides(2, 3, "127.0.0.1", [9001, 9002, 9003])
    >>> entries["node.id"], entries["controller.quorum.voters"]
    ('2', '1@127.0.0.1:9001,2@127.0.0.1:9002,3@127.0.0.1:9003')
    >>> entries["default.replication.factor"], entries["min.insync.replicas"]
    ('3', '2')
    """
    replicas = str(min(3, nodes))
    in_sync = str(max(1, min(2, nodes - 1)))
    voters = ",".join(f"{i}@{host}:{port}" for i, port in enumerate(controller_ports, start=1))
    return {
        "node.id": str(node_id),
        "controller.quorum.voters": voters,
        "default.replication.factor": replicas,
        "min.insync.replicas": in_sync,
        "offsets.topic.replication.factor": replicas,
        "transaction.state.log.replication.factor": replicas,
        "transaction.state.log.min.isr": in_sync,
        "share.coordinator.state.topic.replication.factor": replicas,
        "share.coordinator.state.topic.min.isr": in_sync,
        # A follower that falls behind leaves the ISR after this long (Kafka's default 30 s);
        # shorter, so that a stopped node stops holding up acks=all writes sooner.
        "replica.lag.time.max.ms": "10000",
    }


class LocalCluster:
    """``nodes`` embedded Kafka nodes on loopback, each broker and controller, one cluster.

    Node i (from 1) lives in ``<data_dir>/node-<i>``; its ports are ``ports[i - 1]`` (broker,
    controller), by default ``port + 2 (i - 1)`` and ``controller_port + 2 (i - 1)`` of the
    settings (19092/19093, 19094/19095, 19096/19097). ``node(i)`` is its ``LocalBroker``:
    stop, kill and start one node to test faults.
    """

    def __init__(
        self,
        settings: BrokerSettings,
        nodes: int = 3,
        ports: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        if nodes < 1:
            raise ValueError(f"a cluster needs at least one node (got {nodes})")
        if ports is None:
            ports = [
                (settings.port + 2 * i, settings.controller_port + 2 * i) for i in range(nodes)
            ]
        if len(ports) != nodes:
            raise ValueError(f"{nodes} nodes need {nodes} port pairs (got {len(ports)})")
        self.settings = settings
        self.data_dir = settings.data_dir.expanduser().absolute()
        self.cluster_id_file = self.data_dir / "cluster.id"
        controller_ports = [controller for _, controller in ports]
        cluster_id = self._cluster_id()
        self.brokers = [
            LocalBroker(
                settings.model_copy(
                    update={
                        "port": port,
                        "controller_port": controller,
                        "data_dir": self.data_dir / f"node-{i}",
                    }
                ),
                node_id=i,
                cluster_id=cluster_id,
                overrides=cluster_overrides(i, nodes, settings.host, controller_ports),
            )
            for i, (port, controller) in enumerate(ports, start=1)
        ]
        self.bootstrap = ",".join(broker.bootstrap for broker in self.brokers)

    @classmethod
    def existing(cls, settings: BrokerSettings) -> LocalCluster | None:
        """The cluster whose nodes live under ``settings.data_dir``, with the ports its
        nodes were last started on; None if no cluster was ever started there."""
        root = settings.data_dir.expanduser().absolute()
        ports = []
        for i in range(1, 100):
            properties = root / f"node-{i}" / "server.properties"
            if not properties.is_file():
                break
            lines = properties.read_text().splitlines()
            entries = dict(line.split("=", 1) for line in lines if "=" in line)
            # listeners=PLAINTEXT://host:port,CONTROLLER://host:controller_port(,...)
            named = dict(u.split("://", 1) for u in entries["listeners"].split(","))
            port_of = {name: int(address.rsplit(":", 1)[1]) for name, address in named.items()}
            ports.append((port_of["PLAINTEXT"], port_of["CONTROLLER"]))
        return cls(settings, len(ports), ports) if ports else None

    def _cluster_id(self) -> str:
        """The cluster's id, made once and kept beside the nodes' dirs: every node is
        formatted with it (a node formatted with another id would not join)."""
        try:
            return self.cluster_id_file.read_text().strip()
        except OSError:
            cluster_id = new_cluster_id()
            self.data_dir.mkdir(parents=True, exist_ok=True)
            partial = self.cluster_id_file.with_name(f"cluster.id.{os.getpid()}.partial")
            partial.write_text(f"{cluster_id}\n")
            os.replace(partial, self.cluster_id_file)
            return cluster_id

    def node(self, node_id: int) -> LocalBroker:
        """The ``LocalBroker`` of node ``node_id`` (from 1)."""
        return self.brokers[node_id - 1]

    def __enter__(self) -> LocalCluster:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def status(self) -> list[BrokerStatus]:
        return [broker.status() for broker in self.brokers]

    def start(self, progress: Progress | None = None) -> list[BrokerStatus]:
        """Start every node that is not running; return once all answer and every broker is
        registered (so that topics with a replica on each can be created)."""
        try:
            for broker in self.brokers:  # all at once: a node answers only with a quorum
                broker.launch(progress)
            for broker in self.brokers:
                broker._wait_ready(progress)
            self._wait_registered(progress)
        except BrokerError:
            self.stop(timeout_s=5.0)
            raise
        return self.status()

    def _wait_registered(self, progress: Progress | None) -> None:
        deadline = time.monotonic() + self.settings.start_timeout_s
        while (count := _registered(self.bootstrap)) < len(self.brokers):
            if time.monotonic() > deadline:
                raise BrokerStartTimeout(
                    f"only {count} of {len(self.brokers)} Kafka nodes registered within "
                    f"{self.settings.start_timeout_s:g} s on {self.bootstrap}"
                )
            time.sleep(0.2)
        if progress is not None:
            progress(f"Kafka cluster of {len(self.brokers)} nodes is ready on {self.bootstrap}")

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop every node (SIGTERM to all at once, so that the last ones still have a
        quorum to shut down with; SIGKILL after ``timeout_s``); False if none ran."""
        pids = [broker._pid() for broker in self.brokers]
        for pid in pids:
            if pid is not None:
                os.kill(pid, signal.SIGTERM)
        stopped = [broker.stop(timeout_s) for broker in self.brokers]
        return any(stopped)


def _registered(bootstrap: str) -> int:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _count_brokers(bootstrap)).result()


async def _count_brokers(bootstrap: str) -> int:
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import KafkaError

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=2000)
    try:
        async with asyncio.timeout(3.0):
            await admin.start()
            cluster = await admin.describe_cluster()
        return len(cluster.get("brokers") or [])
    except (KafkaError, OSError, TimeoutError):
        return 0
    finally:
        await admin.close()
