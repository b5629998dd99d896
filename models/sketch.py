"""Bounded-memory counting: what detectors use instead of unbounded sets and dicts.

* :func:`key_of` turns any value into a stable 32-bit key (CRC-32, the same in every process:
  Python's own ``hash`` of a string changes with ``PYTHONHASHSEED``, which would break replay).
* :class:`CountMinSketch` counts an unbounded set of keys in a fixed table (cohort level).
* :class:`RecentCounts` keeps exact counts for the most recently used keys only (agent level:
  small, JSON-friendly, and its eviction order is deterministic).
"""

from __future__ import annotations

import base64
import zlib
from array import array
from functools import lru_cache
from typing import Any

__all__ = ["CountMinSketch", "RecentCounts", "key_of"]


@lru_cache(maxsize=1 << 16)  # the same actions, kinds and values recur on every decision
def key_of(*parts: object) -> int:
    """A stable 32-bit key for a tuple of values.

    >>> key_of("cohort", "s3:GetObject") == key_of("cohort", "s3:GetObject")
    True
    """
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


class CountMinSketch:
    """Approximate counts of keys in ``width * depth`` integers; never undercounts.

    Counts are halved once the total passes ``decay_after`` so old behaviour fades and the
    counters never overflow.

    >>> cms = CountMinSketch(width=64, depth=2)
    >>> for _ in range(3):
    ...     cms.add(key_of("a"))
    >>> cms.get(key_of("a")), cms.get(key_of("b")), cms.total
    (3, 0, 3)
    """

    def __init__(self, width: int = 2048, depth: int = 3, decay_after: int = 1_000_000) -> None:
        self.width = width
        self.depth = depth
        self.decay_after = decay_after
        self.total = 0
        self.table = array("I", bytes(4 * width * depth))

    def add(self, key: int, count: int = 1) -> None:
        # Double hashing: rows derived from one 32-bit key (Kirsch-Mitzenmacher); written
        # out inline because this runs several times per decision.
        w, table = self.width, self.table
        h2 = ((key >> 16) | (key << 16)) & 0xFFFFFFFF | 1
        for row in range(self.depth):
            table[row * w + (key + row * h2) % w] += count
        self.total += count
        if self.total > self.decay_after:
            for i, value in enumerate(table):
                table[i] = value >> 1
            self.total >>= 1

    def get(self, key: int) -> int:
        w, table = self.width, self.table
        h2 = ((key >> 16) | (key << 16)) & 0xFFFFFFFF | 1
        best = table[key % w]
        for row in range(1, self.depth):
            value = table[row * w + (key + row * h2) % w]
            if value < best:
                best = value
        return best

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "table": base64.b64encode(self.table.tobytes()).decode()}

    def load(self, data: dict[str, Any]) -> None:
        table = array("I", base64.b64decode(data["table"]))
        if len(table) != self.width * self.depth:
            raise ValueError(
                f"count-min sketch table has {len(table)} cells, expected {self.width * self.depth}"
            )
        self.table, self.total = table, int(data["total"])


class RecentCounts:
    """Exact counts for at most ``capacity`` keys; the least recently seen key is dropped.

    >>> rc = RecentCounts(capacity=2)
    >>> for k in (1, 2, 1, 3):
    ...     rc.add(k)
    >>> rc.get(1), rc.get(2), rc.get(3), len(rc)
    (2, 0, 1, 2)
    """

    def __init__(self, capacity: int = 64) -> None:
        self.capacity = capacity
        self.counts: dict[int, int] = {}
        self.total = 0

    def add(self, key: int, count: int = 1) -> None:
        counts = self.counts
        counts[key] = counts.pop(key, 0) + count
        self.total += count
        if len(counts) > self.capacity:
            del counts[next(iter(counts))]

    def get(self, key: int) -> int:
        return self.counts.get(key, 0)

    def __len__(self) -> int:
        return len(self.counts)

    def __contains__(self, key: int) -> bool:
        return key in self.counts

    def to_list(self) -> list[int]:
        """Flat ``[total, key, count, key, count, ...]``: the most compact JSON form."""
        flat = [self.total]
        for key, count in self.counts.items():
            flat += (key, count)
        return flat

    def load(self, flat: list[int]) -> None:
        self.total = int(flat[0]) if flat else 0
        self.counts = {int(flat[i]): int(flat[i + 1]) for i in range(1, len(flat) - 1, 2)}
