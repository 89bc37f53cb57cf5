"""The plugin in a site a MkDocs user writes: the smallest ``mkdocs.yml``, and a site of its own with briefings added.

Built from the mini fixture's inputs with a ``mkdocs.yml`` written here, as a user would
write it (never this project's, which names every extension and the whole nav).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import FIXTURES

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

#: The README's minimal configuration: the theme and the two plugins, nothing else.
MINIMAL = """\
site_name: Harbour
theme:
  name: material
  font: false
plugins:
  - briefings/search
  - briefings
"""


def make_project(folder: Path, config: str, docs: dict[str, str] | None = None) -> Path:
    """A project of the mini fixture's inputs, ``config`` as its mkdocs.yml and ``docs`` as its docs/ files."""
    import shutil

    for name in ("seeds", "briefings", "schemas"):  # the schemas the files' schema lines name (BRF131 without)
        shutil.copytree(FIXTURES / "mini" / name, folder / name)
    (folder / "docs").mkdir()
    for path, text in (docs or {}).items():
        (folder / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / "docs" / path).write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def build(project: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=300, cwd=project)


def built(project: Path) -> Path:
    result = build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def minimal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(make_project(tmp_path_factory.mktemp("minimal"), MINIMAL))


def test_the_minimal_config_renders_every_generated_page_whole(minimal: Path) -> None:
    """No attribute list printed as text, no Markdown left raw inside an HTML block, on any page."""
    pages = sorted(minimal.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        text = page(minimal, str(path.relative_to(minimal))).select_one("article")
        if text is None:
            continue
        shown = text.get_text()
        assert "{:" not in shown, f"{path}: an attribute list printed as text"
        assert "](" not in shown and "**" not in shown, f"{path}: Markdown left raw"


def test_the_minimal_config_keeps_the_briefing_page_s_anchors_and_notes(minimal: Path) -> None:
    briefing = page(minimal, "briefings/harbour-ferry/index.html")
    assert briefing.select_one("h2#stances") is not None
    assert briefing.select_one("h2#watch") is not None
    assert briefing.select_one("table") is not None


# --- An existing site, the briefings mounted under a folder ------------------------------------------------------

#: An existing site's own settings, before its plugins.
OWN_SITE = """\
site_name: Harbour notes
site_url: https://example.org/notes/
theme:
  name: material
  font: false
plugins:
"""

MOUNTED = (
    OWN_SITE
    + """\
  - briefings/search
  - briefings:
      mount: briefings
      copy_evidence: always
"""
)

#: The site's own pages: its home, and a page linking into the briefings (and the briefings link nowhere else).
OWN_DOCS = {
    "index.md": "# Harbour notes\n\nOur own home. The [briefings](briefings/index.md), "
    "[Ana Ferreira](briefings/actors/ferreira.md), the [ferry](briefings/briefings/harbour-ferry.md#stances).\n",
    "about.md": "# About\n\nWho we are.\n",
}


@pytest.fixture(scope="module")
def mounted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(make_project(tmp_path_factory.mktemp("mounted"), MOUNTED, OWN_DOCS))


def test_a_site_keeps_its_own_home_with_the_briefings_under_a_folder(mounted: Path) -> None:
    home = page(mounted, "index.html")
    assert home.select_one("h1").get_text(strip=True) == "Harbour notes"
    assert "Our own home." in home.get_text()
    links = {a["href"] for a in home.select("article a")}
    assert {"briefings/", "briefings/actors/ferreira/", "briefings/briefings/harbour-ferry/#stances"} <= links
    for path in ("index.html", "briefings/harbour-ferry/index.html", "actors/ferreira/index.html", "data/index.html"):
        assert (mounted / "briefings" / path).is_file(), path
    assert not (mounted / "actors").exists() and not (mounted / "feed.xml").exists()


def test_the_mounted_briefings_link_within_their_folder(mounted: Path) -> None:
    """Every link of a generated page resolves to a file of the site (strict checks the Markdown's, this the HTML's)."""
    for path in (mounted / "briefings").rglob("index.html"):
        for a in page(mounted, str(path.relative_to(mounted))).select("article a[href]"):
            href = a["href"].split("#")[0]
            if not href or "://" in href or href.startswith(("mailto:", "data:")):
                continue
            target = (path.parent / href).resolve()
            target = target / "index.html" if target.is_dir() else target
            assert target.is_file() and target.is_relative_to(mounted), f"{path}: {a['href']}"


def test_the_feeds_and_downloads_move_under_the_folder(mounted: Path) -> None:
    atom = (mounted / "briefings" / "feed.xml").read_text(encoding="utf-8")
    assert 'href="https://example.org/notes/briefings/feed.xml"' in atom
    assert 'href="https://example.org/notes/briefings/briefings/harbour-ferry/"' in atom
    assert (mounted / "briefings" / "data" / "briefings.json").is_file()
    heads = {link["href"] for link in page(mounted, "about/index.html").select('link[rel="alternate"]')}
    assert {"../briefings/feed.xml", "../briefings/feed.json"} <= heads
    # the sources' texts stay beside the script that reads them, in the theme's assets
    assert (mounted / "assets" / "briefings" / "text" / "mayor-keeps-ferry.json").is_file()


def test_the_default_nav_lists_each_list_once_and_no_search_page(mounted: Path) -> None:
    nav = page(mounted, "about/index.html").select_one("nav.md-nav--primary")
    titles = [a.get_text(" ", strip=True) for a in nav.select("a.md-nav__link")]
    assert "Search" not in titles
    assert not [t for t in titles if "2025" in t], titles
    assert len(titles) == len(set(titles)), titles
    assert {"Harbour notes", "About", "Timeline", "The data"} <= set(titles)


def test_check_knows_the_mount(tmp_path: Path) -> None:
    """``briefings check`` reads the mount from mkdocs.yml: the site's own index.md is no collision under it."""
    from generator.cli import main

    project = make_project(tmp_path, MOUNTED, OWN_DOCS)
    assert main(["--project", str(project), "check", "--strict"]) == 0
    (project / "mkdocs.yml").write_text(MINIMAL, encoding="utf-8")
    assert main(["--project", str(project), "check", "--strict"]) == 1  # at the root, index.md is the home's


@pytest.mark.parametrize("mount", ["/briefings", "../out", "a//b", "news/index.md", ".hidden"])
def test_a_mount_outside_the_site_is_refused_saying_why(tmp_path: Path, mount: str) -> None:
    config = MOUNTED.replace("mount: briefings", f"mount: {mount!r}".replace("'", '"'))
    result = build(make_project(tmp_path, config))
    assert result.returncode != 0
    assert "mount:" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


# --- With other plugins: a blog, tags, feeds and dates from git, minified HTML --------------------------------

WITH_PLUGINS = (
    OWN_SITE
    + """\
  - blog
  - tags
  - rss:
      match_path: ".*"
      date_from_meta:
        as_creation: date
  - git-revision-date-localized
  - minify:
      minify_html: true
  - briefings/search
  - briefings:
      mount: briefings
"""
)

BLOG_DOCS = {
    **OWN_DOCS,
    "blog/index.md": "# Blog\n",
    "blog/posts/ferry.md": "---\ndate: 2025-07-20\ntags:\n  - ferry\n---\n\n# The ferry vote\n\n"
    "Read the [briefing](../../briefings/briefings/harbour-ferry.md).\n",
    "tags.md": "# Tags\n\n<!-- material/tags -->\n",
}

#: When the project's files were committed: what "last updated" must say of a page made from them.
COMMITTED = "2025-01-02T12:00:00+00:00"


def commit_all(project: Path) -> None:
    env = {**ENV, "GIT_AUTHOR_DATE": COMMITTED, "GIT_COMMITTER_DATE": COMMITTED}
    for cmd in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "site"],
    ):
        subprocess.run(["git", *cmd], cwd=project, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def with_plugins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("plugins"), WITH_PLUGINS, BLOG_DOCS)
    commit_all(project)
    return built(project)


def test_other_plugins_build_with_the_mounted_briefings(with_plugins: Path) -> None:
    assert (with_plugins / "blog" / "2025" / "07" / "20" / "the-ferry-vote" / "index.html").is_file()
    assert (with_plugins / "tags" / "index.html").is_file()
    assert (with_plugins / "briefings" / "briefings" / "harbour-ferry" / "index.html").is_file()
    assert "\n\n" not in (with_plugins / "briefings" / "index.html").read_text(encoding="utf-8")  # minified


def test_a_generated_page_is_last_updated_when_its_input_was(with_plugins: Path) -> None:
    """git-revision-date-localized dates a briefing page by its YAML's commit, not by the build."""
    for path in ("briefings/briefings/harbour-ferry/index.html", "briefings/sources/mayor-keeps-ferry/index.html"):
        shown = page(with_plugins, path).select_one(".git-revision-date-localized-plugin-date")
        assert shown is not None and shown.get_text(strip=True) == "January 2, 2025", path


def test_the_rss_feed_dates_generated_pages_by_their_meta(with_plugins: Path) -> None:
    """mkdocs-rss-plugin reads each page's source file and date: a briefing's as-of date, an article's."""
    import feedparser

    feed = feedparser.parse((with_plugins / "feed_rss_created.xml").read_text(encoding="utf-8"))
    dated = {e.title: e.published_parsed[:3] for e in feed.entries}
    assert dated["The Northbridge harbour ferry"] == (2025, 7, 15)
    assert dated["Northbridge council votes to close the harbour ferry"] == (2025, 6, 12)
    assert dated["The ferry vote"] == (2025, 7, 20)


def test_export_points_at_the_mounted_source_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quote whose seed has no url is anchored on its source page, under the mount folder as the site has it."""
    import json

    from generator.cli import main

    project = make_project(tmp_path / "p", MOUNTED, OWN_DOCS)
    out = tmp_path / "annotations.jsonld"
    assert main(["--project", str(project), "export", "--format", "web-annotation", "--out", str(out)]) == 0
    targets = {a["target"]["source"] for a in json.loads(out.read_text(encoding="utf-8"))["first"]["items"]}
    assert "https://example.org/notes/briefings/sources/mayor-keeps-ferry/" in targets, targets
