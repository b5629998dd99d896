"""What operators see of a running worker and of enforcement points: Prometheus metrics
(:mod:`.metrics`; ``docs/observability.md``)."""

from missionguard.pipeline.observability.metrics import EnforcementMetrics, WorkerMetrics

__all__ = ["EnforcementMetrics", "WorkerMetrics"]
