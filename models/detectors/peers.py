"""Mission peers: what the agents declared for the same purpose do, and what this one does
that they do not."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.detectors.volume import distinct_estimate
from missionguard.models.features import DecisionFeatures, tokens
from missionguard.models.sketch import (
    CountMinSketch,
    RecentKeys,
    RecentValues,
    key_of,
    key_of_uncached,
)

__all__ = ["MissionPeers", "purpose_key"]

_REACH_BITS = 128  # an agent's beginning: a linear-counting bitmap of the objects it reached
# Distinct objects a bitmap with k bits set stands for (linear counting), k = 0 .. 128.
_REACH = [distinct_estimate((1 << k) - 1, _REACH_BITS) for k in range(_REACH_BITS + 1)]


@lru_cache(maxsize=4096)  # a fleet's purposes recur on every decision (up to 4 KiB each)
def purpose_key(purpose: str) -> str:
    """The purpose as peers share it: lower case, runs of white space as one space.

    >>> purpose_key("  Pay the bill\\n in 'bill.txt' ")
    "pay the bill in 'bill.txt'"
    """
    return " ".join(purpose.lower().split())


def _destinations(x: DecisionFeatures) -> tuple[tuple[str, str, str, str], ...]:
    """Where the call goes, as ``x["outbound"]`` has it: a read's URL hosts (``fetched``),
    else the effect's destinations."""
    if x.get("read_only", True):
        return tuple((argument, "url", host, host) for argument, host in x.get("fetched", ()))
    return x.get("outbound", ())


def _item(kind: str, value: str, domain: str) -> str:
    """What a destination is for the peers: the host of a URL or a code source (a page's path
    and query vary from call to call), else the address, account or principal itself."""
    return domain if kind in ("url", "code") else value


def _named(task: str, purpose: frozenset[str] | None) -> bool:
    """Whether the purpose names the task: each content word of its name after the service it
    is in (``erp:invoices.approve``: invoice, approve; ``reservas.cancelar``: cancelar;
    ``send_money``: send, money) is a word of the purpose.

    >>> purpose = tokens("Read incoming invoices, approve them and pay the vendors")
    >>> _named("erp:invoices.approve", purpose), _named("send_money", purpose)
    (True, False)
    """
    if purpose is None:
        return False
    head, sep, rest = task.partition(":")
    if not sep:
        head, sep, rest = task.partition(".")
    words = tokens(rest if sep and rest else task)
    return bool(words) and words <= purpose


class MissionPeers(Detector):
    """Compares a new agent with its *mission peers*: the agents of its cohort declared for the
    same purpose with the same allow-lists (the mission's declared text, case and spacing
    aside: ``x["purpose_text"]``), the peer group that user and entity
    behaviour analytics compare a member with (peers by role; here by declared task). It fills
    the gap every agent-level model has at an agent's start: a session agent that lives for a
    few calls has no history of its own, but the sessions declared for the same task before it
    show what that task involves.

    What is compared is an agent's *beginning*, its first ``window_s`` seconds, with how its
    peers began: an agent is judged so during its own beginning only (afterwards its own
    history judges it), and a peer counts once its beginning is over (its first ``window_s``
    are past, or it has been quiet for ``idle_s`` and ten of its own mean gaps between calls:
    a session that ended, not a long-lived agent that pauses), so peers still
    under way never testify to what they did not do yet, and a long-lived agent's later, rarer
    tasks never count against a newcomer. A peer still acting ``lasting_s`` after its start
    is no session (what it did in its first ``window_s`` is not all its purpose involves: a
    maintenance crew acknowledges alarms on its second day): such *lasting* peers testify to
    no ``task`` and no ``destination``, which need ``min_peers`` peers whose beginning was
    their whole work; and a task ``familiar_at`` other peers performed at any time, in
    unremarkable work, is no foreign task.

    Two findings, both on calls with an effect (not read-only: a send, a write, a deletion, a
    permission change) or reads of a URL, silent until ``min_peers`` peers have begun:

    * ``task``: a task with an effect that fewer than ``familiar_at`` of the ``n`` peers
      performed, and that the purpose does not name (:func:`_named`). Score
      ``(1 - (c + 1) / (n + 2)) * max(0, 1 - u / diverse_at)``: the rule of succession for
      ``c`` of ``n`` peers having performed it, times how fixed the peers' tasks are: ``u`` is
      how often a peer after the first brought a task no peer had performed before it
      (introductions over the ``n - 1`` later peers; the first peer shows what the purpose
      involves), and at ``diverse_at`` (one later peer in ten bringing a task of its own) a new
      task is ordinary. Peers that all pay one bill make a password change surprising; peers
      of a broad purpose (customer service for whoever calls, with whatever request), each
      with a request of its own, do not. Sessions that repeat one another do not hide that
      breadth, as a count of items seen once would.
    * ``destination``: an address, account, URL host or principal the call sends to (or a read
      fetches from), which fewer than ``familiar_at`` of the ``m`` peers that made that call with
      that argument used, and which the mission does not write out and is not the principal's.
      Same score, with ``u`` the introductions of destinations there over the ``m - 1`` later
      peers: a sales mailer's peers, each writing to new customers, make a new address
      unsurprising. When fewer than ``min_peers`` peers made the call and the task is foreign
      (no peer performed it, the purpose does not name it; not a read: peers that fetched
      nothing say nothing of which pages are usual), the peers that never made it stand for it
      (``m = n``, ``u`` the task's).

    * ``breadth``: the distinct objects (``x["resource"]``) the agent reached in its beginning,
      reads included, at least ``breadth_min`` and ``breadth_ratio`` times the most any other
      agent of the group reached in its own: a session declared for a task its peers do
      touching five files that walks thirty repositories' secrets files in its first
      minute. Peer-group comparison of how much an identity reaches is the UEBA classic
      (an account touching far more hosts or records than its peer group); here the peer
      group is the declared purpose, and each object counts once however often it is read.
      Score ``0.6`` at the threshold and ``0.15`` more per doubling, up to ``0.95``.

    An agent's own earlier calls explain what it repeats. Each peer counts once, however often
    it repeats itself, and the Judge teaches this model only from unremarkable events of agents
    not under suspicion, and takes a stopped agent out of its group (:meth:`forget`): a minority
    of hijacked peers cannot make their destination familiar once the group has a norm, and a
    destination a stopped agent sent to is the cohort's taint (:class:`MissionGrounding`), whoever
    else used it. Agents with a purpose of their own (most long-lived service accounts) have no
    peers and no findings.

    The purpose's norm (:meth:`contest`, :meth:`agreed`): a destination that most sessions
    of the purpose were stopped for alone (no rule broken, nothing but novelty found), in their
    beginning, explains the same call of a later session in its beginning: a purpose whose
    every session takes an address from the data it reads (a meeting's participants) is not
    stopped session after session, while an address only some of its sessions use (one
    injected document) stays unexplained.

    Parameters
    ----------
    min_peers
        Peers whose beginning is over before either finding is made.
    agree_at, agree_share
        Sessions of a purpose stopped for a destination alone, and their share of the
        purpose's sessions, that make it the purpose's norm.
    familiar_at
        Peers that performed a task, or used a destination, in their beginning that make it
        familiar (one: what a peer never stopped did is part of what the purpose involves; a
        higher bar would let one wrong stop keep a payee unfamiliar for good, since stopped
        agents teach nothing).
    diverse_at
        Share of later peers bringing a task (or destination) of their own at which the
        peers count as diverse and a new one is no finding: a purpose one peer in ten brings
        a payee of its own to has no fixed set of payees.
    window_s
        How long an agent's beginning lasts, in seconds of event time.
    idle_s
        How long a peer must at least be quiet (a session that ended) before it counts as a
        peer within its first ``window_s``.
    width, depth
        Size of the count-min sketch of distinct-peer counts.
    pair_capacity
        How many recent (agent, item) pairs are remembered to count distinct peers.
    agent_capacity
        How many agents' first calls are remembered (those still in their beginning).
    breadth_ratio, breadth_min
        How many times the widest other peer's beginning, and how many distinct objects at
        least, make a ``breadth`` finding.
    lasting_s
        How long after its start a peer still acting is an agent that lasts, not a session
        (an hour: an assistant's session, slow calls and all, is over well before).
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> peers = MissionPeers()
    >>> def x(agent, t, task, to=None, read_only=False):
    ...     outbound = (("to", "iban", to, to),) if to else ()
    ...     return {"agent": agent, "t": t, "task": task, "read_only": read_only,
    ...             "outbound": outbound, "purpose_text": "Pay the bill in bill.txt",
    ...             "purpose_tokens": tokens("Pay the bill in bill.txt"), "principal": None,
    ...             "named_destinations": frozenset()}
    >>> for i in range(8):  # eight sessions, an hour apart, pay the bill's account
    ...     peers.learn_one(x(f"s{i}", 3600 * i, "read_file", read_only=True))
    ...     peers.learn_one(x(f"s{i}", 3600 * i + 5, "send_money", to="GB29NWBK60161331926819"))
    >>> late = 3600 * 8
    >>> peers.explain_one(x("s9", late, "send_money", to="GB29NWBK60161331926819"))
    {}
    >>> found = peers.explain_one(x("s9", late, "send_money", to="US133000000121212121212"))
    >>> round(found["destination"][0], 2), found["destination"][1][:61]
    (0.9, "destination 'US133000000121212121212' (to): 0 of the 8 agents")
    >>> round(peers.explain_one(x("s9", late, "update_password"))["task"][0], 2)
    0.9
    """

    name = "mission_peers"

    def __init__(
        self,
        min_peers: int = 3,
        familiar_at: int = 1,
        agree_at: int = 3,
        agree_share: float = 0.5,
        diverse_at: float = 0.1,
        window_s: float = 300.0,
        idle_s: float = 60.0,
        width: int = 4096,
        depth: int = 3,
        pair_capacity: int = 20_000,
        agent_capacity: int = 4096,
        breadth_ratio: float = 3.0,
        breadth_min: int = 10,
        lasting_s: float = 3600.0,
        seed: int = 0,
    ) -> None:
        self.min_peers = min_peers
        self.lasting_s = lasting_s
        self.breadth_ratio = breadth_ratio
        self.breadth_min = breadth_min
        self.familiar_at = familiar_at
        self.agree_at = agree_at
        self.agree_share = agree_share
        self.diverse_at = diverse_at
        self.window_s = window_s
        self.idle_s = idle_s
        self.width = width
        self.depth = depth
        self.pair_capacity = pair_capacity
        self.agent_capacity = agent_capacity
        self.seed = seed
        self._support = CountMinSketch(width, depth)
        self._pairs = RecentKeys(pair_capacity)
        # Per agent and group: its first second + 1, its calls, the bucket its beginning is
        # over in + 1.
        self._began = RecentValues(3 * agent_capacity)
        # Per agent and group: bitmaps of the objects it reached in its beginning, and of
        # those its unremarkable calls taught; per group: the two widest beginnings so taught
        # (distinct objects) and whose the widest is.
        self._reach = RecentValues(3 * agent_capacity)
        self._key_cache: dict[tuple[str, str], tuple[int, int]] = {}  # not state: derived

    # -- counting ---------------------------------------------------------------------------
    def _bucket(self, t: float) -> int:
        return int(t // (self.idle_s / 4))

    def _distinct(self, agent: str, key: int) -> bool:
        """Count ``agent`` once for ``key``; whether it was new there."""
        if self._pairs.touch(key_of_uncached(agent, key)):
            return False
        self._support.add(key)
        return True

    def _once(self, agent: str, key: int, scope: tuple[object, ...]) -> None:
        """Count ``agent`` once for ``key`` (a task, or a destination of a call), and count
        an *introduction* in ``scope`` when the item is new to the group and the agent is not
        the first in ``scope``: the first peer shows what the purpose involves, every later
        newcomer's new item says the purpose is open-ended."""
        first = self._support.get(key) == 0
        if not self._distinct(agent, key):
            return
        founder_key = key_of_uncached("founder", *scope)
        founder = self._began.get(founder_key)
        me = key_of_uncached(agent) + 1
        if not founder:
            self._began.set(founder_key, me)
        elif first and founder != me:
            self._support.add(key_of("intro", *scope))

    def _performed_later(self, agent: str, group: str, task: str) -> bool:
        """Whether ``familiar_at`` other agents of the group performed the task at any time
        (after their beginnings too), in unremarkable work."""
        key = key_of("tl", group, task)
        others = self._support.get(key) - (key_of_uncached(agent, key) in self._pairs)
        return others >= self.familiar_at

    def _unseen(self, scope: tuple[object, ...], n: int) -> float:
        """How often a peer after the first brought a task (or destination) no peer had used
        before it: introductions over the ``n - 1`` later peers."""
        return min(1.0, self._support.get(key_of("intro", *scope)) / max(1, n - 1))

    def _fixed(self, unseen: float) -> float:
        """How fixed the peers' tasks (or destinations) are, from 1 (each peer repeats the
        others') down to 0 at ``diverse_at`` unseen mass (a peer brings one of its own that
        often: a new one is ordinary there)."""
        return max(0.0, 1.0 - unseen / self.diverse_at)

    def _peers(self, group: str, t: float) -> int:
        """Agents of the group whose beginning is over at ``t`` (:meth:`_active`), by
        quarter-``idle_s`` buckets of when it will be."""
        now = self._bucket(t)
        horizon = int(self.window_s // (self.idle_s / 4)) + 2
        pending = sum(self._support.get(key_of("b", group, now + i)) for i in range(horizon))
        return max(0, self._support.get(key_of("n", group)) - pending)

    def _active(self, agent: str, group: str, t: float, start: float) -> None:
        """Note a call of the agent's beginning at ``t``: its beginning is over at
        ``start + window_s``, or sooner once it has been quiet for ``idle_s`` and ten of its
        own mean gaps between calls (a session that ended, not one that pauses); the bucket
        of that moment holds it until then."""
        calls_key = key_of_uncached(agent, "calls", group)
        calls = self._began.get(calls_key) + 1
        self._began.set(calls_key, calls)
        if calls > 1:
            gap = (t - start) / (calls - 1)
            over = min(start + self.window_s, t + max(self.idle_s, 10.0 * gap))
        else:
            over = start + self.window_s  # one call shows no pace: wait out the beginning
        key = key_of_uncached(agent, "over", group)
        before = self._began.get(key)
        bucket = self._bucket(over)
        if before:
            if before - 1 == bucket:
                return
            self._support.remove(key_of("b", group, before - 1))
        self._support.add(key_of("b", group, bucket))
        self._began.set(key, bucket + 1)

    def _start(self, agent: str, group: str) -> float | None:
        """When the agent's first call in the group was, if it is remembered."""
        began = self._began.get(key_of_uncached(agent, group))
        return began - 1 if began else None

    def _keys(self, agent: str, group: str) -> tuple[int, int]:
        """The keys of the agent's two bitmaps in the group (all it reached, what it taught),
        kept for the agents judged lately: every call of a beginning needs them."""
        keys = self._key_cache.get((agent, group))
        if keys is None:
            if len(self._key_cache) >= 1024:
                self._key_cache.clear()
            gid = key_of("g", group)
            keys = key_of_uncached(agent, "reach", gid), key_of_uncached(agent, "taught", gid)
            self._key_cache[agent, group] = keys
        return keys

    def _bitmap(self, key: int, resource: str) -> int:
        """The bitmap under ``key`` with ``resource`` in."""
        return self._reach.get(key) | (1 << (key_of_uncached(resource) % _REACH_BITS))

    def reached(self, x: DecisionFeatures) -> None:
        """Count the object an allowed call of the agent's beginning reached (the Judge calls
        it for every such call, risky ones included, as a memory: what the agent reached is
        what its ``breadth`` is judged by)."""
        group = purpose_key(x.get("purpose_text") or "")
        if group and self._beginning(x, group):
            key = self._keys(x["agent"], group)[0]
            bitmap = self._bitmap(key, x.get("resource", ""))
            if bitmap != self._reach.get(key):
                self._reach.set(key, bitmap)

    def _widen(self, agent: str, group: str, resource: str) -> None:
        """Count ``resource`` in what the agent taught of its beginning (its unremarkable
        calls), and the group's two widest beginnings so taught."""
        key = self._keys(agent, group)[1]
        bitmap = self._bitmap(key, resource)
        if bitmap == self._reach.get(key):
            return
        self._reach.set(key, bitmap)
        reach = round(_REACH[bitmap.bit_count()])
        me = key_of_uncached(agent) + 1
        first, whose, second = key_of("w1", group), key_of("w1a", group), key_of("w2", group)
        if self._reach.get(whose) == me:
            self._reach.set(first, reach)
        elif reach > self._reach.get(first):
            self._reach.set(second, self._reach.get(first))
            self._reach.set(first, reach)
            self._reach.set(whose, me)
        elif reach > self._reach.get(second):
            self._reach.set(second, reach)

    def _widest(self, agent: str, group: str) -> int:
        """The most distinct objects another agent of the group reached in its beginning."""
        if self._reach.get(key_of("w1a", group)) == key_of_uncached(agent) + 1:
            return self._reach.get(key_of("w2", group))
        return self._reach.get(key_of("w1", group))

    def _wide(self, x: DecisionFeatures, group: str) -> tuple[float, int, float] | None:
        """(distinct objects the agent reached with this call's, the widest other peer's
        beginning, the bar) when the call takes the agent to the ``breadth`` bar."""
        key = self._keys(x["agent"], group)[0]
        bitmap = self._reach.get(key)
        if _REACH[min(_REACH_BITS, bitmap.bit_count() + 1)] < self.breadth_min:
            return None  # short of the bar whatever the peers did (most calls)
        widest = self._widest(x["agent"], group)
        if not widest:
            return None  # the peers' beginnings were not counted (a state from before)
        reach = _REACH[self._bitmap(key, x.get("resource", "")).bit_count()]
        bar = max(float(self.breadth_min), self.breadth_ratio * widest)
        return (reach, widest, bar) if reach >= bar else None

    # -- River ------------------------------------------------------------------------------
    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        group = purpose_key(x.get("purpose_text") or "")
        if not group:
            return
        agent, task, t = x["agent"], x["task"], x.get("t", 0.0)
        if not x.get("read_only", True):
            # A task a peer performs after its beginning is part of what the purpose involves
            # too (a maintenance crew's alarm acknowledgements on their second day): it
            # explains a newcomer's, though only beginnings say how many peers began with it.
            self._distinct(agent, key_of("tl", group, task))
        start = self._start(agent, group)
        if start is None:
            if self._distinct(agent, key_of("n", group)):
                self._began.set(key_of_uncached(agent, group), int(t) + 1)
                start = t
            else:
                return  # a peer whose start is forgotten: its beginning is long over
        if t - start > self.window_s:
            # Past its beginning: what it does now is not how peers begin. Still acting
            # ``lasting_s`` after its start, it is no session but an agent that lasts (its
            # beginning is not all its purpose involves); a slow session is not one.
            if t - start > self.lasting_s:
                self._distinct(agent, key_of("long", group))
            return
        self._active(agent, group, t, start)
        self._widen(agent, group, x.get("resource", ""))
        if x.get("read_only", True):
            if not x.get("fetched"):
                return
        else:
            self._once(agent, key_of("t", group, task), (group,))
        for argument, kind, value, domain in _destinations(x):
            self._distinct(agent, key_of("a", group, task, argument))
            self._once(
                agent, key_of("d", group, task, _item(kind, value, domain)), (group, task, argument)
            )

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        read_only = x.get("read_only", True)
        group = purpose_key(x.get("purpose_text") or "")
        if not group:
            return {}
        # Most calls are reads past the breadth bar's reach: settled before the peers count.
        wide = self._wide(x, group)
        effect = not read_only or bool(x.get("fetched"))
        if wide is None and not effect:
            return {}
        if not self._beginning(x, group):
            return {}  # an agent with a history of its own is judged by it
        agent, task, t = x["agent"], x["task"], x.get("t", 0.0)
        n = self._peers(group, t)
        if n < self.min_peers:
            return {}
        found: Explanation = {}
        if wide is not None:
            reach, widest, bar = wide
            found["breadth"] = (
                min(0.95, 0.6 + 0.15 * math.log2(reach / bar)),
                f"{reach:.0f} distinct objects reached in its first {self.window_s:g}s; the "
                f"{n} agents declared for the same purpose reached at most {widest} as they "
                f"began",
            )
        if not effect or n - self._support.get(key_of("long", group)) < self.min_peers:
            # Peers that outlive their beginning show how such an agent begins, not every
            # task or destination its purpose involves: only sessions testify to that.
            return found
        key = key_of("t", group, task)
        done = self._support.get(key)
        foreign = (
            done < self.familiar_at
            and key_of_uncached(agent, key) not in self._pairs
            and not _named(task, x.get("purpose_tokens"))
            and not self._performed_later(agent, group, task)
        )
        # How open-ended the purpose is: how often a later peer brought a task of its own.
        renew = self._unseen((group,), n)
        if foreign and not read_only:
            score = (1.0 - (done + 1) / (n + 2)) * self._fixed(renew)
            if score > 0.0:
                found["task"] = (
                    score,
                    f"{task!r}: {done} of the {n} agents declared for the same purpose "
                    f"performed it as they began, and {renew:.0%} of the later ones brought a "
                    f"task of their own",
                )
        worst: tuple[float, str] | None = None
        named = x.get("named_destinations") or frozenset()
        principal = x.get("principal") or ""
        agreed = x.get("purpose_agrees") or frozenset()
        for argument, kind, value, domain in _destinations(x):
            if value in named or domain in named or value == principal or value in agreed:
                continue
            m = self._support.get(key_of("a", group, task, argument))
            made = "made that call"
            if m >= self.min_peers:
                unseen = self._unseen((group, task, argument), m)
                made = f"called {task!r}"
            elif foreign and not read_only:
                # Peers that never made this call (with this argument) sent nowhere with it:
                # as rare as the task. Not when the purpose names the task: its peers may not
                # have taught it (flagged for something else), and the mission declares it.
                # Not for a read either: peers that fetched nothing say nothing of which
                # pages are usual to fetch (a research assistant's first page is a new one).
                m, unseen = n, renew
            else:
                continue
            item = key_of("d", group, task, _item(kind, value, domain))
            sent = self._support.get(item)
            if sent >= self.familiar_at or key_of_uncached(agent, item) in self._pairs:
                continue
            score = (1.0 - (sent + 1) / (m + 2)) * self._fixed(unseen)
            if score > 0.0 and (worst is None or score > worst[0]):
                worst = (
                    score,
                    (
                        f"destination {value!r} ({argument}): {sent} of the {m} agents declared "
                        f"for the same purpose that {made} as they began sent there, and "
                        f"{unseen:.0%} of the later ones named a destination of their own"
                    ),
                )
        if worst is not None:
            found["destination"] = worst
        return found

    # -- the Judge's hooks ----------------------------------------------------------------
    def forget(self, x: DecisionFeatures) -> None:
        """Called when the call ``x`` stopped its agent: the agent is no longer a peer of its
        group (peers are agents never stopped), so hijacked sessions stopped before their
        effect do not count as peers that chose not to act."""
        group = purpose_key(x.get("purpose_text") or "")
        if not group:
            return
        agent, key = x["agent"], key_of("n", group)
        if key_of_uncached(agent, key) not in self._pairs:
            return
        if self._pairs.touch(key_of_uncached(agent, key_of("stopped", group))):
            return  # already taken out
        over = self._began.get(key_of_uncached(agent, "over", group))
        if over and over - 1 >= self._bucket(x.get("t", 0.0)):
            self._support.remove(key_of("b", group, over - 1))  # its beginning still pending
        self._support.remove(key)
        whose = key_of("w1a", group)
        if self._reach.get(whose) == key_of_uncached(agent) + 1:  # its reach no peer's
            self._reach.set(key_of("w1", group), self._reach.get(key_of("w2", group)))
            self._reach.set(whose, 0)

    def _beginning(self, x: DecisionFeatures, group: str) -> bool:
        """Whether the call is in its agent's beginning (its first ``window_s``), or the
        agent's first call in the group (not one whose start is forgotten: it began long
        ago)."""
        start = self._start(x["agent"], group)
        if start is None:
            return key_of_uncached(x["agent"], key_of("n", group)) not in self._pairs
        return x.get("t", 0.0) - start <= self.window_s

    def contest(
        self, x: DecisionFeatures, destinations: Iterable[tuple[str, str, str, str]]
    ) -> None:
        """Called when the call ``x`` stopped its agent on the novelty of where it sends and
        nothing else (no rule broken, no other finding): each of ``destinations`` (the
        ``x["outbound"]`` entries nothing explained) is one this session of the purpose sent
        to, stopped for it."""
        group = purpose_key(x.get("purpose_text") or "")
        if not group or not self._beginning(x, group):
            return  # an agent with a history of its own broke it: no norm of the purpose
        agent, task = x["agent"], x["task"]
        self._distinct(agent, key_of("contested", group))
        for _, kind, value, domain in destinations:
            self._distinct(agent, key_of("c", group, task, _item(kind, value, domain)))

    def agreed(self, x: DecisionFeatures) -> frozenset[str]:
        """The call's destinations that most sessions declared for the same purpose sent to,
        stopped for nothing but that (:meth:`contest`): at least ``agree_at`` of them, and at
        least ``agree_share`` of the purpose's sessions (its peers and its sessions so
        stopped). A purpose whose sessions all take an address from the data they read (the
        meeting's participants, the bill's payee) has one its mission does not write out:
        the first sessions are stopped for it, the purpose's norm then explains it. A
        destination only some sessions of the purpose use (an injection in one document,
        one task in many) stays unexplained."""
        group = purpose_key(x.get("purpose_text") or "")
        if not group or not self._beginning(x, group):
            return frozenset()  # an agent past its beginning is judged by its own history
        contested = self._support.get(key_of("contested", group))
        if contested < self.agree_at:
            return frozenset()
        sessions = self._peers(group, x.get("t", 0.0)) + contested
        task = x["task"]
        found = []
        for _, kind, value, domain in _destinations(x):
            k = self._support.get(key_of("c", group, task, _item(kind, value, domain)))
            if k >= self.agree_at and k >= self.agree_share * sessions:
                found.append(value)
        return frozenset(found)

    def familiar_hosts(self, x: DecisionFeatures) -> frozenset[str]:
        """The hosts the read fetches from that at least ``familiar_at`` peers of its purpose
        fetched for the same task as they began: a page the purpose's sessions read in their
        ordinary work (:class:`MissionGrounding` does not hold it against a later session
        that a stopped one read it too)."""
        group = purpose_key(x.get("purpose_text") or "")
        if not group:
            return frozenset()
        task = x["task"]
        return frozenset(
            host
            for _, host in x.get("fetched", ())
            if self._support.get(key_of("d", group, task, host)) >= self.familiar_at
        )

    def destinations(self, x: DecisionFeatures) -> list[str]:
        """The call's destinations that fewer than ``familiar_at`` peers used. The Judge
        taints them when the call stops its agent with a high ``task`` finding (an act the
        purpose does not involve); a destination that is only unusual for a task the peers
        do perform is not tainted: one wrong stop there must not stop every later session
        paying that payee."""
        group = purpose_key(x.get("purpose_text") or "")
        task = x["task"]
        return [
            value
            for _, kind, value, domain in x.get("outbound", ())
            if self._support.get(key_of("d", group, task, _item(kind, value, domain)))
            < self.familiar_at
        ]

    def state_dict(self) -> dict[str, Any]:
        return {
            "support": self._support.to_dict(),
            "pairs": self._pairs.to_list(),
            "began": self._began.to_list(),
            "reach": self._reach.to_list(),
        }

    def load_state_dict(self, state: dict[str, Any]) -> MissionPeers:
        self._support.load(state["support"])
        self._pairs.load(state["pairs"])
        self._began.load(state["began"])
        self._reach.load(state.get("reach", []))  # absent from states before breadth
        return self
