"""Search in a real browser: bytes fetched and time until the first result, in headless Chromium.

Serves a built site on 127.0.0.1 (a thread with Python's http.server, which
sends files as they are: no compression), opens the home page in Debian's
Chromium through Playwright, types a query into the header's search box
(Pagefind, as the site ships) as soon as the page has loaded, and waits until
the first result is shown with its title and link. Reports:

* ``first_result_s``: from the first key of the query to the first result on
  screen (this includes fetching Pagefind's entry file, the index shards for the
  words typed and the first results' fragments, as for a reader who searches
  straight away); ``after_last_key_s``: the part of it after the last key
  (``typing_s`` is Playwright typing the query, as fast as it can);
* ``load_s``: the page load before that;
* ``fetched_bytes``: response bodies fetched in all, page load included;
  ``search_bytes``: those under ``pagefind/`` (script, styles and index);
* ``bundle_files`` / ``bundle_bytes``: the search bundle on disk.

``python bench/search_browser.py SITE_DIR QUERY`` prints JSON.
"""

from __future__ import annotations

import functools
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
#: the first result, filled in (Pagefind shows placeholders until a result's data has loaded)
FIRST_RESULT = "#bp-search .pagefind-ui__result a.pagefind-ui__result-link"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def measure(site: Path, query: str, timeout_s: float = 120) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    bundle = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
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
                box = page.locator("#bp-search input")
                box.click()
                typed = time.perf_counter()
                box.press_sequentially(query, delay=0)
                last_key = time.perf_counter()
                page.wait_for_selector(FIRST_RESULT)
                first = time.perf_counter()
                page.wait_for_load_state("networkidle")
                results = page.locator("#bp-search .pagefind-ui__result").count()
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {
        "engine": "pagefind",
        "query": query,
        "load_s": loaded - started,
        "first_result_s": first - typed,
        "after_last_key_s": first - last_key,
        "typing_s": last_key - typed,
        "page_open_to_result_s": first - started,
        "results_shown": results,
        "requests": len(fetched),
        "fetched_bytes": sum(fetched.values()),
        "search_bytes": sum(size for url, size in fetched.items() if "/pagefind/" in url),
        "bundle_files": len(bundle),
        "bundle_bytes": sum(p.stat().st_size for p in bundle),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), sys.argv[2])))
