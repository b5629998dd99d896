"""Driving the real Faust agents with ``test_context()``: putting records and waiting on
Faust's progress.

Faust's test wrapper (``AgentTestWrapper.put(wait=True)``) returns once the agent's stream has
taken the event (its ``processed_offset`` counts events taken, not events done with): the
judging agent then still gathers its batch, judges it, publishes and writes states, and acks
every event of the batch last. So :meth:`Feed.done` waits for the events put to be acked
(``Message.acked``, set by Faust when the agent acks the event), with a deadline rather than a
fixed delay.
"""

from __future__ import annotations

import asyncio

from faust.types import EventT

DEADLINE_S = 10.0


class Feed:
    """Records put on a test agent (``agent.test_context()``), and the wait for the agent to
    be done with them."""

    def __init__(self, agent: object) -> None:
        self.agent = agent
        self.sent: list[EventT] = []

    async def put(self, value: bytes, **kwargs: object) -> EventT:
        """``agent.put(value, **kwargs)`` (Faust's test wrapper), remembered for :meth:`done`."""
        event = await self.agent.put(value, **kwargs)
        self.sent.append(event)
        return event

    async def done(self, timeout_s: float = DEADLINE_S) -> None:
        """Return once the agent has acked every event put so far, that is, is done with it
        (outputs published, states written); ``TimeoutError`` after ``timeout_s``."""
        pending = [event.message for event in self.sent]
        async with asyncio.timeout(timeout_s):
            while not all(message.acked for message in pending):
                await asyncio.sleep(0)  # one turn of the event loop: the agent runs meanwhile
