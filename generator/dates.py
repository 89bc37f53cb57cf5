"""Dates with a precision, and relative dates ("on Tuesday") resolved against a source's date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .schema import Precision, Tense

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_UNITS = (Precision.DAY, Precision.MONTH, Precision.YEAR)

_WEEKDAY = re.compile(
    r"^(?:on |last |next |this )?(" + "|".join(WEEKDAYS) + r")(?: (?:morning|afternoon|evening|night))?$"
)

#: The phrases `relative` understands, for the docs and for hints.
PHRASES = (
    "today, yesterday, tomorrow; (on|last|next|this) <weekday> [morning|afternoon|evening|night]; "
    "last week, next week; last month, this month, next month; last year, this year, next year"
)


@dataclass(frozen=True, order=True)
class When:
    """A date known to the day, month or year (``unit``), perhaps only approximately."""

    date: dt.date
    unit: Precision = Precision.DAY
    approximate: bool = False

    @property
    def text(self) -> str:
        """``3 September 2025``, ``August 2025``, ``about 2022``."""
        d = self.date
        if self.unit is Precision.YEAR:
            shown = str(d.year)
        elif self.unit is Precision.MONTH:
            shown = f"{_MONTHS[d.month - 1]} {d.year}"
        else:
            shown = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        return f"about {shown}" if self.approximate else shown

    @property
    def precision(self) -> Precision:
        return Precision.APPROXIMATE if self.approximate else self.unit

    def agrees(self, other: When) -> bool:
        """Whether two readings can be the same date, at the coarser unit (a week's slack if approximate)."""
        if self.approximate or other.approximate:
            return abs((self.date - other.date).days) <= 7 or _same(self, other, Precision.MONTH)
        coarser = max(_UNITS.index(self.unit), _UNITS.index(other.unit))
        return _same(self, other, _UNITS[coarser])


def _same(a: When, b: When, unit: Precision) -> bool:
    if unit is Precision.YEAR:
        return a.date.year == b.date.year
    if unit is Precision.MONTH:
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return a.date == b.date


def with_precision(when: When, precision: Precision | None) -> When:
    """Apply an explicit precision: a unit coarsens the date's own; approximate marks it so."""
    if precision is None:
        return when
    if precision is Precision.APPROXIMATE:
        return When(when.date, when.unit, True)
    coarser = max(_UNITS.index(when.unit), _UNITS.index(precision))
    return When(when.date, _UNITS[coarser], when.approximate)


def parse_event_date(text: str, precision: Precision | None = None) -> When:
    """``2025-09-03``, ``2025-09`` or ``2025`` (the schema checked the form)."""
    parts = [int(p) for p in text.split("-")]
    unit = _UNITS[3 - len(parts)]
    parts += [1] * (3 - len(parts))
    return with_precision(When(dt.date(parts[0], parts[1], parts[2]), unit), precision)


def resolve(phrase: str, anchor: dt.date, tense: Tense) -> When | None:
    """The date a relative phrase points at, seen from ``anchor``; ``None`` if not understood."""
    words = " ".join(phrase.lower().replace(",", " ").split())
    try:
        return _resolve(words, anchor, tense)
    except (ValueError, OverflowError):  # before year 1 or after 9999
        return None


def _resolve(words: str, anchor: dt.date, tense: Tense) -> When | None:
    step = -1 if tense is Tense.PAST else 1
    if words.startswith("next "):
        step = 1  # the words say which way, whatever the tense
    elif words.startswith("last "):
        step = -1
    fixed = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if words in fixed:
        return When(anchor + dt.timedelta(days=fixed[words]))
    m = _WEEKDAY.match(words)
    if m:
        target = WEEKDAYS.index(m.group(1))
        delta = (target - anchor.weekday()) % 7 if step > 0 else -((anchor.weekday() - target) % 7)
        if delta == 0 and words.startswith(("last ", "next ")):
            delta = 7 * step
        return When(anchor + dt.timedelta(days=delta))
    unit = re.fullmatch(r"(last|this|next) (week|month|year)", words)
    if unit:
        offset = {"last": -1, "this": 0, "next": 1}[unit.group(1)]
        if unit.group(2) == "week":
            return When(anchor + dt.timedelta(weeks=offset), Precision.DAY, approximate=True)
        if unit.group(2) == "month":
            month = anchor.month - 1 + offset
            return When(dt.date(anchor.year + month // 12, month % 12 + 1, 1), Precision.MONTH)
        return When(dt.date(anchor.year + offset, 1, 1), Precision.YEAR)
    return None
