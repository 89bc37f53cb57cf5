"""Contributor habits: the test runner works as a contributor types it.

``pytest`` (the script the virtualenv installs) must collect exactly what ``python -m pytest``
collects: the tests import helpers as ``tests.<module>``, which works only with the project
folder on ``sys.path``; ``python -m`` puts the current folder there, the script does not.
"""

from __future__ import annotations

import os
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
