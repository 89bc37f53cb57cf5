"""The generated pages converted by cmark-gfm (:mod:`generator.site.commonmark`), not Python-Markdown.

:class:`FastPage` is MkDocs' ``Page`` with its ``render`` step replaced: the HTML,
the table of contents, the title and the anchors come from the fast engine, and
every ``.md`` link becomes the URL MkDocs would write (with ``use_directory_urls``
on or off). MkDocs' page events still fire around it (``on_pre_page``,
``on_page_markdown``, ``on_page_content``, ``on_page_context``, ``on_post_page``),
so other plugins see what they saw. Hand-written pages in ``docs/`` keep MkDocs'
own ``Page``. MkDocs no longer checks the links of these pages: the generator
checks every link and anchor it writes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from generator.site.commonmark import Permalinks, convert
from generator.site.links import Links, target

log = logging.getLogger("mkdocs.plugins.briefings")

#: an address in the HTML the generator wrote: every href and src (text has its quotes escaped, so only attributes)
_ADDRESS = re.compile(r'(\s(?:href|src)=")([^"]*)(")')


class FastPage(Page):
    """A generated page: MkDocs' page, converted by cmark-gfm; its ids and links go into ``sink``."""

    sink: dict[str, Links]

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        converted = convert(self.markdown, permalinks(config))
        self.content = addresses(converted.html, self.file, files)
        self.toc = get_toc(converted.toc)
        self._title_from_render = converted.title if converted.html.startswith("<h1") else None
        self.present_anchor_ids = converted.ids
        self.links_to_anchors = {}
        self.sink[self.file.src_uri] = Links.of(converted)


def make_fast(page: Page, sink: dict[str, Links]) -> None:
    """Convert this page with cmark-gfm from now on (it is one of the generated pages), its links into ``sink``."""
    if type(page) is Page:
        page.__class__ = FastPage
    if isinstance(page, FastPage):
        page.sink = sink


def permalinks(config: MkDocsConfig) -> Permalinks:
    """The ``toc`` extension's permalink options, as the project's ``markdown_extensions`` set them."""
    configs: dict[str, Any] = config.mdx_configs or {}
    if "toc" not in config.markdown_extensions:
        return Permalinks(None)
    return Permalinks.of(configs.get("toc", {}))


def addresses(html: str, file: File, files: Files) -> str:
    """Each relative link to a page or file of the site written as the URL MkDocs gives it from ``file``."""
    found = files.src_uris  # what ``get_file_from_path`` looks in, without its path object per call
    return _ADDRESS.sub(lambda m: m.group(1) + address(m.group(2), file, found) + m.group(3), html)


def address(url: str, file: File, files: Mapping[str, File]) -> str:
    """One address, as MkDocs' own link processing turns it (left as it is when it is not one of the site's)."""
    target_uri, suffix = target(file.src_uri, url)
    if target_uri is None or url.startswith("#"):
        return url
    found = files.get(target_uri)
    if found is None:
        log.warning(f"Doc file '{file.src_uri}' contains a link '{url}', but the target is not found.")
        return url
    return get_relative_url(found.url, file.url) + suffix
