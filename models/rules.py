"""Declarative rule packs: vocabularies that detectors read, kept as data in ``config/rules/``.

A rule pack is a YAML file holding ``rules``, each with a stable ``id``, a ``title`` for
people, the ``actions`` it covers (shell-style globs over canonical action names, matched
case-insensitively: ``iam:Attach*Policy``, ``k8s:create:clusterrolebindings``) and at least
one ``reference`` (MITRE ATT&CK, the vendor's documentation) that says why the rule holds
outside any data set of ours. A pack is validated when it is loaded: an error names the file,
the line and the field.

>>> pack = RulePack([ActionRule(id="aws.credentials", title="creates credentials",
...     actions=("iam:CreateAccessKey",), references=("https://attack.mitre.org/techniques/T1098/001/",))])
>>> pack.match("iam:createaccesskey").id, pack.match("s3:GetObject")
('aws.credentials', None)
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

__all__ = [
    "DEFAULT_RULES",
    "ActionRule",
    "MaterialRule",
    "RulePack",
    "RulePackError",
    "load_rule_pack",
    "load_rules",
]

#: The rule packs shipped with the code (``config/rules/`` beside ``models/``): the defaults
#: of :class:`~missionguard.models.config.DetectionConfig`; a deployment names its own in
#: ``config/detection.yaml``.
DEFAULT_RULES = Path(__file__).resolve().parents[1] / "config" / "rules"


class RulePackError(ValueError):
    """A rule pack that cannot be used; the message names the file, line and field."""


class ActionRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=128, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str = Field(min_length=1, max_length=300)
    actions: tuple[str, ...] = Field(min_length=1)
    references: tuple[str, ...] = Field(min_length=1)


class MaterialRule(BaseModel):
    """One kind of credential material (``config/rules/credential-material.yaml``): the names
    and suffixes that betray it, the purpose words that explain reaching it, and whether it is
    a store of named entries."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=128, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str = Field(min_length=1, max_length=300)
    names: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    explained_by: tuple[str, ...] = Field(min_length=1)
    store: bool = False
    references: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _names_or_suffixes(self) -> MaterialRule:
        if not self.names and not self.suffixes:
            raise ValueError("a rule needs `names` or `suffixes`")
        return self


class RulePack:
    """Rules matched against an action; the first rule that covers it wins."""

    def __init__(self, rules: Iterable[ActionRule] = ()) -> None:
        self.rules = tuple(rules)
        self._patterns = [
            (re.compile("|".join(fnmatch.translate(a) for a in r.actions), re.IGNORECASE), r)
            for r in self.rules
        ]

    def __bool__(self) -> bool:
        return bool(self.rules)

    def match(self, action: str) -> ActionRule | None:
        for pattern, rule in self._patterns:
            if pattern.match(action):
                return rule
        return None


def _line_of(node: yaml.Node | None, path: Sequence[str | int]) -> int | None:
    """The 1-based line of the YAML node at ``path`` (keys and list indexes), as far down
    as it exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            found = [v for k, v in node.value if getattr(k, "value", None) == step]
            if not found:
                break
            node = found[0]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if step >= len(node.value):
                break
            node = node.value[step]
        else:
            break
        line = node.start_mark.line + 1
    return line


def load_rule_pack(path: str | Path) -> tuple[ActionRule, ...]:
    """The action rules of the pack at ``path`` (:func:`load_rules`)."""
    return load_rules(path, ActionRule)


_R = TypeVar("_R", bound=BaseModel)


def load_rules(path: str | Path, model: type[_R]) -> tuple[_R, ...]:
    """The rules of the pack at ``path``, each validated as ``model`` (with an ``id``);
    raises :class:`RulePackError` naming the file, line and field of the first problem.

    >>> rules = load_rules(DEFAULT_RULES / "credential-material.yaml", MaterialRule)
    >>> [r.id for r in rules][:2], all(r.references for r in rules)
    (['secret-store', 'credential-file'], True)
    """
    path = Path(path)
    try:
        text = path.read_text()
        node = yaml.compose(text)
        data: Any = yaml.safe_load(text)
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise RulePackError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulePackError(f"{path}:{_line_of(node, []) or 1}: expected a mapping with `rules:`")
    rules, seen = [], set()
    for i, entry in enumerate(data["rules"]):
        try:
            rule = model.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors(include_url=False, include_input=False)[0]
            loc = [str(part) for part in first["loc"]]
            line = _line_of(node, ["rules", i, *loc[:1]])
            where = ".".join([f"rules[{i}]", *loc])
            raise RulePackError(f"{path}:{line}: {where}: {first['msg']}") from None
        rule_id = getattr(rule, "id", None)
        if rule_id in seen:
            line = _line_of(node, ["rules", i, "id"])
            raise RulePackError(f"{path}:{line}: rules[{i}].id: duplicate id {rule_id!r}")
        seen.add(rule_id)
        rules.append(rule)
    return tuple(rules)
