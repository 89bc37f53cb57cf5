"""Editor support: a schema line that names a schema an editor cannot use (BRF131, once a run).

A file's ``# yaml-language-server: $schema=…`` line (:mod:`generator.inputs.editor`) is
only as good as the file it names: when that file is missing, the editor checks nothing
and says nothing; when it is a schema of an older version, it checks the file against
rules the tool no longer has. One warning says so, at the first such file, with how many
others share the problem: the cure, ``briefings schema``, is one command for them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator import __version__
from generator.diagnostics import Diagnostic, relpath
from generator.inputs.editor import editor_schemas, local_target, schema_reference
from generator.inputs.load import Refused, read_bytes

HINT = "run: briefings schema (it writes the schemas of the installed version into schemas/)"


def schema_lines(root: Path, files: Iterable[Path]) -> list[Diagnostic]:
    """At most one BRF131 warning: the first of ``files`` whose schema line names a schema missing or out of date."""
    verdicts: dict[Path, str | None] = {}
    found: list[tuple[Path, int, str, str]] = []
    for path in files:
        reference = schema_reference(path)
        target = local_target(path, reference[1]) if reference else None
        if reference is None or target is None:
            continue
        if target not in verdicts:
            verdicts[target] = _problem(target)
        why = verdicts[target]
        if why is not None:
            found.append((path, reference[0], reference[1], why))
    if not found:
        return []
    path, line, named, why = found[0]
    others = len(found) - 1
    rest = f"; so does the schema line of {others} other file{'s' * (others != 1)}" if others else ""
    message = f"the schema line names {named}, which {why}{rest}"
    return [Diagnostic(relpath(path, root), line, 1, "BRF131", message, HINT)]


def _problem(schema: Path) -> str | None:
    """Why an editor cannot use the schema at ``schema`` (``None``: it can)."""
    try:
        text = read_bytes(schema)
    except FileNotFoundError:
        return "does not exist: an editor checks nothing in this file, silently"
    except (OSError, Refused):
        return "cannot be read as a file: an editor checks nothing in this file, silently"
    expected = editor_schemas().get(schema.name)
    if expected is not None and text != expected.encode("utf-8"):
        return f"is out of date with briefings {__version__}: an editor checks this file against other rules"
    return None
