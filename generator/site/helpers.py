"""What every template can call: links from the page being rendered, quotes with their citation, dates, stances.

:meth:`Helpers.shared` is the whole set, the same on every page (documented in
``docs/guide/templates.md``); the names one kind of page needs besides them come
with that page (:mod:`generator.site.pages`). A :class:`Helpers` lives for one
build and knows which page is being rendered, so that every link is relative to it.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
from collections.abc import Callable, Iterable
from typing import Any

from generator.inputs import dates
from generator.inputs.dates import Basis, Dating
from generator.model import Actor, Briefing, Claim, Event, Evidence, Position, Question, Site
from generator.site.markup import Md, escape, escape_html
from generator.site.paging import Split
from generator.vocabulary import EvidenceKind, Stance

#: Where a model object is shown: ``(page path, anchor, name)`` (:class:`generator.site.pages.Addresses`).
Address = Callable[[Any], tuple[str, str, str]]
#: Each kind of evidence's label beside its quote, and what it means (the vocabulary's, as templates read them).
EVIDENCE_KINDS = {k: (k.label, k.meaning) for k in EvidenceKind}


class Helpers:
    """The helpers of one build; :attr:`page` is the path of the page being rendered."""

    def __init__(self, site: Site, split: Split, address: Address) -> None:
        self.site, self.split, self.address = site, split, address
        self.page = ""
        self.briefings = {b.id: b for b in site.briefings}

    def shared(self) -> dict[str, Any]:
        """The names every template gets (and ``page``, the path of the page being rendered)."""
        return {
            "site": self.site,
            "link": self.link,
            "url": self.url,
            "cite": self.cite,
            "attribution": self.attribution,
            "evidence_kinds": EVIDENCE_KINDS,
            "evidence_summary": evidence_summary,
            "link_question": self.link_question,
            "dated": dated,
            "format_date": format_date,
            "stance": stance,
        }

    def url(self, target: str, anchor: str = "") -> Md:
        """A relative link from the page being rendered to ``target`` (a page path)."""
        rel = _relative(target, posixpath.dirname(self.page) or ".")
        return Md(rel + (f"#{anchor}" if anchor else ""))

    def link(self, obj: Any, text: Any = None) -> Md:
        """``[name](relative/path.md#anchor)`` for a model object."""
        target, anchor, default = self.address(obj)
        label = escape(text if text is not None else default)
        return Md(f"[{label}]({self.url(target, anchor)})")

    def page_of(self, obj: Any) -> str:
        """The path of the page a model object is shown on."""
        return self.address(obj)[0]

    def cite(self, ev: Evidence) -> Md:
        """A quote with a short citation (outlet, date) that lands on the quoted passage in its source."""
        where = self.url(self.page_of(ev.source), ev.passage.anchor)
        outlet = ev.source.outlet.name if ev.source.outlet else "outlet unknown"
        label = escape(f"{outlet}, {ev.source.date_text}")
        return Md(f"\u201c{escape(ev.quote)}\u201d \u2014 [{label}]({where})")

    def attribution(self, ev: Evidence, holder: Actor | None = None) -> Md:
        """Who said it and through whom, when that is not simply ``holder``: ``Kremlin, through Dmitry Peskov``."""
        parts: list[str] = []
        if ev.speaker is not None and (holder is None or ev.speaker.id != holder.id):
            parts.append(self.link(ev.speaker))
        if ev.via is not None:
            if ev.via.actor is not None:
                parts.append(f"through {self.link(ev.via.actor)}")
            elif ev.via.unnamed:
                parts.append(f"through {escape(ev.via.unnamed)} (unnamed)")
            if ev.via.to:
                parts.append(f"to {escape(ev.via.to)}")
        return Md(", ".join(parts))

    def link_question(self, briefing: str, question: str, text: Any = None) -> Md:
        """A link to a question of a briefing, by id."""
        found = next(
            (q for b in self.site.briefings if b.id == briefing for q in b.questions if q.id == question), None
        )
        if found is None:
            raise KeyError(f"no question {question!r} in briefing {briefing!r}")
        return self.link(found, text if text is not None else "the question")

    def briefing_of(self, obj: Position | Event | Question | Claim) -> Briefing:
        """The briefing an item belongs to."""
        return self.briefings[obj.briefing]

    def briefings_of(self, items: Iterable[Position | Event | Question | Claim]) -> list[Briefing]:
        """The briefings these items belong to, each once, in the order of the items."""
        return [self.briefings[b] for b in dict.fromkeys(item.briefing for item in items)]


def dated(dating: Dating | None, verb: str = "") -> Md:
    """``said <time>3 September 2025</time>``, ``by 5 September 2025``, marked when from outside the sources."""
    if dating is None:
        return Md("date unknown")
    words = dating.text if dating.basis is Basis.REPORT or not verb else f"{verb} {dating.text}"
    if dating.basis is Basis.REPORT and verb:
        words = f"reported {dating.text}"
    text = f'<time datetime="{dating.date.isoformat()}">{escape_html(words)}</time>'
    if dating.outside:
        text += f' <span class="bp-outside" title="{escape_html(dating.note or "")}">outside the sources</span>'
    return Md(text)


def format_date(day: dt.date | None) -> str:
    """``3 September 2025``, or ``no date``."""
    return dates.When(day).text if day else "no date"


def stance(value: Stance) -> Md:
    """A stance as its mark and word, coloured by its class: ``✘ Opposes``."""
    return Md(f'<span class="bp-stance bp-stance--{value.value}">{value.mark} {value.label}</span>')


def evidence_summary(items: Iterable[Evidence]) -> Md:
    """``Evidence: 2 quoted, 1 reported``: what a folded evidence list holds."""
    items = list(items)
    kinds = [ev.kind for ev in items if ev.kind is not None]
    parts = [f"{kinds.count(k)} {k.label.lower()}" for k in EvidenceKind if k in kinds]
    if len(kinds) < len(items):
        parts.append(f"{len(items) - len(kinds)} passage{'s' * (len(items) - len(kinds) != 1)}")
    return Md(f"Evidence: {', '.join(parts)}")


@functools.lru_cache(maxsize=65536)
def _relative(target: str, start: str) -> str:
    """``posixpath.relpath``, remembered: pages link to the same few folders over and over."""
    return posixpath.relpath(target, start)
