"""Errors of the embedded broker: each says what went wrong and what to do about it."""

from __future__ import annotations

__all__ = [
    "BrokerError",
    "BrokerStartTimeout",
    "ClasspathResolutionFailed",
    "JavaNotFound",
    "MavenNotFound",
    "PortInUse",
]


class BrokerError(RuntimeError):
    """Base class: the local Kafka broker could not be prepared, started or stopped."""


class JavaNotFound(BrokerError):
    """No Java 17+ runtime at the configured ``broker.java`` command."""


class MavenNotFound(BrokerError):
    """No Maven at the configured ``broker.maven`` command (needed once, to fetch Kafka's jars)."""


class ClasspathResolutionFailed(BrokerError):
    """Maven ran but could not resolve Kafka's jars (offline, bad version, broken cache)."""


class BrokerStartTimeout(BrokerError):
    """The broker process did not answer Kafka requests in time, or died while starting."""


class PortInUse(BrokerError):
    """A port the broker needs is already taken by another process."""
