"""``python -m generator ids [TEXT]``: the ids annotations refer to, with their names, to look up at a glance.

Actors, each briefing's issues, the sources and each briefing's questions, each
id beside the name a person knows it by. A filter text keeps the entries whose
id, name, aliases or title contain it, in any case and with or without accents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator.validate import Inputs


@dataclass(frozen=True)
class Entry:
    """One id and what it stands for; ``also`` holds other names it is found by."""

    id: str
    name: str
    also: tuple[str, ...] = ()

    def matches(self, folded: str) -> bool:
        return any(folded in fold(text) for text in (self.id, self.name, *self.also))


#: A heading and its entries.
Group = tuple[str, list[Entry]]


def fold(text: str) -> str:
    """``text`` compared without case or accents: ``Zürich`` → ``zurich``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def id_groups(inputs: Inputs) -> list[Group]:
    """Every id a briefing may refer to, grouped: actors, issues per briefing, sources, questions per briefing."""
    actors = [
        Entry(
            a.id,
            f"{a.name} ({a.kind.value})" + (f" · also {', '.join(a.aliases)}" if a.aliases else ""),
            tuple(a.aliases),
        )
        for a in sorted(inputs.actors.values(), key=lambda a: a.id)
    ]
    groups: list[Group] = [("Actors", actors)]
    briefings = sorted(inputs.briefings.items())
    for bid, b in briefings:
        groups.append((f"Issues in {bid}", [Entry(i.id, i.title) for i in _present(b.briefing.issues)]))
    sources = [Entry(s.meta.id, s.meta.headline) for _, s in sorted(inputs.seeds.items())]
    groups.append(("Sources", sources))
    for bid, b in briefings:
        groups.append((f"Questions in {bid}", [Entry(q.id, q.question) for q in _present(b.briefing.questions)]))
    return groups


def matching(groups: list[Group], text: str | None) -> list[Group]:
    """The groups with only the entries that match ``text`` (all when ``None``), empty groups left out."""
    folded = fold(text or "")
    kept = [(title, [e for e in entries if e.matches(folded)]) for title, entries in groups]
    return [(title, entries) for title, entries in kept if entries]


def format_groups(groups: list[Group]) -> str:
    """The groups as text: a heading, then one ``id  name`` line per entry, ids aligned."""
    blocks = []
    for title, entries in groups:
        width = max(len(e.id) for e in entries)
        blocks.append("\n".join([f"{title}:", *(f"  {e.id.ljust(width)}  {e.name}" for e in entries)]))
    return "\n\n".join(blocks)


def _present(items: Iterable[Any] | None) -> list[Any]:
    """Items that passed validation (a file with errors keeps ``None`` in place of a broken item)."""
    return [x for x in items or [] if x is not None]
