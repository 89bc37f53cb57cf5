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
