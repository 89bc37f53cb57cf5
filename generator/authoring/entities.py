"""Who and what an article names that the registry lacks: the registry entries ``draft`` proposes.

Every person, state and body the article names (in its own words or inside a
quotation) that the registry does not have becomes a proposed entry:

* **states** by their name ("Poland", "the United States") with their ISO 3166
  code (:mod:`generator.authoring.countries`), and by adjective when someone
  leads or speaks for them ("Polish Prime Minister Donald Tusk");
* **bodies**: capitalised names with a body's word in them ("European
  Commission", "International Court of Justice", "Russian Foreign Ministry"),
  and a state's government or ministry in lower case ("the Afghan government",
  "Russia's foreign ministry"), which then speaks for that state;
* **people**: two to four capitalised words that are not a body, with the title
  before them read for their standing and relation: a president, prime
  minister, premier or chancellor ``leads`` the state or body named before the
  title; a minister, secretary, spokesperson, envoy or negotiator
  ``speaks-for`` it. A surname used alone later is an alias, not an entry.

A capitalised word that the article also writes in lower case ("The", "Analysts")
is a common word, not a name. This is a drafting aid: the analyst checks kind,
standing and relations; the draft marks them as guesses.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from generator.authoring import countries
from generator.inputs import dates
from generator.inputs.schema import Actor, ActorRelation
from generator.inputs.slugs import slug
from generator.vocabulary import ActorKind, Relation, Standing

#: A capitalised name: capitalised words, joined by a few lower-case particles ("Court of Justice", "von der Leyen").
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"  # Latin (with accents) and Cyrillic capitals: "Джонни Депп" is a name too
_RUN = re.compile(
    rf"(?<![\w’'&-])[{_UPPER}][\w’'.&-]*(?:(?:[^\S\n]+(?:of|for|de|von|der|van|al|bin|la|le|du|of the|for the|&))*"
    rf"[^\S\n]+(?:[{_UPPER}][\w’'.&-]*))*"
)
#: A word alone that speaks or is spoken to is a body: "Politico reported", "told the BBC", "the Pentagon said".
_SPEAKING_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:said|says|asked|told|tells|reported|reports|pledged|welcomed|rejected|denied|announced|confirmed|"
    r"stated|warned|added|tweeted|wrote|claimed|accused|condemned|insisted|asks|noted|notes|replied|responded)\b"
)
#: A verb of what a business does, after a name alone: "Sony has offered", "Microsoft launched", "Apple also stepped".
_ACTS_AFTER = re.compile(
    r"[^\S\n]+(?:also[^\S\n]+)?(?:(?:has|had)[^\S\n]+)?(?:launched|acquired|bought|sold|offered|unveiled|released|"
    r"stepped|invested|partnered|hired|laid off|cut|raised)\b"
)
#: What someone's words or figures came from: "according to data from MarketAxess", "according to a report by …".
_SOURCE_BEFORE = re.compile(r"\baccording[^\S\n]+to[^\S\n]+(?:[a-z]+[^\S\n]+){1,3}(?:from|by)[^\S\n]+(?:the[^\S\n]+)?$")
#: A verb a medium is the subject of: "Politico reported", "AFP reports".
_REPORTS_AFTER = re.compile(r"[^\S\n]+(?:also[^\S\n]+)?(?:reported|reports)\b")
_SPOKEN_TO = re.compile(r"\b(?:told|tells|telling|according to)\s+(?:the\s+)?$")
_LOWER_BODY = re.compile(
    r"\b(?:the\s+)?((?:[A-Z][\w’'-]+[^\S\n])?[A-Z][\w’'-]+?)(?:['’]s)?\s+((?:(?:foreign|defen[cs]e|interior|justice|"
    r"commerce|trade|finance|economy|health|education|state|home)\s+)?(?:ministry|ministries|government|office|"
    r"department|military|parliament|army|navy|embassy|police|coast guard|border guard|central bank|commission))\b"
)
#: Words that make a capitalised name a body, with the kind and standing they give.
_BODY_WORDS: dict[str, tuple[ActorKind, Standing]] = {
    "ministry": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "department": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "office": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "agency": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "government": (ActorKind.GOVERNMENT, Standing.GOVERNMENT),
    "administration": (ActorKind.GOVERNMENT, Standing.GOVERNMENT),
    "cabinet": (ActorKind.GOVERNMENT, Standing.GOVERNMENT),
    "authority": (ActorKind.GOVERNMENT, Standing.GOVERNMENT),
    "military": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "army": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "navy": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "police": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "forces": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "commission": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "council": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "court": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "tribunal": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "assembly": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "parliament": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "congress": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "house": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "guard": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "senate": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "committee": (ActorKind.ORGANISATION, Standing.STATE_BODY),
    "union": (ActorKind.ORGANISATION, Standing.ALLIANCE),
    "league": (ActorKind.ORGANISATION, Standing.ALLIANCE),
    "nations": (ActorKind.ORGANISATION, Standing.ALLIANCE),
    "alliance": (ActorKind.ALLIANCE, Standing.ALLIANCE),
    "organisation": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "organization": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "party": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "institute": (ActorKind.ORGANISATION, Standing.EXPERT),
    "university": (ActorKind.ORGANISATION, Standing.EXPERT),
    "forum": (ActorKind.ORGANISATION, Standing.EXPERT),
    "foundation": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "network": (ActorKind.ORGANISATION, Standing.OTHER),
    # the heads of companies' names: "Sierra Nevada Corporation", "Deep Space Systems", "Intuitive Machines"
    "corporation": (ActorKind.ORGANISATION, Standing.OTHER),
    "inc": (ActorKind.ORGANISATION, Standing.OTHER),
    "systems": (ActorKind.ORGANISATION, Standing.OTHER),
    "technologies": (ActorKind.ORGANISATION, Standing.OTHER),
    "industries": (ActorKind.ORGANISATION, Standing.OTHER),
    "holdings": (ActorKind.ORGANISATION, Standing.OTHER),
    "aerospace": (ActorKind.ORGANISATION, Standing.OTHER),
    "robotics": (ActorKind.ORGANISATION, Standing.OTHER),
    "machines": (ActorKind.ORGANISATION, Standing.OTHER),
    "airlines": (ActorKind.ORGANISATION, Standing.OTHER),
    "motors": (ActorKind.ORGANISATION, Standing.OTHER),
    "group": (ActorKind.ORGANISATION, Standing.OTHER),
    "corp": (ActorKind.ORGANISATION, Standing.OTHER),
    "co": (ActorKind.ORGANISATION, Standing.OTHER),
    "ltd": (ActorKind.ORGANISATION, Standing.OTHER),
    "llc": (ActorKind.ORGANISATION, Standing.OTHER),
    "plc": (ActorKind.ORGANISATION, Standing.OTHER),
    "management": (ActorKind.ORGANISATION, Standing.OTHER),
    "partners": (ActorKind.ORGANISATION, Standing.OTHER),
    "capital": (ActorKind.ORGANISATION, Standing.OTHER),
    "investments": (ActorKind.ORGANISATION, Standing.OTHER),
    "productions": (ActorKind.ORGANISATION, Standing.OTHER),
    "entertainment": (ActorKind.ORGANISATION, Standing.OTHER),
    "records": (ActorKind.ORGANISATION, Standing.OTHER),
    "studios": (ActorKind.ORGANISATION, Standing.OTHER),
    "pictures": (ActorKind.ORGANISATION, Standing.OTHER),
    "brands": (ActorKind.ORGANISATION, Standing.OTHER),
    "club": (ActorKind.ORGANISATION, Standing.OTHER),
    # associations of people: "Polish Football Association", "Royal Society"
    "association": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "federation": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "society": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "bureau": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
    "news": (ActorKind.MEDIA, Standing.MEDIA),
    "channel": (ActorKind.MEDIA, Standing.MEDIA),  # "Disney Channel", "History Channel"
    "times": (ActorKind.MEDIA, Standing.MEDIA),
    "post": (ActorKind.MEDIA, Standing.MEDIA),
    # the heads of newspapers' names: "USA Today", "Wall Street Journal", "Pittsburgh Post-Gazette"
    "today": (ActorKind.MEDIA, Standing.MEDIA),
    "journal": (ActorKind.MEDIA, Standing.MEDIA),
    "tribune": (ActorKind.MEDIA, Standing.MEDIA),
    "herald": (ActorKind.MEDIA, Standing.MEDIA),
    "gazette": (ActorKind.MEDIA, Standing.MEDIA),
    "telegraph": (ActorKind.MEDIA, Standing.MEDIA),
    "chronicle": (ActorKind.MEDIA, Standing.MEDIA),
    "agency's": (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY),
}
#: Words that make a capitalised name a place or an event, not an actor.
_LAST_WORDS_NOT_ACTORS = frozenset(
    {"strip", "area", "plateau", "garrison", "amendment", "accords", "show", "average", "composite", "index"}
)
_NOT_ACTORS = frozenset(
    [
        "street",
        "square",
        "sea",
        "ocean",
        "river",
        "island",
        "islands",
        "strait",
        "gulf",
        "city",
        "camp",
        "base",
        "embassy",
        "prison",
        "airport",
        "hospital",
        "hotel",
        "hall",
        "airfield",
        "valley",
        "mountains",
        "province",
        "region",
        "county",
        "district",
        "war",
        "day",
        "week",
        "summit",
        "act",
        "bill",
        "law",
        "treaty",
        "agreement",
        "deal",
        "accord",
        "plan",
        "conference",
        "award",
        "awards",
        "prize",
        # venues and a page's teasers: "Heinz Field", "the Indiana Statehouse", "Pick Six Newsletter"
        "field",
        "stadium",
        "arena",
        "park",
        "statehouse",
        "capitol",
        "newsletter",
        "podcast",
        "festival",
        "championship",
        "tournament",
        # places, laws, events and market indices named with "the" each time: "the Gaza Strip", "the Bay Area", "the
        # First Amendment", "the Abraham Accords", "the Dubai Air Show", "the Dow Jones Industrial Average"
        *_LAST_WORDS_NOT_ACTORS,
    ]
)
#: Title words before a person's name: the standing they give, and whether the person leads what is named first.
_TITLES: dict[str, tuple[Standing, Relation | None]] = {
    "president": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "prime minister": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "premier": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "chancellor": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "king": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "mayor": (Standing.OTHER, Relation.LEADS),
    # of a state of a federation, whose government he heads: "Gov. Matt Bevin", "Governor John Bel Edwards"
    "governor": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "queen": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "vice-premier": (Standing.MINISTER, Relation.SPEAKS_FOR),
    "vice president": (Standing.MINISTER, Relation.SPEAKS_FOR),
    "minister": (Standing.MINISTER, Relation.SPEAKS_FOR),
    "secretary of state": (Standing.MINISTER, Relation.SPEAKS_FOR),
    "secretary": (Standing.MINISTER, Relation.SPEAKS_FOR),
    "trade representative": (Standing.MINISTER, Relation.SPEAKS_FOR),
    "spokesman": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "spokeswoman": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "spokesperson": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "press secretary": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "negotiator": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "ambassador": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "envoy": (Standing.OFFICIAL_SPOKESPERSON, Relation.SPEAKS_FOR),
    "speaker": (Standing.LEGISLATOR, Relation.LEADS),  # of a house: "Indiana House Speaker Brian Bosma"
    "senator": (Standing.LEGISLATOR, None),
    "gov.": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, Relation.LEADS),
    "sen.": (Standing.LEGISLATOR, None),
    "rep.": (Standing.LEGISLATOR, None),
    # a title of two people: "Sens. Cory Booker and Kamala Harris"
    "sens.": (Standing.LEGISLATOR, None),
    "reps.": (Standing.LEGISLATOR, None),
    "senators": (Standing.LEGISLATOR, None),
    "govs.": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, None),
    "governors": (Standing.HEAD_OF_STATE_OR_GOVERNMENT, None),
    "representative": (Standing.LEGISLATOR, None),
    "congressman": (Standing.LEGISLATOR, None),
    "congresswoman": (Standing.LEGISLATOR, None),
    "lawmaker": (Standing.LEGISLATOR, None),
    "mp": (Standing.LEGISLATOR, None),
    "general": (Standing.OTHER, None),
    "chief executive": (Standing.OTHER, Relation.LEADS),
    "ceo": (Standing.OTHER, Relation.LEADS),
    "chief": (Standing.OTHER, Relation.LEADS),
    "director": (Standing.OTHER, Relation.LEADS),
    "chairman": (Standing.OTHER, Relation.LEADS),
    "chairwoman": (Standing.OTHER, Relation.LEADS),
    "chair": (Standing.OTHER, Relation.LEADS),
    "executive": (Standing.OTHER, Relation.MEMBER_OF),
    "founder": (Standing.OTHER, Relation.LEADS),
    "editor-in-chief": (Standing.OTHER, Relation.LEADS),
    "correspondent": (Standing.OTHER, Relation.MEMBER_OF),
    "reporter": (Standing.OTHER, Relation.MEMBER_OF),
    "analyst": (Standing.EXPERT, None),
    "adviser": (Standing.OTHER, None),
    "advisor": (Standing.OTHER, None),
    # offices that name no one they lead or speak for by the word before them ("U.S. Attorney", "state schools
    # Superintendent"): the person after them is named, the standing left to the analyst
    "attorney": (Standing.OTHER, None),
    "superintendent": (Standing.OTHER, None),
    "sheriff": (Standing.OTHER, None),
    "judge": (Standing.OTHER, None),
    "professor": (Standing.EXPERT, None),
    "strategist": (Standing.EXPERT, None),
    "economist": (Standing.EXPERT, None),
    "portfolio manager": (Standing.EXPERT, None),
    "fellow": (Standing.EXPERT, None),
    "scholar": (Standing.EXPERT, None),
}
_TITLE = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + r")(?![\w.])", re.IGNORECASE
)
#: Titles abbreviated with a full stop, which ends no sentence before the name: "Republican Gov. Eric Holcomb".
_ABBREVIATED = frozenset(
    {
        "Gov",
        "Govs",
        "Sen",
        "Sens",
        "Rep",
        "Reps",
        "Lt",
        "Gen",
        "Col",
        "Maj",
        "Capt",
        "Sgt",
        "Adm",
        "Supt",
        "Atty",
        "Amb",
    }
)
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lord", "Dame"})
#: Month and day names: a capitalised run stops at them ("Tom Okafor on Tuesday"). Not the short forms: "Jan" is
#: also a first name.
_MONTHS_DAYS = frozenset(w.capitalize() for w in [*dates.MONTH_WORDS, *dates.WEEKDAYS] if len(w) > 3 or w == "may")


#: A noun right before a name that says what it is: "the website Full Fact", "the think tank Chatham House".
_KIND_NOUNS: dict[str, tuple[ActorKind, Standing]] = {
    "website": (ActorKind.MEDIA, Standing.MEDIA),
    "newspaper": (ActorKind.MEDIA, Standing.MEDIA),
    "broadcaster": (ActorKind.MEDIA, Standing.MEDIA),
    "channel": (ActorKind.MEDIA, Standing.MEDIA),
    "outlet": (ActorKind.MEDIA, Standing.MEDIA),
    "magazine": (ActorKind.MEDIA, Standing.MEDIA),
    "company": (ActorKind.ORGANISATION, Standing.OTHER),
    "firm": (ActorKind.ORGANISATION, Standing.OTHER),
    "group": (ActorKind.ORGANISATION, Standing.OTHER),
    "charity": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
    "think tank": (ActorKind.ORGANISATION, Standing.EXPERT),
    "organisation": (ActorKind.ORGANISATION, Standing.OTHER),
    "organization": (ActorKind.ORGANISATION, Standing.OTHER),
    "party": (ActorKind.ORGANISATION, Standing.CIVIC_BODY),
}
_KIND_NOUN = re.compile(r"\b(" + "|".join(_KIND_NOUNS) + r")\s+$", re.IGNORECASE)
#: Words before a name that say someone works for it: "now works for", "was employed by".
_EMPLOYER = re.compile(r"\b(?:works?|worked|working)\s+(?:for|at)\s+$|\bemployed\s+by\s+$")
#: The people of a body named right after its name: "White House advisers", "Kremlin officials".
_MEMBERS_AFTER = re.compile(
    r"[^\S\n]+((?:officials|advisers|advisors|aides|staffers|lawmakers|members|spokes(?:man|woman|person)|sources))\b"
)
_KIND_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+[^,.;:()“”\"\n]{0,50}?\b(" + "|".join(_KIND_NOUNS) + r")\b(?=\s*(?:[,.;:)]|$))", re.IGNORECASE
)


@dataclass
class Proposal:
    """A registry entry the draft proposes: what an ``actors.yaml`` entry holds, and the words it came from."""

    id: str
    name: str
    kind: ActorKind
    standing: Standing
    country: str | None = None
    #: the office the text gives, with whom it is of ("Prime Minister of Poland")
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    #: (relation, actor id, the words that say so)
    relations: list[tuple[Relation, str, str]] = field(default_factory=list)
    #: why it is proposed, for the analyst
    how: str = ""
    #: the country of the article, when it tells one and the entry gives none: written as a guess to check
    guessed_country: str | None = None

    def as_actor(self) -> Actor:
        """The entry as a registry actor, so speakers can be found by its names."""
        relations = [ActorRelation(relation=r, actor=a, background=w) for r, a, w in self.relations]
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            standing=self.standing,
            country=self.country,
            role=self.role,
            aliases=[a for a in self.aliases if a != self.name],
            relations=relations,
        )


def fold(text: str) -> str:
    """A name compared: any case, no accents, apostrophes alike, no leading "the", no full stop ending it ("Tempus
    Inc." is "Tempus Inc")."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'").rstrip("."))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    words = plain.split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@lru_cache(maxsize=4)
def _words_at(article: str) -> dict[str, list[int]]:
    """Where each word (a run of letters and digits) of an article starts: built once per article, so that finding
    every mention of a name costs its first word's mentions, not a walk over the whole article per name."""
    out: dict[str, list[int]] = defaultdict(list)
    for m in re.finditer(r"\w+", article):
        out[m.group()].append(m.start())
    return out


def _mentions(article: str, name: str, after: str = "’'-") -> list[int]:
    """Where ``name`` stands in ``article`` as a whole name: no letter or digit (nor a mark of ``after``) right after
    it, none nor a hyphen or apostrophe right before it. Found from the mentions of its rarest word."""
    index = _words_at(article)
    words = list(re.finditer(r"\w+", name))
    if not words or words[0].start():
        return [m.start() for m in re.finditer(re.escape(name), article)]
    rarest = min(words, key=lambda w: len(index.get(w.group(), ())))  # "Toslope", not "Minister", of "Minister …"
    out = []
    for found in index.get(rarest.group(), []):
        at = found - rarest.start()
        end = at + len(name)
        before, next_char = article[at - 1 : at] if at > 0 else "", article[end : end + 1]
        if (
            at >= 0
            and article.startswith(name, at)
            and not _word_char(before, "’'-")
            and not _word_char(next_char, after)
        ):
            out.append(at)
    return out


def _word_char(char: str, marks: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_" or char in marks)


@lru_cache(maxsize=4)
def _capitals(article: str) -> tuple[str, ...]:
    """The words of capitals alone ("CDC", "NFL") an article writes, in order, each once."""
    return tuple(dict.fromkeys(_CAPITALS.findall(article)))


class _Known:
    """The registry's and the proposals' names, folded, to tell a new name from a known one."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.ids: set[str] = set()
        self.names: dict[str, str] = {}
        #: the last words of the names, for "Security Council" after "UN Security Council"
        self.endings: set[str] = set()
        #: the last word of each name as written → its actor's id: "Trump" of "Donald Trump"
        self.last_words: dict[str, str] = {}
        #: a person's surname → their id (and the first word of their name: "Liu" of "Liu Xiaming")
        self.surnames: dict[str, str] = {}
        self.firsts: dict[str, str] = {}
        #: each actor's name, by id
        self.display: dict[str, str] = {}
        self.codes: dict[str, str] = {}
        #: the country of each registry actor that gives one
        self.countries: dict[str, str] = {}
        #: each registry actor's kind
        self.kinds: dict[str, ActorKind] = {}
        for a in actors:
            self.add(a.id, [a.name, *a.aliases])
            self.kinds[a.id] = a.kind
            if a.kind is ActorKind.STATE and a.country:
                self.codes.setdefault(a.country, a.id)
            if a.country:
                self.countries[a.id] = a.country

    def add(self, made: str, names: Iterable[str]) -> None:
        self.ids.add(made)
        for n in names:
            self.display.setdefault(made, n)
            self.last_words.setdefault(n.split()[-1] if n.split() else n, made)
            folded = fold(n)
            self.names.setdefault(folded, made)
            words = folded.split()
            self.endings.update(" ".join(words[i:]) for i in range(1, len(words)))

    def get(self, name: str) -> str | None:
        return self.names.get(fold(name))

    def new_id(self, name: str) -> str:
        base = slug(name) or "actor"
        made, n = base, 2
        while made in self.ids:
            made, n = f"{base}-{n}", n + 1
        return made


@dataclass
class _Article:
    """One article being read: its text, the words it writes in lower case, the names known so far (the registry's
    and the proposals'), and the proposals, in order and by id. Every rule below reads and adds to it."""

    body: str
    known: _Known
    lower: set[str]
    out: list[Proposal] = field(default_factory=list)
    by_id: dict[str, Proposal] = field(default_factory=dict)

    def enter(self, p: Proposal, names: list[str]) -> None:
        """A new proposal taken in: its names known, the entry listed."""
        self.known.add(p.id, names)
        self.out.append(p)
        self.by_id[p.id] = p

    def state(self, country: countries.Country, words: str) -> str:
        """The id of the state: the registry's, a proposal's, or a new proposal."""
        known = self.known
        made = known.codes.get(country.code) or known.get(country.name) or known.get(words)
        if made is not None:
            return made
        made = known.new_id(country.name)
        p = Proposal(made, country.name, ActorKind.STATE, Standing.STATE, country.code, how="a state (ISO 3166)")
        if fold(words) != fold(country.name) and words[:1].isupper() and countries.by_noun(words):
            p.aliases.append(words)
        self.enter(p, [country.name, words] if countries.by_noun(words) else [country.name])
        known.codes[country.code] = made
        return made

    def of(self, words: str) -> str | None:
        """The actor a word before a title names: a state by noun or adjective, or a known actor."""
        words = re.sub(r"['’]s$", "", words.strip().removeprefix("the ").removeprefix("The "))
        if not words:
            return None
        country = countries.by_noun(words) or countries.by_adjective(words)
        if country is not None:
            return self.state(country, words)
        return self.known.get(words) or None


def propose(body: str, actors: Iterable[Actor], outlet: str | None = None) -> list[Proposal]:
    """The entries the article needs that ``actors`` lack, in the order the article first names them."""
    actors = list(actors)
    lower = {w.casefold() for w in re.findall(r"(?<![\w’'-])[a-zà-öø-ÿа-яё][\w’'-]*", body)}
    ctx = _Article(body, _Known(actors), lower)
    if outlet:
        ctx.known.add("", [outlet])

    headings = _headings(ctx.body) | _credits(ctx.body)
    for short in _SHORT_FORM.finditer(ctx.body):
        if ctx.body.rfind("\n", 0, short.start()) not in headings:
            _short_formed(ctx, short)
    the_names = list(dict.fromkeys(_THE_NAME.findall(ctx.body)))
    for word in the_names:  # plurals first, so that a person's club is known ("Browns DL Sheldon Richardson")
        if not word.isupper():
            _the_name(ctx, word)
    runs = _joined(ctx.body, [m for m in _RUN.finditer(ctx.body) if ctx.body.rfind("\n", 0, m.start()) not in headings])
    lowers = [
        (m.start(), m) for m in _LOWER_BODY.finditer(ctx.body) if ctx.body.rfind("\n", 0, m.start()) not in headings
    ]
    found: list[tuple[int, str | re.Match[str]]] = [*runs, *lowers]
    for start, run in sorted(found, key=lambda r: r[0]):
        if isinstance(run, str):
            _capitalised(ctx, start, run)
        else:
            _lower_body(ctx, run)
    for m in _BEFORE_TITLE.finditer(ctx.body):
        _body_before_title(ctx, m)
    for plural in dict.fromkeys(_PLURAL.findall(ctx.body)):
        _members(ctx, plural)
    listable = [m for m in _RUN.finditer(ctx.body) if ctx.body.rfind("\n", 0, m.start()) not in headings]
    _kind_lists(ctx, listable)
    _listed(ctx, listable)
    for word in the_names:  # initials last, so that they are the alias of a body named in full ("the CDC")
        if word.isupper():
            _the_name(ctx, word)
    for name in dict.fromkeys(_KOREAN_NAME.findall(ctx.body)):
        if name[0] in _KOREAN_FAMILY and name[-1] not in _KOREAN_NOT_LAST and ctx.known.get(name) is None:
            made = ctx.known.new_id(name)
            p = Proposal(made, name, ActorKind.PERSON, Standing.OTHER, "KR", how="a Korean name (family name first)")
            ctx.enter(p, [name])
    for m in _SERVES.finditer(ctx.body):
        _served(ctx, m)
    for p in ctx.out:
        if p.kind is ActorKind.PERSON and not p.relations:
            _apposition(ctx, p)
        if p.kind is ActorKind.PERSON and not p.relations:
            _who_heads(ctx, p)
        if p.kind is ActorKind.PERSON and not p.relations:
            _owned_job(ctx, p)
        if p.kind is ActorKind.PERSON and not p.relations:
            _writes_for(ctx, p)
        if p.kind is ActorKind.PERSON:
            _party_tag(ctx, p)  # besides any other: "Sen. Tom Carper (D-Del.), who chairs the … committee"
        member = p.relations[0] if p.kind is ActorKind.PERSON and p.relations else None
        if member and member[0] is Relation.MEMBER_OF and _kind_of(ctx, member[1]) is ActorKind.MEDIA:
            p.standing = Standing.MEDIA  # a medium's journalist: "Alex Horton of the Washington Post"
    for p in ctx.out:  # a member of a body, its leader or spokesperson, is of the body's country
        whom = next((a for _, a, _ in p.relations), None)
        if p.country is None and whom is not None and p.kind is not ActorKind.STATE:
            p.country = ctx.by_id[whom].country if whom in ctx.by_id else _country_of(whom, ctx.known)
    home = article_country(ctx.body, _registry_countries(ctx.body, actors))
    for p in ctx.out:
        p.guessed_country = home if p.country is None and p.kind is not ActorKind.STATE else None
    return ctx.out


#: A body named by the person it serves, in lower case: "the Trump administration", "Trump campaign spokesman".
_SERVES = re.compile(rf"(?<![\w’'.-])([{_UPPER}][\w’'-]*?)(?:['’]s)?[^\S\n]+(administration|campaign)\b")
_SERVING: dict[str, tuple[ActorKind, Standing]] = {
    "administration": (ActorKind.GOVERNMENT, Standing.GOVERNMENT),
    "campaign": (ActorKind.ORGANISATION, Standing.OTHER),
}


def _served(ctx: _Article, m: re.Match[str]) -> None:
    """A person's administration or campaign, named by their surname ("the Trump administration", "the DeSantis
    campaign"), when the registry or the article knows a person of that name: a body, of the person's country."""
    name = m.group(1)
    who = ctx.known.get(name) or ctx.known.last_words.get(name)
    text = f"{name} {m.group(2)}"
    if who is None or _kind_of(ctx, who) is not ActorKind.PERSON or ctx.known.get(text) is not None:
        return
    kind, standing = _SERVING[m.group(2)]
    country = ctx.by_id[who].country if who in ctx.by_id else ctx.known.countries.get(who)
    ctx.enter(
        Proposal(ctx.known.new_id(text), text, kind, standing, country, how=f"the {m.group(2)} of {name}"), [text]
    )


#: A party and state in brackets after a legislator's name: "Sen. Martin Heinrich (D-N.M.)", "(R-Texas)".
_PARTY_TAG = re.compile(r"[^\S\n]*\(([DR])-[A-Z][\w. ]{0,20}\)")
#: The names a party goes by, by its letter.
_PARTIES = {"D": ("Democratic Party", "Democrats"), "R": ("Republican Party", "Republicans", "GOP")}


def _party_tag(ctx: _Article, p: Proposal) -> None:
    """A person with a party tag after their name ("Sen. Martin Heinrich (D-N.M.)") is a member of the party, when
    the registry or the article names it."""
    tag = next(
        (t for at in _mentions(ctx.body, p.name) for t in [_PARTY_TAG.match(ctx.body, at + len(p.name))] if t), None
    )
    party = next((ctx.known.get(n) for n in _PARTIES[tag.group(1)] if ctx.known.get(n)), None) if tag else None
    if tag and party and party != p.id:
        p.relations.append((Relation.MEMBER_OF, party, p.name + tag.group()))


def _registry_countries(body: str, actors: list[Actor]) -> Counter[str]:
    """The countries of the registry's actors (no state) the article names, by name or alias: one each."""
    return Counter(
        a.country
        for a in actors
        if a.country and a.kind is not ActorKind.STATE and any(_mentions(body, n) for n in [a.name, *a.aliases])
    )


def _kind_of(ctx: _Article, made: str) -> ActorKind | None:
    return ctx.by_id[made].kind if made in ctx.by_id else ctx.known.kinds.get(made)


def _writes_for(ctx: _Article, p: Proposal) -> None:
    """A person a medium's possessive names ("NPR’s Feng") or who reports or writes for it ("Emily Feng reports for
    NPR"): a member of it."""
    for name in sorted({p.name, *p.aliases}, key=len, reverse=True):
        for start in _mentions(ctx.body, name):
            end = start + len(name)
            after = _WRITES_FOR.match(ctx.body, end)
            before = _OWNER_BEFORE.search(ctx.body, max(0, start - 60), start)
            for said in (after, before):
                whom = ctx.known.get(said.group("body")) if said else None
                if (
                    said
                    and whom
                    and whom != p.id
                    and ctx.known.kinds.get(whom, ActorKind.MEDIA) is not ActorKind.PERSON
                ):
                    p.relations.append(
                        (Relation.MEMBER_OF, whom, ctx.body[min(start, said.start()) : max(end, said.end())])
                    )
                return


#: "… reports for NPR", "… wrote for the Atlantic": the medium someone works for.
_WRITES_FOR = re.compile(
    rf"[^\S\n]+(?:reports|reported|writes|wrote|reporting|writing)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<body>[{_UPPER}][\w.-]*(?:[^\S\n]+[{_UPPER}][\w.-]*)*)"
)
#: "NPR’s Feng": the body whose the person is, right before the name.
_OWNER_BEFORE = re.compile(rf"(?P<body>[{_UPPER}][\w.-]*(?:[^\S\n]+[{_UPPER}][\w.-]*)*)['’]s[^\S\n]+$")


#: How much of what the article says about where it happens one state must hold to be the article's country.
_HOME_SHARE = 2 / 3
#: The endings of adjectives of nations counted for where an article happens ("Japanese", "American"): not names
#: that end like one ("Franklin", "Martin").
_NATION_ADJECTIVE = re.compile(r".+(?:ian|ean|an|ish|ese|i)$")


def article_country(body: str, named: Counter[str] | None = None) -> str | None:
    """The state an article happens in, when it says so clearly: it names two or more places inside that state
    (its regions: "Indiana", "West Virginia", or the registry's actors of that state, counted in ``named``: "Home
    Depot", "Lowe’s") and that state holds most of the places and states it names, by noun or adjective ("U.S.",
    "American"). None for a story across borders: then no actor's country is guessed."""
    states: Counter[str] = Counter(named)
    regions: Counter[str] = Counter(named)
    for m in _RUN.finditer(body):
        words = [re.sub(r"['’]s$", "", w.rstrip(",’'")) for w in m.group().split()]
        words = [w if _INITIALISM.fullmatch(w) else w.rstrip(".") for w in words]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                text = " ".join(words[i:j])
                adjective = j == i + 1 and _NATION_ADJECTIVE.fullmatch(text)
                country = countries.by_noun(text) or (countries.by_adjective(text) if adjective else None)
                code = country.code if country else countries.region(text)
                if code is not None:
                    states[code] += 1
                    regions[code] += country is None
                    i = j - 1
                    break
            i += 1
    if not states:
        return None
    code, n = states.most_common(1)[0]
    return code if regions[code] >= 2 and n >= _HOME_SHARE * sum(states.values()) else None


#: A name before a title before a person's name: "WikiLeaks co-founder Julian Assange", "White House Press
#: Secretary Stephanie Grisham": the body the person leads, speaks for or works for.
_BEFORE_TITLE = re.compile(
    rf"(?<![\w’'.-])((?:[{_UPPER}][\w’'.-]*[^\S\n]+){{1,3}}?)(?:(?i:co-|vice-))?"
    rf"(?i:({'|'.join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))}))"
    rf"[^\S\n]+(?=[{_UPPER}][\w’'-]+[^\S\n]+[{_UPPER}])"
)
#: What stands between two names of a list: "Astrobotic, Deep Space Systems, Draper … and OrbitBeyond".
_LIST_GAP = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+")
_BODIES = (ActorKind.ORGANISATION, ActorKind.MEDIA, ActorKind.GOVERNMENT)


def _listed(ctx: _Article, runs: list[re.Match[str]]) -> None:
    """Names in a list of three or more, two of them bodies, or one and the others named nowhere else, are bodies
    too ("… the original nine CLPS companies: Astrobotic, Deep Space Systems, Draper, …"; "Marvel Entertainment,
    Lucasfilm and BamTech"): proposed, or read so when taken for a person."""
    chain: list[re.Match[str]] = []
    for m in [*runs, None]:
        if m is not None and chain and _LIST_GAP.fullmatch(ctx.body, chain[-1].end(), m.start()):
            chain.append(m)
            continue
        if len(chain) >= 3:
            _list_of_bodies(ctx, chain)
        chain = [m] if m is not None else []


def _list_of_bodies(ctx: _Article, chain: list[re.Match[str]]) -> None:
    names = [m.group().rstrip(".") for m in chain]  # "… and Kelpworks." ends a sentence
    ids = [ctx.known.get(name) for name in names]
    kinds = [ctx.by_id[i].kind if i in ctx.by_id else ctx.known.kinds.get(i or "") for i in ids]
    bodies = sum(k in _BODIES for k in kinds)
    if bodies < 2 and not (bodies == 1 and all(k is None or k in _BODIES for k in kinds)):
        return  # "Marvel Entertainment, Lucasfilm and BamTech": one body, and no one else the article names
    for name, made, kind in zip(names, ids, kinds, strict=True):
        if made is None and not countries.by_noun(name) and name not in _STOP and name not in _MONTHS_DAYS:
            made = ctx.known.new_id(name)
            p = Proposal(made, name, ActorKind.ORGANISATION, Standing.OTHER, how="named in a list of bodies")
            ctx.enter(p, [name])
        elif kind is ActorKind.PERSON and made in ctx.by_id and not ctx.by_id[made].relations:
            ctx.by_id[made].kind, ctx.by_id[made].how = ActorKind.ORGANISATION, "named in a list of bodies"


#: A plural of what bodies are, then a list of their names: "tech groups such as Facebook, Wikipedia, and TikTok",
#: "US companies in the region including Amazon", "cable channels FX, Freeform"; the plural's kind of body.
_PLURAL_KINDS: dict[str, ActorKind] = {
    **dict.fromkeys(
        ["channels", "networks", "newspapers", "broadcasters", "publishers", "publications"], ActorKind.MEDIA
    ),
    **dict.fromkeys(
        [
            "companies",
            "firms",
            "groups",
            "platforms",
            "banks",
            "brands",
            "startups",
            "retailers",
            "airlines",
            "automakers",
            "carmakers",
            "lenders",
            "insurers",
            "studios",
            "giants",
            "organizations",
            "organisations",
            "nonprofits",
            "charities",
            "websites",
            "sites",
            "apps",
            "chains",
            "manufacturers",
        ],
        ActorKind.ORGANISATION,
    ),
}
_KIND_LIST = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(_PLURAL_KINDS) + r"))(?:"
    r"(?:[^\S\n]+(?!(?:to|who|that|which|are|were|have|had)\b)[a-z][\w-]*){0,4},?[^\S\n]+(?:such[^\S\n]+as|including|like)"
    r"[^\S\n]+|[^\S\n]+(?=[A-Z]\S*(?:,|[^\S\n]+and)[^\S\n]+[A-Z]))"
)


def _kind_lists(ctx: _Article, runs: list[re.Match[str]]) -> None:
    """Names listed after a plural of what they are ("ferry groups such as Harbourline, Quaymark, and Tidewell") are
    bodies of its kind: proposed, or read so when taken for a person named with no title or relation. No state, place
    or name known otherwise."""
    starts = {m.start(): m for m in runs}
    heads = {p.name.split()[0]: p for p in reversed(ctx.out) if p.kind in _BODIES and " " in p.name}
    for lead in _KIND_LIST.finditer(ctx.body):
        chain, m = [], starts.get(lead.end())
        while m is not None:
            chain.append(m)
            gap = _LIST_GAP.match(ctx.body, m.end())
            m = starts.get(gap.end()) if gap is not None else None
        kind = _PLURAL_KINDS[lead.group("noun").casefold()]
        standing = Standing.MEDIA if kind is ActorKind.MEDIA else Standing.OTHER
        for run in chain:
            name = re.sub(r"['’]s$", "", re.split(r"\.[^\S\n]", run.group())[0].rstrip("."))  # "… Kate Spade. Step"
            words = name.split()
            if re.search(r"\w['’]s[^\S\n]", name) or words[0] in _STOP:  # "Kim Kardashian's SKIMS": the owner's
                continue
            if name in _MONTHS_DAYS or len(name) < 2 or _place(words):
                continue
            if countries.by_noun(name) or countries.by_adjective(words[0]):
                continue
            made = ctx.known.get(name)
            if made is None and name in heads:  # "firms such as Alden", named "Alden Capital" elsewhere: its short form
                heads[name].aliases.append(name)
                ctx.known.add(heads[name].id, [name])
            elif made is None:
                p = Proposal(ctx.known.new_id(name), name, kind, standing, how=f"listed as one of the {lead['noun']}")
                ctx.enter(p, [name])
            elif made in ctx.by_id and ctx.by_id[made].kind is ActorKind.PERSON:
                p = ctx.by_id[made]
                if not p.relations and not p.aliases:
                    p.kind, p.standing, p.how = kind, standing, f"listed as one of the {lead['noun']}"


#: A Korean person's name: three syllables before a particle of subject, topic or possession, or before a
#: form of address ("류화영은", "류화영의", "이하늘 형님"); the first syllable a family name, the last no ending
#: of a verb or adjective ("강력한", "공개하는").
_KOREAN_NAME = re.compile(
    r"(?<![가-힣])([가-힣]{3})(?:(?:은|는|이|가|의|에게)(?![가-힣])|[^\S\n]+(?:역시|형님|씨|님|대표|의원|장관|대통령)(?![가-힣]))"
)
_KOREAN_FAMILY = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_KOREAN_NOT_LAST = frozenset("하한할했되된될있없적들인던만")
#: A capitalised plural noun: "Democrats", "Republicans", "Conservatives".
_PLURAL = re.compile(r"(?<![\w’'-])([A-Z][a-z]{3,}[^s\W]s)(?![\w’'-])")


#: A name of one word after "the", a plural or initials: "the Browns", "the Steelers", "the NFL".
_THE_NAME = re.compile(
    r"(?<![\w’'-])[Tt]he[^\S\n]+([A-Z]{2,5}|[A-Z][a-z]{2,}[^s\W]s)(?![\w.-])(?!['’]\w)(?![^\S\n]+[A-Z])"
)


def _the_name(ctx: _Article, word: str) -> None:
    """A plural the article writes after "the" and once more, or initials it writes after "the", never in lower case,
    that is no state, no nation's people and no known name or family: a club, league or other body ("the Browns",
    "the NFL", "worked with the FBI")."""
    stem = word[:-1] if word.endswith("s") and not word.isupper() else word
    if word.casefold() in ctx.lower or stem in _MONTHS_DAYS or countries.by_noun(word) or countries.by_adjective(stem):
        return
    if any(ctx.known.get(w) is not None or fold(w) in ctx.known.endings for w in (word, stem)):
        return
    if not word.isupper() and any(
        _FIRST_NAME_BEFORE.search(ctx.body, max(0, at - 40), at) for at in _mentions(ctx.body, stem)
    ):
        return  # "the Okafors" where the article names "Tom Okafor": a family
    if not word.isupper() and _adjective_of(ctx.body, stem):
        return  # "the Democrats" with "Democratic lawmakers": a group named by its members, as such
    mentions = _mentions(ctx.body, word, "-")
    if len(mentions) < (1 if word.isupper() else 2):
        return
    # initials the article also writes after other capitalised words are the end of that fuller name: "the HIA" and
    # "the Harbour HIA" are the Harbour HIA
    fuller = [
        m.group(2).split()
        for at in mentions
        if word.isupper() and not _CAPITALISED_AFTER.match(ctx.body, at + len(word))
        for m in [_WORDS_BEFORE.search(ctx.body, max(0, at - 60), at)]
        if m
    ]
    longest = max(([w for w in f if w not in _STOP] for f in fuller), key=len, default=[])
    name = " ".join([*longest, word])
    if ctx.known.get(name) is not None:
        return
    made = ctx.known.new_id(name)
    p = Proposal(made, name, ActorKind.ORGANISATION, Standing.OTHER, how=f"named after “the” ({word})")
    p.aliases += [word] if name != word else []
    ctx.enter(p, [name, word])


#: "The" and capitalised words right before a name, on its line: "the Harbour" of "the Harbour HIA"; and a
#: capitalised word after a name, which continues it ("NFL Insider").
_WORDS_BEFORE = re.compile(rf"(?<![\w’'-])([Tt]he[^\S\n]+)((?:[{_UPPER}][\w’'-]*[^\S\n]+)+)$")
_CAPITALISED_AFTER = re.compile(rf"[^\S\n]+[{_UPPER}]")


#: A capitalised word right before a surname: "Tom Okafor".
_FIRST_NAME_BEFORE = re.compile(rf"[{_UPPER}][\w’'.-]+[^\S\n]+$")


def _adjective_of(body: str, stem: str) -> re.Match[str] | None:
    """Where the article uses the singular of a group's plural as an adjective: "Democratic lawmakers"."""
    return re.search(rf"(?<![\w’'-])({re.escape(stem)}(?!s\b)\w*)[^\S\n]+(?:Party\b|[a-z])", body)


def _members(ctx: _Article, plural: str) -> None:
    """A group named by its members ("Democrats", "Republicans"): a capitalised plural, never written in lower
    case, no nation's people, whose singular the article also uses as an adjective ("Democratic lawmakers",
    "Republican counsel"). Proposed as "<adjective> Party" when the article names it so, else as the plural."""
    stem = plural[:-1]
    if (
        plural.casefold() in ctx.lower
        or stem in _MONTHS_DAYS
        or countries.by_adjective(stem)
        or countries.by_noun(stem)
    ):
        return
    if any(ctx.known.get(w) is not None or fold(w) in ctx.known.endings for w in (plural, stem)):
        return  # "the Bidens": a known person's family
    adjective = _adjective_of(ctx.body, stem)
    if adjective is None or countries.by_adjective(adjective.group(1)):
        return
    party = re.search(rf"(?<![\w’'-]){re.escape(stem)}\w*[^\S\n]+Party\b", ctx.body)
    name = party.group() if party else plural
    if ctx.known.get(name) is not None:
        named = ctx.by_id.get(ctx.known.get(name) or "")
        if named is not None and plural not in named.aliases:  # "the Islander Party" proposed before
            named.aliases.append(plural)
            ctx.known.add(named.id, [plural])
        return
    made = ctx.known.new_id(name)
    p = Proposal(made, name, ActorKind.ORGANISATION, Standing.OTHER, how=f"a group named by its members ({plural})")
    p.aliases += [plural] if name != plural else []
    ctx.enter(p, [name, plural])


#: Words that make part of a title, not a body's name, before it ("Foreign Secretary", "Deputy Director").
_PORTFOLIO = frozenset(
    [
        "foreign",
        "defense",
        "defence",
        "home",
        "interior",
        "justice",
        "trade",
        "finance",
        "state",
        "press",
        "deputy",
        "senior",
        "chief",
        "vice",
        "prime",
        "general",
        "attorney",
        "national",
        "security",
        "health",
        "education",
        "energy",
        "treasury",
        "commerce",
        "labor",
        "labour",
        "economy",
        "environment",
        "transport",
        "culture",
        "agriculture",
        "acting",
        "former",
        "assistant",
        "executive",
        "managing",
        "special",
        "principal",
        "first",
        "permanent",
        "political",
        "public",
    ]
)
#: Titles of the people of a news medium: the body before them is a medium.
_MEDIA_TITLES = frozenset({"correspondent", "reporter", "editor-in-chief"})


def _body_before_title(ctx: _Article, m: re.Match[str]) -> None:
    """The body named before a person's title, when the registry lacks it; the person's relation to it."""
    words = m.group(1).split()
    while words and (words[0] in _STOP or words[0].casefold() in ctx.lower or ctx.of(words[0]) is not None):
        words = words[1:]  # "The", "Former", a state: not the body's name
    name = " ".join(words)
    if not words or any(w.casefold() in _NOT_ACTORS or w in _MONTHS_DAYS for w in words):
        return
    if len(words) == 1 and _mentions(m.string, name + "s"):
        return  # "Republican Gov. Eric Holcomb" where the article writes "Republicans": a member's adjective
    if all(w.casefold() in _PORTFOLIO for w in words):
        return  # "Defense Secretary", "National Security Adviser": the title's own words
    title = m.group(2).casefold()
    media = title in _MEDIA_TITLES
    kind, standing = (ActorKind.MEDIA, Standing.MEDIA) if media else (ActorKind.ORGANISATION, Standing.OTHER)
    how = f"named before a title ({m.group(2)})"
    made = ctx.known.get(name)
    taken = ctx.by_id.get(made or "")
    if taken is not None and taken.kind is ActorKind.PERSON and taken.name == name and not taken.relations:
        taken.kind, taken.standing, taken.how = kind, standing, how  # two capitalised words read as a person
    elif made is not None and made and _kind_of(ctx, made) not in (ActorKind.PERSON, None):
        pass  # a body the registry or the article knows: "Twitter CEO Jack Dorsey"
    elif made is not None or fold(name) in ctx.known.endings or countries.by_adjective(name):
        return
    else:
        made = ctx.known.new_id(name)
        taken = Proposal(made, name, kind, standing, how=how)
        ctx.enter(taken, [name])
    named = " ".join(m.string[m.end() : m.end() + 120].split()[:2]).rstrip(",;:")  # "… CEO Ana Ferreira, the …"
    person = ctx.by_id.get(ctx.known.get(named) or "")
    relation = _TITLES[title][1] or Relation.MEMBER_OF  # "Commerzbank analyst Carsten Fritsch": a member
    if person is not None and person.kind is ActorKind.PERSON and not person.relations and made:
        person.relations.append((relation, made, m.group().strip() + " " + person.name))


#: What a person is, said right after their name: ", a spokesperson for Inherent Resolve", ", chief executive of
#: the London-based fact-checking website Full Fact", ", senior fellow at the Kohelet Policy Forum".
#: "…, who is also an executive at SoftBank": what someone is, said in a relative clause.
_WHO_IS = re.compile(
    r",?\s+who\s+(?:is|was|has\s+been)\s+(?:also\s+|now\s+)?(?:(?:a|an|the)\s+)?(?P<title>[^,.;:()“”\"]{2,60}?)\s+"
    r"(?P<prep>of|for|at)\s+(?P<whom>[^,.;:()“”\"]{2,80})"
)
_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?P<title>[^,.;:()“”\"]{2,60}?)\s+(?P<prep>of|for|at|with)\s+(?P<whom>[^,.;:()“”\"]{2,80})"
)


def _apposition(ctx: _Article, p: Proposal) -> None:
    """The relation an apposition or a relative clause after a person's name gives (the first that names a title):
    leads or speaks for the body it names, or belongs to it (a fellow, a scholar, "who is also an executive at
    SoftBank")."""
    found = (
        (at, m)
        for name in [p.name, *p.aliases]
        for at in _mentions(ctx.body, name)
        for m in [_APPOSITION.match(ctx.body, at + len(name)) or _WHO_IS.match(ctx.body, at + len(name))]
        if m is not None and (_TITLE.search(m.group("title")) or _JOB_NOUN.search(m.group("title")))
    )
    at, m = next(found, (-1, None))
    if m is None:
        return
    cut = ctx.body[m.end() : m.end() + 1].isalnum()  # too long to read whole: "… Tufts University’s Feinstein … Cent"
    title = list(_TITLE.finditer(m.group("title")))  # none: a noun of a job ("a threat researcher at …"), a member
    words = m.group("whom").split()
    i, whom = next(
        (
            (i, ctx.known.get(" ".join(words[i:j])))
            for i in range(len(words))
            for j in range(len(words), i, -1)
            if ctx.known.get(" ".join(words[i:j])) not in (None, "", p.id)
        ),
        (len(words), None),
    )
    if whom is None and not cut:
        whom = _employer(ctx, m.group("whom"))
    counsel = m.group("prep") == "for" and bool(_COUNSEL.search(m.group("title")))
    if whom is None or (not title and not counsel and _kind_of(ctx, whom) is ActorKind.PERSON):
        return  # "a supporter of Tom Okafor": no job held at a body
    standing, relation = _TITLES[title[-1].group(1).casefold()] if title else (Standing.OTHER, Relation.MEMBER_OF)
    if counsel:
        relation = Relation.SPEAKS_FOR  # "Joel Flaxman, an attorney for White": speaks for the client
    if m.group("prep") == "with":
        relation = Relation.MEMBER_OF  # "a China scholar with the American Enterprise Institute"
    if relation is Relation.LEADS and _heads_a_part(words[:i]):
        relation = Relation.MEMBER_OF  # "director for games at Google": heads a part of the body, not the body
    employer = ctx.by_id.get(whom)
    if (
        m.group("prep") == "at"
        and employer is not None
        and employer.kind is ActorKind.PERSON
        and not employer.relations
    ):
        employer.kind, employer.how = ActorKind.ORGANISATION, "someone works at it"  # "strategist at Miller Tabak"
    p.standing = standing if p.standing is Standing.OTHER else p.standing
    p.country = p.country or (ctx.by_id[whom].country if whom in ctx.by_id else _country_of(whom, ctx.known))
    said = ctx.body[at : m.end()].rstrip()
    p.relations.append((relation or Relation.MEMBER_OF, whom, said))


#: A lawyer's words: "an attorney for White", "a lawyer for the company".
_COUNSEL = re.compile(r"\b(?:attorney|lawyer|counsel)s?$", re.IGNORECASE)
#: "…, who represents Thomas, said": whom a lawyer speaks for, said in a relative clause.
_WHO_REPRESENTS = re.compile(
    rf",[^\S\n]+who[^\S\n]+(?:also[^\S\n]+)?represents[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<whom>[{_UPPER}][\w’'.-]*(?:[^\S\n]+[{_UPPER}][\w’'.-]*)*)"
)
#: "…, who heads the Alliance for American Manufacturing": what someone leads, said in a relative clause.
_WHO_HEADS = re.compile(
    r",[^\S\n]+who[^\S\n]+(?:now[^\S\n]+|also[^\S\n]+)?(?:heads|leads|runs|chairs|directs|founded|co-founded)"
    r"[^\S\n]+(?P<whom>[^,.;:()“”\"\n]{2,80})"
)


def _who_heads(ctx: _Article, p: Proposal) -> None:
    """A person who heads, leads, runs, chairs or founded a body named right after the verb leads it ("Scott Paul,
    who heads the Alliance for American Manufacturing"): the body known, or proposed as with a job held at it."""
    found = (m for at in _mentions(ctx.body, p.name) for m in [_WHO_HEADS.match(ctx.body, at + len(p.name))] if m)
    m = next(found, None)
    if m is None:
        _represents(ctx, p)
        return
    whom = _employer(ctx, m.group("whom")) or ctx.known.get(m.group("whom").strip())
    if whom is not None and whom != p.id and _kind_of(ctx, whom) is not ActorKind.PERSON:
        p.relations.append((Relation.LEADS, whom, ctx.body[m.start() + 1 : m.end()].strip()))


def _represents(ctx: _Article, p: Proposal) -> None:
    """A lawyer who represents someone the article names speaks for them ("Montell Figgins, who represents Thomas,
    said"): the client's words and the lawyer's are filed under the client."""
    found = (m for at in _mentions(ctx.body, p.name) for m in [_WHO_REPRESENTS.match(ctx.body, at + len(p.name))] if m)
    m = next(found, None)
    client = re.sub(r"['’]s$", "", m.group("whom")) if m is not None else ""
    whom = ctx.known.get(client) or ctx.known.surnames.get(client) or ctx.known.last_words.get(client)
    if m is not None and whom and whom != p.id:
        p.relations.append((Relation.SPEAKS_FOR, whom, ctx.body[m.start() + 1 : m.end()].strip()))


def _heads_a_part(words: list[str]) -> bool:
    """Whether the words between a title's preposition and the body name a part of it, which a second preposition
    ends: "for games at" ("director for games at Google"), "of gaming VR/AR at tech market research firm"; not "the
    London-based fact-checking website" nor "for the Middle East and North Africa at"."""
    last = max((k for k, w in enumerate(words) if k and w in ("at", "of")), default=0)
    return any(w.islower() and w not in _PARTICLES for w in words[:last])


#: Where the body a job is held at starts: the apposition's start, or a preposition or "the" before it, or a noun
#: of what it is after them ("at cybersecurity firm SentinelOne", "of the nonprofit Georgians for …").
_EMPLOYER_BEFORE = re.compile(
    r"(?:^|\b(?:at|of|for|the)[^\S\n]+)(?:(?:[a-z][\w-]*[^\S\n]+){0,2}"
    r"(?:" + "|".join(_KIND_NOUNS) + r"|nonprofit|startup|bank|agency|university)[^\S\n]+)?$"
)


def _employer(ctx: _Article, whom: str) -> str | None:
    """The body an apposition's job is held at, named nowhere else ("the chief economist at Flexport", "a trade
    professor at Cornell", "the president of the Federal Reserve Bank of New York"): the last capitalised name
    ending the apposition, proposed as a body (its kind by its body's word), unless it is a place, a state or a
    person the article names. Its id, or None."""
    runs = [r for r in _RUN.finditer(whom) if _EMPLOYER_BEFORE.search(whom, 0, r.start())]
    if not runs or whom[runs[-1].end() :].strip():
        return None
    name = re.sub(r"['’]s$", "", runs[-1].group().rstrip("."))
    words = name.split()
    if (
        ctx.known.get(name) is not None
        or words[0] in _STOP
        or _place(words)
        or countries.by_noun(name)
        or countries.by_adjective(words[0])
        or len(name) < 2
    ):
        return None
    body_word = _body_word(words)
    kind, standing = _BODY_KINDS[body_word] if body_word else (ActorKind.ORGANISATION, Standing.OTHER)
    p = Proposal(ctx.known.new_id(name), name, kind, standing, how="someone holds a job at it")
    ctx.enter(p, [name])
    return p.id


#: A job at a body's possessive in an apposition: ", PG&E's principal meteorologist,", ", China’s top trade negotiator".
_OWNED_JOB = re.compile(
    rf",[^\S\n]+(?P<whom>[{_UPPER}][\w&.’'-]*(?:[^\S\n]+[{_UPPER}][\w&.’'-]*){{0,3}})['’]s[^\S\n]+"
    r"(?P<job>[a-z][^,.;:()“”\"\n]{2,80}?)(?=[,.;:]|\s+(?:said|says|told)\b)"
)
#: A noun of a job that gives no relation of its own: "meteorologist", "economist", "researcher".
_JOB_NOUN = re.compile(r"\b[a-z]+(?:ist|er|or)\b")


def _owned_job(ctx: _Article, p: Proposal) -> None:
    """The relation a job at a body's possessive after a person's name gives ("Scott Strenfel, PG&E's principal
    meteorologist": a member; "Liu He, China’s top trade negotiator": speaks for China), when the body is no
    person. A director of a part of it ("senior director of emergency preparedness") is a member."""
    found = (m for at in _mentions(ctx.body, p.name) for m in [_OWNED_JOB.match(ctx.body, at + len(p.name))] if m)
    m = next(found, None)
    if m is None:
        return
    whom = ctx.known.get(m.group("whom"))
    if not whom or whom == p.id or _kind_of(ctx, whom) is ActorKind.PERSON:
        return
    job = m.group("job")
    title = list(_TITLE.finditer(job))
    if not title and not _JOB_NOUN.search(job):
        return
    relation = _TITLES[title[-1].group(1).casefold()][1] if title else None
    if relation is Relation.LEADS and re.match(r"\s+(?:of|for)\s+[a-z]", job[title[-1].end() :]):
        relation = None  # "senior director of emergency preparedness": heads a part of the body
    p.relations.append((relation or Relation.MEMBER_OF, whom, ctx.body[m.start() + 1 : m.end()].strip()))


#: A wire story's credits: "(Reporting by …; Editing by …)", "Additional reporting by …", "Writing by …".
#: A page's copyright line: "Copyright 2024 Nexstar Media Inc. All rights reserved.", "© 2023 The Financial Times Ltd.".
_CREDITS = re.compile(
    r"^(?:[^\w\n]*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b|[^\w\n]*(?:copyright\b|©)"
    r"|[^\n]*?\ball\s+rights\s+reserved\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _credits(body: str) -> set[int]:
    """Where a wire story's lines of credits and a page's copyright lines start (the offset of the line break before
    them, as :func:`_headings` gives): the people they name are the outlet's staff, the body its owner, not actors of
    the story."""
    return {m.start() - 1 for m in _CREDITS.finditer(body)}


#: A name with its own short form in brackets after it: "The New York State Attorney General (NYAG)".
_SHORT_FORM = re.compile(
    rf"(?<![\w’'.-])((?:[{_UPPER}][\w’'.-]*[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)*)+)\(([A-Z][A-Z.&]{{1,9}})\)"
)


def _initials_of(words: list[str], short: str) -> bool:
    """Whether ``short`` is made of the initials of the capitalised ``words``, in order, from the first, skipping
    none but a few ("NYAG" of "New York State Attorney General")."""
    initials = [w[0] for w in words if w[:1].isupper()]
    letters = [c for c in short if c.isalpha()]
    if len(letters) < 2 or not initials or letters[0] != initials[0] or 2 * len(letters) < len(initials):
        return False
    it = iter(initials)
    return all(c in it for c in letters)


def _short_formed(ctx: _Article, m: re.Match[str]) -> None:
    """A body named with its short form in brackets: proposed with the short form as its alias. An office named by
    its title ("Attorney General (NYAG)") is a government agency."""
    words = m.group(1).split()
    while words and (words[0] in _STOP or _COMPOUND_ADJECTIVE.search(words[0])):
        words = words[1:]  # "The", "Mumbai-based"
    short = m.group(2)
    name = " ".join(words)
    if not _initials_of(words, short) or countries.by_noun(name) or ctx.known.get(short) is not None:
        return
    if _place(words):  # "the Digital Services Act (DSA)": a law, a place or an event, no actor by either name
        ctx.known.add("", [name, short])
        return
    made = ctx.known.get(name)
    if made is not None:
        if made in ctx.by_id and short not in ctx.by_id[made].aliases:
            ctx.by_id[made].aliases.append(short)
            ctx.known.add(made, [short])
        return
    body_word = next((_BODY_WORDS[w.casefold()] for w in reversed(words) if w.casefold() in _BODY_WORDS), None)
    office = (ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY) if _TITLE.search(name) else None
    kind, standing = body_word or office or (ActorKind.ORGANISATION, Standing.OTHER)
    made = ctx.known.new_id(name)
    p = Proposal(made, name, kind, standing, aliases=[short], how=f"named with its short form ({short})")
    ctx.enter(p, [name, short])


def _joined(body: str, runs: list[re.Match[str]]) -> list[tuple[int, str]]:
    """The capitalised runs, (offset, text) each, with those that "and" joins inside one body's name made one:
    "Securities and Exchange Commission", "Center for Disease Control and Prevention"."""
    out: list[tuple[int, str]] = []
    written: dict[str, int] = {}  # how often each name before "and" is written: "SpaceX and Tyvak …" are two names

    def alone(name: str) -> bool:
        if name not in written:
            written[name] = len(_mentions(body, name, ""))
        return written[name] > 1

    for m in runs:
        gap = body[out[-1][0] + len(out[-1][1]) : m.start()] if out else ""
        if (
            re.fullmatch(r"[^\S\n]+and[^\S\n]+", gap)
            and _and_inside(out[-1][1].split(), m.group().split())
            and not alone(out[-1][1])
        ):
            out[-1] = (out[-1][0], body[out[-1][0] : m.end()])
            continue
        out.append((m.start(), m.group()))
    return out


def _and_inside(left: list[str], right: list[str]) -> bool:
    """Whether "and" between two capitalised runs joins parts of one body's name: the first no name of its own (no
    state, not ending in a body's word: "House and Senate" are two) and either the second ends in a body's word
    ("Securities and Exchange Commission") or the first is a body's name of something ("Center for Disease
    Control and Prevention", "Department of Health and Human Services") and the second no body of its own."""
    if not left or not right or left[-1].endswith((".", ",")) or countries.by_noun(" ".join(left)):
        return False
    if _is_body_word(left[-1]) or countries.by_noun(" ".join(right)) or countries.by_noun(left[-1]):
        return False
    if len(right) >= 2 and _is_body_word(right[-1]):
        return True
    head = list(itertools.takewhile(lambda w: w.casefold() not in ("of", "for"), left))
    return 0 < len(head) < len(left) and any(_is_body_word(w) for w in head) and not any(map(_is_body_word, right))


def _is_body_word(word: str) -> bool:
    """A body's word, alone or as a part of a hyphenated word ("Post-Gazette"); "Center" and "Centre" too, which
    head a body's name before "for" or "of" ("Center for Disease Control")."""
    parts = word.rstrip(".,").casefold().split("-")
    return any(w in _BODY_WORDS or w in _HEADS_BEFORE_OF for w in parts)


#: Words that head a body's name when "for" or "of" follows them: "Center for Disease Control", not "Trade Center".
_HEADS_BEFORE_OF = frozenset({"center", "centre", "centers", "centres"})
_BODY_KINDS = {**_BODY_WORDS, **{w: (ActorKind.ORGANISATION, Standing.OTHER) for w in _HEADS_BEFORE_OF}}


def _body_word(words: list[str]) -> str | None:
    """The last body's word of a name after its first word (a part of a hyphenated word too: "Post-Gazette"), as a
    key of ``_BODY_KINDS``; "Center" only before "for" or "of"."""
    for i in range(len(words) - 1, 0, -1):
        for part in reversed(words[i].rstrip(".,").casefold().split("-")):
            if part == "co" and "-" in words[i]:
                continue  # "Co-founder"
            if part in _BODY_WORDS:
                return part
            if part in _HEADS_BEFORE_OF and i + 1 < len(words) and words[i + 1].casefold() in ("of", "for"):
                return part
    first = words[0].rstrip(".,").casefold() if len(words) > 2 else ""
    if first in _BODY_WORDS and words[1].casefold() in ("of", "for"):
        return first  # "House of Commons", "Department of Justice"
    return None


#: A state's initials ("U.S.", "US", "UK"), which before a noun are an adjective ("U.S. stocks", "US politicians").
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}")
#: What follows a state's initials used as an adjective: a hyphen ("U.S.-Mexico border") or a lower-case word that
#: is no verb, preposition or conjunction ("U.S. stocks"; not "the U.S. on Monday", "the US and China").
_MODIFIES = re.compile(
    r"-\w|[^\S\n]+(?!(?:and|or|nor|but|to|in|on|at|by|for|of|from|with|into|over|under|than|as|that|which|who|"
    r"is|was|are|were|be|been|has|had|have|will|would|could|should|may|might|can|must|did|does|do|said|says|if|"
    r"when|while|since|after|before|because|until|last|this|next|itself)\b)[a-z]"
)


def _adjective_initials(body: str, at: int, word: str) -> bool:
    """Whether a state's initials at ``at`` modify what follows them rather than name the state."""
    return bool(_INITIALISM.fullmatch(word)) and _before_noun(body, at + len(word))


def _before_noun(body: str, after: int) -> bool:
    """Whether a name ending at ``after`` modifies the noun after it ("U.S. stocks", "the Coty-Kylie Jenner deal"):
    a lower-case word follows that is no verb, preposition or conjunction ("the US agreed", "the US on Monday")."""
    verb = _PAST_AFTER.match(body, after) or _SPEAKING_AFTER.match(body, after)
    return bool(_MODIFIES.match(body, after)) and not verb


_PAST_AFTER = re.compile(r"[^\S\n]+[a-z]+ed\b")


def _person_of_body(words: list[str]) -> tuple[int, int] | None:
    """A person named with the body they belong to after "of" ("Alex Horton of the Washington Post"): the number
    of the person's words and where the body's name starts; None when the name is not so."""
    k = next((i for i, w in enumerate(words) if w == "of"), None)
    if k is None or not 1 <= k <= 3:
        return None
    left, j = words[:k], k + 1 + (words[k + 1 : k + 2] in (["the"], ["The"]))
    right = words[j:]
    if not right or not _is_body_word(right[-1]) or _TITLE.search(" ".join(left)):
        return None
    if any(_is_body_word(w) or w.casefold() in _NOT_ACTORS or w in _STOP for w in left):
        return None
    if any(countries.by_noun(w) or countries.by_adjective(w) for w in left):
        return None
    return k, j


def _headings(body: str) -> set[int]:
    """Where the lines in title case start (the offset of the line break before them, -1 for the first):
    a headline's capitals ("Does Marie Yovanovitch Have a Net Worth") say nothing about names."""
    out: set[int] = set()
    pos = -1
    for line in body.split("\n"):
        if _title_case(line):
            out.add(pos)
        pos += len(line) + 1
    return out


def _title_case(text: str) -> bool:
    """Whether words are in title case: three or more words of four letters or more, nearly all capitalised."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _quoted_title(body: str, at: int) -> bool:
    """Whether a name stands inside a quotation in title case: a slogan, a song, a title ("“Less Money on Testing,
    More Money on Students”", "“We’re Not Gonna Take It”"), not someone named."""
    line = body[body.rfind("\n", 0, at) + 1 : at]
    curly = line.rfind("“")
    start = curly + 1 if curly > line.rfind("”") else line.rfind('"') + 1 if line.count('"') % 2 else 0
    if not start:
        return False
    close = re.compile(r"[”\"](?!\w)").search(body, at)
    quoted = body[at - len(line) + start : close.start()] if close else ""
    return bool(quoted) and "\n" not in quoted and _title_case(quoted)


_OPENING_QUOTE = frozenset('“"‘')
_CLOSING_QUOTE = re.compile(r"[,.]?[”\"’](?!\w)")


def _quoted_whole(body: str, at: int, words: list[str]) -> bool:
    """Whether a name of two words or more is all that a quotation holds: a book's title, a nickname, a label
    (“Mein Kampf”, “Confidence Man,”, ‘Hermit Kingdom’, aka “Colonel Mike”), no one's name as an actor's."""
    if len(words) < 2 or body[at - 1 : at] not in _OPENING_QUOTE:
        return False
    end = body.find(words[-1], at)
    return end >= 0 and bool(_CLOSING_QUOTE.match(body, end + len(words[-1])))


def _lower_body(ctx: _Article, m: re.Match[str]) -> None:
    """ "the Afghan government", "Russia's foreign ministry": a state's body, which speaks for it; "the Inner
    Mongolia health commission": a region's agency."""
    who = ctx.of(m.group(1))
    if who is None and _region(m.group(1).split()):
        _regional_body(ctx, m)
        return
    if who is None or (" " in m.group(1).strip() and who not in ctx.known.codes.values()):
        return  # of two words, only a state's ("Hong Kong police"), not a person's ("Ana Ferreira's office")
    words = m.group(0).removeprefix("the ").removeprefix("The ")
    if ctx.known.get(words) is not None:
        return
    kind, standing = _BODY_WORDS.get(m.group(2).split()[-1].rstrip("s"), (ActorKind.GOVERNMENT, Standing.GOVERNMENT))
    made = ctx.known.new_id(words)
    country = ctx.by_id[who].country if who in ctx.by_id else _country_of(who, ctx.known)
    p = Proposal(made, words, kind, standing, country, how="a state's body named in the text")
    p.relations.append((Relation.SPEAKS_FOR, who, m.group(0)))
    ctx.enter(p, [words])


def _region(words: list[str]) -> bool:
    """Whether words name a region: a subdivision in ISO 3166-2 or a name opened by a direction ("Inner Mongolia")."""
    return len(words) > 1 and (countries.subdivision(" ".join(words)) is not None or words[0] in _DIRECTIONS)


def _regional_body(ctx: _Article, m: re.Match[str]) -> None:
    """A region's body named in lower case ("the Inner Mongolia health commission"): an agency of the region, of the
    region's state where ISO 3166-2 names it."""
    words = m.group(0).removeprefix("the ").removeprefix("The ")
    if ctx.known.get(words) is None:
        where = countries.subdivision(m.group(1))
        p = Proposal(ctx.known.new_id(words), words, ActorKind.GOVERNMENT, Standing.MINISTRY_OR_AGENCY, where)
        p.how = "a region's body named in the text"
        ctx.enter(p, [words])


_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "But",
        "And",
        "In",
        "On",
        "At",
        "He",
        "She",
        "It",
        "They",
        "We",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "As",
        "If",
        "When",
        "After",
        "Before",
        "While",
        "For",
        "With",
        "By",
        "From",
        "To",
        "Of",
        "Or",
        "So",
        "Yet",
        "Then",
        "There",
        "Here",
        "Now",
        "Meanwhile",
        "However",
        "Also",
        "Some",
        "Many",
        "Most",
        "All",
        # conjunctions and prepositions that open a clause before a name: "Although Hitler was born …"
        "Although",
        "Though",
        "Because",
        "Since",
        "Unless",
        "Until",
        "Once",
        "Whereas",
        "Whether",
        "Despite",
        "During",
        "Amid",
        "Without",
        # determiners and numbers before a name: "Both Johnson and Corbyn", "One Washington-based expert"
        "Both",
        "Either",
        "Neither",
        "Each",
        "Every",
        "Another",
        "Several",
        "Such",
        "One",
        "Two",
        "Three",
    ]
)
#: A compound adjective before a name, no part of it: "Sacramento-based", "Texas-born", "state-owned".
_COMPOUND_ADJECTIVE = re.compile(r"-(?:based|born|owned|backed|led|run|funded|controlled|headquartered)$")
#: Generational suffixes, part of the name before them with their full stop: "Patrick W. Carlineo Jr.".
_NAME_SUFFIXES = frozenset({"Jr", "Sr"})
#: A company's abbreviated form, part of its name with its full stop: "McClatchy Co.", "Tempus Inc.".
_COMPANY_SUFFIXES = frozenset({"Co", "Corp", "Inc", "Ltd", "Bros"})


def _segments(run_start: int, run: str) -> list[tuple[int, list[str]]]:
    """A capitalised run cut where a sentence ends ("Palestinians. Israel") or a date starts ("on Tuesday"):
    (offset of the first word, the words) for each piece."""
    out: list[tuple[int, list[str]]] = []
    start: int | None = None
    words: list[str] = []
    for w in re.finditer(r"\S+", run):
        word = w.group().rstrip("’'")  # a closing single mark: ‘Coalition of the Willing’
        if word.rstrip(".,") in _MONTHS_DAYS:
            if words:
                out.append((start or 0, words))
            start, words = None, []
            continue
        if start is None:
            start = run_start + w.start()
        ends = word.endswith(".") and len(word) > 2 and "." not in word[:-1] and word[:-1] not in _HONORIFICS
        ends = ends and not (word[:-1] in _ABBREVIATED and len(run) > w.end())
        words.append(word if word[:-1] in _NAME_SUFFIXES | _COMPANY_SUFFIXES else word.rstrip(".") if ends else word)
        if ends:
            out.append((start, words))
            start, words = None, []
    if words:
        out.append((start or 0, words))
    return out


def _capitalised(ctx: _Article, run_start: int, run: str) -> None:
    for at, words in _segments(run_start, run):
        _named(ctx, at, words)


def _named(ctx: _Article, at: int, words: list[str]) -> None:
    """One capitalised name: a known actor's (nothing to do), a state, a body, a surname or a person."""
    line = ctx.body[ctx.body.rfind("\n", 0, at) + 1 : at]
    opening = not line.strip() or bool(re.search(r"[.!?:“\"(]\s*$", line[-3:]))
    if _quoted_title(ctx.body, at) or _quoted_whole(ctx.body, at, words):
        return
    words = [*words[:-1], re.sub(r"['’]s$", "", words[-1])] if words else words  # "Kurt Volker's": Kurt Volker
    owner = next((i for i, w in enumerate(words[:-1]) if re.search(r"\w['’]s$", w)), None)
    if owner is not None and not any(w.casefold() in _BODY_WORDS for w in words[owner + 1 :]):
        # "The Washington Post's Fact Checker": the owner is the name; not "U.S. Attorney’s Office"
        member = words[owner + 1 :]
        words = [*words[:owner], re.sub(r"['’]s$", "", words[owner])]
        if _member_named(ctx.body, member):  # "BBC’s Emily Maitlis … Maitlis asked": a person, the owner's member
            _owned_member(ctx, at, words, member)
            return
    if opening and words and len(words[0]) > 4 and words[0].endswith("ing"):
        at, words, opening = ctx.body.index(words[0], at) + len(words[0]), words[1:], False  # "Following Assange"
    # common words capitalised at a sentence's start ("The", "Analysts") and honorifics are not names
    while words and (
        words[0] in _STOP
        or words[0] in _HONORIFICS
        or (opening and words[0].casefold() in ctx.lower and len(words) > 0)
    ):
        at = ctx.body.index(words[0], at) + len(words[0])
        words = words[1:]
        opening = False
    while words and _COMPOUND_ADJECTIVE.search(words[0]):  # "Sacramento-based McClatchy": McClatchy
        at = ctx.body.index(words[0], at) + len(words[0])
        words = words[1:]
    while words and words[-1].casefold() in {"of", "for", "on", "the", "de", "von", "der", "van", "al"}:
        words = words[:-1]
    if not words:
        return
    at = ctx.body.index(words[0], at)
    text = re.sub(r"['’]s$", "", " ".join(words))
    split = _person_of_body(words)
    if split is not None:  # "Alex Horton of the Washington Post": a person and the body they belong to
        _of_body(ctx, at, words, split)
        return
    if any(ctx.known.get(" ".join(words[i:])) is not None for i in range(len(words) - 1) if not _complement(words, i)):
        return  # "Mayor Ana Ferreira": a known name with a title before it
    if ctx.known.get(text) is not None:
        return
    region = countries.subdivision(text)
    if region is not None and _speaks(ctx.body, text):  # "South Dakota says …": the region's government
        p = Proposal(
            ctx.known.new_id(text), text, ActorKind.GOVERNMENT, Standing.GOVERNMENT, region, how="a region that speaks"
        )
        ctx.enter(p, [text])
        return
    if _place(words):
        return
    if len(words) > 1 and fold(text) in ctx.known.endings:
        return  # "Security Council" after "UN Security Council"
    country = countries.by_noun(text)
    if country is not None:
        if not _adjective_initials(ctx.body, at, text) and not _only_a_place(ctx, text):
            ctx.state(country, text)
        return
    titles = list(_TITLE.finditer(text))
    body_word = _body_word(words)
    after = text[titles[-1].end() :] if titles else ""
    # "White House Press Secretary S. G."; not "… Attorney’s Office"
    named_after = after[:1].isspace() and len(after.split()) >= 2
    if body_word is not None and not named_after:
        _body(ctx, text, words, body_word)
        return
    held = after.split()
    while held and held[0].casefold() in ("of", "at", "for", "the"):
        held = held[1:]  # "CEO of New Media Investment Group": the body the title is held at
    if len(held) < len(after.split()) and _body_word(held) is not None:
        name = " ".join(held)
        if ctx.known.get(name) is None:
            _body(ctx, name, held, _body_word(held) or "")
        return
    if titles:  # "US Secretary of State Mike Pompeo": the name after the title
        rest = text[titles[-1].end() :].split()
        at = ctx.body.index(rest[0], at) if rest else at
        words = rest
    nation: str | None = None  # "American Kevin King": the person's country
    while words and (countries.by_adjective(words[0]) or countries.by_noun(words[0])):
        if _first_name(words):
            break  # "Chad Wolf": a person
        adjective = countries.by_adjective(words[0])
        nation = adjective.code if adjective is not None else nation
        named = countries.by_noun(words[0])
        if named is not None and not _INITIALISM.fullmatch(words[0]):  # "to Ukraine Marie …", not "USA Today"
            ctx.state(named, words[0])
        at = ctx.body.index(words[0], at) + len(words[0])
        words = words[1:]
    while words and words[0].casefold() in _PARTICLES:  # "Russia of Crimea", "Director for the Middle East"
        at = ctx.body.index(words[0], at) + len(words[0])
        words = words[1:]
    if words and _place(words):
        return
    if len(words) == 1:
        if _surname(ctx, words[0]) or words[0].casefold() in ctx.lower:
            return
        if _named_as(ctx, ctx.body.index(words[0], at), words[0]):
            return  # "Ukrainian energy company Burisma", "Stratfor, the … intelligence organization"
        if titles and not words[0].isupper():  # "Chairman Schiff": a person named by title and surname
            _person(ctx, ctx.body.index(words[0], at), words[0])
        else:
            _speaking(ctx, ctx.body.index(words[0], at), words[0])
        return
    caps = [i for i, w in enumerate(words) if _ROLE.fullmatch(w)]
    if caps and 2 <= len(words) - caps[-1] - 1 <= 3 and not any(_ROLE.fullmatch(w) for w in words[caps[-1] + 1 :]):
        _role_before(ctx, at, words, caps[-1])  # "Browns DL Sheldon Richardson"
        return
    if not words or len(words) > 4 or any(w.isupper() and "." not in w for w in words):
        return
    while (
        len(words) > 2 and _descriptor(words[0], ctx.lower) and words[1][:1].isupper()
    ):  # "Employee Steve Castro", "Lt. Col. Alexander Vindman"
        at = ctx.body.index(words[0], at) + len(words[0])
        words = words[1:]
    name = " ".join(words)
    start = ctx.body.index(words[0], at)
    if _THE_BEFORE.search(ctx.body, max(0, start - 5), start) and _before_noun(ctx.body, start + len(name)):
        return  # "the Gibson Southern schools", "The Coty-Kylie Jenner deal": a name before a noun, no person
    if ctx.known.get(name) is not None or _named_as(ctx, start, name):
        return  # "the fact-checking website Full Fact": a body
    if (len(words) == 2 and all(w.casefold() in ctx.lower for w in words)) or _where(ctx.body, name):
        return  # "Health and Human Services" cut at "and", "Wall Street"; "a jury in Fort Worth", "Palm Beach, Florida"
    if _always_the(ctx.body, name):  # "The Associated Press reports": a name with "the" each time is no person's
        media = any(_REPORTS_AFTER.match(ctx.body, at + len(name)) for at in _mentions(ctx.body, name))
        kind, standing = (ActorKind.MEDIA, Standing.MEDIA) if media else (ActorKind.ORGANISATION, Standing.OTHER)
        p = Proposal(ctx.known.new_id(name), name, kind, standing, how="a name written with “the” each time")
        ctx.enter(p, [name])
        return
    if _kind_of(ctx, ctx.known.get(words[0]) or "") not in (ActorKind.PERSON, None):
        return  # "Apple Arcade", "Sony Now": a known body's product, no person
    _person(ctx, start, name)
    person = ctx.by_id.get(ctx.known.get(name) or "")
    if person is not None and person.country is None:
        person.country = nation


#: Words before a state's name that make it where something is: "in Italy", "shares outside Japan", "flew from
#: Brazil"; not the people or government of a state ("officials from Canada", "governments in Turkey").
_PLACE_BEFORE = re.compile(
    r"(?<!officials )(?<!leaders )(?<!diplomats )(?<!representatives )(?<!delegates )(?<!troops )(?<!government )"
    r"(?<!governments )(?<!authorities )\b(?:in|from|outside|inside|near|across|throughout|within|like)[^\S\n]+"
    r"(?:the[^\S\n]+)?$",
    re.IGNORECASE,
)
#: A city and a comma before a state's name: "Lagos, Nigeria", "DUBAI, United Arab Emirates —".
_CITY_BEFORE = re.compile(rf"(?<![\w’'-])[{_UPPER}][\w’'.-]*(?:[^\S\n]+[{_UPPER}][\w’'.-]*)*,[^\S\n]+$")
#: What stands between two names of a list, and "the": "Italy, Canada, Japan and the United States".
_LIST_BEFORE = re.compile(r"(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)(?:the[^\S\n]+)?$")
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])[{_UPPER}][\w’'.-]*(?:[^\S\n]+[{_UPPER}][\w’'.-]*)*$")
#: What follows a state named after a city or in a list: a mark or "and" ("Lagos, Nigeria.", "Italy, Canada and
#: …", "DUBAI, United Arab Emirates —"), not a verb.
_CLAUSE_ENDS = re.compile(r"[^\S\n]*(?:[,.;:)—–-]|(?:and|or)\b|$)", re.MULTILINE)
#: How many names of a list are walked back to find the preposition that opens it.
_LIST_DEPTH = 12


def _only_a_place(ctx: _Article, name: str) -> bool:
    """Whether the article names a state only as where something is, at every mention, never as the owner of
    something: no actor of the story, so no entry ("in Italy, Canada, Japan and the United States"; "Lagos,
    Nigeria"; not "Norway’s oil production")."""
    found = _mentions(ctx.body, name, "")
    if any(ctx.body.startswith(("'s", "’s"), at + len(name)) for at in found):
        return False  # "Norway’s October oil production": the state owns something
    return bool(found) and all(_a_place_at(ctx.body, at, _LIST_DEPTH, name) for at in found)


def _a_place_at(body: str, at: int, depth: int, name: str) -> bool:
    """Whether the name at ``at`` is where something is: after a preposition of place, after a city and a comma
    that follow such a preposition or make a dateline, or in a list whose first name is so."""
    if _PLACE_BEFORE.search(body, max(0, at - 40), at):
        return True
    if not _CLAUSE_ENDS.match(body, at + len(name)):
        return False  # "born in Porto, Portugal claimed her": a comma, then the subject of a clause
    city = _CITY_BEFORE.search(body, max(0, at - 40), at)
    if city is not None:
        line = body[body.rfind("\n", 0, city.start()) + 1 : city.start()]
        dateline = not line.strip() and city.group().rstrip(", ").isupper()  # "DUBAI, United Arab Emirates —"
        if dateline or _PLACE_BEFORE.search(body, max(0, city.start() - 40), city.start()):
            return True
    gap = _LIST_BEFORE.search(body, max(0, at - 12), at)
    before = _NAME_BEFORE.search(body, max(0, gap.start() - 40), gap.start()) if gap and depth else None
    return before is not None and _a_place_at(body, before.start(), depth - 1, before.group())


def _first_name(words: list[str]) -> bool:
    """Whether a state's noun opens a person's name of two words ("Chad Wolf", "Jordan Peele"): a noun that is no
    adjective, before one capitalised word that is no state, initials nor a body's word."""
    if len(words) != 2 or _INITIALISM.fullmatch(words[0]) or countries.by_adjective(words[0]):
        return False  # "U.S. Customs"
    if not countries.by_noun(words[0]):
        return False
    last = words[1]
    return last[:1].isupper() and not last.isupper() and not countries.by_noun(last) and not _is_body_word(last)


#: Words before a name that make it where something is: "in", "near", "east of", "the city of", "places like".
_WHERE_BEFORE = re.compile(
    r"\b(?:in|near|across|throughout|outside|inside|(?:north|south|east|west)\s+of|(?:city|town|state)\s+of|"
    r"places\s+like)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|downtown)\s+)?$",
    re.IGNORECASE,
)
_WHERE_AFTER = re.compile(r",[^\S\n]+([A-Z]\w*(?:[^\S\n]+[A-Z]\w*)?)(?![\w'’])")


def _where(body: str, name: str) -> bool:
    """Whether the article writes a name as where something is, at any of its mentions: after a preposition of
    place ("a jury in Fort Worth", "east of Los Angeles", "in the Cabinet Room"; not "in Smith's office"), or
    before the state or region it is in ("Palm Beach, Florida")."""
    for at in _mentions(body, name):
        end = at + len(name)
        if body.startswith(("'", "’"), end):
            continue
        if _WHERE_BEFORE.search(body, max(0, at - 40), at):
            return True
        region = _WHERE_AFTER.match(body, end)
        if region is not None and (countries.region(region.group(1)) or countries.by_noun(region.group(1))):
            return True  # "Palm Beach, Florida", "San Ysidro, California"; not "Liu He, China’s top negotiator"
    return False


def _member_named(body: str, words: list[str]) -> bool:
    """Whether the words after a body's possessive name a person: two or three capitalised words, the last of
    which the article also writes alone ("BBC’s Emily Maitlis … Maitlis asked"), as no title is written."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        return False
    last = re.sub(r"['’]s$", "", words[-1])
    return len(_mentions(body, last)) > len(_mentions(body, " ".join([*words[:-1], last])))


def _owned_member(ctx: _Article, at: int, owner: list[str], member: list[str]) -> None:
    """A person named after a body's possessive, and the body: the person a member of it (proposed as a body
    when the article names it only so)."""
    name = " ".join(owner)
    _named(ctx, at, owner)
    whom = ctx.known.get(name)
    if whom is None and not _place(owner) and not countries.by_noun(name) and owner[0] not in _STOP:
        whom = ctx.known.new_id(name)
        ctx.enter(Proposal(whom, name, ActorKind.ORGANISATION, Standing.OTHER, how="someone is its member"), [name])
    start = ctx.body.index(member[0], at)
    _named(ctx, start, member)
    person = ctx.by_id.get(ctx.known.get(" ".join(member)) or "")
    if whom and person is not None and person.kind is ActorKind.PERSON and not person.relations:
        person.relations.append((Relation.MEMBER_OF, whom, ctx.body[at : start + len(" ".join(member))]))


def _always_the(body: str, name: str) -> bool:
    """Whether every mention of a name has "the" right before it, as no person's name has."""
    found = _mentions(body, name)
    return bool(found) and all(_THE_BEFORE.search(body, max(0, at - 5), at) for at in found)


def _descriptor(word: str, lower: set[str]) -> bool:
    """Whether a word before a person's name says what they are, not who: an abbreviated rank ("Lt.", "Col.") or a
    word the article also writes in lower case, or its plural ("Employee", "Ombudsman", "Public")."""
    folded = word.casefold()
    return word.rstrip(".") in _ABBREVIATED or folded in lower or folded + "s" in lower


_PARTICLES = frozenset({"of", "for", "the", "on", "and", "de", "von", "der", "van", "al"})
_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+$")


def _of_body(ctx: _Article, at: int, words: list[str], split: tuple[int, int]) -> None:
    """A person and the body after "of" they belong to, each proposed (or known), the person a member of it."""
    k, j = split
    _named(ctx, ctx.body.index(words[j], at), words[j:])
    _named(ctx, at, words[:k])
    whom = ctx.known.get(" ".join(words[j:]))
    person = ctx.by_id.get(ctx.known.get(" ".join(words[:k])) or "")
    if whom and person is not None and person.kind is ActorKind.PERSON and not person.relations:
        person.relations.append((Relation.MEMBER_OF, whom, " ".join(words)))


def _speaks(body: str, name: str) -> bool:
    """Whether a name is somewhere the subject of a verb of saying ("South Dakota says"), not a preposition's
    complement ("the U.S. Attorney for the Western District of New York said")."""
    return any(
        _SPEAKING_AFTER.match(body, at + len(name)) and not _COMPLEMENT.search(body, max(0, at - 20), at)
        for at in _mentions(body, name, "")
    )


_COMPLEMENT = re.compile(r"\b(?:of|for|to|with|by|in|from|at|near|on)[^\S\n]+(?:the[^\S\n]+)?$")


#: A position written in capitals before a person's name: "WeWork CEO Adam Neumann", "Browns DL Sheldon Richardson".
_ROLE = re.compile(r"[A-Z]{2,4}")


def _role_before(ctx: _Article, at: int, words: list[str], k: int) -> None:
    """A person named after a position in capitals, and a member of the body named before it when it is known."""
    name = " ".join(words[k + 1 :])
    if ctx.known.get(name) is not None or any(_is_body_word(w) for w in words[k + 1 :]):
        return
    _person(ctx, ctx.body.index(words[k + 1], at), name)
    person = ctx.by_id.get(ctx.known.get(name) or "")
    whom = ctx.known.get(" ".join(words[:k])) if k else None
    if person is not None and whom and not person.relations:
        person.relations.append((Relation.MEMBER_OF, whom, " ".join(words)))


def _complement(words: list[str], i: int) -> bool:
    """Whether the name's words from ``i`` on follow "of" or "for" after a body's word: what the body is of, not a
    name with a title before it ("… Office for the Western District of New York" is not New York)."""
    head = words[:i]
    return bool(head) and head[-1].casefold() in ("of", "for", "the") and any(w.casefold() in _BODY_WORDS for w in head)


def _place(words: list[str]) -> bool:
    """Whether a capitalised name is a place or an event: a word of one in it ("Gulf of Aden", "Camp David", "Heinz
    Field", "American Music Awards"), a state's subdivision ("West Virginia") or a region named by its direction
    ("North Africa", "Inner Mongolia"), unless a body's word heads it before "of" or "for" ("U.S. Attorney’s Office
    for the Western District of New York")."""
    head = list(itertools.takewhile(lambda w: w.casefold() not in ("of", "for"), words))
    if len(head) < len(words) and any(w.casefold() in _BODY_WORDS for w in head):
        words = head
    if _is_body_word(words[-1]):
        return False  # a body named after its place: "U.S. Capitol Police"
    if len(words) > 1 and (countries.subdivision(" ".join(words)) or words[0] in _DIRECTIONS):
        return True
    return any(
        w.casefold() in _NOT_ACTORS
        and (w.casefold() not in _HEADS_FROM_THE_END or i == len(words) - 1 or words[i + 1] == "of")
        for i, w in enumerate(words)
    )


#: Words of _NOT_ACTORS that make a place, a law or an event only as the last word of its name or before "of"
#: ("the Patriot Act", "Bill of Rights", "Paris Agreement"): first in a name, they are a given name ("Bill Clinton").
_HEADS_FROM_THE_END = frozenset(
    {"bill", "act", "law", "deal", "plan", "war", "day", "week", "accord", "agreement", "treaty", "summit"}
    | _LAST_WORDS_NOT_ACTORS
)


#: Words of direction that open a region's name: "North Africa", "Middle East", "Inner Mongolia".
_DIRECTIONS = frozenset(
    [
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Middle",
        "Inner",
        "Outer",
        "Upper",
        "Lower",
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
    ]
)
#: Prepositions of place: a name alone after them is where something happens ("authorities in Beijing announced").
_LOCATIVE = re.compile(r"\b(?:in|from|near|across|throughout|outside|inside|at)[^\S\n]+(?:the[^\S\n]+)?$")


def _body(ctx: _Article, text: str, words: list[str], body_word: str) -> None:
    """A body: "European Commission", "Russian Foreign Ministry" (which speaks for Russia)."""
    kind, standing = _BODY_KINDS[body_word]
    # a state before a government's body is named, which the body speaks for ("Russian Foreign Ministry"); before
    # another body it only says where the body is ("U.S. Securities and Exchange Commission"): its country
    first = ctx.of(words[0]) if len(words) > 1 and kind is ActorKind.GOVERNMENT else None
    where = countries.by_noun(words[0]) or countries.by_adjective(words[0]) if len(words) > 1 else None
    made = ctx.known.new_id(text)
    p = Proposal(made, text, kind, standing, how=f"a body (“{body_word}”)")
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(initials) > 1 and ctx.known.get(initials) is None and _stands_alone(ctx.body, initials):
        p.aliases.append(initials)  # "European Union" … "the EU"
    else:  # "Chinese Center for Disease Control and Prevention" … "the CDC": initials of a part of the name
        inner = [w for w in _capitals(ctx.body) if w in initials and w != initials]
        p.aliases += [w for w in inner if ctx.known.get(w) is None][:1]

    stem = " ".join(words[:-1])
    alone = words[-1].rstrip(".") in _COMPANY_SUFFIXES and ctx.known.get(stem) is None
    if alone and len(_mentions(ctx.body, stem)) > len(_mentions(ctx.body, text)):
        p.aliases.append(stem)  # "McClatchy Co." … "McClatchy reported"
    short = _short_form(ctx.body, words)
    if short is not None and ctx.known.get(short) is None:
        p.aliases.append(short)  # "U.S. Attorney’s Office for the Western District …" … "the U.S. attorney's office"
    head = words[-1]
    if kind is ActorKind.MEDIA and len(words) > 1 and ctx.known.get(head) is None and _stands_alone_as(ctx.body, head):
        p.aliases.append(head)  # "The San Francisco Chronicle says …" … "The Chronicle says …"
    if first is not None and kind is ActorKind.GOVERNMENT:
        p.relations.append((Relation.SPEAKS_FOR, first, text))
    if first is not None:  # "Russian Defense Ministry": of that country
        p.country = ctx.by_id[first].country if first in ctx.by_id else _country_of(first, ctx.known)
    elif where is not None:  # "Polish Football Association"
        p.country = where.code
    ctx.enter(p, [text, *p.aliases])


def _named_as(ctx: _Article, start: int, name: str) -> bool:
    """A name the text says is a body, by a noun before it ("the website Full Fact", "energy company Burisma") or
    an apposition after it ("Stratfor, the Texas-based geopolitical intelligence organization"): proposed as that
    kind. Whether it was."""
    after = _KIND_AFTER.match(ctx.body, start + len(name))
    if after is not None and not after.group(1).islower():
        after = None  # "Michael Reed, the CEO of New Media Investment Group": the group is another's name
    noun = _KIND_NOUN.search(ctx.body, max(0, start - 40), start) or after
    members = _MEMBERS_AFTER.match(ctx.body, start + len(name))
    if noun is not None:
        kind, standing = _KIND_NOUNS[noun.group(1).casefold()]
        how = f"named as a {noun.group(1)}"
    elif members is not None:  # "White House advisers", "Kremlin officials": the body they belong to
        kind, standing, how = ActorKind.ORGANISATION, Standing.OTHER, f"its {members.group(1)} named"
    elif _EMPLOYER.search(ctx.body, max(0, start - 30), start):  # "Clegg now works for Facebook"
        kind, standing, how = ActorKind.ORGANISATION, Standing.OTHER, "someone works for it"
    else:
        return False
    made = ctx.known.new_id(name)
    p = Proposal(made, name, kind, standing, how=how)
    ctx.enter(p, [name])
    return True


def _short_form(article: str, words: list[str]) -> str | None:
    """A body's name without what it is of, as the article writes it elsewhere, in any case: "the U.S. attorney's
    office" for "U.S. Attorney’s Office for the Western District of New York". None when it has no such form."""
    head = list(itertools.takewhile(lambda w: w.casefold() not in ("of", "for"), words))
    if len(head) < 2 or len(head) == len(words):
        return None
    pattern = r"[’']".join(re.escape(part) for part in re.split(r"[’']", " ".join(head)))
    found = [m.group() for m in re.finditer(rf"(?<![\w.]){pattern}(?![\w’'])(?!\s+(?:of|for)\b)", article, re.I)]
    return found[0] if found else None


#: A word of capitals alone: "CDC", "NFL".
_CAPITALS = re.compile(r"(?<![\w’'.-])[A-Z]{3,5}(?![\w.-])")


def _stands_alone_as(text: str, head: str) -> bool:
    """Whether a name's last word stands alone after "the" ("the Chronicle", "The Times"): its short form."""
    return any(_THE_BEFORE.search(text, max(0, at - 5), at) for at in _mentions(text, head))


def _stands_alone(text: str, word: str) -> bool:
    """Whether ``word`` is in ``text`` as a word of its own (no letter, digit or full stop beside it)."""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else " ", text[at + len(word) : at + len(word) + 1] or " "
        if not (before.isalnum() or before == ".") and not (after.isalnum() or after == "."):
            return True
        at = text.find(word, at + 1)
    return False


def _surname(ctx: _Article, word: str) -> bool:
    """A capitalised word alone: the surname of a person proposed before is an alias of theirs."""
    p = ctx.by_id.get(ctx.known.surnames.get(word, ""))
    if p is not None and word not in p.aliases:
        p.aliases.append(word)
        ctx.known.add(p.id, [word])
    if p is None and word in ctx.known.firsts and word not in _STOP:  # "Liu said": Liu Xiaming, family name first
        p = ctx.by_id.get(ctx.known.firsts[word])
        if p is not None and word not in p.aliases and ctx.known.get(word) is None:
            p.aliases.append(word)
            ctx.known.add(p.id, [word])
    return p is not None or word in ctx.known.surnames or word in ctx.known.firsts


def _speaking(ctx: _Article, at: int, word: str) -> None:
    """A capitalised word alone that speaks or is spoken to is a body: "Politico reported …" (an organisation),
    "told the BBC" (a medium)."""
    if word in _STOP or word in _HONORIFICS or word in _MONTHS_DAYS or len(word) < 2:
        return
    if ctx.known.get(word) is not None or fold(word) in ctx.known.endings:  # a known name, or the end of one ("Okafor")
        return
    if _SOURCE_BEFORE.search(ctx.body, max(0, at - 60), at):  # "according to data from MarketAxess": a body
        made = ctx.known.new_id(word)
        ctx.enter(Proposal(made, word, ActorKind.ORGANISATION, Standing.OTHER, how="a source"), [word])
        return
    if _LOCATIVE.search(ctx.body, max(0, at - 20), at):
        return  # "authorities in Beijing announced": a place
    told = bool(_SPOKEN_TO.search(ctx.body[max(0, at - 30) : at]))
    acts = _ACTS_AFTER.match(ctx.body, at + len(word))
    if not told and not _SPEAKING_AFTER.match(ctx.body, at + len(word)) and not acts:
        return
    made = ctx.known.new_id(word)
    reports = _REPORTS_AFTER.match(ctx.body, at + len(word))  # "Politico reported": a medium reports
    media = told or reports
    kind, standing = (ActorKind.MEDIA, Standing.MEDIA) if media else (ActorKind.ORGANISATION, Standing.OTHER)
    p = Proposal(made, word, kind, standing, how="a name alone that speaks or is spoken to")
    ctx.enter(p, [word])


#: A title of two people before the first name and "and": "Sens. Cory Booker and ", "Governors Ana Ferreira and ".
_TITLE_OF_TWO = re.compile(
    rf"(?<![\w.])((?i:sens\.|reps\.|govs\.|senators|governors))[^\S\n]+[{_UPPER}][\w.’'-]*"
    rf"(?:[^\S\n]+[{_UPPER}][\w.’'-]*){{0,3}}[^\S\n]+and[^\S\n]+$"
)


def _person(ctx: _Article, at: int, name: str) -> None:
    """A person, with the title before the name read for standing and relation ("Polish Prime Minister …")."""
    made = ctx.known.new_id(name)
    p = Proposal(made, name, ActorKind.PERSON, Standing.OTHER, how="a person named in the text")
    before = ctx.body[max(0, ctx.body.rfind("\n", 0, at) + 1, at - 80) : at]
    head = re.split(r"[,;:()“”\"]|\b(?:and|said|says|told|by|with|when|after)\b", before)[-1]
    ends = [e for e in re.finditer(r"\b(\w{2,})[.!?]\s+", head) if e.group(1) not in _ABBREVIATED | _HONORIFICS]
    head = head[ends[-1].end() :] if ends else head  # the title is in the name's own sentence
    title = list(_TITLE.finditer(head))
    if title and re.search(r"\b(?:former|ex-)\s*$", head[: title[0].start()].split(" ", 1)[0] + " ", re.I):
        title = []  # "former U.S. ambassador": no longer speaks for it
    two = _TITLE_OF_TWO.search(before) if not title else None
    if two is not None:  # "Sens. Cory Booker and Kamala Harris": Harris is a senator too
        p.standing = _TITLES[two.group(1).casefold()][0]
    if title:
        standing, relation = _TITLES[title[-1].group(1).casefold()]
        p.standing = standing
        named = head[: title[0].start()].split()
        for i in range(len(named) - 1, max(-1, len(named) - 5), -1):  # "Palestinian chief negotiator"
            word = named[i].strip("()")  # "Sugar Regulatory Administration (SRA) chief"
            whom = ctx.of(word) or (ctx.of(" ".join(named[i - 1 : i + 1])) if i > 0 else None)
            if whom is not None:
                break
        else:
            whom, i = None, 0
        lower_only = not any(w[:1].isupper() or w.casefold() in ("former", "ex-", "late") for w in named)
        if relation is not None and whom is None and lower_only:
            # "Apple was late, CEO Tim Cook said"; "… by CTU and met with its president Antonio Intriago"
            whom = _body_in_sentence(ctx, at - len(head) + title[0].start(), made)
            i = len(named)
        if relation is not None and whom:
            said = " ".join([*named[i:], head[title[0].start() :].strip(), name]).removeprefix("the ")
            p.relations.append((relation, whom, said))
            of_whom = ctx.by_id[whom].name if whom in ctx.by_id else ctx.known.display.get(whom)
            if of_whom is not None:
                p.role = f"{' '.join(w.capitalize() for w in title[-1].group(1).split())} of {of_whom}"
            p.country = ctx.by_id[whom].country if whom in ctx.by_id else _country_of(whom, ctx.known)
        full = (head.strip() + " " + name).strip()
        if full != name:
            p.aliases.append(full)
    ctx.known.add(made, [name, *p.aliases])
    ctx.known.surnames.setdefault(_surname_of(name), made)
    ctx.known.firsts.setdefault(name.split()[0], made)
    ctx.out.append(p)
    ctx.by_id[made] = p


#: Where a sentence ends: a full stop, question or exclamation mark, perhaps a closing quotation mark, then space.
_SENTENCE_END = re.compile(r"[.!?][”\"’]?[^\S\n]+|\n")


def _body_in_sentence(ctx: _Article, at: int, person: str) -> str | None:
    """The body a title with none named before it is of: the last body the registry or the article knows named
    earlier in the title's sentence ("Harbourline was late, CEO Ana Ferreira said"). None when there is none."""
    start = max((e.end() for e in _SENTENCE_END.finditer(ctx.body, max(0, at - 300), at)), default=max(0, at - 300))
    found = None
    for run in _RUN.finditer(ctx.body, start, at):
        made = ctx.known.get(re.sub(r"['’]s$", "", run.group()))
        if made and made != person and _kind_of(ctx, made) in _BODIES:
            found = made
    return found


def _surname_of(name: str) -> str:
    """The last word of a person's name that is not a generational suffix: "Carlineo" of "… Carlineo Jr."."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in _NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _country_of(made: str, known: _Known) -> str | None:
    """The country of an actor the registry has: a state's code, else the country its entry gives."""
    return next((code for code, who in known.codes.items() if who == made), None) or known.countries.get(made)
