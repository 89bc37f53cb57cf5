"""The pages of the long lists, one per period: the timeline's, the sources', the briefings'."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from generator.model import Briefing, Event, Source
from generator.site import pictures
from generator.site.helpers import Helpers
from generator.site.pages.base import Page, clip, front_matter
from generator.site.paging import Period

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class PeriodPage(Page, Generic[T]):
    """One period of a list split by period: ``<folder>/<period>.md``, linking the periods before and after."""

    #: its title, before the period's: ``Timeline``
    heading: ClassVar[str]
    period: Period[T]
    neighbours: tuple[Period[T] | None, Period[T] | None]

    @property
    def path(self) -> str:
        return self.period.path

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {"period": self.period, "around": self.neighbours}

    def front_matter(self) -> str:
        return front_matter(f"{self.heading}: {self.period.title}", clip(self.description()))

    @abc.abstractmethod
    def description(self) -> str:
        """What the page is, for search engines and link previews."""


class TimelinePeriodPage(PeriodPage[Event]):
    """``timeline/<period>.md``: the period's events drawn to scale, one row per actor, then listed."""

    template = "period.md.j2"
    heading = "Timeline"

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            **super().context(helpers),
            "timeline_chart": pictures.timeline_chart,
            "timeline_filter": pictures.timeline_filter,
            "cited_sources": pictures.cited_sources,
            "briefings_of": helpers.briefings_of,
        }

    def description(self) -> str:
        title = self.period.title
        return f"What happened in {title}, across all briefings, dated no more precisely than the sources allow."


class SourcesPeriodPage(PeriodPage[Source]):
    """``sources/<period>.md``: the sources of the period (``sources/undated.md``: those without a date)."""

    template = "sources_period.md.j2"
    heading = "Sources"

    def description(self) -> str:
        return f"The articles of {self.period.title} the briefings rest on, with their outlets and dates."


class BriefingsPeriodPage(PeriodPage[Briefing]):
    """``briefings/<period>.md``: the briefings as of the period, each with its bottom line."""

    template = "briefings_period.md.j2"
    heading = "Briefings"

    def description(self) -> str:
        return f"The briefings as of {self.period.title}, each with our bottom line."
