"""``plugins: [briefings/search]``: Pagefind search, indexed while the site builds (:mod:`generator.site.search`)."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.mkdocs.config import SearchConfig
from generator.mkdocs.files import refuse_collisions
from generator.site import theming
from generator.site.addresses import destination
from generator.site.search import SEARCH_PAGE, Indexer, Reindexing, SearchError, search_page

log = logging.getLogger("mkdocs.plugins.briefings")

#: Material's element around a page's content (its ``base.html``): what Pagefind indexes (``ROOT_SELECTOR``)
ARTICLE = '<article class="md-content__inner md-typeset">'
_SPACE = re.compile(r"\s*")


class SearchPlugin(BasePlugin[SearchConfig]):
    """Pagefind search, indexed while the site builds.

    MkDocs converts every page before it renders the first into the theme's
    template. Each page's HTML body is kept at ``on_page_content`` (after every
    other plugin's), and once the last page is converted (``on_env``) their articles
    go to Pagefind's indexing service, each inside the ``<article>`` Material puts it
    in, with the title Material adds when the page has no ``<h1>`` (:func:`article`);
    Pagefind reads nothing outside the article (``ROOT_SELECTOR``; the language is
    forced). It then builds its index and writes its bundle on another core
    (:meth:`Indexer.seal <generator.site.search.Indexer.seal>`) while Material's
    template runs for every page; at the end the bundle is only moved into
    ``pagefind/``. The bundle is byte for byte the one made from the finished pages.

    Each finished page (``on_post_page``, last) is checked against what Pagefind
    was given (:func:`same_article`): if a template or another plugin changed the
    article after ``on_page_content``, the early index is dropped and the pages are
    indexed as written, those written before read back from the site. When another
    plugin changes finished pages (``on_post_page``: a minifier), under another
    theme, and while serving, pages are handed over only when finished, as MkDocs
    writes them. Pages with ``search: exclude: true`` in their front matter are left
    out. While serving, a quick rebuild indexes the site again in the background:
    the browser reloads at once, and search catches up a moment later.
    """

    def __init__(self) -> None:
        self.serving = False
        self.indexer: Indexer | None = None
        self.started = 0.0
        #: while serving: every indexed page's HTML, indexed again after a quick rebuild
        self.reindexing = Reindexing(log)
        #: pages handed over early (:func:`article`): the URL, title and content of each, by page, until it is written
        self.early = False
        self.handed: dict[str, tuple[str, str, str]] = {}
        #: the pages written and checked so far: their URL and file (read back if the early index is dropped)
        self.written: list[tuple[str, str]] = []

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Switch the header's search box on (``extra.briefings_search``), unless mkdocs.yml says otherwise."""
        config.extra.setdefault(theming.SEARCH_SETTING, self.config.enabled)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.config.enabled:
            refuse_collisions(config, files, (), self.serving, search=True)
        page = destination(SEARCH_PAGE, config.use_directory_urls)
        if not any(f.dest_uri == page for f in files):  # a hand-written search page (docs/search.md) wins
            home = config.extra.get(theming.ROOT_SETTING, "") + "index.md"  # the briefings' home
            made = File.generated(config, SEARCH_PAGE, content=search_page(home), inclusion=InclusionLevel.NOT_IN_NAV)
            made.abs_src_path = config.config_file_path  # made from this plugin's entry there (plugins read it)
            files.append(made)
        return files

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.wait()  # a full build writes the index itself: let a background run finish first
        self.indexer, self.reindexing.html = None, {}
        if not self.config.enabled:
            return
        self.started = time.perf_counter()
        self.handed, self.written = {}, []
        self.early = self.handing_early(config)
        try:
            self.indexer = Indexer()
        except SearchError as exc:
            self._problem(str(exc))

    def handing_early(self, config: MkDocsConfig) -> bool:
        """Whether pages go to Pagefind at ``on_page_content``: in a build under Material, when no other plugin
        changes pages once rendered (``on_post_page``)."""
        others = [e for e in config.plugins.events["post_page"] if getattr(e, "__self__", None) is not self]
        return not self.serving and config.theme.name == "material" and not others

    @event_priority(-100)  # last: after every plugin that changes the page's HTML
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.early and self.indexer is not None and not _excluded(page):
            head = "" if "<h1" in html else f"<h1>{page.title or config.site_name}</h1>"
            self.handed[page.file.src_uri] = ("/" + page.url, head, html)
        return html

    @event_priority(-100)
    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        """Every page is converted: Pagefind gets their articles and builds its index while MkDocs renders the pages
        into the theme. (Handed over at once rather than page by page: while MkDocs converts the pages, the
        generator's second process has the other core.)"""
        if self.early and self.indexer is not None:
            for url, head, html in self.handed.values():
                self.indexer.add(article(head, html), url)
            self.indexer.seal(Path(config.site_dir))
        return env

    @event_priority(-100)  # last: index the page the reader gets, after any minifier or other post-processing
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if _excluded(page):
            return output
        url = "/" + page.url
        if self.serving:
            self.reindexing.html[url] = output
        if self.indexer is None:
            return output
        if self.early:
            handed = self.handed.pop(page.file.src_uri, None)
            if handed is not None and same_article(output, handed[1], handed[2]):
                self.written.append((url, page.file.abs_dest_path))
                return output
            log.info(
                f"Search: the article of {page.file.src_uri} changed after it went to Pagefind (a template or a "
                "plugin changed it): indexing the pages as written instead"
            )
            self._index_written()
        if self.indexer is not None:
            self.indexer.add(output, url)
        return output

    def _index_written(self) -> None:
        """Drop the index of pages handed over early; start one of the pages as written, those so far read back."""
        dropped, self.indexer, self.early = self.indexer, None, False
        if dropped is not None:
            dropped.discard()
        try:
            self.indexer = Indexer()
        except SearchError as exc:
            self._problem(str(exc))
            return
        for url, path in self.written:
            self.indexer.add(Path(path).read_text(encoding="utf-8"), url)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        indexer, self.indexer = self.indexer, None
        self.handed, self.written = {}, []
        if indexer is None:
            return
        try:
            indexer.write(Path(config.site_dir))
        except SearchError as exc:
            self._problem(str(exc))
            return
        log.info(
            f"Search: indexed {indexer.pages} pages ({indexer.words:,} words) with Pagefind "
            f"in {time.perf_counter() - self.started:.2f} seconds"
        )

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves no Pagefind running and no bundle half written beside the site's."""
        indexer, self.indexer = self.indexer, None
        self.handed, self.written = {}, []
        if indexer is not None:
            indexer.discard()

    def _problem(self, message: str) -> None:
        """Search failing never stops ``mkdocs serve``; it fails ``mkdocs build`` (the site would ship without it)."""
        if self.serving:
            log.warning(f"Search is not up to date: {message}")
        else:
            raise Abort(f"Search index not built: {message}")

    def reindex(self, config: MkDocsConfig) -> None:
        """After a quick rebuild: index the pages again in the background (one run at a time, the latest wins)."""
        if self.config.enabled:
            self.reindexing.request(Path(config.site_dir))

    def wait(self, timeout: float = 300.0) -> None:
        """Until a background indexing run (:meth:`reindex`) has finished."""
        self.reindexing.wait(timeout)


def _excluded(page: Page) -> bool:
    """Whether the page's front matter leaves it out of search (``search: exclude: true``)."""
    meta = page.meta.get("search")
    return isinstance(meta, dict) and bool(meta.get("exclude"))


def article(head: str, content: str) -> str:
    """What Pagefind indexes of a page: its content inside Material's article, after ``head`` (the page's title when
    the content has no ``<h1>``, as Material's ``partials/content.html`` adds it)."""
    return f"{ARTICLE}\n{head}\n{content}\n</article>"


def same_article(output: str, head: str, content: str) -> bool:
    """Whether the page's first ``<article>`` holds ``head`` and ``content`` and nothing else, but white space between
    them (where Material's template puts it): what :func:`article` gave Pagefind."""
    at = output.find("<article")
    if at < 0 or not output.startswith(ARTICLE, at):
        return False
    at += len(ARTICLE)
    for part in (head, content, "</article>"):
        at = _SPACE.match(output, at).end()  # type: ignore[union-attr]
        if not output.startswith(part, at):
            return False
        at += len(part)
    return True
