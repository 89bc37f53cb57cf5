"""References between files: actors, issues, sources and questions that exist, quotes found in their sources.

:class:`References` holds the state every check shares; each concern's checks are a class built on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from generator.diagnostics import Diagnostic, Severity
from generator.inputs.load import Document, KeyPath
from generator.inputs.matching import Match, normalise
from generator.inputs.schema import Briefing, Evidence
from generator.inputs.slugs import slug
from generator.validate.common import _present
from generator.validate.inputs import OUTLETS, Inputs
from generator.validate.schema_errors import close
from generator.vocabulary import ActorKind, OutletKind, Standing


class References:
    """The checks' shared state, and references between files."""

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
