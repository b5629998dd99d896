"""An optional SASL_SSL listener on the embedded broker (``broker.sasl_ssl``).

Beside the PLAINTEXT listener (which the broker's own inter-broker traffic, the controller
and the readiness probe keep using), the broker listens on ``sasl_ssl.port`` with TLS (its
key and certificate chain in one PEM file: Kafka reads PEM keystores, so no keytool) and
SASL/SCRAM, whose users are written into the metadata log when the storage is formatted
(``kafka-storage format --add-scram``, KIP-900): a KRaft broker cannot create SCRAM users
before it runs otherwise. For tests of clients against a broker secured like a corporate
one (docs/kafka-security.md); SCRAM passwords appear on the format command line. For the
single-node broker (``LocalBroker``): the nodes of a ``LocalCluster`` would all bind the one port.
"""

from __future__ import annotations

from missionguard.pipeline.settings import BrokerSettings

__all__ = ["LISTENER", "add_sasl_ssl_listener", "scram_format_args"]

LISTENER = "SASL_SSL"
_SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule required;"


def add_sasl_ssl_listener(entries: dict[str, str], settings: BrokerSettings) -> dict[str, str]:
    """``entries`` (``server_properties``) with the SASL_SSL listener added, when
    ``settings.sasl_ssl`` asks for one; unchanged otherwise."""
    listener = settings.sasl_ssl
    if listener is None:
        return entries
    address = f"{LISTENER}://{settings.host}:{listener.port}"
    mechanism = listener.mechanism.lower()
    prefix = f"listener.name.{LISTENER.lower()}"
    return entries | {
        "listeners": f"{entries['listeners']},{address}",
        "advertised.listeners": f"{entries['advertised.listeners']},{address}",
        "listener.security.protocol.map": (
            f"{entries['listener.security.protocol.map']},{LISTENER}:{LISTENER}"
        ),
        "sasl.enabled.mechanisms": listener.mechanism,
        f"{prefix}.sasl.enabled.mechanisms": listener.mechanism,
        f"{prefix}.{mechanism}.sasl.jaas.config": _SCRAM_LOGIN,
        f"{prefix}.ssl.keystore.type": "PEM",
        f"{prefix}.ssl.keystore.location": str(listener.keystore.expanduser().absolute()),
        f"{prefix}.ssl.client.auth": "none",
    }


def scram_format_args(settings: BrokerSettings) -> list[str]:
    """``kafka-storage format`` arguments that create the listener's SCRAM users."""
    listener = settings.sasl_ssl
    if listener is None:
        return []
    args = []
    for user in listener.users:
        secret = user.password.get_secret_value()
        args += ["--add-scram", f"{listener.mechanism}=[name={user.name},password={secret}]"]
    return args
