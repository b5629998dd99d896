"""The Faust runtime: the only package that imports Faust. Thin glue around
:mod:`missionguard.pipeline.judging`."""
