"""Declarative rule packs: vocabularies that detectors read, kept as data in ``config/rules/``.

A rule pack is a YAML file holding ``rules``, each with a stable ``id``, a ``title`` for
people, what it matches, and at least one ``reference`` (MITRE ATT&CK, the vendor's
documentation) that says why the rule holds outside any data set of ours. A pack is validated
when it is loaded: an error names the file, the line and the field. Five shapes:
:class:`ActionRule` (the ``actions`` a rule covers: shell-style globs over canonical action
names, matched case-insensitively: ``iam:Attach*Policy``, ``k8s:create:clusterrolebindings``;
``privileged-actions.yaml``), :class:`MaterialRule` (credential material,
``credential-material.yaml``), :class:`PayloadRule` (what RiskyPayload recognises in a
call's target and arguments: ``risky-commands.yaml``, ``public-access.yaml``,
``tampering.yaml``, ``outbound-secrets.yaml``), :class:`SharingRule` (calls that open a
resource to other accounts: ``cross-account-sharing.yaml``), :class:`DomainRule` (domains
of a kind: public mailbox providers, ``mailbox-providers.yaml``) and :class:`ArgumentRule`
(argument names of a kind: catalogue entries, ``shared-objects.yaml``).

>>> pack = RulePack([ActionRule(id="aws.credentials", title="creates credentials",
...     actions=("iam:CreateAccessKey",), references=("https://attack.mitre.org/techniques/T1098/001/",))])
>>> pack.match("iam:createaccesskey").id, pack.match("s3:GetObject")
('aws.credentials', None)
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, TypeVar, get_args

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

__all__ = [
    "DEFAULT_PAYLOAD_RULES",
    "DEFAULT_RULES",
    "ActionRule",
    "ArgumentRule",
    "DomainRule",
    "MaterialRule",
    "PAYLOAD_KINDS",
    "PayloadKind",
    "PayloadRule",
    "RulePack",
    "PrefixRule",
    "StatementRule",
    "compile_patterns",
    "RulePackError",
    "LookalikeRule",
    "SharingRule",
    "load_lookalikes",
    "load_names",
    "load_rule_pack",
    "load_rules",
]

#: The rule packs shipped with the code (``config/rules/`` beside ``models/``): the defaults
#: of :class:`~missionguard.models.config.DetectionConfig`; a deployment names its own in
#: ``config/detection.yaml``.
DEFAULT_RULES = Path(__file__).resolve().parents[1] / "config" / "rules"
#: The packs RiskyPayload reads unless a deployment names its own (``payload_rules`` in
#: ``config/detection.yaml``).
DEFAULT_PAYLOAD_RULES: tuple[Path, ...] = tuple(
    DEFAULT_RULES / name
    for name in (
        "risky-commands.yaml",
        "public-access.yaml",
        "tampering.yaml",
        "outbound-secrets.yaml",
        "defense-impairment.yaml",
    )
)


class RulePackError(ValueError):
    """A rule pack that cannot be used; the message names the file, line and field."""


class ActionRule(BaseModel):
    """Actions a rule covers (shell-style globs over canonical action names), why, and its
    references. ``identity_target``: the call's target is the identity it gives something
    to (the IAM user an access key is created for, the service account a key is made for),
    whom destination grounding must then explain like the grantee of a share;
    ``identity_keys``, the request parameters (matched case-insensitively, at any depth of
    the call's arguments) that name that identity where the target is a collection (a
    Cloud Storage HMAC key is created in ``projects/p/hmacKeys`` for its
    ``serviceAccountEmail``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=128, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str = Field(min_length=1, max_length=300)
    actions: tuple[str, ...] = Field(min_length=1)
    references: tuple[str, ...] = Field(min_length=1)
    identity_target: bool = False
    identity_keys: tuple[str, ...] = ()

    @field_validator("identity_keys")
    @classmethod
    def _lower_case_identity(cls, keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(k.lower() for k in keys)  # matched case-insensitively


class SharingRule(ActionRule):
    """An API call that opens a resource to other cloud accounts or identities
    (``config/rules/cross-account-sharing.yaml``): the ``actions`` it covers and the request
    parameters, matched case-insensitively at any depth of the call's arguments, that name
    who is given access: ``account_keys``, whose 12-digit values, or the account of an ARN
    value (a KMS key), are AWS accounts (AWS account ids are 12 digits:
    docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html);
    ``member_keys``, whose values are IAM principal identifiers (Google Cloud's
    ``user:``/``group:``/``serviceAccount:``/``domain:`` members,
    cloud.google.com/iam/docs/principal-identifiers), read where the enclosing object does
    not mark them removed (``"action": "REMOVE"`` in a policy delta); ``member_types``,
    parameters whose bare values are members of the type given (BigQuery's dataset access
    entries: ``userByEmail: user``, ``groupByEmail: group``, ``domain: domain``);
    ``policy_keys``, whose
    values are resource policies (an object, or JSON text), whose ``Allow`` statements'
    ``Principal.AWS`` name the accounts given access; ``subject_keys``, whose values are
    lists of Kubernetes RBAC subjects (``{"kind": "User", "name": ...}``): a user or a group
    is a member given the role, a service account (a workload of the cluster) is not read;
    ``bucket_keys``, whose values are S3 buckets (a name, an ARN, an ``s3://`` URI) the
    call hands its data to from then on, whose ARN names no account; ``endpoint_keys``,
    whose values are the web address, mailbox or phone a subscription delivers to from then
    on; ``project_keys``, whose values name a Google Cloud resource by its path
    (``projects/<id>/...``, with a host or a URL before it) in another project than the one
    the call acts in (a log sink's topic, a peered network). At least one."""

    account_keys: tuple[str, ...] = ()
    bucket_keys: tuple[str, ...] = ()
    endpoint_keys: tuple[str, ...] = ()
    member_keys: tuple[str, ...] = ()
    member_types: dict[str, str] = Field(default_factory=dict)
    policy_keys: tuple[str, ...] = ()
    project_keys: tuple[str, ...] = ()
    subject_keys: tuple[str, ...] = ()

    @field_validator(
        "account_keys",
        "bucket_keys",
        "endpoint_keys",
        "member_keys",
        "policy_keys",
        "project_keys",
        "subject_keys",
    )
    @classmethod
    def _lower_case(cls, keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(k.lower() for k in keys)  # matched case-insensitively

    @field_validator("member_types")
    @classmethod
    def _member_types(cls, types: dict[str, str]) -> dict[str, str]:
        allowed = ("user", "group", "serviceaccount", "domain")
        for key, kind in types.items():
            if kind.lower() not in allowed:
                raise ValueError(f"member type of {key!r} is {kind!r}, not one of {allowed}")
        return {k.lower(): v.lower() for k, v in types.items()}

    @model_validator(mode="after")
    def _names_someone(self) -> SharingRule:
        if not (
            self.account_keys
            or self.bucket_keys
            or self.endpoint_keys
            or self.member_keys
            or self.member_types
            or self.policy_keys
            or self.project_keys
            or self.subject_keys
        ):
            raise ValueError(
                "a sharing rule needs account_keys, bucket_keys, endpoint_keys, member_keys,"
                " policy_keys, project_keys or subject_keys (or member_types)"
            )
        return self


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


def _domain_name(domain: str) -> str:
    domain = domain.strip().lower().rstrip(".")
    if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}", domain):
        raise ValueError(f"not a domain name: {domain!r}")
    return domain


class _NamesRule(BaseModel):
    """A rule that lists names of one kind: its ``id``, ``title`` and ``references``; each
    subclass adds the list (validated item by item) and says which field it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    names_field: ClassVar[str]

    id: str = Field(min_length=1, max_length=128, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str = Field(min_length=1, max_length=300)
    references: tuple[str, ...] = Field(min_length=1)

    @property
    def names(self) -> tuple[str, ...]:
        names: tuple[str, ...] = getattr(self, self.names_field)
        return names


class DomainRule(_NamesRule):
    """Domains of one kind (``config/rules/mailbox-providers.yaml``: public mailbox
    providers, whose addresses are individuals', so a destination there is the address, not
    the domain); matched exactly, lower case.

    >>> DomainRule(id="webmail", title="t", domains=("Gmail.com",), references=("u",)).domains
    ('gmail.com',)
    """

    names_field = "domains"
    domains: tuple[Annotated[str, AfterValidator(_domain_name)], ...] = Field(min_length=1)


def _uri_prefix(prefix: str) -> str:
    prefix = prefix.strip().lower()
    if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}/[!-~]*", prefix):
        raise ValueError(f"not a host and path prefix (no scheme): {prefix!r}")
    return prefix


class PrefixRule(_NamesRule):
    """URI prefixes of one kind (``config/rules/identifier-uris.yaml``: URIs that name a
    thing, an OAuth scope or an XML namespace, and are fetched by no one), written as host
    and path without the scheme; lower case.

    >>> PrefixRule(id="s", title="t", prefixes=("WWW.googleapis.com/auth/",),
    ...     references=("u",)).prefixes
    ('www.googleapis.com/auth/',)
    """

    names_field = "prefixes"
    prefixes: tuple[Annotated[str, AfterValidator(_uri_prefix)], ...] = Field(min_length=1)


def _argument_name(name: str) -> str:
    name = name.strip().lower().replace("-", "_")
    if not re.fullmatch(r"[a-z0-9_.]{1,64}", name):
        raise ValueError(f"not an argument name: {name!r}")
    return name


class ArgumentRule(_NamesRule):
    """Argument names of one kind (``config/rules/shared-objects.yaml``: arguments that name
    catalogue entries, owned by no principal); lower case, ``-`` read as ``_``.

    >>> ArgumentRule(id="p", title="t", arguments=("Product-ID",), references=("u",)).arguments
    ('product_id',)
    """

    names_field = "arguments"
    arguments: tuple[Annotated[str, AfterValidator(_argument_name)], ...] = Field(min_length=1)


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return pattern


def _single(text: str) -> str:
    if len(text) != 1:
        raise ValueError("expected one character")
    return text


#: A regular expression (Python ``re`` syntax), checked to compile when the pack is loaded.
Regex = Annotated[str, Field(min_length=1), AfterValidator(_compiles)]
_Char = Annotated[str, AfterValidator(_single)]


class StatementRule(_NamesRule):
    """Statements of one kind, as regular expressions (``config/rules/export-statements.yaml``:
    query-language statements that write their result to a location they write out, whose
    URLs are destinations of the call); each checked to compile.

    >>> StatementRule(id="u", title="t", patterns=("(?i)unload",), references=("u",)).names
    ('(?i)unload',)
    """

    names_field = "patterns"
    patterns: tuple[Regex, ...] = Field(min_length=1)


#: What a :class:`PayloadRule` describes; RiskyPayload pools the rules of one kind.
PayloadKind = Literal[
    "interactive-access",
    "egress",
    "script-egress",
    "resource-hijacking",
    "credential-harvest",
    "bare-shell",
    "command-arguments",
    "pipeline-definition",
    "repository",
    "service-stop",
    "public-grant",
    "public-access-block-removal",
    "repository-visibility",
    "lookalike",
    "one-time-code",
    "secret-text",
    "key-material",
    "personal-data",
    "host-access",
    "defense-removal",
    "defense-setting",
    "public-policy",
    "public-setting",
]
PAYLOAD_KINDS: tuple[str, ...] = get_args(PayloadKind)
# The fields each kind reads, as groups: a rule needs at least one field of every group.
_PAYLOAD_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "interactive-access": (("actions", "resources"), ("explained_by",)),
    "egress": (("patterns",),),
    "script-egress": (("patterns",), ("keys",)),
    "resource-hijacking": (("patterns",),),
    "credential-harvest": (("patterns",),),
    "bare-shell": (("patterns",),),
    "command-arguments": (("keys",),),
    "pipeline-definition": (("patterns",), ("explained_by",)),
    "repository": (("resources",),),
    "service-stop": (("keys",), ("explained_by",)),
    "public-grant": (("patterns",), ("explained_by",)),
    "public-access-block-removal": (("actions",), ("explained_by",)),
    "repository-visibility": (("keys",), ("values",), ("resources",), ("explained_by",)),
    "lookalike": (("homoglyphs",),),
    "one-time-code": (("patterns",),),
    "secret-text": (("patterns",),),
    "key-material": (("patterns",),),
    "personal-data": (("patterns",),),
    "host-access": (("actions",), ("keys",), ("values",)),
    "defense-removal": (("actions",),),
    "defense-setting": (("actions",), ("keys",), ("values",)),
    "public-policy": (("keys",), ("explained_by",)),
    "public-setting": (("actions",), ("keys",), ("values",), ("explained_by",)),
}
_MATCH_FIELDS = ("actions", "resources", "patterns", "keys", "values", "explained_by", "homoglyphs")


class PayloadRule(BaseModel):
    """One construct RiskyPayload recognises (``config/rules/risky-commands.yaml``,
    ``public-access.yaml``, ``tampering.yaml``, ``outbound-secrets.yaml``,
    ``defense-impairment.yaml``): its ``kind`` says which finding it feeds and which fields it
    reads; rules of one kind are pooled (any rule's pattern matches, any rule's purpose words
    explain), except ``defense-setting`` and ``public-setting``, whose keys and values hold
    for their own actions.

    * ``actions``: shell-style globs over canonical action names, case-insensitive (and over
      the operation done, ``api``, where the source logs it apart from the permission);
    * ``resources``: regular expressions searched in the lower-cased resource (for
      ``repository``, the first group is the ``owner/name``; for ``repository-visibility``,
      searched in the lower-cased action as well);
    * ``patterns``: regular expressions searched in the lower-cased text of an argument
      (``pipeline-definition``: of the resource too);
    * ``keys``: argument names (lower case, ``-`` read as ``_``, as the features name them;
      ``defense-setting`` and ``public-setting``: at any depth of the arguments, as written,
      case-insensitive; ``public-policy``: the condition keys that restrict who a statement
      with the principal ``"*"`` allows);
    * ``values``: argument values (lower case) that make the change;
    * ``explained_by``: purpose words (stemmed like every purpose word) that explain it;
    * ``homoglyphs``: characters read as the letter they imitate (``"0": o``).

    >>> PayloadRule(id="x", title="t", kind="egress", patterns=("curl -t",), references=("u",)).kind
    'egress'
    >>> try:
    ...     PayloadRule(id="x", title="t", kind="egress", keys=("cmd",), references=("u",))
    ... except ValidationError as exc:
    ...     for error in exc.errors():
    ...         print(error["loc"], error["msg"])
    ('patterns',) Value error, an egress rule needs `patterns`
    ('keys',) Value error, an egress rule does not use `keys`
    """

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    id: str = Field(min_length=1, max_length=128, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str = Field(min_length=1, max_length=300)
    kind: PayloadKind
    actions: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    resources: tuple[Regex, ...] = ()
    patterns: tuple[Regex, ...] = ()
    keys: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    values: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    explained_by: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    homoglyphs: dict[_Char, _Char] = Field(default_factory=dict)
    references: tuple[str, ...] = Field(min_length=1)

    @field_validator(*_MATCH_FIELDS)
    @classmethod
    def _used_by_kind(cls, value: Any, info: ValidationInfo) -> Any:
        kind = info.data.get("kind")
        if kind is None:
            return value  # the kind itself is wrong: that error is reported
        field = info.field_name
        groups = _PAYLOAD_FIELDS[kind]
        used = {f for group in groups for f in group}
        article = "an" if kind[0] in "aeiou" else "a"
        if value and field not in used:
            raise ValueError(f"{article} {kind} rule does not use `{field}`")
        for group in groups:
            # Checked once, at the group's last field (the others are validated by then).
            if group[-1] == field and not value and not any(info.data.get(f) for f in group[:-1]):
                needed = " or ".join(f"`{f}`" for f in group)
                raise ValueError(f"{article} {kind} rule needs {needed}")
        if kind == "repository" and field == "resources":
            for i, pattern in enumerate(value):
                if re.compile(pattern).groups < 1:
                    raise ValueError(f"resources[{i}] needs a group, the repository's owner/name")
        if field == "keys":
            value = tuple(k.lower().replace("-", "_") for k in value)
        return value


class RulePack:
    """Rules matched against an action; the first rule that covers it wins."""

    def __init__(self, rules: Iterable[ActionRule] = ()) -> None:
        self.rules = tuple(rules)
        self._cache: dict[str, ActionRule | None] = {}
        self._patterns = [
            (re.compile("|".join(fnmatch.translate(a) for a in r.actions), re.IGNORECASE), r)
            for r in self.rules
        ]

    def __bool__(self) -> bool:
        return bool(self.rules)

    def match(self, action: str) -> ActionRule | None:
        # Actions repeat (a fleet calls a few hundred): remember the answers, boundedly.
        cache = self._cache
        if action in cache:
            return cache[action]
        found = next((rule for pattern, rule in self._patterns if pattern.match(action)), None)
        if len(cache) >= 4096:
            cache.clear()
        cache[action] = found
        return found


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
_N = TypeVar("_N", bound=_NamesRule)


def _prototype(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9]", value):
        raise ValueError(f"a prototype is one lower-case ASCII letter or digit, not {value!r}")
    return value


def _lookalike_characters(value: str) -> str:
    if not value or any(ord(c) < 128 or not c.isprintable() for c in value):
        raise ValueError("look-alikes are printable characters outside ASCII")
    return value


class LookalikeRule(BaseModel):
    """Characters that render like an ASCII letter or digit (``config/rules/confusables.yaml``,
    from Unicode's confusables data, UTS #39): each prototype with its look-alikes.

    >>> LookalikeRule(id="l", title="t", lookalikes={"a": "\u0430\u03b1"},
    ...     references=("u",)).table()
    {'а': 'a', 'α': 'a'}
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=128, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str = Field(min_length=1, max_length=300)
    lookalikes: dict[
        Annotated[str, AfterValidator(_prototype)],
        Annotated[str, AfterValidator(_lookalike_characters)],
    ] = Field(min_length=1)
    references: tuple[str, ...] = Field(min_length=1)

    def table(self) -> dict[str, str]:
        """Each look-alike character with its prototype."""
        return {c: prototype for prototype, chars in self.lookalikes.items() for c in chars}


def load_lookalikes(path: str | Path | None) -> dict[str, str]:
    """Each look-alike character of the pack at ``path`` with the ASCII character it imitates
    (``None``: no pack, an empty table).

    >>> table = load_lookalikes(DEFAULT_RULES / "confusables.yaml")
    >>> table["\u0430"], table["\u03bf"]  # Cyrillic a, Greek omicron
    ('a', 'o')
    """
    if path is None:
        return {}
    table: dict[str, str] = {}
    for rule in load_rules(path, LookalikeRule):
        table.update(rule.table())
    return table


def compile_patterns(patterns: Collection[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns of a pack (:class:`StatementRule`), compiled, in a stable order.

    >>> [p.pattern for p in compile_patterns({"b", "a"})]
    ['a', 'b']
    """
    return tuple(re.compile(p) for p in sorted(patterns))


def load_names(path: str | Path | None, model: type[_N]) -> frozenset[str]:
    """Every name the rules of the pack at ``path`` list (``None``: no pack, no names), each
    rule validated as ``model``.

    >>> "gmail.com" in load_names(DEFAULT_RULES / "mailbox-providers.yaml", DomainRule)
    True
    """
    if path is None:
        return frozenset()
    return frozenset(name for rule in load_rules(path, model) for name in rule.names)


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
            line = _line_of(node, ["rules", i, *first["loc"]])
            where = f"rules[{i}]" + "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
            )
            raise RulePackError(f"{path}:{line}: {where}: {first['msg']}") from None
        rule_id = getattr(rule, "id", None)
        if rule_id in seen:
            line = _line_of(node, ["rules", i, "id"])
            raise RulePackError(f"{path}:{line}: rules[{i}].id: duplicate id {rule_id!r}")
        seen.add(rule_id)
        rules.append(rule)
    return tuple(rules)
