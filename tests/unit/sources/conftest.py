"""Shared fixtures for the normalizer tests: where the sample logs are and how to read
the rule-test files (each line wraps one raw event as ``{"rule_id", "event", ...}``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from missionguard.pipeline.sources import Origin, RawRecord

FILES = Path(__file__).resolve().parents[2] / "files"


@pytest.fixture(scope="session")
def files() -> Path:
    return FILES


@pytest.fixture(scope="session")
def unwrap() -> Callable[[Path], list[RawRecord]]:
    """The raw events of a rule-test file, each with its line number as origin."""

    def read(path: Path) -> list[RawRecord]:
        records = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                event = json.loads(line)["event"]
                records.append(RawRecord(json.dumps(event).encode(), Origin(str(path), number)))
        return records

    return read
