"""Agent-state encoding: the compact format 1 (``models.codec``), as written (deflated) and
plain, against pydantic JSON (the format before it, still read), offline, on the same states
in the same run.

States are the simulator's suite fleet after its first 20,000 records (``memory.sample_states``).
Each round times, per state: writing both formats, then reading both; rounds alternate the
formats so drift on a shared machine hits both alike, and the best round counts (process CPU
time). The format-1 write is timed twice: as the worker mostly sees it (the agent's mission
already encoded once, an identity cache) and cold (the mission encoded again on every write).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

from missionguard.models import codec
from missionguard.models.state import AgentState

from .memory import sample_states

__all__ = ["run"]

_PLAIN = codec.StateCodec(AgentState)  # format 1 without deflating


def _per_item_us(fn: Callable[[Any], object], items: list[Any]) -> float:
    # CPU time of this process: time spent descheduled on a shared machine does not count.
    t0 = time.process_time()
    for item in items:
        fn(item)
    return (time.process_time() - t0) / len(items) * 1e6


def _cold_write(state: AgentState) -> bytes:
    codec._RECORDS._by_id.clear()  # the mission has to be encoded again
    return state.to_bytes()


def run(agents: int = 1000, rounds: int = 15) -> dict[str, object]:
    states = [AgentState.from_bytes(b) for b in sample_states(agents)]
    legacy = [s.to_legacy_bytes() for s in states]
    compact = [s.to_bytes() for s in states]
    plain = [_PLAIN.to_bytes(s) for s in states]  # format 1 not deflated, as before 0x02
    # The same states either way: format 1 read back gives the pydantic JSON of the original.
    pairs = zip(compact, legacy, strict=True)
    mismatched = sum(AgentState.from_bytes(b).to_legacy_bytes() != old for b, old in pairs)
    if mismatched:
        raise AssertionError(f"{mismatched} states do not round-trip through format 1")
    cases: dict[str, tuple[Callable[[Any], object], list[Any]]] = {
        "pydantic_write": (AgentState.to_legacy_bytes, states),
        "compact_write": (AgentState.to_bytes, states),
        "compact_write_cold": (_cold_write, states),
        "pydantic_read": (AgentState.from_bytes, legacy),
        "compact_read": (AgentState.from_bytes, compact),
        "plain_write": (_PLAIN.to_bytes, states),
        "plain_read": (AgentState.from_bytes, plain),
    }
    best = {name: float("inf") for name in cases}
    gc.collect()
    for _ in range(rounds):
        for name, (fn, items) in cases.items():
            best[name] = min(best[name], _per_item_us(fn, items))

    def avg(xs: list[bytes]) -> int:
        return round(sum(map(len, xs)) / len(xs))

    us = {k: round(v, 1) for k, v in best.items()}
    return {
        "states": len(states),
        "rounds": rounds,
        "pydantic": {
            "write_us": us["pydantic_write"],
            "read_us": us["pydantic_read"],
            "bytes_avg": avg(legacy),
            "bytes_max": max(map(len, legacy)),
        },
        "compact": {
            "write_us": us["compact_write"],
            "write_cold_us": us["compact_write_cold"],
            "read_us": us["compact_read"],
            "bytes_avg": avg(compact),
            "bytes_max": max(map(len, compact)),
        },
        "plain": {
            "write_us": us["plain_write"],
            "read_us": us["plain_read"],
            "bytes_avg": avg(plain),
            "bytes_max": max(map(len, plain)),
        },
        "write_speedup": round(us["pydantic_write"] / us["compact_write"], 1),
        "read_speedup": round(us["pydantic_read"] / us["compact_read"], 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
