"""Ids made from text: a headline or a name as a file-name-safe id (``Müller in Zürich`` → ``muller-in-zurich``).

Below the importer, which names new seeds with it, and the checks, whose hints
suggest an id of the right form.
"""

from __future__ import annotations

from slugify import slugify


def slug(text: str, words: int = 8) -> str:
    """A file-name-safe id from a headline, transliterated: ``muller-in-zurich``, ``putin-otvergaet-plan``."""
    made = slugify(text, replacements=[("'", ""), ("’", "")])
    return slugify("-".join(made.split("-")[:words]), max_length=60, word_boundary=True) or "article"
