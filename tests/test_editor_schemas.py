"""Editor schemas: the files that name a schema for editors find it, in a new project, after an import, and
``check`` warns once when one names a schema that is missing or older (BRF131)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.authoring.schemas import schema_files
from generator.build.pipeline import build_project
from generator.cli import main
from generator.inputs.editor import local_target, schema_reference
from generator.validate import Project, validate

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _files_with_schema_lines(project: Path) -> list[tuple[Path, Path]]:
    """Each file of the project whose schema line names a local file, with the file it names."""
    found = []
    for path in sorted(project.rglob("*")):
        reference = schema_reference(path) if path.is_file() else None
        target = local_target(path, reference[1]) if reference else None
        if target is not None:
            found.append((path, target))
    return found


def _warnings(project: Path, code: str = "BRF131") -> list[str]:
    _, found = validate(Project.at(project))
    return [f"{d.path}:{d.line}: {d.message}" for d in found if d.code == code]


def test_a_new_project_opened_in_an_editor_finds_its_schemas_and_its_files_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As an editor reads them: each file's schema line resolves, to the installed schema, and another
    validator (check-jsonschema) accepts the example files against it."""
    monkeypatch.chdir(tmp_path)
    assert main(["new", "site"]) == 0
    project = tmp_path / "site"
    named = _files_with_schema_lines(project)
    assert sorted(p.relative_to(project).as_posix() for p, _ in named) == [
        "briefings/actors.yaml",
        "briefings/exampleton-library.yaml",
        "briefings/outlets.yaml",
        "seeds/exampleton-library-vote.md",
    ]
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe, "check-jsonschema is in the test dependencies"
    for path, schema in named:
        assert schema.is_file(), f"{path.name} names {schema}, which an editor would not find"
        assert schema.read_text(encoding="utf-8") == schema_files()[schema.name], "the installed version's"
        checked = path
        if path.suffix == ".md":  # the front matter is what the seed's schema describes
            checked = tmp_path / f"{path.stem}.yaml"
            checked.write_text(path.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n"))
        result = subprocess.run([exe, "--schemafile", str(schema), str(checked)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    assert _warnings(project) == []


def test_a_wrong_example_fails_against_the_new_projects_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema an editor finds does check: a misspelt stance is refused by check-jsonschema."""
    monkeypatch.chdir(tmp_path)
    assert main(["new", "site"]) == 0
    briefing = tmp_path / "site" / "briefings" / "exampleton-library.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace('"supports"', '"suports"', 1))
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe
    schema = tmp_path / "site" / "schemas" / "briefing.schema.json"
    result = subprocess.run([exe, "--schemafile", str(schema), str(briefing)], capture_output=True, text=True)
    assert result.returncode == 1 and "suports" in result.stdout + result.stderr


def test_import_writes_the_missing_schemas_beside_and_replaces_nothing(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(mini / "schemas")
    (mini / "schemas").mkdir()
    mine = '{"title": "my own seed schema"}\n'
    (mini / "schemas" / "seed.schema.json").write_text(mine, encoding="utf-8")
    assert main(["--project", str(mini), "import", str(PAGES / "vesti-ferry.html")]) == 0
    out = capsys.readouterr().out
    assert "Wrote schemas/ (actors.schema.json, briefing.schema.json, dataset.schema.json, outlets.schema.json)" in out
    assert (mini / "schemas" / "seed.schema.json").read_text(encoding="utf-8") == mine, "a file it did not write"
    for name, text in schema_files().items():
        if name != "seed.schema.json":
            assert (mini / "schemas" / name).read_text(encoding="utf-8") == text
    (warning,) = _warnings(mini)
    assert "names ../schemas/seed.schema.json, which is out of date" in warning
    assert "so does the schema line of 2 other files" in warning, "once for the three seeds"


def test_import_with_dry_run_writes_no_schema(mini: Path) -> None:
    shutil.rmtree(mini / "schemas")
    assert main(["--project", str(mini), "import", "--dry-run", str(PAGES / "vesti-ferry.html")]) == 0
    assert not (mini / "schemas").exists()


def test_import_says_why_when_schemas_cannot_be_written(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file where the folder should be: the seed is written, the schemas are not, and the import says why."""
    shutil.rmtree(mini / "schemas")
    (mini / "schemas").write_text("not a folder\n", encoding="utf-8")
    assert main(["--project", str(mini), "import", str(PAGES / "vesti-ferry.html")]) == 0
    err = capsys.readouterr().err
    assert "schemas: note: the editor's schemas not written: is a file, not a folder" in err
    assert "then run: briefings schema" in err
    assert (mini / "schemas").read_text(encoding="utf-8") == "not a folder\n"


def test_check_warns_once_for_every_file_whose_schema_is_missing(mini: Path) -> None:
    shutil.rmtree(mini / "schemas")
    (warning,) = _warnings(mini)
    assert warning.startswith("seeds/council-votes-to-close-ferry.md:2: the schema line names ../schemas/seed")
    assert "does not exist" in warning and "so does the schema line of 4 other files" in warning


def test_a_schema_of_an_older_version_is_out_of_date(mini: Path) -> None:
    shutil.rmtree(mini / "schemas")
    assert main(["--project", str(mini), "schema"]) == 0
    assert _warnings(mini) == []
    older = mini / "schemas" / "briefing.schema.json"
    older.write_text(older.read_text(encoding="utf-8").replace('"title": "Briefing"', '"title": "Briefing" '))
    (warning,) = _warnings(mini)
    assert warning.startswith("briefings/harbour-ferry.yaml:1: the schema line names ../schemas/briefing.schema.json")
    assert "is out of date with briefings" in warning
    assert main(["--project", str(mini), "schema"]) == 0, "a schema it wrote is replaced"
    assert _warnings(mini) == []


def test_a_schema_line_naming_an_address_or_nothing_is_left_alone(mini: Path) -> None:
    shutil.rmtree(mini / "schemas")
    for path in [*(mini / "briefings").glob("*.yaml"), *(mini / "seeds").glob("*.md")]:
        text = path.read_text(encoding="utf-8").replace("$schema=../schemas/", "$schema=https://example.org/")
        path.write_text(text, encoding="utf-8")
    assert _warnings(mini) == []


def test_the_build_warns_once_too(mini: Path) -> None:
    """The build reads the project as check does: one BRF131 among its diagnostics, the pages still made."""
    (mini / "schemas" / "briefing.schema.json").unlink()
    result = build_project(Project.at(mini))
    assert result.pages is not None
    (warning,) = [d for d in result.diagnostics if d.code == "BRF131"]
    assert (warning.path, warning.line) == ("briefings/harbour-ferry.yaml", 1)
