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

``python bench/search_browser.py SITE_DIR QUERY`` prints JSON.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
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


def measure(site: Path, query: str, timeout_s: float = 120) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

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
                page.goto(base, wait_until="load")
                loaded = time.perf_counter()
                box = page.locator(".md-search__input")
                box.click()
                typed = time.perf_counter()
                box.press_sequentially(query, delay=0)
                page.wait_for_selector(".md-search-result__item")
                first = time.perf_counter()
                results = page.locator(".md-search-result__item").count()
                page.wait_for_load_state("networkidle")
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.is_file() else b""
    return {
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
    print(json.dumps(measure(Path(sys.argv[1]), sys.argv[2])))
