"""Java and Kafka's jars: what the embedded broker needs before it can run.

Kafka publishes every jar of the broker on Maven Central, so instead of downloading and
unpacking a release tarball we let Maven resolve ``kafka_<scala>`` (which carries
``kafka.Kafka`` and ``kafka.tools.StorageTool``) plus a log4j2 binding once, and keep the
resulting classpath in ``<cache_dir>/<version>/classpath.txt``. Later runs only read that file.

Several processes may start at once on one machine with an empty cache (two ``make demo``):
resolution holds an exclusive lock (``fcntl.flock`` on ``<cache_dir>/<version>.lock``), so
one process runs Maven and the others wait, then read what it wrote; every file is written
under a name of its own and renamed into place, so a reader never sees half of one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from missionguard.pipeline.kafka.exceptions import (
    ClasspathResolutionFailed,
    JavaNotFound,
    MavenNotFound,
)
from missionguard.pipeline.settings import BrokerSettings

__all__ = [
    "LOG4J_VERSION",
    "MIN_JAVA",
    "Progress",
    "find_java",
    "java_major_version",
    "render_pom",
    "resolve_classpath",
]

Progress = Callable[[str], None]

MIN_JAVA = 17  # Kafka 4.x brokers refuse older runtimes.
# Kafka 4.1 still logs through slf4j 1.7, so the binding is log4j-slf4j-impl (not slf4j2-impl,
# which slf4j 1.7 would ignore and fall back to printing nothing useful).
LOG4J_VERSION = "2.25.3"
MVN_TIMEOUT_S = 900.0

_VERSION_RE = re.compile(r'version "(\d+)(?:\.(\d+))?')


def java_major_version(version_output: str) -> int | None:
    """The major Java version in ``java -version`` output, or None if it is not there.

    >>> java_major_version('openjdk version "17.0.15" 2025-04-15')
    17
    >>> java_major_version('java version "1.8.0_392"')
    8
    """
    found = _VERSION_RE.search(version_output)
    if found is None:
        return None
    major = int(found.group(1))
    if major == 1 and found.group(2):  # Java 8 and older report "1.x".
        return int(found.group(2))
    return major


def find_java(settings: BrokerSettings) -> str:
    """Absolute path of a Java 17+ runtime named by ``broker.java``, or JavaNotFound."""
    hint = (
        "install it (Debian: apt-get install openjdk-17-jre-headless) "
        "or set MISSIONGUARD_BROKER__JAVA"
    )
    java = shutil.which(settings.java)
    if java is None:
        raise JavaNotFound(f"Java {MIN_JAVA}+ not found (broker.java={settings.java!r}): {hint}")
    try:
        done = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise JavaNotFound(f"Java at {java} does not run ({exc}): {hint}") from exc
    major = java_major_version(done.stderr + done.stdout)
    if major is None or major < MIN_JAVA:
        found = "an unknown version" if major is None else f"Java {major}"
        raise JavaNotFound(f"Java {MIN_JAVA}+ required, {java} is {found}: {hint}")
    return java


def render_pom(settings: BrokerSettings) -> str:
    """A dependency-only pom whose runtime classpath is a complete Kafka broker."""
    deps = (
        ("org.apache.kafka", f"kafka_{settings.scala_version}", settings.kafka_version),
        ("org.apache.logging.log4j", "log4j-core", LOG4J_VERSION),
        ("org.apache.logging.log4j", "log4j-slf4j-impl", LOG4J_VERSION),
    )
    rendered = "\n".join(
        f"    <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId>"
        f"<version>{v}</version></dependency>"
        for g, a, v in deps
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <groupId>local.missionguard</groupId>\n"
        "  <artifactId>kafka-broker-runtime</artifactId>\n"
        f"  <version>{settings.kafka_version}</version>\n"
        "  <packaging>pom</packaging>\n"
        f"  <dependencies>\n{rendered}\n  </dependencies>\n"
        "</project>\n"
    )


def _cached(pom_file: Path, classpath_file: Path, pom: str) -> list[Path] | None:
    """The cached classpath if it was made from this very pom and every jar still exists."""
    if not (pom_file.is_file() and classpath_file.is_file()):
        return None
    if pom_file.read_text() != pom:
        return None
    jars = [Path(p) for p in classpath_file.read_text().strip().split(":") if p]
    if not jars or not all(jar.is_file() for jar in jars):
        return None  # e.g. ~/.m2 was cleaned: resolve again.
    return jars


@contextlib.contextmanager
def _locked(lock_file: Path, progress: Progress | None) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (released when the process dies, too)."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if progress is not None:
                progress(f"Waiting for another process resolving Kafka's jars ({lock_file})")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text)
    tmp.replace(path)


def resolve_classpath(settings: BrokerSettings, progress: Progress | None = None) -> list[Path]:
    """Kafka's jars for ``settings.kafka_version``, resolved with Maven on first use only."""
    workdir = settings.cache_dir.expanduser().absolute() / settings.kafka_version
    pom_file, classpath_file = workdir / "pom.xml", workdir / "classpath.txt"
    pom = render_pom(settings)
    jars = _cached(pom_file, classpath_file, pom)
    if jars is not None:
        return jars
    with _locked(workdir.with_name(f"{settings.kafka_version}.lock"), progress):
        # Another process may have resolved them while we waited for the lock.
        jars = _cached(pom_file, classpath_file, pom)
        if jars is not None:
            return jars
        return _resolve(settings, workdir, pom, progress)


def _resolve(
    settings: BrokerSettings, workdir: Path, pom: str, progress: Progress | None
) -> list[Path]:
    pom_file, classpath_file = workdir / "pom.xml", workdir / "classpath.txt"

    maven = shutil.which(settings.maven)
    if maven is None:
        raise MavenNotFound(
            f"Maven not found (broker.maven={settings.maven!r}), needed once to fetch Kafka "
            f"{settings.kafka_version}: install it (Debian: apt-get install maven) "
            "or set MISSIONGUARD_BROKER__MAVEN"
        )
    workdir.mkdir(parents=True, exist_ok=True)
    _write_atomically(pom_file, pom)
    # A name of our own: Maven writes it, then it is renamed into place when complete.
    partial = workdir / f".classpath.txt.{os.getpid()}.partial"
    if progress is not None:
        progress(f"Resolving Kafka {settings.kafka_version} jars with Maven (first run only)")
    started = time.monotonic()
    command = [maven, "-q", "-B", "-Dstyle.color=never", "dependency:build-classpath"]
    command.append(f"-Dmdep.outputFile={partial.name}")
    try:
        done = subprocess.run(
            command,
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=MVN_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        partial.unlink(missing_ok=True)
        raise ClasspathResolutionFailed(
            f"Maven did not resolve Kafka {settings.kafka_version} within {MVN_TIMEOUT_S:.0f} s "
            f"(pom: {pom_file})"
        ) from exc
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-20:])
        raise ClasspathResolutionFailed(
            f"Maven could not resolve Kafka {settings.kafka_version} (exit {done.returncode}, "
            f"pom: {pom_file}):\n{tail}"
        )
    # Renamed only when complete, so an interrupted run never leaves a half classpath behind.
    partial.replace(classpath_file)
    jars = _cached(pom_file, classpath_file, pom)
    if jars is None:
        raise ClasspathResolutionFailed(
            f"Maven wrote an unusable classpath for Kafka {settings.kafka_version}: "
            f"{classpath_file}"
        )
    if progress is not None:
        progress(f"Resolved {len(jars)} jars in {time.monotonic() - started:.1f} s")
    return jars
