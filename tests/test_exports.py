"""Data others can use: the dataset as CSV files, a SQLite database Datasette opens, and W3C Web Annotations.

Every format is built from the same plain data (generator/data/export.py), so they agree:
the tests count rows and compare ids across JSON, CSV, SQLite and the annotations.
Pinned on the fixtures (mini, story), edited in temporary copies.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import csv
import io
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.data import export, tables, web_annotations
from generator.model import Site
from generator.site.identity import SiteIdentity
from generator.writing import MANIFEST
from tests.conftest import linked_site as _site

BRIEFING = "briefings/harbour-ferry.yaml"


def _texts(site: Site) -> dict[str, str]:
    return {s.id: s.body for s in site.sources.values()}


def _evidence_in(value: Any) -> Iterator[dict[str, Any]]:
    """Every evidence item anywhere in the JSON document (a dict with a quote and a passage)."""
    if isinstance(value, dict):
        if "quote" in value and "passage" in value:
            yield value
        for item in value.values():
            yield from _evidence_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence_in(item)


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# --- All formats agree ----------------------------------------------------------------------------


def test_every_format_has_the_rows_and_ids_of_the_json(story: Path) -> None:
    site = _site(story)
    data = json.loads(export.to_json(site))
    (b,) = data["briefings"]
    expected = {
        "sources": [s["id"] for s in data["sources"]],
        "actors": [a["id"] for a in data["actors"]],
        "briefings": [b["id"]],
        "issues": [f"{b['id']}/{i['id']}" for i in b["issues"]],
        "positions": [f"{b['id']}/{p['id']}" for p in b["positions"]],
        "questions": [f"{b['id']}/{q['id']}" for q in b["questions"]],
        "events": [f"{b['id']}/{e['id']}" for e in b["events"]],
        "claims": [f"{b['id']}/{c['id']}" for c in b["claims"]],
    }
    quotes = [(e["source"], e["quote"], e["passage"]["start"]) for e in _evidence_in(data)]
    assert len(quotes) > 50 and sum(len(c["rebuttals"]) for c in b["claims"]) > 0

    csvs = {name.removesuffix(".csv"): _read_csv(text) for name, text in tables.csv_files(data).items()}
    db = sqlite3.connect(":memory:")
    db.deserialize(tables.sqlite_bytes(data))
    for name, ids in expected.items():
        pk = tables.BY_NAME[name].pk
        assert [row[pk] for row in csvs[name]] == ids, name
        assert [r[0] for r in db.execute(f"select {pk} from {name} order by rowid")] == ids, name
    assert len(csvs["rebuttals"]) == sum(len(c["rebuttals"]) for c in b["claims"])
    assert len(csvs["relations"]) == sum(len(a["relations"]) for a in data["actors"])
    assert sorted((r["source"], r["quote"], int(r["passage_start"])) for r in csvs["evidence"]) == sorted(quotes)
    assert db.execute("select count(*) from evidence").fetchone()[0] == len(quotes)

    annotations = web_annotations.collection(data, _texts(site), SiteIdentity(site_url=SITE))
    items = annotations["first"]["items"]
    assert annotations["total"] == len(items) == len(quotes)
    assert len({a["id"] for a in items}) == len(items), "annotation ids are unique"


def test_the_database_is_the_csv_files(mini: Path) -> None:
    """Same columns, same values: an empty CSV cell is a NULL, numbers are numbers."""
    data = export.dataset(_site(mini))
    db = sqlite3.connect(":memory:")
    db.deserialize(tables.sqlite_bytes(data))
    for name, text in tables.csv_files(data).items():
        table = name.removesuffix(".csv")
        cursor = db.execute(f"select * from {table} order by rowid")
        columns = [c[0] for c in cursor.description]
        assert columns == tables.BY_NAME[table].names
        in_db = [["" if v is None else str(v) for v in row] for row in cursor]
        in_csv = [list(row) for row in csv.reader(io.StringIO(text, newline=""))]
        assert in_csv == [columns, *in_db], table


def test_every_reference_in_the_database_resolves(story: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.deserialize(tables.sqlite_bytes(export.dataset(_site(story))))
    assert db.execute("pragma foreign_key_check").fetchall() == []
    declared = {(t, fk[3], fk[2]) for t in tables.BY_NAME for fk in db.execute(f"pragma foreign_key_list({t})")}
    assert {("positions", "issue", "issues"), ("evidence", "position", "positions")} <= declared
    assert ("evidence", "rebuttal", "rebuttals") in declared and ("actors", "affiliation", "actors") in declared
    assert ("positions", "actor", "actors") in declared and ("evidence", "source", "sources") in declared
    # every evidence row backs exactly the item its `backs` names
    for backs, column in [("position", "position"), ("answer", "question"), ("relation", "relation")]:
        rows = db.execute(f"select count(*) from evidence where backs = ? and {column} is null", (backs,))
        assert rows.fetchone()[0] == 0, backs
    kinds = {r[0] for r in db.execute("select distinct backs from evidence")}
    assert kinds <= set(tables.BACKS) and {"position", "event", "claim", "rebuttal", "relation"} <= kinds


def test_full_text_search_finds_quotes_and_summaries(mini: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.deserialize(tables.sqlite_bytes(export.dataset(_site(mini))))
    found = db.execute(
        "select evidence.quote from evidence join evidence_fts on evidence.rowid = evidence_fts.rowid"
        " where evidence_fts match 'accounts'"
    ).fetchall()
    assert found == [("but the council’s own accounts show a loss of about 200,000 euros",)]
    assert db.execute("select count(*) from positions_fts where positions_fts match 'ferry'").fetchone()[0] > 0


def test_csv_keeps_commas_quotes_line_breaks_and_nulls(mini: Path) -> None:
    text = '"Closing the ferry, a \\"saving\\",\\nsays the council."'
    path = mini / BRIEFING
    source = path.read_text(encoding="utf-8")
    summary = re.search(r'^    summary: (".*")$', source, re.MULTILINE)
    assert summary is not None
    path.write_text(source.replace(summary.group(0), f"    summary: {text}", 1), encoding="utf-8")
    data = export.dataset(_site(mini))
    rows = _read_csv(tables.csv_files(data)["positions.csv"])
    assert rows[0]["summary"] == 'Closing the ferry, a "saving",\nsays the council.'
    assert rows[0]["said_on_relative"] == "", "a missing value is an empty cell"
    assert data["briefings"][0]["positions"][0]["said_on"]["relative"] is None  # type: ignore[index]


# --- Datasette --------------------------------------------------------------------------------------


def test_datasette_queries_positions_by_actor_facets_and_searches(mini: Path, tmp_path: Path) -> None:
    from datasette.app import Datasette

    db, meta = tmp_path / "briefings.db", tmp_path / "metadata.json"
    assert (
        main(["--project", str(mini), "export", "--format", "sqlite", "--out", str(db), "--metadata", str(meta)]) == 0
    )
    data = export.dataset(_site(mini))
    ferreira = [f"harbour-ferry/{p['id']}" for p in data["briefings"][0]["positions"] if p["actor"] == "ferreira"]
    assert len(ferreira) == 2

    ds = Datasette([str(db)], metadata=json.loads(meta.read_text(encoding="utf-8")))

    async def get(path: str) -> Any:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    async def queries() -> list[Any]:
        await ds.invoke_startup()
        return [
            await get("/briefings/positions.json?actor=ferreira&_shape=array"),
            await get("/briefings/positions.json?_labels=on"),
            await get("/briefings/evidence.json?_search=accounts&_shape=array"),
            await get("/briefings/evidence.json?speaker=ferreira&backs=position&_shape=array"),
        ]

    # in a thread of its own: on an xdist worker that also runs the browser tests, Playwright's sync API keeps
    # an event loop running in this thread, and asyncio.run refuses to start another one there
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        by_actor, labelled, searched, spoken = pool.submit(asyncio.run, queries()).result()
    assert [row["key"] for row in by_actor] == ferreira
    assert {"stance", "actor", "issue"} <= set(labelled["facet_results"])
    stances = {f["value"]: f["count"] for f in labelled["facet_results"]["stance"]["results"]}
    assert sum(stances.values()) == len(data["briefings"][0]["positions"])
    actor = labelled["rows"][0]["actor"]
    assert actor["label"] in {a["name"] for a in data["actors"]}, "a linked actor is shown by name"
    assert [row["quote"] for row in searched] == ["but the council’s own accounts show a loss of about 200,000 euros"]
    assert {row["position"] for row in spoken} <= set(ferreira) and spoken


def test_datasette_metadata_describes_every_table_and_column() -> None:
    meta = tables.datasette_metadata(
        {"format_version": 1, "generator": "g", "sources": [], "actors": [], "briefings": []}, "data", "Site"
    )
    described = meta["databases"]["data"]["tables"]
    assert set(described) == set(tables.BY_NAME)
    for t in tables.TABLES:
        assert described[t.name]["description"]
        assert set(described[t.name]["columns"]) == set(t.names)
        assert all(described[t.name]["columns"].values()), t.name
        assert set(t.facets) <= set(t.names) and set(t.search) <= set(t.names) and t.label in t.names


# --- W3C Web Annotations ----------------------------------------------------------------------------

IRI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$")
#: The address the annotations' tests give the site.
SITE = "https://example.org/site/"
#: xsd:dateTime, as the model's created wants it (with its time zone).
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def _check_web_annotation_model(doc: dict[str, Any]) -> None:
    """The requirements (MUST) of the W3C Web Annotation Data Model for what the export writes.

    Collection (section 5.1): @context with the anno.jsonld context, an IRI id, type AnnotationCollection, first
    when it has annotations. Page (5.2): an IRI id, type AnnotationPage, items. Annotation (3.1): an IRI id, type
    Annotation, at least one target; bodies (3.2.4) of type TextualBody carry a value. Several selectors (4.2) are
    alternatives for the same passage: TextQuoteSelector (4.2.4): type and exact, prefix and suffix strings when
    present; TextPositionSelector (4.2.5): type, start and end, non-negative integers, start <= end. created
    (3.3.1): an xsd:dateTime with its time zone; creator and generator (3.3.1): agents with a type and a name.
    """
    context = doc["@context"]
    assert web_annotations.CONTEXT_IRI in (context if isinstance(context, list) else [context])
    assert IRI.match(doc["id"]) and doc["type"] == "AnnotationCollection"
    page = doc["first"]
    assert IRI.match(page["id"]) and page["type"] == "AnnotationPage" and isinstance(page["items"], list)
    assert doc["total"] == len(page["items"]) > 0
    for a in page["items"]:
        assert IRI.match(a["id"]) and a["type"] == "Annotation"
        assert a["motivation"] in {"describing", "tagging", "commenting", "linking", "highlighting"}
        for body in a["body"]:
            assert body["type"] == "TextualBody" and isinstance(body["value"], str) and body["value"]
        target = a["target"]
        assert IRI.match(target["source"])
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector" and quote["exact"]
        assert all(isinstance(quote[k], str) for k in ("prefix", "suffix"))
        assert position["type"] == "TextPositionSelector"
        assert all(isinstance(position[k], int) for k in ("start", "end"))
        assert 0 <= position["start"] <= position["end"]
        assert DATE_TIME.match(a["created"])
        for agent in (a["creator"], a["generator"]):
            assert agent["type"] in {"Person", "Organization", "Software"} and agent["name"]


def test_web_annotations_follow_the_model_and_anchor_on_the_article(story: Path) -> None:
    site = _site(story)
    doc = json.loads(web_annotations.to_jsonld(export.dataset(site), _texts(site), SiteIdentity("Briefings", SITE)))
    _check_web_annotation_model(doc)
    spaced = {s.id: " ".join(s.body.split()) for s in site.sources.values()}
    urls = {s.id: s.url or f"{SITE}sources/{s.id}/" for s in site.sources.values()}
    for a in doc["first"]["items"]:
        (selector, position), source = a["target"]["selector"], a["target"]["source"]
        (sid,) = [s for s, url in urls.items() if url == source]
        text = spaced[sid]
        assert selector["prefix"] + selector["exact"] + selector["suffix"] in text, a["id"]
        assert text[position["start"] : position["end"]] == selector["exact"], a["id"]
        assert text[: position["start"]].endswith(selector["prefix"]), a["id"]
        assert text[position["end"] :].startswith(selector["suffix"]), a["id"]
        assert len(selector["prefix"]) == min(web_annotations.CONTEXT, position["start"])
    peskov = next(
        a for a in doc["first"]["items"] if "Definitely not, they cannot." in a["target"]["selector"][0]["exact"]
    )
    assert peskov["target"]["source"] == urls["putin-rejects-boots-on-the-ground"]
    assert "Position of Russia (opposes)" in peskov["body"][0]["value"]
    assert peskov["body"][1] == {"type": "TextualBody", "purpose": "tagging", "value": "position"}


def test_a_source_without_url_is_its_page_on_the_site(mini: Path) -> None:
    site = _site(mini)
    assert site.sources["mayor-keeps-ferry"].url is None
    data, texts = export.dataset(site), _texts(site)
    targets = {a["target"]["source"] for a in web_annotations.collection(data, texts)["first"]["items"]}
    assert targets == {"https://example.org/northbridge/ferry-vote"}, "without the site's address: left out"
    assert web_annotations.unanchored(tables.rows(data), "") == ["mayor-keeps-ferry"]
    assert web_annotations.unanchored(tables.rows(data), SITE) == []
    on_site = web_annotations.collection(data, texts, SiteIdentity(site_url=SITE))["first"]["items"]
    targets = {a["target"]["source"] for a in on_site}
    assert targets == {
        "https://example.org/northbridge/ferry-vote",
        "https://example.org/site/sources/mayor-keeps-ferry/",
    }


def test_export_web_annotation_reads_site_url_from_mkdocs_yml(
    mini: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = mini / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("site_url: http://127.0.0.1:8000/", "site_url: !ENV SITE_URL"),
        encoding="utf-8",
    )
    monkeypatch.setenv("SITE_URL", "https://briefings.example/")
    assert main(["--project", str(mini), "export", "--format", "web-annotation"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert "https://briefings.example/sources/mayor-keeps-ferry/" in {
        a["target"]["source"] for a in doc["first"]["items"]
    }


# --- The command line ---------------------------------------------------------------------------------


def test_export_csv_writes_a_folder_it_may_replace_and_nothing_else(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "csv"
    assert main(["--project", str(mini), "export", "--format", "csv", "--out", str(out)]) == 0
    names = {f"{t.name}.csv" for t in tables.TABLES}
    assert {p.name for p in out.iterdir()} == names | {MANIFEST}
    assert main(["--project", str(mini), "export", "--format", "csv", "--out", str(out)]) == 0, "its own folder"
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    capsys.readouterr()
    assert main(["--project", str(mini), "export", "--format", "csv", "--out", str(out)]) == 1
    assert "holds files export did not write (notes.txt)" in capsys.readouterr().err
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_export_csv_never_replaces_a_folder_render_wrote_or_the_inputs(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rendered = tmp_path / "rendered"
    assert main(["--project", str(mini), "render", "--out", str(rendered)]) == 0
    before = sorted(p.name for p in rendered.rglob("*"))
    assert main(["--project", str(mini), "export", "--format", "csv", "--out", str(rendered)]) == 1
    assert sorted(p.name for p in rendered.rglob("*")) == before
    assert main(["--project", str(mini), "export", "--format", "csv", "--out", str(mini / "seeds")]) == 1
    err = capsys.readouterr().err
    assert "is the seeds folder (seeds/): export --out replaces its folder as a whole" in err
    assert "hint: write the files to a new folder outside it, e.g. --out csv" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "--format csv writes one file per table: give a folder"),
        (["--format", "sqlite"], "--format sqlite writes a database file: give one"),
        (["--format", "json", "--metadata", "m.json"], "--metadata goes with --format sqlite"),
        (["--format", "web-annotation", "--out", "."], "is a folder: give the file to write"),
    ],
)
def test_export_usage_errors_exit_2_and_write_nothing(
    mini: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(mini.rglob("*"))
    assert main(["--project", str(mini), "export", *args]) == 2
    assert message in capsys.readouterr().err
    assert sorted(mini.rglob("*")) == before


def test_export_with_errors_writes_no_database(mini: Path, tmp_path: Path) -> None:
    path = mini / BRIEFING
    path.write_text(path.read_text(encoding="utf-8").replace('actor: "ferreira"', 'actor: "ferriera"', 1), "utf-8")
    db, folder = tmp_path / "b.db", tmp_path / "csv"
    assert main(["--project", str(mini), "export", "--format", "sqlite", "--out", str(db)]) == 1
    assert main(["--project", str(mini), "export", "--format", "csv", "--out", str(folder)]) == 1
    assert not db.exists() and not folder.exists()


def test_exported_files_get_the_usual_permissions(mini: Path, tmp_path: Path) -> None:
    """Written whole through a temporary file, but readable as any new file is (not private to the writer)."""
    mask = os.umask(0o022)
    os.umask(mask)
    json_file, db = tmp_path / "b.json", tmp_path / "b.db"
    assert main(["--project", str(mini), "export", "--out", str(json_file)]) == 0
    assert main(["--project", str(mini), "export", "--format", "sqlite", "--out", str(db)]) == 0
    for path in (json_file, db):
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask, path
    db.chmod(0o640)
    assert main(["--project", str(mini), "export", "--format", "sqlite", "--out", str(db)]) == 0
    assert db.stat().st_mode & 0o777 == 0o640, "a file written again keeps its permissions"
