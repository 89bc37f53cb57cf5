"""Seeds and briefing files remembered by content, so a rebuild reads and checks again only what changed."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from generator.diagnostics import Diagnostic, relpath
from generator.inputs.load import MAX_LINE, Document, Refused, SeedDocument, load_seed, load_yaml, read_bytes
from generator.inputs.schema import (
    Briefing,
    SeedMeta,
)
from generator.validate.common import reserved
from generator.validate.inputs import Seed
from generator.validate.schema_errors import validated

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

    :class:`~generator.build.pipeline.Incremental` keeps it between rebuilds while serving,
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
        """:func:`~generator.inputs.load.load_yaml`, remembered the same way (for briefing files and the registry)."""
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
    seed, more = seed_of(raw)
    return seed, found + more


def seed_of(raw: SeedDocument) -> tuple[Seed | None, list[Diagnostic]]:
    """A loaded seed checked as ``check`` checks it (its front matter's fields, id, lines), or its problems.

    The importer runs it on the seed it is about to write, so it never writes one that ``check`` refuses.
    """
    meta, found = validated(raw.front, SeedMeta)
    if meta is None or found:
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
