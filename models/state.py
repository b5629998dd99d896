"""Per-agent state: everything the judgement remembers about one agent, kept small.

One :class:`AgentState` per agent id lives in a Faust table (changelog-backed) in the
worker and in a plain dict in replay. It round-trips through :meth:`AgentState.to_bytes`
/ :meth:`AgentState.from_bytes` (the compact encoding of :mod:`models.codec`, which also
reads the pydantic JSON older versions wrote); every collection in it has a fixed cap, so
its size is bounded whatever the agent does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator, WithJsonSchema

from pipeline.records import MissionDeclaration

from .activity import ActivityWindow
from .codec import FORMAT, StateCodec
from .detectors import ConcurrentUse, Detector, Probing, SequenceSurprise, ValueRarity, Velocity

__all__ = ["AgentState", "RateWindow"]

D = TypeVar("D", bound=Detector | ActivityWindow)


def _stored(cls: type[D]) -> Any:
    """A per-agent detector (or tracker) as a pydantic field, serialized as its compact
    ``state_dict``.

    The agent-level hyperparameters are the detector classes' defaults (sized for per-agent
    state), so only learned state is stored."""

    def load(value: Any) -> D:
        return value if isinstance(value, cls) else cls().load_state_dict(value)  # type: ignore[return-value]

    return Annotated[
        cls,
        PlainValidator(load),
        PlainSerializer(lambda d: d.state_dict(), return_type=Any),
        WithJsonSchema({"type": "object", "description": f"{cls.__name__} state"}),
    ]


MAX_CREDENTIALS = 8


class RateWindow(BaseModel):
    """Sliding-window request counter (two fixed windows, the older one weighted):
    O(1) memory, within a few percent of an exact sliding count.

    >>> w = RateWindow()
    >>> [round(w.add(t), 1) for t in (0.0, 1.0, 2.0, 61.0)]
    [1.0, 2.0, 3.0, 3.9]
    """

    model_config = ConfigDict(extra="forbid")
    width_s: float = 60.0
    start: float = 0.0
    count: int = 0
    previous: int = 0

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
    rate: RateWindow = Field(default_factory=RateWindow)
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
    ladder_step: int = 0
    learned: int = 0
    prev_action: str | None = None
    window: _stored(ActivityWindow) = Field(default_factory=ActivityWindow)
    sequence: _stored(SequenceSurprise) = Field(default_factory=SequenceSurprise)
    rarity: _stored(ValueRarity) = Field(default_factory=ValueRarity)
    velocity: _stored(Velocity) = Field(default_factory=Velocity)
    probing: _stored(Probing) = Field(default_factory=Probing)
    concurrent: _stored(ConcurrentUse) = Field(default_factory=ConcurrentUse)

    def remember_event(self, event_id: str, keep: int) -> None:
        self.recent_event_ids.append(event_id)
        if len(self.recent_event_ids) > keep:
            del self.recent_event_ids[: len(self.recent_event_ids) - keep]

    def remember_credential(self, credential_id: str | None) -> None:
        if not credential_id:
            return
        if credential_id in self.credentials:
            self.credentials.remove(credential_id)
        self.credentials.append(credential_id)
        if len(self.credentials) > MAX_CREDENTIALS:
            del self.credentials[0]

    def to_bytes(self) -> bytes:
        """The compact format-1 encoding (:mod:`models.codec`)."""
        return _CODEC.to_bytes(self)

    @classmethod
    def from_bytes(cls, data: bytes) -> AgentState:
        """Either format: format 1, or the pydantic JSON that versions before it wrote
        (:meth:`to_legacy_bytes`), so a changelog written by the previous version restores.
        Raises ``ValueError`` on anything else."""
        if data[:1] == FORMAT:
            return _CODEC.from_bytes(data)
        return cls.model_validate_json(data)

    def to_legacy_bytes(self) -> bytes:
        """The first format (pydantic JSON), as versions before format 1 wrote it: still read
        by :meth:`from_bytes`; written only by tests and the codec benchmark."""
        return self.model_dump_json(exclude_defaults=True).encode()


_CODEC = StateCodec(AgentState)
