"""Dates with a precision, what each rests on, and relative dates ("on Tuesday") resolved against a source's date.

A :class:`When` is the one date type: a day, known to the day, month or year,
perhaps only approximately. Resolving a phrase never makes a date more precise
than what the article's words and the source's date together determine: from an
approximate source date the result is approximate, and from a source date known
only to the month a weekday gives a month, not a day (:func:`resolve`).

A :class:`Dating` is a :class:`When` together with what it rests on
(:class:`Basis`): words quoted from the source that give the date, the article's
relative words resolved against its own date, only the date of the report (the
thing was said or happened on or before it), or knowledge from outside the
sources, which the site marks as such.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.vocabulary import Precision, Tense

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
#: How far an approximate date may be off, beyond its unit: "about 17 March" is 10–24 March.
_SLACK = {Precision.DAY: 7, Precision.MONTH: 31, Precision.YEAR: 366}

#: The phrases `relative` understands, for the docs and for hints.
PHRASES = (
    "today, tonight, yesterday, tomorrow, this morning|afternoon|evening; "
    "(on|last|next|this) <weekday> [morning|afternoon|evening|night]; "
    "(last|this|next) week|month|year; earlier|later this week|month|year; "
    "<number> days|weeks|months|years ago, in <number> days|weeks|months|years (number: a, one … twelve, a few, 2); "
    "recently, lately, [has|have|had] just, in recent|the past few days|weeks|months; "
    "soon, in|over the coming|next few days|weeks|months; "
    "[on] [the] <day> [of] <month> [<year>], [on] <month> <day> [<year>]; "
    "[early|mid|late] [in] <month> [<year>], (last|this|next) <month>; in <year>; "
    "[at|by|before] the start|beginning|end of the|this|next|last month|year"
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

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day this date may stand for: its day, month or year, widened when approximate."""
        start, end = _bounds(self.date, self.unit)
        if not self.approximate:
            return start, end
        slack = dt.timedelta(days=_SLACK[self.unit])
        return _shift(start, -slack), _shift(end, slack)

    def agrees(self, other: When) -> bool:
        """Whether two readings can be the same date: their spans overlap."""
        (a0, a1), (b0, b1) = self.span, other.span
        return a0 <= b1 and b0 <= a1

    def surely_after(self, other: When) -> bool:
        """Whether every day this date may be comes after every day ``other`` may be."""
        return self.span[0] > other.span[1]

    def is_finer_than(self, other: When) -> bool:
        """Whether this date claims more than ``other``: a finer unit, or exact where ``other`` is approximate."""
        return _UNITS.index(self.unit) < _UNITS.index(other.unit) or (other.approximate and not self.approximate)

    def capped_by(self, basis: When) -> When:
        """This date made no more precise than ``basis``: its unit at least as coarse, approximate if it is."""
        unit = _UNITS[max(_UNITS.index(self.unit), _UNITS.index(basis.unit))]
        return When(self.date, unit, self.approximate or basis.approximate)


def _bounds(d: dt.date, unit: Precision) -> tuple[dt.date, dt.date]:
    if unit is Precision.YEAR:
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if unit is Precision.MONTH:
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return d, d


def _shift(d: dt.date, by: dt.timedelta) -> dt.date:
    try:
        return d + by
    except OverflowError:
        return dt.date.min if by.days < 0 else dt.date.max


class Basis(enum.StrEnum):
    """What a date rests on."""

    #: the words quoted give the date ("in 2022")
    TEXT = "text"
    #: the article's relative words ("on Wednesday") resolved against the source's date
    RELATIVE = "relative"
    #: only the report's date: said or happened on or before it
    REPORT = "report"
    #: knowledge from outside the sources, with its basis
    OUTSIDE = "outside"


@dataclass(frozen=True)
class Dating:
    """A date and what it rests on."""

    when: When
    basis: Basis
    #: the article's words, for a relative date
    relative: str | None = None
    #: what an outside date rests on
    note: str | None = None
    #: the id of the source whose words or date it rests on (``None`` for an outside date)
    source: str | None = None

    @property
    def date(self) -> dt.date:
        return self.when.date

    @property
    def text(self) -> str:
        """``3 September 2025``, ``about 18 March 2025``, ``by 5 September 2025``."""
        return f"by {self.when.text}" if self.basis is Basis.REPORT else self.when.text

    @property
    def short(self) -> str:
        """At most to the month, for tight spaces: ``Sep 2025``, ``about Mar 2025``, ``by Sep 2025``, ``2022``."""
        d = self.when.date
        shown = str(d.year) if self.when.unit is Precision.YEAR else f"{_MONTHS[d.month - 1][:3]} {d.year}"
        if self.when.approximate:
            shown = f"about {shown}"
        return f"by {shown}" if self.basis is Basis.REPORT else shown

    @property
    def outside(self) -> bool:
        return self.basis is Basis.OUTSIDE


def today() -> dt.date:
    """Today, or the day ``SOURCE_DATE_EPOCH`` names (the reproducible-builds convention), for checks that age."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


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


def _same(a: dt.date, b: dt.date, unit: Precision) -> bool:
    return _bounds(a, unit) == _bounds(b, unit)


# --- Resolving a phrase ------------------------------------------------------------------

#: A phrase read: the date it points at, seen from a given day, looking back (-1) or ahead (+1).
Reading = Callable[[dt.date, int], When]


def says_only_before(phrase: str) -> bool:
    """Whether the words say no more than "before the report" ("recently", "has just", "in recent weeks").

    Such words give no day, week or month: what they date is dated by its report ("by 5
    September 2025"), never by a guess at how long before.
    """
    return _RECENT.match(_words(phrase)) is not None


def _words(phrase: str) -> str:
    """A phrase as the readers match it: lower case, no commas or full stops, single spaces."""
    return " ".join(phrase.lower().replace(",", " ").replace(".", " ").split())


def resolve(phrase: str, anchor: When, tense: Tense) -> When | None:
    """The date a phrase points at, seen from ``anchor``; ``None`` if not understood.

    The result is never more precise than the phrase and the anchor together
    determine. The phrase is read from the anchor's date and from the first and
    last day the anchor may stand for (:attr:`When.span`): when all three agree
    to the phrase's own unit, that is the result; else the finest unit at which
    they agree, up to the anchor's own; else "about" the reading from the
    anchor's date, at the coarser of the two units (or coarser still, when the
    readings spread further). Whatever is read from an approximate anchor is
    approximate. A
    phrase that names its year ("on 4 September 2025") does not depend on the
    anchor at all.
    """
    words = _words(phrase)
    try:
        found = _reading(words)
        if found is None:
            return None
        reading, absolute = found
        step = -1 if tense is Tense.PAST else 1
        if absolute:
            return reading(anchor.date, step)
        return _through(reading, anchor, step)
    except (ValueError, OverflowError):  # before year 1 or after 9999
        return None


def _through(reading: Reading, anchor: When, step: int) -> When:
    """``reading`` seen from ``anchor``, no more precise than the anchor's uncertainty allows."""
    nominal = reading(anchor.date, step)
    first, last = (reading(day, step) for day in anchor.span)
    coarsest = max(_UNITS.index(nominal.unit), _UNITS.index(anchor.unit))
    for unit in _UNITS[_UNITS.index(nominal.unit) : coarsest + 1]:
        if _same(first.date, last.date, unit) and _same(first.date, nominal.date, unit):
            date = nominal.date if nominal.approximate or unit is Precision.DAY else _bounds(nominal.date, unit)[0]
            return When(date, unit, nominal.approximate or anchor.approximate)
    # the readings differ: "about" the nominal one, at the finest unit whose slack takes them all in
    lowest, highest = _bounds(first.date, first.unit)[0], _bounds(last.date, last.unit)[1]
    for unit in _UNITS[coarsest:]:
        about = When(nominal.date, unit, True)
        if about.span[0] <= lowest and highest <= about.span[1]:
            return about
    return When(nominal.date, Precision.YEAR, True)  # 29 February, from a leap year known to the month or year


_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a few": 3,
    "a couple of": 2,
}
_MONTH_WORDS = {name.lower(): i + 1 for i, name in enumerate(_MONTHS)}
_MONTH_WORDS |= {name.lower()[:3]: i + 1 for i, name in enumerate(_MONTHS)} | {"sept": 9}
#: Every word for a month the phrases understand, lower case ("march", "mar", "sept").
MONTH_WORDS = frozenset(_MONTH_WORDS)
_MONTH = "(" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + ")"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?: (\d{4}))?"
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"

_WEEKDAY = re.compile(r"^(?:(on|last|next|this) )?(" + "|".join(WEEKDAYS) + r")" + _PART_OF_DAY + "$")
_UNIT_AWAY = re.compile(r"^(last|this|next) (week|month|year)$")
_PART_OF_UNIT = re.compile(r"^(earlier|later) this (week|month|year)$")
_COUNT = "(" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d{1,3})"
_AGO = re.compile(rf"^{_COUNT} (day|week|month|year)s? ago$")
_IN = re.compile(rf"^in {_COUNT} (day|week|month|year)s?(?: time)?$")
_SPELL = r"(days|weeks|months)"
_RECENT = re.compile(
    rf"^(?:recently|lately|(?:has |have |had )?just|in recent {_SPELL}"
    rf"|(?:in|over) the (?:past|last)(?: few)? {_SPELL})$"
)
_COMING = re.compile(rf"^(?:soon|(?:in|over) the (?:coming|next)(?: few)? {_SPELL})$")
_DAY_MONTH = re.compile(rf"^(?:on )?(?:the )?{_DAY} (?:of )?{_MONTH}{_YEAR}$")
_MONTH_DAY = re.compile(rf"^(?:on )?{_MONTH} {_DAY}{_YEAR}$")
_IN_MONTH = re.compile(rf"^(?:(?:early|mid|late) )?(?:in )?(?:(?:early|mid|late)[ -])?{_MONTH}{_YEAR}$")
_NEAR_MONTH = re.compile(rf"^(last|this|next) {_MONTH}$")
_IN_YEAR = re.compile(r"^in (\d{4})$")
_END_OF = re.compile(r"^(?:(?:at|by|before) )?the (start|beginning|end) of (the|this|next|last) (month|year)$")


def _reading(words: str) -> tuple[Reading, bool] | None:
    """How to read ``words``, and whether they name their own year (then the anchor does not matter)."""
    fixed = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0}
    fixed |= {"yesterday": -1, "tomorrow": 1}
    if words in fixed:
        return (lambda d, _s: When(d + dt.timedelta(days=fixed[words]))), False
    for pattern, make in _READERS:
        m = pattern.match(words)
        if m:
            return make(m)
    return None


def _weekday(m: re.Match[str]) -> tuple[Reading, bool]:
    target = WEEKDAYS.index(m.group(2))
    word = m.group(1)

    def read(d: dt.date, step: int) -> When:
        step = {"next": 1, "last": -1}.get(word or "", step)  # the words say which way, whatever the tense
        delta = (target - d.weekday()) % 7 if step > 0 else -((d.weekday() - target) % 7)
        if delta == 0 and word in ("last", "next"):
            delta = 7 * step
        return When(d + dt.timedelta(days=delta))

    return read, False


def _unit_away(m: re.Match[str]) -> tuple[Reading, bool]:
    offset = {"last": -1, "this": 0, "next": 1}[m.group(1)]
    return (lambda d, _s: _away(d, offset, m.group(2))), False


def _away(d: dt.date, offset: int, unit: str) -> When:
    """The week, month or year ``offset`` units from ``d``: a week is a day give or take a few."""
    if unit == "day":
        return When(d + dt.timedelta(days=offset))
    if unit == "week":
        return When(d + dt.timedelta(weeks=offset), Precision.DAY, approximate=True)
    if unit == "month":
        month = d.month - 1 + offset
        return When(dt.date(d.year + month // 12, month % 12 + 1, 1), Precision.MONTH)
    return When(dt.date(d.year + offset, 1, 1), Precision.YEAR)


def _part_of_unit(m: re.Match[str]) -> tuple[Reading, bool]:
    """ "earlier this month": within the anchor's week, month or year, on the side the word says."""
    side = -1 if m.group(1) == "earlier" else 1

    def read(d: dt.date, _step: int) -> When:
        if m.group(2) == "week":  # a week is no unit of its own: a few days away
            return When(d + dt.timedelta(days=2 * side), Precision.DAY, approximate=True)
        unit = Precision.MONTH if m.group(2) == "month" else Precision.YEAR
        return When(_bounds(d, unit)[0], unit)

    return read, False


def _count(word: str) -> int:
    return _NUMBERS[word] if word in _NUMBERS else int(word)


def _counted(direction: int) -> Callable[[re.Match[str]], tuple[Reading, bool]]:
    """ "two weeks ago", "in three days": days are exact, weeks a day give or take, months and years approximate."""

    def make(m: re.Match[str]) -> tuple[Reading, bool]:
        n, unit = _count(m.group(1)) * direction, m.group(2)
        vague = m.group(1) in ("a few", "a couple of")

        def read(d: dt.date, _step: int) -> When:
            if unit in ("day", "week"):
                days = n * (7 if unit == "week" else 1)
                return When(d + dt.timedelta(days=days), Precision.DAY, unit == "week" or vague)
            if unit == "month":
                month = d.month - 1 + n
                day = min(d.day, 28)
                return When(dt.date(d.year + month // 12, month % 12 + 1, day), Precision.MONTH, True)
            return When(dt.date(d.year + n, d.month, min(d.day, 28)), Precision.YEAR, True)

        return read, False

    return make


def _vague(direction: int) -> Callable[[re.Match[str]], tuple[Reading, bool]]:
    """ "recently", "in the coming weeks": some days, weeks or months away, on the side the words say."""

    def make(m: re.Match[str]) -> tuple[Reading, bool]:
        unit = next((g for g in m.groups() if g), "weeks")
        days, precision = {"days": (3, Precision.DAY), "weeks": (14, Precision.MONTH), "months": (60, Precision.MONTH)}[
            unit
        ]
        return (lambda d, _s: When(d + dt.timedelta(days=days * direction), precision, True)), False

    return make


def _day_month(day_group: int, month_group: int) -> Callable[[re.Match[str]], tuple[Reading, bool]]:
    """ "on 4 September", "September 4th, 2025": the day and month named; the year named, or the nearest one."""

    def make(m: re.Match[str]) -> tuple[Reading, bool]:
        day, month, year = int(m.group(day_group)), _MONTH_WORDS[m.group(month_group)], m.group(3)
        if year:
            return (lambda _d, _s: When(dt.date(int(year), month, day))), True
        dt.date(2000, month, day)  # a day no year has (31 April) is not understood; 29 February is

        def read(d: dt.date, step: int) -> When:
            return When(_nearest(d, step, lambda y: dt.date(y, month, day) if _real(y, month, day) else None))

        return read, False

    return make


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _nearest(d: dt.date, step: int, in_year: Callable[[int], dt.date | None]) -> dt.date:
    """The first date ``in_year`` gives on or before ``d`` (step -1), or on or after it (+1)."""
    year = d.year
    for _ in range(9):  # 29 February comes round within eight years
        found = in_year(year)
        if found is not None and (found <= d if step < 0 else found >= d):
            return found
        year += step
    raise ValueError("no such date")


def _in_month(m: re.Match[str]) -> tuple[Reading, bool]:
    """ "in September", "late September 2024": the month named; the year named, or the nearest one."""
    month, year = _MONTH_WORDS[m.group(1)], m.group(2)
    if year:
        return (lambda _d, _s: When(dt.date(int(year), month, 1), Precision.MONTH)), True

    def read(d: dt.date, step: int) -> When:
        start = d.replace(day=1)
        found = _nearest(start, step, lambda y: dt.date(y, month, 1))
        return When(found, Precision.MONTH)

    return read, False


def _near_month(m: re.Match[str]) -> tuple[Reading, bool]:
    """ "last September" (before the anchor's month), "next September" (after it), "this September" (its year)."""
    which, month = m.group(1), _MONTH_WORDS[m.group(2)]

    def read(d: dt.date, _step: int) -> When:
        if which == "this":
            return When(dt.date(d.year, month, 1), Precision.MONTH)
        step = -1 if which == "last" else 1
        start = _shift(d.replace(day=1), dt.timedelta(days=-1 if step < 0 else 32)).replace(day=1)
        return When(_nearest(start, step, lambda y: dt.date(y, month, 1)), Precision.MONTH)

    return read, False


def _end_of(m: re.Match[str]) -> tuple[Reading, bool]:
    """ "at the end of the year": the year's last month (or first); "the end of the month": its last days."""
    first = m.group(1) != "end"
    offset = {"last": -1, "next": 1}.get(m.group(2), 0)

    def read(d: dt.date, _step: int) -> When:
        if m.group(3) == "year":
            return When(dt.date(d.year + offset, 1 if first else 12, 1), Precision.MONTH)
        month = _away(d, offset, "month").date
        day = 3 if first else calendar.monthrange(month.year, month.month)[1] - 2
        return When(month.replace(day=day), Precision.DAY, approximate=True)

    return read, False


def _in_year(m: re.Match[str]) -> tuple[Reading, bool]:
    year = int(m.group(1))
    return (lambda _d, _s: When(dt.date(year, 1, 1), Precision.YEAR)), True


_READERS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[Reading, bool]]]] = [
    (_WEEKDAY, _weekday),
    (_UNIT_AWAY, _unit_away),
    (_PART_OF_UNIT, _part_of_unit),
    (_AGO, _counted(-1)),
    (_IN, _counted(1)),
    (_RECENT, _vague(-1)),
    (_COMING, _vague(1)),
    (_DAY_MONTH, _day_month(1, 2)),
    (_MONTH_DAY, _day_month(2, 1)),
    (_IN_MONTH, _in_month),
    (_NEAR_MONTH, _near_month),
    (_IN_YEAR, _in_year),
    (_END_OF, _end_of),
]
