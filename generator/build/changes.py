"""What a change to the inputs reaches: each input file's digest, what each page may show, the pages to redo.

:class:`~generator.build.pipeline.Incremental` compares a build's :data:`Stamps`
with the last one's (:func:`changed_units`), and renders again the pages that
may show a changed briefing or seed (:func:`affected_pages`, from
:func:`page_inputs`). :mod:`generator.build.state` keeps these between runs.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from generator.model import Claim, Event, Site
from generator.site.pages import ActorPage, BriefingPage, SourcePage
from generator.site.paging import Split, questions_page
from generator.validate import REGISTRY_DIR, Digests, Project, is_registry_file

#: What a page may show: ("briefing", id) or ("seed", id). The actor registry and the
#: templates are not units: a change to either renders every page again.
Unit = tuple[str, str]
#: The content digest of every input file, by path (``None``: unreadable).
Stamps = dict[Path, str | None]
#: The ids of the briefings, actors and sources of a build: each has a page.
Entities = tuple[set[str], set[str], set[str]]


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


def input_files(project: Project, templates: Path | None) -> list[Path]:
    """Every input file (:func:`input_stamps` without reading any)."""
    return list(input_stamps(project, templates, _Names()))


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


def entities_of(site: Site) -> Entities:
    """The briefings, actors and sources of a site: each has a page."""
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
        out[BriefingPage.path_of(b.id)] = units
        if b.questions:
            out[questions_page(b.id)] = units
    for actor_id in site.actors:
        # the briefings it holds positions in, speaks for others in (speakers, go-betweens), takes part in
        # events of, makes or disputes claims in, or is asked about
        briefings = {part.briefing.id for part in site.parts_by_actor.get(actor_id, ())}
        units = {("briefing", bid) for bid in briefings}
        units.update(("seed", s) for bid in briefings for s in seeds_of[bid])
        units.update(("seed", s.id) for s in site.sources_by_actor.get(actor_id, ()))
        out[ActorPage.path_of(actor_id)] = units
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
        out[SourcePage.path_of(source_id)] = {("seed", source_id)} | {("briefing", bid) for bid in citing[source_id]}
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
