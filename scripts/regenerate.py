#!/usr/bin/env python3
"""Write anew what is made from generator/vocabulary.py: the colours in the stylesheet, the values in the docs.

    .venv/bin/python scripts/regenerate.py           # rewrite every file whose generated regions are out of date
    .venv/bin/python scripts/regenerate.py --check   # only list them; exit 1 if there are any

A generated region lies between ``<!-- generated: WHAT -->`` and ``<!-- end generated -->``
(``/* … */`` in CSS) in the README, a docs page or a stylesheet of the theme; WHAT says what
it holds (:func:`generator.vocabulary.fill`). Edit the declaration, never the region:
tests/test_vocabulary.py fails while a region differs from what this script writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.vocabulary import fill  # noqa: E402


def files() -> list[Path]:
    """Every file that may hold a generated region."""
    theme = REPO / "generator" / "site" / "theme"
    return sorted([REPO / "README.md", *(REPO / "docs").rglob("*.md"), *theme.rglob("*.css")])


def stale() -> dict[Path, str]:
    """The files whose generated regions are out of date, with their text as it should be."""
    out: dict[Path, str] = {}
    for path in files():
        text = path.read_text(encoding="utf-8")
        made = fill(text)
        if made != text:
            out[path] = made
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list the files out of date; exit 1 if any")
    args = parser.parse_args()
    found = stale()
    for path, text in found.items():
        if not args.check:
            path.write_text(text, encoding="utf-8")
        print(f"{'out of date' if args.check else 'written'}: {path.relative_to(REPO)}")
    return 1 if found and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
