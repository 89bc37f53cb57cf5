"""Every link the generated pages write, checked: the page it leads to exists, and so does its anchor.

MkDocs checks the links of the pages it converts with Python-Markdown; the
generated pages are converted by cmark-gfm (:mod:`generator.site.commonmark`), so
the generator checks their links itself, in ``check`` and in the build:

- ``BRF140``: a link to a page that neither the generator nor ``docs/`` has;
- ``BRF141``: a link to an anchor its (generated) page does not have, the same
  page's included.

A link to a hand-written page counts when the file exists; its anchors are left to
MkDocs, which converts that page. Links to other files (downloads, assets) and to
other sites are not checked. A problem is located on the generated page (``render
--out`` writes it), at the line of the Markdown that holds the link.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from generator.diagnostics import Diagnostic
from generator.site.addresses import MARKDOWN
from generator.site.commonmark import Converted, convert, page_body

_HREF = re.compile(r'\shref="([^"]*)"')


@dataclass(frozen=True)
class Links:
    """What one converted page offers and asks: its element ids, and the addresses its links lead to."""

    ids: frozenset[str]
    hrefs: tuple[str, ...]

    @staticmethod
    def of(converted: Converted) -> Links:
        hrefs = tuple(dict.fromkeys(html.unescape(h) for h in _HREF.findall(converted.html)))
        return Links(frozenset(converted.ids), hrefs)


def check_pages(pages: Mapping[str, str], handwritten: Collection[str] = ()) -> list[Diagnostic]:
    """The links of generated ``pages`` (``{path: Markdown}``), each page converted to find them."""
    return check_links({path: Links.of(convert(page_body(text))) for path, text in pages.items()}, pages, handwritten)


def check_links(
    links: Mapping[str, Links], markdown: Mapping[str, str], handwritten: Collection[str] = ()
) -> list[Diagnostic]:
    """A diagnostic for each link of a generated page whose page or anchor the site lacks."""
    found: list[Diagnostic] = []
    others = set(handwritten)
    for path, page in links.items():
        for href in page.hrefs:
            problem = _problem(path, href, links, others)
            if problem:
                code, message, hint = problem
                line = _line(markdown.get(path, ""), href)
                found.append(Diagnostic(path, line, 1, code, message, hint))
    return found


def _problem(path: str, href: str, links: Mapping[str, Links], others: set[str]) -> tuple[str, str, str] | None:
    page, suffix = target(path, href)
    if page is None:
        return None
    if page != path or not href.startswith("#"):
        if not page.endswith(MARKDOWN):
            return None
        if page not in links:
            if page in others:
                return None
            return "BRF140", f"generated page links to {href}, but the site has no page {page}", _HINT
    anchor = unquote(suffix.partition("#")[2])
    if anchor and anchor not in links[page].ids:
        return "BRF141", f"generated page links to {href}, but {page} has no anchor #{anchor}", _HINT
    return None


def target(page: str, href: str) -> tuple[str | None, str]:
    """Where a link of ``page`` (a path in docs/) leads: the path in docs/ and its ``?query#anchor``; ``None``
    for another site, an absolute path or a bare ``?query``. A link of only ``#anchor`` leads to ``page``."""
    path, mark, rest = _split(href)
    if not path:
        return (page, href) if mark == "#" else (None, href)
    if path.startswith(("/", "\\")) or ":" in path.partition("/")[0]:  # absolute, or a scheme (mailto:, https:)
        return None, href
    return _resolved(posixpath.dirname(page), path), mark + rest


def _split(href: str) -> tuple[str, str, str]:
    """``path``, then ``?`` or ``#`` (or ``''``), then the rest."""
    for at, char in enumerate(href):
        if char in "?#":
            return href[:at], char, href[at + 1 :]
    return href, "", ""


@functools.lru_cache(maxsize=65536)
def _resolved(folder: str, path: str) -> str:
    """A relative path from a page in ``folder``, as MkDocs resolves it (percent-escapes decoded)."""
    return posixpath.normpath(posixpath.join(folder, unquote(path)).lstrip("/"))


_HINT = (
    "`briefings render --out DIR` writes the page, to read; the link comes from its template: fix the override\n"
    "in templates/ (or the shipped one, generator/site/templates/), linking with the helpers link, url and cite,\n"
    "which know where every page and anchor is"
)


def _line(markdown: str, href: str) -> int:
    """The line of ``markdown`` that holds ``href`` (1 when it is not written out as it is)."""
    at = markdown.find(href)
    if at < 0:
        at = markdown.find(html.escape(href))
    return markdown.count("\n", 0, at) + 1 if at >= 0 else 1
