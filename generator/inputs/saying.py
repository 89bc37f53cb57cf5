"""Verbs of saying and an article's sentences: what the draft's speakers and the check of reported speech share.

:mod:`generator.authoring.speakers` finds who said what with them; :mod:`generator.validate.reported` warns
when evidence labelled ``reported`` sits in a sentence that attributes it to no one.
"""

from __future__ import annotations

import re

from generator.inputs.quotations import Quotation

#: Verbs (and "according to") that introduce what someone said.
SAYING = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|continued|continues|argued|argues|arguing|claimed|"
    "claims|claiming|insisted|insists|insisting|warned|warns|warning|suggested|suggests|stated|states|declared|"
    "declares|wrote|writes|asked|asks|replied|replies|vowed|vows|pledged|pledges|promised|promises|spoke|explained|"
    "explains|stressed|stresses|accused|accuses|admitted|admits|announced|announces|noted|notes|urged|urges|"
    "threatened|threatens|dismissed|described|describes|called|calls|tweeted|tweets|posted|posts|according to|"
    # Russian: said, stated, told, admitted, complained, noted, added, stressed, reported, explained, wrote
    "сказал|сказала|сказали|заявил|заявила|заявили|рассказал|рассказала|рассказали|признался|призналась|"
    "пожаловался|пожаловалась|отметил|отметила|добавил|добавила|подчеркнул|подчеркнула|сообщил|сообщила|"
    "пояснил|пояснила|написал|написала"
)

#: Verbs that report speech in the writer's words ("X said that …", "X condemned …"); questions are not statements.
REPORTING = re.compile(
    rf"\b(?:{SAYING.replace('asked|asks|', '')}|reiterated|reiterates|condemned|condemns|criticised|criticized|"
    r"criticises|criticizes|denied|denies|welcomed|welcomes|rejected|rejects|confirmed|confirms|acknowledged|"
    r"acknowledges|testified|testifies|alleged|alleges|maintained|maintains|pointed out|blamed|blames|"
    r"defended|defends|praised|praises|hailed|hails|recalled|recalls|revealed|reveals|disputed|disputes|denounced|"
    r"denounces|assailed|assails|conceded|concedes|begged|begs|bragged|brags|reported|suggest|deny|insist|argue|"
    r"allege|alleging|claim)\b"
)

#: Mark a quotation's inside so nothing in it reads as a verb, a name or a sentence end.
FILL = "#"

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9#])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rev|Sen|Rep|Gov|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"|\b[A-Z])\.$"
)


def framed(text: str, spans: list[Quotation]) -> str:
    """``text`` with every quotation's inside filled with ``#``: the same length, no words or full stops in it."""
    chars = list(text)
    for q in spans:
        chars[q.start : q.end] = FILL * (q.end - q.start)
    return "".join(chars)


def sentences(frame: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a framed text: paragraphs are lines; a quotation never splits one."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in frame.split("\n"):
        start = pos
        for m in _SENTENCE_END.finditer(line):
            if _ABBREVIATION.search(line, 0, m.start()):
                continue
            out.append((pos + _strip_start(line, start - pos), pos + m.start() + len(m.group().rstrip())))
            start = pos + m.end()
        if line[start - pos :].strip():
            out.append((pos + _strip_start(line, start - pos), pos + len(line.rstrip())))
        pos += len(line) + 1
    return [(a, b) for a, b in out if b > a]


def _strip_start(line: str, i: int) -> int:
    while i < len(line) and line[i].isspace():
        i += 1
    return i
