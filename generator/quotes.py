"""Finding quotes in source texts, forgiving only typography.

A quote matches when it is in the source after both are normalised: runs of
white space (non-breaking spaces included) become one space, curly quotes
become straight ones and every dash becomes a hyphen. Each source is indexed
once; a lookup is a substring search, so checking a quote costs the same
however many sources and quotes there are.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import re
from dataclasses import dataclass, field

_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003", " "),
    }
)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form quotes are compared in."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip()


def passage_id(quote: str) -> str:
    """A stable anchor for a quoted passage: the same words give the same id."""
    return "q-" + hashlib.sha1(normalise(quote).encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True)
class Match:
    start: int
    end: int


@dataclass
class SourceText:
    """A source's text, indexed for quote lookups that map back to the original offsets."""

    text: str
    norm: str = field(init=False)
    _norm_at: list[int] = field(init=False, repr=False)
    _orig_at: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        translated = self.text.translate(_TYPOGRAPHY)
        pieces: list[str] = []
        self._norm_at, self._orig_at = [0], [0]
        pos = norm_len = 0
        for m in _SPACE.finditer(translated):
            pieces.append(translated[pos : m.start()])
            norm_len += m.start() - pos
            pieces.append(" ")
            norm_len += 1
            pos = m.end()
            # the segment after this run starts at norm_len (normalised) and pos (original)
            self._norm_at.append(norm_len)
            self._orig_at.append(pos)
        pieces.append(translated[pos:])
        self.norm = "".join(pieces)

    def _original(self, norm_index: int) -> int:
        i = bisect.bisect_right(self._norm_at, norm_index) - 1
        return self._orig_at[i] + (norm_index - self._norm_at[i])

    def find(self, quote: str) -> Match | None:
        """Where ``quote`` stands in the original text, or ``None``."""
        needle = normalise(quote)
        if not needle:
            return None
        at = self.norm.find(needle)
        if at < 0:
            return None
        end = self._original(at + len(needle) - 1) + 1
        return Match(self._original(at), end)

    def closest(self, quote: str) -> tuple[str, str]:
        """The passage most like ``quote`` and a short account of what differs."""
        needle = normalise(quote)
        matcher = difflib.SequenceMatcher(None, self.norm, needle, autojunk=False)
        block = matcher.find_longest_match(0, len(self.norm), 0, len(needle))
        start = max(0, block.a - block.b)
        end = min(len(self.norm), start + len(needle))
        # widen to whole words
        while start > 0 and self.norm[start - 1] != " ":
            start -= 1
        while end < len(self.norm) and self.norm[end] not in " ":
            end += 1
        passage = self.norm[start:end].strip()
        if not needle.startswith(("'", '"')):
            passage = passage.lstrip("'\"")
        if not needle.endswith(("'", '"')):
            passage = passage.rstrip("'\"")
        return passage, describe_difference(passage, needle)


def describe_difference(passage: str, quote: str) -> str:
    """``the source has "X" where the quote has "Y"`` for the first differing words."""
    a, b = passage.split(" "), quote.split(" ")
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        src, quo = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "replace":
            return f'the source has "{src}" where the quote has "{quo}"'
        if tag == "delete":
            return f'the quote leaves out "{src}"'
        if tag == "insert":
            return f'the quote adds "{quo}", which the source does not have'
    return "only the surrounding words differ"
