"""The vocabulary-shift mode (pipeline/tools/simulate/shift.py): deterministic, the same fleet
(same labels, same allow-list verdicts), and no word of the default vocabulary survives."""

from __future__ import annotations

import json
import re

import pytest

from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.tools.simulate import generate, outside_mission, preset
from missionguard.pipeline.tools.simulate.shift import FORMAT_KEYS, VocabularyShift

WORD = re.compile(r"[A-Za-z]{3,}")


def _fleet(vocabulary: str, seed: int = 7):  # noqa: ANN202
    config = preset("smoke", seed=seed).model_copy(
        update={"vocabulary": vocabulary, "attacked_share": 0.5}
    )
    fleet = generate(config)
    return list(fleet), fleet.labels


@pytest.fixture(scope="module")
def default():  # noqa: ANN201
    return _fleet("default")


@pytest.fixture(scope="module")
def shifted():  # noqa: ANN201
    return _fleet("shifted")


def _words(records) -> dict[str, set[str]]:  # noqa: ANN001
    """Words per part: tool names, resources, argument keys, argument values, purposes,
    principals, ids."""
    parts: dict[str, set[str]] = {}

    def add(part: str, text: str | None) -> None:
        if text:
            parts.setdefault(part, set()).update(w.lower() for w in WORD.findall(text))

    for r in records:
        add("agent_id", r.agent_id)
        if isinstance(r, MissionDeclaration):
            add("purpose", r.purpose)
            add("cohort", r.cohort)
            for a in (*r.allowed_actions, *r.denied_actions):
                add("action", a)
            for p in r.allowed_resources:
                add("resource", p)
        else:
            add("action", r.action)
            add("resource", r.resource)
            add("principal", r.on_behalf_of)
            add("session", r.session_id)
            for key, value in r.attributes.items():
                if key not in FORMAT_KEYS:
                    add("argument_key", key)
                if isinstance(value, str):
                    add("argument_value", value)
    return parts


def test_the_shift_is_deterministic_from_the_seed(shifted) -> None:  # noqa: ANN001
    again, _ = _fleet("shifted")
    assert [dump_json(r) for r in again[:300]] == [dump_json(r) for r in shifted[0][:300]]
    other = VocabularyShift(8)
    assert other.text("payroll") != VocabularyShift(7).text("payroll")
    assert VocabularyShift(7).text("payroll") == VocabularyShift(7).text("payroll")


def test_no_default_word_survives(default, shifted) -> None:  # noqa: ANN001
    # No word stays in its place (the cipher is a derangement of the letters) ...
    for a, b in zip(default[0], shifted[0], strict=True):
        for part, words in _words([b]).items():
            assert not words & _words([a]).get(part, set()), (part, a, b)
    # ... and no word of four letters or more of the default fleet appears anywhere in the
    # shifted one (a three-letter word may be another one's cipher by chance: "inv", "kms").
    before, after = _words(default[0]), _words(shifted[0])
    every_default_word = {w for words in before.values() for w in words if len(w) >= 4}
    for part, words in after.items():
        survivors = words & every_default_word
        assert not survivors, f"{part}: {sorted(survivors)[:20]}"
    for word in ("payroll", "customer", "employee", "export", "github", "touches", "offsite"):
        assert all(word not in w for words in after.values() for w in words)


def test_the_same_fleet_in_other_words(default, shifted) -> None:  # noqa: ANN001
    (records, labels), (moved, moved_labels) = default, shifted
    assert len(records) == len(moved)
    for a, b in zip(labels.agents, moved_labels.agents, strict=True):
        assert (a.kind, a.scenario, a.cohort, a.decisions, a.denied) == (
            b.kind, b.scenario, b.cohort, b.decisions, b.denied,
        )  # fmt: skip
        assert a.hostile_event_ids == b.hostile_event_ids
        # The allow-list verdicts survive the renaming (globs are renamed with the calls).
        assert a.hostile_outside_mission == b.hostile_outside_mission
        assert a.benign_outside_mission == b.benign_outside_mission
        assert a.agent_id != b.agent_id
    missions: dict[str, MissionDeclaration] = {}
    for a, b in zip(records, moved, strict=True):
        assert type(a) is type(b) and a.time == b.time
        if isinstance(b, MissionDeclaration):
            missions[b.agent_id] = b
        else:
            assert isinstance(a, AuthorizationDecision) and isinstance(b, AuthorizationDecision)
            assert (a.event_id, a.decision, a.source_ip) == (b.event_id, b.decision, b.source_ip)
            assert outside_mission(missions[b.agent_id], b.action, b.resource) is not None


def test_address_arguments_become_lists(shifted) -> None:  # noqa: ANN001
    listed = [
        v
        for r in shifted[0]
        if isinstance(r, AuthorizationDecision)
        for v in r.attributes.values()
        if isinstance(v, str) and "@" in v
    ]
    assert listed, "the smoke fleet sends mail"
    for value in listed:
        items = json.loads(value)
        assert isinstance(items, list) and all("@" in i for i in items)


def test_renamed_keeps_scalar_arguments() -> None:
    records, _ = _fleet("renamed")
    values = [
        v
        for r in records
        if isinstance(r, AuthorizationDecision)
        for v in r.attributes.values()
        if isinstance(v, str) and "@" in v
    ]
    assert values and not any(v.startswith("[") for v in values)
