"""The one settings object: YAML defaults in ``config/`` plus environment overrides.

Precedence, highest first: keyword arguments, environment variables
(``MISSIONGUARD_`` prefix, ``__`` between nested names, e.g.
``MISSIONGUARD_KAFKA__BOOTSTRAP_SERVERS=127.0.0.1:9092``), the YAML file named by
``MISSIONGUARD_CONFIG`` (else ``config/missionguard.yaml`` of the checkout), then the
defaults written here. Nothing else in MissionGuard reads ``os.environ``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from missionguard.models.config import DetectionConfig, DetectionSettings, resolve_rule_packs
from missionguard.pipeline.settings.control import ControlSettings
from missionguard.pipeline.settings.feedback import FeedbackSettings
from missionguard.pipeline.settings.kafka import (  # docs/kafka-security.md
    BrokerSaslSslSettings,
    KafkaSettings,
)
from missionguard.pipeline.settings.missions import MissionSettings
from missionguard.pipeline.settings.standards import StandardsSettings
from missionguard.pipeline.sources.settings import SourcesSettings

__all__ = [
    "BrokerSettings",
    "DemoSettings",
    "DetectionSettings",
    "EnforcementSettings",
    "KafkaSettings",
    "Settings",
    "TopicSettings",
    "TopicSpec",
    "WorkerSettings",
    "get_settings",
    "use_config",
    "PROJECT_ROOT",
]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "missionguard.yaml"
# The behavioural models' knobs (risk fusion, ladders per cohort) have a file of their own,
# read as the ``behaviour`` section; a ``behaviour:`` key in the main file overrides it.
CONFIG_DIR = PROJECT_ROOT / "config"
DETECTION_CONFIG = CONFIG_DIR / "detection.yaml"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TopicSpec(_Frozen):
    name: str
    partitions: int = Field(default=4, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    # The topic's min.insync.replicas (None: the broker's default). With acks=all, a write
    # succeeds once this many replicas have it (production: 2 of 3, config/production.example.yaml).
    min_insync_replicas: int | None = Field(default=None, ge=1)
    retention_ms: int | None = 7 * 24 * 3600 * 1000
    compacted: bool = False

    def config(self) -> dict[str, str]:
        """Kafka topic configuration entries for this spec."""
        cfg = {"cleanup.policy": "compact" if self.compacted else "delete"}
        if self.min_insync_replicas is not None:
            cfg["min.insync.replicas"] = str(self.min_insync_replicas)
        if self.retention_ms is not None and not self.compacted:
            cfg["retention.ms"] = str(self.retention_ms)
        return cfg


class TopicSettings(_Frozen):
    """Topic names are a public contract: SOC tools and enforcement points subscribe to them."""

    prefix: str = "missionguard."
    # How agents are spread over the input partitions (decisions, missions and feedback share
    # partition numbers): ``cohort``, each agent with a mission on its cohort's partition, so
    # that a cohort's models learn from all of it; ``agent``, by agent id
    # (pipeline/judging/routing.py, docs/architecture.md "Partitions and routes").
    partition_by: Literal["cohort", "agent"] = "cohort"
    decisions: TopicSpec = TopicSpec(name="decisions", partitions=4)
    missions: TopicSpec = TopicSpec(name="missions", partitions=4, compacted=True)
    alerts: TopicSpec = TopicSpec(name="alerts", partitions=1)
    control: TopicSpec = TopicSpec(name="control", partitions=1, compacted=True)
    dead_letters: TopicSpec = TopicSpec(name="dead-letters", partitions=1)
    # What enforcement points did with each control command (pipeline/records/acks.py).
    acks: TopicSpec = TopicSpec(name="acks", partitions=1, retention_ms=24 * 3600 * 1000)
    # One raw topic per IAM source ("<prefix>raw.<source>"), turned into decisions by the
    # worker's normalizer agent. Sources listed here are the ones the worker consumes.
    raw: TopicSpec = TopicSpec(name="raw", partitions=4, retention_ms=3 * 24 * 3600 * 1000)
    raw_sources: tuple[str, ...] = ("cloudtrail", "k8s_audit", "okta", "opa", "envoy", "mcp")
    # Analyst feedback, keyed by agent id: read by the judge agent with decisions and
    # missions, so it needs their partition count (docs/feedback.md).
    feedback: TopicSpec = TopicSpec(name="feedback", partitions=4)
    # What was done with each feedback (applied or rejected): an audit trail, kept a year.
    audit: TopicSpec = TopicSpec(name="audit", partitions=1, retention_ms=365 * 24 * 3600 * 1000)

    def raw_topic(self, source: str) -> str:
        return f"{self.prefix}{self.raw.name}.{source}"

    def raw_topics(self) -> dict[str, str]:
        """Raw topic name -> source name."""
        return {self.raw_topic(src): src for src in self.raw_sources}

    def full(self, spec: TopicSpec) -> str:
        return f"{self.prefix}{spec.name}"

    @property
    def decisions_topic(self) -> str:
        return self.full(self.decisions)

    @property
    def missions_topic(self) -> str:
        return self.full(self.missions)

    @property
    def alerts_topic(self) -> str:
        return self.full(self.alerts)

    @property
    def control_topic(self) -> str:
        return self.full(self.control)

    @property
    def dead_letters_topic(self) -> str:
        return self.full(self.dead_letters)

    @property
    def acks_topic(self) -> str:
        return self.full(self.acks)

    @property
    def feedback_topic(self) -> str:
        return self.full(self.feedback)

    @property
    def audit_topic(self) -> str:
        return self.full(self.audit)

    def all(self) -> dict[str, TopicSpec]:
        """Every topic MissionGuard creates at start-up, by full name."""
        specs = (
            self.decisions,
            self.missions,
            self.alerts,
            self.control,
            self.dead_letters,
            self.acks,
            self.feedback,
            self.audit,
        )
        topics = {self.full(s): s for s in specs}
        for name in self.raw_topics():
            topics[name] = self.raw.model_copy(update={"name": name.removeprefix(self.prefix)})
        return topics


class BrokerSettings(_Frozen):
    """The embedded single-node Kafka (KRaft) that the demo and the tests run on loopback."""

    mode: Literal["embedded", "external"] = "embedded"
    kafka_version: str = "4.1.1"
    scala_version: str = "2.13"
    host: str = "127.0.0.1"
    port: int = 19092
    controller_port: int = 19093
    data_dir: Path = PROJECT_ROOT / ".missionguard" / "kafka"
    cache_dir: Path = Path.home() / ".cache" / "missionguard" / "kafka"
    java: str = "java"
    maven: str = "mvn"
    heap: str = "512m"
    start_timeout_s: float = 60.0
    # An extra SASL_SSL listener with SCRAM users (tests of secured clients; None: none).
    sasl_ssl: BrokerSaslSslSettings | None = None


class WorkerSettings(_Frozen):
    app_id: str = "missionguard-worker"
    max_record_bytes: int = Field(default=64 * 1024, ge=256)
    state_dir: Path = PROJECT_ROOT / ".missionguard" / "worker"
    web_port: int | None = None
    # Decoded agent states kept in memory beside the table's bytes (least recently judged
    # out first); the table itself holds every agent, deflated. A decoded state is several
    # times its bytes, so the cache is bounded; a miss costs one decode. Sizes, the agents
    # active at once on the suite fleet and the decode cost: docs/performance.md, "Memory per
    # agent".
    state_cache_agents: int = Field(default=1_000, ge=1)
    log_level: Literal["debug", "info", "warning", "error"] = "warning"
    # The worker's event loop: uvloop (libuv) runs Faust's and aiokafka's per-message
    # machinery faster than asyncio's own loop (docs/performance.md); "asyncio" where
    # uvloop is not installed (it has no Windows build).
    event_loop: Literal["uvloop", "asyncio"] = "uvloop"
    # Consumer group membership (docs/reliability.md, "After a crash"). A dead worker's
    # partitions wait session_timeout_s for the broker to notice; heartbeats go every
    # heartbeat_interval_s (at most a third of it). instance_id (one per worker process, stable
    # across its restarts, e.g. a StatefulSet pod name) makes the membership static: a
    # worker restarted under the same id gets its partitions back at once, without a rebalance.
    session_timeout_s: float = Field(default=10.0, ge=1.0, le=300.0)
    heartbeat_interval_s: float = Field(default=3.0, gt=0)
    instance_id: str | None = Field(default=None, min_length=1, max_length=249)
    # Identical WARNING+ log lines after the first are summarised for this long (0: off).
    log_repeat_window_s: float = Field(default=60.0, ge=0)
    # Prometheus metrics at http://<metrics_host>:<metrics_port>/metrics (None: not served),
    # lag and task health refreshed every metrics_interval_s (docs/observability.md).
    metrics_host: str = "127.0.0.1"
    metrics_port: int | None = Field(default=9464, ge=0, le=65535)
    metrics_interval_s: float = Field(default=5.0, gt=0)

    @model_validator(mode="after")
    def _heartbeat_within_session(self) -> WorkerSettings:
        if self.heartbeat_interval_s * 3 > self.session_timeout_s:
            raise ValueError(
                "worker.heartbeat_interval_s must be at most a third of worker.session_timeout_s"
            )
        return self


class EnforcementSettings(_Frozen):
    host: str = "127.0.0.1"
    port: int = 8787
    point_id: str = "enforce-local"
    seen_commands: int = Field(default=100_000, ge=16)
    # What a check answers while the point cannot vouch for its state: before it has caught
    # up with the control topic, or after its follower stopped. "closed" refuses every
    # agent (HTTP 503); "open" lets them through (200, the reason says so) for deployments
    # that prefer availability. docs/control-protocol.md, "When the point is not ready".
    when_not_ready: Literal["closed", "open"] = "closed"
    # "fold": a check whose id equals a restricted id after Unicode NFKC and case folding is
    # refused as that one is ("BOT-1" when "Bot-1" is revoked); "exact": byte for byte. Ids
    # not in canonical form are refused either way (docs/control-protocol.md, "Identities").
    id_matching: Literal["fold", "exact"] = "fold"
    # The point is not ready (see when_not_ready) once it has not reached the broker for this
    # long: the bound on how stale the state a check answers from may be.
    max_staleness_s: float = Field(default=30.0, gt=0)
    # Identical log records (WARNING and above) after the first are dropped for this long,
    # then summarised ("[N more like this in the last T s]"); 0 logs every one.
    log_repeat_window_s: float = Field(default=60.0, ge=0)
    # Prometheus metrics at GET /metrics of the point's HTTP server, for authenticated
    # callers like /v1/check (docs/observability.md).
    metrics: bool = True


class DemoSettings(_Frozen):
    duration_s: float = 30.0
    rate_per_s: float = 150.0
    agents: int = 60
    seed: int = 7


class _SectionFileSource(PydanticBaseSettingsSource):
    """``config/detection.yaml`` as the ``behaviour`` section (lowest precedence)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        if not DETECTION_CONFIG.is_file():
            return {}
        data = yaml.safe_load(DETECTION_CONFIG.read_text()) or {}
        # Rule packs named in detection.yaml are paths relative to config/.
        if isinstance(data, dict):
            data = resolve_rule_packs(data, CONFIG_DIR)
        return {"behaviour": data}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MISSIONGUARD_",
        env_nested_delimiter="__",
        frozen=True,
        extra="ignore",
        # Errors name the field and the rule, never the value: it may be a secret.
        hide_input_in_errors=True,
    )

    config: Path = DEFAULT_CONFIG
    kafka: KafkaSettings = KafkaSettings()
    topics: TopicSettings = TopicSettings()
    broker: BrokerSettings = BrokerSettings()
    worker: WorkerSettings = WorkerSettings()
    detection: DetectionSettings = DetectionSettings()
    behaviour: DetectionConfig = DetectionConfig()
    enforcement: EnforcementSettings = EnforcementSettings()
    demo: DemoSettings = DemoSettings()
    sources: SourcesSettings = SourcesSettings()
    control: ControlSettings = ControlSettings()
    feedback: FeedbackSettings = FeedbackSettings()
    standards: StandardsSettings = StandardsSettings()
    missions: MissionSettings = MissionSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The YAML path itself may come from the environment or the init kwargs, so it is
        # looked up through those two sources before the YAML source is built.
        path = DEFAULT_CONFIG
        for source in (init_settings, env_settings):
            found: Any = source().get("config")
            if found:
                path = Path(found)
                break
        if not path.is_file() and path != DEFAULT_CONFIG:
            raise FileNotFoundError(f"MissionGuard config file not found: {path}")
        yaml_source = YamlConfigSettingsSource(
            settings_cls, yaml_file=path if path.is_file() else None
        )
        # Lowest precedence: config/detection.yaml as the ``behaviour`` section (sources
        # are deep-merged, so a ``behaviour:`` key in the main file overrides key by key).
        return (init_settings, env_settings, yaml_source, _SectionFileSource(settings_cls))

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with some sections replaced, e.g. for tests: ``s.with_overrides(kafka=...)``."""
        return self.model_copy(update=changes)


_config_path: Path | None = None


def use_config(path: Path | None) -> None:
    """Make ``path`` the YAML file of the process-wide settings (the CLI's ``--config``)."""
    global _config_path
    _config_path = path
    get_settings.cache_clear()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once (lazily, so importing never reads configuration)."""
    return Settings(config=_config_path) if _config_path else Settings()
