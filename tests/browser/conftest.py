"""Browser-test fixtures: the story's site (tests/fixtures/story/) built once, served on 127.0.0.1, and Debian's
Chromium driven by Playwright.

Everything here is session-scoped. The tests of the built site share one xdist group (``browser``), so one
worker serves it and starts one browser for them; the site is tests/conftest.py's ``story_site``, built once
per worker for every test that reads it. The tests of ``mkdocs serve`` (``browser-serve``) serve their own copy
and may run on the other worker, with a browser of their own.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, DESKTOP, Tab, watch

from tests.conftest import STORY, copy_project


def _build(project: Path, out: Path, strict: bool = True) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    cmd = [str(mkdocs), "build", *(["--strict"] if strict else []), "-q", "-f", str(project / "mkdocs.yml")]
    done = subprocess.run([*cmd, "-d", str(out)], cwd=project, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"mkdocs build failed:\n{done.stdout}\n{done.stderr}"
    return out


@pytest.fixture(scope="session")
def site_dir(story_site: Path) -> Path:
    """``mkdocs build --strict`` of a copy of the story project: tests/conftest.py's ``story_site``, read only."""
    return story_site


#: Two statements, one of each of the story's sources (two outlets): every position given both rests on two.
_BOTH_SOURCES = """      - source: "putin-rejects-boots-on-the-ground"
        quote: "And few countries have openly pledged to put boots on the ground in the face of a deal."
        kind: "reported"
      - source: "starmer-coalition-bluff"
        quote: "The UK prime minister has claimed that more than 30 countries want to join the informal alliance"
        kind: "reported"
"""


def _with_both_sources(position: str) -> str:
    """A position's YAML with the two statements after its own (its date, and so a stale mark, unchanged)."""
    lines = position.split("\n")
    last = max((i for i, line in enumerate(lines) if line.startswith("      ")), default=None)
    if last is None:  # the comments before the first position
        return position
    return "\n".join([*lines[: last + 1], _BOTH_SOURCES.rstrip("\n"), *lines[last + 1 :]])


@pytest.fixture(scope="session")
def corroborated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story with every position resting on two independent sources: every stance cell marked ②.

    Built without ``--strict``: the same words backing opposite stances are warned about, and only the layout
    of the marks is looked at."""
    project = copy_project(STORY, tmp_path_factory.mktemp("corroborated"))
    path = project / "briefings/coalition-of-the-willing.yaml"
    head, rest = path.read_text(encoding="utf-8").split("\npositions:\n", 1)
    positions, tail = rest.split("\nquestions:\n", 1)
    positions = "\n  - id: ".join(_with_both_sources(p) for p in positions.split("\n  - id: "))
    path.write_text(f"{head}\npositions:\n{positions}\nquestions:\n{tail}", encoding="utf-8")
    return _build(project, tmp_path_factory.mktemp("corroborated-site"), strict=False)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served by a thread on 127.0.0.1 at a free port."""
    yield from _serve(site_dir)


@pytest.fixture(scope="session")
def corroborated_url(corroborated_dir: Path) -> Iterator[str]:
    """The story with every cell marked as resting on two sources, served likewise."""
    yield from _serve(corroborated_dir)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("no /usr/bin/chromium: run `make browser-deps`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def open_tab(browser: Any) -> Iterator[Callable[..., Tab]]:
    """Factory: a fresh context and page (viewport, colour scheme, JavaScript on or off), watched."""
    contexts: list[Any] = []

    def make(viewport: dict[str, int] = DESKTOP, color_scheme: str = "light", javascript: bool = True) -> Tab:
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        tab = Tab(page)
        watch(page, tab)
        return tab

    yield make
    for context in contexts:
        context.close()
