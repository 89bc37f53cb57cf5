"""A date for a seed that has none, proposed from the article's own dates (``inferred_date``).

An undated article (a text file, a page without metadata) still dates what it
reports: "on 4 September 2025", "Thursday 4 September". It was written on or
soon after the latest day it reports in the past tense, so that day, approximate,
is a fair ``inferred_date`` with ``basis: text``: the draft proposes it for the
analyst to check, and resolves the article's other dates against it. A weekday
with a day and month ("Thursday 4 September") pins the year near the latest year
the article names, else near today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.authoring.importer import yaml_string
from generator.inputs import dates
from generator.vocabulary import Precision, Tense


@dataclass(frozen=True)
class Proposed:
    """A proposed ``inferred_date``: the day, approximate, and the article's words it rests on."""

    when: dates.When
    words: str

    @property
    def reason(self) -> str:
        day = dates.When(self.when.date).text
        return f'The article gives no date; the latest day it reports is "{self.words}" ({day}).'


def propose(phrases: Sequence[tuple[str, Tense]]) -> Proposed | None:
    """The latest day the article's past-tense date phrases give on their own, as an approximate date."""
    past = [words for words, tense in phrases if tense is Tense.PAST and dates.names_its_day(words)]
    today = dates.When(dates.today())
    with_year = [day for words in past if words[-4:].isdigit() and (day := _day(words, today)) is not None]
    # a weekday pins the year near the latest day the article dates with its year, else near today
    probe = dates.When(max(with_year)) if with_year else today
    found = [(day, words) for words in past if (day := _day(words, probe)) is not None]
    if not found:
        return None
    day, words = max(found)
    return Proposed(dates.When(day, Precision.DAY, approximate=True), words)


def _day(words: str, probe: dates.When) -> dt.date | None:
    when = dates.resolve(words, probe, Tense.PAST)
    return when.date if when is not None and when.unit is Precision.DAY else None


def lines(proposed: Proposed | None, seed_id: str) -> list[str]:
    """The proposal, as comments for the seed's front matter."""
    if proposed is None:
        return []
    return [
        f"# seeds/{seed_id}.md has no date. Its latest day reported is {yaml_string(proposed.words)}: it was",
        "# written then or soon after. If that is right, add to its front matter (the events",
        "# below are resolved against it):",
        "# inferred_date:",
        f'#   date: "{proposed.when.date.isoformat()}"',
        '#   precision: "approximate"',
        '#   basis: "text"',
        f"#   reason: {yaml_string(proposed.reason)}",
        "",
    ]
