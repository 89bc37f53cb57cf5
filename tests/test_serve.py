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

from tests.conftest import ROOT

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
def serving(project: Path, ready: str) -> Iterator[tuple[str, Path]]:
    """``mkdocs serve`` of ``project`` on a free port, once its home page shows ``ready``: (base URL, log)."""
    port = _free_port()
    log = project / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    base = f"http://127.0.0.1:{port}/"
    try:
        assert _wait(lambda: ready in _get(base)), log.read_text()
        yield base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def server(story: Path) -> Iterator[tuple[str, Path, Path]]:
    with serving(story, "coalition of the willing") as (base, log):
        yield base, story, log


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


# --- A template override: its errors are diagnostics, and fixing it brings the whole site back ----------

PAGES = ("", "actors/", "briefings/harbour-ferry/", "search/")


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0  # no answer: the server "appears stuck"


def _rebuilds(log: Path) -> int:
    return log.read_text().count("Detected file changes")


def _all_pages_answer(base: str) -> bool:
    return all(_status(base + page) == 200 for page in PAGES)


def test_template_error_is_a_diagnostic_and_fixing_it_restores_every_page(mini: Path) -> None:
    """Once: two tracebacks, "the server will appear stuck", and 404 for every page after the fix until a restart."""
    config = mini / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - search\n", "  - briefings/search\n"), encoding="utf-8")
    (mini / "templates").mkdir()
    template = mini / "templates" / "home.md.j2"
    original = (ROOT / "generator" / "site" / "templates" / "home.md.j2").read_text(encoding="utf-8")
    expression = "{{ site.briefings|length }} briefings"
    good = original.replace("# Briefings\n", f"# Briefings\n\nOVERRIDE-ONE\n\n{expression}\n", 1)
    template.write_text(good, encoding="utf-8")
    with serving(mini, "OVERRIDE-ONE") as (base, log):
        assert _all_pages_answer(base), log.read_text()
        broken_line = good.splitlines().index(expression) + 1
        template.write_text(good.replace(expression, expression.replace("}}", "}")), encoding="utf-8")
        where = f"templates/home.md.j2:{broken_line}:1: error: template syntax error: unexpected '}}' [BRF012]"
        assert _wait(lambda: where in log.read_text()), log.read_text()
        assert "OVERRIDE-ONE" in _get(base), "the last good pages stay up"
        assert _all_pages_answer(base), log.read_text()

        seen = _rebuilds(log)
        template.write_text(good, encoding="utf-8")  # exactly as it was before it broke
        assert _wait(lambda: _rebuilds(log) > seen and "Rebuilt" in log.read_text().split("Detected file changes")[-1])
        assert _all_pages_answer(base), log.read_text()
        assert "OVERRIDE-ONE" in _get(base)

        template.write_text(good.replace("OVERRIDE-ONE", "OVERRIDE-TWO"), encoding="utf-8")
        assert _wait(lambda: "OVERRIDE-TWO" in _get(base)), log.read_text()
        assert _all_pages_answer(base), log.read_text()
        assert "Traceback" not in log.read_text()


def test_serve_starting_with_a_broken_template_shows_the_problems_then_the_site(mini: Path) -> None:
    (mini / "templates").mkdir()
    template = mini / "templates" / "actor.md.j2"
    template.write_text("# {{ actor.name }}\n\n{{ actor.nickname }}\n", encoding="utf-8")
    with serving(mini, "The briefings have problems") as (base, log):
        assert "templates/actor.md.j2:3:1" in _get(base), "the problems page names the template and line"
        template.write_text("# {{ actor.name }}\n\nACTOR-OVERRIDE\n", encoding="utf-8")
        assert _wait(lambda: "ACTOR-OVERRIDE" in _get(base + "actors/ferreira/")), log.read_text()
        assert _wait(lambda: "Harbour ferry" in _get(base) or "harbour ferry" in _get(base)), log.read_text()
        assert "Traceback" not in log.read_text()
