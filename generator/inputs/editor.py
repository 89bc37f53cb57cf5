"""The line that tells an editor which JSON Schema a file follows, and the schemas it names.

A YAML editor that speaks the YAML language server's protocol (VS Code's YAML
extension, Neovim, Helix, …) reads a comment such as
``# yaml-language-server: $schema=../schemas/briefing.schema.json`` and checks the file
as it is typed against the schema at that path, relative to the file. The files
``briefings import`` and ``briefings new`` write carry the line; the schemas are what
``briefings schema`` writes into ``schemas/`` (:func:`editor_schemas`: one per kind of
annotation file). When the path names nothing, the editor says nothing either: it
validates nothing, silently. :func:`schema_reference` finds the line in a file's first
bytes, for the check that warns of it (:mod:`generator.validate.editors`).
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
from pathlib import Path

from generator.inputs.schema import SCHEMAS

#: The folder beside ``briefings/`` and ``seeds/`` the schemas are written into.
SCHEMA_DIR = "schemas"
#: How far into a file the line is looked for (it is the first line, or the front matter's first).
HEAD = 4096

_LINE = re.compile(rb"^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)", re.MULTILINE)


def schema_line(kind: str, depth: int = 1) -> str:
    """``# yaml-language-server: $schema=../schemas/<kind>.schema.json`` for a file ``depth`` folders down."""
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_DIR}/{kind}.schema.json"


@functools.cache
def editor_schemas() -> dict[str, str]:
    """``{file name: JSON Schema text}`` of each kind of annotation file, exactly as ``briefings schema`` writes it."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
        for name, model in SCHEMAS.items()
    }


def schema_reference(path: Path) -> tuple[int, str] | None:
    """The line number and the target of ``path``'s schema line (``None``: it has none, or it cannot be read)."""
    head = _head(path)
    found = _LINE.search(head)
    if found is None:
        return None
    try:
        target = found.group(1).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return head.count(b"\n", 0, found.start()) + 1, target


def local_target(path: Path, target: str) -> Path | None:
    """The file a schema line's ``target`` names, relative to ``path``'s folder; ``None`` for an address."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+:", target):  # a URI; a Windows drive letter is one letter
        return None
    return Path(os.path.normpath(path.parent / target))


def _head(path: Path) -> bytes:
    """The first :data:`HEAD` bytes of a regular file (``b""`` for anything else); never waits on a pipe."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return b""
    try:
        return os.read(fd, HEAD) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(fd)
