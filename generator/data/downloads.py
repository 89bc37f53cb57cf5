"""The files a built site offers beside its pages: the dataset, its schema, its tables, its annotations, the feeds,
and each edition's mail when the site's address is known.

Each is made by its own module from the same plain data (:func:`generator.data.export.dataset`);
this module only gathers them, so it sits above them all: :mod:`~generator.data.export`
(the dataset and its schema), :mod:`~generator.data.tables` (CSV), :mod:`~generator.data.web_annotations`
:mod:`generator.site.feed` and :mod:`generator.site.mail`. ``data.md`` links all but the mail.
"""

from __future__ import annotations

import json

from generator.data.export import dataset, json_schema, json_text
from generator.data.tables import TABLES, csv_files, rows
from generator.data.web_annotations import to_jsonld
from generator.model import Site
from generator.site.feed import atom, json_feed
from generator.site.identity import SiteIdentity
from generator.site.mail import mails


def download_paths() -> tuple[str, ...]:
    """The paths :func:`downloads` writes, known before anything is built (a build in a second process lists them)."""
    csv = tuple(f"data/csv/{t.name}.csv" for t in TABLES)
    return (
        "data/briefings.json",
        "data/dataset.schema.json",
        *csv,
        "data/web-annotations.jsonld",
        "feed.xml",
        "feed.json",
    )


def downloads(site: Site, publisher: SiteIdentity) -> dict[str, bytes]:
    """The files the site offers beside its pages, by path in the site.

    The dataset and its schema, each of its tables as CSV (``data/csv/``), its
    evidence as W3C Web Annotations, the feeds (Atom and JSON Feed), and with the
    site's address each edition's mail (:func:`generator.site.mail.mail_paths` lists them).
    ``publisher`` is who publishes the site: its name, address, author and ``identity``.
    """
    data = dataset(site)
    schema = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    texts = {s.id: s.body for s in site.sources.values()}
    tables = rows(data)  # once, for the CSV files and the annotations
    annotations = to_jsonld(data, texts, publisher, tables)
    return {
        "data/briefings.json": json_text(data).encode("utf-8"),
        "data/dataset.schema.json": schema.encode("utf-8"),
        **{f"data/csv/{name}": text.encode("utf-8") for name, text in csv_files(data, tables).items()},
        "data/web-annotations.jsonld": annotations.encode("utf-8"),
        "feed.xml": atom(site, publisher).encode("utf-8"),
        "feed.json": json_feed(site, publisher).encode("utf-8"),
        **mails(site, publisher.name, publisher.url),
    }
