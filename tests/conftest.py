"""Shared fixtures: the shipped project, and small projects built in a temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config.defaults import MkDocsConfig

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped project (mkdocs.yml, docs/, briefings/, seeds/) to modify freely."""
    for name in ("briefings", "seeds", "docs", "overrides", "templates"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


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
