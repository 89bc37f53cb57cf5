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
#: A domain's name this long or longer is told in a site's name written in words ("Novus Light Today").
DOMAIN_LETTERS = 5


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


def _domain_in_words(words: list[str], names: set[str], strong: bool) -> bool:
    """Whether words are the site's name as its domain spells it: run together, they begin with it ("Novus Light
    Today" on novuslight.com); or, after a strong separator, one long word is in it ("The Harvard Crimson" on
    thecrimson.com)."""
    domains = [name for name in names if len(name) >= DOMAIN_LETTERS and name.isalnum()]
    joined = "".join(re.sub(r"\W", "", word) for word in words)
    if any(joined.startswith(domain) for domain in domains):
        return True
    return strong and any(len(word) >= DOMAIN_LETTERS and word in domain for word in words for domain in domains)


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
    if len(words) <= 4 and _domain_in_words(words, names, strong):
        return True
    return strong and not first and len(words) <= SECTION_WORDS


# --- The site's name -----------------------------------------------------------------------------

_COPYRIGHT = re.compile(r"\s*(?:copyright\b|©|\(c\))", re.IGNORECASE)
_BARE_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_DANGLING = re.compile(r"^[\s|»:/·–—-]+|[\s|»:/·–—-]+$")
#: A name of this many words or more, all of them in the page's address, is the page's, not the site's.
SLUG_WORDS = 4
#: A site's name longer than this is a sentence or a page's title, not a name.
NAME_CHARACTERS = 60


def site_name(
    named: str | None, others: list[str], title: str | None, url: str | None, handle: str | None
) -> str | None:
    """The outlet's name as the site writes it: ``named`` (trafilatura's) unless it is implausible.

    Implausible: an address, a copyright line, the page's own address in words, too long to be a name, or a
    slogan after the name (the name is kept, the slogan dropped): then the first plausible name the page gives
    elsewhere (``others``: its og:site_name, its organizations', its publisher's, its app's; one its domain
    spells first), else a segment of its ``title`` its domain spells, else the slogan's first part or the
    address's host. trafilatura's last resorts give way only to a name the domain spells: a bare domain to a
    name whose letters run on from it ("Live Science" for livescience.com), the site's Twitter handle to
    the end of the page's title ("The Harvard Crimson" for thecrimson). ``None`` when the page gives no name.
    """
    first = _tidy_name(named, url) if named else None
    candidates = [name for name in (_tidy_name(other, url) for other in others) if name and _plausible(name, url)]
    titled = [part for part in _ANY.split(title or "")[1:] if len(part.split()) <= 4 and _spelled(part, url)]
    if first and _plausible(first, url):
        if _BARE_DOMAIN.fullmatch(first):
            return next((c for c in [*candidates, *titled] if _runs_on(c, url)), first)
        if handle is not None and first.casefold() == handle.lstrip("@").casefold():
            better = (part for part in titled if part.casefold() != first.casefold() and _plausible_name(part))
            return next(better, first)
        return first
    good = sorted(candidates, key=lambda name: not _spelled(name, url)) + titled
    if good:
        return good[0]
    if first is None or _COPYRIGHT.match(first) or ("://" not in first and not _ANY.search(first)):
        return None
    host = urlsplit(first).hostname if "://" in first else None
    return host.removeprefix("www.") if host else _ANY.split(first)[0]


def _plausible_name(name: str) -> bool:
    """Not a bare domain ("mlive.com" in a title is no better than the handle "Mlive")."""
    return not _BARE_DOMAIN.fullmatch(name.casefold())


def _runs_on(name: str, url: str | None) -> bool:
    """Whether the name's letters run on from the domain's name of at least :data:`DOMAIN_LETTERS` letters."""
    host = urlsplit(url).hostname if url else None
    labels = host.casefold().removeprefix("www.").split(".") if host else []
    label = next((label for label in labels if label not in {"co", "com", "org", "net"}), "")
    joined = re.sub(r"\W", "", name.casefold())
    return len(label) >= DOMAIN_LETTERS and joined.startswith(label) and not _BARE_DOMAIN.fullmatch(name)


def _tidy_name(name: str, url: str | None) -> str:
    """A name without separators dangling at its ends; of ``Name - Slogan`` or ``Name | Place``, the part the
    domain spells (the whole when none is)."""
    name = _DANGLING.sub("", " ".join(name.split()))
    parts = [part for part in re.split(rf"{_ANY.pattern}|:\s+", name) if part.strip()]
    spelled = [part for part in parts if _spelled(part, url)] if len(parts) > 1 else []
    return spelled[0] if spelled else name


def _plausible(name: str, url: str | None) -> bool:
    """Not an address, a copyright line, the page's address in words, nor longer than a name is."""
    if "://" in name or name.startswith(("www.", "@")) or _COPYRIGHT.match(name) or len(name) > NAME_CHARACTERS:
        return False
    if len(parts := re.split(rf"{_ANY.pattern}|:\s+", name)) > 1 and not any(_spelled(p, url) for p in parts):
        return False  # a slogan or a title with no part the domain spells
    words = re.findall(r"\w+", name.casefold())
    path = set(re.findall(r"\w+", urlsplit(url).path.casefold())) if url else set()
    return not (len(words) >= SLUG_WORDS and all(word in path for word in words))


def _spelled(name: str, url: str | None) -> bool:
    """Whether the address's domain spells the name: its words run together, one long word, or its initials."""
    names = _names(None, url)
    folded = name.casefold().strip()
    words = [re.sub(r"\W", "", word) for word in folded.split()]
    initials = "".join(word[:1] for word in words if word not in {"the", "of", "and"})
    return bool(names) and (
        folded in names
        or _domain_in_words(words, names, strong=True)
        or (len(initials) > 1 and initials in names)
        or any(len(word) > 2 and word in names for word in words)
    )


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
#: "MORE: Brad Keselowski through the years": a link to another article, when no sentence (no full stop at its end).
_MORE = re.compile(r"more\s*:\s*\S", re.IGNORECASE)
_WHOLE = re.compile(
    r"(?:comments?|\d+ comments?|leave a (?:comment|reply)|reader comments|tell us what you think|share this"
    r"(?: article| story)?|advertisement|don'?t miss|click here to get the .{1,40} app"
    r"|waiting for your permission to load the .{1,40}|install the .{1,40} app(?: for free)?"
    r"|get .{1,40} on the go by clicking here|our standards: the thomson reuters trust principles)\W*",
    re.IGNORECASE,
)
_LIST_HEADING = re.compile(
    r"(?:more must-reads?(?: from .{1,30})?|must reads?|most read|most popular|related (?:stories|articles|posts)"
    r"|more from .{1,30}|recommended(?: for you)?|you may also like|read more|read more (?:on|from|about) .{1,30}"
    r"|people are also reading|most read in .{1,30}|related content|you might (?:also )?be interested in"
    r"|top reads(?: on .{1,30})?(?: this week)?)\W*",
    re.IGNORECASE,
)
#: A sentence that asks the reader to subscribe or sign up ("You can also subscribe to this newsletter" is
#: an article about a newsletter telling its readers, and stays).
_ASKS = re.compile(
    r"(?:^|[.!?*]\s*|,\s+)(?:please |make sure to |or )?(?:click here to )?(?:subscribe|sign up|get)\b", re.IGNORECASE
)
_NEWSLETTER = re.compile(r"newsletter|inbox|^(?:click here to )?subscribe to ", re.IGNORECASE)
#: A line that is a value of the page's metadata, not a sentence: an image's address alone, a timestamp alone (a
#: page whose schema.org blocks carry the article hands trafilatura their values as lines of text). An address
#: of a page alone stays: a list of links may be the article (a shopping guide's).
_VALUE = re.compile(
    r"https?://\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
#: A run of this many lines or more, each of :data:`REPEATED_WORDS` words or more, that the page gave before in
#: the same order, right after a value of the page's metadata (:data:`_VALUE`, within :data:`AFTER_VALUE`
#: lines), is the article again from its metadata, not more of it. A line or a run said twice in the text
#: itself (a week's meal plan repeats its days) stays.
REPEATED_RUN = 3
REPEATED_WORDS = 8
AFTER_VALUE = 8


def is_furniture(line: str) -> bool:
    """Whether a line of a page's text is the site's, not the article's: a "Read more:" link, a newsletter prompt,
    a comments heading. A line of :data:`FURNITURE_WORDS` words or more never is."""
    text = line.strip()
    if not text or len(text.split()) >= FURNITURE_WORDS:
        return False
    if _VALUE.fullmatch(text):
        return True
    if _MORE.match(text) and not _ends_sentence(text):
        return True
    return bool(_LEAD_IN.match(text) or _WHOLE.fullmatch(text) or (_ASKS.search(text) and _NEWSLETTER.search(text)))


def drop_furniture(body: str) -> tuple[str, list[str]]:
    """The body without the site's lines (:func:`is_furniture`, a "More Must-Reads" heading with the list of
    short headline-like lines under it, and a run of lines the page gave before, :data:`REPEATED_RUN`); the
    second value is the lines taken out, in order."""
    lines = _without_repeated_runs(body.split("\n"))
    kept: list[str] = []
    dropped: list[str] = []
    listing = False
    for line, repeated in lines:
        text = line.strip()
        heading = bool(_LIST_HEADING.fullmatch(text)) if text else False
        listed = listing and bool(text) and len(text.split()) <= LISTED_WORDS and not _ends_sentence(text)
        if repeated or heading or listed or is_furniture(line):
            dropped.append(line)
            listing = heading or listed
        else:
            kept.append(line)
            listing = False
    return "\n".join(kept), dropped


def _without_repeated_runs(lines: list[str]) -> list[tuple[str, bool]]:
    """Each line, and whether it is in a run of :data:`REPEATED_RUN` lines or more that came before in order.

    Runs are read over the lines long enough to count (:func:`_repeat_key`): the short lines between them (a
    list's "-") neither make nor break one. Only a run right after a value of the page's metadata counts.
    """
    long = [at for at, line in enumerate(lines) if _repeat_key(line)]
    keys = [_repeat_key(lines[at]) for at in long]
    first: dict[str, int] = {}
    for at, key in enumerate(keys):
        first.setdefault(key, at)
    repeated = [False] * len(lines)
    at = 0
    while at < len(keys):
        start = first[keys[at]]
        length = 0
        while at + length < len(keys) and start + length < at and keys[at + length] == keys[start + length]:
            length += 1
        begins = long[at]
        if length >= REPEATED_RUN and any(
            _VALUE.fullmatch(line.strip()) for line in lines[max(0, begins - AFTER_VALUE) : begins]
        ):
            for index in long[at : at + length]:
                repeated[index] = True
            at += length
        else:
            at += 1
    return list(zip(lines, repeated, strict=True))


def _repeat_key(line: str) -> str:
    """A line's words, folded, when it has :data:`REPEATED_WORDS` of them or more ("": too short to count)."""
    words = line.split()
    return " ".join(words).casefold() if len(words) >= REPEATED_WORDS else ""


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’)»").endswith((".", "!", "?", "…", ":"))
