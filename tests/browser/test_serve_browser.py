"""While `mkdocs serve` runs: the problem banner on every page, and "Copy as evidence" on source pages.

A real `mkdocs serve --livereload` of a copy of the story fixture, driven by Chromium: the
banner appears by live reload after a bad save and goes after the next good one; the copy
button puts the seed's exact words, escaped, on the clipboard, and refuses a selection
across paragraphs with its reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import DESKTOP, Tab, axe_serious, watch

from generator.authoring.draft import yaml_string
from generator.inputs.load import load_yaml
from tests.conftest import STORY, copy_project
from tests.test_serve import serving

# Its own group: it shares only Chromium with the built site's tests, so the two run on both workers at once.
pytestmark = [pytest.mark.serve, pytest.mark.xdist_group("browser-serve")]

BRIEFING = "briefings/coalition-of-the-willing.yaml"
SOURCE = "sources/putin-rejects-boots-on-the-ground/"
HOSTILE_NAME = "<img src=x onerror=document.title='pwned'>.yaml"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """``mkdocs serve --livereload`` of a copy of the story fixture: (base URL, project, log)."""
    root = copy_project(STORY, tmp_path_factory.mktemp("served"))
    with serving(root, "coalition of the willing") as (base, log):
        yield base, root, log


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    """A fresh tab that may read and write the clipboard."""
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    t = Tab(page)
    watch(page, t)
    yield t
    context.close()


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_bad_save_shows_a_banner_on_every_page_until_the_next_good_build(
    served: tuple[str, Path, Path], tab: Tab
) -> None:
    base, root, _ = served
    page = tab.page
    with page.expect_response(lambda r: r.url.endswith("/problems.json")):
        page.goto(base + "actors/putin/")  # (live reload keeps a request open: the network is never idle)
    page.wait_for_timeout(200)
    assert page.locator(".bp-problems").count() == 0

    _replace(root / BRIEFING, 'actor: "rogov"', 'actor: "rogv"')
    (root / "briefings" / HOSTILE_NAME).write_text("title: [\n", encoding="utf-8")
    banner = page.locator(".bp-problems")
    banner.wait_for(timeout=60_000)  # live reload brings it, no reload by hand
    text = banner.inner_text()
    assert "The last save has" in text and "errors" in text
    assert "error: unknown actor 'rogv'" in text
    assert f"{BRIEFING}:" in text and "unknown actor 'rogv'" in text and "hint: " in text
    assert "[BRF" in text
    assert f"briefings/{HOSTILE_NAME}:" in text  # shown as text: nothing in a file name becomes markup
    assert banner.locator("img").count() == 0 and page.title() != "pwned"
    assert banner.get_attribute("role") == "alert"

    other = tab.page.context.new_page()
    other.goto(base + SOURCE)
    other.locator(".bp-problems").wait_for(timeout=30_000)  # every page, not just the one open
    other.close()

    _replace(root / BRIEFING, 'actor: "rogv"', 'actor: "rogov"')
    (root / "briefings" / HOSTILE_NAME).unlink()
    banner.wait_for(state="detached", timeout=60_000)
    assert tab.errors == [] and tab.foreign == []


def test_warnings_are_a_folded_note_on_every_page_until_dealt_with(served: tuple[str, Path, Path], tab: Tab) -> None:
    """A save that builds but warns (here an actor nobody uses): the site shows it, and a note lists what to check."""
    base, root, _ = served
    page = tab.page
    registry = root / "briefings" / "actors.yaml"
    before = registry.read_text(encoding="utf-8")
    with page.expect_response(lambda r: r.url.endswith("/problems.json")):
        page.goto(base + "actors/")
    page.wait_for_timeout(200)
    assert page.locator(".bp-problems").count() == 0

    unused = '  - id: "nobody-yet"\n    name: "Nobody Yet"\n    kind: "person"\n    standing: "expert"\n'
    registry.write_text(before.rstrip("\n") + "\n" + unused, encoding="utf-8")
    note = page.locator(".bp-problems--warnings")
    note.wait_for(timeout=60_000)
    assert note.get_attribute("role") == "status"
    assert note.locator("details").get_attribute("open") is None, "folded: the page stays readable"
    assert page.locator(".bp-problems[role=alert]").count() == 0, "warnings are not an alert"
    assert "The last save has 1 warning." in note.locator("summary").inner_text()
    note.locator("summary").click()
    listed = note.locator(".bp-problems__item").inner_text()
    assert "briefings/actors.yaml:" in listed and "warning: actor 'nobody-yet' is never used" in listed
    assert "hint: " in listed
    page.wait_for_selector("text=Nobody Yet", timeout=30_000)  # the save is on the site: a warning blocks nothing
    page.locator(".bp-problems--warnings details").evaluate("fold => { fold.open = true; }")
    assert axe_serious(page) == [], "the note opened, in the page's colours"

    registry.write_text(before, encoding="utf-8")
    note.wait_for(state="detached", timeout=60_000)
    assert tab.errors == [] and tab.foreign == []


SELECT = """([needle, occurrence]) => {
  const root = document.querySelector('.bp-source-text');
  const paragraphs = [...root.querySelectorAll(':scope > p')];
  const p = paragraphs.find(x => x.textContent.includes(needle));
  const start = p.textContent.indexOf(needle);
  const end = start + needle.length;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0, node;
  while ((node = walker.nextNode())) {
    const length = node.data.length;
    if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
    if (end >= seen && end <= seen + length) { range.setEnd(node, end - seen); break; }
    seen += length;
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""

ACROSS = """([first, second]) => {
  const ps = [...document.querySelectorAll('.bp-source-text > p')];
  const a = ps.find(x => x.textContent.includes(first)), b = ps.find(x => x.textContent.includes(second));
  const range = document.createRange();
  range.setStart(a.firstChild, 0);
  range.setEnd(b.lastChild, 0);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


def _open_source(tab: Tab, base: str) -> Any:
    page = tab.page
    page.goto(base + SOURCE)
    page.wait_for_function("window.BriefingsEvidence && window.BriefingsEvidence.ready()")
    page.evaluate("navigator.clipboard.writeText('before')")
    return page


def test_copy_as_evidence_copies_the_seeds_exact_words_escaped(
    served: tuple[str, Path, Path], tab: Tab, tmp_path: Path
) -> None:
    base, root, _ = served
    page = _open_source(tab, base)
    words = "Kremlin’s spokesperson, told Russian state media: \"Can Ukraine's security guarantees"
    page.evaluate(SELECT, [words, 0])  # across the start of a marked passage, quote marks and an apostrophe
    button = page.get_by_role("button", name="Copy as evidence")
    button.wait_for()
    button.click()
    page.get_by_role("status").filter(has_text="Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f'- source: "putin-rejects-boots-on-the-ground"\n  quote: {yaml_string(words)}\n'
    assert '\\"Can Ukraine' in copied
    (tmp_path / "item.yaml").write_text("evidence:\n" + copied.replace("- ", "  - ", 1).replace("\n  q", "\n    q"))
    doc, found = load_yaml(tmp_path / "item.yaml", tmp_path)  # the strict loader reads it back exactly
    assert found == [] and doc is not None
    assert doc.data["evidence"][0]["quote"] == words
    seed = (root / "seeds" / "putin-rejects-boots-on-the-ground.md").read_text(encoding="utf-8")
    assert words in seed
    assert tab.errors == [] and tab.foreign == []


def test_copy_as_evidence_refuses_a_selection_across_paragraphs(served: tuple[str, Path, Path], tab: Tab) -> None:
    base, _, _ = served
    page = _open_source(tab, base)
    page.evaluate(ACROSS, ["Dmitry Peskov", "And few countries"])
    button = page.get_by_role("button", name="Copy as evidence")
    button.wait_for()
    button.click()
    status = page.get_by_role("status")
    status.filter(has_text="Not copied").wait_for()
    assert "more than one paragraph" in status.inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == "before"


def test_copy_as_evidence_shows_no_button_outside_the_article(served: tuple[str, Path, Path], tab: Tab) -> None:
    base, _, _ = served
    page = _open_source(tab, base)
    page.evaluate("""() => {
      const h = document.querySelector('h1');
      const range = document.createRange();
      range.selectNodeContents(h);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }""")
    page.wait_for_timeout(300)
    assert page.locator(".bp-copy").is_hidden()


HOSTILE = [
    'He said "no" \\ and left',
    "tab\there, line\nbreak, bell\x07, del\x7f, nel\x85",
    "line separator\u2028 paragraph\u2029 bom\ufeff",
    "“curly” ‘single’ Müller Ж 🙂",
]


def test_the_page_escapes_as_the_draft_does(served: tuple[str, Path, Path], tab: Tab) -> None:
    base, _, _ = served
    page = _open_source(tab, base)
    assert page.evaluate("(texts) => texts.map(window.BriefingsEvidence.yamlString)", HOSTILE) == [
        yaml_string(t) for t in HOSTILE
    ]
