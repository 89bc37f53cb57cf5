#!/usr/bin/env python3
"""Screenshots of a briefing page at a phone's and a laptop's width, for a change's before and after.

    .venv/bin/python scripts/screenshots.py PREFIX [--site DIR] [--page PATH]

Builds the story fixture (tests/fixtures/story/) with ``mkdocs build --strict``
into a temporary folder (or takes an already built ``--site``), serves it on a
free port of 127.0.0.1 and, with Debian's Chromium through Playwright, writes
into ``docs/screenshots/``, for 390 and 1,280 px wide: ``PREFIX-first-390.png``
(the first screen), ``PREFIX-matrix-390.png`` (the stance matrix section
down to the next heading) and ``PREFIX-sources-390.png`` (the sources and the
source mix, opened). Not a test: pictures to look at.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "tests" / "fixtures" / "story"
OUT = ROOT / "docs" / "screenshots"
WIDTHS = {390: 844, 1280: 900}

#: The stance matrix section: from its heading to the next h2, as a box to clip.
_SECTION = """() => {
  const h = document.querySelector('#stances');
  let end = h.nextElementSibling;
  while (end && end.tagName !== 'H2') end = end.nextElementSibling;
  const top = h.getBoundingClientRect().top + scrollY - 8;
  const bottom = (end ? end.getBoundingClientRect().top : h.parentElement.getBoundingClientRect().bottom) + scrollY;
  return {x: 0, y: Math.max(0, top), width: innerWidth, height: Math.min(bottom - top, 6000)};
}"""


#: The sources section to the end of the article, its source mix opened.
_SOURCES = """() => {
  const h = document.querySelector('#sources');
  for (const d of h.parentElement.querySelectorAll('#sources ~ details')) d.open = true;
  const top = h.getBoundingClientRect().top + scrollY - 8;
  const bottom = h.parentElement.getBoundingClientRect().bottom + scrollY;
  return {x: 0, y: Math.max(0, top), width: innerWidth, height: Math.min(bottom - top, 6000)};
}"""


def build(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "story"
        shutil.copytree(STORY, project)
        (project / "docs").mkdir(exist_ok=True)
        mkdocs = Path(sys.executable).with_name("mkdocs")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        cmd = [str(mkdocs), "build", "--strict", "-q", "-d", str(out)]
        subprocess.run(cmd, cwd=project, env=env, check=True)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def shoot(site: Path, prefix: str, page_path: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{page_path}"
    written = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
            for width, height in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                page.goto(url)
                first = OUT / f"{prefix}-first-{width}.png"
                page.screenshot(path=str(first))
                matrix = OUT / f"{prefix}-matrix-{width}.png"
                page.screenshot(path=str(matrix), full_page=True, clip=page.evaluate(_SECTION))
                sources = OUT / f"{prefix}-sources-{width}.png"
                page.screenshot(path=str(sources), full_page=True, clip=page.evaluate(_SOURCES))
                written += [first, matrix, sources]
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", help="before or after")
    parser.add_argument("--site", type=Path, help="a built site (default: build the story fixture)")
    parser.add_argument("--page", default="briefings/coalition-of-the-willing/")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        for path in shoot(site, args.prefix, args.page):
            print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
