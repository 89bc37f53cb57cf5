"""Search in a real browser: bytes fetched and time until the first result, in headless Chromium.

Serves a built site on 127.0.0.1 (a thread with Python's http.server, which
sends files as they are: no compression), opens the home page in Debian's
Chromium through Playwright, types a query into Material's search box as soon
as the page has loaded, and waits for the first result. Reports:

* ``first_result_s``: from typing the query to the first result on screen (this
  includes fetching the index and building it in the search worker, as for a
  reader who searches straight away);
* ``load_s``: the page load before that;
* ``fetched_bytes`` / ``index_bytes``: response bodies fetched in all, and the
  search index alone; ``index_gzip_bytes``: the index as a host that compresses
  would send it.

With ``--pagefind``, the same for Pagefind (a search made for large static
sites: the browser fetches only the index shards for the words typed): the
Pagefind binary (``pip install 'pagefind[bin]'``) indexes the built site, a
page with Pagefind's own search box is added, and that page is measured.

``python bench/search_browser.py [--pagefind] SITE_DIR QUERY`` prints JSON.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


#: Pagefind's own search box on an otherwise empty page, written into the built site.
PAGEFIND_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>
<body><main><h1>Search</h1><div id="search"></div></main>
<script>new PagefindUI({element: "#search", showSubResults: true, debounceTimeoutMs: 100});</script></body></html>
"""


def index_with_pagefind(site: Path, timeout_s: float = 900) -> dict[str, Any]:
    """Run the Pagefind binary over ``site`` (Material's article element only); its time and bundle size."""
    started = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--root-selector",
        "article",
        "--exclude-selectors",
        ".headerlink",
        "--silent",
    ]
    subprocess.run(cmd, check=True, timeout=timeout_s)
    seconds = time.perf_counter() - started
    bundle = site / "pagefind"
    (site / "pagefind-search.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return {"index_s": seconds, "bundle_files": len(files), "bundle_bytes": sum(p.stat().st_size for p in files)}


def measure(site: Path, query: str, timeout_s: float = 120, pagefind: bool = False) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    indexed = index_with_pagefind(site) if pagefind else {}
    page_path, box_selector, result_selector = (
        ("pagefind-search.html", ".pagefind-ui__search-input", ".pagefind-ui__result")
        if pagefind
        else ("", ".md-search__input", ".md-search-result__item")
    )

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    fetched: dict[str, int] = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.set_default_timeout(timeout_s * 1000)
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
                page.on("requestfinished", lambda req: fetched.__setitem__(req.url, req.sizes()["responseBodySize"]))
                started = time.perf_counter()
                page.goto(base + page_path, wait_until="load")
                loaded = time.perf_counter()
                box = page.locator(box_selector)
                box.click()
                typed = time.perf_counter()
                box.press_sequentially(query, delay=0)
                page.wait_for_selector(result_selector)
                first = time.perf_counter()
                results = page.locator(result_selector).count()
                page.wait_for_load_state("networkidle")
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.is_file() and not pagefind else b""
    return {
        "engine": "pagefind" if pagefind else "material",
        **indexed,
        "query": query,
        "load_s": loaded - started,
        "first_result_s": first - typed,
        "page_open_to_result_s": first - started,
        "results_shown": results,
        "requests": len(fetched),
        "fetched_bytes": sum(fetched.values()),
        "index_bytes": len(raw),
        "index_gzip_bytes": len(gzip.compress(raw, 6)),
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--pagefind"]
    print(json.dumps(measure(Path(args[0]), args[1], pagefind="--pagefind" in sys.argv)))
