"""Pictures drawn at build time: model objects to inline SVG or HTML, as :class:`~generator.site.markup.Md`.

Pure functions with no MkDocs in sight, called from the templates: each kind of
page hands its template the pictures it shows (:mod:`generator.site.pages`).
Every piece of text is HTML-escaped where it enters the markup, so a name or
title typed into the YAML can never become a tag. Links inside pictures are
same-page anchors only (``#anchor``): builders do not rewrite links in raw HTML,
so a cross-page ``href`` would depend on the builder's URL scheme; cross-page
links stay in Markdown next to the picture.

Colour is never the only signal: every stance carries its symbol and word
(``✘ Opposes``), every date precision its own shape, every relation its name.
Colours come from CSS classes (``generator/site/theme/assets/briefings/briefings.css``) built on
Material's variables, so pictures follow the light and dark palettes and print;
``currentColor`` defaults keep them legible without that stylesheet.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from generator.inputs.dates import Basis, Dating, When
from generator.model import Actor, Briefing, Claim, Event, Evidence, Issue, Position, Question, Source
from generator.site.markup import Md
from generator.site.markup import escape_html as _esc
from generator.site.paging import Period
from generator.vocabulary import ActorKind, Precision, Relation, Stance

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LINE = 'fill="none" stroke="currentColor"'
#: Average glyph width in em for the sans-serif text of the pictures; generous, so labels never collide.
_EM_PER_CHAR = 0.6


def _width(text: str, size: float) -> float:
    return len(text) * size * _EM_PER_CHAR


def _month(d: dt.date) -> str:
    """``Mar 2025``."""
    return f"{_MONTHS[d.month - 1]} {d.year}"


def _day(d: dt.date) -> str:
    """``17 Mar 2025``."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _time(d: dt.date, text: str) -> str:
    return f'<time datetime="{d.isoformat()}">{_esc(text)}</time>'


def _scrolling(content: str, label: str) -> str:
    """A picture wider than a phone, in a box that scrolls: a named region the keyboard can reach and scroll."""
    return f'<div class="bp-scroll" role="region" tabindex="0" aria-label="{_esc(label)}">{content}</div>'


def _n(x: float) -> str:
    """A coordinate, rounded so the output is short and stable."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


# --- Stance matrix (briefing page) ------------------------------------------------------

#: Above this many propositions the columns cannot all fit a laptop's width: the table scrolls in its box.
MAX_FITTING_COLUMNS = 10


@dataclass(frozen=True)
class Step:
    """One stance in a cell, from its first position on (a later position with the same stance restates it)."""

    stance: Stance
    positions: tuple[Position, ...]


def steps(positions: Sequence[Position]) -> list[Step]:
    """Positions (in date order) as steps of stance: each step after the first is a change."""
    return [Step(stance, tuple(run)) for stance, run in itertools.groupby(positions, key=lambda p: p.stance)]


def compact_date(dating: Dating | None) -> tuple[str, str]:
    """A date for a tight cell, and the words a screen reader says for it.

    At most to the month, the year in two digits (``Mar ’25``), ``~`` when approximate, ``≤`` when
    only the report dates it (said by then): ``≤~Mar ’25`` is "by about Mar 2025".
    """
    if dating is None:
        return "?", "date unknown"
    when = dating.when
    month = _MONTHS[when.date.month - 1]
    year = when.date.year
    shown, said = (
        (str(year), str(year))
        if when.unit is Precision.YEAR
        else (f"{month} \u2019{year % 100:02d}", f"{month} {year}")
    )
    marks, words = "", ""
    if dating.basis is Basis.REPORT:
        marks, words = "≤", "by "
    if when.approximate:
        marks, words = marks + "~", words + "about "
    return marks + shown, words + said


def _cell_date(dating: Dating | None) -> str:
    shown, said = compact_date(dating)
    if dating is None:
        return f'<span class="bp-cell__date">{_esc(said)}</span>'
    return (
        f'<time class="bp-cell__date" datetime="{dating.date.isoformat()}">'
        f'<span aria-hidden="true">{_esc(shown)}</span><span class="bp-sr">{_esc(said)}</span></time>'
    )


def _cell_mark(stance: Stance) -> str:
    return (
        f'<span class="bp-cell__mark bp-stance--{stance.value}"><span aria-hidden="true">{stance.mark}</span>'
        f'<span class="bp-sr">{stance.label}</span></span>'
    )


def _full_date(dating: Dating | None) -> str:
    return _esc(dating.text) if dating else "date unknown"


#: The mark of a cell whose latest evidence is older than the briefing's ``stale_after`` days at its as-of date: an
#: hourglass drawn inline, not the character ⌛ (U+231B), which many systems' fonts lack (Debian's DejaVu: a box).
STALE_MARK = Md(
    '<svg class="bp-hourglass" viewBox="0 0 10 14" aria-hidden="true" focusable="false">'
    '<path d="M1.5 1h7M1.5 13h7M2.5 1 5 7l-2.5 6M7.5 1 5 7l2.5 6" fill="none" stroke="currentColor" '
    'stroke-width="1.3" stroke-linecap="round"/><path d="M3.5 12.2 5 9.2l1.5 3z" fill="currentColor"/></svg>'
)


def _detail(p: Position, age: int | None = None) -> str:
    """One position of a cell, in full: stance, date as precisely as the source allows, who said it, a link;
    for the cell's latest, its age at the as-of date."""
    said = f' <span class="bp-voices">{_esc("; ".join(p.voices))}</span>' if p.voices else ""
    old = f' <span class="bp-cell__age">{_age(age)}</span>' if age is not None else ""
    return (
        f'<li><a class="bp-step bp-stance--{p.stance.value}" href="#{_esc(p.anchor)}">'
        f'<span aria-hidden="true">{p.stance.mark}</span> {p.stance.label}</a> {_full_date(p.dating)}{said}{old}</li>'
    )


def _age(days: int) -> str:
    """How old a cell's latest evidence is at the as-of date."""
    return f"{_days(days)} before the as-of date" if days else "on the as-of date"


def _days(n: int) -> str:
    return f"{n} day{'s' * (n != 1)}"


def sources_mark(n: int) -> str:
    """A cell's count of independent sources as one circled figure, ``②`` (up to ⑳; more, ``⑳+``)."""
    return chr(0x245F + min(n, 20)) + ("+" if n > 20 else "")


def _sources_mark(n: int) -> str:
    return (
        f'<span class="bp-cell__sources"><span aria-hidden="true">{sources_mark(n)}</span>'
        f'<span class="bp-sr">, {n} independent sources</span></span>'
    )


def _stale_mark(age: int) -> str:
    return (
        f'<span class="bp-cell__stale"><span aria-hidden="true">{STALE_MARK}</span>'
        f'<span class="bp-sr">, stale, {_days(age)} old</span></span>'
    )


def _cell(briefing: Briefing, issue: Issue, positions: Sequence[Position], new: frozenset[str]) -> str:
    if not positions:
        return "<td></td>"
    changed = len(steps(positions)) > 1
    fresh = any(p.anchor in new for p in positions)
    age = briefing.age_of(positions[-1])
    stale = briefing.is_stale(positions[-1])
    flags = (("bp-cell", True), ("bp-changed", changed), ("bp-new", fresh), ("bp-stale", stale))
    classes = " ".join(c for c, on in flags if on)
    label = '<span class="bp-new-label">new</span> ' if fresh else ""
    dates = [_cell_date(s.positions[0].dating) for s in steps(positions)]
    if stale and age is not None:  # the mark kept on the date's line: a cell stays two short lines at most
        dates[-1] = f'<span class="bp-cell__last">{dates[-1]}{_stale_mark(age)}</span>'
    marks = [_cell_mark(s.stance) for s in steps(positions)]
    sources = positions[-1].independent_sources
    if sources > 1:  # beside the latest stance's mark, on the line of marks, which has room for it
        marks[-1] = f'<span class="bp-cell__last">{marks[-1]}{_sources_mark(sources)}</span>'
    shown = (
        ' <span class="bp-cell__then"><span aria-hidden="true">→</span><span class="bp-sr">then</span></span> '.join(
            f"{mark} {date}" for mark, date in zip(marks, dates, strict=True)
        )
    )
    details = "".join(_detail(p, age if p is positions[-1] else None) for p in positions)
    return (
        f'<td class="{classes}"><span class="bp-cell__issue">{_esc(issue.title)}</span>'
        f'<details class="bp-cell__more"><summary>{label}{shown}</summary>'
        f'<ul class="bp-cell__who">{details}</ul></details></td>'
    )


def stance_matrix(briefing: Briefing) -> Md:
    """The matrix as one figure: a table that is compact on a laptop, cards on a phone, a page's half in print.

    Each cell shows the mark and compact date of every stance the actor took on
    the proposition (its first position of that stance); opening it gives each
    position's full date, who said it when not the actor itself, and a link to it.
    Columns are the propositions someone took a stance on, in the briefing's order.
    """
    groups = briefing.by_side(briefing.principals)
    taken = {p.issue.id for p in briefing.positions}
    issues = [i for i in briefing.issues if i.id in taken]
    if not groups or not issues:
        return Md("")
    cells = briefing.cells
    new = briefing.changes.new_positions if briefing.changes else frozenset()
    cap = f"bp-matrix-{_esc(briefing.id)}"
    head = "".join(
        f'<th scope="col"><a href="#issue-{_esc(i.id)}" title="{_esc(i.proposition)}">{_esc(i.title)}</a></th>'
        for i in issues
    )
    rows: list[str] = []
    for side, actors in groups:
        name = side.name if side else "Other actors"
        rows.append(f'<tr class="bp-side"><th scope="rowgroup" colspan="{len(issues) + 1}">{_esc(name)}</th></tr>')
        rows.extend(
            f'<tr><th scope="row">{_esc(a.name)} <span class="bp-standing">{_esc(_standing(a))}</span></th>'
            + "".join(_cell(briefing, i, cells.get((a.id, i.id), ()), new) for i in issues)
            + "</tr>"
            for a in actors
        )
    n_actors = sum(len(actors) for _, actors in groups)
    wide = " bp-matrix--wide" if len(issues) > MAX_FITTING_COLUMNS else ""
    return Md(
        f'<figure class="bp-figure bp-matrix{wide}">\n'
        f'<div class="bp-scroll" role="region" aria-labelledby="{cap}" tabindex="0">\n'
        f'<table class="bp-matrix__table">\n'
        f'<caption id="{cap}">Stances of {n_actors} actors on {len(issues)} propositions, as of '
        f"{_esc(_day(briefing.as_of))}</caption>\n"
        f'<thead><tr><th scope="col">Actor</th>{head}</tr></thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>\n"
        f"<figcaption>{_caption(briefing, issues, bool(new))}</figcaption>\n</figure>"
    )


def _issue_link(i: Issue) -> str:
    return f'<a href="#issue-{_esc(i.id)}">{_esc(i.title)}</a>'


def _caption(briefing: Briefing, issues: Sequence[Issue], new: bool) -> str:
    untaken = [i for i in briefing.issues if i not in issues]
    props = "".join(f"<li>{_issue_link(i)}: {_esc(i.proposition)}</li>" for i in issues)
    since = (
        f" <b>new</b>: since the edition of {_esc(_day(briefing.changes.since.date))}."
        if new and briefing.changes
        else ""
    )
    none = "<p>No stance recorded yet on: " + ", ".join(_issue_link(i) for i in untaken) + ".</p>" if untaken else ""
    return (
        f"<p>Open a cell for the exact dates and who said it. <b>≤</b> reported by then, <b>~</b> about, "
        f"<b>→</b> changed.{since}{_sources_key(briefing)}{_stale_key(briefing)}</p>{none}"
        '<details class="bp-legend-box"><summary>The stances and the propositions</summary>'
        f"{_stance_legend_items()}"
        f'<ul class="bp-props">{props}</ul>'
        "<p>Actors are grouped by side and ordered by standing; an empty cell means no position is recorded. "
        f"A circled figure ({sources_mark(2)}, {sources_mark(3)}) counts the independent sources a cell's latest "
        "position rests on: different outlets, not relaying what was said to the same agency or journalists; "
        "a cell without one rests on a single source.</p>"
        "</details>"
    )


def _sources_key(briefing: Briefing) -> str:
    """What a cell rests on, said once in the printed key: one source unless a circled figure says more."""
    counts = {ps[-1].independent_sources for ps in briefing.cells.values()}
    if max(counts, default=1) < 2:
        return " Each cell rests on one source."
    return (
        f' <b aria-hidden="true">{sources_mark(2)}</b> rests on two independent sources '
        f"(<b>{sources_mark(3)}</b> three…); unmarked, on one."
    )


def _stale_key(briefing: Briefing) -> str:
    """The stale mark explained, when a cell has it."""
    if not any(briefing.is_stale(ps[-1]) for ps in briefing.cells.values()):
        return ""
    return (
        f' <b aria-hidden="true">{STALE_MARK}</b><span class="bp-sr">Stale:</span> the latest evidence is over '
        f"{_days(briefing.stale_after)} older than {_esc(_day(briefing.as_of))}."
    )


def _when_short(p: Position) -> str:
    return p.dating.short if p.dating else "date unknown"


def _standing(actor: Actor) -> str:
    return actor.standing.value.replace("-", " ")


def _stance_legend_items() -> str:
    items = "".join(
        f'<li><span class="bp-step bp-stance--{s.value}"><span aria-hidden="true">{s.mark}</span> {s.label}</span> '
        f"{_esc(s.meaning)}</li>"
        for s in Stance
    )
    return f'<ul class="bp-legend" aria-label="Stances">{items}</ul>'


def stance_legend() -> Md:
    """The stance vocabulary: each mark and word with what it means."""
    return Md(f'<div class="bp-legend-box">{_stance_legend_items()}</div>')


# --- Stance history (actor page) --------------------------------------------------------


def stance_history(positions: Sequence[Position], name: str = "", anchor_prefix: str = "") -> Md:
    """One lane per issue, one column per date of a position: the actor's stances as a small timeline.

    Columns are the dates positions were recorded, in order (not to scale), so
    close dates never overlap. Each mark links to the position on the same page
    (the actor's history page lists every position with its anchor, after ``anchor_prefix``).
    """
    if not positions:
        return Md("")
    lanes: dict[tuple[str, str], list[Position]] = {}
    for p in sorted(positions, key=lambda p: p.date):  # stable: same-day positions keep the annotator's order
        lanes.setdefault((p.issue.briefing, p.issue.id), []).append(p)
    days = sorted({p.date for p in positions})
    shown = {p.date: _when_short(p) for p in positions}
    arrow = _esc(f"bp-hist-arrow-{anchor_prefix}".rstrip("-_"))  # one marker per chart: a page may have several
    col_w, x0, top, lane_h = 150, 12, 34, 74
    width = max(x0 * 2 + col_w * len(days), 320)
    height = top + lane_h * len(lanes)
    col = {d: x0 + col_w * i + col_w / 2 for i, d in enumerate(days)}
    titles = [lane[0].issue.title for lane in lanes.values()]
    label = f"Stance history of {name}" if name else "Stance history"
    out = [
        f'<svg class="bp-svg bp-history" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-size="13" fill="currentColor" role="group" aria-label="{_esc(label)}">',
    ]
    out.extend(
        f'<text class="bp-axis-label" x="{_n(x)}" y="14" text-anchor="middle">{_esc(shown[d])}</text>'
        for d, x in col.items()
    )
    out.append(f'<line class="bp-axis" x1="{x0}" y1="22" x2="{width - x0}" y2="22" stroke="currentColor"/>')
    for n, lane in enumerate(lanes.values()):
        y = top + lane_h * n
        title = lane[0].issue.title + (f" ({lane[0].issue.briefing})" if titles.count(lane[0].issue.title) > 1 else "")
        out.append(f'<text class="bp-lane-title" x="{x0}" y="{y + 14}">{_esc(title)}</text>')
        cy = y + 38
        for a, b in itertools.pairwise(lane):
            changed = a.stance != b.stance
            cls, dash = ("bp-link bp-link--change", "") if changed else ("bp-link", ' stroke-dasharray="4 3"')
            out.append(
                f'<line class="{cls}"{dash} x1="{_n(col[a.date] + 15)}" y1="{cy}" '
                f'x2="{_n(col[b.date] - 17)}" y2="{cy}" '
                f'stroke="currentColor" marker-end="url(#{arrow})"/>'
            )
        for p in lane:
            word, mark = p.stance.label, p.stance.mark
            x = col[p.date]
            out.append(
                f'<a href="#{_esc(anchor_prefix + p.anchor)}" class="bp-stance--{p.stance.value}">'
                f"<title>{_esc(p.issue.title)}: {word}, {_esc(p.dating.text if p.dating else 'date unknown')}</title>"
                f'<circle class="bp-dot" cx="{_n(x)}" cy="{cy}" r="13" {_LINE}/>'
                f'<text x="{_n(x)}" y="{cy + 5}" text-anchor="middle" aria-hidden="true">{mark}</text>'
                f'<text x="{_n(x)}" y="{cy + 30}" text-anchor="middle">{word}</text></a>'
            )
    out.append(
        f'<defs><marker id="{arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="currentColor"/></marker></defs></svg>'
    )
    caption = (
        "<figcaption>Each row is an issue, each column the date a position was said or reported "
        "(in order, not to scale). A solid arrow marks a change of stance, a dashed one the same stance "
        "restated. Select a mark to read the position and its quote.</figcaption>"
    )
    return Md(f'<figure class="bp-figure">\n{_scrolling(chr(10).join(out), "Stances over time")}\n{caption}\n</figure>')


# --- Timeline (timeline page) ------------------------------------------------------------


def _span(when: When) -> tuple[dt.date, dt.date]:
    """The stretch of days a date stands for: a day, its month or its year (end exclusive)."""
    d = when.date
    if when.unit is Precision.YEAR:
        return dt.date(d.year, 1, 1), dt.date(d.year + 1, 1, 1)
    if when.unit is Precision.MONTH:
        start = dt.date(d.year, d.month, 1)
        return start, dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return d, d + dt.timedelta(days=1)


def timeline_lanes(events: Sequence[Event]) -> list[tuple[Actor | None, tuple[Event, ...]]]:
    """Events grouped by actor, one lane per actor in order of first appearance; ``None`` for events naming none."""
    lanes: dict[str, list[Event]] = {}
    actors: dict[str, Actor] = {}
    loose: list[Event] = []
    for e in events:
        if not e.actors:
            loose.append(e)
        for a in e.actors:
            actors[a.id] = a
            lanes.setdefault(a.id, []).append(e)
    out: list[tuple[Actor | None, tuple[Event, ...]]] = [(actors[k], tuple(v)) for k, v in lanes.items()]
    if loose:
        out.append((None, tuple(loose)))
    return out


def _event_date(e: Event) -> str:
    """An event's date as its entry in the list gives it: ``by about 17 March 2025``, and the dates that disagree."""
    others = [
        f"{o.dating.text} {'outside the sources' if o.dating.outside else 'in another source'}" for o in e.other_dates
    ]
    return e.dating.text + (f", dates disagree ({'; '.join(others)})" if others else "")


def _mark(when: When, x0: float, x1: float, y: float) -> str:
    """A day is a dot, a month or a year a bar over its stretch; approximate ones are dashed and hollow."""
    approx = " bp-mark--approximate" if when.approximate else ""
    if when.unit is Precision.DAY:
        return (
            f'<circle class="bp-mark bp-mark--day{approx}" cx="{_n(x0)}" cy="{_n(y)}" r="{6 if approx else 5}" '
            f'fill="{"none" if approx else "currentColor"}" stroke="currentColor"/>'
        )
    unit = when.unit.value
    w = max(x1 - x0, 6)
    return (
        f'<rect class="bp-mark bp-mark--{unit}{approx}" x="{_n(x0)}" y="{_n(y - 5)}" width="{_n(w)}" height="10" '
        f'rx="2" fill="{"none" if approx else "currentColor"}" fill-opacity="0.45" stroke="currentColor"/>'
    )


#: The timeline chart draws at most this many lanes (the busiest actors), so a large site keeps a small page.
MAX_LANES = 30


def timeline_chart(
    events: Sequence[Event], max_lanes: int = MAX_LANES, span: tuple[dt.date, dt.date] | None = None
) -> Md:
    """Events on a time axis drawn to scale, one lane per actor; a mark's shape shows its date's precision.

    Marks that would overlap within a lane are stacked. Each lane carries the
    actor's id (``data-actor``) so the page script can emphasise one actor.
    Beyond ``max_lanes`` actors only the busiest are drawn (the list below the
    chart still has every event). The axis spans the events' whole years, or
    ``span`` (first day, day after the last) when given: a timeline page's period.
    """
    if not events:
        return Md("")
    lanes = timeline_lanes(events)
    left_out = max(len(lanes) - max_lanes, 0)
    if left_out:
        busiest = set(sorted(range(len(lanes)), key=lambda n: -len(lanes[n][1]))[:max_lanes])
        lanes = [lane for n, lane in enumerate(lanes) if n in busiest]
    spans = {e.anchor: _span(e.when) for e in events}
    first = min(s for s, _ in spans.values())
    last = max(e for _, e in spans.values()) - dt.timedelta(days=1)  # spans end exclusive
    start, end = span or (dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1))
    # a mark reaching outside the period (an approximate date, a month from a year page) stops at its edge
    spans = {k: (max(s, start), min(max(t, s + dt.timedelta(days=1)), end)) for k, (s, t) in spans.items()}
    names = [a.name if a else "No actor named" for a, _ in lanes]
    label_w = min(max(_width(n, 13) for n in names) + 20, 230)
    # Fits Material's content column (about 680 px beside both sidebars); narrower screens scroll the figure.
    plot_w = max(670 - label_w, 360)
    total = (end - start).days

    def x(d: dt.date) -> float:
        return label_w + plot_w * (d - start).days / total

    top, row_h, pad = 30, 16, 7
    body: list[str] = []
    y = top
    for (actor, lane_events), name in zip(lanes, names, strict=True):
        rows: list[float] = []  # right edge of the last mark in each stacked row
        marks = []
        for e in lane_events:
            s, t = spans[e.anchor]
            x0 = x(s)
            x1 = x0 if e.when.unit is Precision.DAY else x(t)
            row = next((i for i, edge in enumerate(rows) if x0 - 7 > edge), len(rows))
            if row == len(rows):
                rows.append(0.0)
            rows[row] = max(x1, x0) + 7
            cy = y + pad + row_h / 2 + row * row_h
            marks.append(f"<g><title>{_esc(_event_date(e))}: {_esc(e.what)}</title>{_mark(e.when, x0, x1, cy)}</g>")
        h = pad * 2 + row_h * len(rows)
        key = f' data-actor="{_esc(actor.id)}"' if actor else ""
        body.append(
            f'<g class="bp-lane"{key}><rect class="bp-lane-bg" x="0" y="{_n(y)}" width="{_n(label_w + plot_w + 8)}" '
            f'height="{_n(h)}" fill="none"/><text x="6" y="{_n(y + pad + row_h / 2 + 4)}">{_esc(name)}</text>'
            + "".join(marks)
            + "</g>"
        )
        y += h
    width, height = label_w + plot_w + 10, y + 6
    axis = _axis(start, end, x, label_w, plot_w, top, y)
    when = f"from {start.year} to {last.year}" if span is None else _span_text(start, end)
    desc = (
        f"{len(events)} events {when}, one row per actor. "
        "The same events are listed below with their dates and sources."
    )
    svg = (
        f'<svg class="bp-svg bp-timeline-chart" width="{_n(width)}" height="{_n(height)}" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" font-size="13" fill="currentColor" role="img" '
        f'aria-labelledby="bp-tl-title bp-tl-desc">'
        f'<title id="bp-tl-title">Timeline by actor</title><desc id="bp-tl-desc">{_esc(desc)}</desc>'
        + "".join(axis)
        + "\n"
        + "\n".join(body)
        + "</svg>"
    )
    more = f"<p>{left_out} more actors have events too: they are in the list below.</p>" if left_out else ""
    chart = _scrolling(svg, "Events on a date axis")
    return Md(f'<figure class="bp-figure">\n{chart}\n{_timeline_legend(more)}\n</figure>')


def _axis(
    start: dt.date, end: dt.date, x: Callable[[dt.date], float], left: float, width: float, top: float, bottom: float
) -> list[str]:
    """The time axis over the plot: years with month ticks, or, over a month or two, days with week labels."""
    out = [f'<line class="bp-axis" x1="{_n(left)}" y1="{top - 4}" x2="{_n(left + width)}" y2="{top - 4}" {_LINE}/>']

    def grid(d: dt.date) -> None:
        out.append(f'<line class="bp-grid" x1="{_n(x(d))}" y1="{top - 10}" x2="{_n(x(d))}" y2="{_n(bottom)}" {_LINE}/>')

    def tick(d: dt.date) -> None:
        out.append(f'<line class="bp-tick" x1="{_n(x(d))}" y1="{top - 7}" x2="{_n(x(d))}" y2="{top - 4}" {_LINE}/>')

    def label(at: float, text: str) -> None:
        out.append(f'<text class="bp-axis-label" x="{_n(at)}" y="{top - 12}" text-anchor="middle">{_esc(text)}</text>')

    if (end - start).days > 62:
        years = max(end.year - start.year, 1)
        for year in range(start.year, end.year + 1):
            grid(dt.date(year, 1, 1))
            if year < end.year:
                label(x(dt.date(year, 1, 1)) + width / years / 2, str(year))
                for month in range(2, 13):
                    tick(dt.date(year, month, 1))
        return out
    day = start
    while day <= end:
        if day.day == 1:
            grid(day)
        else:
            tick(day)
        if day < end and day.day in (1, 8, 15, 22, 29):
            label(x(day) + 4, f"{day.day} {_MONTHS[day.month - 1]}")
        day += dt.timedelta(days=1)
    return out


def _span_text(start: dt.date, end: dt.date) -> str:
    """``in September 2025``, ``in 2025``: the period a chart spans (end exclusive)."""
    if (end - start).days > 62:
        return f"in {start.year}"
    return f"in {_month(start)}"


#: The most marks the timeline overview draws: beyond, it keeps fewer actors' rows, so the page stays small.
MAX_OVERVIEW_MARKS = 600


def timeline_overview(periods: Sequence[Period[Event]], max_lanes: int = MAX_LANES) -> Md:
    """How many events each timeline page holds, in all and for the busiest actors, on a time axis to scale.

    One row for all events, then one row per actor, the busiest first (at most
    ``max_lanes``, fewer when the marks would pass :data:`MAX_OVERVIEW_MARKS`).
    Each mark spans its period (the parts of one period share a mark); the darker,
    the more events, against the row's busiest period. A period of events known
    only to the year, in a year split into months, is a hollow bar behind them.
    Each mark links to its period in the list below the chart (same-page anchors).
    """
    if not periods:
        return Md("")
    spans: dict[tuple[dt.date, dt.date], str] = {}  # each span's first page: where its mark links
    for p in periods:
        spans.setdefault((p.start, p.end), p.key)
    titles = {p.key: p.label for p in periods}
    counts: dict[str, dict[tuple[dt.date, dt.date], int]] = {"": {}}
    names: dict[str, str] = {"": "All events"}
    for p in periods:
        span = (p.start, p.end)
        counts[""][span] = counts[""].get(span, 0) + len(p.items)
        for e in p.items:
            for a in e.actors:
                row = counts.setdefault(a.id, {})
                row[span] = row.get(span, 0) + 1
                names[a.id] = a.name
    busiest = sorted((k for k in counts if k), key=lambda k: (-sum(counts[k].values()), names[k].lower(), k))
    lanes = ["", *busiest[:max_lanes]]
    while len(lanes) > 1 and sum(len(counts[k]) for k in lanes) > MAX_OVERVIEW_MARKS:
        lanes.pop()
    left_out = len(counts) - len(lanes)
    start, end = min(s for s, _ in spans), max(t for _, t in spans)
    label_w = min(max(_width(names[k], 13) for k in lanes) + 20, 230)
    plot_w = max(670 - label_w, 360)
    total = (end - start).days

    def x(d: dt.date) -> float:
        return label_w + plot_w * (d - start).days / total

    top, row_h = 30, 20
    body: list[str] = []
    for n, key in enumerate(lanes):
        y = top + n * row_h
        row = counts[key]
        peak = max(row.values())
        marks = []
        # a year's mark (events known only to the year) first, so the months of that year are drawn over it
        for (s, t), count in sorted(row.items(), key=lambda item: (item[0][0], -(item[0][1] - item[0][0]).days)):
            page = spans[(s, t)]
            hollow = (t - s).days > 62 and any(o != (s, t) and s <= o[0] < t for o in spans)
            shade = (
                'fill="none" stroke-dasharray="3 2"'
                if hollow
                else f'fill="currentColor" fill-opacity="{0.2 + 0.8 * count / peak:.2f}"'
            )
            what = f"{count} event{'s' * (count != 1)}"
            marks.append(
                f'<a href="#period-{_esc(page)}"><title>{_esc(names[key])}: {what}, {_esc(titles[page])}</title>'
                f'<rect class="bp-ov-mark" x="{_n(x(s))}" y="{y + 4}" width="{_n(max(x(t) - x(s), 3))}" height="12" '
                f'rx="2" {shade} stroke="currentColor"/></a>'
            )
        cls = "bp-lane bp-lane--all" if not key else "bp-lane"
        body.append(f'<g class="{cls}"><text x="6" y="{y + 14}">{_esc(names[key])}</text>' + "".join(marks) + "</g>")
    bottom = top + row_h * len(lanes)
    width, height = label_w + plot_w + 10, bottom + 6
    desc = (
        f"{sum(counts[''].values())} events from {start.year} to {(end - dt.timedelta(days=1)).year}, "
        f"counted by period: all events, then the {len(lanes) - 1} busiest actors. Every period is listed below."
    )
    svg = (
        f'<svg class="bp-svg bp-timeline-chart bp-overview" width="{_n(width)}" height="{_n(height)}" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" font-size="13" fill="currentColor" role="group" '
        f'aria-labelledby="bp-ov-title bp-ov-desc">'
        f'<title id="bp-ov-title">Events by period</title><desc id="bp-ov-desc">{_esc(desc)}</desc>'
        + "".join(_axis(start, end, x, label_w, plot_w, top, bottom))
        + "\n"
        + "\n".join(body)
        + "</svg>"
    )
    more = f"<p>{left_out} more actors have events too: they are on the periods' pages.</p>" if left_out else ""
    caption = (
        "<figcaption><p>Each mark is a period with its own page, and the darker it is, the more events it holds "
        "against the row's busiest period; a dashed hollow bar holds the events known only to the year. "
        f"Hover a mark for its count; select it to find the period in the list below.</p>{more}</figcaption>"
    )
    return Md(f'<figure class="bp-figure">\n{_scrolling(svg, "Events by period")}\n{caption}\n</figure>')


_PRECISION_MEANINGS = (
    ("day", False, "known to the day"),
    ("month", False, "known only to the month (the bar spans it)"),
    ("year", False, "known only to the year (the bar spans it)"),
    ("day", True, "approximate: dashed and hollow"),
)


def _legend_swatch(unit: str, approx: bool) -> str:
    when = When(dt.date(2000, 1, 1), Precision(unit), approx)
    x1 = {"day": 12.0, "month": 20.0, "year": 34.0}[unit]
    mark = _mark(when, 12.0 if unit == "day" else 2.0, x1, 8.0)
    return f'<svg class="bp-svg" width="38" height="16" viewBox="0 0 38 16" aria-hidden="true">{mark}</svg>'


def _timeline_legend(more: str = "") -> str:
    items = "".join(
        f"<li>{_legend_swatch(unit, approx)} {_esc(text)}</li>" for unit, approx, text in _PRECISION_MEANINGS
    )
    return (
        f'<figcaption><ul class="bp-legend" aria-label="Marks">{items}</ul>'
        "<p>Marks that would overlap are stacked within their row; an event naming several actors appears "
        f"in each of their rows. Hover a mark for its date and what happened.</p>{more}</figcaption>"
    )


def timeline_filter(events: Sequence[Event]) -> Md:
    """The actor filter for the timeline page, hidden until the page script wires it up."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for e in events:
        for a in e.actors:
            counts[a.id] = counts.get(a.id, 0) + 1
            names[a.id] = a.name
    options = "".join(
        f'<option value="{_esc(k)}">{_esc(names[k])} ({counts[k]})</option>'
        for k in sorted(names, key=lambda k: names[k].lower())
    )
    return Md(
        '<form class="bp-filter" data-bp-filter hidden><label for="bp-filter-actor">Show events involving</label> '
        f'<select id="bp-filter-actor"><option value="">all actors ({len(events)})</option>{options}</select> '
        '<output class="bp-filter__status" for="bp-filter-actor" aria-live="polite"></output></form>'
    )


# --- Actor map (briefing page) ----------------------------------------------------------

PART_OF = "part-of"
_VERBS = {
    Relation.LEADS.value: "leads",
    Relation.SPEAKS_FOR.value: "speaks for",
    Relation.MEMBER_OF.value: "member of",
    Relation.ALLIED_WITH.value: "allied with",
    Relation.OPPOSED_TO.value: "opposed to",
    PART_OF: "part of",
}
#: Relations that place an actor under another in the map's tree; the rest are drawn as arcs.
_TREE = (Relation.LEADS.value, Relation.SPEAKS_FOR.value, Relation.MEMBER_OF.value, PART_OF)
#: Line styles, so a relation never depends on colour alone (the label names it too).
_ARC_STYLE = {Relation.OPPOSED_TO.value: ' stroke-dasharray="6 3"', Relation.ALLIED_WITH.value: ' stroke-width="2.5"'}
_KIND_ORDER = (
    ActorKind.ALLIANCE,
    ActorKind.STATE,
    ActorKind.GOVERNMENT,
    ActorKind.ORGANISATION,
    ActorKind.MEDIA,
    ActorKind.PERSON,
)


@dataclass(frozen=True)
class MapLink:
    """One relation on the actor map: ``source`` *verb* ``target`` (both ways when ``mutual``)."""

    source: Actor
    relation: str
    target: Actor
    mutual: bool = False

    @property
    def verb(self) -> str:
        return _VERBS[self.relation]


def _voices(briefing: Briefing) -> list[Actor]:
    """The actors that matter here: those holding positions, speaking for them, or making claims."""
    seen: dict[str, Actor] = {}
    groups: Iterable[Iterable[Actor | None]] = (
        briefing.principals,
        (ev.speaker for p in briefing.positions for ev in p.evidence),
        (ev.via.actor for p in briefing.positions for ev in p.evidence if ev.via),
        (a for c in briefing.claims for a in c.claimants),
    )
    for group in groups:
        for a in group:
            if a is not None:
                seen.setdefault(a.id, a)
    return list(seen.values())


def map_actors(briefing: Briefing, actors: Mapping[str, Actor]) -> list[Actor]:
    """The actors that matter in a briefing (:func:`_voices`) and the ones they relate to, by kind then name.

    Actors that only appear in events or questions are not drawn: the page lists them compactly.
    """
    found = {a.id: a for a in _voices(briefing)}
    for a in list(found.values()):
        for other in (*(r.actor for r in a.relations), a.affiliation):
            if other and other in actors:
                found.setdefault(other, actors[other])
    return sorted(found.values(), key=_kind_name)


def _kind_name(a: Actor) -> tuple[int, str]:
    return (_KIND_ORDER.index(a.kind) if a.kind in _KIND_ORDER else len(_KIND_ORDER), a.name.lower())


def map_links(briefing: Briefing, actors: Mapping[str, Actor]) -> list[MapLink]:
    """Relations among the map's actors; an affiliation counts as *part of* unless a relation says more.

    A relation stated both ways (Russia and Ukraine opposed to each other) is one
    mutual link.
    """
    shown = {a.id: a for a in map_actors(briefing, actors)}
    raw: list[tuple[str, str, str]] = []
    for a in shown.values():
        targets = set()
        for r in a.relations:
            if r.actor in shown and r.actor != a.id:
                raw.append((a.id, r.relation.value, r.actor))
                targets.add(r.actor)
        if a.affiliation in shown and a.affiliation not in targets and a.affiliation != a.id:
            raw.append((a.id, PART_OF, a.affiliation))
    out: list[MapLink] = []
    done: set[tuple[str, str, str]] = set()
    stated = set(raw)
    for s, rel, t in raw:
        if (s, rel, t) in done:
            continue
        mutual = (t, rel, s) in stated
        done.update({(s, rel, t), (t, rel, s)})
        out.append(MapLink(shown[s], rel, shown[t], mutual))
    return out


@dataclass(frozen=True)
class _Row:
    actor: Actor
    depth: int
    via: MapLink | None  # the link to its parent in the tree


def _tree_rows(nodes: Sequence[Actor], links: Sequence[MapLink]) -> tuple[list[list[_Row]], list[MapLink]]:
    """Split the map into trees (leads / speaks for / member of / part of) and the links drawn as arcs.

    A tree link is taken in the links' order unless its actor already hangs under
    another or it would close a loop. Each step costs about the same however many
    actors the map has: which tree an actor is in is kept in a union-find (:class:`_Roots`),
    and whether one actor stands above another is read from the order of a walk.
    """
    parent: dict[str, MapLink] = {}
    roots = _Roots()
    for link in links:
        source, target = link.source.id, link.target.id
        # the source has no parent yet, so it is the root of its tree: a loop only if the target's root is it
        if link.relation in _TREE and not link.mutual and source not in parent and roots.find(target) != source:
            parent[source] = link
            roots.join(source, target)
    children: dict[str, list[Actor]] = {}
    for link in parent.values():
        children.setdefault(link.target.id, []).append(link.source)
    for kids in children.values():
        kids.sort(key=_kind_name)
    trees = [_walk(a, parent, children) for a in nodes if a.id not in parent]
    # a walk lists an actor's descendants right after it: b stands under a when b's row falls in a's stretch
    stretch = {row.actor.id: (n, tree_n, end) for tree_n, tree in enumerate(trees) for n, row, end in _stretches(tree)}

    def above(upper: str, lower: str) -> bool:
        """Whether ``upper`` is ``lower`` or one of its ancestors in the trees."""
        first, tree_u, last = stretch[upper]
        at, tree_l, _ = stretch[lower]
        return tree_u == tree_l and first <= at < last

    arcs = [
        link
        for link in links
        if parent.get(link.source.id) is not link
        and not (link.relation == PART_OF and above(link.target.id, link.source.id))
    ]
    return _order_trees(trees, arcs), arcs


def _order_trees(trees: list[list[_Row]], arcs: Sequence[MapLink]) -> list[list[_Row]]:
    """Trees joined by arcs next to each other (short arcs), the rest by size, then name.

    Greedy: after the first tree (most arcs, then largest, then by name), the next
    is the one with most arcs to the trees already placed (of equals, the first in
    that same ranking), or, when none has any, the first by rank. Each tree's arcs
    to the placed trees are counted up as trees are placed, and the best is kept
    at the top of a heap: the cost grows with trees and arcs times their logarithm.
    """
    where = {row.actor.id: n for n, tree in enumerate(trees) for row in tree}
    ties: dict[int, dict[int, int]] = {n: {} for n in range(len(trees))}
    for arc in arcs:
        s, t = where[arc.source.id], where[arc.target.id]
        if s != t:
            ties[s][t] = ties[s].get(t, 0) + 1
            ties[t][s] = ties[t].get(s, 0) + 1

    def rank(n: int) -> tuple[int, int, str]:
        return (-sum(ties[n].values()), -len(trees[n]), trees[n][0].actor.name.lower())

    ranked = sorted(range(len(trees)), key=rank)
    place = {n: r for r, n in enumerate(ranked)}  # a tree's place in the ranking breaks equal counts
    towards = dict.fromkeys(range(len(trees)), 0)  # arcs from each tree to the trees placed so far
    best: list[tuple[int, int, int]] = []  # (-arcs to placed trees, place in ranking, tree): stale entries skipped
    placed: set[int] = set()
    order: list[int] = []
    next_ranked = 0
    while len(order) < len(trees):
        while best and (best[0][2] in placed or -best[0][0] != towards[best[0][2]]):
            heapq.heappop(best)
        if best:
            pick = heapq.heappop(best)[2]
        else:  # no tree left has an arc to a placed one
            while ranked[next_ranked] in placed:
                next_ranked += 1
            pick = ranked[next_ranked]
        order.append(pick)
        placed.add(pick)
        for other, count in ties[pick].items():
            if other not in placed:
                towards[other] += count
                heapq.heappush(best, (-towards[other], place[other], other))
    return [trees[n] for n in order]


def _stretches(tree: list[_Row]) -> Iterator[tuple[int, _Row, int]]:
    """Each row of a walked tree with its place and the end of its descendants' rows (exclusive)."""
    ends = [len(tree)] * len(tree)
    open_rows: list[int] = []
    for n, row in enumerate(tree):
        while open_rows and tree[open_rows[-1]].depth >= row.depth:
            ends[open_rows.pop()] = n
        open_rows.append(n)
    return ((n, row, ends[n]) for n, row in enumerate(tree))


class _Roots:
    """Union-find over actor ids: the root of the tree each actor hangs in, found in near-constant time."""

    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, aid: str) -> str:
        root = aid
        while root in self.up:
            root = self.up[root]
        while aid != root:  # path compression
            self.up[aid], aid = root, self.up[aid]
        return root

    def join(self, child_root: str, target: str) -> None:
        """Hang the tree whose root is ``child_root`` under ``target``'s tree."""
        self.up[child_root] = self.find(target)


def _walk(root: Actor, parent: Mapping[str, MapLink], children: Mapping[str, list[Actor]]) -> list[_Row]:
    """The rows of one tree, depth first, children by kind then name (no recursion: trees may be deep)."""
    out: list[_Row] = []
    stack: list[tuple[Actor, int]] = [(root, 0)]
    while stack:
        a, depth = stack.pop()
        out.append(_Row(a, depth, parent.get(a.id)))
        stack.extend((c, depth + 1) for c in reversed(children.get(a.id, ())))
    return out


class _Lanes:
    """The arcs' lanes: each arc takes the first lane that no arc placed before it uses on any of its rows.

    Rows are the leaves of a segment tree; each node keeps, as bits of an integer,
    the lanes of arcs spanning all its rows (``whole``) and of arcs touching any row
    under it (``touched``). Placing an arc visits two paths of the tree, so the cost
    grows with the logarithm of the rows, not with the arcs already placed.
    """

    def __init__(self, rows: int) -> None:
        self.size = 1 << max(rows - 1, 0).bit_length()
        self.whole = [0] * (2 * self.size)
        self.touched = [0] * (2 * self.size)
        self.count = 0

    def place(self, first: int, last: int) -> int:
        """The lane for an arc from row ``first`` to row ``last`` (inclusive), marked as used there."""
        busy = 0
        for node in self._covering(first, last):
            busy |= self.touched[node]
        for node in self._above(first, last):
            busy |= self.whole[node]
        lane = (~busy & (busy + 1)).bit_length() - 1  # the lowest lane not busy
        bit = 1 << lane
        for node in self._covering(first, last):
            self.whole[node] |= bit
            self.touched[node] |= bit
        for node in self._above(first, last):
            self.touched[node] |= bit
        self.count = max(self.count, lane + 1)
        return lane

    def _covering(self, first: int, last: int) -> Iterator[int]:
        """The fewest nodes whose rows together are exactly ``first`` to ``last``."""
        lo, hi = first + self.size, last + self.size + 1
        while lo < hi:
            if lo & 1:
                yield lo
                lo += 1
            if hi & 1:
                hi -= 1
                yield hi
            lo, hi = lo >> 1, hi >> 1

    def _above(self, first: int, last: int) -> Iterator[int]:
        """The nodes above the first and the last row: every node with rows both in and out of the range."""
        for leaf in {first + self.size, last + self.size}:
            node = leaf >> 1
            while node:
                yield node
                node >>= 1


def _kind_shape(kind: ActorKind, x: float, y: float) -> str:
    """Person ●, state ■, alliance ◆, government ▣ (rounded), organisation ▲, media ▼."""
    cls = f'class="bp-kind bp-kind--{kind.value}"'
    if kind is ActorKind.PERSON:
        return f'<circle {cls} cx="{_n(x)}" cy="{_n(y)}" r="4.5"/>'
    if kind is ActorKind.STATE:
        return f'<rect {cls} x="{_n(x - 4.5)}" y="{_n(y - 4.5)}" width="9" height="9"/>'
    if kind is ActorKind.GOVERNMENT:
        return f'<rect {cls} x="{_n(x - 4.5)}" y="{_n(y - 4.5)}" width="9" height="9" rx="3" {_LINE}/>'
    if kind is ActorKind.ALLIANCE:
        return f'<path {cls} d="M{_n(x)} {_n(y - 6)}l6 6-6 6-6-6z"/>'
    if kind is ActorKind.MEDIA:
        return f'<path {cls} d="M{_n(x - 5)} {_n(y - 4)}h10l-5 9z"/>'
    return f'<path {cls} d="M{_n(x)} {_n(y - 5)}l5 9h-10z"/>'


def actor_map(briefing: Briefing, actors: Mapping[str, Actor]) -> Md:
    """Who leads, speaks for, is a member or part of, is allied with or opposed to whom, as inline SVG.

    The layout is deterministic: leads / speaks for / member of / part of make
    trees, drawn as indented rows with the relation named on each row; allied
    with, opposed to and any other relation are arcs in a gutter on the right,
    nested so they never cross one another's labels.
    """
    nodes = map_actors(briefing, actors)
    if not nodes:
        return Md("")
    links = map_links(briefing, actors)
    trees, arcs = _tree_rows(nodes, links)
    row_h, gap, indent, size = 24, 10, 20, 13
    pos: dict[str, tuple[float, float, float]] = {}  # actor id -> (marker x, y, end of text)
    row_of: dict[str, int] = {}  # actor id -> its row, counted from the top
    body: list[str] = []
    y = 16.0
    for tree in trees:
        stack: list[tuple[float, float]] = []  # (marker x, y) of the ancestors of the current row
        for row in tree:
            mx = 12 + indent * row.depth
            del stack[row.depth :]
            if stack:
                px, py = stack[-1]
                body.append(f'<path class="bp-tree" d="M{_n(px)} {_n(py + 6)}V{_n(y)}H{_n(mx - 7)}" {_LINE}/>')
            stack.append((mx, y))
            rel = f"{row.via.verb} {row.via.target.name}" if row.via else ""
            end = mx + 10 + _width(row.actor.name, size) * 1.08 + (_width(rel, size - 1) + 6 if rel else 0)
            pos[row.actor.id] = (mx, y, end)
            row_of[row.actor.id] = len(row_of)
            body.append(
                _kind_shape(row.actor.kind, mx, y)
                + f'<text x="{_n(mx + 10)}" y="{_n(y + 4.5)}"><tspan class="bp-map-name">{_esc(row.actor.name)}</tspan>'
                + (f'<tspan class="bp-map-rel" dx="6" font-size="{size - 1}">{_esc(rel)}</tspan>' if rel else "")
                + "</text>"
            )
            y += row_h
        y += gap
    # Arcs run right of every label, so they never cross text; each lane holds arcs that do not overlap.
    gutter = max(p[2] for p in pos.values()) + 10
    lanes = _Lanes(len(row_of))
    arc_svg: list[str] = []
    for arc in sorted(arcs, key=lambda a: abs(pos[a.source.id][1] - pos[a.target.id][1])):
        (_, ys, es), (_, yt, et) = pos[arc.source.id], pos[arc.target.id]
        rs, rt = row_of[arc.source.id], row_of[arc.target.id]
        lane = lanes.place(min(rs, rt), max(rs, rt))
        lx = gutter + 10 + lane * 20
        cls = f"bp-arc bp-arc--{arc.relation}"
        style = _ARC_STYLE.get(arc.relation, "")
        start = ' marker-start="url(#bp-map-arrow)"' if arc.mutual else ""
        mid = (ys + yt) / 2
        arc_svg.append(
            f'<path class="{cls}" d="M{_n(es + 4)} {_n(ys)}H{_n(lx)}V{_n(yt)}H{_n(et + 6)}" {_LINE}{style}{start} '
            f'marker-end="url(#bp-map-arrow)"/><text class="bp-arc-label bp-arc--{arc.relation}" x="{_n(lx)}" '
            f'y="{_n(mid + 4)}" transform="rotate(-90 {_n(lx)} {_n(mid)})" text-anchor="middle" '
            f'font-size="{size - 1}">{_esc(_VERBS[arc.relation])}</text>'
        )
    width = max(gutter + 20 * lanes.count + 16, 320.0)
    height = y + 4
    title_id = f"bp-map-{_esc(briefing.id)}"
    svg = (
        f'<svg class="bp-svg bp-map" width="{_n(width)}" height="{_n(height)}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'font-size="{size}" fill="currentColor" role="img" '
        f'aria-labelledby="{title_id}"><title id="{title_id}">Actor map: {len(nodes)} actors and '
        f"{len(links)} relations (listed as text below)</title>"
        '<defs><marker id="bp-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" '
        'markerUnits="userSpaceOnUse" '
        'orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="currentColor"/></marker></defs>'
        + "\n"
        + "".join(body)
        + "\n"
        + "".join(arc_svg)
        + "</svg>"
    )
    legend = (
        '<figcaption><details class="bp-legend-box"><summary>How to read the map</summary>'
        '<ul class="bp-legend" aria-label="Shapes and lines">'
        f"<li>{_legend_kinds()}</li>"
        "<li>Indented rows hang under the actor they lead, speak for, are a member or part of (named on the row).</li>"
        '<li><svg class="bp-svg" width="30" height="10" aria-hidden="true"><path class="bp-arc bp-arc--opposed-to" '
        f'd="M0 5H30" stroke="currentColor"{_ARC_STYLE["opposed-to"]}/></svg> dashed line: opposed to; '
        '<svg class="bp-svg" width="30" height="10" aria-hidden="true"><path class="bp-arc bp-arc--allied-with" '
        f'd="M0 5H30" stroke="currentColor"{_ARC_STYLE["allied-with"]}/></svg> thick line: allied with; '
        "arrows point from the actor "
        "to the one it relates to.</li></ul></details></figcaption>"
    )
    return Md(f'<figure class="bp-figure">\n{_scrolling(svg, "The actor map")}\n{legend}\n</figure>')


def _legend_kinds() -> str:
    parts = []
    for kind in _KIND_ORDER:
        shape = _kind_shape(kind, 8, 8)
        parts.append(
            f'<svg class="bp-svg" width="16" height="16" fill="currentColor" stroke="currentColor" '
            f'aria-hidden="true">{shape}</svg> {kind.value}'
        )
    return "; ".join(parts)


# --- Page furniture: what a page rests on ------------------------------------------------


def _evidence(item: Position | Event | Claim | Question) -> tuple[Evidence, ...]:
    if isinstance(item, Question):
        return item.answer.evidence if item.answer else ()
    if isinstance(item, Claim):
        return item.all_evidence
    return item.evidence


def cited_sources(items: Iterable[Position | Event | Claim | Question]) -> tuple[Source, ...]:
    """The sources quoted by these positions, events, claims or answered questions, by date then id."""
    found: dict[str, Source] = {}
    for item in items:
        for ev in _evidence(item):
            found.setdefault(ev.source.id, ev.source)
    return tuple(sorted(found.values(), key=lambda s: (s.date or dt.date.min, s.id)))


def latest(items: Iterable[Position | Event | Claim | Question]) -> dt.date | None:
    """The date of the latest source these items rest on (what a page is current as of), or ``None``."""
    return max((s.date for s in cited_sources(items) if s.date), default=None)
