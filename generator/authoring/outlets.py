"""An imported article's outlet: the registry's id for it, and a new registry entry when it has none.

``check`` refuses a seed whose outlet the registry (``briefings/outlets.yaml``)
lacks, so an import either names an outlet the registry knows, registers it, or
leaves ``outlet`` out with a warning. Registering appends the entry to the file
as text, after everything in it, so its comments and order stay as they were;
the file is read back first and the entry is added only when the result parses
to exactly the old outlets plus the new one (else the outlet is left out, and
the warning gives the entry to paste). The country comes from the page's
metadata or its country-code domain, never a guess: without either it is left
out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic
from generator.inputs.editor import schema_line
from generator.inputs.load import read_text
from generator.vocabulary import OutletKind

#: The registry's file name inside ``briefings/``.
REGISTRY = "outlets.yaml"
_HEADER = schema_line("outlets") + "\n#\n# The publications the seeds come from.\n"
_KINDS = ", ".join(kind.value for kind in OutletKind if kind is not OutletKind.OTHER) + f" or {OutletKind.OTHER}"


@dataclass(frozen=True)
class NewOutlet:
    """An outlet to add to the registry: its entry's fields, and the file's text once it is added."""

    id: str
    name: str
    country: str | None
    url: str | None
    path: Path
    old: str | None
    new: str
    entry: str

    def line(self, dry_run: bool = False) -> str:
        """The line saying what was (or, on a dry run, would be) added."""
        where = f", country {self.country}" if self.country else ", no country found"
        done = "would be added" if dry_run else "added"
        return f"Outlet '{self.id}' ({self.name}{where}) {done} to briefings/{REGISTRY}; set its kind there."


def entry_text(outlet_id: str, name: str, country: str | None, url: str | None) -> str:
    """A registry entry in the file's own style: every string double-quoted, ``kind`` to be set."""
    lines = [f"  - id: {json.dumps(outlet_id)}", f"    name: {json.dumps(name, ensure_ascii=False)}"]
    if country:
        lines.append(f"    country: {json.dumps(country)}")
    lines.append(f"    kind: {json.dumps(OutletKind.OTHER.value)}  # set it: {_KINDS}")
    if url:
        lines.append(f"    url: {json.dumps(url)}")
    return "\n".join(lines) + "\n"


def known_outlets(briefings: Path) -> dict[str, str]:
    """The registry's ids by lower-cased id and name."""
    known: dict[str, str] = {}
    for item in _outlets(_read(briefings / REGISTRY, briefings.parent)) or []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            known[item["id"].lower()] = item["id"]
            if isinstance(item.get("name"), str):
                known[item["name"].strip().lower()] = item["id"]
    return known


def resolve_outlet(
    name: str | None, made_id: str, country: str | None, url: str | None, briefings: Path, register: bool
) -> tuple[str | None, NewOutlet | None, str | None]:
    """The seed's outlet id, the registry entry to add (``None``: none to add), and why the outlet is left out.

    A name or id the registry knows (any case) gives its id. Otherwise the new entry
    (its id ``made_id``, numbered when taken) is returned; with ``register`` and a file
    that takes it, the seed names it; else the seed leaves ``outlet`` out, and the reason says why.
    """
    if not name:
        return None, None, None
    known = known_outlets(briefings)
    if name.strip().lower() in known:
        return known[name.strip().lower()], None, None
    outlet_id = _free_id(made_id, known)
    entry = entry_text(outlet_id, name, country, url)
    path = briefings / REGISTRY
    why = _cannot_append(path, briefings.parent, entry) if register else "--no-register-outlet was given"
    old = _read(path, briefings.parent) if path.is_file() else None
    new = (old if old is not None and old.endswith("\n") else (old or _HEADER + "outlets:") + "\n") + entry
    added = NewOutlet(outlet_id, name, country, url, path, old, new, entry)
    return (outlet_id if why is None else None), added, why


def left_out(outlet: NewOutlet, why: str, display: str) -> Diagnostic:
    """The warning for an outlet left out of the seed, with the entry to paste."""
    message = f"outlet '{outlet.name}' is not in briefings/{REGISTRY}, so the seed leaves it out: {why}"
    hint = f"add it under 'outlets:' in briefings/{REGISTRY}, then outlet: \"{outlet.id}\" to the seed:\n{outlet.entry}"
    return Diagnostic(display, 1, 1, "BRF037", message, hint.rstrip("\n"))


def _free_id(outlet_id: str, known: dict[str, str]) -> str:
    """``outlet_id``, or with a number added when the registry has it for another name."""
    taken = set(known.values())
    n, candidate = 2, outlet_id
    while candidate in taken:
        candidate, n = f"{outlet_id}-{n}", n + 1
    return candidate


def _cannot_append(path: Path, root: Path, entry: str) -> str | None:
    """Why ``entry`` cannot be appended to the registry as text, or ``None`` when it can."""
    if not path.exists():
        return None
    old = _read(path, root)
    if old is None:
        return f"briefings/{REGISTRY} cannot be read"
    before = _outlets(old)
    if before is None:
        return f"briefings/{REGISTRY} has errors (python -m generator check lists them)"
    after = _outlets((old if old.endswith("\n") else old + "\n") + entry)
    if after is None or after[: len(before)] != before or len(after) != len(before) + 1:
        return f"its 'outlets:' list is not the last thing in briefings/{REGISTRY}, so an entry cannot be appended"
    return None


def _read(path: Path, root: Path) -> str | None:
    if not path.is_file():
        return None
    text, _ = read_text(path, root)
    return text


def _outlets(text: str | None) -> list[Any] | None:
    """The registry's list of outlets as YAML reads it; ``None`` when the text is not a registry."""
    if text is None:
        return None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    outlets = data.get("outlets") if isinstance(data, dict) else None
    return outlets if isinstance(outlets, list) else None
