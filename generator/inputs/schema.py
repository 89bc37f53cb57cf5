"""Input models: the shape of what a person types, one pydantic model per YAML mapping.

These models are strict (``extra="forbid"``) and carry a description and an
example for every field; ``python -m generator schema`` turns them into the JSON
Schema that editors use. They describe single files only: whether an actor id
exists or a quote is in its source is checked later, in :mod:`generator.validate`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, GetJsonSchemaHandler, StringConstraints
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError

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
    Standing,
    Tense,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
#: The longest id, wherever ids are made: in a file, from a file name, by ``import --id``.
MAX_ID_LENGTH = 80
#: Ids a briefing, actor or source cannot have: their page would take the place of the list of them all.
#: (MkDocs also reads ``README.md`` as a folder's index page, but ids are lower case: ``readme`` is free.)
RESERVED_IDS = frozenset({"index"})
#: Source and briefing ids that would name a page of the sources or briefings listed by period
#: (``sources/2025-09.md``, ``sources/undated.md``, ``briefings/2025.md``).
SOURCE_PERIODS = re.compile(r"(\d{4}(-(0[1-9]|1[0-2]))?|undated)(-part-[1-9]\d*)?")

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


#: Stances that contradict each other: one quote cannot back both.
OPPOSITE_STANCES = {
    frozenset({Stance.SUPPORTS, Stance.OPPOSES}),
    frozenset({Stance.TENTATIVE, Stance.OPPOSES}),
}


# --- Evidence --------------------------------------------------------------------------

_EXAMPLE_SOURCE = "putin-rejects-boots-on-the-ground"
_EXAMPLE_EVIDENCE = [{"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot."}]
_EXAMPLE_REPORTED = {"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot.", "kind": "reported"}
_EXAMPLE_STATEMENT = [
    {
        "source": _EXAMPLE_SOURCE,
        "quote": "Definitely not, they cannot.",
        "kind": "direct",
        "speaker": "kremlin",
        "via": {"actor": "peskov", "to": "Russian state media"},
    }
]


class Evidence(_Model):
    """A passage of a source, quoted exactly, that backs what it is attached to."""

    source: Id = Field(description="Id of the seed article quoted.", examples=[_EXAMPLE_SOURCE])
    quote: Text = Field(
        description="The exact words of the source (white space, quote marks and dashes may differ).",
        examples=["Definitely not, they cannot."],
    )


class Via(_Model):
    """Through whom a statement reached the source: a named or unnamed go-between, to whom it was said, and who or
    what passed it on."""

    actor: Id | None = Field(None, description="Id of a named go-between, such as a spokesperson.", examples=["peskov"])
    unnamed: Text | None = Field(
        None,
        description="A go-between the source does not name, as the source describes them.",
        examples=["a Number 10 spokeswoman"],
    )
    to: Text | None = Field(
        None, description="Who the words were said to: a news agency, journalists.", examples=["TASS"]
    )
    relay: Text | None = Field(
        None,
        description="Who or what passed the words on, as the source names them: a document, another outlet.",
        examples=["the lawsuit"],
    )


class Statement(Evidence):
    """Evidence of what someone holds: the passage, whose words it is, through whom, and what kind of passage."""

    kind: EvidenceKind = Field(
        description="direct (the speaker's own words, in quotation marks in the source), reported (the source's "
        "account of what the speaker said) or framing (the source's own words: headline, opening line, summary).",
        examples=["direct"],
    )
    speaker: Id | None = Field(
        None,
        description="Id of the actor whose statement this is. Default: the actor holding the position. "
        "A different speaker must speak for that actor (a `speaks-for` or `leads` relation).",
        examples=["kremlin"],
    )
    via: Via | None = Field(
        None,
        description="Through whom the statement came, if anyone: a spokesperson, an unnamed official, a news agency.",
        examples=[{"actor": "peskov", "to": "Russian state media"}],
    )


EvidenceList = Annotated[list[Evidence], Field(min_length=1)]
StatementList = Annotated[list[Statement], Field(min_length=1)]


class DateSpec(_Model):
    """When something was said or happened, as precisely as the source allows and no more."""

    date: PartialDate | None = Field(
        None,
        description="YYYY-MM-DD, YYYY-MM or YYYY. May be left out when `relative` gives it.",
        examples=["2025-09-03"],
    )
    precision: Precision | None = Field(
        None,
        description=f"{Precision.either()}; by default what the date's form says.",
        examples=["approximate"],
    )
    relative: Text | None = Field(
        None,
        description="The article's words for the date ('on Wednesday', 'recently'), resolved against the date of "
        "the first evidence's source.",
        examples=["recently"],
    )
    tense: Tense = Field(
        Tense.PAST, description=f"{Tense.either()}: whether `relative` looks back or ahead.", examples=["past"]
    )
    outside: Text | None = Field(
        None,
        description="When the date comes from outside the sources: what it rests on. The site marks such dates.",
        examples=["The Elysee announced the summit for Thursday 4 September 2025."],
    )


# --- The actor registry ----------------------------------------------------------------


class ActorRelation(_Model):
    """How an actor stands to another, with the evidence for it or marked as background knowledge."""

    relation: Relation = Field(description="The kind of relation.", examples=["speaks-for"])
    actor: Id = Field(description="Id of the other actor.", examples=["kremlin"])
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Quotes that show the relation; the relation is then dated by its sources.",
        examples=[[{"source": _EXAMPLE_SOURCE, "quote": "Dmitry Peskov, the Kremlin’s spokesperson"}]],
    )
    background: Text | None = Field(
        None,
        description="When no source shows the relation: the background knowledge it rests on. Shown as such.",
        examples=["Peskov has been the Kremlin's press secretary since 2012."],
    )


class Actor(_Model):
    """A person, state or organisation that takes positions or appears in events."""

    id: Id = Field(description="Short stable id; also the actor page's file name.", examples=["starmer"])
    name: Text = Field(description="Full name as the site shows it.", examples=["Keir Starmer"])
    kind: ActorKind = Field(description="What sort of actor this is.", examples=["person"])
    standing: Standing = Field(
        description="The weight the actor's voice carries; the stance matrix orders actors by it.",
        examples=["head-of-state-or-government"],
    )
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
        description="Relations to other actors, each with evidence or marked as background knowledge.",
        examples=[[{"relation": "leads", "actor": "uk", "background": "Prime Minister since July 2024."}]],
    )


class Outlet(_Model):
    """A publication that sources come from."""

    id: Id = Field(description="Short stable id; seeds name their outlet by it.", examples=["lbc"])
    name: Text = Field(description="The outlet's name as the site shows it.", examples=["LBC"])
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="ISO 3166-1 alpha-2 code of the country it is based in, in quotes.", examples=["GB"]
    )
    kind: OutletKind = Field(description=f"{OutletKind.either()}.", examples=["broadcaster"])
    url: Annotated[str, StringConstraints(pattern=r'^https?://[^\s<>"]+$')] | None = Field(
        None, description="The outlet's home page.", examples=["https://www.lbc.co.uk/"]
    )


class OutletRegistry(_Model):
    """``briefings/outlets.yaml``: the outlets sources come from."""

    outlets: list[Outlet] = Field(
        description="The outlets, in any order.",
        examples=[[{"id": "lbc", "name": "LBC", "country": "GB", "kind": "broadcaster"}]],
    )


class ActorRegistry(_Model):
    """``briefings/actors.yaml``: every actor, shared by all briefings."""

    actors: list[Actor] = Field(
        description="The actors, in any order.",
        examples=[[{"id": "peskov", "name": "Dmitry Peskov", "kind": "person", "standing": "official-spokesperson"}]],
    )


# --- A briefing ------------------------------------------------------------------------


class Issue(_Model):
    """A proposition actors take stances on: they support it, oppose it, or something between."""

    id: Id = Field(description="Short stable id.", examples=["russia-guarantor"])
    title: Text = Field(description="The issue in a few words.", examples=["Russia as a guarantor"])
    proposition: Text = Field(
        description="A statement one can support or oppose; every stance on the issue is a stance on it.",
        examples=["Russia should be one of the guarantors of a settlement."],
    )
    description: Text | None = Field(
        None,
        description="What is at stake, neutrally put.",
        examples=["Moscow wants a say in any guarantees; Kyiv rejects it."],
    )


class Condition(_Model):
    """A condition an actor attaches, pointing at the issue or question it depends on."""

    condition: Text = Field(description="The condition, in a few words.", examples=["A US security guarantee"])
    issue: Id | None = Field(None, description="The issue of this briefing it depends on.", examples=["us-backstop"])
    question: Id | None = Field(
        None, description="The question of this briefing it depends on.", examples=["us-backstop"]
    )


def _condition_from_text(value: Any) -> Any:
    """A condition written as plain text is a condition that points nowhere."""
    return {"condition": value} if isinstance(value, str) else value


class _TextOrMapping:
    """JSON Schema for a mapping that may also be written as plain text (its first field)."""

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string", "minLength": 1}, handler(core_schema)]}


ConditionItem = Annotated[Condition, BeforeValidator(_condition_from_text), _TextOrMapping]


class Position(_Model):
    """What one actor holds on one issue's proposition, backed by statements."""

    id: Id | None = Field(
        None,
        description="Short stable id, for key judgements to rest on; by default actor-issue-date.",
        examples=["russia-foreign-troops-sep"],
    )
    actor: Id = Field(description="Id of the actor holding the position.", examples=["russia"])
    issue: Id = Field(description="Id of an issue of this briefing.", examples=["foreign-troops"])
    stance: Stance = Field(
        description=f"{Stance.either()}: a stance on the issue's proposition.",
        examples=["opposes"],
    )
    summary: Text = Field(
        description="One neutral sentence, in the annotator's words.",
        examples=["Rejects any foreign troops in Ukraine."],
    )
    conditions: list[ConditionItem] = Field(
        default_factory=list,
        description="Conditions the actor attaches (then the stance is conditional): text, or a mapping that "
        "points at the issue or question the condition depends on.",
        examples=[[{"condition": "A US security guarantee", "issue": "us-backstop"}]],
    )
    said_on: DateSpec | None = Field(
        None,
        description="When the actor said it, if the source says. Left out, the position is dated by its report.",
        examples=[{"relative": "recently"}],
    )
    evidence: StatementList = Field(
        description="One or more statements that show the position.", examples=[_EXAMPLE_STATEMENT]
    )


class Answer(_Model):
    """How a question was settled, with the evidence."""

    summary: Text = Field(
        description="The answer in one sentence.", examples=["The Alaska meeting brought no significant developments."]
    )
    as_of: IsoDate | None = Field(None, description="When it was answered.", examples=["2025-09-05"])
    evidence: EvidenceList = Field(description="Quotes that show the answer.", examples=[_EXAMPLE_EVIDENCE])


class SettledBy(_Model):
    """A question's own test, when a statement settles it: this actor taking a position on this issue."""

    actor: Id = Field(description="The actor whose statement settles the question.", examples=["us"])
    issue: Id = Field(description="The issue of this briefing the statement is on.", examples=["us-backstop"])


class Question(_Model):
    """A question a careful reader is left with."""

    id: Id = Field(description="Short stable id; the anchor on the questions page.", examples=["us-backstop"])
    question: Text = Field(description="The question, as a question.", examples=["Will the US back a European force?"])
    why: Text = Field(
        description="Why it matters.", examples=["Starmer says the coalition can deploy only with a US backstop."]
    )
    status: QuestionStatus = Field(QuestionStatus.OPEN, description=f"{QuestionStatus.either()}.", examples=["open"])
    actors: list[Id] = Field(default_factory=list, description="Actors whose moves would settle it.", examples=[["us"]])
    issue: Id | None = Field(None, description="The issue it belongs to, if any.", examples=["us-backstop"])
    settles: Text | None = Field(
        None,
        description="What would settle it: the event or statement to watch for.",
        examples=["A US statement committing air support or intelligence to a European force."],
    )
    settled_by: SettledBy | None = Field(
        None,
        description="When a statement settles it, whose and on what: once a position of that actor on that issue "
        "is recorded after the question was opened, check warns while the question stays open (BRF113).",
        examples=[{"actor": "us", "issue": "us-backstop"}],
    )
    horizon: PartialDate | None = Field(
        None,
        description="By when it should be settled, YYYY-MM-DD, YYYY-MM or YYYY; 'What to watch' lists the soonest "
        "first.",
        examples=["2025-12"],
    )
    reviewed: IsoDate | None = Field(
        None, description="When the question was last reviewed, YYYY-MM-DD.", examples=["2025-09-05"]
    )
    opened: IsoDate | None = Field(
        None,
        description="When the question was first asked, YYYY-MM-DD; by default the first edition.",
        examples=["2025-03-17"],
    )
    answer: Answer | None = Field(
        None,
        description="Required when status is answered.",
        examples=[{"summary": "No.", "as_of": "2025-09-05", "evidence": _EXAMPLE_EVIDENCE}],
    )


class OtherDate(DateSpec):
    """Another date given for the same event: by another source (with its evidence), or from outside the sources."""

    evidence: list[Evidence] = Field(
        default_factory=list,
        description="The words of the source that gives this date; its source resolves `relative`.",
        examples=[[{"source": "paris-summit-report", "quote": "on Thursday"}]],
    )


class Event(_Model):
    """Something that happened (or was scheduled), dated as precisely as its source allows."""

    id: Id | None = Field(
        None, description="Short stable id, for key judgements to rest on.", examples=["paris-summit"]
    )
    date: PartialDate | None = Field(
        None,
        description="YYYY-MM-DD, YYYY-MM or YYYY, when the words quoted give it. May be left out when `relative` "
        "gives it; with neither, the event is dated by its report ('by 5 September 2025').",
        examples=["2025-09-03", "2025-08", "2022"],
    )
    precision: Precision | None = Field(
        None,
        description=f"{Precision.either()}; by default what the date's form says.",
        examples=["approximate"],
    )
    relative: Text | None = Field(
        None,
        description="The article's words for the date ('on Tuesday', 'last month'), resolved against the source date.",
        examples=["on Wednesday"],
    )
    tense: Tense = Field(
        Tense.PAST, description=f"{Tense.either()}: whether `relative` looks back or ahead.", examples=["past"]
    )
    outside: Text | None = Field(
        None,
        description="When the date comes from outside the sources: what it rests on. The site marks such dates.",
        examples=["The Russian presidential election was held on 15-17 March 2024."],
    )
    other_dates: list[OtherDate] = Field(
        default_factory=list,
        description="Other dates given for the same event, by another source or from outside the sources; the "
        "site shows that the dates disagree.",
        examples=[[{"date": "2025-09-04", "outside": "The Elysee announced the summit for Thursday 4 September."}]],
    )
    what: Text = Field(
        description="What happened, in one sentence.", examples=["Macron hosts a coalition summit in Paris."]
    )
    actors: list[Id] = Field(default_factory=list, description="Actors taking part.", examples=[["macron", "starmer"]])
    evidence: EvidenceList = Field(
        description="Quotes that report the event; the first one's source resolves `relative`.",
        examples=[_EXAMPLE_EVIDENCE],
    )


class Rebuttal(_Model):
    """Who disputes a claim, on what grounds, with their words: a named actor, unnamed voices, or the outlet itself."""

    by: Id | None = Field(None, description="Id of the actor who disputes the claim, when named.", examples=["ukraine"])
    unnamed: Text | None = Field(
        None,
        description="Who disputes it, as the source describes them, when it does not name them.",
        examples=["experts"],
    )
    kind: RebuttalKind = Field(
        description="factual (disputes a fact, with facts) or argument (disputes the reading, motive or logic).",
        examples=["argument"],
    )
    summary: Text = Field(
        description="The rebuttal in one sentence, attributed to who disputes the claim (your own reading of the "
        "evidence is the claim's `note`).",
        examples=["Experts quoted in the article call the comments dishonest."],
    )
    evidence: StatementList = Field(
        description="The rebuttal's words; `speaker` defaults to `by`. Without `by` or `unnamed`, the outlet's own "
        "words (kind framing).",
        examples=[[{"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot.", "kind": "framing"}]],
    )


class Support(_Model):
    """Another source bearing a claim out: a named actor, unnamed voices, or the outlet itself, in its words."""

    by: Id | None = Field(None, description="Id of the actor who bears the claim out, when named.", examples=["us"])
    unnamed: Text | None = Field(
        None,
        description="Who bears it out, as the source describes them, when it does not name them.",
        examples=["diplomats"],
    )
    summary: Text = Field(
        description="The support in one sentence, attributed.",
        examples=["A second outlet reports the same figure."],
    )
    evidence: StatementList = Field(
        description="Its words, from a source other than the claim's; `speaker` defaults to `by`. Without `by` or "
        "`unnamed`, the outlet's own words (kind framing).",
        examples=[[{"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot.", "kind": "framing"}]],
    )


class Claim(_Model):
    """A claim of fact or interpretation by some actors, with who disputes it; claims from every side."""

    id: Id = Field(description="Short stable id.", examples=["zelenskyy-mandate"])
    claim: Text = Field(description="The claim, attributed.", examples=["Zelenskyy is not democratically elected."])
    claimants: Annotated[list[Id], Field(min_length=1)] = Field(
        description="Who made the claim.", examples=[["russia", "us"]]
    )
    issue: Id | None = Field(None, description="The issue it belongs to, if any.", examples=["zelenskyy-mandate"])
    evidence: StatementList = Field(
        description="Statements that make the claim; `speaker` (one of the claimants) defaults to the first.",
        examples=[[{"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot.", "kind": "reported"}]],
    )
    rebuttals: list[Rebuttal] = Field(
        default_factory=list,
        description="Who disputes the claim, in any source; none means no source disputes it.",
        examples=[
            [
                {
                    "unnamed": "experts",
                    "kind": "argument",
                    "summary": "Experts call it dishonest.",
                    "evidence": [
                        {"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot.", "kind": "reported"}
                    ],
                }
            ]
        ],
    )
    support: list[Support] = Field(
        default_factory=list,
        description="Other sources that bear the claim out (corroboration), each citing a source other than the "
        "claim's.",
        examples=[[]],
    )
    note: Text | None = Field(
        None,
        description="Our own comment on the claim (what the sources do or do not show), shown as ours: never "
        "presented as a source's dispute.",
        examples=["Neither article reports a US commitment to match."],
    )


class JudgementBasis(_Model):
    """What a key judgement rests on: ids of positions, claims, events and questions of the briefing."""

    positions: list[Id] = Field(default_factory=list, description="Ids of positions.", examples=[["russia-guarantor"]])
    claims: list[Id] = Field(default_factory=list, description="Ids of claims.", examples=[["unbreakable-pledge"]])
    events: list[Id] = Field(default_factory=list, description="Ids of timeline events.", examples=[["paris-summit"]])
    questions: list[Id] = Field(default_factory=list, description="Ids of questions.", examples=[["us-backstop"]])


class Indicator(_Model):
    """A sign that would change our view of a judgement, optionally the question that tracks it."""

    indicator: Text = Field(
        description="What would change our view, in a few words.",
        examples=["The US commits air support to a European force."],
    )
    question: Id | None = Field(
        None, description="The question of this briefing that tracks it.", examples=["us-backstop"]
    )


def _indicator_from_text(value: Any) -> Any:
    """An indicator written as plain text is one that no question tracks."""
    return {"indicator": value} if isinstance(value, str) else value


IndicatorItem = Annotated[Indicator, BeforeValidator(_indicator_from_text), _TextOrMapping]


class JudgementOutcome(_Model):
    """How a key judgement resolved, when, and on what evidence."""

    result: Outcome = Field(description=f"{Outcome.either()}.", examples=["happened"])
    on: IsoDate = Field(description="When it resolved, YYYY-MM-DD.", examples=["2025-12-01"])
    note: Text | None = Field(
        None, description="Our note on how it resolved, shown as ours.", examples=["No force deployed in 2025."]
    )
    evidence: list[Evidence] = Field(
        default_factory=list, description="Quotes that show how it resolved.", examples=[_EXAMPLE_EVIDENCE]
    )


class LikelihoodStep(_Model):
    """How likely a key judgement stood at an earlier edition, and why it moved from there."""

    date: IsoDate = Field(description="The edition's date, YYYY-MM-DD.", examples=["2025-03-17"])
    likelihood: Likelihood = Field(
        description="Its estimate at that edition, on the same seven-step scale.", examples=["likely"]
    )
    why: Text | None = Field(
        None,
        description="Why it moved from there to the next step (or to today's likelihood).",
        examples=["The coalition's September vow tied any deployment to a ceasefire."],
    )


class Judgement(_Model):
    """A key judgement: the briefing's own assessment, with its likelihood, confidence and basis."""

    id: Id = Field(description="Short stable id.", examples=["no-deployment-before-ceasefire"])
    statement: Text = Field(
        description="The judgement, in one or two sentences, in the briefing's own voice.",
        examples=["No European force will deploy to Ukraine before a ceasefire."],
    )
    likelihood: Likelihood = Field(
        description="How likely it is, on the seven-step scale from almost-no-chance to almost-certain.",
        examples=["very-likely"],
    )
    confidence: Confidence = Field(
        description=f"{Confidence.either()}: how well the evidence supports the judgement.", examples=["moderate"]
    )
    basis: JudgementBasis = Field(
        description="What it rests on; every id must resolve, and a judgement resting on nothing is an error.",
        examples=[{"positions": ["coalition-foreign-troops"], "claims": ["troops-significant-number"]}],
    )
    against: JudgementBasis = Field(
        default_factory=JudgementBasis,
        description="What cuts against it: ids of positions, claims, events and questions, shown apart from its "
        "basis; every id must resolve.",
        examples=[{"positions": ["giles-troops-now"]}],
    )
    horizon: PartialDate | None = Field(
        None,
        description="By when it is expected to hold or fail, YYYY-MM-DD, YYYY-MM or YYYY; a judgement without one "
        "is a warning, and one past it with no outcome is a warning.",
        examples=["2025-12"],
    )
    question: Id | None = Field(
        None,
        description="The question of this briefing whose answer settles it (or give 'criteria').",
        examples=["deploy-before-ceasefire"],
    )
    criteria: Text | None = Field(
        None,
        description="What settles it, in a sentence, when no question of the briefing does.",
        examples=["A European force deployed in Ukraine with no ceasefire in force."],
    )
    reasoning: Text | None = Field(
        None,
        description="Why we judge so, in one or two sentences.",
        examples=["Every government that would send troops ties them to a ceasefire first."],
    )
    assumptions: list[Text] = Field(
        default_factory=list,
        description="Key assumptions: what must hold for the judgement to stand.",
        examples=[["The coalition's members keep their stated conditions."]],
    )
    indicators: list[IndicatorItem] = Field(
        default_factory=list,
        description="What would change our view; each plain text, or a mapping with the question that tracks it.",
        examples=[[{"indicator": "A US backstop is announced.", "question": "us-backstop"}]],
    )
    alternative: Text | None = Field(
        None,
        description="The strongest case against the judgement, in our words (the analysis of alternatives).",
        examples=["A coalition member could send trainers before a ceasefire, as Giles urges."],
    )
    history: list[LikelihoodStep] = Field(
        default_factory=list,
        description="Its likelihood at earlier editions, oldest first, each with why it moved; 'likelihood' is "
        "today's (the briefing's latest edition).",
        examples=[[{"date": "2025-03-17", "likelihood": "likely", "why": "The September vow named a ceasefire."}]],
    )
    outcome: JudgementOutcome | None = Field(
        None,
        description="How it resolved, once it has: happened, did-not-happen or void, when, and the evidence.",
        examples=[{"result": "did-not-happen", "on": "2025-12-31", "note": "No force deployed in 2025."}],
    )


#: The most takeaways an edition may have: a reader takes in five points, not fifteen.
MAX_TAKEAWAYS = 5

#: A stance-matrix cell whose latest evidence is more days than this before the as-of date is marked stale.
STALE_AFTER_DAYS = 90


class Takeaway(_Model):
    """A key takeaway of an edition: what happened, in one sentence, dated and sourced; not our assessment.

    It rests on one timeline event (and takes its date and evidence from it) or on evidence of its own,
    dated like an event: by the words quoted, the article's relative words, or else by its report.
    """

    what: Text = Field(
        description="What happened, in one sentence, in the sources' terms (our judgement goes in 'judgements').",
        examples=["Coalition leaders vowed to deploy troops if a ceasefire deal is reached."],
    )
    event: Id | None = Field(
        None,
        description="Id of the timeline event it reports; the takeaway then has that event's date and evidence.",
        examples=["coalition-vow"],
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Quotes that report it, when it is not an event of the timeline; the first one's source dates it.",
        examples=[_EXAMPLE_EVIDENCE],
    )
    date: PartialDate | None = Field(
        None,
        description="With 'evidence': YYYY-MM-DD, YYYY-MM or YYYY, when the words quoted give it; left out, the "
        "takeaway is dated by its report ('by 5 September 2025').",
        examples=["2025-09"],
    )
    precision: Precision | None = Field(
        None, description=f"{Precision.either()}; by default what the date's form says.", examples=["month"]
    )
    relative: Text | None = Field(
        None,
        description="With 'evidence': the article's words for the date ('on Wednesday'), resolved against the date "
        "of the first evidence's source.",
        examples=["on Wednesday"],
    )
    tense: Tense = Field(
        Tense.PAST, description=f"{Tense.either()}: whether `relative` looks back or ahead.", examples=["past"]
    )

    @property
    def outside(self) -> None:
        """A takeaway's date always rests on its source (the dating of events and positions asks)."""
        return None


class Edition(_Model):
    """One edition of a briefing: when it was published, and what it added."""

    date: IsoDate = Field(description="The edition's date, YYYY-MM-DD.", examples=["2025-09-05"])
    note: Text | None = Field(
        None, description="What the edition is about, in one sentence.", examples=["The Paris summit."]
    )
    sources: list[Id] = Field(
        default_factory=list,
        description="Ids of the sources this edition added; by default those published since the previous edition.",
        examples=[["putin-rejects-boots-on-the-ground"]],
    )
    takeaways: list[Takeaway] = Field(
        default_factory=list,
        description=f"At most {MAX_TAKEAWAYS} key takeaways: what happened up to this edition, each dated and "
        "sourced, apart from our assessment.",
        examples=[[{"what": "Coalition leaders vowed to deploy troops after a ceasefire.", "event": "coalition-vow"}]],
        json_schema_extra={"maxItems": MAX_TAKEAWAYS},
    )


class Side(_Model):
    """A group of actors on one side of the story; the stance matrix shows sides in the order given."""

    id: Id = Field(description="Short stable id.", examples=["russia"])
    name: Text = Field(description="The side's name as the site shows it.", examples=["Russia"])
    actors: Annotated[list[Id], Field(min_length=1)] = Field(
        description="Ids of the actors on this side.", examples=[["russia", "kremlin", "putin", "peskov"]]
    )


class Briefing(_Model):
    """``briefings/<id>.yaml``: one story, annotated."""

    title: Text = Field(description="Title of the briefing.", examples=["The coalition of the willing"])
    summary: Text = Field(
        description="A short neutral summary.",
        examples=["European leaders plan a force for Ukraine; Russia rejects it."],
    )
    as_of: IsoDate = Field(description="Date the briefing is current as of, YYYY-MM-DD.", examples=["2025-09-05"])
    status: BriefingStatus = Field(
        BriefingStatus.LIVE,
        description="live (kept up to date) or archived (no longer updated; questions past their horizon are not "
        "reported).",
        examples=["live"],
    )
    stale_after: Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{0,4}$")] = Field(
        str(STALE_AFTER_DAYS),
        description="A number of days, quoted like every value: a stance-matrix cell whose latest evidence is more "
        "than this many days before `as_of` is marked stale, and counted under the sources.",
        examples=["120"],
    )
    bottom_line: Text | None = Field(
        None,
        description="The briefing's assessment in two or three sentences, shown first; it must rest on the key "
        "judgements.",
        examples=["Europe's force depends on a ceasefire that Russia rejects on its terms."],
    )
    judgements: list[Judgement] = Field(
        default_factory=list,
        description="Key judgements: the briefing's own assessment, each with its likelihood, confidence and basis.",
        examples=[
            [
                {
                    "id": "no-force-before-ceasefire",
                    "statement": "No European force deploys before a ceasefire.",
                    "likelihood": "very-likely",
                    "confidence": "moderate",
                    "basis": {"positions": ["coalition-foreign-troops"]},
                }
            ]
        ],
    )
    editions: list[Edition] = Field(
        default_factory=list,
        description="The editions, oldest first; the page shows what changed since the previous one, and the feed "
        "has an entry for each.",
        examples=[[{"date": "2025-03-17", "note": "First edition."}, {"date": "2025-09-05"}]],
    )
    sources: Annotated[list[Id], Field(min_length=1)] = Field(
        description="Ids of the seed articles it rests on.", examples=[[_EXAMPLE_SOURCE]]
    )
    sides: list[Side] = Field(
        default_factory=list,
        description="The sides of the story, each a group of actors; actors on no side are shown last.",
        examples=[[{"id": "russia", "name": "Russia", "actors": ["russia", "putin"]}]],
    )
    issues: Annotated[list[Issue], Field(min_length=1)] = Field(
        description="The propositions the positions are about.",
        examples=[
            [
                {
                    "id": "foreign-troops",
                    "title": "Foreign troops after a ceasefire",
                    "proposition": "Foreign troops should deploy to Ukraine once a ceasefire is reached.",
                }
            ]
        ],
    )
    positions: list[Position] = Field(
        default_factory=list,
        description="Who holds which stance on which issue.",
        examples=[
            [
                {
                    "actor": "russia",
                    "issue": "foreign-troops",
                    "stance": "opposes",
                    "summary": "Rules out foreign troops.",
                    "evidence": _EXAMPLE_STATEMENT,
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
                    "actors": ["us"],
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
                    "evidence": _EXAMPLE_EVIDENCE,
                }
            ]
        ],
    )
    claims: list[Claim] = Field(
        default_factory=list,
        description="Claims made by any side, with who disputes them.",
        examples=[
            [
                {
                    "id": "c",
                    "claim": "X is not elected.",
                    "claimants": ["russia"],
                    "evidence": [
                        {"source": _EXAMPLE_SOURCE, "quote": "Definitely not, they cannot.", "kind": "reported"}
                    ],
                }
            ]
        ],
    )


# --- Seed front matter -----------------------------------------------------------------


class InferredDate(_Model):
    """A publication date worked out from the text, with the reasoning."""

    date: IsoDate = Field(description="The inferred date, YYYY-MM-DD.", examples=["2025-03-17"])
    precision: Precision = Field(Precision.APPROXIMATE, description=f"{Precision.either()}.", examples=["approximate"])
    basis: DateBasis = Field(
        description="text (worked out from the article's own words) or outside (from knowledge outside the "
        "sources, such as when a reported event took place).",
        examples=["outside"],
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
    outlet: Id | None = Field(
        None, description="Id of the outlet that published it, from briefings/outlets.yaml.", examples=["lbc"]
    )
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


#: Fields that changed in the annotation format, by (model, field): what to do with a file written for
#: the older format. A removed field comes back as "unknown key", a new required one as "missing": both
#: are reported as BRF080 with this hint instead (docs/guide/annotating.md, "Migrating older files").
MIGRATIONS: dict[tuple[str, str], str] = {
    ("Position", "as_of"): "a position's report date now comes from its sources: delete 'as_of'; if the "
    "article says when the actor said it, add 'said_on:' with 'date:' or 'relative:'",
    ("Claim", "correction"): "'correction' became 'rebuttals:', a list: write it as one item with 'kind: factual' "
    "or 'kind: argument', its 'summary' and 'evidence' (each with 'kind:'); leave out 'by:' when the outlet itself "
    "disputes the claim",
    ("Issue", "proposition"): "an issue now states a proposition one can support or oppose, e.g. proposition: "
    '"Russia should be one of the guarantors of a settlement."; every stance on the issue is a stance on it',
    ("Statement", "kind"): "evidence for positions and claims now says whose words it is: kind: direct (the "
    "speaker's words in quotation marks), reported (the source's account of what was said) or framing (the "
    "source's own words)",
    ("Actor", "standing"): "an actor now has a standing, the weight of its voice, which orders the stance "
    "matrix: one of " + ", ".join(s.value for s in Standing),
    ("InferredDate", "basis"): "an inferred date now says what it rests on: basis: text (the article's own "
    "words) or basis: outside (knowledge from outside the sources)",
}

#: A seed's ``outlet`` was free text and is now an outlet id: the hint for a value that is not an id.
OUTLET_MIGRATION = (
    "a seed now names its outlet by id, from briefings/outlets.yaml: add the outlet there and write its id here"
)

SCHEMAS: dict[str, type[BaseModel]] = {
    "briefing": Briefing,
    "actors": ActorRegistry,
    "outlets": OutletRegistry,
    "seed": SeedMeta,
}
