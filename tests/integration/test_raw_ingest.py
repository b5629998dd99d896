"""Raw IAM logs on their raw topic become canonical decisions on the decisions topic, and
are judged, on the real broker."""

from __future__ import annotations

import json

from missionguard.pipeline.kafka.ingest import ingest_file
from missionguard.pipeline.records import MissionDeclaration, dump_json, parse_record
from missionguard.pipeline.settings import PROJECT_ROOT

OTRF = PROJECT_ROOT / "tests" / "files" / "cloudtrail" / "otrf_ec2_proxy_s3_exfiltration.jsonl"
MISSION = PROJECT_ROOT / "docs" / "otrf-case" / "mission.jsonl"
ROLE = "MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0/i-0317f6c6b66ae9c40"


async def test_raw_cloudtrail_is_normalized_and_the_stolen_session_revoked(
    make, deployment, producer, watch
):
    topics = deployment.settings.topics
    deployment.start_worker()
    # The shipped mission is unsigned (docs/otrf-case/README.md): an issuer signs it here.
    declared = parse_record(MISSION.read_bytes().strip())
    assert isinstance(declared, MissionDeclaration)
    mission = dump_json(make.sign(declared))
    agent = declared.agent_id
    async with watch(topics.decisions_topic, topics.control_topic) as out:
        await producer.send_and_wait(topics.missions_topic, mission, key=agent.encode())
        sent = await ingest_file(deployment.settings, "cloudtrail", OTRF)
        assert sent == 103
        _, raw, _ = await out.wait_for(lambda t, v: t == topics.control_topic, timeout_s=60)
        decisions = [json.loads(v) for t, _k, v, _ in out.seen if t == topics.decisions_topic]
    command = json.loads(raw)
    assert command["agent_id"].endswith(ROLE) and command["action"] == "revoke"
    assert "ASIA5FLZVX4OPVKKVBMX" in command["credential_ids"]
    # Keyed by agent id, all canonical, and humans (pedro) skipped by default.
    assert decisions and all(d["type"] == "decision" for d in decisions)
    assert not any(d["agent_id"].endswith("user/pedro") for d in decisions)
