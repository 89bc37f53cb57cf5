"""Every export format, byte for byte, on the fixtures: JSON, CSV, SQLite, web annotations, Datasette metadata.

What the exports hold is pinned here whole, so a change to how the exported data is
declared (generator/data/shape.py) can be shown to change nothing. Regenerate after a
reviewed change to the output: UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_export_goldens.py
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from generator.data import downloads, export, tables, web_annotations
from generator.site.identity import SiteIdentity
from tests.conftest import FIXTURES, ROOT
from tests.conftest import linked_site as _site

GOLDENS = Path(__file__).parent / "goldens" / "exports"
UPDATE = os.environ.get("UPDATE_GOLDENS") == "1"
REGENERATE = "UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_export_goldens.py"


def _sql(database: bytes) -> str:
    """The database as SQL text: its tables, indexes, full-text search and rows, in a stable order."""
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(database)
        return "\n".join(db.iterdump()) + "\n"
    finally:
        db.close()


def exports(project: Path) -> dict[str, str]:
    """Every export of the project, by file name."""
    site = _site(project)
    data = export.dataset(site)
    texts = {s.id: s.body for s in site.sources.values()}
    files = {
        "briefings.json": export.to_json(site),
        **{f"csv/{name}": text for name, text in tables.csv_files(data).items()},
        "briefings.sql": _sql(tables.sqlite_bytes(data)),
        "web-annotations.jsonld": web_annotations.to_jsonld(
            data, texts, SiteIdentity("Briefings", "https://example.org/")
        ),
        "metadata.json": json.dumps(tables.datasette_metadata(data, "briefings", "Briefings"), indent=2) + "\n",
    }
    offered = {
        path.removeprefix("data/"): data.decode("utf-8")
        for path, data in downloads.downloads(site, SiteIdentity("Briefings", "https://example.org/")).items()
    }
    assert offered.pop("briefings.json") == files["briefings.json"]
    schema = (ROOT / "schemas" / "dataset.schema.json").read_text(encoding="utf-8")  # `schema --check` pins it
    assert offered.pop("dataset.schema.json") == schema
    # the feeds and each edition's mail are the site's own, not data the export command writes
    site_forms = {"feed.xml", "feed.json", *(path for path in offered if path.startswith("mail/"))}
    assert site_forms - {"feed.xml", "feed.json"}, "with the site's address, the mail is offered too"
    for name, text in offered.items():  # the site offers the same files the export command writes
        assert name in site_forms or text == files[name], name
    return files


@pytest.mark.parametrize("fixture", ["story", "mini"])
def test_every_export_is_as_before(fixture: str, tmp_path: Path) -> None:
    got = exports(FIXTURES / fixture)
    folder = GOLDENS / fixture
    if UPDATE:
        for name, text in got.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8", newline="")
    expected = {str(p.relative_to(folder)): p.read_bytes().decode("utf-8") for p in folder.rglob("*") if p.is_file()}
    assert sorted(got) == sorted(expected), f"exports added or removed: review, then {REGENERATE}"
    for name, text in got.items():
        assert text == expected[name], f"{fixture}: {name} changed: review the diff, then {REGENERATE}"
