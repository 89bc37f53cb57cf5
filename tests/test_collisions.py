"""Nothing is silently replaced: ids that would take a listing's place, hand-written pages where generated
pages (or the search bundle) land, and two files for one briefing are errors, in ``check`` and the build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from generator.cli import main
from generator.site.addresses import destination

pytestmark = pytest.mark.usefixtures("fresh_plugins")


def _build(project: Path) -> None:
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def _write(project: Path, rel: str, text: str = "# Written by hand\n\nKeep me.\n") -> None:
    (project / rel).parent.mkdir(parents=True, exist_ok=True)
    (project / rel).write_text(text, encoding="utf-8")


def _check(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--project", str(project), "check", "--strict"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# --- hand-written pages where generated ones land -------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "generated"),
    [
        ("docs/actors/ferreira.md", "actors/ferreira.md"),
        ("docs/actors/ferreira/index.md", "actors/ferreira.md"),
        ("docs/actors/ferreira/README.md", "actors/ferreira.md"),
        ("docs/actors/README.md", "actors/index.md"),
        ("docs/README.md", "index.md"),
        ("docs/sources/mayor-keeps-ferry/index.markdown", "sources/mayor-keeps-ferry.md"),
    ],
)
def test_a_hand_written_page_where_a_generated_one_lands_is_an_error(
    mini: Path, capsys: pytest.CaptureFixture[str], page: str, generated: str
) -> None:
    _write(mini, page)
    code, out = _check(mini, capsys)
    assert code == 1
    assert f"{page}:1:1: error: lands where the generated page {generated} does" in out and "[BRF072]" in out
    with pytest.raises(Abort, match=re.escape(f"{page}:1:1: error: lands where the generated page {generated} does")):
        _build(mini)


def test_a_page_in_the_search_bundles_folder_is_an_error(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = mini / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - search\n", "  - briefings/search\n"))
    _write(mini, "docs/pagefind.md")
    _write(mini, "docs/pagefind/notes.txt", "mine")
    code, out = _check(mini, capsys)
    assert code == 1
    assert "docs/pagefind.md:1:1: error: lands in pagefind/, which the search index replaces as a whole" in out
    assert "docs/pagefind/notes.txt:1:1: error: lands in pagefind/" in out
    with pytest.raises(Abort, match=re.escape("docs/pagefind.md:1:1: error: lands in pagefind/")):
        _build(mini)


def test_pages_elsewhere_and_excluded_files_are_fine(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(mini, "docs/about.md")
    _write(mini, "docs/actors/notes/ferreira.md")  # actors/notes/ferreira/, not actors/ferreira/
    _write(mini, "docs/.drafts/actors/ferreira.md")  # MkDocs leaves dot folders out
    _write(mini, "docs/search/index.md", "# Our own search page\n")  # a hand-written search page wins
    assert _check(mini, capsys) == (0, "No problems found.\n")
    _build(mini)
    assert "Keep me." in (mini / "site" / "about" / "index.html").read_text(encoding="utf-8")
    assert "Our own search page" in (mini / "site" / "search" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("src", ["a.md", "x/README.md", "x/index.md", "x/y.markdown", "img/a.png", "x/README.txt"])
@pytest.mark.parametrize("directory_urls", [True, False])
def test_destination_is_mkdocs_own(tmp_path: Path, src: str, directory_urls: bool) -> None:
    assert destination(src, directory_urls) == File(src, str(tmp_path), str(tmp_path), directory_urls).dest_uri


# --- ids that would take a listing's place ---------------------------------------------------------


def test_an_actor_id_index_is_reserved(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    actors = mini / "briefings" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace('id: "okafor"', 'id: "index"'), encoding="utf-8")
    briefing = mini / "briefings" / "harbour-ferry.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace('"okafor"', '"index"'), encoding="utf-8")
    code, out = _check(mini, capsys)
    assert code == 1
    assert (
        "error: id 'index' is reserved: actors/index.md is the list of all actors (at actors[index].id) [BRF046]" in out
    )
    with pytest.raises(Abort, match="BRF046"):
        _build(mini)


def test_a_briefing_file_index_is_reserved(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (mini / "briefings" / "harbour-ferry.yaml").rename(mini / "briefings" / "index.yaml")
    code, out = _check(mini, capsys)
    assert code == 1
    assert (
        "briefings/index.yaml:2:1: error: id 'index' is reserved: briefings/index.md is the list of all briefings"
        in out
    )


def test_a_seed_index_is_reserved(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = mini / "seeds" / "mayor-keeps-ferry.md"
    seed.write_text(seed.read_text(encoding="utf-8").replace('id: "mayor-keeps-ferry"', 'id: "index"'))
    seed.rename(mini / "seeds" / "index.md")
    briefing = mini / "briefings" / "harbour-ferry.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace('"mayor-keeps-ferry"', '"index"'))
    code, out = _check(mini, capsys)
    assert code == 1
    assert "seeds/index.md:3:5: error: id 'index' is reserved: sources/index.md is the list of all sources" in out


# --- two files for one briefing ---------------------------------------------------------------------


def test_a_yaml_and_a_yml_file_for_one_briefing_is_an_error(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    briefing = mini / "briefings" / "harbour-ferry.yaml"
    (mini / "briefings" / "harbour-ferry.yml").write_text(briefing.read_text(encoding="utf-8"), encoding="utf-8")
    code, out = _check(mini, capsys)
    assert code == 1
    assert (
        "briefings/harbour-ferry.yml:1:1: error: briefings/harbour-ferry.yaml and briefings/harbour-ferry.yml "
        "are both briefing 'harbour-ferry'"
    ) in out
