"""The judgement-first page: our assessment apart, editions and what changed, what to watch, sources, feed, meta.

Pinned on the mini fixture (edited in a copy) and on the story fixture (a frozen copy of the shipped briefing).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.site.feed import atom
from generator.site.identity import SiteIdentity
from generator.validate import Project
from tests.conftest import STORY
from tests.conftest import codes as _codes
from tests.conftest import edit as _edit
from tests.conftest import linked_site as _site

BRIEFING = "briefings/harbour-ferry.yaml"


def _two_editions(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        "issues:\n",
        'editions:\n  - date: "2025-06-12"\n    note: "The vote."\n  - date: "2025-07-15"\n    note: "The change."\n\n'
        "issues:\n",
    )


# --- editions and what changed ---------------------------------------------------------


def test_what_changed_is_worked_out_from_the_sources_each_edition_added(mini: Path) -> None:
    _two_editions(mini)
    (b,) = _site(mini).briefings
    assert [e.date.isoformat() for e in b.editions] == ["2025-06-12", "2025-07-15"]
    assert [s.id for s in b.editions[0].sources] == ["council-votes-to-close-ferry"]
    ch = b.changes
    assert ch is not None and [s.id for s in ch.sources] == ["mayor-keeps-ferry"]
    (change,) = ch.positions
    assert change.position.actor.id == "ferreira" and change.before is not None
    assert (change.before.stance.value, change.position.stance.value) == ("conditional", "opposes")
    assert [q.id for q in ch.answered] == ["strike"]
    assert [c.id for c in ch.claims] == ["ferry-loses-a-million"]
    assert ch.new_positions == {change.position.anchor}


def test_an_old_position_that_gains_evidence_from_a_new_source_is_more_evidence_not_new(mini: Path) -> None:
    _two_editions(mini)
    more = '      - source: "mayor-keeps-ferry"\n        quote: "Tom Okafor welcomed the change and said the strike is off."\n'
    # the union's position ends the list: one more evidence item from the new source
    _edit(mini, BRIEFING, "\n\nquestions:\n", f'\n{more}        kind: "reported"\n\nquestions:\n')
    (b,) = _site(mini).briefings
    ch = b.changes
    assert ch is not None
    assert [c.position.actor.id for c in ch.positions] == ["ferreira"]
    assert [p.actor.id for p in ch.more_evidence] == ["ferry-union"]
    assert all(p.anchor not in ch.new_positions for p in ch.more_evidence)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    changed = pages["briefings/harbour-ferry.md"].split("## What changed")[1].split("## Stances")[0]
    assert "1 changed stance; 1 position with more evidence" in changed
    assert "More evidence: [Ferry workers" in changed and "New position" not in changed
    entry = feedparser.parse(atom(_site(mini), SiteIdentity("Briefings", "https://example.org/"))).entries[0]
    assert "1 position with more evidence" in entry.summary and "new position" not in entry.summary


def test_an_old_claim_or_event_that_gains_evidence_from_a_new_source_is_more_evidence_not_new(mini: Path) -> None:
    """The first edition's vote (an event) and a claim on it both gain a quote from the second edition's source:
    each is listed as more evidence, not as new; what only the new source shows stays new."""
    _two_editions(mini)
    vote = '        quote: "Northbridge city council voted on Tuesday to close the harbour ferry at the end of the year."\n'
    again = '      - source: "mayor-keeps-ferry"\n        quote: "the closure it approved last month"\n'
    _edit(mini, BRIEFING, vote, vote + again)
    claim = (
        '  - id: "closure-approved"\n    claim: "The council approved the closure of the ferry."\n'
        '    claimants:\n      - "northbridge-council"\n    issue: "ferry-closure"\n    evidence:\n'
        '      - source: "council-votes-to-close-ferry"\n'
        '        quote: "Northbridge city council voted on Tuesday to close the harbour ferry"\n        kind: "reported"\n'
        f'{again}        kind: "reported"\n'
    )
    _edit(mini, BRIEFING, "\nclaims:\n", f"\nclaims:\n{claim}")
    (b,) = _site(mini).briefings
    ch = b.changes
    assert ch is not None
    assert [c.id for c in ch.claims] == ["ferry-loses-a-million"]
    assert [c.id for c in ch.more_evidence_claims] == ["closure-approved"]
    assert [e.what for e in ch.events] == ["The mayor tells reporters the ferry is part of who Northbridge is."]
    assert [e.what for e in ch.more_evidence_events] == [
        "Northbridge council votes to close the harbour ferry at the end of the year."
    ]
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    page = pages["briefings/harbour-ferry.md"]
    changed = page.split("## What changed")[1].split("## Stances")[0]
    assert "1 new claim; 1 claim with more evidence; 1 new event; 1 event with more evidence" in changed
    assert "More evidence: claim [The council approved" in changed
    timeline = page.split("## Timeline")[1].split("</details>")[0]
    (vote_line,) = [line for line in timeline.splitlines() if "votes to close the harbour ferry" in line]
    assert "more evidence</span>" in vote_line and ">new</span>" not in vote_line
    (mayor_line,) = [line for line in timeline.splitlines() if "tells reporters" in line]
    assert ">new</span>" in mayor_line
    entry = feedparser.parse(atom(_site(mini), SiteIdentity("Briefings", "https://example.org/"))).entries[0]
    assert "1 new claim; 1 claim with more evidence; 1 new event; 1 event with more evidence" in entry.summary


def test_an_edition_may_name_the_sources_it_added(mini: Path) -> None:
    _two_editions(mini)
    _edit(
        mini, BRIEFING, '    note: "The vote."\n', '    note: "The vote."\n    sources:\n      - "mayor-keeps-ferry"\n'
    )
    (b,) = _site(mini).briefings
    assert {s.id for s in b.editions[0].sources} == {"mayor-keeps-ferry", "council-votes-to-close-ferry"}
    assert b.changes is not None and b.changes.sources == ()


def test_a_briefing_without_editions_has_one_and_no_changes(mini: Path) -> None:
    (b,) = _site(mini).briefings
    assert [e.date.isoformat() for e in b.editions] == ["2025-07-15"]
    assert b.changes is None


def test_the_matrix_marks_cells_new_since_the_previous_edition(mini: Path) -> None:
    _two_editions(mini)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    matrix = BeautifulSoup(pages["briefings/harbour-ferry.md"].split("## Stances at a glance")[1], "html.parser")
    new = matrix.select("td.bp-new")
    assert len(new) == 1 and new[0].select_one(".bp-new-label").get_text() == "new"
    assert "since the edition of 12 Jun 2025" in matrix.get_text(" ")


# --- the assessment --------------------------------------------------------------------


def test_judgements_resolve_their_basis(mini: Path) -> None:
    _edit(mini, BRIEFING, '  - actor: "ferry-union"\n', '  - id: "union-opposes"\n    actor: "ferry-union"\n')
    _edit(
        mini,
        BRIEFING,
        "issues:\n",
        'bottom_line: "The union opposes the closure."\njudgements:\n  - id: "j"\n    statement: "The union keeps opposing."\n'
        '    likelihood: "likely"\n    confidence: "low"\n    basis:\n      positions:\n        - "union-opposes"\n'
        '      questions:\n        - "new-vote"\n\nissues:\n',
    )
    (b,) = _site(mini).briefings
    (j,) = b.judgements
    assert [p.anchor for p in j.positions] == ["union-opposes"] and [q.id for q in j.questions] == ["new-vote"]
    page = build_project(Project.at(mini)).pages["briefings/harbour-ferry.md"]  # type: ignore[index]
    assessment = page.split("## Our assessment")[1].split("## Stances at a glance")[0]
    assert "The union opposes the closure." in assessment and "The union keeps opposing." in assessment
    assert "Likely" in assessment and "low confidence" in assessment
    assert "#union-opposes" in assessment, "the basis is one click away"


def test_a_judgement_on_nothing_and_a_bottom_line_alone_are_reported(mini: Path) -> None:
    _edit(mini, BRIEFING, "issues:\n", 'bottom_line: "Alone."\n\nissues:\n')
    assert "BRF088" in _codes(mini)


def test_home_and_index_lead_with_each_bottom_line_grouped_by_status(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        "issues:\n",
        'bottom_line: "Ours, not theirs."\njudgements:\n  - id: "j"\n'
        '    statement: "S."\n    likelihood: "likely"\n    confidence: "low"\n    basis:\n      questions:\n'
        '        - "new-vote"\n\nissues:\n',
    )
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    for rel in ("index.md", "briefings/index.md"):
        assert "## Current briefings" in pages[rel] and "## Archived briefings" not in pages[rel], rel
        assert "**Our bottom line:** Ours, not theirs." in pages[rel], rel
    assert "1 briefing, current; on 1 page by period" in pages["briefings/index.md"]
    _edit(mini, BRIEFING, "bottom_line:", 'status: "archived"\nbottom_line:')
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    for rel in ("index.md", "briefings/index.md"):
        assert "## Archived briefings" in pages[rel] and "## Current briefings" not in pages[rel], rel
        assert "Archived, not updated since" in pages[rel], rel
    assert "1 briefing, archived; on 1 page by period" in pages["briefings/index.md"]


# --- what to watch ---------------------------------------------------------------------


def test_what_to_watch_lists_open_questions_soonest_first(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        '    question: "Will the council vote again on closing the ferry?"\n',
        '    question: "Will the council vote again on closing the ferry?"\n    horizon: "2025-10"\n',
    )
    text = (mini / BRIEFING).read_text(encoding="utf-8")
    extra = (
        '  - id: "bridge"\n    question: "When will the bridge open?"\n    why: "The closure waits for it."\n'
        '    horizon: "2025-08"\n    settles: "A date for the opening."\n    actors:\n      - "northbridge-council"\n'
        '  - id: "fares"\n    question: "Will fares rise?"\n    why: "x"\n    actors:\n      - "northbridge-council"\n'
    )
    (mini / BRIEFING).write_text(text.replace("\ntimeline:", extra + "\ntimeline:", 1), encoding="utf-8")
    (b,) = _site(mini).briefings
    assert [q.id for q in b.watch] == ["bridge", "new-vote", "fares"], "soonest horizon first, none last"


def test_a_question_past_its_horizon_is_a_warning_unless_reviewed_or_archived(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 1 January 2026
    _edit(
        mini,
        BRIEFING,
        '    question: "Will the council vote again on closing the ferry?"\n',
        '    question: "Will the council vote again on closing the ferry?"\n    horizon: "2025-09"\n',
    )
    assert "BRF085" in _codes(mini)
    _edit(mini, BRIEFING, '    horizon: "2025-09"\n', '    horizon: "2025-09"\n    reviewed: "2025-12-01"\n')
    assert "BRF085" not in _codes(mini)
    _edit(mini, BRIEFING, '    reviewed: "2025-12-01"\n', "")
    _edit(mini, BRIEFING, 'as_of: "2025-07-15"\n', 'as_of: "2025-07-15"\nstatus: "archived"\n')
    assert "BRF085" not in _codes(mini)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1756684800")  # 1 September 2025: not past yet
    _edit(mini, BRIEFING, 'status: "archived"\n', "")
    assert "BRF085" not in _codes(mini)


# --- sources ---------------------------------------------------------------------------


def test_the_source_mix_says_when_it_is_narrow(mini: Path) -> None:
    (b,) = _site(mini).briefings
    mix = b.source_mix
    assert mix is not None and [(o.id, n) for o, n in mix.outlets] == [("northbridge-courier", 1)]
    assert mix.unknown == 1 and mix.countries == ("PT",)
    assert "the outlet of 1 source is not known" in mix.narrow
    # no direct statement from the union: its position rests on the source's report only
    assert "ferry-union" in {a.id for a in mix.no_primary}
    assert "ferreira" not in {a.id for a in mix.no_primary}, "the mayor is quoted in her own words"


def test_citations_are_short_and_the_headline_is_on_the_source_page(mini: Path) -> None:
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    briefing = pages["briefings/harbour-ferry.md"]
    body, sources = briefing.split("## Sources")
    assert "[source 1](../sources/council-votes-to-close-ferry.md#q-" in body, "cited by number, at the passage"
    assert "The Northbridge Courier" not in body, "the outlet and date are said once, in the list of sources"
    assert "Northbridge council votes to close the harbour ferry](" not in body
    assert "1. [Northbridge council votes to close the harbour ferry](../sources/council-votes-to-close-ferry.md)" in (
        sources
    )
    assert "The Northbridge Courier (PT, newspaper), 12 June 2025" in sources


def test_a_passage_quoted_again_on_a_briefing_page_is_shortened(mini: Path) -> None:
    """Say a thing once: the second time a passage is quoted on the page it shows its first words, said to be above."""
    quote = "Some councillors have claimed the ferry loses a million euros a year"
    _edit(
        mini,
        BRIEFING,
        "    rebuttals:\n",
        f'      - source: "mayor-keeps-ferry"\n        quote: "{quote}"\n        kind: "reported"\n    rebuttals:\n',
    )
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    briefing = pages["briefings/harbour-ferry.md"]
    assert briefing.count(f"\u201c{quote}\u201d") == 1
    assert "\u201cSome councillors have claimed the ferry loses a\u2026\u201d \u2014 [source 2](" in briefing
    assert "quoted in full above" in briefing


# --- the feed --------------------------------------------------------------------------


def test_the_feed_has_one_entry_per_edition_and_parses(mini: Path) -> None:
    _two_editions(mini)
    feed = feedparser.parse(atom(_site(mini), SiteIdentity("Briefings", "https://example.org/site/")))
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert [e.title for e in feed.entries] == [
        "The Northbridge harbour ferry: edition of 15 July 2025",
        "The Northbridge harbour ferry: edition of 12 June 2025",
    ]
    latest = feed.entries[0]
    assert latest.link == "https://example.org/site/briefings/harbour-ferry/"
    assert latest.id == "https://example.org/site/briefings/harbour-ferry/2025-07-15", "under the site's address"
    assert latest.updated_parsed[:3] == (2025, 7, 15)
    assert "The change." in latest.summary and "1 new source" in latest.summary
    assert "First edition" in feed.entries[1].summary


def test_the_feed_escapes_what_it_carries(mini: Path) -> None:
    _edit(mini, BRIEFING, 'title: "The Northbridge harbour ferry"', 'title: "Ferry <script>alert(1)</script> & co"')
    text = atom(_site(mini), SiteIdentity("Briefings"))
    assert "<script>" not in text
    assert feedparser.parse(text).entries[0].title.startswith("Ferry <script>alert(1)</script> & co")


# --- the page as a reader gets it (the story, built) -------------------------------------


# ``story_site``: the story built strict, once per worker (tests/conftest.py); read it only.


def _words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"\w", w)])


def visible_article(html: str) -> BeautifulSoup:
    """The article as a reader first sees it: folded <details> show only their summary; no hidden marks."""
    article = BeautifulSoup(html, "html.parser").select_one("article")
    assert article is not None
    for details in article.select("details"):
        summary = details.find("summary")
        for child in list(details.children):
            if child is not summary:
                child.extract()
    for hidden in article.select(".headerlink, [aria-hidden=true], script, style"):
        hidden.decompose()
    return article


def test_judgement_first_word_budgets(story_site: Path) -> None:
    """At most 250 visible words before the matrix; the page at most twice the words of its sources."""
    article = visible_article((story_site / "briefings/coalition-of-the-willing/index.html").read_text("utf-8"))
    text = article.get_text(" ")
    before_matrix = text.split("Stances at a glance")[0]
    sources = 0
    for seed in sorted((STORY / "seeds").glob("*.md")):
        sources += _words(seed.read_text(encoding="utf-8").split("---\n", 2)[2])
    assert _words(before_matrix) <= 250, _words(before_matrix)
    assert _words(text) <= 2 * sources, (_words(text), sources)


def test_the_page_opens_with_the_judgement(story_site: Path) -> None:
    html = (story_site / "briefings/coalition-of-the-willing/index.html").read_text("utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article")
    assert article is not None
    order = [h["id"] for h in article.select("h2[id]")]
    assert order[:5] == ["assessment", "what-changed", "stances", "takeaways", "watch"]
    assert order.index("positions") < order.index("who") < order.index("timeline") < order.index("claims")
    assert order[-1] == "sources"
    box = article.select_one(".bp-assessment")
    assert box is not None and "Our assessment" in box.get_text() and "not the actors' words" in box.get_text()
    assert article.select(".bp-position details.bp-evidence"), "evidence is folded"
    key = box.select_one("details.bp-legend-box")
    assert key is not None, "the scales are explained in the box, not only in tooltips a phone cannot show"
    steps = [li.get_text() for li in key.select("ul")[0].select("li")]
    assert [s.split(":")[0] for s in steps] == [
        "Almost no chance", "Very unlikely", "Unlikely", "Roughly even chance", "Likely", "Very likely", "Almost certain"
    ]  # fmt: skip
    assert steps[0].endswith("1–5%") and steps[-1].endswith("95–99%")
    assert [li.get_text().split(":")[0] for li in key.select("ul")[1].select("li")] == ["Low", "Moderate", "High"]


def test_every_generated_page_describes_itself(story_site: Path) -> None:
    for page, expected in (
        ("briefings/coalition-of-the-willing/index.html", "The coalition promises troops"),
        ("actors/peskov/index.html", "Dmitry Peskov, Kremlin spokesperson: positions"),
        ("sources/putin-rejects-boots-on-the-ground/index.html", "(LBC, 5 September 2025)"),
        ("timeline/index.html", "dated no more precisely than the sources allow"),
    ):
        meta = BeautifulSoup((story_site / page).read_text("utf-8"), "html.parser").find(
            "meta", attrs={"name": "description"}
        )
        assert meta is not None and expected in meta["content"], page


def test_the_feed_and_the_dataset_are_in_the_site(story_site: Path) -> None:
    feed = feedparser.parse((story_site / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 2
    home = (story_site / "index.html").read_text("utf-8")
    assert 'type="application/atom+xml"' in home
    assert (story_site / "data" / "briefings.json").is_file()


def test_generated_pages_link_to_the_file_they_are_made_from(mini: Path, tmp_path: Path) -> None:
    config = mini / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        .replace("theme:\n", "repo_url: https://example.org/team/briefings\nedit_uri: edit/main/docs/\n\ntheme:\n")
        .replace("    - navigation.footer\n", "    - navigation.footer\n    - content.action.edit\n"),
        encoding="utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")]
    done = subprocess.run(cmd, cwd=mini, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

    def edit_link(page: str) -> str:
        html = (tmp_path / "site" / page / "index.html").read_text("utf-8")
        link = BeautifulSoup(html, "html.parser").select_one("a.md-content__button[href]")
        assert link is not None, page
        return str(link["href"])

    assert (
        edit_link("briefings/harbour-ferry")
        == "https://example.org/team/briefings/edit/main/briefings/harbour-ferry.yaml"
    )
    assert (
        edit_link("sources/mayor-keeps-ferry")
        == "https://example.org/team/briefings/edit/main/seeds/mayor-keeps-ferry.md"
    )
    assert edit_link("actors/okafor") == "https://example.org/team/briefings/edit/main/briefings/actors.yaml"
