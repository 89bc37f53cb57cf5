"""Edit while serving: from saving a one-position change to the browser reloading and showing it.

Starts ``mkdocs serve --livereload`` on a free 127.0.0.1 port, waits until it
serves, then edits the summary of one position in a briefing file and times:

* ``reload_s``: until the live-reload long poll answers (what makes an open
  browser tab reload), and
* ``page_s``: until the briefing page, fetched over HTTP, shows the new summary
  (the server holds requests while it rebuilds, so this is when a reload would
  show it); the actor page is checked too.

Every wait is bounded; the server is stopped (its whole process group) at the end.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

_SUMMARY = re.compile(r'^(    summary: ")', re.MULTILINE)
_ACTOR = re.compile(r'^  - actor: "([^"]+)"', re.MULTILINE)
_EPOCH = re.compile(r"livereload\((\d+), ?(\d+)\)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str, timeout: float = 30) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return str(response.read().decode("utf-8", "replace"))


def wait_until_served(url: str, proc: subprocess.Popen[bytes], limit: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if proc.poll() is not None:
            raise RuntimeError(f"mkdocs serve exited with {proc.returncode}")
        with contextlib.suppress(OSError, urllib.error.URLError):
            fetch(url, timeout=5)
            return time.perf_counter() - started
        time.sleep(0.2)
    raise TimeoutError(f"{url} not served within {limit:.0f} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)


def _one_edit(base: str, briefing: Path, page: str, actor_page: str, n: int, limit: float) -> dict[str, float]:
    html = fetch(base + page)
    epoch = _EPOCH.search(html)
    reloaded: dict[str, float] = {}
    marker = f"Edited while serving, round {n} {time.time_ns() % 1_000_000}"

    def poll_reload(started: float) -> None:
        if epoch is None:
            return
        with contextlib.suppress(OSError, urllib.error.URLError):
            fetch(f"{base}livereload/{epoch.group(1)}/{n}", timeout=limit)
            reloaded["reload_s"] = time.perf_counter() - started

    text = briefing.read_text(encoding="utf-8")
    edited = _SUMMARY.sub(lambda m: m.group(1) + marker + " ", text, count=1)
    started = time.perf_counter()
    watcher = threading.Thread(target=poll_reload, args=(started,), daemon=True)
    watcher.start()
    briefing.write_text(edited, encoding="utf-8")
    result: dict[str, float] = {}
    while time.perf_counter() - started < limit:
        if marker in fetch(base + page, timeout=limit):
            result["page_s"] = time.perf_counter() - started
            break
        time.sleep(0.02)
    else:
        raise TimeoutError(f"the edit did not show on {page} within {limit:.0f} s")
    watcher.join(timeout=limit)
    result.update(reloaded)
    result["actor_page_shows_it"] = float(_actor_shows(base, actor_page, marker))
    return result


#: a link from an actor page to a page of its history: ``href="2025-09/"`` (directory URLs)
_HISTORY = re.compile(r'href="(\d{4}[0-9a-z-]*/)"')


def _actor_shows(base: str, actor_page: str, marker: str) -> bool:
    """Whether the actor's page, or a page of its history (which has every position), shows ``marker``."""
    page = fetch(base + actor_page)
    if marker in page:
        return True
    history = {urllib.parse.urljoin(base + actor_page, href) for href in _HISTORY.findall(page)}
    return any(marker in fetch(url) for url in sorted(history))


def measure(
    project: Path, edits: int = 3, start_limit: float = 900, edit_limit: float = 180, config: str = "mkdocs.yml"
) -> dict[str, Any]:
    """Serve ``project``, edit a position ``edits`` times; figures per edit and the start-up time."""
    briefing = sorted((project / "briefings").glob("briefing-*.yaml"))[0]
    actor = _ACTOR.search(briefing.read_text(encoding="utf-8"))
    assert actor is not None
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (project / "serve.log").open("wb")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    cmd = [mkdocs, "serve", "--livereload", "-f", config, "-a", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, cwd=project, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        startup = wait_until_served(base, proc, start_limit)
        rounds = []
        for n in range(edits):
            rounds.append(
                _one_edit(base, briefing, f"briefings/{briefing.stem}/", f"actors/{actor.group(1)}/", n, edit_limit)
            )
            time.sleep(1.0)
        return {"startup_s": startup, "rounds": rounds}
    finally:
        _stop(proc)
        log.close()
