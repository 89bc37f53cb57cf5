#!/usr/bin/env python3
"""How far two careful annotators agree: one hand annotation of an article scored as if it were the draft.

Usage: bench/agreement.py FIRST SECOND [--misses] [--only ID,...]

FIRST and SECOND are folders of one folder per article (``seed.md``, ``actors.yaml``, ``truth.yaml``, as
tests/fixtures/draft_truth/README.md has them). For each article both hold (the same seed and the same registry
before the article), SECOND's truth is written as a draft (``truth_as_draft``) and scored against FIRST's with
bench/draft_truth.py's scorer, then the other way round. The figures are a ceiling for the draft's: a rule of
annotation that two people read differently is a point no draft can be sure to win.

Asserts nothing: figures for docs/import-and-draft.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import draft_truth as dt


def compare(first: Path, second: Path, only: list[str] | None = None) -> tuple[dict[str, dt.Score], list[str]]:
    """SECOND scored against FIRST, article by article, and the problems that stop a comparison (an article
    whose seed or registry differs between the two folders is not compared)."""
    scores: dict[str, dt.Score] = {}
    problems: list[str] = []
    theirs = {fx.name: fx for fx in dt.fixtures(second, only)}
    for fx in dt.fixtures(first, only):
        other = theirs.get(fx.name)
        if other is None:
            continue
        if other.seed_text != fx.seed_text or other.actors_text != fx.actors_text:
            problems.append(f"{fx.name}: seed.md or actors.yaml differ between the two folders: not compared")
            continue
        scores[fx.name] = dt.score(fx, dt.truth_as_draft(other.truth))
    return scores, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path, help="a folder of annotated articles")
    parser.add_argument("second", type=Path, help="a second annotation of some of the same articles")
    parser.add_argument("--misses", action="store_true", help="list each disagreement")
    parser.add_argument("--only", help="comma-separated article folder prefixes")
    args = parser.parse_args(argv)
    for folder in (args.first, args.second):
        if not folder.is_dir():
            print(f"error: no folder {folder} (expected one folder per article with truth.yaml)", file=sys.stderr)
            return 2
    only = [o for o in (args.only or "").split(",") if o]
    status = 0
    for label, a, b in (
        ("second against first", args.first, args.second),
        ("first against second", args.second, args.first),
    ):
        scores, problems = compare(a, b, only)
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
            status = 1
        if not scores:
            print(f"error: no article is in both {a} and {b}", file=sys.stderr)
            return 2
        print(f"## {label}: {b} scored as a draft against {a}\n")
        print(dt.report(scores, args.misses).replace("Draft against hand-made truth", "Annotation against annotation"))
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
