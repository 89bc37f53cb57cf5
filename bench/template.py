"""Material's page template alone, two versions of the theme folder alternated in one process.

``python bench/template.py PROJECT OTHER_THEME [--rounds 5]`` builds the project
once (in this process, into a temporary site folder) with the code on
``PYTHONPATH``, keeping every page's template context, then renders the template
of every page again and again, alternating the build's own environment and one
whose ``generator/site/theme`` folder is ``OTHER_THEME`` (say main's), each round
with a fresh cache of template parts (:mod:`generator.mkdocs.fragments`). It
prints the main thread's CPU seconds of each round for each, their best and
median, and whether the two give the same HTML for every page. A shared machine
moves single builds by more than a change to the template gains; renders
alternated within one process a second apart are compared under the same load.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection

from generator.mkdocs.fragments import Fragments
from generator.site import theming


def render_all(env: Any, kept: list[tuple[Any, dict[str, Any]]], nav: Any, config: Any) -> tuple[float, list[str]]:
    """Every page's template rendered in ``env`` with a fresh cache of parts: the CPU seconds and the pages."""
    Fragments(nav, config).install(env)
    out: list[str] = []
    started = time.thread_time()
    for page, context in kept:
        page.active = True
        out.append(env.get_template(page.meta.get("template", "main.html")).render(context))
        page.active = False
    return time.thread_time() - started, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("project", type=Path, help="the project's folder (with mkdocs.yml)")
    parser.add_argument("other", type=Path, help="the other version's theme folder (generator/site/theme)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    kept: list[tuple[Any, dict[str, Any]]] = []  # each page with the context its template was rendered with
    seen: dict[str, Any] = {}
    run_event = PluginCollection.run_event

    def keeping(self: Any, name: str, item: Any = None, **kwargs: Any) -> Any:
        result = run_event(self, name, item, **kwargs)
        if name == "page_context":
            kept.append((kwargs["page"], dict(result)))
        elif name in ("env", "nav"):
            seen[name] = result
        return result

    PluginCollection.run_event = keeping  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="template-bench-") as site:
        config = load_config(str(args.project / "mkdocs.yml"), site_dir=site)
        build(config)
    env, nav = seen["env"], seen["nav"]
    other = type(config.theme).__new__(type(config.theme))
    other.__dict__.update(config.theme.__dict__)
    other.dirs = [str(args.other.resolve()) if d == str(theming.DIR) else d for d in config.theme.dirs]
    other_env = other.get_env()
    for name in ("filters", "globals", "tests"):
        getattr(other_env, name).update(getattr(env, name))
    versions = {"this": env, "other": other_env}
    seconds: dict[str, list[float]] = {name: [] for name in versions}
    pages: dict[str, list[str]] = {}
    for name, version in versions.items():  # a first round each to compile the templates, not counted
        pages[name] = render_all(version, kept, nav, config)[1]
    for round_ in range(1, args.rounds + 1):
        order = list(versions.items()) if round_ % 2 else list(reversed(versions.items()))
        for name, version in order:
            cpu, _ = render_all(version, kept, nav, config)
            seconds[name].append(cpu)
        print(f"round {round_}: " + ", ".join(f"{name} {seconds[name][-1]:.3f}" for name in versions), flush=True)
    for name, values in seconds.items():
        print(f"{name}: {len(kept)} pages, best {min(values):.3f} CPU s, median {statistics.median(values):.3f}")
    same = sum(a == b for a, b in zip(pages["this"], pages["other"], strict=True))
    print(f"the same HTML: {same} of {len(kept)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
