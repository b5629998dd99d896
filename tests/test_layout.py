"""The direction of dependencies (docs/architecture.md), read from the code's own imports:
every ``import`` statement counts, lazy ones inside functions and ``TYPE_CHECKING`` ones too.

From the bottom up: the canonical records; the judgement (``models``) and the IAM-log
normalizers (``pipeline.sources``); the one settings object; the parts a production worker
or an embedding gateway uses (judging, control, missions, feedback, enforcement, standards,
kafka); the Faust runtime; the offline and development tools; the command line.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NS = "missionguard"
FOLDERS = {"pipeline": f"{NS}.pipeline", "models": f"{NS}.models"}


def _modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for folder, name in FOLDERS.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts = parts[:-1]
            found[".".join([name, *parts])] = (path, is_package)
    return found


MODULES = _modules()


def _imports(module: str) -> Iterator[tuple[str, int]]:
    """(imported name, line) for every import statement of ``module``, resolved to an
    absolute dotted name; names of external packages too."""
    path, is_package = MODULES[module]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            if node.level:
                base = module.split(".")[: None if is_package else -1]
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            yield prefix, node.lineno
            for alias in node.names:
                yield f"{prefix}.{alias.name}", node.lineno


def _ours(name: str) -> str | None:
    """The project module that importing ``name`` runs (longest known prefix)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _edges() -> dict[str, set[str]]:
    """module -> project modules whose code importing it runs (their packages included)."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module in MODULES:
        for name, _ in _imports(module):
            target = _ours(name)
            while target and target.startswith(NS + "."):
                if target != module and not module.startswith(target + "."):
                    graph[module].add(target)
                target = target.rpartition(".")[0]
                if target not in MODULES:
                    break
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _part(module: str) -> str:
    """The unit of the package-level picture: a subpackage or top module of ``pipeline``,
    ``models`` as a whole."""
    parts = module.split(".")
    return ".".join(parts[:3]) if parts[1] == "pipeline" else ".".join(parts[:2])


# Who may import what, from the bottom up: a part may import its own layer's parts (without
# cycles) and every layer below it.
LAYERS: list[tuple[str, set[str]]] = [
    ("records", {f"{NS}.pipeline.records"}),
    ("judgement and normalizers", {f"{NS}.models", f"{NS}.pipeline.sources"}),
    ("settings", {f"{NS}.pipeline.settings"}),
    (
        "worker and gateway parts",
        {
            f"{NS}.pipeline.{p}"
            for p in (
                "control",
                "missions",
                "feedback",
                "judging",
                "enforcement",
                "standards",
                "kafka",
                "observability",
                "terminal",
            )
        },
    ),
    ("runtime", {f"{NS}.pipeline.runtime"}),
    ("tools", {f"{NS}.pipeline.tools"}),
    ("command line", {f"{NS}.pipeline.cli"}),
]
RANK = {part: rank for rank, (_, parts) in enumerate(LAYERS) for part in parts}


def test_every_part_of_the_package_has_a_layer():
    parts = {_part(m) for m in MODULES} - {f"{NS}.pipeline"}
    assert sorted(parts - set(RANK)) == [], "give the new part a layer here and in the docs"


def test_dependencies_point_down():
    upward = []
    for module, targets in _edges().items():
        mine = RANK.get(_part(module))
        for target in targets:
            theirs = RANK.get(_part(target))
            if mine is not None and theirs is not None and theirs > mine:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_the_records_and_the_judgement_import_only_what_is_below_them():
    allowed = {
        f"{NS}.pipeline.records": {f"{NS}.pipeline.records"},
        f"{NS}.models": {f"{NS}.models", f"{NS}.pipeline.records"},
        f"{NS}.pipeline.sources": {f"{NS}.pipeline.sources", f"{NS}.pipeline.records"},
    }
    wrong = [
        f"{m} -> {t}"
        for m, targets in _edges().items()
        for t in targets
        if _part(m) in allowed
        and _part(t) not in allowed[_part(m)]
        and t not in (f"{NS}.pipeline",)  # the namespace's own (empty) package
    ]
    assert wrong == []


def test_no_import_cycles_between_modules():
    assert _cycles(_edges()) == []


def test_no_import_cycles_between_parts():
    graph: dict[str, set[str]] = {}
    for module, targets in _edges().items():
        graph.setdefault(_part(module), set()).update(
            _part(t) for t in targets if _part(t) != _part(module)
        )
    for targets in list(graph.values()):
        for t in targets:
            graph.setdefault(t, set())
    assert _cycles(graph) == []


@pytest.mark.parametrize("library", ["faust", "mode"])
def test_only_the_runtime_imports_faust(library):
    outside = sorted(
        f"{m}:{line}"
        for m in MODULES
        if _part(m) != f"{NS}.pipeline.runtime"
        for name, line in _imports(m)
        if name == library or name.startswith(library + ".")
    )
    assert outside == []


def test_the_wheel_lists_every_package_of_the_checkout():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = sorted(m for m, (_, is_package) in MODULES.items() if is_package)
    assert sorted(config["packages"]) == packages
    assert config["package-dir"] == {name: folder for folder, name in FOLDERS.items()}
