from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.settings import Settings


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
