"""Throughput: the full pipeline against a raw aiokafka pass-through of the same records.

Both read the same number of pre-produced records (simulated missions and decisions) from
a decisions and a missions topic with 4 partitions, as one consumer-group member in one
Python process, and commit what they processed:

* ceiling: aiokafka consumer -> producer pass-through (no parsing), the fastest Python can
  move these records through this broker; measured first and again last (the broker warms
  up during the run), each time on asyncio's loop and on uvloop, and the highest of the four
  runs is the baseline of every ratio;
* Faust floors (``bench/faust_floor.py``): the worker's Faust setup passing every record
  through unchanged (what Faust's per-message consume-and-send allows), and decoding every
  record as the worker does with nothing judged, stored or sent (the worker without its
  judge: what the pipeline cannot exceed however cheap the judge became);
* pipeline: ``missionguard worker`` (Faust): decode, judge, state table with changelog,
  alerts and commands out.

Rate = records / (time from the first record received (ceiling) or the Faust app's Ready
line (floor, pipeline) until every offset is committed).

With ``--against DIR`` (another checkout, e.g. ``git archive`` of the previous commit) it
also runs one worker of each checkout over the same records, three alternating pairs, and
reports each pair's ratio: a before/after that the machine's drift between runs cannot fake.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uvloop
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from .harness import Bench, fleet_records, produce_all, wait_consumed

__all__ = ["run"]


async def _passthrough(bootstrap: str, topics: list[str], sink: str, total: int) -> float:
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=f"ceiling-{uuid.uuid4().hex[:6]}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_poll_records=1000,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0)
    await consumer.start()
    await producer.start()
    seen = 0
    began = None
    try:
        while seen < total:
            batches = await consumer.getmany(timeout_ms=500, max_records=1000)
            if began is None and batches:
                began = time.perf_counter()
            for messages in batches.values():
                for m in messages:
                    await producer.send(sink, m.value, key=m.key)
                    seen += 1
            await producer.flush()
            await consumer.commit()
        return time.perf_counter() - (began or time.perf_counter())
    finally:
        await producer.stop()
        await consumer.stop()


def run(bench: Bench, decisions: int, against: Path | None = None) -> list[dict[str, object]]:
    records = fleet_records(decisions)
    total = len(records)

    # The ceiling is measured first and again last, each on fresh topics: the broker's JVM
    # warms up during the run (the two can differ 2x), and the highest run is the
    # baseline, so a cold broker never flatters the pipeline's ratio. Each time on asyncio's
    # event loop and on uvloop (the worker's default): the baseline is the faster of the two.
    ceilings = [_ceiling(bench, records, loop) for loop in _LOOPS]
    floors = [_faust_floor(bench, records, mode) for mode in ("send", "decode")]
    pipelines = [_pipeline(bench, records, workers) for workers in (1, 2)]
    ceilings += [_ceiling(bench, records, loop) for loop in _LOOPS]
    best = max(ceilings, key=lambda row: row["records_per_s"])
    ceiling = float(best["records_per_s"])
    rows = [
        {
            "what": "raw aiokafka pass-through (ceiling; the highest of a first and a last run "
            "on each event loop)",
            "records": total,
            "seconds": best["seconds"],
            "records_per_s": best["records_per_s"],
            "loop": best["loop"],
            "runs_records_per_s": {
                loop: [row["records_per_s"] for row in ceilings if row["loop"] == loop]
                for loop in _LOOPS
            },
        },
        *floors,
        *pipelines,
    ]
    for row in rows[1:]:
        row["ratio_to_ceiling"] = round(row["records_per_s"] / ceiling, 3)
    rows[-1]["ratio_to_one_worker"] = round(
        rows[-1]["records_per_s"] / rows[-2]["records_per_s"], 2
    )
    if against is not None:
        rows.append(_paired(bench, records, against))
    return rows


def _paired(bench: Bench, records: list, against: Path, rounds: int = 3) -> dict[str, object]:
    """One worker of this checkout and one of ``against`` over the same records, alternating
    (which goes first alternates too), on the same broker: the ratio of each pair."""
    this: list[object] = []
    other: list[object] = []
    for n in range(rounds):
        for mine in (True, False) if n % 2 == 0 else (False, True):
            if mine:
                this.append(_pipeline(bench, records, 1)["records_per_s"])
            else:
                with bench.other_checkout(against):
                    other.append(_pipeline(bench, records, 1)["records_per_s"])
    ratios = sorted(a / b for a, b in zip(this, other, strict=True))
    return {
        "what": f"one worker, this checkout against {against}, {rounds} alternating pairs",
        "records": len(records),
        "records_per_s": this,
        "against_records_per_s": other,
        "ratios": [round(r, 2) for r in ratios],
        "median_ratio": round(ratios[len(ratios) // 2], 2),
    }


_LOOPS = ("asyncio", "uvloop")


def _ceiling(bench: Bench, records: list, loop: str) -> dict[str, object]:
    settings, _ = bench.deployment("ceiling")
    t = settings.topics
    asyncio.run(produce_all(bench.bootstrap, settings, records))
    factory = uvloop.new_event_loop if loop == "uvloop" else None
    with asyncio.Runner(loop_factory=factory) as runner:
        seconds = runner.run(
            _passthrough(
                bench.bootstrap,
                [t.decisions_topic, t.missions_topic],
                t.alerts_topic,
                len(records),
            )
        )
    return {
        "loop": loop,
        "seconds": round(seconds, 2),
        "records_per_s": round(len(records) / seconds),
    }


def _pipeline(bench: Bench, records: list, workers: int) -> dict[str, object]:
    """``workers`` worker processes in one consumer group share the 4 partitions."""
    settings, config = bench.deployment(f"pipeline{workers}")
    t = settings.topics
    asyncio.run(produce_all(bench.bootstrap, settings, records))
    procs = [bench.worker(config, n) for n in range(workers)]
    try:
        procs[0].start()
        # Timed from the first worker's Ready line: it consumes while the others start, and
        # their joining rebalances the group; both are part of what scale-out costs.
        ready = time.perf_counter()
        for proc in procs[1:]:
            proc.start()
        parts = {t.decisions_topic: t.decisions.partitions, t.missions_topic: t.missions.partitions}
        done = asyncio.run(wait_consumed(bench.bootstrap, settings.worker.app_id, parts, 900))
    finally:
        for proc in procs:
            proc.stop()
    rate = len(records) / (done - ready)
    return {
        "what": f"full pipeline, {workers} worker process(es)",
        "records": len(records),
        "seconds": round(done - ready, 2),
        "records_per_s": round(rate),
    }


_FLOOR_WHAT = {
    "send": "Faust pass-through, no judging (floor)",
    "decode": "Faust consuming and decoding, no judging (the worker without its judge)",
}


def _faust_floor(bench: Bench, records: list, mode: str) -> dict[str, object]:
    """``bench/faust_floor.py`` in ``mode`` over the same records: Faust with no judging."""
    settings, config = bench.deployment("floor")
    t = settings.topics
    asyncio.run(produce_all(bench.bootstrap, settings, records))
    app_id = settings.worker.app_id
    log_path = config.with_name(f"{config.stem}-floor-{mode}.log")
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.faust_floor", mode, bench.bootstrap, app_id,
             t.alerts_topic, t.decisions_topic, t.missions_topic],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            deadline = time.perf_counter() + 120
            while "[^Worker]: Ready" not in log_path.read_text(errors="replace"):
                if proc.poll() is not None or time.perf_counter() > deadline:
                    raise RuntimeError(f"Faust floor app did not start; see {log_path}")
                time.sleep(0.05)
            ready = time.perf_counter()
            parts = {
                t.decisions_topic: t.decisions.partitions,
                t.missions_topic: t.missions.partitions,
            }
            done = asyncio.run(wait_consumed(bench.bootstrap, app_id, parts, 900))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    rate = len(records) / (done - ready)
    return {
        "what": _FLOOR_WHAT[mode],
        "mode": mode,
        "records": len(records),
        "seconds": round(done - ready, 2),
        "records_per_s": round(rate),
    }
