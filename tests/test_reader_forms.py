"""The briefing in the forms a reader takes it: key takeaways, the feeds (Atom and JSON Feed), the mail of each edition.

Pinned on the mini fixture (edited in a copy) and on the story fixture. The matrix, print and the mail in a real
browser are in tests/browser/test_reader_forms_browser.py; the golden cases of the takeaways' diagnostics are in
tests/cases/BRF15*.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from generator.build.pipeline import build_project
from generator.site.feed import JSON_FEED, atom, json_feed
from generator.site.identity import SiteIdentity
from generator.site.mail import mail_paths, mails
from generator.validate import Project
from tests.conftest import STORY, copy_project
from tests.conftest import codes as _codes
from tests.conftest import edit as _edit
from tests.conftest import linked_site as _site

BRIEFING = "briefings/harbour-ferry.yaml"
BASE = "https://example.org/briefings/"
VOTE = "Northbridge city council voted on Tuesday to close the harbour ferry at the end of the year."
KEEP = "Mayor Ferreira now says the harbour ferry should stay open for good."


def _with_takeaways(mini: Path, first: str = "", second: str = "") -> None:
    """Two editions, the first event given the id ``vote``; ``first`` and ``second``: each edition's takeaways."""
    _edit(
        mini,
        BRIEFING,
        'timeline:\n  - relative: "on Tuesday"\n',
        'timeline:\n  - id: "vote"\n    relative: "on Tuesday"\n',
    )
    first = first or '      - what: "The council voted to close the ferry."\n        event: "vote"\n'
    second = second or (
        '      - what: "The mayor said the ferry should stay open."\n'
        f'        evidence:\n          - source: "mayor-keeps-ferry"\n            quote: "{KEEP}"\n'
    )
    editions = (
        f'editions:\n  - date: "2025-06-12"\n    note: "The vote."\n    takeaways:\n{first}'
        f'  - date: "2025-07-15"\n    note: "The change."\n    takeaways:\n{second}\n'
    )
    _edit(mini, BRIEFING, "issues:\n", editions + "issues:\n")


# --- takeaways: checked, linked, shown ------------------------------------------------------


def test_takeaways_are_linked_with_the_date_and_sources_they_rest_on(mini: Path) -> None:
    _with_takeaways(mini)
    (b,) = _site(mini).briefings
    (vote,), (keep,) = (e.takeaways for e in b.editions)
    assert vote.event is not None and vote.event.what.startswith("Northbridge council votes")
    assert vote.dating == vote.event.dating and vote.evidence == vote.event.evidence
    assert vote.dating.when.date == dt.date(2025, 6, 10), "the event's date: 'on Tuesday' before 12 June"
    assert keep.event is None and [ev.quote for ev in keep.evidence] == [KEEP]
    assert keep.dating.text == "by July 2025", "no date in the words: dated by its report, no more precisely"
    assert (vote.anchor, keep.anchor) == ("takeaway-1-1", "takeaway-2-1")


def test_a_takeaways_own_date_is_checked_against_its_words(mini: Path) -> None:
    second = (
        '      - what: "The mayor said the ferry should stay open."\n        date: "2025-07-02"\n'
        f'        evidence:\n          - source: "mayor-keeps-ferry"\n            quote: "{KEEP}"\n'
    )
    _with_takeaways(mini, second=second)
    assert "BRF057" in _codes(mini), "a day the words quoted do not give is more precise than the source"


def test_a_source_quoted_only_by_a_takeaway_counts_as_cited(mini: Path) -> None:
    seed = (mini / "seeds" / "mayor-keeps-ferry.md").read_text(encoding="utf-8")
    (mini / "seeds" / "ferry-note.md").write_text(seed.replace('id: "mayor-keeps-ferry"', 'id: "ferry-note"'), "utf-8")
    _edit(mini, BRIEFING, '  - "mayor-keeps-ferry"\n', '  - "mayor-keeps-ferry"\n  - "ferry-note"\n')
    _with_takeaways(mini)
    assert "BRF061" in _codes(mini), "listed, and cited by nothing yet"
    _edit(
        mini,
        BRIEFING,
        '          - source: "mayor-keeps-ferry"\n            quote: "Mayor',
        '          - source: "ferry-note"\n            quote: "Mayor',
    )
    assert "BRF061" not in _codes(mini)


def test_the_page_leads_with_the_latest_takeaways_and_folds_the_earlier(mini: Path) -> None:
    _with_takeaways(mini)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    page = pages["briefings/harbour-ferry.md"]
    takeaways = page.split("## Key takeaways {: #takeaways }")[1].split("## ")[0]
    latest, earlier = takeaways.split("<summary>The takeaways of earlier editions</summary>")
    assert "up to the edition of 15 July 2025" in latest
    assert (
        '<span class="bp-anchor" id="takeaway-2-1"></span><time datetime="2025-07-15">by July 2025</time>: ' in latest
    )
    assert "The mayor said the ferry should stay open. ([source 2](../sources/mayor-keeps-ferry.md#q-" in latest
    assert "**Edition of 12 June 2025**" in earlier
    vote = '[<time datetime="2025-06-10">10 June 2025</time>](../timeline/2025.md#event-harbour-ferry-vote)'
    assert vote in earlier, "a takeaway on an event: its date leads to the event"
    assert page.index("## Stances at a glance") < page.index("## Key takeaways") < page.index("bp-print-end")


def test_the_source_page_says_a_takeaway_quotes_it(mini: Path) -> None:
    _with_takeaways(mini)
    pages = build_project(Project.at(mini)).pages
    assert pages is not None
    assert (
        "· takeaway, by July 2025: [The mayor said the ferry should stay open.]("
        in pages["sources/mayor-keeps-ferry.md"]
    )


# --- the feeds ------------------------------------------------------------------------------------

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def _check_json_feed(feed: dict, absolute: bool) -> None:
    """The fields JSON Feed 1.1 (jsonfeed.org/version/1.1) requires or defines, with their types."""
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(feed["title"], str) and feed["title"]
    assert isinstance(feed["items"], list)
    known = {"version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon"}
    known |= {"favicon", "authors", "language", "expired", "hubs", "items"}
    assert set(feed) <= known, set(feed) - known
    for key in ("home_page_url", "feed_url"):
        assert (key in feed) == absolute
        if absolute:
            assert urlsplit(feed[key]).scheme == "https"
    assert all(isinstance(a, dict) and isinstance(a["name"], str) for a in feed["authors"])
    item_keys = {"id", "url", "external_url", "title", "content_html", "content_text", "summary", "image"}
    item_keys |= {"banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments"}
    ids = [item["id"] for item in feed["items"]]
    assert len(set(ids)) == len(ids) and all(isinstance(i, str) and i for i in ids), "ids: unique, non-empty strings"
    for item in feed["items"]:
        assert set(item) <= item_keys, set(item) - item_keys
        assert isinstance(item.get("content_text") or item.get("content_html"), str), "content_text or content_html"
        assert _RFC3339.match(item["date_published"])
        assert bool(urlsplit(item["url"]).scheme) == absolute


def test_the_json_feed_has_the_atom_feeds_entries_and_the_spec_fields(mini: Path) -> None:
    _with_takeaways(mini)
    site = _site(mini)
    feed = json.loads(json_feed(site, SiteIdentity("Briefings", BASE, "The desk")))
    _check_json_feed(feed, absolute=True)
    assert feed["version"] == JSON_FEED and feed["feed_url"] == BASE + "feed.json"
    atom_feed = feedparser.parse(atom(site, SiteIdentity("Briefings", BASE)))
    assert [i["id"] for i in feed["items"]] == [e.id for e in atom_feed.entries]
    assert [i["title"] for i in feed["items"]] == [e.title for e in atom_feed.entries]
    assert [i["content_text"] for i in feed["items"]] == [e.summary for e in atom_feed.entries]
    latest = feed["items"][0]
    assert latest["url"] == BASE + "briefings/harbour-ferry/" and latest["date_published"] == "2025-07-15T00:00:00Z"
    assert "Takeaways: (by July 2025) The mayor said the ferry should stay open." in latest["content_text"]


def test_the_json_feed_without_the_sites_address_leaves_out_what_must_be_absolute(mini: Path) -> None:
    feed = json.loads(json_feed(_site(mini), SiteIdentity("Briefings")))
    _check_json_feed(feed, absolute=False)
    assert feed["items"][0]["url"] == "briefings/harbour-ferry/"


def test_the_json_feed_escapes_nothing_it_need_not_and_stays_valid_json(mini: Path) -> None:
    _edit(mini, BRIEFING, 'title: "The Northbridge harbour ferry"', 'title: "Ferry <script>\\"x\\"</script> & co"')
    feed = json.loads(json_feed(_site(mini), SiteIdentity("Briefings")))
    assert feed["items"][0]["title"].startswith('Ferry <script>"x"</script> & co'), "content_text is text, not HTML"


# --- the mail of each edition ------------------------------------------------------------------------


def _check_mail(html: str) -> BeautifulSoup:
    """Self-contained: parses, no script, nothing fetched, no style sheet, every link absolute to the site."""
    page = BeautifulSoup(html, "html.parser")
    assert page.html is not None and page.body is not None and page.title is not None
    assert not page.find_all(["script", "link", "style", "iframe", "object", "embed", "img", "form"])
    assert not [attr for tag in page.find_all(True) for attr in tag.attrs if attr.startswith("on")]
    assert not page.find_all(src=True), "nothing is fetched"
    assert "url(" not in html, "no background image either"
    hrefs = [a["href"] for a in page.find_all("a")]
    assert hrefs and all(h.startswith(BASE) for h in hrefs), [h for h in hrefs if not h.startswith(BASE)]
    styled = [tag for tag in page.body.find_all(True) if tag.name not in ("br",)]
    assert sum(1 for tag in styled if tag.get("style")) > len(styled) / 2, "styles are inline"
    return page


def test_each_edition_has_a_self_contained_mail(mini: Path) -> None:
    _with_takeaways(mini)
    site = _site(mini)
    written = mails(site, "Briefings", BASE)
    assert sorted(written) == sorted(mail_paths(site, BASE))
    assert sorted(written) == ["mail/harbour-ferry/2025-06-12.html", "mail/harbour-ferry/2025-07-15.html"]
    first = _check_mail(written["mail/harbour-ferry/2025-06-12.html"].decode("utf-8"))
    latest = _check_mail(written["mail/harbour-ferry/2025-07-15.html"].decode("utf-8"))
    assert "The council voted to close the ferry." in first.get_text()
    assert "The mayor said the ferry should stay open." in latest.get_text()
    assert "The mayor said" not in first.get_text(), "an edition's mail has its own takeaways"
    assert _card(first, "Ana Ferreira") == ["Closing the harbour ferry: ◑ Conditional by Jun 2025"], "known by then"
    assert _card(latest, "Ana Ferreira") == [
        "Closing the harbour ferry: ◑ Conditional by Jun 2025 → ✘ Opposes by Jul 2025"
    ]


def _card(mail: BeautifulSoup, actor: str) -> list[str]:
    """The lines of an actor's card of stances in a mail."""
    for table in mail.select("table table table"):
        rows = [" ".join(td.get_text(" ").split()) for td in table.select("td")]
        if rows and rows[0] == actor:
            return rows[1:]
    raise AssertionError(f"no card for {actor}")


def test_an_older_editions_mail_does_not_show_todays_assessment(mini: Path) -> None:
    _with_takeaways(mini)
    _edit(mini, BRIEFING, 'as_of: "2025-07-15"\n', 'as_of: "2025-07-15"\nbottom_line: "The ferry stays."\n')
    written = mails(_site(mini), "Briefings", BASE)
    assert "The ferry stays." in written["mail/harbour-ferry/2025-07-15.html"].decode("utf-8")
    older = written["mail/harbour-ferry/2025-06-12.html"].decode("utf-8")
    assert "The ferry stays." not in older and "Our assessment as it stands now is on" in older


def test_no_mail_without_the_sites_address(mini: Path) -> None:
    site = _site(mini)
    assert mails(site, "Briefings", "") == {} and mail_paths(site, "") == []


def test_the_mail_escapes_what_it_carries(mini: Path) -> None:
    _with_takeaways(mini, first='      - what: "<script>alert(1)</script> & <b>bold</b>"\n        event: "vote"\n')
    html = mails(_site(mini), "Briefings", BASE)["mail/harbour-ferry/2025-06-12.html"].decode("utf-8")
    page = _check_mail(html)
    assert "<script>alert(1)</script> & <b>bold</b>" in page.get_text()


# --- the built site: the feeds and the mail beside the pages --------------------------------------------


@pytest.fixture(scope="module")
def story_site_with_address(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("story-site")
    project = copy_project(STORY, tmp_path_factory.mktemp("story"))
    config = project / "mkdocs.yml"
    config.write_text(f"site_url: {BASE}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)]
    done = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return out, done.stderr


def test_the_built_site_has_both_feeds_linked_and_a_mail_per_edition(story_site_with_address: tuple[Path, str]) -> None:
    site, log = story_site_with_address
    feed = json.loads((site / "feed.json").read_text("utf-8"))
    _check_json_feed(feed, absolute=True)
    assert len(feed["items"]) == 2
    head = BeautifulSoup((site / "index.html").read_text("utf-8"), "html.parser").head
    assert head is not None
    alternate = {link["type"]: link["href"] for link in head.find_all("link", rel="alternate")}
    assert alternate["application/feed+json"].endswith("feed.json")
    assert alternate["application/atom+xml"].endswith("feed.xml")
    mail = sorted(p.relative_to(site).as_posix() for p in (site / "mail").rglob("*.html"))
    assert mail == ["mail/coalition-of-the-willing/2025-03-17.html", "mail/coalition-of-the-willing/2025-09-05.html"]
    for path in mail:
        _check_mail((site / path).read_text("utf-8"))
    assert "No mail of the editions written" not in log


def test_a_site_without_an_address_says_why_it_has_no_mail(tmp_path: Path) -> None:
    project = copy_project(STORY, tmp_path / "story")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")]
    done = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "No mail of the editions written: mkdocs.yml sets no site_url" in done.stderr
    assert not (tmp_path / "site" / "mail").exists()
    assert (tmp_path / "site" / "feed.json").is_file()
