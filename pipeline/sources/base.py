"""The normalizer contract: raw bytes in, canonical decisions (or a reason) out.

A :class:`Normalizer` is a pure function of one decoded JSON object: no clock, no I/O, no
state, so the same code runs offline (files, tests, notebooks) and inside a Faust agent.
It returns a list of :class:`~pipeline.records.AuthorizationDecision` (empty = skipped on
purpose: a human when humans are not watched, a non-authorization event) or raises
:class:`NormalizationError` naming the field it could not use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from missionguard.pipeline.records import AuthorizationDecision, DeadLetter

__all__ = [
    "NormalizationError",
    "NormalizeOutcome",
    "Normalizer",
    "Origin",
    "RawRecord",
]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a raw record came from: a file line (and record index inside a multi-record
    document such as a CloudTrail ``{"Records": [...]}`` file) or a Kafka position.

    >>> str(Origin(path="ct.json", line=1, index=3))
    'ct.json:1[3]'
    >>> str(Origin(topic="iam.raw", partition=2, offset=41))
    'iam.raw/2@41'
    >>> str(Origin(topic="iam.raw", partition=2, offset=41, index=7))  # inside an envelope
    'iam.raw/2@41[7]'
    """

    path: str | None = None
    line: int | None = None
    index: int | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None

    def __str__(self) -> str:
        if self.topic is not None:
            at = f"{self.topic}/{self.partition}@{self.offset}"
            return at if self.index is None else f"{at}[{self.index}]"
        text = self.path or "<input>"
        if self.line is not None:
            text += f":{self.line}"
        if self.index is not None:
            text += f"[{self.index}]"
        return text


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One raw IAM log record exactly as read, with its origin (for dead letters)."""

    payload: bytes
    origin: Origin


class NormalizationError(ValueError):
    """A raw record a normalizer cannot turn into a decision, naming source and field."""

    def __init__(self, source: str, field: str, reason: str, origin: Origin | str | None = None):
        self.source = source
        self.field = field
        self.reason = reason
        self.origin = origin
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f" at {self.origin}" if self.origin is not None else ""
        return f"{self.source}: field {self.field!r}: {self.reason}{where}"


@runtime_checkable
class Normalizer(Protocol):
    """Turns one decoded raw event of its source into canonical decisions."""

    name: str

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]: ...


@dataclass(slots=True)
class NormalizeOutcome:
    """What became of one raw record: decisions, a dead letter, or skipped on purpose. A
    delivery envelope (:mod:`.envelopes`: a CloudTrail file, a webhook batch) is judged
    record by record, so its outcome may hold decisions and dead letters both."""

    decisions: list[AuthorizationDecision] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)

    @property
    def dead_letter(self) -> DeadLetter | None:
        """The first dead letter, if any."""
        return self.dead_letters[0] if self.dead_letters else None

    @property
    def kind(self) -> Literal["normalized", "skipped", "dead_letter"]:
        """``normalized`` when anything became a decision; else ``dead_letter`` when
        anything was dead-lettered; else ``skipped``."""
        if self.decisions:
            return "normalized"
        return "dead_letter" if self.dead_letters else "skipped"
