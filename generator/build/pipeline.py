"""The whole pipeline in one call; rebuilds that redo only what changed."""

from __future__ import annotations

import functools
import gc
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.build import state
from generator.build.changes import (
    Entities,
    Stamps,
    Unit,
    affected_pages,
    changed_units,
    entities_of,
    input_files,
    input_stamps,
    page_inputs,
)
from generator.diagnostics import Diagnostic, Severity, sort_diagnostics
from generator.model import Site, build_site, link_site, name_sources
from generator.site.engine import TemplateProblems
from generator.site.pages import site_pages
from generator.site.paging import Layout, Split
from generator.site.render import Attempts, Renderer, render_site
from generator.validate import Project, SeedCache, validate


@dataclass
class BuildResult:
    """Pages (``None`` when there are errors) and every diagnostic, sorted."""

    pages: dict[str, str] | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    site: Site | None = None

    def failed(self, strict: bool = False) -> bool:
        return any(d.severity is Severity.ERROR or strict for d in self.diagnostics)


#: ``progress(stage, done, total)``: how far a long build is, for a progress bar: ``("reading", 10, 1003)``
#: (seeds and briefings), then ``("linking", 0, 0)`` (its length unknown), then ``("rendering", 5, 1858)`` (pages).
Progress = Callable[[str, int, int], None]


def build_project(
    project: Project,
    templates: Path | None = None,
    seed_cache: SeedCache | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """load → validate → model → render. Never raises for bad input: problems are diagnostics.

    ``progress``, when given, is told how far each stage is (:data:`Progress`).
    """
    step = progress or _unseen
    inputs, found = validate(project, seed_cache, functools.partial(step, "reading"))
    found = sort_diagnostics(found)
    if any(d.severity is Severity.ERROR for d in found):
        return BuildResult(None, found)
    step("linking", 0, 0)
    site = build_site(inputs)
    try:
        pages = render_site(site, templates, root=project.root, rendered=functools.partial(step, "rendering"))
    except TemplateProblems as problems:
        return BuildResult(None, sort_diagnostics([*found, *problems.diagnostics]))
    return BuildResult(pages, found, site)


def _unseen(stage: str, done: int, total: int) -> None:
    """No progress shown."""


# --- Rebuilding while serving ----------------------------------------------------------


@dataclass
class Rebuild:
    """One rebuild: its result (every page), and which pages differ from the last good build."""

    result: BuildResult
    #: pages whose Markdown changed, new pages included
    changed: set[str] = field(default_factory=set)
    #: pages of the last good build that are gone
    removed: set[str] = field(default_factory=set)
    #: whether every page was rendered, rather than those the changed files can affect
    full: bool = True


class Incremental:
    """Builds one project again and again, rendering only the pages a change can affect.

    Used while serving (kept in memory between rebuilds) and by ``mkdocs build``
    (kept between runs in ``.cache/briefings/``: :meth:`save` and :meth:`load`).

    Seeds are parsed once and kept until their file changes (:class:`SeedCache`), and
    so is which actors each source names. Every rebuild validates and links the whole
    project (cross-file checks need it), then renders the pages that list everything
    (home, indexes, questions, timeline), plus the briefing, actor and source pages
    whose inputs changed: :func:`~generator.build.changes.page_inputs` says which briefings and seeds each of
    those may show. A change to the actor registry or the templates, or a briefing,
    actor or source added or removed, renders every page.
    """

    def __init__(self, project: Project, templates: Path | None = None) -> None:
        self.project, self.templates = project, templates
        self.seed_cache = SeedCache()
        self.memo: dict[str, Any] = {}
        self.stamps: Stamps = {}
        self.pages: dict[str, str] | None = None
        #: of the last good build: what each briefing, actor and source page may show, and its entities
        self.page_inputs: dict[str, set[Unit]] = {}
        self.entities: Entities | None = None
        #: of the last good build: its split pages and which timeline page lists each event
        self.layout: Layout | None = None

    # --- Kept between runs ---------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Keep this state for the next run (:mod:`.state`): written beside ``path``, then renamed over it.

        Raises OSError.
        """
        if self.pages is None or self.entities is None or self.layout is None:
            return
        kept = state.Kept(
            self.project,
            self.templates,
            self.seed_cache,
            self.memo,
            self.stamps,
            self.pages,
            self.page_inputs,
            self.entities,
            self.layout,
        )
        data = state.dump(kept)
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            staging.write_bytes(data)
            os.replace(staging, path)
        finally:
            staging.unlink(missing_ok=True)

    @classmethod
    def load(
        cls, path: Path, project: Project, templates: Path | None = None, log: logging.Logger | None = None
    ) -> Incremental | None:
        """The state an earlier run saved for this project, or ``None``, saying why in a debug message.

        ``None`` when the file is missing or unreadable, was written by another version
        of the generator (its code, Python or a library differs) or for another project,
        or holds anything a build does not write (:mod:`generator.build.state`): a cache is only
        ever a shortcut, and every input is still compared with its digest.
        """
        log = log or logging.getLogger(__name__)
        limit = state.size_limit(input_files(project, templates))
        collecting = gc.isenabled()
        gc.disable()  # reading makes many objects and no garbage: collecting meanwhile only costs time
        try:
            if not path.is_file():  # a folder, or a pipe that reading would wait on forever
                raise state.StateRefused("it is not a regular file") if path.exists() else FileNotFoundError(path)
            if path.stat().st_size > limit:
                raise state.StateRefused(f"it is larger than {limit:,} bytes, more than this project can explain")
            kept = state.load(path.read_bytes(), project, templates, limit)
        except FileNotFoundError:
            return None
        except (OSError, state.StateRefused) as exc:
            log.debug(f"Not using the saved build state {path}: {exc}; building afresh.")
            return None
        finally:
            if collecting:
                gc.enable()
        loaded = cls(project, templates)
        loaded.seed_cache, loaded.memo, loaded.stamps = kept.cache, kept.memo, kept.stamps
        loaded.pages, loaded.page_inputs, loaded.entities = kept.pages, kept.page_inputs, kept.entities
        loaded.layout = kept.layout
        return loaded

    def build(self, announce: Announce | None = None, deliver: Deliver | None = None) -> Rebuild:
        """Rebuild; with errors, the result has no pages and the last good build stays the reference.

        For a build in another process (:mod:`generator.build.background`): ``announce`` gets the
        diagnostics and every page's path, in order, before any page is rendered, and
        ``deliver`` each page as soon as it is ready, in that order.
        """
        # before reading, so a later edit is seen next time
        self.seed_cache.new_build()
        stamps = input_stamps(self.project, self.templates, self.seed_cache.digests)
        inputs, found = validate(self.project, self.seed_cache)
        found = sort_diagnostics(found)
        if any(d.severity is Severity.ERROR for d in found):
            return Rebuild(BuildResult(None, found))
        linked = link_site(inputs)
        announced = None
        if announce is not None:  # the pages are known before the sources are scanned for names
            announced = [page.path for page in site_pages(linked, Split.of(linked))]
            announce(found, announced, linked)
        site = name_sources(linked, self.memo)
        units = changed_units(self.stamps, stamps, self.project, self.templates)
        entities, split = entities_of(site), Split.of(site)
        after, placed = page_inputs(site, split), split.layout()
        old = self.pages or {}
        full = units is None or self.pages is None or entities != self.entities or placed != self.layout
        renderer = Renderer(site, self.templates, split, self.project.root)
        listed = renderer.pages()
        paths = [page.path for page in listed]
        if announced is not None and announced != paths:  # a bug: the caller must not go on with that list
            raise RuntimeError("the pages of the linked model differ from those announced")
        if full:
            redo = set(paths)
        elif not units:  # no input changed, nor the templates: every page is as it was
            redo = set()
        else:  # the same pages as the last build (else its layout or entities differ): those a change reaches
            redo = affected_pages(self.page_inputs, after, set(old), units)
        pages: dict[str, str] = {}
        try:
            with Attempts() as attempts:
                for page in listed:
                    kept = None if page.path in redo else old.get(page.path)
                    text = attempts.run(page, renderer.render) if kept is None else kept
                    if text is None:
                        continue
                    pages[page.path] = text
                    if deliver is not None and not attempts.problems:
                        deliver(page.path, text)
        except TemplateProblems as problems:  # like any error: no pages, and the last good build stays the reference
            return Rebuild(BuildResult(None, sort_diagnostics([*found, *problems.diagnostics])))
        self.stamps, self.pages, self.page_inputs, self.entities = stamps, pages, after, entities
        self.layout = placed
        changed = {path for path, text in pages.items() if old.get(path) != text}
        return Rebuild(BuildResult(pages, found, site), changed, set(old) - set(pages), full)


#: ``announce(diagnostics, paths, site)``: what :meth:`Incremental.build` says before it renders any page.
Announce = Callable[[list[Diagnostic], list[str], Site], None]
#: ``deliver(path, markdown)``: each page as soon as it is ready.
Deliver = Callable[[str, str], None]
