"""The scale benchmark: ``make bench`` (``python bench/run.py [--sizes 100,1000,5000] [--copies 200] [--quick]``).

For each corpus size N it synthesises a project (bench/corpus.py) in a temporary
folder, and for each number of copies it replicates the frozen story of
tests/fixtures/story/ (its actors shared, as in a story that runs on), and
measures, side by side:

1. the generator alone (load, validate, model, render), in its own process:
   wall time and peak memory; and the build state (bench/state_worker.py): the
   time to hash every input, to save the state and to load it, and its size;
2. ``mkdocs build`` of the project, the briefings plugin included;
3. ``mkdocs build`` of the same pages written by ``python -m generator render
   --out`` with the plugin off (same theme, extensions and navigation): the floor
   MkDocs itself sets;
4. Python-Markdown alone over those pages, with the site's extensions; and (4f)
   the engine the plugin converts generated pages with (cmark-gfm, finished by
   generator/site/commonmark.py) over the same pages.

Then, at one size (1,000 by default), editing while serving: ``mkdocs serve
--livereload``, one position's summary edited, time until the page shows it;
and at the largest size, search in headless Chromium: bytes fetched and time to
the first result. For every corpus, the largest HTML page of the built site. Every step
runs in a child process with a time limit. Figures
are printed as Markdown tables (they go into docs/performance.md) and saved as
JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import SITE_FOLDERS, make_project, make_replicated  # noqa: E402
from measure import Run, best, largest_page, run, tree_bytes  # noqa: E402

PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
SEARCH_QUERY = "grain export corridor"


def log(message: str) -> None:
    load = os.getloadavg()[0]
    print(f"[{time.strftime('%H:%M:%S')} load {load:.1f}] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    from importlib.metadata import version

    import mkdocs

    return {
        "date": dt.date.today().isoformat(),
        "cpus": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "mkdocs": mkdocs.__version__,
        "material": version("mkdocs-material"),
        "markdown": version("markdown"),
    }


def _checked(step: str, result: Run) -> Run:
    if not result.ok:
        why = "timed out" if result.timed_out else f"exited with {result.returncode}"
        raise RuntimeError(f"{step} {why}:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result


def floor_project(project: Path, floor: Path, timeout: float) -> Run:
    """The same pages as plain files (``render --out``), hand-written pages beside them, the plugin off."""
    shutil.rmtree(floor, ignore_errors=True)
    floor.mkdir(parents=True)
    rendered = _checked(
        "render --out",
        run(
            [PYTHON, "-m", "generator", "--project", str(project), "render", "--out", str(floor / "docs")],
            REPO,
            timeout,
        ),
    )
    for item in (project / "docs").iterdir():
        target = floor / "docs" / item.name
        if item.is_dir():
            shutil.copytree(item, target, dirs_exist_ok=True)
        else:
            shutil.copy(item, target)
    for folder in SITE_FOLDERS:
        if folder != "docs" and (project / folder).is_dir():
            shutil.copytree(project / folder, floor / folder)
    config = _mkdocs_config(project)
    config["plugins"] = [p for p in config.get("plugins", []) if _plugin_name(p) != "briefings"]
    (floor / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return rendered


def _mkdocs_config(project: Path) -> Any:
    """The project's mkdocs.yml read as MkDocs reads it (``!ENV`` resolved), to write a changed copy."""
    from mkdocs.utils.yaml import yaml_load

    return yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))


def _plugin_name(entry: Any) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


#: a position's summary, as the synthetic corpus writes it (``    summary: "``) or the replicated one
_SUMMARY = re.compile(r'^( +"?summary"?: ")', re.MULTILINE)


def edit_one_position(project: Path, marker: str) -> None:
    """Put ``marker`` at the start of the first position's summary in the first briefing file."""
    path = sorted(p for p in (project / "briefings").glob("*.yaml") if p.name != "actors.yaml")[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(_SUMMARY.sub(lambda m: m.group(1) + marker + " ", text, count=1), encoding="utf-8")


def _timings(runs: list[Run]) -> dict[str, Any]:
    """The fastest of repeated runs (wall and CPU seconds, each its own minimum), every run's wall time, peak memory."""
    fastest = best(runs)
    return {
        "wall_s": fastest.wall_s,
        "cpu_s": min(r.cpu_s for r in runs),
        "runs_s": [r.wall_s for r in runs],
        "peak_rss_mb": fastest.peak_rss_mb,
    }


def mkdocs_build(project: Path, site: Path, timeout: float) -> Run:
    """``mkdocs build`` into ``site``, which is removed first (untimed).

    Every build compared starts the same way, with no site folder, as on a fresh
    clone. (Into an existing one, MkDocs first deletes what it holds, 0.2–0.4 s at
    N = 1,000: the rounds used to give that to the warm build and not to the cold
    build or the floor, whose fastest runs were into no folder.)
    """
    shutil.rmtree(site, ignore_errors=True)
    return _checked("mkdocs build", run([MKDOCS, "build", "-q", "-d", str(site)], project, timeout))


def measure_size(n: int, work: Path, timeout: float, repeat: int) -> dict[str, Any]:
    """The synthetic corpus of ``n`` articles."""
    log(f"N={n}: writing the corpus")
    counts = make_project(work / f"n{n}", n, REPO)
    return measure(f"n{n}", {"shape": "synthetic", "label": f"{n:,}", "n": n, "corpus": counts}, work, timeout, repeat)


def measure_replicated(copies: int, work: Path, timeout: float, repeat: int) -> dict[str, Any]:
    """The story of tests/fixtures/story/ replicated ``copies`` times, its actors shared."""
    log(f"story x{copies}: writing the corpus")
    counts = make_replicated(work / f"story{copies}", copies, REPO)
    out = {"shape": "replicated", "label": f"story ×{copies}", "n": counts["articles"], "corpus": counts}
    return measure(f"story{copies}", out, work, timeout, repeat)


def measure(name: str, out: dict[str, Any], work: Path, timeout: float, repeat: int) -> dict[str, Any]:
    """Every figure of one project, written to ``work/name`` already; ``out`` holds what describes it."""
    project = work / name
    tag = f"N={out['label']}" if out["shape"] == "synthetic" else out["label"]
    log(f"{tag}: check")
    check = run([PYTHON, "-m", "generator", "--project", str(project), "check", "--strict"], REPO, timeout)
    out["check"] = {
        "returncode": check.returncode,
        "diagnostics": check.stderr.count(": warning: ") + check.stderr.count(": error: "),
    }
    if check.returncode or out["check"]["diagnostics"]:
        raise RuntimeError(f"the corpus does not pass check with no diagnostic:\n{check.stderr[-4000:]}")

    log(f"{tag}: (1) generator alone")
    gen = best(
        [
            _checked("generator", run([PYTHON, str(HERE / "gen_worker.py"), str(project)], REPO, timeout))
            for _ in range(repeat)
        ]
    )
    out["generator"] = {**json.loads(gen.stdout), "wall_s": gen.wall_s, "child_peak_rss_mb": gen.peak_rss_mb}

    log(f"{tag}: (1s) the build state: hashing the inputs, saving, loading")
    state_file = work / f"state-{name}"
    saves = [
        _checked(
            "state save",
            run([PYTHON, str(HERE / "state_worker.py"), "save", str(project), str(state_file)], REPO, timeout),
        )
        for _ in range(repeat)
    ]
    loads = [
        _checked(
            "state load",
            run([PYTHON, str(HERE / "state_worker.py"), "load", str(project), str(state_file)], REPO, timeout),
        )
        for _ in range(repeat)
    ]
    saved = [json.loads(r.stdout) for r in saves]
    loaded = [json.loads(r.stdout) for r in loads]
    out["state"] = {
        "hash_inputs_s": min(x["hash_inputs_s"] for x in saved),
        "save_s": min(x["save_s"] for x in saved),
        "state_bytes": saved[-1]["state_bytes"],
        "load_s": min(x["load_s"] for x in loaded),
        "warm_unchanged_build_s": min(x["warm_unchanged_build_s"] for x in loaded),
    }
    state_file.unlink(missing_ok=True)

    floor = work / f"floor-{name}"
    out["render_out_s"] = floor_project(project, floor, timeout).wall_s
    builds: list[Run] = []
    plains: list[Run] = []
    warms: list[Run] = []
    for i in range(repeat):  # each round runs (2), (3) and (2w) back to back, so they see the same machine
        log(f"{tag}: (2) mkdocs build with the plugin, from cold ({i + 1}/{repeat})")
        shutil.rmtree(project / ".cache", ignore_errors=True)  # no state from an earlier build
        builds.append(mkdocs_build(project, work / f"site-{name}", timeout))
        log(f"{tag}: (3) the floor: the same pages built without the plugin ({i + 1}/{repeat})")
        plains.append(mkdocs_build(floor, work / f"site-floor-{name}", timeout))
        # the daily case: one position edited since the last build, whose state (2) just kept
        log(f"{tag}: (2w) mkdocs build after a one-position edit, from the last build's state ({i + 1}/{repeat})")
        edit_one_position(project, f"Edited for the warm build, round {i + 1}")
        warms.append(mkdocs_build(project, work / f"site-{name}", timeout))
    site_bytes, site_pages, html_bytes = tree_bytes(work / f"site-{name}")
    biggest, biggest_page = largest_page(work / f"site-{name}")
    bundle = [p for p in (work / f"site-{name}" / "pagefind").rglob("*") if p.is_file()]
    out["build"] = {
        **_timings(builds),
        "site_bytes": site_bytes,
        "pages": site_pages,
        "bytes_per_page": site_bytes / max(site_pages, 1),
        "largest_page_bytes": biggest,
        "largest_page": biggest_page,
        "html_bytes_per_page": html_bytes / max(site_pages, 1),
        "search_bundle_bytes": sum(p.stat().st_size for p in bundle),
        "search_bundle_files": len(bundle),
        "cache_bytes": sum(p.stat().st_size for p in (project / ".cache").rglob("*") if p.is_file()),
    }
    out["warm"] = _timings(warms)
    floor_bytes, floor_pages, _ = tree_bytes(work / f"site-floor-{name}")
    out["floor"] = {**_timings(plains), "site_bytes": floor_bytes, "pages": floor_pages}

    log(f"{tag}: (4) Python-Markdown alone")
    md_cmd = [PYTHON, str(HERE / "md_worker.py"), str(floor / "mkdocs.yml")]
    md = best([_checked("markdown", run(md_cmd, REPO, timeout)) for _ in range(repeat)])
    out["markdown"] = {**json.loads(md.stdout), "wall_s": md.wall_s, "cpu_s": md.cpu_s}
    log(f"{tag}: (4f) the generated pages' engine alone (cmark-gfm)")
    fast = best([_checked("fast markdown", run([*md_cmd, "--fast"], REPO, timeout)) for _ in range(repeat)])
    out["fast_markdown"] = {**json.loads(fast.stdout), "wall_s": fast.wall_s, "cpu_s": fast.cpu_s}

    b, w, f = out["build"], out["warm"], out["floor"]
    out["ratios"] = {
        "build_over_floor": b["wall_s"] / f["wall_s"],
        "build_over_markdown": b["wall_s"] / md.wall_s,
        "warm_over_floor": w["wall_s"] / f["wall_s"],
        "warm_over_markdown": w["wall_s"] / md.wall_s,
        "cpu_build_over_floor": b["cpu_s"] / f["cpu_s"],
        "cpu_warm_over_floor": w["cpu_s"] / f["cpu_s"],
        "cpu_warm_over_markdown": w["cpu_s"] / md.cpu_s,
    }
    shutil.rmtree(work / f"site-floor-{name}", ignore_errors=True)
    return out


def measure_serve(work: Path, n: int, edits: int, full_too: bool) -> dict[str, Any]:
    import serve_edit

    project = work / f"n{n}"
    log(f"N={n}: editing while serving ({edits} edits, quick rebuilds)")
    result: dict[str, Any] = {"n": n, "quick": serve_edit.measure(project, edits=edits)}
    if full_too:
        config = _mkdocs_config(project)
        config["plugins"] = [
            {"briefings": {**(p["briefings"] if isinstance(p, dict) else {}), "quick_rebuilds": False}}
            if _plugin_name(p) == "briefings"
            else p
            for p in config["plugins"]
        ]
        (project / "mkdocs-full.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        log(f"N={n}: editing while serving (1 edit, MkDocs' full rebuild for comparison)")
        result["full"] = serve_edit.measure(project, edits=1, config="mkdocs-full.yml", edit_limit=900)
    return result


def measure_search(work: Path, n: int, timeout: float) -> dict[str, Any]:
    log(f"N={n}: search in Chromium (Pagefind, as the site ships)")
    cmd = [PYTHON, str(HERE / "search_browser.py"), str(work / f"site-n{n}"), SEARCH_QUERY]
    return {"n": n, **json.loads(_checked("search", run(cmd, REPO, timeout)).stdout)}


# --- Report ------------------------------------------------------------------------------


def _mb(b: float) -> str:
    return f"{b / 1e6:.1f}"


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    rows = [*results["sizes"], *results.get("replicated", [])]
    lines = [
        f"Machine: {m['cpus']} CPUs, {m['memory_gib']} GiB memory, Python {m['python']}, MkDocs {m['mkdocs']}, "
        f"Material {m['material']}, Markdown {m['markdown']} ({m['platform']}). Date: {m['date']}. "
        f"Command: `{results['command']}`; {results['total_s'] / 60:.1f} min in all.",
        "",
        "Corpora: synthetic N articles (bench/corpus.py), and the story of tests/fixtures/story/ replicated "
        "(`story ×K`: K copies, 2K articles, the actors shared, each copy two days after the one before).",
        "",
        "The largest page of the built site (HTML bytes; the target is under 300 KB) and the cold build "
        "against the floor, (2)/(3), in wall and CPU seconds:",
        "",
        "| corpus | HTML pages | largest page KB | which | (2)/(3) wall | (2)/(3) CPU | (2w)/(3) wall |",
        "|---|---|---|---|---|---|---|",
        *(
            f"| {r['label']} | {r['build']['pages']:,} | {r['build']['largest_page_bytes'] / 1e3:.0f} "
            f"| {r['build']['largest_page']} | {r['ratios']['build_over_floor']:.2f} "
            f"| {r['ratios']['cpu_build_over_floor']:.2f} | {r['ratios']['warm_over_floor']:.2f} |"
            for r in rows
        ),
        "",
        "Wall seconds; (2) is a cold build (no state kept from an earlier one), (2w) a build after one "
        "position was edited, starting from the state the previous build kept in `.cache/`.",
        "",
        "| corpus | pages | (1) generator s | (1) peak MB | (2) build s | (2w) warm s | (3) floor s "
        "| (4) Markdown s | (2)/(3) | (2w)/(3) | (2)/(4) | (2w)/(4) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        g, b, w, f, md, q = r["generator"], r["build"], r["warm"], r["floor"], r["markdown"], r["ratios"]
        lines.append(
            f"| {r['label']} | {b['pages']:,} | {g['wall_s']:.2f} | {g['peak_rss_mb']:.0f} | {b['wall_s']:.1f} "
            f"| {w['wall_s']:.1f} | {f['wall_s']:.1f} | {md['wall_s']:.1f} | {q['build_over_floor']:.2f} "
            f"| {q['warm_over_floor']:.2f} | {q['build_over_markdown']:.2f} | {q['warm_over_markdown']:.2f} |"
        )
    lines += [
        "",
        "The same in CPU seconds (user + system, the process and its children, Pagefind included: steadier than "
        "wall time on a shared machine), and the site's size:",
        "",
        "| corpus | (2) CPU s | (2w) CPU s | (3) CPU s | (4) CPU s | (2)/(3) | (2w)/(3) | (2w)/(4) "
        "| site MB | KB per page (all files) | KB per HTML page | search bundle MB | state kept MB | (2) peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        b, w, f, md, q = r["build"], r["warm"], r["floor"], r["markdown"], r["ratios"]
        lines.append(
            f"| {r['label']} | {b['cpu_s']:.1f} | {w['cpu_s']:.1f} | {f['cpu_s']:.1f} | {md['cpu_s']:.1f} "
            f"| {q['cpu_build_over_floor']:.2f} | {q['cpu_warm_over_floor']:.2f} | {q['cpu_warm_over_markdown']:.2f} "
            f"| {_mb(b['site_bytes'])} | {b['bytes_per_page'] / 1e3:.1f} | {b['html_bytes_per_page'] / 1e3:.1f} "
            f"| {_mb(b['search_bundle_bytes'])} | {_mb(b['cache_bytes'])} | {b['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        "Against the targets of issue 19 (cold ≤ 10 s wall at N = 1,000, warm ≤ cold, the story ×200 cold "
        "≤ 0.5 × the floor); (4) and (4f): converting the same pages alone, in-process seconds, with "
        "Python-Markdown and with cmark-gfm (the engine of the generated pages):",
        "",
        "| corpus | (2) cold s | (2) CPU s | (2w) warm s | (2w) CPU s | (3) floor s | (2)/(3) | (2w)/(2) "
        "| (4) Python-Markdown s | (4f) cmark-gfm s | (2)/(4) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        b, w, f, md, q = r["build"], r["warm"], r["floor"], r["markdown"], r["ratios"]
        fast = r.get("fast_markdown", {}).get("convert_s", float("nan"))
        lines.append(
            f"| {r['label']} | {b['wall_s']:.1f} | {b['cpu_s']:.1f} | {w['wall_s']:.1f} | {w['cpu_s']:.1f} "
            f"| {f['wall_s']:.1f} | {q['build_over_floor']:.2f} | {w['wall_s'] / b['wall_s']:.2f} "
            f"| {md['convert_s']:.2f} | {fast:.2f} | {q['build_over_markdown']:.2f} |"
        )
    lines += [
        "",
        "Generator stages (in-process seconds): ",
        "",
        "| corpus | import | load + validate | model | render | Markdown MB | warnings |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        g = r["generator"]
        lines.append(
            f"| {r['label']} | {g['import_s']:.2f} | {g['load_validate_s']:.2f} | {g['model_s']:.2f} "
            f"| {g['render_s']:.2f} | {_mb(g['markdown_bytes'])} | {r['check']['diagnostics']} |"
        )
    lines += [
        "",
        "The build state kept in `.cache/briefings/` (in-process seconds, the fastest of the rounds; "
        "bench/state_worker.py): reading and hashing every input file (each build does), saving the state "
        "after a cold build, loading it in a new process, then a build with nothing changed:",
        "",
        "| corpus | hash inputs s | save s | load s | state MB | build, nothing changed s |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        st = r["state"]
        lines.append(
            f"| {r['label']} | {st['hash_inputs_s']:.3f} | {st['save_s']:.2f} | {st['load_s']:.2f} "
            f"| {_mb(st['state_bytes'])} | {st['warm_unchanged_build_s']:.2f} |"
        )
    sizes = results["sizes"]
    if len(sizes) > 1:
        lines += [
            "",
            "Growth between sizes: time ratio ÷ input ratio (1.00 is linear; the target is ≤ 1.10, "
            "i.e. 10× the input in ≤ 11× the time):",
            "",
            "| from → to | input × | (1) generator | (2) build | (2w) warm build | (3) floor | (4) Markdown "
            "| site bytes |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for a, b in itertools.pairwise(sizes):
            k = b["n"] / a["n"]

            def g(get: Any, a: Any = a, b: Any = b, k: float = k) -> str:
                return f"{get(b) / get(a) / k:.2f}"

            lines.append(
                f"| {a['n']:,} → {b['n']:,} | {k:g} | {g(lambda r: r['generator']['wall_s'])} "
                f"| {g(lambda r: r['build']['wall_s'])} | {g(lambda r: r['warm']['wall_s'])} "
                f"| {g(lambda r: r['floor']['wall_s'])} "
                f"| {g(lambda r: r['markdown']['wall_s'])} | {g(lambda r: r['build']['site_bytes'])} |"
            )
    if "serve" in results:
        s = results["serve"]
        rounds = s["quick"]["rounds"]
        lines += [
            "",
            f"Editing while serving at N = {s['n']:,} (`mkdocs serve --livereload`, first build "
            f"{s['quick']['startup_s']:.1f} s): seconds from saving one position's summary to",
            "",
            "| rebuild | edit | live-reload answered | page shows it | actor page shows it |",
            "|---|---|---|---|---|",
        ]
        for i, r in enumerate(rounds, 1):
            lines.append(
                f"| quick | {i} | {r.get('reload_s', float('nan')):.2f} | {r['page_s']:.2f} "
                f"| {'yes' if r['actor_page_shows_it'] else 'NO'} |"
            )
        if "full" in s:
            r = s["full"]["rounds"][0]
            lines.append(
                f"| full (quick_rebuilds: false) | 1 | {r.get('reload_s', float('nan')):.2f} "
                f"| {r['page_s']:.2f} | {'yes' if r['actor_page_shows_it'] else 'NO'} |"
            )
    if "search" in results:
        q = results["search"]
        lines += [
            "",
            f"Search at N = {q['n']:,} in headless Chromium (Pagefind, the header's search box), query "
            f"“{q['query']}”: page load {q['load_s']:.2f} s; first result {q['first_result_s']:.2f} s after the "
            f"first key, {q['after_last_key_s']:.2f} s after the last ({q['results_shown']} results); "
            f"{q['requests']} requests, {_mb(q['fetched_bytes'])} MB fetched in all, "
            f"{_mb(q['search_bytes'])} MB of it for search (bundle on disk: {q['bundle_files']:,} files, "
            f"{_mb(q['bundle_bytes'])} MB).",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--sizes", default="100,1000,5000", help="article counts, multiples of 10 (default: %(default)s)"
    )
    parser.add_argument(
        "--copies",
        default="200",
        help="copies of the story for the replicated corpus, comma-separated; 0 for none (default: %(default)s)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes (100 and 300, the story ×20), for a first look in a minute"
    )
    parser.add_argument("--serve-at", type=int, default=1000, help="size for the edit-while-serving test")
    parser.add_argument("--edits", type=int, default=3, help="edits while serving (default: %(default)s)")
    parser.add_argument("--no-full-serve", action="store_true", help="skip the full-rebuild comparison while serving")
    parser.add_argument("--no-search", action="store_true", help="skip the browser search measurement")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each step up to N = 1,000; the fastest counts")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed for each step")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = [100, 300] if args.quick else [int(x) for x in args.sizes.split(",") if int(x)]
    copies = [20] if args.quick else [int(x) for x in args.copies.split(",") if int(x)]
    started = time.perf_counter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefings-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine(),
        "command": "make bench" + (f" BENCH_ARGS='{' '.join(sys.argv[1:])}'" if sys.argv[1:] else ""),
    }
    try:
        results["sizes"] = [measure_size(n, work, args.timeout, args.repeat if n <= 1000 else 1) for n in sizes]
        results["replicated"] = [measure_replicated(c, work, args.timeout, args.repeat) for c in copies]
        serve_at = min(sizes, key=lambda n: abs(n - args.serve_at), default=0)
        if args.edits and sizes:
            results["serve"] = measure_serve(work, serve_at, args.edits, not args.no_full_serve and not args.quick)
        if not args.no_search and sizes:
            results["search"] = measure_search(work, max(sizes), args.timeout)
    finally:
        results["total_s"] = time.perf_counter() - started
        if args.json:
            args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
