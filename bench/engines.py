"""Markdown engines on the generated pages: ``python bench/engines.py [PROJECT]`` (default: tests/fixtures/story).

Renders the project's pages (``render --out`` into a temporary folder), then times
each engine over all of them, front matter stripped, the fastest of five rounds:
Python-Markdown with the site's extensions (what MkDocs runs), the generator's own
conversion (cmark-gfm plus what :mod:`generator.site.commonmark` finishes), and bare
cmark-gfm, pyromark and markdown-it-py where installed (``pip install pyromark
markdown-it-py``; they are not dependencies). Prints one line per engine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import markdown

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generator.site.commonmark import convert, to_html  # noqa: E402


def _body(text: str) -> str:
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def engines() -> dict[str, Callable[[str], object]]:
    md = markdown.Markdown(
        extensions=["toc", "attr_list", "md_in_html", "admonition", "tables"],
        extension_configs={"toc": {"permalink": True}},
    )

    def python_markdown(text: str) -> str:
        md.reset()
        return md.convert(text)

    found: dict[str, Callable[[str], object]] = {
        "Python-Markdown (toc, attr_list, md_in_html, admonition, tables)": python_markdown,
        "generator.site.commonmark.convert (cmark-gfm + ids, permalinks, toc)": convert,
        "cmark-gfm alone (cmarkgfm, table extension)": to_html,
    }
    try:
        import pyromark  # type: ignore[import-not-found]

        found["pyromark (pulldown-cmark, tables)"] = lambda t: pyromark.html(t, options=pyromark.Options.ENABLE_TABLES)
    except ImportError:
        pass
    try:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark", {"html": True}).enable("table")
        found["markdown-it-py (commonmark, table)"] = parser.render
    except ImportError:
        pass
    return found


def main(project: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "docs"
        cmd = [sys.executable, "-m", "generator", "--project", str(project), "render", "--out", str(out)]
        subprocess.run(cmd, check=True, capture_output=True)
        texts = [_body(p.read_text(encoding="utf-8")) for p in sorted(out.rglob("*.md"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} pages, {size / 1e3:.0f} kB of Markdown")
    for name, engine in engines().items():
        rounds = []
        for _ in range(5):
            started = time.perf_counter()
            for text in texts:
                engine(text)
            rounds.append(time.perf_counter() - started)
        print(f"{min(rounds) * 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "tests" / "fixtures" / "story")
