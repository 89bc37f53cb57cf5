#!/usr/bin/env python3
"""How often the check of reported speech (BRF104) warns, on statements known to be reported speech.

    .venv/bin/python bench/reported_check.py [--show]

Evidence with ``kind: reported`` must be speech reported from someone; BRF104 warns when the sentence holding
it has no verb of saying or reporting (``generator.inputs.saying.attributed``). Run on:

- the reported statements annotated by hand in ``tests/fixtures/draft_truth/``, ``draft_heldout/``,
  ``draft_fresh/``, ``draft_fresh2/``, ``draft_fresh3/`` and ``draft_dev4/`` (the last four annotated after the
  check's verbs were chosen): each
  is reported speech, so each warning there is a false positive unless it is really the outlet's framing;
- every ``kind: reported`` evidence of the shipped briefings (``briefings/``) and of the story fixture
  (``tests/fixtures/story/``). Both are corrected now; the case the check is for, the US "opposes" that rested
  on the outlet's own clause "which the White House has refused to do", is pinned by tests/test_reported_speech.py.

Prints the counts; ``--show`` prints each warned passage with its sentence. Not a test: figures to read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from draft_truth import find_span, fixtures  # noqa: E402

from generator.inputs.quotations import quotations  # noqa: E402
from generator.inputs.saying import attributed, framed, sentences  # noqa: E402


def _sentence(body: str, start: int, end: int) -> str:
    frame = framed(body, quotations(body))
    return " ".join(body[a:b] for a, b in sentences(frame) if a < max(end, start + 1) and start < b)


def _truths(root: str) -> Iterator[tuple[str, str, str]]:
    """(fixture, passage, body) of every reported statement annotated by hand in ``tests/fixtures/<root>/`` (none
    while the folder is not there yet)."""
    folder = ROOT / "tests" / "fixtures" / root
    for fx in fixtures(folder) if folder.is_dir() else []:
        for item in fx.truth.get("reported") or []:
            yield f"{root}/{fx.name}", str(item["passage"]), fx.body


def _reported(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("kind") == "reported" and "quote" in node and "source" in node:
            yield node
        for value in node.values():
            yield from _reported(value)
    elif isinstance(node, list):
        for value in node:
            yield from _reported(value)


def _briefing_items(project: Path) -> Iterator[tuple[str, str, str]]:
    """(file, quote, body) of every evidence item labelled reported in a project's briefings."""
    for path in sorted((project / "briefings").glob("*.yaml")):
        for ev in _reported(yaml.safe_load(path.read_text(encoding="utf-8"))):
            seed = project / "seeds" / f"{ev['source']}.md"
            body = seed.read_text(encoding="utf-8").split("\n---\n", 1)[1]
            yield str(path.relative_to(ROOT)), str(ev["quote"]), body


def _warned(items: Iterator[tuple[str, str, str]], show: bool) -> tuple[int, int, int]:
    """How many items, how many warned, how many not found in their source."""
    total = warned = missing = 0
    for where, passage, body in items:
        total += 1
        span = find_span(body, passage)
        if span is None:
            missing += 1
            continue
        if not attributed(body, quotations(body), *span):
            warned += 1
            if show:
                print(f"  {where}: {passage!r}\n    sentence: {_sentence(body, *span)!r}")
    return total, warned, missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each warned passage and its sentence")
    args = parser.parse_args()
    for label, items in (
        ("reported statements annotated by hand (draft_truth)", _truths("draft_truth")),
        ("reported statements annotated by hand (draft_heldout)", _truths("draft_heldout")),
        ("reported statements annotated by hand, never read for the check (draft_fresh)", _truths("draft_fresh")),
        ("reported statements annotated by hand, never read for the check (draft_fresh2)", _truths("draft_fresh2")),
        ("reported statements annotated by hand, never read for the check (draft_fresh3)", _truths("draft_fresh3")),
        ("reported statements annotated by hand, never read for the check (draft_dev4)", _truths("draft_dev4")),
        ("shipped briefings (briefings/)", _briefing_items(ROOT)),
        ("story fixture (tests/fixtures/story/)", _briefing_items(ROOT / "tests" / "fixtures" / "story")),
    ):
        total, warned, missing = _warned(items, args.show)
        print(f"{label}: {warned} warned of {total}" + (f" ({missing} not found in their source)" if missing else ""))


if __name__ == "__main__":
    main()
