"""An actor's pages: ``actors/<id>.md`` (where it stands now, its latest) and its history by period."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator.model import Actor, Issue, Part, Position
from generator.site import pictures
from generator.site.helpers import Helpers
from generator.site.markup import Md, escape
from generator.site.pages.base import Page, clip, front_matter
from generator.site.paging import (
    CURRENT_BRIEFINGS,
    LATEST_ITEMS,
    LATEST_POSITIONS,
    LISTED_SOURCES,
    Period,
    in_part,
    part_prefix,
)


@dataclass(frozen=True, eq=False)
class ActorPage(Page):
    """One actor: who it is, where it stands on each proposition, its latest positions, statements and events."""

    template = "actor.md.j2"
    actor: Actor

    @staticmethod
    def path_of(actor: str) -> str:
        return f"actors/{actor}.md"

    @property
    def path(self) -> str:
        return self.path_of(self.actor.id)

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "latest": pictures.latest,
            "latest_items": LATEST_ITEMS,
            "latest_positions": LATEST_POSITIONS,
            "current_briefings": CURRENT_BRIEFINGS,
            "listed_sources": LISTED_SOURCES,
            "by_issue": by_issue,
            "stance_steps": functools.partial(stance_steps, helpers),
            "stance_legend": pictures.stance_legend,
            "history_of": lambda actor: helpers.split.histories.get(actor.id, ()),
            "history_summary": history_summary,
            "briefing_of": helpers.briefing_of,
        }

    def front_matter(self) -> str:
        actor = self.actor
        who = f"{actor.name}, {actor.role}" if actor.role else actor.name
        description = f"{who}: positions, statements and events in the briefings, each traced to its source."
        return front_matter(actor.name, clip(description))


@dataclass(frozen=True, eq=False)
class HistoryPage(Page):
    """One period of an actor's history: briefing by briefing, every position, statement and event with evidence."""

    template = "history.md.j2"
    actor: Actor
    period: Period[Part]
    #: the periods of its history before and after this one
    neighbours: tuple[Period[Part] | None, Period[Part] | None]

    @property
    def path(self) -> str:
        return self.period.path

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "period": self.period,
            "around": self.neighbours,
            "part_summary": part_summary,
            "history_summary": history_summary,
            "in_part": lambda briefing, anchor="": Md(in_part(briefing, anchor)),
            "part_prefix": lambda briefing: Md(part_prefix(briefing)),
            "page_of": helpers.page_of,
            "stance_history": pictures.stance_history,
            "stance_legend": pictures.stance_legend,
        }

    def front_matter(self) -> str:
        name, period = self.actor.name, self.period.title
        description = (
            f"{name} in {period}: every position, statement and event, briefing by briefing, each traced to its source."
        )
        return front_matter(f"{name}: {period}", clip(description))


def stance_steps(helpers: Helpers, positions: Iterable[Position], part: Part) -> Md:
    """``✘ Opposes (Mar 2025) → ◔ Tentative (Sep 2025)``, each date linking to the position in its history."""
    page = helpers.page_of(part)
    steps = []
    for stance, run in itertools.groupby(positions, key=lambda p: p.stance):
        dated_links = ", ".join(
            f"[{escape(p.dating.short if p.dating else 'date unknown')}]"
            f"({helpers.url(page, in_part(part.briefing.id, p.anchor))})"
            for p in run
        )
        steps.append(
            f'<span class="bp-step bp-stance--{stance.value}">{stance.mark} {stance.label}</span> ({dated_links})'
        )
    return Md(" → ".join(steps))


def by_issue(positions: Iterable[Position]) -> list[tuple[Issue, list[Position]]]:
    """Positions of one briefing grouped by issue, in the order of first appearance; each group by date."""
    groups: dict[str, tuple[Issue, list[Position]]] = {}
    for p in positions:
        groups.setdefault(p.issue.id, (p.issue, []))[1].append(p)
    return list(groups.values())


def part_summary(part: Part) -> Md:
    """``3 positions, 1 statement, 2 events``: what an actor's part in a briefing holds."""
    counts = [
        (len(part.positions), "position"),
        (len(part.statements), "statement for others"),
        (len(part.events), "event"),
        (len(part.claims), "claim"),
        (len(part.disputes), "claim disputed"),
        (len(part.questions), "question"),
    ]
    words = {"statement for others": "statements for others", "claim disputed": "claims disputed"}
    shown = [f"{n} {word if n == 1 else words.get(word, word + 's')}" for n, word in counts if n]
    return Md(escape(", ".join(shown) or "named in its sources"))


def history_summary(period: Period[Part]) -> Md:
    """``4 briefings: 12 positions, 3 events``: what a page of an actor's history holds."""
    n = len(period.items)
    total = Part(
        period.items[0].actor,
        period.items[0].briefing,
        *(tuple(x for part in period.items for x in getattr(part, name)) for name in _PART_LISTS),
    )
    return Md(f"{n} briefing{'s' * (n != 1)}: {part_summary(total)}")


_PART_LISTS = ("positions", "statements", "events", "claims", "disputes", "questions", "sources")
