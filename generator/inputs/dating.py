"""When things were said or happened, worked out from the sources and never more precise than they allow.

A :class:`Dating` is a date (:class:`~generator.inputs.dates.When`) together with what it
rests on: words quoted from the source that give the date, the article's relative
words resolved against its own date, only the date of the report (the thing was
said or happened on or before it), or knowledge from outside the sources, which
the site marks as such.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from generator.inputs.dates import When
from generator.vocabulary import Precision

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
        shown = str(d.year) if self.when.unit is Precision.YEAR else f"{_MONTHS[d.month - 1]} {d.year}"
        if self.when.approximate:
            shown = f"about {shown}"
        return f"by {shown}" if self.basis is Basis.REPORT else shown

    @property
    def outside(self) -> bool:
        return self.basis is Basis.OUTSIDE
