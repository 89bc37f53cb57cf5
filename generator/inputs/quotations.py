"""Direct quotations in an article: the stretches of text inside quotation marks.

Used to check that evidence marked ``kind: direct`` really is a speaker's own
words in quotation marks, and (by ``generator draft``) to list every direct
quotation of an article.

Double quotation marks, in every style news articles use: English “…” and "…"
(AP's closing ’’ too), French and Russian «…», German „…“ and »…«. A quotation
nested inside another (‚…‘, «…», „…“, "…") is part of it; single marks alone
are not quotations (they are also apostrophes and name quotes: ‘Coalition of the
Willing’). A quotation that runs on into the next paragraph follows the
newspaper rule: the paragraph has no closing mark and the next one opens again.
A Russian quotation the author's words interrupt («…, – said X. – …») is two
pieces of one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STRAIGHT = '"'
#: at least this share of a passage's letters inside quotation marks makes it the speaker's own words
DIRECT_SHARE = 0.9
#: Every mark that may open or close a quotation: AP's doubled single marks first, as one mark.
_MARKS = re.compile(r"’’|‘‘|[“”„\"«»]")
#: Which open marks each closing mark closes (the nearest such on the stack).
_CLOSES = {
    "”": '“„"‘‘',
    "’’": '“„"‘‘',
    "“": "„",
    "»": "«",
    "«": "»",
    _STRAIGHT: '“„"‘‘',
}
#: Marks that open a quotation wherever they stand (``»`` and ``"`` only where a word starts).
_OPENERS = frozenset(["“", "„", "«", "‘‘"])
#: The author's words interrupting a quotation in guillemets: ``…, – пожаловалась Поризкова. — …``
_INTERRUPTION = re.compile(r"(?P<end>[,!?…])\s+[–—]\s+(?P<author>[^\W\d_][^«»„“”\"\n]{0,80}?)[.,:]\s+[–—]\s+")


@dataclass(frozen=True)
class Quotation:
    """The text between quotation marks (``start``/``end`` exclude the marks); ``continues``: runs into the next.

    ``interrupted``: the author's words follow it inside the same quotation, whose next piece is the next one.
    """

    start: int
    end: int
    continues: bool = False
    interrupted: bool = False


def quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, in order."""
    out: list[Quotation] = []
    pos = 0
    for line in text.split("\n"):
        out.extend(_in_paragraph(line, pos))
        pos += len(line) + 1
    return out


def _in_paragraph(line: str, offset: int) -> list[Quotation]:
    """The outermost quotations of one paragraph: a stack of the open marks, nested ones inside."""
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []  # (open mark, where its text starts)
    last_close = -1
    for m in _MARKS.finditer(line):
        mark, i = m.group(), m.start()
        closes = _closes(line, mark, i, stack)
        if closes is not None:
            del stack[closes + 1 :]
            kind, opened = stack.pop()
            if not stack and i > opened:
                found += _pieces(line, offset, opened, i, kind)
            last_close = m.end()
        elif mark in _OPENERS or (mark in (_STRAIGHT, "»") and _opens(line, i)):
            stack.append((mark, m.end()))
    if stack:
        kind, opened = stack[0]
        rest = line.rstrip()
        if last_close == len(rest) and last_close > opened:
            # one closing mark at the paragraph's end closes the nested quotation and the outer one (Russian »»)
            end = last_close - 1
            found += _pieces(line, offset, opened, end, kind)
        elif line[opened:].strip():
            pieces = _pieces(line, offset, opened, len(rest), kind)
            found += [*pieces[:-1], Quotation(pieces[-1].start, pieces[-1].end, continues=True)]
    return found


def _closes(line: str, mark: str, i: int, stack: list[tuple[str, int]]) -> int | None:
    """The index in ``stack`` of the open mark ``mark`` closes here, or ``None`` when it opens or is stray.

    A straight mark that starts a word inside a curly quotation opens a nested one; ``“`` closes only
    ``„`` (German), and opens otherwise.
    """
    if mark == _STRAIGHT and stack and stack[-1][0] != _STRAIGHT and _opens(line, i):
        return None
    kinds = _CLOSES.get(mark, "")
    for j in range(len(stack) - 1, -1, -1):
        if stack[j][0] in kinds:
            return j
    return None


def _pieces(line: str, offset: int, start: int, end: int, kind: str) -> list[Quotation]:
    """A quotation's text from ``start`` to ``end`` of the line, split where the author's words interrupt it."""
    if kind not in ("«", "„", "»"):
        return [Quotation(offset + start, offset + end)]
    out: list[Quotation] = []
    for m in _INTERRUPTION.finditer(line, start, end):
        cut = m.start() + (len(m.group("end")) if m.group("end") in "!?…" else 0)
        out.append(Quotation(offset + start, offset + cut, interrupted=True))
        start = m.end()
    return [*out, Quotation(offset + start, offset + end)]


def _opens(line: str, i: int) -> bool:
    """A straight quote opens when it starts a word: at the start, or after a space or an opening bracket."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return (before.isspace() or before in "([{:—–-") and not after.isspace()


def statements(spans: list[Quotation], text: str) -> list[list[Quotation]]:
    """The quotations grouped into statements: a quotation that runs on (newspaper rule) takes the next one along.

    The next one belongs to it when it opens its paragraph: ``“First…`` (no
    closing mark), then ``“…second.”`` at the start of the next paragraph.
    """
    groups: list[list[Quotation]] = []
    for q in spans:
        previous = groups[-1][-1] if groups else None
        if previous is not None and (previous.interrupted or (previous.continues and _opens_paragraph(text, q.start))):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only white space and the opening mark stand before ``start`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start : start - 1].strip()


_LETTER = re.compile(r"\w")


def quoted_share(text: str, spans: list[Quotation], start: int, end: int) -> float:
    """The share of the letters and digits of ``text[start:end]`` that stand inside quotation marks."""
    letters = [m.start() for m in _LETTER.finditer(text, start, end)]
    if not letters:
        return 0.0
    inside = 0
    j = 0
    ordered = sorted(spans, key=lambda q: q.start)
    for i in letters:
        while j < len(ordered) and ordered[j].end <= i:
            j += 1
        if j < len(ordered) and ordered[j].start <= i < ordered[j].end:
            inside += 1
    return inside / len(letters)
