"""Whether a page reads alike in cmark-gfm and in Python-Markdown: the DOMs compared, for template overrides.

The shipped templates write a Markdown both engines render to the same DOM
(``tests/test_commonmark.py`` compares every page of the story). A template
override in ``templates/`` may not: ``check`` renders one page of each kind both
ways when the project overrides templates, and a page whose DOMs differ is a
BRF142 warning, showing the first element that differs.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from html.parser import HTMLParser
from typing import Any

import markdown

from generator.diagnostics import Diagnostic
from generator.site.commonmark import Permalinks, convert, page_body

#: Python-Markdown as the shipped mkdocs.yml configures it (the extensions the docs name)
EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables"]
EXTENSION_CONFIGS: dict[str, dict[str, Any]] = {"toc": {"permalink": True}}
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


#: elements around which white space is not text a reader sees (the engines lay out blocks differently)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "col",
        "colgroup",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "li",
        "link",
        "main",
        "meta",
        "nav",
        "ol",
        "pre",
        "script",
        "section",
        "style",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)


class _Normal(HTMLParser):
    """An HTML text as lines: ``<tag attributes>`` (sorted, ``markdown`` left out), ``</tag>``, ``TEXT …``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[str, str]] = []  # (tag name or "", the line)
        self.text: list[str] = []

    def flush(self) -> None:
        text = " ".join("".join(self.text).split(" ")).replace("\n", " ").replace("\t", " ")
        while "  " in text:
            text = text.replace("  ", " ")
        if text:
            self.out.append(("", text))
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        kept = " ".join(f'{k}="{v}"' for k, v in sorted(attrs) if k != "markdown")
        self.out.append((tag, f"<{tag} {kept}>"))

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if tag not in _VOID:
            self.out.append((tag, f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def lines(self) -> list[str]:
        """Text with white space folded; the white space that touches a block element dropped, the rest kept
        (between inline elements, a space is text a reader sees, and search indexes)."""
        out: list[str] = []
        for at, (tag, line) in enumerate(self.out):
            if tag:
                out.append(line)
                continue
            if at == 0 or self.out[at - 1][0] in _BLOCKS:
                line = line.lstrip()
            if at + 1 == len(self.out) or self.out[at + 1][0] in _BLOCKS:
                line = line.rstrip()
            if line:
                out.append("TEXT " + line)
        return out


def normal(html: str) -> list[str]:
    """The DOM of ``html`` as lines to compare: elements, every attribute, text with white space folded."""
    parser = _Normal()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.lines()


def python_markdown(
    extensions: list[str] | None = None, configs: Mapping[str, Mapping[str, Any]] | None = None
) -> markdown.Markdown:
    """Python-Markdown with the site's extensions (by default those the shipped ``mkdocs.yml`` sets)."""
    return markdown.Markdown(
        extensions=EXTENSIONS if extensions is None else extensions,
        extension_configs=dict(EXTENSION_CONFIGS if configs is None else configs),
    )


def differences(text: str, md: markdown.Markdown, permalinks: Permalinks | None = None) -> str:
    """How cmark-gfm's rendering of ``text`` differs from ``md``'s: a diff of the DOMs and of the tables of
    contents (Python-Markdown's first), or ``''`` when they are the same."""
    md.reset()
    expected = md.convert(text)
    tokens = getattr(md, "toc_tokens", [])
    got = convert(text, permalinks)
    diff = "\n".join(list(difflib.unified_diff(normal(expected), normal(got.html), lineterm="", n=2))[2:40])
    if got.toc != tokens:
        diff += f"\ntables of contents differ:\n{tokens}\n{got.toc}"
    return diff


def check_overrides(pages: Mapping[str, str], sample: Iterable[str]) -> list[Diagnostic]:
    """BRF142 for each page of ``sample`` (paths of ``pages``) that the two engines render differently."""
    md = python_markdown()
    found: list[Diagnostic] = []
    for path in sample:
        diff = differences(page_body(pages[path]), md, Permalinks())
        if diff:
            lines = diff.splitlines()
            theirs, ours = (_first(lines, sign) for sign in "-+")
            message = (
                "cmark-gfm and Python-Markdown read this page differently: "
                f"Python-Markdown has {theirs} where cmark-gfm has {ours}"
            )
            found.append(Diagnostic(path, 1, 1, "BRF142", message, _HINT))
    return found


def _first(lines: list[str], sign: str) -> str:
    """The first line of one side of a diff of :func:`normal` DOMs, said in words."""
    line = next((x[1:] for x in lines if x.startswith(sign)), "")
    if not line:
        return "nothing"
    if line.startswith("TEXT "):
        text = line[5:]
        return f"the text “{text[:60]}{'…' if len(text) > 60 else ''}”"
    return line.replace(" >", ">")


_HINT = (
    "a template override writes Markdown outside the dialect both engines read alike: a blank line after\n"
    "<div … markdown> before its Markdown, one-line <p … markdown> elements, {: #id } only on headings and links\n"
    "(docs/guide/templates.md, 'The Markdown they write'); `briefings render --out DIR` writes the page to read"
)
