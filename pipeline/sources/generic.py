"""Declarative normalizers for sources without code: a YAML mapping in ``config/sources/``.

A mapping names, for each canonical field, where the value is (``field``, a dotted path;
``fields``, the first non-empty of several; ``const``; or ``template``, with
``{path|fallback}`` placeholders), the rules that decide allow/deny, the conditions that
skip an event or mark its actor as a person, and (for CSV) the column names. Example:
``config/sources/gcp_audit.yaml``.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from missionguard.pipeline.records import AuthorizationDecision
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    first_present,
    parse_time,
    text,
)

__all__ = [
    "Condition",
    "DecisionRule",
    "FieldSpec",
    "GenericMapping",
    "GenericNormalizer",
    "load_mapping",
]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FieldSpec(_Spec):
    field: str | None = None
    fields: tuple[str, ...] = ()
    const: str | None = None
    template: str | None = None
    # Applied to the value: the first group (or the whole match) is kept; no match, nothing.
    regex: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> FieldSpec:
        given = [self.field, self.fields or None, self.const, self.template]
        if sum(v is not None for v in given) != 1:
            raise ValueError("give exactly one of field, fields, const, template")
        return self

    def raw(self, obj: Mapping[str, Any]) -> Any:
        if self.field is not None:
            return first_present(obj, (self.field,))
        if self.fields:
            return first_present(obj, self.fields)
        if self.const is not None:
            return self.const
        found = False

        def fill(match: re.Match[str]) -> str:
            nonlocal found
            value = text(first_present(obj, match.group(1).split("|")))
            found = found or value is not None
            return value or ""

        # A template whose placeholders are all empty yields nothing, not bare literals.
        result = _PLACEHOLDER.sub(fill, self.template or "")
        return result if found else None

    def value(self, obj: Mapping[str, Any]) -> str | None:
        value = text(self.raw(obj))
        if value is None or self.regex is None:
            return value
        match = re.search(self.regex, value)
        if match is None:
            return None
        return text(match.group(1) if match.groups() else match.group(0))

    def where(self) -> str:
        return self.field or (self.fields[0] if self.fields else self.template or "const")


def _norm(value: Any) -> str:
    return text(value) or ""


class Condition(_Spec):
    """True when the value at ``field`` is (or is not) among values / globs."""

    field: str
    equals: tuple[str, ...] = ()
    not_equals: tuple[str, ...] = ()
    glob: tuple[str, ...] = ()
    not_glob: tuple[str, ...] = ()

    def holds(self, obj: Mapping[str, Any]) -> bool:
        value = _norm(first_present(obj, (self.field,)))
        if self.equals and value not in self.equals:
            return False
        if self.not_equals and value in self.not_equals:
            return False
        if self.glob and not any(fnmatch.fnmatchcase(value, p) for p in self.glob):
            return False
        return not (self.not_glob and any(fnmatch.fnmatchcase(value, p) for p in self.not_glob))


class DecisionRule(_Spec):
    """One outcome rule: the first rule whose field is present and whose value is listed
    decides; values compare as text (``true``, ``403``). With only ``allow_values``, any
    other present value is a deny."""

    field: str
    allow_values: tuple[str, ...] = ()
    deny_values: tuple[str, ...] = ()
    deny_glob: tuple[str, ...] = ()

    def decide(self, obj: Mapping[str, Any]) -> Literal["allow", "deny"] | None:
        raw = first_present(obj, (self.field,))
        if raw is None:
            return None
        value = _norm(raw)
        if value in self.deny_values or any(fnmatch.fnmatchcase(value, p) for p in self.deny_glob):
            return "deny"
        if value in self.allow_values:
            return "allow"
        if self.allow_values and not self.deny_values:
            return "deny"
        return None


class CsvLayout(_Spec):
    columns: tuple[str, ...] = ()
    header: bool = True


class GenericMapping(_Spec):
    name: str
    description: str = ""
    format: Literal["json", "csv"] = "json"
    csv: CsvLayout = CsvLayout()
    watch_humans: bool = False
    event_id: FieldSpec | None = None
    time: FieldSpec
    agent_id: FieldSpec
    credential_id: FieldSpec | None = None
    session_id: FieldSpec | None = None
    action: FieldSpec
    resource: FieldSpec | None = None
    source_ip: FieldSpec | None = None
    on_behalf_of: FieldSpec | None = None
    decision: tuple[DecisionRule, ...] = ()
    default_decision: Literal["allow", "deny"] | None = "allow"
    skip_when: tuple[Condition, ...] = ()
    human_when: tuple[Condition, ...] = ()
    attributes: dict[str, FieldSpec] = Field(default_factory=dict)


def load_mapping(path: Path) -> GenericMapping:
    """Read and validate one mapping file (errors name the file and the field)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: a source mapping must be a YAML mapping")
    data = {"name": path.stem, **data}
    try:
        return GenericMapping.model_validate(data)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc


class GenericNormalizer:
    def __init__(self, mapping: GenericMapping) -> None:
        self.mapping = mapping
        self.name = mapping.name

    def normalize(self, obj: Mapping[str, Any]) -> list[AuthorizationDecision]:
        m = self.mapping
        if any(c.holds(obj) for c in m.skip_when):
            return []
        agent_id = m.agent_id.value(obj)
        if agent_id is None:
            raise NormalizationError(self.name, m.agent_id.where(), "missing")
        human = any(c.holds(obj) for c in m.human_when)
        if human and not m.watch_humans:
            return []
        action = m.action.value(obj)
        if action is None:
            raise NormalizationError(self.name, m.action.where(), "missing")
        event_id = m.event_id.value(obj) if m.event_id else None
        decision = AuthorizationDecision(
            event_id=event_id or derived_event_id(self.name, obj),
            time=parse_time(m.time.raw(obj), self.name, m.time.where()),
            agent_id=agent_id,
            credential_id=self._optional(m.credential_id, obj),
            session_id=self._optional(m.session_id, obj),
            action=action,
            resource=(self._optional(m.resource, obj) or "*")[:4096],
            decision=self._decide(obj),
            source=self.name,
            source_ip=self._optional(m.source_ip, obj),
            on_behalf_of=self._optional(m.on_behalf_of, obj),
            attributes=attributes(
                human=human,
                event_id_derived=None if event_id else True,
                **{k: spec.value(obj) for k, spec in m.attributes.items()},
            ),
        )
        return [decision]

    @staticmethod
    def _optional(spec: FieldSpec | None, obj: Mapping[str, Any]) -> str | None:
        return spec.value(obj) if spec is not None else None

    def _decide(self, obj: Mapping[str, Any]) -> Literal["allow", "deny"]:
        for rule in self.mapping.decision:
            found = rule.decide(obj)
            if found is not None:
                return found
        if self.mapping.default_decision is None:
            fields = ", ".join(r.field for r in self.mapping.decision) or "decision"
            raise NormalizationError(self.name, fields, "no rule decided allow or deny")
        return self.mapping.default_decision
