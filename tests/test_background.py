"""The build in a second process (generator/build/background.py): the same site, and this process when it fails.

``mkdocs build`` forks a process at ``on_config`` that reads, checks, links and
renders while MkDocs does its own work, and streams the pages back. These tests
drive MkDocs in-process, as a new ``mkdocs build`` would run.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort

from generator.build import background
from generator.build.background import Background, Settings
from generator.build.pipeline import build_project
from generator.data.downloads import download_paths
from generator.site.identity import SiteIdentity
from generator.validate import Project

pytestmark = pytest.mark.skipif(not background.available(), reason="builds in a second process only where it can fork")

BRIEFING = "briefings/coalition-of-the-willing.yaml"


def _parallel(project: Path, on: bool) -> None:
    """Set the ``parallel`` option of the ``briefings`` plugin in the project's mkdocs.yml."""
    config = project / "mkdocs.yml"
    lines = [line for line in config.read_text(encoding="utf-8").splitlines(keepends=True) if "parallel:" not in line]
    at = lines.index("      templates: templates\n") + 1
    lines.insert(at, f"      parallel: {'true' if on else 'false'}\n")
    config.write_text("".join(lines), encoding="utf-8")


def mkdocs_build(project: Path, site: str) -> Path:
    """``mkdocs build`` in-process, as a new process runs it; the site folder."""
    cache: dict[str, Any] = MkDocsConfig.plugins.plugin_cache  # type: ignore[attr-defined]
    cache.clear()
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / site))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return project / site


def _files(site: Path) -> dict[str, bytes]:
    """Every file of a built site but the search bundle (whose bytes vary from run to run)."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file() and p.relative_to(site).parts[0] != "pagefind"
    }


def test_a_build_in_a_second_process_makes_the_same_site(story: Path, fresh_plugins: None) -> None:
    _parallel(story, False)
    alone = _files(mkdocs_build(story, "site-serial"))
    assert (story / ".cache" / "briefings" / "state.json.zlib").is_file()
    (story / ".cache" / "briefings" / "state.json.zlib").unlink()
    _parallel(story, True)
    both = _files(mkdocs_build(story, "site-parallel"))
    assert sorted(both) == sorted(alone)
    assert [path for path in alone if both[path] != alone[path]] == []
    assert {"feed.xml", "data/briefings.json", "timeline/2025/index.html", "actors/russia/2025/index.html"} <= set(both)
    assert (story / ".cache" / "briefings" / "state.json.zlib").is_file(), "the second process saved the state"


def test_the_state_the_second_process_saved_serves_the_next_build(
    story: Path, fresh_plugins: None, caplog: pytest.LogCaptureFixture
) -> None:
    mkdocs_build(story, "site")
    text = (story / BRIEFING).read_text(encoding="utf-8")
    (story / BRIEFING).write_text(text.replace('summary: "Plans a', 'summary: "Now plans a', 1), encoding="utf-8")
    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins.briefings")
    site = mkdocs_build(story, "site-2")
    assert "Starting from the state saved" in caplog.text
    assert "Now plans a" in (site / "actors" / "uk" / "2025" / "index.html").read_text(encoding="utf-8")


def test_problems_stop_the_build_as_in_one_process(story: Path, fresh_plugins: None) -> None:
    text = (story / BRIEFING).read_text(encoding="utf-8")
    (story / BRIEFING).write_text(text.replace('    actor: "giles"', '    actor: "gilles"', 1), encoding="utf-8")
    with pytest.raises(Abort, match=r"(?s)The briefings have problems:.*unknown actor 'gilles'.*BRF040"):
        mkdocs_build(story, "site")


def _fails_at_once(connection: Any, settings: Settings) -> None:
    raise RuntimeError("no pages today")


def _dies_after_the_head(connection: Any, settings: Settings) -> None:
    result = build_project(settings.project, settings.templates)
    assert result.pages is not None
    assert result.site is not None
    head = ("head", result.diagnostics, list(result.pages), False, result.site.origins, list(download_paths()))
    connection.send(head)
    os._exit(1)  # as a process killed halfway does: no message, no goodbye


@pytest.mark.parametrize("failure", [_fails_at_once, _dies_after_the_head], ids=["at once", "halfway"])
def test_a_failed_second_process_leaves_the_build_to_this_one(
    story: Path, fresh_plugins: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, failure: Any
) -> None:
    _parallel(story, False)
    alone = _files(mkdocs_build(story, "site-serial"))
    _parallel(story, True)
    monkeypatch.setattr(background, "_work", failure)
    caplog.set_level(logging.WARNING, logger="mkdocs.plugins.briefings")
    rescued = _files(mkdocs_build(story, "site-rescued"))
    assert "Building the pages in this process" in caplog.text
    assert [path for path in alone if rescued.get(path) != alone[path]] == []


def test_pages_arrive_in_the_order_they_are_listed(story: Path) -> None:
    settings = Settings(Project.at(story), story / "templates", None, SiteIdentity("Briefings"))
    work = Background(settings)
    head = work.head()
    assert head.pages is not None and head.diagnostics == [] and not head.loaded
    expected = build_project(Project.at(story), story / "templates").pages
    assert expected is not None and head.pages == list(expected)
    assert [work.page(path) for path in head.pages] == list(expected.values())
    assert head.downloads == list(download_paths()), "the downloads are listed with the pages"
    assert set(work.downloads()) == set(download_paths())
    assert head.origins["briefings/coalition-of-the-willing.md"] == "briefings/coalition-of-the-willing.yaml"
    assert work.finish() == []


def test_a_template_that_fails_after_the_pages_are_listed_stops_the_build_with_its_problem(
    story: Path, fresh_plugins: None, caplog: pytest.LogCaptureFixture
) -> None:
    """The list of pages goes to MkDocs before any page is rendered: a template failing then is still a diagnostic."""
    _parallel(story, True)
    (story / "templates").mkdir(exist_ok=True)
    (story / "templates" / "actor.md.j2").write_text("# {{ actor.name }}\n\n{{ actor.no_such_field }}\n", "utf-8")
    caplog.set_level(logging.WARNING, logger="mkdocs.plugins.briefings")
    with pytest.raises(Abort, match=r"(?s)The briefings have problems:.*templates/actor\.md\.j2:3:1: error: .*BRF013"):
        mkdocs_build(story, "site")
    assert "Building the pages in this process" not in caplog.text, "not a failure of the process: the template's"


def test_every_download_is_listed_before_it_is_made(story: Path) -> None:
    from generator.data.downloads import downloads

    result = build_project(Project.at(story))
    assert result.site is not None
    assert list(downloads(result.site, SiteIdentity("Briefings"))) == list(download_paths())
