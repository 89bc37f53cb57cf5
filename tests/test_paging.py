"""generator/site/paging.py: the timeline split into periods, and the layout a rebuild compares."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from generator.inputs.dates import When
from generator.model import Source
from generator.site import paging
from generator.vocabulary import HeadlineBy, Precision
from tests.test_pictures import TRUMP, WHITE_HOUSE, event


def test_a_quiet_year_is_one_page() -> None:
    events = (
        event(1, When(dt.date(2022, 1, 1), Precision.YEAR), TRUMP),
        event(2, When(dt.date(2025, 3, 1), Precision.MONTH), TRUMP),
        event(3, When(dt.date(2025, 9, 3)), WHITE_HOUSE),
    )
    found = paging.periods(events, per_page=3)
    assert [(p.key, p.title, p.path) for p in found] == [
        ("2022", "2022", "timeline/2022.md"),
        ("2025", "2025", "timeline/2025.md"),
    ]
    assert [e.anchor for e in found[1].items] == ["event-b-2", "event-b-3"]
    assert (found[1].start, found[1].end) == (dt.date(2025, 1, 1), dt.date(2026, 1, 1))


def test_a_busy_year_splits_into_months_and_keeps_what_is_known_only_to_the_year() -> None:
    events = (
        event(1, When(dt.date(2025, 1, 1), Precision.YEAR), TRUMP),
        event(2, When(dt.date(2025, 3, 1), Precision.MONTH), TRUMP),
        event(3, When(dt.date(2025, 3, 18)), TRUMP),
        event(4, When(dt.date(2025, 12, 30), approximate=True), TRUMP),
    )
    found = paging.periods(events, per_page=3)
    assert [(p.key, p.title) for p in found] == [
        ("2025", "2025, dated only to the year"),
        ("2025-03", "March 2025"),
        ("2025-12", "December 2025"),
    ]
    assert [len(p.items) for p in found] == [1, 2, 1]
    assert (found[2].start, found[2].end) == (dt.date(2025, 12, 1), dt.date(2026, 1, 1))


def test_a_period_busier_still_is_cut_into_parts_in_date_order() -> None:
    events = tuple(event(n, When(dt.date(2025, 9, 1 + n // 2)), TRUMP) for n in range(7))
    found = paging.periods(events, per_page=3)
    assert [(p.key, p.title) for p in found] == [
        ("2025-09", "September 2025, part 1 of 3"),
        ("2025-09-part-2", "September 2025, part 2 of 3"),
        ("2025-09-part-3", "September 2025, part 3 of 3"),
    ]
    assert [e.anchor for p in found for e in p.items] == [e.anchor for e in events], "each event once, in order"
    assert all(len(p.items) <= 3 for p in found)
    assert {(p.start, p.end) for p in found} == {(dt.date(2025, 9, 1), dt.date(2025, 10, 1))}


def test_no_events_no_periods() -> None:
    assert paging.periods(()) == ()


def test_split_pages_are_recognised_only_for_known_ids() -> None:
    briefings, actors = {"ferry"}, {"okafor"}
    for page in ("timeline/2025.md", "timeline/2025-09.md", "timeline/2025-09-part-2.md", "questions/ferry.md"):
        assert paging.is_split_page(page, briefings, actors), page
    assert paging.is_split_page("actors/okafor/2025-09-part-2.md", briefings, actors)
    for page in (
        "timeline/2025-13.md",
        "timeline/../x.md",
        "timeline/notes.md",
        "questions/other.md",
        "actors/okafor/ferry.md",
        "actors/other/2025.md",
        "actors/okafor/2025/x.md",
        "timeline/2025.html",
        "index.md",
    ):
        assert not paging.is_split_page(page, briefings, actors), page


def _source(sid: str, day: dt.date | None) -> Source:
    when = When(day) if day else None
    return Source(sid, sid, HeadlineBy.ARTICLE, None, None, when, None, None, None, "", ())


def test_sources_by_period_with_the_undated_last() -> None:
    sources = [_source(f"s{n}", dt.date(2025, 1 + n % 3, 1)) for n in range(7)] + [
        _source("b", None),
        _source("a", None),
    ]
    found = paging.source_periods(sources, per_page=3)
    assert [(p.path, len(p.items)) for p in found] == [
        ("sources/2025-01.md", 3),
        ("sources/2025-02.md", 2),
        ("sources/2025-03.md", 2),
        ("sources/undated.md", 2),
    ]
    assert [s.id for s in found[-1].items] == ["a", "b"]
    assert paging.is_split_page("sources/2025-01.md", set(), set())
    assert paging.is_split_page("sources/undated-part-2.md", set(), set())
    assert not paging.is_split_page("sources/council-votes.md", set(), set())


def test_briefings_by_period_of_their_as_of_dates_in_parts_past_a_page() -> None:
    days = [dt.date(2024, 12, 30), *(dt.date(2025, 3, d) for d in (9, 1, 5)), dt.date(2025, 4, 2)]
    briefings = [SimpleNamespace(id=f"b{n}", as_of=day) for n, day in enumerate(days)]
    found = paging.briefing_periods(briefings, per_page=2)  # type: ignore[arg-type]
    assert [(p.path, p.title, [b.id for b in p.items]) for p in found] == [
        ("briefings/2024.md", "2024", ["b0"]),
        ("briefings/2025-03.md", "March 2025, part 1 of 2", ["b2", "b3"]),
        ("briefings/2025-03-part-2.md", "March 2025, part 2 of 2", ["b1"]),
        ("briefings/2025-04.md", "April 2025", ["b4"]),
    ]
    assert paging.is_split_page("briefings/2025-03-part-2.md", set(), set())
    assert not paging.is_split_page("briefings/harbour-ferry.md", {"harbour-ferry"}, set())
