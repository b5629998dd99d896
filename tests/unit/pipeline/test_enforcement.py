from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiohttp.test_utils import TestClient, TestServer

from pipeline.enforcement import EnforcementPoint, EnforcementState
from pipeline.enforcement.http import build_http_app
from pipeline.records import RevocationCommand, dump_json

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def _cmd(cid: str, action: str, agent: str = "bot", creds=(), expires=None) -> RevocationCommand:
    return RevocationCommand(
        command_id=cid,
        time=T0,
        agent_id=agent,
        credential_ids=list(creds),
        action=action,
        reason=f"{action} test",
        expires_at=expires,
    )


def test_each_command_applies_once():
    st = EnforcementState()
    assert st.apply(_cmd("c1", "revoke")) is True
    assert st.apply(_cmd("c1", "revoke")) is False
    assert (st.applied, st.duplicates) == (1, 1)


def test_revocation_expires_and_reinstate_lifts_it():
    st = EnforcementState()
    st.apply(_cmd("c1", "suspend", creds=["k"], expires=T0 + timedelta(minutes=5)))
    assert not st.check("bot", None, T0).allowed
    assert not st.check("other", "k", T0).allowed
    assert st.check("bot", None, T0 + timedelta(minutes=6)).allowed
    st.apply(_cmd("c2", "revoke", creds=["k"]))
    st.apply(_cmd("c3", "reinstate", creds=["k"]))
    assert st.check("bot", "k", T0).allowed


def test_weaker_command_does_not_soften_a_revocation():
    st = EnforcementState()
    st.apply(_cmd("c1", "revoke"))
    st.apply(_cmd("c2", "throttle"))
    assert not st.check("bot", None, T0).allowed


def test_seen_commands_are_bounded():
    st = EnforcementState(seen_limit=16)
    for i in range(100):
        st.apply(_cmd(f"c{i}", "throttle", agent=f"a{i}"))
    assert len(st._seen) == 16


def test_malformed_control_records_are_counted_and_change_nothing():
    point = EnforcementPoint("127.0.0.1:1", "control", clock=lambda: T0)
    assert point.handle(b"{not json") is False
    assert point.handle(b'{"type": "revocation"}') is False
    assert point.rejected == 2 and not point.state.agents
    assert point.handle(dump_json(_cmd("c1", "revoke"))) is True
    assert point.handle(dump_json(_cmd("c1", "revoke"))) is False


async def test_http_check_answers_403_for_a_revoked_agent():
    point = EnforcementPoint("127.0.0.1:1", "control", clock=lambda: T0)
    point.handle(dump_json(_cmd("c1", "revoke", agent="bad")))
    async with TestClient(TestServer(build_http_app(point))) as client:
        ok = await client.get("/v1/check", params={"agent_id": "good"})
        assert ok.status == 200 and (await ok.json())["allowed"] is True
        no = await client.get("/v1/check", params={"agent_id": "bad", "action": "s3:GetObject"})
        body = await no.json()
        assert no.status == 403 and body["command_id"] == "c1" and "revoked" in body["reason"]
        assert (await client.get("/v1/check")).status == 400
        listing = await (await client.get("/v1/revocations")).json()
        assert list(listing["agents"]) == ["bad"]
