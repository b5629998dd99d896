"""Kafka TLS and SASL from settings (docs/kafka-security.md): the settings' rules, the one
helper every client is built with, Faust's credentials, and that no construction site in
the code bypasses the helper. Against a real SASL_SSL broker:
tests/integration/test_kafka_security.py."""

from __future__ import annotations

import ast
import os
import ssl
import subprocess
import sys
from pathlib import Path

import faust
import pytest
from pydantic import ValidationError

from missionguard.pipeline.kafka.security import (
    KafkaSecurityError,
    client_kwargs,
    describe,
)
from missionguard.pipeline.runtime.kafka_credentials import (
    app_client_kwargs,
    broker_credentials,
    worker_event_loop,
)
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.settings.kafka import KafkaSettings
from tests.integration.kafka_tls import make_pki

ROOT = Path(__file__).resolve().parents[3]
SECRET = "pw-Never-Shown-42"


def sasl_ssl(**changes: object) -> KafkaSettings:
    base: dict[str, object] = dict(
        bootstrap_servers="127.0.0.1:9093",
        security_protocol="SASL_SSL",
        sasl_username="mg-worker",
        sasl_password=SECRET,
    )
    return KafkaSettings(**(base | changes))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory):
    return make_pki(tmp_path_factory.mktemp("pki"))


# -- settings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "says"),
    [
        (dict(security_protocol="SASL_SSL", sasl_password=SECRET), "needs kafka.sasl_username"),
        (dict(security_protocol="SASL_PLAINTEXT", sasl_username="u"), "needs kafka.sasl_password"),
        (dict(security_protocol="SASL_SSL", sasl_username="u", sasl_password=""), "sasl_password"),
        (dict(sasl_username="u", sasl_password=SECRET), "use SASL_SSL"),
        (dict(security_protocol="SSL", sasl_password=SECRET), "use SASL_SSL"),
        (dict(ssl_cafile="/ca.pem"), "use SSL or SASL_SSL"),
        (dict(security_protocol="SASL_PLAINTEXT", sasl_username="u", sasl_password=SECRET,
              ssl_cafile="/ca.pem"), "kafka.ssl_cafile set"),
        (dict(security_protocol="SSL", ssl_keyfile="/k.pem"), "ssl_keyfile is set without"),
        (dict(security_protocol="SASL_SCRAM"), "security_protocol"),
        (dict(security_protocol="SASL_SSL", sasl_username="u", sasl_password=SECRET,
              sasl_mechanism="GSSAPI"), "sasl_mechanism"),
    ],
)  # fmt: skip
def test_inconsistent_security_settings_are_refused_clearly(given, says):
    with pytest.raises(ValidationError) as caught:
        KafkaSettings(**given)
    assert says in str(caught.value)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)


def test_the_password_never_shows_in_reprs_dumps_or_errors(monkeypatch):
    k = sasl_ssl()
    for text in (repr(k), str(k), k.model_dump_json(), repr(k.model_dump()), describe(k)):
        assert SECRET not in text
    # Through the environment, as in production; an error elsewhere in the section must not
    # echo the section's input (the password with it).
    monkeypatch.setenv("MISSIONGUARD_KAFKA__SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("MISSIONGUARD_KAFKA__SASL_PASSWORD", SECRET)
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert "needs kafka.sasl_username" in str(caught.value) and SECRET not in str(caught.value)
    monkeypatch.setenv("MISSIONGUARD_KAFKA__SASL_USERNAME", "mg-worker")
    s = Settings()
    assert s.kafka.sasl_password is not None
    assert s.kafka.sasl_password.get_secret_value() == SECRET
    assert SECRET not in repr(s) and SECRET not in s.model_dump_json()


def test_write_settings_never_writes_the_password(tmp_path):
    from missionguard.pipeline.tools.worker_process import write_settings

    path = write_settings(Settings().with_overrides(kafka=sasl_ssl()), tmp_path / "s.yaml")
    text = path.read_text()
    assert SECRET not in text and "sasl_password" not in text and "mg-worker" in text


def test_the_cli_error_output_never_shows_the_password(tmp_path):
    """A configuration error: the command says what is wrong, exits non-zero, and does not
    print the password (a refused password: tests/integration/test_kafka_security.py)."""
    env = dict(os.environ, MISSIONGUARD_KAFKA__SECURITY_PROTOCOL="SASL_SSL")
    env["MISSIONGUARD_KAFKA__SASL_PASSWORD"] = SECRET
    command = [sys.executable, "-m", "missionguard.pipeline.cli", "topics"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "needs kafka.sasl_username" in done.stdout + done.stderr
    assert SECRET not in done.stdout + done.stderr


# -- the client helper -----------------------------------------------------------------


def test_plaintext_targets_need_nothing_else():
    assert client_kwargs(KafkaSettings(bootstrap_servers="k:9092")) == {
        "bootstrap_servers": "k:9092",
        "security_protocol": "PLAINTEXT",
    }


def test_sasl_ssl_gives_tls_and_scram(pki):
    kw = client_kwargs(sasl_ssl(ssl_cafile=pki.ca_file, sasl_mechanism="SCRAM-SHA-256"))
    assert kw["security_protocol"] == "SASL_SSL"
    assert kw["sasl_mechanism"] == "SCRAM-SHA-256"
    assert (kw["sasl_plain_username"], kw["sasl_plain_password"]) == ("mg-worker", SECRET)
    context = kw["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert [c["subject"] for c in context.get_ca_certs()] == [((("commonName", "test-ca"),),)]


def test_ssl_with_a_client_certificate_and_no_hostname_check(pki):
    k = KafkaSettings(
        security_protocol="SSL",
        ssl_cafile=pki.ca_file,
        ssl_certfile=pki.keystore,  # key and chain in one PEM: its key is found there
        ssl_check_hostname=False,
    )
    kw = client_kwargs(k)
    assert kw["security_protocol"] == "SSL" and "sasl_mechanism" not in kw
    assert not kw["ssl_context"].check_hostname
    assert kw["ssl_context"].verify_mode == ssl.CERT_REQUIRED  # still verified against the CA


def test_a_missing_or_unusable_pem_file_is_named(tmp_path, pki):
    with pytest.raises(KafkaSecurityError, match=r"kafka.ssl_cafile: .*missing.pem is not a file"):
        client_kwargs(sasl_ssl(ssl_cafile=tmp_path / "missing.pem"))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    with pytest.raises(KafkaSecurityError, match="TLS settings unusable") as caught:
        client_kwargs(sasl_ssl(ssl_cafile=pki.ca_file, ssl_certfile=garbage))
    assert SECRET not in str(caught.value)


# -- Faust ------------------------------------------------------------------------------


def test_faust_credentials_carry_scram_and_tls(pki):
    creds = broker_credentials(sasl_ssl(ssl_cafile=pki.ca_file))
    assert isinstance(creds, faust.SASLCredentials)
    assert creds.protocol.value == "SASL_SSL" and creds.mechanism.value == "SCRAM-SHA-512"
    assert creds.username == "mg-worker" and creds.password == SECRET
    assert isinstance(creds.ssl_context, ssl.SSLContext)
    assert SECRET not in repr(creds)

    plain = broker_credentials(
        KafkaSettings(security_protocol="SASL_PLAINTEXT", sasl_username="u", sasl_password="p")
    )
    assert isinstance(plain, faust.SASLCredentials)
    assert plain.protocol.value == "SASL_PLAINTEXT" and plain.ssl_context is None
    tls = broker_credentials(KafkaSettings(security_protocol="SSL", ssl_cafile=pki.ca_file))
    assert isinstance(tls, faust.SSLCredentials) and tls.protocol.value == "SSL"
    assert broker_credentials(KafkaSettings()) is None


def test_the_worker_app_and_its_own_clients_use_the_settings(tmp_path, pki):
    """The Faust app gets the credentials, and the state store's bulk-restore consumer (built
    from the app's conf) connects as the app does."""
    from missionguard.pipeline.runtime.app import create_app

    base = Settings()
    settings = base.with_overrides(
        kafka=sasl_ssl(ssl_cafile=pki.ca_file, bootstrap_servers="k1:9093,k2:9094"),
        worker=base.worker.model_copy(update={"state_dir": tmp_path / "state"}),
    )
    mg = create_app(settings)
    creds = mg.app.conf.broker_credentials
    assert isinstance(creds, faust.SASLCredentials) and creds.protocol.value == "SASL_SSL"
    kw = app_client_kwargs(mg.app)
    assert kw["bootstrap_servers"] == "k1:9093,k2:9094"
    assert kw["security_protocol"] == "SASL_SSL" and kw["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kw["sasl_plain_username"] == "mg-worker" and kw["sasl_plain_password"] == SECRET
    assert isinstance(kw["ssl_context"], ssl.SSLContext)
    plain = create_app(base.with_overrides(worker=settings.worker))
    assert app_client_kwargs(plain.app)["security_protocol"] == "PLAINTEXT"


def test_a_worker_on_tls_runs_on_asyncios_loop():
    """uvloop's TLS close waits 30 s for a close_notify Kafka's TLS 1.3 does not send."""
    base = Settings()
    uv = base.worker.model_copy(update={"event_loop": "uvloop"})
    assert worker_event_loop(base.with_overrides(worker=uv)) == "uvloop"
    tls = base.with_overrides(kafka=sasl_ssl(), worker=uv)
    assert worker_event_loop(tls) == "asyncio"
    sasl_plain = KafkaSettings(
        security_protocol="SASL_PLAINTEXT", sasl_username="u", sasl_password="p"
    )
    assert worker_event_loop(base.with_overrides(kafka=sasl_plain, worker=uv)) == "uvloop"


# -- no construction site bypasses the helper -------------------------------------------

CLIENTS = {"AIOKafkaProducer", "AIOKafkaConsumer", "AIOKafkaAdminClient", "AIOKafkaClient"}
HELPERS = {"client_kwargs", "app_client_kwargs"}
# Files allowed to build a client without the helper, and why.
EXEMPT = {
    # The dev cluster's probe of its own nodes' PLAINTEXT listeners (never a configured Kafka).
    "pipeline/tools/devbroker/local.py": "probes the embedded broker's own PLAINTEXT listener",
}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _client_calls() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in CLIENTS:
                found.append((str(path.relative_to(ROOT)), node.lineno, node))
    return found


def test_every_kafka_client_is_built_with_the_security_helper():
    calls = _client_calls()
    assert len(calls) >= 17  # the scan sees the construction sites
    bypass = []
    for where, line, call in calls:
        helped = any(
            kw.arg is None and isinstance(kw.value, ast.Call) and _name(kw.value.func) in HELPERS
            for kw in call.keywords
        )
        if not helped and where not in EXEMPT:
            bypass.append(f"{where}:{line}")
    assert bypass == [], "build Kafka clients with **client_kwargs(settings.kafka)"


def test_the_faust_app_gets_the_broker_credentials():
    app_py = ROOT / "pipeline" / "runtime" / "app.py"
    apps = [
        node
        for node in ast.walk(ast.parse(app_py.read_text()))
        if isinstance(node, ast.Call) and _name(node.func) == "App"
    ]
    assert apps and all(
        any(kw.arg == "broker_credentials" for kw in call.keywords) for call in apps
    )
