"""Plumbing: canonical records, IAM-log normalizers, the local Kafka broker, the Faust
worker, enforcement points, replay, simulation and the CLI. Judgement lives in ``models``.

Data flows one way: raw IAM logs -> ``sources`` -> canonical decisions -> worker
(``agents``, judging with ``models``) -> alerts and revocation commands -> ``enforcement``.
"""

from __future__ import annotations

__all__: list[str] = []
