"""The reader's site in a real browser: search, citations, links, accessibility, phones, screenshots.

Builds the story project (tests/fixtures/story/) once (``mkdocs build --strict``),
serves it on 127.0.0.1 and drives Debian's Chromium through Playwright. Requests to any
other host are recorded and refused, so the tests also prove the site needs
nothing from another host. ``UPDATE_SCREENSHOTS=1`` writes the README's
screenshots into ``docs/screenshots/``.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from browser_support import DESKTOP, PHONE, ROOT, Tab, axe_serious

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

BRIEFING = "briefings/coalition-of-the-willing/"
ACTOR = "actors/trump/"
SOURCE = "sources/putin-rejects-boots-on-the-ground/"
#: One page of each kind, for axe-core and the screenshots.
PAGES = {
    "home": "",
    "briefing": BRIEFING,
    "actor": ACTOR,
    "source": SOURCE,
    "timeline": "timeline/",
    "period": "timeline/2025/",
    "history": "actors/russia/2025/",
    "questions": "questions/coalition-of-the-willing/",
}
MAX_CLICKS = 3
TOP_RESULTS = 6


# --- Search ------------------------------------------------------------------------------


#: true once the results for query q are all shown (Pagefind fills each result in when its data has loaded)
_RESULTS_FOR = """q => {
  const message = document.querySelector('#bp-search .pagefind-ui__message');
  const results = [...document.querySelectorAll('#bp-search .pagefind-ui__result')];
  return message && message.textContent.includes(q) && results.length > 0
    && results.every(r => r.querySelector('a.pagefind-ui__result-link'));
}"""


def _search(tab: Tab, base_url: str, query: str) -> list[list[str]]:
    """Type into the header's search box (Pagefind); the results, best first, each a page link then its section links."""
    page = tab.page
    if not page.url.startswith(base_url):
        page.goto(base_url)
    box = page.locator("#bp-search input")
    box.click()
    box.fill("")
    page.wait_for_selector("#bp-search .pagefind-ui__result", state="detached")
    box.press_sequentially(query, delay=10)
    page.wait_for_function(_RESULTS_FOR, arg=query)
    hrefs: list[list[str]] = page.eval_on_selector_all(
        "#bp-search .pagefind-ui__result",
        "items => items.map(i => Array.from(i.querySelectorAll('a.pagefind-ui__result-link'),"
        " a => new URL(a.getAttribute('href'), document.baseURI).href))",
    )
    return hrefs


def _path_and_anchor(url: str, base_url: str) -> str:
    """``http://127.0.0.1:1234/actors/peskov/?h=peskov#x`` → ``actors/peskov/#x``."""
    parts = urlsplit(url)
    return parts.path.removeprefix(urlsplit(base_url).path) + (f"#{parts.fragment}" if parts.fragment else "")


@pytest.fixture(scope="module")
def search_tab(open_tab: Callable[..., Tab], base_url: str) -> Tab:
    tab = open_tab()
    tab.page.goto(base_url)
    return tab


@pytest.mark.parametrize(
    ("query", "page"),
    [("Peskov", "actors/peskov/"), ("Sir Keir", "actors/starmer/")],
    ids=["surname", "alias"],
)
def test_search_finds_actor(search_tab: Tab, base_url: str, query: str, page: str) -> None:
    results = _search(search_tab, base_url, query)
    pages = [_path_and_anchor(r[0], base_url) for r in results[:3]]
    assert page in pages, f"{query!r}: {page} not among the first 3 results {pages}"


def test_search_finds_quote_position_and_source(search_tab: Tab, base_url: str) -> None:
    # Russia's position on a negotiated end quotes Putin: "I think there is a light at the end of the tunnel."
    results = _search(search_tab, base_url, "light at the end of the tunnel")
    found = {_path_and_anchor(link, base_url) for r in results[:TOP_RESULTS] for link in r}
    # the position shows on the briefing (its issue's section) and on the pages of Russia and of Putin, who said it
    assert found & {f"{BRIEFING}#issue-negotiated-end", "actors/russia/#positions", "actors/putin/#claims"}, (
        f"no result leads to the position: {found}"
    )
    assert SOURCE in found, f"the quote's source is not in the top results: {found}"
    # quoted, the words are a phrase: the section on the briefing page is among the results
    results = _search(search_tab, base_url, '"light at the end of the tunnel"')
    found = {_path_and_anchor(link, base_url) for r in results[:TOP_RESULTS] for link in r}
    assert f"{BRIEFING}#issue-negotiated-end" in found, f"the position's section is not in the top results: {found}"


def test_search_finds_question(search_tab: Tab, base_url: str) -> None:
    question = "When will Ukraine hold its postponed presidential election?"
    results = _search(search_tab, base_url, "hold its postponed presidential election")
    found = [_path_and_anchor(link, base_url) for r in results[:TOP_RESULTS] for link in r]
    holding = [f for f in found if f.startswith(("questions/", f"{BRIEFING}#watch"))]
    assert holding, f"no result leads to the question: {found}"
    page = search_tab.page
    page.goto(base_url + holding[0])
    assert page.get_by_text(question, exact=True).count() >= 1


def test_enter_opens_the_search_page_with_the_query(open_tab: Callable[..., Tab], base_url: str) -> None:
    page = open_tab().page
    page.goto(base_url + ACTOR)
    box = page.locator("#bp-search input")
    box.fill("Peskov")
    box.press("Enter")
    page.wait_for_url("**/search/?q=Peskov")
    page.wait_for_selector(".bp-search-page .pagefind-ui__result-link")
    first = page.locator(".bp-search-page a.pagefind-ui__result-link").first.get_attribute("href") or ""
    assert _path_and_anchor(urljoin(page.url, first), base_url) == "actors/peskov/"


def test_a_result_marks_the_words_searched_for_on_its_page(search_tab: Tab, base_url: str) -> None:
    results = _search(search_tab, base_url, "Peskov")
    assert "highlight=peskov" in results[0][0].lower(), results[0][0]
    page = search_tab.page
    page.goto(results[0][0])
    page.wait_for_selector("article mark.pagefind-highlight")
    marked = page.eval_on_selector_all("article mark.pagefind-highlight", "ms => ms.map(m => m.textContent)")
    assert marked and all(m.lower() == "peskov" for m in marked), marked


def test_phones_search_from_the_search_page(open_tab: Callable[..., Tab], base_url: str) -> None:
    page = open_tab(viewport=PHONE).page
    page.goto(base_url + BRIEFING)
    assert not page.locator("#bp-search").is_visible(), "the header box does not fit a phone's header"
    page.locator("a.bp-search-link").click()
    page.wait_for_url("**/search/")
    box = page.locator(".bp-search-page input")
    box.press_sequentially("Sir Keir", delay=10)
    page.wait_for_selector(".bp-search-page .pagefind-ui__result-link")
    first = page.locator(".bp-search-page a.pagefind-ui__result-link").first.get_attribute("href") or ""
    assert _path_and_anchor(urljoin(page.url, first), base_url) == "actors/starmer/"


def test_search_results_have_no_serious_accessibility_violations(search_tab: Tab, base_url: str) -> None:
    _search(search_tab, base_url, "Kremlin")
    assert axe_serious(search_tab.page) == []


# --- Citations ---------------------------------------------------------------------------

_HIGHLIGHTED_IN_VIEW = """id => {
  const marks = [...document.querySelectorAll(`mark.bp-passage[data-passages~="${id}"]`)];
  if (!marks.length || !marks.every(m => m.classList.contains('bp-passage--target'))) return false;
  const r = marks[0].getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
}"""


def test_citation_lands_on_its_passage_highlighted_and_in_view(open_tab: Callable[..., Tab], base_url: str) -> None:
    tab = open_tab()
    page = tab.page
    page.goto(base_url + BRIEFING)
    position = page.locator(".bp-position").last
    position.locator("details.bp-evidence > summary").click()  # the evidence is folded: one click opens it
    citation = position.locator("blockquote a[href*='sources/'][href*='#q-']").last
    citation.click()
    page.wait_for_url("**/sources/**#q-*")
    anchor = urlsplit(page.url).fragment
    page.wait_for_function(_HIGHLIGHTED_IN_VIEW, arg=anchor, timeout=5000)
    others = page.eval_on_selector_all(
        "mark.bp-passage--target", f"ms => ms.filter(m => !m.dataset.passages.split(' ').includes('{anchor}')).length"
    )
    assert others == 0, "marks of other passages are highlighted too"
    # Following another passage on the same page moves the highlight (hashchange).
    link = page.locator(f".md-content a[href*='#q-']:not([href$='#{anchor}'])").first
    target = (link.get_attribute("href") or "").rpartition("#")[2]
    link.click()
    page.wait_for_function(_HIGHLIGHTED_IN_VIEW, arg=target, timeout=5000)
    assert page.locator(f"mark.bp-passage--target[data-passages~='{anchor}']").count() in (
        0,
        page.locator(f"mark[data-passages~='{anchor}'][data-passages~='{target}']").count(),
    )
    assert tab.errors == []


# --- Every page: links, anchors, console, other hosts, width on a phone -------------------------


@dataclass
class Visit:
    url: str
    depth: int
    status: int
    errors: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    scroll_width: int = 0
    inner_width: int = 0


@dataclass
class Crawl:
    pages: dict[str, Visit]
    assets: dict[str, int]  # linked non-page files: url -> HTTP status
    foreign: list[str]


_PAGE_FACTS = """() => ({
  links: [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), document.baseURI).href),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id)
        .concat([...document.querySelectorAll('a[name]')].map(a => a.getAttribute('name'))),
  scroll: document.scrollingElement.scrollWidth,
  inner: window.innerWidth,
})"""


def _is_page(url: str) -> bool:
    path = urlsplit(url).path
    return path.endswith(("/", ".html"))


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as e:
        return e.code


@pytest.fixture(scope="module")
def crawl(open_tab: Callable[..., Tab], base_url: str) -> Crawl:
    """Every page reachable from home, visited once at a phone's viewport, breadth first."""
    tab = open_tab(viewport=PHONE)
    page = tab.page
    pages: dict[str, Visit] = {}
    assets: dict[str, int] = {}
    depth = {base_url: 0}
    queue = deque([base_url])
    while queue:
        url = queue.popleft()
        tab.errors.clear()
        response = page.goto(url, wait_until="load")
        facts = page.evaluate(_PAGE_FACTS)
        visit = Visit(url, depth[url], response.status if response else 0, list(tab.errors), facts["links"],
                      set(facts["ids"]), facts["scroll"], facts["inner"])  # fmt: skip
        pages[url] = visit
        for link in visit.links:
            target, _ = urldefrag(link)
            if not target.startswith(base_url) or target in depth or target in assets:
                continue
            if _is_page(target):
                depth[target] = visit.depth + 1
                queue.append(target)
            else:
                assets[target] = _status(target)
    return Crawl(pages, assets, list(tab.foreign))


def test_every_page_loads_without_console_errors(crawl: Crawl) -> None:
    bad = {url: v.status for url, v in crawl.pages.items() if v.status != 200}
    assert bad == {}
    noisy = {url: v.errors for url, v in crawl.pages.items() if v.errors}
    assert noisy == {}
    assert len(crawl.pages) > 30


def test_every_internal_link_resolves_to_an_existing_anchor(crawl: Crawl, base_url: str) -> None:
    broken: list[str] = []
    for visit in crawl.pages.values():
        for link in visit.links:
            target, fragment = urldefrag(link)
            if not target.startswith(base_url):
                continue
            if not _is_page(target):
                if crawl.assets.get(target) != 200:
                    broken.append(f"{visit.url} → {link} (status {crawl.assets.get(target)})")
                continue
            landed = crawl.pages.get(target)
            if landed is None or landed.status != 200:
                broken.append(f"{visit.url} → {link} (page missing)")
            elif fragment and unquote(fragment) not in landed.ids:
                broken.append(f"{visit.url} → {link} (no #{unquote(fragment)})")
    assert broken == []


def test_no_request_leaves_127_0_0_1(crawl: Crawl) -> None:
    assert crawl.foreign == []


def test_every_page_is_reachable_from_home_in_three_clicks(crawl: Crawl, site_dir: Path, base_url: str) -> None:
    built = set()
    for html in site_dir.rglob("*.html"):
        rel = html.relative_to(site_dir).as_posix()
        if rel != "404.html":
            built.add(base_url + (rel.removesuffix("index.html")))
    unreached = sorted(built - set(crawl.pages))
    assert unreached == [], "pages no link leads to"
    far = {url: v.depth for url, v in crawl.pages.items() if v.depth > MAX_CLICKS}
    assert far == {}


def test_no_page_scrolls_sideways_on_a_phone(crawl: Crawl) -> None:
    wide = {url: (v.scroll_width, v.inner_width) for url, v in crawl.pages.items() if v.scroll_width > v.inner_width}
    assert wide == {}


# --- Judgement first --------------------------------------------------------------------------

_BOTTOM_LINE = """() => {
  const box = document.querySelector('.bp-assessment');
  const line = [...box.querySelectorAll('p')].find(p => p.textContent.startsWith('Bottom line:'));
  const r = line.getBoundingClientRect();
  const before = [...document.querySelectorAll('.md-content h2')].filter(h => !box.contains(h) &&
      (h.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING));
  return {top: r.top, bottom: r.bottom, height: innerHeight, sectionsBefore: before.length,
          note: box.querySelector('.bp-assessment__note') !== null};
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_bottom_line_is_on_the_first_screen(open_tab: Callable[..., Tab], base_url: str, viewport: dict) -> None:
    """A reader gets the judgement first: the whole bottom line without scrolling, and no section before it."""
    tab = open_tab(viewport=viewport)
    tab.page.goto(base_url + BRIEFING)
    facts = tab.page.evaluate(_BOTTOM_LINE)
    assert facts["sectionsBefore"] == 0, "our assessment must be the first section of a briefing"
    assert facts["note"], "the assessment box must say it is our judgement, not the actors' words"
    assert facts["top"] >= 0 and facts["bottom"] <= facts["height"], f"bottom line off the first screen: {facts}"


# --- Timeline filter ---------------------------------------------------------------------------


def test_timeline_filters_by_actor_and_works_without_script(open_tab: Callable[..., Tab], base_url: str) -> None:
    """On a timeline page of one period (the overview, timeline/, counts by period and lists no event in full)."""
    tab = open_tab()
    page = tab.page
    page.goto(base_url + "timeline/2025/")
    total = page.locator(".bp-tl-item").count()
    page.select_option("#bp-filter-actor", "trump")
    visible = page.locator(".bp-tl-item:visible")
    assert 0 < visible.count() < total
    for i in range(visible.count()):
        assert "trump" in (visible.nth(i).get_attribute("data-actors") or "").split()
    assert "actor=trump" in page.url
    assert page.locator(".bp-lane.bp-dim").count() > 0
    assert page.locator(".bp-lane[data-actor='trump']:not(.bp-dim)").count() == 1
    page.select_option("#bp-filter-actor", "")
    assert page.locator(".bp-tl-item:visible").count() == total

    plain = open_tab(javascript=False).page
    plain.goto(base_url + "timeline/2025/")
    assert plain.locator("form[data-bp-filter]").is_hidden(), "no dead control without the script"
    assert plain.locator(".bp-tl-item:visible").count() == total
    assert tab.errors == []


# --- Accessibility -----------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(open_tab: Callable[..., Tab], base_url: str, scheme: str) -> None:
    tab = open_tab(color_scheme=scheme)
    found = {}
    for name, path in PAGES.items():
        tab.page.goto(base_url + path)
        found[name] = axe_serious(tab.page)
        # and with every fold open: evidence, bases, keys and legends are read too
        tab.page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        found[name] += [f"(opened) {v}" for v in axe_serious(tab.page)]
    assert found == {name: [] for name in PAGES}


# --- Screenshots -------------------------------------------------------------------------------


def test_screenshots(open_tab: Callable[..., Tab], base_url: str, tmp_path: Path) -> None:
    """The README's pictures; written into docs/screenshots/ only with UPDATE_SCREENSHOTS=1."""
    out = ROOT / "docs" / "screenshots" if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    tab = open_tab(viewport=DESKTOP)
    for name in ("home", "briefing", "actor", "source"):
        tab.page.goto(base_url + PAGES[name])
        tab.page.screenshot(path=str(out / f"{name}.png"))
        data = (out / f"{name}.png").read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000
