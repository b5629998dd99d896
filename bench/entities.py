"""Cost of typed-entity extraction (``models.entities.extract_entities``) per decision, against
parsing the same record's JSON, in the same run.

``python -m bench.entities [--rounds N]``. Records: the MCP sample's tool calls (their
``params.arguments``) and every CloudTrail sample event under ``tests/files/cloudtrail`` (its
``requestParameters``, the arguments its normalizer keeps; rule-test wrappers unwrapped).
Per record, CPU time of this process, best of N rounds: ``orjson.loads`` of the raw record
(the baseline every record pays), ``extract_entities`` cold (the parsers' memo caches
cleared before each round: every value new) and warm (values seen before, as in a stream).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from missionguard.models import entities
from missionguard.models.entities import extract_entities

FILES = Path(__file__).resolve().parents[1] / "tests" / "files"
_CACHES = [
    entities._valid_email_cached,
    entities._ascii_host_cached,
    entities._registrable,
    entities._iban_cached,
    entities._phone_cached,
]


def _events(doc: Any) -> list[dict[str, Any]]:
    if isinstance(doc, dict) and isinstance(doc.get("Records"), list):
        return [e for e in doc["Records"] if isinstance(e, dict)]
    if isinstance(doc, dict) and isinstance(doc.get("event"), dict):
        return [doc["event"]]
    return [doc] if isinstance(doc, dict) else []


def records() -> dict[str, list[tuple[bytes, Any]]]:
    """(raw record bytes, its arguments) per set."""
    mcp = []
    for line in (FILES / "mcp" / "gateway_tool_calls.jsonl").read_bytes().splitlines():
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        args = ((doc.get("request") or {}).get("params") or {}).get("arguments")
        if isinstance(args, str):
            args = json.loads(args)
        if isinstance(args, dict):
            mcp.append((line, args))
    cloudtrail = []
    for path in sorted((FILES / "cloudtrail").rglob("*.json*")):
        text = path.read_bytes()
        docs: list[Any] = []
        try:
            docs = [orjson.loads(text)]
        except orjson.JSONDecodeError:
            for line in text.splitlines():
                try:
                    docs.append(orjson.loads(line))
                except orjson.JSONDecodeError:
                    continue
        for doc in docs:
            for event in _events(doc):
                params = event.get("requestParameters")
                if isinstance(params, dict) and params:
                    cloudtrail.append((orjson.dumps(event), params))
    return {"mcp": mcp, "cloudtrail": cloudtrail}


def _per_record_us(fn: Callable[[Any], object], items: list[Any], rounds: int, cold: bool) -> float:
    best = float("inf")
    for _ in range(rounds):
        if cold:
            for cache in _CACHES:
                cache.cache_clear()
        t0 = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - t0)
    return best / len(items) * 1e6


def run(rounds: int = 50) -> dict[str, dict[str, float]]:
    results = {}
    for name, pairs in records().items():
        # Repeat small sets so that each timed pass is long enough to measure.
        times = max(1, 2000 // len(pairs))
        raw = [r for r, _ in pairs] * times
        args = [a for _, a in pairs] * times
        found = sum(len(extract_entities(a)) for _, a in pairs)
        results[name] = {
            "records": len(pairs),
            "entities": found,
            "orjson_loads_us": _per_record_us(orjson.loads, raw, rounds, cold=False),
            "json_loads_us": _per_record_us(json.loads, raw, rounds, cold=False),
            "extract_cold_us": _per_record_us(extract_entities, args[: len(pairs)], rounds, True),
            "extract_warm_us": _per_record_us(extract_entities, args, rounds, cold=False),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.entities", description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    for name, row in run(args.rounds).items():
        cells = ", ".join(
            f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in row.items()
        )
        print(f"{name}: {cells}")


if __name__ == "__main__":
    main()
