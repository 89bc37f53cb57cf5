"""Ids made from names: transliterated, lower case, file-name-safe (``Müller in Zürich`` → ``muller-in-zurich``).

Below both the importer, which names a seed after its headline, and validation, whose hints suggest an id.
"""

from __future__ import annotations

from slugify import slugify


def slug(text: str, words: int = 8) -> str:
    """A file-name-safe id from a headline, transliterated: ``muller-in-zurich``, ``putin-otvergaet-plan``."""
    made = slugify(text, replacements=[("'", ""), ("’", "")])
    return slugify("-".join(made.split("-")[:words]), max_length=60, word_boundary=True) or "article"
