"""Vocabulary shift: the same fleet written in words the default simulator never uses.

``FleetConfig(vocabulary="shifted")`` (``missionguard simulate --vocabulary shifted``) renames
every word of the fleet consistently, so that the fleet means the same (same agents, same
tasks, same attacks, same labels, same allow-list verdicts) but shares no word with the
default vocabulary. A detector whose figures drop on the shifted fleet is keyed to the
simulator's words, not to the behaviour (issue 18, item 6).

The renaming is a letter cipher: a derangement of ``a``-``z`` drawn from the fleet's seed,
applied to lower and upper case alike (``PutObject`` -> ``QnzKgxrwz``). Digits, separators
(``- _ . / : @ = ,``), whitespace and glob characters are kept. Because the same letter always
becomes the same letter, everything that relates one string to another survives: equality,
prefixes, substrings, a mission's glob matching its calls (``orders:*``, ``acme-*``), a
person's address derived from their id, a purpose that names a bucket. What does not survive
is any meaning read from the words themselves: tool names (``s3:GetObject``,
``mail:send``), resource kinds and schemes (``github://``, ``arn:aws:s3``), principal id
forms (``cus_#``, ``emp-#`` become e.g. ``xqh_#``, ``ovk-#``), argument keys (``touches``,
``replicas``), purpose words (``payroll``, ``offsite``, ``may``), mail domains, user agents.

Renamed, in missions: ``agent_id``, ``mission_id``, ``cohort``, ``purpose``, allowed and
denied actions, allowed resources, ``issued_by``. In decisions: ``agent_id``,
``credential_id``, ``session_id``, ``action``, ``resource``, ``source``, ``on_behalf_of``, and
every attribute's string value and key, but for the keys that are the record format's, not a
tool's (:data:`FORMAT_KEYS`: names the project's normalizers write, ``docs/sources.md``, and
``auth_method``); their values are renamed. Kept: event ids (the labels name them), times,
IAM's ``allow``/``deny``, source addresses, numbers and booleans.

Everything else is renamed, words of the outside world included: AWS action names, a canned
ACL (``public-read``), a shell command, a credential file's name. A detector that reads those
(a rule pack with its references) loses them here by construction; a detector that reads the
simulator's own words (its tasks, purposes, argument names) loses them too. The per-detector
comparison in ``docs/evaluation.md`` tells the two apart.

``"shifted"`` also writes list-valued arguments as producers that flatten a list into one
attribute do: a string value holding mail addresses (``a@x.com`` or ``a@x.com,b@y.com``)
becomes the JSON text of a list (``["a@x.com", "b@y.com"]``). ``"renamed"`` is the renaming
alone (to tell the two causes of a drop apart).
"""

from __future__ import annotations

import json
import random
import string
from typing import Literal, get_args

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, stable_id

__all__ = ["FORMAT_KEYS", "VOCABULARIES", "Vocabulary", "VocabularyShift"]

#: Attribute names of the record format (the normalizers', ``docs/sources.md``), not of a
#: tool: kept as they are (their values are renamed).
FORMAT_KEYS = frozenset({"user_agent", "auth_method", "verb"})

Vocabulary = Literal["default", "shifted", "renamed"]
VOCABULARIES: tuple[Vocabulary, ...] = get_args(Vocabulary)


class VocabularyShift:
    """The renaming of one fleet (a pure function of ``seed``)."""

    def __init__(self, seed: int, *, lists: bool = True) -> None:
        rng = random.Random(stable_id("vocabulary-shift", seed))
        letters = list(string.ascii_lowercase)
        while True:  # a derangement: no letter stays itself
            shuffled = letters[:]
            rng.shuffle(shuffled)
            if all(a != b for a, b in zip(letters, shuffled, strict=True)):
                break
        mapping = dict(zip(letters, shuffled, strict=True))
        mapping |= {a.upper(): b.upper() for a, b in mapping.items()}
        self._table = str.maketrans(mapping)
        self.lists = lists

    def text(self, value: str) -> str:
        """``value`` renamed."""
        return value.translate(self._table)

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def mission(self, mission: MissionDeclaration) -> MissionDeclaration:
        t = self.text
        return mission.model_copy(
            update={
                "agent_id": t(mission.agent_id),
                "mission_id": t(mission.mission_id),
                "cohort": self.optional(mission.cohort),
                "purpose": t(mission.purpose),
                "allowed_actions": [t(a) for a in mission.allowed_actions],
                "allowed_resources": [t(r) for r in mission.allowed_resources],
                "denied_actions": [t(a) for a in mission.denied_actions],
                "acts_for": [t(a) for a in mission.acts_for],
                "issued_by": t(mission.issued_by),
            }
        )

    def decision(self, decision: AuthorizationDecision) -> AuthorizationDecision:
        t = self.text
        attributes: dict[str, str | int | float | bool | None] = {}
        for key, value in decision.attributes.items():
            if isinstance(value, str):
                value = self._value(t(value))
            attributes[key if key in FORMAT_KEYS else t(key)] = value
        return decision.model_copy(
            update={
                "agent_id": t(decision.agent_id),
                "credential_id": self.optional(decision.credential_id),
                "session_id": self.optional(decision.session_id),
                "action": t(decision.action),
                "resource": t(decision.resource),
                "source": t(decision.source),
                "on_behalf_of": self.optional(decision.on_behalf_of),
                "attributes": attributes,
            }
        )

    def _value(self, value: str) -> str:
        if not self.lists or "@" not in value or any(c.isspace() for c in value):
            return value
        parts = [p for p in value.split(",") if p]
        if not parts or not all("@" in p for p in parts):
            return value
        return json.dumps(parts)


def vocabulary_shift(vocabulary: Vocabulary, seed: int) -> VocabularyShift | None:
    """The shift a fleet's ``vocabulary`` asks for (``None`` for the default words)."""
    if vocabulary == "default":
        return None
    return VocabularyShift(seed, lists=vocabulary == "shifted")
