"""Every docstring example of the package, run against the modules as they are imported
(``missionguard.pipeline...``, ``missionguard.models...``), one test per docstring.

Not pytest's ``--doctest-modules``: it imports a file by its path in the checkout
(``pipeline/enforcement/sdk.py`` as ``pipeline.enforcement.sdk``), a second copy of the
module beside the installed one, whose classes are not the package's.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import missionguard.models
import missionguard.pipeline


def _docstrings_with_examples() -> list[doctest.DocTest]:
    found = []
    for package in (missionguard.models, missionguard.pipeline):
        modules = [package.__name__]
        modules += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
        for name in modules:
            module = importlib.import_module(name)
            found += [t for t in doctest.DocTestFinder().find(module) if t.examples]
    return sorted(found, key=lambda t: t.name)


@pytest.mark.parametrize("test", _docstrings_with_examples(), ids=lambda t: t.name)
def test_docstring_examples(test: doctest.DocTest) -> None:
    report: list[str] = []
    runner = doctest.DocTestRunner()
    runner.run(test, out=report.append)
    result = runner.summarize(verbose=False)
    assert result.attempted == len(test.examples)
    assert result.failed == 0, "".join(report)
