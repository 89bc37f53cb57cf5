"""Which files make a project, and reading the registries: briefing ids, reserved names, actors and outlets."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from generator.diagnostics import Diagnostic, relpath
from generator.inputs.load import Document
from generator.inputs.schema import (
    ID_PATTERN,
    MAX_ID_LENGTH,
    ActorRegistry,
    OutletRegistry,
)
from generator.inputs.slugs import slug
from generator.validate.common import _present, reserved
from generator.validate.inputs import OUTLETS, REGISTRY, REGISTRY_DIR, Inputs
from generator.validate.schema_errors import validated

if TYPE_CHECKING:
    from generator.validate.cache import SeedCache

#: the schema of a registry file
R = TypeVar("R", ActorRegistry, OutletRegistry)


def _check_briefing_id(path: Path, doc: Document) -> list[Diagnostic]:
    if not re.fullmatch(ID_PATTERN, path.stem):
        message, hint = (
            f"file name '{path.name}' is not a valid briefing id",
            f"rename it to {slug(path.stem)}{path.suffix}",
        )
    elif len(path.stem) > MAX_ID_LENGTH:
        message = f"file name '{path.name}' is too long for a briefing id (at most {MAX_ID_LENGTH} characters)"
        hint = "rename it to a shorter id"
    else:
        return reserved(doc, (), path.stem, "briefing")
    return [doc.diagnostic((), "BRF024", message, hint)]


def _one_file_per_briefing(paths: list[Path], root: Path) -> list[Diagnostic]:
    """A BRF047 error for each briefing file whose id another file (x.yaml beside x.yml) has too."""
    by_id: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        by_id[path.stem].append(path)
    return [
        Diagnostic(
            relpath(path, root),
            1,
            1,
            "BRF047",
            f"{' and '.join(relpath(p, root) for p in same)} are both briefing '{briefing_id}'",
            "keep one file: merge the other into it, or rename it to another id",
        )
        for briefing_id, same in by_id.items()
        if len(same) > 1
        for path in same[1:]
    ]


def registry_files(briefings: Path) -> list[Path]:
    """The actor registry's files that exist: ``briefings/actors.yaml``, then ``briefings/actors/*.yaml``."""
    files = [briefings / REGISTRY] if (briefings / REGISTRY).exists() else []
    folder = briefings / REGISTRY_DIR
    if folder.is_dir():
        files += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    return files


def is_registry_file(path: Path, briefings: Path) -> bool:
    """Whether ``path`` is (or would be) one of the actor registry's files, or the outlet registry."""
    return path in (briefings / REGISTRY, briefings / OUTLETS) or path.parent == briefings / REGISTRY_DIR


def _load_registry(inputs: Inputs, found: list[Diagnostic], cache: SeedCache) -> None:
    files = registry_files(inputs.project.briefings)
    if not files:
        found.append(
            Diagnostic(
                relpath(inputs.project.briefings / REGISTRY, inputs.project.root),
                1,
                1,
                "BRF070",
                "the actor registry is missing",
                "create briefings/actors.yaml (or files in briefings/actors/) with an 'actors:' list",
            )
        )
    for path in files:
        _load_registry_file(inputs, found, cache, path)


def _load_outlets(inputs: Inputs, found: list[Diagnostic], cache: SeedCache) -> None:
    path = inputs.project.briefings / OUTLETS
    if not path.exists():
        return
    doc, registry = _registry_file(inputs, found, cache, path, OutletRegistry)
    if doc is None or registry is None:
        inputs.outlets_unreadable = True
        return
    inputs.outlet_registry = doc
    for i, outlet in _present(registry.outlets):
        if outlet.id in inputs.outlets:
            found.append(
                doc.diagnostic(
                    ("outlets", i, "id"), "BRF044", f"outlet id '{outlet.id}' is used twice", "give each its own id"
                )
            )
        inputs.outlets.setdefault(outlet.id, outlet)


def _registry_file(
    inputs: Inputs, found: list[Diagnostic], cache: SeedCache, path: Path, model: type[R]
) -> tuple[Document | None, R | None]:
    """A registry file read and checked against its schema, its problems added to ``found``."""
    doc, more = cache.load_yaml(path, inputs.project.root)
    found += more
    registry, more = validated(doc, model) if doc is not None else (None, [])
    found += more
    return doc, registry


def _load_registry_file(inputs: Inputs, found: list[Diagnostic], cache: SeedCache, path: Path) -> None:
    doc, registry = _registry_file(inputs, found, cache, path, ActorRegistry)
    if doc is None or registry is None:
        inputs.registry_unreadable = True
        return
    inputs.registries.append(doc)
    raw_actors = doc.data.get("actors") if isinstance(doc.data, dict) else None
    if not isinstance(raw_actors, list):
        inputs.registry_unreadable = True
    for i, actor in enumerate(registry.actors or []):
        if actor is None:
            raw = raw_actors[i] if isinstance(raw_actors, list) else None
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                inputs.broken_actors.add(raw["id"])
            continue
        found += reserved(doc, ("actors", i, "id"), actor.id, "actor")
        if actor.id in inputs.actors:
            first, j = inputs.actor_places[actor.id]
            mark = first.mark(("actors", j, "id"))
            found.append(
                doc.diagnostic(
                    ("actors", i, "id"),
                    "BRF044",
                    f"actor id '{actor.id}' is used twice (first at {first.display}:{mark.line}:{mark.column})",
                    "give each actor its own id",
                )
            )
            continue
        inputs.actors[actor.id] = actor
        inputs.actor_places[actor.id] = (doc, i)
