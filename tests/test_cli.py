"""The command line: check, render, import, schema; exit codes; nothing lost or half-written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.authoring.importer import parse_article
from generator.cli import main, schema_files
from generator.writing import MANIFEST
from tests.conftest import ROOT, STORY

SHARED_SEEDS = next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()), None)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_clean_project_exits_0(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--project", str(story), "check", "--strict"]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_check_lists_every_problem_and_exits_1_without_touching_files(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = story / "briefings/coalition-of-the-willing.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('actor: "rogov"', 'actor: "rogv"'), encoding="utf-8")
    before = _snapshot(story)
    assert main(["--project", str(story), "check"]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("briefings/")]
    assert len(lines) == 2 and all(": error: unknown actor 'rogv'" in line for line in lines)
    assert "hint: did you mean 'rogov'?" in err
    assert err.rstrip().endswith("2 errors, 0 warnings")
    assert _snapshot(story) == before


def test_check_json(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = story / "briefings/coalition-of-the-willing.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('actor: "rogov"', 'actor: "rogv"', 1), encoding="utf-8")
    assert main(["--project", str(story), "check", "--format", "json"]) == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert set(item) >= {"path", "line", "column", "severity", "code", "message", "hint"}
    assert item["code"] == "BRF040" and item["severity"] == "error"


def test_warnings_fail_only_under_strict(story: Path) -> None:
    (story / "seeds/extra.md").write_text('---\nid: "extra"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    assert main(["--project", str(story), "check"]) == 0
    assert main(["--project", str(story), "check", "--strict"]) == 1


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_version_is_the_packages(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    from generator import __version__

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.split()[-1] == __version__ == version("briefing-generator")


def test_render_search_page_adds_the_page_the_search_box_opens(mini: Path, tmp_path: Path) -> None:
    from generator.site.search import search_page

    out = tmp_path / "out"
    assert main(["--project", str(mini), "render", "--out", str(out)]) == 0
    assert not (out / "search.md").exists()
    assert main(["--project", str(mini), "render", "--search-page", "--out", str(out)]) == 0
    assert (out / "search.md").read_text(encoding="utf-8") == search_page()
    assert (out / "briefings" / "harbour-ferry.md").is_file()


def test_render_writes_pages_and_a_failed_run_leaves_them(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["--project", str(story), "render", "--out", str(out)]) == 0
    assert (out / "briefings/coalition-of-the-willing.md").is_file()
    before = _snapshot(out)
    path = story / "briefings/actors.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('kind: "person"', 'kind: "persn"', 1), encoding="utf-8")
    assert main(["--project", str(story), "render", "--out", str(out)]) == 1
    assert _snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")], "no staging folder left behind"


def test_render_replaces_a_folder_it_wrote_whole(mini: Path, tmp_path: Path) -> None:
    """A page an earlier run wrote (listed in its manifest) for something since removed does not stay behind."""
    out = tmp_path / "out"
    assert main(["--project", str(mini), "render", "--out", str(out)]) == 0
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    (out / "actors" / "gone.md").write_text("an actor since removed", encoding="utf-8")
    manifest["files"].append("actors/gone.md")
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert main(["--project", str(mini), "render", "--out", str(out)]) == 0
    assert not (out / "actors" / "gone.md").exists()
    assert (out / "briefings" / "harbour-ferry.md").is_file()


def _make(project: Path, rel: str) -> Path:
    (project / rel).mkdir(parents=True, exist_ok=True)
    (project / rel / "kept.txt").write_text("hand-made", encoding="utf-8")
    return project / rel


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        (".", "is the project folder"),
        ("..", "is a folder holding the project"),
        ("seeds", "is the seeds folder (seeds/)"),
        ("briefings", "is the briefings folder (briefings/)"),
        ("docs", "is the MkDocs docs folder (docs/)"),
        ("docs/guide", "is inside the MkDocs docs folder (docs/)"),
        ("templates", "is the template folder (templates/)"),
        (".git", "is the git repository (.git/)"),
        ("seeds/new", "is inside the seeds folder (seeds/)"),
    ],
)
def test_render_never_replaces_the_project_or_its_inputs(
    mini: Path, capsys: pytest.CaptureFixture[str], out: str, expected: str
) -> None:
    for folder in ("templates", ".git", "docs/guide"):
        _make(mini, folder)
    before = _snapshot(mini.parent)
    assert main(["--project", str(mini), "render", "--out", str(mini / out)]) == 1
    err = capsys.readouterr().err
    assert f"error: {expected}" in err and "[BRF073]" in err and "Nothing written" in err
    assert _snapshot(mini.parent) == before


def test_render_reads_the_docs_folder_from_mkdocs_yml(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = mini / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("docs_dir: docs", "docs_dir: pages")
        + "extra:\n  generator: !ENV [NOT_SET, false]\n  emoji: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8",
    )
    _make(mini, "pages")
    assert main(["--project", str(mini), "render", "--out", str(mini / "pages")]) == 1
    assert "is the MkDocs docs folder (pages/)" in capsys.readouterr().err
    assert (mini / "pages" / "kept.txt").is_file()


def test_render_refuses_a_folder_it_did_not_write(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _make(tmp_path, "notes")
    assert main(["--project", str(mini), "render", "--out", str(out)]) == 1
    assert "holds files render did not write (kept.txt)" in capsys.readouterr().err
    assert (out / "kept.txt").read_text(encoding="utf-8") == "hand-made"
    # nor one it wrote, once something else was put in it
    rendered = tmp_path / "rendered"
    assert main(["--project", str(mini), "render", "--out", str(rendered)]) == 0
    (rendered / "actors" / "my-notes.md").write_text("mine", encoding="utf-8")
    assert main(["--project", str(mini), "render", "--out", str(rendered)]) == 1
    assert "holds files render did not write (actors/my-notes.md)" in capsys.readouterr().err
    assert (rendered / "actors" / "my-notes.md").read_text(encoding="utf-8") == "mine"


def test_render_leaves_siblings_alone_and_honours_the_umask(mini: Path, tmp_path: Path) -> None:
    sibling = _make(tmp_path, ".out.old")
    old_mask = os.umask(0o022)
    try:
        assert main(["--project", str(mini), "render", "--out", str(tmp_path / "out")]) == 0
        assert main(["--project", str(mini), "render", "--out", str(tmp_path / "out")]) == 0
    finally:
        os.umask(old_mask)
    assert (sibling / "kept.txt").is_file()
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.old", "mini", "out"], "no staging folder left"


def test_render_onto_a_file_is_an_error_not_a_traceback(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    target.write_text("a file", encoding="utf-8")
    for _ in range(2):
        assert main(["--project", str(mini), "render", "--out", str(target)]) == 1
        assert "error: is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "a file"


def test_schema_out_a_file_is_an_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "schemas.json"
    target.write_text("{}", encoding="utf-8")
    assert main(["--project", str(tmp_path), "schema", "--out", str(target)]) == 1
    assert "error: is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "{}"


def test_schema_replaces_only_schemas_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["--project", str(tmp_path), "schema", "--out", str(out)]) == 0
    assert main(["--project", str(tmp_path), "schema", "--out", str(out)]) == 0, "its own files are replaced"
    mine = '{"title": "My briefing format"}\n'
    (out / "briefing.schema.json").write_text(mine, encoding="utf-8")
    assert main(["--project", str(tmp_path), "schema", "--out", str(out)]) == 1
    assert "briefing.schema.json:1:1: error: exists and is not a schema this command wrote" in capsys.readouterr().err
    assert (out / "briefing.schema.json").read_text(encoding="utf-8") == mine
    assert main(["--project", str(tmp_path), "schema", "--out", str(out), "--force"]) == 0
    assert (out / "briefing.schema.json").read_text(encoding="utf-8") == schema_files()["briefing.schema.json"]


def test_render_matches_the_pages_the_plugin_builds(story: Path, tmp_path: Path) -> None:
    from generator.build.pipeline import build_project
    from generator.validate import Project

    out = tmp_path / "out"
    assert main(["--project", str(story), "render", "--out", str(out)]) == 0
    pages = build_project(Project.at(story)).pages
    assert pages is not None
    assert {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in out.rglob("*.md")} == pages


def test_render_uses_the_project_templates_as_the_plugin_does(mini: Path, tmp_path: Path) -> None:
    """Without --templates, render once ignored templates/ while the plugin used it: two different sites."""
    from generator.build.pipeline import Incremental
    from generator.validate import Project

    (mini / "templates").mkdir()
    shipped_home = (ROOT / "generator" / "site" / "templates" / "home.md.j2").read_text(encoding="utf-8")
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
def test_import_both_seed_shapes_reproduces_the_story_bodies(tmp_path: Path) -> None:
    """The story's seeds were imported from the raw articles in shared/seeds: importing them again gives the same."""
    assert SHARED_SEEDS is not None
    (tmp_path / "seeds").mkdir()
    for raw, seed_id in [
        ("000_95f0bbe2e260716f.txt", "starmer-coalition-bluff"),
        ("004_6cd030c2b4a3feaa.txt", "putin-rejects-boots-on-the-ground"),
    ]:
        assert main(["--project", str(tmp_path), "import", str(SHARED_SEEDS / raw), "--id", seed_id]) == 0
        made = (tmp_path / "seeds" / f"{seed_id}.md").read_text(encoding="utf-8")
        story_body = (STORY / "seeds" / f"{seed_id}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
        assert made.split("\n---\n", 1)[1] == story_body
        original = (SHARED_SEEDS / raw).read_text(encoding="utf-8")
        assert story_body.strip() in original, "the body is the article's exact text"


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


@pytest.mark.parametrize(
    ("seed_id", "code"), [("a" * 81, "BRF024"), ("a" * 300, "BRF024"), ("index", "BRF046"), ("x" * 80, None)]
)
def test_import_checks_the_id_as_check_would_before_writing(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_id: str, code: str | None
) -> None:
    """The same limits as everywhere else (80 characters, not a reserved id), before anything is written."""
    raw = tmp_path / "a.txt"
    raw.write_text("date 2025-01-02 Something happened\nBody.\n", encoding="utf-8")
    before = _snapshot(mini)
    exit_code = main(["--project", str(mini), "import", str(raw), "--id", seed_id])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code is None:  # the longest id allowed is written, and check accepts it
        assert exit_code == 0 and (mini / "seeds" / f"{seed_id}.md").is_file()
        assert main(["--project", str(mini), "check"]) == 0
        return
    assert exit_code == 1 and f"[{code}]" in err
    assert _snapshot(mini) == before


def test_a_briefing_file_name_longer_than_an_id_is_an_error(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_name = "harbour-ferry-" + "x" * 70  # 84 characters
    (mini / "briefings" / "harbour-ferry.yaml").rename(mini / "briefings" / f"{long_name}.yaml")
    assert main(["--project", str(mini), "check"]) == 1
    err = capsys.readouterr().err
    assert f"error: file name '{long_name}.yaml' is too long for a briefing id (at most 80 characters) [BRF024]" in err


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


def test_story_files_validate_with_check_jsonschema(tmp_path: Path) -> None:
    """Another validator agrees with the schemas on real files, which name their schema for editors."""
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert exe, "check-jsonschema is in the test dependencies"
    for path in sorted((STORY / "briefings").glob("*.yaml")):
        schema = {"actors.yaml": "actors", "outlets.yaml": "outlets"}.get(path.name, "briefing")
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path.name
        named = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert named == ROOT / "schemas" / f"{schema}.schema.json", path.name
        result = subprocess.run([exe, "--schemafile", str(named), str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    for seed in sorted((STORY / "seeds").glob("*.md")):
        front = seed.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n")
        target = tmp_path / f"{seed.stem}.yaml"
        target.write_text(front, encoding="utf-8")
        result = subprocess.run(
            [exe, "--schemafile", str(ROOT / "schemas/seed.schema.json"), str(target)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_check_shows_control_characters_escaped_and_json_exact(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Terminal escape codes in a value or a file name are shown, not obeyed; JSON keeps the exact text."""
    briefing = mini / "briefings" / "harbour-ferry.yaml"
    text = briefing.read_text(encoding="utf-8").replace(
        '- actor: "ferry-union"', '- actor: "\\e[2J\\e]0;pwned\\a\\u202Eferry-union"', 1
    )
    briefing.write_text(text, encoding="utf-8")
    (mini / "seeds" / "\x1b[31mred.txt").write_text("not a seed\n", encoding="utf-8")
    assert main(["--project", str(mini), "check"]) == 1
    captured = capsys.readouterr()
    shown = captured.out + captured.err
    assert not [c for c in shown if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 or c == "\u202e"]
    assert "error: '\\x1b[2J\\x1b]0;pwned\\x07\\u202eferry-union' is not a valid id" in shown
    assert "seeds/\\x1b[31mred.txt:1:1: error:" in shown
    assert main(["--project", str(mini), "check", "--format", "json"]) == 1
    items = json.loads(capsys.readouterr().out)
    assert "'\x1b[2J\x1b]0;pwned\x07\u202eferry-union' is not a valid id" in [item["message"] for item in items]
    assert "seeds/\x1b[31mred.txt" in [item["path"] for item in items]
