"""Offline replay: judge a file of canonical records (missions and decisions, in time order)
with exactly the worker's stage, on event time, and write alerts and revocation commands as
JSON lines. Same input, same output, byte for byte.

Each agent is judged in its input partition's scope (its own cohort models, guard rail and
sweep bookkeeping: ``pipeline/judging/partitions.py``), with the partition count from
settings (``topics.decisions.partitions``), as the worker judges it: replay equals live with
any partition count.

Lines that cannot be used are reported with their line numbers and skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from missionguard.models.judge import Judge
from missionguard.pipeline.control.guard import RevocationGuard
from missionguard.pipeline.judging.routing import PartitionBy
from missionguard.pipeline.judging.stage import JudgingStage, StageCounters
from missionguard.pipeline.missions.trust import MissionGate
from missionguard.pipeline.records import AuthorizationDecision, DeadLetter, MissionDeclaration
from missionguard.pipeline.records.decoding import Origin
from missionguard.pipeline.records.feedback import AnalystFeedback
from missionguard.pipeline.settings import Settings, get_settings

__all__ = ["ReplayResult", "iter_lines", "replay", "replay_file", "replay_raw"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Analyst feedback may sit in the input too (docs/feedback.md): applied by the same stage.
_ACCEPT = frozenset({"decision", "mission", "feedback"})
# What a canonical file holds: the records of the accepted types.
_Judged = AuthorizationDecision | MissionDeclaration | AnalystFeedback


@dataclass
class ReplayResult:
    counters: StageCounters
    dead_letters: list[DeadLetter] = field(default_factory=list)
    lines: int = 0
    skipped: int = 0


def iter_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line.rstrip(b"\r\n")


def replay(
    lines: Iterable[tuple[int, bytes]],
    out: IO[bytes],
    *,
    judge: Judge,
    max_record_bytes: int,
    source: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    guard: RevocationGuard | None = None,
    missions: MissionGate | None = None,
    partitions: int | None = None,
    partition_by: PartitionBy | None = None,
) -> ReplayResult:
    """Judge ``(line_number, bytes)`` pairs; write alert and revocation JSON lines to ``out``.
    Pass the worker's ``guard`` (``RevocationGuard(settings.control.guard)``) and mission
    gate (``MissionGate.from_settings(settings.missions)``) to replay exactly what the
    worker would publish. ``partitions``: the input partition count, ``partition_by``: how
    agents are spread over them (default: settings')."""
    # Dead letters are stamped with a fixed time so that replay output never depends on
    # the wall clock.
    stage = JudgingStage(
        judge,
        {},
        max_record_bytes=max_record_bytes,
        clock=lambda: _EPOCH,
        guard=guard,
        missions=missions,
        partitions=partitions or _partitions(),
        partition_by=partition_by or _partition_by(),
    )
    result = ReplayResult(counters=stage.counters)
    for number, payload in lines:
        result.lines += 1
        for output in stage.process(payload, Origin(line=number, source=source), _ACCEPT):
            if output.kind == "dead_letter":
                result.dead_letters.append(DeadLetter.model_validate_json(output.value))
            else:
                out.write(output.value + b"\n")
        if on_progress is not None and result.lines % 10_000 == 0:
            on_progress(result.lines)
    return result


def replay_file(
    input_path: Path,
    output_path: Path,
    *,
    judge: Judge,
    max_record_bytes: int,
    on_progress: Callable[[int], None] | None = None,
    guard: RevocationGuard | None = None,
    missions: MissionGate | None = None,
    partitions: int | None = None,
) -> ReplayResult:
    with open(input_path, "rb") as src, open(output_path, "wb") as dst:
        return replay(
            iter_lines(src),
            dst,
            judge=judge,
            max_record_bytes=max_record_bytes,
            source=str(input_path),
            on_progress=on_progress,
            guard=guard,
            missions=missions,
            partitions=partitions,
        )


def _partitions() -> int:
    """The worker's input partition count."""
    return get_settings().topics.decisions.partitions


def _partition_by() -> PartitionBy:
    """How the worker spreads agents over its input partitions (pipeline/judging/routing.py)."""
    return get_settings().topics.partition_by


def replay_raw(
    input_path: Path,
    output_path: Path,
    *,
    judge: Judge,
    settings: Settings,
    source: str | None,
    missions: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
    trust_unsigned_missions: bool = False,
) -> ReplayResult:
    """Replay a raw IAM log (normalized by ``source``'s normalizer) or canonical records,
    together with mission declarations, sorted into event-time order (a mission before the
    decisions of the same instant), as the worker would see them.

    Raw logs are not always in time order (CloudTrail files are not), so this reads the
    whole input into memory before judging. Missions are verified as the worker does
    (``settings.missions``); ``trust_unsigned_missions`` installs unsigned ones (files the
    operator wrote) while still verifying signed ones.
    """
    from missionguard.pipeline.sources import normalize_payload, read_raw

    stage = JudgingStage(
        judge,
        {},
        max_record_bytes=settings.worker.max_record_bytes,
        clock=lambda: _EPOCH,
        guard=RevocationGuard(settings.control.guard),
        missions=MissionGate.from_settings(
            settings.missions, trust_unsigned=trust_unsigned_missions
        ),
        partitions=settings.topics.decisions.partitions,
        partition_by=settings.topics.partition_by,
    )
    result = ReplayResult(counters=stage.counters)
    records: list[_Judged] = []

    if missions is not None:
        records.extend(_parse_canonical(missions, result, settings))
    if source is None:
        records.extend(_parse_canonical(input_path, result, settings))
    else:
        for raw in read_raw(str(input_path), source):
            result.lines += 1
            outcome = normalize_payload(
                source, raw.payload, raw.origin, settings.sources, received_at=_EPOCH
            )
            result.dead_letters.extend(outcome.dead_letters)
            if outcome.kind == "skipped":
                result.skipped += 1
            records.extend(outcome.decisions)
            if on_progress is not None and result.lines % 10_000 == 0:
                on_progress(result.lines)
    order = {id(r): i for i, r in enumerate(records)}
    records.sort(key=lambda r: (r.time, r.type != "mission", order[id(r)]))
    with open(output_path, "wb") as dst:
        for record in records:
            judged = (  # analyst feedback lines are trusted in a file: no headers to verify
                stage.judge_feedback(record, origin="replay")
                if record.type == "feedback"
                else stage.judge_record(record)
            )
            for output in judged:
                if output.kind == "dead_letter":
                    result.dead_letters.append(DeadLetter.model_validate_json(output.value))
                else:
                    dst.write(output.value + b"\n")
    return result


def _parse_canonical(path: Path, result: ReplayResult, settings: Settings) -> list[_Judged]:
    from missionguard.pipeline.records.decoding import decode

    parsed: list[_Judged] = []
    with open(path, "rb") as src:
        for number, payload in iter_lines(src):
            result.lines += 1
            record = decode(
                payload,
                Origin(line=number, source=str(path)),
                accept=_ACCEPT,
                max_bytes=settings.worker.max_record_bytes,
                now=_EPOCH,
            )
            if isinstance(record, DeadLetter):
                result.dead_letters.append(record)
            else:
                parsed.append(record)
    return parsed
