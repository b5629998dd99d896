"""Which mission declarations are installed: the gate in front of ``Judge.on_mission``.

:class:`MissionGate` is plain, synchronous and deterministic (no wall clock: a key's
retirement is compared with event time), so the worker and replay reject the same
declarations. Checked in this order; the first failure rejects:

================  ========  ==============================================================
reason            severity  rejected when
================  ========  ==============================================================
``unsigned``      medium    no ``signature`` and ``missions.require_signature`` is on
``unsupported``   high      ``alg`` is not ``EdDSA``
``unknown_kid``   high      no public key for the kid (after a rate-limited key reload)
``bad_signature`` high      the signature does not verify (forged or tampered)
``retired_kid``   high      the key's ``not_after`` is at or before the signature's
                            ``issued_at``, the declaration's ``time`` or the stream's
                            event time
``no_mission``    high      signed by a known key not trusted for this agent, and no
                            mission is in force that it could narrow
``widens``        high      signed by such a key, and it widens the mission in force
================  ========  ==============================================================

A declaration signed by a trusted issuer whose scope covers the agent (its id, the cohort
declared and the cohort in force) is installed as it is.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from missionguard.pipeline.control.keys import KeyRing, TrustedPublicKey
from missionguard.pipeline.missions.narrowing import widenings
from missionguard.pipeline.missions.signing import (
    ALG,
    canonical_bytes,
    ensure_dev_issuer,
    signature_valid,
)
from missionguard.pipeline.records import (
    Alert,
    DetectorFinding,
    MissionDeclaration,
    Severity,
    stable_id,
)
from missionguard.pipeline.settings.control import ControlSettings
from missionguard.pipeline.settings.missions import MissionSettings

__all__ = ["MissionCheck", "MissionGate", "RejectReason", "integrity_alert"]

RejectReason = Literal[
    "unsigned", "unsupported", "unknown_kid", "bad_signature", "retired_kid", "no_mission", "widens"
]
FINDING = "mission_integrity"
_SCORE = {"medium": 0.6, "high": 0.9}  # models.detectors.conformance.SEVERITY_SCORE


@dataclass(frozen=True, slots=True)
class MissionCheck:
    """The gate's answer for one declaration. ``how`` says why an accepted one was."""

    accepted: bool
    how: Literal["trusted", "narrows", "unsigned_allowed"] | None = None
    reason: RejectReason | None = None
    detail: str = ""
    severity: Severity = "high"


class MissionGate:
    """Verifies declarations against the configured issuer keys and trust."""

    def __init__(
        self,
        settings: MissionSettings,
        ring: KeyRing,
        *,
        reload: Callable[[], KeyRing] | None = None,
        reload_every_s: float = 5.0,
    ) -> None:
        self.settings = settings
        self.ring = ring
        self._reload = reload
        self._reload_every_s = reload_every_s
        self._reloaded_at = float("-inf")
        self.rejections: dict[str, int] = {}

    @classmethod
    def from_settings(
        cls, settings: MissionSettings, *, trust_unsigned: bool = False
    ) -> MissionGate:
        """Keys in ``key_dir`` (the dev issuer created first if so configured) plus
        ``known_keys``; an unknown kid re-reads them, at most every 5 s. ``trust_unsigned``
        (replay of files the operator wrote) installs unsigned declarations; signed ones
        are still verified."""
        if trust_unsigned:
            settings = settings.model_copy(update={"require_signature": False})

        # The control protocol's key code reads them (same files, same inline format).
        as_control = ControlSettings(
            key_dir=settings.key_dir, trusted_keys=settings.known_keys, generate_dev_key=False
        )

        def load() -> KeyRing:
            ensure_dev_issuer(settings)
            return KeyRing.from_settings(as_control)

        return cls(settings, load(), reload=load)

    def _key(self, kid: str) -> TrustedPublicKey | None:
        key = self.ring.get(kid)
        now = _time.monotonic()
        if key is None and self._reload and now - self._reloaded_at >= self._reload_every_s:
            self._reloaded_at = now
            self.ring = self._reload()
            key = self.ring.get(kid)
        return key

    def _trusted(
        self, kid: str, mission: MissionDeclaration, in_force: MissionDeclaration | None
    ) -> bool:
        # The scope must cover the cohort declared and the one in force: an issuer scoped to
        # one cohort may not move another cohort's agent into it.
        cohorts = {mission.cohort, in_force.cohort if in_force else mission.cohort}
        return any(
            t.kid == kid and all(t.covers(mission.agent_id, c) for c in cohorts)
            for t in self.settings.trusted_issuers
        )

    def check(
        self,
        mission: MissionDeclaration,
        in_force: MissionDeclaration | None,
        stream_time: datetime | None = None,
    ) -> MissionCheck:
        """Accept or reject ``mission`` given the agent's mission in force (counted when
        rejected). ``stream_time`` is the caller's clock: the stage passes its partition's
        (``PartitionScope.advance``: one record dated far ahead does not move it)."""
        result = self._check(mission, in_force, stream_time)
        if not result.accepted and result.reason is not None:
            self.rejections[result.reason] = self.rejections.get(result.reason, 0) + 1
        return result

    def admits_alone(self, mission: MissionDeclaration) -> bool:
        """Whether ``mission`` would be accepted for an agent with no mission in force (its
        own signature by a trusted issuer, or unsigned where that is allowed); not counted.
        The judging stage routes an agent by its first such mission only
        (pipeline/judging/routing.py), so that a declaration nobody trusts cannot choose where
        an agent is judged."""
        return self._check(mission, None, None).accepted

    def _check(
        self,
        mission: MissionDeclaration,
        in_force: MissionDeclaration | None,
        stream_time: datetime | None,
    ) -> MissionCheck:
        sig = mission.signature
        if sig is None:
            if not self.settings.require_signature:
                return MissionCheck(True, "unsigned_allowed")
            return _reject("unsigned", "the declaration carries no signature", "medium")
        if sig.alg != ALG:
            return _reject("unsupported", f"signature alg {sig.alg!r} (expected {ALG})")
        key = self._key(sig.kid)
        if key is None:
            return _reject("unknown_kid", f"no public key for kid {sig.kid!r}")
        if not signature_valid(mission, key.public_key):
            return _reject("bad_signature", f"signature by kid {sig.kid!r} does not verify")
        times = [sig.issued_at, mission.time, *([stream_time] if stream_time else [])]
        if key.not_after is not None and max(times) >= key.not_after:
            return _reject("retired_kid", f"kid {sig.kid!r} retired at {key.not_after}")
        if self._trusted(sig.kid, mission, in_force):
            return MissionCheck(True, "trusted")
        # A known key, not trusted for this agent: it may only narrow the mission in force.
        if in_force is None:
            detail = f"kid {sig.kid!r} is not a trusted issuer for it, and no mission is in force"
            return _reject("no_mission", detail)
        widened = widenings(in_force, mission)
        if widened:
            detail = f"kid {sig.kid!r} is not a trusted issuer for it; widens {'; '.join(widened)}"
            return _reject("widens", detail)
        return MissionCheck(True, "narrows")


def _reject(reason: RejectReason, detail: str, severity: Severity = "high") -> MissionCheck:
    return MissionCheck(False, reason=reason, detail=detail, severity=severity)


def integrity_alert(
    mission: MissionDeclaration, check: MissionCheck, in_force: MissionDeclaration | None
) -> Alert:
    """The alert for a rejected declaration. Its trigger id is a digest of the declaration,
    so the same declaration judged twice yields the same alert id."""
    sig = mission.signature.sig if mission.signature else ""
    trigger = "mission:" + stable_id(canonical_bytes(mission).decode(), sig)
    reason = f"mission declaration {mission.mission_id!r} rejected ({check.reason}): {check.detail}"
    return Alert(
        alert_id=stable_id("alert", mission.agent_id, trigger, FINDING),
        time=mission.time,
        agent_id=mission.agent_id,
        mission_id=mission.mission_id,
        severity=check.severity,
        score=_SCORE[check.severity],
        trigger_event_id=trigger,
        detectors=[DetectorFinding(name=FINDING, score=_SCORE[check.severity], reason=reason)],
        # The cohort in force (trusted), not the one the rejected declaration claims.
        cohort=in_force.cohort if in_force else None,
    )
