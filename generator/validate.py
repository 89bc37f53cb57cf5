"""Stage 2, validate: raw documents to typed inputs plus every diagnostic, across all files.

Schema errors are mapped back onto the line and column of the offending key or
value. Then cross-file checks run: references between files, quotes against
their sources, relative dates, and the warnings that ``--strict`` turns into
failures. All problems are collected; nothing stops at the first.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import dates
from .diagnostics import Diagnostic, Severity, relpath
from .importer import slug
from .load import MAX_LINE, Document, KeyPath, Refused, SeedDocument, load_seed, load_yaml, read_bytes
from .quotes import Match, SourceText, normalise
from .schema import (
    ID_PATTERN,
    OPPOSITE_STANCES,
    Actor,
    ActorRegistry,
    Briefing,
    Evidence,
    Precision,
    QuestionStatus,
    SeedMeta,
    Tense,
)

REGISTRY = "actors.yaml"


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
    text: SourceText
    display: str

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
    registry: Document | None = None
    briefings: dict[str, BriefingInput] = field(default_factory=dict)
    #: where each quoted passage stands: (source id, normalised quote) → offsets
    passages: dict[tuple[str, str], Match] = field(default_factory=dict)
    #: seeds whose file exists but has errors: references to them are not reported again
    broken_seeds: set[str] = field(default_factory=set)
    #: actors whose registry entry has errors (or every actor, when the registry cannot be read)
    broken_actors: set[str] = field(default_factory=set)
    registry_unreadable: bool = False
    #: each timeline event's date: (briefing id, index) → (date, precision)
    event_dates: dict[tuple[str, int], dates.When] = field(default_factory=dict)


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
    for path in sorted(project.briefings.iterdir()):
        if path.name == REGISTRY or path.name.startswith(".") or path.suffix not in (".yaml", ".yml"):
            continue
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
    return inputs, found


def _check_briefing_id(path: Path, doc: Document) -> list[Diagnostic]:
    if re.fullmatch(ID_PATTERN, path.stem):
        return []
    return [
        doc.diagnostic(
            (),
            "BRF024",
            f"file name '{path.name}' is not a valid briefing id",
            f"rename it to {slug(path.stem)}{path.suffix}",
        )
    ]


def _load_registry(inputs: Inputs, found: list[Diagnostic], cache: SeedCache) -> None:
    path = inputs.project.briefings / REGISTRY
    if not path.exists():
        found.append(
            Diagnostic(
                relpath(path, inputs.project.root),
                1,
                1,
                "BRF070",
                "the actor registry is missing",
                "create briefings/actors.yaml with an 'actors:' list",
            )
        )
        return
    doc, more = cache.load_yaml(path, inputs.project.root)
    found += more
    registry, more = validated(doc, ActorRegistry) if doc is not None else (None, [])
    found += more
    if doc is None or registry is None:
        inputs.registry_unreadable = True
        return
    inputs.registry = doc
    raw_actors = doc.data.get("actors") if isinstance(doc.data, dict) else None
    if not isinstance(raw_actors, list):
        inputs.registry_unreadable = True
    for i, actor in enumerate(registry.actors or []):
        if actor is None:
            raw = raw_actors[i] if isinstance(raw_actors, list) else None
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                inputs.broken_actors.add(raw["id"])
            continue
        if actor.id in inputs.actors:
            found.append(
                doc.diagnostic(
                    ("actors", i, "id"), "BRF044", f"actor id '{actor.id}' is used twice", "give each actor its own id"
                )
            )
            continue
        inputs.actors[actor.id] = actor


# --- Seeds, cached by content ----------------------------------------------------------


T = TypeVar("T")


class Digests:
    """Content digests of files, worked out again only for a file whose modification time or size changed."""

    def __init__(self) -> None:
        self._known: dict[Path, tuple[int, int, str]] = {}

    def of(self, path: Path) -> str | None:
        """The file's digest, or ``None`` when it cannot be read (it is then never taken from a cache)."""
        try:
            stat = path.stat()
            known = self._known.get(path)
            if known and known[:2] == (stat.st_mtime_ns, stat.st_size):
                return known[2]
            digest = hashlib.sha1(read_bytes(path)).hexdigest()
        except (OSError, Refused):
            return None
        self._known[path] = (stat.st_mtime_ns, stat.st_size, digest)
        return digest


class SeedCache:
    """Parsed seeds and briefing files keyed by their content: a rebuild reads again only what changed.

    :class:`~generator.build.Incremental` keeps it between rebuilds while serving,
    and between runs in the project's ``.cache/`` folder.
    """

    def __init__(self) -> None:
        self.digests = Digests()
        #: per kind of result: path → (content digest, result, its diagnostics)
        self._kept: dict[str, dict[Path, tuple[str, Any, list[Diagnostic]]]] = defaultdict(dict)

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
    return Seed(meta, raw.front, raw.body, SourceText(raw.body), raw.front.display), found


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
    if kind == "extra_forbidden":
        parent = _at(model, loc[:-1])
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
        #: (source, normalised quote) → stances it backs, with where
        self.quote_stances: dict[tuple[str, str], list[tuple[Any, Document, KeyPath]]] = defaultdict(list)
        self._alias_ids = {
            slug(alias, 20): actor.id for actor in inputs.actors.values() for alias in (actor.name, *actor.aliases)
        }

    def run(self) -> list[Diagnostic]:
        self._registry()
        for b in self.inputs.briefings.values():
            self._briefing(b)
        self._opposite_stances()
        if not self.earlier_errors and not any(d.severity is Severity.ERROR for d in self.found):
            self._unused()
        return self.found

    # references

    def actor(self, doc: Document, path: KeyPath, actor_id: str) -> None:
        if actor_id in self.inputs.actors:
            self.used_actors.add(actor_id)
            return
        if self.inputs.registry_unreadable or actor_id in self.inputs.broken_actors:
            return  # the registry's own errors are reported already
        guess = self._alias_ids.get(actor_id) or close(actor_id, self.inputs.actors)
        hint = f"did you mean '{guess}'?" if guess else "add the actor to briefings/actors.yaml"
        self.found.append(doc.diagnostic(path, "BRF040", f"unknown actor '{actor_id}'", hint))

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
        doc = self.inputs.registry
        if doc is None or not isinstance(doc.data, dict) or not isinstance(doc.data.get("actors"), list):
            return
        for i, raw in enumerate(doc.data["actors"]):
            actor = self.inputs.actors.get(str(raw.get("id"))) if isinstance(raw, dict) else None
            if actor is None:
                continue
            if actor.affiliation and self._known(
                doc,
                ("actors", i, "affiliation"),
                actor.affiliation,
                self.inputs.actors,
                "BRF040",
                "actor",
                "briefings/actors.yaml",
            ):
                self.used_actors.add(actor.affiliation)
            for j, rel in enumerate(actor.relations):
                if self._known(
                    doc,
                    ("actors", i, "relations", j, "actor"),
                    rel.actor,
                    self.inputs.actors,
                    "BRF040",
                    "actor",
                    "briefings/actors.yaml",
                ):
                    self.used_actors.add(rel.actor)

    def evidence(self, b: BriefingInput, path: KeyPath, items: list[Evidence]) -> None:
        for i, ev in enumerate(items):
            here = (*path, "evidence", i)
            if not self._known(
                b.doc,
                (*here, "source"),
                ev.source,
                self.inputs.seeds,
                "BRF042",
                "source",
                "seeds/ (python -m generator import FILE)",
            ):
                continue
            if b.briefing.sources and ev.source not in b.briefing.sources:
                self.found.append(
                    b.doc.diagnostic(
                        (*here, "source"),
                        "BRF045",
                        f"source '{ev.source}' is not listed in this briefing's sources",
                        f"add '{ev.source}' to 'sources:' at the top of the file",
                    )
                )
            self.cited.add(ev.source)
            self.quote(b.doc, here, ev)

    def quote(self, doc: Document, path: KeyPath, ev: Evidence) -> Match | None:
        seed = self.inputs.seeds[ev.source]
        key = (ev.source, normalise(ev.quote))
        if key in self.inputs.passages:
            return self.inputs.passages[key]
        match = seed.text.find(ev.quote)
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
        del question_ids
        for i, p in _present(br.positions):
            self.actor(doc, ("positions", i, "actor"), p.actor)
            self._known(doc, ("positions", i, "issue"), p.issue, issue_ids, "BRF041", "issue", "'issues:' in this file")
            self.evidence(b, ("positions", i), p.evidence)
            for ev in p.evidence:
                self.quote_stances[(ev.source, normalise(ev.quote))].append((p.stance, doc, ("positions", i, "stance")))
            if br.as_of and p.as_of > br.as_of:
                self.found.append(
                    doc.diagnostic(
                        ("positions", i, "as_of"),
                        "BRF065",
                        f"position dated {p.as_of} is after the briefing's as_of {br.as_of}",
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
                self.evidence(b, ("questions", i, "answer"), q.answer.evidence)
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
            self.evidence(b, ("timeline", i), e.evidence)
            self._event_date(b, i)
        for i, c in _present(br.claims):
            for j, actor_id in enumerate(c.claimants):
                self.actor(doc, ("claims", i, "claimants", j), actor_id)
            if c.issue:
                self._known(
                    doc, ("claims", i, "issue"), c.issue, issue_ids, "BRF041", "issue", "'issues:' in this file"
                )
            self.evidence(b, ("claims", i), c.evidence)
            self.evidence(b, ("claims", i, "correction"), c.correction.evidence)

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

    def _event_date(self, b: BriefingInput, i: int) -> None:
        event, doc = b.briefing.timeline[i], b.doc
        given = dates.parse_event_date(event.date, event.precision) if event.date else None
        resolved = None
        seed = self.inputs.seeds.get(event.evidence[0].source)
        if event.relative:
            if seed is None:
                return
            if seed.date is None:
                self.found.append(
                    doc.diagnostic(
                        ("timeline", i, "relative"),
                        "BRF053",
                        f"cannot resolve '{event.relative}': source '{seed.meta.id}' has no date",
                        "give 'date:' instead, or add a date to the seed",
                    )
                )
                return
            resolved = dates.resolve(event.relative, seed.date, event.tense)
            if resolved is None:
                self.found.append(
                    doc.diagnostic(
                        ("timeline", i, "relative"),
                        "BRF053",
                        f"'{event.relative}' is not a relative date the generator understands",
                        f"use one of: {dates.PHRASES}; or give 'date:' alone",
                    )
                )
                return
            resolved = dates.with_precision(resolved, event.precision)
            if given and not given.agrees(resolved):
                self.found.append(
                    doc.diagnostic(
                        ("timeline", i, "date"),
                        "BRF052",
                        f"'{event.relative}' ({event.tense.value}) from the source's date "
                        f"{seed.date} is {resolved.text}, not {event.date}",
                        "correct the date, the relative words or the tense",
                    )
                )
        if given is None and resolved is None:
            self.found.append(
                doc.diagnostic(
                    ("timeline", i),
                    "BRF053",
                    "event has no date",
                    "add 'date: \"YYYY-MM-DD\"' or the article's words in 'relative:'",
                )
            )
            return
        when = given or resolved
        assert when is not None
        self.inputs.event_dates[(b.id, i)] = when
        if seed and seed.date and event.tense is Tense.PAST and _after(when, seed.date):
            self.found.append(
                doc.diagnostic(
                    ("timeline", i, "date"),
                    "BRF063",
                    f"event dated {when.text} is after its source '{seed.meta.id}' ({seed.date})",
                    "check the date; for something announced ahead, set tense: future",
                )
            )

    def _unused(self) -> None:
        doc = self.inputs.registry
        if doc is not None and isinstance(doc.data, dict) and isinstance(doc.data.get("actors"), list):
            for i, raw in enumerate(doc.data["actors"]):
                actor_id = raw.get("id") if isinstance(raw, dict) else None
                if actor_id in self.inputs.actors and actor_id not in self.used_actors:
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
        for (source, _quote), uses in self.quote_stances.items():
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


def _after(when: dates.When, day: dt.date) -> bool:
    """Whether ``when`` is surely after ``day``, given its precision."""
    if when.approximate:
        return when.date > day + dt.timedelta(days=7)
    if when.unit is Precision.YEAR:
        return when.date.year > day.year
    if when.unit is Precision.MONTH:
        return (when.date.year, when.date.month) > (day.year, day.month)
    return when.date > day


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
    for _, c in _present(br.claims):
        yield from (("claim", ev) for ev in (*c.evidence, *c.correction.evidence))


__all__ = ["Inputs", "Project", "Seed", "SeedCache", "validate", "validated"]
