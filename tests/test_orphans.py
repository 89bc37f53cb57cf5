"""No process outlives a stopped build: ``mkdocs build`` killed mid-build, ``mkdocs serve`` stopped by a supervisor.

Each command runs in a session of its own, so every process it starts (the
generator's second process, Pagefind) carries that session's id, even once the
command is gone and they are re-parented. After the stop, no process of the
session may be left running. A zombie waiting for its new parent to reap it has
ended; it counts as gone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.build import background
from tests.conftest import STORY, bench_corpus, copy_project
from tests.test_serve import _free_port

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; the second process is Linux-only"),
    pytest.mark.xdist_group("serve"),
]

#: Copies of the story: a build long enough (seconds) that the second process is still rendering when stopped.
COPIES = 10
#: How long the processes of a stopped command may take to end.
GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    name: str
    state: str


def session(sid: int) -> list[Proc]:
    """The live processes of session ``sid`` (zombies have ended and are left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended while we looked
            continue
        name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
        if int(rest[3]) == sid and rest[0] not in ("Z", "X"):
            found.append(Proc(int(entry.name), int(rest[1]), name, rest[0]))
    return found


def wait_for(predicate: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story replicated ``COPIES`` times (bench/corpus.py), with the fixture's mkdocs.yml."""
    root = copy_project(STORY, tmp_path_factory.mktemp("corpus"))
    bench_corpus().replicate(root, STORY, COPIES)
    return root


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Commands started by a test; whatever is left of their sessions is killed at the end, pass or fail."""
    commands: list[subprocess.Popen[bytes]] = []
    yield commands
    for command in commands:
        for proc in session(command.pid):
            os.kill(proc.pid, signal.SIGKILL)
        command.kill()
        command.wait(timeout=10)


def start(project: Path, args: list[str], commands: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    command = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        start_new_session=True,
    )
    commands.append(command)
    return command


def children(command: subprocess.Popen[bytes]) -> list[Proc]:
    return [p for p in session(command.pid) if p.ppid == command.pid]


def stop_and_wait(command: subprocess.Popen[bytes], how: signal.Signals) -> list[Proc]:
    """Send ``how`` to the command; the processes of its session still there after the grace period."""
    command.send_signal(how)
    command.wait(timeout=30)
    wait_for(lambda: not session(command.pid), GRACE_SECONDS)
    return session(command.pid)


@pytest.mark.skipif(not background.available(), reason="builds in a second process only where it can fork")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_build_leaves_no_process(
    corpus: Path, tmp_path: Path, started: list[subprocess.Popen[bytes]], how: signal.Signals
) -> None:
    command = start(corpus, ["build", "--site-dir", str(tmp_path / "site")], started)
    # Pagefind starts when MkDocs begins reading the pages: by then the second process is rendering them.
    assert wait_for(lambda: {p.name for p in children(command)} >= {"python", "pagefind"}, 60), session(command.pid)
    second = [p for p in children(command) if p.name == "python"]
    assert second, "the second process was still at work when the build was stopped"
    left = stop_and_wait(command, how)
    assert left == [], f"left running {GRACE_SECONDS} s after {how.name}: {left}"


@pytest.mark.serve
def test_serve_stopped_mid_build_by_a_supervisor_leaves_no_process(
    corpus: Path, tmp_path: Path, started: list[subprocess.Popen[bytes]]
) -> None:
    """``mkdocs serve`` builds in its own process (no second process), with Pagefind beside it."""
    address = f"127.0.0.1:{_free_port()}"
    command = start(corpus, ["serve", "--dev-addr", address, "--livereload"], started)
    assert wait_for(lambda: any(p.name == "pagefind" for p in children(command)), 60), session(command.pid)
    assert [p.name for p in children(command)] == ["pagefind"], "serve builds in one process"
    left = stop_and_wait(command, signal.SIGTERM)
    assert left == [], f"left running {GRACE_SECONDS} s after SIGTERM: {left}"


#: A parent that starts the second process with its work replaced by a long sleep (it never writes to the pipe,
#: so no broken pipe can end it), from the main thread or another one, then waits to be killed.
PARENT = """
import sys, threading, time
from pathlib import Path
from generator.build import background
from generator.validate import Project
from generator.site.identity import SiteIdentity

background._work = lambda connection, settings: time.sleep(600)
if sys.argv[2] == "signal only":
    background._watch_parent = lambda parent: None
root = Path(sys.argv[1])
settings = background.Settings(Project.at(root), root / "templates", None, SiteIdentity("Briefings"))
if sys.argv[2] == "watch only":
    threading.Thread(target=background.Background, args=(settings,)).start()
else:
    background.Background(settings)
print("started", flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not background.available(), reason="builds in a second process only where it can fork")
@pytest.mark.parametrize("mode", ["signal only", "watch only"])
def test_the_second_process_ends_with_its_parent(
    story: Path, tmp_path: Path, started: list[subprocess.Popen[bytes]], mode: str
) -> None:
    """Either way suffices alone: the kernel's signal (asked for from the main thread; from another thread it would
    come when that thread ends, so it is not asked for), and the thread watching getppid()."""
    out = tmp_path / "out.txt"
    with out.open("wb") as sink:
        command = subprocess.Popen(
            [sys.executable, "-c", PARENT, str(story), mode],
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parent.parent,
            start_new_session=True,
        )
    started.append(command)
    assert wait_for(lambda: b"started" in out.read_bytes() or command.poll() is not None, 60), out.read_bytes()
    assert wait_for(lambda: [p.name for p in children(command)] == ["python"], 10), out.read_bytes()
    left = stop_and_wait(command, signal.SIGKILL)
    assert left == [], f"left running {GRACE_SECONDS} s after SIGKILL: {left}"
