"""``missionguard broker``: the embedded local Kafka broker (KRaft) for development,
the demo and the integration tests."""

from __future__ import annotations

from missionguard.pipeline.cli.common import broker_app, console, fail, load_settings, out


@broker_app.command("start")
def broker_start() -> None:
    """Start the local broker (resolving Kafka's jars with Maven the first time)."""
    from missionguard.pipeline.tools.devbroker import BrokerError, LocalBroker

    s = load_settings()
    try:
        status = LocalBroker(s.broker).start(progress=lambda m: console.print(m, style="dim"))
    except BrokerError as exc:
        raise fail(str(exc)) from None
    out.print(str(status))


@broker_app.command("stop")
def broker_stop() -> None:
    """Stop the local broker started by ``broker start`` or the demo."""
    from missionguard.pipeline.tools.devbroker import LocalBroker

    stopped = LocalBroker(load_settings().broker).stop()
    out.print("broker stopped" if stopped else "broker was not running")


@broker_app.command("status")
def broker_status() -> None:
    """Say whether the local broker runs, where, and where its data and log are."""
    from missionguard.pipeline.tools.devbroker import LocalBroker

    out.print(str(LocalBroker(load_settings().broker).status()))
