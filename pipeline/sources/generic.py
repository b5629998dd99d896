"""Declarative normalizers for sources without code: a YAML mapping in ``config/sources/``.

A mapping names, for each canonical field, where the value is (``field``, a dotted path;
``fields``, the first non-empty of several; ``const``; or ``template``, with
``{path|fallback}`` placeholders), the rules that decide allow/deny, the conditions that
skip an event or mark its actor as a person, and (for CSV) the column names. Example:
``config/sources/gcp_audit.yaml``.

Semantics (issue 17): ``operation`` (a value classified by ordered globs, ``classes``),
``target`` (``type``, ``container``, ``name``) and ``arguments`` (name -> field, kept as
structure; ``query`` takes a URL's query parameter values) fill the canonical record's
fields of the same names; ``derive`` names intermediate values, reachable as
``derived.NAME`` in the specs that follow; ``when`` makes a value conditional and
``prefix``/``suffix`` wrap a non-empty value.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from missionguard.pipeline.records import AuthorizationDecision, Operation, Target
from missionguard.pipeline.sources.base import NormalizationError
from missionguard.pipeline.sources.fields import (
    attributes,
    derived_event_id,
    first_present,
    parse_time,
    text,
)
from missionguard.pipeline.sources.semantics import bounded_arguments

__all__ = [
    "Condition",
    "DecisionRule",
    "FieldSpec",
    "GenericMapping",
    "GenericNormalizer",
    "OperationSpec",
    "TargetSpec",
    "load_mapping",
]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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


class FieldSpec(_Spec):
    field: str | None = None
    fields: tuple[str, ...] = ()
    const: str | None = None
    template: str | None = None
    # Applied to the value: the first group (or the whole match) is kept; no match, nothing.
    regex: str | None = None
    # Added around a non-empty value (``prefix: "."`` makes ``.apps`` of ``apps``).
    prefix: str = ""
    suffix: str = ""
    # The value only when every condition holds (else nothing).
    when: tuple[Condition, ...] = ()
    # For arguments: the values of this query parameter of the value read as a URL.
    query: str | None = None

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
        if self.when and not all(c.holds(obj) for c in self.when):
            return None
        value = text(self.raw(obj))
        if value is not None and self.regex is not None:
            match = re.search(self.regex, value)
            value = (
                None
                if match is None
                else text(match.group(1) if match.groups() else match.group(0))
            )
        return f"{self.prefix}{value}{self.suffix}" if value is not None else None

    def structured(self, obj: Mapping[str, Any]) -> Any:
        """The value for ``arguments``: objects and lists as they are, query parameter
        values as a list, anything else as :meth:`value` reads it."""
        if self.when and not all(c.holds(obj) for c in self.when):
            return None
        if self.query is not None:
            url = self.value(obj)
            values = parse_qs(urlsplit(url).query).get(self.query) if url else None
            return list(values) if values else None
        raw = self.raw(obj) if self.field is not None or self.fields else None
        if isinstance(raw, Mapping | list) and self.regex is None:
            return raw
        return self.value(obj)

    def where(self) -> str:
        return self.field or (self.fields[0] if self.fields else self.template or "const")


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


class OperationSpec(FieldSpec):
    """A value classified by ordered globs (first match wins; no match, no class):
    ``{template: "{verb}:{resource}", classes: {"get:*": read, "list:*": list}}``."""

    classes: dict[str, Operation] = Field(default_factory=dict)

    def operation(self, obj: Mapping[str, Any]) -> Operation | None:
        value = self.value(obj)
        if value is None:
            return None
        for pattern, operation in self.classes.items():
            if fnmatch.fnmatchcase(value, pattern):
                return operation
        return None


class TargetSpec(_Spec):
    type: FieldSpec | None = None
    container: FieldSpec | None = None
    name: FieldSpec | None = None

    def target(self, obj: Mapping[str, Any]) -> Target | None:
        kind, container, name = (
            spec.value(obj) if spec is not None else None
            for spec in (self.type, self.container, self.name)
        )
        if kind is None and container is None and name is None:
            return None
        return Target(
            type=kind[:256] if kind else None,
            container=container[:1024] if container else None,
            name=name[:2048] if name else None,
        )


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
    derive: dict[str, FieldSpec] = Field(default_factory=dict)
    operation: OperationSpec | None = None
    target: TargetSpec | None = None
    arguments: dict[str, FieldSpec] = Field(default_factory=dict)


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
        original = obj  # the derived event id hashes the event as read
        if m.derive:
            derived: dict[str, Any] = {}
            obj = {**obj, "derived": derived}
            for key, spec in m.derive.items():
                derived[key] = spec.value(obj)
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
            event_id=event_id or derived_event_id(self.name, original),
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
            operation=m.operation.operation(obj) if m.operation else None,
            target=m.target.target(obj) if m.target else None,
            arguments=self._arguments(obj),
        )
        return [decision]

    def _arguments(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        if not self.mapping.arguments:
            return {}
        found = {k: spec.structured(obj) for k, spec in self.mapping.arguments.items()}
        return bounded_arguments(found)

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
