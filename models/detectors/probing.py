"""Probing: after a denial, the same goal through another path; bursts of varied denials."""

from __future__ import annotations

import re
from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import DecisionFeatures, tokens
from missionguard.models.sketch import key_of

__all__ = ["Probing"]

_MASK = 0xFFFFFF
_CREDENTIALS = 4  # credentials remembered per agent (their keys)
_SPLIT = re.compile(r"[/:?&=]+")  # not ".": "staging.events" is one name


class Probing(Detector):
    """Remembers an agent's recent denials and flags what follows them.

    * ``other_path``: a request for a resource that was just denied, through another
      credential (scored higher when that other path was allowed: the denial was
      circumvented); through another action or the same action with other arguments it
      scores only ``other_action_score``, since workflows go on with the next step after a
      refusal and a compliant agent changes its request;
    * ``same_goal``: after a denial, a request for another resource through another action
      whose path or arguments name what was denied, i.e. the words
      of the denied resource's last segment when that is a name: ``secrets/stripe`` -> a pod
      whose command reads ``/var/run/secrets/stripe``;
    * ``persisted``: the same action on the same resource refused for at least
      ``persist_at`` distinct sets of arguments within ``horizon_s``, and requested once more
      with yet another: an agent reshaping its request until the authorizer yields (a payout
      refused over a limit, split and moved to another ledger until one passes: structuring,
      what a limit exists to prevent). Scored ``circumvented_score`` when that request was
      allowed, ``path_score`` when refused too. One changed request after a refusal is what a
      compliant agent does (``other_path`` at ``other_action_score``); three refused
      variants then a fourth is a search for the limit;
    * ``denial_burst``: denials of at least ``burst_at`` *distinct* (action, resource) targets
      within ``horizon_s`` (a retry loop on one target is not probing), scored on each denial
      that makes the burst (not on the allowed work around it);
    * ``enumeration``: denials on at least ``enumerate_at`` distinct resources of the same kind
      (``orders/#``), or reached through the same action, within ``horizon_s`` (where paths
      are names rather than ids, ``repo-a/.env`` and ``repo-b/.env`` are two kinds: walking
      them with one action is the same enumeration);
    * ``second_credential``: refused with its credential, the agent used a credential it had
      not used before (within ``swap_s`` of the refusal), then its first one again (within
      ``horizon_s``): it holds two at once, the second found after the refusal (unsecured
      credentials, ATT&CK T1552, used as valid accounts, T1078). A rotation replaces a
      credential and never goes back to the old one; so the finding is made on the return
      (each switch back, not every call after it), scored ``circumvented_score`` when the new
      credential got through, ``path_score`` when it was refused too. Only between credentials
      a record names (a producer that omits the id sometimes is no second one), and only for
      an agent that had never alternated credentials before the refusal: an identity several
      holders share (a service account's replicas, each with its own token; a role whose
      sessions run side by side) alternates all the time. Nor after a refusal repeated (the
      same action on the same resource refused more than once within the memory): a
      controller's retry loop meeting the authorizer's standing answer is no door being tried,
      and such loops run for hours, across the credential's rotation.

    A short-term memory (``is_memory``): it is updated from every decision, including risky
    ones, since a probe must be remembered. Per agent only; at most ``max_denials`` kept.
    Not probing: a refusal that is the authorizer's doing (``x["authorizer_refusal"]``:
    neither remembered nor scored): one the cohort's other agents also got
    (:class:`SharedDenials`), or one of a stream the agent was already served (a watch
    resumed from a resource version); and a refusal of a call the
    agent's mission allows (``x["declared_work"]``: the authorizer disagreeing with the
    declaration), which counts towards no burst but is remembered for what follows it (the
    same resource then reached with another credential is ``other_path``) and counts towards
    an enumeration (many objects of one kind refused is one, whatever the mission allows).

    Parameters
    ----------
    horizon_s
        How long a denial is remembered.
    max_denials
        Denials kept (oldest dropped).
    burst_at, enumerate_at
        Distinct denied targets / same-kind resources where the findings start.
    persist_at
        Refused argument sets of one action on one resource where ``persisted`` starts.
    path_score, circumvented_score
        Score of another path after a denial, when it was denied too / when it was allowed.
    other_action_score, goal_score
        Score of another action on a just-denied resource, and of ``same_goal`` (both weak
        on their own: workflows go on after a refusal, and a branch name or a table name
        recurs in the next, legitimate step; they add to other evidence).
    swap_s
        How soon after a refusal the second credential must first be used for
        ``second_credential``: trying another path is done at once; a rotation has nothing to
        do with a refusal, and the shorter this is, the less likely one falls in it.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = Probing(seed=4)
    >>> x = {"t": 0.0, "action": "s3:GetObject", "resource": "bkt/payroll.csv",
    ...      "shape": "bkt/payroll.csv", "credential": "k1", "outcome": "deny"}
    >>> det.score_one(x)
    0.0
    >>> det.learn_one(x)
    >>> det.score_one({**x, "t": 5.0})  # a plain retry
    0.0
    >>> det.score_one({**x, "t": 6.0, "credential": "k2", "outcome": "allow"})
    0.8
    >>> det.score_one({**x, "t": 7.0, "action": "s3:GetObjectAcl"})  # the workflow goes on
    0.3
    >>> det.score_one({**x, "t": 7.5, "arguments": (("version", "2"),)})  # another request
    0.3
    >>> secret = "k8s/secrets/stripe"
    >>> det.learn_one({**x, "t": 8.0, "resource": secret, "shape": secret})
    >>> y = {**x, "t": 9.0, "action": "k8s:create", "resource": "k8s/pods/d", "shape": "k8s/pods/d",
    ...      "arguments": (("command", "cat /run/secrets/stripe"),), "outcome": "allow"}
    >>> sorted(det.explain_one(y))
    ['same_goal']
    >>> for i in range(5):
    ...     det.learn_one({**x, "t": 10.0 + i, "resource": f"bkt/u{i}0{i}", "shape": "bkt/#"})
    >>> sorted(det.explain_one({**x, "t": 20.0, "resource": "bkt/u909", "shape": "bkt/#"}))
    ['denial_burst', 'enumeration']
    >>> sorted(det.explain_one({**x, "t": 21.0, "resource": "bkt/ok", "outcome": "allow"}))
    []
    >>> det = Probing(seed=4)
    >>> det.learn_one(x)  # refused with k1
    >>> det.learn_one({**x, "t": 2.0, "resource": "k8s/pods/d/exec", "credential": "k9",
    ...                "outcome": "allow"})  # a credential never used before
    >>> back = {**x, "t": 3.0, "resource": "bkt/ok", "outcome": "allow"}
    >>> sorted(det.explain_one(back)), round(det.score_one(back), 2)
    (['second_credential'], 0.8)
    >>> det.learn_one(back)
    >>> det.score_one({**back, "t": 4.0})  # the switch back is the finding, not each call after
    0.0
    >>> replicas = Probing(seed=4)  # two holders of one identity, side by side
    >>> for t, k in enumerate(["k1", "k2", "k1"]):
    ...     replicas.learn_one({**x, "t": float(t), "credential": k, "outcome": "allow"})
    >>> replicas.learn_one({**x, "t": 3.0, "credential": "k1"})  # refused
    >>> replicas.learn_one({**x, "t": 4.0, "credential": "k3", "outcome": "allow"})  # a new token
    >>> replicas.score_one({**x, "t": 5.0, "resource": "bkt/ok", "outcome": "allow"})
    0.0
    """

    name = "probing"
    is_memory = True

    def __init__(
        self,
        horizon_s: float = 300.0,
        max_denials: int = 8,
        burst_at: int = 3,
        enumerate_at: int = 4,
        persist_at: int = 3,
        path_score: float = 0.6,
        circumvented_score: float = 0.8,
        other_action_score: float = 0.3,
        goal_score: float = 0.4,
        swap_s: float = 60.0,
        seed: int = 0,
    ) -> None:
        self.horizon_s = horizon_s
        self.swap_s = swap_s
        self.max_denials = max_denials
        self.burst_at = burst_at
        self.enumerate_at = enumerate_at
        self.persist_at = persist_at
        self.path_score = path_score
        self.circumvented_score = circumvented_score
        self.other_action_score = other_action_score
        self.goal_score = goal_score
        self.seed = seed
        # [time, action key, resource key, kind key, credential key, arguments key,
        #  *goal word keys], oldest first; refusals of what the mission allows apart
        self._denials: list[list[float]] = []
        self._declared: list[list[float]] = []
        # The agent's recent credentials: [key, first use, allowed since first use, 1 if
        # used for one call only else 2], the most recently used last, at most _CREDENTIALS
        # (one, for almost every agent).
        self._credentials: list[list[float]] = []
        # When the agent first went back to a credential it had used before another: an
        # identity several holders share (replicas of one service account, a role whose
        # sessions run side by side) alternates all the time; no finding for it.
        self._alternated_at: float | None = None

    @staticmethod
    def _keys(x: DecisionFeatures) -> tuple[int, int, int, int, int]:
        arguments = (*x.get("arguments", ()), *x.get("destinations", ()))
        return (
            key_of(x["action"]) & _MASK,
            key_of(x["resource"]) & _MASK,
            key_of(x["shape"]) & _MASK,
            key_of(x.get("credential")) & _MASK,
            key_of(*sorted(arguments)) & _MASK if arguments else 0,
        )

    @staticmethod
    def _goal_words(x: DecisionFeatures) -> frozenset[int]:
        """The words of the resource's last segment when it is a name (``secrets/stripe`` ->
        ``stripe``), as word keys; nothing when it is an identifier or a bare collection."""
        segments = [seg for seg in _SPLIT.split(x["shape"]) if seg]
        if len(segments) < 3 or "#" in segments[-1]:
            return frozenset()
        return frozenset(key_of(w) & _MASK for w in tokens(segments[-1]))

    @staticmethod
    def _request_words(x: DecisionFeatures) -> frozenset[int]:
        text = " ".join([x["resource"], *(str(v) for _, v in x.get("arguments", ()))])
        return frozenset(key_of(w) & _MASK for w in tokens(text))

    def _use(self, x: DecisionFeatures, t: float) -> None:
        """Remember the call's credential (``x["credential"]``; none: nothing to remember)."""
        credential = x.get("credential")
        if credential is None:
            return
        key = key_of(credential) & _MASK
        allowed = x["outcome"] == "allow"
        creds = self._credentials
        if creds and creds[-1][0] == key:  # the usual case: the same credential again
            creds[-1][2] = creds[-1][2] or allowed
            creds[-1][3] = 2  # used more than once
            return
        for i, c in enumerate(creds):
            if c[0] == key:
                del creds[i]
                creds.append([key, c[1], c[2] or allowed, 2])
                if self._alternated_at is None:
                    self._alternated_at = t
                return
        creds.append([key, t, allowed, 1])
        if len(creds) > _CREDENTIALS:
            del creds[0]

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        t = x["t"]
        self._use(x, t)
        if self._denials or self._declared:  # usually neither: most agents are refused nothing
            horizon = self.horizon_s
            self._denials = [d for d in self._denials if t - d[0] <= horizon]
            self._declared = [d for d in self._declared if t - d[0] <= horizon]
            if x["outcome"] == "allow":
                # The same request allowed now: the refusal stopped by itself (the authorizer
                # caught up, a grant arrived); the door was opened, not forced, and the
                # refusal no longer counts towards a burst or an enumeration.
                action, resource = key_of(x["action"]) & _MASK, key_of(x["resource"]) & _MASK
                self._denials = [d for d in self._denials if d[1] != action or d[2] != resource]
                self._declared = [d for d in self._declared if d[1] != action or d[2] != resource]
        if x["outcome"] == "deny" and not x.get("authorizer_refusal"):
            # A refusal of what the mission allows is remembered for what follows it (the
            # same thing reached another way), but is no door tried: no burst counts it.
            memory = self._declared if x.get("declared_work") else self._denials
            memory.append([t, *self._keys(x), *sorted(self._goal_words(x))])
            if len(memory) > self.max_denials:
                del memory[0]

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        t = x["t"]
        if x["outcome"] == "deny" and x.get("authorizer_refusal"):
            return {}  # the authorizer's doing, not this agent's probing
        doors = [d for d in self._denials if t - d[0] <= self.horizon_s]
        recent = doors
        if self._declared:
            recent = sorted(doors + [d for d in self._declared if t - d[0] <= self.horizon_s])
        if not recent:
            return {}
        action, resource, kind, credential, arguments = self._keys(x)
        allowed = x["outcome"] == "allow"
        strong = self.circumvented_score if allowed else self.path_score
        found: Explanation = {}
        # A call on no particular object (``*``, a cluster-wide list) is no retry of a target.
        for d in () if x.get("account_wide") else reversed(recent):
            if d[2] != resource:
                continue
            if d[4] != credential and not self._per_call(d):
                via, score = "credential", strong
            elif d[1] == action and len(d) > 5 and d[5] != arguments:
                # Changing the request after a refusal is also what a compliant agent does
                # (a cheaper fare, a smaller export): weak on its own, like another action.
                via, score = "set of arguments", self.other_action_score
            elif d[1] != action:
                via, score = "action", self.other_action_score
            else:
                continue  # a plain retry
            if score > 0.0:
                found["other_path"] = (
                    score,
                    f"{x['resource']!r} was denied {t - d[0]:.0f}s ago and is now requested "
                    f"with another {via} ({x['action']!r}), which was "
                    f"{'allowed' if allowed else 'denied too'}",
                )
                break
        if arguments:
            # Refused variants of this very request (same action, resource and credential).
            variants = {
                d[5]
                for d in recent
                if d[1] == action and d[2] == resource and d[4] == credential and len(d) > 5
            }
            variants.discard(arguments)
            if len(variants) >= self.persist_at:
                found["persisted"] = (
                    strong,
                    f"{x['action']!r} on {x['resource']!r} was refused with {len(variants)} "
                    f"other sets of arguments within {self.horizon_s:.0f}s and is requested "
                    f"with yet another, which was {'allowed' if allowed else 'denied too'}",
                )
        if "other_path" not in found:
            words = self._request_words(x)
            for d in reversed(recent):
                goal = set(d[6:])
                if not goal or d[2] == resource or d[1] == action:
                    continue  # a retry, another step on it, or the same call elsewhere
                if goal <= words:
                    found["same_goal"] = (
                        self.goal_score,
                        f"{t - d[0]:.0f}s after a denial, {x['action']!r} on {x['resource']!r} "
                        f"names what was denied (by the words of its path or arguments), "
                        f"and was {'allowed' if allowed else 'denied too'}",
                    )
                    break
        creds = self._credentials
        if len(creds) > 1 and creds[-1][0] != credential and x.get("credential") is not None:
            # A switch of credential: the return to one refused before another appeared?
            second = self._second_credential(recent, credential, t)
            if second is not None:
                found["second_credential"] = second
        if x["outcome"] != "deny":
            return found  # bursts and enumeration are judged on the denials that make them
        # A burst counts doors tried: a refusal of what the mission allows is the authorizer
        # disagreeing with the declaration (a policy out of step, caches still filling), not
        # one. Enumeration counts every refusal: many objects of one kind refused is the
        # enumeration, whatever the mission allows.
        if not x.get("declared_work"):
            targets = {(d[1], d[2]) for d in doors} | {(action, resource)}
            if len(targets) >= self.burst_at:
                excess = len(targets) - self.burst_at + 1
                found["denial_burst"] = (
                    min(1.0, 0.3 * excess),
                    f"{len(targets)} distinct targets denied within {self.horizon_s:.0f}s "
                    f"(probing starts at {self.burst_at})",
                )
        # Objects of one kind (``orders/#``), or any objects through one action: where paths
        # are names, not ids (``repo-a/.env``, ``repo-b/.env``), each is a kind of its own.
        same_kind = {d[2] for d in recent if d[3] == kind} | {resource}
        same_action = {d[2] for d in recent if d[1] == action} | {resource}
        walked, what = same_kind, f"{x['shape']!r} resources"
        if len(same_action) > len(same_kind):
            walked, what = same_action, f"resources reached by {x['action']!r}"
        if len(walked) >= self.enumerate_at:
            excess = len(walked) - self.enumerate_at + 1
            found["enumeration"] = (
                min(1.0, 0.25 + 0.15 * excess),
                f"{len(walked)} distinct {what} denied within {self.horizon_s:.0f}s "
                f"(enumeration starts at {self.enumerate_at})",
            )
        return found

    def _per_call(self, denial: list[float]) -> bool:
        """Whether the agent's credentials are a producer's per-request tokens (a per-call
        id, no credential the agent holds), so that a new one after ``denial`` is its every
        call, not another way in: every credential taken up before the refusal was allowed
        and used once, and the refused one was new at it. Not so for an agent with one
        stolen credential (its own key refused, the stolen one used twice), for throwaway
        keys tried once each after the refusal, nor for a state restored without its
        credentials (a single-credential agent's are not kept): it takes three credentials
        used once each to look so."""
        creds = self._credentials
        before = [c for c in creds if c[1] < denial[0]]
        refused = next((c for c in creds if c[0] == denial[4]), None)
        return (
            bool(before)
            and all(c[3] == 1 and c[2] for c in before)
            and (refused is None or refused[3] == 1)
        )

    def _second_credential(
        self, recent: list[list[float]], credential: int, t: float
    ) -> tuple[float, str] | None:
        """``second_credential``: this call's credential was refused within the horizon, and
        another one, first used after that refusal, was used since."""
        mine = next((c for c in self._credentials if c[0] == credential), None)
        if mine is None:
            return None  # a credential used for the first time now: no return
        shared_since = self._alternated_at
        for d in reversed(recent):
            if d[4] != credential or d[0] < mine[1]:
                continue  # refused with another credential, or before this one was in use
            if shared_since is not None and shared_since <= d[0]:
                continue  # the agent alternated credentials before the refusal: several holders
            if any(e is not d and e[1] == d[1] and e[2] == d[2] for e in recent):
                continue  # refused more than once: a retry loop meeting the standing answer
            for other in self._credentials:
                if other[0] != credential and d[0] < other[1] <= min(t, d[0] + self.swap_s):
                    through = other[2]
                    return (
                        self.circumvented_score if through else self.path_score,
                        f"refused {t - d[0]:.0f}s ago, the agent used a credential it had not "
                        f"used before {t - other[1]:.0f}s ago ("
                        f"{'allowed' if through else 'refused too'}), and now its own again: "
                        f"it holds two credentials at once, the second found after a refusal",
                    )
        return None

    def state_dict(self) -> dict[str, Any]:
        state: dict[str, Any] = {"denials": self._denials}
        if self._declared:
            state["declared"] = self._declared
        if self._credentials and (len(self._credentials) > 1 or self._denials or self._declared):
            # Kept when it can matter: a refusal to follow, or a second credential (an agent
            # with one credential and no refusal, almost every agent, keeps none).
            state["credentials"] = self._credentials
        if self._alternated_at is not None:
            state["alternated_at"] = self._alternated_at
        return state

    def load_state_dict(self, state: dict[str, Any]) -> Probing:
        self._denials = [list(d) for d in state["denials"]]
        self._declared = [list(d) for d in state.get("declared", ())]
        # State written before use counts: [key, first, allowed], taken as used more than once.
        self._credentials = [
            [int(c[0]), float(c[1]), bool(c[2]), int(c[3]) if len(c) > 3 else 2]
            for c in state.get("credentials", ())
        ]
        alternated = state.get("alternated_at")
        self._alternated_at = None if alternated is None else float(alternated)
        return self


class SharedDenials:
    """A cohort's recent refusals: which agents of a cohort were refused which action on which
    resource kind, when. The same refusal (action and kind) that another agent of the same
    cohort also got within ``horizon_s`` is the authorizer's policy for that cohort, or its
    state (a control plane whose authorization caches are still filling, the node authorizer
    refusing kubelets objects before their pods are bound, a policy being rolled out), not one
    identity trying doors: :class:`Probing` neither remembers nor scores it, and
    :class:`~missionguard.models.detectors.sensitive.SensitiveTarget` does not count it as
    material reached. Held by the cohort book (:class:`~missionguard.models.cohort.CohortBook`)
    and exported with it, so a restart restores it (the worker's partition snapshots).

    >>> shared = SharedDenials(horizon_s=300.0)
    >>> shared.note("c", "watch configmaps", "kubelet-1", 0.0)
    False
    >>> shared.note("c", "watch configmaps", "kubelet-2", 2.0)
    True
    >>> shared.note("c", "list secrets", "kubelet-2", 3.0)  # another refusal
    False
    >>> shared.note("d", "watch configmaps", "x", 3.0)  # another cohort
    False
    >>> shared.note("c", "watch configmaps", "kubelet-3", 400.0)  # past the horizon
    False
    """

    def __init__(self, horizon_s: float = 300.0, max_keys: int = 4096, max_agents: int = 8) -> None:
        self.horizon_s = horizon_s
        self.max_keys = max_keys
        self.max_agents = max_agents
        self._recent: dict[tuple[str, str], dict[str, float]] = {}  # -> agent -> last refusal

    def note(self, cohort: str, what: str, agent: str, t: float) -> bool:
        """Record that ``agent`` was refused ``what`` (its action and resource kind); whether
        another agent of ``cohort`` was refused the same within ``horizon_s`` before."""
        key = (cohort, what)
        agents = self._recent.pop(key, None) or {}
        self._recent[key] = agents  # most recently refused last
        shared = any(a != agent and 0.0 <= t - at <= self.horizon_s for a, at in agents.items())
        agents.pop(agent, None)
        agents[agent] = t
        if len(agents) > self.max_agents:
            del agents[next(iter(agents))]
        if len(self._recent) > self.max_keys:
            del self._recent[next(iter(self._recent))]
        return shared

    def state_dict(self) -> dict[str, Any]:
        """JSON-ready, in memory order (the order evicts), for the cohort book's export."""
        return {"recent": [[c, w, list(a.items())] for (c, w), a in self._recent.items()]}

    def load_state_dict(self, state: dict[str, Any]) -> SharedDenials:
        self._recent = {
            (str(c), str(w)): {str(a): float(t) for a, t in agents}
            for c, w, agents in state["recent"]
        }
        return self
