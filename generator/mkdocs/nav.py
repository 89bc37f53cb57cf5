"""Material's navigation sidebar rendered once per set of addresses for the pages the navigation does not list.

Material renders the primary sidebar (``partials/nav.html``, a macro per entry) into every
page: about a quarter of its page template's time at N = 1,000 articles, where nearly every
page (each briefing, actor, source and history page) is ``not_in_nav``. For such a page no
entry is active or current, so the sidebar differs from one of them to the next only by its
addresses, which are relative to the page. The theme's ``main.html`` wraps the sidebar in
``{% call briefings_nav(page, base_url) %}``: :class:`NavCache` renders it the first time a
set of relative addresses is seen and reuses that HTML for every later page that resolves
every navigation address, the logo's and the site's root the same way. A page the navigation
lists, or a page with no navigation, is rendered by Material as before. Without the plugin
(or under a ``main.html`` of the project's own) Material's template runs unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

#: the name of the global the theme's ``main.html`` calls
GLOBAL = "briefings_nav"


def _addresses(items: list[Any]) -> Iterator[str]:
    """Every address the navigation's entries hold (pages, links, and those inside sections), in order."""
    for item in items:
        url = getattr(item, "url", None)
        if isinstance(url, str):
            yield url
        yield from _addresses(getattr(item, "children", None) or [])


class NavCache:
    """The sidebar's HTML for pages outside the navigation, by the addresses it resolves to from the page."""

    def __init__(self, nav: Navigation, config: MkDocsConfig) -> None:
        self.listed = {id(page) for page in nav.pages}
        homepage = config.extra.get("homepage") or (nav.homepage.url if nav.homepage else "")
        logo = config.theme.get("logo") or ""
        self.addresses = [*_addresses(nav.items), str(homepage), str(logo)]
        self.html: dict[tuple[str, ...], Any] = {}
        #: how many pages took the sidebar from the cache, and how many rendered it (the tests read them)
        self.reused = 0
        self.rendered = 0

    def __call__(self, page: Page | None, base_url: str, caller: Callable[[], Any]) -> Any:
        """The sidebar ``caller()`` renders, or the same HTML rendered for another page with the same addresses."""
        if page is None or id(page) in self.listed:
            return caller()
        key = (base_url, *(normalize_url(address, page=page, base=base_url) for address in self.addresses))
        found = self.html.get(key)
        if found is None:
            found = self.html[key] = caller()
            self.rendered += 1
        else:
            self.reused += 1
        return found
