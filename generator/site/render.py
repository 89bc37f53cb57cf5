"""Stage 4, render: the site model to ``{page path: markdown}`` through Jinja2 templates.

Every ``{{ value }}`` is escaped for Markdown unless it is :class:`Md` (Markdown
the generator built itself): text from articles and annotations can never
become markup, a link or HTML. Templates can be overridden by a folder of the
user's (checked first), and undefined names are errors, not blanks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html
import itertools
import json
import os
import posixpath
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.diagnostics import Diagnostic, relpath, summary
from generator.inputs import dates
from generator.inputs.dates import Basis, Dating
from generator.inputs.load import read_text
from generator.inputs.schema import BriefingStatus, EvidenceKind, Stance
from generator.model import (
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
from generator.site import pictures, theming
from generator.site.labels import (
    CONFIDENCE_MEANINGS,
    EVIDENCE_KINDS,
    LIKELIHOOD_LABELS,
    STANCE_LABELS,
    STANCE_MEANINGS,
)
from generator.site.markup import Md, escape, escape_html
from generator.site.paging import (
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

T = TypeVar("T")


#: The shipped templates; a folder of the user's with files of the same names overrides them.
PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Where the user's overrides live by default, in the project folder (``render``, ``check`` and the plugin).
TEMPLATES = "templates"


class TemplateProblems(Exception):
    """Templates failed to render: each problem as a diagnostic at the template's file and line."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} template problem(s)")
        self.diagnostics = diagnostics


class _Unreadable(Exception):
    """An override that cannot be read (a pipe, a device, too large, not UTF-8, empty)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


class _Overrides(jinja2.BaseLoader):
    """The user's template folder, read like every other input: regular files of at most 4 MiB, in UTF-8."""

    def __init__(self, folder: Path, root: Path) -> None:
        self.folder, self.root = folder, root

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self.folder.joinpath(*split_template_path(template))
        if not path.exists():
            raise jinja2.TemplateNotFound(template)  # the shipped template of that name is used
        text, found = read_text(path, self.root)
        if text is None:
            raise _Unreadable(found[-1])
        return text, str(path), lambda: False


_SYNTAX_HINT = (
    "fix the template: values are written {{ value }}, tags {% tag %} … {% endtag %}; "
    "the shipped template of the same name (generator/site/templates/) shows what a page can use"
)


def _runtime_problem(exc: Exception) -> tuple[str, str, str]:
    """Code, message and hint for an error raised while a template ran."""
    if isinstance(exc, SecurityError):
        hint = (
            "templates run in a sandbox: names starting with an underscore, Python's internals and changes "
            "to the site's data are refused; use the values the shipped templates use"
        )
        return "BRF014", f"template does something the sandbox forbids: {str(exc).rstrip('.')}", hint
    if isinstance(exc, jinja2.TemplateNotFound):
        return "BRF013", f"template error: no template named '{exc.name}'", "check the name in the include"
    if isinstance(exc, jinja2.UndefinedError):
        hint = "check the spelling; the shipped template of the same name (generator/site/templates/) shows what exists"
        return "BRF013", f"template error: {exc.message}", hint
    text = str(exc) or type(exc).__name__
    return "BRF013", f"template error: {text}", "check the expression on this line of the template"


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, remembering its verdict on each attribute of each type.

    The sandbox checks every attribute a template reads (not a name starting with an
    underscore, not an internal of functions, types or frames, not a method that
    changes a list, dict or set). Its verdict depends only on the object's type and
    the attribute's name, so it is worked out once per pair instead of on every
    access: checked every time, they made rendering half as slow again (0.53 s →
    0.78 s of CPU at 1,000 articles); remembered, 0.62 s.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


class Renderer:
    """Renders pages; holds the Jinja2 environment and the page being rendered (for links)."""

    def __init__(
        self, site: Site, templates: Path | None = None, split: Split | None = None, root: Path | None = None
    ) -> None:
        self.root = root or Path.cwd()
        self.folders = [PACKAGE_TEMPLATES]
        loaders: list[jinja2.BaseLoader] = []
        if templates is not None and templates.is_dir():
            folder = Path(os.path.abspath(templates))  # abspath, not resolve: a linked folder is named as itself
            loaders.append(_Overrides(folder, self.root))
            self.folders.insert(0, folder)
        loaders.append(jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES)))
        # The sandbox: a template (the user's own overrides included) reaches only what it is given, never
        # Python's internals (``"".__class__.__mro__``), and cannot change the site it renders.
        self.env = _Sandbox(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            finalize=escape,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # one Renderer renders one build: no need to look at template files' times again
        )
        self.env.filters["html"] = escape_html
        self.env.filters["md"] = escape
        self.site = site
        self.page = ""
        #: the template of each page :meth:`jobs` lists
        self.templates_of: dict[str, str] = {}
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
            briefing_periods=self.split.briefings,
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
        """One page; ``title`` (user text, escaped) goes into its front matter, else the title of its main object.

        Raises :class:`TemplateProblems` when its template fails.
        """
        self.page = page
        try:
            text = self.env.get_template(template).render(page=page, **context)
        except Exception as exc:
            found = self._problem(exc, page)
            if found is None:
                raise  # not the template's doing: a bug of the generator's own, to be seen as one
            raise TemplateProblems([found]) from exc
        if title is not None:
            return front_matter(title, _describe_part(template, context)) + text
        for key, attr in _TITLE_OF.items():
            if key in context:
                return front_matter(getattr(context[key], attr), describe(context[key])) + text
        return text

    def _problem(self, exc: Exception, page: str) -> Diagnostic | None:
        """The diagnostic for a failed template, pointing at the template's file and line; ``None`` for our bugs.

        Every error Jinja2 raises is the template's (syntax, undefined name, sandbox,
        missing include). Any other exception is the template's when the innermost
        template it was raised in is one of the user's overrides (a global called
        with the wrong arguments, a division by zero); otherwise it is the generator's.
        """
        if isinstance(exc, _Unreadable):
            return exc.diagnostic
        frames = self._template_frames(exc)
        if isinstance(exc, jinja2.TemplateSyntaxError):
            code, message, hint = "BRF012", f"template syntax error: {exc.message}", _SYNTAX_HINT
            where = (exc.filename or "", exc.lineno)
        else:
            if not isinstance(exc, jinja2.TemplateError) and not (frames and self._is_override(frames[-1][0])):
                return None
            code, message, hint = _runtime_problem(exc)
            where = frames[-1] if frames else ("", 1)
        if len(frames) > 1:
            chain = " \u2192 ".join(f"{self._display(f)}:{n}" for f, n in frames)
            hint += f"\nwhile rendering {page}: {chain}"
        else:
            hint += f"\nwhile rendering {page}"
        return Diagnostic(self._display(where[0]), where[1] or 1, 1, code, message, hint)

    def _template_frames(self, exc: BaseException) -> list[tuple[str, int]]:
        """(file, line) of each template the error passed through, outermost first (Jinja2 rewrites tracebacks)."""
        out = []
        tb = exc.__traceback__
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if any(Path(filename).is_relative_to(folder) for folder in self.folders):
                out.append((filename, tb.tb_lineno))
            tb = tb.tb_next
        return out

    def _is_override(self, filename: str) -> bool:
        return len(self.folders) > 1 and Path(filename).is_relative_to(self.folders[0])

    def _display(self, filename: str) -> str:
        """A template's file as the user knows it: relative to the project, or ``generator/site/templates/NAME``."""
        path = Path(filename)
        if path.is_relative_to(PACKAGE_TEMPLATES):
            return f"generator/site/templates/{path.relative_to(PACKAGE_TEMPLATES).as_posix()}"
        return relpath(path, self.root) if filename else "<template>"

    def pages(self, only: Container[str] | None = None) -> dict[str, str]:
        """Every page; or, given ``only``, just the pages whose paths are in it (rebuilds while serving).

        Raises :class:`TemplateProblems` listing each template that failed (once, not once per page).
        """
        out: dict[str, str] = {}
        with Attempts(self) as attempts:
            for path, job in self.jobs(only).items():
                text = attempts.run(path, job)
                if text is not None:
                    out[path] = text
        return out

    def jobs(self, only: Container[str] | None = None) -> dict[str, Callable[[], str]]:
        """:meth:`pages`, each rendered only when called: the page paths are known before any is rendered."""
        site = self.site
        out: dict[str, Callable[[], str]] = {}

        def add(path: str, template: str, title: str | None = None, **context: Any) -> None:
            if only is None or path in only:
                out[path] = functools.partial(self.render, path, template, title, **context)
                self.templates_of[path] = template

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
            timeline_title = f"Timeline: {timeline_page.title}"
            add(
                timeline_page.path,
                "period.md.j2",
                timeline_title,
                period=timeline_page,
                around=_around(self.periods, n),
            )
        for n, sources_page in enumerate(self.split.sources):
            neighbours = _around(self.split.sources, n)
            add(
                sources_page.path,
                "sources_period.md.j2",
                f"Sources: {sources_page.title}",
                period=sources_page,
                around=neighbours,
            )
        for n, briefings_page in enumerate(self.split.briefings):
            add(
                briefings_page.path,
                "briefings_period.md.j2",
                f"Briefings: {briefings_page.title}",
                period=briefings_page,
                around=_around(self.split.briefings, n),
            )
        cited = functools.cache(lambda: citation_index(site))
        for s in site.sources.values():
            page = _source_page(s)
            if only is None or page in only:
                out[page] = functools.partial(self._source, page, s, cited)
                self.templates_of[page] = "source.md.j2"
        return out

    def _source(self, page: str, source: Source, cited: Callable[[], dict[str, dict[str, list[Any]]]]) -> str:
        return self.render(
            page, "source.md.j2", source=source, paragraphs=marked_paragraphs(source), citations=cited()[source.id]
        )


class Attempts:
    """Pages rendered one by one, their templates' problems collected: each template that failed is not tried
    again (the build has errors already), and leaving the ``with`` block raises :class:`TemplateProblems`."""

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        self.problems: list[Diagnostic] = []
        self.failed: set[str] = set()

    def run(self, path: str, job: Callable[[], str]) -> str | None:
        """The page's Markdown, or ``None`` when its template failed (now or before)."""
        template = self.renderer.templates_of.get(path, path)
        if template in self.failed:
            return None
        try:
            return job()
        except TemplateProblems as exc:
            self.problems.extend(exc.diagnostics)
            self.failed.add(template)
            return None

    def __enter__(self) -> Attempts:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None and self.problems:
            raise TemplateProblems(self.problems)


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
    """The ``n`` open questions whose horizon comes first, across the briefings still followed (not archived)."""
    followed = (b for b in site.briefings if b.status is BriefingStatus.LIVE)
    waiting = [q for b in followed for q in b.watch if q.horizon is not None]
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


def front_matter(title: str, description: str = "") -> str:
    """Front matter setting the page title (and description), HTML-escaped: themes print them unescaped."""
    lines = [f"title: {json.dumps(html.escape(' '.join(title.split()), quote=False), ensure_ascii=False)}"]
    if description:
        text = html.escape(" ".join(description.split()), quote=True)
        lines.append(f"description: {json.dumps(text, ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"


#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 300


def describe(obj: Any) -> str:
    """A page's own description, for search engines and link previews: what the page is, in a sentence or two."""
    if isinstance(obj, Briefing):
        text = obj.bottom_line or obj.summary
    elif isinstance(obj, Actor):
        who = f"{obj.name}, {obj.role}" if obj.role else obj.name
        text = f"{who}: positions, statements and events in the briefings, each traced to its source."
    elif isinstance(obj, Source):
        outlet = obj.outlet.name if obj.outlet else "outlet unknown"
        text = f"{obj.headline} ({outlet}, {obj.date_text}): the article's text, every quoted passage marked."
    else:
        return ""
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _describe_part(template: str, context: dict[str, Any]) -> str:
    """The description of a page that holds one part of a list split by period or by briefing."""
    period, actor, briefing = context.get("period"), context.get("actor"), context.get("briefing")
    if template == "history.md.j2" and period is not None and actor is not None:
        text = (
            f"{actor.name} in {period.title}: every position, statement and event, briefing by briefing, "
            "each traced to its source."
        )
    elif template == "questions_briefing.md.j2" and briefing is not None:
        text = (
            f"The questions of the briefing {briefing.title}: what would settle each one and by when, "
            "and those settled."
        )
    elif template == "period.md.j2" and period is not None:
        text = f"What happened in {period.title}, across all briefings, dated no more precisely than the sources allow."
    elif template == "sources_period.md.j2" and period is not None:
        text = f"The articles of {period.title} the briefings rest on, with their outlets and dates."
    elif template == "briefings_period.md.j2" and period is not None:
        text = f"The briefings as of {period.title}, each with our bottom line."
    else:
        return ""
    return text if len(text) <= DESCRIPTION_LENGTH else text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


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


def render_site(
    site: Site, templates: Path | None = None, only: Container[str] | None = None, root: Path | None = None
) -> dict[str, str]:
    """Every generated page: ``{path relative to docs: markdown}``; or only the pages whose paths are in ``only``.

    Raises :class:`TemplateProblems` when a template fails; its diagnostics name the
    template files relative to ``root`` (the project folder).
    """
    return Renderer(site, templates, root=root).pages(only)


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


__all__ = ["TEMPLATES", "Attempts", "Md", "Renderer", "TemplateProblems", "escape", "render_problems", "render_site"]
