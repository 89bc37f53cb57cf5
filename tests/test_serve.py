"""`mkdocs serve`: an edit shows up live; a broken edit is logged with file:line:column; the server recovers."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.serve, pytest.mark.xdist_group("serve")]

BRIEFING = "briefings/coalition-of-the-willing.yaml"
PAGE = "briefings/coalition-of-the-willing/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait(predicate: Callable[[], bool], seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


@contextlib.contextmanager
def serving(root: Path) -> Iterator[tuple[str, Path, Path]]:
    """``mkdocs serve --livereload`` of the story project at ``root`` on a free port: (base URL, root, its log)."""
    port = _free_port()
    log = root / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=root,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    base = f"http://127.0.0.1:{port}/"
    try:
        assert _wait(lambda: "coalition of the willing" in _get(base)), log.read_text()
        yield base, root, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def server(story: Path) -> Iterator[tuple[str, Path, Path]]:
    with serving(story) as served:
        yield served


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_edit_broken_edit_and_recovery(server: tuple[str, Path, Path]) -> None:
    base, root, log = server
    briefing = root / BRIEFING
    _replace(
        briefing,
        "Says foreign troops would be a priority target",
        "EDITED-LIVE says foreign troops would be a priority target",
    )
    assert _wait(lambda: "EDITED-LIVE" in _get(base + PAGE)), log.read_text()

    _replace(briefing, 'actor: "rogov"', 'actor: "rogv"')
    assert _wait(lambda: "unknown actor 'rogv'" in log.read_text()), log.read_text()
    text = log.read_text()
    assert f"{BRIEFING}:" in text and "did you mean 'rogov'?" in text
    line = next(x for x in text.splitlines() if "unknown actor 'rogv'" in x)
    assert line.split(BRIEFING + ":")[1].split(":")[0].isdigit()
    assert "EDITED-LIVE" in _get(base + PAGE), "the last good site stays up"

    _replace(briefing, 'actor: "rogv"', 'actor: "rogov"')
    _replace(briefing, "EDITED-LIVE", "FIXED-LIVE")
    assert _wait(lambda: "FIXED-LIVE" in _get(base + PAGE)), log.read_text()


def test_seed_edit_updates_the_source_page(server: tuple[str, Path, Path]) -> None:
    base, root, log = server
    seed = root / "seeds/putin-rejects-boots-on-the-ground.md"
    seed.write_text(seed.read_text(encoding="utf-8") + "A SEED-EDIT paragraph.\n", encoding="utf-8")
    assert _wait(lambda: "SEED-EDIT" in _get(base + "sources/putin-rejects-boots-on-the-ground/")), log.read_text()
