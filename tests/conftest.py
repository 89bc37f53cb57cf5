"""Shared fixtures: the shipped project, and small projects built in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def copy_project(source: Path, target: Path) -> Path:
    """A copy of a project (mkdocs.yml, docs/, briefings/, seeds/, templates/) in ``target``."""
    for name in ("briefings", "seeds", "docs", "templates"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
    shutil.copy(source / "mkdocs.yml", target / "mkdocs.yml")
    return target


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped project (mkdocs.yml, docs/, briefings/, seeds/) to modify freely."""
    return copy_project(ROOT, tmp_path)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small fixture project in tests/fixtures/mini."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target
