"""Judgements an analyst is held to: horizon, what settles them, reasoning, evidence for and against, outcome.

Pinned on the mini fixture, edited in a copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.model import probability, track_record
from generator.validate import Project
from generator.vocabulary import Likelihood, Outcome
from tests.conftest import codes, edit, linked_site

BRIEFING = "briefings/harbour-ferry.yaml"

FULL = """bottom_line: "The ferry stays."
judgements:
  - id: "ferry-stays"
    statement: "The ferry will still run at the end of the year."
    likelihood: "likely"
    confidence: "low"
    horizon: "2025-12"
    question: "new-vote"
    reasoning: "The mayor now wants it kept & the council has not voted again."
    basis:
      questions:
        - "strike"
    against:
      claims:
        - "ferry-loses-a-million"
    assumptions:
      - "The council keeps its budget."
    indicators:
      - "The bridge opens early."
      - indicator: "A second vote is called."
        question: "new-vote"
    alternative: "The losses could push the council to close it <anyway>."
"""


def _with(mini: Path, judgements: str) -> None:
    edit(mini, BRIEFING, "issues:\n", judgements + "\nissues:\n")


def _assessment(mini: Path) -> BeautifulSoup:
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    page = pages["briefings/harbour-ferry.md"]
    return BeautifulSoup(page.split("## Our assessment")[1].split("## Stances at a glance")[0], "html.parser")


def test_a_judgement_links_what_settles_it_and_what_cuts_against_it(mini: Path) -> None:
    _with(mini, FULL)
    (b,) = linked_site(mini).briefings
    (j,) = b.judgements
    assert j.horizon is not None and j.horizon.text == "December 2025"
    assert j.question is not None and j.question.id == "new-vote"
    assert [q.id for q in j.questions] == ["strike"], "the basis holds only what supports it"
    assert [getattr(x, "id", None) for x in j.against] == ["ferry-loses-a-million"]
    assert [(i.indicator, i.question.id if i.question else None) for i in j.indicators] == [
        ("The bridge opens early.", None),
        ("A second vote is called.", "new-vote"),
    ]
    assert j.assumptions == ("The council keeps its budget.",)


def test_the_page_shows_support_and_counter_evidence_apart(mini: Path) -> None:
    _with(mini, FULL)
    text = _assessment(mini).get_text(" ")
    assert "by December 2025" in text and "Settled by:" in text
    supports, against = text.split("Cuts against it:")
    assert "ferry-loses-a-million" not in supports.split("Rests on")[1].replace("1 against", "")
    assert "Claim:" in against and "Question:" not in against
    assert "Rests on 1 question; 1 against" in text
    assert "Room for disagreement:" in text and "What would change our view:" in text and "Assumes:" in text
    assert "council has not voted again" in text


def test_text_from_the_yaml_is_escaped(mini: Path) -> None:
    _with(mini, FULL)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    page = pages["briefings/harbour-ferry.md"]
    assert "<anyway>" not in page and "&lt;anyway&gt;" in page


def test_an_unresolved_judgement_past_its_horizon_is_marked_on_the_page(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 1 January 2026, as the check's BRF101 counts
    _with(mini, FULL)
    assert _assessment(mini).select_one(".bp-lapsed") is not None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 1 December 2025: not past December 2025 yet
    assert _assessment(mini).select_one(".bp-lapsed") is None


def test_room_for_disagreement_is_not_run_into_the_list_above_it(mini: Path) -> None:
    _with(mini, FULL)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    assert "\n\n**Room for disagreement:**" in pages["briefings/harbour-ferry.md"]


def test_an_outcome_is_shown_with_our_note_and_its_evidence(mini: Path) -> None:
    outcome = (
        '    outcome:\n      result: "happened"\n      on: "2025-07-15"\n      note: "It ran all summer."\n'
        '      evidence:\n        - source: "mayor-keeps-ferry"\n'
        '          quote: "Tom Okafor welcomed the change and said the strike is off."\n'
    )
    _with(mini, FULL.replace('horizon: "2025-12"', 'horizon: "2025-06"') + outcome)
    (b,) = linked_site(mini).briefings
    (j,) = b.judgements
    assert j.outcome is not None and j.outcome.result is Outcome.HAPPENED
    assert [ev.source.id for ev in j.outcome.evidence] == ["mayor-keeps-ferry"]
    soup = _assessment(mini)
    assert soup.select_one(".bp-lapsed") is None, "a resolved judgement is not lapsed"
    mark = soup.select_one(".bp-outcome--happened")
    assert mark is not None and "Happened" in mark.get_text()
    assert "Our note: It ran all summer." in soup.get_text(" ")


def test_a_reference_against_a_judgement_must_resolve(mini: Path) -> None:
    _with(mini, FULL.replace('        - "ferry-loses-a-million"', '        - "no-such-claim"'))
    assert codes(mini).count("BRF083") == 1


def test_an_outcome_quote_must_be_in_its_source(mini: Path) -> None:
    outcome = (
        '    outcome:\n      result: "void"\n      on: "2025-07-15"\n'
        '      evidence:\n        - source: "mayor-keeps-ferry"\n          quote: "Words the article never printed."\n'
    )
    _with(mini, FULL + outcome)
    assert "BRF050" in codes(mini)


# --- the track record ------------------------------------------------------------------

RESOLVED = """bottom_line: "Three judgements, resolved."
editions:
  - date: "2025-06-12"
  - date: "2025-07-15"
judgements:
  - id: "kept"
    statement: "The ferry runs through July."
    likelihood: "very-likely"
    confidence: "low"
    horizon: "2025-07"
    history:
      - date: "2025-06-12"
        likelihood: "unlikely"
        why: "The council had just voted to close it."
    basis:
      questions:
        - "new-vote"
    outcome:
      result: "happened"
      on: "2025-07-01"
  - id: "strike"
    statement: "The union strikes in July."
    likelihood: "likely"
    confidence: "low"
    horizon: "2025-07"
    basis:
      questions:
        - "strike"
    outcome:
      result: "did-not-happen"
      on: "2025-07-15"
  - id: "vote"
    statement: "The council votes again by July."
    likelihood: "almost-certain"
    confidence: "low"
    horizon: "2025-07"
    basis:
      questions:
        - "new-vote"
    outcome:
      result: "void"
      on: "2025-07-15"
  - id: "open"
    statement: "The bridge opens by June."
    likelihood: "roughly-even-chance"
    confidence: "low"
    horizon: "2025-06"
    basis:
      questions:
        - "new-vote"
"""


def test_the_brier_score_worked_by_hand(mini: Path) -> None:
    """'kept' resolved on 1 July, before the July edition: scored at its June likelihood, unlikely (20–45%: 0.325),
    and it happened: (0.325 − 1)² = 0.455625. 'strike' resolved on 15 July, the day of the edition that judged it
    likely (55–80%: 0.675), and did not happen: (0.675 − 0)² = 0.455625. 'vote' is void: left out.
    Brier = (0.455625 + 0.455625) / 2 = 0.455625."""
    _with(mini, RESOLVED)
    site = linked_site(mini)
    record = track_record(site, dt.date(2026, 1, 1))
    assert [j.id for _, j in record.resolved] == ["strike", "vote", "kept"]
    assert [j.id for _, j in record.scored] == ["strike", "kept"]
    kept = next(j for _, j in record.resolved if j.id == "kept")
    assert kept.scored_likelihood is Likelihood.UNLIKELY and probability(kept.scored_likelihood) == 0.325
    brier = record.brier()
    assert brier is not None and abs(brier - 0.455625) < 1e-12
    assert record.brier("harbour-ferry") == brier and record.brier("other") is None
    bands = {row.likelihood: (row.judgements, row.happened) for row in record.calibration}
    assert bands[Likelihood.UNLIKELY] == (1, 1) and bands[Likelihood.LIKELY] == (1, 0)
    assert bands[Likelihood.ALMOST_CERTAIN] == (0, 0), "a void judgement is not counted"
    assert [j.id for _, j in record.lapsed] == ["open"]


def test_the_track_record_page(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 1 January 2026
    _with(mini, RESOLVED)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    soup = BeautifulSoup(pages["track-record.md"], "html.parser")
    text = soup.get_text(" ")
    assert "| **All briefings** | 2 | **0.456** |" in pages["track-record.md"]
    assert "| Unlikely | 20–45% | 0.325 | 1 | 1 |" in pages["track-record.md"]
    resolved = text.split("## Resolved judgements")[1].split("## Past their horizon")[0]
    assert "12 June 2025: Unlikely (The council had just voted to close it.) → 15 July 2025: Very likely" in resolved
    assert "The bridge opens by June." in text.split("## Past their horizon, not resolved")[1]


def test_no_resolved_judgement_says_there_is_nothing_to_score(mini: Path) -> None:
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    assert "nothing to score" in pages["track-record.md"] and "Brier score |" not in pages["track-record.md"]


# --- the export ------------------------------------------------------------------------


def test_the_export_carries_the_assessment(mini: Path) -> None:
    import sqlite3

    from generator.data.export import dataset
    from generator.data.tables import sqlite_bytes

    _with(
        mini,
        RESOLVED.replace(
            '    basis:\n      questions:\n        - "strike"\n',
            '    basis:\n      questions:\n        - "strike"\n    against:\n      claims:\n        - "ferry-loses-a-million"\n',
            1,
        ),
    )
    data = dataset(linked_site(mini))
    (b,) = data["briefings"]
    assert b["status"] == "live" and b["bottom_line"] == "Three judgements, resolved."
    assert [e["date"] for e in b["editions"]] == ["2025-06-12", "2025-07-15"]
    strike = next(j for j in b["judgements"] if j["id"] == "strike")
    assert [(x["kind"], x["id"], x["direction"]) for x in strike["basis"]] == [
        ("question", "strike", "supports"),
        ("claim", "ferry-loses-a-million", "against"),
    ]
    kept = next(j for j in b["judgements"] if j["id"] == "kept")
    assert [s["likelihood"] for s in kept["history"]] == ["unlikely", "very-likely"]
    assert kept["outcome"] is not None and kept["outcome"]["scored_at"] == 0.325
    void = next(j for j in b["judgements"] if j["id"] == "vote")
    assert void["outcome"] is not None and void["outcome"]["scored_at"] is None
    db = Path(mini) / "out.db"
    db.write_bytes(sqlite_bytes(data))
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT key, outcome_result, outcome_scored_at FROM judgements ORDER BY key").fetchall()
    assert ("harbour-ferry/kept", "happened", 0.325) in rows and len(rows) == 4
