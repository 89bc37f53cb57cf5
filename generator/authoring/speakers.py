"""Who said each direct quotation of an article: speakers found through the actor registry.

``generator draft`` lists every direct quotation (:mod:`generator.inputs.quotations`)
with its speaker. The speaker is found in the words around the quotation, as a
newspaper writes them:

* ``X said: “…”``, ``X told Y: “…”``, ``X has argued the West has a “pledge”``
  (the subject of the nearest verb of saying before the quotation);
* ``“…,” X said`` or ``“…,” said X`` (right after it);
* ``according to X`` anywhere in the sentence;
* ``He said: “…”`` (a pronoun: the subject of an earlier sentence);
* a quotation standing alone in its paragraph, or running on from the paragraph
  before: the speaker of the quotation before it, else the one named in the
  previous sentence.

Names are the registry's names and aliases (and roles, for ``the chairman of
…``); a capitalised name that is not in the registry is kept, so the draft can
propose an entry for it. ``X's spokesperson`` and ``according to a Number 10
spokeswoman`` are unnamed go-betweens (``via: {unnamed: …}``); ``told TASS``
gives ``via: {to: "TASS"}``.

This is a drafting aid: it proposes, the analyst decides. Its recall and
attribution on the story fixture are measured by tests/test_draft.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from generator.inputs.quotations import Quotation, quotations, statements
from generator.inputs.saying import FILL as _FILL
from generator.inputs.saying import REPORTING as _REPORTING
from generator.inputs.saying import SAYING as _SAYING
from generator.inputs.saying import framed, sentences
from generator.inputs.schema import Actor
from generator.vocabulary import ActorKind

_VERB = re.compile(rf"\b(?:{_SAYING})\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
#: Words that start a new clause: the subject of a verb of saying comes after the last of them.
_BOUNDARY = re.compile(
    r"\b(?:after|while|when|whereas|because|since|although|though|[Bb]ut|that|if)\b|,\s*with\b|[;:(]"
)
#: "since" after an auxiliary is an adverb, no clause's start: "Mr. Trump has since said that …".
_ADVERB_SINCE = re.compile(r"\b(?:has|have|had|ever|long)\s+since\b")
_PREPOSITIONS = frozenset(
    [
        "of",
        "by",
        "with",
        "to",
        "for",
        "from",
        "in",
        "on",
        "at",
        "about",
        "against",
        "into",
        "onto",
        "over",
        "under",
        "between",
        "among",
        "through",
        "towards",
        "toward",
        "like",
        "than",
        "via",
    ]
)
_ARTICLES = frozenset({"the", "a", "an"})
#: "leaders from the coalition", "officials of Nato": the group speaks
_PEOPLE = frozenset(
    [
        "leaders",
        "members",
        "officials",
        "ministers",
        "representatives",
        "diplomats",
        "envoys",
        "spokespeople",
        "delegates",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    ]
)
#: Words of an office between a body and the person who holds it ("Kremlin spokesman Dmitry Peskov").
_OFFICE_GAP = re.compile(
    # after the body's acronym in brackets: "Sugar Regulatory Administration (SRA) chief Pablo Luis Azcona"
    r"\)?(?:"
    r"\s+(?:(?:[Ss]enior|[Dd]eputy|[Cc]hief|[Ff]ormer|[Ff]oreign|[Ii]nterior|[Dd]efen[cs]e|[Pp]rime|[Pp]ress|[Tt]op|"
    r"[Pp]olice|[Ii]nterim|[Aa]cting)\s+)*"
    r"(?:official|spokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|[Aa]mbassador|envoy|adviser|advisor|aide|"
    r"[Dd]irector|head|[Cc]hief|leader|negotiator|[Cc]ommander|[Gg]eneral|representative|lawyer|[Aa]ttorney|"
    r"prosecutor|[Gg]overnor|[Ss]enator|[Pp]resident|[Cc]hairman|[Cc]hair|editor(?:-in-chief)?|(?:co-)?founder|"
    r"correspondent|reporter|counsel|analyst|[Aa]dviser|officer|[Ee]xecutive|economist|strategist|researcher|"
    r"scientist|investor|trader|[Pp]rofessor)\s+$"
    # nothing between them: the person's own name holds the title ("U.S. President Donald Trump", an alias)
    r"|\s+$)"
)
_SPOKES = re.compile(
    r"^['’]s?\s+(spokes(?:person|man|woman)|press secretary|office|lawyers?|attorneys?|aides?|advisers?|advisors?)\b"
)
_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Оо]н|[Оо]на|[Оо]ни|그는|그가|그녀는|그녀가)\b")
#: Pronouns of other languages, as the English one they are read as.
_AS_ENGLISH = {"он": "he", "она": "she", "они": "they", "그는": "he", "그가": "he", "그녀는": "she", "그녀가": "she"}
_AS_ENGLISH |= {"his": "he", "her": "she", "their": "they", "its": "it"}
#: A possessive pronoun before someone who speaks for its owner: "His office said", "Her spokesman told".
_POSSESSIVE = re.compile(
    r"\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?=\s+(?:spokes(?:person|man|woman)|press secretary|office|lawyers?|attorneys?|"
    r"aides?|advisers?|advisors?)\b)"
)
_OWNED = re.compile(
    r"\s+(?:spokes(?:person|man|woman)|press secretary|office|lawyers?|attorneys?|aides?|advisers?|advisors?)\b"
)
#: Korean particles after a name ("엘제이는", "류화영의"): the name ends there all the same.
_HANGUL_PARTICLE = r"(?<=[가-힣])(?=(?:은|는|이|가|을|를|의|와|과|도|에게|에|께서|이라|라|역시)(?![\w-]))"
#: A Korean quotation's tag: “…”고 말했다, “…”라고 했다, “…”라거나: said by the sentence's subject.
_KOREAN_TAG = re.compile(r".\s*(?:이라고|라고|고|이라며|라며|이라거나|라거나)\s")
#: An article opening a sentence before a name the registry lacks ("The CDC assured …"): no part of the name.
_THE = re.compile(r"(?:The|A|An) (?=[A-Z]{2,}\b|[A-Z][\w’'-]+ [A-Z])")
#: A name not in the registry: two to four capitalised words ("Vladimir Rogov", "Anna de Vries" is missed).
_NAME = re.compile(r"\b(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+\b")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
#: The letters of a word that make its stem, for a body's members named by a word of its name.
_STEM = 6


@dataclass(frozen=True)
class Mention:
    """Words in the text naming someone: a registry actor (``actor``), an unknown name, or a pronoun."""

    start: int
    end: int
    text: str
    actor: str | None = None
    pronoun: bool = False
    #: an unnamed member of the body ``actor`` the words describe ("White House advisers", "prosecutors")
    described: bool = False


@dataclass
class Speaker:
    """Whose words a statement is, as far as the text says."""

    #: the registry actor who spoke, or ``None`` (an unknown ``name``, an unnamed go-between, or no one found)
    actor: str | None = None
    #: the words naming the speaker when not in the registry ("Anna Berg")
    name: str | None = None
    #: an unnamed go-between ("a Number 10 spokeswoman", "Starmer's spokesperson")
    unnamed: str | None = None
    #: who it was said to ("TASS", "journalists in Beijing")
    to: str | None = None
    #: how it was found, for the analyst: ``X said:``, ``according to X``, ``he → X``, ``continues``
    how: str = ""
    #: the words that say who spoke, (start, end) in the body: a date in them dates the statement
    said_in: tuple[int, int] | None = None
    #: the report is the whole sentence, whatever other speakers it names (a closing tag's: "…, X said.")
    whole: bool = False

    @property
    def found(self) -> bool:
        return self.actor is not None or self.name is not None


@dataclass
class Statement:
    """One direct quotation (its pieces, when it runs on over paragraphs) and its speaker."""

    pieces: list[Quotation]
    speaker: Speaker
    #: the sentence the first piece stands in: (start, end) in the body
    sentence: tuple[int, int]


@dataclass
class _Sentence:
    start: int
    end: int
    #: the first mention that can be a subject, for pronouns in later sentences
    subject: Mention | None = None
    mentions: list[Mention] = field(default_factory=list)


class Names:
    """The registry's names, aliases and roles, to find actors in a text."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors = {a.id: a for a in actors}
        self.by_text: dict[str, str] = {}
        for a in self.actors.values():
            for name in (a.name, *a.aliases):
                self.by_text.setdefault(_key(name), a.id)
                for form in _declined(name):  # "Полины", "Поризковой": a Russian name in its other cases
                    self.by_text.setdefault(_key(form), a.id)
                if name.lower().startswith("the "):
                    self.by_text.setdefault(_key(name[4:]), a.id)
        for a in self.actors.values():
            for title in _titles(a, self.actors):
                self.by_text.setdefault(_key(title), a.id)
        for surname, who in _surnames(self.actors.values()).items():  # "Lindqvist" for Marta Lindqvist
            self.by_text.setdefault(surname, who)
        self.roles = {_role_key(a.role): a.id for a in self.actors.values() if a.role and a.kind is ActorKind.PERSON}
        #: the stems of the words of the bodies' names ("prosec" of the Swedish Prosecution Authority), for
        #: "prosecutors said": the members of a body named by a word of its name
        self.stems: dict[str, set[str]] = {}
        for a in self.actors.values():
            if a.kind is not ActorKind.PERSON:
                for name in (a.name, *a.aliases):
                    for word in re.findall(r"[^\W\d_]{5,}", name.lower()):
                        self.stems.setdefault(word[:_STEM], set()).add(a.id)
        for office, who in _offices(self.actors.values()).items():  # "the president", when only one is known
            self.by_text.setdefault(f"the {office}", who)
        # a name of several words is found in any case ("the foreign ministry", "the US President");
        # one word only as written ("May" the person, not "may")
        self.folded = {k.casefold(): v for k, v in self.by_text.items() if " " in k}
        alternatives = _trie(self.by_text)
        self.pattern = (
            re.compile(rf"(?<![\w-])(?:{alternatives})(?:(?![\w-])|{_HANGUL_PARTICLE})") if self.by_text else None
        )

    def _actor(self, words: str) -> str | None:
        """The actor these words name: as written, or in any case for a name of several words."""
        key = _key(words)
        return self.by_text.get(key) or self.folded.get(key.casefold()) if " " in key else self.by_text.get(key)

    def mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """Registry actors, unknown capitalised names and pronouns in ``text[start:end]``, in order."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        if self.pattern is not None:
            # only the window is made plain (the whole text, for every sentence, made drafting quadratic);
            # from one character before it, which the pattern's look-behind reads
            low = max(0, start - 1)
            plain = text[low:end].translate(_APOSTROPHES)
            for m in self.pattern.finditer(plain, start - low):
                a, b, actor = low + m.start(), low + m.end(), self._actor(m.group())
                if actor is not None:  # not "may" for May
                    found.append(Mention(a, b, text[a:b], actor))
                    taken.append((a, b))
        for m in _NAME.finditer(text, start, end):
            if not any(a < m.end() and m.start() < b for a, b in taken) and _FILL not in m.group():
                a = m.start() + (len(the.group()) if (the := _THE.match(m.group())) else 0)  # "The CDC": CDC
                found.append(Mention(a, m.end(), text[a : m.end()]))
        for m in _PRONOUN.finditer(text, start, end):
            found.append(Mention(m.start(), m.end(), m.group(), pronoun=True))
        for m in _POSSESSIVE.finditer(text, start, end):  # "His office said": his words, through his office
            found.append(Mention(m.start(), m.end(), m.group(), pronoun=True))
        return sorted(found, key=lambda x: x.start)

    def person(self, mention: Mention) -> bool:
        """Whether ``he``/``she`` can stand for it: a person in the registry, or a name not in it."""
        if mention.actor is None:
            return not mention.pronoun
        return self.actors[mention.actor].kind is ActorKind.PERSON

    def member_of(self, text: str, start: int, end: int) -> str | None:
        """The body an unnamed description in ``text[start:end]`` belongs to: the one it names ("White House
        advisers", "a Taliban representative"), else the one body whose name shares a word's stem with it
        ("prosecutors" of the Swedish Prosecution Authority, "the city's police" of the Hong Kong police)."""
        found = [m for m in self.mentions(text, start, end) if not m.pronoun]
        if any(m.actor is None or self.person(m) for m in found):
            return None  # a person is named: not an unnamed one
        if found:
            return found[-1].actor
        words = re.findall(r"[^\W\d_]{5,}", text[start:end].lower())
        owners = {a for w in words for a in self.stems.get(w[:_STEM], ())}
        return next(iter(owners)) if len(owners) == 1 else None

    def by_role(self, words: str) -> str | None:
        """The person whose registry role these words are ("the chairman of the … commission")."""
        return self.roles.get(_role_key(words))


#: A Russian name's endings in its other cases, by how its first case ends: "Полина" → "Полины", "Полине";
#: "Поризкова" → "Поризковой"; "Депп" → "Деппа".
_CASES = {
    "а": ("ы", "и", "е", "у", "ой", "ою"),
    "я": ("и", "е", "ю", "ей"),
    "й": ("я", "ю", "ем", "е"),
    "": ("а", "у", "ом", "е"),
}


def _declined(name: str) -> list[str]:
    """The other case forms of a name in Cyrillic (its last word declined); nothing for other scripts."""
    words = name.split()
    if not words or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", words[-1]):
        return []
    last = words[-1]
    ending = last[-1] if last[-1] in "ая" or last[-1] == "й" else ""
    stem = last[: len(last) - len(ending)]
    return [" ".join([*words[:-1], stem + e]) for e in _CASES[ending] if stem + e != last]


def _titles(actor: Actor, actors: dict[str, Actor]) -> list[str]:
    """What the text may call a person by their office: "the US president", "Poland's prime minister".

    The office is the person's role before " of " ("President of the United States" → "president"), joined to
    each name of whom they lead or speak for.
    """
    if actor.kind is not ActorKind.PERSON or not actor.role:
        return []
    office = actor.role.split(" of ")[0].strip().lower()
    out: list[str] = []
    for r in actor.relations:
        whom = actors.get(r.actor)
        if whom is None or r.relation.value not in ("leads", "speaks-for"):
            continue
        for name in (whom.name, *whom.aliases):
            name = name.removeprefix("the ").removeprefix("The ")
            out += [f"the {name} {office}", f"the {name}'s {office}", f"{name}'s {office}"]
    return out


def _surnames(actors: Iterable[Actor]) -> dict[str, str]:
    """Each person's surname, the last word of their name, to them, when no other person has it: a surname
    alone stands for the person named in full ("Richardson" for "Browns DL Sheldon Richardson")."""
    holders: dict[str, set[str]] = {}
    for a in actors:
        words = a.name.split()
        if a.kind is ActorKind.PERSON and len(words) > 1 and re.fullmatch(r"[A-Z][\w’'-]{2,}", words[-1]):
            holders.setdefault(words[-1], set()).add(a.id)
    return {surname: next(iter(ids)) for surname, ids in holders.items() if len(ids) == 1}


def _offices(actors: Iterable[Actor]) -> dict[str, str]:
    """Each office ("president", "prime minister") that exactly one person of the registry holds, to its holder."""
    holders: dict[str, set[str]] = {}
    for a in actors:
        if a.kind is ActorKind.PERSON and a.role:
            holders.setdefault(a.role.split(" of ")[0].strip().lower(), set()).add(a.id)
    return {office: next(iter(ids)) for office, ids in holders.items() if len(ids) == 1 and office}


def _key(text: str) -> str:
    words = text.translate(_APOSTROPHES).split()
    if words and words[0] == "The":
        words[0] = "the"
    return " ".join(words)


def _role_key(text: str) -> str:
    words = [w for w in re.findall(r"[\w']+", text.translate(_APOSTROPHES).lower()) if w not in _ARTICLES]
    return " ".join(words)


_Trie = dict[tuple[str, bool], "_Trie"]
_END = ("", False)


def _trie(names: Iterable[str]) -> str:
    """The names as one regex that tries them letter by letter, longest first: its cost at a position is the
    length of the longest name there, not the number of names (an article may add thousands).

    Any white space between words, any case (:meth:`Names._actor` keeps a name of one word only as written).
    """
    root: _Trie = {}
    for name in names:
        node = root
        for ch in " ".join(name.translate(_APOSTROPHES).split()):
            node = node.setdefault((ch.lower(), ch.lower() != ch.upper()), {})
        node[_END] = {}
    return _emit(root)


def _emit(node: _Trie) -> str:
    parts = []
    for (ch, any_case), child in node.items():
        if (ch, any_case) == _END:
            continue
        if ch == " ":
            head = r"\s+"
        elif any_case:
            head = f"[{re.escape(ch)}{re.escape(ch.upper())}]"
        else:
            head = re.escape(ch)
        parts.append(head + _emit(child))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{body})?" if _END in node else body


# --- Attribution ----------------------------------------------------------------------------


class _Subjects:
    """The sentences' subjects, and which sentences have one a pronoun can stand for, in order.

    A pronoun stands for the subject of the nearest sentence before it that has a
    fitting one (a person for ``he``/``she``, anything else for ``it``): found by
    bisection, where walking back sentence by sentence made an article of sentences
    without one quadratic.
    """

    def __init__(self, parts: list[_Sentence], names: Names, frame: str) -> None:
        self.parts, self.names, self.frame = parts, names, frame
        #: the sentences whose subject ``he`` or ``she`` can stand for, and those with another subject
        self.people: list[int] = []
        self.others: list[int] = []
        #: the people named right after a title ("co-founder Julian Assange"), by the title's last word, in order
        self.titled: dict[str, list[Mention]] = {}
        #: every person named, in order, for the one a description stands for when no title says
        self.named: list[Mention] = []
        self.starts = [s.start for s in parts]
        #: every body of the registry named, in order, for the one a description ("the company") stands for
        self.bodies: list[Mention] = []
        #: the actors named beside a body's description in an apposition ("The group, WeWorkers Coalition, …",
        #: "Doctors for Camp Closure, a group of physicians, …"), by the description's head, in order
        self.apposed: dict[str, list[Mention]] = {}
        #: each person's gender, "he" or "she", as the article's own words give it
        self.gender = _genders(parts, names, frame)
        for i, s in enumerate(parts):
            opening = s.mentions[0] if s.mentions else None
            if opening is not None and opening.pronoun and _opens(frame, s, opening):
                # "She seems intent on …": the sentence is about whom its opening pronoun stands for, not about
                # a name after it ("… as Tom Okafor did")
                s.subject = self.antecedent(opening, i) or s.subject
            if s.subject is not None:
                (self.people if names.person(s.subject) else self.others).append(i)
            for m in s.mentions:
                if not m.pronoun and names.person(m):
                    self.named.append(m)
                if not m.pronoun and names.person(m):
                    self._title(frame, s, m)
                if m.actor is not None and not m.pronoun and not names.person(m):
                    self.bodies.append(m)
                head = _apposed_head(frame, s, m) if m.actor is not None and not m.pronoun else None
                if head is not None:
                    self.apposed.setdefault(head, []).append(m)

    def _gender(self, m: Mention) -> str | None:
        return self.gender.get(m.actor or m.text)

    def _title(self, frame: str, s: _Sentence, m: Mention) -> None:
        """Note the title a person is named with: before the words naming them ("co-founder Julian Assange"), or
        in them, before their name ("Interim BART Police Chief Ed Alvarez", an alias with the title)."""
        name = self.names.actors[m.actor].name if m.actor else m.text
        if m.text.endswith(name) and len(m.text) > len(name):
            self.titled.setdefault(_head(m.text[: -len(name)]), []).append(m)
            return
        title = _TITLE_BEFORE.search(frame, max(s.start, m.start - 40), m.start)
        if title is not None:
            self.titled.setdefault(_head(title.group(1)), []).append(m)

    def pair(self, description: Mention, index: int) -> list[Mention]:
        """The two a plural description stands for ("Both men", "Both sides"): the last two named before it, in
        this sentence or the three before, that can be subjects; people for men and women, else bodies."""
        people = _head(description.text) in ("men", "women")
        out: list[Mention] = []
        for i in range(index, max(-1, index - 4), -1):
            s = self.parts[i]
            for m in reversed(s.mentions):
                if m.start >= description.start or m.pronoun or self.names.person(m) != people:
                    continue
                if _eligible(self.frame, m, s.start) and (m.actor or m.text) not in {x.actor or x.text for x in out}:
                    out.append(m)
                if len(out) == 2:
                    return out[::-1]
        return []

    def described(self, description: Mention, index: int) -> Mention | None:
        """The person a definite description stands for: the last one named with its title before it ("the
        Wikileaks founder": "Wikileaks co-founder Julian Assange"), else the person the article has named most
        often before it (the one it is about: "the model" of an article on Porizkova), the latest of equals."""
        if _head(description.text) in _BODY_HEADS:
            return self._body(description)
        titled = self.titled.get(_head(description.text), [])
        earlier = [m for m in titled if m.start < description.start]
        if earlier:
            return earlier[-1]
        if _INDEFINITE.match(description.text):  # "A California transit chief says …": the chief named next
            return next((m for m in titled if 0 < m.start - description.start < _CATAPHORA), None)
        at = bisect.bisect_right(self.starts, description.start) - 1
        previous = self.parts[at - 1].subject if at > 0 else None
        # "Eyamba Sowers didn't know … The real estate agent said": whom the sentence before is about
        if previous is not None and previous.end and self.names.person(previous):
            return previous
        before = self.named[: bisect.bisect_left(self.named, description.start, key=lambda m: m.start)]
        counts: dict[str | None, int] = {}
        for m in before:
            counts[m.actor or m.text] = counts.get(m.actor or m.text, 0) + 1
        best = max(counts.values(), default=0)
        return next((m for m in reversed(before) if counts[m.actor or m.text] == best), None)

    def _body(self, description: Mention) -> Mention | None:
        """The body a definite description stands for ("the company", "the authority"): of those named before it,
        the last whose name has the description's head, else the last of a kind it may be."""
        head = _head(description.text)
        before = self.bodies[: bisect.bisect_left(self.bodies, description.start, key=lambda m: m.start)]
        recent = before[-_BODY_WALK:][::-1]
        kinds = _BODY_HEADS[head]
        named = (m for m in recent if head in self.names.actors[m.actor or ""].name.lower().split())
        found = next(named, None)
        apposed = [m for m in self.apposed.get(head, []) if m.end <= description.start]
        if apposed and (found is None or apposed[-1].start > found.start):  # "The group, WeWorkers Coalition, …"
            return apposed[-1]
        return found or next((m for m in recent if self.names.actors[m.actor or ""].kind in kinds), None)

    def set(self, index: int, subject: Mention | None) -> None:
        """Make ``subject`` the subject of sentence ``index`` (a speaker found in it)."""
        for listed in (self.people, self.others):
            at = bisect.bisect_left(listed, index)
            if at < len(listed) and listed[at] == index:
                del listed[at]
        self.parts[index].subject = subject
        if subject is not None:
            bisect.insort(self.people if self.names.person(subject) else self.others, index)

    def antecedent(self, pronoun: Mention, index: int) -> Mention | None:
        """The subject a pronoun in (or before) sentence ``index`` stands for: in its own sentence before it, or
        in the nearest sentence before with one that fits."""
        word = _AS_ENGLISH.get(pronoun.text.lower(), pronoun.text.lower())
        here = self.parts[index]
        subject = here.subject if pronoun.start >= here.start else None
        after = subject is not None and subject.start >= pronoun.start and bool(subject.end)  # named after it
        if subject is not None and not after and self._fits(word, subject):
            return subject
        if word in ("he", "she"):
            return self._gendered(word, index)
        lists = {"it": [self.others]}.get(word, [self.people, self.others])
        nearest = [listed[at - 1] for listed in lists if (at := bisect.bisect_left(listed, index)) > 0]
        return self.parts[max(nearest)].subject if nearest else None

    def _gendered(self, word: str, index: int) -> Mention | None:
        """The person ``he`` or ``she`` stands for: the subject of the nearest sentence before whose subject is a
        person of no other gender; when its gender is not known, the one person of that gender the sentence
        names first before its subject, if any ("Taylor Swift's albums … owned by talent manager Scooter Braun":
        ``she`` is Swift, whom the article calls "her", not Braun), else the subject: not someone named after it
        ("Figgins declined to say whether Thomas slept the night Epstein died. “…,” he said": Figgins)."""
        at = bisect.bisect_left(self.people, index)
        for i in range(at - 1, max(-1, at - 1 - _GENDER_WALK), -1):
            subject = self.parts[self.people[i]].subject
            if subject is None or self._gender(subject) not in (None, word):
                continue
            if self._gender(subject) is None:  # the first person of that gender it names before its subject
                named = self.parts[self.people[i]].mentions
                agreeing = (
                    m
                    for m in named
                    if not m.pronoun and self.names.person(m) and self._gender(m) == word and m.start < subject.start
                )
                return next(agreeing, subject)
            return subject
        return None

    def together(self, pronoun: Mention, index: int) -> list[Mention]:
        """All whom a plural pronoun stands for: its antecedent and those named with it, joined by "and" or a
        comma ("Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez"); none when it is alone."""
        first = self.antecedent(pronoun, index)
        if first is None or first.end == 0:
            return []
        at = bisect.bisect_right(self.starts, first.start) - 1
        named = [m for m in self.parts[at].mentions if not m.pronoun and m.start >= first.start] if at >= 0 else []
        out = named[:1]
        for m in named[1:]:
            if not _JOINED.fullmatch(self.frame, out[-1].end, m.start):
                break
            out.append(m)
        return out if len(out) > 1 and out[0].start == first.start else []

    def _fits(self, word: str, subject: Mention) -> bool:
        if word in ("he", "she"):
            return self.names.person(subject) and self._gender(subject) in (None, word)
        return not self.names.person(subject) if word == "it" else True


#: Between two names given together: a comma or "and", and a lower-case title ("and congresswoman").
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[a-z][\w-]*\s+){0,2}")


#: A description of a body right before a name set off by a comma: "The group, WeWorkers Coalition, …".
_APPOSED_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*,\s*$")
#: A description of a body in an apposition after a name: "Doctors for Camp Closure, a group of physicians".
_APPOSED_AFTER = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\b")


def _apposed_head(frame: str, s: _Sentence, m: Mention) -> str | None:
    """The head of a body's description that names ``m`` in an apposition, before or after it, if any."""
    before = _APPOSED_BEFORE.search(frame, max(s.start, m.start - 60), m.start)
    after = _APPOSED_AFTER.match(frame, m.end, min(s.end, m.end + 60))
    for found in (before, after):
        if found is not None and found.group(1) in _BODY_HEADS:
            return found.group(1)
    return None


def _opens(frame: str, s: _Sentence, pronoun: Mention) -> bool:
    """Whether a pronoun is its sentence's subject, opening it: after at most a short adverbial ("However, they
    said"), not a possessive ("His office") nor inside a subordinate clause ("When she …")."""
    before = frame[s.start : pronoun.start]
    if len(before) > _OPENING or _BOUNDARY.search(before) or pronoun.text.lower() in ("his", "her", "their", "its"):
        return False
    return pronoun.text[:1].isupper() or before.rstrip().endswith(",")


#: How many bodies named before it a description looks back over.
_BODY_WALK = 12
#: How many sentences with a person as subject ``he``/``she`` looks back over for one of its gender.
_GENDER_WALK = 6
#: Pronouns that say a person's gender, and the titles and offices before a name that do.
_HE_SHE = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
_TITLE_GENDER = re.compile(
    r"(?:\b(Mr|Sir|Lord|King|Prince)|\b(Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess)|"
    r"\b(?:spokes|chair|congress|business|council|police|anchor|alder)(?:(man)|(woman)))\.?\s+$",
    re.IGNORECASE,
)


#: A person's predicate: "X is …", "X was …", "X became …".
_COPULA = re.compile(r"\s+(?:is|was|has been|had been|became)\b")
#: Nouns that say whether a person is a man or a woman, said of them in their predicate.
_GENDER_NOUN = re.compile(
    r"\b(?:(man|men|father|son|husband|brother|boy|king|grandfather|uncle|nephew|actor|businessman)|"
    r"(woman|women|mother|daughter|wife|sister|girl|queen|grandmother|aunt|niece|actress|businesswoman))\b"
)


def _genders(parts: list[_Sentence], names: Names, frame: str) -> dict[str, str]:
    """Each person's gender as the article gives it: the pronouns of the sentences that name them and no other
    person ("Taylor Swift is allowed to play her music": she), a noun of gender said of the subject ("Omar is
    one of the first two Muslim women …"), and a title before their name ("Mr", "Ms", "spokeswoman"); the
    majority of these, none when they are even."""
    votes: dict[str, list[int]] = {}
    for s in parts:
        subject = s.mentions[0] if s.mentions else None
        said = _GENDER_NOUN.search(frame, subject.end, s.end) if subject and _COPULA.match(frame, subject.end) else None
        if subject is not None and said is not None and not subject.pronoun and names.person(subject):
            # "Omar is one of the first two Muslim women elected to Congress"
            votes.setdefault(subject.actor or subject.text, [0, 0])[0 if said.group(1) else 1] += 2
        people = {m.actor or m.text for m in s.mentions if not m.pronoun and names.person(m)}
        for m in s.mentions:
            title = _TITLE_GENDER.search(frame, max(s.start, m.start - 30), m.start)
            if title is not None and not m.pronoun and names.person(m):
                tally = votes.setdefault(m.actor or m.text, [0, 0])
                tally[0 if title.group(1) or title.group(3) else 1] += 2
        if len(people) == 1:  # the pronouns after the name ("Her boats were sold to Tom Okafor": not his)
            first = next(m for m in s.mentions if not m.pronoun and names.person(m))
            tally = votes.setdefault(first.actor or first.text, [0, 0])
            for p in _HE_SHE.finditer(frame, first.end, s.end):
                tally[0 if p.group(1) else 1] += 1
            for m in s.mentions:  # он, она, 그는, 그녀는
                word = _AS_ENGLISH.get(m.text.lower()) if m.pronoun and not m.text.isascii() else None
                if word in ("he", "she") and m.start > first.start:
                    tally[0 if word == "he" else 1] += 1
    return {who: "he" if he > she else "she" for who, (he, she) in votes.items() if he != she}


#: A dateline opening a paragraph: the place in capitals, its state or country, the wire, a dash ("DUBAI, United
#: Arab Emirates — ", "LOS ANGELES (AP) — ", "NEW YORK (Reuters) - "). Where the report was filed, no subject.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3})?(?: \([A-Za-z&. ]{1,20}\))?"
    r" ?(?:—|–|--|-) ",
    re.MULTILINE,
)


def _undated(frame: str) -> str:
    """A framed text with each paragraph's dateline blanked out (the same length): its place names no speaker."""
    return _DATELINE.sub(lambda m: " " * len(m.group()), frame)


def attribute(body: str, names: Names) -> list[Statement]:
    """Every direct quotation of ``body``, grouped into statements, each with its speaker as far as found."""
    spans = quotations(body)
    frame = _undated(framed(body, spans))
    parts = [_Sentence(a, b) for a, b in sentences(frame)]
    for s in parts:
        s.mentions = names.mentions(frame, s.start, s.end)
        s.subject = _first_subject(frame, s, names)
    ends = [s.end for s in parts]
    subjects = _Subjects(parts, names, frame)
    documents = _Documents(parts, names, frame)
    out: list[Statement] = []
    before: tuple[Statement, int] | None = None
    for group in statements(spans, body):
        index = _sentence_of(parts, ends, group[0].start - 1)
        named = _a_title(body, frame, parts, index, group)  # “Mein Kampf”, “Red for Ed”: a name, nobody's words
        speaker = Speaker() if named else _speaker(body, frame, subjects, documents, index, group[0])
        term = named or (not speaker.found and speaker.unnamed is None and _term(body, frame, parts, index, group))
        if not speaker.found and speaker.unnamed is None and not term:
            speaker = (
                _subject_here(frame, subjects, index, group[0]) or _carried(before, subjects, index, frame) or speaker
            )
        if speaker.found and parts:
            subjects.set(index, _as_mention(speaker, names) or parts[index].subject)
            documents.said_in(parts[index], speaker)
        bounds = (parts[index].start, parts[index].end) if parts else (0, len(body))
        out.append(Statement(group, speaker, bounds))
        if not term:  # a term goes on from no one, and breaks no one's run of quotations
            before = (out[-1], index)
    for i, statement in enumerate(out):
        _headed(body, statement, out[i + 1 : i + 1 + _HEADED_WITHIN])
    _tagged_after(out)
    return out


def _tagged_after(out: list[Statement]) -> None:
    """A quotation its sentence gives no speaker is the words of whom a closing tag after a later quotation of the
    same sentence names: "The outages have been “terribly disruptive” and …, “we won’t roll the dice,” company
    CEO Andy Vesey said." (both Vesey's)."""
    for statement, later in zip(reversed(out[:-1]), reversed(out[1:]), strict=True):
        speaker = later.speaker
        if statement.speaker.found or statement.speaker.unnamed is not None or statement.sentence != later.sentence:
            continue
        if speaker.found and speaker.how.startswith(("“…,”", "the tag of")):
            statement.speaker = replace(speaker, how="the tag of a quotation after it in the sentence", to=None)


#: A quotation of at most this many words inside a sentence of the writer's, with no verb of saying, is a term.
_TERM_WORDS = 3


def _term(body: str, frame: str, parts: list[_Sentence], index: int, group: list[Quotation]) -> bool:
    """Whether a quotation is a few words the writer sets in marks in a sentence of their own (a name, a label, a
    term: "convert their profile into a “business” or “creator” one", "a 55-kilometer “de-confliction zone”"),
    not words going on from a speaker named before: at most three words, at least three of the writer's around
    them. A verb of saying in the sentence is looked for before this, and an owner ("his “historic” deal") after."""
    if not parts or len(group) > 1:
        return False
    s, q = parts[index], group[0]
    inside = len(re.findall(r"[^\W\d_]+", body[q.start : q.end]))
    words = len(re.findall(r"[^\W\d_]{2,}", frame[s.start : s.end]))
    return q.end - q.start < 60 and inside <= _TERM_WORDS and words >= _REPORT_WORDS


#: Short words a title leaves in lower case ("Red for Ed", "The Boys in the Boat").
_TITLE_SMALL = frozenset(["a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "at", "by", "from"])
#: A title has at most this many words.
_TITLE_WORDS_MAX = 6


def _a_title(body: str, frame: str, parts: list[_Sentence], index: int, group: list[Quotation]) -> bool:
    """Whether a quotation is a name set in marks, of a work, a place, a slogan, a nickname ("in her book
    “Confidence Man,”", "dubbed the “Hanoi Hilton”", "chanted “Red for Ed”"): every word of it but the small
    ones capitalised, at most six, no sentence in it, inside a sentence of the writer's words; not the object a
    verb of saying names right before it ("called them “Never Trumpers”", "assailed Williams as part of the
    “Never Trumpers”": his words)."""
    if not parts or len(group) > 1:
        return False
    s, q = parts[index], group[0]
    text = body[q.start : q.end].strip().rstrip(",.").strip()
    words = text.split()
    if not 1 <= len(words) <= _TITLE_WORDS_MAX or re.search(r"[.!?;:]", text):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w[:1].isdigit() for w in content):
        return False
    if len(re.findall(r"[^\W\d_]{2,}", frame[s.start : s.end])) < _REPORT_WORDS:
        return False  # a quotation standing alone is someone's words
    verbs = _introducing(frame, s.start, q.start)
    between = frame[verbs[-1].end() : q.start] if verbs else "x"
    if re.search(r"\bas\s+(?:[\w-]+\s+){0,3}[\"“‘'«]?\s*$", between):  # "assailed Williams as part of the “…”"
        return False
    return not re.fullmatch(r"[\s,:]*(?:(?:that|them|it|him|her|us|me|you)\s*)?[\"“‘'«]?\s*", between)


#: A heading's quotation is looked for among this many statements after it.
_HEADED_WITHIN = 10
#: What may stand beside a quotation on a line of its own that heads what follows: "- ", "3. ", "(2)".
_LIST_MARK = re.compile(r"[\s\-–—*•·\d.)(\"“”‘’«»]*")


def _headed(body: str, statement: Statement, after: list[Statement]) -> None:
    """A quotation that is a heading ("3. “Not some irregular channel”") is the words of whoever says them in a
    statement after it ("“My role was not some irregular channel, but …,” he told lawmakers")."""
    q = statement.pieces[0]
    line_start = body.rfind("\n", 0, q.start) + 1
    line_end = body.find("\n", q.end) if "\n" in body[q.end :] else len(body)
    if len(statement.pieces) > 1 or not _LIST_MARK.fullmatch(body[line_start : q.start] + body[q.end : line_end]):
        return
    if re.search(r"[.!?…]\W*$", body[q.start : q.end]):  # a sentence quoted in a paragraph of its own: no heading
        return
    words = _plain(body[q.start : q.end])
    for later in after:
        if later.speaker.found and any(words in _plain(body[p.start : p.end]) for p in later.pieces):
            statement.speaker = replace(later.speaker, how="the heading of words quoted after it", said_in=None)
            return
    if statement.speaker.how == "continues":  # a heading goes on from nothing before it
        statement.speaker = Speaker()


def _plain(text: str) -> str:
    """Words compared: any case, no punctuation or quotation marks."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _first_subject(frame: str, s: _Sentence, names: Names) -> Mention | None:
    """The first name of a sentence that can be its subject, or the person its office names right after it
    ("Interim BART Police Chief Ed Alvarez" is Alvarez)."""
    found = [m for m in s.mentions if not m.pronoun]
    lead = _SUBORDINATE_OPENING.match(frame, s.start)  # "Asked about …, Neuberger": the main clause's subject
    after = lead.end() if lead is not None else s.start
    eligible = [j for j, m in enumerate(found) if _eligible(frame, m, s.start)]
    j = next((j for j in eligible if found[j].start >= after), eligible[0] if eligible else None)
    return _holder(frame, found, j, names) if j is not None else None


def _sentence_of(parts: list[_Sentence], ends: list[int], at: int) -> int:
    """The first sentence with ``start <= at <= end`` (sentences are in order and apart: a bisection), else 0."""
    i = bisect.bisect_left(ends, at)
    return i if i < len(parts) and parts[i].start <= at else 0


def _as_mention(speaker: Speaker, names: Names) -> Mention | None:
    """The speaker as the subject later pronouns stand for."""
    if speaker.actor is not None:
        return Mention(0, 0, names.actors[speaker.actor].name, speaker.actor)
    return Mention(0, 0, speaker.name) if speaker.name else None


def _speaker(body: str, frame: str, subjects: _Subjects, documents: _Documents, index: int, q: Quotation) -> Speaker:
    """The speaker of the quotation ``q``, from the words of its own sentence (and pronouns' antecedents)."""
    parts, names = subjects.parts, subjects.names
    if not parts:
        return Speaker()
    s = parts[index]
    if _THING_TAG.match(frame, q.end, s.end):  # "“…,” the statement said": whose statement the sentence before gave
        issued = _issuer(frame, subjects, index)
        if issued is not None:
            return issued
    tagged = _DOCUMENT_TAG.match(frame, q.end, s.end)
    if tagged is not None:  # "“…,” the letter said", "“…,” says the letter signed by seven physicians"
        end = tagged.end("doc") if tagged.group("doc") else tagged.end("inverted")
        speaker = _document_speaker(frame, subjects, documents, index, q.end + 1, end)
        if speaker is not None:
            speaker.said_in = (q.end, s.end)
            return speaker
    after = _after(body, frame, s, q, names)
    if after is not None:
        speaker = _resolved(after, subjects, index, "“…,” X said", frame)
        if not speaker.found and speaker.unnamed:  # "“…,” the spokesperson said": of the body named with them
            speaker.actor = _member_before(frame, subjects, index, speaker.unnamed)
        speaker.said_in = (q.end, s.end)
        verb = _VERB.search(frame, q.end, s.end)
        speaker.to = speaker.to or (_told(frame, verb, names) if verb else None)  # "“…,” X told the BBC"
        return speaker
    if _KOREAN_TAG.match(frame, q.end):  # 그는 “…”고 말했다: the sentence's subject
        subject = next((m for m in names.mentions(frame, s.start, q.start) if m.pronoun or m.actor), None)
        if subject is not None:
            return _resolved(subject, subjects, index, "X는 “…”고 (Korean)", frame)
    verbs = _introducing(frame, s.start, q.start)
    according = _according(frame, s, names)
    speaker = Speaker()
    tag = _end_tag(frame, s, names)
    if tag is not None and tag[2] >= q.end:  # "… “…” despite …, said another witness, … Fiona Hill."
        speaker = _tagged(frame, tag, subjects, index)
        speaker.said_in = (tag[2], s.end)
    elif verbs and (
        documented := _document_speaker(
            frame, subjects, documents, index, verbs[-2].end() if len(verbs) > 1 else s.start, verbs[-1].start()
        )
    ):  # "The lawsuit alleges that Smith “…”": the lawsuit's author's words, not Smith's
        speaker = documented
        speaker.said_in = (verbs[-1].start(), q.start)
    elif verbs:
        found = _subject(frame, s, verbs, len(verbs) - 1, names)
        if found is not None:
            subject, verb, clause = found
            speaker = _resolved(subject, subjects, index, f"X {verb.group()}", frame)
            speaker.to = _told(frame, verb, names)
            speaker.said_in = (clause, q.start)
    if according is not None:
        if according.actor is None and not according.text[:1].isupper():
            speaker.unnamed = according.text
            described = _described(frame, according.start, according.end, names)
            if described is not None and not speaker.found:  # "according to a Taliban representative"
                speaker.actor = described.actor
        elif not speaker.found:
            speaker = Speaker(according.actor, None if according.actor else according.text, how="according to X")
    if not speaker.found and speaker.unnamed is None and tag is None:
        speaker = _owner(frame, subjects, index, q, verbs) or speaker  # "Mr. Trump's announcement that “…”"
    return speaker


#: Nouns of things said: whose they are is whose the words quoted in what they say are.
_SPEECH_NOUN = (
    r"announcements?|claims?|statements?|remarks?|words|promises?|pledges?|assertions?|insistence|denials?|"
    r"warnings?|comments?|vows?|boasts?|predictions?|descriptions?|accusations?|allegations?|assurances?"
)
#: A thing said with its owner before it: "Mr. Trump’s Oct. 11 announcement", "his repeated claims".
_OWNED_SPEECH = re.compile(
    rf"(?:(?<=\w)['’]s?|\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[\w.-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})\b"
)


def _owner(frame: str, subjects: _Subjects, index: int, q: Quotation, verbs: list[re.Match[str]]) -> Speaker | None:
    """Whose words a quotation is when its sentence quotes them inside a thing said that someone owns, and no
    verb of saying introduces them (one that does says whose they are): "Despite Mr. Trump’s announcement that
    the two had reached a “historic” agreement, …", "his claim in the same interview that the pair were “not
    close”": the owner's, or a pronoun's antecedent's."""
    s = subjects.parts[index]
    owned = next(reversed(list(_OWNED_SPEECH.finditer(frame, s.start, q.start))), None)
    if owned is None or any(not owned.start() <= v.start() < owned.end() for v in verbs):  # none but its noun
        return None
    how = f"the {owned.group().split()[-1]} of X"
    if owned.group(1):
        pronoun = Mention(owned.start(1), owned.end(1), owned.group(1), pronoun=True)
        speaker = _resolved(pronoun, subjects, index, how, frame)
        return speaker if speaker.found else None
    named = [m for m in subjects.names.mentions(frame, s.start, owned.start()) if m.end == owned.start()]
    return _resolved(named[-1], subjects, index, how, frame) if named and not named[-1].pronoun else None


#: A tag after a quotation whose subject is what was said in: "“…,” the statement said".
_THING_TAG = re.compile(
    r"[\"”’»,?!\s]*(?:the|its|their|his|her)\s+(?:statement|report|letter|email|release|post|tweet|memo|filing)\s+"
    r"(?:said|says|stated|states|added|adds|read|reads|noted|notes)\b"
)


def _member_before(frame: str, subjects: _Subjects, index: int, described: str) -> str | None:
    """The body an unnamed member, described again ("the spokesperson"), was named with in the sentence before
    ("A spokesperson for the Los Angeles Police Protective League said …")."""
    if index == 0 or not re.match(r"[Tt]he\s", described):
        return None
    previous = subjects.parts[index - 1]
    head = re.escape(_head(described))
    first = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{head}\s+(?:for|of|at|from|with)\s+")
    m = first.search(frame, previous.start, previous.end)
    if m is None:
        return None
    bodies = [x for x in subjects.names.mentions(frame, m.end(), previous.end) if x.actor and not x.pronoun]
    if not bodies or subjects.names.person(bodies[0]) or frame[m.end() : bodies[0].start].strip() not in ("", "the"):
        return None
    return bodies[0].actor


#: Documents that speak for whoever filed, wrote or adopted them ("The lawsuit alleges that …", "the letter said"),
#: each word mapped to the kind of document it names (a suit is a lawsuit, a draft resolution a resolution).
_DOCUMENT_KINDS = {
    "lawsuit": "lawsuit",
    "suit": "lawsuit",
    "complaint": "lawsuit",
    "indictment": "indictment",
    "resolution": "resolution",
    "letter": "letter",
    "report": "report",
    "study": "study",
    "survey": "survey",
    "statement": "statement",
    "notification": "notification",
    "memo": "memo",
    "decision": "decision",
    "ruling": "ruling",
    "filing": "filing",
    "petition": "petition",
    "brochure": "brochure",
}
_DOCUMENT = "|".join(_DOCUMENT_KINDS)
#: A document as the subject of a verb of saying, right before it: "The lawsuit", "Wolff’s written decision", "The
#: U.N. Security Council resolution", "a report from Kotak Institutional Equities", "its letter".
_DOCUMENT_SUBJECT = re.compile(
    rf"(?:(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}})['’]s?\s+|\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|"
    rf"[Hh]er|[Tt]his)\s+)(?P<mods>(?:[\w.’'-]+\s+){{0,5}}?)(?P<head>{_DOCUMENT})s?\b"
    r"(?:\s+(?:[a-z]+\s+){0,3}?(?:from|by|of|on behalf of)\s+(?P<by>[^,#;]{1,80}?))?"
    r"\s*(?:(?:also|additionally|further|itself|has|had|have|is|was|then|later)\s+)*$"
)
#: A document named with its author, anywhere: "X filed a lawsuit", "a letter signed by X", "the lawsuit filed
#: Thursday on behalf of X", "X’s report", "the X resolution".
_MADE = (
    r"filed|files|brought|brings|sent|sends|wrote|writes|issued|issues|released|releases|published|publishes|"
    r"signed|signs|submitted|submits|drafted|drafts|adopted|adopts|passed|passes|circulated|circulates"
)
_DOCUMENT_MADE = re.compile(
    rf"\b(?:{_MADE})\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){{0,3}}?({_DOCUMENT})\b"
)
_DOCUMENT_BY = re.compile(
    rf"\b({_DOCUMENT})\s+(?:(?:{_MADE}|written|drafted|made)\s+(?:[\w.-]+\s+){{0,3}}?)?(?:by|from|on behalf of)\s+"
)
#: A document as what someone said things in: "X alleges in a new lawsuit", "UKMTO said in a security notification".
_SAID_IN = re.compile(
    rf"\b(?:in|through|according to)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?({_DOCUMENT})\b"
)


class _Documents:
    """Who filed, wrote or adopted each kind of document the article names, in order: a document that speaks
    later ("The lawsuit alleges", "“…,” the letter said") speaks for the last author of its kind before it."""

    def __init__(self, parts: list[_Sentence], names: Names, frame: str) -> None:
        self.names, self.frame = names, frame
        self.authors: dict[str, list[tuple[int, Mention]]] = {}
        for s in parts:
            for m in _DOCUMENT_MADE.finditer(frame, s.start, s.end):  # "The Harbour Board filed a lawsuit"
                subject = next(
                    (x for x in reversed(names.mentions(frame, s.start, m.start())) if _eligible(frame, x, s.start)),
                    None,
                )
                if subject is not None and not subject.pronoun:
                    self.add(m.group(1), m.start(1), subject)
            for m in _DOCUMENT_BY.finditer(frame, s.start, s.end):  # "a letter signed by the Harbour Board"
                after = names.mentions(frame, m.end(), min(s.end, m.end() + 80))
                if after and after[0].start - m.end() < 5 and not after[0].pronoun:
                    self.add(m.group(1), m.start(1), after[0])
            for m in _SAID_IN.finditer(frame, s.start, s.end):  # "The Ferry Guild alleges in a new lawsuit …"
                if s.subject is not None and s.subject.start < m.start() and not s.subject.pronoun:
                    self.add(m.group(1), m.start(1), s.subject)
            for m in re.finditer(rf"\b({_DOCUMENT})\b", frame[s.start : s.end]):  # "the Harbour Board resolution"
                at = s.start + m.start(1)
                before = [x for x in names.mentions(frame, max(s.start, at - 80), at) if not x.pronoun]
                if before and re.fullmatch(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}", frame[before[-1].end : at]):
                    self.add(m.group(1), at, before[-1])

    def add(self, word: str, at: int, author: Mention) -> None:
        listed = self.authors.setdefault(_DOCUMENT_KINDS[word.lower()], [])
        bisect.insort(listed, (at, author), key=lambda x: x[0])

    def said_in(self, s: _Sentence, speaker: Speaker) -> None:
        """Note the speaker of a sentence that says it spoke in a document ("X alleges in a new lawsuit …")."""
        if speaker.actor is None and speaker.name is None:
            return
        for m in _SAID_IN.finditer(self.frame, s.start, s.end):
            name = self.names.actors[speaker.actor].name if speaker.actor else speaker.name or ""
            self.add(m.group(1), m.start(1), Mention(0, 0, name, speaker.actor))

    def author(self, word: str, at: int) -> Mention | None:
        """The last author named before ``at`` of a document of this kind."""
        listed = self.authors.get(_DOCUMENT_KINDS[word.lower()], [])
        i = bisect.bisect_left(listed, at, key=lambda x: x[0])
        return listed[i - 1][1] if i > 0 else None


def _document_speaker(
    frame: str, subjects: _Subjects, documents: _Documents, index: int, start: int, end: int
) -> Speaker | None:
    """Whose words a document that is the subject right before ``end`` speaks ("The lawsuit alleges that Smith
    “…”": not Smith's): the author it names itself ("Wolff’s decision", "the Harbour Board resolution", "a report
    from X", "its letter"), else the last author of a document of its kind named before. An empty speaker when
    the text names none: the nearest person named is not the author."""
    doc = _DOCUMENT_SUBJECT.search(frame, start, end)
    if doc is None or _FILL in doc.group():
        return None
    how = f"the {doc.group('head')} of X"
    names = subjects.names
    for group, last in (("owner", True), ("mods", True), ("by", False)):
        if doc.group(group):
            found = [m for m in names.mentions(frame, doc.start(group), doc.end(group)) if not m.pronoun]
            if found:
                return _resolved(found[-1] if last else found[0], subjects, index, how, frame)
    det = doc.group("det") or ""
    if det.lower() in ("its", "their", "his", "her"):
        speaker = _resolved(Mention(doc.start("det"), doc.end("det"), det, pronoun=True), subjects, index, how, frame)
        return replace(speaker, unnamed=None) if speaker.found else Speaker()
    author = documents.author(doc.group("head"), doc.start("head"))
    return (
        Speaker(author.actor, None if author.actor else author.text, how=how.replace("X", author.text))
        if author
        else Speaker()
    )


def _issuer(frame: str, subjects: _Subjects, index: int) -> Speaker | None:
    """Who gave the statement a tag names ("the statement said"): the speaker the sentence before reports, by its
    closing tag ("…, the US military said in a statement.") or its verb of saying."""
    if index == 0:
        return None
    previous = subjects.parts[index - 1]
    tag = _end_tag(frame, previous, subjects.names)
    if tag is not None:
        speaker = _tagged(frame, tag, subjects, index - 1)
    else:
        verbs = _introducing(frame, previous.start, previous.end)
        said = _subject(frame, previous, verbs, len(verbs) - 1, subjects.names) if verbs else None
        speaker = _resolved(said[0], subjects, index - 1, "X said", frame) if said else Speaker()
    if not speaker.found:
        return None
    speaker.how, speaker.to = f"the statement of {speaker.actor or speaker.name}", None
    return speaker


#: Verbs that tag a quotation right after it ("“…,” he assures himself", "“…,” she quipped") though they report
#: nothing in the writer's words.
_TAG_ONLY = (
    "assured|assures|conceded|concedes|recalled|recalls|cautioned|cautions|acknowledged|acknowledges|"
    "reiterated|reiterates|joked|jokes|quipped|quips|shouted|shouts|yelled|yells|whispered|whispers|recounted|"
    "recounts|boasted|boasts|mused|muses|observed|observes|remarked|remarks|laughed|laughs"
)
#: What may stand after a closing tag's verb before the name: "the", a title in capitals ("said U.S. Attorney").
_TITLED = re.compile(r"(?:(?:the|The)\s+)?(?:(?:[A-Z]\.)+\s+|[A-Z][\w’'-]*\.?\s+){0,4}")
#: A full stop that ends no sentence in a name after the verb: initials, a title ("said U.S. Attorney …", "Dr.").
_ABBREVIATED = r"(?:(?<=\b[A-Z])|(?<=\bMr|\bMs|\bDr|\bSt)|(?<=\bMrs|\bSen|\bRep|\bGov|\bGen|\bCol|\bSgt))\.(?=\s*\w)"
#: A quotation's tag after it: "“…,” he said", "“…,” said Tom Okafor", "“…, – пожаловалась Поризкова".
_TAG = re.compile(
    rf"^[\"”’»,?!\s–—-]*(?:((?:[^.;:#]|{_ABBREVIATED}){{1,120}}?)\s+)?({_SAYING}|{_TAG_ONLY})\b"
    rf"(?:\s+((?:[^,.;:#]|{_ABBREVIATED}){{1,60}}))?"
)
#: The verb before the name, after a comma: "“…bigger deal” announced in October, said Derek Scissors".
_INVERTED = re.compile(rf"^[\"”’]?[^#.;:!?]{{0,60}}?,\s+(?:{_SAYING})\s+")


#: A tag after a quotation whose subject is a document: "“…,” the letter said", "“…,” says the letter signed by …".
_DOCUMENT_TAG = re.compile(
    r"[\"”’»,?!\s]*(?:(?P<doc>(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(_DOCUMENT_KINDS)
    + r"))\s+(?:said|says|stated|states|added|adds|read|reads|noted|notes|alleges|alleged|claims|claimed)\b"
    r"|(?:said|says|stated|states|reads|read)\s+(?P<inverted>(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(_DOCUMENT_KINDS)
    + r")(?:\s+(?:[a-z]+\s+){0,2}?(?:by|from|of)\s+(?:[^,.#;]|"
    + _ABBREVIATED
    + r"){1,60})?))"
)


def _introducing(frame: str, start: int, end: int) -> list[re.Match[str]]:
    """The verbs that may introduce a quotation: of saying ("said", "asked") and of reporting ("reiterated")."""
    found = {m.start(): m for m in _VERB.finditer(frame, start, end) if m.group().lower() != "according to"}
    for m in _REPORTING.finditer(frame, start, end):
        found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found) if not _in_relative(frame, start, end, found[k])]


def _in_relative(frame: str, start: int, end: int, verb: re.Match[str]) -> bool:
    """Whether a verb is a relative clause's, set off by commas: "One fund manager, who asked not to be named,
    said …", "…, who spoke on condition of anonymity, said": it says who the subject is, not what they said."""
    opened = re.search(r",\s*(?:who|which)\b[^,#;]*$", frame[max(start, verb.start() - 80) : verb.start()])
    return opened is not None and re.match(r"[^,#;.]*,", frame[verb.end() : end]) is not None


def _after(body: str, frame: str, s: _Sentence, q: Quotation, names: Names) -> Mention | None:
    """The speaker named right after the quotation: ``“…,” he said``, ``“…,” said Mr Trump``.

    Only after a quotation that ends with a comma (or ? or !) and only a name or pronoun
    standing alone beside the verb: ``“a tax” and said his members…`` is not an attribution.
    """
    tail = frame[q.end : s.end]
    # the comma may stand before a quotation's own closing marks ("… ‘No, you first,’” Apte said)
    closed = re.search(r"[,?!][\s\"'“”‘’]*$", body[q.start : q.end]) is not None
    if not (re.match(r"^[\"”’]?\s*[,?!]", tail) or closed or _tag_alone(frame, q.end, s.end)):
        # "“…bigger deal” announced in October, said Derek Scissors": a verb before the name, after a comma
        inverted = _INVERTED.match(tail)
        if inverted is None:
            return None
        found = names.mentions(frame, q.end + inverted.end(), s.end)
        return found[0] if found and found[0].start == q.end + inverted.end() and not found[0].pronoun else None
    m = _TAG.match(tail)
    if not m:
        return None
    if m.group(1):  # "he said", "the mayor said": the words before the verb name the speaker and nothing else
        start, end = q.end + m.start(1), q.end + m.end(1)
        adverb = re.search(r"\s+[a-z]+ly$", frame[start:end])  # "Thomas allegedly told": Thomas
        end = start + adverb.start() if adverb is not None else end
        introduced = _introducing(frame, s.start, q.start)  # "he said, “…,” the office said": his, the office's tag
        lead = introduced[-1] if introduced else None
        passive = lead is not None and re.search(r"\b(?:being|been|be|is|was|were)\s+$", frame[s.start : lead.start()])
        if lead is not None and not passive and not frame[lead.end() : q.start].strip(" ,:\"“‘'"):
            return None  # "… he said, “…,” the U.S. attorney's office said": the tag is who passed it on
        named = _named_before(frame, names.mentions(frame, start, end), start, end, names)
        if named is not None:
            return named
        subject = _participle_subject(frame, start, end, m.group(2), names)
        if subject is not None:  # "“…,” Benioff weighed in, telling Cook": whoever weighed in
            return subject
        verb = _VERB.match(frame, q.end + m.start(2))
        described = _description(frame, start, end, verb, names) if verb is not None and not introduced else None
        if described is not None:  # "“…,” one Weibo commenter said", "“…,” the company said"
            return described
    if m.group(3) and not re.fullmatch(r"told|tells|tell|telling", m.group(2)):  # whom it was told: no speaker
        # "said Tom Okafor on Tuesday", "writes the Associated Press": the name first after the verb
        start = q.end + m.start(3)
        found = names.mentions(frame, start, q.end + m.end(3))
        if found and _TITLED.fullmatch(frame, start, found[0].start):
            return _holder(frame, found, 0, names)  # "said Harbour Board chief Tom Okafor": Okafor
    return None


#: A title of a few words before a name in a closing tag ("company CEO", "the chief executive"): no article "a",
#: no preposition ("a friend of Tom Okafor" is not Okafor).
_TITLE_WORDS = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:(?!(?:a|an|of|for|at|with|to|by|from|and|or|but|as|when|while|if|since|because|so)\b)[\w.’'-]+\s+){0,4}"
)


def _tag_alone(frame: str, start: int, end: int) -> bool:
    """Whether a quotation with no comma before its closing mark is followed by nothing but its tag to the
    sentence's end ("“… and continue to see ” Mayer said."): a name or a pronoun, a verb of saying."""
    m = _TAG.match(frame[start:end])
    if m is None or not m.group(1) or frame[start + m.end() : end].strip(" .\n"):
        return False
    return re.fullmatch(r"(?:[A-Z][\w.’'-]*\s*){1,4}|[Hh]e|[Ss]he|[Tt]hey", m.group(1).strip()) is not None


def _participle_subject(frame: str, start: int, end: int, verb: str, names: Names) -> Mention | None:
    """The subject of a clause before a participle of saying set off by a comma, in a tag ("“…,” Benioff weighed
    in, telling Cook"): the name or pronoun opening it."""
    if not verb.endswith("ing") or not frame[start:end].rstrip().endswith(","):
        return None
    found = names.mentions(frame, start, end)
    opening = found[0] if found and not frame[start : found[0].start].strip() else None
    return opening if opening is not None and (opening.pronoun or _eligible(frame, opening, start)) else None


def _named_before(frame: str, found: list[Mention], start: int, end: int, names: Names) -> Mention | None:
    """The speaker the words between a quotation and its verb name: the name alone ("Tusk"), with an
    apposition after it ("Will Moy, chief executive of Full Fact,") or before it ("Sweden's deputy director of
    public prosecutions, Eva-Marie Persson,"), or the holder of an office ("Kremlin spokesman Dmitry Peskov")."""
    if not found:
        return None
    words = frame[start:end].strip().rstrip(",").rstrip()
    first, last = found[0], found[-1]
    if first.text in (words, re.sub(r"^(?:the|The)\s+", "", words)):  # "the Swedish Prosecution Authority said"
        return first
    if first.start == start and not first.pronoun:
        holder = _holder(frame, found, 0, names)
        if holder is not first and words.endswith(holder.text):
            return holder
        if frame[first.end : first.end + 1] == "," and names.person(first):
            return first
    if words.endswith(last.text) and frame[: last.start].rstrip().endswith(",") and names.person(last):
        return last
    # "company CEO Andy Vesey": a person at the end after a few words of title, no article or preposition
    person = found[-1]
    titled_end = person.actor is not None and names.person(person) and words.endswith(person.text)
    if titled_end and _TITLE_WORDS.fullmatch(frame, start, person.start):
        return person
    # "Missouri Rep. Tom Okafor, co-chair of …,": a person after a title in capitals, an apposition after them
    titled = next((m for m in found if m.actor is not None and names.person(m)), None)
    if (
        titled is not None
        and frame[titled.end : titled.end + 1] == ","
        and _TITLED.fullmatch(frame, start, titled.start)
    ):
        return titled
    return None


def _subject(
    frame: str, s: _Sentence, verbs: list[re.Match[str]], i: int, names: Names
) -> tuple[Mention, re.Match[str], int] | None:
    """The subject of ``verbs[i]``, that verb and where its clause starts (:func:`_subject_of`); a phrase opening
    the sentence with a preposition ("In his testimony Tuesday morning, Vindman said …") holds no subject but is
    part of the clause."""
    found = _subject_of(frame, s, verbs, i, names)
    opening = _PREPOSITIONAL_OPENING.match(frame, s.start)
    if found is not None and opening is not None and found[2] == opening.end():
        return found[0], found[1], s.start
    return found


def _subject_of(
    frame: str, s: _Sentence, verbs: list[re.Match[str]], i: int, names: Names
) -> tuple[Mention, re.Match[str], int] | None:
    """The subject of ``verbs[i]``, that verb and where its clause starts: the first name of the clause that is no
    preposition's object.

    A clause with no name (``…, claiming``) or a pronoun (``Zelenskyy said he spoke``)
    takes the subject of the verb before it in the sentence; else a registry role
    (``the chairman of the … commission told``).
    """
    verb = verbs[i]
    floor = s.start if i == 0 else verbs[i - 1].end()
    adverbs = {m.end() for m in _ADVERB_SINCE.finditer(frame, floor, verb.start())}
    boundaries = [m.end() for m in _BOUNDARY.finditer(frame, floor, verb.start()) if m.end() not in adverbs]
    boundaries += [m.end() for m in _RELAY_BEFORE.finditer(frame, floor, verb.start())]  # "according to X, Y said"
    quotes_before = [j + 1 for j in range(floor, verb.start()) if frame[j] == _FILL and frame[j + 1] != _FILL]
    lead = _SUBORDINATE_OPENING.match(frame, floor) if floor == s.start else None
    if lead is not None and lead.end() < verb.start():  # "Asked about her concern that X had …, Neuberger said"
        boundaries = [b for b in boundaries if b >= lead.end()]
    start = max([floor, *boundaries, *quotes_before])
    that = _THAT_RELATIVE.match(frame, floor, verb.start())
    # "The union that represents Boeing's machinists said"; not with a name in apposition after it ("The group
    # that owns most of her music, Big Machine, says")
    # "A spokesperson who did not wish to be named because of agency policy said": the clause may hold a boundary
    if that is not None and that.end() <= start and "," not in frame[that.end() : verb.start()]:
        described = _description(frame, floor, floor + len(that.group(1)), verb, names)
        if described is not None:
            return described, verb, floor
    opening = (
        (_SUBORDINATE_OPENING.match(frame, start) or _PREPOSITIONAL_OPENING.match(frame, start))
        if (start == s.start)
        else None
    )
    # "Although Hitler was born …, Austria argued"; "At the recent United Nations Climate Action Summit, Indian
    # Prime Minister Narendra Modi pledged"; "Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has …"
    if opening is not None and opening.end() < verb.start():
        start = opening.end()
    earlier = _subject(frame, s, verbs, i - 1, names) if i > 0 else None
    if earlier is not None and re.search(r"\band\s+(?:also\s+|then\s+)?$", frame[floor : verb.start()]):
        return earlier[0], verb, earlier[2]  # "X accused A and warned that …": the verbs share their subject
    relative = re.search(r",\s*(?:which|who)\s+(?:also\s+|has\s+|have\s+|had\s+)?$", frame[floor : verb.start()])
    if relative is not None:  # "the United States, which accuses him": the subject is what "which" stands for
        before = [m for m in names.mentions(frame, floor, floor + relative.start()) if not m.pronoun]
        if before and not frame[before[-1].end : floor + relative.start()].strip():
            return before[-1], verb, floor + relative.start()
        described = _described(frame, floor, floor + relative.start(), names) or _unnamed(
            frame, floor, floor + relative.start(), names
        )
        if described is not None:  # "A senior official, who spoke on condition of anonymity, said"
            return described, verb, floor + relative.start()
    fresh = earlier is None or bool(_CONTRAST.search(frame, floor, verb.start()))  # "…, while the police deny"
    # "X, via USA Today, said": who passed it on; "The company, which …, confirmed": what is said of it
    aside = (
        _RELAY_ASIDE.search(frame, start, verb.start())
        or _RELATIVE_ASIDE.search(frame, start, verb.start())
        or _ADVERB_ASIDE.search(frame, start, verb.start())
    )
    end = aside.start() if aside is not None else verb.start()
    progressive = _PROGRESSIVE.search(frame, start, end) if verb.group().endswith("ing") else None
    end = progressive.start() if progressive is not None else end  # "Consumer advocates are urging …"
    definite = _definite(frame, start, end, verb, names) if fresh else None
    if definite is not None:  # "The Wikileaks founder always argued", "Бывшая супермодель призналась"
        return definite, verb, start
    found = names.mentions(frame, start, end)
    with_clause = frame[max(0, start - 4) : start] == "with"  # ", with X warning …": X is the subject
    for j, m in enumerate(found):
        if m.pronoun:
            return earlier if earlier is not None and not earlier[0].pronoun else (m, verb, start)
        if _eligible(frame, m, s.start) or (with_clause and j == 0):
            return _holder(frame, found, j, names), verb, start
    described = _described(frame, start, end, names) if fresh else None
    if described is not None:  # "Prosecutors told reporters", "White House advisers say"
        return described, verb, start
    role = names.by_role(re.split(r"\s[–—-]\s|,", frame[start:end])[0])
    if role is not None:
        return Mention(start, end, names.actors[role].name, role), verb, start
    unnamed = _unnamed(frame, start, end, names)
    if unnamed is not None:  # "Some said", "Officials have warned", "Those in favor of punishment have said"
        return unnamed, verb, start
    return earlier or _elided(frame, s, verb, names)


#: The auxiliary of a verb of saying in the progressive, no part of its subject: "… are urging", "… is demanding".
_PROGRESSIVE = re.compile(r"\s+(?:is|are|was|were|has been|have been|had been)(?:\s+(?:also|still|now))?\s*$")
#: A noun phrase opening a clause with a relative "that" or "who" after it: "The union that represents …", "A
#: spokesperson who did not wish to be named …".
_THAT_RELATIVE = re.compile(
    r"(\s*(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]hose|[Oo]ne)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:that|who)\b"
)
#: A subordinate clause opening a sentence, up to its comma: the main clause's subject comes after it.
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:Although|Though|While|Whereas|When|After|Before|Because|Since|If|Once|Despite|As|"
    # a participle opening the sentence: "Asked about her level of concern that North Korean hackers …, Neuberger"
    r"Asked|Pressed|Questioned|Responding|Reacting|Speaking|Commenting|Testifying|Addressing)\b[^,#]{1,150},\s*"
)
#: A phrase opening a sentence with a preposition, up to its comma: no subject in it ("At the … Summit, Modi
#: pledged", "Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has spoken out", "In an email, …").
_PREPOSITIONAL_OPENING = re.compile(
    r"\s*(?:Like|Unlike|At|In|On|To|For|From|With|Without|During|Despite|Under|Amid|Among|Following|By|Beyond|"
    r"Besides|Apart from|Unlike|Ahead of|Instead of|Outside|Inside|Throughout)\b[^,#]{1,150},\s*"
)
#: Who passed the words on, named before their speaker: "according to NPR's Feng, Li Jifeng … wrote".
_RELAY_BEFORE = re.compile(r"\b[Aa]ccording to\b[^,#]{1,80},")
#: Who passed the words on, in an aside between the speaker and the verb: "Richardson, via USA Today, said".
_RELAY_ASIDE = re.compile(r",\s*(?:via|through)\s+[^,#]{1,60},\s*(?:[a-z]+ly\s+)?$")
#: An adverb set off by commas between the subject and its verb: "The ministry, however, disputed …".
_ADVERB_ASIDE = re.compile(
    r",\s*(?:however|meanwhile|though|too|also|in turn|in response|for (?:its|his|her|their) part)\s*,\s*$"
)
#: A relative clause or an example between the subject and its verb: "The company, which is expected to …,
#: confirmed", "Critics of the plan, including several council members, argued".
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:which|who|including|such as|[a-z]{3,}ing)\b[^#;]{1,200},\s*(?:[a-z]+ly\s+)?$"  # "…, speaking on …,"
)


def _elided(frame: str, s: _Sentence, verb: re.Match[str], names: Names) -> tuple[Mention, re.Match[str], int] | None:
    """The subject a verb shares with the sentence's first clause when it has none of its own: "She didn't give a
    date, but said …", "He declined to state when, saying …", "OrbitBeyond canceled its order, citing …"."""
    gap = re.search(r"(?:,|\bbut|\band)\s*$", frame[s.start : verb.start()])
    if gap is None:
        return None
    end = s.start + gap.start()
    clause = max([s.start, *(m.end() for m in _BOUNDARY.finditer(frame, s.start, end))])  # "… when Trump scuttled …"
    for start in dict.fromkeys([clause, s.start]):  # the clause's subject, else the sentence's
        head = [m for m in names.mentions(frame, start, end) if m.pronoun or _eligible(frame, m, start)]
        if head and head[0].start - start < _OPENING:
            return head[0], verb, start
        lead = _LEADING_DESCRIPTION.match(frame, start, end)
        definite = _definite(frame, lead.start(1), lead.end(1), verb, names) if lead and not head else None
        if definite is not None and _head(definite.text) in _BODY_HEADS:  # "However, the group raised …, and said"
            return definite, verb, start
    return None


#: A description opening a clause before its verb, after an adverb and its comma: "However, the group raised …";
#: only a body's ("the team … noted if …" stood for no one the article names).
_LEADING_DESCRIPTION = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s*)?((?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:[a-z]+ed|[a-z]+s|has|had|have|is|was|were|are|will|would|did|does)\b)"
)


#: A sentence's subject stands within this many characters of its start ("In May, NASA awarded …").
_OPENING = 40


def _holder(frame: str, found: list[Mention], j: int, names: Names) -> Mention:
    """``found[j]``, or the person its office names right after it: "Kremlin spokesman Dmitry Peskov" is Peskov,
    "State Department official David Holmes" Holmes."""
    m = found[j]
    if j + 1 < len(found) and not names.person(m):
        after = found[j + 1]
        if not after.pronoun and names.person(after) and _OFFICE_GAP.fullmatch(frame[m.end : after.start]):
            return after
    return m


def _eligible(frame: str, m: Mention, floor: int) -> bool:
    """Whether a mention can be the subject: not the object of a preposition, nor a possessive ("Trump's talks")."""
    if m.actor is None and m.text.split()[0].lower() in _PREPOSITIONS | _ARTICLES:
        return False
    before = re.findall(r"[\w']+", frame[max(floor, m.start - 60) : m.start].translate(_APOSTROPHES).lower())
    while before and before[-1] in _ARTICLES:
        before.pop()
    if before and before[-1] in _PREPOSITIONS:
        return len(before) > 1 and before[-1] in ("of", "from", "for") and before[-2] in _PEOPLE
    tail = frame[m.end : m.end + 30]
    if tail.startswith("의"):  # Korean possessive: "류화영의 폭로"
        return False
    return not re.match(r"^['’]s\b", tail) or bool(_SPOKES.match(tail))


def _resolved(m: Mention, subjects: _Subjects, index: int, how: str, frame: str) -> Speaker:
    """A mention as a speaker: a pronoun stands for an earlier subject; ``X's spokesperson`` is unnamed."""
    if m.described and not m.pronoun:
        return Speaker(m.actor, unnamed=m.text, how=f"{m.text} (unnamed, of {m.actor})")
    if m.pronoun:
        subject = subjects.described(m, index) if m.described else subjects.antecedent(m, index)
        if subject is None:  # a description that stands for no one named ("The agency said"): unnamed, of the
            # body it names, if any ("A senior harbour official")
            body = subjects.names.member_of(frame, m.start, m.end) if m.described else None
            return Speaker(body, unnamed=m.text if m.described else None, how=f"{m.text} → nobody named before")
        speaker = Speaker(subject.actor, None if subject.actor else subject.text, how=f"{m.text} → {subject.text}")
        owned = _OWNED.match(frame, m.end) if m.text.lower() in ("his", "her", "their", "its") else None
        speaker.unnamed = frame[m.start : owned.end()] if owned else None
        return speaker
    speaker = Speaker(m.actor, None if m.actor else m.text, how=how.replace("X", m.text))
    spokes = _SPOKES.match(frame[m.end : m.end + 30])
    if spokes:  # "Starmer's spokesperson said": Starmer's words, through someone the text does not name
        speaker.unnamed = frame[m.start : m.end + spokes.end()]
    return speaker


#: What may follow a closing tag's verb before the sentence ends: whom it was told ("told Agence France-Presse").
_TAG_OBJECT = re.compile(
    r"(?:(?:\s+[^\s,;:#]+){0,4}|\s+(?:in|on|at|during|after|before|from|via|through)(?:\s+[^\s,;:#]+){1,7})"
    # who passed it on, after the tag: "…, the commission said, according to Reuters."
    r"(?:,\s+according\s+to(?:\s+[^\s;:#]+){1,8})?"
    r"[\s.!?\"”’)]*"
)


#: "…, he said, according to", "…, one commenter said, per Feng": a verb of saying, then who passed the words on.
_RELAYED = re.compile(r",?\s*\b(?:according to|per)\b", re.IGNORECASE)


#: Verbs of saying that, as participles after a noun, describe someone: "the officials cited above".
_PARTICIPLES = frozenset({"cited", "quoted", "mentioned", "named"})


def _end_tag(frame: str, s: _Sentence, names: Names, across: bool = False) -> tuple[Mention, re.Match[str], int] | None:
    """Whose words a sentence is, when a tag after a comma ends it: "…, the Swedish Prosecution Authority said.",
    "…, White House advisers say.", "…, an insurgent source told Agence France-Presse.", or inverted, "…, said
    another witness in the impeachment probe, former White House Russia adviser Fiona Hill." The speaker's
    mention, the verb, and where the tag starts (its comma). "According to" right after a tag's verb is not the
    tag: "…, the commission said, according to Reuters" names who passed the words on, not whose they are."""
    verbs = _introducing(frame, s.start, s.end)
    if not verbs:
        return None
    verb = verbs[-1]
    if (
        len(verbs) > 1
        and verb.group().lower() == "according to"
        and _RELAYED.fullmatch(frame, verbs[-2].end(), verb.end())
    ):
        verb = verbs[-2]
    if len(verbs) > 1 and verb.group() in _PARTICIPLES and "," not in frame[verbs[-2].end() : verb.start()]:
        verb = verbs[-2]  # "…, said one of the officials cited above.": the participle describes who said it
    comma = frame.rfind(",", s.start, verb.start())
    # "… he said, “…,” the office said."; "That message is that … and “we want to try to help,” Sanborn said.":
    # the comma inside the quotation's marks
    if across and _FILL in frame[max(comma, s.start) : verb.start()]:
        closing = re.match(r"[^\S\n]*[\"”’»]", frame[frame.rfind(_FILL, s.start, verb.start()) + 1 :])
        comma = -1 if closing is None else frame.rfind(_FILL, s.start, verb.start()) + closing.end()
    if comma < 0 or _FILL in frame[comma : verb.start()]:
        return None
    who = frame[comma + 1 : verb.start()]
    if who.strip() and _TAG_OBJECT.fullmatch(frame, verb.end(), s.end):  # "…, X said."
        mention = _tag_subject(frame, comma + 1, verb.start(), verb, names)
    elif not who.strip():  # "…, said X."
        mention = _tag_inverted(frame, verb.end(), s.end, names)
    else:
        return None
    return (mention, verb, comma) if mention is not None else None


def _tagged(frame: str, tag: tuple[Mention, re.Match[str], int], subjects: _Subjects, index: int) -> Speaker:
    """The speaker a closing tag names, and whom it was told."""
    mention, verb, _ = tag
    speaker = _resolved(mention, subjects, index, f"…, X {verb.group()}", frame)
    speaker.to = _told(frame, verb, subjects.names)
    return speaker


def _tag_subject(frame: str, start: int, end: int, verb: re.Match[str], names: Names) -> Mention | None:
    """The subject of a closing tag: a name alone (after "the"), a pronoun, or a description of someone."""
    found = names.mentions(frame, start, end)
    words = re.sub(r"^(?:the|The)\s+", "", frame[start:end].strip())
    if len(found) == 1 and found[0].text == words:
        return found[0]
    spokes = _SPOKES.match(frame[found[-1].end : end]) if found and not found[-1].pronoun else None
    if spokes is not None and not frame[found[-1].end + spokes.end() : end].strip():  # "…, X's spokeswoman said."
        return found[-1]
    return _description(frame, start, end, verb, names)


def _description(frame: str, start: int, end: int, verb: re.Match[str], names: Names) -> Mention | None:
    """Words describing a speaker in a tag, whom the text does not name there: a body named before ("the
    company"), an unnamed member of a named body ("White House advisers"), or someone of no body ("one Weibo
    commenter", "the officials", "the doctor" after "a doctor on the scene")."""
    definite = _definite(frame, start, end, verb, names)
    if definite is not None and _head(definite.text) in _BODY_HEADS:
        return definite
    return _described(frame, start, end, names) or _unnamed(frame, start, end, names)


def _tag_inverted(frame: str, start: int, end: int, names: Names) -> Mention | None:
    """The speaker after an inverted tag's verb: the person whose name ends the sentence, after any description
    ("said another witness …, former White House Russia adviser Fiona Hill")."""
    described = _tag_described(frame, start, end, names)
    if described is not None:
        return described
    if _VERB.search(frame, start, end) or _REPORTING.search(frame, start, end) or _FILL in frame[start:end]:
        return None
    if re.search(r"\bthat\b", frame[start:end]):  # "…, confirmed on Monday that it had been …": what, not who
        return None
    found = [m for m in names.mentions(frame, start, end) if not m.pronoun]
    words = re.sub(r"^(?:the|The)\s+", "", frame[start:end].strip(' .!?"”’)'))
    # "…, reports Reuters.", "…, reports the Harbour Wire.", "…, says the World Health Organization." (an alias
    # with its "the")
    if len(found) == 1 and re.sub(r"^(?:the|The)\s+", "", found[0].text) == words:
        return found[0]
    people = [m for m in found if names.person(m)]
    if not people or frame[people[-1].end : end].strip(' .!?"”’)'):
        first = _named_after(frame, start, end, names)  # "…, said Scott Strenfel, PG&E's principal meteorologist."
        return first if first is not None and re.match(r"\s*,", frame[first.end : end]) else None
    return people[-1]


#: An inverted tag's words that only describe who said it: "officials", "a second official", "one of the officials
#: cited above" (up to a participle or an adverb of place).
_TAG_DESCRIPTION = re.compile(
    r"\s*((?:[a-z]+s|(?:a|an|another|one|one of the|two of the)\s+(?:[a-z-]+\s+){0,5}?[a-z-]+))"
    r"(?:\s+(?:[a-z]+ed|above|below|earlier)\b[^,;#]*)?[\s.!?\"”’)]*"
)


def _tag_described(frame: str, start: int, end: int, names: Names) -> Mention | None:
    """Who said it, after an inverted tag's verb, when the tag only describes them ("…, say officials.", "…, said
    a second official.")."""
    m = _TAG_DESCRIPTION.fullmatch(frame, start, end)
    if m is None or names.mentions(frame, m.start(1), m.end(1)) or _REPORTING.search(frame, m.start(1), m.end(1)):
        return None
    return _described(frame, m.start(1), m.end(1), names) or _unnamed(frame, m.start(1), m.end(1), names)


#: Words that open a clause with a subject of its own: "…, while the city's police deny …".
_CONTRAST = re.compile(r"\b(?:while|whereas|but|although|though)\b")
#: A title right before a name: "co-founder Julian Assange", "former supermodel Paulina Porizkova".
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_][\w-]*)\s+$")
#: A definite description before its verb: "The Wikileaks founder (always)", "the 45-year-old", and, in a
#: language without articles, a noun phrase of a few lower-case words ("Бывшая супермодель", "В интервью модель").
_DEFINITE = re.compile(
    r"\s*(?:(?:[Tt]he|[Tt]his)\s+(?:[\w’'.-]+\s+){0,3}?(?P<head>[^\W_A-Z][\w-]*)"
    r"|(?:[А-ЯЁа-яё-]+\s+){0,2}(?P<cyrillic>[а-яё-]+))(?:\s+(?:always|also|later|then|again|once|further|still|"
    r"previously|recently|first|earlier|repeatedly|publicly|has|had|have|is|are|was|were|been|will|would))*\s*$"
)
#: An indefinite description whose head is a title, standing for the person named with it just after.
_INDEFINITE_TITLE = re.compile(
    r"\s*((?:A|An|a|an)\s+(?:[\w’'.-]+\s+){0,3}?(?:chief|director|spokes(?:man|woman|person)|official|minister|"
    r"secretary|ambassador|adviser|advisor|aide|commander|general|president|chairman|leader|head|executive|officer))\s*"
)
_INDEFINITE = re.compile(r"(?:A|An|a|an)\s")
#: How far after it the person an indefinite description stands for is named (about two sentences).
_CATAPHORA = 400
#: Heads that name things said, not someone who says them ("The report said", "the statement said").
_THINGS_SAID = frozenset(
    [
        "report",
        "statement",
        "study",
        "document",
        "letter",
        "survey",
        "poll",
        "article",
        "move",
        "decision",
        "agreement",
        "deal",
        "plan",
    ]
)
#: Heads of a description that name no person: "the company said", "the ministry stated".
_NOT_PEOPLE = _THINGS_SAID | frozenset(
    [
        "company",
        "firm",
        "group",
        "government",
        "ministry",
        "department",
        "office",
        "agency",
        "authority",
        "council",
        "committee",
        "court",
        "police",
        "army",
        "navy",
        "military",
        "commission",
        "union",
        "party",
        "country",
        "city",
        "state",
        "organisation",
        "organization",
        "network",
        "newspaper",
        "website",
        "channel",
    ]
)


def _head(words: str) -> str:
    """The last word of a title or description, without co-, vice-, ex- ("co-founder" → "founder")."""
    last = words.split()[-1].lower() if words.split() else ""
    return re.sub(r"^(?:co|vice|ex)-", "", last)


def _definite(frame: str, start: int, end: int, verb: re.Match[str], names: Names) -> Mention | None:
    """A definite description as the subject of a verb of saying, standing for a person named before it; as a
    pronoun that is resolved by :meth:`_Subjects.described`. Not a description a registry name covers ("the
    mayor"), nor one of a thing ("the company"), nor a plural ("the analysts", "модели заявили")."""
    a_title = _INDEFINITE_TITLE.fullmatch(frame, start, end)
    if a_title is not None:  # "A California transit chief says"
        return Mention(a_title.start(1), a_title.end(1), a_title.group(1), pronoun=True, described=True)
    both = re.match(r"\s*((?:[Bb]oth|[Tt]he two)\s+[a-z]+)\s*$", frame[start:end])
    if both is not None:  # "Both sides said", "the two men claimed": the last two named before
        return Mention(start + both.start(1), start + both.end(1), both.group(1), pronoun=True, described=True)
    m = _DEFINITE.match(frame, start, end)
    if m is None or _FILL in m.group():
        return None
    head = m.group("head") or m.group("cyrillic")
    stop = m.start("head") + len(head) if m.group("head") else m.start("cyrillic") + len(head)
    plural = head.endswith("s") if m.group("head") else verb.group().endswith("ли")
    body = head.lower() in _BODY_HEADS and re.match(r"\s*(?:(?:[Bb]ut|[Aa]nd)\s+)?[Tt]he\s+\S+\s*$", frame[start:stop])
    if (
        plural
        or (head.lower() in _NOT_PEOPLE and not body)
        or _NOT_A_NOUN_PHRASE.fullmatch(head)
        or any(x.end >= stop for x in names.mentions(frame, start, stop))
    ):
        return None
    a = start + len(m.group()) - len(m.group().lstrip())
    return Mention(a, stop, frame[a:stop], pronoun=True, described=True)


#: Heads of a description that stand for a body named before ("the company said": the company the article
#: named), and the kinds of actor each may be.
_BODY_HEADS: dict[str, frozenset[ActorKind]] = {
    **dict.fromkeys(
        ["company", "firm", "group", "label", "business", "corporation", "organisation", "organization", "network"],
        frozenset({ActorKind.ORGANISATION, ActorKind.MEDIA}),
    ),
    **dict.fromkeys(
        ["ministry", "department", "agency", "government", "authority", "office", "commission", "council", "committee"],
        frozenset({ActorKind.GOVERNMENT}),
    ),
    **dict.fromkeys(["newspaper", "channel", "broadcaster"], frozenset({ActorKind.MEDIA})),
    **dict.fromkeys(["union", "party"], frozenset({ActorKind.ORGANISATION})),
    **dict.fromkeys(["country"], frozenset({ActorKind.STATE})),
}


def _described(frame: str, start: int, end: int, names: Names) -> Mention | None:
    """Words describing an unnamed member of a named body, as a mention of that body: "White House advisers",
    "an insurgent source" (no body: ``None``), "Prosecutors" after the Swedish Prosecution Authority."""
    text = frame[start:end]
    a = start + len(text) - len(text.lstrip(" ,"))
    b = start + len(text.rstrip(" ,"))
    words = frame[a:b].split()
    if not words or len(words) > _DESCRIPTION_WORDS or _FILL in frame[a:b] or _VERB.search(frame, a, b):
        return None
    if _REPORTING.search(frame, a, b) or _NOT_A_NOUN_PHRASE.search(frame, a, b):
        return None
    body = names.member_of(frame, a, b)
    if body is None:
        return None
    last = [m for m in names.mentions(frame, a, b) if not m.pronoun]
    if last and last[-1].end == b:  # "the city council": the body itself, its name the words' head
        return last[-1]
    return Mention(a, b, frame[a:b], body, described=True)


#: Between a subject and its verb: auxiliaries and adverbs ("have also", "ultimately", "have long").
_BEFORE_VERB = re.compile(
    r"(?:\s+(?:has|have|had|also|long|still|now|already|since|again|often|even|[a-z]+ly))*\s*$", re.IGNORECASE
)
#: Heads of a noun phrase that stand for people by themselves: quantifiers and indefinite pronouns.
_SOMEONE = frozenset(
    [
        "some",
        "many",
        "others",
        "several",
        "few",
        "most",
        "those",
        "both",
        "all",
        "everyone",
        "someone",
        "somebody",
        "anyone",
        "one",
        "none",
    ]
)
#: Plurals of people that do not end in -s.
_PEOPLE_PLURAL = frozenset(["people", "men", "women", "children", "police", "staff", "personnel", "folk", "folks"])
#: Words before a noun that make it a noun phrase by themselves: articles, numbers, quantifiers.
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "another",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "some",
        "many",
        "several",
        "few",
        "most",
        "other",
        "these",
        "those",
    ]
)
#: Heads that name things said, not someone who says them ("The report said", "Documents show"); a body
#: described ("the company", "few countries") is someone.
_NOT_SPEAKERS = _THINGS_SAID | frozenset(
    [
        "bill",
        "law",
        "text",
        "data",
        "figure",
        "estimate",
        "record",
        "filing",
        "email",
        "memo",
        "tweet",
        "video",
        "footage",
        "photo",
        "image",
        "sign",
        "message",
        "headline",
        "note",
        "rule",
        "analysis",
        "research",
        "evidence",
        "testimony",
        "page",
        "account",
        "version",
        "book",
        "website",
    ]
)


def _unnamed(frame: str, start: int, end: int, names: Names) -> Mention | None:
    """Words describing an unnamed speaker who belongs to no named body, standing as the subject: "Some", "the
    officials", "an airport official", "Those in favor of punishment", "Rudolph's supporters". A noun phrase
    (after the clause's last comma, before any auxiliary) whose head, the last word before a preposition or a
    participle, is a quantifier, a plural or a noun after a determiner, and no name of a thing ("the report").
    As a mention of no actor, ``described``: the speaker is ``None``, the words its ``unnamed`` go-between."""
    text = frame[start:end]
    text = text[: len(text) - len(_BEFORE_VERB.search(text).group())]  # type: ignore[union-attr]
    if text.endswith(","):  # "…, disputed the figures, saying": no subject of its own before a comma
        return None
    a = start + max((m.end() for m in re.finditer(r",\s", text)), default=0)  # not "3,248 cases"
    b = start + len(text)
    a += len(frame[a:b]) - len(frame[a:b].lstrip(' "”’»'))
    words = frame[a:b].split()
    if not words or len(words) > _DESCRIPTION_WORDS or _FILL in frame[a:b] or _VERB.search(frame, a, b):
        return None
    if _REPORTING.search(frame, a, b) or _NOT_A_NOUN_PHRASE.search(frame, a, b):
        return None
    if any(m.pronoun or (m.start, m.end) == (a, b) for m in names.mentions(frame, a, b)):
        return None  # "He", "Tom Okafor": a pronoun or a name, not a description
    if words[-1].lower() in _PREPOSITIONS | _ARTICLES:  # "it posted a series of tweets": a noun, not a verb
        return None
    word, before = _noun_head(words)
    lower = word.lower()
    if (word[:1].isupper() and before) or _singular(lower) in _NOT_SPEAKERS:
        return None
    if _plural(lower) or (
        before and (before[0].lower() in _DETERMINERS or any(re.search(r"['’]s$", w) for w in before))
    ):
        return Mention(a, b, frame[a:b], described=True)
    return None


def _singular(word: str) -> str:
    """A plural noun's singular, roughly ("studies" → "study", "documents" → "document")."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _plural(word: str) -> bool:
    """Whether a noun stands for people by itself: a quantifier ("some", "many"), or a plural."""
    return word in _SOMEONE or word in _PEOPLE_PLURAL or (word.endswith("s") and not word.endswith(("ss", "us")))


def _noun_head(words: list[str]) -> tuple[str, list[str]]:
    """The head of a noun phrase and the words before it: of the words before a preposition or a participle,
    the last plural, else the last ("a doctor on the scene": doctor; "two people familiar with …": people)."""
    cut = next(
        (i for i, w in enumerate(words) if i and (w.lower() in _PREPOSITIONS or w.lower().endswith("ed"))), len(words)
    )
    chunk = words[:cut]
    at = next((i for i in range(len(chunk) - 1, -1, -1) if _plural(chunk[i].lower())), len(chunk) - 1)
    return chunk[at], chunk[:at]


#: Words that make a clause, not a description of someone: relatives, conjunctions, verbs that help.
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:who|which|that|and|or|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|"
    r"should|shall|do|does|did|to|not|it|this|there)\b"
)
#: At most this many words describe an unnamed speaker ("a senior official in the Turkish foreign ministry").
_DESCRIPTION_WORDS = 8


def _according(frame: str, s: _Sentence, names: Names) -> Mention | None:
    """``according to X`` (or ``per X``, X a name): a registry actor, a name, or an unnamed description ("a Number 10
    spokeswoman")."""
    for m in _SOURCE_GIVEN.finditer(frame, s.start, s.end):
        start = m.start(2)
        words = m.group(2).strip()
        found = [x for x in names.mentions(frame, start, start + len(words)) if not x.pronoun]
        if found and not re.sub(r"^(?:the|The)\s+", "", frame[start : found[0].start]):  # "according to the Pentagon"
            return found[0]
        if found and _WORK_BY.fullmatch(frame, start, found[0].start):  # "according to a report by The Detroit News"
            return found[0]
        if m.group(1)[0] in "Aa":  # "per" gives a source only by its name ("per the WHO", not "per day")
            return Mention(start, start + len(words), words)
    return None


#: A work by its author, before the author's name: "an exclusive report by", "a study from the".
_WORK_BY = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:report|study|analysis|survey|investigation|review|statement|"
    r"filing|memo|letter)\s+(?:by|from)\s+(?:the\s+)?"
)
#: "according to X", "per X": the source a sentence gives for what it says.
_SOURCE_GIVEN = re.compile(r"\b([Aa]ccording to|[Pp]er)\s+([^,.;:#]{1,80})")


#: Whom something was told: up to what follows them (a colon, "that", a date, a pronoun opening the words told).
_TOLD = re.compile(
    r"\s+(.+?)(?=\s*(?::|,|\.(?:\s|$)|\bthat\b|\bon\b|\blast\b|\bthis\b|\byesterday\b|"
    r"\b(?:he|she|they|it|we|I|after|before|during)\b|#|$))"
)


def _told(frame: str, verb: re.Match[str], names: Names) -> str | None:
    """Who it was said to: ``told Russian state media:`` → "Russian state media"."""
    if not verb.group().startswith(("told", "tell")):
        return None
    m = _TOLD.match(frame[verb.end() : verb.end() + 200])
    if not m:
        return None
    words = m.group(1).strip()
    found = [x for x in names.mentions(frame, verb.end() + m.start(1), verb.end() + m.end(1)) if x.actor]
    if found and found[0].text.strip() == words:
        return names.actors[found[0].actor or ""].name
    return words


def _subject_here(frame: str, subjects: _Subjects, index: int, q: Quotation) -> Speaker | None:
    """Whose words a quotation set inside a sentence of the writer's own words is, when no verb of saying says:
    the sentence's subject, named before it ("Benioff introduced Cook to the audience as “someone who …”",
    "privacy, which Apple views as “a fundamental human right”"), not whoever spoke in the sentences before."""
    s = subjects.parts[index] if subjects.parts else None
    if s is None or _VERB.search(frame, s.start, s.end) or s.subject is None or s.subject.pronoun:
        return None
    if (
        len(re.findall(r"[^\W\d_]{2,}", frame[s.start : q.start])) < _REPORT_WORDS
        or not s.start <= s.subject.start < q.start
    ):
        return None
    subject = s.subject
    # the subject opens the sentence, or its main clause after an opening phrase ("Since the attack by Hamas, the
    # Security Council approved"); not a name inside a clause ("An earlier draft proposed that Guterres create")
    if subject.start - s.start > _OPENING and not re.search(r",\s*(?:[Tt]he\s+)?$", frame[s.start : subject.start]):
        return None
    return Speaker(
        subject.actor, None if subject.actor else subject.text, how=f"{subject.text}, the sentence's subject"
    )


def _carried(before: tuple[Statement, int] | None, subjects: _Subjects, index: int, frame: str) -> Speaker | None:
    """A quotation with no verb of its own: the speaker of the quotation just before, or of the previous sentence.

    ``before``: the statement just before and the index of its sentence.
    """
    parts, names = subjects.parts, subjects.names
    s = parts[index] if parts else None
    if s is None or _VERB.search(frame, s.start, s.end):
        return None
    previous = parts[index - 1] if index > 0 else None
    if previous is not None and (before is None or before[1] < index - 1):
        # the sentence before reports what someone said, after the last quotation: they go on
        verbs = _introducing(frame, previous.start, previous.end)
        said = _subject(frame, previous, verbs, len(verbs) - 1, names) if verbs else None
        if said is not None and _REPORTING.search(frame, previous.start, previous.end):
            speaker = _resolved(said[0], subjects, index - 1, "X said in the sentence before", frame)
            if speaker.found:
                return speaker
    if before is not None and (before[0].speaker.found or before[0].speaker.unnamed):
        last, last_index = before
        if index - last_index <= 2:
            return Speaker(last.speaker.actor, last.speaker.name, last.speaker.unnamed, last.speaker.to, "continues")
    subject = parts[index - 1].subject if index > 0 else None
    if subject is not None:
        return Speaker(subject.actor, None if subject.actor else subject.text, how="named in the sentence before")
    return None


# --- Reported statements --------------------------------------------------------------------

#: At least this many words of the writer's own after the verb make a report, not a quotation's tag.
_REPORT_WORDS = 3


@dataclass
class Report:
    """A reported statement: the sentence that reports it and whose statement it is."""

    start: int
    end: int
    speaker: Speaker


def reported(body: str, names: Names) -> list[Report]:
    """Every sentence that reports, in the writer's words, what someone said, one per speaker: a named actor, or
    someone the text only describes ("Some said …", "…, the officials said."; the speaker ``None``, the words
    describing them ``unnamed``).

    A verb of saying outside quotation marks followed by at least three words of
    the writer's own ("Pompeo said that Washington had concluded …", "the Arab
    League condemned the move"), or "according to X" with a claim beside it. A
    sentence whose reported words are all in quotation marks ("said he was “very
    moved”", "“…,” he said") is a direct quotation only. "X and Y stressed" is one
    report per actor.
    """
    frame = _undated(framed(body, quotations(body)))
    parts = [_Sentence(a, b) for a, b in sentences(frame)]
    for s in parts:
        s.mentions = names.mentions(frame, s.start, s.end)
        s.subject = _first_subject(frame, s, names)
    subjects = _Subjects(parts, names, frame)
    out: list[Report] = []
    for index, s in enumerate(parts):
        seen: set[tuple[str | None, str | None, str | None]] = set()
        found: list[Speaker] = []
        for speaker in _reporters(frame, parts, subjects, index, names):
            key = (speaker.actor, speaker.name, None if speaker.found else speaker.unnamed)
            if (speaker.found or speaker.unnamed) and key not in seen:
                seen.add(key)
                found.append(speaker)
        clauses = {sp.said_in for sp in found if sp.said_in is not None}
        for speaker in found:  # several speakers in their own clauses: each report is its clause
            a, b = speaker.said_in if len(clauses) > 1 and speaker.said_in and not speaker.whole else (s.start, s.end)
            out.append(Report(*_trimmed(body, a, b), speaker))
    return out


#: Korean reported speech: a quotative ending before a verb of saying ("…라고 했다", "…다고도 했다", "…라며",
#: "…했다는 것이었다") or a verb of saying, denying, revealing, rebutting ("말했다", "부정했다", "반박하고").
_KOREAN_REPORT = re.compile(
    r"(?:다|라)고도?\s*(?:[가-힣]+\s+)?(?:말)?했|(?:이)?라며|다며|다는\s*것이었다|말했|말하기도|밝혔|부정했|폭로했|반박하|"
    r"반박했|주장했|털어놓|토로했|제시했|공개하기도|설명했|강조했|전했|해명했|고백했|비판했|비난했|지적했|인정했|경고했"
)
#: A Korean subject's particle or "역시" (too) after a name: "류화영은", "엘제이 역시".
_KOREAN_SUBJECT = re.compile(r"(?:은|는|이|가|께서)(?![가-힣])|\s+역시\b")


#: Verbs of reporting whose object alone makes a statement: "Assange has denied both allegations."
_OBJECT_VERB = re.compile(
    r"denied|denies|rejected|rejects|confirmed|confirms|condemned|condemns|welcomed|welcomes|"
    # "Azcona dismissed the claim", "Carper … also criticized the guidance"
    r"dismissed|dismisses|criticized|criticised|criticizes|criticises|praised|praises|disputed|disputes|defended|"
    r"defends|denounced|denounces"
)
#: Who rules, and the verbs of a ruling: a court's or a judge's decision is no statement (the truth's rules).
_COURT = re.compile(r"\b(?:judges?|courts?|jury|juries|tribunals?|magistrates?|justices)$", re.IGNORECASE)
_RULED = re.compile(r"rejected|rejects|dismissed|dismisses|denied|denies|upheld|upholds|granted|grants")
#: A plural description of two: "Both sides", "the two men".
_BOTH = re.compile(r"(?:[Bb]oth|[Tt]he two)\s")


def _agent(frame: str, s: _Sentence, verb: re.Match[str], names: Names) -> Mention | None:
    """Who said it, after a passive verb of saying: "he was told by former National Security Adviser John Bolton";
    or after a verb set off by commas inside the sentence: "The key to Stadia's success, says Buser, is …"."""
    if _ASIDE_BEFORE.search(frame, s.start, verb.start()):
        return _named_after(frame, verb.end(), s.end, names, aside=True)
    if not re.search(r"\b(?:was|were|been|being|is|are)\s+$", frame[s.start : verb.start()]):
        return None
    by = re.match(r"\s+by\s+", frame[verb.end() : s.end])
    if by is None:
        return None
    start = verb.end() + by.end()
    found = [m for m in names.mentions(frame, start, min(s.end, start + 80)) if not m.pronoun]
    if not found or frame[start : found[0].start].strip() not in ("", "the", "The"):
        return None
    return found[0]


#: Words of the writer's own, then a comma, right before a verb: a tag set off inside the sentence ("The key to
#: Stadia's success, says Buser, is …").
_ASIDE_BEFORE = re.compile(r"[^\W\d_]{2,}[^,#;:]*[^\W\d_]{2,}[^,#;:]*,\s*$")


def _named_after(frame: str, start: int, end: int, names: Names, aside: bool = False) -> Mention | None:
    """The person named first right after a verb, after a title in capitals, with an apposition after them
    ("…, said Scott Strenfel, PG&E's principal meteorologist."; "…, says U.S. Attorney Tom Okafor, is …");
    ``aside``: their name must end in a comma (the tag is set off inside the sentence)."""
    found = [m for m in names.mentions(frame, start, end) if not m.pronoun]
    a = start + len(frame[start:end]) - len(frame[start:end].lstrip())
    if not found or not _TITLED.fullmatch(frame, a, found[0].start):
        return None
    holder = _holder(frame, found, 0, names)
    if not names.person(holder) or (aside and not re.match(r"\s*,", frame[holder.end : end])):
        return None
    return holder


def _korean_reporter(
    frame: str, s: _Sentence, verb: re.Match[str], subjects: _Subjects, index: int, names: Names
) -> list[Speaker]:
    """Whose statement a Korean sentence reports: the name or pronoun with a subject's particle before the verb, or,
    with none (Korean leaves a known subject out), the person the sentences before were about."""
    before = [m for m in names.mentions(frame, s.start, verb.start()) if m.actor or m.pronoun]
    subject = next((m for m in reversed(before) if m.pronoun or _KOREAN_SUBJECT.match(frame, m.end)), None)
    if subject is None:
        subject = Mention(s.start, s.start, "그는", pronoun=True)  # the subject left out: as "he"
    speaker = _resolved(subject, subjects, index, "X는 …했다 (Korean)", frame)
    if speaker.found and subject.start > s.start and not subject.pronoun:
        subjects.set(index, subject)
    speaker.said_in = (s.start, s.end)
    return [speaker] if speaker.found else []


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    """A clause without the spaces, punctuation and joining word at its ends ("but Sondland said …, and")."""
    text = body[start:end]
    lead = re.match(r"^[\s,;:–—-]*(?:(?:but|and|while|as|whereas)\s+)?", text)
    tail = re.search(r"[\s,;:–—-]*(?:\s(?:but|and|while|as|whereas))?[\s,;:–—-]*$", text)
    a = start + (lead.end() if lead else 0)
    b = start + (tail.start() if tail else len(text))
    return (a, b) if b - a > 20 else (start, end)


def _reporters(frame: str, parts: list[_Sentence], subjects: _Subjects, index: int, names: Names) -> list[Speaker]:
    s = parts[index]
    korean = _KOREAN_REPORT.search(frame, s.start, s.end)
    if korean is not None:
        return _korean_reporter(frame, s, korean, subjects, index, names)
    verbs = [m for m in _REPORTING.finditer(frame, s.start, s.end) if m.group().lower() != "according to"]
    found: list[Speaker] = []
    closing = _end_tag(frame, s, names, across=True)  # the quotation before the tag is his; all it reports, theirs
    # not a sentence that opens with the quotation: the words after it are about it ("“…” announced in October,
    # said Derek Scissors, …"), a direct quotation only
    opens_quoted = re.match(rf"[\s\"“‘«(]*{_FILL}", frame[s.start : s.end]) is not None
    words = len(re.findall(r"[^\W\d_]{2,}", frame[s.start : closing[2]])) if closing is not None else 0
    if closing is not None and words >= _REPORT_WORDS and not opens_quoted:
        found.append(_tagged(frame, closing, subjects, index))
        found[-1].said_in, found[-1].whole = (closing[2], s.end), True  # what the tag reports: all before it
    agents = [_agent(frame, s, verb, names) for verb in verbs]
    for i, verb in enumerate(verbs):
        if closing is not None and verb.start() == closing[1].start():
            continue
        # up to the next verb with a subject of its own ("Vindman said he was told by Bolton to …": all Vindman's)
        stop = next((v.start() for v, a in zip(verbs[i + 1 :], agents[i + 1 :], strict=True) if a is None), s.end)
        tag = _RELAYED.search(frame[verb.end() : stop])
        stop = verb.end() + tag.start() if tag else stop
        if closing is not None and verb.start() < closing[2]:  # what it says ends where the closing tag begins
            stop = min(stop, closing[2])
        least = _REPORT_WORDS - 1 if _OBJECT_VERB.fullmatch(verb.group()) else _REPORT_WORDS  # "denied the claims"
        if len(re.findall(r"[^\W\d_]{2,}", frame[verb.end() : stop])) < least:
            continue
        if re.match(r"[^#.;]*:\s*#", frame[verb.end() : stop]):  # "told Russian state media: “…”"
            continue
        agent = agents[i]
        subject = (agent, verb, s.start) if agent is not None else _subject(frame, s, verbs, i, names)
        if subject is None:
            continue
        mention, used, clause = subject
        if _COURT.search(mention.text) and _RULED.fullmatch(used.group()):  # "a judge rejected …": a ruling
            continue
        if mention.described and mention.pronoun and _BOTH.match(mention.text):  # "Both sides said"
            for one in subjects.pair(mention, index):
                found.append(Speaker(one.actor, None if one.actor else one.text, how=f"{mention.text} → {one.text}"))
                found[-1].said_in = (clause, stop)
            continue
        word = mention.text.lower()
        group = subjects.together(mention, index) if _AS_ENGLISH.get(word, word) == "they" else []
        for one in group:  # "They criticised …": each of those named together before
            found.append(_resolved(one, subjects, index, f"{mention.text} → {one.text}", frame))
            found[-1].said_in = (clause, stop)
        if group:
            continue
        speaker = _resolved(mention, subjects, index, f"X {used.group()} (reported)", frame)
        speaker.to = _told(frame, used, names)
        speaker.said_in = (clause, stop)
        found.append(speaker)
        found += _and_others(frame, mention, verb, subjects, index, names)
    according = _according(frame, s, names)
    if according is not None and found and not any(f.found for f in found):
        # "According to the Jordanian government, as of 2016, the country had admitted …": the named source
        # the sentence gives, not a description read as a subject
        named = _reporters_according(frame, s, according, verbs, subjects, index, names)
        return named if any(f.found for f in named) else found
    if according is not None and not found:
        return _reporters_according(frame, s, according, verbs, subjects, index, names)
    return found


def _reporters_according(
    frame: str,
    s: _Sentence,
    according: Mention,
    verbs: list[re.Match[str]],
    subjects: _Subjects,
    index: int,
    names: Names,
) -> list[Speaker]:
    """Whose statement a sentence with "according to X" reports, when no verb of its own names a speaker."""
    found: list[Speaker] = []
    relayed = _relayed(frame, s, verbs, names)
    if relayed is not None:  # "“…,” he said, according to the Intelligencer": his words, passed on
        own = re.findall(r"[^\W\d_]{2,}", frame[s.start : relayed[0].start])
        # unless all it reports is in quotation marks: "“…,” one commenter said, per Feng" is direct only
        return [_resolved(relayed[0], subjects, index, f"X {relayed[1].group()}, according to Y", frame)] if own else []
    words = len(re.findall(r"[^\W\d_]{2,}", frame[s.start : s.end]))
    # a statement quoted ("said “nothing”, according to …") is a direct quotation only
    plain = according.text[:1].isupper() or _FILL in frame[s.start : s.end]
    described = None if plain else _described(frame, according.start, according.end, names)
    if words >= _REPORT_WORDS + 3 and described is not None:  # "according to a Taliban representative"
        found.append(_resolved(described, subjects, index, "according to X", frame))
    elif words >= _REPORT_WORDS + 3 and according.text[:1].isupper():
        found.append(Speaker(according.actor, None if according.actor else according.text, how="according to X"))
    elif words >= _REPORT_WORDS + 3 and _unnamed(frame, according.start, according.end, names) is not None:
        found.append(Speaker(unnamed=according.text, how="according to X (unnamed)"))  # "two people familiar …"
    return found


def _relayed(
    frame: str, s: _Sentence, verbs: list[re.Match[str]], names: Names
) -> tuple[Mention, re.Match[str], int] | None:
    """The subject of a verb of saying right before "according to" ("…, he said, according to Y"): whose words
    they are; "according to" then names only who passed them on."""
    for i, verb in enumerate(verbs):
        if _RELAYED.match(frame, verb.end(), s.end):
            return _subject(frame, s, verbs, i, names)
    return None


def _and_others(
    frame: str, first: Mention, verb: re.Match[str], subjects: _Subjects, index: int, names: Names
) -> list[Speaker]:
    """ "The United Nations and European Union stressed": the other actors named with the subject."""
    out: list[Speaker] = []
    last = first
    for m in names.mentions(frame, first.end, verb.start()):
        if m.pronoun or m.start < last.end:
            continue
        if not re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?", frame[last.end : m.start]):
            break
        out.append(_resolved(m, subjects, index, f"X {verb.group()} (reported)", frame))
        last = m
    return out
