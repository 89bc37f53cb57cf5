"""Parts of Material's page template rendered once per set of relative addresses, not once per page.

Material renders its whole template for every page: at N = 1,000 articles the
sidebar (``partials/nav.html``, a macro per entry), the header and the ``__config``
script were about half of its time, yet they differ from one page to the next only
by their addresses, which are relative to the page (and the sidebar by the entry
that is active, for a page the navigation lists). The theme's templates wrap them
in ``{% call %}`` blocks: :class:`Fragments` renders such a part the first time its
key is seen and reuses that HTML for every later page with the same key. The key
is the part's name, ``base_url``, and every address the navigation holds (with
the home page's and the logo's) and the part names, as resolved from the page:
two pages whose addresses all resolve alike get the same HTML. The sidebar is
cached only for pages the navigation does not list (nearly every page here: each
briefing, actor, source and period); on a page it lists, an entry is active.
What depends on the page itself (its title, its table of contents, another
language's address) stays outside the blocks. Without the plugin (or under
templates of the project's own) Material's template runs unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

#: the names of the globals the theme's templates call
NAV_GLOBAL = "briefings_nav"
FRAGMENT_GLOBAL = "briefings_fragment"


def _addresses(items: list[Any]) -> Iterator[str]:
    """Every address the navigation's entries hold (pages, links, and those inside sections), in order."""
    for item in items:
        url = getattr(item, "url", None)
        if isinstance(url, str):
            yield url
        yield from _addresses(getattr(item, "children", None) or [])


class Fragments:
    """The HTML of template parts, by part and by the addresses they resolve to from the page."""

    def __init__(self, nav: Navigation, config: MkDocsConfig) -> None:
        self.listed = {id(page) for page in nav.pages}
        homepage = config.extra.get("homepage") or (nav.homepage.url if nav.homepage else "")
        self.addresses = [*_addresses(nav.items), str(homepage), str(config.theme.get("logo") or "")]
        self.html: dict[tuple[str, ...], Any] = {}
        #: by part: how many pages took it from the cache, and how many rendered it (the tests read them)
        self.reused: Counter[str] = Counter()
        self.rendered: Counter[str] = Counter()
        #: the last page's resolved addresses (:meth:`_resolved`): the page, its base_url, the addresses
        self._last: tuple[Page | None, str, tuple[str, ...]] = (None, "", ())

    def install(self, env: Any) -> None:
        """Make the templates' calls (``briefings_nav``, ``briefings_fragment``) use this cache."""
        env.globals[NAV_GLOBAL] = self.nav
        env.globals[FRAGMENT_GLOBAL] = self.fragment

    @staticmethod
    def installed(env: Any) -> bool:
        """Whether the build's templates use a cache of fragments (the plugin's ``on_env`` installed one)."""
        return FRAGMENT_GLOBAL in env.globals

    def nav(self, page: Page | None, base_url: str, caller: Callable[[], Any]) -> Any:
        """The primary sidebar ``caller()`` renders, shared by the pages outside the navigation."""
        if page is None or id(page) in self.listed:
            return caller()
        return self.fragment("nav", page, base_url, caller=caller)

    def fragment(self, name: str, page: Page | None, base_url: str, *addresses: str, caller: Callable[[], Any]) -> Any:
        """The part ``caller()`` renders, or the same HTML rendered for an earlier page with the same key."""
        if page is None:
            return caller()
        extra = tuple(normalize_url(a, page=page, base=base_url) for a in addresses)
        key = (name, *self._resolved(page, base_url), *extra)
        found = self.html.get(key)
        if found is None:
            found = self.html[key] = caller()
            self.rendered[name] += 1
        else:
            self.reused[name] += 1
        return found

    def _resolved(self, page: Page, base_url: str) -> tuple[str, ...]:
        """``base_url`` and the navigation's addresses as resolved from ``page``: once per page, for all its parts."""
        if self._last[0] is not page or self._last[1] != base_url:
            resolved = (base_url, *(normalize_url(a, page=page, base=base_url) for a in self.addresses))
            self._last = (page, base_url, resolved)
        return self._last[2]
