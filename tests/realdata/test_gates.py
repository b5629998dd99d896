"""Real logs written by others as a regression gate (issue 17): the judge replayed offline
through the replay code path on a Kubernetes audit log of a benign cluster, on the
panther-analysis CloudTrail and EKS rule tests, and on a real breach (OTRF). Ceilings of false
stops, floors of detection; the figures are in docs/evaluation.md ("Real logs").

A gate that does not pass yet is marked ``xfail`` with its figure and the reason: the
ceiling or floor stays as the issue set it, and the mark goes when it passes (an XPASS in
the summary says so). Not strict: the figures also move with the normalizers'
(pipeline/sources) and the cohort partitioning's work in progress.
"""

from __future__ import annotations

import pytest

from tests.realdata import harness

pytestmark = pytest.mark.timeout(600)


def _not_yet(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=False)


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


@_not_yet(
    "10 of 45 stopped at 73874d1 (8 before): the kubelets' and scheduler's first refusals, "
    "secret values read without the purpose naming the entry, novelty of declared actions "
    "accumulating, one action the mission left out (kube-controller-manager's create secrets)"
)
def test_perfspec_with_missions_stops_at_most_one_account(
    perfspec_with_missions: harness.Replayed,
) -> None:
    """Missions written from what each account is for (tests/files/realdata/README.md)."""
    assert len(perfspec_with_missions.stopped) <= 1, sorted(perfspec_with_missions.stopped)


@_not_yet(
    "16 of 45 stopped at 73874d1 (28 before): credential material and novelty with no purpose "
    "to explain them, before the cohort's routine is learned"
)
def test_perfspec_without_missions_stops_at_most_three_accounts(
    perfspec_without_missions: harness.Replayed,
) -> None:
    assert len(perfspec_without_missions.stopped) <= 3, sorted(perfspec_without_missions.stopped)


@_not_yet(
    "6.6% of malicious vs 7.2% of benign flagged: judged alone, only the no-mission privileged "
    "action rule fires, and it fires on both"
)
def test_panther_cloudtrail_malicious_scores_above_benign() -> None:
    """Share of examples with a high alert or a stop: malicious above benign."""
    found = harness.rule_tests(harness.PANTHER_CLOUDTRAIL, "cloudtrail")
    assert found.examples[True] and found.examples[False]
    assert found.rate(True) > found.rate(False), (found.flagged, found.examples)


@_not_yet(
    "a normalizer matter (pipeline/sources/k8s_audit.py): 65 of 182 EKS examples dead-lettered "
    "(34 without stageTimestamp, 31 without user.username)"
)
def test_panther_eks_examples_are_not_format_errors() -> None:
    found = harness.rule_tests(harness.PANTHER_EKS, "k8s_audit", "Amazon.EKS.Audit")
    format_errors = [d for d in found.dead_letters if ": field '" in d]
    assert not format_errors, format_errors[:5]


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
