"""One guarded writer (generator/writing.py): no command replaces what it should not.

The red team's reproductions (issue 17): ``export --out`` replaced the project's
inputs, ``mkdocs.yml``, a device or a link with a file of JSON. Every command that
writes goes through :mod:`generator.writing`, which refuses the project's inputs,
anything that is not a regular file (standard output, spelled ``-`` or a link to
it, is written in place), and an existing file the command did not write unless
``--force``. Devices and links are made under the test's own folder (a link to
``/dev/null``, a named pipe), never by touching ``/dev``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

#: Long enough for a command to finish on a busy machine; a command waiting on a pipe never does.
TIMEOUT = 60


def _run(project: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--project", str(project), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _snapshot(root: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every path under ``root``: its file type and, for a regular file, its bytes."""
    found = {}
    for path in sorted(root.rglob("*")):
        mode = path.lstat().st_mode
        found[path.relative_to(root).as_posix()] = (
            stat.S_IFMT(mode),
            path.read_bytes() if stat.S_ISREG(mode) else None,
        )
    return found


def _subprocess(project: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m generator`` in a process of its own, its standard output a pipe; killed when it hangs."""
    command = [sys.executable, "-m", "generator", "--project", str(project), *args]  # the package is installed
    return subprocess.run(command, capture_output=True, timeout=TIMEOUT, cwd=project, check=False)


# --- The project's inputs are never an output -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (["export", "--out", "briefings/actors.yaml"], "briefings/actors.yaml"),
        (["export", "--format", "web-annotation", "--out", "mkdocs.yml"], "mkdocs.yml"),
        (
            ["export", "--format", "sqlite", "--out", "x.db", "--metadata", "briefings/harbour-ferry.yaml"],
            "briefings/harbour-ferry.yaml",
        ),
        (["export", "--out", "seeds/mayor-keeps-ferry.md", "--force"], "seeds/mayor-keeps-ferry.md"),
        (["export", "--format", "sqlite", "--out", "docs/briefings.db", "--force"], "docs/briefings.db"),
        (["export", "--out", "templates/base.md", "--force"], "templates/base.md"),
        (["export", "--out", ".git/config", "--force"], ".git/config"),
        (["export", "--out", "briefings/new.json"], "briefings/new.json"),
        (["schema", "--out", "briefings"], "briefings/briefing.schema.json"),
    ],
    ids=[
        "registry",
        "mkdocs-yml",
        "metadata-on-briefing",
        "seed-forced",
        "docs",
        "templates",
        "git",
        "new-in-input",
        "schema",
    ],
)
def test_export_never_writes_into_the_projects_inputs(
    mini: Path, args: list[str], target: str | None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (mini / "templates").mkdir()
    (mini / "templates" / "base.md").write_text("{{ page }}\n", encoding="utf-8")
    (mini / ".git").mkdir()
    (mini / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    monkeypatch.chdir(mini)
    before = _snapshot(mini)
    code, _out, err = _run(mini, *args, capsys=capsys)
    assert code == 1, err
    assert "[BRF073]" in err and "Traceback" not in err
    assert _snapshot(mini) == before, "nothing is written, not even the database beside the metadata"
    if target is not None:
        assert f"{target}:1:1: error:" in err


def test_a_link_into_the_inputs_is_refused_as_the_input_is(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "actors.json"
    link.symlink_to(mini / "briefings" / "actors.yaml")
    before = (mini / "briefings" / "actors.yaml").read_bytes()
    code, _out, err = _run(mini, "export", "--out", str(link), "--force", capsys=capsys)
    assert code == 1 and "[BRF073]" in err
    assert link.is_symlink() and (mini / "briefings" / "actors.yaml").read_bytes() == before


# --- Only regular files are replaced; standard output is written in place ---------------------------


def test_a_link_to_dev_null_is_refused_never_replaced(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    for args in (["--out", str(link)], ["--out", str(link), "--force"], ["--format", "sqlite", "--out", str(link)]):
        code, _out, err = _run(mini, "export", *args, capsys=capsys)
        assert code == 1 and "[BRF098]" in err, err
        assert "is a symbolic link to a character device" in err
        assert link.is_symlink() and os.readlink(link) == os.devnull


def test_a_named_pipe_is_refused_at_once(mini: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    for args in (["--out", str(pipe), "--force"], ["--format", "sqlite", "--out", "x.db", "--metadata", str(pipe)]):
        run = _subprocess(mini, "export", *args)  # a command that opened the pipe would wait for a reader
        assert run.returncode == 1, run.stderr
        assert b"is a named pipe (FIFO), not a regular file" in run.stderr and b"[BRF098]" in run.stderr
        assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert not (mini / "x.db").exists(), "the database is not written when its metadata cannot be"


def test_a_folder_is_never_replaced(mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(folder)
    for out in (folder, link):
        for fmt in ("json", "sqlite", "web-annotation"):
            code, _out, err = _run(mini, "export", "--format", fmt, "--out", str(out), "--force", capsys=capsys)
            assert code == 2 and "is a folder: give the file to write" in err
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine" and link.is_symlink()


def test_standard_output_spelled_dash_is_written_in_place(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(mini)
    code, out, err = _run(mini, "export", "--out", "-", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["generator"].startswith("briefing-generator ")
    assert "Wrote" not in out + err and not (mini / "-").exists()
    assert _snapshot(mini) == before


def test_a_link_to_standard_output_is_written_through_never_replaced(mini: Path, tmp_path: Path) -> None:
    """``--out /dev/stdout`` as root replaced the link with a file; a link to it under tmp stands in for it."""
    link = tmp_path / "stdout"
    link.symlink_to("/dev/stdout")
    run = _subprocess(mini, "export", "--format", "web-annotation", "--out", str(link))
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["type"] == "AnnotationCollection"
    assert link.is_symlink() and os.readlink(link) == "/dev/stdout"


def test_standard_output_redirected_to_a_file_is_written_in_place(mini: Path, tmp_path: Path) -> None:
    """``export --out /dev/stdout > data.json``: the link leads to a regular file, the shell's; it is written in place."""
    link, data = tmp_path / "stdout", tmp_path / "data.json"
    link.symlink_to("/dev/stdout")
    with data.open("wb") as handle:
        run = subprocess.run(
            [sys.executable, "-m", "generator", "--project", str(mini), "export", "--out", str(link)],
            stdout=handle,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            check=False,
        )
    assert run.returncode == 0, run.stderr
    assert json.loads(data.read_text(encoding="utf-8"))["generator"].startswith("briefing-generator ")
    assert link.is_symlink()


# --- Existing regular files: its own are replaced, others only with --force ---------------------------


@pytest.mark.parametrize("fmt", ["json", "web-annotation", "sqlite"])
def test_a_file_export_wrote_is_replaced_a_foreign_one_only_with_force(
    mini: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code, _out, err = _run(mini, "export", "--format", fmt, "--out", str(out), capsys=capsys)
    assert code == 0, err
    written = out.read_bytes()
    briefing = mini / "briefings" / "harbour-ferry.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("vote a betrayal of the east shore.", "vote a betrayal."), encoding="utf-8")
    code, _out, err = _run(mini, "export", "--format", fmt, "--out", str(out), capsys=capsys)
    assert code == 0, "a file export wrote is replaced without --force"
    assert out.read_bytes() != written

    out.write_text("my notes\n", encoding="utf-8")
    code, _out, err = _run(mini, "export", "--format", fmt, "--out", str(out), capsys=capsys)
    assert code == 1 and "[BRF099]" in err
    assert f"{out}:1:1: error: exists and is not a file export wrote" in err
    assert out.read_text(encoding="utf-8") == "my notes\n"
    code, _out, err = _run(mini, "export", "--format", fmt, "--out", str(out), "--force", capsys=capsys)
    assert code == 0, err
    assert out.read_bytes() != b"my notes\n"


def test_export_recognises_each_of_its_formats(mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The signatures: the JSON's ``generator``, the annotations' collection id, the database's application id,
    the metadata's description. A file in one format is export's for another."""
    db, meta, doc = tmp_path / "b.db", tmp_path / "m.json", tmp_path / "d.json"
    assert _run(mini, "export", "--format", "sqlite", "--out", str(db), "--metadata", str(meta), capsys=capsys)[0] == 0
    assert _run(mini, "export", "--out", str(doc), capsys=capsys)[0] == 0
    assert sqlite3.connect(db).execute("pragma application_id").fetchone()[0] != 0
    assert _run(mini, "export", "--out", str(meta), capsys=capsys)[0] == 0
    assert _run(mini, "export", "--format", "sqlite", "--out", str(doc), "--metadata", str(db), capsys=capsys)[0] == 0
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table notes (text)").connection.commit()
    code, _out, err = _run(mini, "export", "--format", "sqlite", "--out", str(other), capsys=capsys)
    assert code == 1 and "exists and is not a file export wrote" in err


def test_the_database_is_not_written_when_the_metadata_is_refused(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meta = tmp_path / "b.db", tmp_path / "metadata.json"
    meta.write_text('{"title": "mine"}\n', encoding="utf-8")
    code, _out, err = _run(
        mini, "export", "--format", "sqlite", "--out", str(db), "--metadata", str(meta), capsys=capsys
    )
    assert code == 1 and "[BRF099]" in err
    assert not db.exists() and meta.read_text(encoding="utf-8") == '{"title": "mine"}\n'


def test_the_same_file_for_database_and_metadata_is_a_usage_error(
    mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.db"
    code, _out, err = _run(
        mini, "export", "--format", "sqlite", "--out", str(out), "--metadata", str(out), capsys=capsys
    )
    assert code == 2 and "--metadata" in err and not out.exists()


# --- import and draft write their inputs, and nothing but regular files --------------------------------


def test_import_force_never_replaces_a_pipe_or_a_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text("date 2025-01-02 Something happened\n\nBody.\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("not a seed\n", encoding="utf-8")
    os.mkfifo(seeds / "a.md")
    (seeds / "b.md").symlink_to(elsewhere)
    for seed_id, what in (("a", "is a named pipe (FIFO)"), ("b", "is a symbolic link")):
        code, _out, err = _run(tmp_path, "import", str(raw), "--id", seed_id, "--force", capsys=capsys)
        assert code == 1 and f"seeds/{seed_id}.md:1:1: error: {what}" in err and "[BRF098]" in err, err
    assert stat.S_ISFIFO((seeds / "a.md").lstat().st_mode) and (seeds / "b.md").is_symlink()
    assert elsewhere.read_text(encoding="utf-8") == "not a seed\n"


def test_draft_force_never_replaces_a_link(mini: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = mini / "briefings" / "drafts"
    drafts.mkdir()
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("mine: true\n", encoding="utf-8")
    (drafts / "mayor-keeps-ferry.yaml").symlink_to(elsewhere)
    code, _out, err = _run(mini, "draft", "mayor-keeps-ferry", "--force", capsys=capsys)
    assert code == 1 and "is a symbolic link" in err and "[BRF098]" in err, err
    assert (drafts / "mayor-keeps-ferry.yaml").is_symlink()
    assert elsewhere.read_text(encoding="utf-8") == "mine: true\n"


# --- Reading: a pipe named like an input never hangs a command ------------------------------------------


@pytest.mark.parametrize("args", [["check"], ["render", "--out", "rendered"], ["export", "--out", "x.json"]])
def test_a_pipe_named_mkdocs_yml_is_a_diagnostic_not_a_hang(mini: Path, args: list[str]) -> None:
    (mini / "mkdocs.yml").unlink()
    os.mkfifo(mini / "mkdocs.yml")
    run = _subprocess(mini, *args)
    assert run.returncode == 1, run.stderr
    err = run.stderr.decode()
    assert "mkdocs.yml:1:1: error: is a named pipe (FIFO), not a regular file [BRF001]" in err
    assert not (mini / "rendered").exists() and not (mini / "x.json").exists()


def test_schema_check_reads_no_pipe(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    os.mkfifo(schemas / "briefing.schema.json")
    run = _subprocess(tmp_path, "schema", "--check")
    assert run.returncode == 1
    assert b"briefing.schema.json: out of date" in run.stderr
