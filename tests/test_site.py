"""End to end: `mkdocs build --strict` of the frozen story (tests/fixtures/story/), and of hostile inputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.search_support import indexed_pages

MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build(project: Path, out: Path, strict: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [*MKDOCS, "build", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    return subprocess.run([*cmd, "--strict"] if strict else cmd, capture_output=True, text=True, env=ENV, timeout=300)


@pytest.fixture
def site(story_site: Path) -> Path:
    """The story built strict with no warning (tests/conftest.py's ``story_site``, shared: read it only)."""
    return story_site


def _html(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def test_every_kind_of_page_is_built(site: Path) -> None:
    for page in [
        "index.html",
        "briefings/index.html",
        "briefings/coalition-of-the-willing/index.html",
        "actors/index.html",
        "actors/putin/index.html",
        "questions/index.html",
        "timeline/index.html",
        "sources/index.html",
        "sources/putin-rejects-boots-on-the-ground/index.html",
    ]:
        assert (site / page).is_file(), page


def test_home_lists_the_briefing_and_entry_points(site: Path) -> None:
    home = _html(site, "index.html")
    text = home.get_text(" ")
    assert "The coalition of the willing" in text
    # the story is archived: its date is the last update, said as such, under "Archived briefings"
    assert "Archived, not updated since 5 September 2025" in text and "Archived briefings" in text
    hrefs = {a["href"] for a in home.select("article a[href]")}
    assert {"actors/", "questions/", "timeline/", "sources/"} <= hrefs


def test_briefing_page_shows_positions_with_quotes_that_link_to_passages(site: Path) -> None:
    page = _html(site, "briefings/coalition-of-the-willing/index.html")
    peskov = page.find(id="russia-foreign-troops-september")
    assert peskov is not None
    assert "Dmitry Peskov" in peskov.get_text(), "who relayed it is named beside the quote"
    assert "Definitely not, they cannot." in peskov.get_text()
    link = peskov.find("a", href=lambda h: h and "#q-" in h)
    target_page, anchor = link["href"].split("#")
    source = _html(site, str(Path("briefings/coalition-of-the-willing") / target_page / "index.html"))
    assert source.find(id=anchor) is not None
    marked = source.select(f'mark[data-passages~="{anchor}"]')
    assert "Definitely not, they cannot." in "".join(m.get_text() for m in marked)


def test_actor_page_has_aliases_positions_and_sources(site: Path) -> None:
    text = _html(site, "actors/starmer/index.html").get_text(" ")
    assert "Sir Keir" in text
    assert "unbreakable pledge" in text
    assert "Sources that name Keir Starmer" in text


def test_undated_and_inferred_dates_say_so(site: Path) -> None:
    text = _html(site, "sources/starmer-coalition-bluff/index.html").get_text(" ")
    assert "(inferred)" in text and "on Tuesday" in text
    assert "written by the annotator" in text


def test_search_index_has_aliases_quotes_questions_and_source_texts(site: Path) -> None:
    pages = indexed_pages(site)
    content = {url: fragment["content"] for url, fragment in pages.items()}
    assert "Sir Keir" in content["/actors/starmer/"]
    assert "light at the end of the tunnel" in content["/briefings/coalition-of-the-willing/"]
    assert "light at the end of the tunnel" in content["/actors/putin/2025/"], "what Putin said, in his history"
    assert "root causes" in content["/questions/coalition-of-the-willing/"]
    assert "Zelensky" in content["/briefings/coalition-of-the-willing/"]
    # whole article texts are searchable: a sentence no annotation quotes
    assert "rumbles on" in content["/sources/putin-rejects-boots-on-the-ground/"]
    # only each page's article: no navigation, header, footer or drawn picture
    for url, text in content.items():
        for chrome in ("Switch to dark mode", "Made with", "Back to top", "Skip to content"):
            assert chrome not in text, (url, chrome)
    assert "/search/" not in pages, "the search page itself is not a result"
    assert len(pages) == len([p for p in site.rglob("index.html") if p.parent.name != "search"])


def test_no_request_leaves_for_another_host(site: Path) -> None:
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for el in soup.find_all(tag):
                url = el.get(attr) or ""
                assert not url.startswith(("http:", "https:", "//")), f"{page}: {tag} {url}"
    css = "".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "fonts.gstatic" not in css


HOSTILE = '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) ![i](data:text/html,x) <a href="javascript:alert(4)">a</a> {: onclick="alert(5)" }'


def test_hostile_inputs_never_become_markup(story: Path, tmp_path: Path) -> None:
    seed = story / "seeds/putin-rejects-boots-on-the-ground.md"
    seed.write_text(seed.read_text(encoding="utf-8") + HOSTILE + "\n", encoding="utf-8")
    briefing = story / "briefings/coalition-of-the-willing.yaml"
    text = briefing.read_text(encoding="utf-8")
    escaped = HOSTILE.replace('"', '\\"')
    text = text.replace('summary: "', f'summary: "{escaped} ', 3)
    text = text.replace('why: "', f'why: "{escaped} ', 1)
    text = text.replace('    quote: "Definitely not, they cannot."', f'    quote: "{escaped}"', 1)
    briefing.write_text(text, encoding="utf-8")
    actors = story / "briefings/actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace('name: "Dmitry Peskov"', f'name: "{escaped}"'))
    out = tmp_path / "site"
    result = build(story, out, strict=False)
    assert result.returncode == 0, result.stderr
    pages = list(out.rglob("*.html"))
    seen_text = False
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        seen_text |= "<script>alert(1)</script>" in soup.get_text()
        for el in soup.find_all(True):
            for attr, value in el.attrs.items():
                assert not attr.lower().startswith("on"), f"{page}: {el.name} {attr}"
                values = value if isinstance(value, list) else [value]
                for v in values:
                    assert not str(v).strip().lower().startswith(("javascript:", "data:")), f"{page}: {attr}={v}"
        for script in soup.find_all("script"):
            assert "alert(" not in script.get_text(), page
    assert seen_text, "hostile text should be shown as text"


def test_build_with_errors_fails_with_one_message_listing_them_all(story: Path, tmp_path: Path) -> None:
    path = story / "briefings/coalition-of-the-willing.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('actor: "rogov"', 'actor: "rogv"'), encoding="utf-8")
    result = build(story, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    assert "The briefings have problems:" in output
    assert output.count("unknown actor 'rogv'") == 2
    assert "2 errors, 0 warnings" in output
    assert not (tmp_path / "site" / "briefings").exists()


def test_build_strict_fails_on_a_warning(story: Path, tmp_path: Path) -> None:
    (story / "seeds/extra.md").write_text('---\nid: "extra"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    assert build(story, tmp_path / "lenient", strict=False).returncode == 0
    result = build(story, tmp_path / "strict")
    assert result.returncode == 1 and "source 'extra' is never cited" in result.stdout + result.stderr


HOSTILE_FILE_NAME = (
    "x`<img src=x onerror=alert(1)>` <script>alert(2) [a](javascript:alert(3)).md"  # no '/' in a file name
)


def test_hostile_file_names_never_become_markup(mini: Path, fresh_plugins: None) -> None:
    """While serving, a project with errors shows a page listing them, file names included, as text."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    (mini / "seeds" / HOSTILE_FILE_NAME).write_text("An article without front matter.\n", encoding="utf-8")
    config = load_config(config_file=str(mini / "mkdocs.yml"), site_dir=str(mini / "site"))
    config.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(config)
    soup = BeautifulSoup((mini / "site" / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.find("article")
    assert article is not None and "The briefings have problems" in article.get_text()
    assert f"seeds/{HOSTILE_FILE_NAME}:1:1" in article.get_text()
    for el in article.find_all(True):
        assert el.name not in ("img", "script"), el
        assert not any(attr.lower().startswith("on") for attr in el.attrs), el
        assert not str(el.get("href", "")).lower().startswith("javascript:"), el


def test_seed_lines_with_leading_white_space_stay_paragraphs_with_their_marks(mini: Path, tmp_path: Path) -> None:
    """Four spaces or a tab before a quoted passage once made a code block showing the raw <span>/<mark> markup."""
    seed = mini / "seeds/mayor-keeps-ferry.md"
    text = seed.read_text(encoding="utf-8")
    for start, indent in (("Speaking to reporters", "    "), ("Tom Okafor", "\t  "), ("Some councillors", "        ")):
        assert f"\n{start}" in text
        text = text.replace(f"\n{start}", f"\n{indent}{start}")
    lookalikes = [
        "    not quoted, but indented like code",
        "  # not a heading",
        "1. not a list",
        "   - nor this",
        "> nor a quote",
    ]
    seed.write_text(text + "\n".join(lookalikes) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    result = build(mini, out)
    assert result.returncode == 0, result.stdout + result.stderr
    page = _html(out, "sources/mayor-keeps-ferry/index.html")
    heading = page.find("h2", id="text")
    (wrapper,) = heading.find_next_siblings()  # the article's text, in the wrapper Copy as evidence reads
    assert "bp-source-text" in wrapper["class"]
    body = wrapper.find_all(recursive=False)
    assert body and all(el.name == "p" for el in body), [el.name for el in body]
    shown = [p.get_text() for p in body]
    for line in text.split("---\n", 2)[2].splitlines() + lookalikes:
        if line.strip():
            assert line.strip() in shown
    assert "<span" not in "".join(shown) and "<mark" not in "".join(shown), "markup shown as text"
    anchors = {span["id"] for p in body for span in p.select("span.bp-anchor")}
    marked = {mark.get_text() for p in body for mark in p.select("mark.bp-passage")}
    for quote in ("Speaking to reporters last week, the mayor said", "Tom Okafor welcomed the change and said the strike is off.",
                  "Some councillors have claimed the ferry loses a million euros a year"):  # fmt: skip
        assert quote in marked
    citations = {a["href"].split("#", 1)[1] for a in page.select("a[href*='#q-']")}
    assert citations and citations <= anchors, "every citation lands on an anchor in the text"


def test_build_with_a_broken_template_fails_with_the_listing_and_no_traceback(mini: Path, tmp_path: Path) -> None:
    (mini / "templates").mkdir()
    (mini / "templates" / "briefing.md.j2").write_text("# {{ briefing.title }}\n\n{% if briefing.summary %}\n", "utf-8")
    result = build(mini, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in output
    assert "The briefings have problems:" in output
    assert "templates/briefing.md.j2:3:1: error: template syntax error: " in output and "[BRF012]" in output
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_data_page_offers_every_download_and_each_is_there(site: Path) -> None:
    """JSON, its schema, one CSV file per table, the Web Annotations and the feeds: linked, built, and readable."""
    import csv
    import json
    import posixpath

    from generator.data.tables import TABLES

    page = _html(site, "data/index.html")
    linked = {
        posixpath.normpath(posixpath.join("data", a["href"]))
        for a in page.select("article a[href]")
        if not a["href"].startswith(("http", "#")) and not a["href"].endswith("/")
    }
    offered = {p.relative_to(site).as_posix() for p in (site / "data").rglob("*") if p.is_file()} - {"data/index.html"}
    feeds = {"feed.xml", "feed.json"}
    assert linked == offered | feeds, "every file in data/ is linked from the page, and every link is there"
    assert all((site / feed).is_file() for feed in feeds)
    assert {f"data/csv/{t.name}.csv" for t in TABLES} <= offered
    positions = list(csv.DictReader((site / "data/csv/positions.csv").open(encoding="utf-8", newline="")))
    data = json.loads((site / "data/briefings.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in positions] == [p["id"] for p in data["briefings"][0]["positions"]]
    annotations = json.loads((site / "data/web-annotations.jsonld").read_text(encoding="utf-8"))
    assert annotations["type"] == "AnnotationCollection" and annotations["total"] > 0
