"""Stage 2: schema errors mapped onto lines, cross-file checks, warnings."""

from __future__ import annotations

from pathlib import Path

from generator.build import build_project
from generator.diagnostics import Diagnostic
from generator.validate import Project

BRIEFING = "briefings/coalition-of-the-willing.yaml"


def _edit(root: Path, rel: str, old: str, new: str, count: int = 1) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _check(root: Path) -> list[Diagnostic]:
    return build_project(Project.at(root)).diagnostics


def _line_of(root: Path, rel: str, needle: str, nth: int = 0) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return [i + 1 for i, line in enumerate(lines) if needle in line][nth]


def test_the_story_is_clean(story: Path) -> None:
    assert _check(story) == []


def test_unknown_actor_points_at_the_value_and_suggests(story: Path) -> None:
    line = _line_of(story, BRIEFING, 'actor: "putin"')
    _edit(story, BRIEFING, 'actor: "putin"', 'actor: "putn"')
    (d,) = _check(story)
    assert (d.path, d.line, d.column, d.code) == (BRIEFING, line, 12, "BRF040")
    assert d.hint == "did you mean 'putin'?"
    assert d.key_path.startswith("positions[") and d.key_path.endswith("].actor")


def test_unknown_actor_by_alias_suggests_the_id(story: Path) -> None:
    _edit(story, BRIEFING, 'actor: "putin"', 'actor: "vladimir-putin"')
    (d,) = _check(story)
    assert d.code == "BRF040" and d.hint == "did you mean 'putin'?"


def test_quote_not_found_shows_the_closest_passage(story: Path) -> None:
    _edit(story, BRIEFING, "Definitely not, they cannot.", "Definitely not, they can not.")
    found = _check(story)
    assert {d.code for d in found} == {"BRF050"}
    assert "closest passage:" in found[0].hint and "Definitely not, they cannot" in found[0].hint
    assert 'the source has "cannot."' in found[0].hint


def test_schema_errors_are_located_and_explained(story: Path) -> None:
    _edit(story, BRIEFING, "    stance: ", "    stanse: ")
    _edit(story, BRIEFING, 'stance: "supports"', 'stance: "suports"')
    _edit(story, BRIEFING, '  - id: "ceasefire"', '  - id: "Ceasefire Terms"')
    found = _check(story)
    codes = [d.code for d in found]
    assert "BRF020" in codes and "BRF021" in codes and "BRF023" in codes and "BRF024" in codes
    unknown = next(d for d in found if d.code == "BRF020")
    assert unknown.hint == "did you mean 'stance'?"
    assert unknown.line == _line_of(story, BRIEFING, "stanse:")
    vocab = next(d for d in found if d.code == "BRF023")
    assert vocab.hint == "did you mean 'supports'?"


def test_all_problems_in_all_files_in_one_run_sorted(story: Path) -> None:
    _edit(story, BRIEFING, 'actor: "putin"', 'actor: "putn"')
    _edit(story, BRIEFING, "    stance: ", "    stanse: ")
    _edit(story, "briefings/actors.yaml", 'kind: "alliance"', 'kind: "aliance"')
    found = _check(story)
    assert found == sorted(found)
    assert {d.path for d in found} == {BRIEFING, "briefings/actors.yaml"}
    assert {"BRF040", "BRF020", "BRF023"} <= {d.code for d in found}


def test_relative_date_must_match_the_date_given(story: Path) -> None:
    line = _line_of(story, BRIEFING, 'relative: "on Tuesday"')
    text = (story / BRIEFING).read_text(encoding="utf-8").splitlines()
    date_line = next(i for i in range(line - 3, line + 3) if "date:" in text[i - 1] and "2025-03-18" in text[i - 1])
    # the source's date is inferred, about 17 March: "on Tuesday" is about 18 March, so only a date well off is wrong
    _edit(story, BRIEFING, text[date_line - 1], text[date_line - 1].replace("2025-03-18", "2025-03-28"))
    (d,) = _check(story)
    assert d.code == "BRF052" and d.line == date_line
    assert "is about 18 March 2025, not 2025-03-28" in d.message


def test_warnings(story: Path) -> None:
    registry = story / "briefings/actors.yaml"
    registry.write_text(
        registry.read_text(encoding="utf-8") + '  - id: "nobody"\n    name: "Nobody"\n    kind: "person"\n',
        encoding="utf-8",
    )
    (story / "seeds/uncited.md").write_text('---\nid: "uncited"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    found = _check(story)
    assert {d.code for d in found} == {"BRF060", "BRF061"}
    assert all(d.severity.value == "warning" for d in found)


def test_one_quote_for_opposite_stances_is_a_warning(story: Path) -> None:
    _edit(story, BRIEFING, 'stance: "tentative"', 'stance: "supports"')
    _edit(
        story,
        BRIEFING,
        "the White House has refused to do",
        "the White House has refused to do",
    )
    # Trump's March position (opposes) and the White House's share a quote; flip the White House to supports
    text = (story / BRIEFING).read_text(encoding="utf-8")
    start = text.index('actor: "white-house"')
    stance_at = text.index('stance: "opposes"', start)
    (story / BRIEFING).write_text(text[:stance_at] + 'stance: "supports"' + text[stance_at + 17 :], encoding="utf-8")
    assert "BRF064" in {d.code for d in _check(story)}


def test_a_broken_seed_is_one_error_not_one_per_citation(story: Path) -> None:
    _edit(story, "seeds/starmer-coalition-bluff.md", 'headline_by: "annotator"\n', "")
    found = _check(story)
    assert [(d.path, d.code) for d in found] == [("seeds/starmer-coalition-bluff.md", "BRF021")]


def test_missing_folders_are_reported(tmp_path: Path) -> None:
    assert {d.code for d in _check(tmp_path)} == {"BRF070"}


def test_a_position_change_over_time_keeps_both_in_order(story: Path) -> None:
    site = build_project(Project.at(story)).site
    assert site is not None
    trump = [p for p in site.positions_by_actor["trump"] if p.issue.id == "us-guarantee"]
    assert [(p.stance.value, p.as_of.isoformat()) for p in trump] == [
        ("opposes", "2025-03-17"),
        ("tentative", "2025-09-05"),
    ]
