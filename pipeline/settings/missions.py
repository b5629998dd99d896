"""Settings of signed mission declarations: who may declare missions, and with which keys.

Hung under ``Settings.missions`` (``MISSIONGUARD_MISSIONS__REQUIRE_SIGNATURE=false``). The
defaults make the demo, ``missionguard simulate`` and the tests work out of the box: a dev
issuer key (kid ``mg-mission-dev``) is created in ``key_dir`` on first use and trusted.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from missionguard.pipeline.settings.control import TrustedKey

__all__ = ["DEV_ISSUER_KID", "MissionSettings", "TrustedIssuer"]

_STATE = Path(__file__).resolve().parents[2] / ".missionguard"
DEV_ISSUER_KID = "mg-mission-dev"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TrustedIssuer(_Frozen):
    """A kid whose declarations are installed as they are (widening included), optionally
    only for some cohorts and agent-id prefixes (empty: any). Outside its scope the kid counts
    as known but not trusted: its declarations may only narrow the mission in force."""

    kid: str = Field(min_length=1, max_length=128)
    cohorts: tuple[str, ...] = ()
    agent_prefixes: tuple[str, ...] = ()

    def covers(self, agent_id: str, cohort: str | None) -> bool:
        if self.cohorts and cohort not in self.cohorts:
            return False
        return not self.agent_prefixes or agent_id.startswith(self.agent_prefixes)


class MissionSettings(_Frozen):
    # Reject (and alert on) unsigned declarations. Off: unsigned ones are installed as if a
    # trusted issuer had signed them (signed ones are still verified).
    require_signature: bool = True
    # Issuer keys: ``<kid>.key`` (private, on issuers only) and ``<kid>.pub.json`` (public),
    # the same files as control keys (pipeline/control/keys.py) but a directory of their own,
    # so the worker never signs control commands with an issuer key, nor the reverse.
    key_dir: Path = _STATE / "mission-keys"
    # The kid ``missionguard missions sign``, simulate and the demo sign with; default: the
    # newest unretired private key in key_dir.
    signing_kid: str | None = None
    # Create the dev issuer key (kid mg-mission-dev) in key_dir on first use when key_dir
    # holds no private key (logged loudly). For production: false, and your own issuers.
    generate_dev_key: bool = True
    trusted_issuers: tuple[TrustedIssuer, ...] = (TrustedIssuer(kid=DEV_ISSUER_KID),)
    # Public keys besides those in key_dir that are known but not trusted (e.g. agents' own
    # keys): declarations they sign may only narrow the mission in force.
    known_keys: tuple[TrustedKey, ...] = ()
