"""The generator's own check of the links its pages write (generator/site/links.py: BRF140, BRF141)."""

from __future__ import annotations

import pytest

from generator.build.pipeline import build_project
from generator.site.links import check_pages
from generator.site.pages import actor as actor_pages
from generator.validate import Project
from tests.conftest import STORY

PAGES = {
    "index.md": "---\ntitle: Home\n---\n# Home\n\n[A](actors/a.md#who) [B](actors/b.md) [guide](guide/reading.md)\n",
    "actors/a.md": '# A\n\n<div id="who" markdown>\n\n[home](../index.md#home) [data](../data/briefings.json)\n\n</div>\n',
}


def test_links_to_pages_anchors_hand_written_pages_and_files() -> None:
    found = check_pages(PAGES, handwritten=["guide/reading.md"])
    assert [(d.path, d.line, d.code) for d in found] == [("index.md", 6, "BRF140")]
    assert "actors/b.md" in found[0].message


def test_a_missing_anchor_on_another_page_or_the_same() -> None:
    pages = {**PAGES, "index.md": "# Home\n\n[A](actors/a.md#nobody)\n\n[top](#top)\n"}
    found = check_pages(pages)
    assert [(d.line, d.code) for d in found] == [(3, "BRF141"), (5, "BRF141")]
    assert "actors/a.md has no anchor #nobody" in found[0].message


def test_heading_ids_and_permalinks_count_as_anchors() -> None:
    pages = {"index.md": "# Home\n\n## The data {: #data }\n\n## Other side\n\n[d](#data) [o](#other-side)\n"}
    assert check_pages(pages) == []


def test_the_story_writes_no_broken_link() -> None:
    pages = build_project(Project.at(STORY)).pages
    assert pages and check_pages(pages) == []


def test_an_actor_with_no_history_but_many_sources_links_to_no_history(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check found it on the story ×200: an actor only named (Chatham House) by more sources than its page
    lists linked to '#history', a section only actors with positions, statements or events have."""
    monkeypatch.setattr(actor_pages, "LISTED_SOURCES", 0)
    pages = build_project(Project.at(STORY)).pages
    assert pages and "## Sources that name Chatham House" in pages["actors/chatham-house.md"]
    assert "The 0 latest of 1" in pages["actors/chatham-house.md"]
    assert check_pages(pages) == []
