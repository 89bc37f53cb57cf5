"""Pagefind's indexing service fed page by page (generator/site/search.py), and what happens when it is missing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError

from generator.mkdocs.search import ARTICLE, article, same_article
from generator.site import search
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
    from generator.mkdocs import search as search_plugin

    def missing(*args: Any, **kwargs: Any) -> None:
        raise search.SearchError("Pagefind is not installed: pip install 'pagefind-bin>=1.5,<2'")

    monkeypatch.setattr(search_plugin, "Indexer", missing)
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


class _Passing:
    """A plugin that reads the finished page and changes nothing (as a minifier registers itself)."""

    def on_post_page(self, output: str, /, **kwargs: Any) -> str:
        return output


class _ChangesContent:
    """A plugin that adds to one page's content after on_page_content (as a theme's template or a plugin might)."""

    def on_page_context(self, context: Any, /, *, page: Any, **kwargs: Any) -> Any:
        if page.url == "briefings/harbour-ferry/":
            page.content += "<p>Added after conversion: zanzibarite.</p>"
        return context


def _build_with(config_file: Path, site: Path, **plugins: Any) -> bool:
    """Build into ``site`` with ``plugins`` added; whether pages went to Pagefind before the template."""
    config = load_config(config_file=str(config_file), site_dir=str(site))
    for name, plugin in plugins.items():
        config.plugins[name] = plugin  # registers its events, after briefings/search's, as if listed last
    build(config)
    return bool(config.plugins["briefings/search"].early)  # type: ignore[attr-defined]


def _bundle(site: Path) -> dict[str, bytes]:
    folder = site / "pagefind"
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pages_handed_over_before_the_template_give_the_bundle_of_the_finished_pages(
    tmp_path: Path, fresh_plugins: None
) -> None:
    """Each page's article goes to Pagefind at on_page_content, so its index is built while Material's template runs;
    the bundle is byte for byte the one made from the pages as written (another plugin's on_post_page makes the
    search plugin wait for them, as it did for every build before)."""
    from tests.conftest import STORY, copy_project

    project = copy_project(STORY, tmp_path / "story")
    # a page without a heading of its own: Material's template gives it its title as <h1>, so must the early article
    (project / "docs" / "notes.md").write_text("---\ntitle: Field notes\n---\n\nWords without a heading.\n")
    assert _build_with(project / "mkdocs.yml", tmp_path / "early")
    assert not _build_with(project / "mkdocs.yml", tmp_path / "late", post_reader=_Passing())
    early, late = _bundle(tmp_path / "early"), _bundle(tmp_path / "late")
    assert len(indexed_pages(tmp_path / "late")) > 60
    assert indexed_pages(tmp_path / "late")["/notes/"]["meta"]["title"] == "Field notes"
    assert sorted(early) == sorted(late)
    assert [name for name in early if early[name] != late[name]] == []


def test_a_page_changed_after_it_went_to_pagefind_is_indexed_as_written(
    pagefind_mini: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """When a page's article is not what Pagefind got at on_page_content, the early index is dropped and every page
    is indexed as written, those written before it read back from the site."""
    site = pagefind_mini.parent / "site"
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefings"):
        assert not _build_with(pagefind_mini, site, changes=_ChangesContent())
    assert "changed after it went to Pagefind" in caplog.text
    pages = indexed_pages(site)
    assert "zanzibarite" in pages["/briefings/harbour-ferry/"]["content"]
    late = pagefind_mini.parent / "late"
    _build_with(pagefind_mini, late, changes=_ChangesContent(), post_reader=_Passing())
    assert _bundle(site) == _bundle(late)


class _FailsOnceTheBundleIsBegun:
    """A plugin that fails the build after Pagefind's bundle was written beside the site's (before it is moved in)."""

    def __init__(self) -> None:
        self.search: Any = None
        self.staged = False

    def on_page_context(self, context: Any, /, *, config: MkDocsConfig, **kwargs: Any) -> Any:
        self.search = config.plugins["briefings/search"]
        self.search.indexer._sealed.join(120)
        self.staged = (Path(config.site_dir) / ".pagefind-new" / "pagefind-entry.json").is_file()
        raise PluginError("the build fails here")


def test_a_failed_build_leaves_no_bundle_half_made_and_no_pagefind_running(pagefind_mini: Path) -> None:
    failing = _FailsOnceTheBundleIsBegun()
    with pytest.raises(Abort):
        _build_with(pagefind_mini, pagefind_mini.parent / "site", failing=failing)
    assert failing.staged  # the bundle was written beside the site's before the build failed
    assert not (pagefind_mini.parent / "site" / ".pagefind-new").exists()
    assert failing.search.indexer is None


@pytest.mark.parametrize(
    ("output", "same"),
    [
        (f"<body>{ARTICLE}\n  <h1>T</h1>\n<p>x</p>\n  </article></body>", True),
        (f"<body>{ARTICLE}<h1>T</h1><p>x</p></article>", True),
        (f"<body>{ARTICLE}<h1>T</h1><p>x</p><p>y</p></article>", False),  # something added after the content
        (f"<body>{ARTICLE}<p>tag</p><h1>T</h1><p>x</p></article>", False),  # something added before it
        (f"<body>{ARTICLE}<p>x</p></article>", False),  # the title is missing
        (f"<body><article>{ARTICLE}<h1>T</h1><p>x</p></article></article>", False),  # not the first article
        ("<body><main><h1>T</h1><p>x</p></main></body>", False),
    ],
)
def test_the_article_given_early_is_checked_against_the_page_written(output: str, same: bool) -> None:
    assert same_article(output, "<h1>T</h1>", "<p>x</p>") is same
    assert same_article(article("<h1>T</h1>", "<p>x</p>"), "<h1>T</h1>", "<p>x</p>")


# --- the bundle is complete when write() returns ---------------------------------------------

FAKE_SERVICE = r'''#!/usr/bin/env python3
"""Pagefind's service protocol, acting as the real one does under load: WriteFiles is answered
before its files are written (in the background), and the service stops as soon as its input ends."""
import base64, json, os, sys, threading, time

ENTRY = json.dumps({"version": "fake", "languages": {"en": {"hash": "en_1", "wasm": "en", "page_count": 1}}})
FILES = {"pagefind-entry.json": ENTRY.encode(), "pagefind.en_1.pf_meta": b"meta", "index/en_1.pf_index": b"index"}


def reply(message_id, payload):
    sys.stdout.buffer.write(base64.b64encode(json.dumps({"message_id": message_id, "payload": payload}).encode()) + b",")
    sys.stdout.buffer.flush()


def write_later(folder):
    time.sleep(0.5)
    for name, data in FILES.items():
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)


buffer = b""
while chunk := os.read(0, 65536):
    buffer += chunk
    *messages, buffer = buffer.split(b",")
    for raw in messages:
        message = json.loads(base64.b64decode(raw))
        payload, mid = message["payload"], message["message_id"]
        if payload["type"] == "NewIndex":
            reply(mid, {"type": "NewIndex", "index_id": 0})
        elif payload["type"] == "AddFile":
            reply(mid, {"type": "IndexedFile", "page_word_count": 2, "page_url": payload["url"], "page_meta": {}})
        elif payload["type"] == "WriteFiles":
            for name in FILES:  # created at once, filled later: what a reader's browser found empty
                path = os.path.join(payload["output_path"], name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "wb").close()
            threading.Thread(target=write_later, args=(payload["output_path"],), daemon=True).start()
            reply(mid, {"type": "WriteFiles", "output_path": payload["output_path"]})
        elif payload["type"] == "GetFiles":
            files = [{"path": n, "content": base64.b64encode(d).decode()} for n, d in FILES.items()]
            reply(mid, {"type": "GetFiles", "files": files})
os._exit(0)  # input ended: stop at once, background writes or not
'''


@pytest.fixture
def fake_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "fake-pagefind"
    script.write_text(FAKE_SERVICE.replace("#!/usr/bin/env python3", f"#!{sys.executable}", 1), encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(search, "executable", lambda: script)
    return script


def test_the_bundle_is_whole_when_the_service_answers_before_its_files_are_written(
    fake_pagefind: Path, tmp_path: Path
) -> None:
    """Once 11 builds in 60 on a loaded machine: pagefind-entry.json empty, and search never loaded in the browser."""
    site = tmp_path / "site"
    site.mkdir()
    assert search.index_pages([("/a/", PAGE.format(title="A", text="Words."))], site) == 1
    bundle = site / "pagefind"
    assert (bundle / "pagefind-entry.json").read_bytes().startswith(b'{"version"')
    assert (bundle / "index" / "en_1.pf_index").read_bytes() == b"index"
    assert sorted(p.name for p in site.iterdir()) == ["pagefind"], "no staging folder left behind"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([], "no search bundle"),
        ([{"path": "../outside.js", "content": "eA=="}], "outside its folder"),
        ([{"path": "pagefind.js", "content": "eA=="}], "no readable pagefind-entry.json"),
        ([{"path": "pagefind-entry.json", "content": ""}], "no readable pagefind-entry.json"),
        ([{"path": "pagefind-entry.json"}], "without a path or content"),
    ],
)
def test_a_bundle_that_cannot_work_is_refused(tmp_path: Path, files: list[dict[str, str]], message: str) -> None:
    with pytest.raises(search.SearchError, match=message):
        search._write_bundle(files, tmp_path / "staging")
    assert not (tmp_path / "outside.js").exists()
