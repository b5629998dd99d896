"""Delegation scope: an agent acting for a principal must stay inside that principal's objects."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Collection, Iterator
from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import (
    DecisionFeatures,
    id_form,
    is_identifier,
    last_segment,
    mission_objects,
    target_kind,
)
from missionguard.models.mission import is_read_only
from missionguard.models.sketch import RecentCounts, key_of

__all__ = ["DelegationScope"]

_SEGMENTS = re.compile(r"[^/:?&=#\s]+")


_DIGITS = re.compile(r"\d+")
_MAX_LEAD = 1 << 16


_LETTERS = re.compile(r"[^\W\d_]+")


def _id_shape(value: str) -> str | None:
    """The shape of an identifier with digits (``emma_smith_8564`` -> ``a_a_#``, letters and
    digits runs masked); ``None`` without a digit or past 64 characters."""
    if len(value) > 64 or not any(c.isdigit() for c in value):
        return None
    return _DIGITS.sub("#", _LETTERS.sub("a", value))


def _names(principal: str, x: DecisionFeatures, segments: list[str] | None = None) -> bool:
    """Whether a decision is in its principal's scope: its typed target's container is the
    principal (``shp_1`` for an order of ``shp_1``, ``Patient/7`` for a search in
    ``Patient/7``), or, for records without one, the resource's path names the principal."""
    container = x.get("target_container")
    if container:
        return same_identity(container, principal)  # ``E-7`` for ``employee:E-7`` too
    if segments is None:
        segments = _SEGMENTS.findall(x.get("resource", ""))
    if principal in segments:
        return True
    # A typed principal's id alone (``20418873`` in ``bank://customers/20418873/cards`` for
    # ``CIF:20418873``), as for containers: the first segment of its shape, so that another
    # customer's path with the principal's id appended (``.../20533190/cards?ref=20418873``)
    # is not the principal's.
    tail = _tail(principal)
    if tail is None:
        return False
    shape = _id_shape(tail)
    for segment in segments:
        if segment == tail:
            return True
        if shape is not None and _id_shape(segment) == shape:
            return False
    return False


_ONE_DIGIT = re.compile(r"\d")


def _width_form(value: str) -> str:
    """An identifier's form digit for digit (``SS-38675`` -> ``SS-#####``).

    >>> _width_form("SS-38675"), _width_form("NV550")
    ('SS-#####', 'NV###')
    """
    return _ONE_DIGIT.sub("#", value)


def _id_segments(segments: list[str]) -> list[str]:
    """The path segments that are identifiers (``20533190``, ``cus_7``): whom or what a
    resource names; a search endpoint (``customers/lookup``) names none."""
    return [s for s in segments if is_identifier(s)]


def same_identity(name: str | None, agent: str) -> bool:
    """Whether ``name`` is the identity ``agent`` (an agent, or a principal an agent acts
    for): its id, or the id's last segment (the session or user name of an ARN, the id of a
    typed ``employee:E-7``).

    >>> same_identity("bot-1", "bot-1"), same_identity("etl", "arn:aws:iam::1:user/etl")
    (True, True)
    >>> same_identity("E-7", "employee:E-7"), same_identity("E-8", "employee:E-7")
    (True, False)
    >>> same_identity("E-24229", "svc-spend-bot-1"), same_identity("", "")
    (False, False)
    >>> same_identity("7", "org/acme/users/7")  # too short to name anyone in particular
    False
    """
    if not name or not agent:
        return False
    return name == agent or name == _tail(agent)


def _is_principal(principal: str, x: DecisionFeatures) -> bool:
    """Whether a call's resource is its principal itself, not something in the principal's
    scope: a typed target in no container named by the principal (``citas:citas/CLI-3328``,
    the appointments of ``CLI-3328`` listed), or a path that ends with the principal. Such
    a use says the kind is keyed by principal, not that its other objects sit in one
    (``citas:citas/APT-60639``, an appointment of the same kind, names no principal in its
    path): another principal's own resource is of the principal's form
    (``named_principal``), not out of its scope.

    >>> from missionguard.pipeline.records import AuthorizationDecision, Target
    >>> from missionguard.models.features import decision_features
    >>> def x(resource, name, container=None):
    ...     d = AuthorizationDecision(event_id="e", time="2026-03-24T12:00:00Z", agent_id="a",
    ...         action="citas.list", resource=resource, decision="allow", source="t",
    ...         on_behalf_of="CLI-3328",
    ...         target=Target(type="citas:citas", container=container, name=name))
    ...     return decision_features(d, None, "c")
    >>> _is_principal("CLI-3328", x("citas:citas/CLI-3328", "CLI-3328"))
    True
    >>> _is_principal("CLI-3328", x("citas:citas/CLI-3328/APT-1", "APT-1", "CLI-3328"))
    False
    """
    if x.get("target_container"):
        return False
    decision = x.get("decision")
    target = getattr(decision, "target", None)
    leaf = target.name if target is not None and target.name else None
    if leaf is None:
        segments = _SEGMENTS.findall(x.get("resource", ""))
        leaf = segments[-1] if segments else None
    return same_identity(leaf, principal)


def _tail(identity: str) -> str | None:
    """An identity's last segment when it alone names it (``E-7`` of ``employee:E-7``):
    ``None`` when it is the whole identity or shorter than 3 characters (``7`` or ``ab``
    names nobody in particular)."""
    tail = last_segment(identity.rstrip("/"))
    return tail if len(tail) >= 3 and tail != identity else None


def _others_objects(x: DecisionFeatures, principal: str) -> tuple[str, ...]:
    """The objects of a call made for ``principal`` that may be another principal's: when
    the call's typed target sits in the principal's own container, only the objects of a
    kind one customer owns that its arguments name (a ``payment_method_id``), not the target
    nor ids of other kinds (the record says whose the target is, whatever its name: each
    user's ``agenda:familia`` or ``contrato.pdf`` is another object than the one another
    user's sessions named so); else :func:`_objects`."""
    decision = x.get("decision")
    target = getattr(decision, "target", None)
    if (
        target is not None
        and target_kind(decision) is not None
        and same_identity(x.get("target_container"), principal)
    ):
        itself = f"{target.type}={target.name}"
        return tuple(o for o in x.get("owned", ()) if o != itself)
    return _objects(x)


def _objects(x: DecisionFeatures) -> tuple[str, ...]:
    """The objects whose owner matters: those of a kind one customer owns when the call
    names any (``x["owned"]``: the order; the line items and catalogue variants a call on
    an order names are reached through it, so its owner decides), else every object."""
    return x.get("owned") or x["objects"]


def _untied_objects(x: DecisionFeatures) -> tuple[str, ...]:
    """The objects of a call whose typed target sits in no container and is of no kind one
    customer owns by schema (a contract, a child's record, a permit; or a catalogue's
    product): its identifier arguments (``report_id=IR-2026-0441``) and the target itself by
    the last segment of its type and its name (``contracts=PS-2980115`` for a
    ``payouts:contracts`` target: one contract whichever service reaches it), each a
    ``kind=value`` pair whose kind :meth:`DelegationScope._private` judges.

    >>> from missionguard.pipeline.records import AuthorizationDecision, Target
    >>> d = AuthorizationDecision(event_id="e", time="2026-01-01T00:00:00Z", agent_id="bot",
    ...     action="payouts.get", resource="payouts://contracts/PS-2980115", decision="allow",
    ...     source="t", target=Target(type="payouts:contracts", name="PS-2980115"))
    >>> _untied_objects({"objects": ("child_id=C-5115", "payouts://x"), "decision": d})
    ('child_id=C-5115', 'contracts=PS-2980115')
    """
    found = [o for o in x["objects"] if _kind_of(o) is not None]
    decision = x.get("decision")
    target = getattr(decision, "target", None)
    if target is None or not target.name:
        return tuple(found)
    name = str(target.name)
    if "/" not in name and ":" not in name and is_identifier(name):
        kind = re.split(r"[:./]", str(target.type))[-1].lower()
        if kind:
            found.append(f"{kind}={name}")
    return tuple(found)


def _written_objects(x: DecisionFeatures) -> frozenset[str]:
    """The identifiers the mission's purpose writes out, of every form
    (:func:`~missionguard.models.features.mission_objects`; empty without a mission)."""
    mission = x.get("mission")
    if mission is None:
        return frozenset()
    return frozenset().union(*mission_objects(mission).values())


def _object_value(obj: str) -> str:
    """The identifier an object names: a ``kind=value`` object's value, a resource's last
    segment (``bookings:bookings/BK-5519`` names ``BK-5519``).

    >>> _object_value("booking_id=BK-5519"), _object_value("bookings:bookings/BK-5519")
    ('BK-5519', 'BK-5519')
    """
    _, eq, value = obj.partition("=")
    if eq and _kind_of(obj) is not None:
        return value
    return last_segment(obj.rstrip("/"))


def _kind_of(obj: str) -> str | None:
    """The kind of a ``kind=value`` object (an argument's name, a target type's last
    segment); ``None`` for a resource path or URL."""
    kind, eq, _ = obj.partition("=")
    return kind if eq and kind and "/" not in kind and ":" not in kind else None


def _recipient(x: DecisionFeatures) -> str | None:
    """Whom a message is sent to, where the call names it as its object: the target's name,
    else the resource's last segment, of a ``send`` (a direct message to a colleague,
    ``chat://corp/dm/U02PL5NB8``). Messaging a person reaches no object of theirs: where it
    goes is MissionGrounding's question (a destination), not a principal's object reached."""
    decision = x.get("decision")
    if decision is None or decision.operation != "send":
        return None
    target = decision.target
    if target is not None and target.name:
        return str(target.name)
    segments = _SEGMENTS.findall(decision.resource)
    return segments[-1] if segments else None


class DelegationScope(Detector):
    """Learns which objects belong to which principal, and flags reaching another's.

    One model for the whole fleet (objects are shared across cohorts). From every decision
    made ``on_behalf_of`` a principal it records the objects touched (``x["objects"]``: the
    resource when it holds an identifier, and id-like arguments) as that principal's, on a
    bounded most-recently-used table. An object's owner is the principal most of its uses were
    for (a running majority: each use for another principal takes one off the owner's lead,
    and at zero the object passes to that principal). It flags:

    * ``foreign_object``: an object owned by another principal, whose ownership is
      confirmed: one use is a claim, two are an ownership (the owner's lead reaches
      ``confirm_uses``). A typed target in no container of a kind no schema gives one
      customer (a pension contract, a child's incident report, a parking permit; a
      catalogue's product too) is owned by use as well (its identifier arguments and
      ``kind=name``, the kind its type's last segment: one contract whichever service
      reaches it), and found only where its kind stays with one principal in the cohort
      (``_private``: owners use their own objects again, others hardly ever), since the
      record cannot tell a customer's contract from a product everyone views. In a
      container no principal is known by (an MCP tool server's, the operator's), the
      identifier arguments of a kind one customer owns by schema (``reservation_id``) are
      learned as in no container; where the call names none, its other objects are owned
      by use as a typed target's in no container are, and found only where their kind
      stays with one principal, their owner's uses counted once per session: one
      conversation's uses are a claim, a second conversation confirms the owner (a
      canteen account a parent reads in three conversations is that parent's child's; a
      case used in one conversation of its director and transferred to another is no
      intrusion);
    * ``claimed_object``: an object another principal claimed by one use, scored
      ``claim_score``: an alert, and no evidence against the agent (the Judge adds nothing
      to its risk for it), because that one use may itself have been the intrusion (an agent
      that reached a victim's order before the victim's own sessions did must not get every
      later session of the victim stopped). Whichever principal confirms the object settles
      it: the other's session is then found late (``late_owner``);
    * ``named_principal``: an argument or a resource path segment naming another principal
      known to the fleet (an agent for ``bob`` passing ``customer=alice``), an argument that
      names a principal (``user_id``, ``customer``: :data:`~models.features.PRINCIPAL_KEYS`)
      with an identifier of the acting principal's shape but another one, known or not (an
      agent for ``emma_smith_8564`` reading ``user_id=yusuf_rossi_9620``: the same kind of
      id, another value, OWASP API1's broken object-level authorization), or any identifier
      of the acting principal's own form that is another one (an agent for ``emp-3939``
      booking for ``traveller=emp-1010``);
    * ``foreign_scope``: a resource of a principal-scoped kind that does not name the acting
      principal. A kind (``orders/#/#``) is principal-scoped, for a cohort (a ward's
      assistant acting for its care team reads every patient's results; a portal assistant
      acting for one patient reads that patient's), when at least ``scoped_share``
      of its ``min_kind_uses`` or more delegated uses named the acting principal in the path
      (``orders/cus_1/o-9`` for ``cus_1``). This catches other principals' objects never seen
      before, which the ownership table cannot know.

    * ``late_owner`` (reported by :meth:`take_late`, not scored on an event): an object's
      owner is confirmed after other principals' sessions used it while its ownership was
      still open (no owner, or a claim of one use): those sessions reached another
      principal's object, found as soon as the fleet knows whose it is (an intruder that
      reads a victim's order before the victim's own sessions name it). At most
      ``open_users`` uses of at most ``open_capacity`` open objects are remembered, for
      ``late_s`` seconds; an object that becomes shared forgets them.

    A mission that declares the principals its task is done for (``acts_for``: a team's
    offsite booked by its organiser, a customer's duplicate accounts merged) grounds reaching
    them: while every other principal an event names (:meth:`others`: with the one whose
    scope a principal-scoped resource is in) is one of them (``x["group_within"]``, set by
    the judge), findings score at most ``group_score``, a low alert naming each one,
    not a stop. Anyone else is scored in full. Such events teach this model nothing (the
    judge skips them), so one principal's objects are never recorded as another's. An object
    whose owner is one of them scores so too, named by the call or not (a spouse's order
    reached by its number), and its use teaches nothing; an object the mission's purpose
    writes out (``mission_objects``: a task "about booking BK-5519") raises no finding at
    all: the mission's issuer declared the task is done on it.

    Objects that several principals legitimately share (a product catalogue) become shared
    after ``share_after`` uses for other principals. Those uses are learned even though this
    detector flagged them, provided nothing else about the event looked wrong (the Judge
    honours ``learns_despite_own_flag``); otherwise a shared object would alert forever. Not
    an object a published schema gives one customer (``x["owned"]``: an order, a reservation,
    a payment method, ``config/rules/owned-objects.yaml``): other principals' uses of one are
    intrusions however many, not sharing (two intruders reaching the same victim's booking
    must not make it everyone's). A call that names such an object is judged by it alone:
    the line items and catalogue variants of an exchange on an order are reached through
    the order, and two customers who bought the same variant own no object in common.

    Parameters
    ----------
    object_capacity, principal_capacity
        Objects and principals remembered (least recently used dropped first).
    share_after
        Uses for other principals after which an object counts as shared.
    confirm_uses, claim_score
        The owner's lead (its uses minus others') from which another principal's use is
        ``foreign_object`` at full score; below it the finding scores ``claim_score``.
    open_capacity, open_users, late_s
        Objects whose uses are remembered while their ownership is open, uses kept per
        object, and how long a use may wait for its object's owner to be confirmed.
    kind_capacity
        Resource kinds whose scoping is tracked.
    min_kind_uses, scoped_share
        When a resource kind counts as principal-scoped; and, with ``private_principals``,
        when the objects of a kind of typed target in no container stay with one principal
        (``min_kind_uses`` repeated uses by ``private_principals`` distinct owners or more,
        at most ``1 - scoped_share`` of the uses by others).
    foreign_score, change_score, named_score, named_change_score
        Scores of the findings: ``foreign_object`` / ``foreign_scope`` score ``foreign_score``
        for a read and ``change_score`` for any other action (changing another principal's
        records is worse than reading them); ``named_principal`` scores ``named_score`` for a
        read (reading another customer's profile while acting for one is the broken
        object-level authorization of OWASP API1:2023, as much a stop as a foreign object)
        and ``named_change_score`` for a change (booking, paying, updating for another
        principal than the one the agent acts for).
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = DelegationScope(seed=3)
    >>> def x(principal, obj, **named):
    ...     return {"principal": principal, "objects": (obj,), "resource": obj,
    ...             "action": "orders:read", "named_principals": tuple(named.values())}
    >>> det.score_one(x("bob", "orders/1001"))
    0.0
    >>> det.learn_one(x("alice", "orders/1001"))
    >>> det.learn_one(x("bob", "orders/2002"))
    >>> det.score_one(x("alice", "orders/1001")), det.score_one(x("bob", "orders/1001"))
    (0.0, 0.6)
    >>> sorted(det.explain_one(x("bob", "orders/1001")))  # alice's one use is a claim
    ['claimed_object']
    >>> det.learn_one(x("alice", "orders/1001"))  # a second use confirms the ownership
    >>> det.score_one(x("bob", "orders/1001"))
    0.85
    >>> det.score_one({**x("bob", "orders/1001"), "action": "orders:refund"})  # a change
    0.95
    >>> det.score_one(x("bob", "orders/2002", customer="alice"))
    0.85
    >>> det.score_one({**x("emp-3939", "trips/9"), "id_values": ("emp-1010",)})
    0.85
    >>> det.others(x("emma_smith_8564", "o/1", user_id="yusuf_rossi_9620"))  # never seen
    ('yusuf_rossi_9620',)
    >>> det.others(x("emma_smith_8564", "o/1", user_id="Alice"))  # another shape: no finding
    ()
    >>> det.score_one({**x("bob", "orders/2002", customer="alice"), "group_within": True})
    0.2
    >>> det.others(x("bob", "orders/2002", customer="alice"))
    ('alice',)
    >>> for i in range(10):
    ...     det.learn_one({**x(f"c{i}", f"shop/c{i}/o"), "shape": "shop/#/o"})
    >>> det.score_one({**x("c1", "shop/c7/o"), "shape": "shop/#/o"})
    0.85
    >>> det.others({**x("c1", "shop/o-77"), "shape": "shop/#/o", "target_container": "c8"})
    ('c8',)
    """

    name = "delegation_scope"
    learns_despite_own_flag = True

    def __init__(
        self,
        object_capacity: int = 50_000,
        principal_capacity: int = 10_000,
        share_after: int = 2,
        confirm_uses: int = 2,
        claim_score: float = 0.6,
        kind_capacity: int = 4096,
        min_kind_uses: int = 10,
        scoped_share: float = 0.9,
        private_principals: int = 5,
        foreign_score: float = 0.85,
        change_score: float = 0.95,
        named_score: float = 0.85,
        named_change_score: float = 0.85,
        group_size: int = 25,
        group_score: float = 0.2,
        open_capacity: int = 1024,
        open_users: int = 8,
        late_s: float = 86400.0,
        seed: int = 0,
    ) -> None:
        self.object_capacity = object_capacity
        self.principal_capacity = principal_capacity
        self.share_after = share_after
        self.confirm_uses = confirm_uses
        self.claim_score = claim_score
        self.kind_capacity = kind_capacity
        self.min_kind_uses = min_kind_uses
        self.scoped_share = scoped_share
        self.private_principals = private_principals
        self.foreign_score = foreign_score
        self.change_score = change_score
        self.named_score = named_score
        self.named_change_score = named_change_score
        self.group_size = group_size
        self.group_score = group_score
        self.open_capacity = open_capacity
        self.open_users = open_users
        self.late_s = late_s
        self.seed = seed
        # object key -> [owner principal key, owner's lead, uses for other principals]
        self._owners: dict[int, list[int]] = {}
        self._principals = RecentCounts(principal_capacity)
        # resource kind key -> [delegated uses naming the acting principal, delegated uses]
        self._kinds: dict[int, list[int]] = {}
        # (cohort, object kind) key -> [repeated uses of an object by its owner, uses by
        # other principals, owner keys that repeated (at most 16)]: whether objects of a
        # typed target in no container stay with one principal (``_private``)
        self._privacy: dict[int, list[Any]] = {}
        # object key -> its uses while its ownership was open:
        # [agent, event id, time, principal key, cohort, 1 for a change else 0], oldest first
        self._open: OrderedDict[int, list[list[Any]]] = OrderedDict()
        # (object, owner, use) found by learn_one for take_late
        self._late: list[tuple[str, str, list[Any]]] = []
        # object key -> key of the session of its owner's last use, for objects owned by use
        # in a container no principal is known by: one session's uses are one claim
        self._sessions: dict[int, int] = {}

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        principal = x.get("principal")
        if not principal:
            return
        me = key_of(principal)
        self._principals.add(me)
        if not _is_principal(principal, x):
            kind = key_of(x.get("cohort", ""), x.get("shape", ""))
            stats = self._kinds.pop(kind, None) or [0, 0]
            stats[0] += _names(principal, x)
            stats[1] += 1
            self._kinds[kind] = stats
            if len(self._kinds) > self.kind_capacity:
                del self._kinds[next(iter(self._kinds))]
        objects = _objects(x)
        decision = x.get("decision")
        lead = 1
        by_use: tuple[str, ...] = ()
        per_session = False  # uses counted once per session (objects owned by use in a container)
        if decision is not None and target_kind(decision) is not None:
            container = x.get("target_container")
            if container:
                # A typed target in a container says whose the object is: it is the
                # principal's when it sits in the principal's container; in another's it is
                # nobody's to record here. Argument ids name the same target.
                objects = (x["resource"],) if same_identity(container, principal) else ()
                lead = self.confirm_uses  # the container says whose it is: no mere claim
                if self._says_nothing(container, principal):
                    # A container no principal is known by (an MCP tool server's, the
                    # operator's) says nothing of whose the object is: the identifier
                    # arguments of a kind one customer owns by schema (``reservation_id``)
                    # are learned from their uses, as in no container. Not the target's
                    # own name there: a producer may name every customer's July invoice
                    # ``2026-07``.
                    objects = tuple(o for o in x.get("owned", ()) if _kind_of(o) is not None)
                    lead = 1
                    if not objects:
                        # Other kinds there (a child's canteen account, a family's case) are
                        # owned by use as in no container, the target's name too, found where
                        # their kind stays with one principal (every customer's "2026-07"
                        # invoice never does); and an owner's uses count once per session (a
                        # record without one counts each use), so that one conversation is a
                        # claim and a second one confirms it (a case transferred to another
                        # director after one conversation of the first is no intrusion; a
                        # parent's child's account used in three conversations is that
                        # parent's).
                        by_use = _untied_objects(x)
                        per_session = True
            else:
                # In no container: a catalogue's product is nobody's, but an order or a
                # reservation (``x["owned"]``: a kind one customer owns, named by its type
                # and name or by an argument) is still its customer's, learned from its
                # uses as an untyped record's objects are. Other kinds (a contract, a
                # child's record, a permit, or a product) are owned by use as well, and count
                # only where their kind stays with one principal (``_private``).
                objects = tuple(x.get("owned", ()))
                if not objects:
                    by_use = _untied_objects(x)
        t = float(x.get("t", 0.0))
        session = 0
        if per_session and decision is not None and decision.session_id:
            session = key_of(decision.session_id)
        sessions = self._sessions
        # An object of a principal the mission declares it acts for (``acts_for``: a spouse's
        # order) used for the principal it serves says nothing of whose it is: not learned.
        group_keys = x.get("group_keys") or ()
        for obj in by_use:  # owned by use, and how private their kind is
            k = key_of(obj)
            if group_keys and self._owner_in(k, me, group_keys):
                continue
            if session:
                owner = self._owners.get(k)
                if owner is not None and owner[0] == me and sessions.get(k) == session:
                    continue  # its owner again in the same session: no more evidence
            entry, before = self._use(k, me, 1)
            if session and entry[0] == me:
                sessions.pop(k, None)
                sessions[k] = session
                if len(sessions) > self.object_capacity:
                    del sessions[next(iter(sessions))]
            kind = self._privacy_kind(x, obj)
            privacy = self._privacy.pop(kind, None) or [0, 0, []]
            if before is None:
                pass  # a first use says nothing of the kind yet
            elif before[0] == me:
                privacy[0] += 1
                if me not in privacy[2] and len(privacy[2]) < 16:
                    privacy[2].append(me)
            else:
                privacy[1] += 1
            self._privacy[kind] = privacy
            if len(self._privacy) > self.kind_capacity:
                del self._privacy[next(iter(self._privacy))]
        for obj in objects:
            k = key_of(obj)
            if group_keys and self._owner_in(k, me, group_keys):
                continue
            entry, before = self._use(k, me, lead)
            if before is None or before[0] != me or before[1] < self.confirm_uses:
                self._settle(k, obj, entry, me, principal, t, x)

    def _owner_in(self, k: int, me: int, keys: Collection[int]) -> bool:
        """Whether object ``k`` is another principal's, one of ``keys``."""
        entry = self._owners.get(k)
        return entry is not None and entry[0] != me and entry[0] in keys

    def _says_nothing(self, container: str, principal: str) -> bool:
        """Whether a typed target's container says nothing of whose the object is: neither
        the acting principal's nor one the fleet knows as a principal (an MCP tool server's,
        the operator's). Objects there are learned from their uses (:meth:`learn_one`) and
        judged so (:meth:`explain_one`)."""
        return not same_identity(container, principal) and key_of(container) not in self._principals

    def _use(self, k: int, me: int, lead: int) -> tuple[list[int], tuple[int, int] | None]:
        """One use of object ``k`` for principal ``me``, by the running majority: a new
        object is ``me``'s with ``lead``; its owner's use adds one to the lead (at least
        ``lead``); another's takes one off, and at zero the object is ``me``'s with
        ``lead``. Returns the entry, and (owner, lead) before the use (``None``: new)."""
        owners = self._owners
        entry = owners.pop(k, None)
        before = None if entry is None else (entry[0], entry[1])
        if entry is None:
            entry = [me, lead, 0]
        elif entry[0] == me:
            entry[1] = min(max(entry[1] + 1, lead), _MAX_LEAD)
        else:
            entry[2] += 1
            entry[1] -= 1
            if entry[1] <= 0:
                entry[0], entry[1] = me, lead  # most uses were not the old owner's
        owners[k] = entry
        if len(owners) > self.object_capacity:
            del owners[next(iter(owners))]
        return entry, before

    @staticmethod
    def _privacy_kind(x: DecisionFeatures, obj: str) -> int:
        return key_of(x.get("cohort", ""), _kind_of(obj) or x.get("shape", ""))

    def _private(self, x: DecisionFeatures, obj: str) -> bool:
        """Whether objects of ``obj``'s kind stay with one principal in the cohort: at least
        ``min_kind_uses`` uses of an object by its owner again, by at least
        ``private_principals`` distinct owners, and at most ``1 - scoped_share`` of all
        such uses by another principal (a contract each member reads again; not a channel
        everyone posts in, nor a product everyone views)."""
        stats = self._privacy.get(self._privacy_kind(x, obj))
        if not stats:
            return False
        mine, others, whose = stats
        return (
            len(whose) >= self.private_principals
            and mine >= self.min_kind_uses
            and others <= (1.0 - self.scoped_share) * (mine + others)
        )

    def _settle(
        self, k: int, obj: str, entry: list[int], me: int, principal: str, t: float, x: Any
    ) -> None:
        """Ownership bookkeeping after a use of an object whose ownership was open: the use is
        remembered while it stays open; once ``principal``'s ownership is confirmed, the
        remembered uses for other principals are late findings (:meth:`take_late`)."""
        uses = self._open.pop(k, None)
        if self._shared(entry, obj, x):
            return  # shared: nobody's, and nothing to find late
        if entry[0] == me and entry[1] >= self.confirm_uses:
            since = t - self.late_s
            self._late += [(obj, principal, u) for u in uses or () if u[3] != me and u[2] >= since]
            return
        uses = uses or []
        agent = x.get("agent")
        # the record says it is the principal's
        own = same_identity(x.get("target_container"), principal)
        if agent and not own and not any(u[0] == agent for u in uses):
            changes = not x.get("read_only", is_read_only(x.get("action", "")))
            event = x.get("event_id", "")
            uses.append([agent, event, t, me, x.get("cohort", ""), int(changes)])
            del uses[: -self.open_users]
        self._open[k] = uses
        if len(self._open) > self.open_capacity:
            self._open.popitem(last=False)

    def _shared(self, entry: list[int], obj: str, x: Any) -> bool:
        """Whether the object ``entry`` records is shared: used for other principals
        ``share_after`` times or more, unless it is of a kind one customer owns."""
        return entry[2] >= self.share_after and obj not in x.get("owned", ())

    def take_late(self) -> list[tuple[str, str, list[Any]]]:
        """The ``late_owner`` findings since the last call, as (object, its confirmed owner,
        [agent, event id, time, principal key, cohort, 1 for a change]) of each use of it
        made for another principal while its ownership was open; cleared."""
        late, self._late = self._late, []
        return late

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        principal = x.get("principal")
        # Changing another principal's records is worse than reading them.
        changes = not x.get("read_only", is_read_only(x.get("action", "")))
        if not principal:
            return self._for_no_one(x, changes)
        me = key_of(principal)
        found: Explanation = {}
        foreign = self.change_score if changes else self.foreign_score
        named_score = self.named_change_score if changes else self.named_score
        # Owners outside a group task's declared principals (``x["group_keys"]``, set by the
        # judge from literal ``acts_for`` entries): naming a member somewhere in the call
        # does not make a third principal's object the group's.
        group_keys = x.get("group_keys")
        outside = False
        decision = x.get("decision")
        container = x.get("target_container")
        untied = (
            decision is not None
            and target_kind(decision) is not None
            and (not container or self._says_nothing(container, principal))
            and not x.get("owned")
        )
        # A typed target in no container, or in one no principal is known by: its kind=value
        # objects (owned by use) count only where their kind stays with one principal.
        by_use = _untied_objects(x) if untied else ()
        written: frozenset[str] | None = None  # the mission's objects, read when needed
        for obj in (*_others_objects(x, principal), *by_use):
            entry = self._owners.get(key_of(obj))
            if obj in by_use and not self._private(x, obj):
                continue
            if entry and entry[0] != me and not self._shared(entry, obj, x):
                if written is None:
                    written = _written_objects(x)
                if written and _object_value(obj) in written:
                    # The mission's purpose writes this very object out (a staff member's
                    # task "answer guest Amira Haddad about booking BK-5519"): its issuer
                    # declared the task is done on it, whoever it was used for before.
                    continue
                acted_for = group_keys is not None and entry[0] in group_keys
                if group_keys is not None and not acted_for:
                    outside = True
                confirmed = entry[1] >= self.confirm_uses
                finding = (
                    foreign if confirmed else min(foreign, self.claim_score),
                    f"object {obj!r} was used for another principal ("
                    f"{'owner' if confirmed else 'unconfirmed owner'}, lead of {entry[1]} "
                    f"use(s)), not for {principal!r} on whose behalf the agent acts "
                    f"({entry[2]} earlier cross-principal uses)",
                )
                if acted_for:
                    # Its owner is one the mission declares it acts for (a spouse's order on
                    # a household account), whether or not the call names them.
                    finding = (
                        min(finding[0], self.group_score),
                        f"{finding[1]}; its owner is a principal the mission acts for",
                    )
                if confirmed:
                    found.pop("claimed_object", None)
                    found["foreign_object"] = finding
                    break
                found.setdefault("claimed_object", finding)
        segments = _SEGMENTS.findall(x.get("resource", ""))
        container = x.get("target_container")
        stats = self._scoped(x)
        if (
            stats
            and not _names(principal, x, segments)
            and (container or _id_segments(segments))  # a search names no one's scope
        ):
            where = f"is in {container!r}" if container else "does not name it"
            found["foreign_scope"] = (
                foreign,
                f"resource {x['resource']!r} {where}, not in {principal!r}'s, on whose behalf "
                f"the agent acts, though {stats[0]} of {stats[1]} delegated uses of kind "
                f"{x['shape']!r} were in their principal's",
            )
        recipient = _recipient(x)
        named = next(
            (n for n in self._other_names(principal, x, segments) if n[0] != recipient), None
        )
        if named is not None:
            name, form = named
            found["named_principal"] = (
                named_score,
                f"arguments name principal {name!r} while the agent acts on behalf of {principal!r}"
                if form is None
                else f"{name!r} has the form of the principal {principal!r} on whose "
                f"behalf the agent acts ({form!r}) but is another one",
            )
        if found and x.get("group_within") and not outside:
            capped = self.group_score
            note = f" (within a group task's {self.group_size} principals)"
            found = {k: (min(s, capped), r + note) for k, (s, r) in found.items()}
        return found

    def _for_no_one(self, x: DecisionFeatures, changes: bool) -> Explanation:
        """Findings on a call that names no principal it is made for (``two_principals``,
        ``self_dealing``)."""
        found: Explanation = {}
        two = x.get("two_principals")
        if two:
            key, one, other = two
            found["two_principals"] = (
                self.named_change_score if changes else self.named_score,
                f"the call gives {key!r} two values, {one!r} and {other!r}: it is made "
                f"for one {key} and reaches another's",
            )
        container = x.get("target_container")
        if changes and container and same_identity(container, x.get("agent", "")):
            stats = self._scoped(x)
            if stats:
                found["self_dealing"] = (
                    self.named_change_score,
                    f"the agent changes {x['resource']!r} held by itself ({container!r}), "
                    f"though {stats[0]} of {stats[1]} delegated uses of kind {x['shape']!r} "
                    "in its cohort were for the principal the call was made for: an agent "
                    "is none of the principals it serves",
                )
        return found

    def reached(self, x: DecisionFeatures) -> frozenset[int]:
        """Keys (:func:`~models.sketch.key_of`) of the principals other than the acting one
        whose objects or names the event reaches: the confirmed owners of its objects
        (shared ones aside; a claim of one use may be the intrusion itself) and the other
        principals it names."""
        principal = x.get("principal")
        if not principal:
            return frozenset()
        me = key_of(principal)
        found = {
            entry[0]
            for obj in _others_objects(x, principal)
            if (entry := self._owners.get(key_of(obj)))
            and entry[1] >= self.confirm_uses
            and not self._shared(entry, obj, x)
        }
        segments = _SEGMENTS.findall(x.get("resource", ""))
        found.update(key_of(name) for name, _ in self._other_names(principal, x, segments))
        found.discard(me)
        return frozenset(found)

    def settled(self, x: DecisionFeatures) -> bool:
        """Whether every object the event names is known to be its principal's own
        (confirmed) or shared; true for an event made for no principal. Not settled, the
        event may be about another principal's object whose owner is not known yet."""
        principal = x.get("principal")
        if not principal:
            return True
        me = key_of(principal)
        for obj in _others_objects(x, principal):
            entry = self._owners.get(key_of(obj))
            if entry is None:
                return False
            if not self._shared(entry, obj, x) and (entry[0] != me or entry[1] < self.confirm_uses):
                return False
        return True

    def _scoped(self, x: DecisionFeatures) -> list[int] | None:
        """The delegated-use counts of the event's kind in its cohort when that kind is
        principal-scoped (see ``foreign_scope``), else ``None``."""
        stats = self._kinds.get(key_of(x.get("cohort", ""), x.get("shape", "")))
        if stats and stats[1] >= self.min_kind_uses and stats[0] >= self.scoped_share * stats[1]:
            return stats
        return None

    def others(self, x: DecisionFeatures) -> tuple[str, ...]:
        """The other principals an event names (see :meth:`_other_names`), and the one whose
        scope its resource is in when its kind is principal-scoped and its typed target's
        container is another principal (``foreign_scope``), sorted."""
        principal = x.get("principal")
        if not principal:
            return ()
        segments = _SEGMENTS.findall(x.get("resource", ""))
        found = {name for name, _ in self._other_names(principal, x, segments)}
        container = x.get("target_container")
        scoped = self._scoped(x) is not None
        if container and scoped and not same_identity(container, principal):
            found.add(container)
        elif not container and scoped and not _names(principal, x, segments):
            # Whoever the path names instead: its identifiers of the principal's own shape
            # (``20533190`` for ``CIF:20418873``, not the card ``card_87``), else all of them.
            ids = _id_segments(segments)
            shape = _id_shape(last_segment(principal))
            found.update([i for i in ids if _id_shape(i) == shape] or ids)
        return tuple(sorted(found))

    def _other_names(
        self, principal: str, x: DecisionFeatures, segments: list[str]
    ) -> Iterator[tuple[str, str | None]]:
        """Names of principals other than ``principal`` that an event gives, with the form
        they share with it: first arguments and resource path segments that are principals
        known to the fleet (form ``None``), then identifiers of the principal's own form
        (``emp-#``, ``cus_#``), which name another one even if the fleet never acted for it."""
        names = (*x["named_principals"], *segments)
        for name in names:
            if name != principal and key_of(name) in self._principals:
                yield name, None
        shape = _id_shape(principal)
        if shape is not None:
            for name in x["named_principals"]:
                if name != principal and _id_shape(name) == shape:
                    yield name, shape
        form = id_form(principal)
        # A typed principal's id alone too (``SS-38675`` of ``customer:SS-38675``, as
        # :func:`same_identity` reads ``E-7`` for ``employee:E-7``): arguments name accounts
        # bare. Digit for digit (``SS-#####``): a bare id's form is looser than a typed one's
        # (flight ``NV550`` is no frequent flyer ``ff:NV8846659``).
        tail = _tail(principal)
        width = _width_form(tail) if tail and id_form(tail) else None
        if form is not None or width is not None:
            # The resource itself, whole, too: a lookup whose result is ``cust:218455`` in a
            # chat for ``cust:731904`` reached another customer of the same form.
            resource = x.get("resource", "")
            decision = x.get("decision")
            target = getattr(decision, "target", None)
            whole = (resource, target.name) if target is not None and target.name else (resource,)
            ids = (*names, *x.get("id_values", ()), *x.get("nested_ids", ()), *whole)
            for name in ids:
                if name == principal or name == tail:
                    continue
                name_form = id_form(name)
                if name_form is None:
                    continue
                if name_form == form:
                    yield name, form
                elif width is not None and _width_form(name) == width:
                    yield name, width

    def state_dict(self) -> dict[str, Any]:
        flat: list[int] = []
        for k, (owner, lead, others) in self._owners.items():
            flat += (k, owner, lead, others)
        kinds = [v for k, (a, b) in self._kinds.items() for v in (k, a, b)]
        return {
            "owners4": flat,
            "principals": self._principals.to_list(),
            "kinds": kinds,
            "open": [[k, uses] for k, uses in self._open.items()],
            "privacy": [
                [k, mine, others, whose] for k, (mine, others, whose) in self._privacy.items()
            ],
            "sessions": [v for k, session in self._sessions.items() for v in (k, session)],
        }

    def load_state_dict(self, state: dict[str, Any]) -> DelegationScope:
        if "owners4" in state:
            flat = state["owners4"]
            self._owners = {
                flat[i]: [flat[i + 1], flat[i + 2], flat[i + 3]] for i in range(0, len(flat), 4)
            }
        else:  # state written before owners had a lead: first-come owners, taken as confirmed
            flat = state["owners"]
            lead = self.confirm_uses
            self._owners = {
                flat[i]: [flat[i + 1], lead, flat[i + 2]] for i in range(0, len(flat), 3)
            }
        self._principals.load(state["principals"])
        kinds = state.get("kinds", [])
        self._kinds = {kinds[i]: [kinds[i + 1], kinds[i + 2]] for i in range(0, len(kinds), 3)}
        # State written before late ownership: no open uses.
        self._open = OrderedDict((k, [list(u) for u in uses]) for k, uses in state.get("open", ()))
        # State written before kinds' privacy: none learned yet.
        self._privacy = {
            k: [mine, others, list(whose)] for k, mine, others, whose in state.get("privacy", ())
        }
        # State written before: no session known, the next use of each object counts.
        flat = state.get("sessions", [])
        self._sessions = {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)}
        return self
