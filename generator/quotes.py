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
_LONG_SPACE = re.compile(r"\s{2,}")
_TYPOGRAPHIC = re.compile("[" + re.escape("".join(chr(c) for c in _TYPOGRAPHY)) + "]")


def _typography(text: str) -> str:
    """``text.translate(_TYPOGRAPHY)``; a regex visits only the characters to replace, which is far faster."""
    return _TYPOGRAPHIC.sub(_swap, text)


def _swap(m: re.Match[str]) -> str:
    return str(_TYPOGRAPHY[ord(m.group())])


def normalise(text: str) -> str:
    """The form quotes are compared in."""
    return _SPACE.sub(" ", _typography(text)).strip()


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
    #: after each run of two or more white space characters: its end in ``norm``, and how
    #: many characters were dropped up to there (single characters map one to one)
    _norm_at: list[int] = field(init=False, repr=False)
    _dropped: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        translated = _typography(self.text)
        self.norm = _SPACE.sub(" ", translated)
        self._norm_at, self._dropped = [], []
        dropped = 0
        for m in _LONG_SPACE.finditer(translated):
            dropped += m.end() - m.start() - 1
            self._norm_at.append(m.end() - dropped)
            self._dropped.append(dropped)

    def _original(self, norm_index: int) -> int:
        i = bisect.bisect_right(self._norm_at, norm_index) - 1
        return norm_index + (self._dropped[i] if i >= 0 else 0)

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
        # a window around the best anchor, then align word by word so the passage has
        # the quote's extent in the source, however much longer or shorter it is
        lo = max(0, block.a - block.b - len(needle))
        hi = min(len(self.norm), block.a + 2 * len(needle))
        while lo > 0 and self.norm[lo - 1] != " ":
            lo -= 1
        while hi < len(self.norm) and self.norm[hi] != " ":
            hi += 1
        words, qwords = self.norm[lo:hi].split(), needle.split()
        aligned = difflib.SequenceMatcher(None, words, qwords, autojunk=False)
        blocks = [b for b in aligned.get_matching_blocks() if b.size]
        if blocks:
            first, last = blocks[0], blocks[-1]
            i0 = max(0, first.a - first.b)
            i1 = min(len(words), last.a + last.size + (len(qwords) - last.b - last.size))
            passage = " ".join(words[i0:i1])
        else:
            passage = " ".join(words[: len(qwords)])
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
