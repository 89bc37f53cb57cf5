"""Stage 2, validate: raw documents to typed inputs plus every diagnostic, across all files.

Schema errors are mapped back onto the line and column of the offending key or
value. Then cross-file checks run: references between files, quotes against
their sources, relative dates, and the warnings that ``--strict`` turns into
failures. All problems are collected; nothing stops at the first.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import hashlib
import re
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import dates
from .dating import Basis, Dating
from .diagnostics import Diagnostic, Severity, relpath
from .importer import slug
from .load import MAX_LINE, Document, KeyPath, Refused, SeedDocument, load_seed, load_yaml, read_bytes
from .quotations import DIRECT_SHARE, Quotation, quotations, quoted_share
from .quotes import Match, SourceText, normalise
from .schema import (
    ID_PATTERN,
    MAX_ID_LENGTH,
    MIGRATIONS,
    OPPOSITE_STANCES,
    OUTLET_MIGRATION,
    RESERVED_IDS,
    SOURCE_PERIODS,
    Actor,
    ActorKind,
    ActorRegistry,
    Briefing,
    BriefingStatus,
    Claim,
    Evidence,
    EvidenceKind,
    Outlet,
    OutletKind,
    OutletRegistry,
    Position,
    Precision,
    QuestionStatus,
    Relation,
    SeedMeta,
    Stance,
    Standing,
    Statement,
    Tense,
    Via,
)

REGISTRY = "actors.yaml"
#: The outlet registry: the publications seeds name (optional).
OUTLETS = "outlets.yaml"
#: A folder of further registry files (``briefings/actors/<team>.yaml``), each with an ``actors:`` list.
REGISTRY_DIR = "actors"
#: Drafts by ``generator draft``, inside briefings/ but never read as briefings (only files directly in it are)
DRAFTS_DIR = "drafts"


@dataclass(frozen=True)
class Project:
    """Where a project's inputs live."""

    root: Path
    briefings: Path
    seeds: Path

    @classmethod
    def at(cls, root: Path | str) -> Project:
        root = Path(root)
        return cls(root, root / "briefings", root / "seeds")


@dataclass
class Seed:
    """A validated seed article."""

    meta: SeedMeta
    doc: Document
    body: str
    display: str
    #: where each quote found so far stands in the body, by its normalised form: kept with the seed
    #: (while its file is unchanged, also between runs), so a rebuild looks up only new quotes
    quotes: dict[str, Match] = field(default_factory=dict)

    @functools.cached_property
    def text(self) -> SourceText:
        """The body indexed for quote lookups, built when a quote not seen before is looked up."""
        return SourceText(self.body)

    def find(self, quote: str) -> Match | None:
        """Where ``quote`` stands in the body, or ``None``."""
        key = normalise(quote)
        match = self.quotes.get(key)
        if match is None:
            match = self.text.find(quote)
            if match is not None:
                self.quotes[key] = match
        return match

    @property
    def when(self) -> dates.When | None:
        """The publication date as stated, else as inferred (with its precision), else ``None``."""
        if self.meta.published:
            return dates.When(self.meta.published)
        inferred = self.meta.inferred_date
        return dates.with_precision(dates.When(inferred.date), inferred.precision) if inferred else None

    @property
    def date(self) -> dt.date | None:
        return self.when.date if self.when else None

    @functools.cached_property
    def quotations(self) -> list[Quotation]:
        """The stretches of the body inside quotation marks (worked out once, when first needed)."""
        return quotations(self.body)


@dataclass
class BriefingInput:
    id: str
    briefing: Briefing
    doc: Document


@dataclass
class Inputs:
    """Everything read and checked; the model stage links it (only when there is no error)."""

    project: Project
    seeds: dict[str, Seed] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    #: the actor registry's files that could be read (``actors.yaml`` and ``actors/*.yaml``)
    registries: list[Document] = field(default_factory=list)
    #: where each actor is defined: its registry file and index in its ``actors:`` list
    actor_places: dict[str, tuple[Document, int]] = field(default_factory=dict)
    briefings: dict[str, BriefingInput] = field(default_factory=dict)
    #: where each quoted passage stands: (source id, normalised quote) → offsets
    passages: dict[tuple[str, str], Match] = field(default_factory=dict)
    #: seeds whose file exists but has errors: references to them are not reported again
    broken_seeds: set[str] = field(default_factory=set)
    #: actors whose registry entry has errors (or every actor, when the registry cannot be read)
    broken_actors: set[str] = field(default_factory=set)
    registry_unreadable: bool = False
    #: when things were said or happened: (briefing id, "positions" | "timeline", index[, other date]) → dating
    datings: dict[tuple[str | int, ...], Dating] = field(default_factory=dict)
    #: the outlets sources come from (``briefings/outlets.yaml``), by id
    outlets: dict[str, Outlet] = field(default_factory=dict)
    outlet_registry: Document | None = None
    outlets_unreadable: bool = False


# --- Entry point -----------------------------------------------------------------------


def validate(project: Project, seed_cache: SeedCache | None = None) -> tuple[Inputs, list[Diagnostic]]:
    """Read and check a whole project; returns the inputs and every diagnostic, unsorted."""
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
    for path in sorted(project.seeds.iterdir()):
        if path.name.startswith(".") or path.name.lower() in ("readme.md", "readme.txt"):
            continue
        seed, more = cache.load(path, project.root)
        found += more
        if seed is not None and seed.meta.id == path.stem:
            inputs.seeds[seed.meta.id] = seed
        else:  # its own errors are reported; references to it would only repeat them
            inputs.broken_seeds.update({path.stem, seed.meta.id} if seed else {path.stem})
    _load_registry(inputs, found, cache)
    _load_outlets(inputs, found, cache)
    briefing_files = [
        path
        for path in sorted(project.briefings.iterdir())
        if path.name not in (REGISTRY, OUTLETS) and not path.name.startswith(".") and path.suffix in (".yaml", ".yml")
    ]
    found += _one_file_per_briefing(briefing_files, project.root)
    for path in briefing_files:
        doc, more = cache.load_yaml(path, project.root)
        found += more
        if doc is not None:
            briefing, more = cache.briefing(path, doc)
            found += more
            if briefing is not None:
                inputs.briefings[path.stem] = BriefingInput(path.stem, briefing, doc)
                found += _check_briefing_id(path, doc)
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
    return inputs, found


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


#: For each kind of id: the list its pages' folder index shows, and how to choose another id.
_RESERVED_FOR = {
    "briefing": ("briefings/{id}.md is the list of all briefings", "rename the file, e.g. to {id}-briefing.yaml"),
    "actor": (
        "actors/{id}.md is the list of all actors",
        "choose another id, e.g. '{id}-actor', and change the references to it",
    ),
    "seed": (
        "sources/{id}.md is the list of all sources",
        "choose another id, e.g. '{id}-source', for both the id and the file name, and change the references to it",
    ),
}


def reserved(doc: Document, path: KeyPath, value: str, kind: str) -> list[Diagnostic]:
    """A BRF046 error when ``value`` is an id no ``kind`` (briefing, actor, seed) may have."""
    if kind == "seed" and SOURCE_PERIODS.fullmatch(value):
        message = f"id '{value}' is reserved: sources/{value}.md is a page of the list of sources by period"
        hint = f"choose another id, e.g. '{value}-source', for both the id and the file name"
        return [doc.diagnostic(path, "BRF046", message, hint + ", and change the references to it")]
    if value not in RESERVED_IDS:
        return []
    page, hint = (text.format(id=value) for text in _RESERVED_FOR[kind])
    return [doc.diagnostic(path, "BRF046", f"id '{value}' is reserved: {page}", hint)]


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
    doc, more = cache.load_yaml(path, inputs.project.root)
    found += more
    registry, more = validated(doc, OutletRegistry) if doc is not None else (None, [])
    found += more
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


def _load_registry_file(inputs: Inputs, found: list[Diagnostic], cache: SeedCache, path: Path) -> None:
    doc, more = cache.load_yaml(path, inputs.project.root)
    found += more
    registry, more = validated(doc, ActorRegistry) if doc is not None else (None, [])
    found += more
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


# --- Seeds, cached by content ----------------------------------------------------------


T = TypeVar("T")


class Digests:
    """Content digests of files, each file read and hashed once per build.

    Always the content, never a modification time or size: an edit that keeps the
    size and puts the old time back (``git checkout``, ``rsync``, some editors) is
    seen. Hashing every input costs about 0.02 s at 1,000 articles (see
    docs/performance.md), far less than reading or rendering anything again.
    """

    def __init__(self) -> None:
        self._known: dict[Path, str | None] = {}

    def of(self, path: Path) -> str | None:
        """The file's digest, or ``None`` when it cannot be read (it is then never taken from a cache)."""
        if path not in self._known:
            try:  # the type and size checked before reading, and at most the limit read, as for every input
                self._known[path] = hashlib.sha1(read_bytes(path)).hexdigest()
            except (OSError, Refused):
                self._known[path] = None
        return self._known[path]


class SeedCache:
    """Parsed seeds and briefing files keyed by their content: a rebuild reads again only what changed.

    :class:`~generator.build.Incremental` keeps it between rebuilds while serving,
    and between runs in the project's ``.cache/`` folder.
    """

    def __init__(self) -> None:
        self.digests = Digests()
        #: per kind of result: path → (content digest, result, its diagnostics)
        self._kept: dict[str, dict[Path, tuple[str, Any, list[Diagnostic]]]] = defaultdict(dict)

    def kept(self, kind: str) -> dict[Path, tuple[str, Any, list[Diagnostic]]]:
        """What is remembered of one kind (``seed``, ``yaml``, ``briefing``): path → (digest, result, diagnostics)."""
        return self._kept[kind]

    def new_build(self) -> None:
        """Forget the digests of the last build: every file is read and hashed again."""
        self.digests = Digests()

    def _remembered(
        self, kind: str, path: Path, key: str | None, work: Callable[[], tuple[T, list[Diagnostic]]]
    ) -> tuple[T, list[Diagnostic]]:
        """``work()``, or what it gave last time for the same content of ``path`` (``key`` ``None``: never kept)."""
        hit = self._kept[kind].get(path)
        if hit and key is not None and hit[0] == key:
            return hit[1], list(hit[2])
        result, found = work()
        if key is not None:
            self._kept[kind][path] = (key, result, list(found))
        return result, found

    def load(self, path: Path, root: Path) -> tuple[Seed | None, list[Diagnostic]]:
        return self._remembered("seed", path, self.digests.of(path), lambda: _load_seed(path, root))

    def load_yaml(self, path: Path, root: Path) -> tuple[Document | None, list[Diagnostic]]:
        """:func:`~generator.load.load_yaml`, remembered the same way (for briefing files and the registry)."""
        return self._remembered("yaml", path, self.digests.of(path), lambda: load_yaml(path, root))

    def briefing(self, path: Path, doc: Document) -> tuple[Briefing | None, list[Diagnostic]]:
        """The briefing file's schema check (after :meth:`load_yaml`), remembered the same way."""
        key = self._kept["yaml"].get(path, (None,))[0]
        return self._remembered("briefing", path, key, lambda: validated(doc, Briefing))


def _load_seed(path: Path, root: Path) -> tuple[Seed | None, list[Diagnostic]]:
    if path.suffix != ".md" and not path.is_dir():
        display = relpath(path, root)
        return None, [
            Diagnostic(
                display,
                1,
                1,
                "BRF030",
                "is not a seed (seeds are .md files with front matter)",
                f"move it out of seeds/, then: python -m generator import FILE ({path.name})",
            )
        ]
    raw, found = load_seed(path, root)
    if raw is None:
        return None, found
    meta, more = validated(raw.front, SeedMeta)
    found += more
    if meta is None or more:
        return None, found
    found += _check_seed(raw, meta)
    return Seed(meta, raw.front, raw.body, raw.front.display), found


def _check_seed(raw: SeedDocument, meta: SeedMeta) -> list[Diagnostic]:
    found = []
    if meta.id != raw.path.stem:
        found.append(
            raw.front.diagnostic(
                ("id",),
                "BRF031",
                f"id '{meta.id}' differs from the file name '{raw.path.name}'",
                f'set id: "{raw.path.stem}", or rename the file to {meta.id}.md',
            )
        )
    found += reserved(raw.front, ("id",), meta.id, "seed")
    if meta.published and meta.inferred_date:
        found.append(
            raw.front.diagnostic(
                ("inferred_date",),
                "BRF026",
                "a seed with a published date needs no inferred_date",
                "remove inferred_date",
            )
        )
    return found + _long_lines(raw)


def _long_lines(raw: SeedDocument) -> list[Diagnostic]:
    """BRF015 for the first line of the body over :data:`MAX_LINE` characters, counting the others."""
    lengths = [len(line) for line in raw.body.split("\n")]
    long = [n for n, size in enumerate(lengths) if size > MAX_LINE]
    if not long:
        return []
    others = len(long) - 1
    more = f" (so {'is' if others == 1 else 'are'} {others} more line{'s' * (others != 1)})" if others else ""
    return [
        Diagnostic(
            raw.front.display,
            raw.body_line + long[0],
            MAX_LINE + 1,
            "BRF015",
            f"line is {lengths[long[0]]:,} characters long, over the limit of {MAX_LINE:,}{more}",
            "break it into paragraphs (one per line) where the article does; a line this long is "
            "usually text pasted without its line breaks",
        )
    ]


# --- Schema errors, mapped back onto the file --------------------------------------------


def validated(doc: Document, model: type[Any]) -> tuple[Any, list[Diagnostic]]:
    """The model for a document, or a best-effort partial one plus the schema diagnostics."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        found = [schema_diagnostic(doc, model, err) for err in exc.errors()]
        return _salvage(model, doc.data), found


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def _at(model: Any, loc: KeyPath) -> Any:
    """The type at a location inside a model, following fields and list items."""
    current = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            if typing.get_origin(current) is not list or not args:
                return None
            current = args[0]
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return None
    return _unwrap(current)


def _field(model: Any, loc: KeyPath) -> Any:
    parent = _at(model, loc[:-1])
    if isinstance(parent, type) and issubclass(parent, BaseModel) and loc and loc[-1] in parent.model_fields:
        return parent.model_fields[str(loc[-1])]
    return None


def close(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word``, if any is close enough to suggest."""
    found = difflib.get_close_matches(str(word), list(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


_EXPECTED = {
    "string_type": "text",
    "list_type": "a list (lines starting with '- ')",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "dict_type": "a mapping (key: value lines)",
    "enum": "one of the allowed words",
}


def schema_diagnostic(doc: Document, model: Any, err: Any) -> Diagnostic:
    """One pydantic error as a located, plain-language diagnostic."""
    loc: KeyPath = tuple(err["loc"])
    kind, value = err["type"], err.get("input")
    name = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    info = _field(model, loc)
    about = f" ({info.description.rstrip('.')})" if info is not None and info.description else ""
    example = (
        f', e.g. "{info.examples[0]}"'
        if info is not None and info.examples and isinstance(info.examples[0], str)
        else ""
    )
    parent = _at(model, loc[:-1])
    change = MIGRATIONS.get((getattr(parent, "__name__", ""), name)) if kind in ("missing", "extra_forbidden") else None
    if change:
        if kind == "missing":
            return doc.diagnostic(
                loc[:-1], "BRF080", f"'{name}' is required since the annotation format changed", change
            )
        return doc.diagnostic(loc, "BRF080", f"'{name}' belongs to an older annotation format", change, key=True)
    if kind == "extra_forbidden":
        allowed = list(parent.model_fields) if isinstance(parent, type) and issubclass(parent, BaseModel) else []
        guess = close(name, allowed)
        hint = f"did you mean '{guess}'?" if guess else f"the keys allowed here are: {', '.join(allowed)}"
        return doc.diagnostic(loc, "BRF020", f"unknown key '{name}'", hint, key=True)
    if kind == "missing":
        example = (
            f', e.g. {name}: "{info.examples[0]}"'
            if info is not None and info.examples and isinstance(info.examples[0], str)
            else ""
        )
        return doc.diagnostic(loc[:-1], "BRF021", f"missing required key '{name}'", f"add '{name}:'{about}{example}")
    if kind == "enum":
        choices = [e.value for e in _at(model, loc)]
        guess = close(str(value), choices)
        hint = f"did you mean '{guess}'?" if guess else f"use one of: {', '.join(choices)}"
        return doc.diagnostic(loc, "BRF023", f"'{value}' is not one of: {', '.join(choices)}", hint)
    if kind == "string_pattern_mismatch" and loc == ("outlet",) and model is SeedMeta:
        return doc.diagnostic(
            loc,
            "BRF080",
            f"'{value}' is not an outlet id",
            f'{OUTLET_MIGRATION}, e.g. outlet: "{slug(str(value))}" with, in briefings/{OUTLETS}:\n'
            f'  - id: "{slug(str(value))}"\n    name: "{value}"\n    kind: "newspaper"',
        )
    if kind == "string_pattern_mismatch":
        if err.get("ctx", {}).get("pattern") == ID_PATTERN:
            return doc.diagnostic(
                loc,
                "BRF024",
                f"'{value}' is not a valid id",
                f"ids use lower-case letters, digits and hyphens, e.g. '{slug(str(value))}'",
            )
        return doc.diagnostic(loc, "BRF026", f"'{value}' is not in the expected form", f"expected{about}{example}")
    if kind == "string_too_long":
        limit = err.get("ctx", {}).get("max_length")
        return doc.diagnostic(loc, "BRF026", f"'{name}' is too long (at most {limit} characters)", "shorten it")
    if kind.startswith("date") or kind == "date_format":
        return doc.diagnostic(
            loc,
            "BRF025",
            err["msg"] if kind == "date_format" else f"'{value}' is not a date",
            'write the date as YYYY-MM-DD, in quotes, e.g. "2025-09-05"',
        )
    if kind == "too_short":
        return doc.diagnostic(loc, "BRF026", f"'{name}' needs at least one item", f"add an item{about}")
    if kind == "string_too_short" or (value is None and kind in _EXPECTED):
        return doc.diagnostic(
            loc,
            "BRF022",
            f"'{name or 'value'}' is empty",
            f"write a value after the colon{about}; leave the key out if it is optional",
        )
    if kind in _EXPECTED:
        where = f"'{name}' expects" if name else "expected"
        return doc.diagnostic(
            loc,
            "BRF022",
            f"{where} {_EXPECTED[kind]}, found {_describe(value)}",
            f"check the indentation and the value{about}",
        )
    return doc.diagnostic(loc, "BRF026", err["msg"], f"check the value{about}")


def _salvage(model: Any, data: Any) -> Any:
    """A partial model from the valid parts of a file, so cross-file checks still run.

    List items that fail are kept as ``None`` so indices still match the file.
    """
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation = _unwrap(info.annotation)
        is_list = typing.get_origin(annotation) is list
        raw = data.get(name)
        item = _unwrap(typing.get_args(annotation)[0]) if is_list else None
        if is_list and isinstance(raw, list) and isinstance(item, type) and issubclass(item, BaseModel):
            values[name] = [_try(item, x) for x in raw]
            continue
        empty: Any = [] if is_list else None
        try:
            if name in data:
                values[name] = TypeAdapter(info.annotation).validate_python(raw)
            else:
                values[name] = empty if info.is_required() else info.get_default(call_default_factory=True)
        except (ValidationError, TypeError):
            values[name] = empty
    return model.model_construct(**values)


def _try(model: Any, data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError:
        return None


# --- Cross-file checks -----------------------------------------------------------------


class Checker:
    """Checks between files: references, quotes, dates, and the warnings."""

    def __init__(self, inputs: Inputs, earlier: list[Diagnostic] | None = None) -> None:
        self.inputs = inputs
        self.found: list[Diagnostic] = []
        #: errors found while loading: "never used / never cited" would be guesses then
        self.earlier_errors = any(d.severity is Severity.ERROR for d in earlier or [])
        #: per reference code, values not to report (their target has errors of its own)
        self.skip: dict[str, set[str]] = {"BRF042": inputs.broken_seeds, "BRF040": inputs.broken_actors}
        self.used_actors: set[str] = set()
        self.cited: set[str] = set()
        #: (source, normalised quote, issue) → stances it backs on that issue's proposition, with where
        self.quote_stances: dict[tuple[str, str, str], list[tuple[Any, Document, KeyPath]]] = defaultdict(list)
        #: (source, normalised quote) → (actor holding the position, speaker given?, where) for each use
        self.quote_holders: dict[tuple[str, str], list[tuple[str, bool, Document, KeyPath]]] = defaultdict(list)
        #: unknown actors whose registry entry to paste was shown, and where
        self.entries_shown: dict[str, str] = {}
        #: in the briefing being checked: each source cited but not listed in its sources → where
        self.unlisted: dict[str, list[KeyPath]] = defaultdict(list)
        self._alias_ids = {
            slug(alias, 20): actor.id for actor in inputs.actors.values() for alias in (actor.name, *actor.aliases)
        }

    def run(self) -> list[Diagnostic]:
        self._registry()
        self._outlets()
        for b in self.inputs.briefings.values():
            self._briefing(b)
        self._opposite_stances()
        self._shared_passages()
        if not self.earlier_errors and not any(d.severity is Severity.ERROR for d in self.found):
            self._unused()
        return self.found

    # references

    def actor(self, doc: Document, path: KeyPath, actor_id: str) -> bool:
        """Whether the actor exists (then it counts as used); an unknown one is reported once here."""
        if actor_id in self.inputs.actors:
            self.used_actors.add(actor_id)
            return True
        if self.inputs.registry_unreadable or actor_id in self.inputs.broken_actors:
            return False  # the registry's own errors are reported already
        guess = self._alias_ids.get(actor_id) or close(actor_id, self.inputs.actors)
        if guess:
            hint = f"did you mean '{guess}'?"
        elif actor_id in self.entries_shown:  # the entry to paste is shown once per actor
            hint = f"add it to the actor registry (an entry to paste is shown at {self.entries_shown[actor_id]})"
        else:
            hint = _new_actor_entry(actor_id)
            mark = doc.mark(path)
            self.entries_shown[actor_id] = f"{doc.display}:{mark.line}"
        self.found.append(doc.diagnostic(path, "BRF040", f"unknown actor '{actor_id}'", hint))
        return False

    def _known(
        self, doc: Document, path: KeyPath, value: str, known: Iterable[str], code: str, what: str, where: str
    ) -> bool:
        if isinstance(known, (dict, set, frozenset)) and value in known:
            return True  # a hashed lookup: listing thousands of seeds for every quote would be quadratic
        known = list(known)
        if value in known:
            return True
        if value in self.skip.get(code, ()):
            return False  # the referenced item has errors of its own, reported already
        guess = close(value, known)
        hint = f"did you mean '{guess}'?" if guess else f"add it to {where}" if known else f"define it in {where}"
        self.found.append(doc.diagnostic(path, code, f"unknown {what} '{value}'", hint))
        return False

    def _registry(self) -> None:
        for actor_id, (doc, i) in self.inputs.actor_places.items():
            actor = self.inputs.actors[actor_id]
            if actor.affiliation:
                self.actor(doc, ("actors", i, "affiliation"), actor.affiliation)
            for j, rel in enumerate(actor.relations):
                here = ("actors", i, "relations", j)
                self.actor(doc, (*here, "actor"), rel.actor)
                self.evidence(doc, None, here, rel.evidence)
                if not rel.evidence and not rel.background:
                    self.found.append(
                        doc.diagnostic(
                            here,
                            "BRF068",
                            f"relation '{rel.relation.value} {rel.actor}' has neither evidence nor a background note",
                            "add 'evidence:' with the words of a source that show it, or 'background:' saying what "
                            "knowledge outside the sources it rests on",
                        )
                    )

    def evidence(self, doc: Document, b: Briefing | None, path: KeyPath, items: Sequence[Evidence]) -> None:
        """Check each item's source and quote; ``b``: the briefing whose ``sources:`` must list the source."""
        for i, ev in enumerate(items):
            here = (*path, "evidence", i)
            if not self._known(
                doc,
                (*here, "source"),
                ev.source,
                self.inputs.seeds,
                "BRF042",
                "source",
                "seeds/ (python -m generator import FILE)",
            ):
                continue
            if b is not None and b.sources and ev.source not in b.sources:
                self.unlisted[ev.source].append((*here, "source"))
            self.cited.add(ev.source)
            self.quote(doc, here, ev)

    def quote(self, doc: Document, path: KeyPath, ev: Evidence) -> Match | None:
        seed = self.inputs.seeds[ev.source]
        key = (ev.source, normalise(ev.quote))
        if key in self.inputs.passages:
            return self.inputs.passages[key]
        match = seed.find(ev.quote)
        if match is None:
            passage, difference = seed.text.closest(ev.quote)
            self.found.append(
                doc.diagnostic(
                    (*path, "quote"),
                    "BRF050",
                    f"quote not found in source '{ev.source}'",
                    f'closest passage: "{passage}"\n{difference}; copy the words exactly from {seed.display}',
                )
            )
            return None
        self.inputs.passages[key] = match
        return match

    def _briefing(self, b: BriefingInput) -> None:
        br, doc = b.briefing, b.doc
        self.unlisted.clear()
        for i, source in enumerate(br.sources or []):
            self._known(
                doc,
                ("sources", i),
                source,
                self.inputs.seeds,
                "BRF042",
                "source",
                "seeds/ (python -m generator import FILE)",
            )
        self.skip["BRF041"] = _ids_of_broken(doc, "issues", br.issues or [])
        issue_ids = self._unique(doc, "issues", br.issues or [])
        question_ids = self._unique(doc, "questions", br.questions or [])
        self._unique(doc, "claims", br.claims or [])
        self._unique(doc, "sides", br.sides or [])
        self._unique(doc, "positions", [p for p in br.positions or [] if p is None or p.id])
        self._unique(doc, "timeline", [e for e in br.timeline or [] if e is None or e.id])
        self._sides(b)
        for i, p in _present(br.positions):
            here: KeyPath = ("positions", i)
            self.actor(doc, (*here, "actor"), p.actor)
            self._known(doc, (*here, "issue"), p.issue, issue_ids, "BRF041", "issue", "'issues:' in this file")
            self.evidence(doc, br, here, p.evidence)
            self._statements(doc, here, p.evidence, p.actor)
            for ev in p.evidence:
                key = (ev.source, normalise(ev.quote))
                self.quote_stances[(*key, p.issue)].append((p.stance, doc, (*here, "stance")))
                self.quote_holders[key].append((p.actor, ev.speaker is not None, doc, (*here, "evidence")))
            self._conditions(doc, here, p, issue_ids, question_ids)
            self._framing_only(doc, here, p.evidence)
            dating = self._dating(b, here, p.said_on, p.evidence, said=True)
            if dating is not None:
                self.inputs.datings[(b.id, "positions", i)] = dating
            if dating is not None and br.as_of and dating.when.surely_after(dates.When(br.as_of)):
                self.found.append(
                    doc.diagnostic(
                        (*here, "said_on") if p.said_on else here,
                        "BRF065",
                        f"position dated {dating.text} is after the briefing's as_of {br.as_of}",
                        "correct the date, or move the briefing's as_of forward",
                    )
                )
        for i, q in _present(br.questions):
            for j, actor_id in enumerate(q.actors):
                self.actor(doc, ("questions", i, "actors", j), actor_id)
            if q.issue:
                self._known(
                    doc, ("questions", i, "issue"), q.issue, issue_ids, "BRF041", "issue", "'issues:' in this file"
                )
            if q.status is QuestionStatus.ANSWERED and q.answer is None:
                self.found.append(
                    doc.diagnostic(
                        ("questions", i, "status"),
                        "BRF051",
                        "an answered question needs an answer with evidence",
                        "add 'answer:' with summary and evidence, or set status: open",
                    )
                )
            if q.answer is not None:
                self.evidence(doc, br, ("questions", i, "answer"), q.answer.evidence)
            if q.status is QuestionStatus.OPEN and not q.actors:
                self.found.append(
                    doc.diagnostic(
                        ("questions", i),
                        "BRF062",
                        "open question names no actor",
                        "add 'actors:' with whose moves would settle it",
                    )
                )
        for i, e in _present(br.timeline):
            for j, actor_id in enumerate(e.actors):
                self.actor(doc, ("timeline", i, "actors", j), actor_id)
            self.evidence(doc, br, ("timeline", i), e.evidence)
            self._event_dating(b, i)
        self._look_alike_events(b)
        for i, c in _present(br.claims):
            self._claim(b, i, c, issue_ids)
        self._judgements(b, issue_ids, question_ids)
        self._editions(b)
        self._horizons(b)
        self._unlisted(doc)

    def _sides(self, b: BriefingInput) -> None:
        on_side: dict[str, str] = {}
        for i, side in _present(b.briefing.sides):
            for j, actor_id in enumerate(side.actors):
                self.actor(b.doc, ("sides", i, "actors", j), actor_id)
                if actor_id in on_side and on_side[actor_id] != side.id:
                    self.found.append(
                        b.doc.diagnostic(
                            ("sides", i, "actors", j),
                            "BRF081",
                            f"actor '{actor_id}' is on two sides: '{on_side[actor_id]}' and '{side.id}'",
                            "put each actor on one side only",
                        )
                    )
                on_side.setdefault(actor_id, side.id)

    # attribution

    def _statements(self, doc: Document, path: KeyPath, items: list[Statement], holder: str | None) -> None:
        """Speakers and go-betweens exist and speak for ``holder``; the kind matches the source's quotation marks."""
        for i, ev in enumerate(items):
            here = (*path, "evidence", i)
            if ev.speaker:
                self.actor(doc, (*here, "speaker"), ev.speaker)
                if holder and not self._speaks_for(ev.speaker, holder):
                    self.found.append(
                        doc.diagnostic(
                            (*here, "speaker"),
                            "BRF055",
                            f"'{ev.speaker}' does not speak for '{holder}'",
                            f"file the position under '{ev.speaker}', or add to '{ev.speaker}' in the registry a "
                            f"relation 'speaks-for' or 'leads' to '{holder}', with its evidence",
                        )
                    )
            if ev.via is not None:
                self._via(doc, (*here, "via"), ev.via, ev.speaker or holder)
            self._kind(doc, here, ev)

    def _via(self, doc: Document, path: KeyPath, via: Via, speaker: str | None) -> None:
        if via.actor and via.unnamed:
            self.found.append(
                doc.diagnostic(
                    path,
                    "BRF026",
                    "a go-between is either named ('actor:') or unnamed ('unnamed:'), not both",
                    "keep 'actor:' when the source names them, 'unnamed:' when it does not",
                )
            )
        if not (via.actor or via.unnamed or via.to):
            self.found.append(
                doc.diagnostic(path, "BRF026", "'via' says nothing", "give 'actor:', 'unnamed:' or 'to:', or remove it")
            )
        if via.actor:
            self.actor(doc, (*path, "actor"), via.actor)
            if speaker and not self._speaks_for(via.actor, speaker):
                self.found.append(
                    doc.diagnostic(
                        (*path, "actor"),
                        "BRF055",
                        f"'{via.actor}' does not speak for '{speaker}'",
                        f"add to '{via.actor}' in the registry a relation 'speaks-for' to '{speaker}', with its "
                        "evidence, or set 'speaker:' to whom they speak for",
                    )
                )

    def _speaks_for(self, speaker: str, holder: str) -> bool:
        """Whether ``speaker`` is ``holder`` or speaks for it through a chain of ``speaks-for`` and ``leads``."""
        if speaker == holder or speaker not in self.inputs.actors or holder not in self.inputs.actors:
            return True  # an unknown actor is reported already
        seen, todo = {speaker}, [speaker]
        while todo:
            actor = self.inputs.actors.get(todo.pop())
            for rel in actor.relations if actor else ():
                if rel.relation in (Relation.SPEAKS_FOR, Relation.LEADS) and rel.actor not in seen:
                    if rel.actor == holder:
                        return True
                    seen.add(rel.actor)
                    todo.append(rel.actor)
        return False

    def _kind(self, doc: Document, path: KeyPath, ev: Statement) -> None:
        """``direct`` only for words in quotation marks in the source; words all in quotation marks are direct."""
        seed = self.inputs.seeds.get(ev.source)
        match = self.inputs.passages.get((ev.source, normalise(ev.quote)))
        if seed is None or match is None:
            return
        share = quoted_share(seed.body, seed.quotations, match.start, match.end)
        if ev.kind is EvidenceKind.DIRECT and share < DIRECT_SHARE:
            self.found.append(
                doc.diagnostic(
                    (*path, "kind"),
                    "BRF056",
                    "these words are not in quotation marks in the source"
                    if share == 0
                    else f"only {share:.0%} of these words are in quotation marks in the source",
                    "quote only the words inside the quotation marks, or set kind: reported (the source's account "
                    "of what was said) or framing (the source's own words)",
                )
            )
        elif ev.kind is not EvidenceKind.DIRECT and share >= DIRECT_SHARE:
            self.found.append(
                doc.diagnostic(
                    (*path, "kind"),
                    "BRF056",
                    f"these words are the speaker's own, in quotation marks in the source, not '{ev.kind.value}'",
                    "set kind: direct",
                )
            )

    def _framing_only(self, doc: Document, path: KeyPath, items: list[Statement]) -> None:
        if items and all(ev.kind is EvidenceKind.FRAMING for ev in items):
            self.found.append(
                doc.diagnostic(
                    (*path, "evidence"),
                    "BRF066",
                    "the position rests only on the source's own framing, not on anything the actor said",
                    "add a statement of the actor's (kind: direct or reported), or record the framing as a claim "
                    "or an event instead of a position",
                )
            )

    def _conditions(
        self, doc: Document, path: KeyPath, p: Position, issue_ids: set[str], question_ids: set[str]
    ) -> None:
        if p.conditions and p.stance is Stance.SUPPORTS:
            self.found.append(
                doc.diagnostic(
                    (*path, "stance"),
                    "BRF054",
                    "'supports' means without conditions, but this position has conditions",
                    "set stance: conditional, or remove the conditions if the actor attached none",
                )
            )
        for j, c in enumerate(p.conditions):
            if c.issue:
                self._known(
                    doc,
                    (*path, "conditions", j, "issue"),
                    c.issue,
                    issue_ids,
                    "BRF041",
                    "issue",
                    "'issues:' in this file",
                )
            if c.question:
                self._known(
                    doc,
                    (*path, "conditions", j, "question"),
                    c.question,
                    question_ids,
                    "BRF059",
                    "question",
                    "'questions:' in this file",
                )

    def _shared_passages(self) -> None:
        """A passage backing positions of different actors must say, in each use, whose words they are."""
        for (source, _quote), uses in self.quote_holders.items():
            holders = {holder for holder, _, _, _ in uses}
            if len(holders) < 2:
                continue
            for holder, explicit, doc_, path in uses:
                if not explicit:
                    others = ", ".join(sorted(holders - {holder}))
                    self.found.append(
                        doc_.diagnostic(
                            path,
                            "BRF067",
                            f"a passage of '{source}' backs positions of '{holder}' and of {others}, "
                            "without saying whose words it is",
                            "set 'speaker:' on each use of the passage (the same voice, counted once), or keep the "
                            "passage for the one actor who said it",
                        )
                    )
                    break

    # claims

    def _claim(self, b: BriefingInput, i: int, c: Claim, issue_ids: set[str]) -> None:
        doc, here = b.doc, ("claims", i)
        for j, actor_id in enumerate(c.claimants):
            self.actor(doc, (*here, "claimants", j), actor_id)
        if c.issue:
            self._known(doc, (*here, "issue"), c.issue, issue_ids, "BRF041", "issue", "'issues:' in this file")
        self.evidence(doc, b.briefing, here, c.evidence)
        self._statements(doc, here, c.evidence, None)
        for j, ev in enumerate(c.evidence):
            if ev.speaker and ev.speaker not in c.claimants:
                self.found.append(
                    doc.diagnostic(
                        (*here, "evidence", j, "speaker"),
                        "BRF082",
                        f"'{ev.speaker}' is not one of the claimants",
                        f"add '{ev.speaker}' to 'claimants:', or correct the speaker",
                    )
                )
        for j, r in enumerate(c.rebuttals):
            at = (*here, "rebuttals", j)
            if r.by and r.unnamed:
                self.found.append(
                    doc.diagnostic(
                        at,
                        "BRF026",
                        "a rebuttal is by a named actor ('by:') or by unnamed voices ('unnamed:'), not both",
                        "keep 'by:' when the source names who disputes the claim",
                    )
                )
            if r.by:
                self.actor(doc, (*at, "by"), r.by)
            self.evidence(doc, b.briefing, at, r.evidence)
            self._statements(doc, at, r.evidence, r.by)

    # dates

    def _event_dating(self, b: BriefingInput, i: int) -> None:
        event, here = b.briefing.timeline[i], ("timeline", i)
        dating = self._dating(b, here, event, event.evidence, said=False)
        if dating is None:
            return
        self.inputs.datings[(b.id, "timeline", i)] = dating
        for j, other in enumerate(event.other_dates):
            at = (*here, "other_dates", j)
            if not other.evidence and not other.outside:
                self.found.append(
                    b.doc.diagnostic(
                        at,
                        "BRF026",
                        "another date needs what it rests on",
                        "add 'evidence:' with the words of the source that gives it, or 'outside:' with its basis",
                    )
                )
                continue
            self.evidence(b.doc, b.briefing, at, other.evidence)
            found = self._dating(b, at, other, other.evidence or event.evidence, said=False)
            if found is not None:
                self.inputs.datings[(b.id, "timeline", i, j)] = found
        seed = self.inputs.seeds.get(event.evidence[0].source)
        if seed and seed.when and event.tense is Tense.PAST and dating.when.surely_after(seed.when):
            self.found.append(
                b.doc.diagnostic(
                    (*here, "date"),
                    "BRF063",
                    f"event dated {dating.when.text} is after its source '{seed.meta.id}' ({_shown(seed.when)})",
                    "check the date; for something announced ahead, set tense: future",
                )
            )

    def _dating(self, b: BriefingInput, path: KeyPath, spec: Any, evidence: list[Any], said: bool) -> Dating | None:
        """When ``spec`` (an event, another date, or a position's ``said_on``) was, and what the date rests on.

        The date is never more precise than its basis: resolved from an approximate source date it
        is approximate, and with no date at all a position or event is dated by its report.
        """
        doc = b.doc
        at: KeyPath = (*path, "said_on") if said and spec is not None else path
        seed = self.inputs.seeds.get(evidence[0].source) if evidence else None
        if seed is None and evidence and evidence[0].source not in self.inputs.seeds:
            return None  # an unknown source, reported already
        anchor = seed.when if seed else None
        source = seed.meta.id if seed else None
        if spec is None or not (spec.date or spec.relative or spec.outside):
            if spec is not None and spec.precision:
                self.found.append(
                    doc.diagnostic(
                        (*at, "precision"), "BRF053", "a precision without a date", "add 'date:' or 'relative:'"
                    )
                )
            if anchor is None:
                if not said:
                    self.found.append(
                        doc.diagnostic(
                            at,
                            "BRF053",
                            "event has no date, and its source has none to date it by",
                            "add 'date: \"YYYY-MM-DD\"' or the article's words in 'relative:', or date the source",
                        )
                    )
                return None
            return Dating(anchor, Basis.REPORT, source=source)
        given = dates.parse_event_date(spec.date, spec.precision) if spec.date else None
        if spec.relative:
            resolved = self._resolve(doc, at, spec, anchor, source)
            if resolved is None:
                return None
            resolved = dates.with_precision(resolved, spec.precision)
            if given is not None:
                if not given.agrees(resolved):
                    self.found.append(
                        doc.diagnostic(
                            (*at, "date"),
                            "BRF052",
                            f"'{spec.relative}' ({spec.tense.value}) from the source's date "
                            f"{_shown(anchor) if anchor else '?'} is {resolved.text}, not {spec.date}",
                            "correct the date, the relative words or the tense",
                        )
                    )
                elif given.is_finer_than(resolved):
                    self._too_precise(doc, (*at, "date"), given, resolved, f"'{spec.relative}'")
            dating = Dating(resolved, Basis.RELATIVE, relative=spec.relative, source=source)
        elif spec.outside:
            if given is None:
                self.found.append(
                    doc.diagnostic(
                        (*at, "outside"),
                        "BRF053",
                        "an outside date needs 'date:'",
                        "add the date that the knowledge outside the sources gives, as 'date: \"YYYY-MM-DD\"'",
                    )
                )
                return None
            dating = Dating(given, Basis.OUTSIDE, note=spec.outside)
        else:
            assert given is not None
            if not any(_date_in_words(given, ev.quote) for ev in evidence):
                self.found.append(
                    doc.diagnostic(
                        (*at, "date"),
                        "BRF057",
                        f"the date {spec.date} is not in the words quoted",
                        "give the article's words for it in 'relative:', mark a date from outside the sources "
                        "with 'outside:' and its basis, or leave the date out (it is then dated by its report)",
                    )
                )
            dating = Dating(given, Basis.TEXT, source=source)
        return dating

    def _resolve(self, doc: Document, at: KeyPath, spec: Any, anchor: dates.When | None, source: str | None) -> Any:
        if anchor is None:
            self.found.append(
                doc.diagnostic(
                    (*at, "relative"),
                    "BRF053",
                    f"cannot resolve '{spec.relative}': source '{source}' has no date",
                    "give 'date:' instead, or add a date to the seed",
                )
            )
            return None
        resolved = dates.resolve(spec.relative, anchor, spec.tense)
        if resolved is None:
            self.found.append(
                doc.diagnostic(
                    (*at, "relative"),
                    "BRF053",
                    f"'{spec.relative}' is not a relative date the generator understands",
                    f"use one of: {dates.PHRASES}; or give 'date:' alone",
                )
            )
            return None
        return resolved

    def _too_precise(self, doc: Document, path: KeyPath, given: dates.When, basis: dates.When, what: str) -> None:
        self.found.append(
            doc.diagnostic(
                path,
                "BRF057",
                f"the date given ({given.text}) is more precise than its basis: {what} gives {basis.text}",
                "leave 'date:' out (the relative words give it), or make it no more precise than its basis",
            )
        )

    def _look_alike_events(self, b: BriefingInput) -> None:
        """Two events with the same actors, a few days apart, from different sources: one event told twice?"""
        seen: list[tuple[int, frozenset[str], Dating, frozenset[str]]] = []
        for i, e in _present(b.briefing.timeline):
            dating = self.inputs.datings.get((b.id, "timeline", i))
            if dating is None or not e.actors:
                continue
            actors, sources = frozenset(e.actors), frozenset(ev.source for ev in e.evidence)
            for j, other_actors, other, other_sources in seen:
                close_by = abs((dating.date - other.date).days) <= LOOK_ALIKE_DAYS
                if actors == other_actors and close_by and not sources & other_sources:
                    self.found.append(
                        b.doc.diagnostic(
                            ("timeline", i),
                            "BRF069",
                            f"this event and timeline[{j}] have the same actors and dates a few days apart, "
                            "from different sources: one event reported twice?",
                            "merge them into one event with both sources' evidence, and record a disagreement "
                            "about the date in 'other_dates:'",
                        )
                    )
                    break
            seen.append((i, actors, dating, sources))

    # the assessment, editions and what to watch

    def _judgements(self, b: BriefingInput, issue_ids: set[str], question_ids: set[str]) -> None:
        """Every reference of a key judgement resolves, and no judgement rests on nothing."""
        br, doc = b.briefing, b.doc
        known = {
            "positions": {p.id for _, p in _present(br.positions) if p.id},
            "claims": {c.id for _, c in _present(br.claims)},
            "events": {e.id for _, e in _present(br.timeline) if e.id},
            "questions": question_ids,
        }
        self._unique(doc, "judgements", br.judgements or [])
        for i, j in _present(br.judgements):
            here = ("judgements", i, "basis")
            refs = {kind: getattr(j.basis, kind) for kind in known}
            if not any(refs.values()):
                self.found.append(
                    doc.diagnostic(
                        here,
                        "BRF084",
                        f"key judgement '{j.id}' rests on nothing",
                        "list in 'basis:' the positions, claims, events or questions (by id) it rests on",
                    )
                )
            for kind, ids in refs.items():
                for n, ref in enumerate(ids):
                    if ref not in known[kind]:
                        guess = close(ref, known[kind])
                        what = kind.rstrip("s")
                        hint = f"did you mean '{guess}'?" if guess else f"give the {what} an 'id:' and use it here"
                        self.found.append(
                            doc.diagnostic((*here, kind, n), "BRF083", f"no {what} with id '{ref}'", hint)
                        )
        if br.bottom_line and not br.judgements:
            self.found.append(
                doc.diagnostic(
                    ("bottom_line",),
                    "BRF088",
                    "a bottom line without key judgements does not show what it rests on",
                    "add 'judgements:', each with the positions, claims, events or questions it rests on",
                )
            )

    def _editions(self, b: BriefingInput) -> None:
        br, doc = b.briefing, b.doc
        previous: dt.date | None = None
        for i, e in _present(br.editions):
            if previous is not None and e.date <= previous:
                self.found.append(
                    doc.diagnostic(
                        ("editions", i, "date"),
                        "BRF087",
                        f"edition of {e.date} does not come after the one before it ({previous})",
                        "list editions oldest first, each on its own date",
                    )
                )
            if br.as_of and e.date > br.as_of:
                self.found.append(
                    doc.diagnostic(
                        ("editions", i, "date"),
                        "BRF087",
                        f"edition of {e.date} is after the briefing's as_of {br.as_of}",
                        "move 'as_of' forward to the latest edition",
                    )
                )
            previous = e.date
            for n, source in enumerate(e.sources):
                if self._known(
                    doc,
                    ("editions", i, "sources", n),
                    source,
                    self.inputs.seeds,
                    "BRF042",
                    "source",
                    "seeds/ (python -m generator import FILE)",
                ) and source not in (br.sources or []):
                    self.unlisted[source].append(("editions", i, "sources", n))

    def _horizons(self, b: BriefingInput) -> None:
        """An open question past its horizon, and not reviewed since, is a warning (not for an archived briefing)."""
        if b.briefing.status is BriefingStatus.ARCHIVED:
            return
        today = dates.today()
        for i, q in _present(b.briefing.questions):
            if q.status is not QuestionStatus.OPEN or not q.horizon:
                continue
            horizon = dates.parse_event_date(q.horizon)
            end = horizon.span[1]
            if end < today and (q.reviewed is None or q.reviewed <= end):
                reviewed = f"last reviewed {q.reviewed}" if q.reviewed else "never reviewed"
                self.found.append(
                    b.doc.diagnostic(
                        ("questions", i, "horizon"),
                        "BRF085",
                        f"open question '{q.id}' is past its horizon ({horizon.text}) and {reviewed}",
                        "answer it, set a new horizon, or record 'reviewed:' with today's date once you have "
                        "checked it is still open; for a briefing no longer kept up to date, set status: archived",
                    )
                )

    def _outlets(self) -> None:
        """Each seed's outlet is in the outlet registry."""
        for seed in self.inputs.seeds.values():
            outlet = seed.meta.outlet
            if outlet is None or outlet in self.inputs.outlets or self.inputs.outlets_unreadable:
                continue
            kinds = ", ".join(k.value for k in OutletKind if k is not OutletKind.NEWSPAPER)
            self.found.append(
                seed.doc.diagnostic(
                    ("outlet",),
                    "BRF086",
                    f"unknown outlet '{outlet}'",
                    (f"did you mean '{guess}'?" if (guess := close(outlet, self.inputs.outlets)) else "")
                    or f"add it to briefings/{OUTLETS}, under 'outlets:':\n"
                    f'  - id: "{outlet}"\n    name: "{outlet}"  # as the outlet writes it\n'
                    f'    country: "GB"  # ISO code, in quotes\n'
                    f'    kind: "newspaper"  # or {kinds}',
                )
            )

    def _unlisted(self, doc: Document) -> None:
        """Each source cited but not in ``sources:``, reported once, where it is first cited."""
        for source, paths in self.unlisted.items():
            first = min(paths, key=lambda path: (doc.mark(path).line, doc.mark(path).column))
            others = len(paths) - 1
            more = f" (cited here and {others} more time{'s' * (others != 1)} in this file)" if others else ""
            self.found.append(
                doc.diagnostic(
                    first,
                    "BRF045",
                    f"source '{source}' is not listed in this briefing's sources{more}",
                    f"add '{source}' to 'sources:' at the top of the file",
                )
            )

    def _unique(self, doc: Document, key: str, items: list[Any]) -> set[str]:
        seen: set[str] = set()
        for i, item in _present(items):
            if item.id in seen:
                self.found.append(
                    doc.diagnostic(
                        (key, i, "id"), "BRF044", f"id '{item.id}' is used twice in '{key}'", "give each its own id"
                    )
                )
            seen.add(item.id)
        return seen

    def _unused(self) -> None:
        for actor_id, (doc, i) in self.inputs.actor_places.items():
            if actor_id not in self.used_actors:
                self.found.append(
                    doc.diagnostic(
                        ("actors", i, "id"),
                        "BRF060",
                        f"actor '{actor_id}' is never used",
                        "cite the actor in a position, event, question or claim, or remove it",
                    )
                )
        for seed_id, seed in self.inputs.seeds.items():
            if seed_id not in self.cited:
                self.found.append(
                    seed.doc.diagnostic(
                        ("id",),
                        "BRF061",
                        f"source '{seed_id}' is never cited",
                        "quote it as evidence in a briefing, or remove it from seeds/",
                    )
                )
        for b in self.inputs.briefings.values():
            cited_here = {ev.source for _, ev in _evidence_of(b.briefing)}
            for i, source in enumerate(b.briefing.sources or []):
                if source in self.inputs.seeds and source not in cited_here:
                    self.found.append(
                        b.doc.diagnostic(
                            ("sources", i),
                            "BRF061",
                            f"source '{source}' is listed but never cited in this briefing",
                            "quote it as evidence, or remove it from 'sources:'",
                        )
                    )

    def _opposite_stances(self) -> None:
        for (source, _quote, _issue), uses in self.quote_stances.items():
            stances = {stance for stance, _, _ in uses}
            for pair in OPPOSITE_STANCES:
                if pair <= stances:
                    _stance, doc_, path = next(u for u in uses if u[0] in pair)
                    self.found.append(
                        doc_.diagnostic(
                            path,
                            "BRF064",
                            f"one quote from '{source}' backs both "
                            f"'{sorted(s.value for s in pair)[0]}' and '{sorted(s.value for s in pair)[1]}'",
                            "check which stance the quote shows; use a different quote for the other",
                        )
                    )


#: Words in an id that suggest an actor's kind, for the entry suggested for an unknown actor.
_KIND_WORDS = {
    ActorKind.GOVERNMENT: {"council", "government", "ministry", "office", "parliament", "cabinet", "kremlin"},
    ActorKind.ORGANISATION: {"union", "party", "company", "committee", "commission", "agency", "institute", "bank"},
    ActorKind.ALLIANCE: {"nato", "alliance", "coalition", "bloc"},
    ActorKind.MEDIA: {"news", "times", "post", "press", "tv", "radio", "courier", "gazette"},
}


def _new_actor_entry(actor_id: str) -> str:
    """A registry entry ready to paste for an unknown actor: its id, a name guessed from it, a kind to check."""
    words = actor_id.split("-")
    kind = next((k for k, hints in _KIND_WORDS.items() if hints & set(words)), ActorKind.PERSON)
    others = ", ".join(k.value for k in ActorKind if k is not kind)
    name = " ".join(word.capitalize() for word in words)
    return (
        "add it to briefings/actors.yaml (or a file in briefings/actors/), under 'actors:':\n"
        f'  - id: "{actor_id}"\n'
        f'    name: "{name}"  # as the sources write it\n'
        f'    kind: "{kind.value}"  # or {others}\n'
        f'    standing: "other"  # the weight of its voice: {", ".join(s.value for s in Standing)}'
    )


def _shown(when: dates.When) -> str:
    """A source's date as diagnostics show it: ``2025-06-12`` when known to the day, else ``about 17 March 2025``."""
    exact_day = when.unit is Precision.DAY and not when.approximate
    return when.date.isoformat() if exact_day else when.text


#: Events of the same actors this many days apart or closer, from different sources, may be one event.
LOOK_ALIKE_DAYS = 3

_MONTH_NAMES = (
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
)


def _date_in_words(when: dates.When, quote: str) -> bool:
    """Whether the words quoted give the date to its precision: its year, month name and day."""
    words = set(re.findall(r"\w+", quote.lower()))
    d = when.date
    if str(d.year) not in words and when.unit is not Precision.DAY:
        return False
    if when.unit is Precision.YEAR:
        return True
    if not any(names[d.month - 1] in words for names in _MONTH_NAMES):
        return False
    return when.unit is Precision.MONTH or str(d.day) in words or f"{d.day}th" in words or f"{d.day}st" in words


def _ids_of_broken(doc: Document, key: str, items: list[Any]) -> set[str]:
    """Ids of the items of a list that failed validation (kept as ``None``), read from the raw file."""
    raw = doc.data.get(key) if isinstance(doc.data, dict) else None
    if not isinstance(raw, list):
        return set()
    return {
        r["id"]
        for r, item in zip(raw, items, strict=False)
        if item is None and isinstance(r, dict) and isinstance(r.get("id"), str)
    }


def _present(items: list[Any] | None) -> Iterator[tuple[int, Any]]:
    """Items that passed validation, with their index in the file."""
    return ((i, x) for i, x in enumerate(items or []) if x is not None)


def _evidence_of(br: Briefing) -> Iterator[tuple[str, Evidence]]:
    """Every evidence item in a briefing, with what it backs."""
    for _, p in _present(br.positions):
        yield from (("position", ev) for ev in p.evidence)
    for _, q in _present(br.questions):
        if q.answer is not None:
            yield from (("answer", ev) for ev in q.answer.evidence)
    for _, e in _present(br.timeline):
        yield from (("event", ev) for ev in e.evidence)
        yield from (("event", ev) for o in e.other_dates for ev in o.evidence)
    for _, c in _present(br.claims):
        yield from (("claim", ev) for ev in c.evidence)
        for r in c.rebuttals:
            yield from (("claim", ev) for ev in r.evidence)


__all__ = ["Inputs", "Project", "Seed", "SeedCache", "validate", "validated"]
