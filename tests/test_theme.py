"""The plugin brings the site's look (generator/site/theme/): partials after the project's own, styles before its own,
and the search box where the ``extra.briefings_search`` setting says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort

from generator.site import theming


def _build(project: Path, plugins: str, extra: str = "", theme: str = "") -> BeautifulSoup:
    """Build the project with these ``plugins:`` lines, ``theme:`` lines and more settings; its home page."""
    config_file = project / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8").replace("  - search\n  - briefings\n", plugins)
    text = text.replace("  name: material\n", f"  name: material\n{theme}")
    config_file.write_text(text + extra, encoding="utf-8")
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    cache.clear()
    try:
        build(load_config(config_file=str(config_file), site_dir=str(project / "site")))
    finally:
        cache.clear()
    return BeautifulSoup((project / "site" / "index.html").read_text(encoding="utf-8"), "html.parser")


def _links(home: BeautifulSoup) -> tuple[list[str], list[str]]:
    styles = [link["href"] for link in home.select('link[rel="stylesheet"]')]
    return styles, [script["src"] for script in home.select("script[src]")]


SEARCH = "  - briefings/search\n  - briefings\n"


@pytest.mark.parametrize(
    ("plugins", "extra", "shown"),
    [
        (SEARCH, "", True),
        (SEARCH, "extra:\n  briefings_search: false\n", False),
        ("  - briefings/search:\n      enabled: false\n  - briefings\n", "", False),
        ("  - search\n  - briefings\n", "", False),  # MkDocs' own search: no Pagefind box
        ("  - search\n  - briefings\n", "extra:\n  briefings_search: true\n", True),  # the setting, not the plugin
    ],
    ids=["search-plugin", "setting-off", "search-disabled", "mkdocs-search", "setting-on"],
)
def test_the_search_box_follows_the_setting(mini: Path, plugins: str, extra: str, shown: bool) -> None:
    home = _build(mini, plugins, extra)
    styles, scripts = _links(home)
    assert (home.select_one("header #bp-search") is not None) is shown
    assert (home.select_one("header a.bp-search-link") is not None) is shown
    assert styles[-len(theming.stylesheets(shown)) :] == theming.stylesheets(shown)
    assert scripts[-len(theming.scripts(shown)) :] == theming.scripts(shown)
    for path in [*theming.STYLESHEETS, *theming.SCRIPTS]:
        assert (mini / "site" / path).is_file(), path


def test_the_projects_own_partials_and_styles_win(mini: Path) -> None:
    header = mini / "overrides" / "partials" / "header.html"
    header.parent.mkdir(parents=True)
    header.write_text('<header class="own-header">Our own header</header>\n', encoding="utf-8")
    (mini / "docs" / "own.css").write_text("body { color: black; }\n", encoding="utf-8")
    home = _build(mini, SEARCH, "extra_css:\n  - own.css\n", theme="  custom_dir: overrides\n")
    assert home.select_one("header.own-header") is not None, "the project's custom_dir comes before the package's"
    assert home.select_one("#bp-search") is None
    styles, _ = _links(home)
    assert styles[-1] == "own.css", "the project's stylesheets come after the package's, to override them"
    assert styles.index("assets/briefings/briefings.css") < styles.index("own.css")


@pytest.mark.parametrize(("option", "copies"), [("", False), ("always", True), ("never", False)])
def test_copy_as_evidence_is_in_a_build_only_when_set_always(mini: Path, option: str, copies: bool) -> None:
    plugins = (
        f"  - search\n  - briefings:\n      copy_evidence: {option}\n" if option else "  - search\n  - briefings\n"
    )
    _build(mini, plugins)
    source = (mini / "site" / "sources" / "mayor-keeps-ferry" / "index.html").read_text(encoding="utf-8")
    page = BeautifulSoup(source, "html.parser")
    scripts = [str(script["src"]) for script in page.select("script[src]")]
    assert any(s.endswith(theming.EVIDENCE_SCRIPT) for s in scripts) is copies
    assert not any(s.endswith(theming.PROBLEMS_SCRIPT) for s in scripts)  # the problem banner: only while serving
    assert page.select_one('.bp-source-text[data-source="mayor-keeps-ferry"] > p') is not None
    text = mini / "site" / theming.SOURCE_TEXTS / "mayor-keeps-ferry.json"
    assert text.is_file() is copies
    if copies:
        seed = (mini / "seeds" / "mayor-keeps-ferry.md").read_text(encoding="utf-8").split("---\n", 2)[2]
        assert json.loads(text.read_text(encoding="utf-8")) == {
            "source": "mayor-keeps-ferry",
            "paragraphs": [line for line in seed.split("\n") if line.strip()],
        }


def test_copy_evidence_takes_only_its_three_values(mini: Path) -> None:
    with pytest.raises(Abort):
        _build(mini, "  - search\n  - briefings:\n      copy_evidence: yes-please\n")
