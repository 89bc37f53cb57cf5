"""Page kinds (generator/site/pages/): each gives its template exactly the names the template uses, and the
templates guide (docs/guide/templates.md) lists them.

What a template uses is read from its source with Jinja2's own analysis (``jinja2.meta``),
the templates it includes with it; names a partial expects from the template including
it (its parameters, set with ``{% with %}`` or ``{% set %}``) are not names a page gives.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta, nodes

from generator.build.pipeline import build_project
from generator.site.engine import PACKAGE_TEMPLATES
from generator.site.helpers import Helpers
from generator.site.pages import Addresses, Page, site_pages
from generator.site.pages.base import Page as BasePage
from generator.site.paging import Split
from generator.validate import Project
from tests.conftest import ROOT, STORY, linked_site

GUIDE = ROOT / "docs" / "guide" / "templates.md"

#: What each partial expects from the template that includes it (the guide's table of partials says so too).
PARTIAL_PARAMETERS = {
    "_briefing_card.md.j2": {"b"},
    "_briefing_list.md.j2": {"listed", "cap"},
    "_position.md.j2": {"p", "show_actor", "anchor_prefix", "in_briefing"},
    "_evidence.md.j2": {"items", "holder", "citing"},
    "_judgement.md.j2": {"j"},
    "_event.md.j2": {"e"},
    "_claim.md.j2": {"c", "anchor_prefix"},
    "_question.md.j2": {"q"},
    "_takeaways.md.j2": {"items", "citing"},
}


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES)))
    env.filters.update(html=str, md=str)
    return env


def uses(template: str, env: jinja2.Environment | None = None) -> set[str]:
    """The names a template reads that it does not set itself, with those of the partials it includes."""
    env = env or _env()
    source = (PACKAGE_TEMPLATES / template).read_text(encoding="utf-8")
    tree = env.parse(source)
    # a name set inside an {% if %} counts as undeclared for Jinja2 (it may not be set): it is the template's own
    targets = [a.target for a in tree.find_all(nodes.Assign)]
    assigned = {n.name for t in targets for n in [t, *t.find_all(nodes.Name)] if isinstance(n, nodes.Name)}
    found = set(meta.find_undeclared_variables(tree)) - assigned - PARTIAL_PARAMETERS.get(template, set())
    for included in meta.find_referenced_templates(tree):
        assert included is not None, f"{template}: an include whose name is computed cannot be checked"
        found |= uses(included, env)
    return found


@pytest.fixture(scope="module")
def kinds() -> dict[type[Page], tuple[Page, set[str]]]:
    """One page of each kind in the story, with the names it gives its template."""
    site = linked_site(STORY)
    split = Split.of(site)
    helpers = Helpers(site, split, Addresses(split))
    found: dict[type[Page], tuple[Page, set[str]]] = {}
    for page in site_pages(site, split):
        found.setdefault(type(page), (page, set(page.context(helpers))))
    return found


def _shared() -> set[str]:
    site = linked_site(STORY)
    split = Split.of(site)
    return {*Helpers(site, split, Addresses(split)).shared(), "page"}


def _concrete(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += _concrete(sub)
        if not getattr(sub, "__abstractmethods__", None) and "template" in vars(sub):
            out.append(sub)
    return out


def test_the_story_has_a_page_of_every_kind(kinds: dict[type[Page], tuple[Page, set[str]]]) -> None:
    assert set(kinds) == set(_concrete(BasePage))
    templates = {kind.template for kind in kinds}
    shipped = {p.name for p in PACKAGE_TEMPLATES.glob("*.md.j2") if not p.name.startswith("_")}
    assert templates == shipped, "a shipped template no page renders, or a page with no shipped template"


def test_each_template_gets_the_names_it_uses_and_no_others(kinds: dict[type[Page], tuple[Page, set[str]]]) -> None:
    shared = _shared()
    for kind, (_, own) in kinds.items():
        used = uses(kind.template)
        assert used <= shared | own, f"{kind.template} uses names its page does not give: {sorted(used - shared - own)}"
        assert own <= used, f"{kind.__name__} gives names {kind.template} never uses: {sorted(own - used)}"
        assert not own & shared, f"{kind.__name__} gives again shared names: {sorted(own & shared)}"


def test_every_shared_name_is_used_by_some_template() -> None:
    used = set().union(*(uses(p.name) for p in PACKAGE_TEMPLATES.glob("*.md.j2")))
    assert _shared() <= used, f"shared names no template uses: {sorted(_shared() - used)}"


def _section(heading: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


def test_the_guide_lists_the_shared_names() -> None:
    listed = {line.split("`")[1] for line in _section("## What every page has").splitlines() if line.startswith("| `")}
    assert listed == _shared()


def test_the_guide_lists_each_pages_names(kinds: dict[type[Page], tuple[Page, set[str]]]) -> None:
    rows: dict[str, set[str]] = defaultdict(set)
    for line in _section("## What each page has besides").splitlines():
        if line.startswith("| `"):
            template, _, names = (cell.strip() for cell in line.strip("|").split("|"))
            rows[template.strip("`")] = {n.strip(" `") for n in names.split(",")} - {"(none)"}
    assert rows == {kind.template: own for kind, (_, own) in kinds.items()}


def test_the_guide_lists_each_partials_parameters() -> None:
    rows = {}
    for line in _section("## Parts shared by several pages").splitlines():
        if line.startswith("| `_"):
            template, _, expects = (cell.strip() for cell in line.strip("|").split("|"))
            rows[template.strip("`")] = {w.strip("`,;") for w in expects.split() if w.startswith("`")}
    assert rows == PARTIAL_PARAMETERS
    assert set(rows) == {p.name for p in Path(PACKAGE_TEMPLATES).glob("_*.md.j2")}


def test_overrides_copied_from_the_shipped_templates_write_the_same_pages(story: Path, tmp_path: Path) -> None:
    """An override has the names its shipped template had: copies of all of them change nothing."""
    folder = tmp_path / "templates"
    folder.mkdir()
    for template in PACKAGE_TEMPLATES.glob("*.md.j2"):  # a comment in front: a file of the user's, same output
        (folder / template.name).write_text("{# mine #}" + template.read_text(encoding="utf-8"), encoding="utf-8")
    shipped = build_project(Project.at(story)).pages
    overridden = build_project(Project.at(story), folder).pages
    assert shipped is not None and overridden == shipped


def test_a_name_another_page_has_is_an_error_naming_it(mini: Path, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "home.md.j2").write_text("# Home\n\n{% for q in soonest(site, 3) %}{{ q.question }}{% endfor %}\n")
    result = build_project(Project.at(mini), folder)
    assert result.pages is None
    [found] = result.diagnostics
    assert (found.code, found.line, found.message) == ("BRF013", 3, "template error: 'soonest' is undefined")
