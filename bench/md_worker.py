"""Markdown rendering alone: every page of a project through Python-Markdown with the site's extensions.

``python bench/md_worker.py PROJECT/mkdocs.yml [--fast]`` prints JSON: the pages, their
bytes and the seconds spent converting (one process, one ``Markdown`` instance
reset between pages, as MkDocs would configure it, front matter stripped first).
The project must not use the briefings plugin (give it the ``render --out`` copy).
With ``--fast``, the pages go through the plugin's engine instead
(:func:`generator.site.commonmark.convert`: cmark-gfm, ids, permalinks, table of contents).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import markdown
from mkdocs.config import load_config
from mkdocs.utils import meta

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.site.commonmark import convert


def main(config_file: Path, fast: bool = False) -> dict[str, object]:
    config = load_config(str(config_file))
    docs = Path(config.docs_dir)
    texts = [meta.get_data(p.read_text(encoding="utf-8"))[0] for p in sorted(docs.rglob("*.md"))]
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs or {})
    started = time.perf_counter()
    size = 0
    for text in texts:
        if fast:
            size += len(convert(text).html)
            continue
        md.reset()
        size += len(md.convert(text))
    return {
        "pages": len(texts),
        "markdown_bytes": sum(len(t.encode("utf-8")) for t in texts),
        "html_chars": size,
        "convert_s": time.perf_counter() - started,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), "--fast" in sys.argv[2:])))
