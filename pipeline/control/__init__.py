"""The control protocol (v1) between the judging worker and enforcement points.

Contract (``docs/control-protocol.md``): revocation commands travel on the compacted control
topic keyed by agent id (ordered per agent), as the plain ``revocation`` JSON value with an
Ed25519 signature envelope in the record headers (:mod:`.envelope`), made with a key named
by its kid (:mod:`.keys`). Enforcement points admit a command only through
:class:`~.gate.CommandGate` (signed by a trusted, unretired kid; not expired; not replayed;
not older than the newest for its agent), acknowledge it on the acks topic
(:class:`~.acks.CommandAck`), and :mod:`.latency` measures decision -> enforcement from
those acks. :class:`~.guard.RevocationGuard` caps revocations per cohort before they are
published. Nothing here does I/O except key files and the latency collector.
"""

from __future__ import annotations

__all__ = [
    "Admitted",
    "CommandAck",
    "CommandGate",
    "CommandSigner",
    "ControlSettings",
    "GuardSettings",
    "KeyRing",
    "Rejected",
    "Rejection",
    "generate_key",
    "load_signing_key",
]

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.gate import Admitted, CommandGate, Rejected, Rejection
from missionguard.pipeline.control.keys import KeyRing, generate_key, load_signing_key
from missionguard.pipeline.records.acks import CommandAck
from missionguard.pipeline.settings.control import ControlSettings, GuardSettings
