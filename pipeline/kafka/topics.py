"""Topics and readiness, through Kafka's admin API (aiokafka): works on any broker, embedded
or external.

MissionGuard's topics must exist before the worker subscribes: a Faust consumer that starts on
a missing topic ignores it and does not pick it up when it appears later.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Mapping

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError, for_code

from missionguard.pipeline.kafka.exceptions import BrokerError, BrokerStartTimeout
from missionguard.pipeline.kafka.security import (
    KafkaTarget,
    bootstrap_of,
    client_kwargs,
    describe,
    diagnose,
)
from missionguard.pipeline.settings import TopicSpec

__all__ = [
    "broker_answers",
    "ensure_topics",
    "ensure_topics_sync",
    "wait_until_ready",
]

_CLIENT_ID = "missionguard-admin"


def _admin(bootstrap: KafkaTarget, request_timeout_s: float) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(
        **client_kwargs(bootstrap),
        client_id=_CLIENT_ID,
        request_timeout_ms=max(1, int(request_timeout_s * 1000)),
    )


async def _accepts_connections(bootstrap: str, timeout_s: float) -> bool:
    """True if the first ``host:port`` of ``bootstrap`` accepts a TCP connection."""
    host, _, port = bootstrap.split(",")[0].strip().rpartition(":")
    try:
        async with asyncio.timeout(timeout_s):
            _, writer = await asyncio.open_connection(host.strip("[]"), int(port))
    except (OSError, TimeoutError, ValueError):
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


async def broker_answers(bootstrap: KafkaTarget, timeout_s: float = 2.0) -> bool:
    """True if a broker at ``bootstrap`` answers a metadata request listing itself."""
    if not await _accepts_connections(bootstrap_of(bootstrap), timeout_s):
        return False  # Spares aiokafka's "Unable connect" error log while a broker boots.
    admin = _admin(bootstrap, timeout_s)
    try:
        async with asyncio.timeout(timeout_s):
            await admin.start()
            cluster = await admin.describe_cluster()
        # A broker that answers but lists no brokers has not finished registering.
        return bool(cluster.get("brokers"))
    except (KafkaError, OSError, TimeoutError):
        return False
    finally:
        await admin.close()


async def wait_until_ready(bootstrap: KafkaTarget, timeout_s: float) -> None:
    """Return once ``bootstrap`` answers Kafka requests; BrokerStartTimeout after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        remaining = deadline - time.monotonic()
        if await broker_answers(bootstrap, timeout_s=max(0.1, min(2.0, remaining))):
            return
        if time.monotonic() >= deadline:
            raise BrokerStartTimeout(
                f"Kafka at {describe(bootstrap)} did not answer a metadata request "
                f"within {timeout_s:g} s"
            )
        await asyncio.sleep(0.2)


def _created_or_raise(response: object, requested: list[str], bootstrap: KafkaTarget) -> list[str]:
    """Names the broker created; already-existing topics are fine, any other error raises."""
    created = []
    for entry in getattr(response, "topic_errors", []):
        name, code = entry[0], entry[1]
        message = entry[2] if len(entry) > 2 else None
        if code == 0:
            created.append(name)
        elif for_code(code) is not TopicAlreadyExistsError:
            reason = message or for_code(code).__name__
            raise BrokerError(
                f"Kafka at {describe(bootstrap)} refused to create topic {name!r}: {reason}"
            )
    # Keep the caller's order, which is the order of the settings.
    return [name for name in requested if name in created]


def _all_led(described: list[dict[str, object]], names: list[str]) -> bool:
    """True if every named topic is in ``described`` with a leader for every partition."""
    by_name = {topic["topic"]: topic for topic in described}
    for name in names:
        topic = by_name.get(name)
        partitions = topic.get("partitions") if topic else None
        if topic is None or topic.get("error_code") or not isinstance(partitions, list):
            return False
        if not partitions or any(p["leader"] < 0 or p["error_code"] for p in partitions):
            return False
    return True


async def _wait_for_leaders(
    admin: AIOKafkaAdminClient, bootstrap: KafkaTarget, names: list[str], deadline: float
) -> None:
    # CreateTopics answers once the controller committed the topics; the partitions get their
    # leader a moment later. A consumer subscribing in that moment would not see them, so
    # return only when the metadata shows every partition led.
    while names and not _all_led(await admin.describe_topics(names), names):
        if time.monotonic() >= deadline:
            raise BrokerError(
                f"Kafka at {describe(bootstrap)}: new topics {names} still lack partition leaders"
            )
        await asyncio.sleep(0.05)


async def ensure_topics(
    bootstrap: KafkaTarget, specs: Mapping[str, TopicSpec], timeout_s: float = 30.0
) -> list[str]:
    """Create the topics of ``specs`` (full name -> spec) that do not exist yet.

    Partitions, replication and ``TopicSpec.config()`` apply only to topics created here:
    existing topics are left as they are. Returns the names created, in the order given.
    """
    if not specs:
        return []
    admin = _admin(bootstrap, timeout_s)
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [name for name in specs if name not in existing]
        if not missing:
            return []
        new_topics = [
            NewTopic(
                name=name,
                num_partitions=specs[name].partitions,
                replication_factor=specs[name].replication_factor,
                topic_configs=specs[name].config(),
            )
            for name in missing
        ]
        response = await admin.create_topics(new_topics, timeout_ms=int(timeout_s * 1000))
        created = _created_or_raise(response, missing, bootstrap)
        await _wait_for_leaders(admin, bootstrap, created, time.monotonic() + timeout_s)
        return created
    except KafkaError as exc:
        where = describe(bootstrap)
        # aiokafka says only "Unable to bootstrap": say why (a refused password, an untrusted CA).
        why = await diagnose(bootstrap) if isinstance(exc, KafkaConnectionError) else None
        raise BrokerError(f"Kafka at {where}: cannot ensure topics ({why or repr(exc)})") from exc
    finally:
        await admin.close()


def ensure_topics_sync(
    bootstrap: KafkaTarget, specs: Mapping[str, TopicSpec], timeout_s: float = 30.0
) -> list[str]:
    """``ensure_topics`` for callers without an event loop (CLI, scripts)."""
    return asyncio.run(ensure_topics(bootstrap, specs, timeout_s))
