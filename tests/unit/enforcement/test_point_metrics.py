"""An enforcement point's Prometheus metrics (pipeline/observability/metrics.py) and
``GET /metrics`` of its HTTP server: applied commands by action, refusals by reason, checks
by outcome, decision-to-enforced latency; bounded label values; authenticated like the rest."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.http import build_http_app
from missionguard.pipeline.observability.metrics import (
    ACTIONS,
    REFUSALS,
    RESTRICTIONS,
    EnforcementMetrics,
)
from missionguard.pipeline.records import dump_json

from .conftest import HTTP, HTTP_AUTH, T0, command


def parse(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(found: dict, name: str, **labels: str) -> float:
    return found[(name, tuple(sorted(labels.items())))]


def make_point(ring) -> tuple[EnforcementPoint, EnforcementMetrics]:
    point = EnforcementPoint(
        "127.0.0.1:1", "control", clock=lambda: T0 + timedelta(milliseconds=40), keyring=ring
    )
    return point, EnforcementMetrics().attach(point)


def test_applied_commands_refusals_and_latency_move_with_the_point(ring, issuer):
    point, metrics = make_point(ring)
    found = parse(metrics.exposition().decode())
    assert value(found, "missionguard_enforcement_commands_applied_total", action="revoke") == 0
    assert value(found, "missionguard_enforcement_decision_to_enforced_seconds_count") == 0
    for cmd in (command("c1", agent="a"), command("c2", "suspend", agent="b")):
        signed = issuer.sign(cmd)
        assert point.handle(signed.value, signed.headers, signed.key)
    signed = issuer.sign(command("c3", agent="c"))
    point.handle(signed.value, signed.headers, signed.key)
    point.handle(signed.value, signed.headers, signed.key)  # replayed
    point.handle(dump_json(command("c4", agent="d")), None, b"d")  # unsigned
    found = parse(metrics.exposition().decode())
    applied = {
        a: value(found, "missionguard_enforcement_commands_applied_total", action=a)
        for a in ACTIONS
    }
    assert (applied["revoke"], applied["suspend"], point.state.applied) == (2, 1, 3)
    assert value(found, "missionguard_enforcement_commands_refused_total", reason="unsigned") == 1
    assert value(found, "missionguard_enforcement_commands_refused_total", reason="replayed") == 1
    count = value(found, "missionguard_enforcement_decision_to_enforced_seconds_count")
    assert count == point.state.applied
    total = value(found, "missionguard_enforcement_decision_to_enforced_seconds_sum")
    assert abs(total - 0.04 * count) < 1e-6  # command.time (T0) to the point's clock
    assert value(found, "missionguard_enforcement_restricted_agents") == len(point.state.agents)
    assert value(found, "missionguard_task_up", task="control_follower") == 0  # never started
    refusal_labels = {
        dict(labels)["reason"]
        for (name, labels) in found
        if name == "missionguard_enforcement_commands_refused_total"
    }
    assert refusal_labels == set(REFUSALS)


def test_commands_applied_while_catching_up_are_not_latency(ring, issuer):
    point, metrics = make_point(ring)
    point.not_ready_reason = lambda: "catching up with the control topic"  # type: ignore[method-assign]
    signed = issuer.sign(command("c1", agent="a"))
    assert point.handle(signed.value, signed.headers, signed.key)
    found = parse(metrics.exposition().decode())
    assert value(found, "missionguard_enforcement_commands_applied_total", action="revoke") == 1
    assert value(found, "missionguard_enforcement_decision_to_enforced_seconds_count") == 0


async def test_metrics_are_served_to_authenticated_callers_with_checks_by_outcome(ring, issuer):
    point, metrics = make_point(ring)
    signed = issuer.sign(command("c1", agent="bad"))
    assert point.handle(signed.value, signed.headers, signed.key)
    app = build_http_app(point, HTTP, metrics)
    async with TestClient(TestServer(app)) as anonymous:
        assert (await anonymous.get("/metrics")).status == 401
    async with TestClient(TestServer(app), headers=HTTP_AUTH) as client:
        for agent in ("good", "good", "bad", "bad ", 'x"} 1 # HELP'):
            await client.get("/v1/check", params={"agent_id": agent})
        await client.get("/ext_authz/api", headers={"x-agent-id": "bad"})
        resp = await client.get("/metrics")
        assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/plain")
        found = parse(await resp.text())
    checks = "missionguard_enforcement_checks_total"
    assert value(found, checks, outcome="allowed", restriction="none") == 3
    assert value(found, checks, outcome="refused", restriction="revoke") == 2
    assert value(found, checks, outcome="refused", restriction="invalid_id") == 1
    assert {dict(labels)["restriction"] for (n, labels) in found if n == checks} <= set(
        RESTRICTIONS
    )


async def test_without_metrics_the_point_serves_no_metrics_path(ring):
    point, _ = make_point(ring)
    async with TestClient(TestServer(build_http_app(point, HTTP)), headers=HTTP_AUTH) as client:
        assert (await client.get("/metrics")).status == 404


def test_two_points_in_one_process_export_their_own_numbers(ring, issuer):
    (one, m1), (two, m2) = make_point(ring), make_point(ring)
    signed = issuer.sign(command("c1", agent="a"))
    assert one.handle(signed.value, signed.headers, signed.key)
    assert two.state.applied == 0
    a, b = parse(m1.exposition().decode()), parse(m2.exposition().decode())
    assert value(a, "missionguard_enforcement_commands_applied_total", action="revoke") == 1
    assert value(b, "missionguard_enforcement_commands_applied_total", action="revoke") == 0
