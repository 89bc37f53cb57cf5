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
        (host, country)
        for node in nodes
        if _is_organization(node)
        and (host := _host(node.get("url") if isinstance(node.get("url"), str) else None))
        and (country := _address_country(node))
    ]
    return PageMeta(max(bodies, key=len) if bodies else None, countries[0] if countries else None, tuple(sites))


def _json(block: str) -> Any:
    try:
        return json.loads(html_lib.unescape(block) if "&quot;" in block else block, strict=False)
    except ValueError:
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


def _publisher_country(publisher: Any, by_id: dict[str, dict[str, Any]]) -> str | None:
    """The ISO code of the publisher's address country; a publisher given as ``{"@id": …}`` is the node of that id."""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict) and "address" not in publisher and isinstance(publisher.get("@id"), str):
        publisher = by_id.get(publisher["@id"], publisher)
    return _address_country(publisher) if isinstance(publisher, dict) else None


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
