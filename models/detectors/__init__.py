"""Behavioural detectors, one per module, all with River's anomaly detector contract.

Contract (see :mod:`models.detectors.base`): ``learn_one(x)``; ``score_one(x)`` in ``[0, 1]``,
higher is more anomalous, pure, neutral (``0.0``) before any learning; ``explain_one(x)`` ->
``{feature: (score, reason)}``; ``state_dict()`` / ``load_state_dict()``; hyperparameters as
same-named constructor attributes with an explicit ``seed``. ``x`` is the feature dict of
:func:`models.features.decision_features`. ``DETECTORS`` maps each detector's ``name`` to its
class (the names used in ``config/detection.yaml`` and in ``DetectorFinding.name``).
"""

from __future__ import annotations

from .base import Detector, Explanation
from .concurrent import ConcurrentUse
from .conformance import MissionConformance
from .delegation import DelegationScope
from .grounding import MissionGrounding
from .payload import RiskyPayload
from .probing import Probing
from .rarity import ValueRarity
from .sensitive import SensitiveTarget
from .sequence import SequenceSurprise
from .velocity import Velocity

__all__ = [
    "ConcurrentUse",
    "DETECTORS",
    "DelegationScope",
    "Detector",
    "Explanation",
    "MissionConformance",
    "MissionGrounding",
    "Probing",
    "RiskyPayload",
    "SensitiveTarget",
    "SequenceSurprise",
    "ValueRarity",
    "Velocity",
]

DETECTORS: dict[str, type[Detector]] = {
    cls.name: cls
    for cls in (
        MissionConformance,
        MissionGrounding,
        DelegationScope,
        SequenceSurprise,
        ValueRarity,
        Velocity,
        Probing,
        ConcurrentUse,
        SensitiveTarget,
        RiskyPayload,
    )
}
