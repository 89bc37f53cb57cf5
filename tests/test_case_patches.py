"""Golden cases that state only their change (``tests/case_patches.py``): patches on base files.

A patch applies exactly where its hunks say, so the line numbers in a case's expected output
are lines a reader finds from the hunk headers; when a base changes under a patch, the case
fails naming the line, and ``refresh`` writes the patch anew.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from tests import case_patches
from tests.case_patches import PatchError, apply, parse, split_lines

CASES = case_patches.ROOT / "tests" / "cases"
MINI = case_patches.FIXTURES / "mini"
BASE = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n"]
LONG = [f"line {n}\n" for n in range(1, 21)]
PATCH = """\
--- tests/fixtures/x.txt
+++ x.txt
@@ -3,3 +3,4 @@
 three
-four
+FOUR
+four and a half
 five
"""


def test_a_patch_applies_where_its_hunk_says() -> None:
    result = apply(parse(PATCH), BASE)
    assert result == [*BASE[:3], "FOUR\n", "four and a half\n", *BASE[4:]]


def test_an_insertion_after_a_line_and_a_deletion() -> None:
    patch = "--- a\n+++ b\n@@ -2,0 +3 @@\n+new\n@@ -6 +6,0 @@\n-six\n"
    assert apply(parse(patch), BASE) == ["one\n", "two\n", "new\n", "three\n", "four\n", "five\n", "seven\n", "eight\n"]


def test_a_changed_base_is_an_error_naming_the_line() -> None:
    changed = [*BASE[:3], "4\n", *BASE[4:]]
    with pytest.raises(PatchError, match=r"line 4 is '4\\n', the hunk at line 3 expects 'four\\n'.*refresh"):
        apply(parse(PATCH), changed)


def test_a_hunk_whose_lines_moved_is_an_error() -> None:
    """A line added above the hunk: the context is still there, but the hunk's line numbers no longer are true."""
    with pytest.raises(PatchError, match="changed under this patch"):
        apply(parse(PATCH), ["zero\n", *BASE])
    assert apply(parse(PATCH), ["zero\n", *BASE], exact=False) == ["zero\n", *apply(parse(PATCH), BASE)]


def test_a_hunk_header_must_say_where_it_lands() -> None:
    with pytest.raises(PatchError, match="says it lands at line 9"):
        apply(parse(PATCH.replace("+3,4", "+9,4")), BASE)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("@@ -1 +1 @@\n-one\n+1\n", "starts with a '--- <base>' line"),
        ("--- a\n+++ b\nnot a hunk\n", "expected a hunk header"),
        ("--- a\n+++ b\n@@ -1,2 +1,2 @@\n one\n", "ends before its header's line counts"),
        ("--- a\n+++ b\n@@ -1,2 +1,2 @@\n one\n*two\n", "starts with ' ', '\\+' or '-'"),
    ],
)
def test_malformed_patches_are_refused(text: str, message: str) -> None:
    with pytest.raises(PatchError, match=message):
        parse(text)


def test_a_blank_context_line_stripped_by_an_editor_still_reads() -> None:
    patch = "--- a\n+++ b\n@@ -1,3 +1,3 @@\n x\n\n-y\n+z\n"
    assert apply(parse(patch), ["x\n", "\n", "y\n"]) == ["x\n", "\n", "z\n"]


def test_lines_are_cut_at_newlines_only() -> None:
    assert split_lines("a\x0cb\u2028c\nd") == ["a\x0cb\u2028c\n", "d"]


def _case(tmp_path: Path, rel: str, patch: str) -> Path:
    case = tmp_path / "case"
    (case / rel).parent.mkdir(parents=True)
    (case / f"{rel}.patch").write_text(patch, encoding="utf-8")
    return case


def test_the_target_must_be_the_patched_path(tmp_path: Path) -> None:
    base = "tests/fixtures/mini/briefings/harbour-ferry.yaml"
    case = _case(tmp_path, "briefings/other.yaml", f"--- {base}\n+++ briefings/harbour-ferry.yaml\n")
    with pytest.raises(PatchError, match=r"names 'briefings/harbour-ferry\.yaml', but the patch is for"):
        case_patches.materialise(case / "briefings/other.yaml.patch", "briefings/other.yaml")


def test_the_base_must_be_a_fixture(tmp_path: Path) -> None:
    case = _case(tmp_path, "briefings/x.yaml", "--- briefings/harbour-ferry.yaml\n+++ briefings/x.yaml\n")
    with pytest.raises(PatchError, match="is not a file under tests/fixtures/"):
        case_patches.materialise(case / "briefings/x.yaml.patch", "briefings/x.yaml")


def test_make_turns_an_edited_copy_into_a_patch_and_refresh_follows_a_moved_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixtures = tmp_path / "fixtures"
    (fixtures / "mini" / "briefings").mkdir(parents=True)
    base = fixtures / "mini" / "briefings" / "b.yaml"
    base.write_text("".join(LONG), encoding="utf-8")
    monkeypatch.setattr(case_patches, "ROOT", tmp_path)
    monkeypatch.setattr(case_patches, "FIXTURES", fixtures)
    monkeypatch.setattr(case_patches, "BASES", (fixtures / "mini",))
    case = tmp_path / "case"
    (case / "briefings").mkdir(parents=True)
    edited = "".join(LONG).replace("line 10\n", "line ten\n")
    (case / "briefings" / "b.yaml").write_text(edited, encoding="utf-8")

    assert case_patches.make(case) == ["case/briefings/b.yaml.patch: on fixtures/mini/briefings/b.yaml"]
    patch_file = case / "briefings" / "b.yaml.patch"
    assert not (case / "briefings" / "b.yaml").exists()
    assert patch_file.read_text(encoding="utf-8").startswith(
        "--- fixtures/mini/briefings/b.yaml\n+++ briefings/b.yaml\n"
    )
    assert case_patches.materialise(patch_file, "briefings/b.yaml") == edited.encode()

    base.write_text("line 0\n" + "".join(LONG), encoding="utf-8")  # the base moves under the patch
    with pytest.raises(PatchError, match="changed under this patch"):
        case_patches.materialise(patch_file, "briefings/b.yaml")
    assert case_patches.refresh(case) == ["case/briefings/b.yaml.patch: rewritten on fixtures/mini/briefings/b.yaml"]
    assert case_patches.materialise(patch_file, "briefings/b.yaml") == ("line 0\n" + edited).encode()
    assert case_patches.refresh(case) == []


def test_no_case_copies_a_base_whole() -> None:
    """A file of a case that has a base is a patch, unless its patch would be as long as the file."""
    copies = []
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for item, rel, base in case_patches.with_base(case):
            with contextlib.suppress(PatchError):
                case_patches.as_patch(item, rel, base)
                copies.append(str(item.relative_to(CASES)))
    assert not copies, f"cases copying a base whole: {copies}; run .venv/bin/python -m tests.case_patches make <case>"


@pytest.mark.parametrize("base", sorted((case_patches.FIXTURES / "bases").rglob("*.*")), ids=lambda p: p.name)
def test_every_base_is_clean_over_the_mini_project(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A case's diagnostics come from its change: each base for new files passes ``check --strict`` with mini."""
    project = tmp_path / "project"
    shutil.copytree(MINI, project)
    rel = base.relative_to(case_patches.FIXTURES / "bases")
    assert not (project / rel).exists(), f"{rel} is in mini too: a base there would never be used"
    shutil.copyfile(base, project / rel)
    assert main(["--project", str(project), "check", "--strict"]) == 0
    assert capsys.readouterr().out == "No problems found.\n"
