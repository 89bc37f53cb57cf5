"""Page bugs a review of the shipped briefing found, pinned on the frozen story (tests/fixtures/story/).

Source pages ran two list items into one, names ending in "s" got "'s", and a person who only
spoke for a state or body read "No positions recorded" under a headline quoting them.
"""

from __future__ import annotations

import functools

import markdown
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.inputs.dates import Basis
from generator.model import Event
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


# --- Dates: vague words say no more than "by the report"; the chart dates as the list does ---------


def _event(anchor_end: str) -> Event:
    site = build_project(Project.at(STORY)).site
    assert site is not None
    return next(e for e in site.timeline if e.anchor.endswith(anchor_end))


def test_recently_is_dated_by_its_report_not_a_month() -> None:
    trump = _event("-trump-air-support")  # "Mr Trump recently suggested…", in an article of 5 September 2025
    assert trump.dating.basis is Basis.REPORT
    assert trump.dating.text == "by 5 September 2025"
    assert trump.dating.relative == "recently"
    fifth = _event("-putin-fifth-term")  # "has just won", in an article of about 17 March 2025
    assert fifth.dating.text == "by about 17 March 2025"


def _chart_titles(page: str) -> dict[str, str]:
    """Each mark's title in a timeline chart, by what the event says: the date the chart gives it."""
    soup = BeautifulSoup(_pages()[page], "html.parser")
    titles = [t.get_text() for t in soup.select("svg.bp-timeline-chart g > title")]
    return {title.split(": ", 1)[1]: title.split(": ", 1)[0] for title in titles}


def test_the_timeline_chart_dates_each_event_as_the_list_does() -> None:
    site = build_project(Project.at(STORY)).site
    assert site is not None
    titles = _chart_titles("timeline/2025.md")
    undated = next(e for e in site.timeline if e.anchor.endswith("-thirty-countries"))
    assert titles[undated.what] == "by about 17 March 2025"  # dated by its report, as the list says
    fifth = _event("-putin-fifth-term")
    assert "dates disagree" in titles[fifth.what] and "March 2024" in titles[fifth.what], titles[fifth.what]
