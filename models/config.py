"""Detection configuration: risk fusion, the response ladder and its per-cohort thresholds.

Loaded from ``config/detection.yaml`` by :meth:`DetectionConfig.from_yaml` (the lead hangs
it into ``Settings``); every value has a default here, so the file may override any subset.
A cohort's ``ladder`` entries override the default ladder key by key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from missionguard.models.rules import DEFAULT_PAYLOAD_RULES, DEFAULT_RULES

__all__ = [
    "DetectionConfig",
    "DetectionSettings",
    "Ladder",
    "STEPS",
    "Step",
    "UndeclaredPolicy",
    "resolve_rule_packs",
]

#: A ladder step that issues a command (the command's action).
Step = Literal["step_up", "throttle", "suspend", "revoke"]
#: Ladder steps that issue a command, mildest first.
STEPS: tuple[Step, ...] = ("step_up", "throttle", "suspend", "revoke")
_DECISIVE: dict[str, Step] = {
    "mission_grounding.destination": "suspend",
    "mission_grounding.amount": "suspend",
    "mission_grounding.imitation": "suspend",
    "mission_grounding.scope": "suspend",
    "mission_grounding.indicator": "suspend",
    "mission_grounding.concealment": "suspend",
    "mission_grounding.object": "suspend",
    "mission_peers.task": "suspend",
    "mission_peers.destination": "suspend",
    "delegation_scope.foreign_object": "suspend",
    "delegation_scope.foreign_scope": "suspend",
    "delegation_scope.named_principal": "suspend",
    "delegation_scope.two_principals": "suspend",
    "delegation_scope.self_dealing": "suspend",
    "delegation_scope.late_owner": "suspend",
    "concurrent_use.moved": "suspend",
    "probing.second_credential": "suspend",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Ladder(_Frozen):
    """Event-score thresholds for alert severities, accumulated-risk thresholds for commands."""

    alert_low: float = Field(default=0.35, gt=0, le=1)
    alert_medium: float = Field(default=0.55, gt=0, le=1)
    alert_high: float = Field(default=0.8, gt=0, le=1)
    step_up: float = Field(default=0.6, gt=0)
    throttle: float = Field(default=1.0, gt=0)
    suspend: float = Field(default=1.5, gt=0)
    revoke: float = Field(default=2.5, gt=0)

    @model_validator(mode="after")
    def _increasing(self) -> Ladder:
        alerts = (self.alert_low, self.alert_medium, self.alert_high)
        steps = tuple(getattr(self, s) for s in STEPS)
        if list(alerts) != sorted(alerts) or list(steps) != sorted(steps):
            raise ValueError(
                "ladder thresholds must increase: alert_low <= alert_medium <= "
                "alert_high and step_up <= throttle <= suspend <= revoke"
            )
        return self


class UndeclaredPolicy(_Frozen):
    """What an agent acting with no mission in force gets (none declared, or every one it
    sent rejected by the mission gate): the ``undeclared`` section of detection.yaml."""

    #: Severity of the finding "acts without a declared mission", raised on its first decision
    #: (``detection.alert_on_undeclared_agent`` switches it off).
    first_alert: Literal["info", "low", "medium", "high"] = "low"
    #: A privileged action (the rule pack ``privileged_actions``: credential creation,
    #: permission grants) by such an agent: the command it gets when IAM allowed it; one step
    #: milder when IAM denied it (intent, not effect): revoke -> suspend, suspend -> throttle.
    on_privileged: Literal["revoke", "suspend"] = "revoke"
    #: The rule pack (models/rules.py); the settings resolve it against ``config/``. None: no
    #: action is privileged (a Judge built without settings).
    privileged_actions: Path | None = None


class DetectionSettings(_Frozen):
    """Knobs of the response (the ``detection`` section of ``config/missionguard.yaml``)."""

    revoke_ttl_s: int = Field(default=3600, ge=1)
    alert_on_undeclared_agent: bool = True
    evidence_window: int = Field(default=8, ge=1, le=64)


class DetectionConfig(_Frozen):
    default_cohort: str = Field(default="default", min_length=1)
    max_cohorts: int = Field(default=512, ge=1)
    #: Events whose fused score reaches this teach no model (poisoning resistance).
    learn_gate: float = Field(default=0.35, gt=0, le=1)
    #: Until a cohort has learned this many decisions, its own novelty findings (grounding,
    #: rarity, sequence) do not stop it learning: a new cohort must first see normal work.
    cohort_bootstrap_decisions: int = Field(default=1000, ge=0)
    #: Vote of an event whose only findings are novelty towards grounding its destination
    #: or resource kind (1/4: a destination needs four times the distinct agents).
    quarantine_weight: float = Field(default=0.25, gt=0, le=1)
    #: Agent decisions learned at which agent and cohort models weigh equally.
    warmup_decisions: int = Field(default=50, ge=1)
    #: Closed minutes at which the agent's velocity baseline weighs as much as the cohort's.
    warmup_windows: int = Field(default=5, ge=1)
    risk_half_life_s: float = Field(default=900.0, gt=0)
    #: A second, slow accumulation of the same risk increments, for drift: an agent that
    #: strays a little every hour never builds risk over ``risk_half_life_s`` but does over
    #: this one. It climbs the same ladder with every threshold times ``drift_scale``.
    drift_half_life_s: float = Field(default=21_600.0, gt=0)
    drift_scale: float = Field(default=2.0, ge=1)
    #: Velocity and probing findings describe an episode (a burst, a run of denials) and
    #: repeat on every call inside it: within this many seconds of the peak that fed the
    #: risk, a score not ``episode_step`` above that peak adds nothing more.
    episode_s: float = Field(default=300.0, ge=0)
    #: How much higher than the episode's peak a score must be to count again.
    episode_step: float = Field(default=0.1, ge=0, le=1)
    #: Part of an event score that never accumulates into risk (benign noise).
    risk_floor: float = Field(default=0.3, ge=0, lt=1)
    #: Keeps the odds-like risk increment finite (see ``models.fusion.risk_increment``).
    risk_softness: float = Field(default=0.25, gt=0)
    #: What a call IAM refused adds to the risk, as a share of what the same call allowed
    #: would add: nothing happened (intent, not effect), so one refusal alone does not climb
    #: as far as one act, the way its decisive answer is one step milder; refusals that
    #: repeat still climb, and findings about the refusals themselves (probing) and the
    #: mission's answer count in full. 1: refused calls weigh as much as allowed ones.
    refused_weight: float = Field(default=0.5, ge=0, le=1)
    #: How long after a send to a destination nothing explains (an alert at least) a deletion
    #: by the same agent is the send's concealment (``mission_grounding.concealment``: the
    #: forwarded mail, then the sent copy deleted; ATT&CK T1070.008). 0: never.
    conceal_s: float = Field(default=900.0, ge=0)
    #: A grounding score below this means the event's arguments are explained by the mission.
    grounded_below: float = Field(default=0.1, ge=0, le=1)
    #: Novelty (rarity, sequence) of a grounded event is multiplied by this.
    grounded_novelty_factor: float = Field(default=0.4, ge=0, le=1)
    #: Agents idle this long may be evicted from state (unless a command is still in force).
    idle_evict_s: float = Field(default=86_400.0, gt=0)
    #: An evicted agent's mission in force is kept this long after its last call (a job
    #: that runs weekly, or skips a night, returns under its declaration); then it goes too,
    #: so a fleet of short-lived agents leaves no state behind for good.
    mission_keep_s: float = Field(default=604_800.0, gt=0)
    weights: dict[str, float] = Field(
        default_factory=lambda: {
            "mission_conformance": 1.0,
            "mission_grounding": 1.0,
            "mission_peers": 1.0,
            "delegation_scope": 1.0,
            "sequence_surprise": 0.5,
            "value_rarity": 0.5,
            "value_rarity.context": 0.35,
            "value_rarity.arguments": 0.6,
            "velocity": 0.8,
            "probing": 1.0,
            "concurrent_use": 1.0,
            "sensitive_target": 1.0,
            "risky_payload": 1.0,
        }
    )
    ladder: Ladder = Ladder()
    cohorts: dict[str, Ladder] = Field(default_factory=dict)
    undeclared: UndeclaredPolicy = UndeclaredPolicy()
    #: The least a mission violation does (issue 18, "never weaker than the declaration"): an
    #: undeclared action or resource, or a rate over the declared maximum, stops the agent,
    #: allowed or refused by IAM; explicitly denied actions and expired missions revoke.
    on_mission_violation: Literal["suspend", "revoke"] = "suspend"
    #: The rule pack of credential material SensitiveTarget recognises (names, suffixes, the
    #: purpose words that explain them, references): ``config/rules/credential-material.yaml``
    #: by default; relative paths in detection.yaml are relative to ``config/``.
    credential_material: Path = DEFAULT_RULES / "credential-material.yaml"
    #: The rule packs of what RiskyPayload recognises (sessions in workloads, uploading or
    #: credential-harvesting commands, CI/CD pipeline definitions, capacity set to zero,
    #: public access, disguised names, secrets sent out, defenses switched off), pooled by
    #: kind: ``config/rules/risky-commands.yaml``, ``public-access.yaml``, ``tampering.yaml``,
    #: ``outbound-secrets.yaml`` and ``defense-impairment.yaml`` by default. A deployment
    #: lists its own (the list replaces the default one: name the shipped packs too to extend
    #: them); relative paths in detection.yaml are relative to ``config/``.
    payload_rules: tuple[Path, ...] = DEFAULT_PAYLOAD_RULES
    #: Calls that open a resource to other cloud accounts or identities, and the request
    #: parameters naming them (a SharingRule pack, models/rules.py): each becomes a
    #: destination the mission must explain. ``None``: none. Relative paths in
    #: detection.yaml are relative to ``config/``.
    cross_account_sharing: Path | None = DEFAULT_RULES / "cross-account-sharing.yaml"
    #: Public mailbox providers (a DomainRule pack, models/rules.py): an e-mail destination
    #: at one of these domains is its address, not its domain, for every detector (that
    #: someone at gmail.com was mailed says nothing of another address there). ``None``:
    #: none. Relative paths in detection.yaml are relative to ``config/``.
    mailbox_providers: Path | None = DEFAULT_RULES / "mailbox-providers.yaml"
    #: Drop services (a DomainRule pack): request inspectors, paste sites, anonymous file
    #: drops and public tunnels, where anyone with the link reads what is sent. A destination
    #: there that neither the mission nor the principal names is unexplained whatever the
    #: cohort's history, at full weight (MissionGrounding). ``None``: none. Relative paths in
    #: detection.yaml are relative to ``config/``.
    drop_services: Path | None = DEFAULT_RULES / "drop-services.yaml"
    #: URIs that are identifiers, not destinations (a PrefixRule pack): OAuth scopes, XML
    #: namespaces, claim types, JSON Schema ids. A URL under one of these prefixes in a
    #: call's arguments names a permission or a format, not a place the call sends to, so
    #: it is no destination. ``None``: none. Relative paths in detection.yaml are relative to
    #: ``config/``.
    identifier_uris: Path | None = DEFAULT_RULES / "identifier-uris.yaml"
    #: Query-language statements that write their result to a location they write out (a
    #: StatementRule pack): Athena and Redshift UNLOAD, BigQuery EXPORT DATA, Snowflake COPY
    #: INTO a location. In a call with an effect, each URL such a statement writes out is a
    #: destination. ``None``: none. Relative paths in detection.yaml are relative to
    #: ``config/``.
    export_statements: Path | None = DEFAULT_RULES / "export-statements.yaml"
    #: Commands that download a script and run it at once (a StatementRule pack): ``curl URL
    #: | sudo bash``, PowerShell's ``iwr URL | iex``. In a call with an effect, each URL such
    #: a command writes out is where its code comes from: a destination. ``None``: none.
    #: Relative paths in detection.yaml are relative to ``config/``.
    remote_code: Path | None = DEFAULT_RULES / "remote-code.yaml"
    #: Arguments that name a package index or registry (an ArgumentRule pack): each URL
    #: under them, in a call with an effect, is where the packages it adds come from: a
    #: code source (kind ``code``). ``None``: none. Relative paths in detection.yaml are
    #: relative to ``config/``.
    package_indexes: Path | None = DEFAULT_RULES / "package-indexes.yaml"
    #: Arguments that carry a bank account number (an ArgumentRule pack): each value under
    #: them is a destination of a call with an effect outside the agent (kind ``account``).
    #: ``None``: none. Relative paths in detection.yaml are relative to ``config/``.
    bank_accounts: Path | None = DEFAULT_RULES / "bank-accounts.yaml"
    #: Arguments that name who a permission change or share gives access to (an ArgumentRule
    #: pack): each bare user name or id under them, in a call whose operation is
    #: ``permissions`` or ``share``, is a destination (kind ``principal``). ``None``: none.
    #: Relative paths in detection.yaml are relative to ``config/``.
    grantee_arguments: Path | None = DEFAULT_RULES / "grantee-arguments.yaml"
    #: Characters that render like ASCII letters or digits (a LookalikeRule pack, from
    #: Unicode's confusables data): a destination host written with them imitates the domain
    #: the mission names that it reads as (MissionGrounding). ``None``: none. Relative
    #: paths in detection.yaml are relative to ``config/``.
    lookalikes: Path | None = DEFAULT_RULES / "confusables.yaml"
    #: Arguments that name catalogue entries (an ArgumentRule pack, models/rules.py): the
    #: objects they name belong to no principal, so DelegationScope neither records nor flags
    #: them. ``None``: none. Relative paths in detection.yaml are relative to ``config/``.
    shared_objects: Path | None = DEFAULT_RULES / "shared-objects.yaml"
    #: Arguments that name one customer's records (an ArgumentRule pack): an order, a
    #: reservation, a payment method. DelegationScope never takes one for shared, however
    #: many principals' sessions reach it. ``None``: none. Relative to ``config/``.
    owned_objects: Path | None = DEFAULT_RULES / "owned-objects.yaml"
    #: Findings that stop an agent on their own once they reach the ladder's ``alert_high``
    #: (issue 18: an unexplained destination of a send, share, permission change or write is
    #: a high finding on its own, not one more increment of risk); what each does. A call
    #: IAM refused is answered one step milder.
    decisive: dict[str, Step] = Field(default_factory=lambda: dict(_DECISIVE))
    #: Hyperparameters of the registered detectors (``models/detectors/registry.py``), by
    #: detector name: constructor arguments over the class defaults (and, for a cohort's
    #: model, over its cohort sizing). Checked on load: an unknown detector or parameter is
    #: an error naming both.
    detectors: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_detectors(self) -> DetectionConfig:
        from missionguard.models.detectors.registry import check_params

        check_params(self.detectors)
        return self

    @model_validator(mode="before")
    @classmethod
    def _merge_cohort_ladders(cls, data: Any) -> Any:
        # A cohort names only the thresholds it changes; the rest come from the default ladder.
        if isinstance(data, dict) and isinstance(data.get("cohorts"), dict):
            base = data.get("ladder") or {}
            if isinstance(base, Ladder):
                base = base.model_dump()
            data = {
                **data,
                "cohorts": {
                    name: {**base, **(v.model_dump() if isinstance(v, Ladder) else v or {})}
                    for name, v in data["cohorts"].items()
                },
            }
        return data

    def ladder_for(self, cohort: str) -> Ladder:
        return self.cohorts.get(cohort, self.ladder)

    def weight(self, detector: str) -> float:
        """Weight of a detector (or ``detector.group``, falling back to the detector's)."""
        found = self.weights.get(detector)
        if found is None:
            found = self.weights.get(detector.split(".", 1)[0], 1.0)
        return found

    @classmethod
    def from_yaml(cls, path: str | Path) -> DetectionConfig:
        """Read a YAML file; errors name the file and the offending field."""
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text()) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping at the top level")
        data = resolve_rule_packs(data, path.parent)  # relative to the file
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise ValueError(f"{path}: invalid detection config: {exc}") from exc


def resolve_rule_packs(data: dict[str, Any], base: Path) -> dict[str, Any]:
    """``data`` (detection.yaml's mapping) with the relative paths of the rule packs it names
    made relative to ``base``: ``credential_material``, ``cross_account_sharing``,
    ``mailbox_providers``, ``drop_services``, ``identifier_uris``, ``export_statements``,
    ``remote_code``, ``package_indexes``, ``lookalikes``, ``bank_accounts``,
    ``grantee_arguments``, ``shared_objects``, ``owned_objects``, each of
    ``payload_rules`` and ``undeclared.privileged_actions``.

    >>> data = resolve_rule_packs({"payload_rules": ["rules/a.yaml", "/abs/b.yaml"],
    ...     "undeclared": {"privileged_actions": "rules/p.yaml"}}, Path("/etc/mg"))
    >>> data["payload_rules"], data["undeclared"]["privileged_actions"]
    (['/etc/mg/rules/a.yaml', '/abs/b.yaml'], '/etc/mg/rules/p.yaml')
    """

    def resolved(value: Any) -> Any:
        relative = isinstance(value, str) and not Path(value).is_absolute()
        return str(base / value) if relative else value

    data = dict(data)
    for key in (
        "credential_material",
        "cross_account_sharing",
        "mailbox_providers",
        "drop_services",
        "identifier_uris",
        "export_statements",
        "remote_code",
        "package_indexes",
        "lookalikes",
        "bank_accounts",
        "grantee_arguments",
        "shared_objects",
        "owned_objects",
    ):
        if key in data:
            data[key] = resolved(data[key])
    if isinstance(data.get("payload_rules"), list):
        data["payload_rules"] = [resolved(p) for p in data["payload_rules"]]
    undeclared = data.get("undeclared")
    if isinstance(undeclared, dict) and "privileged_actions" in undeclared:
        data["undeclared"] = {
            **undeclared,
            "privileged_actions": resolved(undeclared["privileged_actions"]),
        }
    return data
