"""Offline replay: judge a file of canonical records (missions and decisions, in time order)
with exactly the worker's stage, on event time, and write alerts and revocation commands as
JSON lines. Same input, same output, byte for byte.

Lines that cannot be used are reported with their line numbers and skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from models.judge import Judge

from .intake import Origin
from .records import DeadLetter
from .stage import JudgingStage, StageCounters

__all__ = ["ReplayResult", "iter_lines", "replay", "replay_file"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class ReplayResult:
    counters: StageCounters
    dead_letters: list[DeadLetter] = field(default_factory=list)
    lines: int = 0


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
) -> ReplayResult:
    """Judge ``(line_number, bytes)`` pairs; write alert and revocation JSON lines to ``out``."""
    # Dead letters are stamped with a fixed time so that replay output never depends on
    # the wall clock.
    stage = JudgingStage(judge, {}, max_record_bytes=max_record_bytes, clock=lambda: _EPOCH)
    result = ReplayResult(counters=stage.counters)
    for number, payload in lines:
        result.lines += 1
        for output in stage.process(payload, Origin(line=number, source=source)):
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
) -> ReplayResult:
    with open(input_path, "rb") as src, open(output_path, "wb") as dst:
        return replay(
            iter_lines(src),
            dst,
            judge=judge,
            max_record_bytes=max_record_bytes,
            source=str(input_path),
            on_progress=on_progress,
        )
