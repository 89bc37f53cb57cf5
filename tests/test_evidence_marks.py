"""Evidence marks an analyst can trust: lapsed horizons, second-hand statements, stale cells, our own words.

Pinned on the mini fixture, edited in a copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.validate import Project
from tests.conftest import edit, linked_site

BRIEFING = "briefings/harbour-ferry.yaml"
PAGE = "briefings/harbour-ferry.md"


def _pages(root: Path) -> dict[str, str]:
    pages = build_project(Project.at(root)).pages
    assert pages is not None
    return pages


def _section(page: str, heading: str) -> BeautifulSoup:
    """The part of a page under ``## heading``, up to the next ``## ``."""
    return BeautifulSoup(page.split(f"## {heading}")[1].split("\n## ")[0], "html.parser")


def _horizon(mini: Path, horizon: str) -> None:
    edit(
        mini,
        BRIEFING,
        '      - "northbridge-council"\n\ntimeline:',
        f'      - "northbridge-council"\n    horizon: "{horizon}"\n\ntimeline:',
    )


def test_a_question_past_its_horizon_is_lapsed_not_watched(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 1 January 2026
    _horizon(mini, "2025-12")
    pages = _pages(mini)
    watch = _section(pages[PAGE], "What to watch")
    lapsed = watch.select_one("details .bp-lapsed")
    assert lapsed is not None, "a question past its horizon is shown as lapsed"
    assert "by December 2025" not in [d.get_text() for d in watch.select(".bp-date")], "not listed as live"
    assert "was due by December 2025" in watch.get_text(" ")
    question = BeautifulSoup(pages["questions/harbour-ferry.md"], "html.parser")
    assert question.select_one(".bp-lapsed") is not None, "the questions page marks it too"
    assert "new-vote" not in pages["questions.md"].split("## By briefing")[0], "not among the soonest to watch"


def test_a_question_before_its_horizon_is_live(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 1 December 2025: December not past yet
    _horizon(mini, "2025-12")
    pages = _pages(mini)
    watch = _section(pages[PAGE], "What to watch")
    assert watch.select_one(".bp-lapsed") is None
    assert "by December 2025" in watch.get_text(" ")
    assert "new-vote" in pages["questions.md"].split("## By briefing")[0]


def test_the_source_mix_counts_second_hand_statements_and_through_whom(mini: Path) -> None:
    edit(
        mini,
        BRIEFING,
        '        quote: "“The ferry is part of who we are.”"\n        kind: "direct"\n',
        '        quote: "“The ferry is part of who we are.”"\n        kind: "direct"\n'
        '        via:\n          to: "Harbour <Radio>"\n',
    )
    (b,) = linked_site(mini).briefings
    assert b.source_mix is not None
    assert b.source_mix.second_hand == (("Harbour <Radio>", 1),)
    note = b.source_mix.second_hand_note
    assert note == f"1 of {b.source_mix.statements} statements second-hand: 1 via Harbour <Radio>"
    sources = _pages(mini)[PAGE].split("## Sources")[1]
    assert "second-hand: 1 via Harbour &lt;Radio&gt;." in sources, "counted under the sources, escaped"


def test_no_second_hand_note_when_every_statement_is_first_hand(mini: Path) -> None:
    (b,) = linked_site(mini).briefings
    assert b.source_mix is not None and b.source_mix.second_hand_note is None
    assert "second-hand" not in _pages(mini)[PAGE]
