"""``ids [TEXT]``: ids with their names, grouped, filtered by any part of id, name, alias or title."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main


def _ids(project: Path, capsys: pytest.CaptureFixture[str], *text: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--project", str(project), "ids", *text])
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_every_kind_of_id_grouped(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _ids(mini, capsys)
    assert (code, err) == (0, "")
    headings = [line for line in out.splitlines() if line.endswith(":")]
    assert headings == ["Actors:", "Issues in harbour-ferry:", "Sources:", "Questions in harbour-ferry:"]
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
