"""What MissionGuard takes of Faust beyond its public interface (pipeline/runtime/
faust_internals.py): pinned to the release it was taken from, and the consumer's hand-over of
fetched messages."""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import inspect

import faust
import pytest
from mode import Service

from missionguard.pipeline.runtime import faust_internals
from missionguard.pipeline.runtime.app import create_app
from missionguard.pipeline.runtime.faust_internals import (
    DEPENDS_ON,
    Consumer,
    QuietMonitor,
    deliver,
)
from missionguard.pipeline.runtime.state_store import BulkRestoredStore
from missionguard.pipeline.settings import Settings

# sha256 of the source of each entry of DEPENDS_ON in faust-streaming 0.15.3 (FAUST).
PINNED = {
    "faust.transport.consumer:Consumer.perform_seek": (
        "0e8c130ff4b0afd82c0be9c5fd831316e10febc62c94032833911096e156d7c6"
    ),
    "faust.transport.consumer:Consumer._drain_messages": (
        "44a2500309e83c630493f6828af50166ec8d96a0b3e4fb2bab735f704ae93417"
    ),
    "faust.app.base:App._new_transport": (
        "42db531312dd776fc3937154a32f19eeb9ad7d4ebc2722a92d081a2d271baea1"
    ),
    "faust.tables.base:Collection._new_store_by_url": (
        "343a8125107d3f69ced468ee156659955d31abbc3bbed3df0e6ac87b474f850b"
    ),
    "faust.tables.base:Collection._new_store": (
        "914a2bda605d38f5b5bdf07f2d0b01ef565dd036b2b3e5391c54321094daf4b5"
    ),
    "faust.tables.base:Collection.__init__": (
        "95568fc09c76d00688abac16ad47f9daeae9f4b5c5454099a85f9a9706e083e0"
    ),
    "faust.sensors.monitor:Monitor.on_stream_event_in": (
        "df6d2e5f6397ce441d1fdeb83cb7cb5893a33e507e5e0c8caad38e6a916d838d"
    ),
    "faust.transport.drivers.aiokafka:AIOKafkaConsumerThread.verify_event_path": (
        "b983e7735f647cb34650530fb0f1bc709e8cb67d54c483b939b14b49b8d931e0"
    ),
    "faust.channels:Channel.queue": (
        "549dd774f3e314a7194253bac92254c17e8095ce09f9ab44110e657a8f1e4418"
    ),
}

# Our override -> the Faust method it replaces (same parameters).
OVERRIDES = {
    (Consumer, "_drain_messages"): "faust.transport.consumer:Consumer._drain_messages",
    (faust_internals.App, "_new_transport"): "faust.app.base:App._new_transport",
    (faust_internals.Table, "_new_store_by_url"): "faust.tables.base:Collection._new_store_by_url",
}


def _faust(name: str):
    """``module:Class.attr`` of the installed Faust (a property: its getter)."""
    module, _, qualname = name.partition(":")
    owner, _, attr = qualname.rpartition(".")
    found = inspect.getattr_static(getattr(importlib.import_module(module), owner), attr)
    return found.fget if isinstance(found, property) else found


def test_every_private_faust_dependency_is_pinned():
    assert faust.__version__ == faust_internals.FAUST.split()[-1]
    assert set(PINNED) == set(DEPENDS_ON)


@pytest.mark.parametrize("name", sorted(DEPENDS_ON))
def test_faust_is_still_what_the_internals_were_taken_from(name):
    source = inspect.getsource(_faust(name))
    assert hashlib.sha256(source.encode()).hexdigest() == PINNED[name], (
        f"Faust's {name} changed since {faust_internals.FAUST}: compare it with what "
        f"pipeline/runtime/faust_internals.py does with it ({DEPENDS_ON[name]}), carry the "
        "change over, then update its sha256 in PINNED"
    )


@pytest.mark.parametrize(("ours", "theirs"), OVERRIDES.items(), ids=lambda x: str(x))
def test_overrides_take_the_parameters_of_what_they_override(ours, theirs):
    cls, attr = ours
    mine = inspect.signature(getattr(cls, attr)).parameters
    assert list(mine) == list(inspect.signature(_faust(theirs)).parameters)


class _Flow(Service):
    """A service with a suspend-flow event, like Faust's consumer."""

    def __init__(self) -> None:
        super().__init__()
        self.suspend_flow = asyncio.Event()


def _no_wait(*aws):
    raise AssertionError("a delivery that does not block must not be waited for")


async def test_a_delivery_that_does_not_block_runs_at_once_without_a_task():
    log = []

    async def put():
        log.append(asyncio.current_task())

    before = asyncio.current_task()
    await deliver(put(), _no_wait, None)
    assert log == [before]  # ran in the caller's task, before deliver returned


async def test_a_blocked_delivery_is_finished_when_what_it_awaits_is_done():
    flow = _Flow()
    room = asyncio.get_running_loop().create_future()
    log = []

    async def put():
        log.append("waiting")
        log.append(await room)
        await asyncio.sleep(0)  # a bare yield too
        log.append("delivered")

    asyncio.get_running_loop().call_later(0.01, room.set_result, "room")
    await asyncio.wait_for(deliver(put(), flow.wait_first, flow.suspend_flow), 2)
    assert log == ["waiting", "room", "delivered"]


async def test_a_blocked_delivery_is_abandoned_when_the_flow_is_suspended():
    flow = _Flow()
    never = asyncio.get_running_loop().create_future()
    log = []

    async def put():
        try:
            await never
        except asyncio.CancelledError:
            log.append("cancelled")
            raise
        log.append("delivered")

    asyncio.get_running_loop().call_later(0.01, flow.suspend_flow.set)
    await asyncio.wait_for(deliver(put(), flow.wait_first, flow.suspend_flow), 2)
    assert log == ["cancelled"]


async def test_errors_of_a_delivery_reach_the_consumer_whether_or_not_it_blocked():
    flow = _Flow()

    async def fails_at_once():
        raise ValueError("bad message")

    async def fails_later():
        await asyncio.sleep(0.01)
        raise ValueError("bad message")

    with pytest.raises(ValueError):
        await deliver(fails_at_once(), _no_wait, None)
    with pytest.raises(ValueError):
        await asyncio.wait_for(deliver(fails_later(), flow.wait_first, flow.suspend_flow), 2)


def test_the_worker_app_uses_the_consumer_and_a_quiet_monitor_without_web(tmp_path):
    worker = Settings().worker.model_copy(update={"state_dir": tmp_path})
    mg = create_app(Settings().with_overrides(worker=worker))
    assert mg.app.transport.Consumer is Consumer
    assert isinstance(mg.app.monitor, QuietMonitor)
    web = worker.model_copy(update={"web_port": 6066})
    mg = create_app(Settings().with_overrides(worker=web))
    assert not isinstance(mg.app.monitor, QuietMonitor)


def test_the_state_table_keeps_raw_bytes_in_a_bulk_restored_store(tmp_path):
    worker = Settings().worker.model_copy(update={"state_dir": tmp_path})
    states = create_app(Settings().with_overrides(worker=worker)).states
    assert (states.key_serializer, states.value_serializer) == ("raw", "raw")
    assert states.changelog_topic.key_serializer == "raw"
    assert isinstance(states.data, BulkRestoredStore)
