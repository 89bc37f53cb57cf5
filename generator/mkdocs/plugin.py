"""MkDocs adapter: the only module that imports MkDocs.

Adds the generated pages to the build in memory (never writing into ``docs/``),
reports diagnostics through MkDocs' logger, and watches ``briefings/``,
``seeds/`` and the template overrides while serving. During ``mkdocs build``
errors abort the build with one message listing them all; during ``mkdocs
serve`` they are logged and the last good pages stay up (or, before there were
any, a page listing the problems), so fixing a file brings the site back.

While serving, a change to the briefings, seeds or templates does not rebuild
the whole site. The generator renders again only the pages the change can
affect (:class:`~generator.build.pipeline.Incremental`); of those, the pages whose
Markdown really changed go through MkDocs again (Markdown, theme template,
search entries), and every other page is left as it is. Anything else (an edit
in ``docs/`` or ``mkdocs.yml``, a page added or removed, a changed title in the
navigation, a plugin whose page events cannot be replayed) gets MkDocs' own
full rebuild. Between runs the generator's state is kept in ``.cache/briefings/``
(:meth:`~generator.build.pipeline.Incremental.save`), so the next build too reads and
renders only what changed.

Two plugins: ``briefings`` (:class:`BriefingsPlugin`, the pages) and
``briefings/search`` (:class:`SearchPlugin`, the Pagefind index, fed page by page
through :mod:`generator.site.search` while MkDocs builds).
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.build import background
from generator.build.background import Background, BackgroundFailed, BackgroundProblems
from generator.build.pipeline import BuildResult, Incremental, Rebuild
from generator.data.export import downloads
from generator.diagnostics import Diagnostic, Severity, relpath, summary
from generator.site import theming
from generator.site.addresses import collisions, destination
from generator.site.pages.source import source_texts
from generator.site.render import render_problems
from generator.site.search import SEARCH_PAGE, Indexer, SearchError, index_pages, search_page
from generator.validate import Project

log = logging.getLogger("mkdocs.plugins.briefings")

#: Plugins whose page events a quick rebuild replays correctly; with any other, every rebuild is full.
QUICK_PLUGINS = frozenset({"briefings", "briefings/search", "search", "material/search"})

#: (modification time, size, change time, inode) of each watched file: an edit that keeps the size and
#: puts the old modification time back still changes the change time (which no program can set).
Stamps = dict[str, tuple[int, int, int, int]]
#: Where the generator keeps its state between runs, beside mkdocs.yml (Material keeps its caches in .cache/ too).
CACHE_DIR = ".cache/briefings"
#: The state in it: plain data, compressed JSON (:mod:`generator.build.state`)
STATE_FILE = "state.json.zlib"


class BriefingsConfig(Config):
    #: where "edit this page" leads for a generated page, relative to ``repo_url`` (default: MkDocs' ``edit_uri``
    #: without its docs folder, so ``edit/main/docs/`` becomes ``edit/main/`` and the link opens the YAML or seed)
    edit_uri = opt.Optional(opt.Type(str))
    briefings = opt.Type(str, default="briefings")
    seeds = opt.Type(str, default="seeds")
    templates = opt.Type(str, default="templates")
    #: while serving, rebuild only the pages a change affects (off: MkDocs rebuilds everything)
    quick_rebuilds = opt.Type(bool, default=True)
    #: keep parsed inputs and rendered pages in .cache/briefings/ between runs (off: every build starts afresh)
    cache = opt.Type(bool, default=True)
    #: the "Copy as evidence" button on source pages: while serving, in every build, or never
    copy_evidence = opt.Choice(("serve", "always", "never"), default="serve")
    #: during `mkdocs build`, build the pages in a second process while MkDocs does its own work (Linux)
    parallel = opt.Type(bool, default=True)


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
        self.saved = False
        self.loaded = False
        self.save_due = False
        self.saving: threading.Thread | None = None
        #: the files beside the pages (dataset, feed) of the last good build
        self.downloads: dict[str, bytes] = {}
        #: the input file behind each generated page (for "edit this page")
        self.origins: dict[str, str] = {}
        #: while serving: the errors and warnings of the last build, for the banner on every page
        self.problems: list[dict[str, object]] = []
        #: while serving: the thread writing the downloads again after a quick rebuild
        self.refreshing: threading.Thread | None = None
        #: during `mkdocs build`: the build running in a second process, from on_config to the end
        self.background: Background | None = None
        #: the pages built in this process after the background build failed
        self.fallback: BuildResult | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(-50)  # after the other plugins' on_config: the search plugin's setting is in place
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        use_theme(config)
        scripts = [theming.PROBLEMS_SCRIPT] if self.serving else []
        if self._copy_evidence():
            scripts.append(theming.EVIDENCE_SCRIPT)
        _put_first(config.extra_javascript, scripts)
        self._saved_by_now()
        self._stop_background()
        self.fallback = None
        if not self.serving and self.config.parallel and background.available():
            # As early as the settings are known: while MkDocs cleans the site folder and reads the theme and
            # the docs, the other core reads, checks and links the inputs, then renders the pages.
            project, templates = self._paths(config)
            settings = background.Settings(
                project,
                templates,
                self._state(config) if self.config.cache else None,
                config.site_name,
                config.site_url or "",
                config.site_author or "",
                texts=self._copy_evidence(),
            )
            self.background = Background(settings)
        return config

    def _copy_evidence(self) -> bool:
        return self.config.copy_evidence == "always" or (self.config.copy_evidence == "serve" and self.serving)

    def _paths(self, config: MkDocsConfig) -> tuple[Project, Path]:
        root = Path(config.config_file_path).parent
        project = Project(root, root / self.config.briefings, root / self.config.seeds)
        return project, root / self.config.templates

    def _incremental(self, config: MkDocsConfig) -> Incremental:
        project, templates = self._paths(config)
        if self.builds is None or (self.builds.project, self.builds.templates) != (project, templates):
            saved = Incremental.load(self._state(config), project, templates, log) if self.config.cache else None
            self.builds = saved or Incremental(project, templates)
            self.saved, self.loaded = False, saved is not None
            if saved is not None:
                log.debug(f"Starting from the state saved in {CACHE_DIR}/ (inputs are compared by content)")
        return self.builds

    def _state(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / CACHE_DIR / STATE_FILE

    def _save(self, config: MkDocsConfig) -> None:
        """Keep the generator's state for the next run (once per serve session: saving costs a little)."""
        if not self.config.cache or self.builds is None or (self.serving and self.saved):
            return
        try:
            self.builds.save(self._state(config))
            # an older generator's state, never read (it was a pickle: loading one can run code)
            (self._state(config).parent / "state.pickle").unlink(missing_ok=True)
            self.saved = True
        except OSError as exc:
            log.warning(f"Could not save the build cache in {CACHE_DIR}/ ({exc}); the next build starts afresh.")

    # --- Every build ------------------------------------------------------------------

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.serving and self.watched is None:  # the first build: what `mkdocs serve` will watch
            self.outside = self._stamp_outside(config, [config.docs_dir, config.config_file_path, *config.watch])

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self._saved_by_now()
        self._downloads_written()
        if self.background is not None:
            try:
                return self._files_from_background(self.background, files, config)
            except BackgroundFailed as why:
                self._stop_background()
                log.warning(f"Building the pages in this process: {why}")
        if not self.serving:
            # The generator makes many objects that live to the end of the build and hardly any
            # cyclic garbage: the garbage collector would only go through them again and again.
            gc.disable()
        try:
            rebuild, self.pending = self.pending or self._incremental(config).build(), None
        finally:
            if not self.serving:
                gc.freeze()  # kept out of every later collection (0.4 s of MkDocs' build at 1,000 articles)
                gc.enable()
        pages = self._pages(rebuild.result)
        # a state loaded and left as it was needs no saving
        self.save_due = rebuild.result.pages is not None and bool(rebuild.changed or rebuild.removed or not self.loaded)
        _refuse_collisions(config, files, pages, self.serving)
        for path, markdown in pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None:  # left out of the site (exclude_docs), or it would have been refused above
                files.remove(existing)
            files.append(File.generated(config, path, content=markdown))
        for path, content in self._downloads(config, rebuild.result).items():
            if files.get_file_from_path(path) is None:
                files.append(File.generated(config, path, content=content))
        return files

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        """A generated page's "edit this page" opens the briefing, registry or seed file it is made from."""
        origin = self.origins.get(page.file.src_uri)
        base = self._edit_base(config)
        if origin and base:
            page.edit_url = base + origin
        return context

    def _edit_base(self, config: MkDocsConfig) -> str | None:
        if not config.repo_url:
            return None
        edit_uri = self.config.edit_uri
        if edit_uri is None:
            edit_uri = config.edit_uri or ""
            docs = Path(config.docs_dir).name + "/"
            if not edit_uri or not edit_uri.endswith(docs):
                return None
            edit_uri = edit_uri[: -len(docs)]
        return urljoin(config.repo_url.rstrip("/") + "/", edit_uri)

    def _files_from_background(self, work: Background, files: Files, config: MkDocsConfig) -> Files:
        """The pages of the background build, added to ``files`` as it lists them; each read when MkDocs needs it."""
        head = work.head()
        for level, message in work.logged():
            log.log(level, message)
        if head.loaded:
            log.debug(f"Starting from the state saved in {CACHE_DIR}/ (inputs are compared by content)")
        self._report(head.diagnostics, failed=head.pages is None)  # with errors, aborts the build
        pages = head.pages or []
        self.origins = head.origins
        _refuse_collisions(config, files, pages, self.serving)
        for path in pages:
            existing = files.get_file_from_path(path)
            if existing is not None:  # left out of the site (exclude_docs), or it would have been refused above
                files.remove(existing)
            files.append(_Streamed(config, path, functools.partial(self._streamed_page, config, path)))
        for path in head.downloads:
            if files.get_file_from_path(path) is None:
                files.append(_Streamed(config, path, functools.partial(self._streamed_download, config, path)))
        return files

    def _streamed_page(self, config: MkDocsConfig, path: str) -> str:
        if self.background is not None:
            try:
                return self.background.page(path)
            except BackgroundProblems as problems:  # a template failed: abort, listing the problems
                self._stop_background()
                self._report(problems.diagnostics, failed=True)
            except BackgroundFailed as why:
                self._build_here(config, why)
        assert self.fallback is not None and self.fallback.pages is not None
        return self.fallback.pages[path]

    def _streamed_download(self, config: MkDocsConfig, path: str) -> bytes:
        if self.background is not None:
            try:
                return self.background.downloads().get(path, b"")
            except BackgroundProblems as problems:
                self._stop_background()
                self._report(problems.diagnostics, failed=True)
            except BackgroundFailed as why:
                self._build_here(config, why)
        assert self.fallback is not None
        return self._downloads(config, self.fallback).get(path, b"")

    def _build_here(self, config: MkDocsConfig, why: BackgroundFailed) -> None:
        """The background build failed halfway: build the same pages in this process, once."""
        self._stop_background()
        log.warning(f"Building the pages in this process: {why}")
        result = self._incremental(config).build().result
        if result.pages is None:
            self._pages(result)  # aborts, listing the problems
        self.fallback = result

    def _stop_background(self) -> None:
        work, self.background = self.background, None
        if work is not None:
            work.stop()

    def _downloads(self, config: MkDocsConfig, result: BuildResult) -> dict[str, bytes]:
        """The dataset (JSON, CSV, Web Annotations) and the feed, from the last good build (``data.md`` links them)."""
        if result.site is not None:
            self.origins = result.site.origins
            base = config.site_url or ""
            self.downloads = downloads(result.site, config.site_name, base, config.site_author or "")
            if self._copy_evidence():
                self.downloads.update(source_texts(result.site))
        return self.downloads

    def _pages(self, result: BuildResult) -> dict[str, str]:
        """The pages to build, after reporting the diagnostics; aborts ``mkdocs build`` on errors."""
        self._report(result.diagnostics, failed=result.pages is None)
        self.problems = [d.as_json() for d in result.diagnostics]
        if result.pages is None:
            log.error("Serving the last good pages until the problems are fixed.")
            return self.last_good or {"index.md": render_problems(result.diagnostics)}
        self.last_good = result.pages
        return result.pages

    def _report(self, diagnostics: list[Diagnostic], failed: bool) -> None:
        """Log the diagnostics; when the build ``failed`` (errors), abort ``mkdocs build`` listing them."""
        if failed and not self.serving:
            listing = "\n".join(d.format() for d in diagnostics)
            raise Abort(f"The briefings have problems:\n{listing}\n{summary(diagnostics)}")
        for d in diagnostics:
            (log.error if d.severity is Severity.ERROR else log.warning)(d.format())

    @event_priority(100)  # before the search plugin, which then waits for Pagefind to finish
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Save the state in the background: the build's last step mostly waits for Pagefind."""
        self._show_problems(config)
        work, self.background = self.background, None
        if work is not None:  # the process that built the pages saves the state; wait for it in the background
            self.saving = threading.Thread(target=_finish, args=(work,), name="briefings-save")
            self.saving.start()
        if self.save_due:
            self.save_due = False
            self.saving = threading.Thread(target=self._save, args=(config,), name="briefings-save")
            self.saving.start()

    def _show_problems(self, config: MkDocsConfig) -> None:
        """While serving: the last build's errors and warnings where every page's script reads them."""
        if not self.serving:
            return
        target = Path(config.site_dir) / theming.PROBLEMS_FILE
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps({"problems": self.problems}, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            log.warning(f"Could not write {theming.PROBLEMS_FILE} for the browser's problem banner: {exc}")

    def on_shutdown(self) -> None:
        self._saved_by_now()
        self._downloads_written()
        self._stop_background()

    def _saved_by_now(self) -> None:
        """Wait for a background save (before the state changes again, or the process ends)."""
        if self.saving is not None:
            self.saving.join()
            self.saving = None

    def on_build_error(self, *, error: Exception) -> None:
        """A full build failed after MkDocs emptied the site folder: the next rebuild must be full as well.

        A quick rebuild writes only the pages whose Markdown changed since the last
        good build, which assumes every other page is still on disk. Once the build
        that failed has emptied ``site/``, that no longer holds: without this, fixing
        the input left home, actors and search answering 404 until a restart.
        """
        self.built = None

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.serving and self.nav is not None:
            self.built = _Built(config, files, self.nav, env)
        return env

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
        self._saved_by_now()
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
        """The :data:`Stamps` of every watched file that is not an input of the generator."""
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
                    stamps[path] = (stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns, stat.st_ino)
        return stamps

    def _quick(self) -> int | None:
        """Rebuild the pages whose Markdown changed; the count, or ``None`` when a full build is needed."""
        built, builds = self.built, self.builds
        if built is None or builds is None:
            return None
        rebuild = builds.build()
        if rebuild.result.pages is None:
            self._pages(rebuild.result)  # logs the problems; the pages being served stay up
            self._show_problems(built.config)
            return 0
        if not rebuild.changed:
            self.problems = [d.as_json() for d in rebuild.result.diagnostics]  # no errors: the banner goes
            self._show_problems(built.config)
            return 0
        files = {path: built.files.get_file_from_path(path) for path in rebuild.changed}
        if rebuild.removed or any(f is None or f.page is None for f in files.values()):
            self.pending = rebuild  # pages come or go: MkDocs rebuilds everything, with these pages
            return None
        self._pages(rebuild.result)
        markdown = rebuild.result.pages
        self._update(built, {path: (f, markdown[path]) for path, f in files.items() if f is not None})
        self._refresh_downloads(built, rebuild.result)
        self._show_problems(built.config)
        return len(files)

    def _refresh_downloads(self, built: _Built, result: BuildResult) -> None:
        """After a quick rebuild: write the downloads again, in the background.

        Making the whole-site dataset in every format costs about as much as the
        pages a quick rebuild renders; the browser reloads without waiting for it,
        as search catches up a moment later too.
        """
        self._downloads_written()
        self.refreshing = threading.Thread(
            target=self._write_downloads, args=(built, result), name="briefings-downloads"
        )
        self.refreshing.start()

    def _downloads_written(self) -> None:
        """Wait for a background refresh of the downloads (before a build makes them again, or the process ends)."""
        if self.refreshing is not None:
            self.refreshing.join()
            self.refreshing = None

    def _write_downloads(self, built: _Built, result: BuildResult) -> None:
        """Write the downloads that changed into the built site."""
        old = dict(self.downloads)
        for path, content in self._downloads(built.config, result).items():
            file = built.files.get_file_from_path(path)
            if file is not None and old.get(path) != content:
                file.content_bytes = content
                file.copy_file()

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
        for plugin in searches:
            plugin.on_post_build(config=config)
        for plugin in config.plugins.values():
            if isinstance(plugin, SearchPlugin):
                plugin.reindex(config)
        for file in doc_files:
            if file.page is not None:
                file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)


def _finish(work: Background) -> None:
    """Wait for the background build to end (it saves the state last), and pass on its warnings."""
    for warning in work.finish():
        log.warning(f"{warning}; the next build starts afresh.")


class _Streamed(File):
    """A generated file whose content is fetched when MkDocs first reads it: the background build delivers it."""

    def __init__(self, config: MkDocsConfig, path: str, fetch: Callable[[], str | bytes]) -> None:
        super().__init__(path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        self.generated_by = config.plugins._current_plugin or "briefings"
        self._fetch: Callable[[], str | bytes] | None = fetch
        self._held: str | bytes | None = None

    @property
    def _content(self) -> str | bytes | None:
        """What File reads its content from (``content_string``, ``content_bytes``, ``copy_file``)."""
        if self._fetch is not None:
            self._held, self._fetch = self._fetch(), None
        return self._held

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self._held, self._fetch = value, None


def use_theme(config: MkDocsConfig) -> None:
    """The package's theme folder (:mod:`generator.site.theming`) in the build, its stylesheets and scripts linked.

    The folder goes right after the project's own ``custom_dir`` (whose files still
    win) and before Material's, as mkdocstrings and Material's own plugins add
    theirs; its ``assets/`` are copied into the site like any theme file. Our
    stylesheets and scripts come before the project's own ``extra_css`` and
    ``extra_javascript``, so the project's can override them.
    """
    folder = str(theming.DIR)
    if folder not in config.theme.dirs:
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, folder)
    search = bool(config.extra.get(theming.SEARCH_SETTING))
    _put_first(config.extra_css, theming.stylesheets(search))
    _put_first(config.extra_javascript, theming.scripts(search))


def _put_first(listed: list[Any], ours: list[str]) -> None:
    """Our paths before the project's own, each once (a project may list one itself)."""
    present = {str(item) for item in listed}  # MkDocs keeps a script with attributes as an object; str() is its path
    listed[:0] = [path for path in ours if path not in present]


def _refuse_collisions(
    config: MkDocsConfig, files: Files, generated: Iterable[str], serving: bool, search: bool = False
) -> None:
    """Abort when a file in docs/ would be lost to a generated page (or to the search bundle): BRF072."""
    built = [f for f in files if (f.inclusion.is_in_serve() if serving else not f.inclusion.is_excluded())]
    found = collisions(
        generated,
        [f.src_uri for f in built],
        relpath(Path(config.docs_dir), Path(config.config_file_path).parent),
        config.use_directory_urls,
        search,
    )
    if found:
        listing = "\n".join(d.format() for d in found)
        raise Abort(f"Files in the docs folder would be lost in the site:\n{listing}\n{summary(found)}")


def _drop_search_entries(plugins: Iterable[Any], urls: set[str]) -> None:
    """Remove the search entries of these pages; rebuilding a page adds its entries again."""
    for plugin in plugins:
        index = plugin.search_index
        for name in ("entries", "_entries"):  # Material's search plugin, MkDocs' own
            entries = getattr(index, name, None)
            if isinstance(entries, list):
                entries[:] = [e for e in entries if str(e.get("location", "")).split("#", 1)[0] not in urls]


# --- Search -------------------------------------------------------------------------------------


class SearchConfig(Config):
    #: off: no index is built and no search box shown; for quick local builds
    enabled = opt.Type(bool, default=True)


class SearchPlugin(BasePlugin[SearchConfig]):
    """``plugins: [briefings/search]``: Pagefind search, indexed while the site builds.

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
        #: while serving: the HTML of every indexed page, by URL, for indexing again after a quick rebuild
        self.html: dict[str, str] = {}
        self._lock = threading.Lock()
        self._again = False
        self._worker: threading.Thread | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Switch the header's search box on (``extra.briefings_search``), unless mkdocs.yml says otherwise."""
        config.extra.setdefault(theming.SEARCH_SETTING, self.config.enabled)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.config.enabled:
            _refuse_collisions(config, files, (), self.serving, search=True)
        page = destination(SEARCH_PAGE, config.use_directory_urls)
        if not any(f.dest_uri == page for f in files):  # a hand-written search page (docs/search.md) wins
            files.append(File.generated(config, SEARCH_PAGE, content=search_page()))
        return files

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.wait()  # a full build writes the index itself: let a background run finish first
        self.indexer, self.html = None, {}
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
            self.html[url] = output
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
        if not (self.config.enabled and self.html):
            return
        with self._lock:
            self._again = True
            if self._worker is None:
                self._worker = threading.Thread(target=self._reindex_loop, args=(Path(config.site_dir),), daemon=True)
                self._worker.start()

    def wait(self, timeout: float = 300.0) -> None:
        """Until a background indexing run (:meth:`reindex`) has finished."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def _reindex_loop(self, site_dir: Path) -> None:
        while True:
            with self._lock:
                if not self._again:
                    self._worker = None
                    return
                self._again = False
                pages = list(dict(self.html).items())
            started = time.perf_counter()
            try:
                count = index_pages(pages, site_dir)
            except SearchError as exc:
                log.warning(f"Search is not up to date: {exc}")
                continue
            log.info(f"Search: indexed {count} pages again in {time.perf_counter() - started:.2f} seconds")
