"""The command line: check, render, import, schema; exit codes; nothing lost or half-written."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main, schema_files
from generator.importer import parse_article
from tests.conftest import ROOT

SHARED_SEEDS = next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()), None)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_clean_project_exits_0(shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--project", str(shipped), "check", "--strict"]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_check_lists_every_problem_and_exits_1_without_touching_files(
    shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shipped / "briefings/coalition-of-the-willing.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('actor: "putin"', 'actor: "putn"'), encoding="utf-8")
    before = _snapshot(shipped)
    assert main(["--project", str(shipped), "check"]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("briefings/")]
    assert len(lines) == 2 and all(": error: unknown actor 'putn'" in line for line in lines)
    assert "hint: did you mean 'putin'?" in err
    assert err.rstrip().endswith("2 errors, 0 warnings")
    assert _snapshot(shipped) == before


def test_check_json(shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped / "briefings/coalition-of-the-willing.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('actor: "putin"', 'actor: "putn"', 1), encoding="utf-8")
    assert main(["--project", str(shipped), "check", "--format", "json"]) == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert set(item) >= {"path", "line", "column", "severity", "code", "message", "hint"}
    assert item["code"] == "BRF040" and item["severity"] == "error"


def test_warnings_fail_only_under_strict(shipped: Path) -> None:
    (shipped / "seeds/extra.md").write_text('---\nid: "extra"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    assert main(["--project", str(shipped), "check"]) == 0
    assert main(["--project", str(shipped), "check", "--strict"]) == 1


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_render_writes_pages_and_a_failed_run_leaves_them(shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["--project", str(shipped), "render", "--out", str(out)]) == 0
    assert (out / "briefings/coalition-of-the-willing.md").is_file()
    before = _snapshot(out)
    path = shipped / "briefings/actors.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('kind: "person"', 'kind: "persn"', 1), encoding="utf-8")
    assert main(["--project", str(shipped), "render", "--out", str(out)]) == 1
    assert _snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")], "no staging folder left behind"


def test_render_replaces_the_folder_whole(shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.md").write_text("old")
    assert main(["--project", str(shipped), "render", "--out", str(out)]) == 0
    assert not (out / "stale.md").exists()


def test_render_matches_the_pages_the_plugin_builds(shipped: Path, tmp_path: Path) -> None:
    from generator.build import build_project
    from generator.validate import Project

    out = tmp_path / "out"
    assert main(["--project", str(shipped), "render", "--out", str(out)]) == 0
    pages = build_project(Project.at(shipped)).pages
    assert pages is not None
    assert {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in out.rglob("*.md")} == pages


def test_render_uses_the_project_templates_as_the_plugin_does(mini: Path, tmp_path: Path) -> None:
    """Without --templates, render once ignored templates/ while the plugin used it: two different sites."""
    from generator.build import Incremental
    from generator.validate import Project

    (mini / "templates").mkdir()
    shipped_home = (ROOT / "generator" / "templates" / "home.md.j2").read_text(encoding="utf-8")
    (mini / "templates" / "home.md.j2").write_text("OVERRIDDEN-HOME\n" + shipped_home, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--project", str(mini), "render", "--out", str(out)]) == 0
    # what the plugin renders: its Incremental build over templates/ (the plugin's default folder)
    plugin_pages = Incremental(Project.at(mini), mini / "templates").build().result.pages
    assert plugin_pages is not None and plugin_pages["index.md"].startswith("OVERRIDDEN-HOME")
    assert {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*.md")} == plugin_pages
    site = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=mini, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert "OVERRIDDEN-HOME" in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.skipif(SHARED_SEEDS is None, reason="shared/seeds not beside the repository")
def test_import_both_seed_shapes_reproduces_the_shipped_bodies(tmp_path: Path) -> None:
    assert SHARED_SEEDS is not None
    (tmp_path / "seeds").mkdir()
    for raw, seed_id in [
        ("000_95f0bbe2e260716f.txt", "starmer-coalition-bluff"),
        ("004_6cd030c2b4a3feaa.txt", "putin-rejects-boots-on-the-ground"),
    ]:
        assert main(["--project", str(tmp_path), "import", str(SHARED_SEEDS / raw), "--id", seed_id]) == 0
        made = (tmp_path / "seeds" / f"{seed_id}.md").read_text(encoding="utf-8")
        shipped_body = (ROOT / "seeds" / f"{seed_id}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
        assert made.split("\n---\n", 1)[1] == shipped_body
        original = (SHARED_SEEDS / raw).read_text(encoding="utf-8")
        assert shipped_body.strip() in original, "the body is the article's exact text"


def test_import_shapes() -> None:
    dated = parse_article("date 2025-09-05 Putin rejects plan\nFirst line.\nSecond.")
    assert (dated.published, dated.headline, dated.headline_by, dated.body) == (
        "2025-09-05",
        "Putin rejects plan",
        "article",
        "First line.\nSecond.",
    )
    captioned = parse_article("A and BA and B\n\nKeir Starmer’s plan is a bluff. More text.")
    assert captioned.caption == "A and B"
    assert captioned.headline_by == "annotator"
    assert captioned.body == "Keir Starmer’s plan is a bluff. More text."


def test_import_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("date 2025-01-02 Something happened\nBody.\n")
    args = ["--project", str(tmp_path), "import", str(raw), "--id", "a"]
    assert main(args) == 0
    seed = tmp_path / "seeds/a.md"
    seed.write_text(seed.read_text() + "annotator's edit\n")
    edited = seed.read_text()
    assert main(args) == 1
    assert "BRF032" in capsys.readouterr().err
    assert seed.read_text() == edited
    assert main([*args, "--force"]) == 0
    assert "annotator's edit" not in seed.read_text()


def test_import_rejects_bad_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("Body.\n")
    assert main(["--project", str(tmp_path), "import", str(raw), "--id", "../escape"]) == 1
    assert "BRF024" in capsys.readouterr().err
    assert not (tmp_path.parent / "escape.md").exists()


def test_committed_schemas_match_the_models() -> None:
    for name, text in schema_files().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"run: python -m generator schema ({name})"
        )


def _properties(schema: dict[str, object]) -> list[tuple[str, dict[str, object]]]:
    found = []
    for model in [schema, *dict(schema.get("$defs", {})).values()]:  # type: ignore[call-overload]
        for name, prop in dict(model.get("properties", {})).items():  # type: ignore[union-attr]
            found.append((f"{model.get('title')}.{name}", prop))  # type: ignore[union-attr]
    return found


def test_every_schema_field_has_a_description_and_an_example() -> None:
    for text in schema_files().values():
        for name, prop in _properties(json.loads(text)):
            assert prop.get("description"), f"{name} has no description"
            assert prop.get("examples"), f"{name} has no example"


def test_shipped_files_validate_with_check_jsonschema(tmp_path: Path) -> None:
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe, "check-jsonschema is in the test dependencies"
    for pattern, schema in [
        ("briefings/actors.yaml", "actors"),
        ("briefings/coalition-of-the-willing.yaml", "briefing"),
    ]:
        first = (ROOT / pattern).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{schema}.schema.json"
        result = subprocess.run(
            [exe, "--schemafile", str(ROOT / f"schemas/{schema}.schema.json"), str(ROOT / pattern)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    for seed in sorted((ROOT / "seeds").glob("*.md")):
        front = seed.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n")
        target = tmp_path / f"{seed.stem}.yaml"
        target.write_text(front, encoding="utf-8")
        result = subprocess.run(
            [exe, "--schemafile", str(ROOT / "schemas/seed.schema.json"), str(target)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
