"""The site's look: stylesheets, scripts and template partials on top of Material for MkDocs.

They live in ``generator/site/theme/``, package data. The MkDocs plugin
(:mod:`generator.mkdocs.plugin`) adds that folder to the theme's template folders and
links the stylesheets and scripts below, so a project needs no copies of them.
Builders that run no MkDocs plugins (Zensical) use it as the installed theme
``briefings`` (``theme: name: briefings``; it extends ``material``) and list the
same files in ``extra_css`` and ``extra_javascript`` (docs/guide/other-builders.md).

The Pagefind search box in the header shows when ``extra.briefings_search`` is
true (:data:`SEARCH_SETTING`); the ``briefings/search`` plugin sets it.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

#: The theme folder: ``partials/`` (templates) and ``assets/briefings/`` (copied into the site).
DIR = Path(__file__).resolve().with_name("theme")

#: The ``mkdocs.themes`` entry point ``briefings``: builders take the theme folder from its ``__file__``.
#: Not a package of its own, because Zensical copies every file of a theme folder but templates into the site.
THEME = SimpleNamespace(__file__=str(DIR / "mkdocs_theme.yml"))

#: The Python-Markdown extensions the generated pages are written for (attribute lists for anchors, Markdown
#: inside HTML, admonitions, tables, the table of contents): the MkDocs plugin adds whichever ``mkdocs.yml`` lacks.
MARKDOWN_EXTENSIONS = ("toc", "tables", "attr_list", "md_in_html", "admonition")

#: ``config.extra`` key the templates read: the folder of the site the briefings are under, ending in ``/``
#: ("" at the site's root; the plugin's ``mount``), for the feeds' links in every page's head.
ROOT_SETTING = "briefings_root"

#: ``config.extra`` key the templates read: show the Pagefind search box in the header.
SEARCH_SETTING = "briefings_search"

#: Stylesheets and scripts every page links, as paths in the built site, in page order.
STYLESHEETS = (
    "assets/briefings/a11y.css",
    "assets/briefings/briefings.css",
    "assets/briefings/forms.css",  # the stance matrix (cards on a phone), the takeaways, and print
)
SCRIPTS = ("assets/briefings/briefings.js",)

#: Added by the MkDocs plugin only: while serving, the banner listing the last build's errors (read from
#: :data:`PROBLEMS_FILE`, which the plugin writes after every build); and the "Copy as evidence" button on
#: source pages (``copy_evidence``), which reads each source's exact text from :data:`SOURCE_TEXTS`.
PROBLEMS_SCRIPT = "assets/briefings/problems.js"
PROBLEMS_FILE = "assets/briefings/problems.json"
EVIDENCE_SCRIPT = "assets/briefings/evidence.js"
SOURCE_TEXTS = "assets/briefings/text"

#: What the search box needs besides: Pagefind's own UI (written into ``pagefind/`` with the index) and ours.
SEARCH_STYLESHEETS = ("pagefind/pagefind-ui.css", "assets/briefings/search.css")
SEARCH_SCRIPTS = ("pagefind/pagefind-ui.js", "assets/briefings/search.js")


def stylesheets(search: bool) -> list[str]:
    """The stylesheets to link, with or without the search box's."""
    return [*STYLESHEETS[:1], *(SEARCH_STYLESHEETS if search else ()), *STYLESHEETS[1:]]


def scripts(search: bool) -> list[str]:
    """The scripts to load, with or without the search box's."""
    return [*SCRIPTS, *(SEARCH_SCRIPTS if search else ())]
