"""The embedded Kafka broker that the demo and the integration tests run on loopback.

Contract:

- ``LocalBroker(settings.broker)`` runs one Apache Kafka 4.x node in KRaft mode (broker and
  controller in one JVM) from Kafka's jars on Maven Central. Maven is needed once, to resolve
  the jars into ``broker.cache_dir``; Java 17+ is needed every time. ``start()`` is idempotent
  and returns only when the broker answers Kafka requests; ``stop()`` ends it; ``status()`` is
  cheap. The broker is a detached process: it outlives the Python process that started it.
  The first broker's clean exit leaves a JVM class archive in the cache that halves later
  start-up times.
- ``ensure_topics(bootstrap, settings.topics.all())`` creates the missing MissionGuard topics
  on any broker (embedded or external) and returns once their partitions have leaders; run it
  before a Faust worker starts, which ignores topics missing when it subscribes.
  ``wait_until_ready`` waits for a broker to answer.
- Every failure is a ``BrokerError`` whose message says what to install, free or look at.
"""

from __future__ import annotations

from missionguard.pipeline.kafka.exceptions import (
    BrokerError,
    BrokerStartTimeout,
    ClasspathResolutionFailed,
    JavaNotFound,
    MavenNotFound,
    PortInUse,
)
from missionguard.pipeline.kafka.topics import ensure_topics, ensure_topics_sync, wait_until_ready
from missionguard.pipeline.tools.devbroker.local import (
    BrokerStatus,
    LocalBroker,
    free_ports,
    port_is_free,
)

__all__ = [
    "BrokerError",
    "BrokerStartTimeout",
    "BrokerStatus",
    "ClasspathResolutionFailed",
    "JavaNotFound",
    "LocalBroker",
    "MavenNotFound",
    "PortInUse",
    "ensure_topics",
    "free_ports",
    "port_is_free",
    "ensure_topics_sync",
    "wait_until_ready",
]
