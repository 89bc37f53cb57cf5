"""The evidence as W3C Web Annotations, so annotation tools can anchor each quote on the original article.

One annotation per row of the ``evidence`` table (:mod:`generator.data.tables`), so
the annotations, the CSV files, the database and the JSON document agree. Each
annotation's target is the article's address (a source's ``url``; without one,
the source's page on the site, ``<site_url>sources/<id>/``) with two selectors of
the same passage: a ``TextQuoteSelector`` (its exact words and up to :data:`CONTEXT`
characters before and after it) and a ``TextPositionSelector`` (where it starts and
ends), both taken from the article's text as the seed holds it, with white space at
its ends dropped and every other run of white space as one space (the original page
breaks its lines elsewhere; anchoring tools compare text that way too, and take the
position as a hint the quote confirms). A source with neither a ``url`` nor a site
address cannot be anchored: its quotes are left out (:func:`unanchored` names those
sources; ``export`` refuses, BRF135). The body says what the passage backs;
``creator`` is the site (``site_author``, else ``site_name``); ``created`` the day the
briefing holding the item is current as of (``as_of``; for a relation of the registry,
the latest briefing's), so the file is the same from build to build. The whole is one
JSON-LD ``AnnotationCollection`` whose first and only ``AnnotationPage`` holds them all
(https://www.w3.org/TR/annotation-model/).

Ids are made under the site's prefix (:mod:`generator.site.identity`) from the item's
key and the quote's number, like the feed's.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.data.export import Dataset
from generator.data.tables import TABLES, Row, Tables, Value, rows
from generator.site.identity import SiteIdentity, make_id

#: The JSON-LD context of the Web Annotation Data Model.
CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld"
#: The last key of the collection's id (``<prefix>annotations``).
COLLECTION = "annotations"
#: How a file of annotations ``export`` wrote starts (its signature): the context, then the collection's id.
_SIGNATURE = re.compile(
    rb'\A\{\s*"@context":\s*"%s",\s*"id":\s*"[^"]*%s"' % (re.escape(CONTEXT_IRI.encode()), COLLECTION.encode())
)
#: Characters of the text kept before and after a quote (Hypothesis keeps as many).
CONTEXT = 32


def collection(
    data: Dataset, texts: Mapping[str, str], site: SiteIdentity | None = None, tables: Tables | None = None
) -> dict[str, Any]:
    """The evidence of ``data`` as an ``AnnotationCollection``.

    ``texts`` maps a source id to its seed's text (the text the quotes' passage
    offsets point into); ``site`` says who publishes them (its name, address, author,
    ``identity``); ``tables`` the dataset's :func:`~generator.data.tables.rows`, when
    already made. The quotes of :func:`unanchored` sources are left out.
    """
    tables = tables or rows(data)
    site = site or SiteIdentity()
    base_url, title = site.url, site.name
    rows_of = _index(tables)
    urls = {str(s["id"]): s["url"] for s in tables["sources"]}
    dates = _created(tables)
    offsets = {sid: _Offsets(text) for sid, text in texts.items()}
    items = []
    for row in tables["evidence"]:
        sid = str(row["source"])
        target = _target(sid, urls, base_url)
        if target is not None:
            made = _annotation(row, _Target(target, texts[sid], offsets[sid]), site.ids, rows_of)
            items.append(_stamped(made, site, dates.get(str(row["briefing"] or ""), dates[""])))
    return {
        "@context": CONTEXT_IRI,
        "id": make_id(site.ids, COLLECTION),
        "type": "AnnotationCollection",
        "label": f"Quoted evidence{f' in {title}' if title else ''}: what each passage backs",
        "total": len(items),
        "first": {
            "id": make_id(site.ids, COLLECTION, "page-1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def unanchored(tables: Tables, base_url: str) -> list[str]:
    """The sources whose quotes no annotation can point at: quoted, with no ``url``, on a site without an address."""
    if base_url:
        return []
    quoted = {str(row["source"]) for row in tables["evidence"]}
    return sorted(str(s["id"]) for s in tables["sources"] if not s["url"] and str(s["id"]) in quoted)


def is_collection(head: bytes) -> bool:
    """Whether a file beginning with ``head`` is an annotation collection ``export`` wrote (it may replace it)."""
    return _SIGNATURE.match(head) is not None


def to_jsonld(
    data: Dataset, texts: Mapping[str, str], site: SiteIdentity | None = None, tables: Tables | None = None
) -> str:
    """:func:`collection` as compact JSON text (json's fast encoder: it is not used when indenting)."""
    doc = collection(data, texts, site, tables)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


@dataclass(frozen=True)
class _Target:
    """The address a quote is anchored on, and the text its offsets point into."""

    source: str
    text: str
    offsets: _Offsets


def _annotation(row: Row, target: _Target, ids: str, rows_of: Index) -> dict[str, Any]:
    text = target.text
    start, end = int(row["passage_start"] or 0), int(row["passage_end"] or 0)
    backs = str(row["backs"])
    item = _item(row)
    exact = _spaced(text[start:end])
    begin = target.offsets.at(start)
    return {
        "id": make_id(ids, "evidence", backs, item, str(row["number"])),
        "type": "Annotation",
        "motivation": "describing",
        "body": [
            {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": _says(row, rows_of)},
            {"type": "TextualBody", "purpose": "tagging", "value": backs},
        ],
        "target": {
            "source": target.source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": exact,
                    "prefix": _spaced(_before(text, start))[-CONTEXT:],
                    "suffix": _spaced(_after(text, end))[:CONTEXT],
                },
                {"type": "TextPositionSelector", "start": begin, "end": begin + len(exact)},
            ],
        },
    }


def _stamped(annotation: dict[str, Any], site: SiteIdentity, created: str) -> dict[str, Any]:
    """The annotation with who made it and when, after its target (where readers of the model expect them)."""
    creator = _creator(site)
    return annotation | ({"creator": creator} if creator else {}) | {"created": created, "generator": GENERATOR}


def _creator(site: SiteIdentity) -> dict[str, str] | None:
    """The annotations' ``creator``: the site's author, else the site; ``None`` when neither has a name."""
    name = site.author or site.name
    if not name:
        return None
    agent = {"type": "Person" if site.author else "Organization", "name": name}
    return agent | ({"homepage": site.url} if site.url else {})


#: The software that made the annotations (the model's ``generator``).
GENERATOR = {"type": "Software", "name": "briefings"}


def _created(tables: Tables) -> dict[str, str]:
    """Each briefing's ``as_of`` as the model's date-time, by briefing id; ``""``: the latest, for the registries."""
    days = {str(b["id"]): str(b["as_of"]) for b in tables["briefings"]}
    stamps = {bid: f"{day}T00:00:00Z" for bid, day in days.items()}
    return stamps | {"": f"{max(days.values(), default='1970-01-01')}T00:00:00Z"}


def _target(source: str, urls: dict[str, Value], base_url: str) -> str | None:
    """The article's address; else the source's page on the site; else ``None``: the quote cannot be anchored."""
    url = urls.get(source)
    if url:
        return str(url)
    return f"{base_url}sources/{source}/" if base_url else None


class _Offsets:
    """Where each character of a text is once white space is squeezed as :func:`_spaced` and :func:`_before` do."""

    def __init__(self, text: str) -> None:
        #: the end of each run of white space, and how many characters it and those before it took out
        self.ends: list[int] = []
        self.removed: list[int] = []
        total = 0
        for run in _SPACES.finditer(text):
            total += run.end() - run.start() - (0 if run.start() == 0 else 1)  # a leading run goes whole
            self.ends.append(run.end())
            self.removed.append(total)

    def at(self, index: int) -> int:
        """The position, in the squeezed text, of the character at ``index`` (not itself white space)."""
        runs = bisect.bisect_right(self.ends, index)
        return index - (self.removed[runs - 1] if runs else 0)


def _item(row: Row) -> str:
    """The key of the item an evidence row backs."""
    column = {"answer": "question", "event-date": "event", "support": "claim"}.get(str(row["backs"]), str(row["backs"]))
    return str(row[column])


Index = dict[str, dict[str, Row]]


def _index(tables: dict[str, list[Row]]) -> Index:
    """Every table's rows by primary key, for what a statement's description names."""
    return {t.name: {str(r[t.pk]): r for r in tables[t.name]} for t in TABLES}


def _says(row: Row, rows_of: Index) -> str:
    """What the passage backs, in a sentence, and whose words they are."""
    backs, item = str(row["backs"]), _item(row)

    def name(actor: Value) -> str:
        return str(rows_of["actors"][str(actor)]["name"])

    def field(table: str, column: str, key: str = item) -> str:
        return str(rows_of[table][key][column])

    if backs == "position":
        p = rows_of["positions"][item]
        issue = field("issues", "proposition", str(p["issue"]))
        said = f"Position of {name(p['actor'])} ({p['stance']}) on “{issue}”: {p['summary']}"
    elif backs == "relation":
        r = rows_of["relations"][item]
        said = f"{name(r['actor'])} {str(r['relation']).replace('-', ' ')} {name(r['other_actor'])}"
    elif backs == "answer":
        said = f"Answers the question “{field('questions', 'question')}”"
    elif backs in ("event", "event-date"):
        said = f"{'Reports' if backs == 'event' else 'Gives another date for'}: {field('events', 'what')}"
    elif backs == "claim":
        said = f"Claims: {field('claims', 'claim')}"
    elif backs == "support":
        said = f"Bears out the claim “{field('claims', 'claim')}”"
    else:
        claim = field("claims", "claim", str(row["claim"]))
        said = f"Disputes the claim “{claim}”: {field('rebuttals', 'summary')}"
    kind = {"direct": "words", "reported": "words as reported"}.get(str(row["kind"]))
    if row["speaker"] and kind:
        said += f" ({name(row['speaker'])}’s {kind})"
    elif row["kind"] == "framing":
        said += " (the source’s own framing)"
    return said


def _before(text: str, start: int) -> str:
    """Enough of the text before ``start`` for :data:`CONTEXT` characters once white space is squeezed."""
    begin = max(0, start - 4 * CONTEXT)
    return text[begin:start] if begin else text[:start].lstrip()


def _after(text: str, end: int) -> str:
    stop = end + 4 * CONTEXT
    return text[end:stop] if stop < len(text) else text[end:].rstrip()


_SPACES = re.compile(r"\s+")


def _spaced(text: str) -> str:
    return _SPACES.sub(" ", text)
