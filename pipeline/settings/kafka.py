"""How MissionGuard's Kafka clients reach the brokers: addresses, TLS and SASL.

Hung under ``Settings.kafka`` (``MISSIONGUARD_KAFKA__SECURITY_PROTOCOL=SASL_SSL``, ...); every
Kafka client MissionGuard makes (the worker's Faust app, enforcement points, the command
line's producers, consumers and admin clients) is built from these settings by
``pipeline.kafka.security.client_kwargs`` (docs/kafka-security.md).

The password is a ``SecretStr``: its repr, ``str()`` and JSON dump print ``**********``, and
validation errors of this section never echo their input.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

__all__ = [
    "BrokerSaslSslSettings",
    "KafkaSettings",
    "SaslMechanism",
    "ScramUser",
    "SecurityProtocol",
]

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN"]

_SASL = ("SASL_PLAINTEXT", "SASL_SSL")
_TLS = ("SSL", "SASL_SSL")


class KafkaSettings(BaseModel):
    # hide_input_in_errors: a validation error must not print the password it was given.
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    bootstrap_servers: str = "127.0.0.1:19092"
    client_id: str = "missionguard"
    # PLAINTEXT (the embedded broker), SSL (TLS, optionally a client certificate: mTLS),
    # SASL_PLAINTEXT (credentials without TLS: a trusted network only), SASL_SSL (both).
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism = "SCRAM-SHA-512"
    sasl_username: str | None = None
    # From the environment (MISSIONGUARD_KAFKA__SASL_PASSWORD) rather than a file in a
    # repository; never logged, printed or written by write_settings.
    sasl_password: SecretStr | None = None
    # PEM files. ssl_cafile: the CA that signed the brokers' certificates (unset: the
    # system's trusted CAs); ssl_certfile/ssl_keyfile: a client certificate and its key, for
    # brokers that require mTLS (ssl.client.auth=required).
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    # Whether the broker's certificate must name the host in bootstrap_servers. Turn off only
    # for brokers whose certificates name something else (the connection is still verified
    # against ssl_cafile).
    ssl_check_hostname: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> KafkaSettings:
        protocol = self.security_protocol
        if protocol in _SASL:
            if not self.sasl_username:
                raise ValueError(
                    f"kafka.security_protocol {protocol} needs kafka.sasl_username "
                    "(MISSIONGUARD_KAFKA__SASL_USERNAME)"
                )
            if self.sasl_password is None or not self.sasl_password.get_secret_value():
                raise ValueError(
                    f"kafka.security_protocol {protocol} needs kafka.sasl_password "
                    "(MISSIONGUARD_KAFKA__SASL_PASSWORD)"
                )
        elif self.sasl_username is not None or self.sasl_password is not None:
            raise ValueError(
                f"kafka.sasl_username/sasl_password are set but kafka.security_protocol is "
                f"{protocol}: use SASL_SSL (or SASL_PLAINTEXT) to send them"
            )
        if protocol not in _TLS:
            given = [
                name
                for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile")
                if getattr(self, name) is not None
            ]
            if given:
                raise ValueError(
                    f"kafka.{', kafka.'.join(given)} set but kafka.security_protocol is "
                    f"{protocol}: use SSL or SASL_SSL for TLS"
                )
        if self.ssl_keyfile is not None and self.ssl_certfile is None:
            raise ValueError("kafka.ssl_keyfile is set without kafka.ssl_certfile")
        return self

    @property
    def uses_tls(self) -> bool:
        return self.security_protocol in _TLS

    @property
    def uses_sasl(self) -> bool:
        return self.security_protocol in _SASL


class ScramUser(BaseModel):
    """A SCRAM user the embedded broker is formatted with (``kafka-storage format
    --add-scram``)."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9._-]+$")
    # Letters, digits and ._- only: the value goes into --add-scram's "[name=..,password=..]".
    password: SecretStr

    @field_validator("password")
    @classmethod
    def _plain(cls, value: SecretStr) -> SecretStr:
        if not re.fullmatch(r"[A-Za-z0-9._-]{8,}", value.get_secret_value()):
            raise ValueError("a SCRAM user's password: 8 or more letters, digits, '.', '_', '-'")
        return value


class BrokerSaslSslSettings(BaseModel):
    """An extra SASL_SSL listener on the embedded broker (``broker.sasl_ssl``): TLS with the
    broker certificate in ``keystore`` and SCRAM users, beside the PLAINTEXT listener that the
    broker itself and its readiness probe keep using. For testing clients against a broker
    like a corporate one (docs/kafka-security.md); not a production broker."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    port: int = Field(ge=1, le=65535)
    # One PEM file: the broker's private key (PKCS#8, unencrypted) and its certificate chain.
    keystore: Path
    mechanism: Literal["SCRAM-SHA-256", "SCRAM-SHA-512"] = "SCRAM-SHA-512"
    users: tuple[ScramUser, ...] = ()
