"""Relative dates: the grammar, and precision that never increases along a derivation."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.inputs import dates
from generator.inputs.dates import When, resolve
from generator.model import link_site
from generator.validate import Inputs, Project, validate
from generator.vocabulary import Precision, Tense

FRIDAY = When(dt.date(2025, 9, 5))
DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR


def _on(y: int, m: int, d: int, unit: Precision = DAY, approximate: bool = False) -> When:
    return When(dt.date(y, m, d), unit, approximate)


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        ("On September 4", Tense.PAST, _on(2025, 9, 4)),
        ("on 4 September", Tense.PAST, _on(2025, 9, 4)),
        ("on the 4th of September", Tense.PAST, _on(2025, 9, 4)),
        ("Sept. 4", Tense.FUTURE, _on(2026, 9, 4)),
        ("September 6", Tense.PAST, _on(2024, 9, 6)),
        ("September 6", Tense.FUTURE, _on(2025, 9, 6)),
        ("on September 4th, 2023", Tense.FUTURE, _on(2023, 9, 4)),
        ("in March", Tense.PAST, _on(2025, 3, 1, MONTH)),
        ("in March", Tense.FUTURE, _on(2026, 3, 1, MONTH)),
        ("mid-September", Tense.PAST, _on(2025, 9, 1, MONTH)),
        ("in late August 2024", Tense.PAST, _on(2024, 8, 1, MONTH)),
        ("last September", Tense.PAST, _on(2024, 9, 1, MONTH)),
        ("next March", Tense.PAST, _on(2026, 3, 1, MONTH)),
        ("in 2022", Tense.PAST, _on(2022, 1, 1, YEAR)),
        ("on 29 February", Tense.PAST, _on(2024, 2, 29)),
        ("31 April", Tense.PAST, None),
        ("three days ago", Tense.PAST, _on(2025, 9, 2)),
        ("in two days", Tense.FUTURE, _on(2025, 9, 7)),
        ("tonight", Tense.PAST, FRIDAY),
        ("earlier this year", Tense.PAST, _on(2025, 1, 1, YEAR)),
        ("later this month", Tense.FUTURE, _on(2025, 9, 1, MONTH)),
        ("in the spring", Tense.PAST, None),
    ],
)
def test_absolute_and_counted_phrases(phrase: str, tense: Tense, expected: When | None) -> None:
    assert resolve(phrase, FRIDAY, tense) == expected


@pytest.mark.parametrize(
    ("phrase", "later", "unit"),
    [
        ("in recent weeks", False, MONTH),
        ("in the past few days", False, DAY),
        ("two weeks ago", False, DAY),
        ("a few days ago", False, DAY),
        ("a month ago", False, MONTH),
        ("two years ago", False, YEAR),
        ("in the coming weeks", True, MONTH),
        ("over the next few months", True, MONTH),
        ("in the coming days", True, DAY),
        ("soon", True, MONTH),
        ("in three weeks", True, DAY),
    ],
)
@pytest.mark.parametrize("tense", list(Tense))
def test_vague_phrases_are_approximate_on_the_side_the_words_say(
    phrase: str, later: bool, unit: Precision, tense: Tense
) -> None:
    when = resolve(phrase, FRIDAY, tense)
    assert when is not None
    assert when.approximate and when.unit is unit
    assert when.text.startswith("about ")
    assert (when.date > FRIDAY.date) if later else (when.date < FRIDAY.date)


def test_a_day_resolved_from_an_approximate_anchor_is_approximate() -> None:
    """The shipped case: a seed inferred as "about 17 March 2025" cannot make "on Tuesday" an exact 18 March."""
    anchor = _on(2025, 3, 17, approximate=True)
    when = resolve("on Tuesday", anchor, Tense.FUTURE)
    assert when == _on(2025, 3, 18, approximate=True)
    assert when is not None and when.text == "about 18 March 2025"
    assert not when.is_finer_than(anchor)
    month = resolve("last month", anchor, Tense.PAST)
    assert month == _on(2025, 2, 1, MONTH, approximate=True)


def test_an_anchor_known_to_the_month_yields_no_day() -> None:
    july = _on(2025, 7, 15, MONTH)
    # written on some day in July: "on Wednesday" is 25 June at the earliest, 30 July at the latest
    assert resolve("on Wednesday", july, Tense.PAST) == _on(2025, 7, 9, MONTH, approximate=True)
    # 1 July 2025 is a Tuesday: whatever day of July the article was written, its past Tuesday is in July
    assert resolve("on Tuesday", july, Tense.PAST) == _on(2025, 7, 1, MONTH)
    assert resolve("yesterday", july, Tense.PAST) == _on(2025, 7, 14, MONTH, approximate=True)
    # a whole month away stays exact at the month, a year at the year
    assert resolve("last month", july, Tense.PAST) == _on(2025, 6, 1, MONTH)
    assert resolve("last year", july, Tense.PAST) == _on(2024, 1, 1, YEAR)
    # the article names the day and month; the anchor only settles the year
    assert resolve("on 4 September", july, Tense.PAST) == _on(2024, 9, 4)
    # ... unless the day named may fall either side of the anchor: 4 July 2024 or 2025
    assert resolve("on 4 July", july, Tense.PAST) == _on(2025, 7, 4, YEAR, approximate=True)


def test_an_anchor_known_to_the_year_yields_at_most_a_year() -> None:
    year = _on(2025, 1, 1, YEAR)
    assert resolve("last year", year, Tense.PAST) == _on(2024, 1, 1, YEAR)
    when = resolve("last month", year, Tense.PAST)
    assert when is not None and when.unit is YEAR and when.approximate


def test_precision_comparison() -> None:
    exact_day = _on(2025, 3, 18)
    about_day = _on(2025, 3, 18, approximate=True)
    month = _on(2025, 3, 1, MONTH)
    assert exact_day.is_finer_than(about_day)
    assert month.is_finer_than(about_day)  # exact about the month, where "about 18 March" is not
    assert about_day.is_finer_than(month)  # a day, where the other is a month
    assert not about_day.is_finer_than(about_day)
    assert not _on(2025, 1, 1, YEAR, approximate=True).is_finer_than(month)
    assert exact_day.capped_by(month) == _on(2025, 3, 18, MONTH)
    assert exact_day.capped_by(about_day) == about_day


def test_spans_agreement_and_after() -> None:
    assert _on(2025, 3, 17, approximate=True).span == (dt.date(2025, 3, 10), dt.date(2025, 3, 24))
    assert _on(2024, 2, 10, MONTH).span == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert _on(2025, 3, 18).agrees(_on(2025, 3, 17, approximate=True))
    assert not _on(2025, 3, 30).agrees(_on(2025, 3, 17, approximate=True))
    assert _on(2025, 3, 30).agrees(_on(2025, 3, 1, MONTH))
    assert not _on(2025, 3, 20).surely_after(_on(2025, 3, 17, approximate=True))
    assert _on(2025, 3, 25).surely_after(_on(2025, 3, 17, approximate=True))
    assert _on(2025, 8, 1).surely_after(_on(2025, 7, 15, MONTH))
    assert not _on(2025, 7, 31).surely_after(_on(2025, 7, 15, MONTH))


# --- Properties over the whole grammar ------------------------------------------------

PHRASES = [
    "today",
    "yesterday",
    "tomorrow",
    "on Tuesday",
    "last Friday",
    "next Monday",
    "Wednesday night",
    "last week",
    "next week",
    "last month",
    "this month",
    "next month",
    "last year",
    "next year",
    "earlier this month",
    "later this year",
    "three days ago",
    "two weeks ago",
    "a month ago",
    "in two years",
    "recently",
    "in the coming weeks",
    "on 4 September",
    "on February 29",
    "in March",
    "last September",
    "next June",
]
NAMED_YEAR = ["on 4 September 2024", "in March 2023", "in 2022"]
anchors = st.builds(
    When,
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    st.sampled_from([DAY, MONTH, YEAR]),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PHRASES), anchors, st.sampled_from(list(Tense)), st.data())
def test_a_result_covers_every_reading_the_anchor_allows(
    phrase: str, anchor: When, tense: Tense, data: st.DataObject
) -> None:
    """From an exact anchor, every day it may stand for reads the phrase inside the result's span.

    A reading that is itself approximate ("about 22 August") must fall inside with its day, month or year,
    not with its own slack.
    """
    exact = When(anchor.date, anchor.unit)
    # 29 February with no year, from a leap year known only to the month or year, reads as four years apart
    assume(phrase != "on February 29" or anchor.unit is DAY or anchor.date.year % 4)
    result = resolve(phrase, exact, tense)
    assert result is not None
    first, last = exact.span
    for day in {first, last, data.draw(st.dates(first, last))}:
        reading = resolve(phrase, When(day), tense)
        assert reading is not None
        inside = When(reading.date, reading.unit).span
        assert result.span[0] <= inside[0] and inside[1] <= result.span[1], (day, reading, result)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PHRASES + NAMED_YEAR), anchors, st.sampled_from(list(Tense)))
def test_precision_never_increases_from_an_approximate_anchor(phrase: str, anchor: When, tense: Tense) -> None:
    result = resolve(phrase, When(anchor.date, anchor.unit, True), tense)
    assert result is not None
    assert result.approximate or phrase in NAMED_YEAR


# --- Unquoted dates: read as text, as the guide says -----------------------------------


def test_unquoted_dates_read_as_the_same_text(mini: Path) -> None:
    """``as_of: 2025-07-15`` and ``date: 2025-07`` unquoted mean exactly what they mean quoted (docs/guide/annotating.md)."""
    path = mini / "briefings" / "harbour-ferry.yaml"
    quoted = path.read_text(encoding="utf-8")
    unquoted = re.sub(r'(as_of|date): "(\d{4}-\d{2}(?:-\d{2})?)"', r"\1: \2", quoted)
    assert unquoted.count("as_of: 2025-") >= 2 and unquoted.count("date: 2025-") >= 1 and 'date: "' not in unquoted
    path.write_text(unquoted, encoding="utf-8")
    inputs, found = validate(Project.at(mini))
    assert found == []
    briefing = inputs.briefings["harbour-ferry"].briefing
    assert briefing.as_of == dt.date(2025, 7, 15)
    assert [e.date for e in briefing.timeline] == [None, "2025-07", None]


def test_an_unquoted_year_is_refused(mini: Path) -> None:
    path = mini / "briefings" / "harbour-ferry.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('date: "2025-07"', "date: 2025"), encoding="utf-8")
    _, found = validate(Project.at(mini))
    assert [d.code for d in found] == ["BRF010"]


# --- Issue 21: a day named from an approximate date, a weekday that pins the year, "recently" ----------


def test_a_day_and_month_from_an_approximate_source_is_about_that_day() -> None:
    """ "On September 4" from a source of about 10 September 2025: about 4 September 2025, not "about 2025"."""
    anchor = _on(2025, 9, 10, approximate=True)
    when = resolve("On September 4", anchor, Tense.PAST)
    assert when == _on(2025, 9, 4, approximate=True)
    assert when is not None and when.text == "about 4 September 2025"
    # looking ahead from about 2 September: the 4 September coming, not next year's
    assert resolve("on 4 September", _on(2025, 9, 2, approximate=True), Tense.FUTURE) == _on(
        2025, 9, 4, approximate=True
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Thursday 4 September",
        "Thursday, September 4",
        "on Thursday, 4 September",
        "Thursday 4th September",
        "Thu 4 Sep",
    ],
)
def test_a_weekday_with_a_day_and_month_pins_the_year(phrase: str) -> None:
    # 4 September is a Thursday in 2025 (and in 2031, 2036): the one nearest the source's date
    for anchor in (_on(2025, 9, 10), _on(2025, 9, 10, approximate=True), _on(2026, 2, 1), _on(2025, 1, 1, YEAR)):
        assert resolve(phrase, anchor, Tense.PAST) == _on(2025, 9, 4), anchor
        assert resolve(phrase, anchor, Tense.FUTURE) == _on(2025, 9, 4), anchor


def test_a_weekday_that_fits_no_year_near_the_source_is_not_understood() -> None:
    # 4 September is a Monday in 2023 and 2028: the nearer to 10 September 2026; a Sunday in 2022 only, too far
    assert resolve("Monday 4 September", _on(2026, 9, 10), Tense.PAST) == _on(2028, 9, 4)
    assert resolve("Sunday 4 September", _on(2026, 9, 10), Tense.PAST) is None


@pytest.mark.parametrize("phrase", ["recently", "lately", "just", "has just", "had just"])
def test_recently_is_dated_by_its_report_not_a_month(phrase: str) -> None:
    assert dates.by_report(phrase)
    assert resolve(phrase, FRIDAY, Tense.PAST) == FRIDAY
    about = _on(2025, 3, 17, approximate=True)
    assert resolve(phrase, about, Tense.PAST) == about


def test_words_with_a_span_of_their_own_are_not_dated_by_the_report() -> None:
    for phrase in ("in recent weeks", "in the past few days", "two weeks ago", "on Tuesday"):
        assert not dates.by_report(phrase)


def test_an_event_said_to_have_happened_recently_shows_by_the_report_date(mini: Path) -> None:
    path = mini / "briefings" / "harbour-ferry.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('  - relative: "on Tuesday"\n', '  - relative: "recently"\n', 1),
        encoding="utf-8",
    )
    inputs, found = validate(Project.at(mini))
    assert found == []
    dated = [d for d in _datings(inputs) if d.relative == "recently"]
    assert [(d.text, d.basis) for d in dated] == [("by 12 June 2025", dates.Basis.REPORT)]


def _datings(inputs: Inputs) -> list[dates.Dating]:
    return [e.dating for e in link_site(inputs).timeline]
