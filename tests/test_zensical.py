"""The Zensical route of docs/guide/other-builders.md, run as written: its settings and its four commands.

Zensical runs no MkDocs plugins, so the pages come from ``briefings render`` and
the search index from Pagefind's CLI; the header, stylesheets and scripts from
the installed theme ``briefings``. The index must hold the same text as the one
the ``briefings/search`` plugin builds under MkDocs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.site import search, theming
from tests.search_support import indexed_pages

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide" / "other-builders.md"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_MKDOCS_2_WARNING": "1"}
GENERATED = ["index.html", "briefings/harbour-ferry/index.html", "actors/ferreira/index.html", "timeline/index.html"]


def guide_blocks(kind: str) -> list[str]:
    """The fenced blocks of this kind in the guide's Zensical section."""
    section = GUIDE.read_text(encoding="utf-8").split("\n## Zensical\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"^```{kind}\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)


def zensical_config(mkdocs_yml: Path) -> dict[str, Any]:
    """The project's mkdocs.yml without plugins, with the guide's settings (theme settings merged)."""
    config: dict[str, Any] = yaml.safe_load(mkdocs_yml.read_text(encoding="utf-8"))
    (settings,) = guide_blocks("yaml")
    changes: dict[str, Any] = yaml.safe_load(settings)
    config.pop("plugins", None)
    config["theme"] = {**config.get("theme", {}), **changes.pop("theme")}
    return {**config, **changes}


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", command], cwd=cwd, env=ENV, capture_output=True, text=True)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def routes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the site Zensical and Pagefind's CLI built, the site MkDocs built) from one small project."""
    if shutil.which("zensical", path=str(BIN)) is None:
        pytest.skip("zensical is not installed: pip install -e '.[test]'")
    project = tmp_path_factory.mktemp("zensical")
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", project, dirs_exist_ok=True)
    (project / "docs" / "about.md").write_text("# About\n\nA page of our own, kept apart.\n", encoding="utf-8")
    config = zensical_config(project / "mkdocs.yml")
    config["nav"].append({"About": "about.md"})
    (project / "zensical.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (commands,) = guide_blocks("sh")
    _run(commands, project)
    # The same project through MkDocs and the briefings/search plugin, to compare the indexes.
    mkdocs_yml = project / "mkdocs.yml"
    text = mkdocs_yml.read_text(encoding="utf-8").replace("  - search\n", "  - briefings/search\n")
    mkdocs_yml.write_text(text.replace("  - Home: index.md\n", "  - Home: index.md\n  - About: about.md\n"))
    _run("mkdocs build --strict -q -d mkdocs-site", project)
    return project / "site", project / "mkdocs-site"


def test_the_generated_and_hand_written_pages_are_built(routes: tuple[Path, Path]) -> None:
    site, _ = routes
    for page in [*GENERATED, "about/index.html", "search/index.html"]:
        assert (site / page).is_file(), page
    assert "The Northbridge harbour ferry" in (site / "briefings/harbour-ferry/index.html").read_text(encoding="utf-8")


def test_the_header_has_the_search_box_and_every_asset_is_linked(routes: tuple[Path, Path]) -> None:
    site, _ = routes
    for page in GENERATED:
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one('header #bp-search[role="search"]') is not None, page
        styles = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
        scripts = [script["src"] for script in soup.select("script[src]")]
        depth = "../" * page.count("/") or "./"
        ours = [depth + path for path in theming.stylesheets(search=True)]
        assert ours == styles[-len(ours) :], page
        ours = [depth + path for path in theming.scripts(search=True)]
        assert ours == scripts[-len(ours) :], page
    shipped = {p.relative_to(theming.DIR) for p in (theming.DIR / "assets").rglob("*") if p.is_file()}
    assert shipped == {p.relative_to(site) for p in (site / "assets" / "briefings").rglob("*")}
    assert not list(site.rglob("*.py")), "no Python file of the package is copied into the site"


def test_pagefinds_cli_indexes_the_same_text_as_the_plugin(routes: tuple[Path, Path]) -> None:
    site, mkdocs_site = routes
    cli, plugin = indexed_pages(site), indexed_pages(mkdocs_site)
    assert set(cli) - set(plugin) == {"/search/"}, "the search page is the one page only the CLI indexes"
    assert set(plugin) <= set(cli)
    assert {"/briefings/harbour-ferry/", "/about/"} <= set(plugin)
    for url in plugin:
        assert cli[url]["content"] == plugin[url]["content"], url


def test_the_guide_uses_the_plugins_selectors() -> None:
    (commands,) = guide_blocks("sh")
    assert f"--root-selector {search.ROOT_SELECTOR}" in commands
    for selector in search.EXCLUDE_SELECTORS:
        assert re.search(rf'--exclude-selectors "?{re.escape(selector)}"?(\s|$)', commands), selector
