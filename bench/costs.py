"""Adversarial costs: ``make bench-costs`` (``python bench/costs.py [--case NAME] [--timeout S]``).

Each case builds a small project whose one dimension grows (in a temporary
folder), runs the generator on it in a child process at a few sizes, and prints
wall and CPU seconds, peak memory and the exit code, with the growth of the CPU
seconds per doubling of the size (CPU seconds, because other jobs on a shared
machine move wall time more): about 2 means linear, 4 quadratic, 8 cubic. The cases are the inputs that once made the
generator's cost explode:

* ``actors``: one briefing naming N actors (states with their governments and
  people, loose organisations, alliances, allied-with and opposed-to arcs), so
  the actor map lays out N actors; ``check``.
* ``wrong-quote``: an article of S MB and a 2,000-character quote that is not in
  it (a few words changed), so the closest passage is searched for; ``check``.
* ``quotes``: one seed of N lines and N quotes, each a line of it, so the source
  page marks N passages; ``render --out``.
* ``markdown-line``: Python-Markdown (with the site's extensions) over 200,000
  characters dense with punctuation the generator escapes (``[]``), in lines of
  L characters: flat while the cost per character is, rising past the length
  where Python-Markdown turns super-linear. Why a seed line is limited to
  :data:`generator.inputs.load.MAX_LINE` characters.
* ``long-line``: a seed with one such line: ``check`` refuses it at once (BRF015).
* ``import-many``: ``import`` of N new articles (text files) in one call into a project of
  N seeds: each file's check for an article imported before read every seed, N × N.
* ``draft``: ``draft --dry-run`` on one seed of N lines, the story fixture's two articles'
  paragraphs over and over, with the story's actor registry (speakers found, quotations,
  date phrases): once 142 s at 2,000 lines, every sentence walking the whole text.

Targets: each generator run under 5 s on the benchmark machine at the largest
size, growth at most n log n (a ratio near 2 per doubling). ``tests/test_costs.py``
checks the growth in counted steps, which do not depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
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


STORY = HERE.parent / "tests" / "fixtures" / "story"


def make_draft(root: Path, n: int) -> list[str]:
    """The story fixture's registry and one seed of ``n`` lines: its two articles' paragraphs, repeated."""
    _start(root)
    for name in ("actors.yaml", "outlets.yaml"):
        (root / "briefings" / name).write_text((STORY / "briefings" / name).read_text(encoding="utf-8"))
    paragraphs = [
        line
        for seed in sorted((STORY / "seeds").glob("*.md"))
        for line in seed.read_text(encoding="utf-8").split("\n---\n", 1)[1].split("\n")
        if line.strip()
    ]
    _seed(root, "article", "\n".join(paragraphs[i % len(paragraphs)] for i in range(n)) + "\n")
    return ["draft", "article", "--dry-run"]


def make_import_many(root: Path, n: int) -> list[str]:
    """A project of ``n`` seeds and ``n`` new articles as text files, all imported in one call: each file's
    check for an article imported before once read every seed (``n`` files × ``n`` seeds)."""
    _start(root)
    rng = random.Random(n)
    for k in range(n):
        _seed(root, f"old-{k}", " ".join(_sentences(rng, 20, k)) + "\n")
    files = []
    for k in range(n):
        files.append(root / "raw" / f"new-{k}.txt")
        files[-1].parent.mkdir(exist_ok=True)
        files[-1].write_text(f"date 2025-06-01\n\nNew article {k}\n\n" + " ".join(_sentences(rng, 20)) + "\n")
    return ["import", *(str(file) for file in files)]


MARKDOWN = """
import sys, time, markdown
sys.path.insert(0, {repo!r})
from generator.site.markup import escape
line = escape("[]" * ({length} // 2))
text = "\\n\\n".join([line] * max(1, {volume} // {length})) + "\\n"
md = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html", "admonition", "tables"])
started = time.process_time()
md.convert(text)
print(time.process_time() - started)
"""
#: The markdown-line case converts this many characters in all, in lines of the size measured: a cost flat
#: per character shows as the same seconds at every line length.
VOLUME = 200_000
HEAD = "CPU per doubling"

CASES: dict[str, tuple[str, list[float], Callable[[Path, int], list[str]] | None]] = {
    "actors": ("actors in one briefing", [1250, 2500, 5000, 10000], make_actors),
    "wrong-quote": ("MB article, 2,000-char wrong quote", [0.75, 1.5, 3], make_wrong_quote),  # type: ignore[dict-item]
    "quotes": ("quotes on one seed of as many lines", [1250, 2500, 5000], make_quotes),
    "markdown-line": (
        f"line length, {VOLUME:,} characters of escaped '[]' through Python-Markdown alone",
        [2500, 5000, 10000, 20000, 40000],
        None,
    ),
    "long-line": ("characters in one seed line (check refuses it)", [20000, 160000], make_long_line),
    "draft": ("lines of one seed, drafted", [1000, 2000, 4000, 10000], make_draft),
    "import-many": ("text files imported in one call into as many seeds", [50, 100, 200], make_import_many),
}


@dataclass
class Figure:
    """One run: wall and CPU seconds, peak memory and exit code; or why there is none."""

    wall_s: float | None = None
    cpu_s: float | None = None
    peak_mb: float | None = None
    exit: int | None = None
    failure: str = ""

    def columns(self) -> str:
        if self.failure:
            return f"{self.failure:<40}"
        if self.peak_mb is None:  # Python-Markdown alone: its own CPU time
            return f"{'':>8}  {self.cpu_s:>8.2f}  {'':>8}  {'':>5}"
        return f"{self.wall_s:>8.2f}  {self.cpu_s:>8.2f}  {self.peak_mb:>8.0f}  {self.exit:>5}"


def measure(name: str, size: float, work: Path, timeout: float) -> Figure:
    """One run of a case at one size, in a child process with a time limit."""
    make = CASES[name][2]
    if make is None:
        code = MARKDOWN.format(repo=str(HERE.parent), length=int(size), volume=VOLUME)
        result = run([PYTHON, "-c", code], work, timeout)
        if not result.ok:
            return Figure(failure=f"> {timeout:.0f} (timed out)" if result.timed_out else "failed")
        return Figure(cpu_s=float(result.stdout))
    project = work / f"{name}-{size}"
    args = make(project, size)  # type: ignore[arg-type]
    result = run([PYTHON, "-m", "generator", "--project", str(project), *args], work, timeout)
    if result.timed_out:
        return Figure(failure=f"> {timeout:.0f} (timed out)")
    if "Traceback" in result.stderr:
        return Figure(failure="traceback: " + result.stderr.strip().splitlines()[-1])
    return Figure(result.wall_s, result.cpu_s, result.peak_rss_mb, result.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--case", choices=list(CASES), action="append", help="only this case (repeatable)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds allowed for each run (default: 120)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-costs-") as tmp:
        for name in args.case or list(CASES):
            what, sizes, _ = CASES[name]
            print(f"\n{name}: by {what}", flush=True)
            print(f"{'size':>10}  {'wall s':>8}  {'CPU s':>8}  {'peak MB':>8}  {'exit':>5}  {HEAD}", flush=True)
            last: tuple[float, float] | None = None
            for size in sizes:
                figure = measure(name, size, Path(tmp), args.timeout)
                growth = ""
                if last and figure.cpu_s and last[1] > 0:
                    growth = f"x{(figure.cpu_s / last[1]) ** (1 / math.log2(size / last[0])):.1f}"
                print(f"{size:>10,}  {figure.columns()}  {growth}", flush=True)
                last = (size, figure.cpu_s) if figure.cpu_s else None
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
