"""The briefing as a reader takes it, in a real browser: the stance matrix on a laptop and a phone, print, the mail.

The story's site (tests/fixtures/story/), built and served as in test_site_browser.py. The matrix must show
every column at 1,280 px with compact cells that open on who said it, and be a card per actor on a phone with
nothing to scroll sideways; printed to A4 PDF, the briefing's assessment, matrix and takeaways take one or two
pages; each edition's mail, written for the served site's address, fetches nothing and its links all land.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import threading
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote, urldefrag

import pytest
from browser_support import DESKTOP, PHONE, ROOT, Tab, axe_serious

from generator.build.pipeline import build_project
from generator.site.mail import mails
from generator.validate import Project
from tests.conftest import STORY

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

BRIEFING = "briefings/coalition-of-the-willing/"

#: What the matrix looks like where it is: its box, each column header, each filled cell's line and size.
_MATRIX = """() => {
  const box = document.querySelector('.bp-matrix .bp-scroll');
  const b = box.getBoundingClientRect();
  const cells = [...box.querySelectorAll('td.bp-cell')];
  const line = c => { const s = c.querySelector('summary').cloneNode(true);
                      s.querySelectorAll('.bp-sr').forEach(x => x.remove()); return s.textContent.trim(); };
  return {
    scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, boxLeft: b.left, boxRight: b.right,
    pageScroll: document.documentElement.scrollWidth, inner: innerWidth,
    headers: [...box.querySelectorAll('thead th')].map(th => { const r = th.getBoundingClientRect();
      return {text: th.textContent, left: r.left, right: r.right, width: r.width}; }),
    lines: cells.map(line),
    lineHeights: cells.map(c => { const s = c.querySelector('summary');
                                  return s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight); }),
    emptyHeights: [...box.querySelectorAll('td:empty')].map(c => c.getBoundingClientRect().height),
    cellsInView: cells.every(c => { const r = c.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth; }),
    issuesShown: cells.map(c => getComputedStyle(c.querySelector('.bp-cell__issue')).display),
    rowDisplay: getComputedStyle(box.querySelector('tbody tr:not(.bp-side)')).display,
    minFont: Math.min(...[...box.querySelectorAll('summary, th')].map(x => parseFloat(getComputedStyle(x).fontSize))),
    voicesShown: [...box.querySelectorAll('.bp-voices')].filter(v => v.checkVisibility()).length,
    overflowing: cells.filter(c => { const r = c.getBoundingClientRect();
      return [...c.querySelectorAll('summary *')].some(x => x.getBoundingClientRect().right > r.right + 0.5); })
      .map(line),
  };
}"""


def _matrix(tab: Tab, base_url: str, viewport: dict[str, int]) -> dict:
    tab.page.set_viewport_size(viewport)
    tab.page.goto(base_url + BRIEFING)
    facts: dict = tab.page.evaluate(_MATRIX)
    return facts


def test_every_column_of_the_matrix_is_in_view_at_1280(open_tab: Callable[..., Tab], base_url: str) -> None:
    tab = open_tab(viewport=DESKTOP)
    facts = _matrix(tab, base_url, DESKTOP)
    assert facts["scrollWidth"] <= facts["clientWidth"], "the table fits its box: nothing to scroll to"
    assert len(facts["headers"]) == 9, "the actor column and the eight propositions"
    hidden = [h["text"] for h in facts["headers"] if h["right"] > facts["boxRight"] + 1 or h["left"] < facts["boxLeft"]]
    assert hidden == []
    assert min(h["width"] for h in facts["headers"]) >= 60, "no column squeezed unreadable"
    assert facts["minFont"] >= 10
    # compact cells: a mark and a date per stance; who said it waits until the cell is opened
    assert facts["lines"] and all(len(line) <= 24 for line in facts["lines"]), facts["lines"]
    assert not [line for line in facts["lines"] if "said" in line or "by about" in line]
    assert facts["voicesShown"] == 0
    assert max(facts["lineHeights"]) < 2.5, "a filled cell's line: two short lines at most, not three"
    tab.page.locator("td.bp-cell summary").first.click()
    opened = tab.page.locator("td.bp-cell details[open] .bp-voices").first
    assert opened.is_visible() and "Alexander Grushko" in opened.inner_text()
    assert tab.errors == [] and tab.foreign == []


def test_cells_marked_as_resting_on_two_sources_stay_compact(
    open_tab: Callable[..., Tab], corroborated_url: str
) -> None:
    """Every cell of the story marked ②: still two short lines at 1,280, still on the screen on a phone."""
    tab = open_tab(viewport=DESKTOP)
    facts = _matrix(tab, corroborated_url, DESKTOP)
    assert facts["lines"] and all("②" in line for line in facts["lines"]), facts["lines"]
    assert facts["scrollWidth"] <= facts["clientWidth"], "the table still fits its box"
    assert max(facts["lineHeights"]) < 2.5, "a marked cell: two short lines at most, not three"
    assert facts["overflowing"] == [], "no mark runs past its cell's edge"
    assert all(len(line) <= 26 for line in facts["lines"]), facts["lines"]
    facts = _matrix(tab, corroborated_url, PHONE)
    assert facts["pageScroll"] <= facts["inner"] and facts["cellsInView"], "the cards keep to the screen"
    assert tab.errors == [] and tab.foreign == []


def test_the_matrix_is_a_card_per_actor_on_a_phone(open_tab: Callable[..., Tab], base_url: str) -> None:
    tab = open_tab(viewport=PHONE)
    facts = _matrix(tab, base_url, PHONE)
    assert facts["pageScroll"] <= facts["inner"], "the page does not scroll sideways"
    assert facts["scrollWidth"] <= facts["clientWidth"], "nor does the matrix in its box"
    assert facts["rowDisplay"] == "block", "each actor a card"
    assert facts["cellsInView"], "every filled cell within the screen's width"
    assert set(facts["issuesShown"]) == {"block"}, "each line names its proposition"
    assert set(facts["emptyHeights"]) == {0}, "an empty cell takes no room"
    assert len(facts["emptyHeights"]) == 7 * 8 - 13, "the story: 13 of 56 cells filled"
    assert facts["minFont"] >= 10
    rogov = tab.page.locator("tbody tr", has=tab.page.locator("th[scope=row]", has_text="Vladimir Rogov"))
    mandate = rogov.locator("td.bp-cell", has_text="Zelenskyy's mandate")
    assert mandate.is_visible()
    shown = "s => { const c = s.cloneNode(true); c.querySelectorAll('.bp-sr').forEach(x => x.remove()); return c.textContent; }"
    # stale (March evidence at a September as-of): the mark on the date's line, on the card too
    assert mandate.locator("summary").evaluate(shown).split() == ["✘", "≤~Mar", "\u201925"]
    assert mandate.locator("summary .bp-cell__last svg.bp-hourglass").count() == 1, "the stale mark: an hourglass"
    mandate.locator("summary").click()
    assert mandate.locator("ul.bp-cell__who a").inner_text().strip() == "✘ Opposes"
    assert tab.errors == [] and tab.foreign == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_cards_and_opened_cells_have_no_serious_accessibility_violations(
    open_tab: Callable[..., Tab], base_url: str, scheme: str
) -> None:
    tab = open_tab(viewport=PHONE, color_scheme=scheme)
    tab.page.goto(base_url + BRIEFING)
    found = axe_serious(tab.page)
    tab.page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    found += [f"(opened) {v}" for v in axe_serious(tab.page)]
    assert found == []


# --- Print ------------------------------------------------------------------------------------------------


def test_the_briefing_prints_on_one_or_two_a4_pages(open_tab: Callable[..., Tab], base_url: str) -> None:
    from pypdf import PdfReader

    tab = open_tab(viewport=DESKTOP)
    tab.page.goto(base_url + BRIEFING)
    pdf = tab.page.pdf(format="A4")
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 2, f"{len(reader.pages)} pages"
    width, height = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5, f"A4 is 595.3 x 841.9 points, not {width} x {height}"
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for part in ("Our assessment", "Bottom line:", "Stances at a glance", "Key takeaways", "Vladimir Rogov"):
        assert part in text, part
    assert "Putin said in Beijing that the war was close to ending." in text, "the latest edition's takeaways"
    for left_out in ("What changed since", "Positions by issue", "Who is who", "Timeline", "Search"):
        assert left_out not in text, f"{left_out!r} is printed"


# --- Mail -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mail_url(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Each edition's mail, written for the served site's address, served from a folder of its own (another port)."""
    site = build_project(Project.at(STORY)).site
    assert site is not None
    out = tmp_path_factory.mktemp("mail")
    for path, content in mails(site, "Briefings", base_url).items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(content)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/mail/coalition-of-the-willing/"
    finally:
        server.shutdown()
        server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _landed(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def test_each_mail_fetches_nothing_and_every_link_lands(
    open_tab: Callable[..., Tab], base_url: str, mail_url: str
) -> None:
    found = [mail_url + name for name in ("2025-03-17.html", "2025-09-05.html")]
    for width in (PHONE["width"], 640):
        tab = open_tab(viewport={"width": width, "height": 900})
        requests: list[str] = []
        tab.page.on("request", lambda r, seen=requests: seen.append(r.url))
        for url in found:
            requests.clear()
            response = tab.page.goto(url)
            assert response is not None and response.status == 200
            assert requests == [url], f"the mail fetched {requests[1:]}"
            wide = tab.page.evaluate("document.documentElement.scrollWidth")
            assert wide <= width, f"{url} scrolls sideways at {width} px"
        assert tab.errors == [] and tab.foreign == []
    pages: dict[str, str] = {}
    for url in found:
        tab = open_tab()
        tab.page.goto(url)
        for href in tab.page.eval_on_selector_all("a", "links => links.map(a => a.href)"):
            target, fragment = urldefrag(href)
            assert target.startswith(base_url), href
            html = pages.setdefault(target, _landed(target))
            assert not fragment or f'id="{unquote(fragment)}"' in html, f"{url}: no #{fragment} on {target}"
    assert len(pages) >= 3, "the briefing, its sources"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        tab = open_tab(viewport=PHONE)
        tab.page.goto(found[-1])
        tab.page.screenshot(path=str(ROOT / "docs" / "screenshots" / "after-mail-390.png"), full_page=True)
