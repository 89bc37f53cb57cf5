"""Stage 2: schema errors mapped onto lines, cross-file checks, warnings."""

from __future__ import annotations

from pathlib import Path

from generator.build.pipeline import build_project
from generator.diagnostics import Diagnostic
from generator.validate import Project
from tests.conftest import edit as _edit

BRIEFING = "briefings/coalition-of-the-willing.yaml"


def _check(root: Path) -> list[Diagnostic]:
    return build_project(Project.at(root)).diagnostics


def _line_of(root: Path, rel: str, needle: str, nth: int = 0) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return [i + 1 for i, line in enumerate(lines) if needle in line][nth]


def test_the_story_is_clean(story: Path) -> None:
    assert _check(story) == []


def test_unknown_actor_points_at_the_value_and_suggests(story: Path) -> None:
    line = _line_of(story, BRIEFING, 'actor: "russia"')
    _edit(story, BRIEFING, 'actor: "russia"', 'actor: "rusia"')
    (d,) = _check(story)
    assert (d.path, d.line, d.column, d.code) == (BRIEFING, line, 12, "BRF040")
    assert d.hint == "did you mean 'russia'?"
    assert d.key_path.startswith("positions[") and d.key_path.endswith("].actor")


def test_a_diagnostic_names_an_item_with_an_id_by_its_id_not_its_index(story: Path) -> None:
    line = _line_of(story, BRIEFING, 'id: "uk-foreign-troops"') + 1
    _edit(
        story, BRIEFING, '  - id: "uk-foreign-troops"\n    actor: "uk"', '  - id: "uk-foreign-troops"\n    actor: "ukk"'
    )
    (d,) = _check(story)
    assert (d.line, d.code, d.key_path) == (line, "BRF040", "positions[uk-foreign-troops].actor")
    assert "(at positions[uk-foreign-troops].actor)" in d.format()


def test_unknown_actor_by_alias_suggests_the_id(story: Path) -> None:
    _edit(story, BRIEFING, 'actor: "rogov"', 'actor: "vladimir-rogov"')
    (d,) = _check(story)
    assert d.code == "BRF040" and d.hint == "did you mean 'rogov'?"


def test_quote_not_found_shows_the_closest_passage(story: Path) -> None:
    _edit(story, BRIEFING, "Definitely not, they cannot.", "Definitely not, they can not.")
    found = _check(story)
    assert {d.code for d in found} == {"BRF050"}
    assert "closest passage:" in found[0].hint and "Definitely not, they cannot" in found[0].hint
    assert 'the source has "cannot."' in found[0].hint


def test_schema_errors_are_located_and_explained(story: Path) -> None:
    _edit(story, BRIEFING, "    stance: ", "    stanse: ")
    _edit(story, BRIEFING, 'stance: "supports"', 'stance: "suports"')
    _edit(story, BRIEFING, '  - id: "us-broker"', '  - id: "US Broker"')
    found = _check(story)
    codes = [d.code for d in found]
    assert "BRF020" in codes and "BRF021" in codes and "BRF023" in codes and "BRF024" in codes
    unknown = next(d for d in found if d.code == "BRF020")
    assert unknown.hint == "did you mean 'stance'?"
    assert unknown.line == _line_of(story, BRIEFING, "stanse:")
    vocab = next(d for d in found if d.code == "BRF023")
    assert vocab.hint == "did you mean 'supports'?"


def test_all_problems_in_all_files_in_one_run_sorted(story: Path) -> None:
    _edit(story, BRIEFING, 'actor: "rogov"', 'actor: "rogv"')
    _edit(story, BRIEFING, "    stance: ", "    stanse: ")
    _edit(story, "briefings/actors.yaml", 'kind: "alliance"', 'kind: "aliance"')
    found = _check(story)
    assert found == sorted(found)
    assert {d.path for d in found} == {BRIEFING, "briefings/actors.yaml"}
    assert {"BRF040", "BRF020", "BRF023"} <= {d.code for d in found}


def test_relative_date_must_match_the_date_given(story: Path) -> None:
    # the source's date is inferred, about 17 March: "on Tuesday" is about 18 March, so only a date well off is wrong
    _edit(story, BRIEFING, '    relative: "on Tuesday"\n', '    relative: "on Tuesday"\n    date: "2025-03-28"\n')
    (d,) = _check(story)
    assert d.code == "BRF052" and d.line == _line_of(story, BRIEFING, 'date: "2025-03-28"')
    assert "is about 18 March 2025, not 2025-03-28" in d.message


def test_a_date_more_precise_than_its_approximate_basis_is_a_warning(story: Path) -> None:
    """The circular date of the review: "on Tuesday" from a guessed source date is no exact 18 March."""
    _edit(story, BRIEFING, '    relative: "on Tuesday"\n', '    relative: "on Tuesday"\n    date: "2025-03-18"\n')
    (d,) = _check(story)
    assert d.code == "BRF057" and "about 18 March 2025" in d.message


def test_warnings(story: Path) -> None:
    registry = story / "briefings/actors.yaml"
    registry.write_text(
        registry.read_text(encoding="utf-8")
        + '  - id: "nobody"\n    name: "Nobody"\n    kind: "person"\n    standing: "other"\n',
        encoding="utf-8",
    )
    (story / "seeds/uncited.md").write_text('---\nid: "uncited"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    found = _check(story)
    assert {d.code for d in found} == {"BRF060", "BRF061"}
    assert all(d.severity.value == "warning" for d in found)


def test_one_quote_for_opposite_stances_is_a_warning(story: Path) -> None:
    # the UK supports a US backstop on the PM's words; file the same words as the US opposing it
    text = (story / BRIEFING).read_text(encoding="utf-8")
    start = text.index("  # No US position on the backstop")
    end = text.index("  # --- us-air-support")
    uk = text[text.index('  - id: "uk-us-backstop"') : start]
    copy = uk.replace('id: "uk-us-backstop"', 'id: "copy"').replace('stance: "supports"', 'stance: "opposes"')
    (story / BRIEFING).write_text(text[:start] + copy + text[start:end] + text[end:], encoding="utf-8")
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
    russia = [p for p in site.positions_by_actor["russia"] if p.issue.id == "negotiated-end"]
    assert [(p.stance.value, p.dating.text if p.dating else None) for p in russia] == [
        ("conditional", "by about 17 March 2025"),
        ("conditional", "3 September 2025"),
    ]
