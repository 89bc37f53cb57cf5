"""No page grows without bound: the story replicated (its actors shared, as a story followed for months).

The timeline, the actor pages, the questions index, the list of sources and the home
page once listed everything across briefings, and grew by a whole briefing's events,
positions, questions, sources or summary with each briefing added. Split
(generator/site/paging.py), a page grows by a line per briefing at most: a row in the
questions index, a period in a list of periods.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build.pipeline import build_project
from generator.site import paging, pictures
from generator.validate import Project
from tests.conftest import STORY, bench_corpus

corpus = bench_corpus()

#: Markdown a page may gain for each briefing added: about a line of links and counts.
PER_BRIEFING = 400

KINDS = {
    "a timeline period": r"timeline/.+",
    "an actor page": r"actors/[^/]+\.md",
    "an actor's part in a briefing": r"actors/[^/]+/[^/]+\.md",
    "the questions index": r"questions\.md",
    "a briefing's questions": r"questions/.+",
    "the list of sources": r"sources/index\.md",
    "a period of sources": r"sources/(\d{4}|undated)[^/]*\.md",
    "the home page": r"index\.md",
    "the list of briefings": r"briefings/index\.md",
}


def _pages(root: Path, copies: int) -> dict[str, str]:
    corpus.replicate(root, STORY, copies)
    pages = build_project(Project.at(root)).pages
    assert pages is not None
    return pages


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    """The pages of the story copied 10 times, and 40 times."""
    return tuple(_pages(tmp_path_factory.mktemp(f"x{n}"), n) for n in (10, 40))  # type: ignore[return-value]


@pytest.mark.parametrize("kind", list(KINDS))
def test_pages_grow_by_a_line_per_briefing_at_most(grown: tuple[dict[str, str], dict[str, str]], kind: str) -> None:
    small, large = (
        max((len(text.encode()) for path, text in pages.items() if re.fullmatch(KINDS[kind], path)), default=0)
        for pages in grown
    )
    assert small > 0, f"no page is {kind}"
    assert (large - small) / 30 <= PER_BRIEFING, f"{kind}: {small:,} bytes at 10 copies, {large:,} at 40"


def test_the_timeline_overview_counts_by_period_and_lists_only_the_latest_events(
    grown: tuple[dict[str, str], dict[str, str]],
) -> None:
    """It grows with the periods (a line each, marks up to a cap), never with the events."""
    pages = grown[1]
    overview = pages["timeline.md"]
    periods = [p for p in pages if p.startswith("timeline/")]
    assert len(re.findall(r"\]\([^)]*#event-", overview)) == paging.LATEST_ITEMS
    assert len(re.findall(r"^- \[.*\]\(timeline/", overview, re.M)) == len(periods)
    assert 0 < overview.count('class="bp-ov-mark"') <= pictures.MAX_OVERVIEW_MARKS
    assert len(overview.encode()) < 250 * len(periods) + 120 * pictures.MAX_OVERVIEW_MARKS + 20_000


def test_every_event_is_listed_on_one_timeline_page(grown: tuple[dict[str, str], dict[str, str]]) -> None:
    pages = grown[1]
    listed = [a for path, text in pages.items() if path.startswith("timeline/") for a in _event_ids(text)]
    assert len(listed) == len(set(listed)) == 40 * 19
    assert len([p for p in pages if p.startswith("timeline/")]) > 2
    for path, text in pages.items():
        for target, anchor in re.findall(r"\]\(([^)#]*timeline/[^)#]+)#(event-[^)]+)\)", text):
            page = _resolve(path, target)
            assert f'id="{anchor}"' in pages[page], f"{path} links {anchor} on {page}, which does not list it"


def test_the_list_of_briefings_shows_the_latest_and_every_one_on_a_page_by_period(
    grown: tuple[dict[str, str], dict[str, str]],
) -> None:
    pages = grown[1]
    index = pages["briefings/index.md"]
    assert len(re.findall(r"^### \[", index, re.M)) == paging.LATEST_BRIEFINGS  # the story is archived: one status
    assert f"The {paging.LATEST_BRIEFINGS} latest of 40" in index
    periods = [path for path in pages if re.fullmatch(r"briefings/\d{4}[^/]*\.md", path)]
    assert periods and all(f"]({p.removeprefix('briefings/')})" in index for p in periods)
    listed = [t for p in periods for t in re.findall(r"^### \[[^\]]+\]\(([^)]+)\.md\)", pages[p], re.M)]
    briefings = {
        path.removeprefix("briefings/").removesuffix(".md")
        for path in pages
        if re.fullmatch(r"briefings/[^/]+\.md", path) and path != "briefings/index.md" and path not in periods
    }
    assert len(listed) == len(set(listed)) == 40 and set(listed) == briefings
    assert all(len(re.findall(r"^### \[", pages[p], re.M)) <= paging.BRIEFINGS_PER_PAGE for p in periods)


def _event_ids(text: str) -> list[str]:
    return re.findall(r'<div class="bp-event[^"]*" id="(event-[^"]+)"', text)


def _resolve(page: str, target: str) -> str:
    parts = page.split("/")[:-1]
    for piece in target.split("/"):
        if piece == "..":
            parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts)
