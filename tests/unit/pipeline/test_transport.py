"""The consumer's hand-over of fetched messages (pipeline/runtime/transport.py)."""

from __future__ import annotations

import asyncio
import hashlib
import inspect

import faust.transport.consumer
import pytest
from mode import Service

from missionguard.pipeline.runtime.app import create_app
from missionguard.pipeline.runtime.transport import Consumer, QuietMonitor, deliver
from missionguard.pipeline.settings import Settings

# sha256 of faust-streaming 0.15.3's Consumer._drain_messages, which pipeline/runtime/transport.py
# copies with one line changed.
FAUST_DRAIN_SHA256 = "44a2500309e83c630493f6828af50166ec8d96a0b3e4fb2bab735f704ae93417"


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


def test_the_copied_drain_loop_matches_the_installed_faust():
    source = inspect.getsource(faust.transport.consumer.Consumer._drain_messages)
    assert hashlib.sha256(source.encode()).hexdigest() == FAUST_DRAIN_SHA256, (
        "Faust's Consumer._drain_messages changed: compare it with the copy in "
        "pipeline/runtime/transport.py, carry the change over, then update FAUST_DRAIN_SHA256"
    )


def test_the_worker_app_uses_the_consumer_and_a_quiet_monitor_without_web(tmp_path):
    worker = Settings().worker.model_copy(update={"state_dir": tmp_path})
    mg = create_app(Settings().with_overrides(worker=worker))
    assert mg.app.transport.Consumer is Consumer
    assert isinstance(mg.app.monitor, QuietMonitor)
    web = worker.model_copy(update={"web_port": 6066})
    mg = create_app(Settings().with_overrides(worker=web))
    assert not isinstance(mg.app.monitor, QuietMonitor)
