"""The mission gate in the judging stage (what the worker and replay run): trusted
declarations are installed, the rest rejected with a mission_integrity alert and counted,
and the agent's decisions are then judged against whatever mission is (still) in force."""

from __future__ import annotations

import io
import json
from datetime import timedelta

from missionguard.models.judge import Judge
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.tools.replay import iter_lines, replay

from .conftest import T0, declaration


def _decision(n: int, action: str, agent: str = "bot", resource: str = "tickets/1"):
    return AuthorizationDecision(
        event_id=f"e{n}",
        time=T0 + timedelta(minutes=1, seconds=n),
        agent_id=agent,
        credential_id="k1",
        action=action,
        resource=resource,
        decision="allow",
        source="test",
    )


def _stage(gate) -> JudgingStage:
    return JudgingStage(Judge(), {}, max_record_bytes=16_384, missions=gate)


def _run(stage: JudgingStage, *records) -> list[dict]:
    out = []
    for record in records:
        origin = Origin(source="test")
        out += [json.loads(o.value) for o in stage.process(dump_json(record), origin)]
    return out


def _integrity(outputs: list[dict]) -> list[dict]:
    return [
        o
        for o in outputs
        if o["type"] == "alert" and o["detectors"][0]["name"] == "mission_integrity"
    ]


def test_a_trusted_declaration_is_installed_and_judged_against(keys):
    stage = _stage(keys.gate())
    out = _run(stage, keys.issuer.sign(declaration()), _decision(1, "iam:CreateUser"))
    assert not _integrity(out)
    commands = [o for o in out if o["type"] == "revocation"]
    assert commands and commands[0]["action"] == "revoke"  # iam:* is denied by the mission
    assert stage.counters.missions == 1 and stage.counters.missions_rejected == {}
    # Installed without its signature: the state stays compact.
    assert stage._live["bot"].mission.signature is None


def test_an_unsigned_declaration_is_rejected_and_the_agent_stays_undeclared(keys):
    stage = _stage(keys.gate())
    out = _run(stage, declaration(), _decision(1, "tickets:read"))
    [alert] = _integrity(out)
    assert alert["severity"] == "medium" and alert["agent_id"] == "bot"
    assert alert["mission_id"] == "m-bot" and "(unsigned)" in alert["detectors"][0]["reason"]
    assert stage.counters.missions_rejected == {"unsigned": 1}
    assert stage._live["bot"].mission is None
    undeclared = [o for o in out if o["type"] == "alert" and o is not alert]
    assert undeclared[0]["detectors"][0]["reason"] == "agent acts without a declared mission"


def test_a_forged_widening_leaves_the_trusted_mission_in_force(keys):
    stage = _stage(keys.gate())
    trusted = keys.issuer.sign(declaration())
    forged = keys.issuer.sign(declaration(time=T0 + timedelta(seconds=30)))
    forged = forged.model_copy(update={"allowed_actions": ["*"], "denied_actions": []})
    out = _run(stage, trusted, forged, _decision(1, "iam:CreateUser"))
    [alert] = _integrity(out)
    assert alert["severity"] == "high" and "(bad_signature)" in alert["detectors"][0]["reason"]
    assert alert["cohort"] == "support"  # the cohort in force
    assert any(o["type"] == "revocation" for o in out)  # still judged by the trusted mission


def test_the_agent_may_narrow_its_own_mission(keys):
    stage = _stage(keys.gate())
    narrower = declaration(
        time=T0 + timedelta(seconds=30), allowed_actions=["tickets:read"], mission_id="m-2"
    )
    out = _run(
        stage,
        keys.issuer.sign(declaration()),
        keys.agent.sign(narrower),
        _decision(1, "tickets:comment"),  # allowed before, not any more
    )
    assert not _integrity(out)
    assert stage._live["bot"].mission.mission_id == "m-2"
    [command] = [o for o in out if o["type"] == "revocation"]
    assert command["trigger_event_id"] == "e1"  # judged by the narrower mission


def test_the_agent_may_not_widen_its_own_mission(keys):
    stage = _stage(keys.gate())
    wider = declaration(
        time=T0 + timedelta(seconds=30),
        allowed_actions=["tickets:read", "iam:CreateUser"],
        denied_actions=[],
    )
    out = _run(stage, keys.issuer.sign(declaration()), keys.agent.sign(wider))
    [alert] = _integrity(out)
    reason = alert["detectors"][0]["reason"]
    assert alert["severity"] == "high" and "(widens)" in reason
    assert "allowed_actions: iam:CreateUser" in reason and "denied_actions: dropped iam:*" in reason
    assert "agent-bot" in reason
    assert stage._live["bot"].mission.allowed_actions == declaration().allowed_actions
    assert stage.counters.missions_rejected == {"widens": 1}


def test_an_untrusted_key_cannot_declare_a_first_mission(keys):
    stage = _stage(keys.gate())
    out = _run(stage, keys.agent.sign(declaration()))
    [alert] = _integrity(out)
    assert "(no_mission)" in alert["detectors"][0]["reason"]


def test_an_issuer_outside_its_scope_counts_as_untrusted(keys):
    """finance-issuer is trusted for the finance cohort only."""
    gate = keys.gate()
    assert gate.check(keys.finance.sign(declaration(cohort="finance")), None).how == "trusted"
    assert gate.check(keys.finance.sign(declaration()), None).reason == "no_mission"
    moved = declaration(cohort="finance", time=T0 + timedelta(seconds=1))
    check = gate.check(keys.finance.sign(moved), declaration())
    assert check.reason == "widens" and "cohort: support -> finance" in check.detail


def test_rejections_are_deterministic_in_replay(keys):
    lines = [dump_json(declaration()), dump_json(_decision(1, "tickets:read"))]
    lines += [dump_json(keys.agent.sign(declaration(agent="other")))]
    data = b"\n".join(lines) + b"\n"
    runs = []
    for _ in range(2):
        out = io.BytesIO()
        result = replay(
            iter_lines(io.BytesIO(data)),
            out,
            judge=Judge(),
            max_record_bytes=16_384,
            missions=keys.gate(),
        )
        runs.append(out.getvalue())
    assert runs[0] == runs[1]
    assert result.counters.missions_rejected == {"unsigned": 1, "no_mission": 1}
    alerts = [json.loads(line) for line in runs[0].splitlines()]
    assert [a["agent_id"] for a in _integrity(alerts)] == ["bot", "other"]


def test_without_a_gate_the_stage_installs_as_before(keys):
    stage = _stage(None)
    out = _run(stage, declaration(), _decision(1, "tickets:read"))
    assert not _integrity(out)
    assert isinstance(stage._live["bot"].mission, MissionDeclaration)
