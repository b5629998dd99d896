"""Sensitive targets: credential material that the mission's purpose does not explain."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import DecisionFeatures, publishes, tokens
from missionguard.models.mission import is_read_only
from missionguard.models.rules import DEFAULT_RULES, MaterialRule, load_rules
from missionguard.models.sketch import key_of_uncached

__all__ = [
    "CredentialVocabulary",
    "SensitiveTarget",
    "default_vocabulary",
    "vocabulary_at",
]

# Words that say "credential" without saying which: they explain nothing by themselves.
_MATERIAL_WORDS = frozenset({"secret", "credential", "password", "key", "token", "private"})
_SEGMENTS = re.compile(r"[/:?&=\s\"']+")
_WORDS = re.compile(r"[a-z0-9_]+|\.[a-z0-9]+")


class CredentialVocabulary:
    """The kinds of credential material a deployment recognises: a rule pack
    (``config/rules/credential-material.yaml``, :class:`~models.rules.MaterialRule`), compiled
    once. :meth:`kind_of` names the kind a resource or argument reaches.

    >>> vocabulary = default_vocabulary()
    >>> [vocabulary.kind_of(r) for r in ("github://acme/app/contents/id_rsa", "repo/.env",
    ...     "k8s://c/namespaces/web/secrets/db", "s3://b/state/prod.tfstate", "repo/src/app.py")]
    ['private key', 'environment file', 'secret store entry', 'infrastructure state', None]
    """

    def __init__(self, rules: Iterable[MaterialRule]) -> None:
        self.rules = tuple(rules)
        self.kinds = tuple(
            (
                r.title,
                frozenset(n.lower().replace("-", "_") for n in r.names),
                tuple(x.lower() for x in r.suffixes),
                frozenset(w for word in _words_of(r) for w in tokens(word)),
            )
            for r in self.rules
        )
        # Phrases of several words (``back up``) are matched in the purpose's text, each word
        # with its inflections (``backed up``, ``backs up``): their words one by one would
        # explain far too much (``back``, ``up``).
        self.phrases = {
            r.title: re.compile(
                "|".join(
                    r"\b" + r"[\s-]+".join(re.escape(w) + r"\w*" for w in phrase) + r"\b"
                    for phrase in phrases
                ),
                re.IGNORECASE,
            )
            for r in self.rules
            if (phrases := _phrases_of(r))
        }
        self.store_names = frozenset(
            n for r, k in zip(self.rules, self.kinds, strict=True) if r.store for n in k[1]
        )
        self.stores = frozenset(r.title for r in self.rules if r.store)
        # Every name and suffix: a text containing none of them names no kind (a name matches
        # a word or a segment, a suffix ends a segment: both are substrings of the text), so
        # one search settles most resources (ids make them unique: the cache rarely hits).
        every = sorted({n for _, names, sfx, _ in self.kinds for n in (*names, *sfx)}, key=len)
        self._any = re.compile("|".join(re.escape(n) for n in every[::-1])) if every else None
        self.kind_of = lru_cache(maxsize=16384)(self._kind_of)

    def _kind_of(self, text: str) -> str | None:
        low = text.lower().replace("-", "_")
        if self._any is None or self._any.search(low) is None:
            return None
        for segment in _SEGMENTS.split(low):
            if not segment:
                continue
            words = set(_WORDS.findall(segment))
            words.add(segment)
            for kind, names, suffixes, _ in self.kinds:
                if names & words or (suffixes and segment.endswith(suffixes)):
                    return kind
        return None

    def explaining_words(self, kind: str) -> frozenset[str]:
        for name, _, _, words in self.kinds:
            if name == kind:
                return words
        return frozenset()

    def explains(self, kind: str, purpose: frozenset[str], text: str = "") -> bool:
        """Whether a purpose (its stemmed words, its text) names material of ``kind``: one of
        the rule's words, or one of its phrases.

        >>> vocabulary = default_vocabulary()
        >>> kind = "secret store entry"
        >>> vocabulary.explains(kind, tokens("Rotate the CI secrets"))
        True
        >>> text = "Back up all cluster resources nightly"
        >>> vocabulary.explains(kind, tokens(text)), vocabulary.explains(kind, tokens(text), text)
        (False, True)
        >>> text = "Roll back failed upgrades, clean up"
        >>> vocabulary.explains(kind, tokens(text), text)
        False
        """
        if self.explaining_words(kind) & purpose:
            return True
        phrases = self.phrases.get(kind)
        return bool(text) and phrases is not None and phrases.search(text) is not None

    def names_an_entry(self, where: str) -> bool:
        """Whether a path goes on below its store to one entry (``ci://acme/app/secrets/
        DEPLOY_KEY``), rather than naming the store itself (``ci://acme/app/secrets``)."""
        parts = [p for p in _SEGMENTS.split(where.lower().replace("-", "_")) if p]
        stores = [i for i, p in enumerate(parts) if set(_WORDS.findall(p)) & self.store_names]
        return bool(stores) and stores[-1] < len(parts) - 1


def _words_of(rule: MaterialRule) -> list[str]:
    """The rule's explaining words (``explained_by`` entries of one word)."""
    return [e for e in rule.explained_by if len(e.split()) == 1]


def _phrases_of(rule: MaterialRule) -> list[list[str]]:
    """The rule's explaining phrases (entries of several words), as their words."""
    return [words for e in rule.explained_by if len(words := e.split()) > 1]


@lru_cache(maxsize=8)
def vocabulary_at(path: str) -> CredentialVocabulary:
    """The vocabulary of the rule pack at ``path`` (loaded and validated once)."""
    return CredentialVocabulary(load_rules(path, MaterialRule))


def default_vocabulary() -> CredentialVocabulary:
    """The shipped pack, ``config/rules/credential-material.yaml``: what a detector reads
    when the judge hands it none (``x["credential_vocabulary"]``)."""
    return vocabulary_at(str(DEFAULT_RULES / "credential-material.yaml"))


def _operation(x: DecisionFeatures) -> str | None:
    """The record's operation class, when its producer filled it."""
    decision = x.get("decision")
    return decision.operation if decision is not None else None


def _remember(
    memory: list[list[Any]], key: Any, t: float, keep_s: float, most: int
) -> list[list[Any]]:
    """``memory`` ([key, time] pairs, oldest first) with ``key`` seen at ``t``: its earlier
    pair and pairs older than ``keep_s`` dropped, the ``most`` most recent kept."""
    kept = [pair for pair in memory if pair[0] != key and t - pair[1] < keep_s]
    kept.append([key, t])
    return kept[-most:]


def _pairs(flat: list[Any]) -> list[list[Any]]:
    """[key, time] pairs from their flat form in a state dict."""
    return [[flat[i], flat[i + 1]] for i in range(0, len(flat), 2)]


def _reads_one_value(x: DecisionFeatures) -> bool:
    """Whether a call retrieves a value: the record's operation says ``read`` (a list or a
    watch enumerates the store: managing it); without one, a read-only verb."""
    operation = _operation(x)
    if operation is not None:
        return bool(operation == "read")
    return bool(x.get("read_only", is_read_only(x.get("action", ""))))


def _collection(x: DecisionFeatures) -> str | None:
    """The collection a call on no one object addresses (its target's type and container:
    a namespace's secrets), or ``None`` (a named object, or a record without a target)."""
    decision = x.get("decision")
    target = decision.target if decision is not None else None
    if target is None or target.name or not target.type:
        return None
    return f"{target.type}\x1f{target.container or ''}"


class SensitiveTarget(Detector):
    """Flags a request for credential material (an ssh key, a dotenv file, Terraform state, a
    secret-store entry, a password file) that the mission's purpose does not explain.

    Credential material is the usual first goal of an agent turned against its operator (a
    prompt-injected coding agent reading ``id_rsa`` and ``.env`` across repositories, an ops
    agent reading another namespace's secrets). Agents whose purpose names the material
    (``rotate TLS certificates``, ``rotate a CI secret``) reach it legitimately: for them the
    finding is ``explained_score``, below an alert on its own. Naming the kind explains
    managing such material (listing a secret store, writing a new value), not reading the
    value of one store entry the purpose does not name: rotating a value rarely needs the old
    one (a rotation that does, a database password, should name its entry). Explained as
    well: material in the agent's own namespace (``x["own_container"]``), material named
    after the agent itself, material whose kind the mission's allow-list writes out
    (``k8s:*:secrets``: ``x["declared_kind"]``), and what the cohort's calm agents reach
    routinely. Reaching nothing: a delete (when the record's ``operation`` says so; it reads
    no value: destruction is another detector's matter), a write of a secret store's entry
    (creating or replacing one supplies its value and reads none: Kubernetes' token
    controller creates every service account's token secret; who may change credentials is
    the mission's and the authorizer's matter; a credential file or a private key written is
    still material: it may be planted), and a list of a collection the agent
    itself deleted whole within ``emptied_s`` (Kubernetes' namespace controller deletes each
    collection of a namespace being deleted, then lists it to see that nothing is left).

    The purpose is the model; the only state is a per-agent memory of the credential
    material the agent reached without explanation (or was refused), and of the collections
    it deleted whole, updated from every event like the memory of denials in ``Probing``.
    Within ``horizon_s`` of such material:

    * ``harvesting``: another *distinct* piece reached (not written: a call whose record
      says ``write`` creates or replaces a value, it collects none). One unexplained read
      may be a mission written too narrowly; collecting the credentials of several services
      is what credential access detections look for (MITRE ATT&CK T1552);
    * ``published_after``: a call whose verb publishes (a comment, a post, a message): read a
      secret, then write where others read, the way an injected agent leaks it; after material
      the purpose or the cohort's routine explains, only when the publishing call's
      destination is one nothing explains (``x["destination_unexplained"]``).

    Both score ``harvest_score``.

    Parameters
    ----------
    unexplained_score, explained_score
        Score of an allowed request for credential material the purpose does not / does
        explain.
    refused_score, refused_explained_score
        The same when IAM refused the request: reaching for credential material one may not
        read is the stronger sign, even for an agent whose purpose names such material.
    harvest_score
        Score of unexplained (or refused) credential material when the agent already reached
        another such piece within ``horizon_s``, and of publishing within it.
    horizon_s, max_items
        How long and how many such pieces are remembered.
    emptied_s
        How long after the agent deleted a whole collection (a namespace's secrets) a list of
        it reaches nothing: the collection is empty, as its deleter checks.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> from missionguard.models.features import tokens
    >>> det = SensitiveTarget(seed=5)
    >>> x = {"resource": "github://acme/app/contents/.env", "arguments": (),
    ...      "purpose_tokens": tokens("Fix issues and review pull requests")}
    >>> det.score_one(x)
    0.6
    >>> det.score_one({**x, "purpose_tokens": tokens("Rotate environment files")})
    0.2
    >>> det.score_one({**x, "outcome": "deny"})
    0.85
    >>> det.score_one({**x, "resource": "github://acme/app/contents/README.md"})
    0.0
    >>> det.score_one({**x, "resource": "k8s://c/namespaces/web/secrets/tls-cert",
    ...     "purpose_tokens": tokens("restart pods and rotate TLS certificates")})
    0.2
    >>> det.learn_one({**x, "t": 0.0})  # remembered: unexplained
    >>> det.score_one({**x, "t": 5.0})  # the same file again: nothing new
    0.6
    >>> det.score_one({**x, "t": 5.0, "resource": "github://acme/api/contents/.env"})
    0.85
    >>> det.score_one({**x, "t": 7200.0, "resource": "github://acme/api/contents/.env"})
    0.6
    """

    name = "sensitive_target"
    is_memory = True

    def __init__(
        self,
        unexplained_score: float = 0.6,
        explained_score: float = 0.2,
        refused_score: float = 0.85,
        refused_explained_score: float = 0.6,
        harvest_score: float = 0.85,
        horizon_s: float = 3600.0,
        max_items: int = 8,
        emptied_s: float = 60.0,
        seed: int = 0,
    ) -> None:
        self.unexplained_score = unexplained_score
        self.explained_score = explained_score
        self.refused_score = refused_score
        self.refused_explained_score = refused_explained_score
        self.harvest_score = harvest_score
        self.horizon_s = horizon_s
        self.max_items = max_items
        self.emptied_s = emptied_s
        self.seed = seed
        # [key of the item, time] of unexplained or refused credential material, oldest first
        self._items: list[list[float]] = []
        # [key, time] of material the purpose or the cohort's routine explains, read
        self._handled: list[list[float]] = []
        # [collection, time] the agent deleted whole (type and container), most recent last
        self._emptied: list[list[Any]] = []

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        operation, t = _operation(x), float(x.get("t", 0.0))
        granted = x.get("outcome") != "deny"
        if operation == "delete" and granted:
            collection = _collection(x)
            if collection is not None:  # a whole collection deleted (``deletecollection``)
                self._emptied = _remember(
                    self._emptied, collection, t, self.emptied_s, self.max_items
                )
            return
        if operation == "write" and granted:
            return  # writing a value collects none: harvesting counts material reached
        found = self._material(x)
        if found is None:
            return
        key = key_of_uncached(found[0])
        if found[2] and granted:
            # Explained, and read: remembered apart, for where the agent sends next.
            self._handled = _remember(self._handled, key, t, self.horizon_s, self.max_items)
        elif not (found[2] and x.get("declared_work")):
            # Unexplained, or refused; but not refused though the purpose explains it and the
            # mission allows the call (the authorizer disagreeing with the declaration: no
            # credential collected).
            self._items = _remember(self._items, key, t, self.horizon_s, self.max_items)

    def state_dict(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        if self._items:
            state["items"] = [v for item in self._items for v in item]
        if self._emptied:
            state["emptied"] = list(self._emptied)
        if self._handled:
            state["handled"] = [v for item in self._handled for v in item]
        return state

    def load_state_dict(self, state: dict[str, Any]) -> SensitiveTarget:
        self._items = _pairs(state.get("items", []))
        self._emptied = [[str(c), float(t)] for c, t in state.get("emptied", ())]
        self._handled = _pairs(state.get("handled", []))
        return self

    def _just_emptied(self, x: DecisionFeatures) -> bool:
        """Whether the call lists a collection this agent deleted whole within
        ``emptied_s`` (a namespace being deleted: its controller deletes each collection,
        then lists it to see that nothing is left)."""
        collection, t = _collection(x), float(x.get("t", 0.0))
        return any(c == collection and 0.0 <= t - at <= self.emptied_s for c, at in self._emptied)

    def _published(self, x: DecisionFeatures) -> Explanation:
        t = float(x.get("t", 0.0))
        recent = [at for _, at in self._items if 0.0 <= t - at < self.horizon_s]
        if recent:
            return {
                "published_after": (
                    self.harvest_score,
                    f"{x.get('action')} on {x.get('resource', '')!r} writes where others read, "
                    f"{t - max(recent):.0f}s after the agent reached credential material nothing "
                    "in its purpose explains (or that was refused)",
                )
            }
        # Material its purpose or its cohort's routine explains, then a send to a destination
        # nothing explains (MissionGrounding ran first): the read was ordinary, where it goes
        # next is not.
        handled = [at for _, at in self._handled if 0.0 <= t - at < self.horizon_s]
        if handled and x.get("destination_unexplained"):
            return {
                "published_after": (
                    self.harvest_score,
                    f"{x.get('action')} on {x.get('resource', '')!r} sends to a destination "
                    f"nothing explains, {t - max(handled):.0f}s after the agent read credential "
                    "material",
                )
            }
        return {}

    def _material(self, x: DecisionFeatures) -> tuple[str, str, bool] | None:
        """(where, kind, explained by the purpose) of the credential material a call reaches."""
        operation = _operation(x)
        if operation == "delete":
            return None  # deleting reveals nothing (destruction is judged elsewhere, not here)
        if operation in ("list", "read") and self._emptied and self._just_emptied(x):
            return None  # a collection the agent itself emptied just now holds nothing
        vocabulary = x.get("credential_vocabulary") or default_vocabulary()
        where = x.get("resource", "")
        kind = vocabulary.kind_of(where)
        if kind is None:
            # Arguments count when they are paths (a pod running ``cat /run/secrets/x``, a
            # file tool's ``path``), not words (a ticket about a password reset mentions a
            # password, reaches none): a value with a ``/`` and, as text, no space in it.
            texts = (v for _, v in x.get("texts", ()) if not any(c.isspace() for c in v))
            for value in (*(v for _, v in x.get("arguments", ())), *texts):
                text = str(value)
                if "/" in text:
                    kind = vocabulary.kind_of(text)
                    if kind is not None:
                        where = text
                        break
        if kind is None:
            return None
        if operation == "write" and kind in vocabulary.stores:
            return None  # a store entry created or replaced: its value supplied, none read
        if x.get("cohort_routine"):
            # What the cohort's calm agents do in their ordinary work (CohortRoutine).
            return where, kind, True
        if x.get("own_object"):
            # Named after the agent itself (a controller's own TLS secret, a webhook's own
            # serving certificate): software names what it creates for itself after itself.
            return where, kind, True
        if x.get("own_container"):
            # In the agent's own namespace: where its Role grants it its own configuration;
            # harvesting is reaching into other namespaces (ATT&CK T1552.007).
            return where, kind, True
        if x.get("declared_kind") and vocabulary.kind_of(x.get("shape", "")) is not None:
            # The mission's allow-list writes the kind out for this action (``k8s:*:secrets``):
            # the operator declared that this agent works with such material (the kind itself
            # is credential material: ``k8s:secrets``). A wildcard that merely covers it
            # (``k8s:list:*``) declares nothing about credentials.
            return where, kind, True
        purpose = x.get("purpose_tokens") or frozenset()
        # Explained when the purpose names the kind of material, or the item itself: the
        # last two parts of its path (``secrets/tls-cert`` for "rotate TLS certificates").
        item = tokens(" ".join(_SEGMENTS.split(where)[-2:])) - _MATERIAL_WORDS
        if item & purpose:
            return where, kind, True
        if kind in vocabulary.stores and _reads_one_value(x) and vocabulary.names_an_entry(where):
            # Reading one entry's value out of a secret store: a purpose that names the kind
            # ("rotate a CI secret") explains managing the store (listing it, writing a new
            # value), not retrieving a value it does not name: rotating rarely needs the old
            # value (CI platforms such as GitHub Actions keep secret values write-only); a
            # rotation that must read it (a database password) names the entry. The cost: an
            # unexplained finding (0.6, an alert) for a mission that does not.
            return where, kind, False
        return where, kind, vocabulary.explains(kind, purpose, x.get("purpose_text", ""))

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        found = self._material(x)
        if found is None:
            if (self._items or self._handled) and publishes(_operation(x), x.get("action", "")):
                return self._published(x)
            return {}
        where, kind, explained = found
        refused = x.get("outcome") == "deny"
        if refused and x.get("authorizer_refusal"):
            return {}  # the authorizer's doing (refused to the cohort's other agents too, or
            # a stream the agent was already served): reached nothing
        if refused:
            # IAM refused it: the agent reached for credential material it may not read,
            # whatever its purpose says (a rotation task is granted the secrets it rotates).
            score = self.refused_explained_score if explained else self.refused_score
            feature, reason = (
                "refused",
                f"{where!r} is a {kind}; the request was refused"
                + (" (the purpose names such material)" if explained else ""),
            )
        elif explained:
            return {
                "explained": (
                    self.explained_score,
                    f"{where!r} is a {kind}, which the mission purpose names",
                )
            }
        else:
            score, feature = self.unexplained_score, "credential_material"
            reason = f"{where!r} is a {kind}, which nothing in the mission purpose explains"
            vocabulary = x.get("credential_vocabulary") or default_vocabulary()
            if vocabulary.explains(
                kind, x.get("purpose_tokens") or frozenset(), x.get("purpose_text", "")
            ):
                reason = (
                    f"{x.get('action')} reads the value of {where!r}, a {kind}: the purpose "
                    "names such material but not this entry"
                )
        if self._items and score < self.harvest_score and _operation(x) != "write":
            key, t = key_of_uncached(where), float(x.get("t", 0.0))
            earlier = sum(1 for k, at in self._items if k != key and 0 <= t - at < self.horizon_s)
            if earlier:
                return {
                    "harvesting": (
                        self.harvest_score,
                        f"{reason}; with it the agent reached {earlier + 1} distinct pieces of "
                        f"credential material unexplained or refused within "
                        f"{self.horizon_s:g}s (credentials of several places collected)",
                    )
                }
        return {feature: (score, reason)}


class CohortRoutine:
    """Which calls (action and resource kind) a cohort's agents make in their ordinary work:
    for each, the distinct agents that made it, allowed, while their accumulated risk was
    below the cohort's first ladder step (agents under suspicion teach nothing). A call that
    at least ``familiar_at`` *other* such agents of the cohort made is routine for the cohort
    (``x["cohort_routine"]``): :class:`SensitiveTarget` counts routine credential material as
    explained, the way a purpose naming it explains it. Every ingress controller of a fleet
    reads TLS secrets, every GitOps controller lists the repository credentials: for an
    agent without a purpose, its cohort's habits are the only explanation there is. Three
    agents, as ``ValueRarity.familiar_at`` (a value is familiar once three agents use it):
    one agent, or two colluding, cannot make a call routine. Bounded (``max_keys`` calls,
    ``max_agents`` agents each); held by the cohort book and exported with it.

    >>> routine = CohortRoutine()
    >>> for agent in ("a", "b", "c"):
    ...     routine.add("k8s", "k8s:list:secrets k8s:secrets", agent)
    >>> routine.familiar("k8s", "k8s:list:secrets k8s:secrets", "d")
    True
    >>> routine.familiar("k8s", "k8s:list:secrets k8s:secrets", "a")  # two others only
    False
    """

    def __init__(self, familiar_at: int = 3, max_keys: int = 4096, max_agents: int = 8) -> None:
        self.familiar_at = familiar_at
        self.max_keys = max_keys
        self.max_agents = max_agents
        self._agents: dict[tuple[str, str], list[str]] = {}

    def add(self, cohort: str, what: str, agent: str) -> None:
        key = (cohort, what)
        agents = self._agents.pop(key, None) or []
        self._agents[key] = agents  # most recently used last
        if agent not in agents:
            agents.append(agent)
            if len(agents) > self.max_agents:
                del agents[0]
        if len(self._agents) > self.max_keys:
            del self._agents[next(iter(self._agents))]

    def familiar(self, cohort: str, what: str, agent: str) -> bool:
        agents = self._agents.get((cohort, what))
        if not agents:
            return False
        return sum(a != agent for a in agents) >= self.familiar_at

    def state_dict(self) -> dict[str, Any]:
        """JSON-ready, in memory order (the order evicts), for the cohort book's export."""
        return {"agents": [[c, w, list(a)] for (c, w), a in self._agents.items()]}

    def load_state_dict(self, state: dict[str, Any]) -> CohortRoutine:
        self._agents = {
            (str(c), str(w)): [str(a) for a in agents] for c, w, agents in state["agents"]
        }
        return self
