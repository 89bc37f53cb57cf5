"""Stage 4: escaping, and golden Markdown of the frozen story (tests/fixtures/story/, a copy of the first briefing).

Regenerate the goldens after a reviewed change: UPDATE_GOLDENS=1 pytest tests/test_render.py
"""

from __future__ import annotations

import os
from pathlib import Path

import markdown
import pytest

from generator.build.pipeline import build_project
from generator.site.markup import Md, escape
from generator.validate import Project
from tests.conftest import FIXTURES

STORY = FIXTURES / "story"
GOLDENS = Path(__file__).parent / "goldens" / "story"
UPDATE = os.environ.get("UPDATE_GOLDENS") == "1"
EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables"]


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "![x](data:text/html,x)",
        "*bold* _it_ `code` **b**",
        "# heading",
        "- item",
        "1. first",
        "a | b | c",
        "{: onclick=alert(1) }",
        "&amp; &lt;",
        "<https://example.org>",
        "back\\slash",
    ],
)
def test_escaped_text_renders_as_exactly_that_text(text: str) -> None:
    html = _html(escape(text))
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    assert "<" not in inner.replace("&lt;", ""), inner
    import html as html_lib

    assert html_lib.unescape(inner) == text


def test_md_passes_through() -> None:
    assert escape(Md("**x**")) == "**x**"


def _pages() -> dict[str, str]:
    pages = build_project(Project.at(STORY)).pages
    assert pages is not None
    return pages


def test_golden_markdown_of_the_story() -> None:
    pages = _pages()
    if UPDATE:
        for old in GOLDENS.rglob("*.md"):
            old.unlink()
        for rel, text in pages.items():
            target = GOLDENS / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    expected = {str(p.relative_to(GOLDENS)): p.read_text(encoding="utf-8") for p in GOLDENS.rglob("*.md")}
    assert sorted(pages) == sorted(expected), "pages added or removed: review, then UPDATE_GOLDENS=1"
    for rel, text in pages.items():
        assert text == expected[rel], f"{rel} changed: review the diff, then UPDATE_GOLDENS=1"


def test_rendering_is_deterministic() -> None:
    assert _pages() == _pages()


HOSTILE_NAMES = [
    "x`<img src=x onerror=alert(1)>`.md",
    "``<script>alert(1)</script>``.md",
    "a\nb <b>bold</b> [link](javascript:alert(1)).yaml",
    "*_{}[]|#&amp;.md",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_the_problems_page_shows_file_names_as_text(name: str) -> None:
    """A file name can hold anything but '/': on the page ``mkdocs serve`` shows in place of the site, it stays text."""
    from bs4 import BeautifulSoup

    from generator.diagnostics import Diagnostic
    from generator.site.render import render_problems

    problem = Diagnostic(f"seeds/{name}", 3, 7, "BRF030", f"{name} has no front matter", f"move {name} out")
    soup = BeautifulSoup(_html(render_problems([problem])), "html.parser")
    assert not soup.find_all(["img", "script", "b"]) and not soup.select("a[href^=javascript]")
    (item,) = soup.find_all("li")
    shown = " ".join(f"seeds/{name}:3:7".split())  # white space folds to single spaces, as everywhere
    assert item.code is not None and item.code.get_text() == shown
    assert " ".join(f"{name} has no front matter".split()) in item.get_text()


@pytest.mark.parametrize(
    "expression",
    [
        '"".__class__.__mro__[1].__subclasses__()',  # Python's internals: the classic way out of a template
        "site.actors.clear()",  # changing the site's data
        "link.__globals__",
    ],
)
def test_templates_run_in_a_sandbox(mini: Path, tmp_path: Path, expression: str) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "home.md.j2").write_text(f"# Home\n\n{{{{ {expression} }}}}\n", encoding="utf-8")
    result = build_project(Project.at(mini), folder)
    assert result.pages is None
    assert [(d.code, d.line) for d in result.diagnostics] == [("BRF014", 3)]
    assert result.diagnostics[0].path.endswith("templates/home.md.j2")
    assert build_project(Project.at(mini)).pages is not None, "the site's data is unchanged"


def test_an_error_in_a_shipped_template_included_from_an_override_names_both(mini: Path, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "home.md.j2").write_text("# Home\n\n{% include '_position.md.j2' %}\n", encoding="utf-8")
    result = build_project(Project.at(mini), folder)
    assert result.pages is None
    [found] = result.diagnostics
    assert (found.path, found.code) == ("generator/site/templates/_position.md.j2", "BRF013")
    assert "is undefined" in found.message
    assert "home.md.j2:3 \u2192 generator/site/templates/_position.md.j2:" in found.hint
