"""Text into Markdown and HTML: :class:`Md` for what the generator wrote itself, escaping for everything else.

Every ``{{ value }}`` in a template goes through :func:`escape` unless it is
:class:`Md`, so text from articles and annotations never becomes markup, a link
or HTML; :func:`escape_html` is for text inside raw HTML. The pictures, the pages
and the problems page all build on this module, and it on nothing of theirs.
"""

from __future__ import annotations

import html
import re
from typing import Any


class Md(str):
    """Markdown that is safe to emit as it is (built by the generator, not typed by a user)."""


_INLINE = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START = re.compile(r"^(\s*)(?:([#+\-!])|(\d+)\.)")
_SPACES = re.compile(r"\s+")
#: anything :func:`escape` would change, bar the start of the text: a character to escape, or white space to fold
_NEEDS_ESCAPE = re.compile(r"[\\`*_{}\[\]|&<>]|[^\S ]|  ")


def escape(value: Any) -> str:
    """Text as Markdown that shows exactly that text: no markup, no HTML, no links."""
    if isinstance(value, Md):
        return value
    text = str(value)
    if not _NEEDS_ESCAPE.search(text) and not _LINE_START.match(text):
        return text  # most values: nothing to change, and one scan is far cheaper than three substitutions
    text = html.escape(_SPACES.sub(" ", text), quote=False)
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text, count=1)


def _escape_line_start(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(1) + "\\" + m.group(2)
    return m.group(1) + m.group(3) + "\\."


def escape_html(value: Any) -> Md:
    """Text for inside raw HTML (attributes included), where Markdown escapes would show."""
    return Md(html.escape(" ".join(str(value).split()), quote=True))
