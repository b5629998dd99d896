"""Kafka over SASL_SSL with SCRAM-SHA-512 (docs/kafka-security.md), on an embedded broker of
this module with a SASL_SSL listener and certificates the test makes: the worker and an
enforcement point that reach Kafka only through that listener judge a hostile decision and
enforce its revocation; a wrong password and an untrusted CA fail at once, saying why, and
no password shows in any output."""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError

from missionguard.pipeline.control.keys import KeyRing
from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.kafka.security import client_kwargs, diagnose
from missionguard.pipeline.kafka.topics import ensure_topics
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings import BrokerSettings, Settings
from missionguard.pipeline.settings.kafka import BrokerSaslSslSettings, KafkaSettings, ScramUser
from missionguard.pipeline.tools.devbroker import BrokerError, LocalBroker, free_ports
from missionguard.pipeline.tools.worker_process import WorkerProcess, write_settings

from .kafka_tls import Pki, make_ca, make_pki

ROOT = Path(__file__).resolve().parents[2]
USER = "mg-worker"
WRONG = "Wrong-Password-0000"
PASSWORD_ENV = "MISSIONGUARD_KAFKA__SASL_PASSWORD"


@dataclass(frozen=True)
class SecureBroker:
    plain: str  # the PLAINTEXT listener: the broker's own, never given to MissionGuard here
    secure: str  # the SASL_SSL listener
    password: str
    pki: Pki
    untrusted_ca: Path

    def kafka(self, password: str | None = None, cafile: Path | None = None) -> KafkaSettings:
        return KafkaSettings(
            bootstrap_servers=self.secure,
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username=USER,
            sasl_password=password or self.password,
            ssl_cafile=cafile or self.pki.ca_file,
        )


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    root = tmp_path_factory.mktemp("kafka-sasl-ssl")
    pki = make_pki(root / "pki")
    untrusted, _, _ = make_ca(root / "other-ca", "untrusted-ca")
    password = "pw-" + secrets.token_hex(12)
    started = time.perf_counter()
    for attempt in (1, 2):  # a free port can be taken by another process before Kafka binds it
        port, controller_port, secure_port = free_ports(3)
        settings = BrokerSettings(
            port=port,
            controller_port=controller_port,
            data_dir=root / f"kafka-{attempt}",
            sasl_ssl=BrokerSaslSslSettings(
                port=secure_port,
                keystore=pki.keystore,
                mechanism="SCRAM-SHA-512",
                users=(ScramUser(name=USER, password=password),),
            ),
        )
        broker = LocalBroker(settings)
        try:
            broker.start(progress=lambda m: print(f"[sasl-broker] {m}", file=sys.stderr))
            break
        except BrokerError as exc:
            if attempt == 2:
                raise
            print(f"[sasl-broker] start failed, retrying: {exc}", file=sys.stderr)
    print(f"[sasl-broker] ready in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    try:
        yield SecureBroker(
            plain=f"127.0.0.1:{port}",
            secure=f"127.0.0.1:{secure_port}",
            password=password,
            pki=pki,
            untrusted_ca=untrusted,
        )
    finally:
        broker.stop()
        # The SCRAM password is on the format command line, not in the broker's files.
        assert password not in broker.log_file.read_text(errors="replace")


def _config(
    tmp_path: Path, kafka: KafkaSettings, monkeypatch: pytest.MonkeyPatch
) -> tuple[Settings, Path]:
    """A deployment's settings file on the secured listener (the password left out: it comes
    from MISSIONGUARD_KAFKA__SASL_PASSWORD, as in production)."""
    tag = uuid.uuid4().hex[:8]
    config = yaml.safe_load((ROOT / "config" / "missionguard.yaml").read_text())
    config["kafka"] = kafka.model_dump(mode="json", exclude={"sasl_password"})
    config["topics"]["prefix"] = f"sec-{tag}."
    config["broker"]["mode"] = "external"
    config["worker"].update(
        app_id=f"mg-sec-{tag}", state_dir=str(tmp_path / "state"), log_level="info"
    )
    path = tmp_path / "missionguard.yaml"
    path.write_text(yaml.safe_dump(config))
    assert kafka.sasl_password is not None
    with monkeypatch.context() as env:  # not for the whole test: conftest reads Settings()
        env.setenv(PASSWORD_ENV, kafka.sasl_password.get_secret_value())
        settings = Settings(config=path)
    write_settings(settings, path)
    assert "sasl_password" not in path.read_text()
    return settings, path


def _cli(path: Path, password: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **{PASSWORD_ENV: password})
    command = [sys.executable, "-m", "missionguard.pipeline.cli", "--config", str(path), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


async def test_worker_and_point_judge_and_enforce_over_sasl_ssl(
    secure_broker, tmp_path, make, monkeypatch
):
    settings, path = _config(tmp_path, secure_broker.kafka(), monkeypatch)
    assert settings.kafka.sasl_password is not None  # from the environment
    assert secure_broker.plain not in path.read_text()  # only the SASL_SSL listener
    topics = settings.topics
    await ensure_topics(settings.kafka, topics.all())  # the admin client, over SASL_SSL

    worker = WorkerProcess(path, tmp_path / "worker.log")
    began = time.perf_counter()
    with monkeypatch.context() as env:  # the child reads its password from the environment
        env.setenv(PASSWORD_ENV, secure_broker.password)
        worker.start(timeout_s=120)
    print(f"[sasl] worker ready in {time.perf_counter() - began:.1f}s", file=sys.stderr)
    point = EnforcementPoint(
        settings.kafka,
        topics.control_topic,
        point_id="sec-point",
        keyring=KeyRing.from_settings(settings.control),
    )
    producer = AIOKafkaProducer(**client_kwargs(settings.kafka), acks="all")
    agent = f"support-bot-{uuid.uuid4().hex[:6]}"
    try:
        await point.start()
        await producer.start()
        await producer.send_and_wait(
            topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
        )
        hostile = make.hostile(agent)
        sent = time.perf_counter()
        await producer.send_and_wait(topics.decisions_topic, dump_json(hostile), key=agent.encode())
        while point.check(agent).allowed:
            assert time.perf_counter() - sent < 60, "no revocation enforced within 60 s"
            await asyncio.sleep(0.01)
        print(f"[sasl] enforced {time.perf_counter() - sent:.3f}s after sending", file=sys.stderr)
        refusal = point.check(agent)
        assert refusal.restriction in ("revoke", "suspend") and refusal.command_id
        assert point.ready
    finally:
        await producer.stop()
        await point.stop()
        assert worker.stop() == 0
    log = (tmp_path / "worker.log").read_text(errors="replace")
    assert f"Authenticated as {USER} via SCRAM-SHA-512" in log  # aiokafka's own log line
    assert secure_broker.password not in log
    assert secure_broker.plain not in log


async def test_a_wrong_password_fails_at_once_saying_so(secure_broker, tmp_path, monkeypatch):
    kafka = secure_broker.kafka(password=WRONG)
    point = EnforcementPoint(kafka, "any-control-topic", point_id="wrong-pw", keyring=KeyRing([]))
    began = time.perf_counter()
    with pytest.raises(KafkaConnectionError) as caught:
        await point.start()
    assert time.perf_counter() - began < 30
    message = str(caught.value)
    assert f"refused the SASL credentials of user '{USER}' (SCRAM-SHA-512)" in message
    assert WRONG not in message and secure_broker.password not in message

    _, path = _config(tmp_path, kafka, monkeypatch)
    done = _cli(path, WRONG, "topics")
    out = done.stdout + done.stderr
    assert done.returncode != 0
    assert f"refused the SASL credentials of user '{USER}'" in out
    assert WRONG not in out

    worker = WorkerProcess(path, tmp_path / "worker.log")
    with (
        monkeypatch.context() as env,
        pytest.raises(RuntimeError, match="worker exited with 1") as exited,
    ):
        env.setenv(PASSWORD_ENV, WRONG)
        worker.start(timeout_s=90)
    assert "refused the SASL credentials" in str(exited.value)
    assert WRONG not in (tmp_path / "worker.log").read_text(errors="replace")


async def test_an_untrusted_ca_fails_at_once_saying_so(secure_broker, tmp_path, monkeypatch):
    kafka = secure_broker.kafka(cafile=secure_broker.untrusted_ca)
    point = EnforcementPoint(kafka, "any-control-topic", point_id="bad-ca", keyring=KeyRing([]))
    began = time.perf_counter()
    with pytest.raises(KafkaConnectionError) as caught:
        await point.start()
    assert time.perf_counter() - began < 30
    message = str(caught.value)
    assert "TLS certificate not trusted" in message and "untrusted-ca.pem" in message
    assert secure_broker.password not in message

    _, path = _config(tmp_path, kafka, monkeypatch)
    done = _cli(path, secure_broker.password, "topics")
    assert done.returncode != 0
    out = done.stdout + done.stderr
    assert "TLS certificate not trusted" in out
    assert secure_broker.password not in out


async def test_diagnose_names_an_unreachable_broker_quickly():
    port = free_ports(1)[0]
    kafka = KafkaSettings(
        bootstrap_servers=f"127.0.0.1:{port}",
        security_protocol="SASL_SSL",
        sasl_username=USER,
        sasl_password=WRONG,
    )
    why = await diagnose(kafka, timeout_s=5)
    assert why is not None and "no bootstrap server answered" in why and WRONG not in why
