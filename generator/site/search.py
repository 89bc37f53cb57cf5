"""Site search with Pagefind: an index in chunks, so a reader fetches only what a query needs.

Pagefind indexes built HTML. Rather than run it over the finished site (a second
pass over every page after the build), :class:`Indexer` starts Pagefind's
indexing service (``pagefind --service``) in a child process when the build
starts and hands it each page as soon as the page is written: the service
indexes on the other core while the build goes on, and at the end only writes
its bundle (``pagefind/`` in the site folder).

The protocol is Pagefind's own (the one its Node and Python APIs speak):
requests and responses are base64-encoded JSON, each followed by a comma. Two
threads move them, so handing over a page never waits for the service.
While serving, :class:`Reindexing` indexes the pages again in a thread after each
quick rebuild. This module knows nothing of MkDocs; :mod:`generator.mkdocs.search`
calls it.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: What a reader searches: the article of each page, without permalink marks or drawn pictures
#: (their labels repeat the text around them).
ROOT_SELECTOR = "article"
EXCLUDE_SELECTORS = (".headerlink", "svg", ".bp-legend-box", "[data-search-exclude]")


#: The search page (``search/``): where Enter in the header's box leads, and where phones search.
SEARCH_PAGE = "search.md"


def search_page(home: str = "index.md") -> str:
    """The search page's Markdown: the header's search box, full width, with ``?q=`` filled in; without JavaScript,
    a link to the briefings' ``home``."""
    return (
        "---\ntitle: Search\nsearch:\n  exclude: true\nhide:\n  - toc\n---\n\n# Search\n\n"
        '<div class="bp-search-page" data-bp-search-page></div>\n\n'
        "<noscript markdown>Search needs JavaScript. Every briefing, actor, question and source is also listed on "
        f"the [home page]({home}).</noscript>\n"
    )


class SearchError(Exception):
    """Pagefind is missing, failed, or took too long; the message says which and what to do."""


def executable() -> Path:
    """Pagefind's binary: from the ``pagefind-bin`` package (a dependency), else on the PATH."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]

        found: Path = get_executable()
        return found
    except (ImportError, FileNotFoundError):
        pass
    on_path = shutil.which("pagefind")
    if on_path:
        return Path(on_path)
    raise SearchError("Pagefind is not installed: pip install 'pagefind-bin>=1.5,<2' (make serve installs it)")


class Indexer:
    """One Pagefind index, fed page by page: ``add()`` as pages are built, then ``write()``.

    Never raises from ``add``: a failure is kept and reported by ``write``, so a
    problem with search never stops a build half-way.
    """

    def __init__(self, timeout: float = 600.0) -> None:
        self.timeout = timeout
        self.pages = 0
        self.words = 0
        self._error: str | None = None
        self._outbox: queue.Queue[bytes | None] = queue.Queue()
        self._replies: dict[int, dict[str, Any]] = {}
        self._done = threading.Condition()
        self._next_id = 0
        self._closed = False
        #: the thread that builds and writes the bundle once every page is in (:meth:`seal`), and how it failed
        self._sealed: threading.Thread | None = None
        self._staging: Path | None = None
        self._build_error: Exception | None = None
        try:
            self._proc = subprocess.Popen(
                [str(executable()), "--service"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise SearchError(f"Pagefind did not start: {exc}") from exc
        threading.Thread(target=self._write_loop, name="pagefind-writer", daemon=True).start()
        threading.Thread(target=self._read_loop, name="pagefind-reader", daemon=True).start()
        config = {"root_selector": ROOT_SELECTOR, "exclude_selectors": list(EXCLUDE_SELECTORS), "force_language": "en"}
        reply = self._wait(self._send({"type": "NewIndex", "config": config}))
        self._index = int(reply["index_id"])

    # --- the two threads ------------------------------------------------------------------

    def _write_loop(self) -> None:
        assert self._proc.stdin is not None
        while (message := self._outbox.get()) is not None:
            try:
                self._proc.stdin.write(message)
                self._proc.stdin.flush()
            except OSError as exc:
                self._fail(f"Pagefind stopped reading: {exc}")
                return

    def _read_loop(self) -> None:
        assert self._proc.stdout is not None
        buffer = bytearray()
        scan = 0  # where to look for the next comma: a bundle's reply runs to megabytes, read in many chunks
        while chunk := os.read(self._proc.stdout.fileno(), 1 << 20):
            buffer += chunk
            while (end := buffer.find(b",", scan)) != -1:
                raw = bytes(buffer[:end])
                del buffer[: end + 1]
                scan = 0
                self._receive(raw)
            scan = len(buffer)
        self._fail("Pagefind exited before it finished")

    def _receive(self, raw: bytes) -> None:
        try:
            reply = json.loads(base64.b64decode(raw))
        except ValueError:
            return
        payload = reply.get("payload", {}) if isinstance(reply, dict) else {}
        with self._done:
            if payload.get("type") == "Error":
                self._error = self._error or f"Pagefind: {payload.get('message', 'unknown error')}"
            self._replies[int(reply.get("message_id") or 0)] = payload
            self._done.notify_all()

    def _fail(self, why: str) -> None:
        with self._done:
            if not self._closed:
                self._error = self._error or why
            self._done.notify_all()

    def _send(self, payload: dict[str, Any]) -> int:
        self._next_id += 1
        message = {"message_id": self._next_id, "payload": payload}
        self._outbox.put(base64.b64encode(json.dumps(message).encode("utf-8")) + b",")
        return self._next_id

    def _wait(self, message_id: int) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        with self._done:
            while message_id not in self._replies:
                if self._error:
                    raise SearchError(self._error)
                if self._closed:
                    raise SearchError("Pagefind was stopped before it answered")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SearchError(f"Pagefind gave no answer within {self.timeout:.0f} seconds")
                self._done.wait(left)
            reply = self._replies.pop(message_id)
        if reply.get("type") == "Error":
            raise SearchError(f"Pagefind: {reply.get('message', 'unknown error')}")
        return reply

    # --- the API --------------------------------------------------------------------------

    def add(self, html: str, url: str) -> None:
        """Hand over one page (``url`` from the site root, such as ``/actors/macron/``); never after :meth:`seal`."""
        if self._sealed is not None:
            raise RuntimeError("Pagefind's index was sealed: no page can be added")
        self.pages += 1
        self._send({"type": "AddFile", "index_id": self._index, "url": url, "file_contents": html})

    def seal(self, site_dir: Path) -> None:
        """No more pages: in a thread, wait for Pagefind to index them all, build its bundle and write it beside the
        site's (``site_dir/.pagefind-new``), while the build goes on; :meth:`write` then only swaps it in.

        Pagefind builds its index only once it has every page (``GetFiles``): sealed as soon as
        the last page is handed over, that work runs on another core alongside whatever the
        build still does, rather than after its last page.
        """
        if self._sealed is None:
            self._staging = site_dir / ".pagefind-new"
            self._sealed = threading.Thread(target=self._build, args=(site_dir,), name="pagefind-bundle", daemon=True)
            self._sealed.start()

    def write(self, site_dir: Path) -> None:
        """Wait until every page is indexed, write the bundle to ``site_dir/pagefind``, stop the service.

        The service hands the bundle over (``GetFiles``) and this writes it: the
        service's own ``WriteFiles`` answers before its last file is on disk, and a
        service stopped then leaves ``pagefind-entry.json`` empty (seen in 11 of 60
        builds on a loaded machine), a site whose search never loads. The bundle is
        written beside the old one and swapped in when complete: no stale file of an
        earlier index stays behind, and a failure leaves the old one.
        """
        self.seal(site_dir)
        assert self._sealed is not None
        self._sealed.join()
        staging, target, old = (site_dir / name for name in (".pagefind-new", "pagefind", ".pagefind-old"))
        if self._build_error is not None:
            raise self._build_error
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        staging.rename(target)
        shutil.rmtree(old, ignore_errors=True)

    def _build(self, site_dir: Path) -> None:
        """The bundle, from the last page's answer to its files written into ``site_dir/.pagefind-new``."""
        staging = site_dir / ".pagefind-new"
        try:
            shutil.rmtree(staging, ignore_errors=True)
            for message_id in range(2, self._next_id + 1):  # 1 was NewIndex
                self.words += int(self._wait(message_id).get("page_word_count") or 0)
            files = self._wait(self._send({"type": "GetFiles", "index_id": self._index})).get("files")
            _write_bundle(files, staging)
        except Exception as exc:  # raised again by write(), in the build's own thread
            shutil.rmtree(staging, ignore_errors=True)
            self._build_error = exc
        finally:
            self.close()

    def close(self) -> None:
        with self._done:
            self._closed = True
            self._done.notify_all()
        self._outbox.put(None)
        try:
            if self._proc.stdin:
                self._proc.stdin.close()
        except OSError:
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def discard(self) -> None:
        """Stop the service and drop its bundle, written or begun (the build failed, or the pages it was given are
        not the site's after all)."""
        self.close()
        if self._sealed is not None:
            self._sealed.join()
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)


def _write_bundle(files: Any, folder: Path) -> None:
    """The bundle Pagefind handed over (``[{"path", "content" (base64)}]``), each file written whole into ``folder``."""
    if not isinstance(files, list) or not files:
        raise SearchError("Pagefind handed over no search bundle")
    root = folder.resolve()
    for item in files:
        path = item.get("path") if isinstance(item, dict) else None
        content = item.get("content") if isinstance(item, dict) else None
        if not isinstance(path, str) or not isinstance(content, str):
            raise SearchError("Pagefind handed over a bundle file without a path or content")
        target = (folder / path).resolve()
        if not target.is_relative_to(root) or target == root:
            raise SearchError(f"Pagefind handed over a file outside its folder: {path!r}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(content))
    try:  # the file a reader's browser loads first: without it, search never starts
        json.loads((folder / "pagefind-entry.json").read_bytes())
    except (OSError, ValueError) as exc:
        raise SearchError(f"Pagefind's bundle has no readable pagefind-entry.json ({exc})") from exc


def index_pages(pages: Iterable[tuple[str, str]], site_dir: Path) -> int:
    """Index ``(url, html)`` pages in one go and replace the bundle in ``site_dir``; the number of pages."""
    indexer = Indexer()
    try:
        for url, html in pages:
            indexer.add(html, url)
    except BaseException:
        indexer.close()
        raise
    indexer.write(site_dir)
    return indexer.pages


class Reindexing:
    """While serving: the HTML of every page by URL, and the site indexed again in a thread on request.

    One run at a time; a request during a run makes one more run when it ends, over the
    pages as they are then (the latest wins). The browser reloads at once, and search
    catches up a moment later.
    """

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        #: the HTML of every indexed page, by URL
        self.html: dict[str, str] = {}
        self._lock = threading.Lock()
        self._again = False
        self._worker: threading.Thread | None = None

    def request(self, site_dir: Path) -> None:
        """Index the pages again into ``site_dir``, in a thread."""
        if not self.html:
            return
        with self._lock:
            self._again = True
            if self._worker is None:
                self._worker = threading.Thread(target=self._loop, args=(site_dir,), daemon=True)
                self._worker.start()

    def wait(self, timeout: float = 300.0) -> None:
        """Until a run has finished."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def _loop(self, site_dir: Path) -> None:
        while True:
            with self._lock:
                if not self._again:
                    self._worker = None
                    return
                self._again = False
                pages = list(dict(self.html).items())
            started = time.perf_counter()
            try:
                count = index_pages(pages, site_dir)
            except SearchError as exc:
                self.log.warning(f"Search is not up to date: {exc}")
                continue
            self.log.info(f"Search: indexed {count} pages again in {time.perf_counter() - started:.2f} seconds")
