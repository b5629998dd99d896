"""``python -m bench [all|throughput|latency|blast|memory|restart|codec|judge] [--quick]``: run,
print a table, write ``bench/results.json``."""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from . import codec, judge, latency, memory, restart, throughput
from .harness import Bench

console = Console()


def _machine() -> str:
    cpus = os.cpu_count()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {cpus} cores, {mem:.0f} GiB, Python {platform.python_version()}"


_CHOICES = ("all", "throughput", "latency", "blast", "memory", "restart", "codec", "judge")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    # No ``choices=`` here: argparse checks a list default of a ``nargs="*"`` positional
    # against them as a whole and refuses the bare `python -m bench` (Python 3.11).
    parser.add_argument("which", nargs="*", help=f"any of {', '.join(_CHOICES)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller runs (a smoke test)")
    parser.add_argument(
        "--rates",
        default="200,5000",
        help="latency: decisions/s to sustain, comma-separated (default: one this machine's "
        "worker keeps up with, and the 5,000/s target)",
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="judge, throughput: also measure this other checkout (e.g. the previous commit, "
        "exported with git archive), alternating",
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args()
    which = set(args.which or ["all"])
    if unknown := which - set(_CHOICES):
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    run_all = "all" in which
    results: dict[str, object] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "quick": args.quick,
    }
    began = time.perf_counter()
    if run_all or "codec" in which:
        n = 300 if args.quick else 1_000
        console.print(f"[bold]codec[/]: {n:,} agents' states, compact against pydantic JSON ...")
        results["codec"] = codec.run(n)
        console.print(results["codec"])
    if run_all or "judge" in which:
        console.print("[bold]judge[/]: cost per decision and per agent state, offline ...")
        results["judge"] = judge.run(
            5_000 if args.quick else 20_000,
            rounds=3 if args.quick else 5,
            repeats=1 if args.quick else 3,
            against=args.against,
        )
        console.print(judge.table(results["judge"]))
    if run_all or "memory" in which:
        for n in (2_000,) if args.quick else (10_000, 100_000):
            console.print(f"[bold]memory[/]: {n:,} agents (offline judge) ...")
            results[f"memory_{n}"] = memory.run_isolated(n)
            console.print(results[f"memory_{n}"])
    if run_all or which & {"throughput", "latency", "blast", "restart"}:
        with Bench.start() as bench:
            if run_all or "throughput" in which:
                n = 5_000 if args.quick else 40_000
                console.print(
                    f"[bold]throughput[/]: {n:,} decisions, ceiling, Faust floors, pipeline ..."
                )
                results["throughput"] = throughput.run(bench, n, against=args.against)
                console.print(results["throughput"])
            if run_all or "latency" in which:
                seconds = 10 if args.quick else 30
                for rate in (float(r) for r in args.rates.split(",")):
                    console.print(f"[bold]latency[/]: {rate:.0f}/s for {seconds}s with attacks ...")
                    results[f"latency_{rate:.0f}"] = latency.run_load(bench, rate, seconds)
                    console.print(results[f"latency_{rate:.0f}"])
                if args.against is not None:
                    rate = float(args.rates.split(",")[0])
                    console.print(
                        f"[bold]latency, paired[/]: {rate:.0f}/s, against {args.against} ..."
                    )
                    results["latency_paired"] = latency.run_paired(
                        bench, rate, seconds, args.against
                    )
                    console.print(results["latency_paired"])
            if run_all or "blast" in which:
                console.print("[bold]blast radius[/]: one agent at 1,000 calls/s turns hostile ...")
                results["blast"] = latency.run_blast_radius(bench, 1000.0)
                console.print(results["blast"])
            if run_all or "restart" in which:
                n = 10_000 if args.quick else 100_000
                console.print(f"[bold]restart[/]: worker ready with {n:,} agents' state ...")
                results["restart"] = restart.run(bench, n)
                console.print(results["restart"])
    results["total_seconds"] = round(time.perf_counter() - began, 1)
    args.out.write_text(json.dumps(results, indent=1))
    _print_table(results)
    console.print(f"[dim]written to {args.out}[/]")


def _runs(ceiling: dict) -> str:
    runs = ceiling.get("runs_records_per_s") or {}
    shown = "; ".join(f"{loop} {' and '.join(f'{x:,}' for x in xs)}" for loop, xs in runs.items())
    return f", the highest of {shown}" if shown else ""


def _print_table(r: dict) -> None:
    t = Table(title=f"MissionGuard benchmarks ({r['machine']})")
    t.add_column("benchmark")
    t.add_column("measured")
    t.add_column("against")
    if "throughput" in r:
        ceiling, floor, decoded, one, two, *paired = r["throughput"]
        t.add_row(
            "Faust pass-through, no judging",
            f"{floor['records_per_s']:,} records/s",
            f"{floor['ratio_to_ceiling']:.0%} of raw pass-through: Faust's per-message "
            "consume and send",
        )
        t.add_row(
            "Faust consuming and decoding, no judging",
            f"{decoded['records_per_s']:,} records/s",
            f"{decoded['ratio_to_ceiling']:.0%} of raw pass-through: the worker without its "
            "judge, state table and outputs",
        )
        t.add_row(
            "pipeline throughput, 1 worker",
            f"{one['records_per_s']:,} records/s",
            f"{one['ratio_to_ceiling']:.0%} of raw pass-through "
            f"({ceiling['records_per_s']:,}/s{_runs(ceiling)}); target >= 50%",
        )
        t.add_row(
            "pipeline throughput, 2 workers",
            f"{two['records_per_s']:,} records/s",
            f"{two['ratio_to_one_worker']}x one worker (same 2-core machine as the broker)",
        )
        for p in paired:
            t.add_row(
                "pipeline throughput, 1 worker, paired",
                " / ".join(f"{x:,}" for x in p["records_per_s"]) + " records/s",
                f"{p['median_ratio']}x (median of {len(p['ratios'])} pairs) the checkout "
                f"{p['what'].split(' against ')[1].split(',')[0]}: "
                + " / ".join(f"{x:,}" for x in p["against_records_per_s"]),
            )
    rated = (k for k in r if k.startswith("latency_") and k != "latency_paired")
    for key in sorted(rated, key=lambda k: float(k[8:])):
        lat = r[key]
        c, e = lat["to_command"], lat["to_enforced"]
        t.add_row(
            f"decision -> revocation at {lat['target_rate']:,.0f}/s",
            f"p50 {c.get('p50_ms')} ms, p99 {c.get('p99_ms')} ms, max {c.get('max_ms')} ms",
            f"sent {lat['achieved_send_rate']:,}/s over {lat['agents']:,} agents; "
            "target p99 <= 50 ms at 5,000/s",
        )
        t.add_row(
            f"decision -> enforced at {lat['target_rate']:,.0f}/s",
            f"p50 {e.get('p50_ms')} ms, p99 {e.get('p99_ms')} ms",
            f"{lat['attacks_revoked']}/{lat['attacks']} injected attacks got a command",
        )
    if "latency_paired" in r:
        lp = r["latency_paired"]

        def runs(which: str) -> str:
            return " / ".join(f"{x['p50_ms']}, {x['p99_ms']}" for x in lp["to_command"][which])

        t.add_row(
            f"decision -> revocation at {lp['target_rate']:,.0f}/s, paired (p50, p99 ms)",
            runs("this"),
            f"the checkout {lp['against']}, alternating: {runs('against')}",
        )
    if "blast" in r:
        b = r["blast"]
        t.add_row(
            "blast radius",
            f"{b['hostile_calls_allowed']} hostile calls allowed",
            f"agent at {b['hostile_rate_per_s']:.0f}/s, refused after {b['ms_until_refused']} ms",
        )
    if "restart" in r:
        x = r["restart"]
        t.add_row(
            f"restart with {x['agents']:,} agents",
            f"ready in {x['ready_with_state_s']} s",
            f"{x['ready_empty_s']} s with no state; target <= 10 s",
        )
    if "codec" in r:
        c = r["codec"]
        new, old = c["compact"], c["pydantic"]
        t.add_row(
            "state write (encode)",
            f"{new['write_us']} µs ({new['write_cold_us']} µs mission not cached)",
            f"pydantic JSON {old['write_us']} µs ({c['write_speedup']}x)",
        )
        t.add_row(
            "state read (decode)",
            f"{new['read_us']} µs; {new['bytes_avg']:,} B avg",
            f"pydantic JSON {old['read_us']} µs ({c['read_speedup']}x); {old['bytes_avg']:,} B",
        )
        if "plain" in c:
            p = c["plain"]
            t.add_row(
                "state encoding deflated",
                f"write {new['write_us']} µs, read {new['read_us']} µs, {new['bytes_avg']:,} B",
                f"not deflated: write {p['write_us']} µs, read {p['read_us']} µs, "
                f"{p['bytes_avg']:,} B",
            )
    if "judge" in r:
        j = r["judge"]["current"]
        t.add_row(
            "judge cost (python -m bench judge)",
            f"{j['judge_us']} µs/decision",
            f"{j['judge_to_parse']}x pydantic parse of the decision ({j['parse_us']} µs)",
        )
    for key in sorted(k for k in r if k.startswith("memory_")):
        m = r[key]
        t.add_row(
            f"state per agent ({m['agents']:,} agents)",
            f"{m['state_bytes_avg']:,} B serialized; {m['worker_rss_bytes_per_agent']:,} B "
            "resident in the worker's stage",
            "target <= 4,096 B",
        )
        t.add_row(
            f"judge cost ({m['agents']:,} agents)",
            f"{m['judge_us_per_decision']} µs/decision",
            f"{m['judge_to_parse_ratio']}x pydantic parse of the decision "
            f"({m['parse_us_per_decision']} µs)",
        )
    console.print(t)


if __name__ == "__main__":
    main()
