"""Signed mission declarations: who may tell MissionGuard what an agent is for.

Contract (``docs/missions.md``): a ``mission`` record carries its issuer's Ed25519
signature (``signature: {kid, alg, issued_at, sig}``) over its canonical encoding
(:mod:`.signing`), made with a key from ``missions.key_dir`` (the control protocol's key
files and code). :class:`~.trust.MissionGate`, run by the judging stage before
``Judge.on_mission`` (worker and replay alike), installs a declaration signed by a trusted
issuer whose scope covers the agent; one signed by a known but untrusted key only if it
narrows the mission in force (:mod:`.narrowing`); and rejects, counts and alerts on
(finding ``mission_integrity``) everything else. Pure and synchronous except key files.
"""

from __future__ import annotations

__all__ = [
    "MissionCheck",
    "MissionGate",
    "MissionSettings",
    "MissionSigner",
    "TrustedIssuer",
    "canonical_bytes",
    "covered",
    "integrity_alert",
    "load_issuer_key",
    "signature_valid",
    "widenings",
]

from missionguard.pipeline.missions.narrowing import covered, widenings
from missionguard.pipeline.missions.signing import (
    MissionSigner,
    canonical_bytes,
    load_issuer_key,
    signature_valid,
)
from missionguard.pipeline.missions.trust import MissionCheck, MissionGate, integrity_alert
from missionguard.pipeline.settings.missions import MissionSettings, TrustedIssuer
