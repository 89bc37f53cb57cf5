"""``plugins: [briefings/search]``: Pagefind search, indexed while the site builds (:mod:`generator.site.search`)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

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


class SearchPlugin(BasePlugin[SearchConfig]):
    """Pagefind search, indexed while the site builds.

    Each page is handed to Pagefind's indexing service as soon as MkDocs has
    rendered it (:class:`generator.site.search.Indexer`), so indexing runs on another
    core alongside the build; at the end the bundle is written to ``pagefind/``.
    Pages with ``search: exclude: true`` in their front matter are left out.
    While serving, a quick rebuild indexes the site again in the background: the
    browser reloads at once, and search catches up a moment later.
    """

    def __init__(self) -> None:
        self.serving = False
        self.indexer: Indexer | None = None
        self.started = 0.0
        #: while serving: every indexed page's HTML, indexed again after a quick rebuild
        self.reindexing = Reindexing(log)

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
        try:
            self.indexer = Indexer()
        except SearchError as exc:
            self._problem(str(exc))

    @event_priority(-100)  # last: index the page the reader gets, after any minifier or other post-processing
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        meta = page.meta.get("search")
        if isinstance(meta, dict) and meta.get("exclude"):
            return output
        url = "/" + page.url
        if self.serving:
            self.reindexing.html[url] = output
        if self.indexer is not None:
            self.indexer.add(output, url)
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        indexer, self.indexer = self.indexer, None
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
