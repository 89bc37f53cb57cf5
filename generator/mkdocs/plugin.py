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

import datetime as dt
import functools
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.build.session import BuildFailed, FileStamps, Options, Session
from generator.mkdocs.compiled import Compiled, compile_ahead
from generator.mkdocs.config import BriefingsConfig
from generator.mkdocs.files import Streamed, refuse_collisions, write_later
from generator.mkdocs.fragments import Fragments
from generator.mkdocs.pages import make_fast
from generator.mkdocs.quick import QUICK_PLUGINS, Built, NeedsFullBuild, replay
from generator.site import theming
from generator.site.addresses import edit_base, mount_folder, mounted
from generator.site.identity import SiteIdentity, address
from generator.site.links import Links, check_links
from generator.site.pages import index_paths

log = logging.getLogger("mkdocs.plugins.briefings")

T = TypeVar("T")

#: The pages every site has once, which the navigation MkDocs makes lists.
INDEX_PATHS = frozenset(index_paths())


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
        #: the folder of the site the generated pages go under (``mount``), "" for the root
        self.mount = ""
        #: the generated pages' paths in the site, converted with cmark-gfm (:mod:`.pages`)
        self.fast_paths: set[str] = set()
        #: the ids and links of each generated page converted so far, checked once all are (:meth:`check_links`)
        self.links: dict[str, Links] = {}
        #: the downloads MkDocs would have waited for before the first page: written at the end (:class:`Streamed`)
        self.later: list[Streamed] = []
        #: the theme's templates, compiled while the build waits for the pages (:mod:`.compiled`)
        self.compiled: Compiled | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(-50)  # after the other plugins' on_config: the search plugin's setting is in place
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            self.mount = mount_folder(self.config.mount)
        except ValueError as exc:
            raise PluginError(str(exc)) from None
        config.extra[theming.ROOT_SETTING] = mounted(self.mount, "")
        use_theme(config)
        use_extensions(config)
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
                SiteIdentity(
                    config.site_name,
                    address(config.site_url),
                    config.site_author or "",
                    options.identity or "",
                    self.mount,
                ),
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
        self.compiled = compile_ahead(config.theme.get_env())  # while the second process makes the pages
        head = _stopping(session.listed)
        at = self.at
        if head is not None:  # the background build's pages, each read when MkDocs reaches it
            refuse_collisions(config, files, [at(path) for path in head.pages or []], self.serving)
            self.fast_paths, self.links = {at(path) for path in head.pages or []}, {}
            for path in head.pages or []:
                _put(
                    files,
                    self.placed(Streamed(config, at(path), functools.partial(_stopping, session.page, path)), path),
                )
            self.later = []
            for path in head.downloads:
                fetch = functools.partial(_stopping, session.download, path)
                _add(files, Streamed(config, at(path), fetch, self.later))
            return files
        rebuild = session.build()
        pages = _stopping(session.pages, rebuild.result)
        refuse_collisions(config, files, [at(path) for path in pages], self.serving)
        downloads = session.files(rebuild.result)  # first: it knows each page's input file
        self.fast_paths, self.links = {at(path) for path in pages}, {}
        for path, markdown in pages.items():
            _put(files, self.placed(File.generated(config, at(path), content=markdown), path))
        for path, content in downloads.items():
            _add(files, File.generated(config, at(path), content=content))
        return files

    def placed(self, file: File, path: str) -> File:
        """A generated page (``path``: the generator's) with the input it is made from, and out of the navigation
        MkDocs makes unless it is one of the pages every site has once.

        Its ``abs_src_path`` is the briefing, registry or seed file it is made from (the
        briefings folder for a page made from all of them), so plugins that date or
        describe a page by its source file (mkdocs-rss-plugin) find one. A page made from
        one file is not marked ``generated_by``: plugins that date a page by its file's
        history (git-revision-date-localized) then date it by that file's commits rather
        than by the build. Its content is still the generated Markdown, never read from
        that file. The single briefings, actors, sources and periods are reached from the
        lists; listing each would crowd the navigation and name a period ("2025") once per list.
        """
        options, origin = self.session.options, self.session.origins.get(path)
        file.abs_src_path = str(options.root / origin if origin else options.project.briefings)
        if origin:
            file.generated_by = None
        if path not in INDEX_PATHS:
            file.inclusion = InclusionLevel.NOT_IN_NAV
        return file

    def at(self, path: str) -> str:
        """Where a generated page or download is in the site: under the mount folder, except the sources' texts,
        which the theme's script reads beside itself in ``assets/``."""
        return path if path.startswith(theming.SOURCE_TEXTS + "/") else mounted(self.mount, path)

    def generated_path(self, src_uri: str) -> str:
        """The generator's own path of a page the site has at ``src_uri`` (the mount folder taken off)."""
        prefix = mounted(self.mount, "")
        return src_uri[len(prefix) :] if prefix and src_uri.startswith(prefix) else src_uri

    @event_priority(100)  # before the plugins that read a page's date
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A dated generated page's date in its meta (a briefing's as-of date, an article's), as front matter
        would give it: ``date``, unless the page's own front matter has one."""
        if self.generated(page.file):
            found = self.session.dates.get(self.generated_path(page.file.src_uri))
            if found:
                page.meta.setdefault("date", dt.date.fromisoformat(found))
        return markdown

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        """A generated page is converted by cmark-gfm; its page events fire as for any other page."""
        if self.config.fast_markdown and page.file.src_uri in self.fast_paths:
            make_fast(page, self.links)
        return page

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        """A generated page's "edit this page" opens the briefing, registry or seed file it is made from; a page
        made from every file (home, the lists) has none."""
        if not self.generated(page.file):
            return context
        origin = self.session.origins.get(self.generated_path(page.file.src_uri))
        base = edit_base(config.repo_url, self.config.edit_uri, config.edit_uri, Path(config.docs_dir).name)
        page.edit_url = base + origin if origin and base else None
        return context

    def generated(self, file: File) -> bool:
        """Whether ``file`` is one of this plugin's pages (some are not marked ``generated_by``: :meth:`placed`)."""
        return file.generated_by == "briefings" or (
            file.src_dir is None and self.generated_path(file.src_uri) in self.session.origins
        )

    @event_priority(100)  # before the search plugin, which then waits for Pagefind to finish
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the downloads that were not there before the pages; save the state in the background: the build's
        last step mostly waits for Pagefind."""
        write_later(self.later)
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

    def _on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        """Check the generated pages' links; parts of the theme's template are rendered once per set of addresses
        (:mod:`.fragments`)."""
        self.check_links(files)
        if self.nav is not None:
            Fragments(self.nav, config).install(env)
        if self.serving and self.nav is not None:
            self.built = Built(config, files, self.nav, env)
        return env

    @event_priority(-100)  # last: after any plugin that changes how the environment compiles templates
    def _on_env_compiled(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        """The templates compiled while the build waited for the pages, for the build's environment to load."""
        compiled, self.compiled = self.compiled, None
        if compiled is not None:
            compiled.install(env)
        return env

    on_env = CombinedEvent(_on_env, _on_env_compiled)

    def check_links(self, files: Files) -> None:
        """Every link of the generated pages leads to a page and an anchor the site has (BRF140, BRF141): MkDocs
        checks the pages it converts, not these."""
        if not self.links:
            return
        written = {path: f.content_string for path in self.links if (f := files.get_file_from_path(path))}
        handwritten = [f.src_uri for f in files.documentation_pages() if f.src_uri not in self.fast_paths]
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
        files = {path: built.files.get_file_from_path(self.at(path)) for path in rebuild.changed}
        if rebuild.removed or any(f is None or f.page is None for f in files.values()):
            session.pending = rebuild  # pages come or go: MkDocs rebuilds everything, with these pages
            return None
        markdown = session.pages(rebuild.result)
        replay(built, {path: (f, markdown[path]) for path, f in files.items() if f is not None})
        self.check_links(built.files)
        session.refresh_downloads(rebuild.result, lambda path, content: _write(built.files, self.at(path), content))
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


def use_extensions(config: MkDocsConfig) -> None:
    """The Markdown extensions the generated pages are written for, added when ``mkdocs.yml`` lacks them.

    Without them a page prints ``{: #stances }`` and raw ``**[name](page.md)**`` inside its HTML blocks, and
    ``--strict`` does not notice. Material's tags plugin adds ``attr_list`` the same way. An extension named by
    its module path (``markdown.extensions.attr_list``) counts as present.
    """
    present = {str(name).rsplit(".", 1)[-1] for name in config.markdown_extensions}
    missing = [name for name in theming.MARKDOWN_EXTENSIONS if name not in present]
    if missing:
        config.markdown_extensions.extend(missing)
        log.info(f"Markdown extensions the briefings' pages need, added: {', '.join(missing)}")


def _put_first(listed: list[Any], ours: list[str]) -> None:
    """Our paths before the project's own, each once (a project may list one itself)."""
    present = {str(item) for item in listed}  # MkDocs keeps a script with attributes as an object; str() is its path
    listed[:0] = [path for path in ours if path not in present]
