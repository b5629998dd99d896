"""Bad feedback: every rejection reason, counted, audited, and changing no state."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import KeyRing, SigningKey, TrustedPublicKey
from missionguard.pipeline.feedback.gate import FeedbackAdmitted, FeedbackGate, FeedbackRejected
from missionguard.pipeline.judging.feedback import FeedbackFollower, FeedbackIntake
from missionguard.pipeline.judging.stage import JudgingStage
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, dump_json
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.records.feedback import AnalystFeedback, AuditEntry

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
KEY = SigningKey("analyst-1", Ed25519PrivateKey.generate())
SIGNER = CommandSigner(KEY, clock=lambda: NOW)


def ring(not_after: datetime | None = None) -> KeyRing:
    return KeyRing([TrustedPublicKey(KEY.kid, KEY.private_key.public_key(), not_after)])


def reinstate(agent: str = "bot", **changes: object) -> AnalystFeedback:
    base = AnalystFeedback(
        feedback_id="fb-1",
        time=NOW,
        analyst="ana",
        reason="owner confirmed the job",
        verdict="reinstate",
        agent_id=agent,
        expires_at=NOW + timedelta(hours=1),
    )
    return base.model_copy(update=changes)


def signed(fb: AnalystFeedback, key: bytes | None = None, signer: CommandSigner = SIGNER):
    key = fb.agent_id.encode() if key is None else key
    value = dump_json(fb)
    return key, value, signer.headers(key, value)


def gate(**kw: object) -> FeedbackGate:
    return FeedbackGate(kw.pop("ring", ring()), max_age_s=900, **kw)  # type: ignore[arg-type]


def test_admits_a_well_signed_feedback():
    result = gate().admit(*signed(reinstate()), NOW + timedelta(seconds=1))
    assert isinstance(result, FeedbackAdmitted) and result.kid == "analyst-1"


def _forged_signer() -> CommandSigner:
    # Same kid, another private key: a forgery.
    return CommandSigner(SigningKey("analyst-1", Ed25519PrivateKey.generate()), lambda: NOW)


def _bad_cases():
    key, value, headers = signed(reinstate())
    tampered = value.replace(b"owner confirmed", b"attacker says ok")
    unknown = CommandSigner(SigningKey("stranger", Ed25519PrivateKey.generate()), lambda: NOW)
    blank = value.replace(b'"owner confirmed the job"', b'"  "')
    bad_v = [(n, b"2" if n == "mg-v" else v) for n, v in headers]
    late = NOW + timedelta(hours=2)
    return {
        "unsigned": (key, value, [], NOW),
        "unsupported": (key, value, bad_v, NOW),
        "unknown_kid": (*signed(reinstate(), signer=unknown), NOW),
        "retired_kid": (key, value, headers, NOW, ring(NOW - timedelta(seconds=1))),
        "bad_signature": (*signed(reinstate(), signer=_forged_signer()), NOW),
        "bad_signature/tampered": (key, tampered, headers, NOW),
        "bad_signature/re-keyed": (b"other-bot", value, headers, NOW),
        "malformed": (key, blank, SIGNER.headers(key, blank), NOW),
        "malformed/json": (key, b"{oops", SIGNER.headers(key, b"{oops"), NOW),
        "key_mismatch": (*signed(reinstate(), key=b"other-bot"), NOW),
        "expired": (key, value, headers, late),
        "too_old": (*signed(reinstate(expires_at=None)), NOW + timedelta(seconds=901)),
    }


@pytest.mark.parametrize("case", sorted(_bad_cases()))
def test_rejects_bad_feedback_with_its_reason(case):
    key, value, headers, at, *trusted = _bad_cases()[case]
    g = gate(ring=trusted[0]) if trusted else gate()
    result = g.admit(key, value, headers, at)
    reason = case.split("/")[0]
    assert isinstance(result, FeedbackRejected) and result.reason.value == reason, result
    assert g.rejections == {reason: 1}


def test_unknown_kid_is_found_after_a_key_reload():
    g = FeedbackGate(KeyRing(), max_age_s=900, reload=ring)
    assert isinstance(g.admit(*signed(reinstate()), NOW), FeedbackAdmitted)


# -- through the judging stage: audit entries, state untouched -------------------------------


def _mission() -> MissionDeclaration:
    return MissionDeclaration(
        time=NOW - timedelta(minutes=5),
        agent_id="bot",
        mission_id="m1",
        cohort="support",
        purpose="read tickets",
        allowed_actions=["tickets:read"],
        denied_actions=["iam:*"],
        issued_by="ops",
    )


def _revoked_stage() -> tuple[JudgingStage, dict[str, bytes]]:
    states: dict[str, bytes] = {}
    stage = JudgingStage(Judge(), states, max_record_bytes=65536)
    stage.judge_record(_mission())
    hostile = AuthorizationDecision(
        event_id="e1",
        time=NOW - timedelta(minutes=1),
        agent_id="bot",
        credential_id="k1",
        action="iam:CreateUser",
        resource="iam/users/x",
        decision="allow",
        source="test",
    )
    assert [o.kind for o in stage.judge_record(hostile)] == ["alert", "control"]
    return stage, states


ORIGIN = Origin(topic="fb", partition=0, offset=3, key=b"bot")


def _audit(outputs) -> AuditEntry:
    audits = [o for o in outputs if o.kind == "audit"]
    assert len(audits) == 1
    return AuditEntry.model_validate_json(audits[0].value)


@pytest.mark.parametrize("case", ["unsigned", "bad_signature", "expired", "key_mismatch"])
def test_rejected_feedback_is_audited_and_changes_no_state(case):
    stage, states = _revoked_stage()
    before = states["bot"]
    key, value, headers, at, *_ = _bad_cases()[case]
    outputs = FeedbackIntake(stage, gate()).process(key, value, headers, ORIGIN, at)
    assert [o.kind for o in outputs] == ["audit"]
    entry = _audit(outputs)
    assert entry.outcome == "rejected" and entry.rejection == case
    assert entry.origin == "fb[0]@3" and entry.detail
    assert states["bot"] == before and AgentState.from_bytes(before).status == "revoked"
    assert stage.counters.feedback == 1 and stage.counters.commands == 1


def test_admitted_feedback_is_applied_and_audited_and_a_replay_is_refused():
    stage, states = _revoked_stage()
    intake = FeedbackIntake(stage, gate())
    outputs = intake.process(*signed(reinstate()), ORIGIN, NOW)
    assert [o.kind for o in outputs] == ["control", "audit"]
    command = json.loads(outputs[0].value)
    assert command["action"] == "reinstate" and command["credential_ids"] == ["k1"]
    entry = _audit(outputs)
    assert entry.outcome == "applied" and entry.analyst == "ana" and entry.kid == "analyst-1"
    assert entry.reason == "owner confirmed the job" and entry.changes
    assert b"revoked" not in states["bot"]

    again = intake.process(*signed(reinstate()), ORIGIN, NOW + timedelta(seconds=5))
    assert [o.kind for o in again] == ["audit"]
    assert _audit(again).rejection == "replayed"


def test_follower_applies_cohort_effects_once_and_ignores_forgeries():
    judge = Judge()
    follower = FeedbackFollower(judge.feedback, gate())
    pattern = {"detectors": ["velocity.rate"], "values": []}
    fp = AnalystFeedback.model_validate(
        {
            **reinstate().model_dump(),
            "verdict": "false_positive",
            "alert_id": "al-1",
            "pattern": pattern,
            "cohort": "support",
        }
    )
    forged = signed(fp, signer=_forged_signer())
    assert follower.handle(*forged, NOW) == "bad_signature"
    assert judge.feedback.multiplier("support", "velocity") == 1.0
    assert follower.handle(*signed(fp), NOW) == "applied"
    assert follower.handle(*signed(fp), NOW) == "applied"  # the same id: applied once
    assert judge.feedback.multiplier("support", "velocity") == 0.8
    assert follower.handle(*signed(reinstate()), NOW) == "skipped"
