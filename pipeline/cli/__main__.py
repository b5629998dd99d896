"""``python -m missionguard.pipeline.cli``: the ``missionguard`` command (tests and
pipeline/tools/worker_process.py start workers this way)."""

from missionguard.pipeline.cli import main

if __name__ == "__main__":
    main()
