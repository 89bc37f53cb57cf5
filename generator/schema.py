"""Input models: the shape of what a person types, one pydantic model per YAML mapping.

These models are strict (``extra="forbid"``) and carry a description and an
example for every field; ``python -m generator schema`` turns them into the JSON
Schema that editors use. They describe single files only: whether an actor id
exists or a quote is in its source is checked later, in :mod:`generator.validate`.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
#: The longest id, wherever ids are made: in a file, from a file name, by ``import --id``.
MAX_ID_LENGTH = 80
#: Ids a briefing, actor or source cannot have: their page would take the place of the list of them all.
#: (MkDocs also reads ``README.md`` as a folder's index page, but ids are lower case: ``readme`` is free.)
RESERVED_IDS = frozenset({"index"})

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _iso_date(value: Any) -> Any:
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise PydanticCustomError("date_format", "'{value}' is not a date written as YYYY-MM-DD", {"value": value})
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError(
                "date_format", "'{value}' is not a real calendar date", {"value": value}
            ) from None
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def _partial_date(value: Any) -> Any:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real one (no 2025-02-30, no month 13)."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        parts = [int(x) for x in value.strip().split("-")] + [1, 1]
        try:
            if parts[0] < 1:
                raise ValueError
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise PydanticCustomError(
                "date_format", "'{value}' is not a real calendar date", {"value": value}
            ) from None
    return value


PartialDate = Annotated[str, BeforeValidator(_partial_date), StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stance(enum.StrEnum):
    """Where an actor stands on an issue."""

    SUPPORTS = "supports"
    TENTATIVE = "tentative"
    CONDITIONAL = "conditional"
    UNCLEAR = "unclear"
    OPPOSES = "opposes"


#: Stances that contradict each other: one quote cannot back both.
OPPOSITE_STANCES = {
    frozenset({Stance.SUPPORTS, Stance.OPPOSES}),
    frozenset({Stance.TENTATIVE, Stance.OPPOSES}),
}


class ActorKind(enum.StrEnum):
    """What sort of actor: person, state, government, organisation, alliance or media."""

    PERSON = "person"
    STATE = "state"
    GOVERNMENT = "government"
    ORGANISATION = "organisation"
    ALLIANCE = "alliance"
    MEDIA = "media"


class Relation(enum.StrEnum):
    """How one actor stands to another."""

    MEMBER_OF = "member-of"
    SPEAKS_FOR = "speaks-for"
    LEADS = "leads"
    ALLIED_WITH = "allied-with"
    OPPOSED_TO = "opposed-to"


class QuestionStatus(enum.StrEnum):
    """open; answered (with evidence); obsolete (overtaken by events)."""

    OPEN = "open"
    ANSWERED = "answered"
    OBSOLETE = "obsolete"


class Precision(enum.StrEnum):
    """How precisely a date is known: to the day, month or year, or only approximately."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"


class Tense(enum.StrEnum):
    """Whether a relative date looks back (past) or ahead (future) from the source's date."""

    PAST = "past"
    FUTURE = "future"


class HeadlineBy(enum.StrEnum):
    """Who wrote the headline: the article, or the annotator when the article had none."""

    ARTICLE = "article"
    ANNOTATOR = "annotator"


# --- Evidence --------------------------------------------------------------------------


class Evidence(_Model):
    """A passage of a source, quoted exactly, that backs what it is attached to."""

    source: Id = Field(description="Id of the seed article quoted.", examples=["putin-rejects-boots-on-the-ground"])
    quote: Text = Field(
        description="The exact words of the source (white space, quote marks and dashes may differ).",
        examples=["Definitely not, they cannot."],
    )


EvidenceList = Annotated[list[Evidence], Field(min_length=1)]


# --- The actor registry ----------------------------------------------------------------


class ActorRelation(_Model):
    """How an actor stands to another: member of, speaks for, leads, allied with, opposed to."""

    relation: Relation = Field(description="The kind of relation.", examples=["speaks-for"])
    actor: Id = Field(description="Id of the other actor.", examples=["putin"])


class Actor(_Model):
    """A person, state or organisation that takes positions or appears in events."""

    id: Id = Field(description="Short stable id; also the actor page's file name.", examples=["starmer"])
    name: Text = Field(description="Full name as the site shows it.", examples=["Keir Starmer"])
    kind: ActorKind = Field(description="What sort of actor this is.", examples=["person"])
    role: Text | None = Field(
        None, description="Office or role, as of the briefings.", examples=["Prime Minister of the United Kingdom"]
    )
    affiliation: Id | None = Field(
        None, description="Id of the actor this one belongs to (a state, government or organisation).", examples=["uk"]
    )
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="ISO 3166-1 alpha-2 country code, in quotes.", examples=["GB"]
    )
    aliases: list[Text] = Field(
        default_factory=list, description="Other names the sources use.", examples=[["Sir Keir", "the PM"]]
    )
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")] | None = Field(
        None, description="Wikidata item id.", examples=["Q254569"]
    )
    relations: list[ActorRelation] = Field(
        default_factory=list,
        description="Relations to other actors, drawn on the actor map.",
        examples=[[{"relation": "speaks-for", "actor": "kremlin"}]],
    )


class ActorRegistry(_Model):
    """``briefings/actors.yaml``: every actor, shared by all briefings."""

    actors: list[Actor] = Field(
        description="The actors, in any order.",
        examples=[[{"id": "peskov", "name": "Dmitry Peskov", "kind": "person"}]],
    )


# --- A briefing ------------------------------------------------------------------------


class Issue(_Model):
    """A question of policy that actors take positions on."""

    id: Id = Field(description="Short stable id.", examples=["foreign-troops"])
    title: Text = Field(
        description="The issue in a few words.", examples=["Foreign troops in Ukraine after a ceasefire"]
    )
    description: Text | None = Field(
        None,
        description="What is at stake, neutrally put.",
        examples=["Whether European troops deploy to Ukraine once a ceasefire holds."],
    )


class Position(_Model):
    """What one actor said about one issue, as of one date, backed by quotes."""

    actor: Id = Field(description="Id of the actor holding the position.", examples=["putin"])
    issue: Id = Field(description="Id of an issue of this briefing.", examples=["foreign-troops"])
    stance: Stance = Field(description="supports, tentative, conditional, unclear or opposes.", examples=["opposes"])
    summary: Text = Field(
        description="One neutral sentence, in the annotator's words.",
        examples=["Rejects any foreign troops in Ukraine."],
    )
    conditions: list[Text] = Field(
        default_factory=list,
        description="Conditions the actor attaches, if any.",
        examples=[["A US security guarantee"]],
    )
    as_of: IsoDate = Field(description="Date the position was reported, YYYY-MM-DD.", examples=["2025-09-05"])
    evidence: EvidenceList = Field(
        description="One or more quotes that show the position.",
        examples=[[{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}]],
    )


class Answer(_Model):
    """How a question was settled, with the evidence."""

    summary: Text = Field(
        description="The answer in one sentence.", examples=["The Alaska meeting brought no significant developments."]
    )
    as_of: IsoDate | None = Field(None, description="When it was answered.", examples=["2025-09-05"])
    evidence: EvidenceList = Field(
        description="Quotes that show the answer.",
        examples=[[{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}]],
    )


class Question(_Model):
    """A question a careful reader is left with."""

    id: Id = Field(description="Short stable id; the anchor on the questions page.", examples=["us-backstop"])
    question: Text = Field(description="The question, as a question.", examples=["Will the US back a European force?"])
    why: Text = Field(
        description="Why it matters.", examples=["Starmer says the coalition can deploy only with a US backstop."]
    )
    status: QuestionStatus = Field(QuestionStatus.OPEN, description="open, answered or obsolete.", examples=["open"])
    actors: list[Id] = Field(
        default_factory=list, description="Actors whose moves would settle it.", examples=[["trump"]]
    )
    issue: Id | None = Field(None, description="The issue it belongs to, if any.", examples=["us-guarantee"])
    answer: Answer | None = Field(
        None,
        description="Required when status is answered.",
        examples=[
            {
                "summary": "No.",
                "as_of": "2025-09-05",
                "evidence": [{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}],
            }
        ],
    )


class Event(_Model):
    """Something that happened (or was scheduled), on a date."""

    date: PartialDate | None = Field(
        None,
        description="YYYY-MM-DD, YYYY-MM for a month or YYYY for a year. May be left out when `relative` gives it.",
        examples=["2025-09-03", "2025-08", "2022"],
    )
    precision: Precision | None = Field(
        None,
        description="day, month, year or approximate; by default what the date's form says.",
        examples=["approximate"],
    )
    relative: Text | None = Field(
        None,
        description="The article's words for the date ('on Tuesday', 'last month'), resolved against the source date.",
        examples=["on Wednesday"],
    )
    tense: Tense = Field(
        Tense.PAST, description="past or future: whether `relative` looks back or ahead.", examples=["past"]
    )
    what: Text = Field(
        description="What happened, in one sentence.", examples=["Macron hosts a coalition summit in Paris."]
    )
    actors: list[Id] = Field(default_factory=list, description="Actors taking part.", examples=[["macron", "starmer"]])
    evidence: EvidenceList = Field(
        description="Quotes that report the event; the first one's source resolves `relative`.",
        examples=[[{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}]],
    )


class Correction(_Model):
    """What the source itself says against a claim."""

    summary: Text = Field(
        description="The correction, attributed to the source.", examples=["The article calls the claim false."]
    )
    evidence: EvidenceList = Field(
        description="The source's own words.",
        examples=[[{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}]],
    )


class Claim(_Model):
    """A claim by actors that the reporting source itself disputes."""

    id: Id = Field(description="Short stable id.", examples=["zelenskyy-mandate"])
    claim: Text = Field(description="The claim, attributed.", examples=["Zelenskyy is not democratically elected."])
    claimants: Annotated[list[Id], Field(min_length=1)] = Field(
        description="Who made the claim.", examples=[["russia", "trump"]]
    )
    issue: Id | None = Field(None, description="The issue it belongs to, if any.", examples=["us-guarantee"])
    evidence: EvidenceList = Field(
        description="Quotes that report the claim.",
        examples=[[{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}]],
    )
    correction: Correction = Field(
        description="The source's own correction.",
        examples=[
            {
                "summary": "The article calls the claim false.",
                "evidence": [{"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}],
            }
        ],
    )


class Briefing(_Model):
    """``briefings/<id>.yaml``: one story, annotated."""

    title: Text = Field(description="Title of the briefing.", examples=["The coalition of the willing"])
    summary: Text = Field(
        description="A short neutral summary.",
        examples=["European leaders plan a force for Ukraine; Russia rejects it."],
    )
    as_of: IsoDate = Field(description="Date the briefing is current as of, YYYY-MM-DD.", examples=["2025-09-05"])
    sources: Annotated[list[Id], Field(min_length=1)] = Field(
        description="Ids of the seed articles it rests on.", examples=[["putin-rejects-boots-on-the-ground"]]
    )
    issues: Annotated[list[Issue], Field(min_length=1)] = Field(
        description="What the positions are about.",
        examples=[[{"id": "foreign-troops", "title": "Foreign troops in Ukraine"}]],
    )
    positions: list[Position] = Field(
        default_factory=list,
        description="Who holds which stance on which issue.",
        examples=[
            [
                {
                    "actor": "peskov",
                    "issue": "foreign-troops",
                    "stance": "opposes",
                    "summary": "Rules out foreign troops.",
                    "as_of": "2025-09-05",
                    "evidence": [
                        {"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}
                    ],
                }
            ]
        ],
    )
    questions: list[Question] = Field(
        default_factory=list,
        description="Open questions.",
        examples=[
            [
                {
                    "id": "us-backstop",
                    "question": "Will the US back the force?",
                    "why": "Starmer makes it a condition.",
                    "actors": ["trump"],
                }
            ]
        ],
    )
    timeline: list[Event] = Field(
        default_factory=list,
        description="Events, in any order; shown by date.",
        examples=[
            [
                {
                    "relative": "on Wednesday",
                    "what": "Putin speaks in Beijing.",
                    "actors": ["putin"],
                    "evidence": [
                        {"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}
                    ],
                }
            ]
        ],
    )
    claims: list[Claim] = Field(
        default_factory=list,
        description="Claims the sources themselves dispute.",
        examples=[
            [
                {
                    "id": "c",
                    "claim": "X is not elected.",
                    "claimants": ["russia"],
                    "evidence": [
                        {"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}
                    ],
                    "correction": {
                        "summary": "The article calls this false.",
                        "evidence": [
                            {"source": "putin-rejects-boots-on-the-ground", "quote": "Definitely not, they cannot."}
                        ],
                    },
                }
            ]
        ],
    )


# --- Seed front matter -----------------------------------------------------------------


class InferredDate(_Model):
    """A publication date worked out from the text, with the reasoning."""

    date: IsoDate = Field(description="The inferred date, YYYY-MM-DD.", examples=["2025-03-17"])
    precision: Precision = Field(
        Precision.APPROXIMATE, description="day, month, year or approximate.", examples=["approximate"]
    )
    reason: Text = Field(
        description="Why this date: the clue in the text and what it implies.",
        examples=["Anticipates talks 'on Tuesday', held on 18 March 2025."],
    )


class SeedMeta(_Model):
    """Front matter of ``seeds/<id>.md``; the body below it is the article's exact text."""

    id: Id = Field(description="The seed's id; must equal the file name without `.md`.", examples=["coalition-bluff"])
    headline: Text = Field(
        description="The article's headline, or one written by the annotator.", examples=["Putin rejects Europe's plan"]
    )
    headline_by: HeadlineBy = Field(
        description="article, or annotator when the article had none.", examples=["article"]
    )
    outlet: Text | None = Field(None, description="Publication, when known.", examples=["The Example Times"])
    url: Annotated[str, StringConstraints(pattern=r'^https?://[^\s<>"]+$')] | None = Field(
        None,
        description="Address of the original, when known (http or https).",
        examples=["https://example.org/article"],
    )
    published: IsoDate | None = Field(
        None, description="Publication date as the article states it.", examples=["2025-09-05"]
    )
    inferred_date: InferredDate | None = Field(
        None,
        description="When the article gives no date: a date worked out from the text.",
        examples=[{"date": "2025-03-17", "precision": "approximate", "reason": "Anticipates talks 'on Tuesday'."}],
    )
    caption: Text | None = Field(
        None,
        description="Image caption found above the text, kept apart from the body.",
        examples=["Vladimir Putin and Keir Starmer"],
    )
    imported_from: Text | None = Field(
        None, description="File name the article was imported from.", examples=["000_95f0bbe2e260716f.txt"]
    )


SCHEMAS: dict[str, type[BaseModel]] = {
    "briefing": Briefing,
    "actors": ActorRegistry,
    "seed": SeedMeta,
}
