"""The build state kept in ``.cache/briefings/``: plain data that cannot run code, and refused when unexpected.

A state file is a header line and zlib-compressed JSON (generator/build/state.py). These
tests craft files the way an attacker or a damaged disk would: a pickle that runs a
command when unpickled, placed where an older generator read its state (and where
this one does), and files in the new format with every kind of unexpected content.
No code runs, nothing unexpected is used, and the build still succeeds.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from generator.build.pipeline import Incremental, build_project
from generator.validate import Project

CACHE = Path(".cache") / "briefings"


def mkdocs_build(project: Path, site: str) -> str:
    """``mkdocs build`` in-process, as a new process runs it; the HTML of the briefing page."""
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    cache.clear()
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / site))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    config.plugins.on_shutdown()  # waits for the state to be saved
    return (project / site / "briefings" / "harbour-ferry" / "index.html").read_text(encoding="utf-8")


class _RunsACommand:
    """Unpickling this runs a shell command (``os.system``), as the red team's crafted state did."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[Callable[[str], int], tuple[str]]:
        return (os.system, (self.command,))


def test_a_crafted_pickle_runs_no_code_on_build(mini: Path, tmp_path: Path, fresh_plugins: None) -> None:
    """A pickle with the right first line, where an older generator kept its state and where this one does."""
    import pickle

    first = mkdocs_build(mini, "site")
    saved = sorted(p for p in (mini / CACHE).iterdir() if p.is_file())
    assert saved, "the first build keeps a state"
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_RunsACommand(f"touch {shlex.quote(str(marker))}"))
    for path in {*saved, mini / CACHE / "state.pickle"}:
        header = path.read_bytes().split(b"\n", 1)[0] if path.exists() else saved[0].read_bytes().split(b"\n", 1)[0]
        path.write_bytes(header + b"\n" + payload)

    assert mkdocs_build(mini, "site-2") == first
    assert not marker.exists(), "loading the build state ran code"
    assert not (mini / CACHE / "state.pickle").exists(), "an older generator's state is removed"


def _saved(project: Path, tmp_path: Path) -> Path:
    builds = Incremental(Project.at(project), project / "templates")
    assert builds.build().result.pages is not None
    path = tmp_path / "state"
    builds.save(path)
    return path


def _rewrite(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the JSON inside a state file, keeping its header (so only the content is unexpected)."""
    header, payload = path.read_bytes().split(b"\n", 1)
    data = json.loads(zlib.decompress(payload))
    change(data)
    path.write_bytes(header + b"\n" + zlib.compress(json.dumps(data).encode()))


def _first(mapping: dict[str, Any], ending: str) -> Any:
    return next(value for key, value in mapping.items() if key.endswith(ending))


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for part in path[:-1]:
            target = _first(target, part[1:]) if isinstance(part, str) and part.startswith("*") else target[part]
        target[path[-1]] = value

    return change


def _bytes(change: Callable[[bytes, bytes], bytes]) -> Callable[[Path], None]:
    def rewrite(path: Path) -> None:
        header, payload = path.read_bytes().split(b"\n", 1)
        path.write_bytes(change(header, payload))

    return rewrite


def _json(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    return lambda path: _rewrite(path, change)


BAD_STATES: dict[str, Callable[[Path], None]] = {
    "a pickle after the header": _bytes(lambda h, p: h + b"\n" + __import__("pickle").dumps({"pages": {}})),
    "not compressed": _bytes(lambda h, p: h + b"\n" + b'{"pages": {}}'),
    "truncated": _bytes(lambda h, p: h + b"\n" + p[: len(p) // 2]),
    "data after its end": _bytes(lambda h, p: h + b"\n" + p + b"more"),
    "another version": _bytes(lambda h, p: b"briefings-state 0123\n" + p),
    "huge": _bytes(lambda h, p: h + b"\n" + zlib.compress(b" " * (100 * 2**20), 9)),
    "not JSON": _bytes(lambda h, p: h + b"\n" + zlib.compress(b"{'pages': }")),
    "a number for a page": _json(_set(["pages", "index.md"], 1)),
    "a key it never writes": _json(_set(["__reduce__"], ["os.system", "touch pwned"])),
    "a page outside the site": _json(_set(["pages", "../../outside.md"], "# Hello")),
    "a page for no entity": _json(_set(["pages", "actors/nobody.md"], "# Nobody")),
    "an id of the wrong form": _json(_set(["entities", 1, 0], "../x")),
    "a number in YAML data": _json(_set(["yaml", "*harbour-ferry.yaml", "doc", "data", "title"], 5)),
    "a boolean for a line": _json(_set(["yaml", "*harbour-ferry.yaml", "doc", "values", 0, 1], True)),
    "an unknown diagnostic code": _json(
        _set(["yaml", "*harbour-ferry.yaml", "found"], [["x", 1, 1, "BRF999", "m", "h", ""]])
    ),
    "a quote outside its text": _json(_set(["seeds", "*mayor-keeps-ferry.md", "seed", "quotes"], [["q", 0, 10**9]])),
    "a seed that fails its schema": _json(
        _set(["seeds", "*mayor-keeps-ferry.md", "seed", "front", "data", "headline"], "")
    ),
    "a page depending on a template": _json(_set(["page_inputs", "briefings/harbour-ferry.md"], [["template", "x"]])),
    "another project": _json(_set(["project", 0], "/elsewhere")),
    "a list for the whole": _bytes(lambda h, p: h + b"\n" + zlib.compress(b"[]")),
}


@pytest.mark.parametrize("damage", list(BAD_STATES), ids=list(BAD_STATES))
def test_an_unexpected_state_is_ignored_with_a_reason(
    mini: Path, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = _saved(mini, tmp_path)
    assert Incremental.load(path, Project.at(mini), mini / "templates") is not None, "the undamaged state loads"
    BAD_STATES[damage](path)
    log = logging.getLogger("test-state")
    with caplog.at_level(logging.DEBUG, logger="test-state"):
        assert Incremental.load(path, Project.at(mini), mini / "templates", log) is None
    (record,) = caplog.records
    assert record.levelno == logging.DEBUG and record.getMessage().startswith(f"Not using the saved build state {path}")


def test_a_state_that_is_not_a_file_is_ignored(mini: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for path in (tmp_path / "folder", tmp_path / "pipe"):
        path.mkdir() if path.name == "folder" else os.mkfifo(path)
        with caplog.at_level(logging.DEBUG, logger="test-state"):
            assert Incremental.load(path, Project.at(mini), mini / "templates", logging.getLogger("test-state")) is None
        assert "it is not a regular file" in caplog.text


def test_a_build_after_a_refused_state_succeeds(
    mini: Path, fresh_plugins: None, caplog: pytest.LogCaptureFixture
) -> None:
    first = mkdocs_build(mini, "site")
    state = next(p for p in (mini / CACHE).iterdir() if p.is_file())
    BAD_STATES["a page outside the site"](state)
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.briefings"):
        assert mkdocs_build(mini, "site-2") == first
    assert "Not using the saved build state" in caplog.text
    assert not (mini / "outside.md").exists() and not (mini.parent / "outside.md").exists()


def test_a_state_round_trip_builds_the_same_pages(mini: Path, tmp_path: Path) -> None:
    path = _saved(mini, tmp_path)
    loaded = Incremental.load(path, Project.at(mini), mini / "templates")
    assert loaded is not None
    again = loaded.build()
    assert not again.changed and not again.full
    assert again.result.pages == build_project(Project.at(mini), mini / "templates").pages


def test_a_state_keeps_only_files_that_still_exist(mini: Path, tmp_path: Path) -> None:
    builds = Incremental(Project.at(mini), mini / "templates")
    builds.build()
    extra = mini / "seeds" / "extra.md"
    extra.write_text('---\nid: "extra"\nheadline: "Extra"\nheadline_by: "article"\n---\nText.\n', encoding="utf-8")
    builds.build()
    extra.unlink()
    builds.build()
    builds.save(tmp_path / "state")
    _header, payload = (tmp_path / "state").read_bytes().split(b"\n", 1)
    assert "extra.md" not in json.dumps(json.loads(zlib.decompress(payload))["seeds"])


def test_mkdocs_build_with_f_and_without_share_the_saved_state(
    mini: Path, fresh_plugins: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``mkdocs build -f mkdocs.yml`` hands MkDocs the open file, whose path is relative (``mkdocs.yml``); a plain
    ``mkdocs build`` finds the absolute one. Both record the project as its resolved folder, so alternating keeps
    the state."""
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    monkeypatch.chdir(mini)

    def run_build(site: str, *, dash_f: bool) -> None:
        cache.clear()  # a new process each time
        with open("mkdocs.yml", "rb") as config_file:  # what click's File type gives MkDocs for -f
            config = load_config(config_file=config_file if dash_f else None, site_dir=str(mini / site))
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        config.plugins.on_shutdown()

    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.briefings"):
        run_build("site", dash_f=True)
        for n, dash_f in enumerate([False, True, False], start=2):
            caplog.clear()
            run_build(f"site-{n}", dash_f=dash_f)
            assert "Starting from the state saved" in caplog.text, f"build {n} (-f: {dash_f}) threw the state away"
            assert "Not using the saved build state" not in caplog.text
