"""Every sample log either normalizes, is skipped on purpose, or yields a dead letter whose
reason names the source, the field and the line: nothing is lost and nothing raises.
The per-file counts are pinned (measured on the shipped samples) so that a mapping change
that silently drops or dead-letters events shows up here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from missionguard.pipeline.sources import RawRecord, normalize_payload, read_raw

# (file under tests/files, source, rule-test wrapper?, normalized, skipped, dead letters)
SAMPLES = [
    ("cloudtrail/otrf_ec2_proxy_s3_exfiltration.jsonl", "cloudtrail", False, 16, 87, 0),
    (
        "cloudtrail/stratus_detonations/aws.credential-access.secretsmanager-retrieve-secrets.json",
        "cloudtrail",
        False,
        10,
        0,
        0,
    ),
    (
        "cloudtrail/stratus_detonations/aws.defense-evasion.cloudtrail-delete.json",
        "cloudtrail",
        False,
        1,
        0,
        0,
    ),
    (
        "cloudtrail/stratus_detonations/aws.execution.ec2-user-data.json",
        "cloudtrail",
        False,
        0,
        0,
        1,
    ),
    (
        "cloudtrail/stratus_detonations/aws.exfiltration.ec2-share-ebs-snapshot.json",
        "cloudtrail",
        False,
        1,
        0,
        0,
    ),
    ("cloudtrail/panther_rule_tests.jsonl", "cloudtrail", True, 336, 106, 21),
    ("k8s_audit/panther_eks_rule_tests.jsonl", "k8s_audit", True, 9, 114, 147),
    ("k8s_audit/audit_events.jsonl", "k8s_audit", False, 4, 2, 1),
    ("k8s_audit/perfspec_audit_logs_head300.csv", "perfspec_k8s_csv", False, 228, 72, 0),
    ("okta/panther_rule_tests.jsonl", "okta", True, 2, 62, 2),
    ("gcp/panther_rule_tests.jsonl", "gcp_audit", True, 17, 114, 37),
    ("ai_platforms/panther_anthropic_rule_tests.jsonl", "anthropic_audit", True, 1, 37, 0),
    ("ai_platforms/panther_openai_rule_tests.jsonl", "openai_audit", True, 1, 32, 0),
    ("opa/decision_logs.jsonl", "opa", False, 3, 1, 2),
    ("envoy/access_log.jsonl", "envoy", False, 2, 1, 2),
]


@pytest.mark.parametrize(
    ("name", "source", "wrapped", "normalized", "skipped", "dead"),
    SAMPLES,
    ids=[s[0].rsplit("/", 1)[-1] for s in SAMPLES],
)
def test_sample_file(files: Path, unwrap, name, source, wrapped, normalized, skipped, dead) -> None:
    path = files / name
    records: list[RawRecord] = unwrap(path) if wrapped else list(read_raw(path, source))
    counts: Counter[str] = Counter()
    for record in records:
        outcome = normalize_payload(source, record.payload, record.origin)
        counts[outcome.kind] += 1
        if outcome.dead_letter is not None:
            reason = outcome.dead_letter.reason
            assert reason.startswith(f"{source}: field '"), reason
            assert reason.endswith(f" at {record.origin}"), reason
            assert outcome.dead_letter.origin_line == record.origin.line
        for decision in outcome.decisions:
            assert decision.source == source and decision.agent_id.strip()
    assert sum(counts.values()) == len(records)
    assert (counts["normalized"], counts["skipped"], counts["dead_letter"]) == (
        normalized,
        skipped,
        dead,
    )
