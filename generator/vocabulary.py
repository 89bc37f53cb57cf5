"""Every fixed list of words a field takes, each word declared once: its meaning, label, mark and colour.

A vocabulary is a :class:`Vocabulary`, a string enum (``Stance.SUPPORTS == "supports"``,
what pydantic validates), whose every member is written as ``VALUE = "value", Term(...)``.
The rest is derived from these declarations, never restated: the input schema's
descriptions that list the values (:mod:`generator.inputs.schema`), the exported data's
enums and column descriptions (:mod:`generator.data.export`, :mod:`generator.data.tables`),
the site's labels, marks and legends (:mod:`generator.site.helpers`, :mod:`generator.site.pages`), the colours in
``briefings.css`` and the tables of values in the docs. The last two are files, regenerated
by ``python scripts/regenerate.py`` (:func:`css`, :func:`markdown_table`) and checked by a test.
The regions are marked by name, not by code (cog, which writes the diagnostics index, runs
code in its markers and writes whole lines: these regions include lists inside README sentences).

This module imports nothing of the generator's: everything else may import it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Self


@dataclass(frozen=True)
class Term:
    """What one value means, and how the site shows it (empty: not shown that way)."""

    #: what the value means, in a few words; the site's legends and the docs' tables say it
    meaning: str
    #: the word the site shows for it ("Supports")
    label: str = ""
    #: the symbol shown before the label, so that colour is never the only signal ("✔")
    mark: str = ""
    #: the annotating guide's fuller meaning, when the one line of ``meaning`` is not enough for an annotator
    guide: str = ""
    #: its colour on the light palette and on the dark one (Material's ``slate``), as CSS colours
    colour: str = ""
    dark: str = ""


class Vocabulary(enum.StrEnum):
    """A vocabulary: members written ``NAME = "value", Term(...)``; the member is the string ``value``."""

    _term: Term

    def __new__(cls, value: str, term: Term | None = None) -> Self:
        if term is None:  # only when declaring a member: a lookup such as Stance("opposes") never comes here
            raise TypeError(f"{cls.__name__}: {value!r} is declared without its Term")
        member = str.__new__(cls, value)
        member._value_ = value
        member._term = term
        return member

    @property
    def meaning(self) -> str:
        return self._term.meaning

    @property
    def label(self) -> str:
        return self._term.label

    @property
    def mark(self) -> str:
        return self._term.mark

    @property
    def guide(self) -> str:
        """What the annotating guide says the value means: its fuller meaning, else its meaning."""
        return self._term.guide or self._term.meaning

    @property
    def colour(self) -> str:
        return self._term.colour

    @property
    def dark(self) -> str:
        return self._term.dark

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The values, in the order declared."""
        return tuple(member.value for member in cls)

    @classmethod
    def either(cls) -> str:
        """The values as a description lists them: ``supports, tentative, conditional, unclear or opposes``."""
        return listing(cls.values())


def listing(words: Iterable[str], last: str = " or ") -> str:
    """``a, b or c``: words as a sentence lists them."""
    items = list(words)
    return last.join(filter(None, (", ".join(items[:-1]), items[-1]))) if items else ""


class Stance(Vocabulary):
    """Where an actor stands on an issue."""

    SUPPORTS = "supports", Term("is for it, without conditions", "Supports", "✔", colour="#1b7a3a", dark="#72c97a")
    TENTATIVE = (
        "tentative",
        Term(
            "leans towards it without committing (\u201cprobably\u201d)",
            "Tentative",
            "◔",
            colour="#00766b",
            dark="#4fc3b5",
        ),
    )
    CONDITIONAL = (
        "conditional",
        Term(
            "is for it only if conditions are met",
            "Conditional",
            "◑",
            guide="is for it only if conditions are met (list them in `conditions`)",
            colour="#9a5b00",
            dark="#f0b45a",
        ),
    )
    UNCLEAR = (
        "unclear",
        Term("has spoken on it without a clear stance", "Unclear", "?", colour="#5f6368", dark="#b0b4ba"),
    )
    OPPOSES = "opposes", Term("is against it", "Opposes", "✘", colour="#c62828", dark="#f2726f")


class ActorKind(Vocabulary):
    """What sort of actor: {either}."""

    PERSON = "person", Term("a named individual")
    STATE = "state", Term('a country as such ("Russia", "Ukraine")')
    GOVERNMENT = (
        "government",
        Term('a government, ministry, office or council ("Number 10", "Northbridge city council")'),
    )
    ORGANISATION = "organisation", Term("a party, union, company, think tank or other body")
    ALLIANCE = "alliance", Term("a grouping of states (Nato, the coalition of the willing)")
    MEDIA = "media", Term("a news outlet or agency")


class Relation(Vocabulary):
    """How one actor stands to another."""

    MEMBER_OF = "member-of", Term("belongs to the other (a state in an alliance)")
    SPEAKS_FOR = "speaks-for", Term("is the other's spokesperson or speaks on its behalf")
    LEADS = "leads", Term("heads the other")
    ALLIED_WITH = "allied-with", Term("is its ally")
    OPPOSED_TO = "opposed-to", Term("is its opponent")


class QuestionStatus(Vocabulary):
    """open; answered (with evidence); obsolete (overtaken by events)."""

    OPEN = "open", Term("not settled yet (the default)")
    ANSWERED = "answered", Term("settled; needs an `answer` with evidence")
    OBSOLETE = "obsolete", Term("overtaken by events; no longer worth asking")


class Precision(Vocabulary):
    """How precisely a date is known: to the day, month or year, or only approximately."""

    DAY = "day", Term("known to the day")
    MONTH = "month", Term('known to the month ("in March")')
    YEAR = "year", Term("known to the year")
    APPROXIMATE = "approximate", Term('roughly: shown as "about …"; comparisons allow a week\'s slack')


class Tense(Vocabulary):
    """Whether a relative date looks back (past) or ahead (future) from the source's date."""

    PAST = "past", Term("the default: `relative` looks back from the source's date")
    FUTURE = "future", Term("`relative` looks ahead: something announced or scheduled")


class Standing(Vocabulary):
    """The weight an actor's voice carries: who speaks with the authority of a state, and who comments.

    The stance matrix orders actors by side, then by standing in this order, never by
    how many positions an actor happens to have.
    """

    STATE = "state", Term("a country as such")
    ALLIANCE = "alliance", Term("a grouping of states, or a union of them")
    HEAD_OF_STATE_OR_GOVERNMENT = "head-of-state-or-government", Term("a president, prime minister, monarch or mayor")
    GOVERNMENT = (
        "government",
        Term("a government, or the office of a head of state or government (the Kremlin, Number 10)"),
    )
    MINISTER = "minister", Term("a minister or deputy minister")
    MINISTRY_OR_AGENCY = "ministry-or-agency", Term("a ministry, department or state agency")
    OFFICIAL_SPOKESPERSON = "official-spokesperson", Term("someone whose job is to speak for another actor")
    LEGISLATOR = "legislator", Term("a member of a parliament or council")
    STATE_BODY = "state-body", Term("another body of the state: a court, a commission")
    CIVIC_BODY = "civic-body", Term("a body of civil society, union, party or chamber, state-created or not")
    EXPERT = "expert", Term("an analyst, academic or think tank")
    STATE_MEDIA = "state-media", Term("a state-owned or state-run outlet or agency")
    MEDIA = "media", Term("an independent outlet")
    OTHER = "other", Term("anyone else")


class EvidenceKind(Vocabulary):
    """Whose words a quoted passage is: the actor's own, the outlet's report of them, or the outlet's own."""

    DIRECT = "direct", Term("the speaker's own words, in quotation marks in the source", "Quoted")
    REPORTED = (
        "reported",
        Term(
            "the source's account of what the speaker said",
            "Reported",
            guide='the source\'s account of what the speaker said or did ("X told TASS that…", "according to X", '
            '"X has refused")',
        ),
    )
    FRAMING = (
        "framing",
        Term(
            "the source's own words, not the speaker's",
            "Outlet's framing",
            guide="the source's own words: headline, opening line, summary, its characterisation",
        ),
    )


class RebuttalKind(Vocabulary):
    """What a rebuttal disputes: a fact (with facts), or the reading, motive or logic (an argument)."""

    FACTUAL = "factual", Term("disputes a fact, with facts")
    ARGUMENT = "argument", Term("disputes the reading, motive or logic")


class DateBasis(Vocabulary):
    """What an inferred date rests on: the article's own words, or knowledge from outside the sources."""

    TEXT = "text", Term("worked out from the article's own words")
    OUTSIDE = "outside", Term("from knowledge outside the sources; the site says so")


class Likelihood(Vocabulary):
    """How likely a judgement holds, in the seven steps of estimative language (ICD 203), from low to high."""

    ALMOST_NO_CHANCE = "almost-no-chance", Term("1–5%", "Almost no chance")
    VERY_UNLIKELY = "very-unlikely", Term("5–20%", "Very unlikely")
    UNLIKELY = "unlikely", Term("20–45%", "Unlikely")
    ROUGHLY_EVEN_CHANCE = "roughly-even-chance", Term("45–55%", "Roughly even chance")
    LIKELY = "likely", Term("55–80%", "Likely")
    VERY_LIKELY = "very-likely", Term("80–95%", "Very likely")
    ALMOST_CERTAIN = "almost-certain", Term("95–99%", "Almost certain")


class Confidence(Vocabulary):
    """How much the judgement's basis supports it: the quality and range of the evidence, kept apart from likelihood."""

    LOW = "low", Term("the evidence is thin, indirect or from one side", "Low")
    MODERATE = "moderate", Term("the evidence is credible but incomplete, or open to other readings", "Moderate")
    HIGH = "high", Term("the evidence is direct, from several sources and sides", "High")


class Outcome(Vocabulary):
    """How a key judgement resolved: it happened, it did not, or the question it asked no longer arises."""

    HAPPENED = "happened", Term("what the judgement said came true by its horizon", "Happened")
    DID_NOT_HAPPEN = "did-not-happen", Term("it did not come true by its horizon", "Did not happen")
    VOID = "void", Term("overtaken by events: it can no longer come true or fail; left out of the score", "Void")


class BriefingStatus(Vocabulary):
    """live (kept up to date) or archived (no longer updated; its questions are not chased)."""

    LIVE = "live", Term("kept up to date (the default)")
    ARCHIVED = (
        "archived",
        Term("no longer updated: the page says so, and questions past their horizon are not reported"),
    )


class OutletKind(Vocabulary):
    """What sort of outlet published a source."""

    WIRE = "wire", Term("a news agency (Reuters, AP, TASS)")
    NEWSPAPER = "newspaper", Term("a newspaper or news site")
    BROADCASTER = "broadcaster", Term("radio or television")
    STATE_MEDIA = "state-media", Term("a state-owned or state-run outlet")
    OFFICIAL = "official", Term("a government or organisation's own publication")
    OTHER = "other", Term("anything else")


class HeadlineBy(Vocabulary):
    """Who wrote the headline: the article, or the annotator when the article had none."""

    ARTICLE = "article", Term("the headline is the article's own")
    ANNOTATOR = "annotator", Term("the article had none; the annotator wrote it")


#: Every vocabulary, by name.
VOCABULARIES: dict[str, type[Vocabulary]] = {
    v.__name__: v
    for v in (
        Stance,
        ActorKind,
        Relation,
        QuestionStatus,
        Precision,
        Tense,
        Standing,
        EvidenceKind,
        RebuttalKind,
        DateBasis,
        Likelihood,
        Confidence,
        Outcome,
        BriefingStatus,
        OutletKind,
        HeadlineBy,
    )
}

for _vocabulary in VOCABULARIES.values():  # a docstring may list the values: "What sort of actor: {either}."
    if _vocabulary.__doc__ and "{either}" in _vocabulary.__doc__:
        _vocabulary.__doc__ = _vocabulary.__doc__.replace("{either}", _vocabulary.either())


# --- Files made from the declarations (scripts/regenerate.py writes them, a test checks them) ---------------------


def css() -> str:
    """The colour of every value that has one: CSS variables for both palettes, and the class that picks one.

    ``--bp-<value>`` holds the colour (the light palette on ``:root``, the dark one on
    Material's ``slate`` scheme); ``.bp-<vocabulary>--<value>`` sets ``--bp-c``, the colour the
    stylesheet's rules draw with.
    """
    coloured = [m for v in VOCABULARIES.values() for m in v if m.colour]
    light = "".join(f"  --bp-{m.value}: {m.colour};\n" for m in coloured)
    dark = "".join(f"  --bp-{m.value}: {m.dark};\n" for m in coloured)
    rules = "".join(f".bp-{type(m).__name__.lower()}--{m.value} {{ --bp-c: var(--bp-{m.value}); }}\n" for m in coloured)
    return f':root {{\n{light}}}\n\n[data-md-color-scheme="slate"] {{\n{dark}}}\n\n{rules}'


#: What a cell of :func:`markdown_table` can show, by name.
_CELLS: dict[str, Callable[[Vocabulary], str]] = {
    "value": lambda m: f"`{m.value}`",
    "mark": lambda m: m.mark,
    "label": lambda m: m.label,
    "meaning": lambda m: m.meaning,
    "guide": lambda m: m.guide,
}


def markdown_table(vocabulary: type[Vocabulary], columns: Sequence[tuple[str, str]] = ()) -> str:
    """A Markdown table of the vocabulary's values: ``columns`` as (header, ``value`` | ``mark`` | ``label`` |
    ``meaning`` | ``guide``); by default the value, its mark and label when it has them, and its meaning."""
    if not columns:
        shown = [("Mark", "mark"), ("Label", "label")]
        columns = [("Value", "value"), *((h, c) for h, c in shown if any(getattr(m, c) for m in vocabulary))]
        columns.append(("Meaning", "guide"))
    lines = [_row(h for h, _ in columns), "|" + "---|" * len(columns)]
    lines += [_row(_CELLS[c](m) for _, c in columns) for m in vocabulary]
    return "\n".join(lines) + "\n"


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def inline(vocabulary: type[Vocabulary]) -> str:
    """The values for a sentence of the README: ```supports` | `tentative` | …``."""
    return " | ".join(f"`{m.value}`" for m in vocabulary)


#: A region of a file made from the declarations, between ``<!-- generated: WHAT -->`` and
#: ``<!-- end generated -->`` (in CSS, ``/* … */``). WHAT is ``colours`` (:func:`css`), ``table NAME``
#: or ``table NAME: Header=cell, …`` (:func:`markdown_table`), or ``values NAME`` (:func:`inline`).
_REGION = re.compile(
    r"(?P<open>(?P<c><!--|/\*) generated: (?P<what>[^\n]+?) (?:-->|\*/))(?P<body>.*?)"
    r"(?P<close>(?:<!--|/\*) end generated (?:-->|\*/))",
    re.DOTALL,
)


def fill(text: str) -> str:
    """``text`` with every generated region made anew from the declarations."""
    return _REGION.sub(lambda m: m["open"] + _made(m["what"]) + m["close"], text)


def _made(what: str) -> str:
    kind, _, rest = what.partition(" ")
    name, _, spec = rest.partition(": ")
    if kind == "colours":
        return "\n" + css()
    if kind == "values":
        return inline(VOCABULARIES[name])
    columns = [tuple(pair.split("=", 1)) for pair in spec.split(", ")] if spec else []
    return "\n\n" + markdown_table(VOCABULARIES[name], [(h, c) for h, c in columns]) + "\n"  # blank lines: a table
