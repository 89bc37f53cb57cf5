"""Golden cases: the project's own corpus of broken annotations, one folder per case.

Regenerate every ``expected.txt`` after a deliberate change with one command, then
review the diff:

    UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_cases.py

A case is a folder ``tests/cases/<CODE>-<short-name>/`` laid over a fresh copy of
the small fixture project ``tests/fixtures/mini/``:

* every file in it (other than the three below) is copied to the same path in the
  copy, replacing what was there; a file named ``<path>.delete`` deletes ``<path>``
  (a file or a folder);
* a file named ``<path>.patch`` is a unified diff that makes ``<path>`` from a base
  file under ``tests/fixtures/`` (``mini/``, or ``bases/`` for a new file): the case
  states only its change, and the ``+`` line numbers of its hunks are the lines the
  expected diagnostics name (see ``tests/case_patches.py``; ``python -m
  tests.case_patches show <case>`` prints the patched files with their line numbers);
* ``make.py``, if present, runs with the copy as the current folder, for inputs a
  text file cannot hold (bad UTF-8, a byte-order mark, a huge file, a folder where
  a file is expected, a link), to set the environment (``SOURCE_DATE_EPOCH``:
  the day checks that age take as today), or to hide an installed module
  (``sys.modules[name] = None``: an optional extra not installed); what it sets
  is undone after the case;
* ``case.yaml`` says what the case is ``about``; it may give the command's ``args``
  (default ``[check]``; ``--project <copy>`` always comes first), and
  ``known_crash`` for an input that still crashes the generator (the case then
  expects the crash, and fails once it is fixed: remove ``known_crash`` and
  regenerate);
* ``expected.txt`` is ``exit N`` on the first line, then the exact standard error
  of ``python -m generator --project <copy> <args>``, paths relative to the copy.
"""

from __future__ import annotations

import json
import os
import runpy
import shutil
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diagnostics import CODES
from tests import case_patches

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "cases"
MINI = TESTS / "fixtures" / "mini"
SPECIAL = {"expected.txt", "case.yaml", "make.py"}
UPDATE = os.environ.get("UPDATE_GOLDENS") == "1"
REGENERATE = "UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_cases.py"

ALL_CASES = sorted(p for p in CASES.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


class Crash(Exception):
    """The command raised instead of reporting a diagnostic."""


def settings(case: Path) -> dict[str, Any]:
    """The case's ``case.yaml``, or defaults."""
    path = case / "case.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    data = data or {}
    assert isinstance(data, dict), f"{path}: expected a mapping"
    return data


def expected_text(case: Path) -> str:
    path = case / "expected.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def prepare(case: Path, target: Path) -> Path:
    """A copy of the mini project with the case's files laid over it; returns its root."""
    shutil.copytree(MINI, target)
    for item in sorted(case.rglob("*")):
        rel = item.relative_to(case)
        if item.is_dir() or rel.as_posix() in SPECIAL or "__pycache__" in rel.parts:
            continue
        if item.name.endswith(".delete"):
            doomed = target / rel.parent / item.name.removesuffix(".delete")
            assert doomed.exists(), f"{case.name}: nothing to delete at {rel.parent / doomed.name}"
            if doomed.is_dir():
                shutil.rmtree(doomed)
            else:
                doomed.unlink()
            continue
        if item.name.endswith(case_patches.SUFFIX):
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(item, target / rel)
    for patch_file, made in case_patches.patches_of(case):
        (target / made).parent.mkdir(parents=True, exist_ok=True)
        (target / made).write_bytes(case_patches.materialise(patch_file, made))
    return target


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (``None`` for folders, links, pipes and other non-files)."""
    return {
        p.relative_to(root).as_posix(): (None if p.is_symlink() or not p.is_file() else p.read_bytes())
        for p in sorted(root.rglob("*"))
    }


def run_cli(project: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``python -m generator --project <project> <args>`` in-process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    try:
        code = main(["--project", str(project), *args])
    except SystemExit as exc:  # argparse usage errors exit 2
        code = exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:
        raise Crash(traceback.format_exc()) from exc
    out, err = capsys.readouterr()
    return code, relative(out, project), relative(err, project)


def relative(text: str, project: Path) -> str:
    """Output with the temporary project's path taken out, so goldens do not depend on it."""
    for form in sorted({str(project.resolve()), str(project)}, key=len, reverse=True):
        text = text.replace(form + os.sep, "").replace(form, "<project>")
    return text


def run_case(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """Lay the case over a fresh copy of the mini project and run its command: ``exit N`` + stderr."""
    project = prepare(case, tmp_path / "project")
    monkeypatch.chdir(project)  # make.py and a FILE argument (import) work relative to the project
    for name, value in os.environ.items():  # what make.py sets in the environment is undone after the case
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    if (case / "make.py").is_file():
        before, modules = set(os.environ), dict(sys.modules)
        runpy.run_path(str(case / "make.py"), run_name="__main__")
        for name in set(os.environ) - before:
            monkeypatch.setenv(name, os.environ[name])
        hidden = [n for n, m in sys.modules.items() if m is None and (n not in modules or modules[n] is not None)]
        for name in hidden:
            # put back as it was, then hidden again through monkeypatch, which undoes it after the case
            if name in modules:
                sys.modules[name] = modules[name]
            else:
                del sys.modules[name]
            monkeypatch.setitem(sys.modules, name, None)
    args = [str(a) for a in settings(case).get("args", ["check"])]
    before = snapshot(project)
    code, _out, err = run_cli(project, args, capsys)
    if args[0] == "check":
        assert snapshot(project) == before, "check modified a file"
    return f"exit {code}\n{err}"


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_case(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    known_crash = settings(case).get("known_crash")
    try:
        actual = run_case(case, tmp_path, capsys, monkeypatch)
    except Crash as crash:
        if known_crash:
            pytest.xfail(f"known crash: {known_crash}")
        pytest.fail(f"the command crashed:\n{crash}")
    assert not known_crash, f"{case.name} no longer crashes: remove known_crash from its case.yaml and run {REGENERATE}"
    assert "Traceback" not in actual
    if UPDATE:
        (case / "expected.txt").write_text(actual, encoding="utf-8")
        return
    assert (case / "expected.txt").is_file(), f"{case.name} has no expected.txt; run {REGENERATE}"
    shown = f"the files as the build reads them: .venv/bin/python -m tests.case_patches show tests/cases/{case.name}"
    assert actual == expected_text(case), shown


def test_case_names_start_with_a_code_they_show() -> None:
    for case in ALL_CASES:
        code = case.name.split("-", 1)[0]
        assert code in CODES, f"{case.name}: the folder name must start with a diagnostic code"
        if not settings(case).get("known_crash") and not UPDATE:
            assert f"[{code}]" in expected_text(case), f"{case.name}: its expected output never shows [{code}]"


def test_every_code_has_a_case() -> None:
    shown = "\n".join(expected_text(case) for case in ALL_CASES)
    missing = [code for code in CODES if f"[{code}]" not in shown]
    assert not missing, f"no golden case shows these codes: {', '.join(missing)}"


def test_no_case_shows_a_traceback() -> None:
    for case in ALL_CASES:
        assert "Traceback" not in expected_text(case), case.name


def test_check_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``check --format json`` lists the same diagnostics as the text output, with every key editors need."""
    case = CASES / "BRF050-quote-not-found"
    project = prepare(case, tmp_path / "project")
    code, out, _err = run_cli(project, ["check", "--format", "json"], capsys)
    items = json.loads(out)
    assert code == 1
    assert items
    text = expected_text(case)
    for item in items:
        assert {"path", "line", "column", "severity", "code", "message", "hint"} <= item.keys()
        assert item["severity"] in ("error", "warning")
        assert isinstance(item["line"], int) and item["line"] > 0
        assert isinstance(item["column"], int) and item["column"] > 0
        assert f"{item['path']}:{item['line']}:{item['column']}: {item['severity']}: {item['message']}" in text
        assert f"[{item['code']}]" in text
        assert item["hint"].split("\n")[0] in text


def test_mini_fixture_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The project every case is laid over passes ``check --strict``."""
    project = tmp_path / "project"
    shutil.copytree(MINI, project)
    code, out, err = run_cli(project, ["check", "--strict"], capsys)
    assert (code, err) == (0, ""), err
    assert out == "No problems found.\n"


def test_mini_fixture_builds(tmp_path: Path) -> None:
    """The fixture is a complete MkDocs project: ``mkdocs build --strict`` succeeds."""
    project = tmp_path / "project"
    shutil.copytree(MINI, project)
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert (site / "briefings" / "harbour-ferry" / "index.html").is_file()
