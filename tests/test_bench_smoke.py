"""The benchmark still runs end to end (at a tiny size): it reads the project's mkdocs.yml, builds, serves.

Figures are never asserted here (they are the benchmark's to print); only that every step ran and
printed its table, so the benchmark cannot rot unnoticed between the times someone measures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, STORY, copy_project

pytestmark = pytest.mark.serve


def test_the_benchmark_runs_at_a_tiny_size() -> None:
    cmd = [sys.executable, "bench/run.py", "--sizes", "10", "--copies", "1", "--no-search", "--no-full-serve"]
    cmd += ["--repeat", "1", "--serve-at", "10", "--edits", "1", "--timeout", "300"]
    before = {p.name for p in ROOT.iterdir()}
    output = _ran(cmd, timeout=600)
    for table in ("largest page", "Editing while serving", "story ×1", "targets of issue 19", "(4f) cmark-gfm s"):
        assert table in output, f"no '{table}' in the benchmark's report"
    left = {p.name for p in ROOT.iterdir()} - before
    assert not left, f"the benchmark left {sorted(left)} in the project"


def test_the_timeline_of_a_build_runs(tmp_path: Path) -> None:
    """bench/timeline.py builds a project in process and stamps MkDocs' events and Pagefind's bundle thread."""
    project = copy_project(STORY, tmp_path / "story")
    output = _ran([sys.executable, "bench/timeline.py", str(project)], timeout=300)
    lines = ("page_content ", "post_page ", "(bundle thread) ", "threads' CPU s: main", "end ")
    for line in (*lines, "main thread after on_files: ", "the pages' template: "):
        assert line in output, f"no '{line}' in the timeline"
    assert (project / "site" / "pagefind" / "pagefind-entry.json").is_file()


def _ran(cmd: list[str], timeout: float) -> str:
    """What a benchmark script printed, once it has run to the end without a traceback."""
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False, timeout=timeout)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "Traceback" not in output
    return output
