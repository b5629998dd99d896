"""Validation of findings against the real OCSF schema, for tests and ``--validate``.

The OCSF schema export of :data:`~.ocsf.OCSF_VERSION` ships in the ``ocsf-json-schema``
package, which turns a class of it into a JSON Schema (draft 2020-12: required attributes,
enums such as ``severity_id`` and ``type_uid``, ``at_least_one`` constraints, no unknown
attributes); ``jsonschema`` validates against it. Both are in the ``test`` extra, not runtime
dependencies: they are imported only when a validator is asked for.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from missionguard.pipeline.standards.exceptions import StandardsError
from missionguard.pipeline.standards.ocsf import OCSF_VERSION

__all__ = ["finding_errors", "finding_validator"]


@lru_cache(maxsize=4)
def finding_validator(version: str = OCSF_VERSION) -> Any:
    """A ``jsonschema`` validator of the Detection Finding class of OCSF ``version``
    (loading the schema takes a second or two, so it is built once)."""
    try:
        from jsonschema import Draft202012Validator
        from ocsf_json_schema import OcsfJsonSchemaEmbedded, get_ocsf_schema
    except ImportError as exc:
        raise StandardsError(
            f"OCSF validation needs the test extra (ocsf-json-schema, jsonschema): {exc}"
        ) from None
    schema = OcsfJsonSchemaEmbedded(get_ocsf_schema(version)).get_class_schema("detection_finding")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def finding_errors(finding: dict[str, Any], version: str = OCSF_VERSION) -> list[str]:
    """Every schema violation of ``finding`` as ``path: message``; empty when valid."""
    validator = finding_validator(version)
    return [
        f"{error.json_path}: {error.message}"
        for error in sorted(validator.iter_errors(finding), key=lambda e: e.json_path)
    ]
