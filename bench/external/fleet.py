"""Writing a labelled fleet of sessions as canonical records, for the public-benchmark fleet
builders beside this file (``agentdojo_fleet.py``, ``tau2_fleet.py``).

A session is a dict: ``id``, ``kind`` (``benign`` or ``attacked``), ``scenario``, ``task``,
``cohort``, ``purpose``, ``tools`` (the mission's allowed actions), ``principal``
(``on_behalf_of``) and ``calls``: ``(tool, arguments, hostile)`` triples. Each session gets a
signed mission (the development issuer key, as ``missionguard simulate`` signs) and one
allowed decision a call, 3 s apart; sessions start 20 s apart (plus up to 15 s drawn from
``rng``), in list order.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)


def write_sessions(
    sessions: list[dict[str, Any]], out: Path, issued_by: str, rng: random.Random
) -> int:
    """Write ``sessions`` to ``out`` (records, by time) and its labels file beside it;
    returns the number of records."""
    from missionguard.pipeline.cli.common import load_settings
    from missionguard.pipeline.missions import MissionSigner
    from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration
    from missionguard.pipeline.tools.simulate.config import FleetConfig
    from missionguard.pipeline.tools.simulate.labels import AgentLabel, FleetLabels, labels_path_for

    signer = MissionSigner.from_settings(load_settings().missions)
    records: list[tuple[datetime, int, str]] = []
    labels = []
    for k, s in enumerate(sessions):
        start = T0 + timedelta(seconds=20 * k + rng.uniform(0, 15))
        mission = MissionDeclaration(
            time=start, agent_id=s["id"], mission_id=f"m-{s['id']}", cohort=s["cohort"],
            purpose=s["purpose"], allowed_actions=s["tools"], issued_by=issued_by,
        )  # fmt: skip
        mission = signer.sign(mission, issued_at=start)
        records.append((start, 0, mission.model_dump_json(exclude_none=True)))
        hostile = []
        for i, (function, arguments, is_hostile) in enumerate(s["calls"]):
            at = start + timedelta(seconds=3 * (i + 1))
            decision = AuthorizationDecision(
                event_id=f"{s['id']}-{i}", time=at, agent_id=s["id"], session_id=s["id"],
                action=function, resource=f"{s['cohort']}/{function}", decision="allow",
                source="tool", on_behalf_of=s["principal"], arguments=arguments,
            )  # fmt: skip
            records.append((at, 1, decision.model_dump_json(exclude_none=True)))
            if is_hostile:
                hostile.append((decision.event_id, at))
        labels.append(
            AgentLabel(
                agent_id=s["id"],
                cohort=s["cohort"],
                lifetime="ephemeral",
                kind=s["kind"],
                scenario=s["scenario"],
                mission_id=mission.mission_id,
                start=start,
                decisions=len(s["calls"]),
                attack_start=hostile[0][1] if hostile else None,
                hostile_event_ids=[e for e, _ in hostile],
            )  # fmt: skip
        )
    records.sort(key=lambda r: (r[0], r[1]))
    out.write_text("".join(line + "\n" for _, _, line in records))
    labels_path_for(out).write_text(
        FleetLabels(config=FleetConfig(), complete=True, agents=labels).to_json()
    )
    return len(records)


def write_fleet(
    sessions: list[dict[str, Any]], out: Path, issued_by: str, seed: int, order: str
) -> tuple[int, int]:
    """Shuffle ``sessions`` (seeded), or, ``order="grouped"``, keep each task's sessions
    together (shuffled among themselves), as a benchmark run iterates them; write them
    (:func:`write_sessions`). Returns (records, attacked sessions)."""
    rng = random.Random(seed)
    rng.shuffle(sessions)
    if order == "grouped":  # stable: shuffled within each task
        sessions.sort(key=lambda s: s["task"])
    records = write_sessions(sessions, out, issued_by, rng)
    return records, sum(1 for s in sessions if s["kind"] == "attacked")
