"""Page bugs a review of the shipped briefing found, pinned on the frozen story (tests/fixtures/story/).

Source pages ran two list items into one, names ending in "s" got "'s", and a person who only
spoke for a state or body read "No positions recorded" under a headline quoting them.
"""

from __future__ import annotations

import functools

import markdown
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.site.helpers import possessive
from generator.validate import Project
from tests.conftest import STORY

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables"]


@functools.cache
def _pages() -> dict[str, str]:
    pages = build_project(Project.at(STORY)).pages
    assert pages is not None
    return pages


def _soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(_pages()[page], extensions=EXTENSIONS), "html.parser")


def test_source_page_lists_outlet_and_date_as_items_of_their_own() -> None:
    for page in ("sources/putin-rejects-boots-on-the-ground.md", "sources/starmer-coalition-bluff.md"):
        meta = _soup(page).select_one(".bp-source-meta")
        assert meta is not None
        items = [li.get_text(" ", strip=True) for li in meta.select("li")]
        assert items[0].startswith("Outlet:") and "Date:" not in items[0], items
        assert items[1].startswith("Date:"), items


def test_possessive_of_a_name_ending_in_s_takes_an_apostrophe_only() -> None:
    assert possessive("United States") == "United States'"
    assert possessive("Vladimir Putin") == "Vladimir Putin's"
    assert possessive("TASS") == "TASS'"
    assert possessive("") == ""


def test_actor_pages_write_possessives_with_the_one_helper() -> None:
    us = _pages()["actors/us.md"]
    assert "United States' history" in us
    assert not any("States's" in text for text in _pages().values())


def test_a_person_who_spoke_for_a_state_has_those_stances_where_stances_are() -> None:
    soup = _soup("actors/putin.md")
    heading = soup.find(id="stances")
    assert heading is not None
    section = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        section.append(sibling.get_text(" ", strip=True))
    text = " ".join(section)
    assert "No positions recorded" not in text
    assert "Russia on The US as broker" in text and "Russia on A negotiated end to the war" in text, text
