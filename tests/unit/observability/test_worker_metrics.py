"""The worker's Prometheus metrics (pipeline/observability/metrics.py): values follow the
stage's counters at scrape time, outputs are counted by class, and no label value is taken
from a record."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from prometheus_client.parser import text_string_to_metric_families

from missionguard.pipeline.judging.stage import StageCounters
from missionguard.pipeline.observability.metrics import (
    ACTIONS,
    DEAD_LETTER_REASONS,
    MISSION_REJECTIONS,
    SEVERITIES,
    TASKS,
    WorkerMetrics,
    dead_letter_class,
)
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.records.decoding import Origin, decode

NOW = datetime(2026, 5, 1, tzinfo=UTC)
HOSTILE = 'x"} 1\n# HELP missionguard_pwned injected\nmissionguard_pwned{a="b'


def samples(metrics: WorkerMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """(sample name, sorted labels) -> value, parsed from the text Prometheus scrapes."""
    text = metrics.exposition().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(metrics: WorkerMetrics, name: str, **labels: str) -> float:
    return samples(metrics)[(name, tuple(sorted(labels.items())))]


def label_values(metrics: WorkerMetrics, name: str, label: str) -> set[str]:
    return {dict(labels)[label] for (n, labels) in samples(metrics) if n == name}


def test_values_follow_the_stage_counters_at_scrape_time():
    counters = StageCounters()
    size = {"n": 0}
    metrics = WorkerMetrics(lambda: counters, lambda: size["n"])
    assert value(metrics, "missionguard_records_judged_total", kind="decision") == 0
    counters.decisions += 5
    counters.missions += 2
    counters.feedback += 1
    counters.by_severity["high"] = 3
    counters.missions_rejected["unsigned"] = 4
    counters.judge_errors += 1
    counters.snapshot_write_errors += 2
    counters.skipped_reprocessed += 3
    counters.withheld += 2
    size["n"] = 42
    assert value(metrics, "missionguard_records_judged_total", kind="decision") == 5
    assert value(metrics, "missionguard_records_judged_total", kind="mission") == 2
    assert value(metrics, "missionguard_records_judged_total", kind="feedback") == 1
    assert value(metrics, "missionguard_alerts_total", severity="high") == 3
    assert value(metrics, "missionguard_alerts_total", severity="low") == 0
    assert value(metrics, "missionguard_missions_rejected_total", reason="unsigned") == 4
    assert value(metrics, "missionguard_judge_errors_total") == 1
    assert value(metrics, "missionguard_snapshot_write_errors_total") == 2
    assert value(metrics, "missionguard_records_skipped_reprocessed_total") == 3
    assert value(metrics, "missionguard_commands_withheld_total") == 2
    assert value(metrics, "missionguard_state_agents") == 42


def test_a_worker_without_a_stage_yet_still_answers():
    metrics = WorkerMetrics()
    found = samples(metrics)
    assert not any(name.startswith("missionguard_records_judged") for name, _ in found)
    assert value(metrics, "missionguard_dead_letters_total", reason="malformed_json") == 0


def test_unknown_keys_of_the_counters_are_counted_as_other():
    counters = StageCounters()
    counters.by_severity[HOSTILE] = 2
    counters.missions_rejected[HOSTILE] = 1
    metrics = WorkerMetrics(lambda: counters)
    assert value(metrics, "missionguard_alerts_total", severity="other") == 2
    assert label_values(metrics, "missionguard_alerts_total", "severity") == set(SEVERITIES)
    assert label_values(metrics, "missionguard_missions_rejected_total", "reason") == set(
        MISSION_REJECTIONS
    )
    assert "missionguard_pwned" not in metrics.exposition().decode()


def _dead_letter(reason: str, origin_topic: str = "t") -> bytes:
    return json.dumps(
        {"type": "dead_letter", "reason": reason, "origin_topic": origin_topic, "payload": HOSTILE}
    ).encode()


def test_dead_letters_are_counted_by_reason_class_never_by_their_text():
    metrics = WorkerMetrics(raw_topics=["raw.okta"])
    origin = Origin(topic="t", partition=0, offset=1)
    for payload in (b"{not json", b'{"type": "decision"}', b" ", b"x" * 300):
        dl = decode(payload, origin, accept={"decision"}, max_bytes=256, now=NOW)
        metrics.observe_output("dead_letter", dump_json(dl))
    metrics.observe_output("dead_letter", _dead_letter(f"judging failed at t[0]@1: {HOSTILE}"))
    metrics.observe_output("dead_letter", _dead_letter(HOSTILE, origin_topic="raw.okta"))
    metrics.observe_output("dead_letter", _dead_letter(HOSTILE))
    metrics.observe_output("dead_letter", b"\xff not a dead letter")
    metrics.observe_output("dead_letter", b"[1, 2]")
    counts = {
        r: value(metrics, "missionguard_dead_letters_total", reason=r) for r in DEAD_LETTER_REASONS
    }
    assert counts["malformed_json"] == 1
    assert counts["schema_violation"] == 1
    assert counts["empty"] == 1
    assert counts["oversized"] == 1
    assert counts["judge_error"] == 1
    assert counts["normalization"] == 1
    assert counts["other"] == 3
    assert label_values(metrics, "missionguard_dead_letters_total", "reason") == set(
        DEAD_LETTER_REASONS
    )
    assert "missionguard_pwned" not in metrics.exposition().decode()


def test_commands_are_counted_by_action_and_other_outputs_are_left_to_the_stage():
    metrics = WorkerMetrics()
    for action in ("revoke", "revoke", "suspend", HOSTILE):
        metrics.observe_output(
            "control", json.dumps({"action": action, "reason": HOSTILE}).encode()
        )
    metrics.observe_output("alert", b"not even parsed")
    metrics.observe_output("decision", b"not even parsed")
    assert value(metrics, "missionguard_commands_total", action="revoke") == 2
    assert value(metrics, "missionguard_commands_total", action="suspend") == 1
    assert value(metrics, "missionguard_commands_total", action="other") == 1
    assert label_values(metrics, "missionguard_commands_total", "action") == set(ACTIONS)


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("empty record at t[0]@1", "empty"),
        ("oversized record at t[0]@1: 9 bytes > limit 1", "oversized"),
        ("malformed JSON at t[0]@1: EOF", "malformed_json"),
        ("unknown record type at t[0]@1 (expected decision): x", "unknown_type"),
        ("record type 'alert' is not accepted at t[0]@1", "wrong_type"),
        ("schema violation at t[0]@1: time: ...", "schema_violation"),
        ("unreadable record at t[0]@1: ValueError: x", "unreadable"),
        ("judging failed at t[0]@1: KeyError: 'x'", "judge_error"),
        ("unexpected topic at t[0]@1: the judging agent reads ...", "unexpected_topic"),
        ("unreadable state for agent a, starting afresh: x", "unreadable_state"),
        # Text of a record cannot choose its class: a reason is classed by what starts it.
        (f"{HOSTILE} malformed JSON at", "other"),
    ],
)
def test_every_reason_the_code_writes_has_its_class(reason, expected):
    assert dead_letter_class(reason) == expected


def test_lag_and_task_health_are_replaced_whole_and_stamped():
    metrics = WorkerMetrics()
    metrics.set_lag({("in", 0): 5, ("in", 1): 0})
    metrics.set_tasks({"judge": True, "normalize": False, HOSTILE: True})
    assert value(metrics, "missionguard_consumer_lag", topic="in", partition="0") == 5
    assert value(metrics, "missionguard_task_up", task="judge") == 1
    assert value(metrics, "missionguard_task_up", task="normalize") == 0
    assert label_values(metrics, "missionguard_task_up", "task") <= {*TASKS, "other"}
    assert value(metrics, "missionguard_metrics_updated_timestamp_seconds") > 0
    metrics.set_lag({("in", 1): 3})  # partition 0 was revoked: its series goes
    assert label_values(metrics, "missionguard_consumer_lag", "partition") == {"1"}


def test_each_worker_has_a_registry_of_its_own():
    a, b = StageCounters(), StageCounters()
    a.decisions = 7
    one, two = WorkerMetrics(lambda: a), WorkerMetrics(lambda: b)
    one.judge_seconds.observe(0.001)
    assert value(one, "missionguard_records_judged_total", kind="decision") == 7
    assert value(two, "missionguard_records_judged_total", kind="decision") == 0
    assert value(one, "missionguard_judge_seconds_count") == 1
    assert value(two, "missionguard_judge_seconds_count") == 0
