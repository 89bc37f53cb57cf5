"""The JSON Schemas a project's files name for editors, written where their schema lines look.

``briefings schema`` writes them all (:func:`schema_files`, each through
:func:`schema_output`: never into the inputs, replacing only a schema of the same
title or with ``--force``). A command that writes a file carrying a schema line
(``briefings import``, ``briefings new``) writes the schemas that are missing beside
it with :func:`write_missing`, so the editor checks the file from the first time it is
opened; it never replaces a file that is there, even an older schema (``check`` warns
of that one, BRF131).
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.data import export
from generator.inputs.editor import SCHEMA_DIR, editor_schemas
from generator.validate import Project
from generator.writing import Output, inputs, write_files


def schema_files() -> dict[str, str]:
    """``{file name: JSON Schema text}`` for each annotation file kind, and for the exported dataset."""
    dataset = json.dumps(export.json_schema(), indent=2, ensure_ascii=False) + "\n"
    return {**editor_schemas(), "dataset.schema.json": dataset}


def schema_output(project: Project, title: str) -> Output:
    """How one schema is written: never into the inputs; replacing a schema of this title, or with --force."""

    def ours(head: bytes) -> bool:
        try:
            data = json.loads(head)
        except (ValueError, RecursionError):
            return False
        return isinstance(data, dict) and data.get("title") == title

    return Output(
        "schema",
        project.root,
        "choose another --out folder",
        inputs(project),
        ours=ours,
        ours_what="a schema this command wrote",
        head=4 << 20,  # read whole: the title comes last
    )


def write_missing(project: Project, folder: Path | None = None) -> list[str]:
    """Write the schemas missing from ``folder`` (default: ``schemas/`` beside the seeds); the names written.

    Raises :class:`~generator.writing.Refused` (nothing written) when the folder may not hold them, and
    ``OSError`` when writing fails.
    """
    folder = folder if folder is not None else project.seeds.parent / SCHEMA_DIR
    files = {name: text for name, text in schema_files().items() if not (folder / name).exists()}
    if not files:
        return []
    outputs = {name: schema_output(project, json.loads(text)["title"]) for name, text in files.items()}
    write_files(files, folder, outputs, force=False)
    return sorted(files)
