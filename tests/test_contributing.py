"""Contributor habits: the test runner works as a contributor types it.

``pytest`` (the script the virtualenv installs) must collect exactly what ``python -m pytest``
collects: the tests import helpers as ``tests.<module>``, which works only with the project
folder on ``sys.path``; ``python -m`` puts the current folder there, the script does not.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _collect(*command: str) -> list[str]:
    """The test ids a pytest command collects from the project folder (it must exit 0)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER")}
    done = subprocess.run(
        [*command, "--collect-only", "-q", "-p", "no:xdist", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{' '.join(command)} failed to collect:\n{done.stdout[-3000:]}\n{done.stderr[-2000:]}"
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_pytest_script_collects_what_python_m_pytest_collects() -> None:
    script = Path(sys.executable).with_name("pytest")
    assert script.is_file(), f"no pytest script beside {sys.executable}"
    by_script = _collect(str(script))
    assert by_script == _collect(sys.executable, "-m", "pytest")
    assert len(by_script) > 1000


CONTRIBUTING = ROOT / "CONTRIBUTING.md"
#: The checklists; three are written on other branches of issue 18 and slot in under these headings.
CHECKLISTS = [
    "Adding a diagnostic",
    "Adding an annotation field",
    "Adding a vocabulary value",
    "Adding an exported field",
    "Adding a page kind",
    "Adding a command",
]


def test_contributing_has_the_checklists_and_the_readme_links_it() -> None:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    for heading in ["Set up", "Run the tests", "Regenerate what is generated", "Golden cases", *CHECKLISTS]:
        assert f"\n## {heading}\n" in text, f"CONTRIBUTING.md has no section '## {heading}'"
    assert "[CONTRIBUTING.md](CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_contributing_names_every_room() -> None:
    text = CONTRIBUTING.read_text(encoding="utf-8").split("\n## The rooms of `generator/`\n", 1)[1].split("\n## ", 1)[0]
    rooms = [f"`{p.name}/`" for p in (ROOT / "generator").iterdir() if (p / "__init__.py").is_file()]
    rooms += [f"`{p.name}`" for p in (ROOT / "generator").glob("*.py") if not p.name.startswith("__")]
    missing = [room for room in rooms if room not in text and room.replace("/`", "/") not in text]
    assert not missing, f"CONTRIBUTING.md, The rooms of generator/: no row for {', '.join(missing)}"


def test_paths_in_contributing_exist() -> None:
    """Every file or folder CONTRIBUTING.md names (but the placeholders of a new code or case) is there."""
    text = CONTRIBUTING.read_text(encoding="utf-8")
    named = set(re.findall(r"(?<![\w/.-])((?:generator|tests|docs|bench|schemas)/[\w/.-]*[\w/])", text))
    missing = sorted(p for p in named if "BRF0NN" not in p and not (ROOT / p).exists())
    assert not missing, f"CONTRIBUTING.md names paths that do not exist: {', '.join(missing)}"
    assert len(named) > 20
