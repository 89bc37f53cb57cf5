"""What every kind of generated page is: a path, a template, the names its template gets, its front matter."""

from __future__ import annotations

import abc
import html
import json
from collections.abc import Sequence
from typing import Any, ClassVar, TypeVar

from generator.site.helpers import Helpers

T = TypeVar("T")

#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 300


class Page(abc.ABC):
    """One generated page. A kind of page is a subclass: its template, its path, what its template needs.

    A template gets :meth:`Helpers.shared <generator.site.helpers.Helpers.shared>` and ``page``
    (this page's path) on every page, and :meth:`context` besides.
    """

    #: the template that renders it: a file of ``generator/site/templates/``, or the user's of that name
    template: ClassVar[str]

    @property
    @abc.abstractmethod
    def path(self) -> str:
        """Where the page is, relative to the docs folder: ``briefings/<id>.md``."""

    def context(self, helpers: Helpers) -> dict[str, Any]:
        """The names this page's template gets besides the shared ones."""
        return {}

    def front_matter(self) -> str:
        """The page's title and description, when they come from the annotations (else the template has its own)."""
        return ""


def front_matter(title: str, description: str = "") -> str:
    """Front matter setting the page title (and description), HTML-escaped: themes print them unescaped."""
    lines = [f"title: {json.dumps(html.escape(' '.join(title.split()), quote=False), ensure_ascii=False)}"]
    if description:
        text = html.escape(" ".join(description.split()), quote=True)
        lines.append(f"description: {json.dumps(text, ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def clip(text: str) -> str:
    """A description cut at a word to what search engines show (:data:`DESCRIPTION_LENGTH`), with an ellipsis."""
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def around(items: Sequence[T], n: int) -> tuple[T | None, T | None]:
    """The items before and after the ``n``-th: a page's previous and next."""
    return (items[n - 1] if n else None, items[n + 1] if n + 1 < len(items) else None)
