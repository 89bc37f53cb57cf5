"""The pages every site has once: home, the lists of briefings, actors, questions, sources, the timeline, the data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from generator.inputs import dates
from generator.model import Actor, Briefing, Event, Question, Site, probability, track_record
from generator.site import pictures
from generator.site.helpers import LIKELIHOOD_LABELS, Helpers
from generator.site.markup import Md
from generator.site.pages.base import Page
from generator.site.paging import LATEST_BRIEFINGS, LATEST_ITEMS, LATEST_SOURCES, SOONEST_QUESTIONS, questions_page
from generator.vocabulary import BriefingStatus


class Index(Page):
    """A page every site has once, at a fixed path; its template writes its own title."""

    #: where it is
    at: str

    @property
    def path(self) -> str:
        return self.at


class Home(Index):
    """``index.md``: the latest briefings with their bottom lines."""

    template = "home.md.j2"
    at = "index.md"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {"latest_briefings": LATEST_BRIEFINGS}


class BriefingsIndex(Index):
    """``briefings/index.md``: the latest current and archived briefings, and the pages by period."""

    template = "briefings.md.j2"
    at = "briefings/index.md"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {"latest_briefings": LATEST_BRIEFINGS, "briefing_periods": helpers.split.briefings}


class ActorsIndex(Index):
    """``actors/index.md``: every actor."""

    template = "actors.md.j2"
    at = "actors/index.md"


class QuestionsIndex(Index):
    """``questions.md``: the open questions to watch soonest, and each briefing's counts."""

    template = "questions.md.j2"
    at = "questions.md"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "soonest": soonest,
            "today": helpers.today,
            "soonest_questions": SOONEST_QUESTIONS,
            "page_of_questions": page_of_questions,
            "briefing_of": helpers.briefing_of,
        }


class TimelineIndex(Index):
    """``timeline.md``: an overview of the periods, the latest events, the list of periods."""

    template = "timeline.md.j2"
    at = "timeline.md"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "periods": helpers.split.timeline,
            "latest_items": LATEST_ITEMS,
            "busiest_actors": busiest_actors,
            "timeline_overview": pictures.timeline_overview,
            "briefings_of": helpers.briefings_of,
        }


class SourcesIndex(Index):
    """``sources/index.md``: the latest sources, and the pages by period."""

    template = "sources.md.j2"
    at = "sources/index.md"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {"latest_sources": LATEST_SOURCES, "source_periods": helpers.split.sources}


class DataPage(Index):
    """``data.md``: the downloads (dataset, tables, web annotations, feed)."""

    template = "data.md.j2"
    at = "data.md"


class TrackRecordPage(Index):
    """``track-record.md``: our resolved judgements against their outcomes, Brier scores and calibration."""

    template = "track_record.md.j2"
    at = "track-record.md"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "track_record": track_record(helpers.site, helpers.today),
            "probability": probability,
            "score": score,
            "likelihood_labels": LIKELIHOOD_LABELS,
        }


#: In the order they are listed.
INDEXES: tuple[Index, ...] = (
    Home(),
    BriefingsIndex(),
    ActorsIndex(),
    QuestionsIndex(),
    TimelineIndex(),
    SourcesIndex(),
    DataPage(),
    TrackRecordPage(),
)


def score(value: float) -> Md:
    """A Brier score or a share, to three decimals: ``0.125``."""
    return Md(f"{value:.3f}")


def page_of_questions(briefing: Briefing) -> str:
    """The page of a briefing's questions."""
    return questions_page(briefing.id)


def soonest(site: Site, n: int, day: dt.date | None = None) -> list[Question]:
    """The ``n`` open questions whose horizon comes first, across the briefings still followed (not archived);
    those past their horizon on ``day`` (default: today) are lapsed, not to watch."""
    day = day or dates.today()
    followed = (b for b in site.briefings if b.status is BriefingStatus.LIVE)
    waiting = [q for b in followed for q in b.watch_on(day) if q.horizon is not None]
    return sorted(waiting, key=lambda q: (q.horizon.span[1] if q.horizon else dt.date.max, q.briefing, q.id))[:n]


def busiest_actors(events: Iterable[Event], n: int) -> list[Actor]:
    """The ``n`` actors taking part in most of these events (ties by name)."""
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for e in events:
        for a in e.actors:
            counts[a.id] = counts.get(a.id, 0) + 1
            actors[a.id] = a
    return [actors[k] for k in sorted(counts, key=lambda k: (-counts[k], actors[k].name.lower(), k))[:n]]
