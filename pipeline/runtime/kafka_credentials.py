"""The worker's Kafka security, in Faust's terms and back (docs/kafka-security.md).

:func:`broker_credentials` turns ``KafkaSettings`` into the app's ``broker_credentials``:
faust-streaming's ``SASLCredentials`` takes SCRAM-SHA-256/512 and PLAIN as its ``mechanism``
and means SASL_SSL when given an ``ssl_context`` (SASL_PLAINTEXT without); ``SSLCredentials``
means TLS alone. Faust's aiokafka driver passes them to every consumer, producer and
topic-creating client it makes.

:func:`app_client_kwargs` goes the other way for the plain aiokafka clients the runtime
makes beside Faust's own (the state store's bulk restore): the app's brokers and
credentials as aiokafka keyword arguments, so such a client connects exactly as Faust does.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.types import AppT

from missionguard.pipeline.kafka.security import ssl_context
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.settings.kafka import KafkaSettings

__all__ = ["app_client_kwargs", "broker_credentials", "worker_event_loop"]


def broker_credentials(
    kafka: KafkaSettings,
) -> faust.SASLCredentials | faust.SSLCredentials | None:
    """Faust's ``broker_credentials`` for ``kafka`` (None: PLAINTEXT)."""
    context = ssl_context(kafka) if kafka.uses_tls else None
    if kafka.uses_sasl:
        assert kafka.sasl_password is not None  # the settings' validator says so
        return faust.SASLCredentials(
            username=kafka.sasl_username,
            password=kafka.sasl_password.get_secret_value(),
            ssl_context=context,
            mechanism=kafka.sasl_mechanism,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def app_client_kwargs(app: AppT) -> dict[str, Any]:
    """aiokafka keyword arguments that reach the brokers of ``app`` as its own clients do:
    ``bootstrap_servers`` from ``app.conf.broker``, security from its credentials."""
    conf = app.conf
    kwargs: dict[str, Any] = {
        "bootstrap_servers": ",".join(f"{u.host}:{u.port or 9092}" for u in conf.broker)
    }
    credentials = conf.broker_credentials
    if isinstance(credentials, faust.SASLCredentials):
        kwargs.update(
            security_protocol=credentials.protocol.value,
            sasl_mechanism=credentials.mechanism.value,
            sasl_plain_username=credentials.username,
            sasl_plain_password=credentials.password,
            ssl_context=credentials.ssl_context,
        )
    elif isinstance(credentials, faust.SSLCredentials):
        kwargs.update(security_protocol="SSL", ssl_context=credentials.context)
    elif credentials is not None:
        raise ValueError(f"unsupported Kafka credentials for the worker: {type(credentials)}")
    elif conf.ssl_context is not None:
        kwargs.update(security_protocol="SSL", ssl_context=conf.ssl_context)
    else:
        kwargs["security_protocol"] = "PLAINTEXT"
    return kwargs


def worker_event_loop(settings: Settings) -> str:
    """The event loop the worker runs on: ``worker.event_loop``, except asyncio's own when
    the brokers speak TLS. uvloop's TLS transport waits for the broker's close_notify when
    a connection closes, which Kafka's TLS 1.3 does not send: every client that stops
    (the state store's bulk-restore consumer, at each rebalance) then hangs for 30 s
    (measured with aiokafka 0.14, uvloop 0.23 and Kafka 4.1; asyncio's loop closes at once).
    Taken: asyncio's loop (slower, docs/performance.md) over TLS 1.2 (docs/kafka-security.md).
    """
    if settings.kafka.uses_tls and settings.worker.event_loop == "uvloop":
        return "asyncio"
    return settings.worker.event_loop
