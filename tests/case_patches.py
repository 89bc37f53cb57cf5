"""Golden cases that state only their change: a file of a case may be a unified diff on a base file.

``tests/cases/<case>/<path>.patch`` makes ``<path>`` in the case's project by patching a base:

    --- tests/fixtures/mini/briefings/harbour-ferry.yaml
    +++ briefings/harbour-ferry.yaml
    @@ -8,0 +9,2 @@
    +bottom_line: "The ferry will keep running."
    +

The ``---`` line names the base (a file under ``tests/fixtures/``, from the repository root); the
``+++`` line is ``<path>``, the file the build reads. Every hunk applies exactly where its header
says, or the case fails: the ``+`` line numbers in a hunk header are the lines of the file the
expected diagnostics point at. ``show`` prints a case's patched files with their line numbers.

Write a patch by copying the base into the case folder, editing it, then turning it into a patch::

    .venv/bin/python -m tests.case_patches make tests/cases/BRF088-bottom-line-without-judgements

When a base changes under a patch (its lines moved or its context was edited), ``refresh`` finds
each hunk near where it was, writes the patch anew, and says what it did; then regenerate the
expected output and review both diffs::

    .venv/bin/python -m tests.case_patches refresh tests/cases/*
    UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_cases.py
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
#: Where a case's file finds its base, in order: the project every case is laid over, then bases of new files.
BASES = (FIXTURES / "mini", FIXTURES / "bases")
SUFFIX = ".patch"
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    """A patch that cannot be read or no longer applies to its base."""


@dataclass(frozen=True)
class Hunk:
    """One ``@@`` block: where it goes in the base and in the result, and its lines (tag, text)."""

    old_start: int
    new_start: int
    lines: tuple[tuple[str, str], ...]

    @property
    def old(self) -> list[str]:
        return [text for tag, text in self.lines if tag != "+"]

    @property
    def new(self) -> list[str]:
        return [text for tag, text in self.lines if tag != "-"]


@dataclass(frozen=True)
class Patch:
    """A one-file unified diff: the base's path (from the repository root), the target's, the hunks."""

    base: str
    target: str
    hunks: tuple[Hunk, ...]


def lines_of(data: bytes) -> list[str]:
    """The lines of a file, each with its ``\\n``, exactly as stored (``str.splitlines`` would also split at form feeds)."""
    return split_lines(data.decode("utf-8"))


def split_lines(text: str) -> list[str]:
    """``text`` cut after each ``\\n`` only."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def parse(text: str) -> Patch:
    """Read a one-file unified diff (``diff -u``/``git diff`` output; timestamps after a tab are ignored)."""
    rows = split_lines(text)
    if len(rows) < 2 or not rows[0].startswith("--- ") or not rows[1].startswith("+++ "):
        raise PatchError("a patch starts with a '--- <base>' line and a '+++ <path>' line")
    base, target = (row[4:].rstrip("\n").split("\t")[0] for row in rows[:2])
    hunks: list[Hunk] = []
    i = 2
    while i < len(rows):
        match = HUNK.match(rows[i])
        if not match:
            raise PatchError(f"line {i + 1}: expected a hunk header '@@ -l,n +l,n @@', found {rows[i]!r}")
        old_len, new_len = (1 if n is None else int(n) for n in match.group(2, 4))
        body: list[tuple[str, str]] = []
        i += 1
        while sum(t != "+" for t, _ in body) < old_len or sum(t != "-" for t, _ in body) < new_len:
            if i >= len(rows):
                raise PatchError(f"the hunk at line {match.group(1)} ends before its header's line counts")
            row = rows[i] if rows[i] not in ("\n", "") else " \n"  # an editor may strip a blank context line
            if row[0] not in " +-":
                raise PatchError(f"line {i + 1}: a hunk line starts with ' ', '+' or '-', found {row!r}")
            body.append((row[0], row[1:]))
            i += 1
        hunks.append(Hunk(int(match.group(1)), int(match.group(3)), tuple(body)))
    return Patch(base, target, tuple(hunks))


def _start(line: int, old: list[str]) -> int:
    """The 0-based index where a hunk's old lines begin (``-8,0`` means after line 8)."""
    return line - 1 if old else line


def apply(patch: Patch, base: list[str], *, exact: bool = True) -> list[str]:
    """The base with the hunks applied: each where its header says, or (``exact=False``) where its lines are found."""
    out: list[str] = []
    done = 0
    for hunk in patch.hunks:
        old = hunk.old
        start = _start(hunk.old_start, old)
        if base[start : start + len(old)] != old:
            if exact:
                raise PatchError(_mismatch(patch, hunk, base))
            start = _nearest(base, old, start, done)
        out += base[done:start]
        if exact and len(out) != _start(hunk.new_start, hunk.new):
            raise PatchError(
                f"the hunk at line {hunk.old_start} of {patch.base} says it lands at line {hunk.new_start}"
            )
        out += hunk.new
        done = start + len(old)
    return out + base[done:]


def _nearest(base: list[str], old: list[str], near: int, after: int) -> int:
    """Where ``old`` occurs in ``base`` at or after ``after``, nearest to ``near``."""
    found = [i for i in range(after, len(base) - len(old) + 1) if base[i : i + len(old)] == old]
    if not found:
        raise PatchError(f"lines not found in the base: {''.join(old)!r}")
    return min(found, key=lambda i: abs(i - near))


def _mismatch(patch: Patch, hunk: Hunk, base: list[str]) -> str:
    start = _start(hunk.old_start, hunk.old)
    for n, want in enumerate(hunk.old):
        have = base[start + n] if start + n < len(base) else "(end of file)"
        if have != want:
            return (
                f"{patch.base} changed under this patch: line {start + n + 1} is {have!r}, the hunk at line "
                f"{hunk.old_start} expects {want!r}; run .venv/bin/python -m tests.case_patches refresh <case>"
            )
    return f"{patch.base} is shorter than the hunk at line {hunk.old_start} expects"


def shown(path: Path) -> str:
    """A path as messages give it: from the repository root when it is inside."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def base_path(patch: Patch) -> Path:
    """The base file a patch names, which must be under tests/fixtures/."""
    path = (ROOT / patch.base).resolve()
    if not path.is_relative_to(FIXTURES) or not path.is_file():
        raise PatchError(f"the base {patch.base!r} is not a file under tests/fixtures/")
    return path


def materialise(patch_file: Path, rel: str, *, exact: bool = True) -> bytes:
    """The file a case's ``<rel>.patch`` makes, as bytes; ``rel`` is the target's path in the project."""
    try:
        patch = parse(patch_file.read_bytes().decode("utf-8"))
        if patch.target != rel:
            raise PatchError(f"the '+++' line names {patch.target!r}, but the patch is for {rel!r}")
        return "".join(apply(patch, lines_of(base_path(patch).read_bytes()), exact=exact)).encode("utf-8")
    except PatchError as exc:
        raise PatchError(f"{shown(patch_file)}: {exc}") from None


def diff(base: Path, rel: str, result: bytes) -> str:
    """A unified diff (three lines of context) that turns the base file into ``result``."""
    label = base.relative_to(ROOT).as_posix()
    for name, data in ((label, base.read_bytes()), (rel, result)):
        if data and not data.endswith(b"\n"):
            raise PatchError(f"{name}: a patch needs the file to end with a newline")
    return "".join(difflib.unified_diff(lines_of(base.read_bytes()), lines_of(result), label, rel))


def find_base(rel: str) -> Path | None:
    """The first base file for a project path ``rel``: tests/fixtures/mini/<rel>, then tests/fixtures/bases/<rel>."""
    return next((folder / rel for folder in BASES if (folder / rel).is_file()), None)


def patches_of(case: Path) -> list[tuple[Path, str]]:
    """Each patch of a case, with the project path of the file it makes."""
    return [(p, p.relative_to(case).as_posix().removesuffix(SUFFIX)) for p in sorted(case.rglob(f"*{SUFFIX}"))]


def with_base(case: Path) -> list[tuple[Path, str, Path]]:
    """Each whole file of a case that has a base: (the file, its project path, the base)."""
    found = []
    for item in sorted(p for p in case.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = item.relative_to(case).as_posix()
        base = find_base(rel)
        if base is not None and not rel.endswith(SUFFIX) and rel not in ("case.yaml", "expected.txt", "make.py"):
            found.append((item, rel, base))
    return found


def as_patch(item: Path, rel: str, base: Path) -> str:
    """The patch that makes ``item`` from ``base``; a PatchError when the file is better kept whole."""
    try:
        text = diff(base, rel, item.read_bytes())
    except UnicodeDecodeError as exc:
        raise PatchError(str(exc)) from None
    if len(split_lines(text)) >= len(lines_of(item.read_bytes())):
        raise PatchError("its patch would be as long as the file")
    return text


def make(case: Path) -> list[str]:
    """Turn every whole file of a case that has a base into a patch, when the patch is shorter. Returns what it did."""
    done: list[str] = []
    for item, rel, base in with_base(case):
        try:
            text = as_patch(item, rel, base)
        except PatchError as exc:
            done.append(f"{shown(item)}: kept whole ({exc})")
            continue
        patch_file = item.with_name(item.name + SUFFIX)
        patch_file.write_text(text, encoding="utf-8")
        assert materialise(patch_file, rel) == item.read_bytes(), f"{patch_file}: does not give the file back"
        item.unlink()
        done.append(f"{shown(patch_file)}: on {shown(base)}")
    return done


def refresh(case: Path) -> list[str]:
    """Rewrite each patch of a case whose hunks moved or whose base changed, finding each hunk near where it was."""
    done: list[str] = []
    for patch_file, rel in patches_of(case):
        try:
            materialise(patch_file, rel)
            continue
        except PatchError:
            result = materialise(patch_file, rel, exact=False)
        patch = parse(patch_file.read_text(encoding="utf-8"))
        patch_file.write_text(diff(base_path(patch), rel, result), encoding="utf-8")
        done.append(f"{shown(patch_file)}: rewritten on {patch.base}")
    return done


def show(case: Path) -> list[str]:
    """Each patched file of a case as the build reads it, with line numbers."""
    out: list[str] = []
    for patch_file, rel in patches_of(case):
        out.append(f"== {rel}")
        out += [f"{n:4} {line.rstrip()}" for n, line in enumerate(lines_of(materialise(patch_file, rel)), 1)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.case_patches", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["make", "refresh", "show"])
    parser.add_argument("cases", nargs="+", type=Path)
    args = parser.parse_args(argv)
    action = {"make": make, "refresh": refresh, "show": show}[args.command]
    try:
        for case in args.cases:
            if case.is_dir():
                print("\n".join(action(case.resolve())) or f"{case}: nothing to do")
    except PatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
