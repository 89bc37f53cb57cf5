"""What a saved web page says about itself beyond its text: JSON-LD article body, publisher's country.

trafilatura finds the article's text and the usual metadata; this reads the few
things the importer needs that it does not give: the ``articleBody`` a newspaper
puts in its JSON-LD (some pages hold the article nowhere else), the country of
the publisher's postal address (the article's publisher, or the site's own
organization), and the host's country-code domain. Countries are ISO 3166-1
alpha-2 codes checked against pycountry; nothing here guesses one. A page's
``og:locale`` or ``lang`` is no evidence: ``en_US`` is many sites' default (on the
two extraction benchmarks it named the wrong country for 13 of the 88 outlets it
alone gave one; docs/import-and-draft.md).
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pycountry

from generator.authoring.furniture import site_name

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title\b[^>]*>([^<]*)</title\s*>", re.IGNORECASE)
_NAME_TAGS = frozenset({"og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"})
_JSON_DATA = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/json[\"']?[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
#: The rich-text nodes of script data that are lines of the article.
_BLOCKS = frozenset({"paragraph", "heading"})
_JSON_LD = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
#: Country-code domains sold to anyone, whose owners are often elsewhere: no country from these.
VANITY_TLDS = frozenset({"ai", "cc", "co", "fm", "io", "ly", "me", "nu", "tk", "to", "tv", "ws", "gg", "am", "im"})
#: Domains whose code is not the country's ISO code.
_TLD_CODES = {"uk": "GB"}


@dataclass(frozen=True)
class PageMeta:
    """The page's JSON-LD article body (``None`` without one) and the countries its JSON-LD gives (ISO codes).

    ``site_countries`` pairs each organization's host (``www.`` left off) with its address's country.
    """

    article_body: str | None = None
    publisher_country: str | None = None
    site_countries: tuple[tuple[str, str], ...] = ()
    #: the page's ``og:site_name``
    og_name: str | None = None
    #: the names of its JSON-LD organizations and web sites, each with its host (``www.`` left off)
    site_names: tuple[tuple[str, str], ...] = ()
    #: its articles' publishers' names, then its app's (``application-name``, ``apple-mobile-web-app-title``)
    names: tuple[str, ...] = ()
    title: str | None = None
    #: the site's Twitter handle (``twitter:site``)
    handle: str | None = None
    #: the article as the page's script data holds it (rich-text ``paragraph`` and ``heading`` nodes), if it does
    script_body: str | None = None

    def outlet(self, named: str | None, url: str | None) -> str | None:
        """The outlet's name: trafilatura's (``named``) unless implausible, else the first plausible one the page
        gives: its og:site_name, its host's organization's, its publisher's, its app's (:func:`site_name`)."""
        host = _host(url)
        own = [name for where, name in self.site_names if host and where == host]
        others = [*([self.og_name] if self.og_name else []), *own, *self.names]
        return site_name(named, others, self.title, url, self.handle)

    def country(self, url: str | None) -> str | None:
        """The outlet's country: its article's publisher's address, else the address of the page's own
        host's organization, else the host's country-code domain; ``None`` when the page says none of these."""
        host = _host(url)
        site = next((country for where, country in self.site_countries if host and where == host), None)
        return self.publisher_country or site or domain_country(url)


def page_meta(page: str) -> PageMeta:
    """Read the JSON-LD blocks of a page's HTML (broken JSON is passed over)."""
    nodes = [node for block in _JSON_LD.findall(page) for node in _nodes(_json(block))]
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str) and len(node) > 1}
    articles = [node for node in nodes if _is_article(node)]
    bodies = [body for node in articles if isinstance(body := node.get("articleBody"), str) and body.strip()]
    countries = [c for node in articles for c in [_publisher_country(node.get("publisher"), by_id)] if c]
    sites = [
        (host, node) for node in nodes if (host := _host(node.get("url") if isinstance(node.get("url"), str) else None))
    ]
    publishers = [_publisher(node.get("publisher"), by_id) for node in articles]
    metas = _metas(page)
    title = _TITLE.search(page)
    return PageMeta(
        max(bodies, key=len) if bodies else None,
        countries[0] if countries else None,
        tuple((host, c) for host, node in sites if _is_organization(node) and (c := _address_country(node))),
        metas.get("og:site_name"),
        tuple(
            (host, name.strip())
            for host, node in sites
            if (_is_organization(node) or _is_a(node, "WebSite"))
            and isinstance(name := node.get("name"), str)
            and name.strip()
        ),
        tuple(
            [n.strip() for p in publishers if p and isinstance(n := p.get("name"), str) and n.strip()]
            + [metas[key] for key in ("application-name", "apple-mobile-web-app-title") if key in metas]
        ),
        html_lib.unescape(" ".join(title.group(1).split())) if title else None,
        metas.get("twitter:site"),
        _script_body(page),
    )


def _script_body(page: str) -> str | None:
    """The longest run of rich-text paragraphs in the page's JSON script data, one a line (``None``: none).

    Pages built by a JavaScript framework (Bloomberg's, in Next.js's ``__NEXT_DATA__``) may hold the article
    there only, as nodes ``{"type": "paragraph", "content": [{"type": "text", "value": …}, …]}``.
    """
    best: list[str] = []
    for block in _JSON_DATA.findall(page):
        for nodes in _lists(_json(block)):
            lines = [" ".join(_rich_text(node).split()) for node in nodes if _is_block(node)]
            lines = [line for line in lines if line]
            if sum(len(line.split()) for line in lines) > sum(len(line.split()) for line in best):
                best = lines
    return "\n".join(best) or None


def _is_block(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("type"), str) and node["type"] in _BLOCKS


def _rich_text(node: Any) -> str:
    """The text of a rich-text node: the ``value`` of each text node in it, in order (walked without
    recursion: script data may nest deeper than Python recurses)."""
    parts: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            value = item.get("value") if item.get("type") == "text" else None
            parts.append(value if isinstance(value, str) else "")
            stack.append(item.get("content"))
    return "".join(parts)


def _lists(data: Any) -> Iterator[list[Any]]:
    """Every list in a JSON document (walked without recursion)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            yield item
            stack.extend(item)


def _metas(page: str) -> dict[str, str]:
    """The first non-empty ``content`` of each of the meta tags the outlet's name is read from."""
    found: dict[str, str] = {}
    for tag in _META.findall(page):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        content = html_lib.unescape(attrs.get("content", "")).strip()
        if key in _NAME_TAGS and content:
            found.setdefault(key, content)
    return found


def _json(block: str) -> Any:
    try:
        return json.loads(html_lib.unescape(block) if "&quot;" in block else block, strict=False)
    except (ValueError, RecursionError):  # broken, or nested deeper than the parser goes
        return None


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document: lists and ``@graph`` opened, top-level ones first."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        yield from _nodes(data.get("@graph"))


def _is_article(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and (k.endswith("Article") or k == "BlogPosting") for k in names)


def _is_organization(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.endswith("Organization") for k in names)


def _is_a(node: dict[str, Any], kind: str) -> bool:
    kinds = node.get("@type")
    return kind in (kinds if isinstance(kinds, list) else [kinds])


def _publisher(publisher: Any, by_id: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The publisher's node; one given as ``{"@id": …}`` alone is the node of that id."""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict) and isinstance(publisher.get("@id"), str) and not publisher.get("address"):
        return by_id.get(publisher["@id"], publisher)
    return publisher if isinstance(publisher, dict) else None


def _publisher_country(publisher: Any, by_id: dict[str, dict[str, Any]]) -> str | None:
    """The ISO code of the publisher's address country."""
    node = _publisher(publisher, by_id)
    return _address_country(node) if node is not None else None


def _address_country(node: dict[str, Any]) -> str | None:
    """The ISO code of ``node.address.addressCountry`` (a code, a name, or a Country object)."""
    address = node.get("address")
    if isinstance(address, list):
        address = address[0] if address else None
    country = address.get("addressCountry") if isinstance(address, dict) else None
    if isinstance(country, dict):
        country = country.get("name")
    return country_code(country) if isinstance(country, str) else None


def _host(url: str | None) -> str | None:
    """An address's host name without ``www.``; ``None`` when it has none."""
    host = urlsplit(url.strip()).hostname if url else None
    return host.removeprefix("www.") if host else None


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a code (two or three letters) or a country's name, ``None`` when it is
    neither."""
    text = text.strip()
    if not text:
        return None
    found = None
    if len(text) == 2:
        found = pycountry.countries.get(alpha_2=text.upper())
    elif len(text) == 3:
        found = pycountry.countries.get(alpha_3=text.upper())
    if found is None and len(text) > 3:
        found = pycountry.countries.get(name=text) or pycountry.countries.get(common_name=text)
    return str(found.alpha_2) if found is not None else None


def domain_country(url: str | None) -> str | None:
    """The country of an address's country-code domain (``.de`` → DE, ``.uk`` → GB); ``None`` for .com and the like."""
    host = urlsplit(url).hostname if url else None
    tld = host.rsplit(".", 1)[-1].lower() if host and "." in host else ""
    if len(tld) != 2 or tld in VANITY_TLDS:
        return None
    return _TLD_CODES.get(tld) or country_code(tld)


def home_page(url: str | None) -> str | None:
    """The site's home page, ``https://host/``, from an article's address."""
    parts = urlsplit(url) if url else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.hostname}/"
