"""The whole pipeline in one call; rebuilds that redo only what changed."""

from __future__ import annotations

import gc
import logging
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.build import state
from generator.diagnostics import Diagnostic, Severity, sort_diagnostics
from generator.model import Claim, Event, Site, build_site, link_site, name_sources
from generator.site.paging import Layout, Split, questions_page
from generator.site.render import Attempts, Renderer, TemplateProblems, render_site
from generator.validate import REGISTRY_DIR, Digests, Project, SeedCache, is_registry_file, validate


@dataclass
class BuildResult:
    """Pages (``None`` when there are errors) and every diagnostic, sorted."""

    pages: dict[str, str] | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    site: Site | None = None

    def failed(self, strict: bool = False) -> bool:
        return any(d.severity is Severity.ERROR or strict for d in self.diagnostics)


def build_project(project: Project, templates: Path | None = None, seed_cache: SeedCache | None = None) -> BuildResult:
    """load → validate → model → render. Never raises for bad input: problems are diagnostics."""
    inputs, found = validate(project, seed_cache)
    found = sort_diagnostics(found)
    if any(d.severity is Severity.ERROR for d in found):
        return BuildResult(None, found)
    site = build_site(inputs)
    try:
        pages = render_site(site, templates, root=project.root)
    except TemplateProblems as problems:
        return BuildResult(None, sort_diagnostics([*found, *problems.diagnostics]))
    return BuildResult(pages, found, site)


# --- Rebuilding while serving ----------------------------------------------------------

#: What a page may show: ("briefing", id) or ("seed", id). The actor registry and the
#: templates are not units: a change to either renders every page again.
Unit = tuple[str, str]
#: The content digest of every input file, by path (``None``: unreadable).
Stamps = dict[Path, str | None]
#: The ids of the briefings, actors and sources of a build: each has a page.
Entities = tuple[set[str], set[str], set[str]]


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
    whose inputs changed: :func:`page_inputs` says which briefings and seeds each of
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
        limit = state.size_limit(input_stamps(project, templates, _Names()))
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
            announced = list(Renderer(linked, self.templates).jobs())
            announce(found, announced, linked)
        site = name_sources(linked, self.memo)
        units = changed_units(self.stamps, stamps, self.project, self.templates)
        entities, split = _entities(site), Split.of(site)
        after, placed = page_inputs(site, split), split.layout()
        old = self.pages or {}
        full = units is None or self.pages is None or entities != self.entities or placed != self.layout
        renderer = Renderer(site, self.templates, split, self.project.root)
        jobs = renderer.jobs()
        if announced is not None and announced != list(jobs):  # a bug: the caller must not go on with that list
            raise RuntimeError("the pages of the linked model differ from those announced")
        if full:
            redo = set(jobs)
        elif not units:  # no input changed, nor the templates: every page is as it was
            redo = set()
        else:  # the same pages as the last build (else its layout or entities differ): those a change reaches
            redo = affected_pages(self.page_inputs, after, set(old), units)
        pages: dict[str, str] = {}
        try:
            with Attempts(renderer) as attempts:
                for path, job in jobs.items():
                    kept = None if path in redo else old.get(path)
                    text = attempts.run(path, job) if kept is None else kept
                    if text is None:
                        continue
                    pages[path] = text
                    if deliver is not None and not attempts.problems:
                        deliver(path, text)
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


class _Names(Digests):
    """In place of digests, for :func:`input_stamps` when only the paths of the input files are wanted."""

    def of(self, path: Path) -> str | None:
        return None


def input_stamps(project: Project, templates: Path | None, digests: Digests | None = None) -> Stamps:
    """The content digest of every file in briefings/ (with the registry's briefings/actors/), seeds/ and templates."""
    digests = digests or Digests()
    stamps: Stamps = {}
    shallow = (project.briefings, project.briefings / REGISTRY_DIR, project.seeds)
    for folder, deep in [*((f, False) for f in shallow), (templates, True)]:
        if folder is None or not folder.is_dir():
            continue
        for path in folder.rglob("*") if deep else folder.iterdir():
            if not path.is_dir():
                stamps[path] = digests.of(path)
    return stamps


def changed_units(old: Stamps, new: Stamps, project: Project, templates: Path | None) -> set[Unit] | None:
    """The briefings and seeds whose files changed, were added or removed; ``None`` when every page may change."""
    units: set[Unit] = set()
    for path in {p for p in old.keys() | new.keys() if old.get(p) != new.get(p)}:
        if templates is not None and path.is_relative_to(templates):
            return None
        if path.parent == project.seeds:
            units.add(("seed", path.stem))
        elif is_registry_file(path, project.briefings) or path.suffix not in (".yaml", ".yml"):
            return None
        else:
            units.add(("briefing", path.stem))
    return units


def _entities(site: Site) -> Entities:
    return {b.id for b in site.briefings}, set(site.actors), set(site.sources)


def page_inputs(site: Site, split: Split | None = None) -> dict[str, set[Unit]]:
    """For each briefing, actor, source, actor's part and questions page: the briefings and seeds it may show.

    Generous on purpose: an actor page depends on every briefing the actor takes part
    in and on every seed those briefings rest on, plus the seeds that name the actor;
    a source page on its seed and every briefing that lists or quotes it; an actor's
    part in a briefing, and a briefing's questions, on the briefing and its seeds.
    Pages not listed here (home, indexes, questions, the timeline's pages) may show
    anything. Where each event is listed is not an input: a build whose timeline
    pages moved an event renders every page (:class:`~generator.site.paging.Layout`).
    """
    seeds_of: dict[str, set[str]] = {}
    for b in site.briefings:
        seeds = {s.id for s in b.sources}
        for items in (b.positions, b.timeline, b.claims):
            for item in items:
                seeds.update(ev.source.id for ev in _evidence(item))
        for q in b.questions:
            seeds.update(ev.source.id for ev in (q.answer.evidence if q.answer else ()))
        seeds_of[b.id] = seeds
    out: dict[str, set[Unit]] = {}
    for b in site.briefings:
        units = {("briefing", b.id)} | {("seed", s) for s in seeds_of[b.id]}
        out[f"briefings/{b.id}.md"] = units
        if b.questions:
            out[questions_page(b.id)] = units
    for actor_id in site.actors:
        # the briefings it holds positions in, speaks for others in (speakers, go-betweens), takes part in
        # events of, makes or disputes claims in, or is asked about
        briefings = {part.briefing.id for part in site.parts_by_actor.get(actor_id, ())}
        units = {("briefing", bid) for bid in briefings}
        units.update(("seed", s) for bid in briefings for s in seeds_of[bid])
        units.update(("seed", s.id) for s in site.sources_by_actor.get(actor_id, ()))
        out[f"actors/{actor_id}.md"] = units
    for periods in (split or Split.of(site)).histories.values():
        for period in periods:  # a page of an actor's history: the briefings it shows, and their seeds
            shown = {part.briefing.id for part in period.items}
            out[period.path] = {("briefing", bid) for bid in shown} | {
                ("seed", s) for bid in shown for s in seeds_of[bid]
            }
    citing: dict[str, set[str]] = defaultdict(set)
    for bid, seeds in seeds_of.items():
        for s in seeds:
            citing[s].add(bid)
    for source_id in site.sources:
        out[f"sources/{source_id}.md"] = {("seed", source_id)} | {("briefing", bid) for bid in citing[source_id]}
    return out


def _evidence(item: Any) -> tuple[Any, ...]:
    if isinstance(item, Claim):
        return item.all_evidence
    if isinstance(item, Event):
        return (*item.evidence, *(ev for o in item.other_dates for ev in o.evidence))
    return tuple(item.evidence)


def affected_pages(
    before: dict[str, set[Unit]], after: dict[str, set[Unit]], old_pages: set[str], units: set[Unit]
) -> set[str]:
    """Pages to render again after ``units`` changed: those that may show them, before or after, and the rest.

    ``before`` and ``after`` are :func:`page_inputs` of the last good build and of this one.
    """
    wanted = {path for path in old_pages if path not in before}  # pages that may show anything
    for inputs in (before, after):
        wanted.update(path for path, needs in inputs.items() if needs & units)
    return wanted
