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
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

__all__ = [
    "CountMinSketch",
    "RecentCounts",
    "RecentKeys",
    "RecentValues",
    "key_after",
    "key_of",
    "key_of_uncached",
    "key_prefix",
]

# Cells of recently counted keys, per sketch shape (width, depth), shared by all sketches of
# that shape and not part of any one's state: at most _CELLS_MAX keys each (the Judge's
# sketches have three shapes), so their memory is bounded whatever the traffic.
_CELLS: dict[tuple[int, int], dict[int, tuple[int, ...]]] = {}
_CELLS_MAX = 1 << 13
_INT = frozenset({int})


@lru_cache(maxsize=1 << 16)  # the same actions, kinds and values recur on every decision
def key_of(*parts: object) -> int:
    """A stable 32-bit key for a tuple of values.

    >>> key_of("cohort", "s3:GetObject") == key_of("cohort", "s3:GetObject")
    True
    """
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


#: :func:`key_of` without its cache, for keys made of an agent id and a value: one per agent
#: and value, they rarely recur across agents, and cached they would fill the cache with
#: entries that push out the shared values.
key_of_uncached = key_of.__wrapped__


def key_prefix(*parts: object) -> int:
    """The CRC of leading parts of a key, for :func:`key_after`: several keys that share their
    leading parts (an agent id and each of its values) then cost one short CRC each.

    >>> key_after(key_prefix("agent-1"), 42) == key_of_uncached("agent-1", 42)
    True
    """
    return zlib.crc32("".join([f"{p}\x1f" for p in parts]).encode())


def key_after(prefix: int, part: object) -> int:
    """``key_of(*parts, part)`` from ``key_prefix(*parts)`` (CRC-32 continues a prefix's)."""
    return zlib.crc32(str(part).encode(), prefix)


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
        self._cells = _CELLS.setdefault((width, depth), {})

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_cells"}  # shared: not state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._cells = _CELLS.setdefault((self.width, self.depth), {})

    def cells(self, key: int) -> tuple[int, ...]:
        """The table cells that count ``key``, one per row: double hashing, rows derived from
        one 32-bit key (Kirsch-Mitzenmacher). Kept in a cache shared by every sketch of the
        same shape, since the same keys recur on every decision."""
        found = self._cells.get(key)
        if found is None:
            if len(self._cells) >= _CELLS_MAX:
                self._cells.clear()  # bounded per process, whatever the number of keys
            w = self.width
            h2 = ((key >> 16) | (key << 16)) & 0xFFFFFFFF | 1
            found = tuple(row * w + (key + row * h2) % w for row in range(self.depth))
            self._cells[key] = found
        return found

    def add(self, key: int, count: int = 1) -> None:
        table = self.table
        for cell in self._cells.get(key) or self.cells(key):
            table[cell] += count
        self.total += count
        if self.total > self.decay_after:
            for i, value in enumerate(table):
                table[i] = value >> 1
            self.total >>= 1

    def remove(self, key: int, count: int = 1) -> None:
        """Undo ``add(key, count)`` (a turnstile update: what was added is taken back); no
        cell goes below zero, so after a decay it takes back at most what is left.

        >>> cms = CountMinSketch(width=64, depth=2)
        >>> cms.add(key_of("a"), 2); cms.remove(key_of("a")); cms.remove(key_of("b"))
        >>> cms.get(key_of("a")), cms.get(key_of("b"))
        (1, 0)
        """
        table = self.table
        for cell in self._cells.get(key) or self.cells(key):
            table[cell] -= min(count, table[cell])
        self.total = max(0, self.total - count)

    def add_all(self, keys: Iterable[int]) -> None:
        """``add(key)`` for each key, in order."""
        for key in keys:
            self.add(key)

    def get(self, key: int) -> int:
        cells = self._cells.get(key) or self.cells(key)
        table = self.table
        if len(cells) == 3:  # every sketch of the Judge: comparisons cost less than ``min``
            a, b, c = cells
            x, y, z = table[a], table[b], table[c]
            if y < x:
                x = y
            return z if z < x else x
        return min(map(table.__getitem__, cells))

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
    >>> rc.to_list()
    [4, 1, 2, 3, 1]
    >>> again = RecentCounts(capacity=2)
    >>> again.load(rc.to_list())
    >>> again.counts == rc.counts, again.total
    (True, 4)
    >>> again.load(["4", 1.0, "2", 3])  # not what JSON gives back: converted, as always
    >>> again.total, again.counts
    (4, {1: 2})
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

    def add_all(self, keys: Iterable[int]) -> None:
        """``add(key)`` for each key, in order (one call per decision, not one per key)."""
        counts, capacity = self.counts, self.capacity
        pop = counts.pop
        added = 0
        for key in keys:
            counts[key] = pop(key, 0) + 1
            added += 1
            if len(counts) > capacity:
                del counts[next(iter(counts))]
        self.total += added

    def get(self, key: int) -> int:
        return self.counts.get(key, 0)

    def __len__(self) -> int:
        return len(self.counts)

    def __contains__(self, key: int) -> bool:
        return key in self.counts

    def to_list(self) -> list[int]:
        """Flat ``[total, key, count, key, count, ...]``: the most compact JSON form."""
        counts = self.counts
        flat = [self.total] * (2 * len(counts) + 1)
        flat[1::2] = counts  # slice assignments: no Python-level loop over the items
        flat[2::2] = counts.values()
        return flat

    def load(self, flat: list[int]) -> None:
        self.total = int(flat[0]) if flat else 0
        # Pairs after the total; an unpaired last item (never written) is ignored. JSON gives
        # back ints, which need no conversion (the check costs a third of converting them).
        keys, counts = flat[1::2], flat[2::2]
        del keys[len(counts) :]
        if not set(map(type, flat)) <= _INT:
            keys, counts = list(map(int, keys)), list(map(int, counts))
        self.counts = dict(zip(keys, counts, strict=True))


class RecentValues(RecentCounts):
    """A value (an int) for each of at most ``capacity`` recently set keys: a bounded map, in
    :class:`RecentCounts`' list form (``total`` counts the sets).

    >>> rv = RecentValues(capacity=2)
    >>> rv.set(1, 10); rv.set(2, 20); rv.set(1, 11); rv.set(3, 30)
    >>> rv.get(1), rv.get(2), rv.get(3)
    (11, 0, 30)
    >>> again = RecentValues(capacity=2)
    >>> again.load(rv.to_list())
    >>> again.counts == rv.counts
    True
    """

    def set(self, key: int, value: int) -> None:
        counts = self.counts
        counts.pop(key, None)
        counts[key] = value
        self.total += 1
        if len(counts) > self.capacity:
            del counts[next(iter(counts))]


class RecentKeys:
    """:class:`RecentCounts` of 32-bit keys (``key_of``'s) in arrays: the same counts, order,
    eviction and list form, in about a third of the memory.

    A dict of ``capacity`` recently used keys costs its entries, its table (often twice as
    large as the entries need after keys move to the end) and one int object per key; this
    keeps each key in an open-addressing table of arrays (key, count, and how many times the
    key is in the log: 12 B a slot; linear probing, at most 3/4 full) and the order of use in
    a log of keys, from which the least recently used key is found. Lookups run in Python
    rather than in C; :meth:`touch` does the membership test and the count in one lookup, a
    little slower than the dict's two.

    >>> rk = RecentKeys(capacity=2)
    >>> [rk.touch(k) for k in (1, 2, 1, 3)]
    [False, False, True, False]
    >>> rk.get(1), rk.get(2), rk.get(3), len(rk), 2 in rk
    (2, 0, 1, 2, False)
    >>> rk.to_list()
    [4, 1, 2, 3, 1]
    >>> again = RecentKeys(capacity=2)
    >>> again.load(rk.to_list())
    >>> again.to_list() == rk.to_list()
    True
    """

    def __init__(self, capacity: int = 64) -> None:
        self.capacity = capacity
        self.total = 0
        self._reset(capacity)

    def _reset(self, entries: int) -> None:
        size = 8
        while size * 3 < entries * 4:  # at most 3/4 full
            size *= 2
        self._mask = size - 1
        self._keys = array("I", bytes(4 * size))
        self._counts = array("I", bytes(4 * size))  # "Q" once a count passes 32 bits
        self._pending = array("I", bytes(4 * size))  # occurrences in the log; 0: empty slot
        self._log = array("I")  # keys in order of use, oldest first; a key's last counts
        self._head = 0  # log entries before this one are spent
        self._len = 0

    def _slot(self, key: int) -> int:
        """The slot holding ``key``, or ``~slot`` of the empty slot where it would go."""
        keys, pending, mask = self._keys, self._pending, self._mask
        i = key & mask
        while pending[i]:
            if keys[i] == key:
                return i
            i = (i + 1) & mask
        return ~i

    def __contains__(self, key: int) -> bool:
        return 0 <= key <= 0xFFFFFFFF and self._slot(key) >= 0

    def __len__(self) -> int:
        return self._len

    def get(self, key: int) -> int:
        i = self._slot(key) if 0 <= key <= 0xFFFFFFFF else -1
        return self._counts[i] if i >= 0 else 0

    def touch(self, key: int) -> bool:
        """``add(key)``, as :meth:`RecentCounts.add` does; returns whether ``key`` was
        already there (what ``key in counts`` said before)."""
        keys, pending, mask = self._keys, self._pending, self._mask
        i = key & mask
        while pending[i]:
            if keys[i] == key:
                try:
                    self._counts[i] += 1
                except OverflowError:
                    self._counts = array("Q", self._counts)
                    self._counts[i] += 1
                pending[i] += 1
                self._log.append(key)
                self.total += 1
                if self._len > self.capacity:  # only after loading more than capacity
                    self._evict()
                if len(self._log) > 2 * self.capacity + 64:
                    self._compact()
                return True
            i = (i + 1) & mask
        keys[i] = key
        self._counts[i] = 1
        pending[i] = 1
        self._log.append(key)
        self._len += 1
        self.total += 1
        if self._len > self.capacity:
            self._evict()
        if len(self._log) > 2 * self.capacity + 64:
            self._compact()
        return False

    def _evict(self) -> None:
        """Drop the least recently used key: the first in the log with no later entry."""
        log, pending = self._log, self._pending
        while True:
            i = self._slot(log[self._head])
            self._head += 1
            if pending[i] > 1:
                pending[i] -= 1
                continue
            self._delete(i)
            return

    def _delete(self, i: int) -> None:
        """Empty slot ``i``, moving later keys of its probe run back (no tombstones)."""
        keys, counts, pending, mask = self._keys, self._counts, self._pending, self._mask
        j = i
        while True:
            pending[i] = 0
            while True:
                j = (j + 1) & mask
                if not pending[j]:
                    self._len -= 1
                    return
                home = keys[j] & mask
                # Movable to i unless its home slot is cyclically within (i, j].
                if (home <= i or home > j) if i <= j else (j < home <= i):
                    break
            keys[i], counts[i], pending[i] = keys[j], counts[j], pending[j]
            i = j

    def _order(self) -> list[int]:
        """The keys held, least recently used first (each key's last entry in the log)."""
        log = self._log
        seen: set[int] = set()
        order = []
        for n in range(len(log) - 1, self._head - 1, -1):
            key = log[n]
            if key not in seen:
                seen.add(key)
                order.append(key)
        order.reverse()
        return order

    def _compact(self) -> None:
        order = self._order()
        self._log = array("I", order)
        self._head = 0
        pending, slot = self._pending, self._slot
        for key in order:
            pending[slot(key)] = 1

    def to_list(self) -> list[int]:
        """Flat ``[total, key, count, key, count, ...]``, as :meth:`RecentCounts.to_list`."""
        counts, slot = self._counts, self._slot
        flat = [self.total]
        for key in self._order():
            flat += (key, counts[slot(key)])
        return flat

    def load(self, flat: list[int]) -> None:
        """As :meth:`RecentCounts.load` (keys beyond 32 bits or negative counts raise
        ``ValueError``)."""
        total = int(flat[0]) if flat else 0
        keys, counts = flat[1::2], flat[2::2]
        del keys[len(counts) :]
        if not set(map(type, flat)) <= _INT:
            keys, counts = list(map(int, keys)), list(map(int, counts))
        self._reset(max(self.capacity, len(keys)))
        self.total = total
        log = self._log
        try:
            for key, count in zip(keys, counts, strict=True):
                i = self._slot(key)
                if i < 0:  # a new key; a repeated one keeps its place, its last count holds
                    i = ~i
                    self._keys[i] = key
                    self._pending[i] = 1
                    log.append(key)
                    self._len += 1
                if count > 0xFFFFFFFF and self._counts.typecode == "I":
                    self._counts = array("Q", self._counts)
                self._counts[i] = count
        except OverflowError as exc:
            raise ValueError(f"recent keys: {exc}") from exc
