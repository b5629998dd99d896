"""EnforcementState: what commands do once admitted."""

from __future__ import annotations

from datetime import timedelta

from missionguard.pipeline.enforcement import EnforcementState

from .conftest import T0, command


def test_each_command_applies_once():
    st = EnforcementState()
    assert st.apply(command("c1", "revoke")) is True
    assert st.apply(command("c1", "revoke")) is False
    assert (st.applied, st.duplicates) == (1, 1)


def test_revocation_expires_and_reinstate_lifts_it():
    st = EnforcementState()
    st.apply(command("c1", "suspend", creds=["k"], expires=T0 + timedelta(minutes=5)))
    assert not st.check("bot", None, T0).allowed
    assert not st.check("other", "k", T0).allowed
    assert st.check("bot", None, T0 + timedelta(minutes=6)).allowed
    st.apply(command("c2", "revoke", creds=["k"]))
    st.apply(command("c3", "reinstate", creds=["k"]))
    assert st.check("bot", "k", T0).allowed


def test_weaker_command_does_not_soften_a_revocation():
    st = EnforcementState()
    st.apply(command("c1", "revoke"))
    st.apply(command("c2", "throttle"))
    assert not st.check("bot", None, T0).allowed


def test_seen_commands_are_bounded():
    st = EnforcementState(seen_limit=16)
    for i in range(100):
        st.apply(command(f"c{i}", "throttle", agent=f"a{i}"))
    assert len(st._seen) == 16
