"""Where one cold ``mkdocs build`` spends its time: ``python bench/timeline.py PROJECT [--site DIR]``.

Builds the project in this process (as ``mkdocs build`` does, without the
command line's start-up) with its ``.cache/`` deleted first, and prints, for each
MkDocs event, when it first and last fired (seconds from the start, each with
its handlers' end), with how many times; when the thread that waits for
Pagefind's index and writes its bundle ran (``bundle``); the CPU seconds of the
main process, of each of the search plugin's threads, and of the children it
waited for (the generator's second process and Pagefind); the main thread's
seconds and CPU seconds once the generated pages are in (after ``on_files``:
the build's path), and its CPU seconds in the pages' template (from each page's
``on_page_context`` to its ``on_post_page``). ``--profile FILE`` runs the build
under cProfile timed by the main thread's CPU clock. A build of N = 1,000
articles: ``python bench/corpus.py``'s ``make_project`` (or ``bench/run.py
--keep DIR``) makes the project. Compare two versions of the code by running
this script with ``PYTHONPATH`` pointing at each, alternately, in one session:
the machine is shared, and single runs move by more than the differences.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.perf_counter()


def _now() -> float:
    return time.perf_counter() - START


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("project", type=Path, help="the project's folder (with mkdocs.yml)")
    parser.add_argument("--site", type=Path, help="where to build (default: a folder 'site' in the project)")
    parser.add_argument("--profile", type=Path, help="write cProfile's statistics (main thread, CPU seconds) here")
    args = parser.parse_args(argv)

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import PluginCollection

    import generator.site.search as search

    stamps: dict[str, list[float]] = {}  # name: first start, first end, last start, last end, count
    thread_cpu: dict[str, float] = {}  # name: the main thread's CPU seconds when the event last ended
    threads: dict[str, float] = {}
    run_event = PluginCollection.run_event

    def stamped(self: Any, name: str, item: Any = None, **kwargs: Any) -> Any:
        if name == "post_page":  # the theme's template ran since the page's on_page_context
            thread_cpu["template"] = thread_cpu.get("template", 0.0) + time.thread_time() - thread_cpu["page_context"]
        started = _now()
        result = run_event(self, name, item, **kwargs)
        ended = _now()
        stamp = stamps.setdefault(name, [started, ended, started, ended, 0])
        stamp[2:] = [started, ended, stamp[4] + 1]
        if name in ("files", "page_context"):
            thread_cpu[name] = time.thread_time()
        return result

    def timed(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def run(self: Any, *args: Any) -> Any:
            started = _now()
            try:
                return method(self, *args)
            finally:
                threads[name] = threads.get(name, 0.0) + time.thread_time()
                if name == "bundle":
                    stamps["(bundle thread)"] = [started, _now(), started, _now(), 1]

        return run

    PluginCollection.run_event = stamped  # type: ignore[method-assign]
    for name, attribute in (("bundle", "_build"), ("reader", "_read_loop"), ("writer", "_write_loop")):
        method = getattr(search.Indexer, attribute, None)
        if method is not None:
            setattr(search.Indexer, attribute, timed(name, method))

    project = args.project.resolve()
    site = (args.site or project / "site").resolve()
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    os.chdir(project)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    print(f"imported by {_now():.2f} s")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    if args.profile:
        import cProfile

        profile = cProfile.Profile(time.thread_time)  # the main thread's CPU seconds: other jobs' load left out
        profile.runcall(build, config)
        profile.dump_stats(str(args.profile))
    else:
        build(config)
    end = _now()
    for name, (first, first_end, last, last_end, count) in sorted(stamps.items(), key=lambda item: item[1][0]):
        print(f"{name:18} first {first:6.2f}-{first_end:6.2f}  last {last:6.2f}-{last_end:6.2f}  ×{count:.0f}")
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    shown = ", ".join(f"{name} {cpu:.2f}" for name, cpu in threads.items())
    main_cpu = time.thread_time()
    print(f"threads' CPU s: main {main_cpu:.2f}, {shown}")
    if "files" in thread_cpu:  # the main thread's work once the generated pages are in: the build's path
        path_cpu = main_cpu - thread_cpu["files"]
        print(f"main thread after on_files: {end - stamps['files'][3]:.2f} s, {path_cpu:.2f} CPU s")
    if "template" in thread_cpu:  # from each page's on_page_context to its on_post_page: the theme's template
        print(f"the pages' template: {thread_cpu['template']:.2f} CPU s")
    print(
        f"end {end:.2f} s; CPU s: main process {own.ru_utime + own.ru_stime:.2f}, "
        f"children {children.ru_utime + children.ru_stime:.2f}; load {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
