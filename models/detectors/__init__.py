"""Behavioural detectors, one per module, all with River's anomaly detector contract.

Contract (see :mod:`models.detectors.base`): ``learn_one(x)``; ``score_one(x)`` in ``[0, 1]``,
higher is more anomalous, pure, neutral (``0.0``) before any learning; ``explain_one(x)`` ->
``{feature: (score, reason)}``; ``state_dict()`` / ``load_state_dict()``; hyperparameters as
same-named constructor attributes with an explicit ``seed``. ``x`` is the feature dict of
:func:`models.features.decision_features`. ``DETECTORS`` maps each detector's ``name`` to its
class (the names used in ``config/detection.yaml`` and in ``DetectorFinding.name``): mission
conformance and the Judge's registry (:mod:`models.detectors.registry`), in its order.
"""

from __future__ import annotations

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.detectors.concurrent import ConcurrentUse
from missionguard.models.detectors.conformance import MissionConformance
from missionguard.models.detectors.delegation import DelegationScope
from missionguard.models.detectors.grounding import MissionGrounding
from missionguard.models.detectors.payload import RiskyPayload
from missionguard.models.detectors.peers import MissionPeers
from missionguard.models.detectors.probing import Probing
from missionguard.models.detectors.rarity import ValueRarity
from missionguard.models.detectors.sensitive import SensitiveTarget
from missionguard.models.detectors.sequence import SequenceSurprise
from missionguard.models.detectors.velocity import Velocity
from missionguard.models.detectors.volume import CohortVolume, VolumeDrift

__all__ = [
    "CohortVolume",
    "ConcurrentUse",
    "DETECTORS",
    "DelegationScope",
    "Detector",
    "Explanation",
    "MissionConformance",
    "MissionGrounding",
    "MissionPeers",
    "Probing",
    "RiskyPayload",
    "SensitiveTarget",
    "SequenceSurprise",
    "ValueRarity",
    "Velocity",
    "VolumeDrift",
]

from missionguard.models.detectors.registry import REGISTRY  # noqa: E402  # after the classes

DETECTORS: dict[str, type[Detector]] = {
    MissionConformance.name: MissionConformance,
    **{e.name: e.cls for e in REGISTRY},
}
