"""JSON Schema export of the canonical records (``docs/schemas/``), the contract that SOC
tools and replay files are written against."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from missionguard.pipeline.records.canonical import (
    Alert,
    AuthorizationDecision,
    DeadLetter,
    MissionDeclaration,
    RevocationCommand,
)
from missionguard.pipeline.records.feedback import AnalystFeedback, AuditEntry

__all__ = ["SCHEMAS", "export_schemas"]

SCHEMAS: dict[str, type[BaseModel]] = {
    "decision": AuthorizationDecision,
    "mission": MissionDeclaration,
    "alert": Alert,
    "revocation": RevocationCommand,
    "dead_letter": DeadLetter,
    "feedback": AnalystFeedback,  # analyst feedback and its audit trail (docs/feedback.md)
    "audit": AuditEntry,
}


def export_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://missionguard.dev/schemas/{name}.json"
        path = out_dir / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n")
        written.append(path)
    return written
