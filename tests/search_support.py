"""Reading a built Pagefind bundle back: what each page was indexed with."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

SIGNATURE = b"pagefind_dcd"


def indexed_pages(site: Path) -> dict[str, dict[str, Any]]:
    """``{url: fragment}`` for every page in ``site/pagefind`` (content, title, anchors as Pagefind stored them)."""
    pages = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(SIGNATURE), path
        fragment = json.loads(raw[len(SIGNATURE) :])
        pages[fragment["url"]] = fragment
    return pages
