"""The package's import graph, read from the source with ``ast``: no circle, deferred or not; MkDocs in one room.

Every ``import`` and ``from … import`` of a ``generator`` module counts, wherever it is
written: at the top, inside a function (a deferred import only hides a circle), or under
``if TYPE_CHECKING:``. ``from generator.site import pictures`` is an import of the module
``generator.site.pictures``; ``from generator.validate import Project`` one of the package
``generator.validate`` (its ``__init__``). A package's ``__init__`` importing its own
modules is not counted as those modules importing the package: Python runs it first,
but that is how a package gathers what it offers, not a circle of ideas.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"

#: Circles known and being removed by another change; each must still exist (the test says when one is gone).
KNOWN: list[frozenset[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(source: str, name: str, modules: set[str], package: bool = False) -> Iterator[str]:
    """The ``generator`` modules (or packages) that the source of module ``name`` imports, anywhere in it."""
    package_name = name if package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from . import x, from ..site import y
                parent = package_name.split(".")[: len(package_name.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules or base in modules:  # a module of the package (which may have no __init__)
                    yield sub if sub in modules else base


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    return {
        name: set(imported(path.read_text(encoding="utf-8"), name, modules, path.name == "__init__.py")) - {name}
        for name, path in files.items()
    }


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(frozenset(component))
    return found


def _show(circle: frozenset[str], graph: dict[str, set[str]]) -> str:
    return "; ".join(f"{m} -> {', '.join(sorted(graph[m] & circle))}" for m in sorted(circle))


def test_the_graph_is_read_from_every_kind_of_import() -> None:
    """A circle of any length is found, and a module merely importing one of its members is not in it."""
    graph = import_graph()
    assert "generator.site.render" in graph and "generator.mkdocs.plugin" in graph
    assert "generator.diagnostics" in graph["generator.cli"]
    hidden = {
        "generator.a": {"generator.b"},  # at the top
        "generator.b": {"generator.c"},
        "generator.c": {"generator.a"},  # say, inside a function
        "generator.d": {"generator.a"},
    }
    assert circles(hidden) == [frozenset({"generator.a", "generator.b", "generator.c"})]


def test_deferred_relative_and_type_checking_imports_are_edges() -> None:
    source = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from generator.model import Site\n"
        "def f():\n    from generator.site import pictures\n    import generator.cli\n"
        "    from . import paging\n    from ..data import export\n"
    )
    modules = {  # generator.site has no __init__ here
        "generator.model",
        "generator.site.pictures",
        "generator.site.paging",
        "generator.data.export",
        "generator.data",
        "generator.cli",
    }
    assert sorted(imported(source, "generator.site.render", modules)) == [
        "generator.cli",
        "generator.data.export",
        "generator.model",
        "generator.site.paging",
        "generator.site.pictures",
    ]


def test_no_import_circle() -> None:
    graph = import_graph()
    found = circles(graph)
    unknown = [c for c in found if c not in KNOWN]
    assert not unknown, "import circles (move what both need into a module below them):\n" + "\n".join(
        _show(c, graph) for c in unknown
    )
    gone = [sorted(c) for c in KNOWN if c not in found]
    assert not gone, f"a known circle is gone: take it out of KNOWN in this test: {gone}"


def test_only_the_mkdocs_room_imports_mkdocs() -> None:
    importing = sorted(
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and not node.level
            else []
        )
        if name == "mkdocs" or name.startswith("mkdocs.")
    )
    assert importing and all(m.startswith("generator.mkdocs.") for m in importing), importing


#: The rooms from the bottom up: each imports only from rooms before it (and from itself). Helpers two rooms
#: share live in the lower one, as ``slug`` in ``inputs/slugs.py`` for the checks and the importer.
ROOMS = (
    "vocabulary",
    "diagnostics",
    "inputs",
    "validate",
    "model",
    "site",
    "data",
    "writing",
    "authoring",
    "build",
    "mkdocs",
    "cli",
    "__main__",
)


def _room(module: str) -> str:
    return module.split(".")[1] if "." in module else ""  # "": the package itself (its version)


def test_each_room_imports_only_the_rooms_below_it() -> None:
    graph = import_graph()
    assert {_room(m) for m in graph} - {""} == set(ROOMS), "a room is missing from ROOMS: place it"
    upward = [
        f"{module} imports {target}"
        for module, targets in sorted(graph.items())
        for target in sorted(targets)
        if _room(target) and _room(module) and ROOMS.index(_room(target)) > ROOMS.index(_room(module))
    ]
    assert not upward, "imports from a room above (move what both need down):\n" + "\n".join(upward)
