"""Repeated identical log lines, summarised: a broker outage made aiokafka log the same
connection error thousands of times (~13,000 ERROR lines in 75 s).

:class:`RepeatFilter` lets the first of identical records (same logger, level and message)
through, drops the repeats within ``window_s``, and lets the first one after the window
through with ``[N more like this in the last T s]``. Records below WARNING pass untouched.
:func:`install_repeat_filter` puts it on the root logger's handlers, so that it sees what
every logger (aiokafka's included) propagates there.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

__all__ = ["RepeatFilter", "install_repeat_filter"]


class RepeatFilter(logging.Filter):
    """Summarise identical records of WARNING and above within ``window_s``.

    >>> f = RepeatFilter(window_s=60, clock=lambda: now)
    >>> def record(msg):
    ...     return logging.LogRecord("aiokafka", logging.ERROR, __file__, 1, msg, (), None)
    >>> now = 0.0
    >>> [f.filter(record("Unable connect to node 1")) for _ in range(3)]
    [True, False, False]
    >>> now = 61.0
    >>> r = record("Unable connect to node 1"); f.filter(r), r.getMessage()
    (True, 'Unable connect to node 1 [2 more like this in the last 61 s]')
    """

    def __init__(
        self,
        window_s: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 1024,
    ) -> None:
        super().__init__()
        self.window_s = window_s
        self.clock = clock
        self.max_keys = max_keys
        # (logger, level, message) -> [window start, records dropped since]
        self._seen: OrderedDict[tuple[str, int, str], list[float]] = OrderedDict()

    def filter(self, record: logging.LogRecord) -> bool:
        # One filter on several handlers sees each record once per handler: decide once.
        verdict: bool | None = getattr(record, "_mg_repeat_verdict", None)
        if verdict is None:
            verdict = self._decide(record)
            setattr(record, "_mg_repeat_verdict", verdict)  # noqa: B010 - LogRecord has no slot
        return verdict

    def _decide(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING or self.window_s <= 0:
            return True
        message = record.getMessage()
        key = (record.name, record.levelno, message)
        now = self.clock()
        seen = self._seen.get(key)
        if seen is not None and now - seen[0] < self.window_s:
            seen[1] += 1
            return False
        self._seen[key] = [now, 0]
        self._seen.move_to_end(key)
        while len(self._seen) > self.max_keys:
            self._seen.popitem(last=False)
        if seen is not None and seen[1]:
            more, span = int(seen[1]), now - seen[0]
            record.msg = f"{message} [{more} more like this in the last {span:.0f} s]"
            record.args = ()
        return True


def install_repeat_filter(window_s: float = 60.0) -> RepeatFilter | None:
    """Put one :class:`RepeatFilter` on every handler of the root logger (and on logging's
    last resort, used while there is none); ``None`` when ``window_s`` is 0 (off). One filter
    per process: a later call puts the one already installed on handlers added since."""
    if window_s <= 0:
        return None
    handlers = [*logging.getLogger().handlers]
    if logging.lastResort is not None:
        handlers.append(logging.lastResort)
    found = [f for h in handlers for f in h.filters if isinstance(f, RepeatFilter)]
    repeat = found[0] if found else RepeatFilter(window_s)
    for handler in handlers:  # handlers added since (Faust's worker sets up its own) get it too
        if not any(isinstance(f, RepeatFilter) for f in handler.filters):
            handler.addFilter(repeat)
    return repeat
