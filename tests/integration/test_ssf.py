"""SSF/CAEP on a real broker: a real worker revokes an agent, ``missionguard ssf push`` (the
real CLI, as a process) turns the signed command into Security Event Tokens and pushes them
to a local receiver that verifies each one; forged and unsigned commands injected on the
control topic before it produce no SET."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import uuid
from datetime import UTC, datetime, timedelta

from aiohttp import web
from aiokafka import AIOKafkaConsumer, TopicPartition
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.keys import KeyRing, SigningKey
from missionguard.pipeline.records import RevocationCommand, dump_json
from missionguard.pipeline.settings import PROJECT_ROOT
from missionguard.pipeline.standards.ssf import CREDENTIAL_CHANGE, SESSION_REVOKED, verify_set

from .outputs import wait_settled


class VerifyingReceiver:
    """An SSF push receiver (RFC 8935) that verifies every SET before accepting it."""

    def __init__(self, ring: KeyRing, audience: str, issuer: str) -> None:
        self.keys = {kid: k.public_key for kid, k in ring.keys.items()}
        self.audience, self.issuer = audience, issuer
        self.valid: list[dict] = []
        self.invalid: list[str] = []
        self.changed = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        token = (await request.read()).decode()
        try:
            assert request.content_type == "application/secevent+jwt", request.content_type
            claims = verify_set(token, self.keys, audience=self.audience, issuer=self.issuer)
        except Exception as exc:  # any failure is what a receiver must refuse
            self.invalid.append(f"{type(exc).__name__}: {exc}")
            self.changed.set()
            return web.json_response({"err": "invalid_key", "description": str(exc)}, status=400)
        self.valid.append(claims)
        self.changed.set()
        return web.Response(status=202)

    async def wait_for(self, predicate, timeout_s: float) -> None:
        async def _until() -> None:
            while not predicate():
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(_until(), timeout_s)


async def test_revocation_reaches_an_ssf_receiver_as_verified_sets(
    make, free_port, deployment, producer
):
    s = deployment.settings
    topics = s.topics
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}/ssf/events"
    ring = KeyRing.from_settings(s.control)  # creates the dev key the worker will sign with
    receiver = VerifyingReceiver(ring, endpoint, s.standards.ssf.issuer)
    app = web.Application()
    app.router.add_post("/ssf/events", receiver.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()

    agent = f"ssf-bot-{uuid.uuid4().hex[:6]}"
    bystander = f"bystander-{uuid.uuid4().hex[:6]}"
    # An attacker with write access to the control topic: a command signed by a key posing
    # as a trusted kid, and an unsigned one. Both go first on the (one-partition) topic, so
    # the pusher has judged them by the time the real command's SETs arrive.
    forger = CommandSigner(SigningKey(next(iter(ring.keys)), Ed25519PrivateKey.generate()))
    expires = datetime.now(UTC) + timedelta(hours=1)
    for i, signer in enumerate((forger, None)):
        fake = RevocationCommand(
            command_id=f"forged-{i}-{uuid.uuid4().hex}",
            time=datetime.now(UTC),
            agent_id=bystander,
            credential_ids=[f"cred-{bystander}"],
            action="revoke",
            reason="forged",
            expires_at=expires,
        )
        key, value = bystander.encode(), dump_json(fake)
        headers = signer.headers(key, value) if signer else None
        await producer.send_and_wait(topics.control_topic, value, key=key, headers=headers)

    deployment.start_worker()
    pusher = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "missionguard.pipeline.cli",
        "--config",
        str(deployment.config_path),
        "ssf",
        "push",
        "--endpoint",
        endpoint,
        cwd=PROJECT_ROOT,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await producer.send_and_wait(
            topics.missions_topic, dump_json(make.mission(agent)), key=agent.encode()
        )
        # The mission is in force before the hostile call: records of the two topics reach
        # the agent's route from separate consumers, in no fixed order between topics.
        await wait_settled(
            deployment.bootstrap, deployment.settings.worker.app_id, topics.missions_topic
        )
        hostile = make.hostile(agent)
        await producer.send_and_wait(topics.decisions_topic, dump_json(hostile), key=agent.encode())

        def about(claims: dict) -> bool:
            return claims["sub_id"]["id"] == agent

        await receiver.wait_for(lambda: sum(map(about, receiver.valid)) >= 2, timeout_s=90)
    finally:
        if pusher.returncode is None:
            pusher.send_signal(signal.SIGINT)
        stderr = (await asyncio.wait_for(pusher.communicate(), 30))[1].decode(errors="replace")
        await runner.cleanup()

    assert pusher.returncode == 0, stderr
    mine = [c for c in receiver.valid if about(c)]
    session, change = mine
    (event,) = session["events"].values()
    assert set(session["events"]) == {SESSION_REVOKED}
    assert "explicitly denied" in event["reason_admin"]["en"]
    assert session["aud"] == endpoint and session["sub_id"] == {"format": "opaque", "id": agent}
    assert change["events"][CREDENTIAL_CHANGE]["change_type"] == "revoke"
    assert change["events"][CREDENTIAL_CHANGE]["friendly_name"] == f"cred-{agent}"
    assert session["txn"] == change["txn"] and session["jti"] != change["jti"]
    # The forged and the unsigned command came first and produced nothing at all.
    assert receiver.invalid == []
    assert not [c for c in receiver.valid if c["sub_id"]["id"] == bystander]
    assert "'bad_signature': 1" in stderr and "'unsigned': 1" in stderr, stderr

    # At-least-once: the pusher committed its group's offset past the last command only
    # after the receiver accepted its SETs; it has exited, so the commit is final.
    tp = TopicPartition(topics.control_topic, 0)
    check = AIOKafkaConsumer(
        bootstrap_servers=deployment.bootstrap,
        group_id=s.standards.ssf.group_id,
        enable_auto_commit=False,
    )
    await check.start()
    try:
        committed = await check.committed(tp)
        end = (await check.end_offsets([tp]))[tp]
    finally:
        await check.stop()
    assert committed == end == 3, json.dumps(receiver.valid)
