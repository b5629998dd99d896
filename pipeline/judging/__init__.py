"""Judging: records in, alerts, commands and dead letters out, through the judge
(:mod:`missionguard.models`). Pure and synchronous: the worker and replay share it."""
