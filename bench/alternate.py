"""Two versions of the code, cold builds alternated in one session: ``python bench/alternate.py PROJECT A=DIR B=DIR``.

Each round runs ``bench/timeline.py`` once per version, in that order, each in its
own process with ``PYTHONPATH`` set to the version's folder (a checkout holding
``generator/``), and prints one line per build: the load average before it, the
build's wall seconds (in-process, without the command line's start-up), the main
process's CPU seconds and its children's (the generator's second process,
Pagefind), the main thread's seconds and CPU seconds once the generated pages are
in (after ``on_files``: the build's path), its CPU seconds in the pages' template,
and the seconds after the last page was written. Then the mean of each column by version. The machine is shared:
compare the CPU seconds, which other jobs disturb less than the wall seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

TIMELINE = Path(__file__).with_name("timeline.py")
COLUMNS = (
    "load",
    "wall s",
    "main CPU s",
    "children CPU s",
    "path s",
    "path CPU s",
    "template CPU s",
    "after last page s",
)
_FIGURES = {
    "end": re.compile(r"^end ([\d.]+) s; CPU s: main process ([\d.]+), children ([\d.]+)", re.MULTILINE),
    "path": re.compile(r"^main thread after on_files: ([\d.]+) s, ([\d.]+) CPU s", re.MULTILINE),
    "last": re.compile(r"^post_page .* last +[\d.]+- *([\d.]+)", re.MULTILINE),
    "template": re.compile(r"^the pages' template: ([\d.]+) CPU s", re.MULTILINE),
}


def run(project: Path, code: Path, site: Path) -> tuple[float, ...]:
    """One cold build of ``project`` with the code in ``code``: the figures of :data:`COLUMNS`."""
    load = os.getloadavg()[0]
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, str(TIMELINE), str(project), "--site", str(site)]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    end, path, last, template = (_FIGURES[name].search(out) for name in ("end", "path", "last", "template"))
    if end is None or path is None or last is None or template is None:
        raise SystemExit(f"bench/timeline.py printed no figures:\n{out}")
    wall = float(end.group(1))
    return (load, wall, float(end.group(2)), float(end.group(3)), float(path.group(1)), float(path.group(2)),
            float(template.group(1)), wall - float(last.group(1)))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("project", type=Path, help="the project's folder (with mkdocs.yml)")
    parser.add_argument("versions", nargs="+", help="LABEL=DIR: a folder holding the version's generator/")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--site", type=Path, default=Path("/tmp/alternate-site"), help="where each version builds")
    args = parser.parse_args(argv)
    versions = [(label, Path(folder).resolve()) for label, _, folder in (v.partition("=") for v in args.versions)]
    seen: dict[str, list[tuple[float, ...]]] = {label: [] for label, _ in versions}
    print("| round | version | " + " | ".join(COLUMNS) + " |", flush=True)
    print("|---" * (len(COLUMNS) + 2) + "|", flush=True)
    for round_ in range(1, args.rounds + 1):
        for label, folder in versions:
            figures = run(args.project.resolve(), folder, args.site.with_name(f"{args.site.name}-{label}"))
            seen[label].append(figures)
            print(f"| {round_} | {label} | " + " | ".join(f"{f:.2f}" for f in figures) + " |", flush=True)
    for label, rows in seen.items():
        means = [statistics.mean(column) for column in zip(*rows, strict=True)]
        print(f"| mean | {label} | " + " | ".join(f"{f:.2f}" for f in means) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
