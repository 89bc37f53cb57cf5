"""The site's downloads at scale: ``python bench/downloads.py [--copies 1,10,100]``.

The project is the story fixture (tests/fixtures/story/) with its briefing copied
N times under other ids: the analyst model's density of positions, claims and
quoted statements (78 a briefing), N times over. (The benchmark's synthetic
corpus, bench/corpus.py, predates the analyst model and no longer checks.)

For each N it prints the CPU seconds (the process's, fastest of five rounds: the
figure other processes on the machine disturb least) of each part of
:func:`generator.data.downloads.downloads` and of what it wrote before the CSV files and
the Web Annotations came (the JSON, its schema, the feed), the size of every
file, and the SQLite database ``export --format sqlite`` writes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.build.pipeline import build_project  # noqa: E402
from generator.data import downloads, export, tables, web_annotations  # noqa: E402
from generator.model import Site  # noqa: E402
from generator.site.feed import atom  # noqa: E402
from generator.site.identity import SiteIdentity  # noqa: E402
from generator.validate import Project  # noqa: E402

STORY = REPO / "tests" / "fixtures" / "story"


def project(copies: int, folder: Path) -> Site:
    """The story with its briefing ``copies`` times, built."""
    root = folder / f"story-{copies}"
    shutil.copytree(STORY, root)
    (briefing,) = [p for p in (root / "briefings").glob("*.yaml") if p.stem not in ("actors", "outlets")]
    for n in range(2, copies + 1):
        shutil.copy(briefing, briefing.with_name(f"{briefing.stem}-{n}.yaml"))
    result = build_project(Project.at(root))
    assert result.site is not None, [d.format() for d in result.diagnostics][:5]
    return result.site


def cpu(work: Callable[[], Any], rounds: int = 5) -> tuple[float, Any]:
    """The fastest CPU time of ``rounds`` runs, and the last result."""
    best, out = float("inf"), None
    for _ in range(rounds):
        started = time.process_time()
        out = work()
        best = min(best, time.process_time() - started)
    return best, out


def before(site: Site) -> dict[str, bytes]:
    """What ``downloads`` wrote before: the dataset as JSON, its schema, the feed."""
    schema = json.dumps(export.json_schema(), indent=2, ensure_ascii=False) + "\n"
    return {
        "data/briefings.json": export.to_json(site).encode("utf-8"),
        "data/dataset.schema.json": schema.encode("utf-8"),
        "feed.xml": atom(site, SiteIdentity("Briefings", "https://example.org/")).encode("utf-8"),
    }


def measure(copies: int, folder: Path) -> None:
    site = project(copies, folder)
    data = export.dataset(site)
    rows = tables.rows(data)
    texts = {s.id: s.body for s in site.sources.values()}
    parts = {
        "dataset": lambda: export.dataset(site),
        "rows": lambda: tables.rows(data),
        "csv": lambda: tables.csv_files(data, rows),
        "web annotations": lambda: web_annotations.to_jsonld(
            data, texts, SiteIdentity("B", "https://example.org/"), rows
        ),
    }
    seconds = {name: cpu(work)[0] for name, work in parts.items()}
    old_s, _ = cpu(lambda: before(site))
    new_s, files = cpu(lambda: downloads.downloads(site, SiteIdentity("Briefings", "https://example.org/")))
    db_s, db = cpu(lambda: tables.sqlite_bytes(data), rounds=1)
    mb = {path: len(content) / 1e6 for path, content in files.items()}
    csv_mb = sum(size for path, size in mb.items() if path.startswith("data/csv/"))
    print(f"\n{copies} briefings, {len(rows['evidence'])} quoted statements")
    print(f"  downloads(): {new_s:.3f} s CPU (before: JSON, schema and feed only, {old_s:.3f} s)")
    print("  " + ", ".join(f"{name} {s:.3f} s" for name, s in seconds.items()))
    print(
        f"  sizes: JSON {mb['data/briefings.json']:.2f} MB, CSV {csv_mb:.2f} MB in {len(tables.TABLES)} files,"
        f" Web Annotations {mb['data/web-annotations.jsonld']:.2f} MB, feed {mb['feed.xml']:.2f} MB;"
        f" all {sum(mb.values()):.2f} MB (before: {sum(len(c) for c in before(site).values()) / 1e6:.2f} MB)"
    )
    print(f"  export --format sqlite: {len(db) / 1e6:.2f} MB in {db_s:.2f} s CPU (not on the site)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,10,100", help="numbers of briefings, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for copies in (int(n) for n in args.copies.split(",")):
            measure(copies, Path(folder))


if __name__ == "__main__":
    main()
