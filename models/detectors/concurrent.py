"""Concurrent use: one identity working from two networks at once, or moved elsewhere with
another program."""

from __future__ import annotations

from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import DecisionFeatures
from missionguard.models.sketch import key_of

__all__ = ["ConcurrentUse"]

_MASK = 0xFFFFFF


class ConcurrentUse(Detector):
    """Flags an agent whose calls alternate between networks within a short time.

    A fleet moving an agent to a new network switches once; a stolen credential replayed from
    elsewhere while the agent keeps working makes the calls alternate (A, B, A, ...). Reads
    ``x["context"]["network"]`` (the ``/16`` or ``/48`` of the source address) and counts the
    switches between networks within ``horizon_s``; from ``switches_at`` switches on the score
    is ``base_score`` plus ``step_score`` per further switch.

    The first alternation (there and back within ``horizon_s``) is already conclusive: no
    move of the agent explains it, only a second holder of the credential does (the finding
    AWS GuardDuty rates high for instance credentials used from outside their home network).
    So ``base_score`` is one that suspends on its own; further switches only confirm it.

    ``moved``: an identity settled on one network and one client program (``settle_calls``
    calls from that pair) whose call now comes from another network *and* another program,
    scored ``moved_score`` on the first call from the new pair (once the new pair has made
    ``settle_calls`` calls it is the home). A replaced NAT gateway changes the network, an SDK
    upgrade the client's version (versions are not the program); keys taken from an
    instance's metadata service and used from a VPS with the AWS CLI change both at once,
    the case AWS GuardDuty reports as instance credentials used from outside their home.
    The client program is the first product token of the user agent (``aws-cli``,
    ``boto``).

    A short-term memory (``is_memory``), per agent: the last network and session and the times
    of at most ``max_switches`` recent switches, and how many changes of network between
    sessions it has seen (up to ``spread_sessions``).

    Parameters
    ----------
    horizon_s
        How long a switch is remembered.
    switches_at
        Switches within the horizon from which the finding starts (2: there and back).
    max_switches
        Switch times kept.
    base_score, step_score
        Score at ``switches_at`` switches, and its increase per further switch (capped at 1).
    settle_calls, moved_score
        Calls from one (network, client) pair that make it the home, and the ``moved`` score.
    spread_sessions
        Changes of network between calls of different sessions after which the identity's
        sessions count as coming from places of their own: a change between sessions is no
        switch from then on (one bot serving every member's conversation from the member's
        network), a change within one session still is.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = ConcurrentUse(seed=8)
    >>> def x(t, net):
    ...     return {"t": t, "context": {"network": net}}
    >>> det.score_one(x(0.0, "10.1.0.0/16"))
    0.0
    >>> det.learn_one(x(0.0, "10.1.0.0/16"))
    >>> det.score_one(x(5.0, "185.220.0.0/16"))  # one move is not concurrent use
    0.0
    >>> det.learn_one(x(5.0, "185.220.0.0/16"))
    >>> det.score_one(x(9.0, "10.1.0.0/16"))
    0.9
    >>> home = ConcurrentUse()
    >>> def y(t, net, client):
    ...     return {"t": t, "context": {"network": net, "user_agent": client}}
    >>> for t in range(5):
    ...     home.learn_one(y(3600.0 * t, "54.209.0.0/16", "boto md/botocore#"))
    >>> home.score_one(y(20000.0, "54.210.0.0/16", "boto md/botocore#"))  # a new NAT address
    0.0
    >>> home.explain_one(y(20000.0, "193.29.0.0/16", "aws-cli python windows"))["moved"][0]
    0.8
    """

    name = "concurrent_use"
    is_memory = True

    def __init__(
        self,
        horizon_s: float = 600.0,
        switches_at: int = 2,
        max_switches: int = 8,
        base_score: float = 0.9,
        step_score: float = 0.15,
        settle_calls: int = 5,
        moved_score: float = 0.8,
        spread_sessions: int = 3,
        seed: int = 0,
    ) -> None:
        self.horizon_s = horizon_s
        self.switches_at = switches_at
        self.max_switches = max_switches
        self.base_score = base_score
        self.step_score = step_score
        self.settle_calls = settle_calls
        self.moved_score = moved_score
        self.spread_sessions = spread_sessions
        self.seed = seed
        self._last = [0, 0.0, 0]  # [network key, time, session key], keys 0 = none (yet)
        self._switches: list[float] = []
        # [network key, client key] of the settled home and of the pair in use, with the
        # calls made from the latter (keys 0: none yet)
        self._home = [0, 0]
        self._pair = [0, 0, 0]
        self._spread = 0  # changes of network between sessions, up to spread_sessions

    @staticmethod
    def _session_of(x: DecisionFeatures) -> int:
        """Key of the call's session (0: it names none)."""
        decision = x.get("decision")
        session = getattr(decision, "session_id", None)
        return (key_of(session) & _MASK or 1) if session else 0

    def _switch(self, x: DecisionFeatures) -> tuple[int, bool]:
        network = x["context"].get("network")
        if network is None:
            return 0, False
        key = key_of(network) & _MASK or 1
        last, last_t, last_session = self._last
        if not last or key == last or x["t"] - last_t > self.horizon_s:
            return key, False
        # An identity whose sessions come from places of their own (one bot for every
        # member's conversation, each relayed from its member's network: ``spread_sessions``
        # changes of network between sessions seen) changes network between sessions by
        # design: then only a change within one session, or where a call names none, is
        # the identity itself in two places.
        if self._spread < self.spread_sessions:
            return key, True
        session = self._session_of(x)
        return key, not (session and last_session and session != last_session)

    @staticmethod
    def _pair_of(x: DecisionFeatures) -> tuple[int, int]:
        """(network key, client program key) of a call; 0 for what it does not carry."""
        context = x["context"]
        network, client = context.get("network"), context.get("user_agent")
        program = client.split(None, 1)[0].split("/", 1)[0] if client else ""
        return (
            (key_of(network) & _MASK or 1) if network else 0,
            (key_of(program) & _MASK or 1) if program else 0,
        )

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        network, program = self._pair_of(x)
        if network and program:
            pair = self._pair
            if pair[0] == network and pair[1] == program:
                pair[2] = min(pair[2] + 1, self.settle_calls)
            else:
                self._pair = pair = [network, program, 1]
            if pair[2] >= self.settle_calls:
                self._home = [network, program]
        key, switched = self._switch(x)
        if not key:
            return
        t = x["t"]
        if self._switches:  # usually empty: one network
            self._switches = [s for s in self._switches if t - s <= self.horizon_s]
        if switched:
            self._switches.append(t)
            del self._switches[: -self.max_switches]
        session = self._session_of(x)
        last, _, last_session = self._last
        if last and key != last and session and last_session and session != last_session:
            self._spread = min(self._spread + 1, self.spread_sessions)
        self._last = [key, t, session]

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        found = self._moved(x)
        _, switched = self._switch(x)
        if not switched:
            return found
        t = x["t"]
        count = 1 + sum(1 for s in self._switches if t - s <= self.horizon_s)
        if count < self.switches_at:
            return found
        score = min(1.0, self.base_score + self.step_score * (count - self.switches_at))
        return {
            **found,
            "network_switch": (
                score,
                f"calls alternate between networks ({count} switches within "
                f"{self.horizon_s:.0f}s, now from {x['context']['network']!r}): one identity "
                f"used from two places at once",
            ),
        }

    def _moved(self, x: DecisionFeatures) -> Explanation:
        """``moved``: the first call from another network and another program than the
        settled home's."""
        home = self._home
        if not home[0]:
            return {}
        network, program = self._pair_of(x)
        if not network or not program or network == home[0] or program == home[1]:
            return {}
        pair = self._pair
        if pair[0] == network and pair[1] == program:
            return {}  # said on the pair's first call; the rest is its evidence
        context = x["context"]
        return {
            "moved": (
                self.moved_score,
                f"calls now come from {context['network']!r} with another program "
                f"({context['user_agent'][:40]!r}) than the network and program of its "
                f"settled use: the credential in another holder's hands",
            )
        }

    def state_dict(self) -> dict[str, Any]:
        # The session's key only where the last call named one (states written before it
        # was kept read back byte for byte).
        last = self._last if self._last[2] else self._last[:2]
        state: dict[str, Any] = {"last": last, "switches": self._switches}
        if self._home[0]:
            state["home"] = self._home
        if self._pair[0]:
            state["pair"] = self._pair
        if self._spread:
            state["spread"] = self._spread
        return state

    def load_state_dict(self, state: dict[str, Any]) -> ConcurrentUse:
        last = state["last"]
        self._last = [int(last[0]), float(last[1]), int(last[2]) if len(last) > 2 else 0]
        self._switches = [float(s) for s in state["switches"]]
        self._home = [int(v) for v in state.get("home", (0, 0))]
        self._pair = [int(v) for v in state.get("pair", (0, 0, 0))]
        self._spread = int(state.get("spread", 0))
        return self
