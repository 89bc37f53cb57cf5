"""Progress of a long check, render or export: a bar on a terminal only, never in a pipe, JSON or CI.

Each command runs in a child process on a pseudo-terminal (``pty``, given a width, as a
terminal window has) or with its output in pipes. ``PROGRESS_AFTER`` is set to 0 in the
child so that the small fixture's quick run shows its bar as a long one would.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ALWAYS = "import sys, generator.cli as c\nc.PROGRESS_AFTER = {after}\nsys.exit(c.main({args!r}))"


def _env(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    return {**env, "TERM": "xterm-256color", **changes}


def on_terminal(args: list[str], after: float = 0, **env: str) -> tuple[int, str]:
    """Run ``briefings ARGS`` with standard output and error on a pseudo-terminal 100 columns wide."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    code = ALWAYS.format(after=after, args=args)
    run = subprocess.Popen([sys.executable, "-c", code], stdin=child, stdout=child, stderr=child, env=_env(**env))
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 1 << 16)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    return run.wait(timeout=120), out.decode("utf-8", "replace")


def in_pipes(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    code = ALWAYS.format(after=0, args=args)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(**env), timeout=120)


def test_a_terminal_shows_each_stage_then_wipes_it(mini: Path) -> None:
    code, out = on_terminal(["--project", str(mini), "check"])
    assert code == 0, out
    assert "reading" in out and "rendering" in out and "pages" in out
    assert "100%" in out or "|" in out, out
    assert out.rstrip().endswith("No problems found."), "the result comes after the bars"
    before = out[: out.rindex("No problems found.")]
    assert before.endswith("\r") and before.rsplit("\r", 2)[-2].strip() == "", "the last bar's line was blanked"


def test_render_and_export_show_progress_too(mini: Path, tmp_path: Path) -> None:
    code, out = on_terminal(["--project", str(mini), "render", "--out", str(tmp_path / "pages")])
    assert code == 0 and "rendering" in out, out
    code, out = on_terminal(["--project", str(mini), "export", "--out", str(tmp_path / "data.json")])
    assert code == 0 and "rendering" in out, out


def test_a_pipe_gets_no_progress(mini: Path) -> None:
    done = in_pipes(["--project", str(mini), "check"])
    assert done.returncode == 0
    assert done.stdout == "No problems found.\n" and done.stderr == ""


@pytest.mark.parametrize("env", [{"CI": "true"}, {"TERM": "dumb"}])
def test_ci_and_a_dumb_terminal_get_none(mini: Path, env: dict[str, str]) -> None:
    code, out = on_terminal(["--project", str(mini), "check"], **env)
    assert code == 0 and "reading" not in out and "\r" not in out.replace("\r\n", "\n"), out


def test_json_gets_none_even_on_a_terminal(mini: Path) -> None:
    code, out = on_terminal(["--project", str(mini), "check", "--format", "json"])
    assert code == 0 and "reading" not in out
    assert json.loads(out) == []


def test_no_color_keeps_the_bar_without_colour(mini: Path) -> None:
    code, out = on_terminal(["--project", str(mini), "check"], NO_COLOR="1")
    assert code == 0 and "rendering" in out
    assert "\x1b[3" not in out and "\x1b[9" not in out, "no colour codes"


def test_tqdm_is_imported_only_once_a_bar_is_drawn(mini: Path) -> None:
    """A run quicker than PROGRESS_AFTER never pays tqdm's import."""
    probe = (
        "import sys, generator.cli as c\nc.PROGRESS_AFTER = {after}\nc.shows_progress = lambda stream: True\n"
        "c.main(['--project', {mini!r}, 'check'])\nprint('tqdm' in sys.modules, file=sys.__stdout__)"
    )
    for after, imported in ((3600, "False"), (0, "True")):
        done = subprocess.run(
            [sys.executable, "-c", probe.format(after=after, mini=str(mini))], capture_output=True, text=True
        )
        assert done.stdout.splitlines()[-1] == imported, (after, done.stdout, done.stderr)
