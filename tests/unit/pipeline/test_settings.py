from __future__ import annotations

import pytest
from pydantic import ValidationError

from missionguard.pipeline.settings import Settings


def test_yaml_file_and_environment_override_defaults(tmp_path, monkeypatch):
    cfg = tmp_path / "mg.yaml"
    cfg.write_text("kafka: {bootstrap_servers: 'k1:9092'}\ntopics: {prefix: 'x.'}\n")
    monkeypatch.setenv("MISSIONGUARD_TOPICS__PREFIX", "env.")
    s = Settings(config=cfg)
    assert s.kafka.bootstrap_servers == "k1:9092"
    assert s.topics.prefix == "env."
    assert s.topics.decisions_topic == "env.decisions"


def test_missing_config_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="config file not found"):
        Settings(config=tmp_path / "nope.yaml")


def test_unknown_keys_in_a_section_are_rejected(tmp_path):
    cfg = tmp_path / "mg.yaml"
    cfg.write_text("worker: {max_record_byte: 10}\n")
    with pytest.raises(ValidationError, match="max_record_byte"):
        Settings(config=cfg)


def test_checked_in_defaults_load():
    s = Settings()
    assert s.topics.missions.compacted and s.topics.control.compacted
    assert set(s.topics.all()) >= {"missionguard.decisions", "missionguard.control"}


def test_detection_yaml_is_the_behaviour_section(tmp_path, monkeypatch):
    # config/detection.yaml's per-cohort ladders are what the judge uses (they were once
    # silently ignored: the file's source was defined but not wired in).
    import yaml

    from missionguard.pipeline.settings import DETECTION_CONFIG

    shipped = yaml.safe_load(DETECTION_CONFIG.read_text())
    s = Settings()
    assert shipped["cohorts"], "the shipped file has per-cohort ladders"
    for cohort, ladder in shipped["cohorts"].items():
        for key, value in ladder.items():
            assert getattr(s.behaviour.ladder_for(cohort), key) == value
    assert s.behaviour.drift_half_life_s == shipped["drift_half_life_s"]
    # The main file's ``behaviour:`` and the environment override it key by key.
    cfg = tmp_path / "mg.yaml"
    cfg.write_text("behaviour: {risk_half_life_s: 60}\n")
    monkeypatch.setenv("MISSIONGUARD_BEHAVIOUR__RISK_FLOOR", "0.2")
    s = Settings(config=cfg)
    assert s.behaviour.risk_half_life_s == 60
    assert s.behaviour.risk_floor == 0.2
    finance = shipped["cohorts"]["finance_ap"]
    assert s.behaviour.ladder_for("finance_ap").suspend == finance["suspend"]


def test_the_shipped_decisive_findings_are_the_documented_defaults():
    """config/detection.yaml replaces the default list: it once left out
    delegation_scope.named_principal, which the code and docs made decisive."""
    from missionguard.models.config import DetectionConfig

    assert Settings().behaviour.decisive == DetectionConfig().decisive
