"""Stage 3, model: validated inputs linked into frozen objects that templates read.

A Position holds its Actor, its Issue and its Evidence; an Evidence holds its
Source and the Passage it quotes. Built only from inputs with no errors, so
every reference resolves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import compress, count
from typing import Any

from generator.inputs import dates
from generator.inputs.dates import Dating
from generator.inputs.matching import Match, normalise, passage_id
from generator.inputs.schema import STALE_AFTER_DAYS
from generator.validate import Inputs, Seed
from generator.vocabulary import (
    ActorKind,
    BriefingStatus,
    Confidence,
    DateBasis,
    EvidenceKind,
    HeadlineBy,
    Likelihood,
    Outcome,
    OutletKind,
    QuestionStatus,
    RebuttalKind,
    Relation,
    Stance,
    Standing,
)


@dataclass(frozen=True)
class Passage:
    """A quoted stretch of a source's text; its anchor is stable across edits."""

    anchor: str
    start: int
    end: int


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    country: str | None
    kind: OutletKind
    url: str | None


@dataclass(frozen=True)
class Source:
    id: str
    headline: str
    headline_by: HeadlineBy
    outlet: Outlet | None
    url: str | None
    when: dates.When | None
    date_reason: str | None
    #: what an inferred date rests on (``None`` when the article states its date)
    date_basis: DateBasis | None
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
class Via:
    """Through whom a statement reached the source."""

    actor: Actor | None
    unnamed: str | None
    to: str | None
    #: who or what passed the words on: a document ("the lawsuit"), another outlet ("according to Reuters")
    relay: str | None = None


@dataclass(frozen=True)
class Evidence:
    source: Source
    quote: str
    passage: Passage
    #: whose words: the speaker's own, the source's report of them, or the source's own (``None``: not said)
    kind: EvidenceKind | None = None
    #: who said it, when that is not simply the item's actor
    speaker: Actor | None = None
    via: Via | None = None


@dataclass(frozen=True)
class RelationLink:
    """A relation of one actor to another, with the evidence for it or its background basis."""

    relation: Relation
    actor: str
    evidence: tuple[Evidence, ...]
    background: str | None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    standing: Standing
    role: str | None
    affiliation: str | None
    country: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    relations: tuple[RelationLink, ...]


#: The order of standings in the stance matrix: principal actors first.
STANDING_ORDER = tuple(Standing)


def by_standing(actor: Actor) -> tuple[int, str]:
    return (STANDING_ORDER.index(actor.standing), actor.name.lower())


@dataclass(frozen=True)
class Issue:
    id: str
    title: str
    proposition: str
    description: str | None
    briefing: str


@dataclass(frozen=True)
class Condition:
    text: str
    issue: Issue | None
    #: the id of a question of the same briefing
    question: str | None


@dataclass(frozen=True)
class Position:
    anchor: str
    briefing: str
    actor: Actor
    issue: Issue
    stance: Stance
    summary: str
    conditions: tuple[Condition, ...]
    #: when it was said, or (basis ``report``) only when it was reported
    dating: Dating | None
    evidence: tuple[Evidence, ...]

    @property
    def date(self) -> dt.date:
        return self.dating.date if self.dating else dt.date.min

    @property
    def independent_sources(self) -> int:
        """How many independent sources it rests on (see :func:`independent_sources`)."""
        return independent_sources(self.evidence)

    @property
    def voices(self) -> tuple[str, ...]:
        """Who said it, when not the actor itself: ``Dmitry Peskov for The Kremlin``, ``Keir Starmer``."""
        out: list[str] = []
        for ev in self.evidence:
            for text in _voice(ev, self.actor):
                if text not in out:
                    out.append(text)
        return tuple(out)


def independent_sources(evidence: Iterable[Evidence]) -> int:
    """How many independent sources the evidence comes from: articles of one outlet count once, and so do
    articles relaying words said to the same agency or journalists (``via: {to: TASS}``) — not two reports.

    An article whose outlet is not known counts as its own. Sources joined by either tie are one source.
    """
    groups: list[set[str]] = []
    for ev in evidence:
        ties = {f"outlet:{ev.source.outlet.id}" if ev.source.outlet else f"source:{ev.source.id}"}
        if ev.via is not None and ev.via.to:
            ties.add(f"to:{normalise(ev.via.to).casefold()}")
        joined = [g for g in groups if g & ties]
        groups = [g for g in groups if not g & ties] + [ties.union(*joined)]
    return len(groups)


def _voice(ev: Evidence, actor: Actor) -> tuple[str, ...]:
    speaker = ev.speaker if ev.speaker is not None and ev.speaker.id != actor.id else None
    via = ev.via.actor.name if ev.via and ev.via.actor else ev.via.unnamed if ev.via and ev.via.unnamed else None
    if speaker and via:
        return (f"{via} for {speaker.name}",)
    if via:
        return (via,)
    return (speaker.name,) if speaker else ()


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
    settles: str | None = None
    horizon: dates.When | None = None
    reviewed: dt.date | None = None
    opened: dt.date | None = None

    def lapsed_on(self, day: dt.date) -> bool:
        """Open and past its horizon on ``day``: never settled, and no longer something to watch."""
        return self.status is QuestionStatus.OPEN and self.horizon is not None and self.horizon.span[1] < day


@dataclass(frozen=True)
class OtherDate:
    """Another date given for an event, by another source or from outside the sources."""

    dating: Dating
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Event:
    anchor: str
    briefing: str
    dating: Dating
    what: str
    actors: tuple[Actor, ...]
    evidence: tuple[Evidence, ...]
    other_dates: tuple[OtherDate, ...] = ()

    @property
    def when(self) -> dates.When:
        return self.dating.when

    @property
    def date(self) -> dt.date:
        return self.dating.when.date

    @property
    def relative(self) -> str | None:
        return self.dating.relative

    @property
    def date_text(self) -> str:
        return self.dating.text


@dataclass(frozen=True)
class Rebuttal:
    """Who disputes a claim and how: a named actor, unnamed voices, or the sources themselves."""

    by: Actor | None
    unnamed: str | None
    kind: RebuttalKind
    summary: str
    evidence: tuple[Evidence, ...]
    #: whether the rebuttal rests on another source than the claim (two sources disagreeing)
    other_source: bool

    @property
    def voice(self) -> str:
        """``named``, ``unnamed``, ``source`` (the claim's own source disputes it) or ``sources`` (another does)."""
        if self.by is not None:
            return "named"
        if self.unnamed:
            return "unnamed"
        return "sources" if self.other_source else "source"


@dataclass(frozen=True)
class Support:
    """Another source bearing a claim out: a named actor, unnamed voices, or the outlet in its own words."""

    by: Actor | None
    unnamed: str | None
    summary: str
    evidence: tuple[Evidence, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources it quotes, once each, in order."""
        return tuple(dict.fromkeys(ev.source for ev in self.evidence))


@dataclass(frozen=True)
class Claim:
    id: str
    briefing: str
    claim: str
    claimants: tuple[Actor, ...]
    issue: Issue | None
    evidence: tuple[Evidence, ...]
    rebuttals: tuple[Rebuttal, ...]
    #: other sources that bear it out
    support: tuple[Support, ...] = ()
    #: our own comment on it, shown as ours
    note: str | None = None

    @property
    def independent_sources(self) -> int:
        """How many independent sources make it or bear it out (see :func:`independent_sources`)."""
        return independent_sources((*self.evidence, *(e for s in self.support for e in s.evidence)))

    @property
    def all_evidence(self) -> tuple[Evidence, ...]:
        return (
            *self.evidence,
            *(ev for r in self.rebuttals for ev in r.evidence),
            *(ev for s in self.support for ev in s.evidence),
        )


@dataclass(frozen=True)
class Judgement:
    """A key judgement: the briefing's own assessment, with what it rests on."""

    id: str
    statement: str
    likelihood: Likelihood
    confidence: Confidence
    positions: tuple[Position, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    questions: tuple[Question, ...]
    #: what cuts against it, shown apart from its basis
    against: tuple[Position | Claim | Event | Question, ...] = ()
    horizon: dates.When | None = None
    #: the question whose answer settles it, or its own criteria
    question: Question | None = None
    criteria: str | None = None
    reasoning: str | None = None
    assumptions: tuple[str, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    alternative: str | None = None
    outcome: JudgementOutcome | None = None
    #: how likely it stood at each edition, oldest first; the last step is today's likelihood
    history: tuple[LikelihoodStep, ...] = ()

    def likelihood_on(self, day: dt.date) -> Likelihood:
        """Its likelihood at the last step dated on or before ``day`` (the first step when none is)."""
        steps = [s for s in self.history if s.date <= day] or list(self.history[:1])
        return steps[-1].likelihood if steps else self.likelihood

    @property
    def scored_likelihood(self) -> Likelihood:
        """The likelihood it is scored on: at the last edition before it resolved (today's while unresolved)."""
        return self.likelihood_on(self.outcome.on) if self.outcome else self.likelihood

    @property
    def basis(self) -> tuple[Position | Claim | Event | Question, ...]:
        return (*self.positions, *self.claims, *self.events, *self.questions)


@dataclass(frozen=True)
class Takeaway:
    """A key takeaway of an edition: what happened, dated and sourced (by its event's evidence, or its own)."""

    anchor: str
    briefing: str
    what: str
    dating: Dating
    evidence: tuple[Evidence, ...]
    #: the timeline event it reports, if it names one
    event: Event | None = None


@dataclass(frozen=True)
class Indicator:
    """What would change our view of a judgement, and the question that tracks it, if any."""

    indicator: str
    question: Question | None


@dataclass(frozen=True)
class LikelihoodStep:
    """How likely a judgement stood from one edition on, and why it moved from there."""

    date: dt.date
    likelihood: Likelihood
    why: str | None


@dataclass(frozen=True)
class JudgementOutcome:
    """How a key judgement resolved."""

    result: Outcome
    on: dt.date
    note: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Edition:
    date: dt.date
    note: str | None
    #: the sources this edition added
    sources: tuple[Source, ...]
    #: what happened up to this edition, at most five points (not our assessment)
    takeaways: tuple[Takeaway, ...] = ()


@dataclass(frozen=True)
class PositionChange:
    """A position new in the latest edition, and the actor's stance on the issue before it (``None``: new)."""

    position: Position
    before: Position | None


@dataclass(frozen=True)
class Changes:
    """What changed in the latest edition since the previous one, worked out from the data."""

    since: Edition
    edition: Edition
    sources: tuple[Source, ...]
    positions: tuple[PositionChange, ...]
    answered: tuple[Question, ...]
    opened: tuple[Question, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    #: positions, claims and events from earlier editions that this edition's sources add evidence to (not new)
    more_evidence: tuple[Position, ...] = ()
    more_evidence_claims: tuple[Claim, ...] = ()
    more_evidence_events: tuple[Event, ...] = ()

    @property
    def new_positions(self) -> frozenset[str]:
        return frozenset(c.position.anchor for c in self.positions)

    def __bool__(self) -> bool:
        return any((self.sources, self.positions, self.answered, self.opened, self.claims, self.events))


@dataclass(frozen=True)
class SourceMix:
    """Where a briefing's sources come from, and how narrow that is."""

    outlets: tuple[tuple[Outlet, int], ...]
    unknown: int
    countries: tuple[str, ...]
    #: principals with positions here but no statement of their own (kind direct) in the sources
    no_primary: tuple[Actor, ...]
    #: the quotations (quoted passages) of positions and claims, each counted once
    quotations: int = 0
    #: those that reached the source through someone (``via``): through whom, and how many, most first
    second_hand: tuple[tuple[str, int], ...] = ()
    #: stance-matrix cells, and those whose latest evidence is older than ``stale_after`` days at the as-of date
    cells: int = 0
    stale: int = 0
    stale_after: int = STALE_AFTER_DAYS
    #: positions and claims, and those resting on a single independent source
    items: int = 0
    single: int = 0

    @property
    def second_hand_count(self) -> int:
        return sum(n for _, n in self.second_hand)

    @property
    def single_note(self) -> str | None:
        """``24 of 24 positions and claims rest on one source`` (``None``: none does)."""
        if not self.single:
            return None
        items = _count(self.items, "position or claim", "positions and claims")
        return f"{self.single} of {items} {_rest(self.single)} on one source"

    @property
    def summary(self) -> str:
        """Each count with its unit and total: ``9 of 35 quotations second-hand, 24 of 24 positions and claims on one
        source, 6 of 14 cells stale`` (empty: nothing to count)."""
        counts = (
            (self.second_hand_count, _count(self.quotations, "quotation"), "second-hand"),
            (self.single, _count(self.items, "position or claim", "positions and claims"), "on one source"),
            (self.stale, _count(self.cells, "cell"), "stale"),
        )
        return ", ".join(f"{n} of {total} {what}" for n, total, what in counts if n)

    @property
    def stale_note(self) -> str | None:
        """``2 of 14 stance cells rest on evidence over 90 days older than the as-of date`` (``None``: none do)."""
        if not self.stale:
            return None
        return (
            f"{self.stale} of {_count(self.cells, 'stance cell')} {_rest(self.stale)} on evidence "
            f"over {self.stale_after} days older than the as-of date"
        )

    @property
    def second_hand_note(self) -> str | None:
        """``4 of 31 quotations arrive second-hand: 3 via TASS, 1 via Russian state media`` (``None``: none does)."""
        if not self.second_hand:
            return None
        n = self.second_hand_count
        through = ", ".join(f"{k} via {who}" for who, k in self.second_hand)
        arrive = "arrives" if n == 1 else "arrive"
        return f"{n} of {_count(self.quotations, 'quotation')} {arrive} second-hand: {through}"

    @property
    def narrow(self) -> tuple[str, ...]:
        """Plain statements of how narrow the sources are (empty when they are not)."""
        out = []
        known = sum(n for _, n in self.outlets)
        if len(self.outlets) == 1 and known > 1:
            out.append(f"all {known} sources whose outlet is known come from one outlet, {self.outlets[0][0].name}")
        if len(self.countries) == 1 and known > 1:
            out.append(f"all sources whose outlet is known come from one country ({self.countries[0]})")
        if self.unknown:
            out.append(f"the outlet of {self.unknown} source{'s' * (self.unknown != 1)} is not known")
        if self.no_primary:
            names = ", ".join(a.name for a in self.no_primary)
            out.append(f"no statement in their own words from {names}, whose positions are shown")
        return tuple(out)


def _count(n: int, one: str, many: str = "") -> str:
    """``35 quotations``, ``1 quotation``: a number with its unit."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _rest(n: int) -> str:
    return "rests" if n == 1 else "rest"


@dataclass(frozen=True)
class Side:
    id: str
    name: str
    actors: tuple[Actor, ...]


#: The group of actors on no side of a briefing.
NO_SIDE = "other"


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    summary: str
    as_of: dt.date
    sources: tuple[Source, ...]
    sides: tuple[Side, ...]
    issues: tuple[Issue, ...]
    positions: tuple[Position, ...]
    questions: tuple[Question, ...]
    timeline: tuple[Event, ...]
    claims: tuple[Claim, ...]
    status: BriefingStatus = BriefingStatus.LIVE
    bottom_line: str | None = None
    judgements: tuple[Judgement, ...] = ()
    editions: tuple[Edition, ...] = ()
    changes: Changes | None = None
    source_mix: SourceMix | None = None
    #: days before ``as_of`` after which a stance-matrix cell's latest evidence is stale
    stale_after: int = STALE_AFTER_DAYS

    @property
    def edition(self) -> Edition | None:
        """The latest edition, if the briefing lists any."""
        return self.editions[-1] if self.editions else None

    @property
    def watch(self) -> tuple[Question, ...]:
        """Open questions, the soonest horizon first (those without one last, in the file's order)."""
        open_ = [q for q in self.questions if q.status is QuestionStatus.OPEN]
        return tuple(sorted(open_, key=lambda q: (q.horizon is None, q.horizon.span[1] if q.horizon else dt.date.max)))

    def watch_on(self, day: dt.date) -> tuple[Question, ...]:
        """The open questions still to watch on ``day``: those whose horizon has not passed."""
        return tuple(q for q in self.watch if not q.lapsed_on(day))

    def lapsed_on(self, day: dt.date) -> tuple[Question, ...]:
        """The open questions whose horizon passed before ``day``, soonest first."""
        return tuple(q for q in self.watch if q.lapsed_on(day))

    @property
    def settled(self) -> tuple[Question, ...]:
        """Questions answered or overtaken by events."""
        return tuple(q for q in self.questions if q.status is not QuestionStatus.OPEN)

    @property
    def principals(self) -> tuple[Actor, ...]:
        """Actors holding positions here: by side (in the briefing's order), then standing, then name."""
        holding = {p.actor.id: p.actor for p in self.positions}
        return tuple(a for _, actors in self.by_side(holding.values()) for a in actors)

    @property
    def key_actors(self) -> tuple[Actor, ...]:
        return self.principals

    def side_of(self, actor: Actor) -> Side | None:
        return next((s for s in self.sides if any(a.id == actor.id for a in s.actors)), None)

    def by_side(self, actors: Iterable[Actor]) -> list[tuple[Side | None, tuple[Actor, ...]]]:
        """``actors`` grouped by side, in the briefing's order of sides, then those on no side; each by standing."""
        groups: dict[str, list[Actor]] = {}
        for a in actors:
            side = self.side_of(a)
            groups.setdefault(side.id if side else NO_SIDE, []).append(a)
        order: list[Side | None] = [*self.sides, None]
        return [
            (side, tuple(sorted(groups[key], key=by_standing)))
            for side in order
            if (key := side.id if side else NO_SIDE) in groups
        ]

    def voices_of(self, actor: Actor) -> tuple[Actor, ...]:
        """Who speaks for ``actor`` in its positions here (leaders, spokespeople), by standing."""
        seen: dict[str, Actor] = {}
        for p in self.positions:
            if p.actor.id == actor.id:
                for ev in p.evidence:
                    for a in (ev.speaker, ev.via.actor if ev.via else None):
                        if a is not None and a.id != actor.id:
                            seen.setdefault(a.id, a)
        return tuple(sorted(seen.values(), key=by_standing))

    @property
    def bystanders(self) -> tuple[Actor, ...]:
        """Actors named here (events, questions, claims) that neither hold a position nor speak for one."""
        taken = {p.actor.id for p in self.positions}
        taken.update(a.id for p in self.principals for a in self.voices_of(p))
        seen: dict[str, Actor] = {}
        for group in (
            (a for c in self.claims for a in c.claimants),
            (a for e in self.timeline for a in e.actors),
            (a for q in self.questions for a in q.actors),
        ):
            for a in group:
                if a.id not in taken:
                    seen.setdefault(a.id, a)
        return tuple(sorted(seen.values(), key=by_standing))

    def age_of(self, p: Position) -> int | None:
        """Days from the last day ``p``'s date allows to the as-of date (``None``: undated)."""
        return max(0, (self.as_of - p.dating.when.span[1]).days) if p.dating else None

    def is_stale(self, p: Position) -> bool:
        """Whether ``p`` was said more than :attr:`stale_after` days before the as-of date."""
        age = self.age_of(p)
        return age is not None and age > self.stale_after

    @property
    def cells(self) -> dict[tuple[str, str], tuple[Position, ...]]:
        """The stance matrix's cells: (actor id, issue id) to the actor's positions on the issue, by date."""
        out: dict[tuple[str, str], list[Position]] = {}
        for p in self.positions:
            out.setdefault((p.actor.id, p.issue.id), []).append(p)
        return {k: tuple(v) for k, v in out.items()}

    @property
    def latest_positions(self) -> frozenset[str]:
        """The anchors of each cell's latest position: what the cell's age is reckoned from."""
        return frozenset(ps[-1].anchor for ps in self.cells.values())

    def positions_on(self, issue: Issue) -> tuple[Position, ...]:
        """The positions on an issue, in the matrix's order of actors (side, standing), each actor's by date."""
        rank = {a.id: n for n, a in enumerate(self.principals)}
        return tuple(sorted((p for p in self.positions if p.issue == issue), key=lambda p: rank[p.actor.id]))


@dataclass(frozen=True)
class Part:
    """One actor's part in one briefing: what it holds, says, does and is asked there (the actor's history page)."""

    actor: Actor
    briefing: Briefing
    #: positions the actor holds, by date
    positions: tuple[Position, ...]
    #: positions of others that rest on the actor's words, or that the actor relayed
    statements: tuple[Position, ...]
    events: tuple[Event, ...]
    #: claims the actor makes
    claims: tuple[Claim, ...]
    #: claims the actor disputes
    disputes: tuple[Claim, ...]
    #: questions whose answer the actor's moves would settle
    questions: tuple[Question, ...]
    #: the briefing's sources that name the actor
    sources: tuple[Source, ...]


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
    #: positions whose evidence an actor spoke or relayed without holding the position (a spokesperson's words)
    statements_by_actor: dict[str, tuple[Position, ...]] = field(default_factory=dict)
    #: each actor's part in each briefing it takes part in, the latest briefing (by as-of date) last
    parts_by_actor: dict[str, tuple[Part, ...]] = field(default_factory=dict)
    #: the input file behind each briefing, actor and source page, relative to the project: page path → file
    origins: dict[str, str] = field(default_factory=dict)

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
        # quoted passages grouped by source once, so building each source costs its own passages only
        self.quoted: dict[str, list[tuple[str, Match]]] = defaultdict(list)
        for (source, quote), match in inputs.passages.items():
            self.quoted[source].append((quote, match))
        self.outlets = {
            o.id: Outlet(o.id, o.name, o.country, o.kind, o.url)
            for o in sorted(inputs.outlets.values(), key=lambda o: o.id)
        }
        self.sources = {s.meta.id: self._source(s) for s in inputs.seeds.values()}
        self.actors = {
            a.id: Actor(
                a.id,
                a.name,
                a.kind,
                a.standing,
                a.role,
                a.affiliation,
                a.country,
                tuple(a.aliases),
                a.wikidata,
                tuple(RelationLink(r.relation, r.actor, self.evidence(r.evidence), r.background) for r in a.relations),
            )
            for a in sorted(inputs.actors.values(), key=lambda a: a.name.lower())
        }

    def _source(self, seed: Seed) -> Source:
        m = seed.meta
        found = {
            passage_id(quote): Passage(passage_id(quote), match.start, match.end)
            for quote, match in self.quoted.get(m.id, ())
        }
        passages = tuple(sorted(found.values(), key=lambda p: (p.start, -p.end)))
        inferred = m.inferred_date
        return Source(
            m.id,
            m.headline,
            m.headline_by,
            self.outlets.get(m.outlet or ""),
            m.url,
            seed.when,
            inferred.reason if inferred else None,
            inferred.basis if inferred else None,
            m.caption,
            seed.body,
            passages,
        )

    def evidence(self, items: Iterable[Any], speaker: str | None = None) -> tuple[Evidence, ...]:
        """Linked evidence; ``speaker`` is the default speaker (a statement's own ``speaker`` wins)."""
        out = []
        for ev in items:
            source = self.sources[ev.source]
            match = self.inputs.passages[(ev.source, normalise(ev.quote))]
            said_by = getattr(ev, "speaker", None) or speaker
            via = getattr(ev, "via", None)
            out.append(
                Evidence(
                    source,
                    ev.quote,
                    Passage(passage_id(ev.quote), match.start, match.end),
                    getattr(ev, "kind", None),
                    self.actors[said_by] if said_by else None,
                    Via(self.actors[via.actor] if via.actor else None, via.unnamed, via.to, via.relay) if via else None,
                )
            )
        return tuple(out)

    def briefing(self, bid: str) -> Briefing:
        b = self.inputs.briefings[bid].briefing
        issues = {i.id: Issue(i.id, i.title, i.proposition, i.description, bid) for i in b.issues}
        datings = self.inputs.datings
        anchors: set[str] = set()
        unsorted = [
            Position(
                _unique(p.id or f"{p.actor}-{p.issue}", anchors),
                bid,
                self.actors[p.actor],
                issues[p.issue],
                p.stance,
                p.summary,
                tuple(Condition(c.condition, issues.get(c.issue or ""), c.question) for c in p.conditions),
                datings.get((bid, "positions", i)),
                self.evidence(p.evidence, p.actor),
            )
            for i, p in enumerate(b.positions)
        ]
        positions = sorted(unsorted, key=lambda p: p.date)
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
                q.settles,
                dates.parse_event_date(q.horizon) if q.horizon else None,
                q.reviewed,
                q.opened,
            )
            for q in b.questions
        )
        events = []
        for i, e in enumerate(b.timeline):
            events.append(
                Event(
                    f"event-{bid}-{e.id}" if e.id else f"event-{bid}-{i + 1}",
                    bid,
                    datings[(bid, "timeline", i)],
                    e.what,
                    tuple(self.actors[a] for a in e.actors),
                    self.evidence(e.evidence),
                    tuple(
                        OtherDate(datings[(bid, "timeline", i, j)], self.evidence(o.evidence))
                        for j, o in enumerate(e.other_dates)
                    ),
                )
            )
        claims = tuple(self._claim(bid, c, issues) for c in b.claims)
        sides = tuple(Side(s.id, s.name, tuple(self.actors[a] for a in s.actors)) for s in b.sides)
        sources = tuple(self.sources[s] for s in b.sources)
        editions = _editions(b.editions, sources, self.sources) or (Edition(b.as_of, None, sources),)
        if b.editions:
            by_id = {e.id: linked for e, linked in zip(b.timeline, events, strict=True) if e.id}
            editions = tuple(
                replace(edition, takeaways=self._takeaways(bid, n, given.takeaways, by_id))
                for n, (edition, given) in enumerate(zip(editions, b.editions, strict=True))
            )
        position_ids = {p.id: linked for p, linked in zip(b.positions, unsorted, strict=True) if p.id}
        claim_ids = {c.id: c for c in claims}
        event_ids = {e.id: linked for e, linked in zip(b.timeline, events, strict=True) if e.id}
        question_ids = {q.id: q for q in questions}
        judgements = tuple(
            Judgement(
                j.id,
                j.statement,
                j.likelihood,
                j.confidence,
                tuple(position_ids[x] for x in j.basis.positions),
                tuple(claim_ids[x] for x in j.basis.claims),
                tuple(event_ids[x] for x in j.basis.events),
                tuple(question_ids[x] for x in j.basis.questions),
                (
                    *(position_ids[x] for x in j.against.positions),
                    *(claim_ids[x] for x in j.against.claims),
                    *(event_ids[x] for x in j.against.events),
                    *(question_ids[x] for x in j.against.questions),
                ),
                dates.parse_event_date(j.horizon) if j.horizon else None,
                question_ids[j.question] if j.question else None,
                j.criteria,
                j.reasoning,
                tuple(j.assumptions),
                tuple(Indicator(i.indicator, question_ids[i.question] if i.question else None) for i in j.indicators),
                j.alternative,
                self._outcome(j.outcome),
                (
                    *(LikelihoodStep(h.date, h.likelihood, h.why) for h in j.history),
                    LikelihoodStep(editions[-1].date, j.likelihood, None),
                ),
            )
            for j in b.judgements
        )
        briefing = Briefing(
            bid,
            b.title,
            b.summary,
            b.as_of,
            sources,
            sides,
            tuple(issues.values()),
            tuple(positions),
            questions,
            tuple(sorted(events, key=_event_order)),
            claims,
            b.status,
            b.bottom_line,
            judgements,
            editions,
            stale_after=int(b.stale_after),
        )
        latest = changes_between(briefing, len(briefing.editions) - 1)
        return replace(briefing, changes=latest, source_mix=_source_mix(briefing))

    def _takeaways(self, bid: str, n: int, items: Iterable[Any], events: dict[str, Event]) -> tuple[Takeaway, ...]:
        """Edition ``n``'s takeaways, linked: each with its event's dating and evidence, or its own."""
        out = []
        for k, t in enumerate(items):
            event = events[t.event] if t.event else None
            dating = event.dating if event else self.inputs.datings[(bid, "editions", n, "takeaways", k)]
            evidence = event.evidence if event else self.evidence(t.evidence)
            out.append(Takeaway(f"takeaway-{n + 1}-{k + 1}", bid, t.what, dating, evidence, event))
        return tuple(out)

    def _outcome(self, o: Any) -> JudgementOutcome | None:
        return JudgementOutcome(o.result, o.on, o.note, self.evidence(o.evidence)) if o else None

    def _claim(self, bid: str, c: Any, issues: dict[str, Issue]) -> Claim:
        claim_sources = {ev.source for ev in c.evidence}
        rebuttals = tuple(
            Rebuttal(
                self.actors[r.by] if r.by else None,
                r.unnamed,
                r.kind,
                r.summary,
                self.evidence(r.evidence, r.by),
                any(ev.source not in claim_sources for ev in r.evidence),
            )
            for r in c.rebuttals
        )
        return Claim(
            c.id,
            bid,
            c.claim,
            tuple(self.actors[a] for a in c.claimants),
            issues.get(c.issue or ""),
            self.evidence(c.evidence),
            rebuttals,
            tuple(
                Support(self.actors[s.by] if s.by else None, s.unnamed, s.summary, self.evidence(s.evidence, s.by))
                for s in c.support
            ),
            c.note,
        )


def _editions(items: Iterable[Any], listed: tuple[Source, ...], sources: dict[str, Source]) -> tuple[Edition, ...]:
    """The editions, each with the sources it added: those it names, else those dated since the previous one.

    A source no edition names goes to the first edition dated on or after it (the latest, when none is; the
    first, when it has no date).
    """
    items = list(items)
    if not items:
        return ()
    named = {s for e in items for s in e.sources}
    added: list[list[Source]] = [[sources[s] for s in e.sources] for e in items]
    for source in listed:
        if source.id in named:
            continue
        day = source.date
        n = 0 if day is None else next((k for k, e in enumerate(items) if day <= e.date), len(items) - 1)
        added[n].append(source)
    return tuple(Edition(e.date, e.note, tuple(a)) for e, a in zip(items, added, strict=True))


def changes_between(b: Briefing, n: int) -> Changes | None:
    """What edition ``n`` changed since the one before it; ``None`` for the first edition."""
    if not 0 < n < len(b.editions):
        return None
    since, edition = b.editions[n - 1], b.editions[n]
    new = {s.id for s in edition.sources}

    def is_new(items: Iterable[Evidence]) -> bool:
        return any(ev.source.id in new for ev in items)

    known = {s.id for e in b.editions[:n] for s in e.sources}

    def shown_before(items: Iterable[Evidence]) -> bool:
        """Whether an earlier edition's source already showed it: new evidence then adds to it, it is not new."""
        return any(ev.source.id in known for ev in items)

    gained = [p for p in b.positions if is_new(p.evidence)]
    more = [p for p in gained if shown_before(p.evidence)]
    fresh = [p for p in gained if p not in more]
    claims = [c for c in b.claims if is_new(c.evidence)]
    events = [e for e in b.timeline if is_new(e.evidence)]
    older = [p for p in b.positions if not is_new(p.evidence) and all(ev.source.id in known for ev in p.evidence)]

    def before(p: Position) -> Position | None:
        earlier = [o for o in older if o.actor.id == p.actor.id and o.issue.id == p.issue.id and o.date <= p.date]
        return earlier[-1] if earlier else None

    def within(day: dt.date | None) -> bool:
        return day is not None and since.date < day <= edition.date

    return Changes(
        since,
        edition,
        edition.sources,
        tuple(PositionChange(p, before(p)) for p in fresh),
        tuple(q for q in b.questions if q.answer is not None and within(q.answer.as_of)),
        tuple(q for q in b.questions if within(q.opened)),
        tuple(c for c in claims if not shown_before(c.evidence)),
        tuple(e for e in events if not shown_before(e.evidence)),
        tuple(more),
        tuple(c for c in claims if shown_before(c.evidence)),
        tuple(e for e in events if shown_before(e.evidence)),
    )


def _source_mix(b: Briefing) -> SourceMix:
    counts: dict[str, int] = defaultdict(int)
    outlets: dict[str, Outlet] = {}
    for s in b.sources:
        if s.outlet is not None:
            counts[s.outlet.id] += 1
            outlets[s.outlet.id] = s.outlet
    unknown = sum(1 for s in b.sources if s.outlet is None)
    countries = tuple(sorted({o.country for o in outlets.values() if o.country}))
    no_primary = tuple(
        a
        for a in b.principals
        if not any(ev.kind is EvidenceKind.DIRECT for p in b.positions if p.actor.id == a.id for ev in p.evidence)
    )
    ranked = tuple(sorted(((outlets[k], n) for k, n in counts.items()), key=lambda x: (-x[1], x[0].name)))
    quotations = _quotations(b)
    cells = b.cells.values()
    stale = sum(1 for ps in cells if b.is_stale(ps[-1]))
    return SourceMix(
        ranked,
        unknown,
        countries,
        no_primary,
        len(quotations),
        _second_hand(quotations.values()),
        len(cells),
        stale,
        b.stale_after,
        len(b.positions) + len(b.claims),
        sum(1 for p in b.positions if p.independent_sources == 1)
        + sum(1 for c in b.claims if c.independent_sources == 1),
    )


def _quotations(b: Briefing) -> dict[tuple[str, str], Evidence]:
    """The quoted passages of a briefing's positions and claims, each once (by source and passage)."""
    items = (*(ev for p in b.positions for ev in p.evidence), *(ev for c in b.claims for ev in c.all_evidence))
    out: dict[tuple[str, str], Evidence] = {}
    for ev in items:
        out.setdefault((ev.source.id, ev.passage.anchor), ev)
    return out


def _second_hand(quotations: Iterable[Evidence]) -> tuple[tuple[str, int], ...]:
    """Through whom quotations reached their source, counted: whom they were said to, else the go-between."""
    counts: dict[str, int] = defaultdict(int)
    for ev in quotations:
        if ev.via is not None:
            who = ev.via.to or (ev.via.actor.name if ev.via.actor else ev.via.unnamed) or "a go-between"
            counts[who] += 1
    return tuple(sorted(counts.items(), key=lambda x: (-x[1], x[0].lower())))


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
    return name_sources(link_site(inputs), memo)


def link_site(inputs: Inputs) -> Site:
    """The site model, but for which actors each source names (:func:`name_sources`, the slow part).

    Enough to list every page: a build in a second process sends the list to MkDocs
    from this, then names the sources while MkDocs reads its first pages.
    """
    builder = _Builder(inputs)
    briefings = tuple(builder.briefing(bid) for bid in sorted(inputs.briefings))
    positions: dict[str, list[Position]] = defaultdict(list)
    statements: dict[str, list[Position]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for b in briefings:
        for p in b.positions:
            positions[p.actor.id].append(p)
            for actor_id in sorted(_voices_of(p) - {p.actor.id}):
                statements[actor_id].append(p)
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
        {k: tuple(sorted(v, key=lambda p: p.date)) for k, v in positions.items()},
        {k: tuple(sorted(v, key=_event_order)) for k, v in events.items()},
        {k: tuple(v) for k, v in claims.items()},
        {},
        {k: tuple(sorted(v, key=lambda p: p.date)) for k, v in statements.items()},
        _parts(briefings, builder.actors, {}),
        _origins(inputs),
    )


def name_sources(site: Site, memo: dict[str, Any] | None = None) -> Site:
    """``site`` with which sources name each actor: :attr:`Site.sources_by_actor` and each part's sources."""
    naming = _sources_naming(site.actors, site.sources, {} if memo is None else memo)
    return replace(site, sources_by_actor=naming, parts_by_actor=_parts(site.briefings, site.actors, naming))


def _voices_of(p: Position) -> set[str]:
    """The ids of the actors whose words a position's evidence gives, or who relayed them."""
    return {ev.speaker.id for ev in p.evidence if ev.speaker} | {
        ev.via.actor.id for ev in p.evidence if ev.via and ev.via.actor
    }


def _parts(
    briefings: Iterable[Briefing], actors: dict[str, Actor], naming: dict[str, tuple[Source, ...]]
) -> dict[str, tuple[Part, ...]]:
    """Every actor's :class:`Part` in every briefing it holds a position, speaks, acts, claims or is asked in."""
    named = {actor_id: {s.id for s in sources} for actor_id, sources in naming.items()}
    out: dict[str, list[Part]] = defaultdict(list)
    for b in sorted(briefings, key=lambda b: (b.as_of, b.id)):
        items: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for p in b.positions:
            items[p.actor.id]["positions"].append(p)
            for actor_id in sorted(_voices_of(p) - {p.actor.id}):
                items[actor_id]["statements"].append(p)
        for e in b.timeline:
            for a in e.actors:
                items[a.id]["events"].append(e)
        for c in b.claims:
            for a in c.claimants:
                items[a.id]["claims"].append(c)
            for actor_id in dict.fromkeys(r.by.id for r in c.rebuttals if r.by):
                items[actor_id]["disputes"].append(c)
        for q in b.questions:
            for a in q.actors:
                items[a.id]["questions"].append(q)
        for actor_id, found in items.items():
            sources = tuple(s for s in b.sources if s.id in named.get(actor_id, ()))
            out[actor_id].append(
                Part(
                    actors[actor_id],
                    b,
                    positions=tuple(found["positions"]),
                    statements=tuple(found["statements"]),
                    events=tuple(found["events"]),
                    claims=tuple(found["claims"]),
                    disputes=tuple(found["disputes"]),
                    questions=tuple(found["questions"]),
                    sources=sources,
                )
            )
    return {k: tuple(v) for k, v in out.items()}


def _origins(inputs: Inputs) -> dict[str, str]:
    """Which input file each briefing, actor and source page is made from (for "edit this page" links)."""
    found = {f"briefings/{bid}.md": b.doc.display for bid, b in inputs.briefings.items()}
    found.update((f"sources/{sid}.md", seed.display) for sid, seed in inputs.seeds.items())
    found.update((f"actors/{aid}.md", doc.display) for aid, (doc, _) in inputs.actor_places.items())
    return found


_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words of ``text``, lowercased one by one (lowering the whole text at once is the same for ASCII only)."""
    if text.isascii():
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


#: the names' phrases of lowercased words by their first word and length: {first: {length: {phrase: actor ids}}}
_Phrases = dict[str, dict[int, dict[tuple[str, ...], list[str]]]]


def _phrases(actors: dict[str, Actor]) -> dict[tuple[str, ...], list[str]]:
    """Every actor's name and aliases as a phrase of lowercased words: the ids of the actors each names."""
    by_phrase: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for actor in actors.values():
        for name in (actor.name, *actor.aliases):
            words = tuple(_words(normalise(name)))
            if words:
                by_phrase[words].append(actor.id)
    return by_phrase


def _by_first(by_phrase: dict[tuple[str, ...], list[str]]) -> _Phrases:
    """The phrases grouped by their first word, then by their length."""
    grouped: _Phrases = {}
    for phrase, ids in by_phrase.items():
        grouped.setdefault(phrase[0], {}).setdefault(len(phrase), {})[phrase] = ids
    return grouped


def _named_in(text: list[str], by_first: _Phrases) -> set[str]:
    """The ids of the actors whose name or alias is a phrase of ``text``'s words.

    The words that start some name are found in C (``compress`` over set membership), and at each only the
    lengths of the names that start with that word are tried: the Python work grows with the mentions, not with
    the length of the text, nor with the lengths of the names that start with other words.
    """
    named: set[str] = set()
    for at in compress(count(), map(by_first.__contains__, text)):
        for length, phrases in by_first[text[at]].items():
            named.update(phrases.get(tuple(text[at : at + length]), ()))
    return named


def _sources_naming(
    actors: dict[str, Actor], sources: dict[str, Source], memo: dict[str, Any]
) -> dict[str, tuple[Source, ...]]:
    """Which sources mention each actor by name or alias, in one pass over each text (:func:`_named_in`)."""
    by_phrase = _phrases(actors)
    if memo.get(" phrases") != by_phrase:  # the space: no source id can take this key (the state keeps it)
        memo.clear()
        memo[" phrases"] = by_phrase
    by_first = _by_first(by_phrase)
    found: dict[str, list[Source]] = defaultdict(list)
    for source in sources.values():
        remembered = memo.get(source.id)
        if remembered is not None and remembered[0] == source.body and remembered[1] == source.headline:
            named: set[str] = remembered[2]
        else:
            named = _named_in(_words(normalise(source.body + " " + source.headline)), by_first)
            memo[source.id] = (source.body, source.headline, named)
        for actor_id in named:
            found[actor_id].append(source)
    return {k: tuple(sorted(v, key=lambda s: (s.date or dt.date.min, s.id))) for k, v in found.items()}


# --- The track record: resolved judgements scored ----------------------------------------------------------------


def probability(likelihood: Likelihood) -> float:
    """The probability a likelihood is scored as: the midpoint of its ICD 203 band ("20–45%" → 0.325)."""
    low, high = (int(n) for n in re.findall(r"\d+", likelihood.meaning))
    return (low + high) / 200


@dataclass(frozen=True)
class Calibration:
    """For one likelihood band: how many scored judgements stood at it, and how many came true."""

    likelihood: Likelihood
    judgements: int
    happened: int


@dataclass(frozen=True)
class TrackRecord:
    """Every resolved judgement, with the Brier score of those that happened or did not (void ones left out)."""

    #: (briefing, judgement) for every judgement with an outcome, the most recently resolved first
    resolved: tuple[tuple[Briefing, Judgement], ...]
    #: (briefing, judgement) past its horizon with no outcome, as of ``on``
    lapsed: tuple[tuple[Briefing, Judgement], ...]
    on: dt.date

    @property
    def scored(self) -> tuple[tuple[Briefing, Judgement], ...]:
        return tuple((b, j) for b, j in self.resolved if j.outcome and j.outcome.result is not Outcome.VOID)

    def brier(self, briefing: str | None = None) -> float | None:
        """Mean of (p − o)² over the scored judgements (of one briefing, if named); None when there are none."""
        terms = [
            (probability(j.scored_likelihood) - (j.outcome.result is Outcome.HAPPENED)) ** 2
            for b, j in self.scored
            if j.outcome and briefing in (None, b.id)
        ]
        return sum(terms) / len(terms) if terms else None

    @property
    def calibration(self) -> tuple[Calibration, ...]:
        """For each likelihood band, in order: how many scored judgements stood at it and how many came true."""
        return tuple(
            Calibration(
                band,
                sum(1 for _, j in self.scored if j.scored_likelihood is band),
                sum(
                    1
                    for _, j in self.scored
                    if j.scored_likelihood is band and j.outcome and j.outcome.result is Outcome.HAPPENED
                ),
            )
            for band in Likelihood
        )


def track_record(site: Site, on: dt.date) -> TrackRecord:
    """The site's track record as of ``on``: resolved judgements, and those past their horizon unresolved."""
    pairs = [(b, j) for b in site.briefings for j in b.judgements]
    resolved = sorted(
        ((b, j) for b, j in pairs if j.outcome), key=lambda bj: bj[1].outcome.on if bj[1].outcome else on, reverse=True
    )
    lapsed = tuple((b, j) for b, j in pairs if not j.outcome and j.horizon and j.horizon.span[1] < on)
    return TrackRecord(tuple(resolved), lapsed, on)
