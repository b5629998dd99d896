"""Driving the real Faust agents with ``test_context()``: putting records as read from their
topic, and waiting on Faust's progress.

Faust's test wrapper names the topic of a record it puts ``'<internal>'`` when the agent
reads several topics (``AgentTestWrapper.to_message``); the agents dead-letter a record of a
topic they do not read, so :class:`Feed` gives each message the topic it is put on.

Faust's test wrapper (``AgentTestWrapper.put(wait=True)``) returns once the agent's stream has
taken the event (its ``processed_offset`` counts events taken, not events done with): the
judging agent then still gathers its batch, judges it, publishes and writes states, and acks
every event of the batch last. So :meth:`Feed.done` waits for the events put to be acked
(``Message.acked``, set by Faust when the agent acks the event), with a deadline rather than a
fixed delay.
"""

from __future__ import annotations

import asyncio

from faust.types import EventT, Message

DEADLINE_S = 10.0


class Feed:
    """Records put on a test agent (``agent.test_context()``) as read from ``topic`` (or the
    topic given to :meth:`put`), and the wait for the agent to be done with them."""

    def __init__(self, agent: object, topic: str) -> None:
        self.agent = agent
        self.topic = topic
        self.sent: list[EventT] = []
        self._putting_on = topic
        faust_message = agent.to_message

        def to_message(key: bytes | None, value: bytes | None, **kwargs: object) -> Message:
            made = faust_message(key, value, **kwargs)
            made.topic = self._putting_on  # a slot of a plain class: the rest as Faust made it
            return made

        agent.to_message = to_message

    async def put(self, value: bytes, *, topic: str | None = None, **kwargs: object) -> EventT:
        """``agent.put(value, **kwargs)`` (Faust's test wrapper: ``key``, ``partition``,
        ``headers``, ``wait``, ...) on ``topic``, remembered for :meth:`done`."""
        self._putting_on = topic or self.topic
        try:
            event = await self.agent.put(value, **kwargs)
        finally:
            self._putting_on = self.topic
        assert event.message.topic == (topic or self.topic)
        self.sent.append(event)
        return event

    async def done(self, timeout_s: float = DEADLINE_S) -> None:
        """Return once the agent has acked every event put so far, that is, is done with it
        (outputs published, states written); ``TimeoutError`` after ``timeout_s``."""
        pending = [event.message for event in self.sent]
        async with asyncio.timeout(timeout_s):
            while not all(message.acked for message in pending):
                await asyncio.sleep(0)  # one turn of the event loop: the agent runs meanwhile
