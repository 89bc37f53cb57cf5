"""Evidence marks an analyst can trust: lapsed horizons, second-hand statements, stale cells, our own words.

Pinned on the mini fixture, edited in a copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.data import tables, web_annotations
from generator.data.export import dataset
from generator.validate import Project
from tests.conftest import codes, edit, linked_site

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
    assert note == f"1 of {b.source_mix.quotations} quotations arrives second-hand: 1 via Harbour <Radio>"
    sources = _pages(mini)[PAGE].split("## Sources")[1]
    assert "second-hand: 1 via Harbour &lt;Radio&gt;." in sources, "counted under the sources, escaped"
    summary = BeautifulSoup(sources, "html.parser").select_one("details summary")
    assert summary is not None and summary.get_text().startswith(
        f"Source mix: 1 of {b.source_mix.quotations} quotations second-hand, "
    ), "each count names its unit and its total"


def test_no_second_hand_note_when_every_statement_is_first_hand(mini: Path) -> None:
    (b,) = linked_site(mini).briefings
    assert b.source_mix is not None and b.source_mix.second_hand_note is None
    assert "second-hand" not in _pages(mini)[PAGE]


def _stale_after(mini: Path, days: int) -> None:
    edit(mini, BRIEFING, 'as_of: "2025-07-15"\n', f'as_of: "2025-07-15"\nstale_after: "{days}"\n')


def _matrix(page: str) -> BeautifulSoup:
    return _section(page, "Stances at a glance")


def test_a_cell_whose_latest_evidence_is_old_is_marked_stale(mini: Path) -> None:
    """The union's only position is from June (its report), the mayor's latest from July: 30 days apart or more."""
    _stale_after(mini, 20)
    (b,) = linked_site(mini).briefings
    union = b.cells[("ferry-union", "ferry-closure")][-1]
    age = b.age_of(union)
    assert age is not None and age > 20 and b.is_stale(union)
    mayor = b.cells[("ferreira", "ferry-closure")][-1]
    assert not b.is_stale(mayor)
    page = _pages(mini)[PAGE]
    matrix = _matrix(page)
    [stale] = matrix.select("td.bp-stale")
    assert stale.select_one(".bp-cell__issue") is not None
    mark = stale.select_one("summary .bp-cell__stale")
    assert mark is not None, "the mark is in the cell's summary: on the table, the phone card and in print"
    assert mark.select_one(".bp-sr").get_text() == f", stale, {age} days old"
    # drawn inline: the character ⌛ (U+231B) is missing from many systems' fonts (Debian's DejaVu shows a box)
    assert mark.select_one("svg.bp-hourglass") is not None and "\u231b" not in page
    assert f"{age} days before the as-of date" in stale.select_one(".bp-cell__who").get_text()
    key = matrix.select_one("figcaption > p")
    assert key is not None and "over 20 days older than 15 Jul 2025" in key.get_text(), "explained once, printed"
    assert "1 of 2 stance cells rests on evidence over 20 days older than the as-of date" in page.split("## Sources")[1]
    [exported] = dataset(linked_site(mini))["briefings"]
    assert exported["stale_after"] == 20
    flags = {(p["actor"], p["stale"], p["age_days"]) for p in exported["positions"]}
    assert ("ferry-union", True, age) in flags
    assert all(not stale for actor, stale, _ in flags if actor == "ferreira"), "the mayor's cell is current"


def test_no_stale_mark_under_the_default_setting_when_the_evidence_is_recent(mini: Path) -> None:
    (b,) = linked_site(mini).briefings
    assert b.stale_after == 90
    page = _pages(mini)[PAGE]
    assert _matrix(page).select(".bp-stale, .bp-cell__stale") == []
    assert "bp-hourglass" not in page and "older than the as-of date" not in page


def test_stale_after_must_be_a_positive_number_of_days(mini: Path) -> None:
    _stale_after(mini, 0)
    assert codes(mini) == ["BRF026"], "an invalid value, named with its field and an example"


REBUTTAL = """    rebuttals:
      - kind: "factual"
        summary: "The article reports that the council's own accounts show a loss of about 200,000 euros."
        evidence:
          - source: "mayor-keeps-ferry"
            quote: "but the council’s own accounts show a loss of about 200,000 euros"
            kind: "framing"
"""


def _claim(mini: Path, old: str, new: str) -> None:
    edit(mini, BRIEFING, old, new)


def test_a_rebuttal_in_our_words_is_an_error_with_a_hint_to_write_a_note(mini: Path) -> None:
    _claim(mini, '            kind: "framing"\n', '            kind: "reported"\n')
    result = build_project(Project.at(mini))
    [found] = result.diagnostics
    assert (found.code, found.key_path) == ("BRF102", "claims[ferry-loses-a-million].rebuttals[0].evidence[0].kind")
    assert "'note:'" in found.hint and "'by:'" in found.hint


def test_a_rebuttal_naming_who_disputes_it_may_quote_their_speech(mini: Path) -> None:
    _claim(
        mini,
        REBUTTAL,
        REBUTTAL.replace('      - kind: "factual"', '      - unnamed: "the accounts"\n        kind: "factual"').replace(
            '"framing"', '"reported"'
        ),
    )
    assert codes(mini) == []


def test_our_note_on_a_claim_is_shown_as_ours(mini: Path) -> None:
    _claim(mini, REBUTTAL, REBUTTAL + '    note: "Neither article gives the <accounts> themselves."\n')
    (b,) = linked_site(mini).briefings
    assert b.claims[0].note == "Neither article gives the <accounts> themselves."
    claims = _section(_pages(mini)[PAGE], "Claims and who disputes them")
    ours = claims.select_one(".bp-ours")
    assert ours is not None and ours.get_text(" ").strip().startswith("**Our note:**")
    assert "&lt;accounts&gt;" in ours.decode() and "<accounts>" not in ours.decode()
    assert "Our note" not in " ".join(d.get_text() for d in claims.select(".bp-disputed"))
    [exported] = dataset(linked_site(mini))["briefings"][0]["claims"]
    assert exported["note"] == "Neither article gives the <accounts> themselves."


SUPPORT = """    support:
      - summary: "The first article reports the council's vote to close it."
        evidence:
          - source: "council-votes-to-close-ferry"
            quote: "Northbridge city council voted on Tuesday to close the harbour ferry at the end of the year."
            kind: "framing"
"""


def test_a_claim_supported_by_another_source_shows_it_cited(mini: Path) -> None:
    _claim(mini, REBUTTAL, REBUTTAL + SUPPORT)
    (b,) = linked_site(mini).briefings
    [support] = b.claims[0].support
    assert [s.id for s in support.sources] == ["council-votes-to-close-ferry"]
    claims = _section(_pages(mini)[PAGE], "Claims and who disputes them")
    mark = claims.select_one(".bp-supported")
    assert mark is not None and mark.get_text() == "Supported by another source, in The Northbridge Courier"
    assert "The support:" in claims.get_text()
    site = linked_site(mini)
    data = dataset(site)
    [exported] = data["briefings"][0]["claims"]
    assert [s["evidence"][0]["source"] for s in exported["support"]] == ["council-votes-to-close-ferry"]
    table = tables.rows(data)
    backing = [(r["backs"], r["claim"]) for r in table["evidence"] if r["backs"] == "support"]
    assert backing == [("support", "harbour-ferry/ferry-loses-a-million")]
    texts = {k: s.body for k, s in site.sources.items()}
    said = [a["body"][0]["value"] for a in web_annotations.collection(data, texts)["first"]["items"]]
    assert "Bears out the claim “Some councillors have claimed" in " ".join(said)


def test_support_from_the_claims_own_source_is_an_error(mini: Path) -> None:
    _claim(
        mini,
        REBUTTAL,
        REBUTTAL
        + SUPPORT.replace("council-votes-to-close-ferry", "mayor-keeps-ferry").replace(
            "Northbridge city council voted on Tuesday to close the harbour ferry at the end of the year.",
            "Some councillors have claimed the ferry loses a million euros a year",
        ),
    )
    assert codes(mini) == ["BRF103"]


def test_support_quoting_someone_unnamed_in_it_is_an_error(mini: Path) -> None:
    _claim(mini, REBUTTAL, REBUTTAL + SUPPORT.replace('"framing"', '"reported"'))
    assert codes(mini) == ["BRF102"]


SECOND_SOURCE = (
    '        quote: "“The ferry is part of who we are.”"\n        kind: "direct"\n',
    '        quote: "“The ferry is part of who we are.”"\n        kind: "direct"\n'
    '      - source: "council-votes-to-close-ferry"\n        quote: "Mayor Ana Ferreira said"\n'
    '        kind: "reported"\n',
)


def _row(matrix: BeautifulSoup, name: str) -> BeautifulSoup:
    return next(tr for tr in matrix.select("tbody tr") if tr.td and tr.th.get_text(" ").startswith(name))


def test_single_source_is_said_once_and_the_exception_marked(mini: Path) -> None:
    """Every position of mini rests on one article each: no cell is marked, the key and the source mix say so."""
    (b,) = linked_site(mini).briefings
    assert b.source_mix is not None and b.source_mix.single_note == "4 of 4 positions and claims rest on one source"
    page = _pages(mini)[PAGE]
    matrix = _matrix(page)
    assert matrix.select(".bp-cell__sources") == [] and "bp-sources" not in page
    assert "Each cell rests on one source." in matrix.select_one("figcaption > p").get_text(), "printed key"
    mix = BeautifulSoup(page.split("## Sources")[1], "html.parser").select_one("details")
    assert mix is not None and mix.summary.get_text() == "Source mix: 4 of 4 positions and claims on one source"
    assert "unmarked means one" in mix.get_text()
    exported = dataset(linked_site(mini))["briefings"][0]["source_mix"]
    assert exported is not None
    assert (exported["positions_and_claims"], exported["single_source"]) == (4, 4), "the same units in the export"
    assert (exported["quotations"], exported["second_hand"]) == (b.source_mix.quotations, 0)
    assert (exported["stance_cells"], exported["stale"]) == (2, 0)


def test_a_corroborated_position_is_marked_where_it_is_read_and_exported(mini: Path) -> None:
    """The mayor's latest position also in the Courier (another outlet than the undated article's, unknown): two
    independent sources; the union's rests on one."""
    edit(mini, BRIEFING, *SECOND_SOURCE)
    (b,) = linked_site(mini).briefings
    assert b.source_mix is not None and b.source_mix.single_note == "3 of 4 positions and claims rest on one source"
    pages = _pages(mini)
    matrix = _matrix(pages[PAGE])
    mayor = _row(matrix, "Ana").select_one("summary .bp-cell__sources")
    assert mayor is not None, "the mark is in the cell's summary: on the table, the phone card and in print"
    assert mayor.get_text() == "②, 2 independent sources"
    assert mayor.select_one(".bp-sr").get_text() == ", 2 independent sources", "read aloud in words"
    assert _row(matrix, "Ferry").select_one(".bp-cell__sources") is None, "one source: unmarked"
    key = matrix.select_one("figcaption > p").get_text()
    assert "② rests on two independent sources" in key and "unmarked, on one" in key
    positions = _section(pages[PAGE], "Positions by issue")
    marked = [d.get("id") for d in positions.select(".bp-position") if d.select_one(".bp-sources")]
    assert len(marked) == 1 and positions.select_one(".bp-sources").get_text() == "2 independent sources"
    actor = BeautifulSoup(pages["actors/ferreira.md"], "html.parser")
    assert [s.get_text() for s in actor.select(".bp-position .bp-sources")] == ["2 independent sources"]
    assert "unless marked with how many independent sources" in actor.get_text()
    exported = {p["id"]: p["independent_sources"] for p in dataset(linked_site(mini))["briefings"][0]["positions"]}
    assert sorted(exported.values()) == [1, 1, 2]
    columns = tables.rows(dataset(linked_site(mini)))["positions"]
    assert sorted(r["independent_sources"] for r in columns) == [1, 1, 2]


def test_two_articles_of_one_outlet_are_one_source(mini: Path) -> None:
    edit(mini, BRIEFING, *SECOND_SOURCE)
    edit(
        mini,
        "seeds/mayor-keeps-ferry.md",
        'headline_by: "annotator"\n',
        'headline_by: "annotator"\noutlet: "northbridge-courier"\n',
    )
    (b,) = linked_site(mini).briefings
    assert [p.independent_sources for p in b.positions] == [1, 1, 1]
    assert _matrix(_pages(mini)[PAGE]).select(".bp-cell__sources") == []


def test_two_outlets_relaying_what_was_said_to_one_agency_are_one_source(mini: Path) -> None:
    relayed = '        via:\n          to: "Harbour Radio"\n'
    old, new = SECOND_SOURCE
    edit(mini, BRIEFING, old, new.replace('"direct"\n', '"direct"\n' + relayed, 1) + relayed)
    (b,) = linked_site(mini).briefings
    assert [p.independent_sources for p in b.positions] == [1, 1, 1], "both report the words told Harbour Radio"


def test_a_claim_borne_out_by_another_outlet_is_marked(mini: Path) -> None:
    _claim(mini, REBUTTAL, REBUTTAL + SUPPORT)
    (b,) = linked_site(mini).briefings
    assert b.claims[0].independent_sources == 2
    claims = _section(_pages(mini)[PAGE], "Claims and who disputes them")
    assert claims.select_one(".bp-sources").get_text() == "2 independent sources"
    [exported] = dataset(linked_site(mini))["briefings"][0]["claims"]
    assert exported["independent_sources"] == 2
