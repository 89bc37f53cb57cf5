"""``draft`` links what it finds to what the briefings already have: propositions, open questions, events.

Pinned on the mini fixture with one more article (tests/fixtures/links/toll-row.md) and a second issue.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.authoring.links import Linker
from generator.cli import main
from generator.inputs import dates
from generator.validate import Project, validate
from generator.vocabulary import Precision
from tests.conftest import FIXTURES, edit

BRIEFING = "briefings/harbour-ferry.yaml"
TOLL = (
    '  - id: "bridge-toll"\n    title: "A toll on the new bridge"\n'
    '    proposition: "The new bridge should charge drivers a toll."\n\n'
)


def _with_toll_row(mini: Path) -> Path:
    shutil.copy(FIXTURES / "links" / "toll-row.md", mini / "seeds" / "toll-row.md")
    edit(mini, BRIEFING, "\npositions:\n", "\n" + TOLL + "positions:\n")
    return mini


def _draft(mini: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    code = main(["--project", str(mini), "draft", "toll-row", "--dry-run"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _position_after(text: str, context: str) -> str:
    """The draft's position block whose context comment starts with ``context``."""
    start = text.index(f"  # {context}")
    end = text.find("\n  # ", text.index("  - actor:", start))
    return text[start:end]


def test_a_statement_gets_the_propositions_it_likely_bears_on_ranked(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _draft(_with_toll_row(mini), capsys)
    toll = _position_after(text, "Mayor Ana Ferreira said a toll")
    assert '    # issue: "bridge-toll"  # TODO: check it' in toll
    ranked = re.findall(r"#   ([a-z-]+): words: ([^;\n]+)", toll)
    assert [i for i, _ in ranked] == ["bridge-toll", "ferry-closure"]
    assert "toll" in ranked[0][1].split(", ")
    union = _position_after(text, "Tom Okafor said the union")
    assert '    # issue: "ferry-closure"' in union
    assert "positions by ferry-union" in union  # the principal holds a position on it


def test_a_statement_names_the_open_question_it_may_settle(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _draft(_with_toll_row(mini), capsys)
    council = _position_after(text, "The council said it would decide")
    (words,) = re.findall(
        r"# may settle the open question new-vote \(words: ([^;]+); about northbridge-council\)", council
    )
    assert "vote" in words.split(", ")
    assert "open question strike" not in text  # answered: nothing left to settle


def test_a_dated_sentence_that_looks_like_an_event_says_which(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_toll_row(mini)
    line = 1 + (mini / BRIEFING).read_text(encoding="utf-8").splitlines().index('  - relative: "on Tuesday"')
    text = _draft(mini, capsys)
    assert f"# looks like the event at {BRIEFING}:{line} (10 June 2025, 1 day apart; words:" in text
    edit(mini, BRIEFING, '  - relative: "on Tuesday"', '  - id: "council-vote"\n    relative: "on Tuesday"')
    text = _draft(mini, capsys)
    assert "# looks like `council-vote` (10 June 2025, 1 day apart; words:" in text
    assert "actors: northbridge-council): add this quote to its" in text


def test_the_draft_with_links_is_yaml_and_its_issue_line_uncommented_is_an_issue(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _draft(_with_toll_row(mini), capsys)
    assert yaml.safe_load(text)["source"] == "toll-row"
    chosen = re.findall(r'^    # issue: "([a-z-]*)"', text, flags=re.M)
    assert chosen and set(chosen) <= {"bridge-toll", "ferry-closure"}


def test_no_briefing_no_links(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    shutil.copy(FIXTURES / "links" / "toll-row.md", tmp_path / "seeds" / "toll-row.md")
    text = _draft(tmp_path, capsys)
    assert '    # issue: ""  # TODO: an issue id of the briefing' in text
    assert "looks like" not in text and "may settle" not in text


@pytest.mark.parametrize(
    ("day", "unit", "linked"),
    [
        ("2025-06-13", Precision.DAY, True),  # three days after the vote
        ("2025-06-14", Precision.DAY, False),  # four
        ("2025-06-30", Precision.MONTH, True),  # June: the vote may be the month's event
        ("2025-07-01", Precision.MONTH, False),
    ],
)
def test_an_event_is_linked_only_within_a_few_days(mini: Path, day: str, unit: Precision, linked: bool) -> None:
    inputs, _ = validate(Project.at(mini))
    when = dates.When(dt.date.fromisoformat(day), unit)
    found = Linker.of(inputs).event("The council voted to close the harbour ferry.", ["northbridge-council"], when)
    assert (found is not None) == linked
