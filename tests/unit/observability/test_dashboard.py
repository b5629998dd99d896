"""The scrape setup and the Grafana dashboard (docker-compose.yml, config/prometheus/,
config/grafana/): they parse, point at what the services serve, and name only metrics the
code registers. docker compose itself is not run here (no Docker engine)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.judging.stage import StageCounters
from missionguard.pipeline.observability.metrics import (
    METRIC_NAMES,
    EnforcementMetrics,
    WorkerMetrics,
)
from missionguard.pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
DASHBOARD = ROOT / "config" / "grafana" / "missionguard.json"
PROMETHEUS = ROOT / "config" / "prometheus" / "prometheus.yml"
ALERTS = ROOT / "config" / "prometheus" / "alerts.yml"
COMPOSE = ROOT / "docker-compose.yml"
NAME = re.compile(r"\bmissionguard_[a-z0-9_]+")


def _families(text: bytes) -> dict[str, set[str]]:
    """family name -> its sample names (``_total``, ``_bucket``, ...); prometheus_client's
    ``*_created`` timestamps of counters and histograms, which it writes by default, left out."""
    return {
        f.name: {s.name for s in f.samples}
        for f in text_string_to_metric_families(text.decode())
        if not f.name.endswith("_created")
    }


@pytest.fixture(scope="module")
def registered() -> dict[str, set[str]]:
    """Every family either side registers, from registries with every family present."""
    worker = WorkerMetrics(lambda: StageCounters(), lambda: 0)
    worker.set_lag({("t", 0): 1})
    worker.set_tasks({"judge": True})
    point = EnforcementPoint("127.0.0.1:1", "control", keyring=None, reload_keys=lambda: _ring())
    point.lag = {0: 1}
    point.check("some-agent")
    enforcement = EnforcementMetrics().attach(point)
    return {**_families(worker.exposition()), **_families(enforcement.exposition())}


def _ring():
    from missionguard.pipeline.control.keys import KeyRing

    return KeyRing([])


def _names(text: str) -> set[str]:
    return set(NAME.findall(text))


def _dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    assert panels and dashboard["uid"] == "missionguard"
    exprs = [t["expr"] for p in panels for t in p["targets"]]
    assert all(exprs)
    return exprs


def test_the_metric_names_constant_is_what_the_code_registers(registered):
    assert set(registered) == METRIC_NAMES


def test_every_metric_the_dashboard_names_is_registered(registered):
    samples = set().union(*registered.values())
    named = set().union(*(_names(e) for e in _dashboard_exprs()))
    assert named and named - samples == set()


def test_the_dashboard_shows_what_operators_need(registered):
    named = set().union(*(_names(e) for e in _dashboard_exprs()))
    families = {f for f, samples in registered.items() if samples & named}
    must = {
        "missionguard_records_judged",
        "missionguard_dead_letters",
        "missionguard_alerts",
        "missionguard_commands",
        "missionguard_enforcement_commands_refused",
        "missionguard_consumer_lag",
        "missionguard_state_agents",
        "missionguard_judge_seconds",
        "missionguard_enforcement_decision_to_enforced_seconds",
        "missionguard_task_up",
    }
    assert must - families == set()


def test_alert_rules_parse_and_name_registered_metrics(registered):
    samples = set().union(*registered.values())
    rules = [r for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]]
    assert rules
    for rule in rules:
        assert rule["alert"] and _names(rule["expr"]) and _names(rule["expr"]) <= samples


def test_compose_runs_prometheus_and_grafana_with_these_files():
    compose = yaml.safe_load(COMPOSE.read_text())["services"]
    assert {"kafka", "worker", "enforce", "prometheus", "grafana"} <= set(compose)
    for service in ("prometheus", "grafana"):
        for volume in compose[service]["volumes"]:
            host = volume.split(":")[0]
            if host.startswith("./config"):
                assert (ROOT / host).exists(), volume
    assert "./config/prometheus:/etc/prometheus:ro" in compose["prometheus"]["volumes"]
    assert any(
        v.startswith("./config/grafana/missionguard.json:") for v in compose["grafana"]["volumes"]
    )
    provisioning = ROOT / "config" / "grafana" / "provisioning"
    datasource = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())
    uids = {d["uid"] for d in datasource["datasources"]}
    dashboard = json.loads(DASHBOARD.read_text())
    used = {t["datasource"]["uid"] for p in dashboard["panels"] for t in p.get("targets", [])}
    assert used <= uids
    provider = yaml.safe_load((provisioning / "dashboards" / "missionguard.yml").read_text())
    path = provider["providers"][0]["options"]["path"]
    assert any(v.split(":")[1].startswith(path) for v in compose["grafana"]["volumes"])


def test_prometheus_scrapes_the_ports_the_services_serve_on():
    compose = yaml.safe_load(COMPOSE.read_text())["services"]
    config = yaml.safe_load(PROMETHEUS.read_text())
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker_env = compose["worker"]["environment"]
    worker_port = int(worker_env["MISSIONGUARD_WORKER__METRICS_PORT"])
    assert worker_env["MISSIONGUARD_WORKER__METRICS_HOST"] == "0.0.0.0"
    assert jobs["missionguard-worker"]["static_configs"][0]["targets"] == [f"worker:{worker_port}"]
    enforce = jobs["missionguard-enforce"]
    assert enforce["static_configs"][0]["targets"] == [f"enforce:{Settings().enforcement.port}"]
    assert enforce.get("metrics_path", "/metrics") == "/metrics"
    assert enforce["authorization"]["type"] == "Bearer"  # /metrics is authenticated
    token = Path(enforce["authorization"]["credentials_file"])
    mounts = dict(v.split(":")[:2][::-1] for v in compose["prometheus"]["volumes"])
    assert str(token.parent) in mounts and mounts[str(token.parent)] == "./.missionguard"
    assert "/etc/prometheus/alerts.yml" in config["rule_files"]
