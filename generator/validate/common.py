"""Small helpers the checks share: the items of a list that loaded, the ids of broken ones, a briefing's evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Diagnostic
from generator.inputs.load import Document, KeyPath
from generator.inputs.schema import (
    RESERVED_IDS,
    SOURCE_PERIODS,
    Briefing,
    Evidence,
)


def _ids_of_broken(doc: Document, key: str, items: list[Any]) -> set[str]:
    """Ids of the items of a list that failed validation (kept as ``None``), read from the raw file."""
    raw = doc.data.get(key) if isinstance(doc.data, dict) else None
    if not isinstance(raw, list):
        return set()
    return {
        r["id"]
        for r, item in zip(raw, items, strict=False)
        if item is None and isinstance(r, dict) and isinstance(r.get("id"), str)
    }


def _present(items: list[Any] | None) -> Iterator[tuple[int, Any]]:
    """Items that passed validation, with their index in the file."""
    return ((i, x) for i, x in enumerate(items or []) if x is not None)


def _evidence_of(br: Briefing) -> Iterator[tuple[str, Evidence]]:
    """Every evidence item in a briefing, with what it backs."""
    for _, p in _present(br.positions):
        yield from (("position", ev) for ev in p.evidence)
    for _, q in _present(br.questions):
        if q.answer is not None:
            yield from (("answer", ev) for ev in q.answer.evidence)
    for _, e in _present(br.timeline):
        yield from (("event", ev) for ev in e.evidence)
        yield from (("event", ev) for o in e.other_dates for ev in o.evidence)
    for _, c in _present(br.claims):
        yield from (("claim", ev) for ev in c.evidence)
        for r in c.rebuttals:
            yield from (("claim", ev) for ev in r.evidence)
        for s in c.support:
            yield from (("claim", ev) for ev in s.evidence)
    for _, edition in _present(br.editions):
        yield from (("takeaway", ev) for t in edition.takeaways for ev in t.evidence)
    for _, j in _present(br.judgements):
        if j.outcome is not None:
            yield from (("outcome", ev) for ev in j.outcome.evidence)


#: For each kind of id: the list its pages' folder index shows, and how to choose another id.
_RESERVED_FOR = {
    "briefing": ("briefings/{id}.md is the list of all briefings", "rename the file, e.g. to {id}-briefing.yaml"),
    "actor": (
        "actors/{id}.md is the list of all actors",
        "choose another id, e.g. '{id}-actor', and change the references to it",
    ),
    "seed": (
        "sources/{id}.md is the list of all sources",
        "choose another id, e.g. '{id}-source', for both the id and the file name, and change the references to it",
    ),
}


def reserved(doc: Document, path: KeyPath, value: str, kind: str) -> list[Diagnostic]:
    """A BRF046 error when ``value`` is an id no ``kind`` (briefing, actor, seed) may have."""
    if kind == "seed" and SOURCE_PERIODS.fullmatch(value):
        message = f"id '{value}' is reserved: sources/{value}.md is a page of the list of sources by period"
        hint = f"choose another id, e.g. '{value}-source', for both the id and the file name"
        return [doc.diagnostic(path, "BRF046", message, hint + ", and change the references to it")]
    if kind == "briefing" and SOURCE_PERIODS.fullmatch(value):
        message = f"id '{value}' is reserved: briefings/{value}.md is a page of the list of briefings by period"
        hint = f"rename the file, e.g. to {value}-briefing.yaml"
        return [doc.diagnostic(path, "BRF046", message, hint)]
    if value not in RESERVED_IDS:
        return []
    page, hint = (text.format(id=value) for text in _RESERVED_FOR[kind])
    return [doc.diagnostic(path, "BRF046", f"id '{value}' is reserved: {page}", hint)]
