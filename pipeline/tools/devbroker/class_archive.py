"""A JVM class-data-sharing archive of the broker's classes, to halve its start-up time.

Loading and verifying Kafka's ~10,000 classes dominates the broker's start on a small machine.
Java 13+ can dump the classes a run loaded into an archive when the JVM exits
(``-XX:ArchiveClassesAtExit``) and map that archive at the next start (``-XX:SharedArchiveFile``).
Measured here (2 CPUs, loaded): 15-18 s to ready without the archive, 7-8.5 s with it.

The first broker of a given Java + classpath writes the archive into its own data dir when it
exits; ``promote`` then copies it into the shared cache, keyed by Java and classpath, because
an archive only fits the exact JVM and classpath that made it (a misfit one is ignored by the
JVM, never fatal, but then it is useless).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

__all__ = ["ClassArchive"]

# The JVM's own notes about skipped classes would otherwise fill broker.log.
_QUIET = "-Xlog:cds*=off"


class ClassArchive:
    """Where the archive for one Java + classpath lives, and the JVM flags to make or use it."""

    def __init__(self, cache_dir: Path, data_dir: Path, java: str, classpath: str) -> None:
        java_path = Path(java).resolve()
        try:
            java_stamp = str(java_path.stat().st_mtime_ns)
        except OSError:
            java_stamp = "unknown"
        key = hashlib.sha256(f"{java_path}\0{java_stamp}\0{classpath}".encode()).hexdigest()
        self.shared = cache_dir / f"broker-{key[:16]}.jsa"
        self.fresh = data_dir / "broker.jsa"  # Written by the JVM on a clean exit.
        self.target_note = data_dir / "broker.jsa.target"  # Where ``fresh`` belongs.

    def reuse_flags(self) -> list[str]:
        """Flags that map the shared archive if there is one (for short-lived tools too)."""
        if self.shared.is_file():
            return [_QUIET, f"-XX:SharedArchiveFile={self.shared}"]
        return []

    def jvm_flags(self) -> list[str]:
        """Use the shared archive if there is one, else have this run dump a fresh one."""
        if self.shared.is_file():
            return [_QUIET, f"-XX:SharedArchiveFile={self.shared}"]
        self.fresh.unlink(missing_ok=True)
        self.target_note.write_text(f"{self.shared}\n")
        return [_QUIET, f"-XX:ArchiveClassesAtExit={self.fresh}"]

    @staticmethod
    def promote(data_dir: Path, clean_exit: bool) -> Path | None:
        """Move an archive dumped by a broker that exited into the shared cache.

        Call only once the broker process is gone. After an unclean exit (SIGKILL) the dump may
        be partial, so it is discarded. Returns the shared archive's path if one was promoted.
        """
        fresh, note = data_dir / "broker.jsa", data_dir / "broker.jsa.target"
        try:
            if not (clean_exit and fresh.is_file() and note.is_file()):
                return None
            shared = Path(note.read_text().strip())
            shared.parent.mkdir(parents=True, exist_ok=True)
            # Copy beside the target, then rename: another broker never maps a half-copied file.
            partial = shared.with_name(f"{shared.name}.{os.getpid()}.partial")
            shutil.copyfile(fresh, partial)
            os.replace(partial, shared)
            return shared
        except OSError:
            return None  # Only an optimisation: a broker without an archive is merely slower.
        finally:
            fresh.unlink(missing_ok=True)
            note.unlink(missing_ok=True)
