"""The analyst's model: propositions, attribution, honest dates, claims from every side, the dataset.

Pinned on the mini fixture (tests/fixtures/mini), edited in a temporary copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from generator.cli import main
from generator.data import export
from generator.inputs.dates import Basis
from tests.conftest import codes as _codes
from tests.conftest import edit as _edit
from tests.conftest import linked_site as _site

BRIEFING = "briefings/harbour-ferry.yaml"
REGISTRY = "briefings/actors.yaml"
ROOT = Path(__file__).resolve().parents[1]


# --- dates: said, reported, never more precise than the basis ---------------------------


def test_a_position_without_said_on_is_dated_by_its_report(mini: Path) -> None:
    (b,) = _site(mini).briefings
    union = next(p for p in b.positions if p.actor.id == "ferry-union")
    assert union.dating is not None and union.dating.basis is Basis.REPORT
    assert union.dating.text == "by 12 June 2025"


def test_a_report_date_keeps_the_sources_precision(mini: Path) -> None:
    """The second seed is dated only to the month: a position from it is "by July 2025", never a day."""
    (b,) = _site(mini).briefings
    later = [p for p in b.positions if p.actor.id == "ferreira"][-1]
    assert later.dating is not None
    assert later.dating.text == "by July 2025"


def test_relative_words_from_an_approximate_source_are_approximate(mini: Path) -> None:
    _edit(
        mini,
        "seeds/council-votes-to-close-ferry.md",
        'published: "2025-06-12"\n',
        'inferred_date:\n  date: "2025-06-12"\n  precision: "approximate"\n  basis: "outside"\n  reason: "x"\n',
    )
    (b,) = _site(mini).briefings
    vote = b.timeline[0]
    assert vote.dating.relative == "on Tuesday"
    assert vote.when.approximate and vote.dating.text.startswith("about ")


def test_said_on_from_the_articles_words(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        '    summary: "Now says the ferry should stay open for good."\n',
        '    summary: "Now says the ferry should stay open for good."\n    said_on:\n      relative: "last week"\n',
    )
    (b,) = _site(mini).briefings
    later = [p for p in b.positions if p.actor.id == "ferreira"][-1]
    assert later.dating is not None and later.dating.basis is Basis.RELATIVE
    assert later.dating.text == "about July 2025"


def test_an_outside_date_is_marked_and_other_dates_are_kept(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        '  - relative: "on Tuesday"\n',
        '  - relative: "on Tuesday"\n    other_dates:\n      - date: "2025-06-11"\n        outside: "The minutes."\n',
    )
    (b,) = _site(mini).briefings
    vote = b.timeline[0]
    (other,) = vote.other_dates
    assert other.dating.basis is Basis.OUTSIDE and other.dating.note == "The minutes."
    assert vote.dating.text == "10 June 2025"


def test_a_future_event_at_the_end_of_the_year(mini: Path) -> None:
    (b,) = _site(mini).briefings
    closing = b.timeline[-1]
    assert closing.dating.text == "December 2025"


# --- attribution ------------------------------------------------------------------------


def test_a_spokesperson_speaks_for_the_principal_and_is_named(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        '        quote: "The ferry workers’ union called the vote “a betrayal of the east shore”."\n'
        '        kind: "reported"\n',
        '        quote: "The ferry workers’ union called the vote “a betrayal of the east shore”."\n'
        '        kind: "reported"\n'
        '      - source: "council-votes-to-close-ferry"\n'
        '        quote: "Union leader Tom Okafor said his members would strike if the ferry stops"\n'
        '        kind: "reported"\n'
        '        speaker: "okafor"\n',
    )
    site = _site(mini)
    (b,) = site.briefings
    union = next(p for p in b.positions if p.actor.id == "ferry-union")
    assert union.voices == ("Tom Okafor",)
    assert [a.id for a in b.voices_of(union.actor)] == ["okafor"]
    assert "okafor" not in {a.id for a in b.principals}
    assert [p.anchor for p in site.statements_by_actor["okafor"]] == [union.anchor]


def test_a_speaker_who_does_not_speak_for_the_actor_is_an_error(mini: Path) -> None:
    _edit(
        mini,
        BRIEFING,
        '        quote: "The ferry workers’ union called the vote “a betrayal of the east shore”."\n'
        '        kind: "reported"\n',
        '        quote: "The ferry workers’ union called the vote “a betrayal of the east shore”."\n'
        '        kind: "reported"\n'
        '        speaker: "ferreira"\n',
    )
    assert "BRF055" in _codes(mini)


def test_the_matrix_orders_by_side_then_standing_not_by_count(mini: Path) -> None:
    """Ferreira holds two positions and the union one; the side order given puts the union first."""
    _edit(
        mini,
        BRIEFING,
        "issues:\n",
        'sides:\n  - id: "workers"\n    name: "Workers"\n    actors:\n      - "ferry-union"\n'
        '  - id: "town"\n    name: "Town hall"\n    actors:\n      - "ferreira"\n\nissues:\n',
    )
    (b,) = _site(mini).briefings
    assert [a.id for a in b.principals] == ["ferry-union", "ferreira"]
    assert [(s.id if s else None, [a.id for a in actors]) for s, actors in b.by_side(b.principals)] == [
        ("workers", ["ferry-union"]),
        ("town", ["ferreira"]),
    ]


def test_actors_who_only_appear_in_events_are_bystanders_not_principals(mini: Path) -> None:
    (b,) = _site(mini).briefings
    assert "northbridge-council" in {a.id for a in b.bystanders}
    assert "northbridge-council" not in {a.id for a in b.principals}


def test_one_quote_backs_opposite_stances_only_within_one_issue(mini: Path) -> None:
    """The same words may support one proposition and oppose another; on one proposition they cannot."""
    _edit(
        mini,
        BRIEFING,
        '    description: "Whether the harbour ferry should stop running once a new bridge opens."\n',
        '    description: "Whether the harbour ferry should stop running once a new bridge opens."\n'
        '  - id: "ferry-kept"\n    title: "Keeping the ferry"\n    proposition: "The ferry should be kept."\n',
    )
    text = (mini / BRIEFING).read_text(encoding="utf-8")
    kept = (
        '  - actor: "ferreira"\n    issue: "ferry-kept"\n    stance: "supports"\n    summary: "Wants it kept."\n'
        '    evidence:\n      - source: "mayor-keeps-ferry"\n        quote: "“The ferry is part of who we are.”"\n'
        '        kind: "direct"\n'
    )
    (mini / BRIEFING).write_text(text.replace("\nquestions:", "\n" + kept + "\nquestions:", 1), encoding="utf-8")
    assert "BRF064" not in _codes(mini)


# --- claims from every side -----------------------------------------------------------


def test_a_rebuttal_from_the_claims_own_source_is_the_source_itself(mini: Path) -> None:
    (b,) = _site(mini).briefings
    (claim,) = b.claims
    (rebuttal,) = claim.rebuttals
    assert rebuttal.voice == "source" and not rebuttal.other_source


def test_a_claim_may_stand_undisputed(mini: Path) -> None:
    text = (mini / BRIEFING).read_text(encoding="utf-8")
    (mini / BRIEFING).write_text(text[: text.index("    rebuttals:")], encoding="utf-8")
    (b,) = _site(mini).briefings
    assert b.claims[0].rebuttals == ()


def test_unnamed_rebutters_are_shown_as_unnamed(mini: Path) -> None:
    _edit(mini, BRIEFING, '      - kind: "factual"\n', '      - unnamed: "auditors"\n        kind: "factual"\n')
    (b,) = _site(mini).briefings
    assert b.claims[0].rebuttals[0].voice == "unnamed"


# --- the dataset -------------------------------------------------------------------------


def test_the_dataset_validates_against_its_schema(mini: Path) -> None:
    data = export.dataset(_site(mini))
    schema = json.loads((ROOT / "schemas" / "dataset.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert schema == json.loads(json.dumps(export.json_schema()))


def test_the_dataset_keeps_the_yaml_ids_and_the_attribution(mini: Path) -> None:
    data = export.dataset(_site(mini))
    assert [s["id"] for s in data["sources"]] == ["council-votes-to-close-ferry", "mayor-keeps-ferry"]
    assert {a["id"] for a in data["actors"]} == {"ferreira", "okafor", "northbridge-council", "ferry-union"}
    (b,) = data["briefings"]
    assert b["id"] == "harbour-ferry"
    assert b["issues"][0]["proposition"] == "The harbour ferry should stop running once the new bridge opens."
    first = b["positions"][0]
    assert first["said_on"] is not None and first["said_on"]["basis"] == "report"
    assert first["evidence"][0]["kind"] == "reported"
    later = next(p for p in b["positions"] if p["id"] == "ferreira-ferry-closure-2")
    assert [e["kind"] for e in later["evidence"]] == ["reported", "direct"]
    assert b["claims"][0]["rebuttals"][0]["voice"] == "source"
    assert b["events"][0]["date"]["relative"] == "on Tuesday"
    relation = next(a for a in data["actors"] if a["id"] == "okafor")["relations"][0]
    assert relation["evidence"][0]["quote"] == "Union leader Tom Okafor"


def test_export_writes_a_file_and_refuses_a_folder(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "data.json"
    assert main(["--project", str(mini), "export", "--format", "json", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format_version"] == export.FORMAT_VERSION
    assert main(["--project", str(mini), "export", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_export_with_errors_writes_nothing(mini: Path, tmp_path: Path) -> None:
    _edit(mini, BRIEFING, 'actor: "ferreira"', 'actor: "ferriera"')
    out = tmp_path / "data.json"
    assert main(["--project", str(mini), "export", "--out", str(out)]) == 1
    assert not out.exists()
