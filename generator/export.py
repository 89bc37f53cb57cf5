"""The dataset: the validated, linked model as one JSON document, for other tools to build on.

``python -m generator export --format json`` writes it; the site offers it as a
download. Its shape is declared here as typed dictionaries, which are also its
JSON Schema (``schemas/dataset.schema.json``, written by ``python -m generator
schema``). Ids are those of the YAML files. Every date says what it rests on.
"""

from __future__ import annotations

import datetime as dt
import json
import functools
from typing import Literal

from pydantic import TypeAdapter
from typing_extensions import TypedDict  # pydantic reads these on Python < 3.12

from . import __version__
from .dates import When
from .dating import Dating
from .model import Actor, Briefing, Claim, Event, Evidence, Position, Question, Site, Source

#: Raised when the shape of the dataset changes in a way that breaks readers.
FORMAT_VERSION = 1


class DateValue(TypedDict):
    """A date and how precisely it is known."""

    date: str
    precision: Literal["day", "month", "year"]
    approximate: bool
    text: str


class Dated(DateValue):
    """A date and what it rests on: quoted ``text``, ``relative`` words, only the ``report``, or ``outside``."""

    basis: Literal["text", "relative", "report", "outside"]
    relative: str | None
    note: str | None
    source: str | None


class Passage(TypedDict):
    start: int
    end: int


class EvidenceItem(TypedDict):
    """A quoted passage: the exact words, where they stand in the source's text, whose words they are."""

    source: str
    quote: str
    passage: Passage
    kind: Literal["direct", "reported", "framing"] | None
    speaker: str | None
    via: Via | None


class Via(TypedDict):
    actor: str | None
    unnamed: str | None
    to: str | None


class SourceItem(TypedDict):
    id: str
    headline: str
    headline_by: Literal["article", "annotator"]
    outlet: str | None
    url: str | None
    published: DateValue | None
    date_basis: Literal["published", "text", "outside"] | None
    date_reason: str | None
    caption: str | None


class RelationItem(TypedDict):
    relation: str
    actor: str
    evidence: list[EvidenceItem]
    background: str | None


class ActorItem(TypedDict):
    id: str
    name: str
    kind: str
    standing: str
    role: str | None
    affiliation: str | None
    country: str | None
    aliases: list[str]
    wikidata: str | None
    relations: list[RelationItem]


class SideItem(TypedDict):
    id: str
    name: str
    actors: list[str]


class IssueItem(TypedDict):
    id: str
    title: str
    proposition: str
    description: str | None


class ConditionItem(TypedDict):
    condition: str
    issue: str | None
    question: str | None


class PositionItem(TypedDict):
    id: str
    actor: str
    issue: str
    stance: Literal["supports", "tentative", "conditional", "unclear", "opposes"]
    summary: str
    conditions: list[ConditionItem]
    said_on: Dated | None
    evidence: list[EvidenceItem]


class AnswerItem(TypedDict):
    summary: str
    as_of: str | None
    evidence: list[EvidenceItem]


class QuestionItem(TypedDict):
    id: str
    question: str
    why: str
    status: Literal["open", "answered", "obsolete"]
    actors: list[str]
    issue: str | None
    answer: AnswerItem | None


class OtherDateItem(TypedDict):
    date: Dated
    evidence: list[EvidenceItem]


class EventItem(TypedDict):
    id: str
    date: Dated
    other_dates: list[OtherDateItem]
    what: str
    actors: list[str]
    evidence: list[EvidenceItem]


class RebuttalItem(TypedDict):
    """Who disputes a claim: a named actor (``by``), unnamed voices, the claim's own source, or another source."""

    by: str | None
    unnamed: str | None
    voice: Literal["named", "unnamed", "source", "sources"]
    kind: Literal["factual", "argument"]
    summary: str
    evidence: list[EvidenceItem]


class ClaimItem(TypedDict):
    id: str
    claim: str
    claimants: list[str]
    disputed_by: list[str]
    issue: str | None
    evidence: list[EvidenceItem]
    rebuttals: list[RebuttalItem]


class BriefingItem(TypedDict):
    id: str
    title: str
    summary: str
    as_of: str
    sources: list[str]
    sides: list[SideItem]
    issues: list[IssueItem]
    positions: list[PositionItem]
    questions: list[QuestionItem]
    events: list[EventItem]
    claims: list[ClaimItem]


class Dataset(TypedDict):
    """Every source, actor and briefing of a project, validated and linked."""

    format_version: int
    generator: str
    sources: list[SourceItem]
    actors: list[ActorItem]
    briefings: list[BriefingItem]


@functools.cache
def _adapter() -> TypeAdapter[Dataset]:
    return TypeAdapter(Dataset)


def json_schema() -> dict[str, object]:
    """The dataset's JSON Schema."""
    schema = _adapter().json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Briefings dataset"
    return schema


# --- From the model ----------------------------------------------------------------------


def dataset(site: Site) -> Dataset:
    """The whole site model as plain data."""
    return {
        "format_version": FORMAT_VERSION,
        "generator": f"briefing-generator {__version__}",
        "sources": [_source(s) for s in sorted(site.sources.values(), key=lambda s: s.id)],
        "actors": [_actor(a) for a in sorted(site.actors.values(), key=lambda a: a.id)],
        "briefings": [_briefing(b) for b in site.briefings],
    }


def to_json(site: Site) -> str:
    """The dataset as JSON text, keys in a stable order."""
    return json.dumps(dataset(site), ensure_ascii=False, indent=1) + "\n"


def _when(when: When) -> DateValue:
    return {
        "date": when.date.isoformat(),
        "precision": when.unit.value,  # type: ignore[typeddict-item]
        "approximate": when.approximate,
        "text": when.text,
    }


def _dated(dating: Dating) -> Dated:
    return {
        **_when(dating.when),
        "text": dating.text,
        "basis": dating.basis.value,  # type: ignore[typeddict-item]
        "relative": dating.relative,
        "note": dating.note,
        "source": dating.source,
    }


def _evidence(items: tuple[Evidence, ...]) -> list[EvidenceItem]:
    return [
        {
            "source": ev.source.id,
            "quote": ev.quote,
            "passage": {"start": ev.passage.start, "end": ev.passage.end},
            "kind": ev.kind.value if ev.kind else None,  # type: ignore[typeddict-item]
            "speaker": ev.speaker.id if ev.speaker else None,
            "via": {
                "actor": ev.via.actor.id if ev.via.actor else None,
                "unnamed": ev.via.unnamed,
                "to": ev.via.to,
            }
            if ev.via
            else None,
        }
        for ev in items
    ]


def _source(s: Source) -> SourceItem:
    basis = s.date_basis.value if s.date_basis else ("published" if s.when else None)
    return {
        "id": s.id,
        "headline": s.headline,
        "headline_by": s.headline_by.value,  # type: ignore[typeddict-item]
        "outlet": s.outlet,
        "url": s.url,
        "published": _when(s.when) if s.when else None,
        "date_basis": basis,  # type: ignore[typeddict-item]
        "date_reason": s.date_reason,
        "caption": s.caption,
    }


def _actor(a: Actor) -> ActorItem:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind.value,
        "standing": a.standing.value,
        "role": a.role,
        "affiliation": a.affiliation,
        "country": a.country,
        "aliases": list(a.aliases),
        "wikidata": a.wikidata,
        "relations": [
            {
                "relation": r.relation.value,
                "actor": r.actor,
                "evidence": _evidence(r.evidence),
                "background": r.background,
            }
            for r in a.relations
        ],
    }


def _position(p: Position) -> PositionItem:
    return {
        "id": p.anchor,
        "actor": p.actor.id,
        "issue": p.issue.id,
        "stance": p.stance.value,  # type: ignore[typeddict-item]
        "summary": p.summary,
        "conditions": [
            {"condition": c.text, "issue": c.issue.id if c.issue else None, "question": c.question}
            for c in p.conditions
        ],
        "said_on": _dated(p.dating) if p.dating else None,
        "evidence": _evidence(p.evidence),
    }


def _question(q: Question) -> QuestionItem:
    return {
        "id": q.id,
        "question": q.question,
        "why": q.why,
        "status": q.status.value,  # type: ignore[typeddict-item]
        "actors": [a.id for a in q.actors],
        "issue": q.issue.id if q.issue else None,
        "answer": {
            "summary": q.answer.summary,
            "as_of": _iso(q.answer.as_of),
            "evidence": _evidence(q.answer.evidence),
        }
        if q.answer
        else None,
    }


def _event(e: Event) -> EventItem:
    return {
        "id": e.anchor.removeprefix(f"event-{e.briefing}-"),
        "date": _dated(e.dating),
        "other_dates": [{"date": _dated(o.dating), "evidence": _evidence(o.evidence)} for o in e.other_dates],
        "what": e.what,
        "actors": [a.id for a in e.actors],
        "evidence": _evidence(e.evidence),
    }


def _claim(c: Claim) -> ClaimItem:
    return {
        "id": c.id,
        "claim": c.claim,
        "claimants": [a.id for a in c.claimants],
        "disputed_by": [r.by.id for r in c.rebuttals if r.by],
        "issue": c.issue.id if c.issue else None,
        "evidence": _evidence(c.evidence),
        "rebuttals": [
            {
                "by": r.by.id if r.by else None,
                "unnamed": r.unnamed,
                "voice": r.voice,  # type: ignore[typeddict-item]
                "kind": r.kind.value,  # type: ignore[typeddict-item]
                "summary": r.summary,
                "evidence": _evidence(r.evidence),
            }
            for r in c.rebuttals
        ],
    }


def _briefing(b: Briefing) -> BriefingItem:
    return {
        "id": b.id,
        "title": b.title,
        "summary": b.summary,
        "as_of": b.as_of.isoformat(),
        "sources": [s.id for s in b.sources],
        "sides": [{"id": s.id, "name": s.name, "actors": [a.id for a in s.actors]} for s in b.sides],
        "issues": [
            {"id": i.id, "title": i.title, "proposition": i.proposition, "description": i.description}
            for i in b.issues
        ],
        "positions": [_position(p) for p in b.positions],
        "questions": [_question(q) for q in b.questions],
        "events": [_event(e) for e in b.timeline],
        "claims": [_claim(c) for c in b.claims],
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
