"""The OTRF "EC2 proxy -> S3 exfiltration" case (SDAWS-200914011940), end to end offline:
normalize the real CloudTrail, replay the proxy role's mission and the decisions in time
order through the Judge, and check who gets revoked.

The mission (docs/otrf-case/mission.jsonl) is written from what a WAF-fronting reverse
proxy's instance role is for, not from the attacker's events; docs/otrf-case/README.md
justifies each entry."""

from __future__ import annotations

from pathlib import Path

from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.records import (
    AuthorizationDecision,
    MissionDeclaration,
    RevocationCommand,
    parse_record,
)
from missionguard.pipeline.settings import PROJECT_ROOT
from missionguard.pipeline.sources import (
    CloudTrailConfig,
    SourcesSettings,
    normalize_payload,
    read_raw,
)

ROLE_SESSION = (
    "arn:aws:sts::123456789123:assumed-role/MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0"
    "/i-0317f6c6b66ae9c40"
)
STOLEN_KEY = "ASIA5FLZVX4OPVKKVBMX"
PEDRO = "arn:aws:iam::123456789123:user/pedro"
MISSION = PROJECT_ROOT / "docs" / "otrf-case" / "mission.jsonl"


def _mission() -> MissionDeclaration:
    record = parse_record(MISSION.read_text(encoding="utf-8").strip())
    assert isinstance(record, MissionDeclaration)
    return record


def _decisions(files: Path, settings: SourcesSettings) -> list[AuthorizationDecision]:
    path = files / "cloudtrail" / "otrf_ec2_proxy_s3_exfiltration.jsonl"
    decisions = []
    for raw in read_raw(path, "cloudtrail"):
        outcome = normalize_payload("cloudtrail", raw.payload, raw.origin, settings)
        assert outcome.dead_letter is None, outcome.dead_letter
        decisions += outcome.decisions
    return decisions


def _replay(
    mission: MissionDeclaration, decisions: list[AuthorizationDecision]
) -> dict[str, list[RevocationCommand]]:
    """Mission and decisions in time order (the mission first on ties), as the worker sees them."""
    judge = Judge()
    states: dict[str, AgentState] = {}
    commands: dict[str, list[RevocationCommand]] = {}
    stream: list[MissionDeclaration | AuthorizationDecision] = [mission, *decisions]
    stream.sort(key=lambda r: (r.time, r.type != "mission"))
    for record in stream:
        if isinstance(record, MissionDeclaration):
            states[record.agent_id], _ = judge.on_mission(states.get(record.agent_id), record)
            continue
        state, verdict = judge.on_decision(states.get(record.agent_id), record)
        states[record.agent_id] = state
        commands.setdefault(record.agent_id, []).extend(verdict.commands)
    return commands


def test_stolen_instance_role_keys_are_revoked(files: Path) -> None:
    decisions = _decisions(files, SourcesSettings())
    attacker = [d for d in decisions if d.agent_id == ROLE_SESSION]
    # Everything this role session did came from outside with the AWS CLI.
    assert len(attacker) == 11
    assert all(d.attributes["user_agent"].startswith("[aws-cli/") for d in attacker)
    assert PEDRO not in {d.agent_id for d in decisions}  # a console user: not watched

    commands = _replay(_mission(), decisions)
    revokes = [c for c in commands.get(ROLE_SESSION, []) if c.action == "revoke"]
    assert revokes, "the stolen role session was not revoked"
    first = min(attacker, key=lambda d: d.time)
    assert revokes[0].trigger_event_id == first.event_id
    assert STOLEN_KEY in revokes[0].credential_ids
    assert PEDRO not in commands
    # The AWS service delivering the instance credentials is not revoked.
    assert not [c for c in commands.get("ec2.amazonaws.com", []) if c.action == "revoke"]


def test_console_user_pedro_is_not_revoked_even_when_watched(files: Path) -> None:
    """Watched, pedro is an identity without a mission: the behavioural ladder may step him
    up or throttle him (a cold start on the console's fan-out of Describe* calls), but a
    person browsing the EC2 console must never have his keys revoked."""
    watching = SourcesSettings(cloudtrail=CloudTrailConfig(watch_humans=True))
    decisions = _decisions(files, watching)
    assert sum(d.agent_id == PEDRO for d in decisions) == 87
    commands = _replay(_mission(), decisions)
    assert not [c for c in commands.get(PEDRO, []) if c.action == "revoke"]
    assert [c for c in commands.get(ROLE_SESSION, []) if c.action == "revoke"]


def test_mission_is_not_fitted_to_the_attack(files: Path) -> None:
    """Nothing the attacker did is declared, and nothing in the mission names S3 at all:
    the revocation comes from the proxy's purpose, not from a list of the attack's calls."""
    mission = _mission()
    attacker_actions = {
        d.action for d in _decisions(files, SourcesSettings()) if d.agent_id == ROLE_SESSION
    }
    assert attacker_actions == {"s3:ListAllMyBuckets", "s3:ListBucket", "s3:GetObject"}
    declared = [*mission.allowed_actions, *mission.denied_actions, *mission.allowed_resources]
    assert not [entry for entry in declared if "s3" in entry.lower()]
