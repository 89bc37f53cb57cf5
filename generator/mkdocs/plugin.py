"""``plugins: [briefings]``: the generated pages in a MkDocs build, the MkDocs glue over :mod:`generator.build.session`.

The pages are added in memory, never written into ``docs/``; diagnostics go
through MkDocs' logger. During ``mkdocs build`` errors abort the build with one
message listing them all; during ``mkdocs serve`` they are logged and the last
good pages stay up (or, before there were any, a page listing the problems), so
fixing a file brings the site back. ``briefings/``, ``seeds/`` and the template
overrides are watched while serving.

While serving, a change to the inputs does not rebuild the whole site: the
generator renders again only the pages the change can affect, and of those only
the pages whose Markdown changed go through MkDocs again (:mod:`.quick`); any
other change (``docs/``, ``mkdocs.yml``, a page added or removed, a title the
navigation shows, a plugin whose page events cannot be replayed) gets MkDocs'
own full rebuild. The options are in :mod:`.config`; search is
:mod:`.search`'s plugin.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.build.session import BuildFailed, FileStamps, Options, Session
from generator.mkdocs.config import BriefingsConfig
from generator.mkdocs.files import Streamed, refuse_collisions
from generator.mkdocs.pages import make_fast
from generator.mkdocs.quick import QUICK_PLUGINS, Built, NeedsFullBuild, replay
from generator.site import theming
from generator.site.addresses import edit_base
from generator.site.links import Links, check_links

log = logging.getLogger("mkdocs.plugins.briefings")

T = TypeVar("T")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """The generated pages, the theme folder with its assets, quick rebuilds while serving."""

    def __init__(self) -> None:
        self.serving = False
        self.session = Session(log)
        #: while serving: the last full build, the navigation it made, what `mkdocs serve` watches outside the inputs
        self.built: Built | None = None
        self.nav: Navigation | None = None
        self.outside: FileStamps = {}
        self.watched: Callable[[], Iterable[str]] | None = None
        #: the generated pages' paths, converted with cmark-gfm (:mod:`.pages`)
        self.generated: set[str] = set()
        #: the ids and links of each generated page converted so far, checked once all are (:meth:`check_links`)
        self.links: dict[str, Links] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(-50)  # after the other plugins' on_config: the search plugin's setting is in place
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        use_theme(config)
        copy_evidence = self.config.copy_evidence == "always" or (self.config.copy_evidence == "serve" and self.serving)
        scripts = [theming.PROBLEMS_SCRIPT] if self.serving else []
        if copy_evidence:
            scripts.append(theming.EVIDENCE_SCRIPT)
        _put_first(config.extra_javascript, scripts)
        options = self.config
        self.session.configure(
            Options(
                _root(config),
                options.briefings,
                options.seeds,
                options.templates,
                options.cache,
                self.serving,
                copy_evidence,
                options.parallel,
                config.site_name,
                config.site_url or "",
                config.site_author or "",
                options.identity or "",
            )
        )
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.serving and self.watched is None:  # the first build: what `mkdocs serve` will watch
            self.outside = self.session.stamp_outside([config.docs_dir, config.config_file_path, *config.watch])

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        session = self.session
        session.saved_by_now()
        session.downloads_written()
        head = _stopping(session.listed)
        if head is not None:  # the background build's pages, each read when MkDocs reaches it
            refuse_collisions(config, files, head.pages or [], self.serving)
            self.generated, self.links = set(head.pages or []), {}
            for path in head.pages or []:
                _put(files, Streamed(config, path, functools.partial(_stopping, session.page, path)))
            for path in head.downloads:
                _add(files, Streamed(config, path, functools.partial(_stopping, session.download, path)))
            return files
        rebuild = session.build()
        pages = _stopping(session.pages, rebuild.result)
        refuse_collisions(config, files, pages, self.serving)
        self.generated, self.links = set(pages), {}
        for path, markdown in pages.items():
            _put(files, File.generated(config, path, content=markdown))
        for path, content in session.files(rebuild.result).items():
            _add(files, File.generated(config, path, content=content))
        return files

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        """A generated page is converted by cmark-gfm; its page events fire as for any other page."""
        if self.config.fast_markdown and page.file.src_uri in self.generated:
            make_fast(page, self.links)
        return page

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        """A generated page's "edit this page" opens the briefing, registry or seed file it is made from."""
        origin = self.session.origins.get(page.file.src_uri)
        base = edit_base(config.repo_url, self.config.edit_uri, config.edit_uri, Path(config.docs_dir).name)
        if origin and base:
            page.edit_url = base + origin
        return context

    @event_priority(100)  # before the search plugin, which then waits for Pagefind to finish
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Save the state in the background: the build's last step mostly waits for Pagefind."""
        self.session.finish(Path(config.site_dir))

    def on_shutdown(self) -> None:
        self.session.end()

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
        self.check_links(files)
        if self.serving and self.nav is not None:
            self.built = Built(config, files, self.nav, env)
        return env

    def check_links(self, files: Files) -> None:
        """Every link of the generated pages leads to a page and an anchor the site has (BRF140, BRF141): MkDocs
        checks the pages it converts, not these."""
        if not self.links:
            return
        written = {path: f.content_string for path in self.links if (f := files.get_file_from_path(path))}
        handwritten = [f.src_uri for f in files.documentation_pages() if f.src_uri not in self.generated]
        self.session.report(check_links(self.links, written, handwritten), failed=False)

    # --- Serving ------------------------------------------------------------------------

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        for folder in self.session.options.inputs():
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
        server.builder = lambda: self._rebuild(full)
        return server

    def _rebuild(self, full: Callable[[], None]) -> None:
        """What ``mkdocs serve`` runs on a change: a quick rebuild when it can be exact, else ``full``."""
        started = time.perf_counter()
        self.session.saved_by_now()
        outside = self.session.stamp_outside(self.watched() if self.watched else [])
        moved, self.outside = outside != self.outside, outside
        done = None
        if not moved:
            try:
                done = self._quick()
            except NeedsFullBuild as why:
                log.info(f"Rebuilding everything: {why}")
            except Exception:  # a full build is always right; say why the quick one was not
                log.warning("Quick rebuild failed; rebuilding everything.", exc_info=True)
        if done is None:
            full()
        else:
            log.info(f"Rebuilt {done} changed page(s) in {time.perf_counter() - started:.2f} seconds")

    def _quick(self) -> int | None:
        """Rebuild the pages whose Markdown changed; the count, or ``None`` when a full build is needed."""
        built, session = self.built, self.session
        if built is None or session.builds is None:
            return None
        rebuild = session.builds.build()
        site_dir = Path(built.config.site_dir)
        if rebuild.result.pages is None:
            session.pages(rebuild.result)  # logs the problems; the pages being served stay up
            session.show_problems(site_dir)
            return 0
        if not rebuild.changed:
            session.problems = [d.as_json() for d in rebuild.result.diagnostics]  # no errors: the banner goes
            session.show_problems(site_dir)
            return 0
        files = {path: built.files.get_file_from_path(path) for path in rebuild.changed}
        if rebuild.removed or any(f is None or f.page is None for f in files.values()):
            session.pending = rebuild  # pages come or go: MkDocs rebuilds everything, with these pages
            return None
        markdown = session.pages(rebuild.result)
        replay(built, {path: (f, markdown[path]) for path, f in files.items() if f is not None})
        self.check_links(built.files)
        session.refresh_downloads(rebuild.result, functools.partial(_write, built.files))
        session.show_problems(site_dir)
        return len(files)


def _root(config: MkDocsConfig) -> Path:
    """The project's folder, resolved: ``mkdocs build -f mkdocs.yml`` gives MkDocs a relative path, a plain
    ``mkdocs build`` an absolute one, and the saved state must be the same project's for both."""
    return Path(config.config_file_path).resolve().parent


def _stopping(step: Callable[..., T], *args: Any) -> T:
    """A step of the session; problems that must stop the build abort it, listing them."""
    try:
        return step(*args)
    except BuildFailed as failed:
        raise Abort(str(failed)) from None


def _put(files: Files, file: File) -> None:
    """A generated page in place of a file of the same path (left out of the site by ``exclude_docs``)."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:  # excluded, or collisions would have been refused
        files.remove(existing)
    files.append(file)


def _add(files: Files, file: File) -> None:
    """A file beside the pages, unless the docs have one of that path."""
    if files.get_file_from_path(file.src_uri) is None:
        files.append(file)


def _write(files: Files, path: str, content: bytes) -> None:
    """A download written again into the built site (after a quick rebuild)."""
    file = files.get_file_from_path(path)
    if file is not None:
        file.content_bytes = content
        file.copy_file()


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
