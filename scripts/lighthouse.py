#!/usr/bin/env python3
"""Lighthouse scores of the built site: home and a briefing page, served on 127.0.0.1.

    .venv/bin/python scripts/lighthouse.py [--page PATH ...] [--runs N] [--desktop]

Builds the site with ``mkdocs build --strict`` into a temporary folder, serves
it on a free port (gzipped, as any static host would), installs Lighthouse from the npm registry into
``scripts/node_modules`` on first use (a pinned version that runs on Node 18+),
runs it against Debian's Chromium (``CHROME_PATH=/usr/bin/chromium``) and
prints the four category scores of each page as a Markdown table, ready for
docs/lighthouse.md. With ``--runs N`` each page is measured N times and the
median score is kept (performance varies from run to run). Not a test: the
figures depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
LIGHTHOUSE = "lighthouse@12.8.2"  # 13.x needs Node >= 22.19; Debian 12 ships Node 18, this machine has 20
CLI = HERE / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
DEFAULT_PAGES = ("", "briefings/coalition-of-the-willing/")


def build(out: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    cmd = [str(mkdocs), "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the browser accepts it, as any static host serves them."""

    COMPRESS = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
    gzip = True

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the base class redirects to the folder's "/"
            path = path / "index.html"
        accepts = self.gzip and "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in self.COMPRESS):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(folder: Path, compress: bool = True) -> tuple[http.server.ThreadingHTTPServer, str]:
    _Handler.gzip = compress
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def ensure_lighthouse() -> None:
    if CLI.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is needed to install Lighthouse (apt-get install npm)")
    print(f"Installing {LIGHTHOUSE} into {HERE / 'node_modules'} ...", file=sys.stderr)
    cmd = [
        npm,
        "install",
        "--prefix",
        str(HERE),
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        LIGHTHOUSE,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def run_lighthouse(url: str, desktop: bool, work: Path) -> dict[str, float]:
    report = work / "report.json"
    cmd = [
        "node",
        str(CLI),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if desktop:
        cmd.append("--preset=desktop")
    subprocess.run(cmd, check=True, env={**os.environ, "CHROME_PATH": CHROME})
    data = json.loads(report.read_text(encoding="utf-8"))
    return {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", action="append", help="page path under the site root (repeatable)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median score is kept")
    parser.add_argument("--plain", action="store_true", help="serve without gzip (no real host does that)")
    parser.add_argument("--desktop", action="store_true", help="desktop preset (default: Lighthouse's mobile)")
    args = parser.parse_args()
    ensure_lighthouse()
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        site = Path(tmp) / "site"
        build(site)
        server, base = serve(site, compress=not args.plain)
        try:
            rows = []
            for path in args.page or DEFAULT_PAGES:
                runs = [run_lighthouse(base + path, args.desktop, Path(tmp)) for _ in range(args.runs)]
                rows.append((path or "(home)", {c: int(statistics.median(r[c] for r in runs)) for c in CATEGORIES}))
        finally:
            server.shutdown()
    mode = "desktop" if args.desktop else "mobile (simulated throttling)"
    mode += ", served without compression" if args.plain else ", served gzipped"
    print(f"\nLighthouse {LIGHTHOUSE.split('@')[1]}, {mode}, {dt.date.today().isoformat()}, median of {args.runs}\n")
    print("| Page | " + " | ".join(c.replace("-", " ").capitalize() for c in CATEGORIES) + " |")
    print("|---|" + "---|" * len(CATEGORIES))
    for path, scores in rows:
        print(f"| `{path}` | " + " | ".join(str(scores[c]) for c in CATEGORIES) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
