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


# --- The body ----------------------------------------------------------------------------------

#: A line this long or longer is article text, whatever it starts with.
FURNITURE_WORDS = 40
#: A line of a list of other articles under a furniture heading has at most this many words.
LISTED_WORDS = 16

_LEAD_IN = re.compile(
    r"\[?(?:read more|read also|also read|read next|related|related posts?|related articles?|related stories"
    r"|see also|more on this|recommended|sign up|watch)\s*:",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"(?:comments?|\d+ comments?|leave a (?:comment|reply)|reader comments|tell us what you think|share this"
    r"(?: article| story)?|advertisement|don'?t miss|click here to get the .{1,40} app)\W*",
    re.IGNORECASE,
)
_LIST_HEADING = re.compile(
    r"(?:more must-reads?(?: from .{1,30})?|must reads?|most read|most popular|related (?:stories|articles|posts)"
    r"|more from .{1,30}|recommended(?: for you)?|you may also like|read more)\W*",
    re.IGNORECASE,
)
#: A sentence that asks the reader to subscribe or sign up ("You can also subscribe to this newsletter" is
#: an article about a newsletter telling its readers, and stays).
_ASKS = re.compile(r"(?:^|[.!?]\s+)(?:click here to )?(?:subscribe|sign up|get)\b", re.IGNORECASE)
_NEWSLETTER = re.compile(r"newsletter|inbox|^(?:click here to )?subscribe to ", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether a line of a page's text is the site's, not the article's: a "Read more:" link, a newsletter prompt,
    a comments heading. A line of :data:`FURNITURE_WORDS` words or more never is."""
    text = line.strip()
    if not text or len(text.split()) >= FURNITURE_WORDS:
        return False
    return bool(_LEAD_IN.match(text) or _WHOLE.fullmatch(text) or (_ASKS.search(text) and _NEWSLETTER.search(text)))


def drop_furniture(body: str) -> tuple[str, list[str]]:
    """The body without the site's lines (:func:`is_furniture`, and a "More Must-Reads" heading with the list of
    short headline-like lines under it); the second value is the lines taken out, in order."""
    kept: list[str] = []
    dropped: list[str] = []
    listing = False
    for line in body.split("\n"):
        text = line.strip()
        heading = bool(_LIST_HEADING.fullmatch(text)) if text else False
        listed = listing and bool(text) and len(text.split()) <= LISTED_WORDS and not _ends_sentence(text)
        if heading or listed or is_furniture(line):
            dropped.append(line)
            listing = heading or listed
        else:
            kept.append(line)
            listing = False
    return "\n".join(kept), dropped


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’)»").endswith((".", "!", "?", "…", ":"))
