"""Import measured on the open article-extraction benchmark: ``make bench-import``.

``python bench/extraction.py [BENCHMARK] [--limit N] [--ids ID,...] [--bootstrap N] [--seed S] [--worst N]``

BENCHMARK is the benchmark of scrapinghub/article-extraction-benchmark (181 real
pages with the article's text as ground truth; MIT licence): a checkout (a folder
with ``ground-truth.json`` and ``html/*.html.gz``) or a bare git repository of it.
Without the argument, ``$ARTICLE_BENCHMARK``, else :data:`DEFAULT`. Nothing of it is
copied into this repository; it is read where it lies.

Two extractors run on every page, in this process:

* **trafilatura alone**, as the benchmark runs it (``extractors/run_trafilatura.py``:
  ``trafilatura.extract(html, include_comments=False)`` on the page read as UTF-8);
* **our importer**: :func:`generator.authoring.importer.parse_page` on the same text,
  the body it would write into a seed (no seed is written). A page it finds no
  article in is *refused* (scored as an empty body, as the benchmark scores an
  empty prediction); an exception is a *crash* (scored the same, and listed).

Scoring is the benchmark's own ``evaluate.py``: the article bodies as word 4-grams
(``\\w+`` tokens), true/false positives and negatives per page normalised so that
every page weighs the same, precision and recall averaged over pages, F1 from those
means, and ± the standard deviation over bootstrap resamples of the pages (1,000,
seeded here so two runs print the same figures). The published figure for
trafilatura 2.0.0 is F1 0.958 ± 0.006, precision 0.938 ± 0.009, recall 0.978 ± 0.006.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generator.authoring.importer import parse_page  # noqa: E402

#: Where the benchmark is on the team's machine (a bare mirror of the repository).
DEFAULT = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
ENV = "ARTICLE_BENCHMARK"
#: evaluate.py's tokens and shingle length
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
SHINGLE = 4

TpFpFn = tuple[float, float, float]


# --- The benchmark's files ---------------------------------------------------------------------


class Missing(Exception):
    """The benchmark is not where it was looked for."""


@dataclass(frozen=True)
class Benchmark:
    """A checkout or a bare git repository of the benchmark."""

    path: Path
    bare: bool

    def read(self, name: str) -> bytes:
        if not self.bare:
            return (self.path / name).read_bytes()
        done = subprocess.run(
            ["git", "--git-dir", str(self.path), "show", f"HEAD:{name}"], capture_output=True, check=False
        )
        if done.returncode != 0:
            raise Missing(f"{name} is not in {self.path}: {done.stderr.decode(errors='replace').strip()}")
        return done.stdout

    def truth(self) -> dict[str, dict[str, str]]:
        data: dict[str, dict[str, str]] = json.loads(self.read("ground-truth.json"))
        return data

    def page(self, item: str) -> str:
        """The page as the benchmark's extractors read it: gunzipped, decoded as UTF-8."""
        return gzip.decompress(self.read(f"html/{item}.html.gz")).decode("utf-8")


def open_benchmark(given: str | None) -> Benchmark:
    """The benchmark named on the command line, in the environment, or at the default place."""
    where = Path(given or os.environ.get(ENV) or DEFAULT)
    if (where / "ground-truth.json").is_file() and (where / "html").is_dir():
        return Benchmark(where, bare=False)
    if (where / "HEAD").is_file() and (where / "objects").is_dir():
        return Benchmark(where, bare=True)
    raise Missing(
        f"no article-extraction benchmark at {where}: expected a folder with ground-truth.json and html/, "
        "or a bare git repository of it. Clone scrapinghub/article-extraction-benchmark and pass its folder "
        f"(python bench/extraction.py PATH, or {ENV}=PATH make bench-import)."
    )


# --- evaluate.py's scoring, unchanged in substance --------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n])


def tp_fp_fn(true: str, pred: str) -> TpFpFn:
    """evaluate.py's ``string_shingle_matching``: counts over shingles, normalised to sum to 1."""
    want, got = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in want.keys() | got.keys():
        t, p = want.get(key, 0), got.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total > 0 else (tp, fp, fn)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def metrics(counts: list[TpFpFn]) -> dict[str, float]:
    """evaluate.py's ``metrics_from_tp_fp_fns``: mean precision and recall over pages, F1 of the means."""
    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def with_spread(counts: list[TpFpFn], rounds: int, seed: int) -> dict[str, float]:
    """The metrics, and each one's standard deviation over ``rounds`` bootstrap resamples of the pages."""
    out = metrics(counts)
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {k: [] for k in out}
    for _ in range(rounds):
        picked = [counts[rng.randrange(len(counts))] for _ in counts]
        for key, value in metrics(picked).items():
            samples[key].append(value)
    for key, values in samples.items():
        out[f"{key}_std"] = statistics.stdev(values) if len(values) > 1 else 0.0
    return out


def page_f1(c: TpFpFn) -> float:
    p, r = precision(*c), recall(*c)
    return 2 * p * r / (p + r) if p + r else 0.0


# --- The two extractors ----------------------------------------------------------------------


@dataclass
class Outcome:
    """One extractor's body for one page, or why there is none."""

    body: str
    refused: bool = False
    crash: str | None = None
    seconds: float = 0.0


def trafilatura_alone(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def our_importer(html: str) -> str | None:
    article = parse_page(html)
    return None if article is None else article.body


def run_one(extract: Callable[[str], str | None], html: str) -> Outcome:
    start = time.perf_counter()
    try:
        body = extract(html)
    except Exception as exc:  # a crash is a figure to report, not the end of the run
        return Outcome("", crash=f"{type(exc).__name__}: {exc}"[:200], seconds=time.perf_counter() - start)
    seconds = time.perf_counter() - start
    return Outcome("", refused=True, seconds=seconds) if body is None else Outcome(body, seconds=seconds)


# --- The run ---------------------------------------------------------------------------------


@dataclass
class Scored:
    item: str
    url: str
    counts: TpFpFn
    outcome: Outcome


def score(bench: Benchmark, truth: dict[str, dict[str, str]], ids: list[str]) -> dict[str, list[Scored]]:
    """Both extractors on every page, each page's counts against the ground truth."""
    runs: dict[str, list[Scored]] = {"trafilatura": [], "importer": []}
    extractors: dict[str, Callable[[str], str | None]] = {"trafilatura": trafilatura_alone, "importer": our_importer}
    for item in ids:
        html = bench.page(item)
        want = truth[item].get("articleBody", "")
        for name, extract in extractors.items():
            outcome = run_one(extract, html)
            runs[name].append(Scored(item, truth[item].get("url", ""), tp_fp_fn(want, outcome.body), outcome))
    return runs


def stored(bench: Benchmark, truth: dict[str, dict[str, str]], ids: list[str], name: str) -> tuple[str, list[TpFpFn]]:
    """The benchmark's own stored output of one extractor (``output/NAME.json``), scored here: the check that
    this scoring gives the benchmark's published figures. Returns its version and per-page counts."""
    data = json.loads(bench.read(f"output/{name}.json"))
    version = str(data.get("version", "")) if "output" in data else ""
    output = data.get("output", data)
    return version, [tp_fp_fn(truth[i].get("articleBody", ""), output[i].get("articleBody") or "") for i in ids]


def report(
    runs: dict[str, list[Scored]], rounds: int, seed: int, worst: int, published: tuple[str, str, list[TpFpFn]] | None
) -> str:
    import trafilatura

    n = len(runs["importer"])
    lines = [
        f"Article-extraction benchmark: {n} pages; trafilatura {trafilatura.__version__}; "
        f"± is the standard deviation over {rounds} bootstrap resamples (seed {seed}), as evaluate.py reports it.",
        "",
        f"{'':<26} {'F1':<14} {'precision':<14} {'recall':<14} {'refused':>7} {'crashed':>7} {'s/page':>7}",
    ]
    labels = {"trafilatura": "trafilatura alone", "importer": "our importer (parse_page)"}
    for name, scored in runs.items():
        m = with_spread([s.counts for s in scored], rounds, seed)
        refused = sum(s.outcome.refused for s in scored)
        crashed = sum(s.outcome.crash is not None for s in scored)
        per_page = statistics.mean(s.outcome.seconds for s in scored)
        lines.append(
            f"{labels[name]:<26} {m['f1']:.3f} ± {m['f1_std']:.3f}  {m['precision']:.3f} ± {m['precision_std']:.3f}  "
            f"{m['recall']:.3f} ± {m['recall_std']:.3f}  {refused:>7} {crashed:>7} {per_page:>7.3f}"
        )
    if published is not None:
        name, version, counts = published
        m = with_spread(counts, rounds, seed)
        label = f"stored {name} {version}"
        lines.append(
            f"{label:<26} {m['f1']:.3f} ± {m['f1_std']:.3f}  {m['precision']:.3f} ± {m['precision_std']:.3f}  "
            f"{m['recall']:.3f} ± {m['recall_std']:.3f}  (the benchmark's own output file, scored here)"
        )
    ours = runs["importer"]
    for s in ours:
        if s.outcome.crash is not None:
            lines.append(f"crashed on {s.item}: {s.outcome.crash}")
    lines += ["", f"Our importer's {worst} worst pages by F1 (trafilatura alone beside it):"]
    theirs = {s.item: s for s in runs["trafilatura"]}
    for s in sorted(ours, key=lambda s: (page_f1(s.counts), s.item))[:worst]:
        p, r = precision(*s.counts), recall(*s.counts)
        note = " refused" if s.outcome.refused else (" crashed" if s.outcome.crash else "")
        lines.append(
            f"  {s.item[:16]}  F1 {page_f1(s.counts):.3f} (P {p:.3f} R {r:.3f}; trafilatura "
            f"{page_f1(theirs[s.item].counts):.3f}){note}  {s.url[:70]}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("benchmark", nargs="?", help=f"the benchmark's folder (default: ${ENV}, else {DEFAULT})")
    parser.add_argument("--limit", type=int, help="only the first N pages (by id)")
    parser.add_argument("--ids", help="only these pages (comma-separated ids or their first characters)")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the ± (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="the resampling's random seed (default 0)")
    parser.add_argument(
        "--stored",
        default="trafilatura",
        help="also score the benchmark's stored output/NAME.json, to check the scoring against its published "
        "figures (default trafilatura; '' for none)",
    )
    parser.add_argument("--worst", type=int, default=10, help="how many of the worst pages to list (default 10)")
    args = parser.parse_args(argv)
    try:
        bench = open_benchmark(args.benchmark)
        truth = bench.truth()
    except Missing as missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    ids = sorted(truth)
    if args.ids:
        wanted = [w.strip() for w in args.ids.split(",") if w.strip()]
        ids = [i for i in ids if any(i.startswith(w) for w in wanted)]
    if args.limit is not None:
        ids = ids[: args.limit]
    if not ids:
        print("error: no page of the benchmark matches --ids/--limit", file=sys.stderr)
        return 2
    start = time.perf_counter()
    runs = score(bench, truth, ids)
    published = None
    if args.stored:
        try:
            published = (args.stored, *stored(bench, truth, ids, args.stored))
        except (Missing, OSError, KeyError, ValueError) as exc:
            print(f"note: the stored output '{args.stored}' is not scored: {exc}", file=sys.stderr)
    print(report(runs, args.bootstrap, args.seed, args.worst, published))
    print(f"\n{len(ids)} pages in {time.perf_counter() - start:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
