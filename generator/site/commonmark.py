"""The generated pages to HTML with cmark-gfm, as Python-Markdown with the site's extensions renders them.

The pages are written in a dialect both engines read alike (``docs/performance.md``,
"The pages' Markdown dialect"): CommonMark with GFM tables, raw HTML blocks whose
Markdown content stands between blank lines, and two forms of Python-Markdown's
that CommonMark lacks, which :func:`convert` finishes after cmark-gfm:

- a heading's ``{: #id .class }`` (attr_list) becomes its attributes;
- a block-level element that only holds a line of text (``<p class="x" markdown>…</p>``,
  md_in_html's span-level tags) has that text rendered as inline Markdown.

Then what the ``toc`` extension does: every heading gets an id (its slug, unique in
the page, by Python-Markdown's own ``slugify`` and ``unique``) and a permalink, and the
table of contents is returned as Python-Markdown's ``toc_tokens``. The ``markdown``
attributes are dropped, as md_in_html drops them. ``tests/test_commonmark.py`` renders
every page of the story both ways and compares the DOMs.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

import cmarkgfm  # type: ignore[import-untyped]
from cmarkgfm.cmark import Options  # type: ignore[import-untyped]
from markdown.extensions.toc import nest_toc_tokens, slugify, unique

_OPTIONS = Options.CMARK_OPT_UNSAFE  # the pages' raw HTML is the generator's own; text in it is escaped
_EXTENSIONS = ["table"]  # not autolink, strikethrough, tagfilter: Python-Markdown has none of them

#: md_in_html's span-level tags: their content is one run of inline Markdown
_SPAN_TAGS = "address|dd|dt|h[1-6]|legend|li|p|summary|td|th"
#: a raw HTML block (verbatim in cmark-gfm's output) opened by a span-level tag with ``markdown``, to its end tag
_SPAN_BLOCK = re.compile(
    rf"^<({_SPAN_TAGS})((?:\s+[^\s>]+)*?)\s+markdown(?:=\"1\")?((?:\s+[^\s>]+)*)>(.*?)</\1>$", re.M | re.S
)
_MARKDOWN_ATTRIBUTE = re.compile(r"\smarkdown(?:=\"1\")?(?=[\s/>])")
_HEADING = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.S)
_ATTR_LIST = re.compile(r"\s*\{:?\s*((?:[#.][\w:-]+\s*)+)\}\s*$")
#: attr_list after an inline element: ``[text](url){: #id }`` (its end tag; the start tag is looked for before it)
_INLINE_ATTRS = re.compile(r"</(a|em|strong|code|span)>\{:?\s*((?:[#.][\w:-]+\s*)+)\}")
_ID = re.compile(r' id="([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
_PARAGRAPH = re.compile(r"\A<p>(.*)</p>\n?\Z", re.S)


@dataclass
class Converted:
    """One page's HTML, its table of contents (Python-Markdown's ``toc_tokens``), title and element ids."""

    html: str
    toc: list[Any]  # Python-Markdown's nested toc tokens: level, id, name, html, data-toc-label, children
    title: str | None
    ids: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Permalinks:
    """What the ``toc`` extension's ``permalink`` options say: the link's text (``None``: no permalinks)."""

    text: str | None = "&para;"
    title: str = "Permanent link"
    css: str = "headerlink"

    @staticmethod
    def of(toc_config: dict[str, Any]) -> Permalinks:
        """The options of ``markdown_extensions: [toc: {...}]`` as MkDocs passes them."""
        permalink = toc_config.get("permalink", False)
        text = None if permalink in (False, None) else "&para;" if permalink is True else str(permalink)
        title = toc_config.get("permalink_title", "Permanent link")
        return Permalinks(text, title, toc_config.get("permalink_class", "headerlink"))


def to_html(markdown: str) -> str:
    """cmark-gfm's HTML of a Markdown text, raw HTML kept."""
    result: str = cmarkgfm.markdown_to_html_with_extensions(markdown, options=_OPTIONS, extensions=_EXTENSIONS)
    return result


def convert(markdown: str, permalinks: Permalinks | None = None) -> Converted:
    """A generated page's HTML as Python-Markdown with ``toc``, ``attr_list`` and ``md_in_html`` gives it."""
    body = _SPAN_BLOCK.sub(_inline_block, to_html(markdown))
    body = body.replace(" markdown>", ">")  # how the templates write it; any other way, below
    if " markdown" in body:
        body = _in_tags(_MARKDOWN_ATTRIBUTE, "", body)
    if "{:" in body:
        body = _inline_attributes(body)
    used = set(_ID.findall(body))
    tokens: list[Any] = []
    counters: dict[str, int] = {}
    links = permalinks or Permalinks()

    def heading(m: re.Match[str]) -> str:
        level, attributes, inner = int(m.group(1)), m.group(2), m.group(3)
        wanted = _ATTR_LIST.search(inner)
        if wanted:
            inner = inner[: wanted.start()]
            attributes += _attributes(wanted.group(1).split())
            used.update(_ID.findall(attributes))
        inner = inner.replace("&quot;", '"')  # cmark-gfm escapes quotes in text, Python-Markdown does not
        name = _TAG.sub("", inner)
        found = _ID.search(attributes)
        if found:
            anchor = html.unescape(found.group(1))
        else:
            anchor = unique(slugify(html.unescape(name), "-"), used, counters)
            attributes = f' id="{html.escape(anchor)}"' + attributes
        tokens.append({"level": level, "id": anchor, "name": name, "html": inner, "data-toc-label": ""})
        if links.text is not None:
            inner += f'<a class="{links.css}" href="#{html.escape(anchor)}" title="{links.title}">{links.text}</a>'
        return f"<h{level}{attributes}>{inner}</h{level}>"

    body = _HEADING.sub(heading, body)
    title = next((html.unescape(t["name"]) for t in tokens if t["level"] == 1), None)
    return Converted(body, nest_toc_tokens(tokens), title, used | {t["id"] for t in tokens})


def page_body(text: str) -> str:
    """A generated page without its front matter (blank lines in its place, so line numbers hold)."""
    if not text.startswith("---\n"):
        return text
    end = text.find("\n---\n", 4)
    if end < 0:
        return text
    return "\n" * text.count("\n", 0, end + 5) + text[end + 5 :]


def _inline_block(m: re.Match[str]) -> str:
    """A span-level element's text rendered as the inline Markdown it is."""
    tag, before, after, text = m.groups()
    inner = text.strip()
    rendered = to_html(inner)
    inline = _PARAGRAPH.match(rendered)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]  # kept, as md_in_html keeps them
    return f"<{tag}{before}{after}>{lead}{inline.group(1) if inline else rendered.strip()}{trail}</{tag}>"


def _in_tags(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """``pattern`` replaced where it stands inside a tag (after a ``<`` with no ``>`` since), not in text."""
    out: list[str] = []
    done = 0
    for m in pattern.finditer(text):
        opened = text.rfind("<", 0, m.start())
        if opened >= 0 and text.find(">", opened, m.start()) < 0:
            out += [text[done : m.start()], replacement]
            done = m.end()
    return "".join(out) + text[done:] if out else text


def _inline_attributes(body: str) -> str:
    """Inline elements given attr_list's attributes: ``<a href="x">t</a>{: #id }`` is ``<a id="id" href="x">t</a>``."""
    out: list[str] = []
    done = 0
    for m in _INLINE_ATTRS.finditer(body):
        tag = m.group(1)
        opened = max(body.rfind(f"<{tag} ", done, m.start()), body.rfind(f"<{tag}>", done, m.start()))
        if opened < 0:
            continue
        head = opened + len(tag) + 1
        out += [body[done:head], _attributes(m.group(2).split()), body[head : m.start()], f"</{tag}>"]
        done = m.end()
    return "".join(out) + body[done:] if out else body


def _attributes(words: list[str]) -> str:
    """attr_list's ``#id .class`` as HTML attributes (the id first, the classes in order)."""
    ids = [w[1:] for w in words if w.startswith("#")]
    classes = [w[1:] for w in words if w.startswith(".")]
    out = f' id="{html.escape(ids[-1])}"' if ids else ""
    return out + (f' class="{html.escape(" ".join(classes))}"' if classes else "")
