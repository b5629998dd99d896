"""Arguments kept within the canonical record's bounds by cutting, not refusing.

:func:`bounded_arguments` copies a call's structured arguments inside
:data:`~pipeline.records.ARGUMENT_LIMITS`: the normalizers use it on every raw event (a real
audit event is never dead-lettered for being verbose), and the intake on a canonical
decision whose arguments pass a bound (``pipeline/records/decoding.py``): an agent writes
its own arguments, so padding one must not take its call away from the judge. A marker
(``_truncated``) says what was cut.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from .canonical import ARGUMENT_LIMITS

__all__ = ["CUT_STRING", "TRUNCATED_KEY", "bounded_arguments"]

#: The key :func:`bounded_arguments` adds when it had to cut: what was cut, counted.
TRUNCATED_KEY = "_truncated"
#: The characters of a string past the string bound that :func:`bounded_arguments` keeps.
CUT_STRING = min(ARGUMENT_LIMITS["string"], 4096)


class _Budget:
    """What may still be added without passing ARGUMENT_LIMITS (with the marker's room)."""

    def __init__(self, values: int, total: int, string: int, depth: int) -> None:
        self.values = values
        self.total = total
        self.string = string
        self.depth = depth
        self.cut: dict[str, int] = {}

    def note(self, what: str, count: int = 1) -> None:
        self.cut[what] = self.cut.get(what, 0) + count


_MAX_LIST_ITEMS = 100
# A lone surrogate in a Python string is no text: a JSON escape such as \ud800 that pairs with
# nothing, or an invalid UTF-8 byte kept by the surrogateescape handler. Nothing can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str, budget: _Budget) -> str:
    """``value`` with each lone surrogate replaced by U+FFFD, as a UTF-8 decoder replaces
    what it cannot read."""
    if _SURROGATE.search(value) is None:
        return value
    fixed, count = _SURROGATE.subn("\ufffd", value)
    budget.note("characters_replaced", count)
    return fixed


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _scalar(value: Any, budget: _Budget) -> tuple[Any, int] | None:
    """A JSON scalar and its cost (as the record's validator counts it), or ``None``."""
    if value is None or isinstance(value, bool):
        return value, 8
    if isinstance(value, int):
        return value, 8
    if isinstance(value, float):
        if not math.isfinite(value):
            budget.note("non_finite_numbers")
            return None, 8
        return value, 8
    if isinstance(value, str):
        value = _clean(value, budget)
        if len(value) > budget.string:
            budget.note("strings_cut")
            value = value[: budget.string]
        return value, len(value) + 2
    budget.note("non_json_values")
    text = str(value)[: budget.string]
    return text, len(text) + 2


def _copy(value: Any, depth: int, budget: _Budget) -> tuple[Any, bool]:
    """A bounded copy of ``value`` at nesting ``depth``; ``False`` when nothing fit."""
    if isinstance(value, Mapping | list | tuple):
        if depth >= budget.depth:
            # Past the depth bound the rest of the branch is kept as its JSON text.
            budget.note("levels_as_text")
            return _copy(_json_text(value), depth, budget)
        items = list(value.items()) if isinstance(value, Mapping) else list(enumerate(value))
        is_map = isinstance(value, Mapping)
        if not is_map and len(items) > _MAX_LIST_ITEMS:
            # One long list must not starve the members after it.
            budget.note("values_omitted", len(items) - _MAX_LIST_ITEMS)
            items = items[:_MAX_LIST_ITEMS]
        out_map: dict[str, Any] = {}
        out_list: list[Any] = []
        for index, (key, item) in enumerate(items):
            name = _clean(str(key), budget)[: budget.string] if is_map else ""
            cost = len(name) + 4 if is_map else 0
            if budget.values < 1 or budget.total < cost + 8:
                budget.note("values_omitted", len(items) - index)
                break
            budget.values -= 1
            budget.total -= cost
            child, fits = _copy(item, depth + 1, budget)
            if not fits:
                budget.values += 1
                budget.total += cost
                budget.note("values_omitted", len(items) - index)
                break
            if is_map:
                out_map[name] = child
            else:
                out_list.append(child)
        return (out_map if is_map else out_list), True
    found = _scalar(value, budget)
    if found is None:
        return None, False
    scalar, cost = found
    if cost > budget.total:
        if isinstance(scalar, str) and budget.total > 2 + 16:
            budget.note("strings_cut")
            scalar = scalar[: budget.total - 2]
            cost = len(scalar) + 2
        else:
            return None, False
    budget.total -= cost
    return scalar, True


def bounded_arguments(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """``arguments`` copied within :data:`~pipeline.records.ARGUMENT_LIMITS`, in order:
    strings past the string bound are cut, a container past the depth bound is kept as its
    JSON text, a list keeps its first 100 items, members past the value or size budget
    are left out; when anything was cut,
    ``_truncated`` counts what (``strings_cut``, ``levels_as_text``, ``values_omitted``,
    ``non_finite_numbers``, ``non_json_values``, ``characters_replaced``: lone surrogates,
    which no encoder can write, replaced by U+FFFD).
    ``None`` members are dropped. A real event is kept, not dead-lettered.

    >>> bounded_arguments({"bucketName": "b", "key": None, "acl": {"grants": []}})
    {'bucketName': 'b', 'acl': {'grants': []}}
    >>> cut = bounded_arguments({"list": list(range(5000))})
    >>> len(cut["list"]), cut["_truncated"]["values_omitted"]
    (100, 4900)
    """
    marker_room = 256  # the marker: one key, up to 7 counters
    budget = _Budget(
        values=ARGUMENT_LIMITS["values"] - 8,
        total=ARGUMENT_LIMITS["total"] - marker_room,
        string=CUT_STRING,
        depth=ARGUMENT_LIMITS["depth"],
    )
    present = {str(k): v for k, v in arguments.items() if v is not None}
    result, _ = _copy(present, 1, budget)
    if budget.cut:
        result[TRUNCATED_KEY] = dict(sorted(budget.cut.items()))
    return dict(result)
