from __future__ import annotations

from pathlib import Path

from missionguard.pipeline.tools.simulate import labels_path_for, preset, write_fleet


def _write(tmp_path: Path, name: str, seed: int) -> tuple[bytes, bytes]:
    out = tmp_path / name
    write_fleet(preset("smoke", seed=seed), out)
    return out.read_bytes(), labels_path_for(out).read_bytes()


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.jsonl", seed=11)
    second = _write(tmp_path, "b.jsonl", seed=11)
    assert first[0] == second[0]
    assert first[1] == second[1]
    assert first[0].count(b"\n") > 1000


def test_different_seed_differs(tmp_path: Path) -> None:
    records_a, labels_a = _write(tmp_path, "a.jsonl", seed=11)
    records_b, labels_b = _write(tmp_path, "b.jsonl", seed=12)
    assert records_a != records_b
    assert labels_a != labels_b


def test_labels_file_sits_beside_records(tmp_path: Path) -> None:
    summary = write_fleet(preset("smoke"), tmp_path / "fleet.jsonl")
    assert summary.labels_path == str(tmp_path / "fleet.jsonl.labels.json")
    assert Path(summary.labels_path).is_file()
    assert summary.decisions + summary.agents == (tmp_path / "fleet.jsonl").read_bytes().count(
        b"\n"
    )
