"""Which characters a text may hold: the rule the loader enforces (BRF094) and the XML writers keep to.

A text (a YAML value, a seed's body) may hold any character but these: the C0
controls other than tab, line feed and carriage return; DEL; the C1 controls
(U+0080–U+009F); lone surrogates (U+D800–U+DFFF: no UTF-8 file can hold one,
but a ``\\uD800`` escape in double quotes makes one); and the non-characters
(U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and U+FFFF
among them). XML 1.0 forbids the C0 controls, the surrogates, U+FFFE and U+FFFF
outright and discourages the rest; none of them shows as anything on a page.
"""

from __future__ import annotations

import re

_IN_THE_BMP = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
#: A refused character of the first plane, or any character from U+1FFFE on (the non-characters of the other
#: planes among them, checked one by one): a range for each plane would make every search seven times slower.
_CANDIDATE = re.compile(f"[{_IN_THE_BMP}\U0001fffe-\U0010ffff]")


def is_refused(character: str) -> bool:
    """Whether one character is refused in text."""
    point = ord(character)
    return bool(_CANDIDATE.fullmatch(character)) and (point < 0x10000 or point & 0xFFFE == 0xFFFE)


def find(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first refused character of ``text[start:end]``, if any."""
    stop = len(text) if end is None else end
    while (found := _CANDIDATE.search(text, start, stop)) is not None:
        if is_refused(found.group()):
            return found
        start = found.end()
    return None


def count(text: str, start: int = 0) -> int:
    """How many refused characters ``text[start:]`` holds."""
    return sum(1 for found in _CANDIDATE.finditer(text, start) if is_refused(found.group()))


#: What the commonest refused characters are called (others are named by their kind).
_NAMES = {
    0x00: "null",
    0x07: "bell",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x1B: "escape",
    0x7F: "delete",
    0x85: "next line",
}


def describe(character: str) -> str:
    """``control character U+000C (form feed)``: its kind, its code point, its name where it has a common one."""
    point = ord(character)
    name = f" ({_NAMES[point]})" if point in _NAMES else ""
    if 0xD800 <= point <= 0xDFFF:
        kind = "lone surrogate"
    elif point <= 0x9F:
        kind = "control character"
    else:
        kind = "non-character"
    return f"{kind} U+{point:04X}{name}"


def xml_safe(text: str) -> str:
    """``text`` with each refused character (every one XML 1.0 forbids among them) replaced by U+FFFD."""
    return _CANDIDATE.sub(lambda found: "\ufffd" if is_refused(found.group()) else found.group(), text)
