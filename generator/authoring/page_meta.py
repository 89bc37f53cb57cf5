"""What a saved web page says about itself beyond its text: JSON-LD article body, locale, publisher's country.

trafilatura finds the article's text and the usual metadata; this reads the few
things the importer needs that it does not give: the ``articleBody`` a newspaper
puts in its JSON-LD (some pages hold the article nowhere else), the page's
``og:locale`` and the publisher's postal address country, and the host's
country-code domain. Countries are ISO 3166-1 alpha-2 codes checked against
pycountry; nothing here guesses one.
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
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
#: Country-code domains sold to anyone, whose owners are often elsewhere: no country from these.
VANITY_TLDS = frozenset({"ai", "cc", "co", "fm", "io", "ly", "me", "nu", "tk", "to", "tv", "ws", "gg", "am", "im"})
#: Domains whose code is not the country's ISO code.
_TLD_CODES = {"uk": "GB"}


@dataclass(frozen=True)
class PageMeta:
    """The page's JSON-LD article body (``None`` without one) and its country hints (ISO codes)."""

    article_body: str | None = None
    publisher_country: str | None = None
    locale_country: str | None = None


def page_meta(page: str) -> PageMeta:
    """Read the JSON-LD blocks and ``og:locale`` of a page's HTML (broken JSON is passed over)."""
    nodes = [node for block in _JSON_LD.findall(page) for node in _nodes(_json(block))]
    articles = [node for node in nodes if _is_article(node)]
    bodies = [body for node in articles if isinstance(body := node.get("articleBody"), str) and body.strip()]
    countries = [c for node in articles for c in [_publisher_country(node.get("publisher"))] if c]
    return PageMeta(
        max(bodies, key=len) if bodies else None,
        countries[0] if countries else None,
        _locale_country(page),
    )


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


def _publisher_country(publisher: Any) -> str | None:
    """The ISO code of ``publisher.address.addressCountry`` (a code, a name, or a Country object)."""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    address = publisher.get("address") if isinstance(publisher, dict) else None
    country = address.get("addressCountry") if isinstance(address, dict) else None
    if isinstance(country, dict):
        country = country.get("name")
    return country_code(country) if isinstance(country, str) else None


def _locale_country(page: str) -> str | None:
    """The region of ``<meta property="og:locale" content="en_GB">``."""
    for tag in _META.findall(page[:200_000]):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag)}
        if attrs.get("property", attrs.get("name", "")).lower() == "og:locale":
            parts = re.split(r"[_-]", attrs.get("content", "").strip())
            return country_code(parts[1]) if len(parts) == 2 and len(parts[1]) == 2 else None
    return None


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a code or a country's name, ``None`` when it is neither."""
    text = text.strip()
    if not text:
        return None
    found = pycountry.countries.get(alpha_2=text.upper()) if len(text) == 2 else None
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
