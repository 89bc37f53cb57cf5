"""Pagefind's indexing service fed page by page (generator/search.py), and what happens when it is missing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort

from generator import search
from tests.search_support import indexed_pages

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Navigation: Home Briefings Actors</nav>
<article><h1 id="top">{title}<a class="headerlink" href="#top">¶</a></h1>
<p>{text}</p><svg><text>axis label</text></svg>
<h2 id="positions">Positions</h2><p>Backs the closure once the bridge is open.</p></article>
<footer>Made with Material</footer></body></html>"""


def test_pages_are_indexed_with_their_article_only(tmp_path: Path) -> None:
    pages = [
        ("/actors/ferry-union/", PAGE.format(title="Ferry workers' union", text="The union of the harbour ferry.")),
        ("/briefings/harbour-ferry/", PAGE.format(title="The harbour ferry", text="Council votes to close it.")),
    ]
    assert search.index_pages(pages, tmp_path) == 2
    indexed = indexed_pages(tmp_path)
    assert set(indexed) == {"/actors/ferry-union/", "/briefings/harbour-ferry/"}
    union = indexed["/actors/ferry-union/"]
    assert "The union of the harbour ferry." in union["content"]
    assert "Backs the closure" in union["content"]
    assert union["meta"]["title"] == "Ferry workers' union"
    assert [a["id"] for a in union["anchors"]] == ["top", "positions"]
    for left_out in ("Navigation", "Made with", "axis label", "¶"):
        assert left_out not in union["content"], left_out


def test_indexing_again_replaces_the_bundle_and_leaves_no_stale_file(tmp_path: Path) -> None:
    search.index_pages([("/a/", PAGE.format(title="A", text="First words."))], tmp_path)
    search.index_pages([("/b/", PAGE.format(title="B", text="Second words."))], tmp_path)
    assert set(indexed_pages(tmp_path)) == {"/b/"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pagefind"]


def test_a_missing_pagefind_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pagefind_bin", None)  # import fails
    monkeypatch.setattr(search.shutil, "which", lambda name: None)
    with pytest.raises(search.SearchError, match=r"pip install 'pagefind-bin"):
        search.executable()


@pytest.fixture
def pagefind_mini(mini: Path) -> Iterator[Path]:
    """The mini project's mkdocs.yml with briefings/search for MkDocs' search; no plugin kept from other builds."""
    config_file = mini / "mkdocs.yml"
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace("  - search\n", "  - briefings/search\n"), encoding="utf-8"
    )
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    cache.clear()
    yield config_file
    cache.clear()


def test_mkdocs_build_stops_when_the_index_cannot_be_built(
    pagefind_mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site is never shipped without its search index; the message says why and what to do."""
    from generator import plugin

    def missing(*args: Any, **kwargs: Any) -> None:
        raise search.SearchError("Pagefind is not installed: pip install 'pagefind-bin>=1.5,<2'")

    monkeypatch.setattr(plugin, "Indexer", missing)
    with pytest.raises(Abort, match=r"Search index not built: Pagefind is not installed: pip install"):
        build(load_config(config_file=str(pagefind_mini), site_dir=str(pagefind_mini.parent / "site")))


class _PostProcessor:
    """A stand-in for a minifier or any plugin that changes the finished page (MkDocs' default priority)."""

    def on_post_page(self, output: str, /, **kwargs: Any) -> str:
        return output.replace("</article>", "<p>Postprocessed marker.</p></article>", 1)


def test_the_index_holds_each_page_as_the_reader_gets_it(pagefind_mini: Path) -> None:
    """The search plugin indexes a page after every other plugin has changed it, whatever their order."""
    site = pagefind_mini.parent / "site"
    config = load_config(config_file=str(pagefind_mini), site_dir=str(site))
    config.plugins["post-processor"] = _PostProcessor()  # registered after briefings/search, as if listed last
    build(config)
    built = (site / "briefings" / "harbour-ferry" / "index.html").read_text(encoding="utf-8")
    assert "Postprocessed marker." in built
    assert "Postprocessed marker." in indexed_pages(site)["/briefings/harbour-ferry/"]["content"]
