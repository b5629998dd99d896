"""What the agents use of the worker: the interface between :mod:`.app`, which builds the
worker, and :mod:`.agents`, which it registers (as Faust keeps its interfaces in
``faust/types/``). The agents import this module, never the app's."""

from __future__ import annotations

from collections.abc import Awaitable, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import faust

from missionguard.models.judge import Judge
from missionguard.pipeline.settings import Settings

if TYPE_CHECKING:
    from missionguard.pipeline.judging.feedback import FeedbackFollower, FeedbackIntake
    from missionguard.pipeline.judging.stage import JudgingStage

__all__ = ["WorkerT"]


class WorkerT(Protocol):
    """The worker as its agents see it."""

    app: faust.App
    settings: Settings
    judge: Judge
    #: Set by the judging agent when it is registered (its counters: tests, the CLI).
    stage: JudgingStage | None
    feedback_intake: FeedbackIntake | None
    feedback_follower: FeedbackFollower | None

    @property
    def states(self) -> MutableMapping[str, bytes]:
        """The agents' states by agent id (the worker's table; read-only for the protocol,
        so that a table of a narrower type satisfies it)."""

    async def publish(
        self,
        kind: str,
        key: bytes | None,
        value: bytes,
        *,
        partition: int | None = None,
        headers: Sequence[tuple[str, bytes]] | None = None,
    ) -> Awaitable[Any] | None:
        """Send one output record (``kind``: alert, control, dead_letter, decision, ...), to
        ``partition`` with ``headers`` if given; what to await for its delivery (``None``:
        nothing to wait for)."""
