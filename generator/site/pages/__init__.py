"""The kinds of page the generator writes, one class each, and the list of a site's pages in order.

Each kind (a subclass of :class:`~generator.site.pages.base.Page`) says where its
pages are, which template renders them, which names that template gets besides
the shared ones (:meth:`generator.site.helpers.Helpers.shared`), and their title and
description when those come from the annotations:

- once per site (:mod:`.indexes`): home, the lists of briefings, actors, questions
  and sources, the timeline, the data;
- per briefing (:mod:`.briefing`): its page, and the page of its questions;
- per actor (:mod:`.actor`): its page, and its history by period;
- per period of a long list (:mod:`.periods`): the timeline's, the sources', the briefings';
- per source (:mod:`.source`): the article's text with every quoted passage marked.

:func:`site_pages` lists every page of a site; :class:`Addresses` says on which page,
at which anchor, each model object is shown, for links.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any

from generator.model import Actor, Briefing, Claim, Event, Issue, Part, Position, Question, Site, Source, Takeaway
from generator.site.pages.actor import ActorPage, HistoryPage
from generator.site.pages.base import Page, around
from generator.site.pages.briefing import BriefingPage, QuestionsPage
from generator.site.pages.indexes import INDEXES
from generator.site.pages.periods import BriefingsPeriodPage, SourcesPeriodPage, TimelinePeriodPage
from generator.site.pages.source import SourcePage, citation_index
from generator.site.paging import Period, Split, questions_page


def site_pages(site: Site, split: Split) -> list[Page]:
    """Every page of a site, in the order they are rendered and handed to a builder.

    An actor's history pages come right after its page.
    """
    pages: list[Page] = [*INDEXES]
    pages += (BriefingPage(b) for b in site.briefings)
    for a in site.actors.values():
        pages.append(ActorPage(a))
        history = split.histories.get(a.id, ())
        pages += (HistoryPage(a, period, around(history, n)) for n, period in enumerate(history))
    asked = [b for b in site.briefings if b.questions]
    pages += (QuestionsPage(b, around(asked, n)) for n, b in enumerate(asked))
    pages += (TimelinePeriodPage(p, around(split.timeline, n)) for n, p in enumerate(split.timeline))
    pages += (SourcesPeriodPage(p, around(split.sources, n)) for n, p in enumerate(split.sources))
    pages += (BriefingsPeriodPage(p, around(split.briefings, n)) for n, p in enumerate(split.briefings))
    cited = functools.cache(lambda: citation_index(site))
    pages += (SourcePage(s, cited) for s in site.sources.values())
    return pages


def page_dates(site: Site) -> dict[str, str]:
    """The date each dated page is of (ISO): a briefing page its as-of date, a source page its article's date."""
    found = {BriefingPage.path_of(b.id): b.as_of.isoformat() for b in site.briefings}
    found.update((SourcePage.path_of(s.id), s.date.isoformat()) for s in site.sources.values() if s.date)
    return found


def one_of_each_kind(site: Site, rendered: Collection[str]) -> list[str]:
    """The path of the first page of each kind that was rendered (a sample that runs every page template)."""
    first: dict[type[Page], str] = {}
    for page in site_pages(site, Split.of(site)):
        if page.path in rendered:
            first.setdefault(type(page), page.path)
    return list(first.values())


def index_paths() -> list[str]:
    """The pages every site has once."""
    return [page.path for page in INDEXES]


class Addresses:
    """Where each model object is shown: its page, the anchor on it, its name (the text of a link to it)."""

    def __init__(self, split: Split) -> None:
        #: the timeline page each event is listed on, and the history page of each actor's part in a briefing
        self.events = {e.anchor: p.path for p in split.timeline for e in p.items}
        self.parts = {
            (part.actor.id, part.briefing.id): period.path
            for periods in split.histories.values()
            for period in periods
            for part in period.items
        }

    def __call__(self, obj: Any) -> tuple[str, str, str]:
        if isinstance(obj, Event):
            return self.events[obj.anchor], obj.anchor, obj.what
        if isinstance(obj, Part):
            return self.parts[(obj.actor.id, obj.briefing.id)], obj.briefing.id, obj.briefing.title
        if isinstance(obj, Actor):
            return ActorPage.path_of(obj.id), "", obj.name
        if isinstance(obj, Briefing):
            return BriefingPage.path_of(obj.id), "", obj.title
        if isinstance(obj, Source):
            return SourcePage.path_of(obj.id), "", obj.headline
        if isinstance(obj, Position):
            return BriefingPage.path_of(obj.briefing), obj.anchor, obj.summary
        if isinstance(obj, Question):
            return questions_page(obj.briefing), f"{obj.briefing}-{obj.id}", obj.question
        if isinstance(obj, Period):
            return obj.path, "", obj.title
        if isinstance(obj, Claim):
            return BriefingPage.path_of(obj.briefing), f"claim-{obj.id}", obj.claim
        if isinstance(obj, Issue):
            return BriefingPage.path_of(obj.briefing), f"issue-{obj.id}", obj.title
        if isinstance(obj, Takeaway):
            return BriefingPage.path_of(obj.briefing), obj.anchor, obj.what
        raise TypeError(f"no page for {type(obj).__name__}")


__all__ = [
    "ActorPage",
    "Addresses",
    "BriefingPage",
    "Page",
    "QuestionsPage",
    "SourcePage",
    "index_paths",
    "page_dates",
    "site_pages",
]
