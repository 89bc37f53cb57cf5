"""MkDocs adapter: the only module that imports MkDocs.

Adds the generated pages to the build in memory (never writing into ``docs/``),
reports diagnostics through MkDocs' logger, and watches ``briefings/``,
``seeds/`` and the template overrides while serving. During ``mkdocs build``
errors abort the build with one message listing them all; during ``mkdocs
serve`` they are logged and the last good pages stay up (or, before there were
any, a page listing the problems), so fixing a file brings the site back.

While serving, a change to the briefings, seeds or templates does not rebuild
the whole site. The generator renders again only the pages the change can
affect (:class:`~generator.build.Incremental`); of those, the pages whose
Markdown really changed go through MkDocs again (Markdown, theme template,
search entries), and every other page is left as it is. Anything else (an edit
in ``docs/`` or ``mkdocs.yml``, a page added or removed, a changed title in the
navigation, a plugin whose page events cannot be replayed) gets MkDocs' own
full rebuild.
"""

from __future__ import annotations

import html
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from .build import BuildResult, Incremental, Rebuild
from .diagnostics import Severity, summary
from .model import Site
from .render import render_problems
from .validate import Project

log = logging.getLogger("mkdocs.plugins.briefings")

#: Plugins whose page events a quick rebuild replays correctly; with any other, every rebuild is full.
QUICK_PLUGINS = frozenset({"briefings", "search", "material/search"})

Stamps = dict[str, tuple[int, int]]


class BriefingsConfig(Config):
    briefings = opt.Type(str, default="briefings")
    seeds = opt.Type(str, default="seeds")
    templates = opt.Type(str, default="templates")
    #: while serving, rebuild only the pages a change affects (off: MkDocs rebuilds everything)
    quick_rebuilds = opt.Type(bool, default=True)
    #: also index the built site with Pagefind (``pip install 'pagefind[bin]'``) and add a search page, search.md
    pagefind = opt.Type(bool, default=False)


@dataclass
class _Built:
    """What the last full MkDocs build left behind, for quick rebuilds on top of it."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: Any


class _NeedsFullBuild(Exception):
    """A quick rebuild found a change that reaches beyond the pages it rebuilt."""


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """``plugins: [briefings]`` in mkdocs.yml."""

    def __init__(self) -> None:
        self.serving = False
        self.last_good: dict[str, str] | None = None
        self.builds: Incremental | None = None
        self.pending: Rebuild | None = None
        self.built: _Built | None = None
        self.nav: Navigation | None = None
        self.outside: Stamps = {}
        self.watched: Callable[[], Iterable[str]] | None = None
        self.site: Site | None = None
        self.files: Files | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def _paths(self, config: MkDocsConfig) -> tuple[Project, Path]:
        root = Path(config.config_file_path).parent
        project = Project(root, root / self.config.briefings, root / self.config.seeds)
        return project, root / self.config.templates

    def _incremental(self, config: MkDocsConfig) -> Incremental:
        project, templates = self._paths(config)
        if self.builds is None or (self.builds.project, self.builds.templates) != (project, templates):
            self.builds = Incremental(project, templates)
        return self.builds

    # --- Every build ------------------------------------------------------------------

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.serving and self.watched is None:  # the first build: what `mkdocs serve` will watch
            self.outside = self._stamp_outside(config, [config.docs_dir, config.config_file_path, *config.watch])

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        rebuild, self.pending = self.pending or self._incremental(config).build(), None
        pages = self._pages(rebuild.result)
        if self.config.pagefind:
            pages = {**pages, PAGEFIND_PAGE: pagefind_page(config)}
        self.files = files
        for path, markdown in pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                raise Abort(f"docs/{path} collides with a generated page: rename or remove it.")
            files.append(File.generated(config, path, content=markdown))
        return files

    def _pages(self, result: BuildResult) -> dict[str, str]:
        """The pages to build, after reporting the diagnostics; aborts ``mkdocs build`` on errors."""
        if result.pages is None and not self.serving:
            listing = "\n".join(d.format() for d in result.diagnostics)
            raise Abort(f"The briefings have problems:\n{listing}\n{summary(result.diagnostics)}")
        for d in result.diagnostics:
            (log.error if d.severity is Severity.ERROR else log.warning)(d.format())
        if result.pages is None:
            log.error("Serving the last good pages until the problems are fixed.")
            return self.last_good or {"index.md": render_problems(result.diagnostics)}
        self.last_good, self.site = result.pages, result.site
        return result.pages

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.serving and self.nav is not None:
            self.built = _Built(config, files, self.nav, env)
        return env

    @event_priority(50)  # before the search plugin writes its index (priority 0)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.files is not None:
            tidy_search(config, self.files, self.last_good or {}, self.site)
        if self.config.pagefind:
            run_pagefind(config.site_dir)

    # --- Serving ------------------------------------------------------------------------

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        project, templates = self._paths(config)
        for folder in (project.briefings, project.seeds, templates):
            if folder.is_dir():
                server.watch(str(folder))
        others = sorted(set(config.plugins) - QUICK_PLUGINS)
        watched = getattr(server, "_watched_paths", None)
        if not (self.serving and self.config.quick_rebuilds and isinstance(watched, dict)):
            return server
        if others:
            log.info(f"Quick rebuilds are off: plugin(s) {', '.join(others)} need full rebuilds.")
            return server
        self.watched = watched.keys
        full: Callable[[], None] = server.builder
        server.builder = lambda: self._rebuild(config, full)
        return server

    def _rebuild(self, config: MkDocsConfig, full: Callable[[], None]) -> None:
        """What ``mkdocs serve`` runs on a change: a quick rebuild when it can be exact, else ``full``."""
        started = time.perf_counter()
        outside = self._stamp_outside(config, self.watched() if self.watched else [])
        moved, self.outside = outside != self.outside, outside
        done = None
        if not moved:
            try:
                done = self._quick()
            except _NeedsFullBuild as why:
                log.info(f"Rebuilding everything: {why}")
            except Exception:  # a full build is always right; say why the quick one was not
                log.warning("Quick rebuild failed; rebuilding everything.", exc_info=True)
        if done is None:
            full()
        else:
            log.info(f"Rebuilt {done} changed page(s) in {time.perf_counter() - started:.2f} seconds")

    def _stamp_outside(self, config: MkDocsConfig, paths: Iterable[str]) -> Stamps:
        """(modification time, size) of every watched file that is not an input of the generator."""
        project, templates = self._paths(config)
        inputs = {os.path.abspath(p) for p in (project.briefings, project.seeds, templates)}

        def is_input(path: str) -> bool:
            return path in inputs or any(path.startswith(folder + os.sep) for folder in inputs)

        stamps: Stamps = {}
        for top in paths:
            top = os.path.abspath(top)
            if is_input(top):
                continue
            for folder, dirs, names in os.walk(top) if os.path.isdir(top) else [("", [], [top])]:
                dirs[:] = [d for d in dirs if not is_input(os.path.join(folder, d))]
                for name in names:
                    path = os.path.join(folder, name)
                    try:
                        stat = os.stat(path)
                    except OSError:
                        continue
                    stamps[path] = (stat.st_mtime_ns, stat.st_size)
        return stamps

    def _quick(self) -> int | None:
        """Rebuild the pages whose Markdown changed; the count, or ``None`` when a full build is needed."""
        built, builds = self.built, self.builds
        if built is None or builds is None:
            return None
        rebuild = builds.build()
        if rebuild.result.pages is None:
            self._pages(rebuild.result)  # logs the problems; the pages being served stay up
            return 0
        if not rebuild.changed:
            return 0
        files = {path: built.files.get_file_from_path(path) for path in rebuild.changed}
        if rebuild.removed or any(f is None or f.page is None for f in files.values()):
            self.pending = rebuild  # pages come or go: MkDocs rebuilds everything, with these pages
            return None
        self._pages(rebuild.result)
        markdown = rebuild.result.pages
        self._update(built, {path: (f, markdown[path]) for path, f in files.items() if f is not None})
        return len(files)

    def _update(self, built: _Built, changed: dict[str, tuple[File, str]]) -> None:
        """Run changed pages through MkDocs again, with the files, navigation and theme of the last build."""
        from mkdocs.commands import build as mkdocs_build  # its page steps; MkDocs 1.6 has no public API for them

        config, files, nav = built.config, built.files, built.nav
        pages: list[Page] = []
        in_nav = {id(p) for p in nav.pages}
        for file, markdown in changed.values():
            assert file.page is not None
            title = file.page.title
            file.content_string = markdown
            mkdocs_build._populate_page(file.page, config, files)
            if id(file.page) in in_nav and file.page.title != title:
                raise _NeedsFullBuild(f"the title of {file.src_uri} changed, and the navigation shows it")
            pages.append(file.page)
        searches = [p for p in config.plugins.values() if hasattr(p, "search_index")]
        _drop_search_entries(searches, {page.url for page in pages})
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        for page in pages:
            mkdocs_build._build_page(
                page, config, doc_files, nav, built.env, excluded=page.file.inclusion.is_excluded()
            )
        tidy_search(config, files, self.last_good or {}, self.site)
        for plugin in searches:
            plugin.on_post_build(config=config)
        for file in doc_files:
            if file.page is not None:
                file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)


def _drop_search_entries(plugins: Iterable[Any], urls: set[str]) -> None:
    """Remove the search entries of these pages; rebuilding a page adds its entries again."""
    for plugin in plugins:
        index = plugin.search_index
        for name in ("entries", "_entries"):  # Material's search plugin, MkDocs' own
            entries = getattr(index, name, None)
            if isinstance(entries, list):
                entries[:] = [e for e in entries if str(e.get("location", "")).split("#", 1)[0] not in urls]


# --- Search ----------------------------------------------------------------------------------

#: Generated pages that only repeat what briefing and actor pages say: kept out of search.
_REPEATS = frozenset({"questions.md", "actors/index.md", "sources/index.md", "briefings/index.md"})


def tidy_search(config: MkDocsConfig, files: Files, pages: dict[str, str], site: Site | None) -> None:
    """Keep the search index small as the corpus grows, every position and quote still in it.

    Briefing pages and the timeline stay as the search plugin indexed them: they
    hold the positions, questions, events and quotes. Actor pages keep their first
    section (name, role, aliases): their positions repeat the briefing pages'. Pages
    that only list what others show are dropped. Source pages are kept out by their
    front matter (whole article texts); each gets one entry here instead, with its
    headline and the passages quoted from it.
    """
    searches = [p for p in config.plugins.values() if hasattr(p, "search_index")]
    if not searches or not pages:
        return
    kinds: dict[str, str] = {}
    for path in pages:
        file = files.get_file_from_path(path)
        if file is None:
            continue
        if path in _REPEATS:
            kinds[file.url] = "drop"
        elif path.startswith("actors/") or path == "index.md":
            kinds[file.url] = "first"
        elif path.startswith("sources/"):
            kinds[file.url] = "drop"  # replaced by the entries below, so tidying twice changes nothing
    added = _source_entries(files, site)
    for plugin in searches:
        for name in ("entries", "_entries"):  # Material's search plugin, MkDocs' own
            entries = getattr(plugin.search_index, name, None)
            if isinstance(entries, list):
                entries[:] = [e for e in entries if _kept(e, kinds)] + added


def _kept(entry: dict[str, Any], kinds: dict[str, str]) -> bool:
    url, _, anchor = str(entry.get("location", "")).partition("#")
    kind = kinds.get(url)
    return kind is None or (kind == "first" and not anchor)


def _source_entries(files: Files, site: Site | None) -> list[dict[str, str]]:
    out = []
    for source in site.sources.values() if site else ():
        file = files.get_file_from_path(f"sources/{source.id}.md")
        if file is None:
            continue
        passages = " … ".join(" ".join(source.body[p.start : p.end].split()) for p in source.passages)
        about = ", ".join(x for x in (source.outlet, source.date_text) if x)
        out.append(
            {
                "location": file.url,
                "title": html.escape(source.headline, quote=False),
                "text": html.escape(f"{about}. {passages}" if passages else about, quote=False),
            }
        )
    return out


# --- Pagefind ----------------------------------------------------------------------------------

PAGEFIND_PAGE = "search.md"


def pagefind_page(config: MkDocsConfig) -> str:
    """The search page: Pagefind's own search box, loading its bundle from the site's ``pagefind/`` folder."""
    bundle = "../pagefind/" if config.use_directory_urls else "pagefind/"
    return (
        "---\ntitle: Search\nsearch:\n  exclude: true\n---\n\n# Search\n\n"
        f'<link href="{bundle}pagefind-ui.css" rel="stylesheet">\n'
        f'<div id="bp-search" class="bp-search"></div>\n<script src="{bundle}pagefind-ui.js"></script>\n'
        '<script>new PagefindUI({element: "#bp-search", showSubResults: true, debounceTimeoutMs: 100});</script>\n'
    )


def run_pagefind(site_dir: str) -> None:
    """Index the built site with Pagefind (only the article of each page: no navigation, header or footer)."""
    import subprocess
    import sys

    started = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        site_dir,
        "--root-selector",
        "article",
        "--exclude-selectors",
        ".headerlink",
        "--silent",
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning(f"Pagefind did not run: {exc}")
        return
    if done.returncode:
        hint = " (install it: pip install 'pagefind[bin]')" if "No module named" in done.stderr else ""
        log.warning(f"Pagefind failed{hint}: {done.stderr.strip()[-2000:]}")
        return
    log.info(f"Pagefind indexed the site in {time.perf_counter() - started:.2f} seconds")
