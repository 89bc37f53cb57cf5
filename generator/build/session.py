"""One project built for a site builder: once (``mkdocs build``) or again and again (``mkdocs serve``).

What the MkDocs plugin (:mod:`generator.mkdocs.plugin`) asks of the generator, with
nothing of MkDocs in it: the pages and the files beside them (the dataset, the
feed, the sources' texts), the last good pages kept while the inputs have errors,
the problems for the browser's banner while serving, the state kept between runs
in ``.cache/briefings/`` (saved in a thread, the build's last step mostly waiting
for Pagefind) and, during ``mkdocs build``, the build in a second process
(:mod:`generator.build.background`), with this process building instead when that
one fails.

Diagnostics are logged on the logger the adapter gives; when they hold errors and
the build cannot go on (not serving), :class:`BuildFailed` lists them all.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.build import background
from generator.build.background import Background, BackgroundFailed, BackgroundProblems, Head
from generator.build.pipeline import BuildResult, Incremental, Rebuild
from generator.data.downloads import downloads
from generator.diagnostics import Diagnostic, Severity, summary
from generator.site import theming
from generator.site.identity import SiteIdentity
from generator.site.mail import NO_MAIL
from generator.site.pages import page_dates
from generator.site.pages.source import source_texts
from generator.site.render import render_problems
from generator.validate import Project

#: Where the generator keeps its state between runs, beside mkdocs.yml (Material keeps its caches in .cache/ too).
CACHE_DIR = ".cache/briefings"
#: The state in it: plain data, compressed JSON (:mod:`generator.build.state`)
STATE_FILE = "state.json.zlib"

#: (modification time, size, change time, inode) of a watched file: an edit that keeps the size and puts the
#: old modification time back still changes the change time (which no program can set).
FileStamps = dict[str, tuple[int, int, int, int]]


@dataclass(frozen=True)
class Options:
    """What the adapter's settings say of a build."""

    #: the project folder (beside mkdocs.yml)
    root: Path
    briefings: str = "briefings"
    seeds: str = "seeds"
    templates: str = "templates"
    #: keep the state in .cache/briefings/ between runs
    cache: bool = True
    #: ``mkdocs serve``: errors keep the last good pages up instead of stopping the build
    serving: bool = False
    #: each source's text among the downloads, for "Copy as evidence"
    texts: bool = False
    #: build the pages in a second process (``mkdocs build``, where processes can be forked)
    parallel: bool = True
    #: for the downloads: the site's name, address (may be empty), author, ``identity`` and mount folder
    site: SiteIdentity = field(default_factory=SiteIdentity)

    @property
    def project(self) -> Project:
        return Project(self.root, self.root / self.briefings, self.root / self.seeds)

    @property
    def template_dir(self) -> Path:
        return self.root / self.templates

    @property
    def state(self) -> Path:
        return self.root / CACHE_DIR / STATE_FILE

    def inputs(self) -> list[Path]:
        """The folders the generator reads: the briefings, the seeds, the template overrides."""
        project = self.project
        return [project.briefings, project.seeds, self.template_dir]


class BuildFailed(Exception):
    """The inputs (or a template) have errors and the build cannot go on; the message lists every one."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        listing = "\n".join(d.format() for d in diagnostics)
        super().__init__(f"The briefings have problems:\n{listing}\n{summary(diagnostics)}")
        self.diagnostics = diagnostics


class Session:
    """The generator's side of a builder's session: :meth:`configure` for each build, then the build's steps."""

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.options = Options(Path.cwd())
        self.builds: Incremental | None = None
        #: a rebuild a quick rebuild could not use (pages came or went): the next full build takes it as it is
        self.pending: Rebuild | None = None
        self.last_good: dict[str, str] | None = None
        self.saved = self.loaded = self.save_due = False
        self.saving: threading.Thread | None = None
        #: the files beside the pages (dataset, feed) of the last good build
        self.downloads: dict[str, bytes] = {}
        #: the input file behind each generated page (for "edit this page"), and the date of each dated page
        self.origins: dict[str, str] = {}
        self.dates: dict[str, str] = {}
        #: the errors and warnings of the last build, for the banner on every page while serving
        self.problems: list[dict[str, object]] = []
        #: while serving: the thread writing the downloads again after a quick rebuild
        self.refreshing: threading.Thread | None = None
        #: during `mkdocs build`: the build running in a second process, from :meth:`configure` to the end
        self.background: Background | None = None
        #: the pages built in this process after the background build failed
        self.fallback: BuildResult | None = None

    def configure(self, options: Options) -> None:
        """The settings of the next build; with ``parallel``, its pages start building in a second process now."""
        if not options.site.url:
            self.log.info(NO_MAIL)
        self.saved_by_now()
        self.stop_background()
        self.fallback = None
        self.options = options
        if not options.serving and options.parallel and background.available():
            # As early as the settings are known: while the builder cleans the site folder and reads the theme
            # and the docs, the other core reads, checks and links the inputs, then renders the pages.
            settings = background.Settings(
                options.project,
                options.template_dir,
                options.state if options.cache else None,
                options.site,
                texts=options.texts,
            )
            self.background = Background(settings)

    # --- The pages of a build ----------------------------------------------------------------

    def incremental(self) -> Incremental:
        """The builds of this project: kept while serving, loaded from the saved state at the start."""
        options = self.options
        project, templates = options.project, options.template_dir
        if self.builds is None or (self.builds.project, self.builds.templates) != (project, templates):
            saved = Incremental.load(options.state, project, templates, self.log) if options.cache else None
            self.builds = saved or Incremental(project, templates)
            self.saved, self.loaded = False, saved is not None
            if saved is not None:
                self.log.debug(f"Starting from the state saved in {CACHE_DIR}/ (inputs are compared by content)")
        return self.builds

    def build(self) -> Rebuild:
        """A full build's pages: the rebuild a quick one left pending, or a new one. Only what changed is rendered."""
        if not self.options.serving:
            # The generator makes many objects that live to the end of the build and hardly any
            # cyclic garbage: the garbage collector would only go through them again and again.
            gc.disable()
        try:
            rebuild, self.pending = self.pending or self.incremental().build(), None
        finally:
            if not self.options.serving:
                gc.freeze()  # kept out of every later collection (0.4 s of MkDocs' build at 1,000 articles)
                gc.enable()
        # a state loaded and left as it was needs no saving
        self.save_due = rebuild.result.pages is not None and bool(rebuild.changed or rebuild.removed or not self.loaded)
        return rebuild

    def pages(self, result: BuildResult) -> dict[str, str]:
        """The pages to serve, after reporting the diagnostics: with errors, the last good pages (or a page listing
        the problems) while serving; raises :class:`BuildFailed` otherwise."""
        self.report(result.diagnostics, failed=result.pages is None)
        self.problems = [d.as_json() for d in result.diagnostics]
        if result.pages is None:
            self.log.error("Serving the last good pages until the problems are fixed.")
            return self.last_good or {"index.md": render_problems(result.diagnostics)}
        self.last_good = result.pages
        return result.pages

    def files(self, result: BuildResult) -> dict[str, bytes]:
        """The files beside the pages (dataset, tables, annotations, feed, sources' texts), of the last good build."""
        if result.site is not None:
            self.origins, self.dates = result.site.origins, page_dates(result.site)
            options = self.options
            self.downloads = downloads(result.site, options.site)
            if options.texts:
                self.downloads.update(source_texts(result.site))
        return self.downloads

    def report(self, diagnostics: list[Diagnostic], failed: bool) -> None:
        """Log the diagnostics; when the build ``failed`` (errors) and is not serving, raise :class:`BuildFailed`."""
        if failed and not self.options.serving:
            raise BuildFailed(diagnostics)
        for d in diagnostics:
            (self.log.error if d.severity is Severity.ERROR else self.log.warning)(d.format())

    # --- The build in a second process ------------------------------------------------------

    def listed(self) -> Head | None:
        """The background build's diagnostics and list of pages; ``None`` when there is none (or it failed: the
        caller builds here). Raises :class:`BuildFailed` when the inputs have errors."""
        work = self.background
        if work is None:
            return None
        try:
            head = work.head()
        except BackgroundFailed as why:
            self.stop_background()
            self.log.warning(f"Building the pages in this process: {why}")
            return None
        for level, message in work.logged():
            self.log.log(level, message)
        if head.loaded:
            self.log.debug(f"Starting from the state saved in {CACHE_DIR}/ (inputs are compared by content)")
        self.report(head.diagnostics, failed=head.pages is None)
        self.origins, self.dates = head.origins, head.dates
        return head

    def page(self, path: str) -> str:
        """A page of the background build, as soon as it is rendered (or of this process's, when that failed)."""
        if self.background is not None:
            try:
                return self.background.page(path)
            except BackgroundProblems as problems:  # a template failed: stop, listing the problems
                self.stop_background()
                self.report(problems.diagnostics, failed=True)
            except BackgroundFailed as why:
                self._build_here(why)
        assert self.fallback is not None and self.fallback.pages is not None
        return self.fallback.pages[path]

    def download(self, path: str) -> bytes:
        """A file beside the pages, from the background build (or this process's, when that failed)."""
        if self.background is not None:
            try:
                return self.background.downloads().get(path, b"")
            except BackgroundProblems as problems:
                self.stop_background()
                self.report(problems.diagnostics, failed=True)
            except BackgroundFailed as why:
                self._build_here(why)
        assert self.fallback is not None
        return self.files(self.fallback).get(path, b"")

    def _build_here(self, why: BackgroundFailed) -> None:
        """The background build failed halfway: build the same pages in this process, once."""
        self.stop_background()
        self.log.warning(f"Building the pages in this process: {why}")
        result = self.incremental().build().result
        if result.pages is None:
            self.pages(result)  # raises, listing the problems
        self.fallback = result

    def stop_background(self) -> None:
        work, self.background = self.background, None
        if work is not None:
            work.stop()

    # --- After a build ---------------------------------------------------------------------

    def finish(self, site_dir: Path) -> None:
        """The build is written: show its problems while serving, and save the state in a thread."""
        self.show_problems(site_dir)
        work, self.background = self.background, None
        if work is not None:  # the process that built the pages saves the state; wait for it in the background
            self.saving = threading.Thread(target=self._finish_background, args=(work,), name="briefings-save")
            self.saving.start()
        if self.save_due:
            self.save_due = False
            self.saving = threading.Thread(target=self._save, name="briefings-save")
            self.saving.start()

    def _finish_background(self, work: Background) -> None:
        """Wait for the background build to end (it saves the state last), and pass on its warnings."""
        for warning in work.finish():
            self.log.warning(f"{warning}; the next build starts afresh.")

    def _save(self) -> None:
        """Keep the generator's state for the next run (once per serve session: saving costs a little)."""
        options = self.options
        if not options.cache or self.builds is None or (options.serving and self.saved):
            return
        try:
            self.builds.save(options.state)
            # an older generator's state, never read (it was a pickle: loading one can run code)
            (options.state.parent / "state.pickle").unlink(missing_ok=True)
            self.saved = True
        except OSError as exc:
            self.log.warning(f"Could not save the build cache in {CACHE_DIR}/ ({exc}); the next build starts afresh.")

    def show_problems(self, site_dir: Path) -> None:
        """While serving: the last build's errors and warnings where every page's script reads them."""
        if not self.options.serving:
            return
        target = site_dir / theming.PROBLEMS_FILE
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps({"problems": self.problems}, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            self.log.warning(f"Could not write {theming.PROBLEMS_FILE} for the browser's problem banner: {exc}")

    def saved_by_now(self) -> None:
        """Wait for a save in a thread (before the state changes again, or the process ends)."""
        if self.saving is not None:
            self.saving.join()
            self.saving = None

    def end(self) -> None:
        """The builder is done: wait for what runs in threads, stop the second process."""
        self.saved_by_now()
        self.downloads_written()
        self.stop_background()

    # --- Serving -----------------------------------------------------------------------------

    def refresh_downloads(self, result: BuildResult, write: Callable[[str, bytes], None]) -> None:
        """After a quick rebuild: ``write`` each file beside the pages that changed, in a thread.

        Making the whole-site dataset in every format costs about as much as the
        pages a quick rebuild renders; the browser reloads without waiting for it,
        as search catches up a moment later too.
        """
        self.downloads_written()

        def refresh() -> None:
            old = dict(self.downloads)
            for path, content in self.files(result).items():
                if old.get(path) != content:
                    write(path, content)

        self.refreshing = threading.Thread(target=refresh, name="briefings-downloads")
        self.refreshing.start()

    def downloads_written(self) -> None:
        """Wait for a refresh of the downloads (before a build makes them again, or the process ends)."""
        if self.refreshing is not None:
            self.refreshing.join()
            self.refreshing = None

    def stamp_outside(self, paths: Iterable[str]) -> FileStamps:
        """The :data:`FileStamps` of every watched file that is not an input of the generator."""
        inputs = {os.path.abspath(p) for p in self.options.inputs()}

        def is_input(path: str) -> bool:
            return path in inputs or any(path.startswith(folder + os.sep) for folder in inputs)

        stamps: FileStamps = {}
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
