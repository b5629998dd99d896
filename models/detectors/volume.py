"""Volume: how many distinct objects of one kind an agent reaches in an hour, against its own
hours and its cohort's (slow and low: a harvest within allowed actions, spread over hours),
and how many it deletes (mass destruction: a wiped folder, volumes and their snapshots)."""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from typing import Any

from missionguard.models.detectors.base import Detector, Explanation
from missionguard.models.features import DecisionFeatures

__all__ = ["DELETED", "CohortVolume", "VolumeDrift", "distinct_estimate", "within_named_place"]

#: The kind under which an agent's deletions of every kind are counted (one folder wiped, or
#: volumes and their snapshots: the harm is how much is gone, whatever its kinds).
DELETED = "(deleted)"

# Path-like words of a purpose: ``/Archivo``, ``s3://logs-2019/``, ``tmp/builds/*``; and
# name patterns: ``s26.*``, ``tmp-*.zip``.
_PATH_WORD = re.compile(r"[\w.:@~-]*(?:/{1,2}[\w.@~*-]+)+/?")
_PATTERN_WORD = re.compile(r"[\w.@~-]*[\w]{2}[\w.@~-]*\*[\w.@~*-]*")


def _glob_match(parts: tuple[str, ...], name: str) -> bool:
    """Whether ``name`` matches the glob whose literal parts, around its ``*``, are
    ``parts``: the first a prefix, the last a suffix, the others found in order between
    (leftmost, which decides a glob of ``*`` alone). Linear in ``name``, however many ``*``
    a purpose writes (a regular expression ``a.*a.*a.*b`` is not: a mission's text must not
    stall the worker).

    >>> _glob_match(("s26.", ""), "s26.yuki@corp.eu"), _glob_match(("aa", "aa", "b"), "aa" * 50)
    (True, False)
    """
    first, *middle, last = parts
    if len(name) < len(first) + len(last) or not name.startswith(first):
        return False
    if not name.endswith(last):
        return False
    at, end = len(first), len(name) - len(last)
    for part in middle:
        found = name.find(part, at, end)
        if found < 0:
            return False
        at = found + len(part)
    return True


@lru_cache(maxsize=1024)
def _places(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The places a (lower-case) purpose writes out as paths, without scheme or trailing
    ``/`` and ``*`` (``"delete files in s3://logs-2019/ and /archivo/*"`` names
    ``logs-2019`` and ``/archivo``), and the name patterns it writes with ``*`` and at least
    two letters or digits before it (``s26.*``: the accounts whose names begin so)."""
    places = []
    for word in _PATH_WORD.findall(text):
        place = word.split("://", 1)[-1].rstrip("/*")
        if any(c.isalnum() for c in place):
            places.append(place)
    patterns = [tuple(word.split("*")) for word in _PATTERN_WORD.findall(text) if "/" not in word]
    return tuple(places), tuple(patterns)


def within_named_place(resource: str, purpose_text: str) -> bool:
    """Whether a resource lies in a place the purpose writes out as a path (the place is the
    resource or whole leading segments of it, after a scheme, a host or an ARN's ``:``), or
    matches a name pattern it writes (``s26.*``). A retention agent whose purpose says
    "delete documents older than seven years from /Archivo" deletes ``/Archivo/2019/a.pdf``
    as declared; not ``/Equipo/Contratos/a.pdf``.

    >>> text = "apply doc-ret-7: delete documents of /archivo older than 7 years"
    >>> within_named_place("/Archivo/2019/a.pdf", text), within_named_place("/Equipo/a.pdf", text)
    (True, False)
    >>> within_named_place("/equipo/archivo/a.pdf", text)  # /archivo is a root folder
    False
    >>> text = "empty s3://build-cache/tmp/ nightly"
    >>> within_named_place("arn:aws:s3:::build-cache/tmp/x.o", text)
    True
    >>> within_named_place("arn:aws:s3:::build-cache/tmpfiles/x.o", text)
    False
    >>> text = "on 2026-09-30 deactivate the seasonal accounts (s26.*) at contract end"
    >>> within_named_place("s26.yuki.nowak@nordlager.eu", text)
    True
    >>> within_named_place("noor.horvat@nordlager.eu", text)
    False
    """
    if "/" not in purpose_text and "*" not in purpose_text:
        return False
    lowered = resource.lower()
    places, patterns = _places(purpose_text)
    if any(_glob_match(parts, lowered) for parts in patterns):
        return True
    for place in places:
        at = lowered.find(place)
        while at >= 0:
            end = at + len(place)
            before = lowered[at - 1] if at else ""
            begins = before in ("", ":") or (before == "/" and place[0] != "/")
            if begins and (end == len(lowered) or lowered[end] == "/"):
                return True
            at = lowered.find(place, at + 1)
    return False


def distinct_estimate(bitmap: int, bits: int) -> float:
    """Distinct items set in a ``bits``-bit linear-counting bitmap (Whang et al., 1990):
    ``-bits * ln(zero bits / bits)``; saturated, ``bits * ln(bits)``.

    >>> round(distinct_estimate(0b1011, 256), 1), distinct_estimate(0, 256)
    (3.0, 0.0)
    """
    if not bitmap:
        return 0.0
    zeros = bits - bitmap.bit_count()
    if zeros <= 0:
        return bits * math.log(bits)
    return -bits * math.log(zeros / bits)


def _decayed(peak: float, since_s: float, half_life_s: float) -> float:
    return peak * math.pow(0.5, max(0.0, since_s) / half_life_s) if peak else 0.0


def _newer(count: float, t: float, peak_t: float, half_life_s: float) -> tuple[float, float]:
    """A window's ``count`` at ``t`` as a candidate peak beside one kept since ``peak_t``: a
    window older than the peak (records out of order, a time set wrong: 1970) counts as
    decayed to the peak's time, which stays. Else a record dated 1970 would make the peak's
    time 1970, and the baseline would have decayed to nothing by the next call.

    >>> _newer(10.0, 0.0, 7 * 86400.0, 7 * 86400.0)
    (604800.0, 5.0)
    >>> _newer(10.0, 8 * 86400.0, 7 * 86400.0, 7 * 86400.0)
    (691200.0, 10.0)
    """
    if t >= peak_t:
        return t, count
    return peak_t, _decayed(count, peak_t - t, half_life_s)


class VolumeDrift(Detector):
    """Flags an hour in which an agent reaches many more distinct objects of one kind than in
    any hour of its own history or of its cohort's agents (issue 18, item 4: "slow and low").

    Each call is cheap and allowed, the pace per minute is ordinary, and each object is of a
    kind the agent reads every day: what gives a six-hour harvest away is how many *distinct*
    objects of the kind it reads in an hour (a sales-notes agent that reads its rep's ten
    contacts a day walking the whole contact base). Per agent and target kind (``x["shape"]``,
    at most ``max_kinds`` kinds, the least recently used dropped) it counts the distinct
    objects (``x["resource"]``) it *reads or lists* (``x["read_only"]``: data leaves by reads;
    creating forty accounts on a joiner day is not a harvest) in the current ``window_s``, in
    a ``bits``-bit linear-counting bitmap. A completed window becomes the agent's own peak
    for the kind (a maximum that halves every ``half_life_s``) unless the agent was under
    suspicion in it (``x["suspect"]``, set by the judge), and is handed to the cohort
    (:meth:`completed`, :class:`CohortVolume`).

    ``distinct`` is found when two consecutive windows reach ``min_targets`` and ``ratio``
    times the baseline, the higher of the agent's own peak and its cohort's
    (``x["cohort_volume"]``, set by the judge): slow and low is sustained; one busy hour (a
    help-centre agent reading many articles after a launch) is a burst, velocity's to judge.
    It scores ``0.6`` at the threshold and ``0.15`` more per doubling, up to ``0.95``. A window
    past the threshold never becomes a baseline. With neither an own history of ``min_hours``
    windows nor a cohort peak there is nothing to compare with, and nothing is found: a
    nightly indexer's first night is its history, not an anomaly.

    Deletions are counted too, all kinds together (``DELETED``: a wiped team folder, thirty
    volumes and their snapshots), and judged in one window, not two: what is deleted is gone,
    and a burst is the harm (ATT&CK T1485 Data Destruction, T1490 Inhibit System Recovery).
    ``deleted`` is found at the same threshold against the agent's own and its cohort's
    busiest hour of deletions, once the agent has a history of its own (``min_hours``
    windows of any kind) or its cohort deleted before. A deletion in a place the mission's
    purpose writes out as a path (:func:`within_named_place`: a retention agent's
    ``/Archivo``) is declared work and not counted. A call deletes by its operation
    (``x["destroys"]``: :func:`~missionguard.models.mission.decision_destroys`).

    A memory (``is_memory``): counting follows every allowed call, including risky ones.

    Parameters
    ----------
    window_s
        Length of a counting window (an hour).
    bits
        Size of each window's bitmap, a power of two (counts within about 10% up to a few
        times ``bits``).
    max_kinds
        Target kinds tracked per agent.
    ratio, min_targets
        How far above the baseline, and how many distinct objects at least, make a finding.
    half_life_s
        Half-life of the own peak (a week: last week's busiest hour still counts).
    min_hours
        Completed windows of its own an agent needs before its own peak is a baseline.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> det = VolumeDrift(seed=0)
    >>> def call(t, n, kind="crm:contact"):
    ...     return {"t": t, "shape": kind, "resource": f"contact/{n}", "outcome": "allow"}
    >>> for day in range(3):  # ten contacts an hour, two hours a day
    ...     for hour in (9, 14):
    ...         for n in range(10):
    ...             det.learn_one(call(day * 86400 + hour * 3600 + n * 60, n))
    >>> x = call(3 * 86400 + 9 * 3600, 0)
    >>> det.score_one(x)
    0.0
    >>> for n in range(120):  # then a hundred and twenty distinct contacts in one hour
    ...     det.learn_one(call(3 * 86400 + 9 * 3600 + n * 25, 1000 + n))
    >>> det.score_one(call(3 * 86400 + 9 * 3600 + 3000, 2000))  # one hour: a burst
    0.0
    >>> for n in range(120):  # and as many the next hour: sustained
    ...     det.learn_one(call(3 * 86400 + 10 * 3600 + n * 25, 3000 + n))
    >>> round(det.score_one(call(3 * 86400 + 10 * 3600 + 3000, 4000)), 2)  # ~2.4x past 5 x 10
    0.79
    >>> from types import SimpleNamespace
    >>> tidy = SimpleNamespace(purpose="Tidy the user's files; delete only what the user asks")
    >>> def rm(t, n, folder="/team/contracts"):
    ...     return {"t": t, "shape": "files:file", "resource": f"{folder}/{n}.pdf",
    ...             "outcome": "allow", "read_only": False, "destroys": True, "mission": tidy}
    >>> for n in range(40):  # forty files deleted in ten minutes, one hour of one burst
    ...     det.learn_one(rm(4 * 86400 + 9 * 3600 + n * 15, n))
    >>> round(det.score_one(rm(4 * 86400 + 9 * 3600 + 700, 99)), 2)  # 41 past 5 x 1
    0.95
    """

    name = "volume"
    is_memory = True

    def __init__(
        self,
        window_s: float = 3600.0,
        bits: int = 256,
        max_kinds: int = 6,
        ratio: float = 5.0,
        min_targets: int = 30,
        half_life_s: float = 7 * 86400.0,
        min_hours: int = 2,
        seed: int = 0,
    ) -> None:
        self.window_s = window_s
        self.bits = bits
        self.max_kinds = max_kinds
        self.ratio = ratio
        self.min_targets = min_targets
        self.half_life_s = half_life_s
        self.min_hours = min_hours
        self.seed = seed
        if bits < 2 or bits & (bits - 1):
            raise ValueError(f"bits must be a power of two, got {bits}")
        self._shift = bits.bit_length() - 1
        # kind -> [window index, bitmap, own peak, peak time, completed windows, suspect,
        #          count of the previous window when it was past the threshold, else 0]
        self._kinds: dict[str, list[Any]] = {}
        self._completed: list[tuple[str, float, float]] = []  # (kind, count, time): for the cohort

    def _bit(self, resource: str) -> int:
        # CRC-32 spread by Fibonacci hashing: CRC's low bits of similar names (``contact/1000``,
        # ``contact/1001``) fall in patterns; the product's high bits do not.
        mixed = (zlib.crc32(resource.encode()) * 0x9E3779B1) & 0xFFFFFFFF
        return 1 << (mixed >> (32 - self._shift))

    def _baseline(self, entry: list[Any], x: DecisionFeatures, t: float) -> tuple[float, float]:
        """(own peak, cohort peak): the own one once it has ``min_hours`` windows, else 0."""
        own = 0.0
        if entry[4] >= self.min_hours:
            own = _decayed(entry[2], t - entry[3], self.half_life_s)
        return own, float(x.get("cohort_volume") or 0.0)

    def _kind(self, x: DecisionFeatures) -> str | None:
        """What an allowed call counts under: its kind for a read or list, ``DELETED`` for a
        deletion outside the places its purpose writes out, else nothing."""
        if x.get("outcome") != "allow" or x.get("account_wide"):
            return None
        if x.get("read_only", True):
            return x["shape"]
        if not x.get("destroys"):
            return None
        mission = x.get("mission")  # its purpose, not its allow-lists: prod/* declares no wipe
        if mission is not None and within_named_place(x["resource"], mission.purpose.lower()):
            return None
        return DELETED

    def _known(self, kind: str, entry: list[Any], cohort: float) -> bool:
        """Whether there is something to compare a window with: the cohort's peak, or
        ``min_hours`` windows of the agent's own of this kind (for deletions, of any kind)."""
        if cohort or entry[4] >= self.min_hours:
            return True
        return kind == DELETED and any(e[4] >= self.min_hours for e in self._kinds.values())

    def _over(self, count: float, own: float, cohort: float, entry: list[Any], kind: str) -> bool:
        """Whether a window's count is past the threshold (with something to compare with)."""
        if not self._known(kind, entry, cohort):
            return False  # no history of its own, no cohort's: nothing to compare with
        return count >= max(self.min_targets, self.ratio * max(own, cohort, 1.0))

    def learn_one(self, x: DecisionFeatures) -> None:  # type: ignore[override]  # narrower x than River's
        kind = self._kind(x)
        if kind is None:
            return
        t = float(x["t"])
        window = int(t // self.window_s)
        entry = self._kinds.pop(kind, None)
        if entry is None:
            entry = [window, 0, 0.0, t, 0, False, 0.0]
            if len(self._kinds) >= self.max_kinds:
                del self._kinds[next(iter(self._kinds))]
        elif entry[0] != window:
            count = distinct_estimate(entry[1], self.bits)
            own, cohort = self._baseline(entry, x, t)
            over = self._over(count, own, cohort, entry, kind)
            if entry[1] and not entry[5] and not over:
                # A completed window, unsuspected and not past the threshold: a baseline. A
                # window past it is never one (else a harvest's first hour would excuse the
                # next); sustained legitimate growth is an analyst's to clear.
                # Completed when this call came, or at its end if this call is older (records
                # out of order, a time set wrong: 1970): a baseline is never dated before it.
                done = max(t, (entry[0] + 1) * self.window_s)
                at, count_then = _newer(count, done, entry[3], self.half_life_s)
                if count_then >= _decayed(entry[2], at - entry[3], self.half_life_s):
                    entry[2], entry[3] = count_then, at
                entry[4] += 1
                self._completed.append((kind, count, done))
                del self._completed[: -self.max_kinds]
            entry[6] = count if over and window == entry[0] + 1 else 0.0
            entry[0], entry[1], entry[5] = window, 0, False
        entry[1] |= self._bit(x["resource"])
        entry[5] = entry[5] or bool(x.get("suspect"))
        self._kinds[kind] = entry

    def completed(self) -> list[tuple[str, float, float]]:
        """The windows completed since the last call, as (kind, distinct count, time), for the
        cohort's model (the judge hands them to :class:`CohortVolume`); then forgotten."""
        done = self._completed
        if done:  # usually none: a window completes once an hour per kind
            self._completed = []
        return done

    def explain_one(self, x: DecisionFeatures) -> Explanation:
        kind = self._kind(x)
        entry = self._kinds.get(kind) if kind is not None else None
        if kind is None or entry is None:
            return {}
        t = float(x["t"])
        if entry[0] != int(t // self.window_s) or not (entry[6] or kind == DELETED):
            return {}  # a new window starts with this call, or the last one was not past
        count = distinct_estimate(entry[1] | self._bit(x["resource"]), self.bits)
        if count < self.min_targets:
            return {}
        own, cohort = self._baseline(entry, x, t)
        base = max(own, cohort, 1.0)
        if count < self.ratio * base or not self._known(kind, entry, cohort):
            return {}
        worst = max(count, entry[6])
        score = min(0.95, 0.6 + 0.15 * math.log2(worst / (self.ratio * base)))
        hours = self.window_s / 3600
        if kind == DELETED:
            return {
                "deleted": (
                    score,
                    f"{count:.0f} distinct objects deleted or disabled in this {hours:g} h "
                    f"window, none where the purpose says, against at most {own:.0f} in a "
                    f"window of this agent's history and {cohort:.0f} of its cohort's (found at "
                    f"{self.ratio:g} times the higher, in one window: what is deleted is gone)",
                )
            }
        return {
            "distinct": (
                score,
                f"{entry[6]:.0f} distinct {x['shape']!r} objects read in the last {hours:g} h "
                f"window and {count:.0f} in this one, against at most {own:.0f} in a window "
                f"of this agent's history and {cohort:.0f} of its cohort's (found at "
                f"{self.ratio:g} times the higher, sustained over two windows)",
            )
        }

    def state_dict(self) -> dict[str, Any]:
        return {
            "kinds": [
                [k, w, format(b, "x"), round(p, 3), pt, h, s, round(c, 3)]
                for k, (w, b, p, pt, h, s, c) in self._kinds.items()
            ]
        }

    def load_state_dict(self, state: dict[str, Any]) -> VolumeDrift:
        self._kinds = {
            k: [int(w), int(b, 16), float(p), float(pt), int(h), bool(s), float(c)]
            for k, w, b, p, pt, h, s, c in state.get("kinds", [])
        }
        return self


class CohortVolume:
    """Per cohort and target kind, the busiest hour any of its agents had (distinct objects),
    as a maximum that halves every ``half_life_s``: the cohort's baseline for
    :class:`VolumeDrift`, so a new agent is compared with its peers, and one agent's quiet
    history with what its cohort's work can legitimately need. At most ``max_kinds`` kinds.

    >>> cohort = CohortVolume()
    >>> cohort.add("crm:contact", 12.0, 0.0); cohort.add("crm:contact", 9.0, 10.0)
    >>> cohort.peak("crm:contact", 10.0) > 11.9, cohort.peak("s3:object", 10.0)
    (True, 0.0)
    """

    def __init__(self, half_life_s: float = 7 * 86400.0, max_kinds: int = 256) -> None:
        self.half_life_s = half_life_s
        self.max_kinds = max_kinds
        self._peaks: dict[str, list[float]] = {}

    def add(self, kind: str, count: float, t: float) -> None:
        entry = self._peaks.pop(kind, None) or [0.0, t]
        t, count = _newer(count, t, entry[1], self.half_life_s)
        if count >= _decayed(entry[0], t - entry[1], self.half_life_s):
            entry = [count, t]
        self._peaks[kind] = entry
        if len(self._peaks) > self.max_kinds:
            del self._peaks[next(iter(self._peaks))]

    def peak(self, kind: str, t: float) -> float:
        entry = self._peaks.get(kind)
        return _decayed(entry[0], t - entry[1], self.half_life_s) if entry else 0.0

    def state_dict(self) -> dict[str, Any]:
        return {"peaks": [[k, round(p, 3), pt] for k, (p, pt) in self._peaks.items()]}

    def load_state_dict(self, state: dict[str, Any]) -> CohortVolume:
        self._peaks = {k: [float(p), float(pt)] for k, p, pt in state.get("peaks", [])}
        return self
