"""The dataset as tables, for spreadsheets and SQL: CSV files, a SQLite database, Datasette metadata.

Built from the plain data of :func:`generator.data.export.dataset`, never from the
YAML, so the CSV files, the database and the JSON document always agree. One
table per kind of thing (:data:`TABLES`); one row of ``evidence`` per quoted
statement, saying what it backs. Ids are those of the YAML files. Sources,
actors and briefings are keyed by their id; what belongs to a briefing (its
issues, positions, questions…) by ``key``, ``briefing/id``, because those ids
are unique only within their briefing. Lists (an actor's aliases, a question's
actors) are JSON arrays in one column, which Datasette facets by item.

``python -m generator export --format csv`` and ``--format sqlite`` write them;
the site offers the CSV files beside the JSON document.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator.data.export import PROGRAM, Dataset, Dated, DateValue, EvidenceItem

Value = str | int | None
Row = dict[str, Value]
#: Every table's rows, by table name.
Tables = dict[str, list[Row]]


@dataclass(frozen=True)
class Column:
    """A column: its name, SQL type (``str`` is TEXT, ``int`` INTEGER), what it holds, what it refers to."""

    name: str
    description: str
    type: type = str
    #: the table whose primary key the column holds (a foreign key)
    references: str | None = None


@dataclass(frozen=True)
class Table:
    """A table: its columns in order, primary key, and how Datasette shows it."""

    name: str
    description: str
    pk: str
    columns: tuple[Column, ...]
    #: the column Datasette shows for a row another table links to
    label: str
    #: the columns Datasette offers as facets
    facets: tuple[str, ...] = ()
    #: the columns with full-text search
    search: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _key(table: str) -> Column:
    return Column("key", f"The {table}'s key: briefing/id (ids are unique only within a briefing).")


def _briefing() -> Column:
    return Column("briefing", "Id of the briefing.", references="briefings")


def _date(prefix: str, what: str, basis: bool = True) -> tuple[Column, ...]:
    """The columns of a date (:class:`~.export.DateValue`, or with ``basis`` a :class:`~.export.Dated`)."""
    columns = (
        Column(prefix, f"{what}, YYYY-MM-DD (the first day of a month or year)."),
        Column(f"{prefix}_precision", "The unit it is known to: day, month or year."),
        Column(f"{prefix}_approximate", "1 when only approximate (shown 'about'), else 0.", int),
        Column(f"{prefix}_text", "The date as the site shows it."),
    )
    if not basis:
        return columns
    return (
        *columns,
        Column(f"{prefix}_basis", "What it rests on: text, relative, report or outside."),
        Column(f"{prefix}_relative", "The article's words for a relative date."),
        Column(f"{prefix}_note", "What an outside date rests on."),
        Column(f"{prefix}_source", "Id of the source whose words or date it rests on.", references="sources"),
    )


#: Every table, referenced tables before the tables that refer to them.
TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        "The seed articles every quote comes from.",
        "id",
        (
            Column("id", "Id of the seed (its file name in seeds/)."),
            Column("headline", "The headline."),
            Column("headline_by", "Who wrote the headline: article or annotator."),
            Column("outlet", "The publication's name."),
            Column("outlet_id", "The publication's id in the outlet registry."),
            Column("outlet_country", "The country the publication is based in (ISO code)."),
            Column("outlet_kind", "wire, newspaper, broadcaster, state-media, official or other."),
            Column("url", "Address of the original article."),
            *_date("published", "Publication date, stated or inferred", basis=False),
            Column("date_basis", "published (stated), text or outside (inferred)."),
            Column("date_reason", "Why an inferred date."),
            Column("caption", "Image caption kept apart from the body."),
        ),
        label="headline",
        facets=("outlet", "outlet_kind", "date_basis"),
    ),
    Table(
        "actors",
        "People, states and organisations, with the weight their voice carries (standing).",
        "id",
        (
            Column("id", "Id of the actor."),
            Column("name", "Full name."),
            Column("kind", "person, state, government, organisation, alliance or media."),
            Column("standing", "The weight the actor's voice carries."),
            Column("role", "Role."),
            Column("affiliation", "Id of the actor this one belongs to.", references="actors"),
            Column("country", "ISO 3166-1 alpha-2 country code."),
            Column("aliases", "Other names the sources use (JSON array)."),
            Column("wikidata", "Wikidata item id."),
        ),
        label="name",
        facets=("kind", "standing", "country"),
    ),
    Table(
        "relations",
        "How one actor stands to another: member-of, speaks-for, leads, allied-with, opposed-to.",
        "key",
        (
            Column("key", "actor/relation/other_actor."),
            Column("actor", "Id of the actor.", references="actors"),
            Column("relation", "member-of, speaks-for, leads, allied-with or opposed-to."),
            Column("other_actor", "Id of the other actor.", references="actors"),
            Column("background", "Background knowledge it rests on, when no source shows it."),
        ),
        label="key",
        facets=("relation",),
    ),
    Table(
        "briefings",
        "The stories, each current as of a date.",
        "id",
        (
            Column("id", "Id of the briefing (its file name in briefings/)."),
            Column("title", "Title."),
            Column("summary", "A short neutral summary."),
            Column("as_of", "The date it is current as of, YYYY-MM-DD."),
            Column("sources", "Ids of its sources (JSON array)."),
        ),
        label="title",
    ),
    Table(
        "sides",
        "The groups of actors on each side of a story.",
        "key",
        (
            _key("side"),
            _briefing(),
            Column("id", "Id of the side."),
            Column("name", "The side's name."),
            Column("actors", "Ids of its actors (JSON array)."),
        ),
        label="name",
    ),
    Table(
        "issues",
        "The propositions actors take stances on.",
        "key",
        (
            _key("issue"),
            _briefing(),
            Column("id", "Id of the issue."),
            Column("title", "The issue in a few words."),
            Column("proposition", "The statement every stance is a stance on."),
            Column("description", "More about it."),
        ),
        label="title",
    ),
    Table(
        "positions",
        "What one actor holds on one issue's proposition, when; its statements are in evidence.",
        "key",
        (
            _key("position"),
            _briefing(),
            Column("id", "Id of the position (as in the YAML, or actor-issue)."),
            Column("actor", "Id of the actor holding it.", references="actors"),
            Column("issue", "Key of the issue.", references="issues"),
            Column("stance", "supports, tentative, conditional, unclear or opposes."),
            Column("summary", "One neutral sentence."),
            Column("conditions", "Conditions the actor attaches (JSON array of condition, issue, question)."),
            *_date("said_on", "When it was said, or (basis report) when it was reported"),
        ),
        label="summary",
        facets=("stance", "actor", "issue", "said_on_basis"),
        search=("summary",),
    ),
    Table(
        "questions",
        "Questions a careful reader is left with, open or settled.",
        "key",
        (
            _key("question"),
            _briefing(),
            Column("id", "Id of the question."),
            Column("question", "The question."),
            Column("why", "Why it matters."),
            Column("status", "open, answered or obsolete."),
            Column("actors", "Ids of the actors whose moves would settle it (JSON array)."),
            Column("issue", "Key of its issue.", references="issues"),
            Column("answer", "How it was settled, when answered."),
            Column("answer_as_of", "When it was answered, YYYY-MM-DD."),
        ),
        label="question",
        facets=("status", "issue"),
        search=("question", "why"),
    ),
    Table(
        "events",
        "The timeline: what happened or was scheduled, and when, with what the date rests on.",
        "key",
        (
            _key("event"),
            _briefing(),
            Column("id", "Id of the event, or its number in the timeline."),
            *_date("date", "When it happened"),
            Column("what", "What happened."),
            Column("actors", "Ids of the actors taking part (JSON array)."),
            Column("other_dates", "Other dates sources give for it (JSON array of dates)."),
        ),
        label="what",
        facets=("date_basis", "date_precision"),
        search=("what",),
    ),
    Table(
        "claims",
        "Claims made by any side; who disputes them is in rebuttals.",
        "key",
        (
            _key("claim"),
            _briefing(),
            Column("id", "Id of the claim."),
            Column("claim", "The claim, attributed."),
            Column("claimants", "Ids of the actors who made it (JSON array)."),
            Column("disputed_by", "Ids of the named actors who dispute it (JSON array)."),
            Column("issue", "Key of its issue.", references="issues"),
        ),
        label="claim",
        facets=("issue",),
        search=("claim",),
    ),
    Table(
        "rebuttals",
        "Who disputes a claim, and how.",
        "key",
        (
            Column("key", "The claim's key and the rebuttal's number: briefing/claim/n."),
            _briefing(),
            Column("claim", "Key of the claim disputed.", references="claims"),
            Column("number", "Its place among the claim's rebuttals, from 1.", int),
            Column("by", "Id of the actor who disputes it, when named.", references="actors"),
            Column("unnamed", "Unnamed voices who dispute it, as the source describes them."),
            Column("voice", "named, unnamed, source (the claim's own) or sources (another source)."),
            Column("kind", "factual (disputes a fact) or argument (disputes the reading)."),
            Column("summary", "The rebuttal, attributed."),
        ),
        label="summary",
        facets=("voice", "kind"),
    ),
    Table(
        "evidence",
        "Every quoted statement: the exact words, whose they are, and what they back.",
        "id",
        (
            Column("id", "The statement's number in this export, from 1 (it shifts as annotations change).", int),
            Column("source", "Id of the source quoted.", references="sources"),
            Column("quote", "The exact words quoted."),
            Column("passage_start", "Offset of the passage's first character in the source's text.", int),
            Column("passage_end", "Offset after its last character.", int),
            Column("kind", "direct (the speaker's words), reported (the source's account) or framing (its own)."),
            Column("speaker", "Id of the actor whose statement it is, when named.", references="actors"),
            Column("via_actor", "Id of a named go-between, such as a spokesperson.", references="actors"),
            Column("via_unnamed", "An unnamed go-between, as the source describes them."),
            Column("via_to", "Who the words were said to."),
            Column("backs", "What it backs: position, answer, event, event-date, claim, rebuttal or relation."),
            Column("number", "Its place among the quotes of what it backs, from 1.", int),
            _briefing(),
            Column("position", "Key of the position it backs.", references="positions"),
            Column("question", "Key of the question whose answer it shows.", references="questions"),
            Column("event", "Key of the event it reports (or gives another date for).", references="events"),
            Column("claim", "Key of the claim it makes (or, with rebuttal, disputes).", references="claims"),
            Column("rebuttal", "Key of the rebuttal it states.", references="rebuttals"),
            Column("relation", "Key of the actor relation it shows.", references="relations"),
        ),
        label="quote",
        facets=("backs", "kind", "source", "speaker"),
        search=("quote",),
    ),
)

#: The tables by name.
BY_NAME = {t.name: t for t in TABLES}

#: What an evidence row can back, in the order of :data:`TABLES`'s ``backs`` column.
BACKS = ("position", "answer", "event", "event-date", "claim", "rebuttal", "relation")


# --- Rows ----------------------------------------------------------------------------------------


def rows(data: Dataset) -> Tables:
    """Every table's rows, from the dataset, with the columns of :data:`TABLES` in their order."""
    out: dict[str, list[Row]] = {t.name: [] for t in TABLES}
    for s in data["sources"]:
        out["sources"].append(
            {
                "id": s["id"],
                "headline": s["headline"],
                "headline_by": s["headline_by"],
                "outlet": s["outlet"],
                "outlet_id": s["outlet_id"],
                "outlet_country": s["outlet_country"],
                "outlet_kind": s["outlet_kind"],
                "url": s["url"],
                **_date_row("published", s["published"]),
                "date_basis": s["date_basis"],
                "date_reason": s["date_reason"],
                "caption": s["caption"],
            }
        )
    for a in data["actors"]:
        out["actors"].append(
            {
                "id": a["id"],
                "name": a["name"],
                "kind": a["kind"],
                "standing": a["standing"],
                "role": a["role"],
                "affiliation": a["affiliation"],
                "country": a["country"],
                "aliases": _json(a["aliases"]),
                "wikidata": a["wikidata"],
            }
        )
    _briefing_rows(data, out)
    out["evidence"] = [{"id": n, **row} for n, row in enumerate(_statements(data, out), start=1)]
    return {name: [_ordered(BY_NAME[name], row) for row in table] for name, table in out.items()}


def _briefing_rows(data: Dataset, out: dict[str, list[Row]]) -> None:
    """The rows of relations and of everything that belongs to a briefing."""
    keys: Counter[str] = Counter()
    for a in data["actors"]:
        for r in a["relations"]:
            key = f"{a['id']}/{r['relation']}/{r['actor']}"
            keys[key] += 1
            key += f"-{keys[key]}" if keys[key] > 1 else ""  # the same relation stated twice stays two rows
            out["relations"].append(
                {
                    "key": key,
                    "actor": a["id"],
                    "relation": r["relation"],
                    "other_actor": r["actor"],
                    "background": r["background"],
                }
            )
    for b in data["briefings"]:
        bid = b["id"]
        sources = _json(b["sources"])
        out["briefings"].append(
            {"id": bid, "title": b["title"], "summary": b["summary"], "as_of": b["as_of"], "sources": sources}
        )
        for side in b["sides"]:
            out["sides"].append(
                {
                    "key": f"{bid}/{side['id']}",
                    "briefing": bid,
                    "id": side["id"],
                    "name": side["name"],
                    "actors": _json(side["actors"]),
                }
            )
        for i in b["issues"]:
            out["issues"].append(
                {
                    "key": f"{bid}/{i['id']}",
                    "briefing": bid,
                    "id": i["id"],
                    "title": i["title"],
                    "proposition": i["proposition"],
                    "description": i["description"],
                }
            )
        for p in b["positions"]:
            out["positions"].append(
                {
                    "key": f"{bid}/{p['id']}",
                    "briefing": bid,
                    "id": p["id"],
                    "actor": p["actor"],
                    "issue": f"{bid}/{p['issue']}",
                    "stance": p["stance"],
                    "summary": p["summary"],
                    "conditions": _json(p["conditions"]),
                    **_date_row("said_on", p["said_on"]),
                }
            )
        for q in b["questions"]:
            answer = q["answer"]
            out["questions"].append(
                {
                    "key": f"{bid}/{q['id']}",
                    "briefing": bid,
                    "id": q["id"],
                    "question": q["question"],
                    "why": q["why"],
                    "status": q["status"],
                    "actors": _json(q["actors"]),
                    "issue": _in(bid, q["issue"]),
                    "answer": answer["summary"] if answer else None,
                    "answer_as_of": answer["as_of"] if answer else None,
                }
            )
        for e in b["events"]:
            out["events"].append(
                {
                    "key": f"{bid}/{e['id']}",
                    "briefing": bid,
                    "id": e["id"],
                    **_date_row("date", e["date"]),
                    "what": e["what"],
                    "actors": _json(e["actors"]),
                    "other_dates": _json([o["date"] for o in e["other_dates"]]),
                }
            )
        for c in b["claims"]:
            claim = f"{bid}/{c['id']}"
            out["claims"].append(
                {
                    "key": claim,
                    "briefing": bid,
                    "id": c["id"],
                    "claim": c["claim"],
                    "claimants": _json(c["claimants"]),
                    "disputed_by": _json(c["disputed_by"]),
                    "issue": _in(bid, c["issue"]),
                }
            )
            for n, rb in enumerate(c["rebuttals"], start=1):
                out["rebuttals"].append(
                    {
                        "key": f"{claim}/{n}",
                        "briefing": bid,
                        "claim": claim,
                        "number": n,
                        "by": rb["by"],
                        "unnamed": rb["unnamed"],
                        "voice": rb["voice"],
                        "kind": rb["kind"],
                        "summary": rb["summary"],
                    }
                )


def _statements(data: Dataset, out: dict[str, list[Row]]) -> Iterator[Row]:
    """One row per quoted statement, in the order of the dataset, saying what it backs."""
    relations = iter(out["relations"])
    for a in data["actors"]:
        for r in a["relations"]:
            yield from _backing(r["evidence"], "relation", None, relation=str(next(relations)["key"]))
    for b in data["briefings"]:
        bid = b["id"]
        for p in b["positions"]:
            yield from _backing(p["evidence"], "position", bid, position=f"{bid}/{p['id']}")
        for q in b["questions"]:
            if q["answer"]:
                yield from _backing(q["answer"]["evidence"], "answer", bid, question=f"{bid}/{q['id']}")
        for e in b["events"]:
            event = f"{bid}/{e['id']}"
            yield from _backing(e["evidence"], "event", bid, event=event)
            others = [ev for o in e["other_dates"] for ev in o["evidence"]]
            yield from _backing(others, "event-date", bid, event=event)
        for c in b["claims"]:
            claim = f"{bid}/{c['id']}"
            yield from _backing(c["evidence"], "claim", bid, claim=claim)
            for n, rb in enumerate(c["rebuttals"], start=1):
                yield from _backing(rb["evidence"], "rebuttal", bid, claim=claim, rebuttal=f"{claim}/{n}")


def _backing(items: Sequence[EvidenceItem], backs: str, briefing: str | None, **item: str) -> Iterator[Row]:
    for n, ev in enumerate(items, start=1):
        via = ev["via"]
        yield {
            "source": ev["source"],
            "quote": ev["quote"],
            "passage_start": ev["passage"]["start"],
            "passage_end": ev["passage"]["end"],
            "kind": ev["kind"],
            "speaker": ev["speaker"],
            "via_actor": via["actor"] if via else None,
            "via_unnamed": via["unnamed"] if via else None,
            "via_to": via["to"] if via else None,
            "backs": backs,
            "number": n,
            "briefing": briefing,
            **item,
        }


def _date_row(prefix: str, value: DateValue | Dated | None) -> Row:
    row: Row = {
        prefix: value["date"] if value else None,
        f"{prefix}_precision": value["precision"] if value else None,
        f"{prefix}_approximate": int(value["approximate"]) if value else None,
        f"{prefix}_text": value["text"] if value else None,
    }
    if prefix != "published":  # a source's date has no basis of its own (date_basis says how it was found)
        dated: Any = value or {}
        for part in ("basis", "relative", "note", "source"):
            row[f"{prefix}_{part}"] = dated.get(part)
    return row


def _ordered(table: Table, row: Row) -> Row:
    """The row with exactly the table's columns, in order (a missing column is empty)."""
    return {name: row.get(name) for name in table.names}


def _in(briefing: str, item: str | None) -> str | None:
    return f"{briefing}/{item}" if item else None


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


#: The end of the metadata's description, which names the program: how metadata ``export`` wrote is recognised.
_ABOUT = re.compile(rf"\({re.escape(PROGRAM)} [^,()]+, dataset format \d+\)\.\Z")


def is_metadata(head: bytes) -> bool:
    """Whether a file beginning with ``head`` (read whole: metadata is small) is Datasette metadata ``export`` wrote."""
    try:
        data = json.loads(head)
    except (ValueError, RecursionError):
        return False
    about = data.get("description") if isinstance(data, dict) else None
    return isinstance(about, str) and _ABOUT.search(about) is not None and isinstance(data.get("databases"), dict)


# --- CSV -----------------------------------------------------------------------------------------


def csv_text(table: Table, table_rows: list[Row]) -> str:
    """One table as CSV (RFC 4180: comma-separated, double quotes, CRLF line ends), a header row first.

    An empty cell is a missing value (JSON null). Values are written exactly as
    they are: a spreadsheet may read a cell starting with ``=`` as a formula.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.names)
    writer.writerows([row[name] for name in table.names] for row in table_rows)
    return buffer.getvalue()


def csv_files(data: Dataset, tables: Tables | None = None) -> dict[str, str]:
    """``{table.csv: CSV text}`` for every table (``tables``: the dataset's :func:`rows`, when already made)."""
    tables = tables or rows(data)
    return {f"{t.name}.csv": csv_text(t, tables[t.name]) for t in TABLES}


# --- SQLite --------------------------------------------------------------------------------------


#: The database's application id (``PRAGMA application_id``, bytes 68-71 of its header: "BRFG"), the way
#: SQLite provides for a program to mark its files: ``export`` replaces a database that has it.
APPLICATION_ID = int.from_bytes(b"BRFG", "big")
_SQLITE_HEADER = b"SQLite format 3\x00"


def is_database(head: bytes) -> bool:
    """Whether a file beginning with ``head`` is a SQLite database ``export`` wrote (its application id)."""
    return head.startswith(_SQLITE_HEADER) and head[68:72] == APPLICATION_ID.to_bytes(4, "big")


def sqlite_bytes(data: Dataset) -> bytes:
    """The tables as a SQLite database file: foreign keys, indexes on them, full-text search (FTS5).

    Built in memory with sqlite-utils and returned whole, so that a file is
    written at once or not at all.
    """
    import sqlite_utils  # only this export needs it: the site's build does not pay for the import

    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn)
        tables = rows(data)
        for t in TABLES:
            db[t.name].create(  # type: ignore[union-attr]  # a name of ours is a table, never a view
                {c.name: c.type for c in t.columns},
                pk=t.pk,
                foreign_keys=[(c.name, c.references, BY_NAME[c.references].pk) for c in t.columns if c.references],
            )
            db[t.name].insert_all(tables[t.name])  # type: ignore[union-attr]
            if t.search:
                db[t.name].enable_fts(list(t.search))  # type: ignore[union-attr]
        db.index_foreign_keys()
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()


def datasette_metadata(data: Dataset, database: str, title: str = "") -> dict[str, Any]:
    """Datasette metadata for the database ``database`` (its file name without ``.db``).

    Table and column descriptions, the facets shown by default, the label
    column of each table and which columns have full-text search:
    ``datasette briefings.db --metadata metadata.json``.
    """
    tables = {
        t.name: {
            "description": t.description,
            "label_column": t.label,
            "facets": list(t.facets),
            "columns": {c.name: c.description for c in t.columns},
        }
        for t in TABLES
    }
    about = f"{data['generator']}, dataset format {data['format_version']}"  # the signature is_metadata reads
    return {
        "title": title or "Briefings",
        "description": f"Sources, actors, positions and the quoted statements they rest on ({about}).",
        "databases": {database: {"tables": tables}},
    }
