"""Callers of the check service authenticate (issue 15, defect 5): a bearer token, compared
in constant time, from the settings (and so from the environment) or a generated dev token
file; or a client certificate (mTLS). ``/healthz`` stays open."""

from __future__ import annotations

import datetime as dt
import ssl
import stat
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.auth import load_token
from missionguard.pipeline.enforcement.http import build_http_app, serve_http
from missionguard.pipeline.settings import Settings
from missionguard.pipeline.settings.control import (
    HttpAuthSettings,
    HttpCheckSettings,
    HttpTlsSettings,
)

from .conftest import T0, command

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def point(ring, issuer) -> EnforcementPoint:
    point = EnforcementPoint("127.0.0.1:1", "control", clock=lambda: T0, keyring=ring)
    signed = issuer.sign(command("c1", agent="bad"))
    assert point.handle(signed.value, signed.headers, signed.key)
    return point


PROTECTED = [
    ("get", "/v1/check?agent_id=good"),
    ("get", "/v1/revocations"),
    ("post", "/ext_authz/api/x"),
]


async def test_without_the_token_nothing_but_healthz_answers(point):
    http = HttpCheckSettings(auth=HttpAuthSettings(token=TOKEN))
    async with TestClient(TestServer(build_http_app(point, http))) as client:
        for method, path in PROTECTED:
            for headers in (
                {"x-agent-id": "good"},
                {"x-agent-id": "good", "Authorization": "Bearer wrong-token-wrong-token"},
                {"x-agent-id": "good", "Authorization": TOKEN},  # not a bearer token
            ):
                resp = await getattr(client, method)(path, headers=headers)
                assert resp.status == 401, (path, headers)
                assert resp.headers["WWW-Authenticate"].startswith("Bearer")
                assert "bad" not in await resp.text()  # nothing of the state leaks
            for good in ({"Authorization": f"Bearer {TOKEN}"}, {"x-missionguard-token": TOKEN}):
                resp = await getattr(client, method)(path, headers={"x-agent-id": "good", **good})
                assert resp.status == 200, (path, good)
        assert (await client.get("/healthz")).status in (200, 503)


def test_the_token_comes_from_the_environment_through_the_settings(monkeypatch):
    monkeypatch.setenv("MISSIONGUARD_CONTROL__HTTP__AUTH__TOKEN", TOKEN)
    settings = Settings()
    assert load_token(settings.control.http) == TOKEN
    assert TOKEN not in repr(settings.control.http)  # a secret, not printed


def test_a_dev_token_is_generated_once_and_private(tmp_path: Path):
    auth = HttpAuthSettings(token_file=tmp_path / "state" / "enforce.token")
    first = load_token(HttpCheckSettings(auth=auth))
    assert len(first) >= 32 and load_token(HttpCheckSettings(auth=auth)) == first
    assert stat.S_IMODE(auth.token_file.stat().st_mode) == 0o600
    strict = HttpAuthSettings(token_file=tmp_path / "missing", generate_dev_token=False)
    with pytest.raises(FileNotFoundError, match="MISSIONGUARD_CONTROL__HTTP__AUTH__TOKEN"):
        load_token(HttpCheckSettings(auth=strict))


def test_a_short_token_is_refused_at_start():
    with pytest.raises(ValueError, match="16 characters"):
        build_http_app(
            EnforcementPoint("127.0.0.1:1", "c", keyring=_empty_ring()),
            HttpCheckSettings(auth=HttpAuthSettings(token="short")),
        )


def _empty_ring():
    from missionguard.pipeline.control.keys import KeyRing

    return KeyRing([])


def _cert(subject: str, key, issuer_cert=None, issuer_key=None, ca: bool = False, san=None):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_cert.subject if issuer_cert else name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
    return builder.sign(issuer_key or key, hashes.SHA256())


def _write(path: Path, cert, key=None) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    if key is not None:
        path.with_suffix(".key").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return path


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, Path]:
    import ipaddress

    ca_key, server_key, client_key, rogue_key = (
        ec.generate_private_key(ec.SECP256R1()) for _ in range(4)
    )
    ca = _cert("test ca", ca_key, ca=True)
    server = _cert(
        "127.0.0.1",
        server_key,
        ca,
        ca_key,
        san=[x509.IPAddress(ipaddress.ip_address("127.0.0.1"))],
    )
    client = _cert("gateway", client_key, ca, ca_key)
    rogue = _cert("rogue", rogue_key)  # self-signed: not from the CA
    return {
        "ca": _write(tmp_path / "ca.pem", ca),
        "server": _write(tmp_path / "server.pem", server, server_key),
        "client": _write(tmp_path / "client.pem", client, client_key),
        "rogue": _write(tmp_path / "rogue.pem", rogue, rogue_key),
    }


async def test_mtls_callers_need_a_certificate_from_the_client_ca(point, pki):
    http = HttpCheckSettings(
        auth=HttpAuthSettings(mode="mtls"),
        tls=HttpTlsSettings(
            cert_file=pki["server"],
            key_file=pki["server"].with_suffix(".key"),
            client_ca=pki["ca"],
        ),
    )
    runner = await serve_http(point, "127.0.0.1", 0, http)
    base = f"https://127.0.0.1:{runner.addresses[0][1]}"

    def context(cert: str | None) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=pki["ca"])
        if cert:
            ctx.load_cert_chain(pki[cert], pki[cert].with_suffix(".key"))
        return ctx

    try:
        async with aiohttp.ClientSession() as session:
            anonymous = context(None)
            async with session.get(f"{base}/v1/check?agent_id=bad", ssl=anonymous) as resp:
                assert resp.status == 401
            async with session.get(f"{base}/healthz", ssl=anonymous) as resp:
                assert resp.status in (200, 503)  # open; this point was never started
            async with session.get(f"{base}/v1/check?agent_id=bad", ssl=context("client")) as r:
                assert r.status == 403
            with pytest.raises(aiohttp.ClientError):
                async with session.get(f"{base}/v1/revocations", ssl=context("rogue")) as r:
                    pass
    finally:
        await runner.cleanup()


def test_mtls_without_a_client_ca_is_refused_at_start(point):
    with pytest.raises(ValueError, match="client_ca"):
        build_http_app(point, HttpCheckSettings(auth=HttpAuthSettings(mode="mtls")))
