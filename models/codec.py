"""Agent state on the wire: a compact, versioned byte encoding of pydantic state models.

:class:`~models.state.AgentState` is written once per agent per batch into the changelog-backed
table, so writing it sits on the worker's hot path (reading it only on a miss of the stage's
decoded-state cache). This codec writes a typical state 1.1-1.8x faster than pydantic's JSON
(the first format), mostly by not encoding the agent's mission again on every write, and
reads it about 10% slower; most of what remains is the detectors' own ``state_dict`` /
``load_state_dict`` (``python -m bench codec``). The layout:

``b"\\x01"`` (format 1) then one JSON object (orjson) of the fields that differ from their
defaults, by name, so a field added to the model later reads as its default from older bytes.
Bytes that start with ``{`` are the first format (pydantic JSON, written before format 1
existed) and are still read, by pydantic, so a changelog written by the previous version
restores. Each field is encoded by kind, decided once from the model's annotations:

* plain JSON values (``str``, ``int``, ``float``, ``bool``, ``None``, ``Literal``, lists and
  ``str``-keyed dicts of them): as they are, type-checked on reading;
* ``datetime``: ISO 8601 text (``fromisoformat`` reads it exactly, offset included; ``Z``
  for UTC);
* objects with ``state_dict()`` / ``load_state_dict()`` (detectors, the activity window):
  their state, whatever shape it has (dicts, lists, numbers, strings; see below);
* frozen pydantic records (the mission): their pydantic JSON, nested, encoded once per record
  object (a small identity cache: records are immutable, and a mission is written again with
  every write of its agent's state);
* other pydantic models: a nested object by the same rules;
* anything else: pydantic's own JSON form of the annotation (``TypeAdapter``).

JSON integers are 64-bit for orjson, while a ``state_dict`` may hold larger ones (the
activity window's 128-bit bitmap). A field holding such an integer is written *tagged*, its
name listed under the key ``"~"``: in it every integer beyond 64 bits becomes the string
``"\\x00<decimal>"`` and every string that starts with ``"\\x00"`` gets one more ``"\\x00"``,
so reading it back is unambiguous. Whether a field is tagged depends on its value only, so
equal states give equal bytes in every process.

Decoded models are built without validation (the bytes were written by this codec); each
field's kind is checked, and anything malformed raises ``ValueError``.
"""

from __future__ import annotations

import types
import zlib
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, Literal, TypeVar, Union, get_args, get_origin

import orjson
from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticUndefined, from_json

__all__ = ["DEFLATED", "FORMAT", "StateCodec", "tag_big_ints", "untag_big_ints"]

#: The first byte of format-1 bytes (pydantic JSON, the format before it, starts with ``{``).
FORMAT = b"\x01"
#: The first byte of deflated format-1 bytes: the same JSON object, zlib-compressed.
DEFLATED = b"\x02"
#: A deflated state that would inflate beyond this is refused (states are a few KB; the
#: changelog is read back on every restart and must not be able to exhaust memory).
MAX_INFLATED = 1 << 20
_TAGGED = "~"  # not a Python identifier, so never a field name
_OPTS = orjson.OPT_NON_STR_KEYS | orjson.OPT_UTC_Z  # int keys become strings, as in any JSON
_ZERO = timedelta(0)
_ABSENT = object()
_INT_MIN, _INT_MAX = -(1 << 63), (1 << 64) - 1  # what orjson writes and reads as integers

M = TypeVar("M", bound=BaseModel)


# -- integers beyond 64 bits ------------------------------------------------------------------
def tag_big_ints(value: Any) -> tuple[Any, bool]:
    """``value`` with integers beyond 64 bits as ``"\\x00<decimal>"`` (and strings starting
    with ``"\\x00"`` escaped), and whether any integer needed it. Tuples become lists, dict
    keys are left alone (JSON makes them strings anyway).

    >>> tag_big_ints({"b": [1 << 70, "\\x00x", 3]})
    ({'b': ['\\x001180591620717411303424', '\\x00\\x00x', 3]}, True)
    """
    kind = type(value)
    if kind is list or kind is tuple:
        found = False
        items = []
        for v in value:
            kind = type(v)
            if kind is float or v is None or kind is bool:
                items.append(v)  # the common case, inline: this runs on every state write
            elif kind is int and _INT_MIN <= v <= _INT_MAX:
                items.append(v)
            else:
                t, f = tag_big_ints(v)
                items.append(t)
                found = found or f
        return items, found
    if isinstance(value, dict):
        found = False
        out = {}
        for k, v in value.items():
            out[k], f = tag_big_ints(v)
            found = found or f
        return out, found
    if isinstance(value, list | tuple):
        return tag_big_ints(list(value))
    if isinstance(value, str):
        return ("\x00" + value if value.startswith("\x00") else value), False
    if isinstance(value, int) and not isinstance(value, bool):
        if value < _INT_MIN or value > _INT_MAX:
            return "\x00" + str(value), True
    return value, False


def untag_big_ints(value: Any) -> Any:
    """The inverse of :func:`tag_big_ints` (on its JSON-decoded output).

    >>> untag_big_ints(["\\x001180591620717411303424", "\\x00\\x00x", 3]) == [1 << 70, "\\x00x", 3]
    True
    """
    kind = type(value)
    if kind is list:
        return [
            v if (k := type(v)) is int or k is float or v is None else untag_big_ints(v)
            for v in value
        ]
    if kind is dict:
        return {k: untag_big_ints(v) for k, v in value.items()}
    if kind is str and value.startswith("\x00"):
        return value[1:] if value.startswith("\x00\x00") else int(value[1:])
    return value


# -- field kinds ------------------------------------------------------------------------------
_NONE = type(None)
_SCALARS = {str: (str,), int: (int,), float: (float, int), bool: (bool,), _NONE: (_NONE,)}


def _plain_types(annotation: Any) -> tuple[type, ...] | None:
    """The Python types a JSON-native annotation admits at top level, else ``None``."""
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal and all(isinstance(a, str | int | bool | _NONE) for a in args):
        return tuple({type(a) for a in args})
    if origin in (Union, types.UnionType):
        found: tuple[type, ...] = ()
        for a in args:
            sub = _plain_types(a)
            if sub is None:
                return None
            found += sub
        return found
    if origin is list and len(args) == 1 and _plain_types(args[0]) is not None:
        return (list,)
    if origin is dict and args and args[0] is str and _plain_types(args[1]) is not None:
        return (dict,)
    return None


def _without_none(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not _NONE]
        if len(args) == 1:
            return args[0], True
    return annotation, False


class _Field:
    """How one model field is written and read."""

    __slots__ = ("name", "kind", "types", "exact", "optional", "cls", "nested", "adapter",
                 "default", "factory", "empty", "read", "fill")  # fmt: skip

    def __init__(self, name: str, info: Any) -> None:
        self.name = name
        self.factory = info.default_factory
        self.default = info.default
        self.empty: Any = None  # the encoded form of the default (fields then omitted)
        annotation = info.annotation
        self.types = _plain_types(annotation)
        inner, self.optional = _without_none(annotation)
        self.cls = inner if isinstance(inner, type) else None
        self.nested: StateCodec[Any] | None = None
        self.adapter: TypeAdapter[Any] | None = None
        if self.types is not None:
            self.kind = "plain"
            self.empty = self.factory() if self.factory is not None else self.default
        elif inner is datetime:
            self.kind = "time"
        elif (
            self.cls is not None
            and hasattr(inner, "state_dict")
            and hasattr(inner, "load_state_dict")
        ):
            self.kind = "stored"
            if self.factory is not None:
                self.empty = self.factory().state_dict()
        elif self.cls is not None and issubclass(inner, BaseModel):
            if inner.model_config.get("frozen"):
                self.kind = "record"
            else:
                self.kind = "model"
                self.nested = StateCodec(inner)
                self.empty = {}
        else:
            self.kind = "pydantic"
            self.adapter = TypeAdapter(annotation)
        self.exact = frozenset(self.types or ())
        self.read = self._reader()
        self.fill = self._filler()

    def _reader(self) -> Callable[[Any], Any] | None:
        """How a non-null JSON value of this field becomes its Python value (``None``: it is
        one, after a type check)."""
        cls, kind = self.cls, self.kind
        if kind == "plain":
            return None
        if kind == "stored":
            return lambda value: cls().load_state_dict(value)  # type: ignore[misc]  # kind "stored": cls is set
        if kind == "time":
            return datetime.fromisoformat
        if kind == "record":
            return cls.model_validate  # type: ignore[union-attr]  # kind "record": cls is a model
        if kind == "model":
            return self.nested.from_dict  # type: ignore[union-attr]  # kind "model": nested is set
        return self.adapter.validate_python  # type: ignore[union-attr]  # kind "pydantic": adapter is set

    def _filler(self) -> Callable[[], Any] | None:
        """What makes the value of an absent field (``None``: the default, immutable)."""
        default = self.default
        if self.factory is not None:
            return self.factory
        if default is PydanticUndefined:

            def required() -> Any:
                raise ValueError(f"state has no {self.name!r}")

            return required
        if isinstance(default, list | dict | set):
            return default.copy  # never share a mutable default between states
        return None


class _RecordCache:
    """pydantic JSON of the most recently written frozen records, by object identity, as
    orjson fragments (embedded as they are). An entry holds its record, so its identity
    cannot be taken by another object while the entry lives."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._by_id: OrderedDict[int, tuple[BaseModel, orjson.Fragment]] = OrderedDict()

    def fragment(self, record: BaseModel) -> orjson.Fragment:
        key = id(record)
        hit = self._by_id.get(key)
        if hit is not None and hit[0] is record:
            self._by_id.move_to_end(key)
            return hit[1]
        fragment = orjson.Fragment(record.model_dump_json(exclude_defaults=True))
        self._by_id[key] = (record, fragment)
        if len(self._by_id) > self.size:
            self._by_id.popitem(last=False)
        return fragment


_RECORDS = _RecordCache()


def _inflate(data: bytes) -> bytes:
    """zlib data, inflated to at most ``MAX_INFLATED`` bytes; ``ValueError`` otherwise."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_INFLATED)
    except zlib.error as exc:
        raise ValueError(f"deflated state: {exc}") from exc
    if inflater.unconsumed_tail:
        raise ValueError(f"deflated state inflates beyond {MAX_INFLATED} bytes")
    if not inflater.eof:
        raise ValueError("deflated state is truncated")
    return out


class StateCodec(Generic[M]):
    """Format-1 encoder and decoder for one pydantic model class (see the module docstring).

    >>> class Window(BaseModel):
    ...     width_s: float = 60.0
    ...     start: float = 0.0
    ...     count: int = 0
    >>> codec = StateCodec(Window)
    >>> data = codec.to_bytes(Window(start=1.5, count=2))
    >>> data
    b'\\x01{"start":1.5,"count":2}'
    >>> codec.from_bytes(data) == Window(start=1.5, count=2)
    True
    """

    def __init__(self, cls: type[M], *, deflate: bool = False) -> None:
        self.cls = cls
        # Deflated (first byte ``DEFLATED``): the same JSON, zlib level 1 (about half the
        # bytes for an agent state, for a few tens of microseconds per write).
        self.deflate = deflate
        self.fields = [_Field(name, info) for name, info in cls.model_fields.items()]
        self._names = frozenset(f.name for f in self.fields)
        # Fields that held integers beyond 64 bits before: tagged first, so the common case
        # is one orjson call. Only a speed hint: whether a field is tagged depends on its value.
        self._tag_first: set[str] = set()
        # Built without validation, as ``model_construct`` does, unless the model needs more.
        self._direct = not cls.__private_attributes__ and not cls.__pydantic_post_init__

    # -- writing ------------------------------------------------------------------------------
    def to_bytes(self, obj: M) -> bytes:
        if self.deflate:
            return DEFLATED + zlib.compress(self._dump(self.to_dict(obj)), 1)
        return FORMAT + self._dump(self.to_dict(obj))

    def to_dict(self, obj: M) -> dict[str, Any]:
        values = obj.__dict__
        out: dict[str, Any] = {}
        for f in self.fields:
            value = values[f.name]
            kind = f.kind
            if kind == "plain":
                if value is f.empty or (value == f.empty and type(value) is type(f.empty)):
                    continue
            elif value is None:
                if f.default is None:
                    continue
            elif kind == "stored":
                value = value.state_dict()
                if value == f.empty:
                    continue
            elif kind == "time":
                # orjson writes naive and UTC times (UTC as "Z"), faster than ``isoformat``.
                if value.tzinfo is not None and value.tzinfo is not UTC:
                    if value.utcoffset() == _ZERO:  # pydantic's TzInfo(0), say: the same instant
                        value = value.replace(tzinfo=UTC)
                    else:
                        value = value.isoformat()
            elif kind == "record":
                value = _RECORDS.fragment(value)
            elif kind == "model":
                value = f.nested.to_dict(value)  # type: ignore[union-attr]  # kind "model": nested is set
                if not value:
                    continue
            else:
                value = f.adapter.dump_python(value, mode="json")  # type: ignore[union-attr]  # kind "pydantic": adapter is set
            out[f.name] = value
        return out

    def _dump(self, out: dict[str, Any]) -> bytes:
        tagged = []
        for name in self._tag_first.intersection(out):
            value, found = tag_big_ints(out[name])
            if found:
                out[name] = value
                tagged.append(name)
        if tagged:
            out[_TAGGED] = self._in_order(tagged)
        try:
            return orjson.dumps(out, option=_OPTS)
        except TypeError:
            pass
        for name, value in list(out.items()):
            if name == _TAGGED or name in tagged:
                continue
            value, found = tag_big_ints(value)
            if found:
                out[name] = value
                tagged.append(name)
                self._tag_first.add(name)
        out.pop(_TAGGED, None)
        if tagged:
            out[_TAGGED] = self._in_order(tagged)
        return orjson.dumps(out, option=_OPTS)  # a TypeError now: not JSON-able at all

    def _in_order(self, names: list[str]) -> list[str]:
        return [f.name for f in self.fields if f.name in names]

    # -- reading ------------------------------------------------------------------------------
    def from_bytes(self, data: bytes) -> M:
        """Format-1 bytes, deflated or not (whichever this codec writes)."""
        first = data[:1]
        if first == DEFLATED:
            body = _inflate(data[1:])
        elif first == FORMAT:
            body = data[1:]
        else:
            raise ValueError(f"not a format-1 state (first byte {first!r})")
        doc = from_json(body)
        if not isinstance(doc, dict):
            raise ValueError("format-1 state is not a JSON object")
        return self.from_dict(doc)

    def from_dict(self, doc: dict[str, Any]) -> M:
        tagged = doc.pop(_TAGGED, [])
        if not isinstance(tagged, list):
            raise ValueError(f"{self.cls.__name__}: malformed list of tagged fields")
        for name in tagged:
            if name in doc:
                doc[name] = untag_big_ints(doc[name])
        if not doc.keys() <= self._names:
            unknown = sorted(doc.keys() - self._names)
            raise ValueError(f"{self.cls.__name__} has no field(s) {unknown}")
        values: dict[str, Any] = {}
        f = None
        try:
            for f in self.fields:
                value = doc.get(f.name, _ABSENT)
                if value is _ABSENT:
                    value = f.default if f.fill is None else f.fill()
                elif f.read is None:  # plain: checked, exact types first (cheaper)
                    if type(value) not in f.exact:
                        if not isinstance(value, f.types):  # type: ignore[arg-type]  # read is None: "plain", types set
                            raise TypeError(f"{type(value).__name__} value")
                elif value is not None or not f.optional:
                    value = f.read(value)
                values[f.name] = value
        except (TypeError, KeyError, IndexError, AttributeError, ValueError) as exc:
            raise ValueError(f"{self.cls.__name__}.{f.name if f else '?'}: {exc}") from exc
        return self._construct(values, doc.keys())

    def _construct(self, values: dict[str, Any], given: Any) -> M:
        if not self._direct:
            return self.cls.model_construct(_fields_set=set(given), **values)
        # What ``model_construct`` does for a model without private attributes or
        # ``model_post_init``, without its per-field bookkeeping (a third of a decode).
        obj = self.cls.__new__(self.cls)
        setattr_ = object.__setattr__
        setattr_(obj, "__dict__", values)
        setattr_(obj, "__pydantic_fields_set__", set(given))
        setattr_(obj, "__pydantic_extra__", None)
        setattr_(obj, "__pydantic_private__", None)
        return obj
