"""The one place that turns ``KafkaSettings`` into what an aiokafka client needs.

Every ``AIOKafkaProducer``, ``AIOKafkaConsumer`` and ``AIOKafkaAdminClient`` MissionGuard
builds takes ``**client_kwargs(target)``: the bootstrap servers plus the security protocol,
the TLS context and the SASL credentials of the settings (docs/kafka-security.md).
``tests/unit/pipeline/test_kafka_security.py`` fails when a construction site does not.
The worker's Faust app gets the same settings as Faust credentials
(``pipeline.runtime.kafka_credentials``).

A target is either the settings or a bare ``host:port[,host:port]`` string, which means a
PLAINTEXT broker (the embedded one, tests).
"""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path
from typing import Any

from missionguard.pipeline.settings.kafka import KafkaSettings

__all__ = [
    "KafkaSecurityError",
    "KafkaTarget",
    "bootstrap_of",
    "client_kwargs",
    "describe",
    "diagnose",
    "ssl_context",
]

KafkaTarget = str | KafkaSettings


class KafkaSecurityError(ValueError):
    """The security settings cannot be turned into a client (a missing or unreadable PEM
    file, a key that does not match its certificate). Never carries the password."""


def bootstrap_of(target: KafkaTarget) -> str:
    """The ``host:port`` list of ``target``.

    >>> bootstrap_of("10.0.0.5:9093")
    '10.0.0.5:9093'
    >>> bootstrap_of(KafkaSettings(bootstrap_servers="k1:9093,k2:9093"))
    'k1:9093,k2:9093'
    """
    return target if isinstance(target, str) else target.bootstrap_servers


def describe(target: KafkaTarget) -> str:
    """How a target is reached, for messages: addresses, protocol, user; never the password.

    >>> describe("127.0.0.1:19092")
    '127.0.0.1:19092'
    >>> describe(KafkaSettings(bootstrap_servers="k:9093", security_protocol="SASL_SSL",
    ...                        sasl_username="mg", sasl_password="s3cret"))
    'k:9093 (SASL_SSL, SCRAM-SHA-512 as mg)'
    """
    if isinstance(target, str) or target.security_protocol == "PLAINTEXT":
        return bootstrap_of(target)
    how: str = target.security_protocol
    if target.uses_sasl:
        how += f", {target.sasl_mechanism} as {target.sasl_username}"
    return f"{target.bootstrap_servers} ({how})"


def _pem(name: str, path: Path | None) -> str | None:
    if path is None:
        return None
    path = path.expanduser()
    if not path.is_file():
        raise KafkaSecurityError(f"kafka.{name}: {path} is not a file")
    return str(path)


def ssl_context(kafka: KafkaSettings) -> ssl.SSLContext:
    """The TLS context of ``kafka``: verifies the brokers against ``ssl_cafile`` (or the
    system's CAs), presents ``ssl_certfile``/``ssl_keyfile`` when set."""
    from aiokafka.helpers import create_ssl_context

    cafile = _pem("ssl_cafile", kafka.ssl_cafile)
    certfile = _pem("ssl_certfile", kafka.ssl_certfile)
    keyfile = _pem("ssl_keyfile", kafka.ssl_keyfile)
    try:
        context = create_ssl_context(cafile=cafile, certfile=certfile, keyfile=keyfile)
    except (ssl.SSLError, OSError) as exc:
        raise KafkaSecurityError(
            f"kafka TLS settings unusable (ssl_cafile={cafile}, ssl_certfile={certfile}, "
            f"ssl_keyfile={keyfile}): {exc}"
        ) from None
    context.check_hostname = kafka.ssl_check_hostname
    return context


def client_kwargs(target: KafkaTarget) -> dict[str, Any]:
    """Keyword arguments for any aiokafka client: ``bootstrap_servers`` and the security
    settings. Callers add their own (``client_id``, ``acks``, ``group_id``, ...).

    >>> client_kwargs("127.0.0.1:19092")
    {'bootstrap_servers': '127.0.0.1:19092', 'security_protocol': 'PLAINTEXT'}
    >>> kw = client_kwargs(KafkaSettings(security_protocol="SASL_SSL", sasl_username="mg",
    ...                                  sasl_password="s3cret"))
    >>> sorted(kw)  # doctest: +NORMALIZE_WHITESPACE
    ['bootstrap_servers', 'sasl_mechanism', 'sasl_plain_password', 'sasl_plain_username',
     'security_protocol', 'ssl_context']
    """
    if isinstance(target, str):
        return {"bootstrap_servers": target, "security_protocol": "PLAINTEXT"}
    kwargs: dict[str, Any] = {
        "bootstrap_servers": target.bootstrap_servers,
        "security_protocol": target.security_protocol,
    }
    if target.uses_tls:
        kwargs["ssl_context"] = ssl_context(target)
    if target.uses_sasl:
        assert target.sasl_password is not None  # the settings' validator says so
        kwargs["sasl_mechanism"] = target.sasl_mechanism
        kwargs["sasl_plain_username"] = target.sasl_username
        kwargs["sasl_plain_password"] = target.sasl_password.get_secret_value()
    return kwargs


async def diagnose(target: KafkaTarget, timeout_s: float = 10.0) -> str | None:
    """Why clients cannot reach ``target`` (None: the first bootstrap server that accepts a
    connection accepts this TLS and these credentials too).

    aiokafka logs the cause of a failed connection (a refused password, an untrusted
    certificate) and raises only "Unable to bootstrap"; this opens one connection itself to
    say which. The message names the user and the CA file, never the password.
    """
    from aiokafka.conn import create_conn
    from aiokafka.errors import KafkaError, SaslAuthenticationFailed

    kwargs = client_kwargs(target)
    servers = [s.strip() for s in kwargs.pop("bootstrap_servers").split(",") if s.strip()]
    user = target.sasl_username if isinstance(target, KafkaSettings) else None
    cafile = target.ssl_cafile if isinstance(target, KafkaSettings) else None
    unreachable = []
    for server in servers:
        host, _, port = server.rpartition(":")
        try:
            async with asyncio.timeout(timeout_s):
                conn = await create_conn(
                    host.strip("[]"), int(port), request_timeout_ms=int(timeout_s * 1000), **kwargs
                )
        except SaslAuthenticationFailed as exc:
            mechanism = kwargs.get("sasl_mechanism")
            return f"{server} refused the SASL credentials of user {user!r} ({mechanism}): {exc}"
        except ssl.SSLCertVerificationError as exc:
            trusted = f"kafka.ssl_cafile {cafile}" if cafile else "the system's trusted CAs"
            return (
                f"{server}: TLS certificate not trusted ({exc.verify_message}); it must be "
                f"signed by a CA in {trusted} and name the host unless "
                "kafka.ssl_check_hostname is false"
            )
        except ssl.SSLError as exc:
            return f"{server}: TLS handshake failed ({exc}); does it listen with TLS?"
        except (OSError, TimeoutError, ValueError) as exc:
            unreachable.append(f"{server}: {str(exc) or type(exc).__name__}")
            continue
        except KafkaError as exc:
            return f"{server}: {type(exc).__name__}: {exc}"
        conn.close()
        return None
    return "no bootstrap server answered (" + "; ".join(unreachable) + ")"
