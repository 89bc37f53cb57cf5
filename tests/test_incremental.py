"""Rebuilds while serving: only what a change affects is redone, and every page stays right.

Two levels. The generator's :class:`~generator.build.pipeline.Incremental` must give
exactly the pages a fresh build gives, whatever was edited. Through the MkDocs
plugin, the rebuild ``mkdocs serve`` runs (driven in-process, with a stand-in
for the live-reload server) must update the briefing page, its stance matrix
and the actor page, without a full rebuild, and leave the same HTML and search
index a full build would.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from generator.build.pipeline import Incremental, build_project
from generator.site import paging
from generator.validate import Project
from tests.conftest import STORY, bench_corpus
from tests.search_support import indexed_pages

SERVE_URL = "http://127.0.0.1:8000/"
UNION = html.escape("Ferry workers' union")  # as the stance matrix writes the actor's name
BRIEFING = "briefings/coalition-of-the-willing.yaml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _remove_position(path: Path, position: str) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index(f'  - id: "{position}"')
    end = min(text.index(marker, start + 1) for marker in ("\n  - id:", "\n  #") if marker in text[start + 1 :])
    path.write_text(text[:start] + text[end + 1 :], encoding="utf-8")


# --- The generator: incremental pages equal fresh pages ---------------------------------------

EDITS: dict[str, Callable[[Path], None]] = {
    "position summary": lambda p: _edit(p / BRIEFING, 'summary: "Plans a', 'summary: "Now plans a'),
    "position stance": lambda p: _edit(p / BRIEFING, 'stance: "conditional"', 'stance: "tentative"'),
    "position actor": lambda p: _edit(p / BRIEFING, '    actor: "giles"', '    actor: "rogov"'),
    "position removed": lambda p: _remove_position(p / BRIEFING, "giles-troops-now"),
    "broken": lambda p: _edit(p / BRIEFING, '    actor: "giles"', '    actor: "gilles"'),
    "seed text": lambda p: _edit(p / "seeds/putin-rejects-boots-on-the-ground.md", "rumbles on", "rumbles on still"),
    "seed headline": lambda p: _edit(
        p / "seeds/starmer-coalition-bluff.md", 'headline: "Russian', 'headline: "A Russian'
    ),
    "actor registry": lambda p: _edit(p / "briefings/actors.yaml", 'name: "Keir Starmer"', 'name: "Sir Keir Starmer"'),
    # the split pages (generator/site/paging.py): an event moved to a period of its own, every actor's history moved
    "event to another period": lambda p: _edit(
        p / BRIEFING,
        '  - id: "thirty-countries"\n',
        '  - id: "thirty-countries"\n    date: "2023-06"\n    outside: "Dated from outside the sources."\n',
    ),
    "briefing as of": lambda p: _edit(p / BRIEFING, 'as_of: "2025-09-05"', 'as_of: "2026-01-10"'),
    "event actors": lambda p: _edit(
        p / BRIEFING,
        '    actors:\n      - "rogov"\n      - "tass"\n',
        '    actors:\n      - "rogov"\n      - "giles"\n',
    ),
    "a second briefing": lambda p: (p / "briefings" / "second.yaml").write_text(
        (p / BRIEFING).read_text(encoding="utf-8").replace('as_of: "2025-09-05"', 'as_of: "2025-10-01"'),
        encoding="utf-8",
    ),
}


@pytest.mark.parametrize("saved", [False, True], ids=["in memory", "saved and loaded"])
@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_incremental_pages_equal_a_fresh_build(story: Path, edit: str, saved: bool) -> None:
    """Also across runs: the state saved by one run (``.cache/``) and loaded by the next."""
    project = Project.at(story)
    builds = Incremental(project, story / "templates")
    first = builds.build()
    assert first.full and first.result.pages is not None
    if saved:
        state = story / ".cache" / "state.pickle"
        builds.save(state)
        loaded = Incremental.load(state, project, story / "templates")
        assert loaded is not None
        builds = loaded
    EDITS[edit](story)
    again = builds.build()
    fresh = build_project(project, story / "templates")
    if fresh.pages is None:  # an edit that breaks the project: no pages, and the last good build stays
        assert again.result.pages is None
        return
    assert again.result.pages == fresh.pages
    assert again.changed == {p for p, text in fresh.pages.items() if first.result.pages.get(p) != text}


def test_an_edit_that_moves_another_briefings_event_renders_the_pages_that_link_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timeline pages are cut by count: an event leaving one moves another briefing's event to another page."""
    monkeypatch.setattr(paging, "EVENTS_PER_PAGE", 2)
    bench_corpus().replicate(tmp_path, STORY, 3)  # each copy's invasion, "2022": three events, two pages
    project = Project.at(tmp_path)
    builds = Incremental(project)
    first = builds.build().result.pages
    assert first is not None and "timeline/2022-part-2.md" in first
    _edit(
        tmp_path / "briefings" / "coalition-of-the-willing-c001.yaml",
        '  "date": "2022"\n',
        '  "date": "2021"\n  "outside": "Moved for the test."\n',
    )
    again = builds.build()
    fresh = build_project(project)
    assert fresh.pages is not None and "timeline/2022-part-2.md" not in fresh.pages
    assert again.result.pages == fresh.pages
    assert "briefings/coalition-of-the-willing-c003.md" in again.changed, "its event moved to timeline/2022.md"


def test_a_position_edit_renders_only_the_pages_it_can_reach(story: Path) -> None:
    builds = Incremental(Project.at(story), story / "templates")
    builds.build()
    EDITS["position summary"](story)
    again = builds.build()
    assert not again.full
    assert "briefings/coalition-of-the-willing.md" in again.changed
    assert "actors/uk.md" in again.changed
    assert "actors/putin.md" not in again.changed


def test_a_saved_state_is_used_only_by_the_same_project_and_generator(story: Path, tmp_path: Path) -> None:
    project = Project.at(story)
    builds = Incremental(project, story / "templates")
    builds.build()
    state = tmp_path / "state.pickle"
    builds.save(state)
    assert Incremental.load(state, project, story / "templates") is not None
    assert Incremental.load(state, Project.at(tmp_path / "other"), story / "templates") is None, "another project"
    assert Incremental.load(state, project, None) is None, "other templates"
    assert Incremental.load(tmp_path / "missing.pickle", project, story / "templates") is None
    first_line, rest = state.read_bytes().split(b"\n", 1)
    state.write_bytes(b"briefings-state another-version\n" + rest)
    assert Incremental.load(state, project, story / "templates") is None, "another version of the generator"
    state.write_bytes(first_line + b"\n" + rest[: len(rest) // 2])
    assert Incremental.load(state, project, story / "templates") is None, "a truncated file"


def test_a_build_from_a_saved_state_renders_only_what_changed(story: Path, tmp_path: Path) -> None:
    project = Project.at(story)
    builds = Incremental(project, story / "templates")
    builds.build()
    builds.save(tmp_path / "state.pickle")
    loaded = Incremental.load(tmp_path / "state.pickle", project, story / "templates")
    assert loaded is not None
    assert loaded.build().changed == set()
    os.utime(story / BRIEFING, ns=(1, 1))  # touched (as a git checkout does): same content, nothing to render
    assert loaded.build().changed == set()
    EDITS["position summary"](story)
    again = loaded.build()
    assert not again.full
    assert "briefings/coalition-of-the-willing.md" in again.changed and "actors/putin.md" not in again.changed


def _same_size_edit_keeping_the_time(path: Path, old: str, new: str) -> None:
    """Edit ``path`` without changing its size, then put its modification time back (as git checkout, rsync do)."""
    assert len(old.encode()) == len(new.encode())
    stat = path.stat()
    _edit(path, old, new)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns


@pytest.mark.parametrize("saved", [False, True], ids=["in memory", "saved and loaded"])
def test_a_same_size_edit_with_the_old_time_restored_is_seen(mini: Path, tmp_path: Path, saved: bool) -> None:
    """Inputs are compared by content: neither the modification time nor the size can hide an edit."""
    project = Project.at(mini)
    builds = Incremental(project, mini / "templates")
    builds.build()
    if saved:
        builds.save(tmp_path / "state")
        loaded = Incremental.load(tmp_path / "state", project, mini / "templates")
        assert loaded is not None
        builds = loaded
    seed = mini / "seeds" / "council-votes-to-close-ferry.md"
    _same_size_edit_keeping_the_time(seed, 'headline: "Northbridge council', 'headline: "Southbridge council')
    again = builds.build()
    assert again.result.pages is not None
    assert "Southbridge council votes" in again.result.pages["sources/council-votes-to-close-ferry.md"]
    assert again.result.pages == build_project(project, mini / "templates").pages


def test_nothing_changed_renders_nothing_new(story: Path) -> None:
    builds = Incremental(Project.at(story), story / "templates")
    builds.build()
    assert builds.build().changed == set()


# --- Through the plugin: the rebuild `mkdocs serve` runs ---------------------------------------


class FakeServer:
    """What the plugin uses of MkDocs' LiveReloadServer: ``builder``, ``watch`` and the watched paths."""

    def __init__(self, builder: Callable[[], None]) -> None:
        self.builder = builder
        self._watched_paths: dict[str, int] = {}

    def watch(self, path: str, func: Any = None, *, recursive: bool = True) -> None:
        self._watched_paths[os.path.abspath(path)] = 1


class Served:
    """``mkdocs serve`` of a project, in-process: a first full build, then the server's builder on demand."""

    def __init__(self, root: Path) -> None:
        self.root, self.site, self.full_builds = root, root / "site", 0
        config = self.config()
        config.plugins.on_startup(command="serve", dirty=False)
        build(config, serve_url=SERVE_URL)
        self.server = FakeServer(self.full)
        self.server.watch(config.docs_dir)
        self.server.watch(config.config_file_path)
        config.plugins.on_serve(self.server, config=config, builder=self.full)

    def config(self, site: Path | None = None) -> MkDocsConfig:
        config = load_config(config_file=str(self.root / "mkdocs.yml"), site_dir=str(site or self.site))
        config.site_url = SERVE_URL
        return config

    def search_plugin(self) -> Any:
        cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
        return next(p for p in cache.values() if hasattr(p, "reindex"))

    def full(self) -> None:
        self.full_builds += 1
        build(self.config(), serve_url=SERVE_URL)

    def rebuild(self) -> None:
        self.server.builder()

    def html(self, page: str, site: Path | None = None) -> str:
        return ((site or self.site) / page / "index.html").read_text(encoding="utf-8")


def _matrix_row(html: str, actor_name: str) -> str:
    match = re.search(r"<tr><th scope=\"row\">" + re.escape(actor_name) + r" <span.*?</tr>", html, re.DOTALL)
    assert match, f"no stance matrix row for {actor_name}"
    return match.group(0)


def _search_docs(site: Path) -> list[tuple[str, str, str]]:
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return sorted((d["location"], d["title"], d["text"]) for d in docs)


@pytest.mark.serve
def test_serving_a_position_edit_updates_briefing_matrix_and_actor_page(mini: Path, fresh_plugins: None) -> None:
    served = Served(mini)
    briefing = served.html("briefings/harbour-ferry")
    assert "a betrayal of the east shore" in briefing
    assert "bp-stance--opposes" in _matrix_row(briefing, UNION)

    yaml_file = mini / "briefings" / "harbour-ferry.yaml"
    _edit(
        yaml_file,
        'summary: "Calls the council\'s vote a betrayal of the east shore."',
        'summary: "Now backs the closure, once the bridge is open."',
    )
    _edit(yaml_file, 'stance: "opposes"\n    summary: "Now backs', 'stance: "supports"\n    summary: "Now backs')
    served.rebuild()

    assert served.full_builds == 0, "a one-position edit took a full rebuild"
    briefing = served.html("briefings/harbour-ferry")
    assert "Now backs the closure, once the bridge is open." in briefing
    assert 'id="ferry-union-ferry-closure"' in briefing
    row = _matrix_row(briefing, UNION)
    assert "bp-stance--supports" in row and "bp-stance--opposes" not in row
    actor = served.html("actors/ferry-union")
    assert "Now backs the closure, once the bridge is open." in actor
    assert "Calls the council" not in actor and "Calls the council" not in briefing

    # the same pages and search index as a full build of the edited project
    other = mini / "site-full"
    build(served.config(other), serve_url=SERVE_URL)
    for page in ("briefings/harbour-ferry", "actors/ferry-union", "sources/council-votes-to-close-ferry", ""):
        assert served.html(page) == served.html(page, other), page
    assert _search_docs(served.site) == _search_docs(other)


@pytest.mark.serve
def test_serving_rebuilds_everything_when_docs_change(mini: Path, fresh_plugins: None) -> None:
    served = Served(mini)
    (mini / "docs" / "about.md").write_text("# About\n\nA page written by hand.\n", encoding="utf-8")
    served.rebuild()
    assert served.full_builds == 1
    assert "A page written by hand." in served.html("about")


@pytest.mark.serve
def test_serving_sees_a_docs_edit_that_keeps_size_and_time(mini: Path, fresh_plugins: None) -> None:
    """Outside the inputs the plugin stamps files by their change time too, which no edit can put back."""
    page = mini / "docs" / "about.md"
    page.write_text("# About\n\nWritten by Anna.\n", encoding="utf-8")
    served = Served(mini)
    _same_size_edit_keeping_the_time(page, "Anna", "Hana")
    served.rebuild()
    assert served.full_builds == 1
    assert "Written by Hana." in served.html("about")


@pytest.mark.serve
def test_serving_keeps_the_last_good_pages_while_a_briefing_is_broken(mini: Path, fresh_plugins: None) -> None:
    served = Served(mini)
    yaml_file = mini / "briefings" / "harbour-ferry.yaml"
    good = yaml_file.read_text(encoding="utf-8")
    _edit(yaml_file, '- actor: "ferry-union"', '- actor: "ferry-unoin"')
    served.rebuild()
    assert "Calls the council" in served.html("briefings/harbour-ferry")
    yaml_file.write_text(good.replace('betrayal of the east shore."', 'betrayal, they said."', 1), encoding="utf-8")
    served.rebuild()
    assert "betrayal, they said." in served.html("briefings/harbour-ferry")
    assert served.full_builds == 0


@pytest.mark.serve
def test_quick_rebuild_indexes_search_again_like_a_full_build(mini: Path, fresh_plugins: None) -> None:
    """With Pagefind (briefings/search), a quick rebuild re-indexes in the background; the result equals a full build's."""
    config_file = mini / "mkdocs.yml"
    _edit(config_file, "plugins:\n  - search\n", "plugins:\n  - briefings/search\n")
    served = Served(mini)
    assert "betrayal of the east shore" in indexed_pages(served.site)["/briefings/harbour-ferry/"]["content"]
    _edit(
        mini / "briefings" / "harbour-ferry.yaml",
        'summary: "Calls the council\'s vote a betrayal of the east shore."',
        'summary: "Now backs the closure, once the bridge is open."',
    )
    served.rebuild()
    assert served.full_builds == 0, "a one-position edit took a full rebuild"
    search = served.search_plugin()
    search.wait()
    other = mini / "site-full"
    build(served.config(other), serve_url=SERVE_URL)
    served_pages, full_pages = indexed_pages(served.site), indexed_pages(other)
    assert "Now backs the closure" in served_pages["/briefings/harbour-ferry/"]["content"]
    assert served_pages == full_pages


def test_mkdocs_build_keeps_its_state_between_runs_and_stays_right(
    mini: Path, fresh_plugins: None, caplog: pytest.LogCaptureFixture
) -> None:
    """A second ``mkdocs build`` (a new process: no plugin kept) starts from .cache/ and shows an edit made since."""
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]

    def run_build(site: str) -> str:
        cache.clear()  # as a new process would start
        config = load_config(config_file=str(mini / "mkdocs.yml"), site_dir=str(mini / site))
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        config.plugins.on_shutdown()  # as `mkdocs build` ends: the state is saved by then
        return (mini / site / "briefings" / "harbour-ferry" / "index.html").read_text(encoding="utf-8")

    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins.briefings")
    run_build("site")
    state = mini / ".cache" / "briefings" / "state.json.zlib"
    assert state.is_file()
    assert "Starting from the state saved" not in caplog.text
    _edit(
        mini / "briefings" / "harbour-ferry.yaml",
        'summary: "Calls the council\'s vote a betrayal of the east shore."',
        'summary: "Now backs the closure, once the bridge is open."',
    )
    assert "Now backs the closure" in run_build("site-2")
    assert "Starting from the state saved" in caplog.text
    state.unlink()
    assert run_build("site-3") == (mini / "site-2" / "briefings" / "harbour-ferry" / "index.html").read_text(
        encoding="utf-8"
    )


def test_the_cache_can_be_turned_off(mini: Path, fresh_plugins: None) -> None:
    _edit(mini / "mkdocs.yml", "  - briefings\n", "  - briefings:\n      cache: false\n")
    build(load_config(config_file=str(mini / "mkdocs.yml"), site_dir=str(mini / "site")))
    assert not (mini / ".cache").exists()


@pytest.mark.serve
def test_after_a_full_rebuild_fails_the_next_rebuild_is_full_too(
    mini: Path, fresh_plugins: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full build that fails has already emptied site/: a quick rebuild on top of it once wrote only the
    pages that changed, and every other page answered 404 until the server was restarted."""
    served = Served(mini)
    from mkdocs.commands import build as mkdocs_build

    def fail(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("a page failed to build")

    with monkeypatch.context() as patch:
        patch.setattr(mkdocs_build, "_build_page", fail)
        (mini / "docs" / "about.md").write_text("# About\n\nA page written by hand.\n", encoding="utf-8")
        with pytest.raises(RuntimeError):
            served.rebuild()  # a change outside the generator's inputs: a full build, which fails
    assert served.full_builds == 1 and not (served.site / "index.html").exists()
    _edit(
        mini / "briefings" / "harbour-ferry.yaml",
        'summary: "Calls the council\'s vote a betrayal of the east shore."',
        'summary: "Now backs the closure, once the bridge is open."',
    )
    served.rebuild()
    assert served.full_builds == 2, "after a failed build, the next one must be full"
    assert "Now backs the closure" in served.html("briefings/harbour-ferry")
    for page in ("", "actors", "actors/okafor", "sources", "about"):
        assert (served.site / page / "index.html").is_file(), page


@pytest.mark.serve
def test_quick_rebuild_writes_the_downloads_again_like_a_full_build(mini: Path, fresh_plugins: None) -> None:
    """The dataset, its CSV files, the Web Annotations and the feed are refreshed (in the background) after an edit."""
    served = Served(mini)
    _edit(
        mini / "briefings" / "harbour-ferry.yaml",
        'summary: "Calls the council\'s vote a betrayal of the east shore."',
        'summary: "Now backs the closure, once the bridge is open."',
    )
    served.rebuild()
    assert served.full_builds == 0, "a one-position edit took a full rebuild"
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    next(p for p in cache.values() if hasattr(p, "session")).session.downloads_written()
    other = mini / "site-full"
    build(served.config(other), serve_url=SERVE_URL)
    files = ["data/briefings.json", "data/web-annotations.jsonld", "feed.xml", "data/csv/positions.csv"]
    files += ["data/csv/evidence.csv"]
    for path in files:
        assert (served.site / path).read_bytes() == (other / path).read_bytes(), path
    assert "Now backs the closure" in (served.site / "data/csv/positions.csv").read_text(encoding="utf-8")
