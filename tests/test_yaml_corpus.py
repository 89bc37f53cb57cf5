"""The YAML test suite's error cases, each saved as a briefing file: a located diagnostic, never a traceback.

The corpus lives outside the repository, in ``shared/corpora/yaml-test-suite-errors/``
beside (or above) the checkout; it is read in place. Whatever PyYAML makes of a
case (a syntax error, or a document the schema then rejects), ``check`` must name
the file with a line number and exit non-zero.
"""

from __future__ import annotations

import re
import shutil
import traceback
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
MINI = REPO / "tests" / "fixtures" / "mini"
CORPUS_PATH = Path("shared") / "corpora" / "yaml-test-suite-errors"


def find_corpus() -> Path | None:
    """The corpus folder, looked for in the checkout and each folder above it."""
    for folder in (REPO, *REPO.parents):
        if (folder / CORPUS_PATH).is_dir():
            return folder / CORPUS_PATH
    return None


CORPUS = find_corpus()
CASES = sorted(CORPUS.glob("*.yaml")) if CORPUS else []
pytestmark = pytest.mark.skipif(CORPUS is None, reason=f"{CORPUS_PATH} not found in {REPO} or any folder above it")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the mini project; each case writes (then removes) its own briefing file."""
    target = tmp_path_factory.mktemp("corpus") / "mini"
    shutil.copytree(MINI, target)
    return target


def test_corpus_is_complete() -> None:
    assert len(CASES) == 94, f"expected the 94 error cases in {CORPUS}, found {len(CASES)}"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_error_case_gives_a_located_diagnostic(case: Path, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    title = (
        case.with_suffix(".title").read_text(encoding="utf-8").strip() if case.with_suffix(".title").is_file() else ""
    )
    name = f"yts-{case.stem.lower()}.yaml"
    target = project / "briefings" / name
    shutil.copyfile(case, target)
    capsys.readouterr()
    try:
        code = main(["--project", str(project), "check"])
    except Exception:
        pytest.fail(f"{case.stem} ({title}) crashed the check:\n{traceback.format_exc()}")
    finally:
        target.unlink()
    err = capsys.readouterr().err
    assert code != 0, f"{case.stem} ({title}) was accepted:\n{err}"
    assert "Traceback" not in err
    located = re.findall(rf"^briefings/{re.escape(name)}:(\d+):(\d+): error: ", err, re.MULTILINE)
    assert located, f"{case.stem} ({title}): no error names briefings/{name}:\n{err}"
    assert all(int(line) > 0 and int(col) > 0 for line, col in located), err
