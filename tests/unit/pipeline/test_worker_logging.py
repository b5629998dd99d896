"""The Faust worker summarises repeated log lines as the enforcement point does (issue 15,
defect 8: ~13,000 identical ERROR lines during a 75 s broker outage)."""

from __future__ import annotations

import logging

import faust

from missionguard.pipeline.enforcement.logs import RepeatFilter
from missionguard.pipeline.runtime.worker import _worker_class


def test_the_worker_puts_a_repeat_filter_on_the_root_handlers() -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.addHandler(handler)
    try:
        app = faust.App("log-test", broker="kafka://127.0.0.1:1")
        worker = _worker_class()(app, loglevel="info", quiet=True, log_repeat_window_s=30.0)
        worker.on_setup_root_logger(root, logging.INFO)
        filters = [f for f in handler.filters if isinstance(f, RepeatFilter)]
        assert filters

        def line() -> logging.LogRecord:
            return logging.LogRecord("aiokafka", logging.ERROR, __file__, 1, "no node", (), None)

        assert [handler.filter(line()) for _ in range(3)] == [True, False, False]
    finally:  # the filter is process-wide: leave no trace for other tests
        root.removeHandler(handler)
        for h in [*root.handlers, logging.lastResort]:
            for f in [f for f in getattr(h, "filters", []) if isinstance(f, RepeatFilter)]:
                h.removeFilter(f)  # type: ignore[union-attr]
