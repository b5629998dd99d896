"""Standards MissionGuard speaks besides its own records (``docs/standards.md``).

- :mod:`.ocsf`: an ``alert`` as an OCSF Detection Finding (class 2004), a pure function;
  :mod:`.ocsf_export` writes findings from the alerts topic or a JSONL file to a file,
  stdout or the ``<prefix>alerts.ocsf`` topic (never on the worker's hot path).
- :mod:`.ssf`: a ``revocation`` command as CAEP Security Event Tokens (RFC 8417), signed
  with the control keys (JWS EdDSA); :mod:`.push` delivers them (RFC 8935);
  :mod:`.transmitter` is the sidecar that follows the control topic through the same
  :class:`~pipeline.control.gate.CommandGate` as enforcement points and pushes a SET for
  each admitted revoke or suspend.
"""

from __future__ import annotations

__all__ = [
    "OCSF_VERSION",
    "OcsfSettings",
    "SsfSettings",
    "StandardsError",
    "StandardsSettings",
    "detection_finding",
]

from missionguard.pipeline.settings.standards import OcsfSettings, SsfSettings, StandardsSettings
from missionguard.pipeline.standards.exceptions import StandardsError
from missionguard.pipeline.standards.ocsf import OCSF_VERSION, detection_finding
