"""The feeds: one entry for each edition of every briefing, saying what it changed and what happened.

``feed.xml`` (Atom) and ``feed.json`` (JSON Feed 1.1) at the site's root, with the
same entries. Links are absolute when the site's address is known (``site_url``
in mkdocs.yml), else relative to the feed. The feed's and the entries' ids are made
under the site's prefix (:mod:`generator.site.identity`: the ``identity`` option, else
``site_url``), the same in both feeds and from build to build. Every text and
link of the Atom feed goes through :func:`~generator.inputs.characters.xml_safe`: checked inputs
hold no character XML forbids, and a model built some other way cannot put one in.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from xml.etree import ElementTree as ET

from generator.inputs.characters import xml_safe
from generator.model import Briefing, Changes, Edition, Site, changes_between
from generator.site.identity import SiteIdentity, make_id

ATOM = "http://www.w3.org/2005/Atom"


def atom(site: Site, publisher: SiteIdentity) -> str:
    """The feed as XML text, published by ``publisher`` (links absolute when its address is known)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    title, base_url, author, ids = publisher.name, publisher.url, publisher.author, publisher.ids
    _text(feed, "title", title)
    _text(feed, "id", make_id(ids, "feed"))
    entries = _newest_first(site)
    _text(feed, "updated", _stamp(_updated(site, entries)))
    _link(feed, "self", f"{base_url}feed.xml")
    _link(feed, "alternate", base_url or "./")
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", author or title)
    for b, n in entries:
        feed.append(_entry(b, n, base_url, ids))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


#: JSON Feed's version, as its ``version`` field states it.
JSON_FEED = "https://jsonfeed.org/version/1.1"


def json_feed(site: Site, publisher: SiteIdentity) -> str:
    """The same entries as :func:`atom`, as JSON Feed 1.1 (``feed.json``)."""
    title, base_url, author = publisher.name, publisher.url, publisher.author
    feed: dict[str, Any] = {"version": JSON_FEED, "title": title}
    if base_url:  # both must be full URLs; without the site's address they are left out
        feed.update(home_page_url=base_url, feed_url=f"{base_url}feed.json")
    feed.update(
        description=f"{title}: each new edition of a briefing, what it changed and what happened.",
        authors=[{"name": author or title}],
        language="en",
        items=[_item(b, n, base_url, publisher.ids) for b, n in _newest_first(site)],
    )
    return json.dumps(feed, indent=2, ensure_ascii=False) + "\n"


def _item(b: Briefing, n: int, base_url: str, ids: str) -> dict[str, Any]:
    edition = b.editions[n]
    return {
        "id": _id(ids, b, edition),
        "url": f"{base_url}briefings/{b.id}/",
        "title": _title(b, edition),
        "content_text": _summary(b, edition, changes_between(b, n)),
        "date_published": _stamp(edition.date),
    }


def _newest_first(site: Site) -> list[tuple[Briefing, int]]:
    """Every edition of every briefing, as (briefing, index), the newest first."""
    return sorted(
        ((b, n) for b in site.briefings for n in range(len(b.editions))),
        key=lambda item: (item[0].editions[item[1]].date, item[0].id),
        reverse=True,
    )


def _updated(site: Site, entries: list[tuple[Briefing, int]]) -> dt.date:
    latest = max((b.editions[n].date for b, n in entries), default=max((b.as_of for b in site.briefings), default=None))
    return latest or dt.date(1970, 1, 1)


def _title(b: Briefing, edition: Edition) -> str:
    return f"{b.title}: edition of {_day(edition.date)}"


def _id(ids: str, b: Briefing, edition: Edition) -> str:
    """An edition's id, the same in both feeds: ``<prefix>briefings/<briefing>/<date>``."""
    return make_id(ids, "briefings", b.id, edition.date.isoformat())


def _entry(b: Briefing, n: int, base_url: str, ids: str) -> ET.Element:
    edition = b.editions[n]
    entry = ET.Element(f"{{{ATOM}}}entry")
    _text(entry, "title", _title(b, edition))
    _text(entry, "id", _id(ids, b, edition))
    _text(entry, "updated", _stamp(edition.date))
    _link(entry, "alternate", f"{base_url}briefings/{b.id}/")
    _text(entry, "summary", _summary(b, edition, changes_between(b, n)))
    return entry


def _summary(b: Briefing, edition: Edition, changes: Changes | None) -> str:
    parts = [edition.note] if edition.note else []
    if changes is None:
        parts.append(f"First edition, from {_count(len(edition.sources), 'source')}.")
        parts.append(b.summary)
    else:
        changed = sum(1 for c in changes.positions if c.before is not None and c.before.stance != c.position.stance)
        counts = [
            _count(len(changes.sources), "new source"),
            _count(len(changes.positions) - changed, "new position"),
            _count(changed, "changed stance"),
            _count(len(changes.more_evidence), "position with more evidence", "positions with more evidence"),
            _count(len(changes.answered), "question answered", "questions answered"),
            _count(len(changes.claims), "new claim"),
            _count(len(changes.more_evidence_claims), "claim with more evidence", "claims with more evidence"),
            _count(len(changes.events), "new event"),
            _count(len(changes.more_evidence_events), "event with more evidence", "events with more evidence"),
        ]
        parts.append(f"Since the edition of {_day(changes.since.date)}: " + "; ".join(c for c in counts if c) + ".")
    if edition.takeaways:
        parts.append("Takeaways: " + " ".join(f"({t.dating.text}) {t.what}" for t in edition.takeaways))
    if b.bottom_line and edition is b.editions[-1]:  # the assessment on the page is the latest edition's
        parts.append(f"Bottom line: {b.bottom_line}")
    return " ".join(parts)


def _count(n: int, word: str, plural: str = "") -> str:
    if not n:
        return ""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = xml_safe(text)
    return element


def _link(parent: ET.Element, rel: str, href: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{ATOM}}}link", rel=rel, href=xml_safe(href))


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _day(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"
