"""Stage 1, load: files on disk to raw documents that remember where each value stood.

The YAML loader is strict on purpose. It refuses what PyYAML's ``safe_load``
would silently accept: duplicate keys (the last one wins), anchors and aliases
(an alias bomb expands to gigabytes), tags, and unquoted values such as ``NO``,
``on``, ``012`` or ``12:30`` that YAML 1.1 turns into booleans or numbers.
Every scalar comes back as text (or ``None`` for an empty value); the schema
decides what a value means. A value holding a character no text may hold (a
control character, a non-character: :mod:`generator.inputs.characters`) is an
error naming the character where it stands in the file (BRF094), whether it is
there as itself or as an escape in double quotes (``"\f"``, ``"\ufffe"``).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml: the pure-Python loader does it all
    _CParser = object  # type: ignore[assignment,misc]

from generator.diagnostics import Diagnostic, relpath
from generator.inputs import characters
from generator.inputs.schema import ID_PATTERN, MAX_ID_LENGTH

#: Larger files are refused: an annotation or article file this size is a mistake.
MAX_BYTES = 4 * 1024 * 1024
#: Longer lines in a seed's body are refused: each line is a paragraph on the site, and Python-Markdown's
#: time grows faster than the length of a line dense with punctuation (measured in bench/costs.py: flat per
#: character up to about 10,000 characters, then doubling with every doubling of the line).
MAX_LINE = 10_000

KeyPath = tuple[str | int, ...]

_NUMERIC_OR_BOOL = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
}
_NULL = "tag:yaml.org,2002:null"


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column in a file."""

    line: int
    column: int

    @classmethod
    def of(cls, node: Node | Any) -> Mark:
        mark = node.start_mark
        return cls(mark.line + 1, mark.column + 1)


@dataclass
class Document:
    """A YAML file read into plain data, with the position of every value and key."""

    path: Path
    display: str
    data: Any
    values: dict[KeyPath, Mark] = field(default_factory=dict)
    keys: dict[KeyPath, Mark] = field(default_factory=dict)
    line_offset: int = 0

    def mark(self, path: KeyPath, *, key: bool = False) -> Mark:
        """The position of the value at ``path`` (or of its key), else of the nearest parent."""
        table = self.keys if key else self.values
        for depth in range(len(path), -1, -1):
            found = table.get(path[:depth]) or self.values.get(path[:depth])
            if found:
                return found
        return Mark(1 + self.line_offset, 1)

    def diagnostic(self, path: KeyPath, code: str, message: str, hint: str = "", *, key: bool = False) -> Diagnostic:
        mark = self.mark(path, key=key)
        return Diagnostic(self.display, mark.line, mark.column, code, message, hint, format_key_path(path, self.data))


def format_key_path(path: KeyPath, data: Any = None) -> str:
    """``positions[2].evidence[0].quote``; an item of ``data`` with an id is named by it: ``timeline[paris-summit]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{item_name(data, part)}]"
        else:
            out += f".{part}" if out else str(part)
        data = _child(data, part)
    return out


def item_name(items: Any, index: int) -> str:
    """How a diagnostic names the item at ``index`` of a list: its id when it has one, else its index."""
    item = _child(items, index)
    named = item.get("id") if isinstance(item, dict) else None
    if isinstance(named, str) and len(named) <= MAX_ID_LENGTH and re.match(ID_PATTERN, named) and not named.isdigit():
        return named  # a valid id; one of digits only would read as an index
    return str(index)


def _child(data: Any, part: str | int) -> Any:
    if isinstance(part, int):
        return data[part] if isinstance(data, list) and 0 <= part < len(data) else None
    return data.get(part) if isinstance(data, dict) else None


class _Refused(Exception):
    """Raised inside the composer for a construct the strict loader refuses."""

    def __init__(self, code: str, message: str, hint: str, mark: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.hint, self.mark = code, message, hint, mark


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader's parser and resolver; composing refuses aliases, anchors and tags."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            raise _Refused(
                "BRF009",
                f"alias '*{event.anchor}' is not allowed",
                "write the value out in full; anchors and aliases are refused so that "
                "a file always means what it shows",
                event.start_mark,
            )
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            if event.anchor is not None:
                raise _Refused(
                    "BRF009",
                    f"anchor '&{event.anchor}' is not allowed",
                    "remove the anchor and write repeated values out in full",
                    event.start_mark,
                )
            if event.tag not in (None, "!"):
                raise _Refused(
                    "BRF011",
                    f"tag '{event.tag.replace('tag:yaml.org,2002:', '!!')}' is not allowed",
                    "remove the tag; put text in quotes if it must stay text",
                    event.start_mark,
                )
        return super().compose_node(parent, index)


class _Fallback(Exception):
    """Raised by the fast loader where libyaml and PyYAML might differ: PyYAML decides."""


class _CComposer(_CParser, _StrictLoader):
    """libyaml's own composer, in C (with the strict loader's resolver): about twice as fast again.

    It cannot refuse anchors, aliases or tags as it meets them, nor stop at a depth, so it
    is used only for a text that can hold none of them (:func:`_composable_in_c`), and
    what :class:`_FastLoader` checks while composing is checked on the finished nodes
    (:func:`_as_pyyaml_reads`).
    """

    def __init__(self, stream: str) -> None:
        _CParser.__init__(self, stream)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self.text = stream


class _FastLoader(_CComposer):
    """The strict loader's composer over libyaml's scanner and parser: about seven times faster.

    libyaml accepts a few things PyYAML refuses (wrongly indented continuation lines,
    a comment straight after a closing quote or a block indicator, ``?`` inside a plain
    value in brackets, sloppy directives). So the fast path takes only what both read
    alike: no directive, every scalar and flow collection on one line, no block scalar,
    no bare ``!`` tag, no empty or unquoted value with a ``?``, and a closing quote
    followed by a space, a comma, a bracket, a colon or the end of the line. For anything
    else, and for any error or refusal, :func:`parse_yaml` parses again with the
    pure-Python loader, so every diagnostic (and its position) is exactly that loader's.
    """

    def get_single_node(self) -> Node | None:
        return yaml.composer.Composer.get_single_node(self)  # the Python composer, which calls compose_node

    def compose_scalar_node(self, anchor: Any) -> ScalarNode:
        event: Any = self.peek_event()
        if event.tag == "!":
            raise _Fallback
        node: ScalarNode = super().compose_scalar_node(anchor)
        _scalar_as_pyyaml_reads(node, self.text)
        return node

    def compose_sequence_node(self, anchor: Any) -> SequenceNode:
        node = super().compose_sequence_node(anchor)
        _one_line_if_flow(node)
        return node

    def compose_mapping_node(self, anchor: Any) -> MappingNode:
        node = super().compose_mapping_node(anchor)
        _one_line_if_flow(node)
        return node


def _one_line_if_flow(node: SequenceNode | MappingNode) -> None:
    if node.flow_style and node.start_mark.line != node.end_mark.line:
        raise _Fallback


_CLOSING_QUOTE_BEFORE = frozenset(("", " ", "\n", ",", "]", "}", ":"))


def _scalar_as_pyyaml_reads(node: ScalarNode, text: str) -> None:
    """Raise :class:`_Fallback` where libyaml and PyYAML might read the scalar differently; else style it as PyYAML."""
    style = node.style
    if node.start_mark.line != node.end_mark.line or style in ("|", ">"):
        raise _Fallback
    if not style:
        if node.value == "" or "?" in node.value:
            raise _Fallback  # an empty value's mark differs; PyYAML ends a plain value at '?' in [ ]
        node.style = None  # libyaml says "" for a plain scalar, PyYAML None
    elif text[node.end_mark.index : node.end_mark.index + 1] not in _CLOSING_QUOTE_BEFORE:
        raise _Fallback


_DIRECTIVE = re.compile(r"^%", re.MULTILINE)
#: a character that sends the text the pure-Python way: beyond the printable ones, U+FEFF, which libyaml skips
#: at the start of any line and PyYAML only at the start of the text (columns, values, even acceptance differ)
_NOT_PLAIN = re.compile(r"[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
#: where an anchor (``&a``), an alias (``*a``) or a tag (``!x``) could start: a text with none is safe to
#: compose in C (a ``&`` or ``*`` in quoted text only sends the text the slower way)
_PROPERTY = re.compile(r"(?:^|[\s\[\]{},:?-])[&*!]", re.MULTILINE)
#: a line starting with this many spaces and indicators (``- ``, ``? ``, ``: ``) could nest deeper than PyYAML's
#: composer reads (each opens a block collection inside the one before)
_DEEP_LINE = re.compile(r"^[ ?:-]{100}", re.MULTILINE)
#: at most this many ``[`` and ``{`` in all (each may open a flow collection, one level deeper)
_MOST_BRACKETS = 50


def _composable_in_c(text: str) -> bool:
    """Whether ``text`` can hold no anchor, alias or tag, and nests at most about 150 levels deep.

    Nesting is bounded by the indentation and dashes a line starts with (block
    collections) plus the brackets in the text (flow collections); PyYAML's own
    composer reads that depth too, so no text is read here that it would refuse.
    """
    if _PROPERTY.search(text) or _DEEP_LINE.search(text):
        return False
    return text.count("[") + text.count("{") <= _MOST_BRACKETS


def _as_pyyaml_reads(node: Node | None, text: str) -> Node | None:
    """``node`` from :class:`_CComposer`, checked as :class:`_FastLoader` checks while composing."""
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if isinstance(item, ScalarNode):
            _scalar_as_pyyaml_reads(item, text)
        elif isinstance(item, (MappingNode, SequenceNode)):
            _one_line_if_flow(item)
            if isinstance(item, MappingNode):
                for key, value in item.value:
                    stack += (key, value)
            else:
                stack += item.value
    return node


def _fast_node(text: str) -> Node | None:
    """The document's node through libyaml; raises :class:`_Fallback` whenever PyYAML must decide."""
    if not yaml.__with_libyaml__ or _NOT_PLAIN.search(text) or _DIRECTIVE.search(text):
        raise _Fallback
    if not text.endswith("\n"):  # libyaml ends the last collection on a line after the text, PyYAML at its end
        raise _Fallback
    in_c = _composable_in_c(text)
    loader = _CComposer(text) if in_c else _FastLoader(text)  # the latter checks while it composes
    try:
        node = loader.get_single_node()
    except Exception as exc:
        raise _Fallback from exc
    finally:
        loader.dispose()
    return _as_pyyaml_reads(node, text) if in_c else node


class Refused(Exception):
    """A file :func:`read_bytes` will not read: not a regular file, or over the size limit."""

    def __init__(self, code: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


_NOT_REGULAR = (
    (stat.S_ISDIR, "is a folder, expected a file", "remove or rename the folder"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file", "replace it with an ordinary file"),
    (stat.S_ISCHR, "is a character device, not a regular file", "replace it with an ordinary file"),
    (stat.S_ISBLK, "is a block device, not a regular file", "replace it with an ordinary file"),
    (stat.S_ISSOCK, "is a socket, not a regular file", "replace it with an ordinary file"),
)


def _check_regular(mode: int, size: int, limit: int) -> None:
    if not stat.S_ISREG(mode):
        other = ("is not a regular file", "replace it with an ordinary file")
        message, hint = next(((m, h) for test, m, h in _NOT_REGULAR if test(mode)), other)
        raise Refused("BRF001", message, hint)
    if size > limit:
        raise Refused("BRF005", f"is larger than {limit // (1024 * 1024)} MiB", "split it into smaller files")


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (links followed).

    Raises :class:`Refused` for anything else (a folder, a named pipe, a device, a
    socket, a larger file) and ``OSError`` when it cannot be read. The file type
    and size are checked before anything is read, and no more than ``limit + 1``
    bytes are ever read: a pipe cannot hang the build, nor ``/dev/zero`` or a
    sparse file of gigabytes fill the memory.
    """
    info = os.stat(path)
    _check_regular(info.st_mode, info.st_size, limit)
    # O_NONBLOCK: should the file have been swapped for a pipe since, opening it does not wait for a writer
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        _check_regular(info.st_mode, info.st_size, limit)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > limit:  # it grew after it was measured
        _check_regular(info.st_mode, len(raw), limit)
    return raw


def read_text(path: Path, root: Path) -> tuple[str | None, list[Diagnostic]]:
    """The text of a file, or ``None`` with the reason; never raises for bad input."""
    display = relpath(path, root)

    def fail(code: str, message: str, hint: str, line: int = 1, col: int = 1) -> Diagnostic:
        return Diagnostic(display, line, col, code, message, hint)

    try:
        raw = read_bytes(path)
    except Refused as exc:
        return None, [fail(exc.code, exc.message, exc.hint)]
    except OSError as exc:
        return None, [fail("BRF001", f"cannot be read: {exc.strerror}", "check that it exists and is readable")]
    found: list[Diagnostic] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        found.append(fail("BRF003", "starts with a byte-order mark (BOM)", "save the file as UTF-8 without BOM"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = raw[exc.start : exc.start + 1].hex()
        return None, [
            *found,
            fail("BRF002", f"byte 0x{bad} is not valid UTF-8", "save the file as UTF-8", line, col),
        ]
    text = text.replace("\r\n", "\n")
    if not text.strip():
        return None, [*found, fail("BRF004", "is empty", "add the content, or delete the file")]
    return text, found


_TAB_INDENT = re.compile(r"^( *)\t", re.MULTILINE)


def parse_yaml(text: str, display: str, path: Path, line_offset: int = 0) -> tuple[Document | None, list[Diagnostic]]:
    """Parse YAML text into a :class:`Document`; problems come back as diagnostics."""
    tabs = [
        Diagnostic(
            display,
            text.count("\n", 0, m.start()) + 1 + line_offset,
            len(m.group(1)) + 1,
            "BRF007",
            "tab character in indentation",
            "indent with spaces; YAML does not allow tabs there",
        )
        for m in _TAB_INDENT.finditer(text)
    ]
    if tabs:
        return None, tabs
    loader: _StrictLoader | None = None
    try:
        try:
            node = _fast_node(text)
        except _Fallback:
            loader = _StrictLoader(text)
            node = loader.get_single_node()
    except _Refused as exc:
        return None, [_at(display, exc.mark, line_offset, exc.code, exc.message, exc.hint)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        return None, [_at(display, mark, line_offset, "BRF006", message, _syntax_hint(message))]
    except RecursionError:
        message = "nesting is too deep to read"
        return None, [Diagnostic(display, 1 + line_offset, 1, "BRF006", message, "flatten the lists and mappings")]
    except yaml.YAMLError as exc:  # e.g. ReaderError for control characters
        line, col = _position_of(text, getattr(exc, "position", None))
        return None, [
            Diagnostic(display, line + line_offset, col, "BRF006", _reader_message(exc), "remove the character")
        ]
    finally:
        if loader is not None:
            loader.dispose()
    doc = Document(path, display, None, line_offset=line_offset)
    found: list[Diagnostic] = []
    if node is None:
        found.append(Diagnostic(display, 1 + line_offset, 1, "BRF004", "holds no YAML content", "add the content"))
        return None, found
    try:
        doc.data = _to_data(node, (), doc, found, text)
    except RecursionError:
        message = "nesting is too deep to read"
        return None, [Diagnostic(display, 1 + line_offset, 1, "BRF006", message, "flatten the lists and mappings")]
    return doc, found


def load_yaml(path: Path, root: Path) -> tuple[Document | None, list[Diagnostic]]:
    """Read and parse one YAML file."""
    text, found = read_text(path, root)
    if text is None:
        return None, found
    doc, more = parse_yaml(text, relpath(path, root), path)
    return doc, found + more


def _at(display: str, mark: Any, offset: int, code: str, message: str, hint: str) -> Diagnostic:
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Diagnostic(display, line + offset, col, code, message, hint)


def _syntax_hint(message: str) -> str:
    if "mapping values are not allowed" in message:
        return "a value containing ': ' must be quoted, or the indentation is off"
    if "could not find expected ':'" in message:
        return "each line in a mapping needs 'key: value'; check the indentation of this line"
    if "found character" in message and "cannot start any token" in message:
        return "put the value in quotes"
    if "expected <block end>" in message:
        return "check the indentation: items of one list or mapping must line up"
    return "check the line for a missing quote, colon or an indentation slip"


def _position_of(text: str, index: int | None) -> tuple[int, int]:
    """1-based line and column of a character index (1, 1 when unknown)."""
    if not isinstance(index, int):
        return 1, 1
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _reader_message(exc: yaml.YAMLError) -> str:
    character = getattr(exc, "character", None)
    if isinstance(character, str):
        character = ord(character)
    if isinstance(character, int):
        return f"control character U+{character:04X} is not allowed in YAML"
    return str(exc).splitlines()[0] if str(exc) else "invalid YAML"


def _to_data(node: Node, path: KeyPath, doc: Document, found: list[Diagnostic], text: str) -> Any:
    doc.values[path] = _mark(node, doc)
    if isinstance(node, MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                line, col = _line_col(key_node, doc)
                found.append(
                    Diagnostic(
                        doc.display,
                        line,
                        col,
                        "BRF022",
                        "a key must be plain text, not a list or mapping",
                        "write the key as a word",
                        format_key_path(path),
                    )
                )
                continue
            key = key_node.value
            if key in out:
                first = doc.keys[(*path, key)]
                found.append(
                    Diagnostic(
                        doc.display,
                        *_line_col(key_node, doc),
                        "BRF008",
                        f"duplicate key '{key}' (first at line {first.line})",
                        "remove one of them; YAML would silently keep only the last",
                        format_key_path((*path, key)),
                    )
                )
                continue
            doc.keys[(*path, key)] = _mark(key_node, doc)
            out[key] = _to_data(value_node, (*path, key), doc, found, text)
        return out
    if isinstance(node, SequenceNode):
        return [_to_data(item, (*path, i), doc, found, text) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    if node.style is None:
        if node.tag == _NULL:
            return None
        if node.tag in _NUMERIC_OR_BOOL:
            kind = "boolean" if node.tag.endswith("bool") else "number"
            found.append(
                doc.diagnostic(
                    path,
                    "BRF010",
                    f"unquoted '{node.value}' is read by YAML as a {kind}",
                    f'write it in quotes: "{node.value}", so every tool reads it as text',
                )
            )
    if characters.find(node.value) is not None:
        found.append(_refused_character(node, path, doc, text))
    return node.value


#: In a double-quoted value, one escape (a backslash and what it stands for) or one character.
_QUOTED_UNIT = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|.", re.DOTALL)
#: The one-letter escapes of double-quoted YAML that stand for a character a value may not hold, or for a tab.
_ESCAPED = {"0": "\x00", "a": "\x07", "b": "\x08", "t": "\t", "v": "\x0b", "f": "\x0c", "e": "\x1b", "N": "\x85"}


def _refused_character(node: ScalarNode, path: KeyPath, doc: Document, text: str) -> Diagnostic:
    """BRF094 for a value holding a refused character, at the character (or its escape) in the file."""
    value = node.value
    first = characters.find(value)
    assert first is not None
    others = characters.count(value, first.end())
    start, end = _offset(text, node.start_mark), _offset(text, node.end_mark)
    at, escape = _first_refused_in_source(text, start, end, node.style == '"')
    line, column = _position_of(text, at if at is not None else start)
    more = f" (and {others} more in this value)" if others else ""
    written = f"the escape '{escape}'" if escape else "it"
    return Diagnostic(
        doc.display,
        line + doc.line_offset,
        column,
        "BRF094",
        f"{characters.describe(first.group())} is not allowed in text{more}",
        f"delete {written}: it shows as nothing on a page and makes the feed unreadable "
        "(text pasted from a PDF or a word processor can carry such characters unseen)",
        format_key_path(path),
    )


def _offset(text: str, mark: Any) -> int:
    """The index in ``text`` of a mark's line and column (the C and Python loaders count both alike)."""
    at = 0
    for _ in range(int(mark.line)):
        at = text.find("\n", at) + 1
        if at == 0:  # past the last line (never seen): the end of the text
            return len(text)
    return min(at + int(mark.column), len(text))


def _first_refused_in_source(text: str, start: int, end: int, quoted: bool) -> tuple[int | None, str]:
    """Where the first refused character of a value stands in ``text[start:end]``, and the escape writing it, if one.

    In double quotes a character may be written as an escape (``\\f``, ``\\uFFFE``); elsewhere it stands as itself.
    """
    if not quoted:
        found = characters.find(text, start, end)
        return (found.start() if found else None), ""
    for unit in _QUOTED_UNIT.finditer(text, start, end):
        written = unit.group()
        if len(written) == 1:
            meant = written
        elif written[1] in "xuU":
            meant = chr(int(written[2:], 16))
        else:
            meant = _ESCAPED.get(written[1], written[1])
        if characters.is_refused(meant):
            return unit.start(), written if len(written) > 1 else ""
    return None, ""


def _line_col(node: Node, doc: Document) -> tuple[int, int]:
    return node.start_mark.line + 1 + doc.line_offset, node.start_mark.column + 1


def _mark(node: Node, doc: Document) -> Mark:
    line, col = _line_col(node, doc)
    return Mark(line, col)


# --- Seed articles ---------------------------------------------------------------------


@dataclass
class SeedDocument:
    """A seed file: front matter (as a :class:`Document`) and the body, exactly as written."""

    path: Path
    front: Document
    body: str
    body_line: int


_FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)


def load_seed(path: Path, root: Path) -> tuple[SeedDocument | None, list[Diagnostic]]:
    """Read a seed: YAML front matter between ``---`` lines, then the article body."""
    text, found = read_text(path, root)
    if text is None:
        return None, found
    seed, more = parse_seed(text, path, relpath(path, root))
    return seed, found + more


def parse_seed(text: str, path: Path, display: str) -> tuple[SeedDocument | None, list[Diagnostic]]:
    """A seed's text (as :func:`read_text` gives it) split into front matter, parsed, and the body."""
    found: list[Diagnostic] = []
    match = _FRONT.match(text)
    if not match:
        found.append(
            Diagnostic(
                display,
                1,
                1,
                "BRF030",
                "front matter is not closed by a '---' line" if text.startswith("---\n") else "has no front matter",
                "add a line '---' after the last field"
                if text.startswith("---\n")
                else f"move the raw article out of seeds/, then: python -m generator import FILE ({path.name})",
            )
        )
        return None, found
    front, more = parse_yaml(match.group(1), display, path, line_offset=1)
    found += more
    if front is None:
        return None, found
    body = text[match.end() :]
    body_line = match.group(0).count("\n") + 1
    return SeedDocument(path, front, body, body_line), found + _refused_in_body(body, display, body_line)


def _refused_in_body(body: str, display: str, body_line: int) -> list[Diagnostic]:
    """BRF094 for the first refused character of a seed's body (as in YAML values), counting the others."""
    first = characters.find(body)
    if first is None:
        return []
    others = characters.count(body, first.end())
    more = f" (so {'is' if others == 1 else 'are'} {others} more in the article)" if others else ""
    line, column = _position_of(body, first.start())
    return [
        Diagnostic(
            display,
            body_line + line - 1,
            column,
            "BRF094",
            f"{characters.describe(first.group())} is not allowed in text{more}",
            "delete it: it shows as nothing on a page; a form feed (a PDF's page break) can become a blank line",
        )
    ]
