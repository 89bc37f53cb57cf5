"""States named in an article, by noun ("Poland") or adjective ("Polish"), with their ISO 3166 codes.

The names and codes are ISO 3166's, from pycountry (an optional dependency of
``draft``: without it :func:`available` is false and no state is recognised, which
the draft says in its header). What ISO does not hold is ours and kept small:
the everyday English forms ISO spells otherwise ("Russia", "Britain", "Turkey")
and the few adjectives not made from the name ("British", "French", "Dutch").
Other adjectives are read from the name they start like: "Jordanian" → Jordan,
"Palestinian" → Palestine, "Polish" → Poland.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: Everyday English names ISO 3166 spells otherwise.
_EVERYDAY = {
    "Russia": "RU",
    "Britain": "GB",
    "Great Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "America": "US",
    "Turkey": "TR",
    "Ivory Coast": "CI",
}
#: Adjectives not made from the name.
_ADJECTIVES = {
    "Afghan": "AF",  # the start of its state's name, as no other adjective is ("Martin" is no "Martinique")
    "American": "US",
    "British": "GB",
    "French": "FR",
    "Dutch": "NL",
    "Swiss": "CH",
    "Greek": "GR",
    "Danish": "DK",
    "Irish": "IE",
    "Welsh": "GB",
    "Scottish": "GB",
    "English": "GB",
    "Emirati": "AE",
}
_SUFFIXES = ("ian", "ean", "an", "ish", "ese", "i", "ic", "ch", "k", "n")


@dataclass(frozen=True)
class Country:
    """A state: its ISO 3166-1 alpha-2 code and the short English name a registry entry gets."""

    code: str
    name: str


def available() -> bool:
    """Whether pycountry is installed (``pip install 'briefing-generator[draft]'``)."""
    return bool(_by_name())


@cache
def _by_name() -> dict[str, Country]:
    try:
        import pycountry
    except ImportError:
        return {}
    short: dict[str, str] = {}
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name.split(", ")[0]
        short[c.alpha_2] = name
        for form in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), name):
            if form:
                out.setdefault(_fold(form.removeprefix("the ")), Country(c.alpha_2, name))
    for form, code in _EVERYDAY.items():
        out[_fold(form)] = Country(code, form if code in ("RU", "TR") else short.get(code, form))
    return out


@cache
def _iso_3166_2() -> list[dict[str, str]]:
    """ISO 3166-2's subdivisions as pycountry ships them (``code``, ``name``, ``type``), read straight from its
    database file: its object index takes some ten times as long to build, and a draft needs only these three."""
    try:
        import pycountry
    except ImportError:
        return []
    path = Path(pycountry.DATABASE_DIR) / "iso3166-2.json"
    entries: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["3166-2"]
    return entries


@cache
def _subdivisions() -> dict[str, str]:
    """The names of ISO 3166-2's subdivisions (states, provinces, regions) of two words or more, made plain: the
    code of the state each is in."""
    return {_plain(s["name"]): s["code"][:2] for s in _iso_3166_2() if " " in s["name"].strip()}


def subdivision(words: str) -> str | None:
    """The code of the state whose subdivision in ISO 3166-2 these words name ("New York", "West Virginia": "US"),
    if any. Names of one word are left out: many are also words or people's names ("Victoria", "Central")."""
    return _subdivisions().get(_plain(words.removeprefix("the ").removeprefix("The ")))


@cache
def _states_of_a_federation() -> dict[str, str]:
    """The names of ISO 3166-2's subdivisions of the type "State" ("Indiana", "Texas", "Kerala"), made plain: the code
    of the federation each is in."""
    return {_plain(s["name"]): s["code"][:2] for s in _iso_3166_2() if s["type"] == "State"}


def region(words: str) -> str | None:
    """The code of the state a region named by these words is in: a subdivision of two words or more, or a state
    of a federation ("Indiana": "US"). Only to tell where an article happens, not to name an actor."""
    plain = _plain(words.removeprefix("the ").removeprefix("The "))
    return _subdivisions().get(plain) or _states_of_a_federation().get(plain)


def _plain(text: str) -> str:
    """A region's name compared: any case, accents dropped (made in C, not letter by letter: ISO 3166-2 has some
    five thousand names to read once)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def by_noun(words: str) -> Country | None:
    """The state these words name ("Poland", "the United States", "Türkiye"), if any."""
    return _by_name().get(_fold(words.removeprefix("the ").removeprefix("The ")))


@cache  # a word is looked up once: each lookup compares it with every state's name
def by_adjective(word: str) -> Country | None:
    """The state an adjective names ("Polish", "Jordanian", "Russian"), if any: the name it starts like most.

    A capitalised word ending like an adjective (-an, -ian, -ish, -ese, -i, …) whose longest common start with
    one single-word state name is at least four letters (three for -ish: "Polish", "Finnish"), and longer than
    with any other.
    """
    names = _by_name()
    if not names or not word[:1].isupper():
        return None
    if word in _ADJECTIVES:
        return next((c for c in names.values() if c.code == _ADJECTIVES[word]), None)
    folded = _fold(word)
    if not folded.endswith(_SUFFIXES) or folded in names:
        return None
    best: list[Country] = []
    length = 0
    # only a name sharing the word's first three letters can start like it enough: the others are not compared
    for form, country in _single_words().get(folded[:3], []):
        if form.startswith(folded):
            continue  # "Martin" of "Martinique": a name's start, no adjective
        n = _common(folded, form)
        if n > length:
            best, length = [country], n
        elif n == length and country not in best:
            best.append(country)
    enough = 3 if folded.endswith("ish") else 4
    codes = {c.code for c in best}
    return best[0] if length >= enough and len(codes) == 1 else None


@cache
def _single_words() -> dict[str, list[tuple[str, Country]]]:
    """The states' names of one word (folded), by their first three letters."""
    out: dict[str, list[tuple[str, Country]]] = {}
    for form, country in _by_name().items():
        if " " not in form and "," not in form and form.isalpha():
            out.setdefault(form[:3], []).append((form, country))
    return out


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
