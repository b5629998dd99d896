"""``missionguard broker``: the embedded local Kafka broker (KRaft) for development,
the demo and the integration tests; ``--nodes 3`` makes it a three-node cluster."""

from __future__ import annotations

from typing import Annotated

import typer

from missionguard.pipeline.cli.common import broker_app, console, fail, load_settings, out

_Nodes = Annotated[
    int,
    typer.Option(
        "--nodes",
        min=1,
        max=9,
        help="How many nodes (each broker and controller). 1: the single broker on "
        "broker.port; N: a cluster on broker.port + 2i / controller_port + 2i, replication "
        "factor min(3, N), min.insync.replicas min(2, N - 1).",
    ),
]


@broker_app.command("start")
def broker_start(nodes: _Nodes = 1) -> None:
    """Start the local broker (resolving Kafka's jars with Maven the first time)."""
    from missionguard.pipeline.tools.devbroker import BrokerError, LocalBroker
    from missionguard.pipeline.tools.devbroker.local import LocalCluster

    s = load_settings()

    def progress(message: str) -> None:
        console.print(message, style="dim")

    try:
        if nodes == 1:
            out.print(str(LocalBroker(s.broker).start(progress=progress)))
            return
        cluster = LocalCluster(s.broker, nodes)
        for status in cluster.start(progress=progress):
            out.print(str(status))
    except BrokerError as exc:
        raise fail(str(exc)) from None
    out.print(f"bootstrap servers: {cluster.bootstrap}", soft_wrap=True)
    out.print(f"clients: MISSIONGUARD_KAFKA__BOOTSTRAP_SERVERS={cluster.bootstrap}", soft_wrap=True)


@broker_app.command("stop")
def broker_stop() -> None:
    """Stop the local broker, and every node of a local cluster, started by ``broker start``
    or the demo."""
    from missionguard.pipeline.tools.devbroker import LocalBroker
    from missionguard.pipeline.tools.devbroker.local import LocalCluster

    settings = load_settings().broker
    stopped = LocalBroker(settings).stop()
    cluster = LocalCluster.existing(settings)
    if cluster is not None and cluster.stop():
        out.print(f"cluster of {len(cluster.brokers)} nodes stopped")
        stopped = True
    out.print("broker stopped" if stopped else "broker was not running")


@broker_app.command("status")
def broker_status() -> None:
    """Say whether the local broker (and each node of a local cluster) runs, where, and where
    its data and log are."""
    from missionguard.pipeline.tools.devbroker import LocalBroker
    from missionguard.pipeline.tools.devbroker.local import LocalCluster

    settings = load_settings().broker
    single = LocalBroker(settings).status()
    cluster = LocalCluster.existing(settings)
    if cluster is None or single.running:
        out.print(str(single))
    for status in cluster.status() if cluster is not None else []:
        out.print(str(status))
