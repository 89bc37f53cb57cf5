"""Each edition of a briefing as a self-contained HTML e-mail, written with the site: ``mail/<briefing>/<date>.html``.

For a team that sends its briefing by mail: inline styles only (mail clients drop
style sheets), no script, nothing fetched (no image, font or style sheet), and
every link absolute, to the site's address (``site_url``). Without that address
no mail is written: a relative link in a mail leads nowhere. The mail leads with
the edition's key takeaways, then our assessment (the latest edition's only: an
older edition's mail does not show a later judgement as if it were then), the
stances known by that edition, one card per actor, and the sources.

The template, ``templates/mail/edition.html.j2`` in this package, runs in Jinja2's
immutable sandbox with HTML autoescaping: text from articles and annotations is
escaped where it enters the markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.model import Briefing, Edition, Evidence, Position, Site, Source, changes_between
from generator.site.helpers import CONFIDENCE_MEANINGS, LIKELIHOOD_LABELS
from generator.site.pictures import compact_date, steps

#: What the MkDocs plugin logs (as information) when it cannot write the mail.
NO_MAIL = (
    "No mail of the editions written: mkdocs.yml sets no site_url, and links in a mail must be absolute "
    "(set site_url, or the SITE_URL environment variable the shipped mkdocs.yml reads)"
)
#: Where the mail's template is: the package's own (a mail has no site stylesheet to fall back on).
MAIL_TEMPLATES = Path(__file__).resolve().parent / "templates" / "mail"


def mail_path(briefing: Briefing, edition: Edition) -> str:
    """``mail/<briefing>/<YYYY-MM-DD>.html``: where an edition's mail is in the built site."""
    return f"mail/{briefing.id}/{edition.date.isoformat()}.html"


def mail_paths(site: Site, base_url: str) -> list[str]:
    """The paths :func:`mails` writes: none without the site's address."""
    if not base_url:
        return []
    return [mail_path(b, e) for b in site.briefings for e in b.editions]


@dataclass(frozen=True)
class Stances:
    """What an actor held by an edition: (issue title, steps of stance, each a mark, label, colour and date)."""

    actor: str
    lines: tuple[tuple[str, tuple[tuple[str, str, str, str], ...]], ...]


def mails(site: Site, title: str, base_url: str) -> dict[str, bytes]:
    """Every edition's mail, by path in the site; none without the site's address (``base_url``, ending in ``/``)."""
    if not base_url:
        return {}
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(MAIL_TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = env.get_template("edition.html.j2")
    out = {}
    for b in site.briefings:
        for n, edition in enumerate(b.editions):
            mail = _Mail(b, n, base_url)
            text = template.render(site_name=title, m=mail, b=b, edition=edition)
            out[mail_path(b, edition)] = text.encode("utf-8")
    return out


class _Mail:
    """What the template of one edition's mail reads: the edition, what was known by then, absolute links."""

    likelihood_labels = LIKELIHOOD_LABELS
    confidence_meanings = CONFIDENCE_MEANINGS

    def __init__(self, briefing: Briefing, n: int, base_url: str) -> None:
        self.briefing, self.n, self.base = briefing, n, base_url
        self.edition = briefing.editions[n]
        self.latest = n == len(briefing.editions) - 1
        self.known = {s.id for e in briefing.editions[: n + 1] for s in e.sources}
        self.changes = changes_between(briefing, n)
        self.sources = [s for s in briefing.sources if s.id in self.known]
        self.numbers = {s.id: k for k, s in enumerate(self.sources, start=1)}

    def page(self) -> str:
        return f"{self.base}briefings/{self.briefing.id}/"

    def anchor(self, anchor: str) -> str:
        return f"{self.page()}#{anchor}"

    def source_url(self, ev: Evidence) -> str:
        return f"{self.base}sources/{ev.source.id}/#{ev.passage.anchor}"

    def source_page(self, source: Source) -> str:
        return f"{self.base}sources/{source.id}/"

    def number(self, source: Source) -> int:
        return self.numbers.get(source.id, 0)

    def cited(self, evidence: tuple[Evidence, ...]) -> list[Evidence]:
        """Each source of these quotes once, with its first passage."""
        first: dict[str, Evidence] = {}
        for ev in evidence:
            first.setdefault(ev.source.id, ev)
        return list(first.values())

    def day(self, day: dt.date) -> str:
        return f"{day.day} {day.strftime('%B')} {day.year}"

    def stances(self) -> list[Stances]:
        """Each principal's stances known by this edition (positions whose sources it had), by side and standing."""
        held = [p for p in self.briefing.positions if all(ev.source.id in self.known for ev in p.evidence)]
        out = []
        for a in self.briefing.principals:
            mine = [p for p in held if p.actor.id == a.id]
            lines = tuple(
                (i.title, self._steps([p for p in mine if p.issue.id == i.id]))
                for i in self.briefing.issues
                if any(p.issue.id == i.id for p in mine)
            )
            if lines:
                out.append(Stances(a.name, lines))
        return out

    def _steps(self, positions: list[Position]) -> tuple[tuple[str, str, str, str], ...]:
        return tuple((s.stance.mark, s.stance.label, s.stance.colour, _said(s.positions[0])) for s in steps(positions))


def _said(p: Position) -> str:
    return compact_date(p.dating)[1]
