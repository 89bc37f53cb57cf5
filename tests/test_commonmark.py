"""The generated pages' dialect: cmark-gfm (generator/site/commonmark.py) and Python-Markdown with the site's
extensions render every page of the story, of every kind, to the same DOM and the same table of contents.

The DOM is compared normalised (generator/site/dialect.py, which ``check`` also runs on template
overrides): elements with all their attributes (``markdown`` aside, which md_in_html drops), and the text
between them with white space folded. A difference prints both sides of the first lines that differ.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from generator.build.pipeline import build_project
from generator.site.commonmark import Permalinks, convert, page_body
from generator.site.dialect import differences
from generator.site.pages import Page, site_pages
from generator.site.paging import Split
from generator.validate import Project
from tests.conftest import FIXTURES, STORY, linked_site
from tests.test_page_kinds import _concrete


def _python_markdown(project: Path) -> markdown.Markdown:
    """Python-Markdown configured as the project's mkdocs.yml configures MkDocs."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    configs: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        name = entry if isinstance(entry, str) else next(iter(entry))
        names.append(name)
        if isinstance(entry, dict):
            configs[name] = entry[name]
    return markdown.Markdown(extensions=names, extension_configs=configs)


@pytest.mark.parametrize("fixture", ["story", "mini"])
def test_every_page_renders_to_the_same_dom_both_ways(fixture: str) -> None:
    project = FIXTURES / fixture
    pages = build_project(Project.at(project)).pages
    assert pages
    md = _python_markdown(project)
    permalinks = Permalinks.of({"permalink": True})
    failures = {path: d for path, text in pages.items() if (d := differences(page_body(text), md, permalinks))}
    assert not failures, "\n\n".join(f"== {path}\n{d}" for path, d in list(failures.items())[:5])


def test_the_comparison_covers_every_page_kind() -> None:
    site = linked_site(STORY)
    rendered = build_project(Project.at(STORY)).pages or {}
    kinds = {type(page) for page in site_pages(site, Split.of(site)) if page.path in rendered}
    assert kinds == set(_concrete(Page))


def test_a_page_outside_the_dialect_is_told_apart() -> None:
    """The comparison fails where the engines differ: Markdown right after a raw HTML block's first line."""
    md = _python_markdown(STORY)
    outside = '<div class="x" markdown>\n**bold** [a](b.md)\n</div>\n'
    inside = '<div class="x" markdown>\n\n**bold** [a](b.md)\n\n</div>\n'
    assert differences(outside, md, Permalinks())
    assert not differences(inside, md, Permalinks())


def test_headings_get_python_markdowns_ids_permalinks_and_toc() -> None:
    text = '# Title "quoted"\n\n## Same\n\n## Same\n\n## Set {: #mine .cls }\n\n### Žluťoučký kůň\n\n<div id="same_2" markdown>\n\n## Same\n\n</div>\n'
    md = _python_markdown(STORY)
    assert not differences(text, md, Permalinks())
    got = convert(text)
    assert got.title == 'Title "quoted"'
    assert [t["id"] for t in got.toc[0]["children"]] == ["same", "same_1", "mine", "same_3"]
    assert (
        '<h2 id="mine" class="cls">Set<a class="headerlink" href="#mine" title="Permanent link">&para;</a></h2>'
        in got.html
    )
    assert {"mine", "same", "same_2", "zlutoucky-kun"} <= got.ids


def test_one_line_elements_hold_inline_markdown() -> None:
    text = '<p class="a" markdown>Go [there](x.md) *now* <span class="b" markdown>[up](y.md#z)</span></p>\n\n<summary markdown>**s**</summary>\n'
    assert not differences(text, _python_markdown(STORY), Permalinks())
    html = convert(text).html
    assert (
        '<p class="a">Go <a href="x.md">there</a> <em>now</em> <span class="b"><a href="y.md#z">up</a></span></p>'
        in html
    )
    assert "markdown" not in html


def test_inline_attributes_and_no_permalinks() -> None:
    text = "- [2022](t/2022.md){: #period-2022 }: one\n\n## Plain\n"
    md = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html", "tables"])
    assert not differences(text, md, Permalinks.of({}))
    assert convert(text, Permalinks.of({})).html.endswith('<h2 id="plain">Plain</h2>\n')


def test_white_space_inside_a_one_line_element_is_kept() -> None:
    """Python-Markdown keeps the spaces around a pager's links; search indexed the page differently without them
    (tests/test_zensical.py found it). Spaces that touch inline elements count in the comparison."""
    text = '<p class="bp-pager" markdown> <span class="up" markdown>[Every](index.md)</span> </p>\n\nNext.\n'
    assert not differences(text, _python_markdown(STORY), Permalinks())
    assert '<p class="bp-pager"> <span class="up"><a href="index.md">Every</a></span> </p>' in convert(text).html
