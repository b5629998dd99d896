"""Per-agent state: everything the judgement remembers about one agent, kept small.

One :class:`AgentState` per agent id lives in a Faust table (changelog-backed) in the
worker and in a plain dict in replay. It round-trips through :meth:`AgentState.to_bytes`
/ :meth:`AgentState.from_bytes` (the compact encoding of :mod:`models.codec`, which also
reads the pydantic JSON older versions wrote); every collection in it has a fixed cap, so
its size is bounded whatever the agent does.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator, WithJsonSchema

from missionguard.models.activity import ActivityWindow
from missionguard.models.codec import DEFLATED, FORMAT, StateCodec
from missionguard.models.detectors import (
    ConcurrentUse,
    Detector,
    Probing,
    SensitiveTarget,
    SequenceSurprise,
    ValueRarity,
    Velocity,
    VolumeDrift,
)
from missionguard.pipeline.records import MissionDeclaration

__all__ = ["AgentState", "RateWindow"]

MAX_CREDENTIALS = 8
MAX_REPOSITORIES = 16  # repositories an agent read from, most recent last


# RateWindow's fields, their defaults and the JSON types read for them (as the codec reads
# a pydantic model's fields: a float field takes an integer too).
_RATE_FIELDS = (("width_s", 60.0, (float, int)), ("start", 0.0, (float, int)),
                ("count", 0, (int,)), ("previous", 0, (int,)))  # fmt: skip
_RATE_NAMES = frozenset(name for name, _, _ in _RATE_FIELDS)


class RateWindow:
    """Sliding-window request counter (two fixed windows, the older one weighted):
    O(1) memory, within a few percent of an exact sliding count.

    >>> w = RateWindow()
    >>> [round(w.add(t), 1) for t in (0.0, 1.0, 2.0, 61.0)]
    [1.0, 2.0, 3.0, 3.9]
    >>> w.state_dict()
    {'start': 60.0, 'count': 1, 'previous': 3}
    >>> RateWindow().load_state_dict(w.state_dict()) == w
    True
    """

    # A plain class, not a pydantic model (as ActivityWindow): it changes on every decision,
    # and every agent held decoded carries one (a fraction of a model's size). Its
    # ``state_dict`` is what the codec wrote for the model: the fields that differ from their
    # defaults, in order, so the state's bytes are unchanged.
    __slots__ = ("width_s", "start", "count", "previous")

    def __init__(
        self, width_s: float = 60.0, start: float = 0.0, count: int = 0, previous: int = 0
    ) -> None:
        self.width_s = width_s
        self.start = start
        self.count = count
        self.previous = previous

    def __eq__(self, other: object) -> bool:
        if type(other) is not RateWindow:
            return NotImplemented
        return self.state_dict() == other.state_dict()

    def __repr__(self) -> str:
        return f"RateWindow({', '.join(f'{k}={v!r}' for k, v in self.state_dict().items())})"

    def state_dict(self) -> dict[str, Any]:
        out = {}
        for name, default, _ in _RATE_FIELDS:
            value = getattr(self, name)
            if value != default or type(value) is not type(default):
                out[name] = value
        return out

    def load_state_dict(self, state: dict[str, Any]) -> RateWindow:
        if not isinstance(state, dict) or not state.keys() <= _RATE_NAMES:
            raise ValueError(f"not a RateWindow state: {state!r}")
        for name, default, types in _RATE_FIELDS:
            value = state.get(name, default)
            if not isinstance(value, types):
                raise TypeError(f"RateWindow.{name}: {type(value).__name__} value")
            setattr(self, name, value)
        return self

    def add(self, t: float) -> float:
        """Count one event at epoch seconds ``t``; return the rate per window width."""
        if self.count == 0 and self.previous == 0:
            self.start = t
        elapsed = t - self.start
        if elapsed >= 2 * self.width_s:
            self.start, self.count, self.previous = t, 0, 0
        elif elapsed >= self.width_s:
            self.start, self.previous, self.count = self.start + self.width_s, self.count, 0
        self.count += 1
        into = max(0.0, min(1.0, (t - self.start) / self.width_s))
        return self.count + self.previous * (1.0 - into)


D = TypeVar("D", bound=Detector | ActivityWindow | RateWindow)


if TYPE_CHECKING:
    # What the type checker reads: a Stored[X] field holds an X (as Annotated[X, ...] does).
    Stored = Annotated[D, "stored as its state_dict"]
else:

    class Stored:
        """``Stored[X]``: the field type of :func:`_stored` (a class subscription, so the
        annotation is a type to a type checker, not a call)."""

        def __class_getitem__(cls, item: type[D]) -> Any:
            return _stored(item)


def _stored(cls: type[D]) -> Any:
    """A per-agent detector (or tracker) as a pydantic field, serialized as its compact
    ``state_dict``.

    The agent-level hyperparameters are the detector classes' defaults (sized for per-agent
    state), so only learned state is stored."""

    def load(value: Any) -> D:
        return value if isinstance(value, cls) else cls().load_state_dict(value)  # type: ignore[return-value]  # returns self: a D

    return Annotated[
        cls,
        PlainValidator(load),
        PlainSerializer(lambda d: d.state_dict(), return_type=Any),
        WithJsonSchema({"type": "object", "description": f"{cls.__name__} state"}),
    ]


class AgentState(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    agent_id: str
    mission: MissionDeclaration | None = None
    status: Literal["active", "throttled", "suspended", "revoked"] = "active"
    status_command_id: str | None = None
    decisions_seen: int = 0
    last_seen: datetime | None = None
    recent_event_ids: list[str] = Field(default_factory=list)
    credentials: list[str] = Field(default_factory=list)
    repositories_read: list[str] = Field(default_factory=list)
    # Other principals reached on a group task (DelegationScope.group_size + 1 at most).
    group_principals: list[str] = Field(default_factory=list)
    rate: Stored[RateWindow] = Field(default_factory=RateWindow)
    undeclared_alerted: bool = False
    leaked_after_revocation: int = 0
    # Behaviour (see models.judge): accumulated risk and the ladder step it reached.
    risk: float = 0.0
    risk_time: float = 0.0
    drift_risk: float = 0.0  # the same increments on a slow half-life (see DetectionConfig)
    drift_time: float = 0.0
    # Per episode detector (velocity, probing): the highest score that fed the risk and when,
    # so a finding that persists over a burst counts once, not once per call of the burst.
    velocity_peak: float = 0.0
    velocity_peak_t: float = 0.0
    probing_peak: float = 0.0
    probing_peak_t: float = 0.0
    volume_peak: float = 0.0
    volume_peak_t: float = 0.0
    ladder_step: int = 0
    # When the agent last sent where nothing explains (a destination finding of alert
    # level): a deletion soon after is that send's concealment (models.judge).
    unexplained_sent_at: float | None = None
    # The object the agent's last send where nothing explains made (the sent message, by
    # its typed target's container and name; any score) and when: deleting that very object
    # soon after is its concealment, whatever the send scored (models.judge).
    sent_trace: str | None = None
    sent_trace_at: float | None = None
    learned: int = 0
    prev_action: str | None = None
    window: Stored[ActivityWindow] = Field(default_factory=ActivityWindow)
    sequence: Stored[SequenceSurprise] = Field(default_factory=SequenceSurprise)
    rarity: Stored[ValueRarity] = Field(default_factory=ValueRarity)
    velocity: Stored[Velocity] = Field(default_factory=Velocity)
    probing: Stored[Probing] = Field(default_factory=Probing)
    concurrent: Stored[ConcurrentUse] = Field(default_factory=ConcurrentUse)
    sensitive: Stored[SensitiveTarget] = Field(default_factory=SensitiveTarget)
    volume: Stored[VolumeDrift] = Field(default_factory=VolumeDrift)

    def __init__(self, **data: Any) -> None:
        super().__init__(**data)
        object.__setattr__(self, "__dict__", _shared_dict(self.__dict__))
        share_fields_set(self)

    def __setattr__(self, name: str, value: Any) -> None:
        # The judge assigns fields on every decision: straight into ``__dict__``. Pydantic's
        # assignment (``validate_assignment`` is off anyway) also adds each name to
        # ``__pydantic_fields_set__``, which nothing here reads, growing that set for every
        # agent held decoded, and costs a handler call per assignment.
        if name in _FIELDS:
            self.__dict__[name] = value
        else:
            super().__setattr__(name, value)  # not a field: pydantic raises, as before

    def remember_event(self, event_id: str, keep: int) -> None:
        self.recent_event_ids.append(event_id)
        if len(self.recent_event_ids) > keep:
            del self.recent_event_ids[: len(self.recent_event_ids) - keep]

    def remember_credential(self, credential_id: str | None) -> None:
        if credential_id:
            _remember_recent(self.credentials, credential_id, MAX_CREDENTIALS)

    def remember_repository(self, repository: str) -> None:
        _remember_recent(self.repositories_read, repository, MAX_REPOSITORIES)

    def to_bytes(self) -> bytes:
        """The compact format-1 encoding (:mod:`models.codec`), deflated (first byte ``0x02``)."""
        return _CODEC.to_bytes(self)

    @classmethod
    def from_bytes(cls, data: bytes) -> AgentState:
        """Any format: format 1, deflated or not, or the pydantic JSON that versions before it wrote
        (:meth:`to_legacy_bytes`), so a changelog written by the previous version restores.
        Raises ``ValueError`` on anything else."""
        compact = data[:1] in _COMPACT
        state = _CODEC.from_bytes(data) if compact else cls.model_validate_json(data)
        object.__setattr__(state, "__dict__", _shared_dict(state.__dict__))
        share_fields_set(state)
        if state.mission is not None:
            share_fields_set(state.mission)
        return state

    def to_legacy_bytes(self) -> bytes:
        """The first format (pydantic JSON), as versions before format 1 wrote it: still read
        by :meth:`from_bytes`; written only by tests and the codec benchmark."""
        # Fields added after format 1 (``sensitive``, ``volume``) are left out while empty, as
        # then.
        empty = {"sensitive"} if not self.sensitive.state_dict() else set()
        if not self.volume.state_dict()["kinds"]:
            empty |= {"volume", "volume_peak", "volume_peak_t"}
        return self.model_dump_json(exclude_defaults=True, exclude=empty).encode()


def _remember_recent(items: list[str], value: str, keep: int) -> None:
    """``value`` moved (or added) to the end of ``items``, which keeps its ``keep`` last."""
    if value in items:
        items.remove(value)
    items.append(value)
    if len(items) > keep:
        del items[0]


_FIELD_ORDER = tuple(AgentState.model_fields)
_FIELDS = frozenset(_FIELD_ORDER)


class _Fields:
    """An empty holder: its instances' dicts share one table of AgentState's field names."""


def _shares_keys(names: tuple[str, ...]) -> bool:
    """Whether CPython keeps instance dicts with these keys key-sharing (3.11 and 3.12 share
    at most 29 keys per class; past that an instance dict is a plain one, and a larger one
    than a dict built directly)."""
    import sys

    probe = type("_Probe", (), {})
    held = [probe() for _ in range(2)]
    for obj in held:
        for name in names:
            setattr(obj, name, None)
    return sys.getsizeof(held[1].__dict__) < sys.getsizeof(dict.fromkeys(names))


_SHARED = _shares_keys(_FIELD_ORDER)


def _shared_dict(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (a state's fields) as compact as the interpreter allows, for every agent
    held decoded: the instance dict of a :class:`_Fields`, which CPython keeps key-sharing
    (smaller than a plain dict) while AgentState has at most 29 fields; with more (31 now) a
    plain dict in field order (the key-sharing holder would turn into a larger dict than
    that). It behaves as any dict; only memory differs (docs/performance.md, "Memory per
    agent")."""
    if not _SHARED:
        return {name: values[name] for name in _FIELD_ORDER}
    holder = _Fields()
    for name in _FIELD_ORDER:  # always in field order: one shared table
        setattr(holder, name, values[name])
    return holder.__dict__


#: Shared ``__pydantic_fields_set__`` sets, by content (see :func:`share_fields_set`).
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
_FIELDS_SETS_MAX = 1024


def share_fields_set(model: BaseModel) -> None:
    """Give ``model`` the one shared set equal to its ``__pydantic_fields_set__``.

    Pydantic keeps one such set per model object (the fields given when it was made; a
    decoded state's 20-odd names, a mission's too: docs/performance.md), and only reads it for
    ``model_dump(exclude_unset=True)`` and ``model_fields_set``. For what the decoded-state
    cache holds, AgentState and its (frozen) mission, nothing adds to it in place: AgentState
    assigns its fields without pydantic (``__setattr__``), a frozen record refuses
    assignment, and ``model_copy`` copies the set before changing it. Distinct sets are
    few (which optional fields are set); past ``_FIELDS_SETS_MAX`` a model keeps its own."""
    own = model.__pydantic_fields_set__
    key = frozenset(own)
    shared = _FIELDS_SETS.get(key)
    if shared is None:
        if len(_FIELDS_SETS) >= _FIELDS_SETS_MAX:
            return
        shared = _FIELDS_SETS[key] = set(key)
    object.__setattr__(model, "__pydantic_fields_set__", shared)


_CODEC = StateCodec(AgentState, deflate=True)
_COMPACT = (FORMAT, DEFLATED)
