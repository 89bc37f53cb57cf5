"""Direct quotations in an article: the stretches of text inside quotation marks.

Used to check that evidence marked ``kind: direct`` really is a speaker's own
words in quotation marks, and (by ``generator draft``) to list every direct
quotation of an article.

Double quotation marks only (curly or straight): single marks are also
apostrophes and name quotes (‘Coalition of the Willing’). A quotation that runs
on into the next paragraph follows the newspaper rule: the paragraph has no
closing mark and the next one opens again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = "“„"
_CLOSE = "”"
_STRAIGHT = '"'
#: at least this share of a passage's letters inside quotation marks makes it the speaker's own words
DIRECT_SHARE = 0.9


@dataclass(frozen=True)
class Quotation:
    """The text between quotation marks (``start``/``end`` exclude the marks); ``continues``: runs into the next."""

    start: int
    end: int
    continues: bool = False


def quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, in order."""
    out: list[Quotation] = []
    pos = 0
    for line in text.split("\n"):
        out.extend(_in_paragraph(line, pos))
        pos += len(line) + 1
    return out


def _in_paragraph(line: str, offset: int) -> list[Quotation]:
    found: list[Quotation] = []
    opened: int | None = None
    for m in re.finditer(r"[“”„\"]", line):
        ch, i = m.group(), m.start()
        if opened is None:
            if ch in _OPEN or (ch == _STRAIGHT and _opens(line, i)):
                opened = i + 1
        elif ch in (_CLOSE, _STRAIGHT):
            if i > opened:
                found.append(Quotation(offset + opened, offset + i))
            opened = None
        # an opening mark inside an open quotation: nested or a typo; the outer one goes on
    if opened is not None and line[opened:].strip():
        found.append(Quotation(offset + opened, offset + len(line.rstrip()), continues=True))
    return found


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
        if previous is not None and previous.continues and _opens_paragraph(text, q.start):
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
