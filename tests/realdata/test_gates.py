"""Real logs written by others as a regression gate (issue 17): the judge replayed offline
through the replay code path on a Kubernetes audit log of a benign cluster, on the
panther-analysis CloudTrail and EKS rule tests, and on a real breach (OTRF). Ceilings of false
stops, floors of detection; the figures are in docs/evaluation.md ("Real logs").

A gate not met yet is two tests: a **ratchet** (the figure measured at the commit named in
``MEASURED`` may not get worse: a real regression test, it fails when a change stops more
benign accounts or flags fewer malicious examples) and the **target** as the issue set it,
marked ``xfail(strict=True)`` with its reason: the day it passes, the XPASS fails the run, so
the mark, the ratchet and docs/evaluation.md are updated together.
"""

from __future__ import annotations

import pytest

from tests.realdata import harness

pytestmark = pytest.mark.timeout(600)


def _not_yet(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


#: Figures measured at 0e30a40, PerfSPEC moved with the commits of 2026-12-05 (refusals of
#: what the mission allows are no probing; deleting and writing collect no credential),
#: panther with the defense-impairment pack and public access read where CloudTrail writes
#: it, and a console session minted or a Windows password retrieved from API credentials,
#: of 2026-12-05 (malicious 14 -> 30 -> 41; benign 17 -> 26 -> 32: twelve attempts at
#: the same changes that were refused or failed, which the rules' tests call benign and
#: RiskyPayload judges as intent; two other rules' malicious examples, a Config channel
#: deleted and a CodeBuild project made public; one fixture with an attribute AWS does not
#: have); PerfSPEC without missions 5 -> 3 with refused continuations (resumed watches) and
#: secrets created (2026-12-05, fourth session); panther again on 2026-12-07 (twentieth
#: session: 45 -> 49 and 32 -> 33 with databases made publicly accessible and an account
#: leaving its organization read; the benign one is the rule's refused attempt to make a
#: database public, judged as intent like the twelve above); and on 2026-12-08
#: (twenty-eighth session: 49 -> 50 with a security group opened to the internet read as
#: public access); tests/realdata/harness.py prints them: the ratchets.
MEASURED = {
    "perfspec_with_missions_stopped": 1,
    "perfspec_without_missions_stopped": 3,
    "panther_malicious_flagged": 50,  # of 212
    "panther_benign_flagged": 33,  # of 251
}


def test_perfspec_with_missions_no_worse_than_measured(
    perfspec_with_missions: harness.Replayed,
) -> None:
    stopped = perfspec_with_missions.stopped
    assert len(stopped) <= MEASURED["perfspec_with_missions_stopped"], sorted(stopped)


def test_perfspec_without_missions_no_worse_than_measured(
    perfspec_without_missions: harness.Replayed,
) -> None:
    stopped = perfspec_without_missions.stopped
    assert len(stopped) <= MEASURED["perfspec_without_missions_stopped"], sorted(stopped)


def test_panther_cloudtrail_no_worse_than_measured(panther_cloudtrail) -> None:
    found = panther_cloudtrail
    assert found.flagged[True] >= MEASURED["panther_malicious_flagged"], found.flagged
    assert found.flagged[False] <= MEASURED["panther_benign_flagged"], found.flagged


@pytest.fixture(scope="module")
def panther_cloudtrail() -> harness.RuleTests:
    return harness.rule_tests(harness.PANTHER_CLOUDTRAIL, "cloudtrail")


@pytest.fixture(scope="module")
def perfspec_without_missions() -> harness.Replayed:
    return harness.replay(harness.PERFSPEC, "perfspec_k8s_csv")


@pytest.fixture(scope="module")
def perfspec_with_missions() -> harness.Replayed:
    return harness.replay(harness.PERFSPEC, "perfspec_k8s_csv", harness.PERFSPEC_MISSIONS)


def test_perfspec_is_the_full_log(perfspec_without_missions: harness.Replayed) -> None:
    assert perfspec_without_missions.decisions == 9138
    agents = {a["agent_id"] for a in perfspec_without_missions.alerts}
    assert len(agents) >= 45  # every account gets at least its no-mission finding


def test_perfspec_with_missions_stops_at_most_one_account(
    perfspec_with_missions: harness.Replayed,
) -> None:
    """Missions written from what each account is for (tests/files/realdata/README.md). The
    one stopped: kube-controller-manager, whose mission leaves out the secrets its token
    controller creates (a mission violation, as declared)."""
    assert len(perfspec_with_missions.stopped) <= 1, sorted(perfspec_with_missions.stopped)


def test_perfspec_without_missions_stops_at_most_three_accounts(
    perfspec_without_missions: harness.Replayed,
) -> None:
    """3 of 45 measured: the scheduler's start-up refusals (fresh lists, no mission declares
    its work) and the two kubelets' reads of their pods' secrets, some refused while the
    node authorizer catches up. Not stopped any more: the kubelets' resumed watches refused
    while the API server restarted (refused continuations), kube-controller-manager creating
    token secrets (a write reads no secret)."""
    assert len(perfspec_without_missions.stopped) <= 3, sorted(perfspec_without_missions.stopped)


def test_panther_cloudtrail_malicious_scores_above_benign(panther_cloudtrail) -> None:
    """Share of examples with a high alert or a stop: malicious above benign (20.3% and 12.7%
    measured: audit logging, threat detection, firewalls and recovery switched off, and
    resource policies, snapshots, images and build projects made public or shared with
    another account, are found with no mission; 6.6% and 6.8% before)."""
    found = panther_cloudtrail
    assert found.examples[True] and found.examples[False]
    assert found.rate(True) > found.rate(False), (found.flagged, found.examples)


def test_panther_eks_examples_are_not_format_errors() -> None:
    """Every EKS example that carries an identity and a time is judged; the others (trimmed
    rule fixtures without ``user.username`` or any timestamp) are dead letters naming the
    missing field, which is the right answer for them (issue 17 counted 74 of 143 dead
    letters; on inspection those fixtures lack the fields)."""
    found = harness.rule_tests(harness.PANTHER_EKS, "k8s_audit", "Amazon.EKS.Audit")
    complete = harness.complete_eks_lines(harness.PANTHER_EKS)
    assert complete, "no complete EKS example: the gate would be empty"
    wrong = [d for d in found.dead_letters if int(d.split(":")[0].split()[1]) in complete]
    assert not wrong, wrong[:5]
    for letter in found.dead_letters:  # the rest name what is missing
        assert "user.username" in letter or "Timestamp" in letter, letter


def test_stratus_trail_deletion_without_mission_is_stopped() -> None:
    """Stratus Red Team's ``aws.defense-evasion.cloudtrail-delete`` detonation (real
    CloudTrail): one DeleteTrail by a role with no mission. Deleting the audit trail is
    ATT&CK T1562.008; it was a low "no mission" alert before the defense-impairment pack."""
    trail = harness.STRATUS / "aws.defense-evasion.cloudtrail-delete.json"
    replayed = harness.replay(trail, "cloudtrail")
    high = [a for a in replayed.alerts if a["severity"] in ("high", "critical")]
    assert any(
        d["name"] == "risky_payload.impaired_defenses" for a in high for d in a["detectors"]
    ), replayed.alerts
    assert replayed.stopped, replayed.commands


@_not_yet("the attacker's first calls are the role's first calls in the log: only low alerts")
def test_otrf_stolen_instance_credential_without_mission_is_a_high_alert() -> None:
    replayed = harness.replay(harness.OTRF, "cloudtrail")
    attack = harness.attacker_calls()
    assert attack
    on_attack = [a for a in replayed.alerts if a["trigger_event_id"] in attack]
    assert any(a["severity"] in ("high", "critical") for a in on_attack), on_attack


def test_otrf_with_its_mission_revoked_at_the_first_s3_call() -> None:
    replayed = harness.replay(harness.OTRF, "cloudtrail", harness.OTRF_MISSION)
    first_s3 = harness.first_s3_call()
    revokes = [c for c in replayed.commands if c["action"] == "revoke"]
    assert revokes and revokes[0]["trigger_event_id"] == first_s3, revokes
    assert {c["agent_id"] for c in replayed.commands} == {revokes[0]["agent_id"]}
    assert not any("user/" in c["agent_id"] for c in replayed.commands)  # the console user
