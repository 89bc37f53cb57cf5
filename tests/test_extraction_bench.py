"""bench/extraction.py's reader of the corpora: both layouts (scrapinghub's ``ground-truth.json`` and
``html/*.html.gz``; AndyTheFactory's ``articles.json`` and ``html/*.html``), each as a checkout or a bare git
repository, on a tiny invented corpus (tests/fixtures/extraction/); the title and date scoring; two runs
compared page by page. The instrument is tested, not the importer's quality.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import FIXTURES, ROOT

CORPUS = FIXTURES / "extraction"
LETTER, DIGIT = "a1b2c3d4e5f60718293a4b5c6d7e8f90", "1f2e3d4c5b6a79880716253443526170"


def _extraction() -> ModuleType:
    """bench/extraction.py (not a package), loaded once under the name tests/test_draft_truth.py uses."""
    key = "bench_extraction"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, ROOT / "bench" / "extraction.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[key]


ex = _extraction()


def _bare(checkout: Path, where: Path) -> Path:
    """A bare git repository whose last commit holds ``checkout``'s files."""
    work = where / "work"
    shutil.copytree(checkout, work)
    env = ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    for cmd in (["init", "-q"], ["add", "-A"], [*env, "commit", "-q", "-m", "corpus"]):
        subprocess.run(["git", *cmd], cwd=work, check=True, capture_output=True)
    bare = where / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True, capture_output=True)
    return bare


def _scrapinghub(where: Path) -> Path:
    """The same two pages in scrapinghub's layout: ``ground-truth.json`` (body and url) and gzipped pages."""
    truth = json.loads((CORPUS / "articles.json").read_text(encoding="utf-8"))
    (where / "html").mkdir(parents=True)
    for item in truth:
        page = (CORPUS / "html" / f"{item}.html").read_bytes()
        (where / "html" / f"{item}.html.gz").write_bytes(gzip.compress(page))
    slim = {item: {"articleBody": t["articleBody"], "url": t["url"]} for item, t in truth.items()}
    (where / "ground-truth.json").write_text(json.dumps(slim), encoding="utf-8")
    return where


def test_the_articles_layout_is_read_from_a_checkout() -> None:
    bench = ex.open_benchmark(str(CORPUS))
    assert (bench.layout.name, bench.bare) == ("andythefactory", False)
    truth = bench.truth()
    assert sorted(truth) == sorted([LETTER, DIGIT])
    assert truth[DIGIT]["date"] == "NaT" and truth[LETTER]["title"] == "Harbour ferry to stop running in March"
    assert "id" in truth[LETTER] and "<p>The harbour ferry will stop" in bench.page(LETTER)


def test_the_articles_layout_is_read_from_a_bare_repository(tmp_path: Path) -> None:
    bench = ex.open_benchmark(str(_bare(CORPUS, tmp_path)))
    assert (bench.layout.name, bench.bare) == ("andythefactory", True)
    assert bench.truth() == ex.open_benchmark(str(CORPUS)).truth()
    assert bench.page(DIGIT) == (CORPUS / "html" / f"{DIGIT}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("bare", [False, True])
def test_the_scrapinghub_layout_is_still_read(tmp_path: Path, bare: bool) -> None:
    checkout = _scrapinghub(tmp_path / "checkout")
    bench = ex.open_benchmark(str(_bare(checkout, tmp_path) if bare else checkout))
    assert (bench.layout.name, bench.bare) == ("scrapinghub", bare)
    assert set(bench.truth()[LETTER]) == {"articleBody", "url"}
    assert bench.page(LETTER) == (CORPUS / "html" / f"{LETTER}.html").read_text(encoding="utf-8")


def test_a_folder_of_neither_layout_is_refused_naming_both(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    with pytest.raises(ex.Missing) as refused:
        ex.open_benchmark(str(tmp_path))
    assert "ground-truth.json" in str(refused.value) and "articles.json" in str(refused.value)


def test_a_corpus_name_picks_its_place_and_a_folder_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ex.CORPORA, "andythefactory", CORPUS)
    monkeypatch.setenv(ex.ENV, "/nonexistent/benchmark")
    assert ex.open_benchmark(None, "andythefactory").path == CORPUS
    with pytest.raises(ex.Missing):
        ex.open_benchmark(None)  # no name: the environment's folder, which is not there
    with pytest.raises(ex.Missing):
        ex.open_benchmark("/nonexistent/other", "andythefactory")


def test_title_and_date_are_right_only_as_the_truth_has_them() -> None:
    assert ex.same_text("Ferry  to stop\n", " Ferry to stop") is True
    assert ex.same_text("Ferry to stop", "Ferry to stop | Harbour Gazette") is False
    assert ex.same_text("Ferry to stop", "ferry to stop") is False  # exact: case counts
    assert ex.same_text("Ferry to stop", None) is False
    assert ex.same_text("", "Anything") is None
    assert ex.same_day("2024-02-12", "2024-02-12") is True
    assert ex.same_day("2024-02-12", "2024-02-13") is False
    assert ex.same_day("2024-02-12", None) is False
    assert ex.same_day("NaT", "2024-02-12") is None  # no date in the truth: not counted


def test_the_run_on_the_invented_corpus_scores_body_title_and_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "run.json"
    args = [str(CORPUS), "--bootstrap", "20", "--worst", "2", "--halves", "--save", str(saved)]
    assert ex.main(args) == 0
    out = capsys.readouterr().out
    assert "(andythefactory): 2 pages" in out
    assert "stored trafilatura" not in out  # this corpus has no stored output
    for row in ("trafilatura alone, ids a-f", "our importer (parse_page), ids 0-9", "2 worst pages by F1"):
        assert row in out, out
    # both titles as the truth has them; one date to compare (the other is NaT), and it is found
    assert re.search(r"our importer \(parse_page\) +title right 2/2 = 1.000", out), out
    assert "date right 1/1 = 1.000" in out
    figures = json.loads(saved.read_text(encoding="utf-8"))
    assert figures["importer"][DIGIT]["date_right"] is None
    assert figures["importer"][LETTER]["title_right"] is True
    assert figures["importer"][LETTER]["recall"] == 1.0


def test_a_saved_run_is_compared_page_by_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "run.json"
    assert ex.main([str(CORPUS), "--bootstrap", "5", "--worst", "0", "--save", str(saved)]) == 0
    figures = json.loads(saved.read_text(encoding="utf-8"))
    kept = figures["importer"][LETTER]["precision"]
    figures["importer"][LETTER]["recall"] = 1.5  # a run in which this page had more of the article
    figures["importer"][DIGIT]["title_right"] = False
    saved.write_text(json.dumps(figures), encoding="utf-8")
    capsys.readouterr()
    assert ex.main([str(CORPUS), "--bootstrap", "5", "--worst", "0", "--against", str(saved)]) == 0
    out = capsys.readouterr().out
    assert f"recall fell: 1 page\n  {LETTER[:16]}  P {kept:.3f} -> {kept:.3f}, R 1.500 -> 1.000" in out, out
    assert f"metadata: 1 page\n  {DIGIT[:16]}  title right: False -> True" in out
    assert "recall rose: 0 pages" in out


def test_a_run_saved_badly_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "run.json"
    broken.write_text("{}", encoding="utf-8")
    assert ex.main([str(CORPUS), "--against", str(broken)]) == 1
    assert "is no run saved with --save" in capsys.readouterr().err


def test_a_page_the_truth_lists_without_its_file_is_named_and_not_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "html" / f"{DIGIT}.html").unlink()  # a mirror may lack its largest files
    assert ex.main([str(corpus), "--bootstrap", "5", "--worst", "0"]) == 0
    out = capsys.readouterr().out
    assert f"1 page(s) the truth lists are not in {corpus}, not scored: {DIGIT}" in out
    assert "(andythefactory): 1 pages" in out
