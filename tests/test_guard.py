"""Tests pin the tool on fixtures, never the shipped story: only tests/test_shipped.py reads briefings/ and seeds/.

An analyst who edits the shipped briefings must keep ``make test`` green as long
as ``check --strict`` passes and the site builds. A test that reads the shipped
inputs (or builds the shipped mkdocs.yml) anywhere else would pin their wording.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
#: The one module that builds the shipped project, and this one, which names what it looks for.
ALLOWED = {"test_shipped.py", "test_guard.py"}
#: A shipped input as a path under the repository root (``ROOT``, ``parents[1]``, ``parent.parent``), or the root
#: itself handed to a function as the project (``Project.at(ROOT)``, ``build(ROOT, out)``). A static look at the
#: usual ways, not a proof: a path put together from variables gets past it.
SHIPPED = re.compile(
    r"""(\bROOT|parents\[[12]\]|parent\.parent)\s*/\s*["'](briefings|seeds|mkdocs\.yml)\b"""
    r"""|(?<!relative_to)\(\s*ROOT\s*[,)]"""
)


def test_no_test_reads_the_shipped_story() -> None:
    found = [
        f"{path.relative_to(TESTS)}:{number}: {line.strip()}"
        for path in sorted(TESTS.rglob("*.py"))
        if path.name not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SHIPPED.search(line)
    ]
    assert not found, "tests that read the shipped briefings/, seeds/ or mkdocs.yml (use tests/fixtures/):\n" + (
        "\n".join(found)
    )


def test_the_guard_sees_the_ways_tests_reached_the_shipped_story() -> None:
    for line in [
        "result = build_project(Project.at(ROOT))",
        'shipped_body = (ROOT / "seeds" / f"{seed_id}.md").read_text()',
        'cmd = [mkdocs, "build", "-f", str(ROOT / "mkdocs.yml")]',
        'BRIEFINGS = Path(__file__).resolve().parents[1] / "briefings"',
        "return copy_project(ROOT, tmp_path)",
        "result = build(ROOT, out)",
    ]:
        assert SHIPPED.search(line), line
    for line in ['out = ROOT / "docs" / "screenshots"', "copy_project(STORY, tmp_path)", 'ROOT / "schemas" / name']:
        assert not SHIPPED.search(line), line
