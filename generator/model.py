"""Stage 3, model: validated inputs linked into frozen objects that templates read.

A Position holds its Actor, its Issue and its Evidence; an Evidence holds its
Source and the Passage it quotes. Built only from inputs with no errors, so
every reference resolves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from . import dates
from .quotes import Match, normalise, passage_id
from .schema import ActorKind, HeadlineBy, QuestionStatus, Relation, Stance
from .validate import Inputs, Seed


@dataclass(frozen=True)
class Passage:
    """A quoted stretch of a source's text; its anchor is stable across edits."""

    anchor: str
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    id: str
    headline: str
    headline_by: HeadlineBy
    outlet: str | None
    url: str | None
    when: dates.When | None
    date_reason: str | None
    caption: str | None
    body: str
    passages: tuple[Passage, ...]

    @property
    def date(self) -> dt.date | None:
        return self.when.date if self.when else None

    @property
    def date_text(self) -> str:
        if self.when is None:
            return "date unknown"
        return f"{self.when.text} (inferred)" if self.date_reason else self.when.text


@dataclass(frozen=True)
class Evidence:
    source: Source
    quote: str
    passage: Passage


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    role: str | None
    affiliation: str | None
    country: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    relations: tuple[tuple[Relation, str], ...]


@dataclass(frozen=True)
class Issue:
    id: str
    title: str
    description: str | None
    briefing: str


@dataclass(frozen=True)
class Position:
    anchor: str
    briefing: str
    actor: Actor
    issue: Issue
    stance: Stance
    summary: str
    conditions: tuple[str, ...]
    as_of: dt.date
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Answer:
    summary: str
    as_of: dt.date | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Question:
    id: str
    briefing: str
    question: str
    why: str
    status: QuestionStatus
    actors: tuple[Actor, ...]
    issue: Issue | None
    answer: Answer | None


@dataclass(frozen=True)
class Event:
    anchor: str
    briefing: str
    when: dates.When
    relative: str | None
    what: str
    actors: tuple[Actor, ...]
    evidence: tuple[Evidence, ...]

    @property
    def date(self) -> dt.date:
        return self.when.date

    @property
    def date_text(self) -> str:
        return self.when.text


@dataclass(frozen=True)
class Claim:
    id: str
    briefing: str
    claim: str
    claimants: tuple[Actor, ...]
    issue: Issue | None
    evidence: tuple[Evidence, ...]
    correction: str
    correction_evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    summary: str
    as_of: dt.date
    sources: tuple[Source, ...]
    issues: tuple[Issue, ...]
    positions: tuple[Position, ...]
    questions: tuple[Question, ...]
    timeline: tuple[Event, ...]
    claims: tuple[Claim, ...]

    @property
    def key_actors(self) -> tuple[Actor, ...]:
        """Actors with positions here, most positions first, then by name."""
        count: dict[str, int] = defaultdict(int)
        actors = {}
        for p in self.positions:
            count[p.actor.id] += 1
            actors[p.actor.id] = p.actor
        return tuple(sorted(actors.values(), key=lambda a: (-count[a.id], a.name)))

    def positions_on(self, issue: Issue) -> tuple[Position, ...]:
        return tuple(p for p in self.positions if p.issue == issue)


@dataclass(frozen=True)
class Site:
    """The whole linked model, with the cross-briefing indexes pages need."""

    briefings: tuple[Briefing, ...]
    actors: dict[str, Actor]
    sources: dict[str, Source]
    positions_by_actor: dict[str, tuple[Position, ...]] = field(default_factory=dict)
    events_by_actor: dict[str, tuple[Event, ...]] = field(default_factory=dict)
    claims_by_actor: dict[str, tuple[Claim, ...]] = field(default_factory=dict)
    sources_by_actor: dict[str, tuple[Source, ...]] = field(default_factory=dict)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for b in self.briefings for q in b.questions)

    @property
    def timeline(self) -> tuple[Event, ...]:
        return tuple(sorted((e for b in self.briefings for e in b.timeline), key=_event_order))


def _event_order(e: Event) -> tuple[dt.date, str]:
    return (e.date, e.anchor)


# --- Building --------------------------------------------------------------------------


class _Builder:
    def __init__(self, inputs: Inputs) -> None:
        self.inputs = inputs
        self.actors = {
            a.id: Actor(
                a.id,
                a.name,
                a.kind,
                a.role,
                a.affiliation,
                a.country,
                tuple(a.aliases),
                a.wikidata,
                tuple((r.relation, r.actor) for r in a.relations),
            )
            for a in sorted(inputs.actors.values(), key=lambda a: a.name.lower())
        }
        # quoted passages grouped by source once, so building each source costs its own passages only
        self.quoted: dict[str, list[tuple[str, Match]]] = defaultdict(list)
        for (source, quote), match in inputs.passages.items():
            self.quoted[source].append((quote, match))
        self.sources = {s.meta.id: self._source(s) for s in inputs.seeds.values()}

    def _source(self, seed: Seed) -> Source:
        m = seed.meta
        found = {
            passage_id(quote): Passage(passage_id(quote), match.start, match.end)
            for quote, match in self.quoted.get(m.id, ())
        }
        passages = tuple(sorted(found.values(), key=lambda p: (p.start, -p.end)))
        reason = m.inferred_date.reason if m.inferred_date else None
        return Source(
            m.id, m.headline, m.headline_by, m.outlet, m.url, seed.when, reason, m.caption, seed.body, passages
        )

    def evidence(self, items: list) -> tuple[Evidence, ...]:  # type: ignore[type-arg]
        out = []
        for ev in items:
            source = self.sources[ev.source]
            match = self.inputs.passages[(ev.source, normalise(ev.quote))]
            out.append(Evidence(source, ev.quote, Passage(passage_id(ev.quote), match.start, match.end)))
        return tuple(out)

    def briefing(self, bid: str) -> Briefing:
        b = self.inputs.briefings[bid].briefing
        issues = {i.id: Issue(i.id, i.title, i.description, bid) for i in b.issues}
        anchors: set[str] = set()
        positions = tuple(
            Position(
                _unique(f"{p.actor}-{p.issue}-{p.as_of.isoformat()}", anchors),
                bid,
                self.actors[p.actor],
                issues[p.issue],
                p.stance,
                p.summary,
                tuple(p.conditions),
                p.as_of,
                self.evidence(p.evidence),
            )
            for p in sorted(b.positions, key=lambda p: p.as_of)
        )
        questions = tuple(
            Question(
                q.id,
                bid,
                q.question,
                q.why,
                q.status,
                tuple(self.actors[a] for a in q.actors),
                issues.get(q.issue or ""),
                Answer(q.answer.summary, q.answer.as_of, self.evidence(q.answer.evidence)) if q.answer else None,
            )
            for q in b.questions
        )
        events = []
        for i, e in enumerate(b.timeline):
            events.append(
                Event(
                    f"event-{bid}-{i + 1}",
                    bid,
                    self.inputs.event_dates[(bid, i)],
                    e.relative,
                    e.what,
                    tuple(self.actors[a] for a in e.actors),
                    self.evidence(e.evidence),
                )
            )
        claims = tuple(
            Claim(
                c.id,
                bid,
                c.claim,
                tuple(self.actors[a] for a in c.claimants),
                issues.get(c.issue or ""),
                self.evidence(c.evidence),
                c.correction.summary,
                self.evidence(c.correction.evidence),
            )
            for c in b.claims
        )
        return Briefing(
            bid,
            b.title,
            b.summary,
            b.as_of,
            tuple(self.sources[s] for s in b.sources),
            tuple(issues.values()),
            positions,
            questions,
            tuple(sorted(events, key=_event_order)),
            claims,
        )


def _unique(anchor: str, taken: set[str]) -> str:
    """``anchor``, or ``anchor-2``, ``anchor-3``… when it is taken already."""
    candidate, n = anchor, 1
    while candidate in taken:
        n += 1
        candidate = f"{anchor}-{n}"
    taken.add(candidate)
    return candidate


def build_site(inputs: Inputs, memo: dict[str, Any] | None = None) -> Site:
    """Link validated inputs (with no errors) into the site model.

    ``memo`` (an empty dict, passed again to each rebuild) remembers which actors each
    source names, so a rebuild scans only the texts that changed.
    """
    builder = _Builder(inputs)
    briefings = tuple(builder.briefing(bid) for bid in sorted(inputs.briefings))
    positions: dict[str, list[Position]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for b in briefings:
        for p in b.positions:
            positions[p.actor.id].append(p)
        for e in b.timeline:
            for a in e.actors:
                events[a.id].append(e)
        for c in b.claims:
            for a in c.claimants:
                claims[a.id].append(c)
    return Site(
        briefings,
        builder.actors,
        builder.sources,
        {k: tuple(sorted(v, key=lambda p: p.as_of)) for k, v in positions.items()},
        {k: tuple(sorted(v, key=_event_order)) for k, v in events.items()},
        {k: tuple(v) for k, v in claims.items()},
        _sources_naming(builder.actors, builder.sources, {} if memo is None else memo),
    )


_WORD = re.compile(r"\w+")


def _sources_naming(
    actors: dict[str, Actor], sources: dict[str, Source], memo: dict[str, Any]
) -> dict[str, tuple[Source, ...]]:
    """Which sources mention each actor by name or alias, in one pass over each text.

    Names are looked up as whole phrases of words, one lookup per distinct phrase length
    at each word that starts a name, so the cost does not grow with the number of actors
    who share a first word.
    """
    by_phrase: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for actor in actors.values():
        for name in (actor.name, *actor.aliases):
            words = tuple(w.lower() for w in _WORD.findall(normalise(name)))
            if words:
                by_phrase[words].append(actor.id)
    firsts = {phrase[0] for phrase in by_phrase}
    lengths = sorted({len(phrase) for phrase in by_phrase})
    if memo.get(" phrases") != by_phrase:  # the space: no source id can take this key
        memo.clear()
        memo[" phrases"] = by_phrase
    found: dict[str, list[Source]] = defaultdict(list)
    for source in sources.values():
        remembered = memo.get(source.id)
        if remembered is not None and remembered[0] == source.body and remembered[1] == source.headline:
            named: set[str] = remembered[2]
        else:
            text = [w.lower() for w in _WORD.findall(normalise(source.body + " " + source.headline))]
            named = set()
            for i, word in enumerate(text):
                if word in firsts:
                    for length in lengths:
                        named.update(by_phrase.get(tuple(text[i : i + length]), ()))
            memo[source.id] = (source.body, source.headline, named)
        for actor_id in named:
            found[actor_id].append(source)
    return {k: tuple(sorted(v, key=lambda s: (s.date or dt.date.min, s.id))) for k, v in found.items()}
