"""Quote matching (typography forgiven, words not) and date resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.inputs.dates import When, parse_event_date, resolve
from generator.inputs.matching import SourceText, normalise, passage_id
from generator.vocabulary import Precision, Tense

TEXT = "He said: “Definitely not,\u00a0they  cannot.”\nThe war – it rumbles on."


@pytest.mark.parametrize(
    "quote",
    [
        '"Definitely not, they cannot."',
        "“Definitely not, they cannot.”",
        "Definitely not,\nthey cannot",
        "war - it rumbles",
    ],
)
def test_quote_found_after_normalising_typography(quote: str) -> None:
    match = SourceText(TEXT).find(quote)
    assert match is not None
    assert normalise(TEXT[match.start : match.end]) == normalise(quote)


def test_match_maps_back_to_original_offsets() -> None:
    match = SourceText(TEXT).find("they cannot")
    assert match is not None
    assert TEXT[match.start : match.end] == "they  cannot"


@pytest.mark.parametrize("quote", ["definitely not", "Definitely no, they cannot", "they can't"])
def test_words_and_case_must_match(quote: str) -> None:
    assert SourceText(TEXT).find(quote) is None


def test_closest_passage_says_what_differs() -> None:
    passage, difference = SourceText(TEXT).closest("Definitely not, they can.")
    assert "Definitely not, they cannot" in passage
    assert 'the source has "cannot."' in difference and '"can."' in difference


def test_passage_id_is_stable_across_typography() -> None:
    assert passage_id("“Definitely not”") == passage_id('"Definitely  not"')
    assert passage_id("a") != passage_id("b")


FRIDAY = dt.date(2025, 9, 5)


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        ("on Wednesday", Tense.PAST, When(dt.date(2025, 9, 3))),
        ("Wednesday night", Tense.PAST, When(dt.date(2025, 9, 3))),
        ("on Tuesday", Tense.FUTURE, When(dt.date(2025, 9, 9))),
        ("on Friday", Tense.PAST, When(FRIDAY)),
        ("last Friday", Tense.PAST, When(dt.date(2025, 8, 29))),
        ("yesterday", Tense.PAST, When(dt.date(2025, 9, 4))),
        ("last month", Tense.PAST, When(dt.date(2025, 8, 1), Precision.MONTH)),
        ("next month", Tense.FUTURE, When(dt.date(2025, 10, 1), Precision.MONTH)),
        ("last year", Tense.PAST, When(dt.date(2024, 1, 1), Precision.YEAR)),
        ("last week", Tense.PAST, When(dt.date(2025, 8, 29), Precision.DAY, approximate=True)),
        ("in the spring", Tense.PAST, None),
    ],
)
def test_relative_dates(phrase: str, tense: Tense, expected: When | None) -> None:
    assert resolve(phrase, When(FRIDAY), tense) == expected


def test_relative_month_wraps_the_year() -> None:
    assert resolve("last month", When(dt.date(2025, 1, 10)), Tense.PAST) == When(dt.date(2024, 12, 1), Precision.MONTH)


@pytest.mark.parametrize(
    ("text", "precision", "shown"),
    [
        ("2025-09-03", None, "3 September 2025"),
        ("2025-08", None, "August 2025"),
        ("2022", None, "2022"),
        ("2025-03-17", Precision.APPROXIMATE, "about 17 March 2025"),
        ("2024-03", Precision.APPROXIMATE, "about March 2024"),
        ("2025-03-17", Precision.MONTH, "March 2025"),
    ],
)
def test_event_dates_show_their_precision(text: str, precision: Precision | None, shown: str) -> None:
    assert parse_event_date(text, precision).text == shown


def test_dates_agree_at_the_coarser_precision() -> None:
    assert parse_event_date("2025-08").agrees(When(dt.date(2025, 8, 15)))
    assert not parse_event_date("2025-08-14").agrees(When(dt.date(2025, 8, 15)))
    assert parse_event_date("2025-08-14", Precision.APPROXIMATE).agrees(When(dt.date(2025, 8, 15)))
