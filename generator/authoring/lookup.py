"""``python -m generator ids [TEXT]``: the ids annotations refer to, with their names, to look up at a glance.

Actors, each briefing's issues, the sources, and each briefing's questions,
positions, events, claims and judgements (those with an ``id:``), each id beside
the name a person knows it by. A filter text keeps the entries whose id, name,
aliases or title contain it, in any case and with or without accents.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator.inputs.schema import Briefing as BriefingModel
from generator.validate import Inputs


@dataclass(frozen=True)
class Entry:
    """One id and what it stands for; ``also`` holds other names it is found by."""

    id: str
    name: str
    also: tuple[str, ...] = ()

    def matches(self, folded: str) -> bool:
        return any(folded in fold(text) for text in (self.id, self.name, *self.also))


@dataclass(frozen=True)
class Group:
    """A heading and its entries: one kind of id (``actor``, ``position``, …), of one briefing or of the site."""

    kind: str
    briefing: str | None
    entries: list[Entry]

    @property
    def title(self) -> str:
        plural = f"{self.kind.capitalize()}s"
        return f"{plural} in {self.briefing}" if self.briefing else plural


def fold(text: str) -> str:
    """``text`` compared without case or accents: ``Zürich`` → ``zurich``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def id_groups(inputs: Inputs) -> list[Group]:
    """Every id a briefing may refer to, grouped: actors, issues per briefing, sources, then per briefing its
    questions, positions, events, claims and judgements."""
    actors = [
        Entry(
            a.id,
            f"{a.name} ({a.kind.value})" + (f" · also {', '.join(a.aliases)}" if a.aliases else ""),
            tuple(a.aliases),
        )
        for a in sorted(inputs.actors.values(), key=lambda a: a.id)
    ]
    groups = [Group("actor", None, actors)]
    briefings = sorted(inputs.briefings.items())
    groups += [Group("issue", bid, [Entry(i.id, i.title) for i in _present(b.briefing.issues)]) for bid, b in briefings]
    sources = [Entry(s.meta.id, s.meta.headline) for _, s in sorted(inputs.seeds.items())]
    groups.append(Group("source", None, sources))
    for bid, b in briefings:
        groups.append(Group("question", bid, [Entry(q.id, q.question) for q in _present(b.briefing.questions)]))
    for bid, b in briefings:
        groups += _analysis(inputs, bid, b.briefing)
    return groups


def _analysis(inputs: Inputs, bid: str, briefing: BriefingModel) -> list[Group]:
    """A briefing's positions and events that have an id, its claims and its judgements."""
    positions = [
        Entry(p.id, f"{p.actor} {p.stance.value} on {p.issue}: {p.summary}", (p.actor, p.issue))
        for p in _present(briefing.positions)
        if p.id
    ]
    events = []
    for i, e in enumerate(briefing.timeline or []):
        if e is not None and e.id:
            dating = inputs.datings.get((bid, "timeline", i))
            events.append(Entry(e.id, f"{dating.text}: {e.what}" if dating else e.what, tuple(e.actors)))
    claims = [Entry(c.id, c.claim, tuple(c.claimants)) for c in _present(briefing.claims)]
    judgements = [Entry(j.id, f"{j.statement} ({j.likelihood.value})") for j in _present(briefing.judgements)]
    return [
        Group("position", bid, positions),
        Group("event", bid, events),
        Group("claim", bid, claims),
        Group("judgement", bid, judgements),
    ]


def matching(groups: list[Group], text: str | None) -> list[Group]:
    """The groups with only the entries that match ``text`` (all when ``None``), empty groups left out."""
    folded = fold(text or "")
    kept = [Group(g.kind, g.briefing, [e for e in g.entries if e.matches(folded)]) for g in groups]
    return [g for g in kept if g.entries]


def format_groups(groups: list[Group]) -> str:
    """The groups as text: a heading, then one ``id  name`` line per entry, ids aligned."""
    blocks = []
    for g in groups:
        width = max(len(e.id) for e in g.entries)
        blocks.append("\n".join([f"{g.title}:", *(f"  {e.id.ljust(width)}  {e.name}" for e in g.entries)]))
    return "\n\n".join(blocks)


def json_groups(groups: list[Group]) -> str:
    """The entries as a JSON list: each one's ``kind``, ``briefing`` (``null`` for actors and sources), ``id``,
    ``name`` and ``also`` (the other names it is found by)."""
    items = [
        {"kind": g.kind, "briefing": g.briefing, "id": e.id, "name": e.name, "also": list(e.also)}
        for g in groups
        for e in g.entries
    ]
    return json.dumps(items, ensure_ascii=False, indent=2)


def _present(items: Iterable[Any] | None) -> list[Any]:
    """Items that passed validation (a file with errors keeps ``None`` in place of a broken item)."""
    return [x for x in items or [] if x is not None]
