"""``briefings new DIR``: a project that checks clean and builds as it is, made only in a new or empty folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.authoring.scaffold import scaffold
from generator.cli import main
from tests.conftest import strict_build


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (links as what they point at), by path: to show nothing changed."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        found[rel] = os.readlink(path).encode() if path.is_symlink() else path.read_bytes() if path.is_file() else b"/"
    return found


def test_new_makes_a_project_that_checks_clean_and_builds_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "ferry-watch"]) == 0
    project = tmp_path / "ferry-watch"
    assert sorted(_tree(project)) == sorted(["briefings", "docs", "schemas", "seeds", *scaffold("ferry-watch")]), (
        "exactly the scaffold's files, nothing left beside them"
    )
    assert 'site_name: "ferry-watch"' in (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no staging folder left behind"
    assert "cd ferry-watch" in capsys.readouterr().out
    assert main(["--project", str(project), "check", "--strict"]) == 0
    assert "No problems found." in capsys.readouterr().out
    site = tmp_path / "built"
    done = strict_build(project, site)
    assert done.returncode == 0, done.stderr
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert "The Exampleton library" in home.get_text()
    assert (site / "briefings/exampleton-library/index.html").is_file()
    assert (site / "about/index.html").is_file(), "the hand-written page is built beside the generated ones"
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
            for el in soup.find_all(tag):
                assert not str(el.get(attr) or "").startswith(("http:", "https:", "//")), f"{page}: {el}"


def test_an_empty_folder_is_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert main(["new", "empty"]) == 0
    assert (tmp_path / "empty" / "mkdocs.yml").is_file()


@pytest.mark.parametrize("kind", ["files", "file", "link"])
def test_a_folder_holding_anything_is_refused_and_kept_as_it_was(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.md").write_text("my notes\n", encoding="utf-8")
    (mine / ".hidden").write_text("kept\n", encoding="utf-8")
    target = {"files": mine, "file": mine / "notes.md", "link": tmp_path / "link"}[kind]
    if kind == "link":
        (tmp_path / "link").symlink_to(tmp_path / "void", target_is_directory=True)  # a link to a new folder
    before = _tree(tmp_path)
    assert main(["new", str(target.relative_to(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "[BRF137]" in err and "Nothing written" in err
    assert _tree(tmp_path) == before, "nothing changed, nothing left beside it"
