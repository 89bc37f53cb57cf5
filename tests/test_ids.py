"""``ids [TEXT]``: ids with their names, grouped, filtered by any part of id, name, alias or title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import edit


def _ids(project: Path, capsys: pytest.CaptureFixture[str], *text: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--project", str(project), "ids", *text])
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_every_kind_of_id_grouped(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _ids(mini, capsys)
    assert (code, err) == (0, "")
    headings = [line for line in out.splitlines() if line.endswith(":")]
    assert headings == [
        "Actors:",
        "Issues in harbour-ferry:",
        "Sources:",
        "Questions in harbour-ferry:",
        "Claims in harbour-ferry:",
    ]
    assert "  ferreira             Ana Ferreira (person) · also Mayor Ferreira, the mayor" in out.splitlines()
    assert "  ferry-closure  Closing the harbour ferry" in out.splitlines()
    assert "  mayor-keeps-ferry             Mayor Ferreira changes course on the harbour ferry" in out.splitlines()
    assert "  strike    Will the ferry workers strike?" in out.splitlines()


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("THE MAYOR", ["ferreira"]),  # an alias, in any case
        ("okaf", ["okafor"]),  # part of an id
        ("Ferréira", ["ferreira", "mayor-keeps-ferry"]),  # accents optional; a headline
        ("strike", ["strike"]),  # a question
        ("closing", ["ferry-closure", "new-vote"]),  # an issue title, a question
    ],
)
def test_filters_by_any_name(mini: Path, capsys: pytest.CaptureFixture[str], text: str, ids: list[str]) -> None:
    code, out, _ = _ids(mini, capsys, text)
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    assert listed == ids


def test_nothing_matching_exits_1(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _ids(mini, capsys, "zeppelin")
    assert (code, out) == (1, "")
    assert "No ids match 'zeppelin'." in err


def test_lists_what_it_can_read_from_a_broken_project(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = mini / "briefings" / "harbour-ferry.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('stance: "opposes"', 'stance: "oposes"'), encoding="utf-8")
    code, out, err = _ids(mini, capsys, "ferry-closure")
    assert code == 0 and "ferry-closure" in out
    assert "the project has 2 errors" in err


def _with_ids(mini: Path) -> None:
    """Mini with an id on a position and an event, and a judgement."""
    briefing = "briefings/harbour-ferry.yaml"
    edit(mini, briefing, '  - actor: "ferry-union"\n', '  - id: "union-against"\n    actor: "ferry-union"\n')
    edit(mini, briefing, '  - relative: "on Tuesday"\n', '  - id: "council-vote"\n    relative: "on Tuesday"\n')
    edit(
        mini,
        briefing,
        "issues:\n",
        'judgements:\n  - id: "ferry-stays"\n    statement: "The ferry will keep running."\n'
        '    likelihood: "likely"\n    confidence: "moderate"\n    horizon: "2030"\n'
        '    criteria: "The ferry still runs at the end of 2030."\n'
        '    basis:\n      positions: ["union-against"]\n\nissues:\n',
    )


def test_lists_positions_events_claims_and_judgements_with_an_id(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_ids(mini)
    code, out, err = _ids(mini, capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[lines.index("Positions in harbour-ferry:") + 1] == (
        "  union-against  ferry-union opposes on ferry-closure: Calls the council's vote a betrayal of the east shore."
    )
    assert lines[lines.index("Events in harbour-ferry:") + 1] == (
        "  council-vote  10 June 2025: Northbridge council votes to close the harbour ferry at the end of the year."
    )
    assert (
        "  ferry-loses-a-million  Some councillors have claimed that the ferry loses a million euros a year." in lines
    )
    assert "  ferry-stays  The ferry will keep running. (likely)" in lines
    assert not any("ferreira conditional" in line for line in lines)  # a position without an id has none to list


def test_an_actor_filters_its_positions_events_and_claims(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_ids(mini)
    code, out, _ = _ids(mini, capsys, "northbridge-council")
    listed = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    assert (code, listed) == (0, ["northbridge-council", "council-vote", "ferry-loses-a-million"])


def test_json_lists_each_entry_with_its_kind_and_briefing(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_ids(mini)
    code, out, _ = _ids(mini, capsys, "--format", "json", "union")
    assert code == 0
    items = json.loads(out)
    assert [(i["kind"], i["briefing"], i["id"]) for i in items] == [
        ("actor", None, "ferry-union"),
        ("position", "harbour-ferry", "union-against"),
    ]
    assert items[1]["also"] == ["ferry-union", "ferry-closure"]


def test_json_with_nothing_matching_is_an_empty_list_and_exit_1(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _ids(mini, capsys, "--format", "json", "zeppelin")
    assert (code, json.loads(out)) == (1, [])
    assert "No ids match 'zeppelin'." in err
