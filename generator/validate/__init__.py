"""Stage 2, validate: raw documents to typed inputs plus every diagnostic, across all files.

Schema errors are mapped back onto the line and column of the offending key or
value. Then cross-file checks run: references between files, quotes against
their sources, relative dates, and the warnings that ``--strict`` turns into
failures. All problems are collected; nothing stops at the first.

The package, by concern: :mod:`.inputs` (what is read and handed on),
:mod:`.files` (which files make a project; the registries), :mod:`.cache`
(seeds and briefing files remembered by content), :mod:`.schema_errors`
(pydantic's errors mapped onto lines), and the cross-file checks:
:mod:`.references`, :mod:`.attribution`, :mod:`.datings`, :mod:`.assessment`,
joined in :mod:`.checker` with the warnings; and :mod:`.editors`, the schema lines editors follow.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.diagnostics import Diagnostic, relpath
from generator.validate.cache import Digests, SeedCache
from generator.validate.checker import Checker
from generator.validate.editors import schema_lines
from generator.validate.files import (
    _check_briefing_id,
    _load_outlets,
    _load_registry,
    _one_file_per_briefing,
    is_registry_file,
    registry_files,
)
from generator.validate.inputs import DRAFTS_DIR, OUTLETS, REGISTRY, REGISTRY_DIR, BriefingInput, Inputs, Project, Seed
from generator.validate.schema_errors import validated

# --- Entry point -----------------------------------------------------------------------


#: ``read(done, total)``: files read so far, of how many (seeds and briefings), for a progress bar.
Read = Callable[[int, int], None]


def validate(
    project: Project, seed_cache: SeedCache | None = None, read: Read | None = None
) -> tuple[Inputs, list[Diagnostic]]:
    """Read and check a whole project; returns the inputs and every diagnostic, unsorted.

    ``read``, when given, is told after each seed and briefing file is read.
    """
    inputs = Inputs(project)
    found: list[Diagnostic] = []
    for folder in (project.briefings, project.seeds):
        if not folder.is_dir():
            found.append(
                Diagnostic(
                    relpath(folder, project.root),
                    1,
                    1,
                    "BRF070",
                    "folder is missing",
                    f"create it: mkdir {relpath(folder, project.root)}",
                )
            )
    if found:
        return inputs, found
    cache = seed_cache if seed_cache is not None else SeedCache()
    seed_files = [
        path
        for path in sorted(project.seeds.iterdir())
        if not path.name.startswith(".") and path.name.lower() not in ("readme.md", "readme.txt")
    ]
    briefing_files = [
        path
        for path in sorted(project.briefings.iterdir())
        if path.name not in (REGISTRY, OUTLETS) and not path.name.startswith(".") and path.suffix in (".yaml", ".yml")
    ]
    tell = _counter(read, len(seed_files) + len(briefing_files))
    for path in seed_files:
        tell()
        seed, more = cache.load(path, project.root)
        found += more
        if seed is not None and seed.meta.id == path.stem:
            inputs.seeds[seed.meta.id] = seed
        else:  # its own errors are reported; references to it would only repeat them
            inputs.broken_seeds.update({path.stem, seed.meta.id} if seed else {path.stem})
    _load_registry(inputs, found, cache)
    _load_outlets(inputs, found, cache)
    found += _one_file_per_briefing(briefing_files, project.root)
    for path in briefing_files:
        tell()
        doc, more = cache.load_yaml(path, project.root)
        found += more
        if doc is not None:
            briefing, more = cache.briefing(path, doc)
            found += more
            if briefing is not None:
                inputs.briefings[path.stem] = BriefingInput(path.stem, briefing, doc)
                found += _check_briefing_id(path, doc)
    tell()  # every file read: the checks across files follow
    if not inputs.briefings and not any(d.path.startswith(relpath(project.briefings, project.root)) for d in found):
        found.append(
            Diagnostic(
                relpath(project.briefings, project.root),
                1,
                1,
                "BRF071",
                "no briefing files",
                "add briefings/<id>.yaml (see the README)",
            )
        )
    found += Checker(inputs, found).run()
    found += drafts_waiting(project)
    registries = [*registry_files(project.briefings), project.briefings / OUTLETS]
    found += schema_lines(project.root, [*seed_files, *registries, *briefing_files])
    return inputs, found


def _counter(read: Read | None, total: int) -> Callable[[], None]:
    """A function that tells ``read`` one more file is being read (does nothing without ``read``)."""
    done = 0

    def tell() -> None:
        nonlocal done
        if read is not None:
            read(done, total)
            done += 1

    return tell


def drafts_waiting(project: Project) -> list[Diagnostic]:
    """A BRF090 warning for each draft still in ``briefings/drafts/``: check --strict fails until it is dealt with."""
    folder = project.briefings / DRAFTS_DIR
    if not folder.is_dir():
        return []
    return [
        Diagnostic(
            relpath(path, project.root),
            1,
            1,
            "BRF090",
            "a draft is still waiting: nothing in it is published until it is copied into a briefing",
            "copy what you keep into a briefing and the actor registry, fill in every TODO, then delete the draft",
        )
        for path in sorted(folder.iterdir())
        if path.suffix in (".yaml", ".yml") and not path.name.startswith(".") and path.is_file()
    ]


__all__ = [
    "DRAFTS_DIR",
    "OUTLETS",
    "REGISTRY",
    "REGISTRY_DIR",
    "BriefingInput",
    "Digests",
    "Inputs",
    "Project",
    "Seed",
    "SeedCache",
    "drafts_waiting",
    "is_registry_file",
    "registry_files",
    "validate",
    "validated",
]
