"""A key that is known but not trusted for an agent may only narrow its mission in force."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from missionguard.pipeline.missions import covered, widenings

from .conftest import T0, declaration

IN_FORCE = declaration()


@pytest.mark.parametrize(
    ("pattern", "allowed", "expected"),
    [
        ("tickets:read", ["tickets:read"], True),
        ("kb:search", ["kb:*"], True),
        ("kb:articles.*", ["kb:*"], True),  # a narrower glob under a prefix glob
        ("kb:*", ["kb:*"], True),
        ("kb*", ["kb:*"], False),
        ("tickets:*", ["tickets:read"], False),
        ("a*", ["a?"], False),  # fnmatch("a*", "a?") is true, but a* matches far more
        ("x[ab]", ["x*"], True),
        ("*", ["kb:*"], False),
    ],
)
def test_glob_containment_is_sound(pattern, allowed, expected):
    assert covered(pattern, allowed) is expected


def test_a_narrower_declaration_widens_nothing():
    narrower = declaration(
        mission_id="m-bot-2",
        allowed_actions=["tickets:read", "kb:search"],
        allowed_resources=["tickets/eu/*"],
        denied_actions=["iam:*", "tickets:delete"],
        max_rate_per_minute=10.0,
        valid_until=datetime(2026, 5, 15, tzinfo=UTC),
        time=T0 + timedelta(minutes=5),
        issued_by="bot itself",
    )
    assert widenings(IN_FORCE, narrower) == []


def test_each_widening_is_named():
    wider = declaration(
        allowed_actions=["tickets:read", "payments:transfer", "kb:*"],
        allowed_resources=["tickets/*", "payments/*"],
        denied_actions=[],
        max_rate_per_minute=600.0,
        valid_until=datetime(2027, 1, 1, tzinfo=UTC),
        cohort="finance",
        purpose="anything goes",
    )
    found = widenings(IN_FORCE, wider)
    assert found == [
        "allowed_actions: payments:transfer",
        "denied_actions: dropped iam:*",
        "allowed_resources: payments/*",
        "max_rate_per_minute: 60 -> 600.0",
        "valid_until: 2026-06-01T00:00:00+00:00 -> 2027-01-01T00:00:00+00:00",
        "cohort: support -> finance",
        "purpose: changed",
    ]


def test_lifting_a_limit_is_a_widening():
    lifted = declaration(allowed_resources=[], max_rate_per_minute=None, valid_until=None)
    assert widenings(IN_FORCE, lifted) == [
        "allowed_resources: unrestricted",
        "max_rate_per_minute: 60 -> unlimited",
        "valid_until: 2026-06-01T00:00:00+00:00 -> no expiry",
    ]


def test_limits_may_be_added_where_there_were_none():
    open_mission = declaration(allowed_resources=[], max_rate_per_minute=None, valid_until=None)
    assert widenings(open_mission, IN_FORCE) == []


def test_more_principals_to_act_for_is_a_widening():
    group = IN_FORCE.model_copy(update={"acts_for": ["emp-1*"]})
    assert widenings(IN_FORCE, group) == ["acts_for: emp-1*"]
    assert widenings(group, group.model_copy(update={"acts_for": ["emp-10*"]})) == []
    assert widenings(group, IN_FORCE) == []  # dropping them narrows
