"""The judgement: one synchronous, deterministic entry point used by the Faust worker,
offline replay, notebooks and tests alike.

``Judge.on_mission`` and ``Judge.on_decision`` take the agent's current state (or ``None``
for an agent never seen), update it in place and return it with a :class:`Verdict`: the
alerts and revocation commands to publish. Nothing here reads the wall clock: every time
comes from the records, and every id is derived from them, so reprocessing a decision
(at-least-once delivery) yields the same alert and command ids, which downstream
consumers deduplicate.

Per decision: the deterministic mission check (a declared-rule violation answers as before:
high -> revoke, medium -> throttle), then the behavioural detectors of
:mod:`models.detectors` at agent and cohort level (:mod:`models.fusion` blends and fuses
them), an accumulated, decaying risk mapped onto the cohort's ladder
(step_up -> throttle -> suspend -> revoke), and finally learning, gated so that risky events
and agents that are not active teach nothing. Cohort models are shared by all agents and
held here (:meth:`Judge.export_cohorts` / :meth:`Judge.import_cohorts`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from missionguard.models.cohort import CohortBook
from missionguard.models.config import STEPS, DetectionConfig, DetectionSettings, Step
from missionguard.models.detectors import MissionConformance, RiskyPayload
from missionguard.models.detectors.base import Detector, Explanation, confidence
from missionguard.models.detectors.conformance import SEVERITY_SCORE
from missionguard.models.detectors.delegation import same_identity
from missionguard.models.detectors.payload import written
from missionguard.models.detectors.rarity import observed
from missionguard.models.detectors.registry import REGISTRY
from missionguard.models.detectors.sensitive import vocabulary_at
from missionguard.models.detectors.volume import DELETED, within_named_place
from missionguard.models.features import (
    DecisionFeatures,
    account_grantees,
    bank_accounts,
    bucket_grantees,
    credential_identity,
    decision_features,
    endpoint_grantees,
    granted_accounts,
    granted_members,
    member_grantees,
    named_grantees,
    package_indexes,
    policy_grants,
    project_grantees,
    project_of,
    publishes,
    rbac_members,
    values_under,
    with_accounts,
    with_code_sources,
    with_grantees,
    with_identity,
    with_users,
    without_accounts,
)
from missionguard.models.feedback import FeedbackBook, FeedbackOutcome
from missionguard.models.fusion import (
    blend,
    decay,
    detector_scores,
    fuse,
    ladder_step,
    risk_increment,
    severity,
)
from missionguard.models.mission import MissionViolation, is_glob, matches_any, per_mission
from missionguard.models.rules import (
    ArgumentRule,
    DomainRule,
    PrefixRule,
    RulePack,
    SharingRule,
    StatementRule,
    compile_patterns,
    load_lookalikes,
    load_names,
    load_rule_pack,
    load_rules,
)
from missionguard.models.sketch import key_of
from missionguard.models.state import AgentState, share_fields_set
from missionguard.pipeline.records import (
    SEVERITIES,
    Alert,
    AuthorizationDecision,
    DetectorFinding,
    MissionDeclaration,
    RevocationCommand,
    Severity,
    add_seconds,
    stable_id,
)
from missionguard.pipeline.records.feedback import AnalystFeedback

__all__ = ["Judge", "Verdict", "kept_mission"]

# What each severity of a mission violation does to the agent: high and critical revoke; the
# milder ones stop it as ``DetectionConfig.on_mission_violation`` says (issue 18, never
# weaker than the declaration: a throttle would let it go on doing what its mission excludes).
_REVOKING: frozenset[Severity] = frozenset({"high", "critical"})
_RANK = {s: i for i, s in enumerate(SEVERITIES)}
#: Decimals a finding's score is reported with, and decides with (:meth:`Judge._decisive`).
_PLACES = 4
# The registry's instances by how they learn (models/detectors/registry.py): agents'
# memories, the agent half of two-level models, the cohort models (the two-level ones'
# cohort half first), those taking partial votes.
_MEMORIES = tuple(str(e.field) for e in REGISTRY if e.level == "agent")
_TWO_LEVEL = tuple(str(e.field) for e in REGISTRY if e.level == "agent_and_cohort")
_COHORT_MODELS = _TWO_LEVEL + tuple(str(e.field) for e in REGISTRY if e.level == "cohort")
_PARTIAL_VOTES = tuple(str(e.field) for e in REGISTRY if e.partial_votes)
#: Statuses that stop an agent (its calls refused by the enforcement points).
_STOPPED = frozenset({"suspended", "revoked"})
_STATUS_AFTER: dict[str, Literal["throttled", "suspended", "revoked"]] = {
    "throttle": "throttled",
    "suspend": "suspended",
    "revoke": "revoked",
}
# The least severe alert that accompanies each ladder command.
_STEP_SEVERITY: dict[str, Severity] = {
    "step_up": "medium",
    "throttle": "medium",
    "suspend": "high",
    "revoke": "high",
}


@dataclass(slots=True)
class Verdict:
    alerts: list[Alert] = field(default_factory=list)
    commands: list[RevocationCommand] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.alerts or self.commands)


class Judge:
    """Judges each decision against its agent's mission and history.

    >>> from datetime import datetime, UTC
    >>> judge = Judge()
    >>> t0 = datetime(2026, 1, 1, tzinfo=UTC)
    >>> state, _ = judge.on_mission(None, MissionDeclaration(time=t0, agent_id="bot-1",
    ...     mission_id="m1", purpose="summarise tickets", allowed_actions=["tickets:read"],
    ...     issued_by="ops"))
    >>> ok = AuthorizationDecision(event_id="e1", time=t0, agent_id="bot-1",
    ...     action="tickets:read", resource="ticket/1", decision="allow", source="demo")
    >>> bool(judge.on_decision(state, ok)[1])
    False
    >>> bad = ok.model_copy(update={"event_id": "e2", "action": "iam:CreateAccessKey"})
    >>> verdict = judge.on_decision(state, bad)[1]
    >>> verdict.alerts[0].severity, verdict.commands[0].action, state.status
    ('high', 'revoke', 'revoked')
    """

    def __init__(
        self, settings: DetectionSettings | None = None, detection: DetectionConfig | None = None
    ) -> None:
        self.settings = settings or DetectionSettings()
        self.config = detection or DetectionConfig()
        self.cohorts = self.new_cohort_book()
        self.conformance = MissionConformance()
        # The registered detectors (models/detectors/registry.py): the stateless ones are
        # built here, with their parameters (detection.yaml, ``detectors``); RiskyPayload
        # with the rule packs it recognises (config/rules/), loaded and validated once.
        params = self.config.detectors
        built: dict[str, Any] = {"risky_payload": {"packs": self.config.payload_rules}}
        self.stateless: dict[str, Detector] = {
            e.name: e.cls(**{**built.get(e.name, {}), **params.get(e.name, {})})
            for e in REGISTRY
            if e.level == "stateless"
        }
        payload = self.stateless["risky_payload"]
        assert isinstance(payload, RiskyPayload)
        self.payload = payload
        # Per-agent instances are the state's (their learned state only): the configured
        # parameters are set on them as the judge takes each state up.
        self._agent_params = tuple(
            (str(e.field), dict(params[e.name]))
            for e in REGISTRY
            if e.level in ("agent", "agent_and_cohort") and params.get(e.name)
        )
        # Credential material SensitiveTarget recognises (config/rules/), handed to it in x.
        self.credentials = vocabulary_at(str(self.config.credential_material))
        # Calls that open a resource to other accounts, and where they name them (config/rules/).
        sharing = self.config.cross_account_sharing
        self.sharing = RulePack(load_rules(sharing, SharingRule) if sharing is not None else ())
        # Public mailbox providers: an address there is a destination of its own (config/rules/).
        self.mailboxes = load_names(self.config.mailbox_providers, DomainRule)
        # Drop services: where anyone with the link reads what is sent (config/rules/).
        self.drop_services = load_names(self.config.drop_services, DomainRule)
        # URIs that name a scope or a namespace: no destinations (config/rules/).
        self.identifier_uris = load_names(self.config.identifier_uris, PrefixRule)
        # Statements that write their result out to a location they name (config/rules/).
        self.export_statements = compile_patterns(
            load_names(self.config.export_statements, StatementRule)
        )
        # Commands that download a script and run it: the URLs they fetch from are
        # destinations too, read the same way (config/rules/remote-code.yaml).
        self.remote_code = compile_patterns(load_names(self.config.remote_code, StatementRule))
        # Characters that render like ASCII ones: homograph hosts (config/rules/).
        self.lookalikes = load_lookalikes(self.config.lookalikes)
        # Arguments that carry a bank account number: payment destinations (config/rules/).
        self.bank_account_arguments = load_names(self.config.bank_accounts, ArgumentRule)
        # Arguments that name a package index: where added code comes from (config/rules/).
        self.package_index_arguments = load_names(self.config.package_indexes, ArgumentRule)
        self.grantee_arguments = load_names(self.config.grantee_arguments, ArgumentRule)
        # Arguments that name catalogue entries: objects of no principal's (config/rules/).
        self.shared_arguments = load_names(self.config.shared_objects, ArgumentRule)
        # Arguments that name one customer's records: never shared by use (config/rules/).
        self.owned_arguments = load_names(self.config.owned_objects, ArgumentRule)
        # Actions that stop an agent acting with no mission in force (config/rules/).
        pack = self.config.undeclared.privileged_actions
        self.privileged = RulePack(load_rule_pack(pack) if pack is not None else ())
        # Analyst feedback: suppressed patterns and per-cohort detector weights.
        self.feedback = FeedbackBook(default_cohort=self.config.default_cohort)

    def new_cohort_book(self) -> CohortBook:
        """An empty cohort book with this judge's sizes and detector parameters (the worker
        keeps one per input partition)."""
        config = self.config
        return CohortBook(config.max_cohorts, config.default_cohort, config.detectors)

    # -- missions -------------------------------------------------------------------------
    def on_mission(
        self, state: AgentState | None, mission: MissionDeclaration
    ) -> tuple[AgentState, Verdict]:
        state = state or AgentState(agent_id=mission.agent_id)
        # A mission older than the one in force is a stale replay of the compacted topic.
        if state.mission is None or mission.time >= state.mission.time:
            share_fields_set(mission)  # held as long as the state is: one set, not one each
            state.mission = mission
        return state, Verdict()

    # -- decisions ------------------------------------------------------------------------
    def on_decision(
        self, state: AgentState | None, decision: AuthorizationDecision
    ) -> tuple[AgentState, Verdict]:
        state = state or AgentState(agent_id=decision.agent_id)
        if (
            state.last_seen is not None
            and decision.time <= state.last_seen
            and decision.event_id in state.recent_event_ids
        ):
            # One of the agent's last records delivered again (sources deliver at least once:
            # a retried upload, a forwarder re-sending its last batch, a log file read twice):
            # judged once, or its rate, its risk and every count would take one call for two.
            # Among its last ``evidence_window`` ids, and not newer than its last call: an id
            # reused with a later time is another call. A reporter that could replay an
            # older id and time could as well leave the call out.
            return state, Verdict()
        for name, values in self._agent_params:
            vars(getattr(state, name)).update(values)
        state.decisions_seen += 1
        state.last_seen = decision.time
        t = decision.time.timestamp()
        rate = state.rate.add(t)
        state.remember_credential(decision.credential_id)
        evidence = [*state.recent_event_ids]
        state.remember_event(decision.event_id, self.settings.evidence_window)
        cohort = self.cohorts.cohort_of(state.mission.cohort if state.mission else None)
        self._take_scope(state, cohort)

        if state.status == "revoked":
            # Already revoked: the enforcement point refuses it; count what still got through.
            # A revoked agent teaches nothing.
            if decision.decision == "allow":
                state.leaked_after_revocation += 1
            return state, Verdict()
        before = self.feedback.snapshot(state)  # analyst feedback: restored if suppressed
        was_stopped = state.status in _STOPPED

        verdict = Verdict()
        undeclared: DetectorFinding | None = None  # "acts without a mission", first time
        if state.mission is None and self.settings.alert_on_undeclared_agent:
            if not state.undeclared_alerted:
                state.undeclared_alerted = True
                undeclared = DetectorFinding(
                    name="mission_conformance.no_mission",
                    score=SEVERITY_SCORE[self.config.undeclared.first_alert],
                    reason="agent acts without a declared mission",
                )

        closed = state.window.add(
            t, decision.resource, decision.decision == "deny", decision.session_id
        )
        x = decision_features(
            decision,
            state.mission,
            cohort,
            state.prev_action,
            self.mailboxes,
            self.shared_arguments,
            self.owned_arguments,
            self.identifier_uris,
            self.export_statements,
            self.remote_code,
        )
        rule = self.sharing.match(decision.action) if self.sharing.rules else None
        if isinstance(rule, SharingRule):
            self._shared_with(rule, decision, x)
        elif self.grantee_arguments:
            # A user name or id the grant names (a repository's new collaborator): someone.
            # Not in a call the cross-account pack describes: its rule reads its parameters.
            named = named_grantees(decision, self.grantee_arguments)
            if named:
                with_users(x, named)
        if self.privileged:
            # A credential made for an identity (an access key for an IAM user): whom it
            # is for is a destination, explained by the mission or the cohort or not.
            privileged = self.privileged.match(decision.action)
            if privileged is not None and privileged.identity_target:
                keys = privileged.identity_keys
                written = values_under(decision.arguments, keys) if keys else []
                identity = credential_identity(decision, written)
                # Where the request names the identity, the resource is a collection (every
                # HMAC key of a project): a glob the mission allows over it declares no one.
                if identity is not None and not _declares_identity(
                    state.mission, identity if written else decision.resource, identity
                ):
                    with_identity(x, identity)
        if x["effect"] and self.bank_account_arguments:
            paid = bank_accounts(decision.arguments, self.bank_account_arguments)
            if paid:
                with_accounts(x, paid)
        if x["effect"] and self.package_index_arguments:
            indexes = package_indexes(decision.arguments, self.package_index_arguments)
            if indexes:
                with_code_sources(x, indexes)
        x["rate_per_minute"] = rate
        x["window"] = {"rate": rate, **state.window.figures()}
        x["closed_window"] = closed
        x["observed"] = observed(x)
        # Whether a call on a repository follows a read of it (None: no repository, or the
        # agent has read none yet): a change to one it never read is no edit of what it saw.
        repository = self.payload.vocabulary.repository_of(decision.resource)
        read = state.repositories_read
        x["repository_read"] = repository in read if repository and read else None
        # Refusals a cohort's agents get alike, calls its calm agents make: held by the cohort
        # book in use (one per input partition), exported and restored with it.
        shared_denials, routine = self.cohorts.denials, self.cohorts.routine
        # A call's class for the cohort memories: the operation on the kind when the record
        # says it (a watch and a list of secrets are one kind of call), else the action.
        what = f"{decision.operation or decision.action} {x['shape']}"
        if decision.decision == "deny":
            x["authorizer_refusal"] = (
                shared_denials.note(cohort, what, decision.agent_id, t)
                # A refused continuation: the agent had been served this stream (a watch resumed
                # from a version it was given), the authorizer changed its answer (restarting
                # with cold caches, a grant removed); no door the agent tried.
                or bool(decision.attributes.get("resumed_from"))
            )
        x["cohort_routine"] = routine.familiar(cohort, what, decision.agent_id)

        # Slow and low (VolumeDrift): the cohort's busiest hour for this kind, and whether the
        # agent is already under suspicion (its hours then teach no baseline).
        volume_kind = DELETED if x["destroys"] else x["shape"]
        x["cohort_volume"] = self.cohorts.get(cohort).volume.peak(volume_kind, t)
        x["credential_vocabulary"] = self.credentials
        x["lookalikes"] = self.lookalikes
        x["drop_services"] = self.drop_services
        ladder = self.config.ladder_for(cohort)
        x["suspect"] = state.status != "active" or state.risk >= ladder.step_up

        if state.mission is not None and state.mission.acts_for:
            self._count_group(state, x, state.mission)

        violations = self.conformance.violations(x)
        if state.mission is None:
            violations += self._privileged_without_mission(decision)
        else:
            # A call the mission allows: refused, it is the authorizer disagreeing with the
            # declaration (a policy out of step, caches still filling), not a door tried.
            x["declared_work"] = not violations
        if x["outbound"] and state.mission is not None:
            # Destinations most sessions of this purpose were stopped for alone: its norm.
            x["purpose_agrees"] = self.cohorts.get(cohort).peers.agreed(x)
        if x["fetched"] and state.mission is not None:
            # Pages the purpose's sessions read in their ordinary work.
            x["peer_hosts"] = self.cohorts.get(cohort).peers.familiar_hosts(x)
        explained = self._explain(state, x)
        if self.config.conceal_s:
            self._concealment(state, x, explained, ladder.alert_low)
        rules = {v.rule for v in violations}
        if rules & _UNDECLARED:
            # An undeclared action is new to the agent and an unusual next step by that very
            # fact, an undeclared resource is new and unexplained by the purpose: their rarity,
            # transition and grounding are the same evidence as the violation, not more of it.
            scores = detector_scores(_without_undeclared_novelty(explained, rules))
        else:
            scores = detector_scores(explained)
        if violations:
            worst = max(_RANK[v.severity] for v in violations)
            if decision.decision == "deny":
                worst -= 1  # refused by IAM: intent, not effect (see _respond)
            scores["mission_conformance"] = SEVERITY_SCORE[SEVERITIES[max(0, worst)]]
        scores = self.feedback.scale(cohort, scores)  # analyst feedback: per-cohort weights
        grounded = (
            state.mission is not None
            and scores.get("mission_grounding", 0.0) < self.config.grounded_below
        )
        event_score = fuse(scores, self.config, grounded)  # severity and the learning gate
        # The risk counts a burst's finding once (_count_episodes_once); learning and the
        # alert still see every finding, so a burst is never learned as normal.
        risk_scores = self._count_episodes_once(state, scores, t)
        novel_only = _NOVELTY_ONLY
        if x.get("destination_unexplained"):
            novel_only = _NOVELTY_ONLY - {"mission_grounding"}
        if explained.get("sensitive_target", {}).keys() == {"explained"}:
            # Credential material the purpose, the agent's own namespace or name, or the
            # cohort's routine explains: reported, but no evidence against the agent.
            novel_only = novel_only | {"sensitive_target"}
        if explained.get("delegation_scope", {}).keys() == {"claimed_object"}:
            # An object another principal claimed by one use: that use may be the intrusion
            # as much as this one. Reported; whoever confirms the object settles it, and the
            # other session is found then (DelegationScope, late ownership).
            novel_only = novel_only | {"delegation_scope"}
        # Findings below the risk floor are noise by definition (a velocity of 0.03): they do
        # not make an event more than novelty.
        floor = self.config.risk_floor
        if not violations and all(k in novel_only or v < floor for k, v in scores.items()):
            # Only novelty, in an action and on a resource the mission declares (or with no
            # mission in force, which the undeclared policy answers): new to the agent and its
            # cohort is worth an alert, not a stop; a declared mission is what a new CRD, a
            # new endpoint or a rare next step is judged against, and novelty is no evidence
            # of an attack on its own (issue 17: the API server's discovery of new kinds, a
            # controller's first deletecollection, with missions or without).
            risk_scores = {}
        risk_score = (
            event_score if risk_scores is scores else fuse(risk_scores, self.config, grounded)
        )

        state.risk = decay(state.risk, t - state.risk_time, self.config.risk_half_life_s)
        state.risk_time = t
        risk_before = state.risk
        increment = risk_increment(risk_score, self.config)
        if decision.decision == "deny" and increment:
            increment = self._refused_increment(risk_scores, increment, grounded)
        state.risk += increment
        if increment or state.drift_risk:
            state.drift_risk = (
                decay(state.drift_risk, t - state.drift_time, self.config.drift_half_life_s)
                + increment
            )
            state.drift_time = t
        if self._ladder_risk(state) < ladder.step_up / 2:
            state.ladder_step = 0  # the incident has faded: a new one climbs from the bottom

        if violations:
            conformance = self._respond(state, decision, violations, evidence, explained)
            verdict.alerts += conformance.alerts
            verdict.commands += conformance.commands
            step = ladder_step(self._ladder_risk(state), ladder)
            if step > state.ladder_step:
                state.ladder_step = step
                action = STEPS[step - 1]
                if _RANK_STATUS[_STATUS_AFTER.get(action, "active")] > _RANK_STATUS[state.status]:
                    reason = f"accumulated risk {self._ladder_risk(state):.2f} reached {action}"
                    alert = conformance.alerts[0]
                    verdict.commands.append(self._command(state, decision, action, reason, alert))
        else:
            self._respond_behaviour(
                state, decision, event_score, explained, evidence, verdict, ladder
            )

        if undeclared is not None:
            self._add_finding(verdict, state, decision, undeclared, evidence)
        if not was_stopped and state.status in _STOPPED:
            own = bool(violations) or event_score >= ladder.alert_high
            # Stopped on where it sends alone: nothing broken, nothing but novelty found.
            alone = (
                not violations
                and x.get("destination_unexplained", False)
                and "imitation" not in explained.get("mission_grounding", {})
                and fuse(_strong(scores), self.config, grounded) < ladder.alert_high
            )
            indicators = self._stopped(x, explained, ladder, own, alone)
            if indicators:
                self._scope(decision, x, indicators, verdict)
        if (
            decision.decision == "allow"
            and (x["outbound"] or x["fetched"] or not x["read_only"])
            and state.status not in _STOPPED
        ):
            # In scope of a later incident; the call itself only when its task is new to
            # the agent (an agent's own routine is no injected instruction).
            first = bool(state.rarity.unseen(x["observed"][:1]))
            models = self.cohorts.get(cohort)
            foreign = models.peers.destinations(x) if x["outbound"] else ()
            usual = {d[2] for d in x["outbound"]}.difference(foreign)
            usual.update(x.get("peer_hosts") or ())  # pages its purpose's sessions read
            models.grounding.sent(x, first, usual)
        self._learn(state, x, scores, event_score, grounded, risk_before)
        self._late_owners(decision, x, verdict)
        if decision.decision == "allow" and risk_before < ladder.step_up:
            routine.add(cohort, what, decision.agent_id)
        if repository and decision.decision == "allow" and x["read_only"]:
            state.remember_repository(repository)
        state.prev_action = decision.action
        self.feedback.screen(state, verdict, before)  # analyst feedback: suppressed patterns
        return state, verdict

    def _stopped(
        self,
        x: DecisionFeatures,
        explained: dict[str, Explanation],
        ladder: Any,
        own: bool,
        alone: bool = False,
    ) -> list[str]:
        """The call ``x`` stopped its agent; returns its incident's indicators (none unless
        the call is the offence: MissionGrounding.indicators). Its agent is no peer of its
        group any more (MissionPeers.forget), and no incident scopes it
        (MissionGrounding.stopped). Stopped for where it sends and nothing else (``alone``), its
        unexplained destinations count towards its purpose's norm (MissionPeers.contest) and
        taint nothing: a purpose whose every session sends where its data says is not an
        incident. Otherwise, where the call sends is an indicator of the incident, no longer
        explained by history (MissionGrounding.taint), when the call itself is the offence
        (``own``: it broke the mission or is a high alert on its own): its destinations that
        nothing explains, and, when the task is foreign to the agent's mission peers, those
        its peers do not use. A call that only tips accumulated risk over taints nothing: it
        may be the agent's own work (the bill it was asked to pay), and one wrong stop would
        stop every later session paying there."""
        models = self.cohorts.get(x["cohort"])
        models.grounding.stopped(x["agent"])
        indicators: list[str] = []
        if alone:
            # Stopped for where it sends and nothing else: counted towards the purpose's
            # norm (MissionPeers.agreed), and no indicator of an incident on its own.
            unexplained = [
                d for d in x.get("outbound", ()) if models.grounding.explains(x, d[2], d[3]) is None
            ]
            models.peers.contest(x, unexplained)
        elif own:
            foreign = explained.get("mission_peers", {}).get("task", (0.0, ""))[0]
            also = models.peers.destinations(x) if foreign >= ladder.alert_high else []
            # The call itself is an indicator for later calls only when every object it names
            # is its principal's own (confirmed) or shared: the owner of the order another
            # customer's session cancelled, known or not yet, cancels it too, with the same
            # arguments (incident scoping spares owners alike).
            call = not x.get("owned") and self.cohorts.delegation.settled(x)
            tainted = models.grounding.taint(x, also, call=call)
            indicators = models.grounding.indicators(x, tainted)
        models.peers.forget(x)
        return indicators

    def _scope(
        self,
        decision: AuthorizationDecision,
        x: DecisionFeatures,
        indicators: list[str],
        verdict: Verdict,
    ) -> None:
        """Incident scoping: the call ``decision`` stopped its agent as the offence, and
        ``indicators`` are its incident's (where it sent, the hosts it fetched from, the call
        itself); every other agent of the cohort that reached one of them in the last
        ``scope_s`` seconds, with neither its mission nor its principal naming it
        (MissionGrounding.sent, .scope), is in scope of that incident, unless it acts for a
        principal whose objects the offence reached (DelegationScope.reached: the customer
        whose booking another customer's session cancelled cancels it too),
        as a SOC sweeps for every identity that reached an attacker's account or address once
        one is confirmed. Each gets a high ``mission_grounding.scope`` alert and the command
        ``decisive["mission_grounding.scope"]`` names (none: the alert only); its state
        takes the command at its next call (MissionGrounding.take)."""
        grounding = self.cohorts.get(x["cohort"]).grounding
        owners = self.cohorts.delegation.reached(x)
        found = grounding.scope(indicators, x["t"], decision.agent_id, owners)
        if not found:
            return
        stopping = verdict.alerts[-1].alert_id if verdict.alerts else None
        for other, event_id, value in found:
            if value.startswith("call:"):
                task = value.removeprefix("call:").rpartition(":")[0]
                what = f"made the same call, {task!r} with the same arguments,"
                done = "for making it"
            else:
                what, done = f"sent to or fetched from {value!r}", "sending there"
            reason = (
                f"{what} (event {event_id!r}) as agent {decision.agent_id!r} of the cohort, "
                f"stopped {done} (event {decision.event_id!r}, alert {stopping!r}): an "
                f"indicator of that incident, named by neither its mission nor its principal"
            )
            finding = DetectorFinding(
                name="mission_grounding.scope", score=grounding.destination_weight, reason=reason
            )
            self._sweep(decision, other, event_id, x["cohort"], finding, verdict)

    def _late_owners(
        self, decision: AuthorizationDecision, x: DecisionFeatures, verdict: Verdict
    ) -> None:
        """Late ownership (DelegationScope.take_late): the call ``decision`` confirmed whose
        an object is, and sessions acting for other principals used it while that was still
        open (an intruder that read a victim's order before the victim's own sessions named
        it). Each such session, not stopped yet, gets a high ``delegation_scope.late_owner``
        alert and the command ``decisive["delegation_scope.late_owner"]`` names (none: the
        alert only), as incident scoping does (:meth:`_scope`)."""
        delegation = self.cohorts.delegation
        for obj, owner, (other, event_id, _, _, cohort, changed) in delegation.take_late():
            if other == decision.agent_id or not self.cohorts.get(cohort).grounding.claim(other):
                continue
            reason = (
                f"object {obj!r}, which this agent used (event {event_id!r}) while no one's "
                f"ownership of it was confirmed, is {owner!r}'s, on whose behalf this agent did "
                f"not act: agent {decision.agent_id!r} confirmed it (event "
                f"{decision.event_id!r})"
            )
            score = delegation.change_score if changed else delegation.foreign_score
            finding = DetectorFinding(
                name="delegation_scope.late_owner", score=score, reason=reason
            )
            self._sweep(decision, other, event_id, cohort, finding, verdict)

    def _sweep(
        self,
        decision: AuthorizationDecision,
        other: str,
        event_id: str,
        cohort: str,
        finding: DetectorFinding,
        verdict: Verdict,
    ) -> None:
        """A high alert on agent ``other`` for its event ``event_id``, found while judging
        ``decision`` (incident scoping, late ownership), and the command the finding's
        ``decisive`` entry names; its state takes the command at its next call
        (MissionGrounding.mark, .take)."""
        alert = Alert(
            alert_id=stable_id("alert", other, event_id, finding.name.rpartition(".")[2]),
            time=decision.time,
            agent_id=other,
            mission_id=None,
            severity="high",
            score=finding.score,
            trigger_event_id=event_id,
            evidence_event_ids=[event_id, decision.event_id],
            detectors=[finding],
            cohort=cohort,
        )
        verdict.alerts.append(alert)
        action = self.config.decisive.get(finding.name)
        if action is None:
            return
        command = RevocationCommand(
            command_id=stable_id("command", other, event_id, action),
            time=decision.time,
            agent_id=other,
            action=action,
            reason=finding.reason[:1000],
            alert_id=alert.alert_id,
            trigger_event_id=event_id,
            expires_at=add_seconds(decision.time, self.settings.revoke_ttl_s),
        )
        verdict.commands.append(command)
        self.cohorts.get(cohort).grounding.mark(other, action, command.command_id)

    def _privileged_without_mission(
        self, decision: AuthorizationDecision
    ) -> list[MissionViolation]:
        """A privileged action (config/rules/privileged-actions.yaml) with no mission in force:
        acting without a declared mission is no free pass (``undeclared`` policy)."""
        rule = self.privileged.match(decision.action)
        if rule is None:
            return []
        reason = (
            f"privileged action {decision.action!r} with no mission in force: "
            f"{rule.title} (rule {rule.id})"
        )
        return [MissionViolation(rule=_PRIVILEGED_UNDECLARED, severity="high", reason=reason)]

    def _count_group(
        self, state: AgentState, x: DecisionFeatures, mission: MissionDeclaration
    ) -> None:
        """On a mission that declares the principals its task is done for (``acts_for``):
        ``x["group_within"]``, every other principal this event names is one of them (the
        delegation model then scores its findings low, naming them); ``x["group_others"]``:
        the event names any (it teaches delegation nothing). The ones reached are kept in the
        state (``group_principals``, at most ``group_size`` + 1) for the evidence."""
        delegation = self.cohorts.delegation
        others = delegation.others(x)
        acts_for = mission.acts_for
        keys = _group_keys(mission)
        if keys is not None:
            x["group_keys"] = keys
        x["group_within"] = bool(others) and all(
            matches_any(o, acts_for) or any(same_identity(o, a) for a in acts_for) for o in others
        )  # ``3310977`` in a path is ``hoewon:3310977``
        x["group_others"] = bool(others)
        reached = state.group_principals
        for other in others:
            if other not in reached and len(reached) <= delegation.group_size:
                reached.append(other)

    def _concealment(
        self,
        state: AgentState,
        x: DecisionFeatures,
        explained: dict[str, Explanation],
        armed_at: float,
    ) -> None:
        """A deletion soon after the agent sent where nothing explains: the send concealed
        (the forwarded security code, then the sent copy deleted: ATT&CK T1070.008, Clear
        Mailbox Data; OWASP ASI02). Each half alone is ordinary work (a forward to a new
        address is an alert, a clean-up is routine); together, within ``conceal_s``, they
        are one act and a finding of the destination's weight (``decisive``: a stop). After
        a send whose destination scored an alert, any deletion; after one that scored less
        (a cohort that never sent before has nothing to compare its first send with), only
        deleting the very object the send made (its typed target: the sent message)."""
        t = x["t"]
        window = self.config.conceal_s
        if x["destroys"]:
            sent_at, trace = state.unexplained_sent_at, None
            if sent_at is None or not 0.0 <= t - sent_at <= window:
                sent_at = state.sent_trace_at
                trace = state.sent_trace
                if sent_at is None or not 0.0 <= t - sent_at <= window or trace != _trace(x):
                    return
            weight = self.cohorts.get(x["cohort"]).grounding.destination_weight
            what = "the very object it sent" if trace else "a send"
            explained.setdefault("mission_grounding", {})["concealment"] = (
                weight,
                f"deletes {x['resource']!r} {t - sent_at:.0f}s after the agent sent where "
                f"neither the mission nor the principal explains ({what}, then its trace "
                f"removed)",
            )
            return
        if x["outcome"] != "allow" or not x["effect"]:
            return
        found = explained.get("mission_grounding", {}).get("destination")
        if found is None:
            return
        if found[0] >= armed_at:
            state.unexplained_sent_at = t
        trace = _trace(x)
        if trace is not None and _sends_a_copy(x):
            state.sent_trace, state.sent_trace_at = trace, t

    def _explain(self, state: AgentState, x: DecisionFeatures) -> dict[str, Explanation]:
        """Every registered detector's explanation of ``x`` (REGISTRY order), by name."""
        cohort = x["cohort"]
        models = self.cohorts.get(cohort)
        found: dict[str, Explanation] = {}
        warm = {
            "decisions": confidence(state.learned, self.config.warmup_decisions),
            "windows": confidence(state.velocity.n, self.config.warmup_windows),
        }
        detector: Detector
        for e in REGISTRY:
            level = e.level
            if level == "agent_and_cohort":
                # The cohort's explanation first. ``blend`` finds nothing where the cohort
                # finds nothing (most decisions), so the agent's explanation (explain_one is
                # pure) is computed only where the cohort found something.
                found_cohort = getattr(models, str(e.field)).explain_one(x)
                if not found_cohort:
                    continue
                of_agent = getattr(state, str(e.field)).explain_one(x)
                f = blend(of_agent, found_cohort, warm[e.warmup or "decisions"], cohort)
            else:
                if level == "cohort":
                    detector = getattr(models, str(e.field))
                elif level == "agent":
                    detector = getattr(state, str(e.field))
                elif level == "fleet":
                    detector = getattr(self.cohorts, str(e.field))
                else:
                    detector = self.stateless[e.name]
                f = detector.explain_one(x)
            if f:
                found[e.name] = f
            if e.name == "mission_grounding":
                # Where the call sends is unexplained: what RiskyPayload weighs a code or a
                # secret in its text by, and what makes grounding more than novelty.
                x["destination_unexplained"] = "destination" in f
        return found

    def _learn(
        self,
        state: AgentState,
        x: DecisionFeatures,
        scores: dict[str, float],
        event_score: float,
        grounded: bool,
        risk_before: float,
    ) -> None:
        # Memories (recent denials, networks, credential material reached, volume per hour)
        # learn from every event, risky ones included; VolumeDrift counts every allowed call,
        # and suspect hours teach no baseline.
        for name in _MEMORIES:
            getattr(state, name).learn_one(x)
        if x.get("outcome") == "allow":  # what its beginning reached, risky calls included
            self.cohorts.get(x["cohort"]).peers.reached(x)
        for kind, count, at in state.volume.completed():
            self.cohorts.get(x["cohort"]).volume.add(kind, count, at)
        if state.status != "active":
            return  # throttled, suspended or revoked agents teach nothing
        gate = self.config.learn_gate
        models = self.cohorts.get(x["cohort"])
        # The cohort counts how many of its agents used a value, not how often: a value one
        # agent repeats (a burst on a new bucket) stays as rare for the cohort as at first.
        fresh = state.rarity.unseen(x["observed"])
        if event_score < gate:
            state.learned += 1
            for name in _TWO_LEVEL:
                getattr(state, name).learn_one(x)
        x = {**x, "observed": fresh}
        # A young cohort does not yet know what its agents normally use, so its own novelty
        # findings cannot veto learning (else nothing new would ever become familiar); after
        # ``cohort_bootstrap_decisions`` an event with only novelty findings is a partial
        # vote for grounding, and teaches nothing else.
        if risk_before >= self.config.ladder_for(x["cohort"]).step_up:
            pass  # an agent already under suspicion teaches its cohort nothing
        elif event_score < gate or models.grounding.n < self.config.cohort_bootstrap_decisions:
            if event_score < gate or fuse(_strong(scores), self.config, grounded) < gate:
                # Learned all the same, but marked: a call with findings makes no destination
                # one its agent "sent there before" (MissionGrounding).
                taught = x if event_score < gate else {**x, "remarkable": True}
                for name in _COHORT_MODELS:
                    getattr(models, name).learn_one(taught)
        elif fuse(_strong(scores), self.config, grounded) < gate:
            for name in _PARTIAL_VOTES:
                getattr(models, name).learn_one(x, w=self.config.quarantine_weight)
        if "delegation_scope" not in scores:
            others_score = event_score  # fuse(scores, ...): what on_decision computed
        else:
            others = {k: v for k, v in scores.items() if k != "delegation_scope"}
            others_score = fuse(others, self.config, grounded)
        if others_score < gate and not x.get("group_others"):
            self.cohorts.delegation.learn_one(x)

    # -- responses ------------------------------------------------------------------------
    def _count_episodes_once(
        self, state: AgentState, scores: dict[str, float], t: float
    ) -> dict[str, float]:
        """``scores`` for the risk: without an episode finding (velocity, probing) that repeats
        within ``episode_s`` of its peak without exceeding it by ``episode_step``, since a
        burst is one piece of evidence however many calls it has (``scores`` itself when
        nothing is dropped). A clearly higher score (the burst grows) counts, and becomes the
        new peak."""
        kept = scores
        for name in _EPISODE_DETECTORS:
            score = scores.get(name)
            if score is None:
                continue
            peak, at = getattr(state, f"{name}_peak"), getattr(state, f"{name}_peak_t")
            if (
                peak > 0.0
                and t - at < self.config.episode_s
                and score < peak + self.config.episode_step
            ):
                if kept is scores:
                    kept = dict(scores)
                del kept[name]
            else:
                setattr(state, f"{name}_peak", score)
                setattr(state, f"{name}_peak_t", t)
        return kept

    def _shared_with(
        self, rule: SharingRule, decision: AuthorizationDecision, x: DecisionFeatures
    ) -> None:
        """Add to ``x``, in place, whom a call the cross-account sharing pack describes
        opens to (the parameters its ``rule`` names): accounts, organisations, buckets,
        endpoints and members, each a destination (``with_grantees``)."""
        accounts = granted_accounts(decision.arguments, rule.account_keys)
        organizations: list[str] = []
        if rule.policy_keys:
            # A statement that admits only principals of an organisation grants to that
            # organisation, not to each account it lists (aws:PrincipalOrgID).
            admitted, organizations, inside = policy_grants(decision.arguments, rule.policy_keys)
            accounts += admitted
            if inside:
                without_accounts(x, set(inside).difference(accounts))
        grantees = account_grantees(accounts)
        grantees += [("principal", org, org) for org in organizations]
        if rule.bucket_keys:
            grantees += bucket_grantees(decision.arguments, rule.bucket_keys)
        if rule.endpoint_keys:
            grantees += endpoint_grantees(decision.arguments, rule.endpoint_keys, self.mailboxes)
        if rule.project_keys:
            # A project other than the call's own: explained where the purpose writes its
            # id out (projects are named by a bare id: "the group SIEM project kgl-siem").
            own = project_of(decision.resource)
            purpose = (x.get("purpose_text") or "").lower()
            grantees += [
                g
                for g in project_grantees(decision.arguments, rule.project_keys, own)
                if not written(g[1].removeprefix("projects/"), purpose)
            ]
        if rule.member_keys or rule.member_types or rule.subject_keys:
            members = granted_members(decision.arguments, rule.member_keys, rule.member_types)
            if rule.subject_keys:
                members += rbac_members(decision.arguments, rule.subject_keys)
            grantees += member_grantees(members, self.mailboxes)
        if grantees:
            with_grantees(x, grantees)

    def _refused_increment(
        self, risk_scores: dict[str, float], increment: float, grounded: bool
    ) -> float:
        """What a call IAM refused adds to the risk: ``refused_weight`` of ``increment`` (what
        it would add allowed: nothing happened, intent, not effect), but no less than its
        findings whose evidence is the refusal or the declaration itself add in full: a run of
        refusals (``probing``) is found by refusals, and the mission's answer to a call it does
        not allow (``mission_conformance``) is already one severity milder when refused."""
        weighted = increment * self.config.refused_weight
        own = {k: v for k, v in risk_scores.items() if k in _REFUSAL_EVIDENCE}
        if own:
            weighted = max(weighted, risk_increment(fuse(own, self.config, grounded), self.config))
        return weighted

    def _ladder_risk(self, state: AgentState) -> float:
        """The risk the ladder reads: the recent one, or the slow drift accumulation
        scaled down to the same thresholds, whichever is higher."""
        return max(state.risk, state.drift_risk / self.config.drift_scale)

    def _risk_finding(self, state: AgentState, action: str, ladder: Any) -> DetectorFinding:
        drift = state.drift_risk / self.config.drift_scale
        if drift > state.risk:
            reason = (
                f"risk accumulated over hours {state.drift_risk:.2f} reached {action} at "
                f"{getattr(ladder, action) * self.config.drift_scale:g} (slow drift, half-life "
                f"{self.config.drift_half_life_s:g}s)"
            )
            return DetectorFinding(name="risk", score=round(drift, _PLACES), reason=reason)
        return DetectorFinding(
            name="risk",
            score=round(state.risk, _PLACES),
            reason=f"accumulated risk {state.risk:.2f} reached {action} at "
            f"{getattr(ladder, action):g} (half-life {self.config.risk_half_life_s:g}s)",
        )

    def _respond_behaviour(
        self,
        state: AgentState,
        decision: AuthorizationDecision,
        event_score: float,
        explained: dict[str, Explanation],
        evidence: list[str],
        verdict: Verdict,
        ladder: Any,
    ) -> None:
        level = severity(event_score, ladder)
        step = ladder_step(self._ladder_risk(state), ladder)
        command_action = STEPS[step - 1] if step > state.ladder_step else None
        decisive = self._decisive(decision, explained, ladder)
        if decisive is not None and (command_action is None or decisive[0] > step):
            step, command_action = decisive
        if level is None and command_action is None:
            return
        findings = _findings(explained)
        if command_action is not None:
            floor = _STEP_SEVERITY[command_action]
            level = floor if level is None or _RANK[level] < _RANK[floor] else level
            findings.append(self._risk_finding(state, command_action, ladder))
        assert level is not None
        alert = self._alert(state, decision, level, findings, evidence, score=event_score)
        verdict.alerts.append(alert)
        if command_action is None:
            return
        state.ladder_step = step
        if command_action != "step_up" and state.status != "active":
            if _RANK_STATUS[state.status] >= _RANK_STATUS[_STATUS_AFTER[command_action]]:
                return
        reasons = "; ".join(f.reason for f in findings[:3])
        verdict.commands.append(self._command(state, decision, command_action, reasons, alert))

    def _decisive(
        self, decision: AuthorizationDecision, explained: dict[str, Explanation], ladder: Any
    ) -> tuple[int, Step] | None:
        """The step a decisive finding (``DetectionConfig.decisive``) at or above the ladder's
        ``alert_high`` takes: (1-based index in :data:`STEPS`, step), one step milder when
        IAM refused the call; ``None`` when there is none. A finding decides as it is
        reported, at :data:`_PLACES` decimals: ``0.9 * (1 - 1/9)`` is ``0.7999999999999999``
        in binary floating point, an alert reads 0.8, and 0.8 reaches an ``alert_high`` of
        0.8."""
        best = 0
        for name, action in self.config.decisive.items():
            detector, _, feature = name.partition(".")
            score = explained.get(detector, {}).get(feature, (0.0, ""))[0]
            if round(score, _PLACES) >= ladder.alert_high:
                best = max(best, STEPS.index(action) + 1)
        if decision.decision == "deny":
            best -= 1
        return (best, STEPS[best - 1]) if best > 0 else None

    def _respond(
        self,
        state: AgentState,
        decision: AuthorizationDecision,
        violations: list[MissionViolation],
        evidence: list[str],
        explained: dict[str, Explanation],
    ) -> Verdict:
        severity_ = max((v.severity for v in violations), key=_RANK.__getitem__)
        findings = [
            DetectorFinding(
                name=f"mission_conformance.{v.rule}",
                score=SEVERITY_SCORE[v.severity],
                reason=v.reason,
            )
            for v in violations
        ]
        alert = self._alert(state, decision, severity_, findings + _findings(explained), evidence)
        verdict = Verdict(alerts=[alert])
        answered = severity_
        if decision.decision == "deny":
            # IAM refused it: nothing happened, so the answer is one step milder (a mission
            # written slightly too narrow must not revoke a benign agent; it is suspended);
            # repeated refusals still climb the ladder through the accumulated risk.
            answered = SEVERITIES[max(0, _RANK[severity_] - 1)]
        action: Step = "revoke" if answered in _REVOKING else self.config.on_mission_violation
        if any(v.rule == _PRIVILEGED_UNDECLARED for v in violations):
            # No mission in force: the cohort's policy, not the declared rules, answers; a
            # refused attempt one step milder, still a stop (suspend) when the policy revokes.
            action = self.config.undeclared.on_privileged
            if decision.decision == "deny":
                action = "suspend" if action == "revoke" else "throttle"
        if _RANK_STATUS[_STATUS_AFTER.get(action, "active")] <= _RANK_STATUS[state.status]:
            return verdict  # already stopped as hard: the alert is the news
        reason = "; ".join(v.reason for v in violations)
        verdict.commands.append(self._command(state, decision, action, reason, alert))
        return verdict

    def _add_finding(
        self,
        verdict: Verdict,
        state: AgentState,
        decision: AuthorizationDecision,
        finding: DetectorFinding,
        evidence: list[str],
    ) -> None:
        """Add the no-mission ``finding`` to the alert the verdict holds for ``decision`` (one
        alert per decision: its id derives from the event), or raise it as an alert of its
        own, at the policy's ``first_alert`` severity."""
        for i, alert in enumerate(verdict.alerts):
            if alert.trigger_event_id == decision.event_id:
                detectors = [*alert.detectors, finding]
                verdict.alerts[i] = alert.model_copy(update={"detectors": detectors})
                return
        severity_ = self.config.undeclared.first_alert
        verdict.alerts.append(self._alert(state, decision, severity_, [finding], evidence))

    def _command(
        self,
        state: AgentState,
        decision: AuthorizationDecision,
        action: Step,
        reason: str,
        alert: Alert,
    ) -> RevocationCommand:
        command = RevocationCommand(
            command_id=stable_id("command", state.agent_id, decision.event_id, action),
            time=decision.time,
            agent_id=state.agent_id,
            credential_ids=list(state.credentials),
            action=action,
            reason=reason,
            alert_id=alert.alert_id,
            trigger_event_id=decision.event_id,
            # Clamped at the last representable instant: revoke_ttl_s has no upper bound in
            # the settings, and an overflow here would fail the whole judgement.
            expires_at=add_seconds(decision.time, self.settings.revoke_ttl_s),
        )
        if action in _STATUS_AFTER:
            state.status = _STATUS_AFTER[action]
            state.status_command_id = command.command_id
        return command

    def _alert(
        self,
        state: AgentState,
        decision: AuthorizationDecision,
        severity: Severity,
        findings: list[DetectorFinding],
        evidence: list[str],
        score: float | None = None,
    ) -> Alert:
        mission = state.mission
        return Alert(
            alert_id=stable_id("alert", state.agent_id, decision.event_id),
            time=decision.time,
            agent_id=state.agent_id,
            mission_id=mission.mission_id if mission else None,
            severity=severity,
            score=round(score if score is not None else max(f.score for f in findings), _PLACES),
            trigger_event_id=decision.event_id,
            evidence_event_ids=[*evidence, decision.event_id],
            detectors=findings,
            cohort=mission.cohort if mission else None,
        )

    # -- analyst feedback (models/feedback.py, docs/feedback.md) -------------------------
    def on_feedback(
        self, state: AgentState | None, feedback: AnalystFeedback
    ) -> tuple[AgentState | None, Verdict, FeedbackOutcome]:
        """Apply one verified analyst feedback; the verdict holds any reinstate command."""
        mission = state.mission if state is not None else None
        cohort = self.cohorts.cohort_of(mission.cohort if mission else None)
        if state is not None:
            # A scope command not taken yet is in force: a false positive on its alert
            # reinstates the agent like one on its own stop.
            self._take_scope(state, cohort)
        outcome = self.feedback.apply(state, feedback, self.settings.revoke_ttl_s)
        if any(c.action == "reinstate" for c in outcome.commands):
            # Reinstated: a later incident may scope it again (MissionGrounding.unscope).
            self.cohorts.get(cohort).grounding.unscope(feedback.agent_id)
        return state, Verdict(commands=list(outcome.commands)), outcome

    def _take_scope(self, state: AgentState, cohort: str) -> None:
        """The agent's state takes a command incident scoping sent it (Judge._scope,
        MissionGrounding.take), if it is stricter than where the agent stands."""
        scoped = self.cohorts.get(cohort).grounding.take(state.agent_id)
        status = _STATUS_AFTER.get(scoped[0]) if scoped is not None else None
        if scoped is not None and status and _RANK_STATUS[status] > _RANK_STATUS[state.status]:
            state.status, state.status_command_id = status, scoped[1]

    # -- state management -----------------------------------------------------------------
    def evictable(self, states: Iterable[AgentState], now: datetime) -> list[str]:
        """Agent ids whose state can be dropped at event time ``now``: idle for
        ``idle_evict_s`` and with no command still in force. A dropped agent that returns
        starts again from its cohort's models, which is what cold start is for, under the
        mission it had (:meth:`kept_after_eviction`)."""
        # Compared in seconds, not as timedeltas: a TTL beyond timedelta's range (settings do
        # not bound it) must not raise OverflowError.
        idle_s, in_force_s = self.config.idle_evict_s, self.settings.revoke_ttl_s
        drop = []
        for state in states:
            if state.last_seen is None:
                continue
            quiet_s = (now - state.last_seen).total_seconds()
            if quiet_s < (self.config.mission_keep_s if kept_mission(state) else idle_s):
                continue
            if state.status != "active" and quiet_s < in_force_s:
                continue
            drop.append(state.agent_id)
        return drop

    def kept_after_eviction(self, state: AgentState, now: datetime) -> AgentState | None:
        """What of an evicted agent's state outlives it: its mission while in force, in a new
        state with nothing learned and the agent's last call (``None``: nothing). A
        declaration does not lapse because its agent was quiet for a day (a nightly job that
        skips a night); what the agent learned does, which is what cold start is for. The
        kept mission is itself evicted ``mission_keep_s`` after that last call
        (:func:`kept_mission`, :meth:`evictable`)."""
        mission = state.mission
        if kept_mission(state) or mission is None:
            return None
        if mission.valid_until is not None and mission.valid_until <= now:
            return None
        kept, _ = self.on_mission(None, mission)
        kept.last_seen = state.last_seen
        return kept

    def export_cohorts(self) -> bytes:
        """Every cohort's models and the delegation model, as deterministic JSON bytes."""
        return self.cohorts.to_bytes()

    def import_cohorts(self, data: bytes) -> None:
        """Replace the shared models by an export; raises ``ValueError`` if unreadable."""
        self.cohorts.load(data)


@per_mission
def _group_keys(mission: MissionDeclaration) -> frozenset[int] | None:
    """Whose objects are a group task's: its declared principals (``acts_for``) by key;
    ``None`` when one is a glob (a pattern names no principal's key)."""
    if any(is_glob(a) for a in mission.acts_for):
        return None
    return frozenset(key_of(a) for a in mission.acts_for)


def _trace(x: DecisionFeatures) -> str | None:
    """The object a call makes or removes, by its typed target (``container/name``: the sent
    message ``m-eocpzq98q4`` in a student's mailbox, and the same message deleted); ``None``
    without a named target."""
    decision = x.get("decision")
    target = decision.target if decision is not None else None
    if target is None or not target.name:
        return None
    return f"{target.container or ''}/{target.name}"


def _sends_a_copy(x: DecisionFeatures) -> bool:
    """Whether a call puts a copy of something where others read it (a message sent, an
    item shared: :func:`~models.features.publishes`), so that deleting its target soon
    after removes the trace of that send; a write to an existing object (a user's profile
    updated, then the user deactivated: an offboarding) leaves none."""
    decision = x.get("decision")
    return decision is not None and publishes(decision.operation, decision.action)


def kept_mission(state: AgentState) -> bool:
    """Whether ``state`` is only a mission kept after its agent's eviction (it has a last
    call, but no decision judged since it was kept)."""
    return state.decisions_seen == 0 and state.last_seen is not None and state.mission is not None


# Findings that say only "new here": rarity of what is called and how, surprise at the step,
# a resource kind the purpose does not name (grounding, unless it found a destination).
_COHORT_NOVELTY = frozenset(
    {"mission_grounding", "value_rarity", "value_rarity.context", "value_rarity.arguments",
     "sequence_surprise"}
)  # fmt: skip
# The same findings, as what adds no risk on its own (on_decision): one set, two uses.
_NOVELTY_ONLY = _COHORT_NOVELTY
_EPISODE_DETECTORS = ("velocity", "probing", "volume")
#: Findings whose evidence is a refusal or the declaration itself: a refused call adds their
#: risk in full (``Judge._refused_increment``).
_REFUSAL_EVIDENCE = frozenset({"probing", "mission_conformance"})


def _strong(scores: dict[str, float]) -> dict[str, float]:
    """``scores`` without the cohort's novelty findings."""
    return {k: v for k, v in scores.items() if k not in _COHORT_NOVELTY}


_RANK_STATUS = {"active": 0, "throttled": 1, "suspended": 2, "revoked": 3}
_PRIVILEGED_UNDECLARED = "privileged_without_mission"


def _declares_identity(mission: MissionDeclaration | None, resource: str, identity: str) -> bool:
    """Whether a mission declares, by pattern, the identity a credential is made for: a
    name pattern or path its purpose writes (``the svc-* service users``:
    :func:`~missionguard.models.detectors.volume.within_named_place`), or an allowed-resource
    glob that names something of the identity's own (``user/svc-*``; ``user/*`` names no
    one). A name the purpose writes out is grounded with the other destinations."""
    if mission is None:
        return False
    purpose = mission.purpose.lower()
    if within_named_place(identity, purpose) or within_named_place(resource, purpose):
        return True
    for glob in mission.allowed_resources:
        last = glob.replace(":", "/").rsplit("/", 1)[-1]
        if any(c.isalnum() for c in last) and matches_any(resource, (glob,)):
            return True
    return False


def _without_undeclared_novelty(
    explained: dict[str, dict[str, tuple[float, str]]], rules: set[str]
) -> dict[str, dict[str, tuple[float, str]]]:
    drop: dict[str, set[str]] = {}
    if "action_not_declared" in rules:
        drop["value_rarity"] = {"action"}
        drop["sequence_surprise"] = {"*"}
    if "resource_not_declared" in rules:
        drop.setdefault("value_rarity", set()).add("resource_kind")
        drop["mission_grounding"] = {"resource"}
    out = {}
    for name, found in explained.items():
        gone = drop.get(name, set())
        kept = {} if "*" in gone else {k: v for k, v in found.items() if k not in gone}
        if kept:
            out[name] = kept
    return out


_UNDECLARED = frozenset({"action_not_declared", "resource_not_declared"})


def _findings(explained: dict[str, dict[str, tuple[float, str]]]) -> list[DetectorFinding]:
    """One finding per detector feature, strongest first (ties by name: deterministic)."""
    rows = [
        (score, f"{name}.{feature}", reason)
        for name, found in explained.items()
        for feature, (score, reason) in found.items()
    ]
    rows.sort(key=lambda r: (-r[0], r[1]))
    return [DetectorFinding(name=n, score=round(s, _PLACES), reason=r) for s, n, r in rows[:6]]
