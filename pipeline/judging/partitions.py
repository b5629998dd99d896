"""What the judgement of one input partition depends on besides its agents' states, and its
snapshot in the agent-state changelog.

Each input partition ``p`` (decisions, missions and feedback share partition numbers, keyed
by agent id) is judged with its own :class:`PartitionScope`: its own cohort models, guard
rail, stream time and sweep bookkeeping, learned only from the records of partition ``p``.
The judgement of ``p`` is then a function of ``p``'s record order alone, whichever worker
owns it and however partitions interleave, so offline replay (which splits a file the same
way) equals live with any partition count, across restarts. The cost: a cohort model learns
from the agents of its partition only, about ``1/P`` of the cohort (docs/architecture.md,
"Partitions and restarts").

The worker writes one snapshot per partition it changed (key :func:`snapshot_key`, routed
to changelog partition ``p``) after the agent states of the records it covers: the scope
and, per input topic, the offset of the last record applied. On restore the changelog is
applied up to each partition's last snapshot (``pipeline/runtime/state_store.py``); records
at or before a snapshot's offsets are skipped as already judged.
"""

from __future__ import annotations

import json
import zlib
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from missionguard.models.cohort import CohortBook
from missionguard.pipeline.control.guard import RevocationGuard, _CohortWatch

__all__ = [
    "SNAPSHOT_PREFIX",
    "PartitionScope",
    "decode_snapshot",
    "encode_snapshot",
    "snapshot_key",
    "snapshot_partition",
]

SNAPSHOT_PREFIX = "\x00partition:"  # ids never hold control characters: no agent has it
_MAGIC = b"MGP1"  # format 1, zlib-deflated JSON


def snapshot_key(partition: int) -> str:
    """The agent-state table key of partition ``partition``'s snapshot.

    >>> snapshot_key(3) == SNAPSHOT_PREFIX + "3", snapshot_partition(snapshot_key(3))
    (True, 3)
    """
    return f"{SNAPSHOT_PREFIX}{partition}"


def snapshot_partition(key: str) -> int | None:
    """The partition whose snapshot ``key`` is, or ``None`` for an agent's key."""
    if not key.startswith(SNAPSHOT_PREFIX):
        return None
    try:
        return int(key[len(SNAPSHOT_PREFIX) :])
    except ValueError:
        return None


@dataclass(slots=True)
class PartitionScope:
    """The process state that the judgement of one input partition depends on."""

    cohorts: CohortBook
    guard: RevocationGuard | None
    stream_time: datetime | None = None  # latest event time judged (mission key retirement)
    next_sweep: float | None = None  # event time of the next sweep of idle agents
    last_seen: dict[str, float] = field(default_factory=dict)  # agent -> last record's time
    applied: dict[str, int] = field(default_factory=dict)  # input topic -> last offset applied
    changed: bool = False  # since its last snapshot
    written: bytes | None = None  # the snapshot this scope was loaded from or last wrote


def encode_snapshot(scope: PartitionScope) -> bytes:
    """Deterministic bytes of ``scope`` (zlib-deflated JSON: cohort sketches compress well,
    and a record must stay under the broker's message size)."""
    state = {
        "applied": scope.applied,
        "cohorts": scope.cohorts.state_dict(),
        "guard": _guard_state(scope.guard),
        "last_seen": scope.last_seen,
        "next_sweep": scope.next_sweep,
        "stream_time": scope.stream_time.isoformat() if scope.stream_time else None,
    }
    body = json.dumps(state, separators=(",", ":"), sort_keys=True).encode()
    return _MAGIC + zlib.compress(body, 1)


def decode_snapshot(data: bytes, scope: PartitionScope) -> PartitionScope:
    """Load ``data`` (from :func:`encode_snapshot`) into ``scope``, whose cohort book and
    guard carry the settings; raises ``ValueError`` if unreadable."""
    if not data.startswith(_MAGIC):
        raise ValueError("partition snapshot: unknown format")
    try:
        state = json.loads(zlib.decompress(data[len(_MAGIC) :]))
        scope.cohorts.load_state_dict(state["cohorts"])
        if scope.guard is not None:
            _load_guard(scope.guard, state["guard"])
        t = state["stream_time"]
        scope.stream_time = datetime.fromisoformat(t) if t else None
        scope.next_sweep = state["next_sweep"]
        scope.last_seen = {str(k): float(v) for k, v in state["last_seen"].items()}
        scope.applied = {str(k): int(v) for k, v in state["applied"].items()}
    except (zlib.error, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"partition snapshot: unreadable ({type(exc).__name__}: {exc})") from exc
    scope.changed, scope.written = False, data
    return scope


# The guard rail's state (pipeline/control/guard.py keeps it private; read here so that the
# snapshot holds it without changing the guard).
def _guard_state(guard: RevocationGuard | None) -> dict[str, Any]:
    if guard is None:
        return {}
    return {
        name: {
            "passed": [t.isoformat() for t in watch.passed],
            "alert_only_until": watch.alert_only_until.isoformat()
            if watch.alert_only_until
            else None,
            "trips": watch.trips,
        }
        for name, watch in sorted(guard._cohorts.items())
    }


def _load_guard(guard: RevocationGuard, state: dict[str, Any]) -> None:
    cohorts = {}
    for name, w in state.items():
        until = w["alert_only_until"]
        cohorts[str(name)] = _CohortWatch(
            passed=deque(datetime.fromisoformat(t) for t in w["passed"]),
            alert_only_until=datetime.fromisoformat(until) if until else None,
            trips=int(w["trips"]),
        )
    guard._cohorts = cohorts
