"""Java and Maven discovery: the errors must say what to install and which setting to change."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from missionguard.pipeline.kafka.exceptions import JavaNotFound, MavenNotFound
from missionguard.pipeline.settings import BrokerSettings
from missionguard.pipeline.tools.devbroker import toolchain
from missionguard.pipeline.tools.devbroker.toolchain import (
    find_java,
    java_major_version,
    resolve_classpath,
)


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_392"', 8),
        ('openjdk version "11.0.2" 2019-01-15', 11),
        ("command not understood", None),
    ],
)
def test_java_major_version(output: str, major: int | None) -> None:
    assert java_major_version(output) == major


def test_missing_java_names_the_package_and_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toolchain.shutil, "which", lambda name: None)
    with pytest.raises(JavaNotFound) as caught:
        find_java(BrokerSettings(java="java-nope"))
    message = str(caught.value)
    assert "\n" not in message
    assert "'java-nope'" in message
    assert "openjdk-17-jre-headless" in message
    assert "MISSIONGUARD_BROKER__JAVA" in message


def _fake_java(output: str):
    def run(command, **kwargs):
        return subprocess.CompletedProcess(command, 0, stdout="", stderr=output)

    return run


def test_old_java_is_refused_with_its_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toolchain.shutil, "which", lambda name: "/opt/jdk11/bin/java")
    monkeypatch.setattr(toolchain.subprocess, "run", _fake_java('openjdk version "11.0.2"'))
    with pytest.raises(JavaNotFound, match=r"Java 17\+ required, /opt/jdk11/bin/java is Java 11"):
        find_java(BrokerSettings())


def test_java_17_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toolchain.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(toolchain.subprocess, "run", _fake_java('openjdk version "17.0.15"'))
    assert find_java(BrokerSettings()) == "/usr/bin/java"


def test_missing_maven_without_cache_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(toolchain.shutil, "which", lambda name: None)
    with pytest.raises(MavenNotFound) as caught:
        resolve_classpath(BrokerSettings(cache_dir=tmp_path, maven="mvn-nope"))
    message = str(caught.value)
    assert "\n" not in message
    assert "apt-get install maven" in message and "MISSIONGUARD_BROKER__MAVEN" in message


def test_a_complete_cache_needs_no_maven(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = BrokerSettings(cache_dir=tmp_path)
    workdir = tmp_path / settings.kafka_version
    workdir.mkdir()
    jars = [tmp_path / "a.jar", tmp_path / "b.jar"]
    for jar in jars:
        jar.write_bytes(b"")
    (workdir / "pom.xml").write_text(toolchain.render_pom(settings))
    (workdir / "classpath.txt").write_text(":".join(map(str, jars)))
    monkeypatch.setattr(toolchain.shutil, "which", lambda name: None)
    assert resolve_classpath(settings) == jars
    jars[1].unlink()  # A jar vanished from ~/.m2: the cache no longer counts.
    with pytest.raises(MavenNotFound):
        resolve_classpath(settings)
