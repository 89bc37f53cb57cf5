"""The site's identity: the one prefix every id the site publishes is made under (feeds, web annotations).

An id names a thing for good; it need not open anything. Every id is the site's
prefix followed by a path of the thing's own keys (``briefings/<id>/<date>`` for an
edition, ``evidence/<backs>/<item>/<number>`` for a quoted passage), so two sites
never share an id, and a site's ids stay the same from build to build. The prefix is,
in this order:

1. the plugin's ``identity`` option (``plugins: [briefings: {identity: "tag:example.org,2025:"}]``),
   for a site without ``site_url``, or one that moves and wants to keep its ids:
   an absolute URI ending in ``:``, ``/`` or ``#`` (:func:`problem` says what else is refused);
2. else the site's address, ``site_url`` (``https://example.org/news/`` gives
   ``https://example.org/news/briefings/harbour-ferry/2025-07-15``);
3. else :data:`UNOWNED`: a ``tag:`` authority no one owns, shared by every site that
   sets neither. A feed reader that follows two such sites may mix their entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The prefix of a site that sets neither ``identity`` nor ``site_url`` (``.invalid`` is reserved: no one owns it).
UNOWNED = "tag:briefings.invalid,2025:"

#: An absolute URI (a scheme, then no white space) that ends where a path may be appended.
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>\\^`{|}]*[:/#]")


@dataclass(frozen=True)
class SiteIdentity:
    """Who publishes the site and where: what ``mkdocs.yml`` says of it, declared once.

    Read from ``mkdocs.yml`` without MkDocs (:func:`generator.site.addresses.site_settings`) or given by the
    MkDocs plugin; the build, its second process, the downloads, the feeds and the web annotations take it whole.
    """

    #: ``site_name``
    name: str = ""
    #: ``site_url``, ending in ``/`` (empty when ``mkdocs.yml`` sets none, or sets it from the environment)
    site_url: str = ""
    #: ``site_author``
    author: str = ""
    #: the ``briefings`` plugin's ``identity`` option: the prefix of the site's ids
    identity: str = ""
    #: the folder the generated pages go under (the plugin's ``mount``; "" for the site's root)
    mount: str = ""

    @property
    def url(self) -> str:
        """The address of the briefings' home (``site_url`` and the mount folder), ending in ``/``; "" unknown."""
        if not self.site_url:
            return ""
        return f"{self.site_url}{self.mount}/" if self.mount else self.site_url

    @property
    def ids(self) -> str:
        """The prefix of every id the site publishes (:func:`prefix` of :attr:`url` and :attr:`identity`)."""
        return prefix(self.url, self.identity)


def address(site_url: str | None) -> str:
    """``site_url`` as :class:`SiteIdentity` holds it: ending in ``/``, or "" when it is not set."""
    return site_url.rstrip("/") + "/" if site_url and site_url.strip() else ""


def prefix(site_url: str, identity: str = "") -> str:
    """The prefix of the site's ids: the ``identity`` option, else ``site_url`` (ending in ``/``), else :data:`UNOWNED`.

    An ``identity`` that :func:`problem` refuses never gets here: ``check`` and the build stop on it first.
    """
    return identity or site_url or UNOWNED


def make_id(site_prefix: str, *keys: str) -> str:
    """The id of a thing under the site's prefix, from its keys (``make_id(p, "briefings", b.id, "2025-07-15")``)."""
    return site_prefix + "/".join(keys)


def problem(identity: str) -> str | None:
    """What is wrong with an ``identity`` option, or ``None`` when it can prefix ids."""
    if _PREFIX.fullmatch(identity):
        return None
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", identity):
        return f"identity '{identity}' is not an absolute URI: it has no scheme (tag:, https:, urn:)"
    if identity[-1:] not in (":", "/", "#"):
        return f"identity '{identity}' must end in ':', '/' or '#', so that each id's keys follow it"
    return f"identity '{identity}' holds a character a URI may not (white space, quotes, <>, braces)"
