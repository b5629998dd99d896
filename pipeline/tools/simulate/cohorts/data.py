"""Data-pipeline agents: move and transform data between S3 buckets and warehouse tables,
with bulk reads that are bursty by nature."""

from __future__ import annotations

import random

from missionguard.pipeline.tools.simulate.catalog import (
    AttackSurface,
    Cohort,
    NetworkProfile,
    Step,
    TaskType,
    TaskVars,
)

__all__ = ["DATA"]

_BUCKETS = ("acme-raw-events", "acme-clickstream", "acme-orders-landing", "acme-ml-features")
_SENSITIVE = ("acme-finance-exports", "acme-customer-pii", "acme-hr-payroll", "acme-backups")
_TABLES = (
    "analytics.orders",
    "analytics.sessions",
    "analytics.daily_revenue",
    "marts.customer_ltv",
    "staging.events",
    "marts.inventory",
)
_PII_TABLES = ("crm.customers", "finance.payroll", "finance.cards_tokenised", "hr.employees")
_DROPS = ("acme-tmp-share-eu", "dataxfer-partner-bucket", "s3-backup-7731", "acme-exports-archive")


def _vocabulary(name: str, rng: random.Random, tv: TaskVars) -> object:
    match name:
        case "bucket":
            return rng.choice(_BUCKETS)
        case "day" | "day_n":
            return f"2026-0{rng.randrange(1, 3)}-{rng.randrange(1, 28):02d}"
        case "part_n":
            return f"part-{rng.randrange(0, 4096):05d}.parquet"
        case "table" | "table_n":
            return rng.choice(_TABLES)
        case "sensitive_bucket_n" | "sensitive_bucket":
            return rng.choice(_SENSITIVE)
        case "pii_table_n" | "pii_table":
            return rng.choice(_PII_TABLES)
        case "drop_bucket":
            return rng.choice(_DROPS)
        case "bucket_n":
            return rng.choice(_BUCKETS + _SENSITIVE)
        case "job":
            return rng.choice(("sessionize", "dedupe-orders", "revenue-rollup", "feature-build"))
        case "rows":
            return rng.randrange(10_000, 2_000_000)
    return None


def _bytes(rng: random.Random, _: TaskVars) -> int:
    return int(rng.lognormvariate(15, 1.2))


_READ_PARTS = Step(
    "s3:GetObject",
    "arn:aws:s3:::{bucket}/dt={day}/{part_n}",
    {"bytes": _bytes},
    repeat=(20, 120),
    gap=0.15,
)
_LIST = Step("s3:ListBucket", "arn:aws:s3:::{bucket}", {"prefix": "dt={day}/"})

_TASKS = (
    TaskType(
        "ingest_partition",
        (
            _LIST,
            _READ_PARTS,
            Step(
                "warehouse:load",
                "warehouse://acme/staging.events",
                {"rows": "{rows}", "source": "s3://{bucket}/dt={day}/"},
            ),
            Step("warehouse:query", "warehouse://acme/staging.events", {"statement": "SELECT"}),
        ),
        4.0,
    ),
    TaskType(
        "transform_job",
        (
            Step("glue:StartJobRun", "arn:aws:glue:eu-west-1:111122223333:job/{job}"),
            Step(
                "glue:GetJobRun",
                "arn:aws:glue:eu-west-1:111122223333:job/{job}",
                repeat=(2, 6),
                gap=20.0,
            ),
            Step(
                "warehouse:query",
                "warehouse://acme/{table_n}",
                {"statement": "SELECT"},
                repeat=(1, 3),
            ),
        ),
        3.0,
    ),
    TaskType(
        "publish_report",
        (
            Step(
                "warehouse:query",
                "warehouse://acme/analytics.daily_revenue",
                {"statement": "SELECT"},
            ),
            Step(
                "s3:PutObject",
                "arn:aws:s3:::acme-reports/daily/{day}.csv",
                {"bytes": _bytes, "destination": "acme-reports"},
            ),
        ),
        2.0,
    ),
    TaskType(
        "data_quality_check",
        (
            Step(
                "warehouse:query",
                "warehouse://acme/{table_n}",
                {"statement": "SELECT"},
                repeat=(3, 8),
                deny=0.02,
            ),
            Step("warehouse:describe", "warehouse://acme/{table_n}", repeat=(1, 3)),
        ),
        2.0,
    ),
    # Spark-style workers reading one partition in parallel, each with its own session.
    TaskType(
        "parallel_ingest",
        (
            Step(
                "s3:GetObject",
                "arn:aws:s3:::{bucket}/dt={day}/{part_n}",
                {"bytes": _bytes},
                repeat=(5, 25),
                gap=0.2,
            ),
            Step("warehouse:load", "warehouse://acme/staging.events", {"rows": "{rows}"}),
        ),
        0.6,
        parallel=(3, 8),
    ),
)

_NOVEL = (
    TaskType(
        "historical_backfill",
        (
            Step("s3:ListBucket", "arn:aws:s3:::{bucket}", repeat=(3, 8)),
            Step(
                "s3:GetObject",
                "arn:aws:s3:::{bucket}/dt={day_n}/{part_n}",
                {"bytes": _bytes},
                repeat=(150, 400),
                gap=0.08,
            ),
            Step(
                "warehouse:load",
                "warehouse://acme/staging.events",
                {"rows": "{rows}"},
                repeat=(3, 8),
            ),
        ),
    ),
    TaskType(
        "share_dataset_with_partner",
        (
            Step("warehouse:query", "warehouse://acme/marts.inventory", {"statement": "SELECT"}),
            Step(
                "warehouse:export",
                "warehouse://acme/marts.inventory",
                {"destination": "s3://acme-partner-share/inventory/"},
            ),
            Step(
                "s3:PutObjectAcl",
                "arn:aws:s3:::acme-partner-share/inventory/{day}.parquet",
                {"grant": "partner-read"},
            ),
        ),
    ),
)

_SURFACE = AttackSurface(
    collect=(
        Step(
            "warehouse:query",
            "warehouse://acme/{pii_table_n}",
            {"statement": "SELECT", "rows_returned": 250_000},
            repeat=(1, 3),
        ),
        Step(
            "s3:GetObject",
            "arn:aws:s3:::{sensitive_bucket}/{day_n}/{part_n}",
            {"bytes": _bytes},
            repeat=(3, 10),
        ),
    ),
    exfiltrate=(
        Step(
            "s3:PutObject",
            "arn:aws:s3:::{drop_bucket}/x/{part_n}",
            {"bytes": _bytes, "destination": "{drop_bucket}"},
            repeat=(2, 6),
        ),
        Step(
            "warehouse:export",
            "warehouse://acme/{pii_table}",
            {"destination": "s3://{drop_bucket}/dump/"},
        ),
    ),
    inject=(
        Step(
            "warehouse:export",
            "warehouse://acme/{pii_table}",
            {"destination": "s3://{drop_bucket}/q/"},
        ),
        Step(
            "s3:PutObjectAcl", "arn:aws:s3:::{bucket}/dt={day}/{part_n}", {"grant": "public-read"}
        ),
    ),
    enumerate=Step("s3:ListBucket", "arn:aws:s3:::{bucket_n}", {"prefix": ""}),
    escalate=(
        Step("iam:PassRole", "arn:aws:iam::111122223333:role/admin-etl", deny=0.85),
        Step(
            "iam:AttachRolePolicy",
            "arn:aws:iam::111122223333:role/data-agent",
            {"policy": "AdministratorAccess"},
            deny=0.95,
        ),
        Step(
            "glue:UpdateJob",
            "arn:aws:glue:eu-west-1:111122223333:job/{job}",
            {"role": "admin-etl"},
            deny=0.5,
        ),
    ),
    probe=(
        Step("s3:GetObject", "arn:aws:s3:::acme-hr-payroll/2026/payroll.csv", deny=1.0),
        Step("s3:GetObjectVersion", "arn:aws:s3:::acme-hr-payroll/2026/payroll.csv", deny=0.9),
        Step(
            "warehouse:query", "warehouse://acme/finance.payroll", {"statement": "SELECT"}, deny=0.5
        ),
        Step("s3:GetObject", "arn:aws:s3:::acme-backups/hr/payroll-2026.csv.gz"),
    ),
)

DATA = Cohort(
    name="data_pipeline",
    source="aws-cloudtrail",
    prefix="etl",
    issuers=("data-platform@acme",),
    purpose=(
        "Ingest event partitions from the raw S3 buckets into the warehouse, run transformation "
        "jobs, check data quality and publish daily reports to acme-reports. Backfill history "
        "and share agreed datasets with partners when a ticket asks for it."
    ),
    allowed_actions=("s3:GetObject*", "s3:ListBucket", "s3:PutObject*", "warehouse:*", "glue:*"),
    resource_scopes=(
        ("arn:aws:s3:::acme-*", "warehouse://acme/*", "arn:aws:glue:*"),
        ("arn:aws:s3:::*", "warehouse://*", "arn:aws:glue:*"),
    ),
    denied_actions=("s3:DeleteBucket", "iam:*", "kms:Decrypt"),
    max_rate_per_minute=(900.0, 1500.0, None),
    tasks=_TASKS,
    novel_tasks=_NOVEL,
    surface=_SURFACE,
    network=NetworkProfile(
        ip_prefixes=("10.20.", "10.21."),
        user_agents=(
            "Boto3/1.34.84 Python/3.11.8 Botocore/1.34.84 acme-etl/5",
            "aws-sdk-java/2.25.11 Spark/3.5.1",
        ),
        auth_methods=("aws_sts_assume_role",),
    ),
    vocabulary=_vocabulary,  # type: ignore[arg-type]
    pace_s=(0.5, 4.0),
)
