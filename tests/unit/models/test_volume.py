"""Slow and low (issue 18, item 4): distinct objects of one kind read per hour, against the
agent's own hours and its cohort's; and mass deletion, judged in one hour
(models/detectors/volume.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from missionguard.models.detectors.volume import CohortVolume, VolumeDrift

HOUR = 3600.0
DAY = 86400.0


def _read(t: float, n: int, **over: Any) -> dict[str, Any]:
    return {"t": t, "shape": "crm:contact", "resource": f"contact/{n}", "outcome": "allow",
            "read_only": True, **over}  # fmt: skip


def _history(det: VolumeDrift, days: int = 3, per_hour: int = 8) -> None:
    """A notes agent: a few of its rep's contacts, two working hours a day."""
    for day in range(days):
        for hour in (9, 14):
            for n in range(per_hour):
                det.learn_one(_read(day * DAY + hour * HOUR + n * 120, n))


def _harvest(det: VolumeDrift, start: float, hours: int, per_hour: int = 300) -> list[float]:
    scores = []
    for h in range(hours):
        for n in range(per_hour):
            x = _read(start + h * HOUR + n * (HOUR / per_hour), 10_000 + h * per_hour + n)
            scores.append(det.score_one(x))
            det.learn_one({**x, "suspect": scores[-1] > 0})
    return scores


def test_a_sustained_harvest_is_found_in_its_second_hour_and_grows() -> None:
    det = VolumeDrift()
    _history(det)
    scores = _harvest(det, 3 * DAY + 20 * HOUR, hours=3)
    first_hour, second_hour = scores[:300], scores[300:600]
    assert max(first_hour) == 0.0  # one hour is a burst
    assert max(second_hour) >= 0.9  # 300 an hour against at most 8: far past 5 x 8
    reason = det.explain_one(_read(3 * DAY + 22 * HOUR + 3000, 99_999))["distinct"][1]
    assert "sustained over two windows" in reason


def test_no_history_of_its_own_nor_a_cohort_is_nothing_to_compare_with() -> None:
    det = VolumeDrift()  # a nightly indexer's first nights
    assert max(_harvest(det, 0.0, hours=3)) == 0.0
    cohort = VolumeDrift()  # the same agent, with a cohort whose busiest hour was 10
    scores = []
    for h in range(3):
        for n in range(300):
            x = _read(h * HOUR + n * 12, h * 300 + n, cohort_volume=10.0)
            scores.append(cohort.score_one(x))
            cohort.learn_one(x)
    assert max(scores) > 0.0


def test_writes_and_refusals_are_not_reads() -> None:
    det = VolumeDrift()
    _history(det)
    start = 3 * DAY + 20 * HOUR
    for h in range(2):
        for n in range(300):
            det.learn_one(_read(start + h * HOUR + n * 12, h * 300 + n, read_only=False))
            det.learn_one(_read(start + h * HOUR + n * 12, h * 300 + n, outcome="deny"))
    assert det.score_one(_read(start + HOUR + 3500, 77)) == 0.0


def test_windows_past_the_threshold_or_under_suspicion_teach_no_baseline() -> None:
    det = VolumeDrift()
    _history(det)
    _harvest(det, 3 * DAY + 20 * HOUR, hours=4)
    kind = det._kinds["crm:contact"]
    assert kind[2] < 10  # the peak is still the ordinary hour's
    assert not det.completed() or all(count < 10 for _, count, _ in det.completed())


def test_state_round_trips_and_stays_small() -> None:
    det = VolumeDrift()
    _history(det)
    _harvest(det, 3 * DAY + 20 * HOUR, hours=2)
    state = det.state_dict()
    again = VolumeDrift().load_state_dict(state)
    assert again.state_dict() == state
    x = _read(3 * DAY + 21 * HOUR + 3000, 5)
    assert again.explain_one(x) == det.explain_one(x)
    assert len(str(state)) < 600  # one kind: a 256-bit bitmap and a few numbers


def test_cohort_peak_decays() -> None:
    cohort = CohortVolume(half_life_s=DAY)
    cohort.add("crm:contact", 40.0, 0.0)
    assert cohort.peak("crm:contact", 0.0) == 40.0
    assert round(cohort.peak("crm:contact", DAY), 1) == 20.0
    assert CohortVolume().load_state_dict(cohort.state_dict()).state_dict() == cohort.state_dict()


EPOCH_2026 = 1_772_000_000.0  # March 2026


def test_a_window_dated_1970_does_not_wipe_the_cohorts_peak() -> None:
    """A record whose time is 1970 (an unset timestamp) used to date the cohort's peak 1970:
    by the next call it had decayed to nothing, and every agent of the cohort lost its
    baseline."""
    cohort = CohortVolume()
    cohort.add("crm:contact", 40.0, EPOCH_2026)
    cohort.add("crm:contact", 53.0, 1.0)
    assert cohort.peak("crm:contact", EPOCH_2026 + HOUR) > 39.0


def test_a_call_dated_1970_completes_the_window_at_its_end() -> None:
    det = VolumeDrift()
    for n in range(20):
        det.learn_one(_read(EPOCH_2026 + n * 60, n))
    det.learn_one(_read(1.0, 99))  # closes the 2026 window with an old call
    ((kind, count, done),) = det.completed()
    assert kind == "crm:contact" and count > 15
    assert done >= EPOCH_2026  # not 1970: the cohort's peak keeps its date


TIDY = SimpleNamespace(purpose="Tidy the user's files: move and delete only what the user asks.")


def _delete(t: float, path: str, **over: Any) -> dict[str, Any]:
    return {"t": t, "shape": "files:file@team", "resource": path, "outcome": "allow",
            "read_only": False, "destroys": True, "mission": TIDY, **over}  # fmt: skip


def _wipe(det: VolumeDrift, start: float, n: int, folder: str = "/Team/Contracts", **over: Any):
    scores = []
    for i in range(n):
        x = _delete(start + i * 5, f"{folder}/{i:04d}.pdf", **over)
        scores.append(det.score_one(x))
        det.learn_one(x)
    return scores


def test_a_burst_of_deletions_is_found_in_its_own_hour() -> None:
    det = VolumeDrift()
    _history(det)  # an agent with days of history, which never deleted much
    for day in range(3):  # a stray download deleted now and then
        det.learn_one(_delete(day * DAY + 11 * HOUR, f"/Downloads/tmp_{day}.zip"))
    scores = _wipe(det, 3 * DAY + 10 * HOUR, 60)
    assert max(scores[:29]) == 0.0  # thirty objects at least
    assert min(scores[30:]) >= 0.9  # 60 against at most 1 an hour: far past 5 x 1
    reason = det.explain_one(_delete(3 * DAY + 10 * HOUR + 400, "/Team/Payroll/x.pdf"))
    assert "distinct objects deleted or disabled in this 1 h window" in reason["deleted"][1]


def test_deletions_of_every_kind_count_together() -> None:
    det = VolumeDrift()
    _history(det)
    start = 3 * DAY + 2 * HOUR
    scores = []
    for i in range(20):  # twenty volumes and twenty snapshots: forty objects gone
        for kind in ("volume", "snapshot"):
            x = {**_delete(start + i * 10, f"prod/{kind}s/{kind}-{i}"), "shape": f"ops:{kind}"}
            scores.append(det.score_one(x))
            det.learn_one(x)
    assert max(scores) > 0.9


def test_deletions_in_a_place_the_purpose_writes_out_are_declared() -> None:
    det = VolumeDrift()
    _history(det)
    policy = SimpleNamespace(
        purpose="Apply DOC-RET-7: move documents of /Archive older than 7 years to the trash."
    )
    assert max(_wipe(det, 3 * DAY + 10 * HOUR, 200, "/Archive/2019", mission=policy)) == 0.0
    # a folder whose name only begins like the place is not in it
    assert max(_wipe(det, 3 * DAY + 12 * HOUR, 60, "/Archive2019", mission=policy)) > 0.9


def test_the_cohorts_busiest_hour_of_deletions_is_a_baseline() -> None:
    det = VolumeDrift()
    _history(det)
    assert max(_wipe(det, 3 * DAY + 10 * HOUR, 60, cohort_volume=40.0)) == 0.0  # < 5 x 40


def test_a_first_agent_deleting_has_nothing_to_compare_with() -> None:
    det = VolumeDrift()  # no history of its own and no cohort's: a clean-up agent's first hour
    assert max(_wipe(det, 0.0, 200)) == 0.0


def test_writes_that_do_not_delete_are_not_counted() -> None:
    det = VolumeDrift()
    _history(det)
    assert max(_wipe(det, 3 * DAY + 10 * HOUR, 100, destroys=False)) == 0.0


def test_accounts_disabled_in_bulk_count_unless_the_purpose_writes_their_pattern() -> None:
    # T1531 Account Access Removal: seventy staff accounts deactivated in minutes by a
    # lifecycle bot; the seasonal accounts its purpose names by pattern ("s26.*") are not.
    lifecycle = SimpleNamespace(
        purpose="Joiners and leavers; deactivate the Seasonal-2026 accounts (s26.*) at term end."
    )

    def off(det: VolumeDrift, start: float, prefix: str) -> list[float]:
        scores = []
        for i in range(70):
            x = {**_delete(start + i * 5, f"{prefix}{i}@corp.example", mission=lifecycle),
                 "shape": "okta:User"}  # fmt: skip
            scores.append(det.score_one(x))
            det.learn_one(x)
        return scores

    det = VolumeDrift()
    _history(det)
    assert max(off(det, 3 * DAY + 10 * HOUR, "s26.")) == 0.0
    assert max(off(det, 3 * DAY + 12 * HOUR, "staff.")) > 0.9


@pytest.mark.timeout(10)
def test_a_purpose_full_of_patterns_costs_no_more_than_reading_it() -> None:
    # A name pattern read as a regular expression (aa.*aa.*aa.*b) took seconds to refuse a
    # long resource name, in the worker's one thread: a mission's text must not stall it.
    from missionguard.models.detectors.volume import within_named_place

    purpose = "aa" + "*aa" * 40 + "*b"
    assert not within_named_place("aa" * 4000 + "!", purpose)
    assert within_named_place("aa" * 60 + "b", purpose)
