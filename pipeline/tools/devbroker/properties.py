"""The single-node KRaft broker's configuration, rendered from ``BrokerSettings``.

One JVM is both broker and controller (``process.roles=broker,controller``) with a static
one-voter quorum, which Kafka 4.x formats without ``--standalone``. Every replication factor
and in-sync minimum is 1, since there is only one node; the defaults (3) would leave the
offsets, transaction and share-group state topics unable to be created.
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

from missionguard.pipeline.settings import BrokerSettings
from missionguard.pipeline.tools.devbroker.security import add_sasl_ssl_listener

__all__ = [
    "LOG4J2_CONFIG",
    "NODE_ID",
    "new_cluster_id",
    "render_properties",
    "server_properties",
]

NODE_ID = 1
# Warnings only, to stdout, which the broker process has redirected into broker.log.
LOG4J2_CONFIG = Path(__file__).with_name("log4j2.xml")


def new_cluster_id() -> str:
    """A random Kafka cluster id: 16 bytes in URL-safe base64 without padding (22 chars).

    >>> len(new_cluster_id())
    22
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        # Kafka's own generator skips ids starting with "-": they read as command-line flags.
        if not cluster_id.startswith("-"):
            return cluster_id


def server_properties(settings: BrokerSettings) -> dict[str, str]:
    """Broker configuration entries for one node on loopback, data under ``data_dir``."""
    host, port, controller_port = settings.host, settings.port, settings.controller_port
    entries = {
        "process.roles": "broker,controller",
        "node.id": str(NODE_ID),
        "controller.quorum.voters": f"{NODE_ID}@{host}:{controller_port}",
        "listeners": f"PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs": str(settings.data_dir.expanduser().absolute() / "logs"),
        "num.partitions": "1",
        "default.replication.factor": "1",
        "min.insync.replicas": "1",
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        # A lone consumer should not wait 3 s for company before its first assignment.
        "group.initial.rebalance.delay.ms": "0",
        # Kept on: Faust declares its internal topics through the admin API, but a producer
        # sending to a not-yet-declared topic (demo scripts, ad-hoc tools) should still work.
        "auto.create.topics.enable": "true",
    }
    return add_sasl_ssl_listener(entries, settings)  # broker.sasl_ssl: security.py


def render_properties(entries: dict[str, str]) -> str:
    r"""Java ``.properties`` text, one ``key=value`` per line, escaping what Java would misread.

    >>> render_properties({"log.dirs": "C:\\kafka", "a": "b"})
    'log.dirs=C:\\\\kafka\na=b\n'
    """
    lines = []
    for key, value in entries.items():
        escaped = value.replace("\\", "\\\\").replace("\n", "\\n")
        lines.append(f"{key}={escaped}")
    return "\n".join(lines) + "\n"
