"""The plugin converts the generated pages with cmark-gfm (generator/mkdocs/pages.py): the built site is the
same as with Python-Markdown (``fast_markdown: false``), page by page and element by element, with MkDocs'
directory URLs on and off; the page events still fire for those pages; hand-written pages keep Python-Markdown.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from generator.site.dialect import normal
from tests.conftest import STORY, copy_project
from tests.test_site import build

#: a hook (MkDocs' ``hooks:``) that records which pages each page event saw
HOOK = """
import json, pathlib
seen = {"markdown": [], "content": [], "context": [], "post_page": []}
def on_page_markdown(markdown, page, config, files):
    seen["markdown"].append(page.file.src_uri)
def on_page_content(html, page, config, files):
    seen["content"].append(page.file.src_uri)
    return html.replace("<h1", '<h1 data-hooked="yes"', 1)
def on_page_context(context, page, config, nav):
    seen["context"].append(page.file.src_uri)
def on_post_page(output, page, config):
    seen["post_page"].append(page.file.src_uri)
def on_post_build(config):
    pathlib.Path(config.config_file_path).with_name("seen.json").write_text(json.dumps(seen))
"""


def _project(tmp_path: Path, name: str, options: str = "", top: str = "") -> Path:
    project = copy_project(STORY, tmp_path / name)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "      templates: templates\n", "      templates: templates\n" + options
    )
    config.write_text(top + text, encoding="utf-8")
    return project


def _pages(site: Path) -> dict[str, list[str]]:
    return {str(p.relative_to(site)): normal(p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.html"))}


@pytest.mark.parametrize("directory_urls", [True, False])
def test_the_site_is_the_same_with_either_engine(
    tmp_path: Path, directory_urls: bool, request: pytest.FixtureRequest
) -> None:
    top = "" if directory_urls else "use_directory_urls: false\n"
    slow = _project(tmp_path, "slow", "      fast_markdown: false\n", top)
    built = [slow]
    if directory_urls:  # the story as it is: the site tests/conftest.py builds once (strict, no warning), read only
        fast_site = Path(request.getfixturevalue("story_site"))
    else:
        built.append(_project(tmp_path, "fast", top=top))
        fast_site = built[-1] / "site"
    for project in built:
        result = build(project, project / "site")
        assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    got, expected = _pages(fast_site), _pages(slow / "site")
    assert sorted(got) == sorted(expected)
    assert len(got) > 60
    differing = [path for path in got if got[path] != expected[path]]
    if differing:
        diff = difflib.unified_diff(expected[differing[0]], got[differing[0]], lineterm="", n=2)
        pytest.fail(f"{len(differing)} pages differ, the first {differing[0]}:\n" + "\n".join(list(diff)[:40]))
    briefing = (
        "briefings/coalition-of-the-willing/index.html" if directory_urls else "briefings/coalition-of-the-willing.html"
    )
    link = "../../actors/uk/" if directory_urls else "../actors/uk.html"
    assert f'href="{link}"' in (fast_site / briefing).read_text(encoding="utf-8")


def test_page_events_fire_and_hand_written_pages_keep_python_markdown(tmp_path: Path) -> None:
    project = _project(tmp_path, "hooked", top="hooks: [hook.py]\n")
    (project / "hook.py").write_text(HOOK, encoding="utf-8")
    (project / "docs" / "hand.md").write_text('# Hand\n\n"Quoted" -- and [home](index.md).\n', encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  - tables\n", "  - tables\n  - smarty\n")
    config.write_text(text.replace("nav:\n", "nav:\n  - Hand: hand.md\n"), encoding="utf-8")
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr
    seen = json.loads((project / "seen.json").read_text(encoding="utf-8"))
    for event in seen.values():
        assert {"hand.md", "index.md", "briefings/coalition-of-the-willing.md", "actors/uk.md"} <= set(event)
    hand = (project / "site" / "hand" / "index.html").read_text(encoding="utf-8")
    assert "&ldquo;Quoted&rdquo; &ndash;" in hand, "hand-written pages go through Python-Markdown (smarty)"
    source = (project / "site" / "sources" / "starmer-coalition-bluff" / "index.html").read_text(encoding="utf-8")
    assert "&ldquo;" not in source and '<h1 data-hooked="yes"' in source, "generated pages: cmark-gfm, then the hook"


def test_the_build_checks_the_links_mkdocs_no_longer_checks(tmp_path: Path) -> None:
    project = _project(tmp_path, "broken")
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / "data.md.j2").write_text(
        "# The data\n\n[Putin](actors/putin.md), [gone](actors/nobody.md), [no anchor](actors/putin.md#nowhere)\n",
        encoding="utf-8",
    )
    result = build(project, project / "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "data.md:3:1: warning: generated page links to actors/nobody.md" in output and "[BRF140]" in output
    assert "actors/putin.md#nowhere, but actors/putin.md has no anchor #nowhere [BRF141]" in output
    assert "actors/putin.md, but" not in output
