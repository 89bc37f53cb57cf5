"""Draft's links measured against hand-made truth: ``make bench-draft`` (after bench/draft_truth.py).

``python bench/draft_links.py [FIXTURES] [--only ID,...] [--misses]``

A fixture of ``tests/fixtures/draft_truth/`` that has ``briefing.yaml`` (the briefing on its
story before the article: propositions, open questions, events, written by hand; it may cite
another fixture's seed, which is then in the project too) and ``links:`` in ``truth.yaml``::

    links:
      held_out: true             # not looked at while the scorer was tuned: reported apart
      propositions:              # statements (a truth quotation or passage) and the issue they bear on
        - text: "discontinue the investigation regarding Julian Assange"
          issue: "sweden-case"
      events:                    # dated sentences (words of them) and the event of the briefing they are
        - sentence: "re-opened earlier this year"
          event: "sweden-reopens"

For each, ``briefings draft`` runs on a project of the seed, the registry and the briefing
(``--dry-run``), and the draft's comments are read:

* **proposition first / in the top 3**: the truth's issue is the first (prefilled) / among the
  ranked propositions of the draft's position whose evidence is the statement; a statement the
  draft does not list is a miss;
* **event right**: the draft's "looks like `id`" above the timeline item whose evidence holds
  the sentence names the truth's event; **event precision**: of the draft's "looks like"
  comments, those on a sentence the truth links to that event (a comment on a sentence the truth
  links to nothing is wrong).

The development fixtures (the scorer was tuned looking at them) and the held-out ones are
reported apart, then together.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from draft_truth import (  # noqa: E402
    Fixture,
    Tally,
    briefing_problems,
    find_span,
    fixtures,
    fixtures_parser,
    norm,
    print_problems,
    run_draft,
)

Json = dict[str, Any]

_RANKED = re.compile(r"^    #   ([a-z0-9-]+)(?: in [a-z0-9-]+)?: ")
_LOOKS = re.compile(r"^  # looks like `([a-z0-9-]+)`")
_QUOTE = re.compile(r'^\s+(?:- )?quote: ("(?:[^"\\]|\\.)*")\s*$')


@dataclass
class Block:
    """A position or timeline item of a draft: its evidence quotes and the links above or in it."""

    quotes: list[str] = field(default_factory=list)
    ranked: list[str] = field(default_factory=list)
    looks_like: str | None = None


def blocks(text: str) -> tuple[list[Block], list[Block]]:
    """The draft's positions and timeline items, with the links its comments give."""
    positions: list[Block] = []
    timeline: list[Block] = []
    part = ""
    for line in text.splitlines():
        if re.match(r"^[a-z_]+:", line):
            part = line.split(":")[0]
        if part == "positions" and line.startswith("  # ") and not line.startswith("  # speaker found by"):
            positions.append(Block())
        elif part == "timeline" and line.startswith('  # "'):
            timeline.append(Block())
        current = positions if part == "positions" else timeline if part == "timeline" else None
        if not current:
            continue
        if m := _RANKED.match(line):
            current[-1].ranked.append(m.group(1))
        elif m := _LOOKS.match(line):
            current[-1].looks_like = m.group(1)
        elif m := _QUOTE.match(line):
            current[-1].quotes.append(str(yaml.safe_load(m.group(1))))
    return positions, timeline


def _holds(quote: str, text: str, body: str) -> bool:
    """A draft quote is the statement: one holds the other, or their places in the body overlap by half."""
    a, b = norm(quote), norm(text)
    if a in b or b in a:
        return True
    x, y = find_span(body, quote), find_span(body, text)
    if x is None or y is None:
        return False
    shared = min(x[1], y[1]) - max(x[0], y[0])
    return shared * 2 >= min(x[1] - x[0], y[1] - y[0])


def _in_block(sentence: str, b: Block) -> bool:
    return any(norm(sentence) in norm(q) for q in b.quotes)


@dataclass
class LinkScore:
    first: Tally = field(default_factory=Tally)
    top3: Tally = field(default_factory=Tally)
    listed: Tally = field(default_factory=Tally)
    event_right: Tally = field(default_factory=Tally)
    event_precision: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)

    def __iadd__(self, other: LinkScore) -> LinkScore:
        for name in ("first", "top3", "listed", "event_right", "event_precision"):
            setattr(self, name, getattr(self, name).__iadd__(getattr(other, name)))
        self.misses += other.misses
        return self


def score_links(fx: Fixture, text: str) -> LinkScore:
    s = LinkScore()
    links = fx.truth.get("links") or {}
    positions, timeline = blocks(text)
    for want in links.get("propositions") or []:
        found = next((b for b in positions if any(_holds(q, want["text"], fx.body) for q in b.quotes)), None)
        s.listed.add(found is not None)
        ranked = found.ranked if found else []
        s.first.add(ranked[:1] == [want["issue"]])
        s.top3.add(want["issue"] in ranked[:3])
        if ranked[:1] != [want["issue"]]:
            s.misses.append(f"{fx.name}: {want['text'][:50]!r}: {want['issue']} ranked {ranked or 'nothing'}")
    wanted = links.get("events") or []
    for want in wanted:
        holding = [b for b in timeline if _in_block(want["sentence"], b)]
        # a sentence with two date phrases is two candidates: its link is on either
        found = next((b for b in holding if b.looks_like == want["event"]), holding[0] if holding else None)
        got = found.looks_like if found else None
        s.event_right.add(got == want["event"])
        if got != want["event"]:
            listed = "not a timeline candidate" if found is None else f"looks like {got}"
            s.misses.append(f"{fx.name}: event {want['sentence'][:40]!r}: {want['event']}, draft: {listed}")
    for b in timeline:
        if b.looks_like is None:
            continue
        right = any(w["event"] == b.looks_like and _in_block(w["sentence"], b) for w in wanted)
        s.event_precision.add(right)
        if not right:
            s.misses.append(f"{fx.name}: looks like {b.looks_like}, wrongly: {b.quotes[0][:50]!r}")
    return s


ROWS = [
    ("proposition first", "first", "statements whose likeliest proposition (prefilled) is the truth's"),
    ("proposition in top 3", "top3", "statements with the truth's proposition among the three ranked"),
    ("statement listed", "listed", "linked statements the draft lists at all"),
    ("event right", "event_right", "dated sentences the truth links: the draft's 'looks like' names the event"),
    ("event precision", "event_precision", "the draft's 'looks like' comments that are the truth's"),
]


def report(dev: dict[str, LinkScore], held: dict[str, LinkScore], misses: bool) -> str:
    lines = [f"Draft links against hand-made truth: {len(dev)} development, {len(held)} held-out articles", ""]
    groups = [("development", dev), ("held out", held), ("all", {**dev, **held})]
    lines.append(f"{'':<24}" + "".join(f"{g:>18}" for g, _ in groups))
    for label, attr, _ in ROWS:
        cells = ""
        for _, scores in groups:
            total = LinkScore()
            for sc in scores.values():
                total += sc
            cells += f"{getattr(total, attr).text():>18}"
        lines.append(f"{label:<24}{cells}")
    lines += ["", "Rows:"] + [f"  {label}: {what}" for label, _, what in ROWS]
    lines += ["", "Development: " + ", ".join(dev), "Held out: " + ", ".join(held)]
    if misses:
        lines += ["", "Misses:"] + [f"  {m}" for sc in [*dev.values(), *held.values()] for m in sc.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = fixtures_parser(__doc__).parse_args(argv)
    only = [o for o in (args.only or "").split(",") if o]
    found = [fx for fx in fixtures(args.fixtures, only) if fx.briefing_text is not None and fx.truth.get("links")]
    if not found:
        print(f"error: no fixture in {args.fixtures} has briefing.yaml and links:", file=sys.stderr)
        return 2
    if print_problems(args.fixtures, {fx.name: briefing_problems(fx) for fx in found}, "briefing.yaml"):
        return 1
    scores = {fx.name: (score_links(fx, run_draft(fx)), bool(fx.truth["links"].get("held_out"))) for fx in found}
    dev = {n: sc for n, (sc, held) in scores.items() if not held}
    held = {n: sc for n, (sc, held) in scores.items() if held}
    print(report(dev, held, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
