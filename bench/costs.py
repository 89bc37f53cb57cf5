"""Adversarial costs: ``make bench-costs`` (``python bench/costs.py [--case NAME] [--timeout S]``).

Each case builds a small project whose one dimension grows (in a temporary
folder), runs the generator on it in a child process at a few sizes, and prints
the wall time with the growth ratio per doubling of the size: about 2 means
linear, 4 quadratic, 8 cubic. The cases are the inputs that once made the
generator's cost explode:

* ``actors``: one briefing naming N actors (states with their governments and
  people, loose organisations, alliances, allied-with and opposed-to arcs), so
  the actor map lays out N actors; ``check``.
* ``wrong-quote``: an article of S MB and a 2,000-character quote that is not in
  it (a few words changed), so the closest passage is searched for; ``check``.
* ``quotes``: one seed of N lines and N quotes, each a line of it, so the source
  page marks N passages; ``render --out``.
* ``markdown-line``: Python-Markdown (with the site's extensions) over one line
  of L characters dense with punctuation the generator escapes (``[]``): why a
  seed line is limited to :data:`generator.load.MAX_LINE` characters. The
  generator itself refuses such a seed with BRF015 at once (also shown).

Targets: each generator run under 5 s on the benchmark machine at the largest
size, growth at most n log n (a ratio near 2 per doubling).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import ADJ, NOUNS, PLACES, VERBS_PAST  # noqa: E402
from measure import run  # noqa: E402

PYTHON = sys.executable


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _sentences(rng: random.Random, count: int, first: int = 0) -> list[str]:
    """``count`` distinct news-like sentences (a number in each keeps them distinct)."""
    return [
        f"Officials in {rng.choice(PLACES)} {rng.choice(VERBS_PAST)} the {rng.choice(ADJ)} "
        f"{rng.choice(NOUNS)} number {i}, according to people familiar with the {rng.choice(NOUNS)}."
        for i in range(first, first + count)
    ]


def _seed(root: Path, seed_id: str, body: str) -> None:
    front = (
        f'---\nid: "{seed_id}"\nheadline: "Article {seed_id}"\nheadline_by: "article"\npublished: "2025-06-01"\n---\n'
    )
    (root / "seeds" / f"{seed_id}.md").write_text(front + body, encoding="utf-8")


def _briefing(root: Path, sources: list[str], issues: int, positions: list[str], questions: list[str]) -> None:
    lines = [
        '# a synthetic briefing for bench/costs.py\ntitle: "Costs"\nsummary: "A synthetic briefing."',
        'as_of: "2025-07-01"\nsources:',
        *(f"  - {_q(s)}" for s in sources),
        "issues:",
        *(f'  - id: "issue-{i}"\n    title: "Issue {i}"\n    description: "Issue {i}."' for i in range(issues)),
        "positions:" if positions else "positions: []",
        *positions,
        *(["questions:", *questions] if questions else []),
    ]
    (root / "briefings" / "costs.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _position(actor: str, issue: int, source: str, quote: str) -> str:
    return (
        f'  - actor: {_q(actor)}\n    issue: "issue-{issue}"\n    stance: "supports"\n'
        f'    summary: "Backs it."\n    as_of: "2025-06-01"\n'
        f"    evidence:\n      - source: {_q(source)}\n        quote: {_q(quote)}"
    )


def _registry(root: Path, actors: list[dict[str, object]]) -> None:
    lines = ["actors:"]
    for a in actors:
        lines += [f"  - id: {_q(str(a['id']))}", f"    name: {_q(str(a['name']))}", f"    kind: {_q(str(a['kind']))}"]
        if a.get("affiliation"):
            lines.append(f"    affiliation: {_q(str(a['affiliation']))}")
        relations = a.get("relations") or []
        assert isinstance(relations, list)
        if relations:
            lines.append("    relations:")
            lines += [f"      - relation: {_q(r)}\n        actor: {_q(t)}" for r, t in relations]
    (root / "briefings" / "actors.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _start(root: Path) -> None:
    (root / "briefings").mkdir(parents=True)
    (root / "seeds").mkdir()


def make_actors(root: Path, n: int) -> list[str]:
    """One briefing, one open question naming ``n`` actors; trees, loose actors and arcs between them."""
    _start(root)
    rng = random.Random(n)
    actors: list[dict[str, object]] = []
    states = max(2, n // 20)
    for i in range(states):
        actors.append({"id": f"state-{i}", "name": f"State {i}", "kind": "state", "relations": []})
        actors.append({"id": f"gov-{i}", "name": f"Government {i}", "kind": "government", "affiliation": f"state-{i}"})
    alliances = max(1, n // 100)
    for i in range(alliances):
        actors.append({"id": f"alliance-{i}", "name": f"Alliance {i}", "kind": "alliance"})
    for i in range(states):
        state = actors[2 * i]["relations"]
        assert isinstance(state, list)
        state.append(("member-of", f"alliance-{rng.randrange(alliances)}"))
        state.append(("allied-with", f"state-{rng.randrange(states)}"))
        state.append(("opposed-to", f"state-{rng.randrange(states)}"))
    while len(actors) < n:
        i = len(actors)
        kind = "person" if i % 3 else "organisation"
        home = rng.randrange(states)
        if kind == "person":  # people hang under a government: trees
            relations = [(rng.choice(["leads", "speaks-for", "member-of"]), f"gov-{home}")]
            actor = {"id": f"p-{i}", "name": f"Person {i}", "kind": kind, "affiliation": f"gov-{home}"}
        else:  # organisations stand alone, tied to others by arcs: many small trees
            relations = [(rng.choice(["allied-with", "opposed-to"]), f"state-{rng.randrange(states)}")]
            actor = {"id": f"p-{i}", "name": f"Organisation {i}", "kind": kind}
        actor["relations"] = relations
        actors.append(actor)
    _registry(root, actors)
    sentence = "The summit ended without an agreement."
    _seed(root, "article", sentence + "\n")
    names = "\n".join(f"      - {_q(str(a['id']))}" for a in actors)
    question = f'  - id: "who"\n    question: "Who decides?"\n    why: "Nobody knows."\n    actors:\n{names}'
    _briefing(root, ["article"], 1, [_position("state-0", 0, "article", sentence)], [question])
    return ["check"]


def make_wrong_quote(root: Path, megabytes: float) -> list[str]:
    """An article of ``megabytes`` MB and a 2,000-character passage of it with a few words changed."""
    _start(root)
    rng = random.Random(7)
    text: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        para = " ".join(_sentences(rng, 4, 4 * len(text)))
        text.append(para)
        size += len(para) + 1
    body = "\n".join(text) + "\n"
    middle = len(body) // 2
    start = body.index(" ", middle) + 1
    passage = body[start : start + 2000].rsplit(" ", 1)[0]
    words = passage.split(" ")
    for k in range(10, len(words), 60):  # a changed word every ~60: the quote is nowhere in the article
        words[k] = "changed"
    _seed(root, "article", body)
    _briefing(root, ["article"], 1, [_position("someone", 0, "article", " ".join(words))], [])
    _registry(root, [{"id": "someone", "name": "Someone", "kind": "person"}])
    return ["check"]


def make_quotes(root: Path, n: int) -> list[str]:
    """A seed of ``n`` lines, each quoted by one position (50 actors, 100 issues)."""
    _start(root)
    lines = _sentences(random.Random(n), n)
    _seed(root, "article", "\n".join(lines) + "\n")
    actors = [{"id": f"a-{i}", "name": f"Actor {i}", "kind": "person"} for i in range(50)]
    _registry(root, actors)
    positions = [_position(f"a-{i % 50}", (i // 50) % 100, "article", line) for i, line in enumerate(lines)]
    _briefing(root, ["article"], 100, positions, [])
    return ["render", "--out", str(root / "out")]


def make_long_line(root: Path, length: int) -> list[str]:
    """One seed line of ``length`` characters of ``[]`` (quoted in full), plus a short line."""
    _start(root)
    line = "[]" * (length // 2)
    _seed(root, "article", "The summit ended.\n" + line + "\n")
    _registry(root, [{"id": "someone", "name": "Someone", "kind": "person"}])
    _briefing(root, ["article"], 1, [_position("someone", 0, "article", "The summit ended.")], [])
    return ["check"]


MARKDOWN = """
import sys, time, markdown
sys.path.insert(0, {repo!r})
from generator.render import escape
line = escape("[]" * ({length} // 2))
md = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html", "admonition", "tables"])
started = time.perf_counter()
md.convert(line + "\\n")
print(time.perf_counter() - started)
"""

CASES: dict[str, tuple[str, list[float], Callable[[Path, int], list[str]] | None]] = {
    "actors": ("actors in one briefing", [1250, 2500, 5000, 10000], make_actors),
    "wrong-quote": ("MB article, 2,000-char wrong quote", [0.75, 1.5, 3], make_wrong_quote),  # type: ignore[dict-item]
    "quotes": ("quotes on one seed of as many lines", [1250, 2500, 5000], make_quotes),
    "markdown-line": ("characters in one escaped line (Python-Markdown alone)", [5000, 10000, 20000, 40000], None),
    "long-line": ("characters in one seed line (check refuses it)", [20000, 160000], make_long_line),
}


def measure(name: str, size: float, work: Path, timeout: float) -> str:
    """One run: the seconds it took, or why it has none."""
    make = CASES[name][2]
    if make is None:
        code = MARKDOWN.format(repo=str(HERE.parent), length=int(size))
        result = run([PYTHON, "-c", code], work, timeout)
        return f"{float(result.stdout):.2f}" if result.ok else ("timed out" if result.timed_out else "failed")
    project = work / f"{name}-{size}"
    args = make(project, size)  # type: ignore[arg-type]
    result = run([PYTHON, "-m", "generator", "--project", str(project), *args], work, timeout)
    if result.timed_out:
        return f"> {timeout:.0f} (timed out)"
    if "Traceback" in result.stderr:
        return "traceback: " + result.stderr.strip().splitlines()[-1]
    return f"{result.wall_s:.2f} (exit {result.returncode}, {result.peak_rss_mb:.0f} MB)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--case", choices=list(CASES), action="append", help="only this case (repeatable)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds allowed for each run (default: 120)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-costs-") as tmp:
        for name in args.case or list(CASES):
            what, sizes, _ = CASES[name]
            print(f"\n{name}: seconds by {what}", flush=True)
            print(f"{'size':>10}  {'seconds':<40} per doubling", flush=True)
            last: tuple[float, float] | None = None
            for size in sizes:
                shown = measure(name, size, Path(tmp), args.timeout)
                seconds = _seconds(shown)
                growth = ""
                if last and seconds is not None and last[1] > 0:
                    growth = f"x{(seconds / last[1]) ** (1 / math.log2(size / last[0])):.1f}"
                print(f"{size:>10,}  {shown:<40} {growth}", flush=True)
                last = (size, seconds) if seconds is not None else None
    return 0


def _seconds(shown: str) -> float | None:
    try:
        return float(shown.split()[0])
    except ValueError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
