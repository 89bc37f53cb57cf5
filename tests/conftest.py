"""Shared fixtures: copies of the fixture projects in tests/fixtures/ to modify freely.

Tests pin the tool on these, never on the shipped story in briefings/ and seeds/
(tests/test_shipped.py only builds that; tests/test_guard.py keeps it so):
``story`` is a frozen copy of the first shipped briefing, ``mini`` a small invented one.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from mkdocs.config.defaults import MkDocsConfig

from generator.build.pipeline import build_project
from generator.model import Site
from generator.validate import Project

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
STORY = FIXTURES / "story"


def copy_project(source: Path, target: Path) -> Path:
    """A copy of a project (mkdocs.yml, docs/, briefings/, seeds/, templates/, schemas/) in ``target``."""
    for name in ("briefings", "seeds", "docs", "templates", "schemas"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
    shutil.copy(source / "mkdocs.yml", target / "mkdocs.yml")
    return target


#: The day every test runs on unless it sets its own (1 December 2026): what ages with the calendar (lapsed
#: questions, overdue judgements, the build date) must not change the goldens when the real date moves on.
TEST_DAY_EPOCH = "1796083200"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin ``SOURCE_DATE_EPOCH`` (the generator's "today", and MkDocs' build date) for every test."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TEST_DAY_EPOCH)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A copy of the frozen story in tests/fixtures/story (mkdocs.yml, briefings/, seeds/, an empty docs/)."""
    return copy_project(STORY, tmp_path)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small fixture project in tests/fixtures/mini."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def fresh_plugins() -> Iterator[None]:
    """MkDocs keeps plugin instances between configs (as serve needs); start and end with none kept."""
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    cache.clear()
    yield
    cache.clear()


def bench_corpus() -> ModuleType:
    """bench/corpus.py (not a package), for the story replicated: ``bench_corpus().replicate(root, STORY, n)``."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    if spec.name not in sys.modules:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[spec.name]


def _fixture_files() -> set[Path]:
    return {p for p in FIXTURES.rglob("*") if "__pycache__" not in p.parts}


_FIXTURES_BEFORE: set[Path] = set()


def pytest_sessionstart(session: pytest.Session) -> None:
    _FIXTURES_BEFORE.update(_fixture_files())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The fixture projects are read, never written: a test that builds one in place (leaving .cache/ or site/
    in tests/fixtures/) fails the run, since the next run would read what it left."""
    if hasattr(session.config, "workerinput"):  # xdist workers: the controller checks once, at the very end
        return
    added = sorted(str(p.relative_to(FIXTURES)) for p in _fixture_files() - _FIXTURES_BEFORE)
    if added:
        print(f"\nERROR: tests wrote into tests/fixtures/ (copy the project first): {', '.join(added[:10])}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# --- Helpers for tests that edit a copy of a fixture and build it ---------------------------------


def edit(root: Path, rel: str, old: str, new: str, count: int = 1) -> None:
    """Replace ``old`` (which must be there) by ``new`` in the file ``rel`` of the project at ``root``."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def linked_site(root: Path) -> Site:
    """The project at ``root`` read, checked and linked; fails the test, listing the problems, if it has errors."""
    result = build_project(Project.at(root))
    assert result.site is not None, [d.format() for d in result.diagnostics]
    return result.site


def codes(root: Path) -> list[str]:
    """The codes of every diagnostic of the project at ``root``."""
    return [d.code for d in build_project(Project.at(root)).diagnostics]


def strict_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``site``, in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )


# --- The story's site, built once per worker for every test that only reads it ------------------------


@pytest.fixture(scope="session")
def story_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``mkdocs build --strict`` of a copy of the frozen story, with no warning: the built site's folder.

    Shared by every test that only READS it (test_site, test_assessment, the browser tests): never write into
    it; a test that needs a changed site builds its own copy."""
    out = tmp_path_factory.mktemp("story-site")
    with pytest.MonkeyPatch.context() as env:  # built before any test's fixed_today: on the same day
        env.setenv("SOURCE_DATE_EPOCH", TEST_DAY_EPOCH)
        result = strict_build(copy_project(STORY, tmp_path_factory.mktemp("story")), out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr, result.stdout + result.stderr
    return out


# --- How `make test` spreads the suite over two workers (pytest -n 2 --dist loadgroup) ----------------------

#: Tests (a node id's start: a file, a folder, one test) that take many seconds, with their seconds as last measured
#: (CONTRIBUTING.md, "The test suite's time"). Under ``--dist loadgroup`` they start first, the longest first, so no
#: worker is left alone with a long test at the end while the other has finished. A new test file that builds a
#: site or runs a command on a whole project takes its place here once measured.
SLOW_FIRST: dict[str, float] = {
    "tests/browser/test_site_browser.py": 90,  # the "browser" group, with the next file: one Chromium, one site
    "tests/browser/test_reader_forms_browser.py": 90,
    "tests/browser/test_serve_browser.py": 40,  # "browser-serve"
    "tests/test_bench_smoke.py::test_the_benchmark_runs": 18,
    "tests/test_contributing.py::test_pytest_script_collects": 15,
    "tests/test_citizen.py": 15,
    "tests/test_zensical.py": 12,
    "tests/test_package.py": 12,  # "wheel"
    "tests/test_serve.py": 12,  # "serve", with the next file
    "tests/test_orphans.py": 12,
    "tests/test_shipped.py": 10,
    "tests/test_background.py": 8,
    "tests/test_fast_pages.py": 5,
    "tests/test_bounded.py": 5,
    "tests/test_compiled.py": 5,
    "tests/test_fragments.py": 5,
    "tests/test_costs.py": 4,
}


def _group_of(item: pytest.Item) -> str | None:
    """The xdist group of a test: its ``xdist_group`` mark, or its module when it uses a fixture of that module
    kept for the module (built once: split over two workers, it would be built twice)."""
    mark = item.get_closest_marker("xdist_group")
    if mark is not None:
        return str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
    info = getattr(item, "_fixtureinfo", None)
    module = getattr(item, "module", None)
    if info is None or module is None:
        return None
    for defs in info.name2fixturedefs.values():
        if defs and defs[-1].scope == "module" and getattr(defs[-1].func, "__module__", None) == module.__name__:
            return item.nodeid.split("::", 1)[0]
    return None


def _cost(nodeid: str) -> float:
    return max((seconds for prefix, seconds in SLOW_FIRST.items() if nodeid.startswith(prefix)), default=0.0)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``--dist loadgroup``: each test in its group, the slowest groups and files first.

    pytest-xdist (3.8) marks a test's group with an ``@group`` suffix on ``item._nodeid``; pytest 9 computes
    ``nodeid`` from ``item._id`` instead, so the suffix was lost and every group spread over both workers.
    This puts it where pytest 9 reads it. The order is stable: a file's tests stay together, in their order.
    """
    if not getattr(config.option, "loadgroup", False):
        return
    try:  # pytest 9's private node id; under another pytest the groups are left as xdist set them
        from _pytest.nodeid import NodeId
    except ImportError:
        NodeId = None
    for item in items:
        group = _group_of(item)
        if NodeId is not None and group is not None and "@" not in item.nodeid and hasattr(item, "_id"):
            item._id = NodeId.parse(f"{item.nodeid}@{group}")
    items.sort(key=lambda item: -_cost(item.nodeid))
