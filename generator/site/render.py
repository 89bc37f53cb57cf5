"""Stage 4, render: the site model to ``{page path: markdown}``, each page by the template of its kind.

The kinds of page and what each template gets are in :mod:`generator.site.pages`;
the names every template gets in :mod:`generator.site.helpers`; the sandboxed
templates and the user's overrides in :mod:`generator.site.engine`. Every
``{{ value }}`` is escaped for Markdown unless it is :class:`~generator.site.markup.Md`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.diagnostics import Diagnostic, summary
from generator.model import Site
from generator.site.engine import Engine, TemplateProblems
from generator.site.helpers import Helpers
from generator.site.markup import escape
from generator.site.pages import Addresses, Page, site_pages
from generator.site.paging import Split


class Renderer:
    """Renders the pages of one build: the templates, the helpers, and which page is being rendered."""

    def __init__(
        self, site: Site, templates: Path | None = None, split: Split | None = None, root: Path | None = None
    ) -> None:
        self.split = split or Split.of(site)
        self.helpers = Helpers(site, self.split, Addresses(self.split))
        self.engine = Engine(templates, root, self.helpers.shared())

    def pages(self) -> list[Page]:
        """Every page of the site, in order (:func:`generator.site.pages.site_pages`); none rendered yet."""
        return site_pages(self.helpers.site, self.split)

    def render(self, page: Page) -> str:
        """One page's Markdown; raises :class:`~generator.site.engine.TemplateProblems` when its template fails."""
        self.helpers.page = page.path
        text = self.engine.render(page.template, page.path, page.context(self.helpers))
        return page.front_matter() + text


class Attempts:
    """Pages rendered one by one, their templates' problems collected: each template that failed is not tried
    again (the build has errors already), and leaving the ``with`` block raises :class:`TemplateProblems`."""

    def __init__(self) -> None:
        self.problems: list[Diagnostic] = []
        self.failed: set[str] = set()

    def run(self, page: Page, render: Callable[[Page], str]) -> str | None:
        """The page's Markdown, or ``None`` when its template failed (now or before)."""
        if page.template in self.failed:
            return None
        try:
            return render(page)
        except TemplateProblems as exc:
            self.problems.extend(exc.diagnostics)
            self.failed.add(page.template)
            return None

    def __enter__(self) -> Attempts:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None and self.problems:
            raise TemplateProblems(self.problems)


def render_site(
    site: Site,
    templates: Path | None = None,
    root: Path | None = None,
    rendered: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    """Every generated page: ``{path relative to docs: markdown}``.

    Raises :class:`~generator.site.engine.TemplateProblems` listing each template that failed
    (once, not once per page); its diagnostics name the template files relative to ``root``
    (the project folder). ``rendered(done, total)``, when given, is told before each page, for a progress bar.
    """
    renderer = Renderer(site, templates, root=root)
    out: dict[str, str] = {}
    pages = renderer.pages()
    with Attempts() as attempts:
        for n, page in enumerate(pages):
            if rendered is not None:
                rendered(n, len(pages))
            text = attempts.run(page, renderer.render)
            if text is not None:
                out[page.path] = text
    return out


def render_problems(diagnostics: list[Diagnostic]) -> str:
    """The page ``mkdocs serve`` shows in place of the site while inputs have errors."""
    lines = [
        "# The briefings have problems",
        "",
        "The site cannot be built until these are fixed. Save the file and this page updates.",
        "",
        f"**{escape(summary(diagnostics))}**",
        "",
    ]
    for d in diagnostics:
        # not a code span: a file name may hold backticks, and nothing inside a code span can be escaped
        lines.append(
            f"- <code>{escape(f'{d.path}:{d.line}:{d.column}')}</code> **{d.severity.value}** {escape(d.message)} "
            f"[{d.code}](diagnostics/{d.code}.md)"
        )
        if d.hint:
            lines.append(f"    *hint:* {escape(d.hint)}")
    return "\n".join(lines) + "\n"
