"""Two first runs at once share one fresh jar cache (issue 15, defect 8): ``make demo``
failed with "Maven could not resolve Kafka 4.1.1 (exit 0 ...)" while another process
resolved the same jars into ``~/.cache/missionguard``. Both must succeed, Maven must run once,
and no reader may see a half-written file. Maven is a stub (``broker.maven`` names the
command) that writes its classpath, then takes its time, as the real one does."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from missionguard.pipeline.settings import BrokerSettings

RESOLVE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from missionguard.pipeline.settings import BrokerSettings
    from missionguard.pipeline.tools.devbroker.toolchain import resolve_classpath
    settings = BrokerSettings(cache_dir=Path(sys.argv[1]), maven=sys.argv[2])
    print(":".join(map(str, resolve_classpath(settings))))
    """
)


def _fake_maven(tmp_path: Path) -> tuple[Path, Path]:
    jars = tmp_path / "m2"
    jars.mkdir()
    for name in ("kafka.jar", "log4j.jar"):
        (jars / name).write_bytes(b"PK")
    runs = tmp_path / "maven-runs"
    maven = tmp_path / "fake-mvn"
    maven.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import sys, time
            from pathlib import Path
            with open({str(runs)!r}, "a") as runs:
                runs.write("run\\n")
            assert Path("pom.xml").read_text().startswith("<?xml"), "a half-written pom"
            out = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("-Dmdep.outputFile="))
            Path(out).write_text("{jars / "kafka.jar"}:{jars / "log4j.jar"}")
            time.sleep(1.0)  # still "running" while the other process looks
            """
        )
    )
    maven.chmod(0o755)
    return maven, runs


def test_two_first_runs_at_once_both_resolve_and_maven_runs_once(tmp_path: Path) -> None:
    maven, runs = _fake_maven(tmp_path)
    cache = tmp_path / "cache"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RESOLVE, str(cache), str(maven)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
    for out, err, code in results:
        assert code == 0, err[-2000:]
        assert out.strip().endswith("log4j.jar")
    assert runs.read_text().count("run") == 1
    version = cache / BrokerSettings().kafka_version
    leftovers = sorted(p.name for p in version.iterdir())
    assert leftovers == ["classpath.txt", "pom.xml"], leftovers
