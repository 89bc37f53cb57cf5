"""Stage 4, render: the site model to ``{page path: markdown}`` through Jinja2 templates.

Every ``{{ value }}`` is escaped for Markdown unless it is :class:`Md` (Markdown
the generator built itself): text from articles and annotations can never
become markup, a link or HTML. Templates can be overridden by a folder of the
user's (checked first), and undefined names are errors, not blanks.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import json
import posixpath
import re
from collections import defaultdict
from collections.abc import Container, Iterable
from pathlib import Path
from typing import Any

import jinja2

from . import dates
from .diagnostics import Diagnostic, summary
from .model import Actor, Briefing, Claim, Event, Evidence, Position, Question, Site, Source
from .schema import Stance


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

STANCE_MEANINGS = {
    Stance.SUPPORTS: "is for it, without conditions",
    Stance.TENTATIVE: "leans towards it without committing (\u201cprobably\u201d)",
    Stance.CONDITIONAL: "is for it only if conditions are met",
    Stance.UNCLEAR: "has spoken on it without a clear stance",
    Stance.OPPOSES: "is against it",
}


class Renderer:
    """Renders pages; holds the Jinja2 environment and the page being rendered (for links)."""

    def __init__(self, site: Site, templates: Path | None = None) -> None:
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
        self.env.globals.update(
            site=site,
            link=self.link,
            url=self.url,
            cite=self.cite,
            stance=self.stance,
            stance_labels=STANCE_LABELS,
            stance_meanings=STANCE_MEANINGS,
            Stance=Stance,
            format_date=lambda d: dates.When(d).text if d else "no date",
            Md=Md,
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
        target, anchor, default = _address(obj)
        label = escape(text if text is not None else default)
        return Md(f"[{label}]({self.url(target, anchor)})")

    def cite(self, ev: Evidence) -> Md:
        """A quote with a link that lands on the quoted passage in its source."""
        where = self.url(_source_page(ev.source), ev.passage.anchor)
        label = escape(f"{ev.source.headline}, {ev.source.date_text}")
        return Md(f"\u201c{escape(ev.quote)}\u201d \u2014 [{label}]({where})")

    def stance(self, value: Stance) -> Md:
        label, mark = STANCE_LABELS[value]
        return Md(f'<span class="bp-stance bp-stance--{value.value}">{mark} {label}</span>')

    # pages

    def render(self, page: str, template: str, **context: Any) -> str:
        self.page = page
        text = self.env.get_template(template).render(page=page, **context)
        for key, attr in _TITLE_OF.items():
            if key in context:
                return front_matter(getattr(context[key], attr)) + text
        return text

    def pages(self, only: Container[str] | None = None) -> dict[str, str]:
        """Every page; or, given ``only``, just the pages whose paths are in it (rebuilds while serving)."""
        site = self.site

        def want(path: str) -> bool:
            return only is None or path in only

        indexes = {
            "index.md": "home.md.j2",
            "briefings/index.md": "briefings.md.j2",
            "actors/index.md": "actors.md.j2",
            "questions.md": "questions.md.j2",
            "timeline.md": "timeline.md.j2",
            "sources/index.md": "sources.md.j2",
        }
        out = {path: self.render(path, template) for path, template in indexes.items() if want(path)}
        for b in site.briefings:
            if want(f"briefings/{b.id}.md"):
                out[f"briefings/{b.id}.md"] = self.render(f"briefings/{b.id}.md", "briefing.md.j2", briefing=b)
        for a in site.actors.values():
            if want(f"actors/{a.id}.md"):
                out[f"actors/{a.id}.md"] = self.render(f"actors/{a.id}.md", "actor.md.j2", actor=a)
        cited = citation_index(site)
        for s in site.sources.values():
            page = _source_page(s)
            if want(page):
                out[page] = self.render(
                    page, "source.md.j2", source=s, paragraphs=marked_paragraphs(s), citations=cited[s.id]
                )
        return out


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
    if isinstance(obj, Event):
        return "timeline.md", obj.anchor, obj.what
    if isinstance(obj, Question):
        return "questions.md", f"{obj.briefing}-{obj.id}", obj.question
    if isinstance(obj, Claim):
        return f"briefings/{obj.briefing}.md", f"claim-{obj.id}", obj.claim
    raise TypeError(f"no page for {type(obj).__name__}")


# --- Source pages: the text with every quoted passage marked -------------------------------


def marked_paragraphs(source: Source) -> list[Md]:
    """The body as paragraphs (one per line), each quoted passage wrapped in ``<mark>``.

    A passage spanning paragraphs is marked in each; an empty ``<span id>`` at its
    start is the anchor citations link to. Overlapping passages share marks.
    White space around a line is left out: four spaces or a tab in front would
    make the paragraph a code block showing the markup.

    One sweep over the lines and the passages' boundaries, both in order: the
    cost grows with the text and the number of passages, not their product.
    """
    body, passages = source.body, source.passages
    opening: dict[int, list[int]] = defaultdict(list)  # offset -> passages (by index) starting there
    closing: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(passages):
        opening[p.start].append(i)
        closing[p.end].append(i)
    bounds = sorted(opening.keys() | closing.keys())
    active: set[int] = set()  # the passages covering the text from the last boundary passed
    passed = 0  # how many of ``bounds`` the sweep has passed

    def advance(to: int) -> None:
        nonlocal passed
        while passed < len(bounds) and bounds[passed] <= to:
            at = bounds[passed]
            active.difference_update(closing.get(at, ()))
            active.update(opening.get(at, ()))
            passed += 1

    out: list[Md] = []
    pos = 0
    for line in body.split("\n"):
        start = pos + len(line) - len(line.lstrip())
        end = pos + len(line.rstrip())
        pos += len(line) + 1
        if start >= end:
            continue
        inside = bounds[bisect.bisect_right(bounds, start) : bisect.bisect_left(bounds, end)]
        pieces = []
        for a, b in itertools.pairwise([start, *inside, end]):
            advance(a)
            anchors = "".join(f'<span class="bp-anchor" id="{passages[i].anchor}"></span>' for i in opening.get(a, ()))
            text = escape(body[a:b]) if body[a:b].strip() else body[a:b]
            if active:
                covering = " ".join(passages[i].anchor for i in sorted(active))
                text = f'<mark class="bp-passage" data-passages="{covering}">{text}</mark>'
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
            note("claim", c, (*c.evidence, *c.correction_evidence))
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
        lines.append(
            f"- `{d.path}:{d.line}:{d.column}` **{d.severity.value}** {escape(d.message)} "
            f"[{d.code}](diagnostics/{d.code}.md)"
        )
        if d.hint:
            lines.append(f"    *hint:* {escape(d.hint)}")
    return "\n".join(lines) + "\n"


__all__ = ["Md", "Renderer", "escape", "render_problems", "render_site"]
