"""The evidence as W3C Web Annotations, so annotation tools can anchor each quote on the original article.

One annotation per row of the ``evidence`` table (:mod:`generator.data.tables`), so
the annotations, the CSV files, the database and the JSON document agree. Each
annotation's target is the article's address (a source's ``url``; without one,
the source's page on the site) with a ``TextQuoteSelector``: the passage's
exact words and up to :data:`CONTEXT` characters before and after it, taken from
the seed's text with every run of white space as one space (the original page
breaks its lines elsewhere; anchoring tools compare text that way too). The
body says what the passage backs. The whole is one JSON-LD
``AnnotationCollection`` whose first and only ``AnnotationPage`` holds them all
(https://www.w3.org/TR/annotation-model/).

Ids are ``tag:`` URIs (RFC 4151) made from the item's key and the quote's number,
like the feed's, so they stay the same when the site moves.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from generator.data.export import Dataset
from generator.data.tables import TABLES, Row, Tables, Value, rows
from generator.site.feed import TAG

#: The JSON-LD context of the Web Annotation Data Model.
CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld"
#: The collection's id: how a file of annotations ``export`` wrote starts (its signature), after the context.
COLLECTION_ID = f"tag:{TAG}:annotations"
_SIGNATURE = re.compile(
    rb'\A\{\s*"@context":\s*"%s",\s*"id":\s*"%s"' % (re.escape(CONTEXT_IRI.encode()), re.escape(COLLECTION_ID.encode()))
)
#: Characters of the text kept before and after a quote (Hypothesis keeps as many).
CONTEXT = 32


def collection(
    data: Dataset, texts: Mapping[str, str], base_url: str = "", title: str = "", tables: Tables | None = None
) -> dict[str, Any]:
    """The evidence of ``data`` as an ``AnnotationCollection``.

    ``texts`` maps a source id to its seed's text (the text the quotes' passage
    offsets point into); ``base_url`` is the site's address (ending in ``/``) or
    empty; ``title`` the site's name; ``tables`` the dataset's :func:`~generator.data.tables.rows`,
    when already made.
    """
    tables = tables or rows(data)
    rows_of = _index(tables)
    urls = {str(s["id"]): s["url"] for s in tables["sources"]}
    items = [
        _annotation(row, texts[str(row["source"])], _target(str(row["source"]), urls, base_url), rows_of)
        for row in tables["evidence"]
    ]
    return {
        "@context": CONTEXT_IRI,
        "id": COLLECTION_ID,
        "type": "AnnotationCollection",
        "label": f"Quoted evidence{f' in {title}' if title else ''}: what each passage backs",
        "total": len(items),
        "first": {"id": f"tag:{TAG}:annotations:page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def is_collection(head: bytes) -> bool:
    """Whether a file beginning with ``head`` is an annotation collection ``export`` wrote (it may replace it)."""
    return _SIGNATURE.match(head) is not None


def to_jsonld(
    data: Dataset, texts: Mapping[str, str], base_url: str = "", title: str = "", tables: Tables | None = None
) -> str:
    """:func:`collection` as compact JSON text (json's fast encoder: it is not used when indenting)."""
    doc = collection(data, texts, base_url, title, tables)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def _annotation(row: Row, text: str, source: str, rows_of: Index) -> dict[str, Any]:
    start, end = int(row["passage_start"] or 0), int(row["passage_end"] or 0)
    backs = str(row["backs"])
    item = _item(row)
    return {
        "id": f"tag:{TAG}:evidence:{backs}:{item}:{row['number']}",
        "type": "Annotation",
        "motivation": "describing",
        "body": [
            {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": _says(row, rows_of)},
            {"type": "TextualBody", "purpose": "tagging", "value": backs},
        ],
        "target": {
            "source": source,
            "selector": {
                "type": "TextQuoteSelector",
                "exact": _spaced(text[start:end]),
                "prefix": _spaced(_before(text, start))[-CONTEXT:],
                "suffix": _spaced(_after(text, end))[:CONTEXT],
            },
        },
    }


def _target(source: str, urls: dict[str, Value], base_url: str) -> str:
    """The article's address; else the source's page on the site; else a ``tag:`` URI naming the source."""
    url = urls.get(source)
    if url:
        return str(url)
    return f"{base_url}sources/{source}/" if base_url else f"tag:{TAG}:source:{source}"


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
