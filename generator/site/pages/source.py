"""A source's page, ``sources/<id>.md``: the article's text with every quoted passage marked, and what cites it.

Also the text of each source as JSON beside the pages (:func:`source_texts`), for
"Copy as evidence" on a source page.
"""

from __future__ import annotations

import bisect
import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from generator.model import Evidence, Site, Source
from generator.site import theming
from generator.site.helpers import Helpers
from generator.site.markup import Md, escape
from generator.site.pages.base import Page, clip, front_matter

#: For each source id, for each passage anchor: what cites it, as (kind, object) (:func:`citation_index`).
Citations = dict[str, dict[str, list[tuple[str, Any]]]]


@dataclass(frozen=True, eq=False)
class SourcePage(Page):
    """One source: its outlet and date, the passages quoted and what each backs, then the text, passages marked."""

    template = "source.md.j2"
    source: Source
    #: the citations of every source, worked out once for all source pages (when the first is rendered)
    cited: Callable[[], Citations]

    @staticmethod
    def path_of(source: str) -> str:
        return f"sources/{source}.md"

    @property
    def path(self) -> str:
        return self.path_of(self.source.id)

    def context(self, helpers: Helpers) -> dict[str, Any]:
        source = self.source
        return {"source": source, "paragraphs": marked_paragraphs(source), "citations": self.cited()[source.id]}

    def front_matter(self) -> str:
        s = self.source
        outlet = s.outlet.name if s.outlet else "outlet unknown"
        description = f"{s.headline} ({outlet}, {s.date_text}): the article's text, every quoted passage marked."
        return front_matter(s.headline, clip(description))


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


def source_text_paths(site: Site) -> list[str]:
    """The paths :func:`source_texts` writes."""
    return [f"{theming.SOURCE_TEXTS}/{s.id}.json" for s in site.sources.values()]


def source_texts(site: Site) -> dict[str, bytes]:
    """For "Copy as evidence": each source's paragraphs exactly as its seed has them, as JSON beside the pages.

    The same paragraphs as :func:`marked_paragraphs` (one per non-blank line), in the same order: the
    source page's HTML may differ from them (escapes, marks, white space), a quote may not.
    """
    return {
        f"{theming.SOURCE_TEXTS}/{s.id}.json": json.dumps(
            {"source": s.id, "paragraphs": [line for line in s.body.split("\n") if line.strip()]}, ensure_ascii=False
        ).encode("utf-8")
        for s in site.sources.values()
    }


def citation_index(site: Site) -> Citations:
    """For each source, for each passage anchor: what cites it (kind, object), in briefing order; in one pass."""
    found: Citations = {s.id: {p.anchor: [] for p in s.passages} for s in site.sources.values()}

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
        for t in (t for edition in b.editions for t in edition.takeaways if t.event is None):
            note("takeaway", t, t.evidence)  # one naming an event cites it through the event, listed already
    return found
