"""Alerts as OCSF Detection Findings, validated against the real OCSF schema (the schema
export shipped by ocsf-json-schema, turned into a draft 2020-12 JSON Schema)."""

from __future__ import annotations

import copy
import json

import pytest

from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.records import SEVERITIES, Alert
from missionguard.pipeline.settings.control import GuardSettings
from missionguard.pipeline.standards.ocsf import OCSF_VERSION, detection_finding
from missionguard.pipeline.standards.ocsf_schema import finding_errors

from .conftest import T0, alert, command


def _guard_alert() -> Alert:
    """A real guard-rail alert: the second revocation in a cohort capped at one."""
    guard = RevocationGuard(GuardSettings(max_revocations=1))
    guard.screen(command("c1", agent="a1"), "support")
    screening = guard.screen(command("c2", agent="a2"), "support")
    assert screening.withheld and screening.alerts[0].severity == "critical"
    return screening.alerts[0]


SHAPES = {
    "full": alert(),
    "undeclared agent, no detectors": alert(
        mission_id=None, cohort=None, detectors=[], evidence_event_ids=[]
    ),
    **{f"severity {s}": alert(severity=s, score=0.1) for s in SEVERITIES},
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_shape_of_alert_is_a_valid_detection_finding(name):
    finding = detection_finding(SHAPES[name])
    assert finding_errors(finding) == []
    json.dumps(finding)  # JSON-ready as it is


def test_guard_rail_alert_is_a_valid_detection_finding():
    finding = detection_finding(_guard_alert())
    assert finding_errors(finding) == []
    assert finding["finding_info"]["analytic"]["name"] == "guard_rail"
    assert finding["finding_info"]["analytic"]["type"] == "Rule"


def test_the_mapping_carries_the_alert():
    a = alert()
    f = detection_finding(a, product_version="9.9.9")
    assert (f["category_uid"], f["class_uid"], f["activity_id"], f["type_uid"]) == (
        2,
        2004,
        1,
        200401,
    )
    assert f["time"] == int(T0.timestamp()) * 1000 + 250
    assert (f["severity_id"], f["severity"]) == (4, "High")
    assert f["status_id"] == 1 and f["risk_score"] == 93
    assert f["metadata"]["version"] == OCSF_VERSION
    assert f["metadata"]["product"] == {
        "name": "MissionGuard",
        "vendor_name": "MissionGuard",
        "version": "9.9.9",
    }
    info = f["finding_info"]
    assert info["uid"] == a.alert_id
    # The strongest detector is the analytic; every detector is a related analytic.
    assert info["analytic"]["name"] == "sequence_surprise"
    assert [x["name"] for x in info["related_analytics"]] == [
        "mission_conformance",
        "sequence_surprise",
    ]
    assert [e["uid"] for e in info["related_events"]] == a.evidence_event_ids
    assert [e["uid"] for e in f["evidences"]] == a.evidence_event_ids
    assert {e["actor"]["user"]["uid"] for e in f["evidences"]} == {a.agent_id}
    agent, mission = f["resources"]
    assert (agent["uid"], agent["role"], agent["group"]) == (
        a.agent_id,
        "Target",
        {"name": "support"},
    )
    assert mission["uid"] == a.mission_id
    anomalies = f["anomaly_analyses"][0]["anomalies"]
    assert [x["observation_parameter"] for x in anomalies] == [
        "mission_conformance",
        "sequence_surprise",
    ]
    assert f["unmapped"]["missionguard"]["trigger_event_id"] == a.trigger_event_id


def test_severities_map_in_order():
    ids = [detection_finding(alert(severity=s))["severity_id"] for s in SEVERITIES]
    assert ids == [1, 2, 3, 4, 5]


def test_same_alert_same_finding():
    assert detection_finding(alert()) == detection_finding(alert())


BREAKAGES = {
    "no class_uid": lambda f: f.pop("class_uid"),
    "wrong class_uid": lambda f: f.update(class_uid=2003),
    "no finding_info.uid": lambda f: f["finding_info"].pop("uid"),
    "severity_id not in the enum": lambda f: f.update(severity_id=7),
    "type_uid of another class": lambda f: f.update(type_uid=300201),
    "time as a string": lambda f: f.update(time="2026-03-01T12:30:15Z"),
    "no metadata.version": lambda f: f["metadata"].pop("version"),
    "attribute OCSF does not define": lambda f: f.update(agent_id="support-bot-7"),
    "resource with neither name nor uid": lambda f: f["resources"].append({"type": "x"}),
    "anomaly without observations": lambda f: f["anomaly_analyses"][0]["anomalies"][0].pop(
        "observations"
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_a_broken_finding_fails_validation(name):
    finding = copy.deepcopy(detection_finding(alert()))
    BREAKAGES[name](finding)
    assert finding_errors(finding), f"{name}: the schema accepted a broken finding"
