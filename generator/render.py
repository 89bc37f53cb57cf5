"""Stage 4, render: the site model to ``{page path: markdown}`` through Jinja2 templates.

Every ``{{ value }}`` is escaped for Markdown unless it is :class:`Md` (Markdown
the generator built itself): text from articles and annotations can never
become markup, a link or HTML. Templates can be overridden by a folder of the
user's (checked first), and undefined names are errors, not blanks.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import json
import posixpath
import re
from collections.abc import Callable, Container, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from . import dates
from .dating import Basis, Dating
from .diagnostics import Diagnostic, summary
from .model import (
    Actor,
    Briefing,
    Changes,
    Claim,
    Event,
    Evidence,
    Issue,
    Judgement,
    Part,
    Position,
    Question,
    Site,
    Source,
)
from .paging import (
    CURRENT_BRIEFINGS,
    LATEST_BRIEFINGS,
    LATEST_ITEMS,
    LATEST_POSITIONS,
    LATEST_SOURCES,
    LISTED_SOURCES,
    SOONEST_QUESTIONS,
    Period,
    Split,
    in_part,
    part_prefix,
    questions_page,
)
from .schema import Confidence, EvidenceKind, Likelihood, Stance

T = TypeVar("T")


class Md(str):
    """Markdown that is safe to emit as it is (built by the generator, not typed by a user)."""


_INLINE = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START = re.compile(r"^(\s*)(?:([#+\-!])|(\d+)\.)")
_SPACES = re.compile(r"\s+")
#: anything :func:`escape` would change, bar the start of the text: a character to escape, or white space to fold
_NEEDS_ESCAPE = re.compile(r"[\\`*_{}\[\]|&<>]|[^\S ]|  ")


def escape(value: Any) -> str:
    """Text as Markdown that shows exactly that text: no markup, no HTML, no links."""
    if isinstance(value, Md):
        return value
    text = str(value)
    if not _NEEDS_ESCAPE.search(text) and not _LINE_START.match(text):
        return text  # most values: nothing to change, and one scan is far cheaper than three substitutions
    text = html.escape(_SPACES.sub(" ", text), quote=False)
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text, count=1)


def _escape_line_start(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(1) + "\\" + m.group(2)
    return m.group(1) + m.group(3) + "\\."


def escape_html(value: Any) -> Md:
    """Text for inside raw HTML (attributes included), where Markdown escapes would show."""
    return Md(html.escape(" ".join(str(value).split()), quote=True))


STANCE_LABELS = {
    Stance.SUPPORTS: ("Supports", "✔"),
    Stance.TENTATIVE: ("Tentative", "◔"),
    Stance.CONDITIONAL: ("Conditional", "◑"),
    Stance.UNCLEAR: ("Unclear", "?"),
    Stance.OPPOSES: ("Opposes", "✘"),
}

#: How each kind of evidence is labelled beside its quote, and what the label means.
EVIDENCE_KINDS = {
    EvidenceKind.DIRECT: ("Quoted", "the speaker's own words, in quotation marks in the source"),
    EvidenceKind.REPORTED: ("Reported", "the source's account of what the speaker said"),
    EvidenceKind.FRAMING: ("Outlet's framing", "the source's own words, not the speaker's"),
}

#: The seven steps of estimative language (ICD 203), with the probability each stands for.
LIKELIHOOD_LABELS = {
    Likelihood.ALMOST_NO_CHANCE: ("Almost no chance", "1–5%"),
    Likelihood.VERY_UNLIKELY: ("Very unlikely", "5–20%"),
    Likelihood.UNLIKELY: ("Unlikely", "20–45%"),
    Likelihood.ROUGHLY_EVEN_CHANCE: ("Roughly even chance", "45–55%"),
    Likelihood.LIKELY: ("Likely", "55–80%"),
    Likelihood.VERY_LIKELY: ("Very likely", "80–95%"),
    Likelihood.ALMOST_CERTAIN: ("Almost certain", "95–99%"),
}

CONFIDENCE_MEANINGS = {
    Confidence.LOW: "the evidence is thin, indirect or from one side",
    Confidence.MODERATE: "the evidence is credible but incomplete, or open to other readings",
    Confidence.HIGH: "the evidence is direct, from several sources and sides",
}

STANCE_MEANINGS = {
    Stance.SUPPORTS: "is for it, without conditions",
    Stance.TENTATIVE: "leans towards it without committing (\u201cprobably\u201d)",
    Stance.CONDITIONAL: "is for it only if conditions are met",
    Stance.UNCLEAR: "has spoken on it without a clear stance",
    Stance.OPPOSES: "is against it",
}


class Renderer:
    """Renders pages; holds the Jinja2 environment and the page being rendered (for links)."""

    def __init__(self, site: Site, templates: Path | None = None, split: Split | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if templates is not None and templates.is_dir():
            loaders.append(jinja2.FileSystemLoader(str(templates)))
        loaders.append(jinja2.PackageLoader("generator", "templates"))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            finalize=lambda v: escape(v),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # one Renderer renders one build: no need to look at template files' times again
        )
        self.env.filters["html"] = escape_html
        self.env.filters["md"] = escape
        self.site = site
        self.page = ""
        self.split = split or Split.of(site)
        self.periods = self.split.timeline
        #: the timeline page each event is listed on, and the history page of each actor's part in a briefing
        self.event_pages = {e.anchor: p.path for p in self.periods for e in p.items}
        self.part_pages = {
            (part.actor.id, part.briefing.id): period.path
            for periods in self.split.histories.values()
            for period in periods
            for part in period.items
        }
        self.briefings = {b.id: b for b in site.briefings}
        self.env.globals.update(
            site=site,
            link=self.link,
            url=self.url,
            cite=self.cite,
            dated=self.dated,
            link_question=self.link_question,
            evidence_summary=self.evidence_summary,
            basis_summary=self.basis_summary,
            changes_summary=self.changes_summary,
            attribution=self.attribution,
            evidence_kinds=EVIDENCE_KINDS,
            likelihood_labels=LIKELIHOOD_LABELS,
            confidence_meanings=CONFIDENCE_MEANINGS,
            stance=self.stance,
            stance_labels=STANCE_LABELS,
            stance_meanings=STANCE_MEANINGS,
            Stance=Stance,
            format_date=lambda d: dates.When(d).text if d else "no date",
            Md=Md,
            periods=self.periods,
            source_periods=self.split.sources,
            briefing_of=self.briefing_of,
            briefings_of=self.briefings_of,
            by_issue=by_issue,
            stance_steps=self.stance_steps,
            part_summary=part_summary,
            history_summary=history_summary,
            history_of=lambda actor: self.split.histories.get(actor.id, ()),
            in_part=lambda briefing, anchor="": Md(in_part(briefing, anchor)),
            part_prefix=lambda briefing: Md(part_prefix(briefing)),
            soonest=soonest,
            latest_positions=LATEST_POSITIONS,
            latest_items=LATEST_ITEMS,
            current_briefings=CURRENT_BRIEFINGS,
            listed_sources=LISTED_SOURCES,
            latest_sources=LATEST_SOURCES,
            latest_briefings=LATEST_BRIEFINGS,
            page_of=lambda obj: self._address(obj)[0],
            page_of_questions=lambda b: questions_page(b.id),
            busiest_actors=busiest_actors,
            soonest_questions=SOONEST_QUESTIONS,
        )
        from . import pictures  # here, not at the top: pictures builds on this module's Md

        self.env.globals.update(pictures.GLOBALS)

    # links

    def url(self, target: str, anchor: str = "") -> Md:
        """A relative link from the page being rendered to ``target`` (a page path)."""
        rel = _relative(target, posixpath.dirname(self.page) or ".")
        return Md(rel + (f"#{anchor}" if anchor else ""))

    def link(self, obj: Any, text: Any = None) -> Md:
        """``[name](relative/path.md#anchor)`` for a model object."""
        target, anchor, default = self._address(obj)
        label = escape(text if text is not None else default)
        return Md(f"[{label}]({self.url(target, anchor)})")

    def _address(self, obj: Any) -> tuple[str, str, str]:
        """The page, anchor and name of a model object; an event is on the timeline page of its period."""
        if isinstance(obj, Event):
            return self.event_pages[obj.anchor], obj.anchor, obj.what
        if isinstance(obj, Part):
            return self.part_pages[(obj.actor.id, obj.briefing.id)], obj.briefing.id, obj.briefing.title
        return _address(obj)

    def briefing_of(self, obj: Position | Event | Question | Claim) -> Briefing:
        """The briefing an item belongs to."""
        return self.briefings[obj.briefing]

    def briefings_of(self, items: Iterable[Position | Event | Question | Claim]) -> list[Briefing]:
        """The briefings these items belong to, each once, in the order of the items."""
        return [self.briefings[b] for b in dict.fromkeys(item.briefing for item in items)]

    def stance_steps(self, positions: Iterable[Position], part: Part) -> Md:
        """``✘ Opposes (Mar 2025) → ◔ Tentative (Sep 2025)``, each date linking to the position in its history."""
        page = self._address(part)[0]
        steps = []
        for stance, run in itertools.groupby(positions, key=lambda p: p.stance):
            label, mark = STANCE_LABELS[stance]
            dated_links = ", ".join(
                f"[{escape(p.dating.short if p.dating else 'date unknown')}]"
                f"({self.url(page, in_part(part.briefing.id, p.anchor))})"
                for p in run
            )
            steps.append(f'<span class="bp-step bp-stance--{stance.value}">{mark} {label}</span> ({dated_links})')
        return Md(" → ".join(steps))

    def cite(self, ev: Evidence) -> Md:
        """A quote with a short citation (outlet, date) that lands on the quoted passage in its source."""
        where = self.url(_source_page(ev.source), ev.passage.anchor)
        outlet = ev.source.outlet.name if ev.source.outlet else "outlet unknown"
        label = escape(f"{outlet}, {ev.source.date_text}")
        return Md(f"\u201c{escape(ev.quote)}\u201d \u2014 [{label}]({where})")

    def dated(self, dating: Dating | None, verb: str = "") -> Md:
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

    def evidence_summary(self, items: Iterable[Evidence]) -> Md:
        """``Evidence: 2 quoted, 1 reported``: what a folded evidence list holds."""
        items = list(items)
        kinds = [ev.kind for ev in items if ev.kind is not None]
        parts = [f"{kinds.count(k)} {EVIDENCE_KINDS[k][0].lower()}" for k in EvidenceKind if k in kinds]
        if len(kinds) < len(items):
            parts.append(f"{len(items) - len(kinds)} passage{'s' * (len(items) - len(kinds) != 1)}")
        return Md(f"Evidence: {', '.join(parts)}")

    def basis_summary(self, j: Judgement) -> Md:
        """``2 positions, 1 claim``."""
        counts = [(len(j.positions), "position"), (len(j.claims), "claim"), (len(j.events), "event")]
        counts.append((len(j.questions), "question"))
        return Md(", ".join(f"{n} {word}{'s' * (n != 1)}" for n, word in counts if n))

    def changes_summary(self, ch: Changes) -> Md:
        """One line: what the latest edition added, counted."""
        changed = sum(1 for c in ch.positions if c.before is not None and c.before.stance != c.position.stance)
        counts = [
            (len(ch.sources), "new source"),
            (len(ch.positions) - changed, "new position"),
            (changed, "changed stance"),
            (len(ch.answered), "question answered"),
            (len(ch.opened), "question opened"),
            (len(ch.claims), "new claim"),
            (len(ch.events), "new event"),
        ]
        parts = [f"{n} {_plural(word, n)}" for n, word in counts if n]
        return Md("; ".join(parts).capitalize() + ".")

    def link_question(self, briefing: str, question: str, text: Any = None) -> Md:
        """A link to a question of a briefing, by id."""
        found = next(
            (q for b in self.site.briefings if b.id == briefing for q in b.questions if q.id == question), None
        )
        if found is None:
            raise KeyError(f"no question {question!r} in briefing {briefing!r}")
        return self.link(found, text if text is not None else "the question")

    def stance(self, value: Stance) -> Md:
        label, mark = STANCE_LABELS[value]
        return Md(f'<span class="bp-stance bp-stance--{value.value}">{mark} {label}</span>')

    # pages

    def render(self, page: str, template: str, title: str | None = None, **context: Any) -> str:
        """One page; ``title`` (user text, escaped) goes into its front matter, else the title of its main object."""
        self.page = page
        text = self.env.get_template(template).render(page=page, **context)
        if title is not None:
            return front_matter(title) + text
        for key, attr in _TITLE_OF.items():
            if key in context:
                return front_matter(getattr(context[key], attr)) + text
        return text

    def pages(self, only: Container[str] | None = None) -> dict[str, str]:
        """Every page; or, given ``only``, just the pages whose paths are in it (rebuilds while serving)."""
        return {path: job() for path, job in self.jobs(only).items()}

    def jobs(self, only: Container[str] | None = None) -> dict[str, Callable[[], str]]:
        """:meth:`pages`, each rendered only when called: the page paths are known before any is rendered."""
        site = self.site
        out: dict[str, Callable[[], str]] = {}

        def add(path: str, template: str, title: str | None = None, **context: Any) -> None:
            if only is None or path in only:
                out[path] = functools.partial(self.render, path, template, title, **context)

        for path, template in INDEX_PAGES.items():
            add(path, template)
        for b in site.briefings:
            add(f"briefings/{b.id}.md", "briefing.md.j2", briefing=b)
        for a in site.actors.values():
            add(f"actors/{a.id}.md", "actor.md.j2", actor=a)
            history = self.split.histories.get(a.id, ())
            for n, period in enumerate(history):
                around = _around(history, n)
                add(period.path, "history.md.j2", f"{a.name}: {period.title}", actor=a, period=period, around=around)
        asked = [b for b in site.briefings if b.questions]
        for n, b in enumerate(asked):
            add(
                questions_page(b.id),
                "questions_briefing.md.j2",
                f"Questions: {b.title}",
                briefing=b,
                around=_around(asked, n),
            )
        for n, timeline_page in enumerate(self.periods):
            add(timeline_page.path, "period.md.j2", period=timeline_page, around=_around(self.periods, n))
        for n, sources_page in enumerate(self.split.sources):
            add(sources_page.path, "sources_period.md.j2", period=sources_page, around=_around(self.split.sources, n))
        cited = functools.cache(lambda: citation_index(site))
        for s in site.sources.values():
            page = _source_page(s)
            if only is None or page in only:
                out[page] = functools.partial(self._source, page, s, cited)
        return out

    def _source(self, page: str, source: Source, cited: Callable[[], dict[str, dict[str, list[Any]]]]) -> str:
        return self.render(
            page, "source.md.j2", source=source, paragraphs=marked_paragraphs(source), citations=cited()[source.id]
        )


def _around(items: Sequence[T], n: int) -> tuple[T | None, T | None]:
    """The items before and after the ``n``-th: a page's previous and next."""
    return (items[n - 1] if n else None, items[n + 1] if n + 1 < len(items) else None)


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


def busiest_actors(events: Iterable[Event], n: int) -> list[Actor]:
    """The ``n`` actors taking part in most of these events (ties by name)."""
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for e in events:
        for a in e.actors:
            counts[a.id] = counts.get(a.id, 0) + 1
            actors[a.id] = a
    return [actors[k] for k in sorted(counts, key=lambda k: (-counts[k], actors[k].name.lower(), k))[:n]]


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


def soonest(site: Site, n: int) -> list[Question]:
    """The ``n`` open questions whose horizon comes first, across briefings."""
    waiting = [q for b in site.briefings for q in b.watch if q.horizon is not None]
    return sorted(waiting, key=lambda q: (q.horizon.span[1] if q.horizon else dt.date.max, q.briefing, q.id))[:n]


def _plural(word: str, n: int) -> str:
    """``question answered`` → ``questions answered``; ``new source`` → ``new sources``."""
    if n == 1:
        return word
    head, _, tail = word.partition(" ")
    return f"{head}s {tail}" if head in ("question",) else word + "s"


#: The pages every site has, with their templates; the others are one per briefing, actor and source.
INDEX_PAGES = {
    "index.md": "home.md.j2",
    "briefings/index.md": "briefings.md.j2",
    "actors/index.md": "actors.md.j2",
    "questions.md": "questions.md.j2",
    "timeline.md": "timeline.md.j2",
    "sources/index.md": "sources.md.j2",
    "data.md": "data.md.j2",
}


@functools.lru_cache(maxsize=65536)
def _relative(target: str, start: str) -> str:
    """``posixpath.relpath``, remembered: pages link to the same few folders over and over."""
    return posixpath.relpath(target, start)


#: Pages whose title comes from user text: which context object and attribute hold it.
_TITLE_OF = {"briefing": "title", "actor": "name", "source": "headline"}


def front_matter(title: str) -> str:
    """Front matter setting the page title, HTML-escaped: themes print titles unescaped (in <title>, the nav)."""
    title = json.dumps(html.escape(" ".join(title.split()), quote=False), ensure_ascii=False)
    return f"---\ntitle: {title}\n---\n\n"


def _source_page(source: Source) -> str:
    return f"sources/{source.id}.md"


def _address(obj: Any) -> tuple[str, str, str]:
    if isinstance(obj, Actor):
        return f"actors/{obj.id}.md", "", obj.name
    if isinstance(obj, Briefing):
        return f"briefings/{obj.id}.md", "", obj.title
    if isinstance(obj, Source):
        return _source_page(obj), "", obj.headline
    if isinstance(obj, Position):
        return f"briefings/{obj.briefing}.md", obj.anchor, obj.summary
    if isinstance(obj, Question):
        return questions_page(obj.briefing), f"{obj.briefing}-{obj.id}", obj.question
    if isinstance(obj, Period):
        return obj.path, "", obj.title
    if isinstance(obj, Claim):
        return f"briefings/{obj.briefing}.md", f"claim-{obj.id}", obj.claim
    if isinstance(obj, Issue):
        return f"briefings/{obj.briefing}.md", f"issue-{obj.id}", obj.title
    raise TypeError(f"no page for {type(obj).__name__}")


# --- Source pages: the text with every quoted passage marked -------------------------------


def marked_paragraphs(source: Source) -> list[Md]:
    """The body as paragraphs (one per line), each quoted passage wrapped in ``<mark>``.

    A passage spanning paragraphs is marked in each; an empty ``<span id>`` at its
    start is the anchor citations link to. Overlapping passages share marks.
    """
    out: list[Md] = []
    body = source.body
    pos = 0
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        cuts = {start, end}
        for p in source.passages:
            cuts.update(x for x in (p.start, p.end) if start < x < end)
        points = sorted(cuts)
        pieces = []
        for a, b in itertools.pairwise(points):
            anchors = "".join(
                f'<span class="bp-anchor" id="{p.anchor}"></span>' for p in source.passages if p.start == a
            )
            covering = [p.anchor for p in source.passages if p.start <= a and b <= p.end]
            text = escape(body[a:b]) if body[a:b].strip() else body[a:b]
            if covering:
                text = f'<mark class="bp-passage" data-passages="{" ".join(covering)}">{text}</mark>'
            pieces.append(anchors + text)
        out.append(Md("".join(pieces)))
    return out


def citations(site: Site, source: Source) -> dict[str, list[tuple[str, Any]]]:
    """For each passage anchor of a source: what cites it (kind, object), in briefing order."""
    return citation_index(site)[source.id]


def citation_index(site: Site) -> dict[str, dict[str, list[tuple[str, Any]]]]:
    """:func:`citations` for every source at once, in one pass over all the evidence."""
    found: dict[str, dict[str, list[tuple[str, Any]]]] = {
        s.id: {p.anchor: [] for p in s.passages} for s in site.sources.values()
    }

    def note(kind: str, obj: Any, evidence: Iterable[Evidence]) -> None:
        for ev in evidence:
            found[ev.source.id][ev.passage.anchor].append((kind, obj))

    for b in site.briefings:
        for p in b.positions:
            note("position", p, p.evidence)
        for e in b.timeline:
            note("event", e, e.evidence)
        for c in b.claims:
            note("claim", c, c.all_evidence)
        for q in b.questions:
            if q.answer:
                note("answer", q, q.answer.evidence)
    return found


def render_site(site: Site, templates: Path | None = None, only: Container[str] | None = None) -> dict[str, str]:
    """Every generated page: ``{path relative to docs: markdown}``; or only the pages whose paths are in ``only``."""
    return Renderer(site, templates).pages(only)


def render_problems(diagnostics: list[Diagnostic]) -> str:
    """The page ``mkdocs serve`` shows in place of the site while inputs have errors."""
    lines = [
        "# The briefings have problems",
        "",
        "The site cannot be built until these are fixed. Save the file and this page updates.",
        "",
        f"**{escape(summary(diagnostics))}**",
        "",
    ]
    for d in diagnostics:
        # not a code span: a file name may hold backticks, and nothing inside a code span can be escaped
        lines.append(
            f"- <code>{escape(f'{d.path}:{d.line}:{d.column}')}</code> **{d.severity.value}** {escape(d.message)} "
            f"[{d.code}](diagnostics/{d.code}.md)"
        )
        if d.hint:
            lines.append(f"    *hint:* {escape(d.hint)}")
    return "\n".join(lines) + "\n"


__all__ = ["Md", "Renderer", "escape", "render_problems", "render_site"]
