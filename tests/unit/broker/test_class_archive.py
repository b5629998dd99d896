"""The class-data-sharing archive: made once per Java + classpath, reused, never half-copied."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionguard.pipeline.tools.devbroker.class_archive import ClassArchive


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    cache, data = tmp_path / "cache", tmp_path / "data"
    data.mkdir()
    return cache, data


def test_first_run_dumps_then_promotion_makes_later_runs_reuse(dirs: tuple[Path, Path]) -> None:
    cache, data = dirs
    archive = ClassArchive(cache, data, "/usr/bin/java", "/a.jar:/b.jar")
    assert archive.reuse_flags() == []
    flags = archive.jvm_flags()
    assert f"-XX:ArchiveClassesAtExit={data / 'broker.jsa'}" in flags
    (data / "broker.jsa").write_bytes(b"classes")  # What the JVM writes on a clean exit.

    assert ClassArchive.promote(data, clean_exit=True) == archive.shared
    assert archive.shared.read_bytes() == b"classes"
    assert not (data / "broker.jsa").exists() and not (data / "broker.jsa.target").exists()
    again = ClassArchive(cache, data, "/usr/bin/java", "/a.jar:/b.jar")
    assert f"-XX:SharedArchiveFile={archive.shared}" in again.jvm_flags()
    assert again.reuse_flags() == again.jvm_flags()


def test_a_dump_after_an_unclean_exit_is_discarded(dirs: tuple[Path, Path]) -> None:
    cache, data = dirs
    archive = ClassArchive(cache, data, "/usr/bin/java", "/a.jar")
    archive.jvm_flags()
    (data / "broker.jsa").write_bytes(b"half")
    assert ClassArchive.promote(data, clean_exit=False) is None
    assert not archive.shared.exists() and not (data / "broker.jsa").exists()


def test_another_classpath_or_java_gets_another_archive(dirs: tuple[Path, Path]) -> None:
    cache, data = dirs
    base = ClassArchive(cache, data, "/usr/bin/java", "/a.jar").shared
    assert ClassArchive(cache, data, "/usr/bin/java", "/a.jar:/c.jar").shared != base
    assert ClassArchive(cache, data, "/opt/jdk21/bin/java", "/a.jar").shared != base
    assert ClassArchive(cache, data, "/usr/bin/java", "/a.jar").shared == base


def test_nothing_to_promote_is_fine(dirs: tuple[Path, Path]) -> None:
    _, data = dirs
    assert ClassArchive.promote(data, clean_exit=True) is None
