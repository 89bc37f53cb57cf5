"""Site furniture around an imported headline: the site's name, a section, a date ("| DW | 19.01.2020").

A page's ``<title>`` often carries more than the headline: ``Headline | CNN Politics``,
``Headline » Local``, ``Headline | DW | 19.01.2020``. Only an end segment set off by a
separator is ever taken, and only when it is the site's name (or holds it, or its
domain), a date, or, after a separator headlines do not use (``|``, ``»``, ``::``),
a word or two with no verb-like length. The headline itself is never cut inside.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Separators a headline's own words do not use: what follows is furniture when short.
_STRONG = re.compile(r"\s+(?:\||»|::|//)\s+")
#: All separators, strong and those a headline may use itself (" - ", " – ", " — ", " · ").
_ANY = re.compile(r"\s+(?:\||»|::|//|-|–|—|·)\s+")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.? \w+ \d{4}|\w+ \d{1,2}, \d{4}")
#: A strong separator's end segment of at most this many words is a section name ("Local", "CNN Politics").
SECTION_WORDS = 2


def clean_headline(title: str, sitename: str | None, url: str | None) -> str:
    """``title`` without the site's furniture at its end (and its start); never empty, never cut inside."""
    title = _without_site_name(title.strip(), sitename)
    parts = _ANY.split(title)
    separators = _ANY.findall(title)
    names = _names(sitename, url)
    while len(parts) > 1 and _furniture(parts[-1], bool(_STRONG.fullmatch(separators[-1])), names):
        parts, separators = parts[:-1], separators[:-1]
    while len(parts) > 1 and _furniture(parts[0], bool(_STRONG.fullmatch(separators[0])), names, first=True):
        parts, separators = parts[1:], separators[1:]
    kept = parts[0]
    for separator, part in zip(separators, parts[1:], strict=True):
        kept += separator + part
    return kept


def _without_site_name(title: str, sitename: str | None) -> str:
    """``title`` without the whole site name at its end or start, set off by a separator (or a colon, at the start).

    A site name may hold a separator itself ("LinkNaija | Nigeria's popular news platform").
    """
    name = (sitename or "").strip()
    if not name or len(name) >= len(title):
        return title
    for separator in _ANY.finditer(title):
        if title[separator.end() :].casefold() == name.casefold():
            return title[: separator.start()]
    head = re.match(rf"{re.escape(name)}(?:{_ANY.pattern}|:\s+)", title, re.IGNORECASE)
    return title[head.end() :] if head else title


def _names(sitename: str | None, url: str | None) -> set[str]:
    """The site's name and its domain's words (``www.dw.com`` → ``dw``), folded."""
    names = {sitename.casefold().strip()} if sitename and sitename.strip() else set()
    host = urlsplit(url).hostname if url else None
    if host:
        labels = host.casefold().removeprefix("www.").split(".")
        names |= {label for label in labels[:-1] if len(label) > 1 and label not in {"co", "com", "org", "net"}}
        names.add(".".join(labels))
    return names


def _furniture(segment: str, strong: bool, names: set[str], first: bool = False) -> bool:
    """Whether an end segment is the site's name, a date, or (after a strong separator) a section."""
    folded = segment.casefold().strip()
    if not folded:
        return True
    if folded in names or _DATE.fullmatch(folded):
        return True
    words = folded.split()
    if any(name and (name in words or (len(name.split()) > 1 and name in folded)) for name in names):
        return len(words) <= 4  # "CNN Politics", "BBC News": the name and a section
    return strong and not first and len(words) <= SECTION_WORDS
