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
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

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


#: Above this many pairs of characters (text × quote) the closest passage is searched for near the quote's
#: rarest words only (:meth:`SourceText._longest_common`); below it, everywhere: about 0.2 s at most.
EXACT_PAIRS = 20_000_000
#: Of a longer quote, only this much is compared with the text when looking for the closest passage.
MAX_QUOTE = 5_000
#: The windowed search: how many places it looks at, how many word occurrences may vote, in what steps.
CANDIDATES = 4
VOTES = 50_000
_BUCKET = 64


class Block(NamedTuple):
    """A run of characters shared by the text (from ``a``) and a quote (from ``b``)."""

    a: int
    b: int
    size: int


@functools.lru_cache(maxsize=4)
def _word_index(norm: str) -> dict[str, list[int]]:
    """Where each word of a normalised text starts (built once per text, when a quote is not found in it)."""
    index: dict[str, list[int]] = defaultdict(list)
    for word, at in _words(norm):
        index[word].append(at)
    return index


def _words(norm: str) -> Iterator[tuple[str, int]]:
    """The words of a normalised text (single spaces between them) with their offsets."""
    at = 0
    for word in norm.split(" "):
        if word:
            yield word, at
        at += len(word) + 1


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

    def _longest_common(self, needle: str, exact_pairs: int = EXACT_PAIRS) -> Block:
        """The longest run of characters the text and ``needle`` share (the first in the text of equals).

        Searching the whole text costs about 10 ns for each pair of a character of the
        text and one of the quote: a minute for a 2,000-character quote in a 3 MB
        article. Beyond ``exact_pairs`` pairs the run is looked for only around the
        places the quote's rarest words point at (:meth:`_windows`), so the cost
        grows with the text once (its word index) plus the quote's length squared.
        """
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(needle)
        if len(self.norm) * len(needle) <= exact_pairs:
            matcher.set_seq1(self.norm)
            return Block(*matcher.find_longest_match(0, len(self.norm), 0, len(needle)))
        best = Block(0, 0, 0)
        for lo, hi in self._windows(needle):
            matcher.set_seq1(self.norm[lo:hi])
            found = matcher.find_longest_match(0, hi - lo, 0, len(needle))
            if found.size > best.size or (found.size == best.size and found.size and lo + found.a < best.a):
                best = Block(lo + found.a, found.b, found.size)
        return best

    def _windows(self, needle: str) -> list[tuple[int, int]]:
        """Stretches of the text where ``needle`` may stand, found by its rarest words.

        Each occurrence in the text of a word of the quote votes for where the quote
        would start; words are taken rarest first, up to :data:`VOTES` votes in all.
        Of the :data:`CANDIDATES` starts with most votes, those with at least half the
        votes of the best, widened by a quarter of the quote's length on each side, give
        the stretches (overlapping ones merged).
        """
        index = _word_index(self.norm)
        spots: dict[str, list[int]] = defaultdict(list)
        for word, at in _words(needle):
            spots[word].append(at)
        votes: Counter[int] = Counter()
        budget = VOTES
        for word in sorted(spots, key=lambda w: len(index.get(w, ()))):
            occurrences = index.get(word, ())
            cost = len(occurrences) * len(spots[word])
            if not cost or cost > budget:
                continue
            budget -= cost
            votes.update((a - b) // _BUCKET for a in occurrences for b in spots[word])
        margin = max(2 * _BUCKET, len(needle) // 4)
        top = votes.most_common(CANDIDATES)
        spans = sorted(
            (max(0, bucket * _BUCKET - margin), min(len(self.norm), bucket * _BUCKET + len(needle) + margin))
            for bucket, count in top
            if 2 * count >= top[0][1]  # a place with half the votes of the best or fewer is chance
        )
        merged: list[tuple[int, int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged

    def closest(self, quote: str) -> tuple[str, str]:
        """The passage most like ``quote`` and a short account of what differs.

        Of a very long quote only the first :data:`MAX_QUOTE` characters are compared.
        """
        needle = normalise(quote)[:MAX_QUOTE]
        block = self._longest_common(needle)
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
