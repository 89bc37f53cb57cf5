"""The dataset as tables, for spreadsheets and SQL: CSV files, a SQLite database, Datasette metadata.

Built from the plain data of :func:`generator.data.export.dataset`, never from the
YAML, so the CSV files, the database and the JSON document always agree. One
table per kind of thing (:data:`TABLES`); one row of ``evidence`` per quoted
statement, saying what it backs. Ids are those of the YAML files. Sources,
actors and briefings are keyed by their id; what belongs to a briefing (its
issues, positions, questions…) by ``key``, ``briefing/id``, because those ids
are unique only within their briefing. Lists (an actor's aliases, a question's
actors) are JSON arrays in one column, which Datasette facets by item.

A table's columns are not written here: they come from the fields of the dataset's
item it holds (:mod:`generator.data.export`, each field's type, description and
:class:`~generator.data.export.AsColumn`), after the columns that place a row (its key,
its briefing) and before those that say what a statement backs.

``python -m generator export --format csv`` and ``--format sqlite`` write them;
the site offers the CSV files beside the JSON document.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import sqlite3
import types
import typing
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic.fields import FieldInfo
from typing_extensions import is_typeddict

from generator.data.export import (
    PROGRAM,
    ActorItem,
    AsColumn,
    BriefingItem,
    ClaimItem,
    Dataset,
    EventItem,
    EvidenceItem,
    IssueItem,
    JudgementItem,
    PositionItem,
    QuestionItem,
    RebuttalItem,
    RelationItem,
    SideItem,
    SourceItem,
)

Value = str | int | float | None
Row = dict[str, Value]
#: Every table's rows, by table name.
Tables = dict[str, list[Row]]


@dataclass(frozen=True)
class Column:
    """A column: its name, SQL type (``str`` TEXT, ``int`` INTEGER, ``float`` REAL), what it holds, what it refers to.

    A column made from a field of the dataset's item also says where its value is
    (``path``, the keys into the item) and how it is written (``form``).
    """

    name: str
    description: str
    type: type = str
    #: the table whose primary key the column holds (a foreign key)
    references: str | None = None
    path: tuple[str, ...] = ()
    #: as it is; ``flag``: a truth as 1 or 0; ``json``: a JSON array; ``key``: an id as ``briefing/id``
    form: Literal["value", "flag", "json", "key"] = "value"
    #: for a JSON array of mappings, the one field of each kept
    item: str | None = None

    def cell(self, item: Mapping[str, Any], briefing: str | None) -> Value:
        """This column's value in a row of ``item`` (of the briefing ``briefing``, if any)."""
        value: Any = item
        for key in self.path:
            value = value[key]
            if value is None:
                return None
        if self.form == "json":
            return _json([v[self.item] for v in value] if self.item else value)
        if self.form == "flag":
            return int(value)
        return f"{briefing}/{value}" if self.form == "key" else value


@dataclass(frozen=True)
class Table:
    """A table: its columns in order, primary key, and how Datasette shows it.

    Its columns are ``head`` (what places a row: its key, its briefing), then one or more
    for each field of the dataset's ``item`` it holds a row of (:func:`field_columns`),
    then ``tail``.
    """

    name: str
    description: str
    pk: str
    item: type
    #: the column Datasette shows for a row another table links to
    label: str
    head: tuple[Column, ...] = ()
    tail: tuple[Column, ...] = ()
    #: the columns Datasette offers as facets
    facets: tuple[str, ...] = ()
    #: the columns with full-text search
    search: tuple[str, ...] = ()

    @functools.cached_property
    def fields(self) -> tuple[Column, ...]:
        """The columns made from the item's fields."""
        return field_columns(self.item)

    @functools.cached_property
    def columns(self) -> tuple[Column, ...]:
        return (*self.head, *self.fields, *self.tail)

    @functools.cached_property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def row(self, item: Mapping[str, Any], scope: str | None = None, /, **placed: Value) -> Row:
        """A row of ``item`` (of the briefing ``scope``, if any): its head and tail columns from ``placed``."""
        cells = {c.name: c.cell(item, scope) for c in self.fields}
        return {c.name: placed[c.name] if c.name in placed else cells.get(c.name) for c in self.columns}


# --- Columns from the dataset's fields ----------------------------------------------------------


def field_columns(item: type, prefix: tuple[str, ...] = (), holder: str = "") -> tuple[Column, ...]:
    """The columns of an item of the dataset, one or more per field, in the fields' order.

    A field is one column of its name and description; a list of texts is a JSON array; a
    mapping is a column per field of its own (``<field>_<its field>``; ``holder`` is the
    description of the field that holds it); a list of mappings is left out (a table of its
    own), unless its :class:`~generator.data.export.AsColumn` makes it a JSON array.
    """
    columns: list[Column] = []
    last: list[Column] = []
    for name, hint in typing.get_type_hints(item, include_extras=True).items():
        kind, meta = _unwrap(hint)
        spec = next((m for m in meta if isinstance(m, AsColumn)), AsColumn())
        described = next((m.description for m in meta if isinstance(m, FieldInfo) and m.description), "")
        column = spec.name if spec.name is not None else name
        path = (*prefix, name)
        full = "_".join(filter(None, (*(p for p in prefix[:1]), column))) if prefix else column
        text = (spec.description or described).replace("{}", holder.removesuffix("."))
        if spec.description is None and spec.name == "" and holder:
            text = holder
        made = _columns_of(kind, spec, full, text, path)
        (last if spec.last else columns).extend(made)
    return (*columns, *last)


def _columns_of(kind: Any, spec: AsColumn, name: str, text: str, path: tuple[str, ...]) -> tuple[Column, ...]:
    """The columns of one field of type ``kind``."""
    if is_typeddict(kind):
        return field_columns(kind, path, text)
    if typing.get_origin(kind) is list:
        (of,) = typing.get_args(kind)
        if is_typeddict(of) and not spec.json:
            return ()  # a table of its own
        if spec.description is None:
            fields = f" of {', '.join(typing.get_type_hints(of))}" if is_typeddict(of) else ""
            text = f"{text.removesuffix('.')} (JSON array{fields})."
        return (Column(name, text, path=path, form="json", item=spec.item),)
    form: Literal["value", "flag", "key"] = "key" if spec.in_briefing else "flag" if kind is bool else "value"
    sql = int if kind in (int, bool) else float if kind is float else str
    return (Column(name, text, sql, spec.references, path, form),)


def _unwrap(hint: Any) -> tuple[Any, list[Any]]:
    """A field's type without ``Annotated`` and ``None``, and the metadata of every ``Annotated`` around it."""
    meta: list[Any] = []
    while True:
        if typing.get_origin(hint) is typing.Annotated:
            meta.extend(hint.__metadata__)
            hint = typing.get_args(hint)[0]
        elif typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        else:
            return hint, meta


def _key(table: str) -> Column:
    return Column("key", f"The {table}'s key: briefing/id (ids are unique only within a briefing).")


def _briefing() -> Column:
    return Column("briefing", "Id of the briefing.", references="briefings")


#: Every table, referenced tables before the tables that refer to them.
TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        "The seed articles every quote comes from.",
        "id",
        SourceItem,
        label="headline",
        facets=("outlet", "outlet_kind", "date_basis"),
    ),
    Table(
        "actors",
        "People, states and organisations, with the weight their voice carries (standing).",
        "id",
        ActorItem,
        label="name",
        facets=("kind", "standing", "country"),
    ),
    Table(
        "relations",
        "How one actor stands to another: member-of, speaks-for, leads, allied-with, opposed-to.",
        "key",
        RelationItem,
        label="key",
        head=(
            Column("key", "actor/relation/other_actor."),
            Column("actor", "Id of the actor.", references="actors"),
        ),
        facets=("relation",),
    ),
    Table("briefings", "The stories, each current as of a date.", "id", BriefingItem, label="title"),
    Table(
        "sides",
        "The groups of actors on each side of a story.",
        "key",
        SideItem,
        label="name",
        head=(_key("side"), _briefing()),
    ),
    Table(
        "issues",
        "The propositions actors take stances on.",
        "key",
        IssueItem,
        label="title",
        head=(_key("issue"), _briefing()),
    ),
    Table(
        "positions",
        "What one actor holds on one issue's proposition, when; its statements are in evidence.",
        "key",
        PositionItem,
        label="summary",
        head=(_key("position"), _briefing()),
        facets=("stance", "actor", "issue", "said_on_basis"),
        search=("summary",),
    ),
    Table(
        "questions",
        "Questions a careful reader is left with, open or settled.",
        "key",
        QuestionItem,
        label="question",
        head=(_key("question"), _briefing()),
        facets=("status", "issue"),
        search=("question", "why"),
    ),
    Table(
        "events",
        "The timeline: what happened or was scheduled, and when, with what the date rests on.",
        "key",
        EventItem,
        label="what",
        head=(_key("event"), _briefing()),
        facets=("date_basis", "date_precision"),
        search=("what",),
    ),
    Table(
        "claims",
        "Claims made by any side; who disputes them is in rebuttals.",
        "key",
        ClaimItem,
        label="claim",
        head=(_key("claim"), _briefing()),
        facets=("issue",),
        search=("claim",),
    ),
    Table(
        "rebuttals",
        "Who disputes a claim, and how.",
        "key",
        RebuttalItem,
        label="summary",
        head=(
            Column("key", "The claim's key and the rebuttal's number: briefing/claim/n."),
            _briefing(),
            Column("claim", "Key of the claim disputed.", references="claims"),
            Column("number", "Its place among the claim's rebuttals, from 1.", int),
        ),
        facets=("voice", "kind"),
    ),
    Table(
        "judgements",
        "Key judgements: our assessment, by when it is settled, what it rests on and how it resolved.",
        "key",
        JudgementItem,
        label="statement",
        head=(_key("judgement"), _briefing()),
        facets=("likelihood", "confidence", "outcome_result"),
        search=("statement", "reasoning"),
    ),
    Table(
        "evidence",
        "Every quoted statement: the exact words, whose they are, and what they back.",
        "id",
        EvidenceItem,
        label="quote",
        head=(Column("id", "The statement's number in this export, from 1 (it shifts as annotations change).", int),),
        tail=(
            Column(
                "backs",
                "What it backs: position, answer, event, event-date, claim, rebuttal, support, relation or outcome.",
            ),
            Column("number", "Its place among the quotes of what it backs, from 1.", int),
            _briefing(),
            Column("position", "Key of the position it backs.", references="positions"),
            Column("question", "Key of the question whose answer it shows.", references="questions"),
            Column("event", "Key of the event it reports (or gives another date for).", references="events"),
            Column(
                "claim",
                "Key of the claim it makes (or, with rebuttal, disputes; with support, bears out).",
                references="claims",
            ),
            Column("rebuttal", "Key of the rebuttal it states.", references="rebuttals"),
            Column("relation", "Key of the actor relation it shows.", references="relations"),
            Column("judgement", "Key of the judgement whose outcome it shows.", references="judgements"),
        ),
        facets=("backs", "kind", "source", "speaker"),
        search=("quote",),
    ),
)

#: The tables by name.
BY_NAME = {t.name: t for t in TABLES}

#: What an evidence row can back, in the order of :data:`TABLES`'s ``backs`` column.
BACKS = ("position", "answer", "event", "event-date", "claim", "rebuttal", "support", "relation", "outcome")


# --- Rows ----------------------------------------------------------------------------------------


def rows(data: Dataset) -> Tables:
    """Every table's rows, from the dataset, with the columns of :data:`TABLES` in their order."""
    out: Tables = {t.name: [] for t in TABLES}
    out["sources"] = [BY_NAME["sources"].row(s) for s in data["sources"]]
    out["actors"] = [BY_NAME["actors"].row(a) for a in data["actors"]]
    out["relations"] = list(_relations(data))
    for b in data["briefings"]:
        _briefing_rows(b, out)
    evidence = BY_NAME["evidence"]
    out["evidence"] = [
        evidence.row(item, None, id=n, **placed) for n, (item, placed) in enumerate(_statements(data, out), start=1)
    ]
    return out


def _relations(data: Dataset) -> Iterator[Row]:
    keys: Counter[str] = Counter()
    table = BY_NAME["relations"]
    for a in data["actors"]:
        for r in a["relations"]:
            key = f"{a['id']}/{r['relation']}/{r['actor']}"
            keys[key] += 1
            key += f"-{keys[key]}" if keys[key] > 1 else ""  # the same relation stated twice stays two rows
            yield table.row(r, key=key, actor=a["id"])


def _briefing_rows(b: BriefingItem, out: Tables) -> None:
    """The rows of a briefing and of everything that belongs to it."""
    bid = b["id"]
    out["briefings"].append(BY_NAME["briefings"].row(b, bid))
    parts: tuple[tuple[str, Sequence[Mapping[str, Any]]], ...] = (
        ("sides", b["sides"]),
        ("issues", b["issues"]),
        ("positions", b["positions"]),
        ("questions", b["questions"]),
        ("events", b["events"]),
        ("claims", b["claims"]),
        ("judgements", b["judgements"]),
    )
    for name, items in parts:
        table = BY_NAME[name]
        out[name].extend(table.row(item, bid, key=f"{bid}/{item['id']}", briefing=bid) for item in items)
    rebuttals = BY_NAME["rebuttals"]
    for c in b["claims"]:
        claim = f"{bid}/{c['id']}"
        out["rebuttals"].extend(
            rebuttals.row(rb, bid, key=f"{claim}/{n}", briefing=bid, claim=claim, number=n)
            for n, rb in enumerate(c["rebuttals"], start=1)
        )


def _statements(data: Dataset, out: Tables) -> Iterator[tuple[EvidenceItem, Row]]:
    """Every quoted statement, in the order of the dataset, with what it backs."""
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
            for s in c["support"]:
                yield from _backing(s["evidence"], "support", bid, claim=claim)
        for j in b["judgements"]:
            if j["outcome"]:
                yield from _backing(j["outcome"]["evidence"], "outcome", bid, judgement=f"{bid}/{j['id']}")


def _backing(
    items: Sequence[EvidenceItem], backs: str, briefing: str | None, **item: str
) -> Iterator[tuple[EvidenceItem, Row]]:
    for n, ev in enumerate(items, start=1):
        yield ev, {"backs": backs, "number": n, "briefing": briefing, **item}


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


#: What writing a SQLite database needs beyond the base install: the ``sqlite`` extra.
SQLITE_WRITER = ("sqlite_utils",)


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
