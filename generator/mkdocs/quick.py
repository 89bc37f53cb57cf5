"""Quick rebuilds while serving: MkDocs' own page steps, replayed for just the pages whose Markdown changed.

MkDocs 1.6 has no public API for building one page; :func:`replay` runs the steps
``mkdocs build`` runs for each page (``_populate_page``, ``_build_page``) with the
files, navigation and theme of the last full build, then what comes after pages
(search plugins' ``on_post_build``, anchor validation). A change that reaches
further (a title the navigation shows) raises :class:`NeedsFullBuild`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.mkdocs.fragments import Fragments
from generator.mkdocs.search import SearchPlugin

#: Plugins whose page events a quick rebuild replays correctly; with any other, every rebuild is full.
QUICK_PLUGINS = frozenset({"briefings", "briefings/search", "search", "material/search"})


@dataclass
class Built:
    """What the last full MkDocs build left behind, for quick rebuilds on top of it."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: Any


class NeedsFullBuild(Exception):
    """A quick rebuild found a change that reaches beyond the pages it rebuilt."""


def replay(built: Built, changed: dict[str, tuple[File, str]]) -> None:
    """Run changed pages through MkDocs again, with the files, navigation and theme of the last build."""
    from mkdocs.commands import build as mkdocs_build  # its page steps; MkDocs 1.6 has no public API for them

    config, files, nav = built.config, built.files, built.nav
    pages: list[Page] = []
    in_nav = {id(p) for p in nav.pages}
    for file, markdown in changed.values():
        assert file.page is not None
        title, source = file.page.title, file.abs_src_path
        file.content_string = markdown
        file.abs_src_path = source  # which the setter forgets: the input file the page is made from
        mkdocs_build._populate_page(file.page, config, files)
        if id(file.page) in in_nav and file.page.title != title:
            raise NeedsFullBuild(f"the title of {file.src_uri} changed, and the navigation shows it")
        pages.append(file.page)
    searches = [p for p in config.plugins.values() if hasattr(p, "search_index")]
    _drop_search_entries(searches, {page.url for page in pages})
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
    if Fragments.installed(built.env):  # the index pages in the navigation may have changed: render afresh
        Fragments(nav, config).install(built.env)
    for page in pages:
        mkdocs_build._build_page(page, config, doc_files, nav, built.env, excluded=page.file.inclusion.is_excluded())
    for plugin in searches:
        plugin.on_post_build(config=config)
    for plugin in config.plugins.values():
        if isinstance(plugin, SearchPlugin):
            plugin.reindex(config)
    for file in doc_files:
        if file.page is not None:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)


def _drop_search_entries(plugins: Iterable[Any], urls: set[str]) -> None:
    """Remove the search entries of these pages; rebuilding a page adds its entries again."""
    for plugin in plugins:
        index = plugin.search_index
        for name in ("entries", "_entries"):  # Material's search plugin, MkDocs' own
            entries = getattr(index, name, None)
            if isinstance(entries, list):
                entries[:] = [e for e in entries if str(e.get("location", "")).split("#", 1)[0] not in urls]
