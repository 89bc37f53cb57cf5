"""The plugin in a site a MkDocs user writes: the smallest ``mkdocs.yml``, and a site of its own with briefings added.

Built from the mini fixture's inputs with a ``mkdocs.yml`` written here, as a user would
write it (never this project's, which names every extension and the whole nav).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import FIXTURES

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

#: The README's minimal configuration: the theme and the two plugins, nothing else.
MINIMAL = """\
site_name: Harbour
theme:
  name: material
  font: false
plugins:
  - briefings/search
  - briefings
"""


def make_project(folder: Path, config: str, docs: dict[str, str] | None = None) -> Path:
    """A project of the mini fixture's inputs, ``config`` as its mkdocs.yml and ``docs`` as its docs/ files."""
    import shutil

    for name in ("seeds", "briefings"):
        shutil.copytree(FIXTURES / "mini" / name, folder / name)
    (folder / "docs").mkdir()
    for path, text in (docs or {}).items():
        (folder / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / "docs" / path).write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def build(project: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=300, cwd=project)


def built(project: Path) -> Path:
    result = build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def minimal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(make_project(tmp_path_factory.mktemp("minimal"), MINIMAL))


def test_the_minimal_config_renders_every_generated_page_whole(minimal: Path) -> None:
    """No attribute list printed as text, no Markdown left raw inside an HTML block, on any page."""
    pages = sorted(minimal.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        text = page(minimal, str(path.relative_to(minimal))).select_one("article")
        if text is None:
            continue
        shown = text.get_text()
        assert "{:" not in shown, f"{path}: an attribute list printed as text"
        assert "](" not in shown and "**" not in shown, f"{path}: Markdown left raw"


def test_the_minimal_config_keeps_the_briefing_page_s_anchors_and_notes(minimal: Path) -> None:
    briefing = page(minimal, "briefings/harbour-ferry/index.html")
    assert briefing.select_one("h2#stances") is not None
    assert briefing.select_one("h2#watch") is not None
    assert briefing.select_one("table") is not None
