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
from generator.model import Actor, Briefing, Claim, Event, Evidence, Position, Question, Site, Source
from generator.site.markup import Md, escape, escape_html
from generator.site.paging import Split
from generator.site.pictures import STALE_MARK
from generator.vocabulary import Confidence, EvidenceKind, Likelihood, Stance

#: Where a model object is shown: ``(page path, anchor, name)`` (:class:`generator.site.pages.Addresses`).
Address = Callable[[Any], tuple[str, str, str]]
#: The vocabularies as templates read them: each kind of evidence's label beside its quote and what it means;
#: the probability each of the seven steps of estimative language (ICD 203) stands for; what each confidence means.
EVIDENCE_KINDS = {k: (k.label, k.meaning) for k in EvidenceKind}
LIKELIHOOD_LABELS = {x: (x.label, x.meaning) for x in Likelihood}
CONFIDENCE_MEANINGS = {c: c.meaning for c in Confidence}
#: A quotation met again on a page shows this many words, then "…".
OPENING_WORDS = 8


class Citing:
    """How a briefing page cites: each source by its number in the page's list, each passage quoted in full once.

    The page is written top to bottom, so the first quotation of a passage is the one a reader meets first.
    """

    def __init__(self, briefing: Briefing) -> None:
        self.numbers = {s.id: n for n, s in enumerate(briefing.sources, start=1)}
        self.quoted: set[tuple[str, str]] = set()

    def number(self, source: Source) -> int:
        """The source's number in the briefing's list of sources (added at the end if it is not listed)."""
        return self.numbers.setdefault(source.id, len(self.numbers) + 1)

    def seen(self, ev: Evidence) -> bool:
        """Whether this passage was quoted earlier on the page; from now on it has been."""
        key = (ev.source.id, ev.passage.anchor)
        if key in self.quoted:
            return True
        self.quoted.add(key)
        return False


class Helpers:
    """The helpers of one build; :attr:`page` is the path of the page being rendered."""

    def __init__(self, site: Site, split: Split, address: Address) -> None:
        self.site, self.split, self.address = site, split, address
        self.page = ""
        self.briefings = {b.id: b for b in site.briefings}
        #: the day judgements are held against (their horizons), the same for every page of the build
        self.today = dates.today()

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
            "corroborated": corroborated,
            "link_question": self.link_question,
            "dated": dated,
            "format_date": format_date,
            "possessive": possessive,
            "stance": stance,
            "stale_mark": STALE_MARK,
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

    def cite(self, ev: Evidence, citing: Citing | None = None) -> Md:
        """A quote with a short citation (outlet, date) that lands on the quoted passage in its source.

        With ``citing`` (a briefing page), the source is cited by its number in the page's list of sources,
        and a passage quoted earlier on the page is shortened and said to be quoted above.
        """
        if citing is None:
            where = self.url(self.page_of(ev.source), ev.passage.anchor)
            outlet = ev.source.outlet.name if ev.source.outlet else "outlet unknown"
            label = escape(f"{outlet}, {ev.source.date_text}")
            return Md(f"\u201c{escape(ev.quote)}\u201d \u2014 [{label}]({where})")
        if citing.seen(ev):
            return Md(
                f"\u201c{escape(_opening(ev.quote))}\u201d \u2014 {self.source_ref(ev, citing)}, quoted in full above"
            )
        return Md(f"\u201c{escape(ev.quote)}\u201d \u2014 {self.source_ref(ev, citing)}")

    def source_ref(self, ev: Evidence, citing: Citing) -> Md:
        """``[source 2](…#passage)``: the source by its number in the page's list, landing on the passage."""
        return Md(f"[source {citing.number(ev.source)}]({self.url(self.page_of(ev.source), ev.passage.anchor)})")

    def sources_ref(self, evidence: Iterable[Evidence], citing: Citing) -> Md:
        """Each source of these quotes once, by number (``source 1, source 2``), each landing on its first passage."""
        first = {ev.source.id: ev for ev in reversed(list(evidence))}
        return Md(", ".join(self.source_ref(ev, citing) for ev in reversed(first.values())))

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
            if ev.via.relay:
                parts.append(f"passed on by {escape(ev.via.relay)}")
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


def corroborated(n: int) -> Md:
    """The mark of a position or claim resting on ``n`` independent sources, when more than one; nothing when one
    (a single source is what an unmarked statement rests on, as the page says once)."""
    if n < 2:
        return Md("")
    return Md(f'<span class="bp-sources">{n} independent sources</span>')


def _opening(quote: str) -> str:
    """The first words of a quote, for a quotation met again: ``Mr Trump recently suggested that the US would…``."""
    words = quote.split()
    return quote if len(words) <= OPENING_WORDS + 2 else " ".join(words[:OPENING_WORDS]) + "\u2026"


@functools.lru_cache(maxsize=65536)
def _relative(target: str, start: str) -> str:
    """``posixpath.relpath``, remembered: pages link to the same few folders over and over."""
    return posixpath.relpath(target, start)


def possessive(name: str) -> str:
    """``Vladimir Putin's``, ``United States'``: a name ending in "s" takes the apostrophe alone."""
    if not name:
        return name
    return name + ("'" if name[-1] in "sS" else "'s")
