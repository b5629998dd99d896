"""Repeated identical errors are summarised, not printed thousands of times (issue 15,
defect 8: ~13,000 ERROR lines during a 75 s broker outage)."""

from __future__ import annotations

import io
import logging

import pytest

from missionguard.pipeline.enforcement.logs import RepeatFilter, install_repeat_filter


@pytest.fixture
def root_handler():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler, stream
    finally:
        root.removeHandler(handler)
        for h in [*root.handlers, logging.lastResort]:  # pytest's own handlers too
            for f in [f for f in getattr(h, "filters", []) if isinstance(f, RepeatFilter)]:
                h.removeFilter(f)  # type: ignore[union-attr]


def test_an_outage_worth_of_identical_errors_is_one_line_then_a_summary(root_handler):
    handler, stream = root_handler
    repeat = install_repeat_filter(60.0)
    assert repeat is not None and install_repeat_filter(60.0) is repeat  # once
    now = [0.0]
    repeat.clock = lambda: now[0]
    conn = logging.getLogger("aiokafka.conn")  # not ours: filtered at the handler
    for n in range(13_000):
        now[0] = n * 75 / 13_000
        conn.error("Unable connect to node with id %d: Connect call failed", 1)
        logging.getLogger("missionguard.x").warning("cannot reach the broker")
    lines = stream.getvalue().splitlines()
    assert lines[:2] == [
        "Unable connect to node with id 1: Connect call failed",
        "cannot reach the broker",
    ]
    assert len(lines) == 4, lines  # the first of each, and one summary each after 60 s
    assert lines[2].startswith("Unable connect to node with id 1: Connect call failed [")
    assert lines[2].endswith("more like this in the last 60 s]")
    conn.error("another error")
    logging.getLogger("missionguard.x").info("info passes")  # below WARNING: untouched
    assert stream.getvalue().splitlines()[-1] == "another error"


def test_window_zero_installs_nothing():
    assert install_repeat_filter(0) is None
