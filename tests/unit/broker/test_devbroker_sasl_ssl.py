"""The embedded broker's optional SASL_SSL listener (``broker.sasl_ssl``): what it adds to
the server properties and to ``kafka-storage format``. A broker started with it:
tests/integration/test_kafka_security.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from missionguard.pipeline.settings import BrokerSettings
from missionguard.pipeline.settings.kafka import BrokerSaslSslSettings, ScramUser
from missionguard.pipeline.tools.devbroker.properties import server_properties
from missionguard.pipeline.tools.devbroker.security import scram_format_args

SECRET = "alice-Secret-123"


def _settings(tmp_path: Path) -> BrokerSettings:
    return BrokerSettings(
        port=19092,
        controller_port=19093,
        data_dir=tmp_path,
        sasl_ssl=BrokerSaslSslSettings(
            port=19094,
            keystore=tmp_path / "broker.pem",
            users=(ScramUser(name="alice", password=SECRET),),
        ),
    )


def test_without_the_option_nothing_changes(tmp_path):
    plain = BrokerSettings(data_dir=tmp_path)
    assert server_properties(plain)["listeners"] == (
        "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    )
    assert not any("sasl" in key or "ssl" in key for key in server_properties(plain))
    assert scram_format_args(plain) == []


def test_the_listener_is_added_beside_plaintext(tmp_path):
    props = server_properties(_settings(tmp_path))
    assert props["listeners"].split(",") == [
        "PLAINTEXT://127.0.0.1:19092",
        "CONTROLLER://127.0.0.1:19093",
        "SASL_SSL://127.0.0.1:19094",
    ]
    assert props["advertised.listeners"].endswith(",SASL_SSL://127.0.0.1:19094")
    assert "SASL_SSL:SASL_SSL" in props["listener.security.protocol.map"].split(",")
    assert props["inter.broker.listener.name"] == "PLAINTEXT"
    assert props["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert "ScramLoginModule" in props["listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config"]
    assert props["listener.name.sasl_ssl.ssl.keystore.type"] == "PEM"
    assert props["listener.name.sasl_ssl.ssl.keystore.location"] == str(tmp_path / "broker.pem")
    assert SECRET not in repr(props)  # users are made at format time, not in the properties


def test_scram_users_are_made_at_format_time(tmp_path):
    assert scram_format_args(_settings(tmp_path)) == [
        "--add-scram",
        f"SCRAM-SHA-512=[name=alice,password={SECRET}]",
    ]
    assert SECRET not in repr(_settings(tmp_path))


@pytest.mark.parametrize("password", ["short", "has,comma-and]bracket", "spaces are bad"])
def test_passwords_that_would_break_the_format_argument_are_refused(password):
    with pytest.raises(ValidationError) as caught:
        ScramUser(name="alice", password=password)
    assert password not in str(caught.value)
