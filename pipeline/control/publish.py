"""Publish one signed command on the control topic (operators' reinstates, tests).

The worker signs in :meth:`pipeline.runtime.app.MissionGuardApp.publish`; this is the same envelope
for commands that come from elsewhere, e.g. ``missionguard reinstate``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.kafka.security import KafkaTarget, client_kwargs
from missionguard.pipeline.records import RevocationCommand, dump_json

__all__ = ["publish_signed", "reinstate_command"]


def reinstate_command(
    agent_id: str,
    credential_ids: list[str],
    reason: str,
    *,
    valid_for_s: float = 600.0,
    now: datetime | None = None,
) -> RevocationCommand:
    """A reinstate that points accept until ``valid_for_s`` from now (protocol v1 commands
    always expire: a captured one cannot be replayed forever)."""
    now = now or datetime.now(UTC)
    return RevocationCommand(
        command_id=f"reinstate-{uuid.uuid4().hex}",
        time=now,
        agent_id=agent_id,
        credential_ids=credential_ids,
        action="reinstate",
        reason=reason,
        expires_at=now + timedelta(seconds=valid_for_s),
    )


async def publish_signed(
    bootstrap_servers: KafkaTarget,
    control_topic: str,
    signer: CommandSigner,
    command: RevocationCommand,
) -> None:
    from aiokafka import AIOKafkaProducer

    key, value = command.agent_id.encode(), dump_json(command)
    producer = AIOKafkaProducer(
        **client_kwargs(bootstrap_servers), acks="all", enable_idempotence=True
    )
    await producer.start()
    try:
        await producer.send_and_wait(
            control_topic, value, key=key, headers=signer.headers(key, value)
        )
    finally:
        await producer.stop()
