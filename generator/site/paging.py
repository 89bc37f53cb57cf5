"""How the lists that grow with the corpus are split into pages, so that no page grows without bound.

A story followed for a year gathers hundreds of events, and its actors hundreds of
positions: listed on one page each, the timeline and the busiest actors' pages
would run to megabytes. So each is split by period, under paths a reader can guess:

- **the timeline**: ``timeline.md`` draws an overview and lists the periods, one
  page each, ``timeline/<period>.md``.
- **an actor**: ``actors/<actor>.md`` shows the actor's current stance on each
  proposition and its latest positions, statements and events, and lists the
  periods of its history, one page each, ``actors/<actor>/<period>.md``: what it
  held, said and did in each briefing of that period, with the evidence (the
  briefing's :class:`~generator.model.Part`), dated by the briefing's as-of date.
- **the questions**: ``questions.md`` lists the briefings with their counts and the
  questions to watch soonest; each briefing's questions are on
  ``questions/<briefing>.md``, as long as one briefing is.
- **the sources**: ``sources/index.md`` lists the latest and the periods, one page
  each, ``sources/<period>.md`` (by the sources' dates; those without one on
  ``sources/undated.md``). Source ids of that form are reserved (BRF046).
- **the briefings**: ``briefings/index.md`` shows the latest current and archived
  briefings with their bottom lines, and lists the periods, one page each,
  ``briefings/<period>.md`` (by the briefings' as-of dates). Briefing ids of that
  form are reserved too (BRF046).

A period is a year (``2025``). A year holding more than a page's worth (see
:data:`EVENTS_PER_PAGE` and :data:`HISTORY_PER_PAGE`) is split into its months
(``2025-09``), the timeline's events known only to the year keeping the year's
page; a period with more than a page's worth still is cut into parts in date order
(``2025-09-part-2``), never inside one briefing's part of an actor's history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.inputs.dates import When
from generator.inputs.schema import SOURCE_PERIODS
from generator.model import Briefing, Event, Part, Site, Source
from generator.vocabulary import Precision

#: The most events a timeline page lists (an event with its quote is 1–3 KB of HTML).
EVENTS_PER_PAGE = 50
#: The most sources a page of the list of sources lists (a row of a table each).
SOURCES_PER_PAGE = 200
#: Sources the list of sources shows first, the latest first.
LATEST_SOURCES = 20
#: The most an actor's history page holds, in :func:`part_weight` units (about 2 KB of HTML each).
HISTORY_PER_PAGE = 60
#: Positions an actor page shows in full, the latest first.
LATEST_POSITIONS = 5
#: Statements, events and claims an actor page lists, the latest first.
LATEST_ITEMS = 10
#: Briefings whose current stances an actor page shows, the latest first.
CURRENT_BRIEFINGS = 10
#: Sources an actor page lists by name, the latest first (its history pages list each briefing's own).
LISTED_SOURCES = 50
#: Briefings the home page shows with their bottom lines, the latest first, and the list of briefings of
#: each status (current, archived); the pages by period have them all.
LATEST_BRIEFINGS = 20
#: The most briefings a page of the list of briefings by period shows (a bottom line and a line of counts
#: each, about 1.4 KB of HTML).
BRIEFINGS_PER_PAGE = 100
#: Open questions ``questions.md`` lists as the soonest to settle.
SOONEST_QUESTIONS = 10

T = TypeVar("T")


@dataclass(frozen=True)
class Period(Generic[T]):
    """One page of a list split by period: the timeline's events, or an actor's parts in briefings."""

    #: where its pages are: ``timeline``, ``actors/<actor>``
    folder: str
    #: the page's name: ``2025``, ``2025-09``, ``2025-09-part-2``
    key: str
    #: the period: ``2025``, ``September 2025``, ``2025, dated only to the year``
    label: str
    #: what the page lists, in date order
    items: tuple[T, ...]
    #: the first day of its year or month, and the first day after it
    start: dt.date
    end: dt.date
    #: which part of the period this page is, of how many
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        """``September 2025``, ``September 2025, part 2 of 3``."""
        return self.label if self.parts == 1 else f"{self.label}, part {self.part} of {self.parts}"

    @property
    def path(self) -> str:
        return f"{self.folder}/{self.key}.md"


def in_part(briefing: str, anchor: str = "") -> str:
    """The anchor of a briefing's part on an actor's history page, or of an item in it (``<briefing>_<anchor>``).

    A history page lists several briefings, whose positions and claims may share
    ids; ids cannot hold ``_``, so no two of these collide.
    """
    return part_prefix(briefing) + anchor if anchor else briefing


def part_prefix(briefing: str) -> str:
    """What :func:`in_part` puts before an item's anchor."""
    return f"{briefing}_"


def questions_page(briefing: str) -> str:
    """The page of one briefing's questions."""
    return f"questions/{briefing}.md"


def periods(events: Sequence[Event], per_page: int | None = None) -> tuple[Period[Event], ...]:
    """The timeline's pages, in date order; ``events`` sorted by date (as :attr:`Site.timeline` is).

    ``per_page`` is the most events a page lists (:data:`EVENTS_PER_PAGE` by default).
    """
    return _split(
        "timeline",
        events,
        day=lambda e: e.date,
        weight=lambda e: 1,
        budget=per_page or EVENTS_PER_PAGE,
        only_year=lambda e: e.when.unit is Precision.YEAR,
    )


def source_periods(sources: Iterable[Source], per_page: int | None = None) -> tuple[Period[Source], ...]:
    """The pages of the list of sources: by date, then those without one (``sources/undated.md``)."""
    budget = per_page or SOURCES_PER_PAGE
    dated = sorted((s for s in sources if s.date is not None), key=lambda s: (s.date or dt.date.min, s.id))
    undated = sorted((s for s in sources if s.date is None), key=lambda s: s.id)
    out = _split("sources", dated, day=lambda s: s.date or dt.date.min, weight=lambda s: 1, budget=budget)
    if not undated:
        return out
    unknown: Period[Source] = Period("sources", "undated", "Date unknown", (), dt.date.min, dt.date.min)
    return (*out, *_cut(unknown, undated, lambda s: 1, budget))


def briefing_periods(briefings: Iterable[Briefing], per_page: int | None = None) -> tuple[Period[Briefing], ...]:
    """The pages of the list of briefings, by their as-of dates (``briefings/2025.md``)."""
    ordered = sorted(briefings, key=lambda b: (b.as_of, b.id))
    return _split(
        "briefings", ordered, day=lambda b: b.as_of, weight=lambda b: 1, budget=per_page or BRIEFINGS_PER_PAGE
    )


def part_weight(part: Part) -> float:
    """About how many KB of HTML a part takes on a history page: positions and claims with their evidence.

    Not its sources (a short list of links): the pages are known before the sources are
    scanned for the names they hold (:func:`generator.model.link_site`).
    """
    listed = len(part.statements) + len(part.events) + len(part.disputes) + len(part.questions)
    return 1 + len(part.positions) + len(part.claims) + listed / 5


def history(actor: str, parts: Sequence[Part], budget: float | None = None) -> tuple[Period[Part], ...]:
    """An actor's history pages, its parts (sorted by their briefings' as-of dates) dated by those dates."""
    return _split(
        f"actors/{actor}",
        parts,
        day=lambda p: p.briefing.as_of,
        weight=part_weight,
        budget=budget or HISTORY_PER_PAGE,
    )


def _split(
    folder: str,
    items: Sequence[T],
    day: Callable[[T], dt.date],
    weight: Callable[[T], float],
    budget: float,
    only_year: Callable[[T], bool] = lambda _: False,
) -> tuple[Period[T], ...]:
    """``items`` (in date order) by year; a year over ``budget`` by month; a period over it still in parts."""
    out: list[Period[T]] = []
    for year, group in itertools.groupby(items, key=lambda item: day(item).year):
        in_year = list(group)
        whole = (dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
        if sum(map(weight, in_year)) <= budget:
            out.append(Period(folder, str(year), str(year), tuple(in_year), *whole))
            continue
        known_to_year = [item for item in in_year if only_year(item)]
        if known_to_year:
            out += _cut(
                Period(folder, str(year), f"{year}, dated only to the year", (), *whole), known_to_year, weight, budget
            )
        rest = [item for item in in_year if not only_year(item)]
        for month, in_month in itertools.groupby(rest, key=lambda item: day(item).month):
            span = (dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1))
            label = When(dt.date(year, month, 1), Precision.MONTH).text  # September 2025
            out += _cut(Period(folder, f"{year}-{month:02d}", label, (), *span), list(in_month), weight, budget)
    return tuple(out)


def _cut(period: Period[T], items: list[T], weight: Callable[[T], float], budget: float) -> list[Period[T]]:
    """``period`` holding ``items``, in parts of at most ``budget`` when they weigh more (an item is never cut)."""
    chunks: list[list[T]] = [[]]
    held = 0.0
    for item in items:
        w = weight(item)
        if chunks[-1] and held + w > budget:
            chunks.append([])
            held = 0.0
        chunks[-1].append(item)
        held += w
    return [
        Period(
            period.folder,
            period.key if n == 1 else f"{period.key}-part-{n}",
            period.label,
            tuple(chunk),
            period.start,
            period.end,
            n,
            len(chunks),
        )
        for n, chunk in enumerate(chunks, 1)
    ]


@dataclass(frozen=True)
class Layout:
    """The pages the split lists make, and which page lists each event and each part.

    A build whose layout differs from the last one's renders every page again: an
    event or a part that moved to another page is linked from pages of briefings
    that did not change.
    """

    #: timeline periods, actors' history periods, briefings' questions pages, the sources' and briefings' periods
    pages: frozenset[str]
    #: a digest of which page lists each event and each actor's part in a briefing
    placed: str


_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?(-part-[1-9]\d*)?")


def is_split_page(path: str, briefings: Container[str], actors: Container[str]) -> bool:
    """Whether ``path`` is a page the split lists of a site with these briefings and actors could make."""
    parts = path.removesuffix(".md").split("/")
    if not path.endswith(".md") or len(parts) not in (2, 3):
        return False
    if len(parts) == 3:
        return parts[0] == "actors" and parts[1] in actors and _PERIOD.fullmatch(parts[2]) is not None
    folder, name = parts
    return (
        (folder == "timeline" and _PERIOD.fullmatch(name) is not None)
        or (folder == "questions" and name in briefings)
        or (folder in ("sources", "briefings") and SOURCE_PERIODS.fullmatch(name) is not None)
    )


@dataclass(frozen=True)
class Split:
    """A site's split lists: the timeline's periods, each actor's history, the briefings with questions, the
    sources' and the briefings' periods."""

    timeline: tuple[Period[Event], ...]
    histories: dict[str, tuple[Period[Part], ...]]
    asked: tuple[str, ...]
    sources: tuple[Period[Source], ...] = ()
    briefings: tuple[Period[Briefing], ...] = ()

    @classmethod
    def of(cls, site: Site) -> Split:
        return cls(
            periods(site.timeline),
            {a: history(a, parts) for a, parts in site.parts_by_actor.items()},
            tuple(b.id for b in site.briefings if b.questions),
            source_periods(site.sources.values()),
            briefing_periods(site.briefings),
        )

    def pages(self) -> list[str]:
        """Every page the split lists make."""
        out = [p.path for p in self.timeline]
        out += (p.path for periods in self.histories.values() for p in periods)
        out += (questions_page(b) for b in self.asked)
        out += (p.path for p in self.sources)
        out += (p.path for p in self.briefings)
        return out

    def layout(self) -> Layout:
        digest = hashlib.sha1()
        for period in _all_periods(self):
            names = (e.anchor if isinstance(e, Event) else e.briefing.id for e in period.items)
            digest.update(period.path.encode() + b"\0" + "\0".join(names).encode() + b"\1")
        return Layout(frozenset(self.pages()), digest.hexdigest())


def _all_periods(split: Split) -> Iterable[Period[Event] | Period[Part]]:
    yield from split.timeline
    for periods in split.histories.values():
        yield from periods


def layout(site: Site) -> Layout:
    """The :class:`Layout` of a site's split pages."""
    return Split.of(site).layout()
