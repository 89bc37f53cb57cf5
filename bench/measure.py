"""Running one bounded step of the benchmark in a child process: wall time, peak memory, output."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """One finished child process."""

    wall_s: float
    #: user + system CPU seconds of the child and the children it waited for (steadier than wall time
    #: on a shared machine)
    cpu_s: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


def run(cmd: list[str], cwd: Path, timeout_s: float, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd`` in its own process group; kill the group after ``timeout_s``.

    Peak memory is the child's own ``ru_maxrss`` (from ``wait4``), not the
    maximum over every child so far that ``RUSAGE_CHILDREN`` would give.
    """
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    # anonymous files (gone when closed, even if the bench is interrupted): pipes could fill and
    # block the child, and files in ``cwd`` would be left in the project by an interrupted run
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=full_env, start_new_session=True)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout_s, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", errors="replace")
        stderr = err.read().decode("utf-8", errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, usage.ru_maxrss / 1024, proc.returncode, stdout, stderr, killed.is_set())


def tree_bytes(folder: Path) -> tuple[int, int, int]:
    """Total bytes of the files under ``folder``, the number of HTML pages, and the bytes of those pages."""
    total = pages = html = 0
    for path in folder.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            if path.suffix == ".html" and path.name != "404.html":
                pages += 1
                html += size
    return total, pages, html


def largest_page(folder: Path) -> tuple[int, str]:
    """The size of the largest HTML page under ``folder`` and its path (relative to it)."""
    sizes = [(p.stat().st_size, p.relative_to(folder).as_posix()) for p in folder.rglob("*.html") if p.is_file()]
    return max(sizes, default=(0, ""))


def best(runs: list[Run]) -> Run:
    """The fastest of repeated runs: the least disturbed by whatever else the machine was doing."""
    return min(runs, key=lambda r: r.wall_s)
