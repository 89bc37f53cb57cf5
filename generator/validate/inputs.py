"""What validation reads and hands on: the project's folders and the checked inputs of one build."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

from generator.inputs import dates
from generator.inputs.dates import Dating
from generator.inputs.load import Document
from generator.inputs.matching import Match, SourceText, normalise
from generator.inputs.quotations import Quotation, quotations
from generator.inputs.schema import (
    Actor,
    Briefing,
    Outlet,
    SeedMeta,
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
