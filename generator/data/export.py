"""The dataset: the validated, linked model as one JSON document, for other tools to build on.

``python -m generator export --format json`` writes it; the site offers it as a
download (:mod:`generator.data.downloads`). Its shape is declared here once, as typed
dictionaries: they are its JSON Schema (``schemas/dataset.schema.json``, written by
``python -m generator schema``), and, through each field's :class:`AsColumn`, the
columns of the CSV files and the SQLite database (:mod:`generator.data.tables`) with
their descriptions. A field whose values come from a vocabulary says so with
:class:`OneOf`, which lists them in the schema. Ids are those of the YAML files.
Every date says what it rests on.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, GetJsonSchemaHandler, TypeAdapter
from pydantic.json_schema import JsonSchemaValue
from typing_extensions import TypedDict  # pydantic reads these on Python < 3.12

from generator import __version__
from generator.inputs.dates import Basis, Dating, When
from generator.model import (
    Actor,
    Briefing,
    Claim,
    Event,
    Evidence,
    Judgement,
    Position,
    Question,
    Site,
    Source,
    SourceMix,
    probability,
)
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
    Precision,
    QuestionStatus,
    RebuttalKind,
    Relation,
    Stance,
    listing,
)

#: Raised when the shape of the dataset changes in a way that breaks readers.
FORMAT_VERSION = 1
#: The program, as the dataset's ``generator`` field names it (with the version after it).
PROGRAM = "briefing-generator"
#: How a JSON dataset export wrote starts: its signature (``generator`` second), however it is indented.
_SIGNATURE = re.compile(rb'\A\{\s*"format_version":\s*\d+,\s*"generator":\s*"' + PROGRAM.encode() + b" ")


def is_dataset(head: bytes) -> bool:
    """Whether a file beginning with ``head`` is a JSON dataset ``export`` wrote (it may replace it)."""
    return _SIGNATURE.match(head) is not None


def _f(description: str, example: object) -> Any:
    """A field's documentation in the dataset's JSON Schema."""
    return Field(description=description, examples=[example])


@dataclass(frozen=True)
class OneOf:
    """A text field that holds one of these values (a vocabulary's): the JSON Schema lists them as its ``enum``."""

    values: tuple[str, ...]

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {**handler(core_schema), "enum": list(self.values)}


@dataclass(frozen=True)
class AsColumn:
    """How a field becomes table columns (:mod:`generator.data.tables`), where it is not the default.

    By default a field is one column of its name and description; a list of texts is one
    column holding a JSON array; a mapping (a date, a passage) is one column per field, named
    ``<field>_<its field>``; a list of mappings is a table of its own (or the evidence table).
    """

    #: the column's name; for a field of a mapping, its name after ``<field>_`` ("" names it ``<field>``)
    name: str | None = None
    #: the column's description; "{}" stands for the description of the field holding the mapping
    description: str | None = None
    #: the table whose key the column holds (a foreign key)
    references: str | None = None
    #: the id is unique only within its briefing: the column holds the key ``briefing/id``
    in_briefing: bool = False
    #: a list of mappings as one column holding a JSON array (of each item's ``item`` field, when given)
    json: bool = False
    item: str | None = None
    #: the column comes after the item's other columns
    last: bool = False


def _values(words: Iterable[str]) -> OneOf:
    return OneOf(tuple(str(w) for w in words))


Id = Annotated[str, _f("Id, as in the YAML files.", "russia")]
OptionalText = Annotated[str | None, _f("Text, or null when not given.", None)]
#: The units a date is known to (an approximate date says so apart: ``approximate``).
UNITS = (Precision.DAY.value, Precision.MONTH.value, Precision.YEAR.value)


class DateValue(TypedDict):
    """A date and how precisely it is known."""

    date: Annotated[
        str,
        _f("The date, YYYY-MM-DD (the first day of a month or year).", "2025-09-01"),
        AsColumn(name="", description="{}, YYYY-MM-DD (the first day of a month or year)."),
    ]
    precision: Annotated[
        str,
        _values(UNITS),
        _f("The unit the date is known to.", "month"),
        AsColumn(description=f"The unit it is known to: {listing(UNITS)}."),
    ]
    approximate: Annotated[
        bool,
        _f("Whether the date is only approximate (shown 'about').", False),
        AsColumn(description="1 when only approximate (shown 'about'), else 0."),
    ]
    text: Annotated[str, _f("The date as the site shows it.", "September 2025")]


class Dated(DateValue):
    """A date and what it rests on: quoted ``text``, ``relative`` words, only the ``report``, or ``outside``."""

    basis: Annotated[
        str,
        _values(Basis),
        _f(
            "What the date rests on: words quoted (text), the article's relative words resolved against its date "
            "(relative), only the date of the report that carries it, on or before which it was said (report), or "
            "knowledge outside the sources (outside).",
            "relative",
        ),
        AsColumn(description=f"What it rests on: {listing(Basis)}."),
    ]
    relative: Annotated[
        str | None,
        _f("The article's words for the date, for a relative date.", "on Wednesday"),
        AsColumn(description="The article's words for a relative date."),
    ]
    note: Annotated[str | None, _f("What an outside date rests on.", None)]
    source: Annotated[
        str | None,
        _f("Id of the source whose words or date it rests on.", "putin-rejects"),
        AsColumn(references="sources"),
    ]


class Passage(TypedDict):
    """Where a quote stands in its source's text, as character offsets."""

    start: Annotated[
        int,
        _f("Offset of the first character.", 120),
        AsColumn(description="Offset of the passage's first character in the source's text."),
    ]
    end: Annotated[
        int, _f("Offset after the last character.", 180), AsColumn(description="Offset after its last character.")
    ]


class Via(TypedDict):
    """Through whom a statement reached the source."""

    actor: Annotated[
        str | None, _f("Id of a named go-between, such as a spokesperson.", "peskov"), AsColumn(references="actors")
    ]
    unnamed: Annotated[str | None, _f("An unnamed go-between, as the source describes them.", None)]
    to: Annotated[str | None, _f("Who the words were said to.", "Russian state media")]
    relay: Annotated[str | None, _f("Who or what passed the words on: a document, another outlet.", None)]


class EvidenceItem(TypedDict):
    """A quoted passage: the exact words, where they stand in the source's text, whose words they are."""

    source: Annotated[
        str, _f("Id of the source quoted.", "putin-rejects-boots-on-the-ground"), AsColumn(references="sources")
    ]
    quote: Annotated[str, _f("The exact words quoted.", "Definitely not, they cannot.")]
    passage: Annotated[Passage, _f("Where the words stand in the source's text.", {"start": 120, "end": 148})]
    kind: Annotated[
        Annotated[str, _values(EvidenceKind)] | None,
        _f(
            "The speaker's own words (direct), the source's account of them (reported), or its own (framing).", "direct"
        ),
        AsColumn(description="direct (the speaker's words), reported (the source's account) or framing (its own)."),
    ]
    speaker: Annotated[
        str | None,
        _f("Id of the actor whose statement this is, when named.", "kremlin"),
        AsColumn(description="Id of the actor whose statement it is, when named.", references="actors"),
    ]
    via: Annotated[Via | None, _f("Through whom the statement came.", {"actor": "peskov", "unnamed": None, "to": None})]


class SourceItem(TypedDict):
    """A seed article."""

    id: Annotated[Id, AsColumn(description="Id of the seed (its file name in seeds/).")]
    headline: Annotated[str, _f("The headline.", "Putin rejects Europe's plan")]
    headline_by: Annotated[
        str,
        _values(HeadlineBy),
        _f("Who wrote the headline.", "article"),
        AsColumn(description=f"Who wrote the headline: {HeadlineBy.either()}."),
    ]
    outlet: Annotated[
        str | None, _f("The publication's name, when known.", "LBC"), AsColumn(description="The publication's name.")
    ]
    outlet_id: Annotated[
        str | None,
        _f("The publication's id in the outlet registry, when known.", "lbc"),
        AsColumn(description="The publication's id in the outlet registry."),
    ]
    outlet_country: Annotated[str | None, _f("The country the publication is based in (ISO code).", "GB")]
    outlet_kind: Annotated[
        Annotated[str, _values(OutletKind)] | None,
        _f("What sort of publication it is.", "broadcaster"),
        AsColumn(description=f"{OutletKind.either()}."),
    ]
    url: Annotated[
        str | None,
        _f("Address of the original, when known.", "https://example.org/a"),
        AsColumn(description="Address of the original article."),
    ]
    published: Annotated[DateValue | None, _f("Publication date, stated or inferred.", None)]
    date_basis: Annotated[
        Annotated[str, _values(("published", *DateBasis))] | None,
        _f("Whether the date is stated (published) or inferred from the text or from outside knowledge.", "published"),
        AsColumn(description="published (stated), text or outside (inferred)."),
    ]
    date_reason: Annotated[
        str | None,
        _f("Why an inferred date, when it is inferred.", None),
        AsColumn(description="Why an inferred date."),
    ]
    caption: Annotated[str | None, _f("Image caption kept apart from the body.", None)]


class RelationItem(TypedDict):
    """How an actor stands to another."""

    relation: Annotated[str, _f(f"{Relation.either()}.", "speaks-for")]
    actor: Annotated[str, _f("Id of the other actor.", "kremlin"), AsColumn(name="other_actor", references="actors")]
    evidence: Annotated[list[EvidenceItem], _f("The words of sources that show it.", [])]
    background: Annotated[str | None, _f("Background knowledge it rests on, when no source shows it.", None)]


class ActorItem(TypedDict):
    """A person, state or organisation."""

    id: Annotated[Id, AsColumn(description="Id of the actor.")]
    name: Annotated[str, _f("Full name.", "Dmitry Peskov")]
    kind: Annotated[str, _f(f"{ActorKind.either()}.", "person")]
    standing: Annotated[str, _f("The weight the actor's voice carries.", "official-spokesperson")]
    role: Annotated[OptionalText, AsColumn(description="Role.")]
    affiliation: Annotated[
        str | None, _f("Id of the actor this one belongs to.", "kremlin"), AsColumn(references="actors")
    ]
    country: Annotated[str | None, _f("ISO 3166-1 alpha-2 country code.", "RU")]
    aliases: Annotated[list[str], _f("Other names the sources use.", ["Peskov"])]
    wikidata: Annotated[str | None, _f("Wikidata item id.", None)]
    relations: Annotated[list[RelationItem], _f("Relations to other actors.", [])]


class SideItem(TypedDict):
    """A group of actors on one side of a story."""

    id: Annotated[Id, AsColumn(description="Id of the side.")]
    name: Annotated[str, _f("The side's name.", "Russia")]
    actors: Annotated[list[str], _f("Ids of its actors.", ["russia", "putin"])]


class IssueItem(TypedDict):
    """A proposition actors take stances on."""

    id: Annotated[Id, AsColumn(description="Id of the issue.")]
    title: Annotated[str, _f("The issue in a few words.", "Russia as a guarantor")]
    proposition: Annotated[str, _f("The statement every stance is a stance on.", "Russia should be a guarantor.")]
    description: Annotated[OptionalText, AsColumn(description="More about it.")]


class ConditionItem(TypedDict):
    """A condition attached to a position."""

    condition: Annotated[str, _f("The condition.", "A US security guarantee")]
    issue: Annotated[str | None, _f("Id of the issue it depends on.", "us-backstop")]
    question: Annotated[str | None, _f("Id of the question it depends on.", None)]


_INDEPENDENT = (
    "How many independent sources {what}: articles of one outlet count once, and so do articles relaying what was "
    "said to the same agency or journalists (via.to); 1: it rests on a single source."
)


class PositionItem(TypedDict):
    """What one actor holds on one issue's proposition."""

    id: Annotated[
        str,
        _f("The position's id (as in the YAML, or actor-issue when none was given).", "russia-guarantor"),
        AsColumn(description="Id of the position (as in the YAML, or actor-issue)."),
    ]
    actor: Annotated[str, _f("Id of the actor holding it.", "russia"), AsColumn(references="actors")]
    issue: Annotated[
        str,
        _f("Id of the issue.", "russia-guarantor"),
        AsColumn(description="Key of the issue.", references="issues", in_briefing=True),
    ]
    stance: Annotated[
        str,
        _values(Stance),
        _f("The stance on the issue's proposition.", "supports"),
        AsColumn(description=f"{Stance.either()}."),
    ]
    summary: Annotated[str, _f("One neutral sentence.", "Wants Russia among the guarantors.")]
    conditions: Annotated[list[ConditionItem], _f("Conditions the actor attaches.", []), AsColumn(json=True)]
    said_on: Annotated[Dated | None, _f("When it was said, or (basis report) when it was reported.", None)]
    age_days: Annotated[
        int | None,
        _f("Days from the last day its date allows to the briefing's as-of date; null when undated.", 172),
    ]
    stale: Annotated[
        bool,
        _f(
            "Whether it is the latest position of its actor on its issue (its stance-matrix cell's) and older than "
            "the briefing's stale_after days at the as-of date.",
            True,
        ),
    ]
    independent_sources: Annotated[int, _f(_INDEPENDENT.format(what="it rests on"), 1)]
    evidence: Annotated[list[EvidenceItem], _f("The statements it rests on.", [])]


class AnswerItem(TypedDict):
    """How a question was settled."""

    summary: Annotated[str, _f("The answer.", "No."), AsColumn(name="", description="{}.")]
    as_of: Annotated[str | None, _f("When it was answered, YYYY-MM-DD.", "2025-09-05")]
    evidence: Annotated[list[EvidenceItem], _f("Quotes that show the answer.", [])]


class QuestionItem(TypedDict):
    """A question a careful reader is left with."""

    id: Annotated[Id, AsColumn(description="Id of the question.")]
    question: Annotated[str, _f("The question.", "Will the US back the force?")]
    why: Annotated[str, _f("Why it matters.", "Starmer makes it a condition.")]
    status: Annotated[str, _values(QuestionStatus), _f(f"{QuestionStatus.either()}.", "open")]
    actors: Annotated[list[str], _f("Ids of the actors whose moves would settle it.", ["us"])]
    issue: Annotated[
        str | None,
        _f("Id of its issue.", "us-backstop"),
        AsColumn(description="Key of its issue.", references="issues", in_briefing=True),
    ]
    answer: Annotated[AnswerItem | None, _f("How it was settled, when answered.", None)]


class OtherDateItem(TypedDict):
    """Another date given for the same event."""

    date: Annotated[Dated, _f("The other date and what it rests on.", None)]
    evidence: Annotated[list[EvidenceItem], _f("The words of the source that gives it.", [])]


class EventItem(TypedDict):
    """Something that happened or was scheduled."""

    id: Annotated[
        str,
        _f("The event's id, or its number in the briefing's timeline when none was given.", "paris"),
        AsColumn(description="Id of the event, or its number in the timeline."),
    ]
    date: Annotated[
        Dated, _f("When it happened, and what the date rests on.", None), AsColumn(description="When it happened")
    ]
    other_dates: Annotated[
        list[OtherDateItem],
        _f("Other dates given for it, when sources disagree.", []),
        AsColumn(
            description="Other dates sources give for it (JSON array of dates).", json=True, item="date", last=True
        ),
    ]
    what: Annotated[str, _f("What happened.", "Macron hosts a summit.")]
    actors: Annotated[list[str], _f("Ids of the actors taking part.", ["macron"])]
    evidence: Annotated[list[EvidenceItem], _f("Quotes that report it.", [])]


class RebuttalItem(TypedDict):
    """Who disputes a claim: a named actor (``by``), unnamed voices, the claim's own source, or another source."""

    by: Annotated[
        str | None,
        _f("Id of the actor who disputes the claim, when named.", None),
        AsColumn(description="Id of the actor who disputes it, when named.", references="actors"),
    ]
    unnamed: Annotated[str | None, _f("Unnamed voices who dispute it, as the source describes them.", "experts")]
    voice: Annotated[
        Literal["named", "unnamed", "source", "sources"],
        _f("A named actor, unnamed voices, the claim's own source, or another source (sources disagree).", "unnamed"),
        AsColumn(description="named, unnamed, source (the claim's own) or sources (another source)."),
    ]
    kind: Annotated[
        str,
        _values(RebuttalKind),
        _f("Disputes a fact (factual) or the reading (argument).", "factual"),
        AsColumn(description="factual (disputes a fact) or argument (disputes the reading)."),
    ]
    summary: Annotated[str, _f("The rebuttal, attributed.", "Experts call it dishonest.")]
    evidence: Annotated[list[EvidenceItem], _f("The rebuttal's words.", [])]


class SupportItem(TypedDict):
    """Another source bearing a claim out."""

    by: Annotated[str | None, _f("Id of the actor who bears it out, when named.", None)]
    unnamed: Annotated[str | None, _f("Unnamed voices who bear it out, as the source describes them.", None)]
    summary: Annotated[str, _f("The support, attributed.", "A second outlet reports the same figure.")]
    evidence: Annotated[list[EvidenceItem], _f("Its words, from a source other than the claim's.", [])]


class ClaimItem(TypedDict):
    """A claim made by any side, with who disputes it."""

    id: Annotated[Id, AsColumn(description="Id of the claim.")]
    claim: Annotated[str, _f("The claim, attributed.", "The war is close to ending.")]
    claimants: Annotated[list[str], _f("Ids of the actors who made it.", ["putin"])]
    disputed_by: Annotated[list[str], _f("Ids of the named actors who dispute it.", [])]
    issue: Annotated[
        str | None,
        _f("Id of its issue.", None),
        AsColumn(description="Key of its issue.", references="issues", in_briefing=True),
    ]
    independent_sources: Annotated[int, _f(_INDEPENDENT.format(what="make it or bear it out"), 1)]
    evidence: Annotated[list[EvidenceItem], _f("The statements that make it.", [])]
    rebuttals: Annotated[list[RebuttalItem], _f("Who disputes it and how; empty when no source does.", [])]
    support: Annotated[
        list[SupportItem],
        _f("Other sources that bear it out (corroboration); empty when none does.", []),
        AsColumn(json=True),
    ]
    note: Annotated[OptionalText, _f("Our own comment on it, not a source's.", None)]


class BasisItem(TypedDict):
    """One thing a key judgement rests on, or that cuts against it."""

    kind: Annotated[
        Literal["position", "claim", "event", "question"],
        _f("What it is: position, claim, event or question.", "claim"),
    ]
    id: Annotated[str, _f("Its id in the briefing (an event's number when it has none).", "troops-significant-number")]
    direction: Annotated[
        Literal["supports", "against"], _f("Whether it supports the judgement or cuts against it.", "supports")
    ]


class IndicatorItem(TypedDict):
    """What would change our view of a judgement."""

    indicator: Annotated[str, _f("What would change our view.", "A US backstop is announced.")]
    question: Annotated[str | None, _f("Id of the question that tracks it.", "us-backstop")]


class StepItem(TypedDict):
    """How likely a judgement stood at one edition."""

    date: Annotated[str, _f("The edition's date, YYYY-MM-DD.", "2025-03-17")]
    likelihood: Annotated[str, _values(Likelihood), _f("Its likelihood at that edition.", "likely")]
    why: Annotated[str | None, _f("Why it moved from there to the next step.", None)]


class OutcomeItem(TypedDict):
    """How a key judgement resolved."""

    result: Annotated[str, _values(Outcome), _f(f"{Outcome.either()}.", "happened")]
    on: Annotated[str, _f("When it resolved, YYYY-MM-DD.", "2025-12-31")]
    note: Annotated[str | None, _f("Our note on how it resolved.", None)]
    scored_at: Annotated[
        float | None,
        _f("The probability it is scored at (its band's midpoint at the last edition before it resolved).", 0.675),
    ]
    evidence: Annotated[list[EvidenceItem], _f("Quotes that show how it resolved.", [])]


class JudgementItem(TypedDict):
    """A key judgement: our assessment, what it rests on, by when it is settled and how it resolved."""

    id: Annotated[Id, AsColumn(description="Id of the judgement.")]
    statement: Annotated[str, _f("The judgement, in the briefing's voice.", "No force deploys before a ceasefire.")]
    likelihood: Annotated[str, _values(Likelihood), _f("Its likelihood at the latest edition.", "very-likely")]
    confidence: Annotated[str, _values(Confidence), _f(f"{Confidence.either()}.", "moderate")]
    horizon: Annotated[
        DateValue | None, _f("By when it should hold or fail.", None), AsColumn(description="Its horizon")
    ]
    question: Annotated[
        str | None,
        _f("Id of the question whose answer settles it.", "deploy-before-ceasefire"),
        AsColumn(description="Key of the question that settles it.", references="questions", in_briefing=True),
    ]
    criteria: Annotated[str | None, _f("What settles it, when no question does.", None)]
    reasoning: Annotated[str | None, _f("Why we judge so.", None)]
    assumptions: Annotated[list[str], _f("Its key assumptions.", [])]
    indicators: Annotated[list[IndicatorItem], _f("What would change our view.", []), AsColumn(json=True)]
    alternative: Annotated[str | None, _f("The strongest case against it.", None)]
    basis: Annotated[list[BasisItem], _f("What it rests on and what cuts against it.", []), AsColumn(json=True)]
    history: Annotated[list[StepItem], _f("Its likelihood at each edition, oldest first.", []), AsColumn(json=True)]
    outcome: Annotated[OutcomeItem | None, _f("How it resolved, once it has.", None)]


class EditionItem(TypedDict):
    """One edition of a briefing."""

    date: Annotated[str, _f("The edition's date, YYYY-MM-DD.", "2025-09-05")]
    note: Annotated[str | None, _f("What the edition is about.", None)]
    sources: Annotated[list[str], _f("Ids of the sources it added.", [])]


class SourceMixItem(TypedDict):
    """Where a briefing's evidence comes from, each count with its total, as its page's source mix says."""

    quotations: Annotated[int, _f("The quoted passages of its positions and claims, each counted once.", 35)]
    second_hand: Annotated[
        int, _f("Of those quotations, how many arrive second-hand (via: a go-between, an agency, journalists).", 9)
    ]
    positions_and_claims: Annotated[int, _f("Its positions and claims.", 24)]
    single_source: Annotated[
        int, _f("Of those positions and claims, how many rest on one independent source (independent_sources 1).", 24)
    ]
    stance_cells: Annotated[int, _f("Its stance-matrix cells: an actor's latest position on an issue.", 14)]
    stale: Annotated[int, _f("Of those cells, how many rest on evidence older than stale_after days.", 6)]


class BriefingItem(TypedDict):
    """One story."""

    id: Annotated[Id, AsColumn(description="Id of the briefing (its file name in briefings/).")]
    title: Annotated[str, _f("Title.", "The coalition of the willing")]
    summary: Annotated[str, _f("A short neutral summary.", "European leaders plan a force.")]
    as_of: Annotated[str, _f("The date it is current as of, YYYY-MM-DD.", "2025-09-05")]
    sources: Annotated[list[str], _f("Ids of its sources.", ["putin-rejects-boots-on-the-ground"])]
    sides: Annotated[list[SideItem], _f("Its sides.", [])]
    issues: Annotated[list[IssueItem], _f("Its propositions.", [])]
    positions: Annotated[list[PositionItem], _f("Who holds which stance.", [])]
    questions: Annotated[list[QuestionItem], _f("Open and settled questions.", [])]
    events: Annotated[list[EventItem], _f("The timeline, by date.", [])]
    claims: Annotated[list[ClaimItem], _f("Claims from every side.", [])]
    status: Annotated[str, _values(BriefingStatus), _f(f"{BriefingStatus.either()}.", "live")]
    stale_after: Annotated[
        int, _f("Days before the as-of date after which a stance-matrix cell's latest evidence is stale.", 90)
    ]
    source_mix: Annotated[SourceMixItem | None, _f("Where its evidence comes from, each count with its total.", None)]
    bottom_line: Annotated[str | None, _f("Our assessment in two or three sentences.", None)]
    judgements: Annotated[list[JudgementItem], _f("Key judgements, each with its basis, history and outcome.", [])]
    editions: Annotated[list[EditionItem], _f("Its editions, oldest first.", []), AsColumn(json=True)]


class Dataset(TypedDict):
    """Every source, actor and briefing of a project, validated and linked."""

    format_version: Annotated[int, _f("Raised when the shape changes in a way that breaks readers.", FORMAT_VERSION)]
    generator: Annotated[str, _f("The program and version that wrote it.", "briefing-generator 0.1.0")]
    sources: Annotated[list[SourceItem], _f("Every seed article.", [])]
    actors: Annotated[list[ActorItem], _f("Every actor.", [])]
    briefings: Annotated[list[BriefingItem], _f("Every briefing.", [])]


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
        "generator": f"{PROGRAM} {__version__}",
        "sources": [_source(s) for s in sorted(site.sources.values(), key=lambda s: s.id)],
        "actors": [_actor(a) for a in sorted(site.actors.values(), key=lambda a: a.id)],
        "briefings": [_briefing(b) for b in site.briefings],
    }


def to_json(site: Site) -> str:
    """The dataset as JSON text, keys in a stable order."""
    return json_text(dataset(site))


def json_text(data: Dataset) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _when(when: When) -> DateValue:
    return {
        "date": when.date.isoformat(),
        "precision": when.unit.value,
        "approximate": when.approximate,
        "text": when.text,
    }


def _dated(dating: Dating) -> Dated:
    return {
        **_when(dating.when),
        "text": dating.text,
        "basis": dating.basis.value,
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
            "kind": ev.kind.value if ev.kind else None,
            "speaker": ev.speaker.id if ev.speaker else None,
            "via": {
                "actor": ev.via.actor.id if ev.via.actor else None,
                "unnamed": ev.via.unnamed,
                "to": ev.via.to,
                "relay": ev.via.relay,
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
        "headline_by": s.headline_by.value,
        "outlet": s.outlet.name if s.outlet else None,
        "outlet_id": s.outlet.id if s.outlet else None,
        "outlet_country": s.outlet.country if s.outlet else None,
        "outlet_kind": s.outlet.kind.value if s.outlet else None,
        "url": s.url,
        "published": _when(s.when) if s.when else None,
        "date_basis": basis,
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


def _position(p: Position, b: Briefing) -> PositionItem:
    return {
        "id": p.anchor,
        "actor": p.actor.id,
        "issue": p.issue.id,
        "stance": p.stance.value,
        "summary": p.summary,
        "conditions": [
            {"condition": c.text, "issue": c.issue.id if c.issue else None, "question": c.question}
            for c in p.conditions
        ],
        "said_on": _dated(p.dating) if p.dating else None,
        "age_days": b.age_of(p),
        "stale": p.anchor in b.latest_positions and b.is_stale(p),
        "independent_sources": p.independent_sources,
        "evidence": _evidence(p.evidence),
    }


def _question(q: Question) -> QuestionItem:
    return {
        "id": q.id,
        "question": q.question,
        "why": q.why,
        "status": q.status.value,
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
        "independent_sources": c.independent_sources,
        "evidence": _evidence(c.evidence),
        "rebuttals": [
            {
                "by": r.by.id if r.by else None,
                "unnamed": r.unnamed,
                "voice": r.voice,  # type: ignore[typeddict-item]
                "kind": r.kind.value,
                "summary": r.summary,
                "evidence": _evidence(r.evidence),
            }
            for r in c.rebuttals
        ],
        "support": [
            {
                "by": s.by.id if s.by else None,
                "unnamed": s.unnamed,
                "summary": s.summary,
                "evidence": _evidence(s.evidence),
            }
            for s in c.support
        ],
        "note": c.note,
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
            {"id": i.id, "title": i.title, "proposition": i.proposition, "description": i.description} for i in b.issues
        ],
        "positions": [_position(p, b) for p in b.positions],
        "questions": [_question(q) for q in b.questions],
        "events": [_event(e) for e in b.timeline],
        "claims": [_claim(c) for c in b.claims],
        "status": b.status.value,
        "stale_after": b.stale_after,
        "source_mix": _source_mix(b.source_mix) if b.source_mix else None,
        "bottom_line": b.bottom_line,
        "judgements": [_judgement(j) for j in b.judgements],
        "editions": [
            {"date": e.date.isoformat(), "note": e.note, "sources": [s.id for s in e.sources]} for e in b.editions
        ],
    }


def _source_mix(m: SourceMix) -> SourceMixItem:
    return {
        "quotations": m.quotations,
        "second_hand": m.second_hand_count,
        "positions_and_claims": m.items,
        "single_source": m.single,
        "stance_cells": m.cells,
        "stale": m.stale,
    }


def _basis(x: Position | Claim | Event | Question, direction: Literal["supports", "against"]) -> BasisItem:
    if isinstance(x, Position):
        return {"kind": "position", "id": x.anchor, "direction": direction}
    if isinstance(x, Claim):
        return {"kind": "claim", "id": x.id, "direction": direction}
    if isinstance(x, Event):
        return {"kind": "event", "id": x.anchor.removeprefix(f"event-{x.briefing}-"), "direction": direction}
    return {"kind": "question", "id": x.id, "direction": direction}


def _judgement(j: Judgement) -> JudgementItem:
    o = j.outcome
    return {
        "id": j.id,
        "statement": j.statement,
        "likelihood": j.likelihood.value,
        "confidence": j.confidence.value,
        "horizon": _when(j.horizon) if j.horizon else None,
        "question": j.question.id if j.question else None,
        "criteria": j.criteria,
        "reasoning": j.reasoning,
        "assumptions": list(j.assumptions),
        "indicators": [
            {"indicator": i.indicator, "question": i.question.id if i.question else None} for i in j.indicators
        ],
        "alternative": j.alternative,
        "basis": [_basis(x, "supports") for x in j.basis] + [_basis(x, "against") for x in j.against],
        "history": [{"date": s.date.isoformat(), "likelihood": s.likelihood.value, "why": s.why} for s in j.history],
        "outcome": {
            "result": o.result.value,
            "on": o.on.isoformat(),
            "note": o.note,
            "scored_at": None if o.result is Outcome.VOID else probability(j.scored_likelihood),
            "evidence": _evidence(o.evidence),
        }
        if o
        else None,
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
