"""Import measured on open article-extraction benchmarks: ``make bench-import``, ``make bench-import-2``.

``python bench/extraction.py [BENCHMARK] [--corpus NAME] [--limit N] [--ids ID,...] [--halves] [--bootstrap N]
[--seed S] [--worst N] [--save FILE] [--against FILE]``

Two corpora of real pages, each with the article's text as ground truth, are read where they lie (nothing of
them is copied into this repository), each a checkout or a bare git repository; the layout is told by its files:

* ``scrapinghub`` (the default): scrapinghub/article-extraction-benchmark, 181 pages of news sites, blogs and
  shops (MIT licence): ``ground-truth.json`` (id → ``articleBody``, ``url``) and ``html/<id>.html.gz``;
* ``andythefactory``: AndyTheFactory/article-extraction-dataset, 424 news articles from 212 sites, mostly
  2023, each cleaned by hand (Apache-2.0): ``articles.json`` (id → ``title``, ``date``, ``articleBody``,
  ``url``, …) and ``html/<id>.html``.

BENCHMARK is the corpus's folder; without it, ``--corpus NAME``'s place on the team's machine
(:data:`CORPORA`), else ``$ARTICLE_BENCHMARK``, else the first corpus's place.

Two extractors run on every page, in this process:

* **trafilatura alone**, as the benchmark runs it (``extractors/run_trafilatura.py``:
  ``trafilatura.extract(html, include_comments=False)`` on the page read as UTF-8), and its metadata
  (``trafilatura.extract_metadata``) for the title and date;
* **our importer**: :func:`generator.authoring.importer.parse_page` on the same text,
  the body, headline and ``published`` day it would write into a seed (no seed is written). A page it finds no
  article in is *refused* (scored as an empty body, as the benchmark scores an
  empty prediction); an exception is a *crash* (scored the same, and listed).

Scoring is the first benchmark's own ``evaluate.py``: the article bodies as word 4-grams
(``\\w+`` tokens), true/false positives and negatives per page normalised so that
every page weighs the same, precision and recall averaged over pages, F1 from those
means, and ± the standard deviation over bootstrap resamples of the pages (1,000,
seeded here so two runs print the same figures). The published figure for
trafilatura 2.0.0 is F1 0.958 ± 0.006, precision 0.938 ± 0.009, recall 0.978 ± 0.006.
Where the truth has a title and a date (the second corpus), each extractor's title and date are right when
they equal the truth's after white space is normalised (runs made one space, ends stripped); a page whose
truth has no date (``NaT``) is not counted for the date.
"""

from __future__ import annotations

import argparse
import contextlib
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
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generator.authoring.importer import parse_page  # noqa: E402

#: Where each corpus is on the team's machine (bare mirrors of the repositories); the first is the default.
CORPORA = {
    "scrapinghub": Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo"),
    "andythefactory": Path("/work/.mirror/AndyTheFactory+article-extraction-dataset/repo"),
}
DEFAULT = CORPORA["scrapinghub"]
ENV = "ARTICLE_BENCHMARK"
#: evaluate.py's tokens and shingle length
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
SHINGLE = 4
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

TpFpFn = tuple[float, float, float]


# --- The benchmark's files ---------------------------------------------------------------------


class Missing(Exception):
    """The benchmark is not where it was looked for."""


@dataclass(frozen=True)
class Layout:
    """How a corpus lays out its files: the truth (a JSON object, id → fields) and each page's file."""

    name: str
    truth: str
    page: str  # with ``{}`` for the id
    gzipped: bool


LAYOUTS = (
    Layout("scrapinghub", "ground-truth.json", "html/{}.html.gz", gzipped=True),
    Layout("andythefactory", "articles.json", "html/{}.html", gzipped=False),
)


@dataclass(frozen=True)
class Benchmark:
    """A checkout or a bare git repository of one corpus."""

    path: Path
    bare: bool
    layout: Layout = LAYOUTS[0]

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
        data: dict[str, dict[str, Any]] = json.loads(self.read(self.layout.truth))
        return {item: {k: v for k, v in fields.items() if isinstance(v, str)} for item, fields in data.items()}

    def page(self, item: str) -> str:
        """The page as the benchmark's extractors read it: gunzipped when stored so, decoded as UTF-8."""
        raw = self.read(self.layout.page.format(item))
        return (gzip.decompress(raw) if self.layout.gzipped else raw).decode("utf-8")


def _has(where: Path, bare: bool, name: str) -> bool:
    """Whether the folder (or the bare repository's last commit) holds the file ``name``."""
    if not bare:
        return (where / name).is_file()
    done = subprocess.run(
        ["git", "--git-dir", str(where), "cat-file", "-e", f"HEAD:{name}"], capture_output=True, check=False
    )
    return done.returncode == 0


def open_benchmark(given: str | None, corpus: str | None = None) -> Benchmark:
    """The corpus named on the command line (a folder, else ``--corpus``'s place), in the environment, or at the
    default place; its layout told by its files."""
    where = Path(given or (CORPORA[corpus] if corpus else None) or os.environ.get(ENV) or DEFAULT)
    bare = not (where / "html").is_dir() and (where / "HEAD").is_file() and (where / "objects").is_dir()
    if bare or (where / "html").is_dir():
        for layout in LAYOUTS:
            if _has(where, bare, layout.truth):
                return Benchmark(where, bare=bare, layout=layout)
    truths = " or ".join(f"{layout.truth} and {layout.page.format('<id>')}" for layout in LAYOUTS)
    raise Missing(
        f"no article-extraction benchmark at {where}: expected a folder with {truths}, "
        "or a bare git repository of one. Clone scrapinghub/article-extraction-benchmark (or "
        "AndyTheFactory/article-extraction-dataset) and pass its folder "
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


@dataclass(frozen=True)
class Found:
    """What an extractor found in a page: the body, and the title and day (``YYYY-MM-DD``) when it says."""

    body: str
    title: str | None = None
    date: str | None = None


@dataclass
class Outcome:
    """One extractor's body, title and date for one page, or why there is none."""

    body: str
    refused: bool = False
    crash: str | None = None
    seconds: float = 0.0
    title: str | None = None
    date: str | None = None


def trafilatura_alone(html: str) -> Found:
    import trafilatura

    return Found(trafilatura.extract(html, include_comments=False) or "")


def trafilatura_metadata(html: str) -> tuple[str | None, str | None]:
    """trafilatura's own title and date of a page (``extract_metadata``, its defaults), outside the timing."""
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    if meta is None:
        return None, None
    return meta.title if isinstance(meta.title, str) else None, meta.date if isinstance(meta.date, str) else None


def our_importer(html: str) -> Found | None:
    article = parse_page(html)
    return None if article is None else Found(article.body, article.headline, article.published)


def run_one(extract: Callable[[str], Found | None], html: str) -> Outcome:
    start = time.perf_counter()
    try:
        found = extract(html)
    except Exception as exc:  # a crash is a figure to report, not the end of the run
        return Outcome("", crash=f"{type(exc).__name__}: {exc}"[:200], seconds=time.perf_counter() - start)
    seconds = time.perf_counter() - start
    if found is None:
        return Outcome("", refused=True, seconds=seconds)
    return Outcome(found.body, seconds=seconds, title=found.title, date=found.date)


# --- The run ---------------------------------------------------------------------------------


def same_text(truth: str | None, found: str | None) -> bool | None:
    """Whether ``found`` is ``truth`` after white space is normalised; ``None`` when the truth has none."""
    if not truth or not truth.strip():
        return None
    return found is not None and " ".join(truth.split()) == " ".join(found.split())


def same_day(truth: str | None, found: str | None) -> bool | None:
    """Whether ``found`` is the truth's day; ``None`` when the truth has no day (``NaT``, or no date at all)."""
    day = (truth or "").strip()
    if not _DAY.fullmatch(day):
        return None
    return found is not None and found.strip() == day


@dataclass
class Scored:
    item: str
    url: str
    counts: TpFpFn
    outcome: Outcome
    #: whether the title and the date are the truth's (``None``: the truth has none to compare with)
    title_right: bool | None = None
    date_right: bool | None = None


def score(
    bench: Benchmark, truth: dict[str, dict[str, str]], ids: list[str], absent: list[str] | None = None
) -> dict[str, list[Scored]]:
    """Both extractors on every page, each page's counts (and title and date) against the ground truth.

    A page the truth lists whose file is not there (a mirror may lack its largest files) is not scored: its id
    is added to ``absent``."""
    runs: dict[str, list[Scored]] = {"trafilatura": [], "importer": []}
    extractors: dict[str, Callable[[str], Found | None]] = {
        "trafilatura": trafilatura_alone,
        "importer": our_importer,
    }
    for item in ids:
        try:
            html = bench.page(item)
        except (Missing, OSError):
            if absent is not None:
                absent.append(item)
            continue
        want = truth[item]
        for name, extract in extractors.items():
            outcome = run_one(extract, html)
            if name == "trafilatura" and ("title" in want or "date" in want):
                with contextlib.suppress(Exception):  # its metadata failing leaves title and date unfound
                    outcome.title, outcome.date = trafilatura_metadata(html)
            counts = tp_fp_fn(want.get("articleBody", ""), outcome.body)
            scored = Scored(item, want.get("url", ""), counts, outcome)
            scored.title_right = same_text(want.get("title"), outcome.title)
            scored.date_right = same_day(want.get("date"), outcome.date)
            runs[name].append(scored)
    return runs


def stored(bench: Benchmark, truth: dict[str, dict[str, str]], ids: list[str], name: str) -> tuple[str, list[TpFpFn]]:
    """The benchmark's own stored output of one extractor (``output/NAME.json``), scored here: the check that
    this scoring gives the benchmark's published figures. Returns its version and per-page counts."""
    data = json.loads(bench.read(f"output/{name}.json"))
    version = str(data.get("version", "")) if "output" in data else ""
    output = data.get("output", data)
    return version, [tp_fp_fn(truth[i].get("articleBody", ""), output[i].get("articleBody") or "") for i in ids]


LABELS = {"trafilatura": "trafilatura alone", "importer": "our importer (parse_page)"}
#: The two halves of a corpus whose ids are hexadecimal: one to develop on, one held out.
HALVES = {"ids a-f": "abcdef", "ids 0-9": "0123456789"}


def share_with_spread(right: list[bool], rounds: int, seed: int) -> tuple[float, float]:
    """The share of ``True``, and its standard deviation over ``rounds`` bootstrap resamples (seeded)."""
    if not right:
        return 0.0, 0.0
    rng = random.Random(seed)
    samples = [sum(right[rng.randrange(len(right))] for _ in right) / len(right) for _ in range(rounds)]
    return sum(right) / len(right), statistics.stdev(samples) if len(samples) > 1 else 0.0


def _rows(runs: dict[str, list[Scored]], rounds: int, seed: int, label: str = "") -> list[str]:
    lines = []
    for name, scored in runs.items():
        if not scored:
            continue
        m = with_spread([s.counts for s in scored], rounds, seed)
        refused = sum(s.outcome.refused for s in scored)
        crashed = sum(s.outcome.crash is not None for s in scored)
        per_page = statistics.mean(s.outcome.seconds for s in scored)
        lines.append(
            f"{LABELS[name] + label:<36} {m['f1']:.3f} ± {m['f1_std']:.3f}  {m['precision']:.3f} ± "
            f"{m['precision_std']:.3f}  {m['recall']:.3f} ± {m['recall_std']:.3f}  {refused:>7} {crashed:>7} "
            f"{per_page:>7.3f}"
        )
    return lines


def _metadata_rows(runs: dict[str, list[Scored]], rounds: int, seed: int, label: str = "") -> list[str]:
    """Title and date right, for each extractor, where the truth has them."""
    lines = []
    for name, scored in runs.items():
        cells = []
        for what in ("title", "date"):
            right = [r for s in scored if (r := getattr(s, f"{what}_right")) is not None]
            if right:
                share, spread = share_with_spread(right, rounds, seed)
                cells.append(f"{what} right {sum(right)}/{len(right)} = {share:.3f} ± {spread:.3f}")
        if cells:
            lines.append(f"{LABELS[name] + label:<36} " + "; ".join(cells))
    return lines


def report(
    runs: dict[str, list[Scored]],
    rounds: int,
    seed: int,
    worst: int,
    published: tuple[str, str, list[TpFpFn]] | None,
    corpus: str = "scrapinghub",
    halves: bool = False,
) -> str:
    import trafilatura

    n = len(runs["importer"])
    lines = [
        f"Article-extraction benchmark ({corpus}): {n} pages; trafilatura {trafilatura.__version__}; "
        f"± is the standard deviation over {rounds} bootstrap resamples (seed {seed}), as evaluate.py reports it.",
        "",
        f"{'':<36} {'F1':<14} {'precision':<14} {'recall':<14} {'refused':>7} {'crashed':>7} {'s/page':>7}",
    ]
    lines += _rows(runs, rounds, seed)
    if published is not None:
        name, version, counts = published
        m = with_spread(counts, rounds, seed)
        label = f"stored {name} {version}"
        lines.append(
            f"{label:<36} {m['f1']:.3f} ± {m['f1_std']:.3f}  {m['precision']:.3f} ± {m['precision_std']:.3f}  "
            f"{m['recall']:.3f} ± {m['recall_std']:.3f}  (the benchmark's own output file, scored here)"
        )
    parts = {
        label: {k: [s for s in v if s.item[:1] in first] for k, v in runs.items()} for label, first in HALVES.items()
    }
    if halves:
        for label, part in parts.items():
            lines += _rows(part, rounds, seed, f", {label}")
    metadata = _metadata_rows(runs, rounds, seed)
    if metadata:
        lines += ["", *metadata]
        if halves:
            for label, part in parts.items():
                lines += _metadata_rows(part, rounds, seed, f", {label}")
    ours = runs["importer"]
    for s in ours:
        if s.outcome.crash is not None:
            lines.append(f"crashed on {s.item}: {s.outcome.crash}")
    if worst <= 0:
        return "\n".join(lines)
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


# --- Two runs compared page by page ----------------------------------------------------------


def saved(runs: dict[str, list[Scored]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Each extractor's figures page by page, to compare a later run with (``--save``, ``--against``)."""
    return {
        name: {
            s.item: {
                "precision": precision(*s.counts),
                "recall": recall(*s.counts),
                "title_right": s.title_right,
                "date_right": s.date_right,
            }
            for s in scored
        }
        for name, scored in runs.items()
    }


def compared(before: dict[str, dict[str, Any]], runs: dict[str, list[Scored]]) -> str:
    """Our importer's pages whose figures moved since ``before`` (a ``--save``d run): recall fallen first."""
    now = saved(runs)["importer"]
    common = sorted(set(before) & set(now))
    lines = [f"Against the saved run, page by page ({len(common)} pages in both):"]
    kinds: dict[str, list[str]] = {
        "recall fell": [],
        "precision fell": [],
        "precision rose": [],
        "recall rose": [],
        "metadata": [],
    }
    for item in common:
        was, got = before[item], now[item]
        change = (
            f"  {item[:16]}  P {was['precision']:.3f} -> {got['precision']:.3f}, "
            f"R {was['recall']:.3f} -> {got['recall']:.3f}"
        )
        if got["recall"] < was["recall"] - 1e-9:
            kinds["recall fell"].append(change)
        elif got["recall"] > was["recall"] + 1e-9:
            kinds["recall rose"].append(change)
        if got["precision"] < was["precision"] - 1e-9:
            kinds["precision fell"].append(change)
        elif got["precision"] > was["precision"] + 1e-9:
            kinds["precision rose"].append(change)
        for what in ("title_right", "date_right"):
            if was.get(what) != got.get(what):
                kinds["metadata"].append(f"  {item[:16]}  {what.replace('_', ' ')}: {was.get(what)} -> {got.get(what)}")
    for kind, changes in kinds.items():
        lines.append(f"{kind}: {len(changes)} page{'s' * (len(changes) != 1)}")
        lines += changes
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("benchmark", nargs="?", help=f"the benchmark's folder (default: ${ENV}, else {DEFAULT})")
    parser.add_argument(
        "--corpus", choices=sorted(CORPORA), help="the corpus at its place on the team's machine (default scrapinghub)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (by id)")
    parser.add_argument("--ids", help="only these pages (comma-separated ids or their first characters)")
    parser.add_argument(
        "--halves", action="store_true", help="also the figures on the pages whose id starts with a-f and with 0-9"
    )
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the ± (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="the resampling's random seed (default 0)")
    parser.add_argument(
        "--stored",
        help="also score the benchmark's stored output/NAME.json, to check the scoring against its published "
        "figures (default: trafilatura on the scrapinghub corpus, none on others; '' for none)",
    )
    parser.add_argument("--worst", type=int, default=10, help="how many of the worst pages to list (default 10)")
    parser.add_argument("--save", type=Path, help="write each page's figures to this JSON file")
    parser.add_argument("--against", type=Path, help="list the pages whose figures moved since a --save'd run")
    args = parser.parse_args(argv)
    try:
        bench = open_benchmark(args.benchmark, args.corpus)
        truth = bench.truth()
        before = json.loads(args.against.read_text(encoding="utf-8"))["importer"] if args.against else None
    except Missing as missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {args.against} is no run saved with --save: {exc}", file=sys.stderr)
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
    absent: list[str] = []
    runs = score(bench, truth, ids, absent)
    ids = [i for i in ids if i not in absent]
    if absent:
        print(f"note: {len(absent)} page(s) the truth lists are not in {bench.path}, not scored: {', '.join(absent)}")
    if not ids:
        print("error: none of the pages asked for is there", file=sys.stderr)
        return 1
    published = None
    wanted_stored = args.stored if args.stored is not None else ("trafilatura" if bench.layout is LAYOUTS[0] else "")
    if wanted_stored:
        try:
            published = (wanted_stored, *stored(bench, truth, ids, wanted_stored))
        except (Missing, OSError, KeyError, ValueError) as exc:
            print(f"note: the stored output '{wanted_stored}' is not scored: {exc}", file=sys.stderr)
    print(report(runs, args.bootstrap, args.seed, args.worst, published, bench.layout.name, args.halves))
    if before is not None:
        print("\n" + compared(before, runs))
    if args.save:
        args.save.write_text(json.dumps(saved(runs), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\n{len(ids)} pages in {time.perf_counter() - start:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
