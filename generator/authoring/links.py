"""What a draft's statements and dates link to in the briefings the project already has.

For a statement, the propositions (issues) it most likely bears on and the open
questions it may settle; for a dated sentence, an event of a timeline it likely is
(actors in common, a few days apart). A small scorer the analyst can check by eye:

* the words of each side, lower-cased, stop words and words of saying left out,
  reduced to their stems (Snowball's English stemmer, PyStemmer: ``troops`` and ``troop``,
  ``guarantees`` and ``guarantee`` are one word);
* a proposition's words are its issue's title, proposition and description, and the
  summaries and quotes of the positions and claims on it; a question's, its question,
  why, what settles it and its issue's title; an event's, what happened and its quotes;
* each stem shared counts by how rare it is among the candidates of the kind
  (``1 + log(n / df)``: a word every proposition has tells none apart);
* an actor of the statement (its speaker, principal or an actor named in its
  sentence) who holds a position on the issue, is asked about in the question or
  takes part in the event adds :data:`ACTOR_WEIGHT`;
* an event further than its date's precision allows (:data:`DAYS_APART` for two dates
  known to the day) is no candidate.

Every match carries the statement's words that matched, as the article writes them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from generator.inputs import dates
from generator.inputs.schema import Briefing
from generator.validate import BriefingInput, Inputs
from generator.validate.datings import LOOK_ALIKE_DAYS
from generator.vocabulary import Precision, QuestionStatus

#: What an actor in common counts for, in shared words of average rarity.
ACTOR_WEIGHT = 0.5
#: Two dates known to the day this many days apart may be one event (as BRF069 judges look-alike events).
DAYS_APART = LOOK_ALIKE_DAYS
#: What words in common must weigh to link without an actor in common (an open question always): as much as
#: two words that half of the candidates have.
STRONG = 2 * (1 + math.log(2))
#: What each day between a dated sentence and an event costs it, in weight of words.
DAY_COST = 0.5
#: How many propositions a statement lists, at most.
TOP = 3
#: How many of the words that matched a comment shows, the rarest among the candidates first.
WORDS_SHOWN = 6

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")

#: Words that tell no proposition from another: English function words and the verbs of saying.
_STOP = """
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t don may might must shall us one
two three new last first next year years week weeks month months day days time today yesterday said say says
saying told tell tells telling added adding stressed according asked reported statement spokesperson spokesman
spokeswoman minister president prime monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr would
could also however still even well whether since ago already yet many much
"""
STOP_WORDS = frozenset(_STOP.split())


@dataclass(frozen=True)
class Match:
    """One thing of a briefing a statement or date likely links to, and why."""

    #: the issue, question or event id (an event without one: ``None``)
    id: str | None
    briefing: str
    score: float
    #: the statement's words that matched, as the article writes them, the rarest among the candidates first
    words: tuple[str, ...] = ()
    #: the actors in common
    actors: tuple[str, ...] = ()
    #: the stems of those words
    stems: tuple[str, ...] = ()
    #: for an event: its date as the briefing gives it
    when: str = ""
    #: how far apart the dates are: ``the same day``, ``2 days apart``, ``in the same month``
    apart: str = ""
    #: for an event: where it is (``briefings/x.yaml:40``), to find one without an id
    where: str = ""


#: A stem's weight in a candidate: 1 from its own words (an issue's title, proposition, description; a
#: question; what an event was), :data:`AROUND` from the words around it (positions' and claims' summaries
#: and quotes, a question's why and what settles it, an event's quotes).
AROUND = 0.25
#: A stem's weight from an issue's description or what settles a question.
NEAR = 0.5


@dataclass
class _Candidate:
    id: str | None
    briefing: str
    #: stem → weight (1, or :data:`AROUND`)
    stems: dict[str, float]
    actors: frozenset[str]
    when: dates.When | None = None
    when_text: str = ""
    where: str = ""


@dataclass
class Linker:
    """The briefings' propositions, open questions and events, ready to be matched against a draft's sentences."""

    issues: list[_Candidate] = field(default_factory=list)
    questions: list[_Candidate] = field(default_factory=list)
    events: list[_Candidate] = field(default_factory=list)
    #: how many briefings the candidates come from (a match names its briefing when more than one)
    briefings: int = 0
    #: stems of the registry's names and aliases: a capitalised word of a name ("Ferreira", "Council") is matched
    #: as an actor, not as a word
    names: frozenset[str] = frozenset()
    #: in how many candidates of every kind each stem is, and how many candidates there are
    df: Counter[str] = field(default_factory=Counter)
    n: int = 0

    @classmethod
    def of(cls, inputs: Inputs) -> Linker:
        names = frozenset(_stem(w) for a in inputs.actors.values() for t in (a.name, *a.aliases) for w in _words(t))
        made = cls(briefings=len(inputs.briefings), names=names)
        for bid, b in sorted(inputs.briefings.items()):
            made.issues += _issues(bid, b.briefing)
            made.questions += _questions(bid, b.briefing)
            made.events += _events(inputs, b)
        every = [*made.issues, *made.questions, *made.events]
        made.df, made.n = Counter(s for c in every for s in c.stems), len(every)
        return made

    def propositions(self, text: str, actors: Iterable[str]) -> list[Match]:
        """The propositions ``text`` most likely bears on, best first, at most :data:`TOP`."""
        return [m for _, m in self._ranked(text, set(actors), self.issues)][:TOP]

    def open_questions(self, text: str, actors: Iterable[str]) -> list[Match]:
        """The open questions ``text`` may settle, at most two: words in common that weigh at least as much as
        two words half of the candidates have."""
        ranked = self._ranked(text, set(actors), self.questions)
        return [m for c, m in ranked if self._weight(c, m.stems) >= STRONG][:2]

    def event(self, text: str, actors: Iterable[str], when: dates.When) -> Match | None:
        """The event a dated sentence likely is: dates close enough, and an actor and a word in common, or words
        that weigh :data:`STRONG`."""
        near = [(c, gap) for c in self.events if c.when is not None and (gap := _apart(c.when, when)) is not None]
        gaps = {id(c): gap for c, gap in near}
        ranked = self._ranked(text, set(actors), [c for c, _ in near])
        found = [(c, m) for c, m in ranked if m.words and (m.actors or self._weight(c, m.stems) >= STRONG)]
        if not found:
            return None
        # of two that match, the nearer day: each day apart costs :data:`DAY_COST`
        c, m = min(found, key=lambda cm: -cm[1].score + DAY_COST * _days(cm[0], when))
        return replace(m, when=c.when_text, apart=gaps[id(c)], where=c.where)

    def _weight(self, c: _Candidate, shared: Iterable[str]) -> float:
        """What the words in common weigh: each by how rare it is among all candidates (``1 + log(n / df)``)."""
        return sum(c.stems[s] * (1 + math.log(self.n / self.df[s])) for s in shared)

    def _ranked(self, text: str, actors: set[str], candidates: Sequence[_Candidate]) -> list[tuple[_Candidate, Match]]:
        """The candidates sharing a word or an actor with ``text``, best first (ties: in the briefings' order)."""
        surface = {s: w for s, w in _surface(text).items() if not (w[:1].isupper() and s in self.names)}
        found = []
        for order, c in enumerate(candidates):
            shared = sorted((s for s in surface if s in c.stems), key=lambda s: self.df[s])  # rarest first
            common = tuple(sorted(actors & c.actors))
            score = self._weight(c, shared) + ACTOR_WEIGHT * bool(common)
            if score > 0:
                words = tuple(surface[s] for s in shared)
                found.append((-score, order, c, Match(c.id, c.briefing, round(score, 2), words, common, tuple(shared))))
        found.sort(key=lambda x: (x[0], x[1]))
        return [(c, m) for _, _, c, m in found]


def _issues(bid: str, b: Briefing) -> list[_Candidate]:
    out = []
    present = [x for x in b.positions or [] if x is not None]
    claims = [c for c in b.claims or [] if c is not None]
    for issue in b.issues or []:
        if issue is None:
            continue
        on = [p for p in present if p.issue == issue.id]
        said = [c for c in claims if c.issue == issue.id]
        around = [p.summary for p in on] + [ev.quote for p in on for ev in p.evidence]
        around += [c.claim for c in said] + [ev.quote for c in said for ev in c.evidence]
        holders = frozenset([p.actor for p in on] + [a for c in said for a in c.claimants])
        stems = _weighted([issue.title, issue.proposition], [issue.description or ""], around)
        out.append(_Candidate(issue.id, bid, stems, holders))
    return out


def _questions(bid: str, b: Briefing) -> list[_Candidate]:
    titles = {i.id: i.title for i in b.issues or [] if i is not None}
    out = []
    for q in b.questions or []:
        if q is None or q.status is not QuestionStatus.OPEN:
            continue
        stems = _weighted([q.question], [q.settles or ""], [q.why, titles.get(q.issue or "", "")])
        out.append(_Candidate(q.id, bid, stems, frozenset(q.actors)))
    return out


def _events(inputs: Inputs, b: BriefingInput) -> list[_Candidate]:
    out = []
    for i, e in enumerate(b.briefing.timeline or []):
        dating = inputs.datings.get((b.id, "timeline", i))
        if e is None or dating is None:
            continue
        stems = _weighted([e.what], [ev.quote for ev in e.evidence])
        where = f"{b.doc.display}:{b.doc.mark(('timeline', i)).line}"
        out.append(_Candidate(e.id, b.id, stems, frozenset(e.actors), dating.when, dating.text, where))
    return out


def _weighted(own: Iterable[str], near: Iterable[str], around: Iterable[str] = ()) -> dict[str, float]:
    """Each stem's weight: 1 in ``own``, :data:`NEAR` in ``near``, :data:`AROUND` in ``around`` (the highest)."""
    stems = dict.fromkeys(_stems(around), AROUND) | dict.fromkeys(_stems(near), NEAR)
    return stems | dict.fromkeys(_stems(own), 1.0)


def _days(c: _Candidate, when: dates.When) -> int:
    """Days between an event and a date both known to the day; 0 when either is known only to the month or year."""
    if c.when is None or c.when.unit is not Precision.DAY or when.unit is not Precision.DAY:
        return 0
    return abs((c.when.date - when.date).days)


def _apart(a: dates.When, b: dates.When) -> str | None:
    """How far apart two dates are when they may be one day, else ``None``: within :data:`DAYS_APART` for two
    days (a week more when either is approximate), in the same month or year when either is known only to that."""
    days = abs((a.date - b.date).days)
    units = {a.unit, b.unit}
    if Precision.YEAR in units:
        return "in the same year" if a.date.year == b.date.year else None
    if Precision.MONTH in units:
        return "in the same month" if (a.date.year, a.date.month) == (b.date.year, b.date.month) else None
    if days > DAYS_APART + 7 * (a.approximate or b.approximate):
        return None
    return "the same day" if days == 0 else f"{days} day{'s' * (days != 1)} apart"


def _stems(texts: Iterable[str]) -> set[str]:
    return {_stem(w) for t in texts for w in _words(t)}


def _surface(text: str) -> dict[str, str]:
    """Each stem of ``text`` and the first word that gave it, in the text's order."""
    out: dict[str, str] = {}
    for w in _words(text):
        out.setdefault(_stem(w), w)
    return out


def _words(text: str) -> list[str]:
    words = (w.replace("’", "'").removesuffix("'s") for w in _WORD.findall(text))
    return [w for w in words if len(w) > 1 and w.lower() not in STOP_WORDS]


@cache
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word.lower()))


@cache
def _stemmer() -> Any:
    import Stemmer  # PyStemmer, Snowball's algorithms in C: here, as only draft needs it (8 ms)

    return Stemmer.Stemmer("english")


# --- As the draft writes them: comments ---------------------------------------------------------------


def issue_lines(found: Sequence[Match], several: bool, indent: str = "    ") -> list[str]:
    """The draft's commented ``issue:`` line, holding the likeliest proposition, and the ranking below it."""
    if not found:
        return [f'{indent}# issue: ""  # TODO: an issue id of the briefing (python -m generator ids)']
    lines = [f'{indent}# issue: "{found[0].id}"  # TODO: check it; the propositions it likely bears on, best first:']
    lines += [f"{indent}#   {m.id}{_in(m, several)}: {_why(m, 'positions by {}')}" for m in found]
    return lines


def question_lines(found: Sequence[Match], several: bool, indent: str = "    ") -> list[str]:
    """A comment for each open question the statement may settle."""
    return [
        f"{indent}# may settle the open question {m.id}{_in(m, several)} ({_why(m, 'about {}')}):"
        " if it does, this is its answer's evidence"
        for m in found
    ]


def event_lines(m: Match | None, several: bool, indent: str = "  ") -> list[str]:
    """A comment when a dated sentence looks like an event a timeline has."""
    if m is None:
        return []
    named = f"`{m.id}`{_in(m, several)}" if m.id else f"the event at {m.where}"
    return [
        f"{indent}# looks like {named} ({m.when}, {m.apart}; {_why(m, 'actors: {}')}): add this quote to its",
        f"{indent}# evidence, or this date to its `other_dates:`, instead of a new event",
    ]


def _in(m: Match, several: bool) -> str:
    return f" in {m.briefing}" if several else ""


def _why(m: Match, actors_are: str) -> str:
    """``words: troops, deploy; uk holds a position on it``: ``actors_are`` has ``{}`` for the actors."""
    more = len(m.words) - WORDS_SHOWN
    shown = ", ".join(m.words[:WORDS_SHOWN]) + (f" and {more} more" if more > 0 else "")
    parts = [f"words: {shown}"] if m.words else []
    if m.actors:
        parts.append(actors_are.format(", ".join(m.actors)))
    return "; ".join(parts)
