"""Revocations mirrored into a real Open Policy Agent: allowed, revoked by a command on the
control topic, denied by OPA's policy (config/opa/missionguard.rego), allowed again after the
command's expiry or after a signed reinstate.

OPA is built from the Go module proxy the first time (``go install``, several minutes on a
small machine) and cached under ``~/.cache/missionguard/opa/<version>/opa``.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import pytest
import yaml

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import KeyRing, load_signing_key
from missionguard.pipeline.control.publish import publish_signed, reinstate_command
from missionguard.pipeline.enforcement import EnforcementPoint
from missionguard.pipeline.enforcement.opa import OpaRevocationSync
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings import Settings

OPA_VERSION = "v1.22.4"
ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "config" / "opa" / "missionguard.rego"
TTL_S = 8


def _opa_binary() -> Path:
    cached = Path.home() / ".cache" / "missionguard" / "opa" / OPA_VERSION / "opa"
    if cached.is_file():
        return cached
    go = shutil.which("go")
    if go is None:
        pytest.fail(f"OPA {OPA_VERSION} is not cached at {cached} and Go is not installed")
    build = cached.parent / f".build-{os.getpid()}"
    build.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"[opa] building {OPA_VERSION} with {go} (first run only) ...", file=sys.stderr)
    env = {**os.environ, "GOBIN": str(build), "GOFLAGS": "-mod=mod"}
    subprocess.run(
        [go, "install", f"github.com/open-policy-agent/opa@{OPA_VERSION}"],
        env=env,
        check=True,
        timeout=45 * 60,
    )
    (build / "opa").rename(cached)
    shutil.rmtree(build, ignore_errors=True)
    print(f"[opa] built in {time.perf_counter() - started:.0f}s -> {cached}", file=sys.stderr)
    return cached


@pytest.fixture(scope="module")
def opa_url(
    tmp_path_factory: pytest.TempPathFactory, free_port: Callable[[], int]
) -> Iterator[str]:
    binary = _opa_binary()
    port = free_port()
    log = tmp_path_factory.mktemp("opa") / "opa.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [str(binary), "run", "--server", "--addr", f"127.0.0.1:{port}", str(POLICY)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"OPA did not start:\n{log.read_text()[-2000:]}") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


async def _opa_allows(http: aiohttp.ClientSession, url: str, agent: str, cred: str | None):
    payload = {"input": {"agent_id": agent, "credential_id": cred}}
    async with http.post(f"{url}/v1/data/missionguard/authz", json=payload) as resp:
        resp.raise_for_status()
        result = (await resp.json())["result"]
    return result["allow"], result["deny"]


async def _until(check: Callable[[], object], what: str, timeout_s: float = 20.0) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if await check():
            return time.perf_counter() - started
        await asyncio.sleep(0.05)
    raise TimeoutError(f"not within {timeout_s}s: {what}")


# The first run builds OPA inside this test's setup (~12 min cold on a 2-CPU machine).
@pytest.mark.timeout(45 * 60)
async def test_opa_denies_revoked_agents_until_expiry_or_reinstate(
    make, deployment, producer, opa_url, tmp_path
):
    config = yaml.safe_load(deployment.config_path.read_text())
    config["control"] = {"key_dir": str(tmp_path / "keys")}
    config["detection"]["revoke_ttl_s"] = TTL_S
    deployment.config_path.write_text(yaml.safe_dump(config))
    s = deployment.settings = Settings(config=deployment.config_path)
    topics = s.topics
    deployment.start_worker()
    sync = OpaRevocationSync(opa_url)
    point = EnforcementPoint(
        s.kafka.bootstrap_servers,
        topics.control_topic,
        point_id="it-opa",
        keyring=KeyRing.from_settings(s.control),
        plugins=[sync],
    )
    await point.start()
    reinstated, expiring = (f"{n}-{uuid.uuid4().hex[:6]}" for n in ("reinstated", "expiring"))
    try:
        async with aiohttp.ClientSession() as http:

            async def allows(agent: str, cred: str | None = None) -> bool:
                return (await _opa_allows(http, opa_url, agent, cred))[0]

            async def revoke(agent: str) -> float:
                """Revoke through the worker; returns when (perf_counter) it was sent."""
                assert await allows(agent, f"cred-{agent}")
                await producer.send_and_wait(
                    topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
                )
                await asyncio.sleep(0.5)  # the mission first (another topic: no order)
                sent = time.perf_counter()
                await producer.send_and_wait(
                    topics.decisions_topic, dump_json(make.hostile(agent)), key=agent.encode()
                )

                async def denied() -> bool:
                    return not await allows(agent)

                took = await _until(denied, f"OPA denies {agent}")
                print(f"\n[opa] {agent}: decision -> denied by OPA in {took * 1000:.0f} ms")
                _, reasons = await _opa_allows(http, opa_url, agent, None)
                assert "revoke by MissionGuard" in reasons[0]
                # Its credential is refused whoever presents it.
                assert not await allows("someone-else", f"cred-{agent}")
                return sent

            async def in_opa(kind: str, subject: str) -> bool:
                async with http.get(f"{opa_url}/v1/data/missionguard/revoked/{kind}") as resp:
                    return subject in (await resp.json())["result"]

            # Reinstate: an operator's signed command lifts agent and credential at once,
            # well before the revocation would have expired.
            sent = await revoke(reinstated)
            signer = CommandSigner(load_signing_key(s.control))
            await publish_signed(
                s.kafka.bootstrap_servers,
                topics.control_topic,
                signer,
                reinstate_command(reinstated, [f"cred-{reinstated}"], "analyst: false positive"),
            )

            async def lifted() -> bool:
                return not await in_opa("agents", reinstated) and not await in_opa(
                    "credentials", f"cred-{reinstated}"
                )

            await _until(lifted, "reinstate removes agent and credential from OPA")
            assert await allows(reinstated, f"cred-{reinstated}")
            assert time.perf_counter() - sent < TTL_S, "too slow: expiry, not reinstate, lifted it"

            # Expiry: the Rego policy stops denying once expires_at passes, while the
            # document is still in OPA (nothing deleted it).
            sent = await revoke(expiring)

            async def expired() -> bool:
                return await allows(expiring)

            await _until(expired, "expiry lifts the denial", timeout_s=TTL_S + 15)
            lifted_after = time.perf_counter() - sent
            assert await in_opa("agents", expiring)
            assert lifted_after > TTL_S - 2  # decision time -> expiry, less send/judge delay
            print(f"[opa] {expiring}: allowed again {lifted_after:.1f}s after (ttl {TTL_S}s)")
    finally:
        await point.stop()
    assert sync.failures == 0 and point.rejected == 0
