"""The build state kept between runs: plain data (compressed JSON), never code.

:meth:`generator.build.pipeline.Incremental.save` writes what one build learnt, and
:meth:`~generator.build.pipeline.Incremental.load` reads it back at the start of the next:
each input file's content digest, every parsed YAML file and seed (values with
their line and column), the quotes found in each seed, which actors each source
names, every rendered page and, for each briefing, actor and source page, the
briefings and seeds it may show, and the layout of the split pages.

The file is one header line, ``briefings-state <fingerprint>`` (the generator's
code, Python and library versions: see :func:`code_fingerprint`), then that data
as zlib-compressed JSON of the shape :data:`_State`. Reading it parses JSON and
checks every value's type against that shape in one pass (pydantic, strict);
objects are then rebuilt from the values by the same constructors and schema
validation a fresh build uses. Nothing in the file can run code. A file with a
different header, not compressed, truncated, larger than the project can explain
(:func:`size_limit`), or with any value of an unexpected type or outside what a
build writes, is refused with :class:`StateRefused`, and the build starts afresh.

What a state holds is trusted the way build output is: a page kept in it is
served as it is until an input it depends on changes. Keep ``.cache/`` out of
version control and do not restore it from a source you would not take a built
site from.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import pydantic
import yaml
from pydantic import ConfigDict, TypeAdapter, ValidationError, with_config
from typing_extensions import TypeAliasType, TypedDict

from generator.build.changes import Entities, Stamps, Unit
from generator.diagnostics import Diagnostic
from generator.inputs.load import Document, Mark
from generator.inputs.matching import Match
from generator.inputs.schema import ID_PATTERN, SeedMeta
from generator.site.pages import ActorPage, BriefingPage, SourcePage, index_paths
from generator.site.paging import Layout, is_split_page
from generator.validate import Project, Seed, SeedCache

#: zlib's level: 1 is the fastest; 6 (its default) writes a third less but takes longer than everything else in saving.
LEVEL = 1


class StateRefused(Exception):
    """A state file that is not one this generator wrote for this project; the message says why."""


# --- The shape of the file ------------------------------------------------------------------------

_STRICT = ConfigDict(strict=True, extra="forbid")

#: YAML as the loader gives it: text, None, lists and mappings with text keys (never numbers or booleans).
_Data = TypeAliasType("_Data", "str | list[_Data] | dict[str, _Data] | None")
_Marks = list[tuple[list[str | int], int, int]]
#: path, line, column, code, message, hint, key path
_Diagnostic = tuple[str, int, int, str, str, str, str]


@with_config(_STRICT)
class _Document(TypedDict):
    display: str
    data: _Data
    values: _Marks
    keys: _Marks
    line_offset: int


@with_config(_STRICT)
class _Parsed(TypedDict):
    """A YAML file in briefings/: its digest, the document (``None`` when it could not be read) and diagnostics."""

    digest: str
    doc: _Document | None
    found: list[_Diagnostic]


@with_config(_STRICT)
class _SeedData(TypedDict):
    front: _Document
    body: str
    #: normalised quote, start, end
    quotes: list[tuple[str, int, int]]


@with_config(_STRICT)
class _SeedFile(TypedDict):
    digest: str
    seed: _SeedData | None
    found: list[_Diagnostic]


@with_config(_STRICT)
class _State(TypedDict):
    project: tuple[str, str, str]
    templates: str | None
    stamps: dict[str, str | None]
    yaml: dict[str, _Parsed]
    seeds: dict[str, _SeedFile]
    #: the memo of :func:`generator.model.build_site`: each name's words and the actors it names ...
    phrases: list[tuple[list[str], list[str]]]
    #: ... and for each source id: the SHA-1 of its body, its headline, the actors it names
    named: dict[str, tuple[str, str, list[str]]]
    pages: dict[str, str]
    page_inputs: dict[str, list[tuple[str, str]]]
    entities: tuple[list[str], list[str], list[str]]
    #: the split pages (timeline periods, actors' parts, briefings' questions) and the digest of where events are
    layout: tuple[list[str], str]


_SHAPE: TypeAdapter[_State] = TypeAdapter(_State)


@dataclass
class Kept:
    """What one build keeps for the next, as :class:`~generator.build.pipeline.Incremental` holds it."""

    project: Project
    templates: Path | None
    cache: SeedCache
    #: :func:`generator.model.build_site`'s memo
    memo: dict[str, Any]
    stamps: Stamps
    pages: dict[str, str]
    page_inputs: dict[str, set[Unit]]
    entities: Entities
    layout: Layout


# --- Writing --------------------------------------------------------------------------------------


def dump(kept: Kept) -> bytes:
    """The state file's bytes: the header line, then the compressed JSON."""
    state: _State = {
        "project": (str(kept.project.root), str(kept.project.briefings), str(kept.project.seeds)),
        "templates": None if kept.templates is None else str(kept.templates),
        "stamps": {str(path): digest for path, digest in kept.stamps.items()},
        "yaml": {
            str(path): {"digest": digest, "doc": _dump_document(doc) if doc else None, "found": _dump_found(found)}
            for path, (digest, doc, found) in kept.cache.kept("yaml").items()
            if path in kept.stamps  # not the files deleted since they were read
        },
        "seeds": {
            str(path): {"digest": digest, "seed": _dump_seed(seed) if seed else None, "found": _dump_found(found)}
            for path, (digest, seed, found) in kept.cache.kept("seed").items()
            if path in kept.stamps
        },
        "phrases": [(list(words), list(ids)) for words, ids in kept.memo.get(" phrases", {}).items()],
        "named": {
            source: (_sha1(entry[0]), entry[1], sorted(entry[2]))
            for source, entry in kept.memo.items()
            if source != " phrases"  # (body, headline, actor ids) of each source
        },
        "pages": kept.pages,
        "page_inputs": {page: sorted(units) for page, units in kept.page_inputs.items()},
        "entities": (sorted(kept.entities[0]), sorted(kept.entities[1]), sorted(kept.entities[2])),
        "layout": (sorted(kept.layout.pages), kept.layout.placed),
    }
    return code_fingerprint() + b"\n" + zlib.compress(_SHAPE.dump_json(state), LEVEL)


def _dump_document(doc: Document) -> _Document:
    return {
        "display": doc.display,
        "data": doc.data,
        "values": [(list(path), mark.line, mark.column) for path, mark in doc.values.items()],
        "keys": [(list(path), mark.line, mark.column) for path, mark in doc.keys.items()],
        "line_offset": doc.line_offset,
    }


def _dump_seed(seed: Seed) -> _SeedData:
    quotes = [(quote, match.start, match.end) for quote, match in seed.quotes.items()]
    return {"front": _dump_document(seed.doc), "body": seed.body, "quotes": quotes}


def _dump_found(found: list[Diagnostic]) -> list[_Diagnostic]:
    return [(d.path, d.line, d.column, d.code, d.message, d.hint, d.key_path) for d in found]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- Reading --------------------------------------------------------------------------------------


def load(raw: bytes, project: Project, templates: Path | None, limit: int) -> Kept:
    """The state in ``raw`` (a state file's bytes) for this project; raises :class:`StateRefused`."""
    header, _, payload = raw.partition(b"\n")
    if header != code_fingerprint():
        raise StateRefused("it was written by another version of the generator, Python or a library")
    try:
        unpacker = zlib.decompressobj()
        text = unpacker.decompress(payload, limit)
    except zlib.error as exc:
        raise StateRefused(f"it is not compressed data ({exc})") from None
    if unpacker.unconsumed_tail:
        raise StateRefused(f"it holds more than {limit:,} bytes, more than this project can explain")
    if not unpacker.eof or unpacker.unused_data:
        raise StateRefused("it is truncated or has data after its end")
    try:
        state = _SHAPE.validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise StateRefused(f"unexpected content at {where or 'the top'}: {first['msg']}") from None
    if state["project"] != (str(project.root), str(project.briefings), str(project.seeds)):
        raise StateRefused("it was written for another project")
    if state["templates"] != (None if templates is None else str(templates)):
        raise StateRefused("it was written for another template folder")
    try:
        return _rebuild(state, project, templates)
    except (ValueError, ValidationError) as exc:  # ValidationError is a ValueError; named for the reader
        raise StateRefused(f"unexpected content: {str(exc).splitlines()[0]}") from None


def _rebuild(state: _State, project: Project, templates: Path | None) -> Kept:
    """Objects from the checked data, through the constructors and validation a fresh build uses."""
    paths: dict[str, Path] = {}  # one Path for each file, however often it is named

    def path_of(name: str) -> Path:
        path = paths.get(name)
        if path is None:
            path = paths[name] = Path(name)
        return path

    cache = SeedCache()
    yaml_files = cache.kept("yaml")
    for name, parsed in state["yaml"].items():
        path = path_of(name)
        doc = _document(parsed["doc"], path) if parsed["doc"] else None
        yaml_files[path] = (parsed["digest"], doc, _found(parsed["found"]))
    seeds = cache.kept("seed")
    bodies: dict[str, str] = {}
    for name, kept in state["seeds"].items():
        path = path_of(name)
        seed = _seed(kept["seed"], path) if kept["seed"] else None
        seeds[path] = (kept["digest"], seed, _found(kept["found"]))
        if seed is not None:
            bodies[seed.meta.id] = seed.body
    memo: dict[str, Any] = {}
    if state["phrases"]:
        memo[" phrases"] = {tuple(words): ids for words, ids in state["phrases"]}
    for source, (digest, headline, named) in state["named"].items():
        body = bodies.get(source)
        if body is not None and _sha1(body) == digest:  # else the source changed since: found again
            memo[source] = (body, headline, set(named))
    briefings, actors, sources = (set(ids) for ids in state["entities"])
    layout = Layout(frozenset(state["layout"][0]), state["layout"][1])
    _check_pages(state["pages"], state["page_inputs"], (briefings, actors, sources), layout)
    return Kept(
        project,
        templates,
        cache,
        memo,
        {path_of(name): digest for name, digest in state["stamps"].items()},
        state["pages"],
        {page: set(units) for page, units in state["page_inputs"].items()},
        (briefings, actors, sources),
        layout,
    )


def _document(data: _Document, path: Path) -> Document:
    return Document(
        path,
        data["display"],
        data["data"],
        {tuple(keys): Mark(line, column) for keys, line, column in data["values"]},
        {tuple(keys): Mark(line, column) for keys, line, column in data["keys"]},
        data["line_offset"],
    )


def _seed(data: _SeedData, path: Path) -> Seed:
    front = _document(data["front"], path)
    body = data["body"]
    quotes = {}
    for quote, start, end in data["quotes"]:
        if not 0 <= start <= end <= len(body):
            raise ValueError(f"a quote of {path.name} is outside its text")
        quotes[quote] = Match(start, end)
    return Seed(SeedMeta.model_validate(front.data), front, body, front.display, quotes)


def _found(items: list[_Diagnostic]) -> list[Diagnostic]:
    return [Diagnostic(*item) for item in items]  # an unknown code raises ValueError


def expected_pages(entities: Entities, layout: Layout | None = None) -> set[str]:
    """The pages a build of these briefings, actors and sources writes (:mod:`generator.site.pages`)."""
    briefings, actors, sources = entities
    return {
        *index_paths(),
        *(BriefingPage.path_of(i) for i in briefings),
        *(ActorPage.path_of(i) for i in actors),
        *(SourcePage.path_of(i) for i in sources),
        *(layout.pages if layout else ()),
    }


def _check_pages(
    pages: dict[str, str], inputs: dict[str, list[tuple[str, str]]], entities: Entities, layout: Layout
) -> None:
    """Exactly the pages those entities have, and ids of the form ids have: no other path can be written."""
    if not all(re.fullmatch(ID_PATTERN, i) for ids in entities for i in ids):
        raise ValueError("an id is not of the form ids have")
    briefings, actors, _ = entities
    if not all(is_split_page(page, briefings, actors) for page in layout.pages):
        raise ValueError("a page of its layout is not one a build makes")
    expected = expected_pages(entities, layout)
    if set(pages) != expected or not set(inputs) <= expected:
        raise ValueError("its pages are not those of its briefings, actors and sources")
    if any(kind not in ("briefing", "seed") for units in inputs.values() for kind, _ in units):
        raise ValueError("a page depends on something that is neither a briefing nor a seed")


def size_limit(paths: Iterable[Path]) -> int:
    """The most a state for these input files may hold, uncompressed: generous, but bounded by the inputs.

    A state holds the inputs parsed (about their size again), their positions and the
    rendered pages: about 2.5 times the inputs at 1,000 articles.
    """
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return 64 * 2**20 + 32 * total


@functools.cache
def code_fingerprint() -> bytes:
    """What a saved state depends on besides the inputs: this package's code and templates, Python, libraries."""
    digest = hashlib.sha1(f"{sys.version}|{pydantic.VERSION}|{jinja2.__version__}|{yaml.__version__}".encode())
    package = Path(__file__).parents[1]  # the whole generator package, every room
    for path in sorted([*package.rglob("*.py"), *package.glob("site/templates/*.j2")]):  # the pages' templates
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return b"briefings-state " + digest.hexdigest().encode()
