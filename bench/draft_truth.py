"""Draft measured against hand-made truth on real articles: ``make bench-draft``.

``python bench/draft_truth.py [FIXTURES] [--only ID,...] [--misses] [--json FILE]``

FIXTURES (default ``tests/fixtures/draft_truth/``) holds one folder per article:
``seed.md`` (made by ``briefings import`` from a page of the open article-extraction
benchmark), ``actors.yaml`` (the registry a briefing would have before: a few of the
article's actors) and ``truth.yaml`` (every direct quotation, every reported
statement and every registry entry the article needs, annotated by hand; the format
is in that folder's README.md). For each, ``briefings draft`` runs on a project of
the seed and the registry (in a temporary folder, ``--dry-run``: nothing is written)
and its draft is scored against the truth:

* **quotations**: truth quotations the draft lists (recall) and draft quotations the
  truth has (precision), compared as text (white space, a trailing comma and
  typographic quote marks forgiven);
* **speaker right**: for each direct quotation and each reported statement with a
  speaker, whether the draft's voice for it (the ``via`` go-between actor, else
  ``speaker``, else the position's ``actor``) is the truth's speaker; a statement the
  draft does not list counts as wrong. Quotations that are no actor's statement (a name,
  a label, an unnamed person; truth speaker ``null``) are right when the draft leaves them
  unattributed; the go-betweens (``via``) of the statements that have them are compared too;
* **principal right**: the position's ``actor`` is the truth's principal;
* **reported**: a draft evidence item of ``kind: reported`` matches the truth
  statement whose passage it overlaps by at least half of the shorter of the two;
* **registry**: the draft's proposed entries (``actors:``) against the truth's; an
  entry matches when its id is the truth's, or its name (any case, accents and a
  leading "the" forgiven) is the truth's name or one of its aliases, or ends with one
  of two words or more after a title ("Secretary of State Mike Pompeo"). Draft ids are mapped onto the
  truth's through these matches before speakers are compared. Of the matched: kind,
  country (states) and the relations the truth lists;
* **lines written**: the share of the final YAML lines the draft wrote (defined in
  :func:`final_lines`).

The instrument is tested in ``tests/test_draft_truth.py`` (the scorer on a tiny
hand-made case; every truth file consistent with its seed and registry).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from generator.authoring.draft import draft_seed  # noqa: E402
from generator.validate import Project, validate  # noqa: E402

DEFAULT = ROOT / "tests" / "fixtures" / "draft_truth"
#: The issue's targets, printed beside the figures.
TARGETS = {"quotations recall": 1.0, "speaker right": 0.95, "registry recall": 0.9, "lines written": 0.5}
#: Keys the analyst may find commented out in a draft and uncomment (the value kept).
UNCOMMENTABLE = frozenset(
    {"actor", "speaker", "kind", "country", "standing", "role", "relation", "unnamed", "to", "relay", "issue"}
)
#: Go-between hops of a ``via`` chain (README.md of the fixtures); a draft's ``via: actor`` (a named
#: spokesperson) is its voice, compared as the speaker, not as a hop.
HOPS = ("actor", "unnamed", "to", "relay")
CHAIN = ("unnamed", "to", "relay")

Json = dict[str, Any]


# --- Text ------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def norm(text: str) -> str:
    """Text compared loosely: typographic marks, white space, a trailing comma forgiven."""
    return " ".join(text.translate(_QUOTES).split()).rstrip(",").strip()


def name_key(text: str) -> str:
    """A name compared: any case, no accents, apostrophes alike, no leading "the"."""
    plain = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    words = re.findall(r"[\w'.-]+", plain)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def find_span(body: str, passage: str) -> tuple[int, int] | None:
    """Where ``passage`` stands in ``body`` (exactly, else with white space and marks forgiven)."""
    at = body.find(passage)
    if at >= 0:
        return at, at + len(passage)
    words = [re.escape(w) for w in passage.translate(_QUOTES).split()]
    if not words:
        return None
    m = re.search(r"\s+".join(words), body.translate(_QUOTES))
    return (m.start(), m.end()) if m else None


# --- The fixtures ----------------------------------------------------------------------------


@dataclass
class Fixture:
    """One article: its seed, the registry before, and the truth; perhaps the briefing before it, with the
    seeds of the other fixtures that briefing cites (links are scored against it: bench/draft_links.py)."""

    name: str
    seed_text: str
    actors_text: str
    truth: Json
    briefing_text: str | None = None
    #: other fixtures' seeds the briefing cites: seed id → seed.md's text
    cited: dict[str, str] = field(default_factory=dict)

    @property
    def seed_id(self) -> str:
        return str(self.truth["seed"])

    @property
    def body(self) -> str:
        return self.seed_text.split("\n---\n", 1)[1]

    def registry(self) -> dict[str, Json]:
        data = yaml.safe_load(self.actors_text) or {}
        return {a["id"]: a for a in data.get("actors") or []}


def load_fixture(folder: Path) -> Fixture:
    briefing = folder / "briefing.yaml"
    briefing_text = briefing.read_text(encoding="utf-8") if briefing.is_file() else None
    sources = (yaml.safe_load(briefing_text) or {}).get("sources") or [] if briefing_text else []
    cited = {
        str(sid): (folder.parent / str(sid) / "seed.md").read_text(encoding="utf-8")
        for sid in sources
        if sid != folder.name and (folder.parent / str(sid) / "seed.md").is_file()
    }
    return Fixture(
        folder.name,
        (folder / "seed.md").read_text(encoding="utf-8"),
        (folder / "actors.yaml").read_text(encoding="utf-8"),
        yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8")),
        briefing_text,
        cited,
    )


def fixtures(root: Path, only: list[str] | None = None) -> list[Fixture]:
    folders = sorted(p for p in root.iterdir() if (p / "truth.yaml").is_file())
    return [load_fixture(p) for p in folders if not only or any(p.name.startswith(o) for o in only)]


def statements(truth: Json) -> Iterator[tuple[str, Json]]:
    """Every truth statement with its kind: the direct quotations, then the reported statements."""
    for item in truth.get("direct") or []:
        yield "direct", item
    for item in truth.get("reported") or []:
        yield "reported", item


def hops(via: Any) -> list[tuple[str, str]]:
    """A ``via`` (a mapping, as the schema has it, or a list of hops, as the truth has it) as (kind, value) pairs."""
    items = via if isinstance(via, list) else [via] if isinstance(via, dict) else []
    return [(k, str(v)) for item in items if isinstance(item, dict) for k, v in item.items() if k in HOPS and v]


def check_truth(fx: Fixture) -> list[str]:
    """What is inconsistent in a truth file: a quote not in the seed, an unknown id, a principal the speaker
    does not lead or speak for, a registry entry the registry already has. Empty when all is well."""
    problems: list[str] = []
    truth, body, known = fx.truth, fx.body, fx.registry()
    if f'\nid: "{truth.get("seed")}"\n' not in fx.seed_text:
        problems.append(f"seed: {truth.get('seed')!r} is not the id in seed.md")
    if f'\nimported_from: "{truth.get("benchmark_id")}.html"\n' not in fx.seed_text:
        problems.append(f"benchmark_id: {truth.get('benchmark_id')!r} is not the page seed.md was imported from")
    entries = {e["id"]: e for e in truth.get("registry") or []}
    for made in entries:
        if made in known:
            problems.append(f"registry: {made!r} is already in actors.yaml")
    ids = set(known) | set(entries)
    relations = {a: _ups(e) for a, e in [*known.items(), *entries.items()]}
    for kind, item in statements(truth):
        text = item.get("quote") if kind == "direct" else item.get("passage")
        if not isinstance(text, str) or find_span(body, text) is None:
            problems.append(f"{kind}: not in the seed: {str(text)[:60]!r}")
        speaker, principal = item.get("speaker"), item.get("principal")
        for role, who in (("speaker", speaker), ("principal", principal)):
            if who is not None and who not in ids:
                problems.append(f"{kind}: unknown {role} {who!r} ({str(text)[:40]!r})")
        if speaker is not None and principal not in _chain(speaker, relations):
            problems.append(f"{kind}: principal {principal!r} is not {speaker!r} or led or spoken for by it")
        for hop, _ in hops(item.get("via")):
            if hop not in CHAIN:
                problems.append(f"{kind}: via hop {hop!r}: a named go-between is the speaker; hops are {CHAIN}")
    problems += _check_links(fx)
    for made, entry in entries.items():
        missing = [k for k in ("id", "name", "kind", "standing") if not entry.get(k)]
        if missing or (entry.get("kind") == "state" and not entry.get("country")):
            problems.append(f"registry: {made!r} lacks {', '.join(missing) or 'country'}")
        for rel in entry.get("relations") or []:
            if rel.get("actor") not in ids:
                problems.append(f"registry: {made!r} relation to unknown {rel.get('actor')!r}")
            if not isinstance(rel.get("quote"), str) or find_span(body, rel["quote"]) is None:
                problems.append(f"registry: {made!r} relation quote not in the seed: {rel.get('quote')!r}")
    return problems


def _check_links(fx: Fixture) -> list[str]:
    """The truth's links (bench/draft_links.py): each text in the seed, each id one of briefing.yaml's."""
    links = fx.truth.get("links")
    if not links:
        return []
    if fx.briefing_text is None:
        return ["links: given, but there is no briefing.yaml"]
    briefing = yaml.safe_load(fx.briefing_text) or {}
    ids = {k: {x.get("id") for x in briefing.get(k) or []} for k in ("issues", "timeline")}
    problems = []
    for kind, text_key, id_key, among in (
        ("propositions", "text", "issue", "issues"),
        ("events", "sentence", "event", "timeline"),
    ):
        for item in links.get(kind) or []:
            if find_span(fx.body, str(item.get(text_key))) is None:
                problems.append(f"links: {kind}: not in the seed: {str(item.get(text_key))[:60]!r}")
            if item.get(id_key) not in ids[among]:
                problems.append(f"links: {kind}: no {id_key} {item.get(id_key)!r} in briefing.yaml")
    return problems


def _ups(entry: Json) -> list[str]:
    return [r["actor"] for r in entry.get("relations") or [] if r.get("relation") in ("leads", "speaks-for")]


def _chain(start: str, ups: dict[str, list[str]]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for up in ups.get(todo.pop(), []):
            if up not in seen:
                seen.add(up)
                todo.append(up)
    return seen


# --- Running today's draft -------------------------------------------------------------------


def run_draft(fx: Fixture) -> str:
    """``briefings draft SEED --dry-run`` on a project of the fixture's seed and registry (and its briefing,
    with the seeds it cites, when it has one): the draft's text."""
    with tempfile.TemporaryDirectory(prefix="draft-truth-") as tmp:
        project = _project(fx, Path(tmp))
        inputs, problems = validate(project)
        done = draft_seed(project, inputs, problems, fx.seed_id, force=True, dry_run=True)
        if done.text is None:
            found = "; ".join(d.format() for d in done.found)
            raise RuntimeError(f"{fx.name}: the draft refused: {found}")
        return done.text


def briefing_problems(fx: Fixture) -> list[str]:
    """The errors ``check`` finds in the fixture's briefing (a briefing with errors links nothing)."""
    if fx.briefing_text is None:
        return []
    with tempfile.TemporaryDirectory(prefix="draft-truth-") as tmp:
        _, found = validate(_project(fx, Path(tmp)))
        return [d.format() for d in found if d.severity.value == "error" and d.path.startswith("briefings/story")]


def _project(fx: Fixture, root: Path) -> Project:
    (root / "seeds").mkdir()
    (root / "briefings").mkdir()
    (root / "seeds" / f"{fx.seed_id}.md").write_text(fx.seed_text, encoding="utf-8")
    (root / "briefings" / "actors.yaml").write_text(fx.actors_text, encoding="utf-8")
    if fx.briefing_text is not None:
        (root / "briefings" / "story.yaml").write_text(fx.briefing_text, encoding="utf-8")
    for sid, text in fx.cited.items():
        (root / "seeds" / f"{sid}.md").write_text(text, encoding="utf-8")
    return Project.at(root)


# --- Reading a draft -------------------------------------------------------------------------

_COMMENTED = re.compile(r'^(\s*)#\s?([a-z_]+): ("(?:[^"\\]|\\.)+")\s*(?:#.*)?$')


def uncommented(text: str) -> str:
    """The draft as the analyst would uncomment it: ``# key: "value"`` lines with a known key and a value."""
    out = []
    for line in text.splitlines():
        m = _COMMENTED.match(line)
        out.append(f"{m.group(1)}{m.group(2)}: {m.group(3)}" if m and m.group(2) in UNCOMMENTABLE else line)
    return "\n".join(out) + "\n"


@dataclass
class Item:
    """One evidence item of a draft, with where it stands."""

    quote: str
    kind: str
    speaker: str | None
    via: Any
    #: the enclosing position's actor (``None``: unattributed)
    actor: str | None

    def voice(self) -> str | None:
        """Whose words the draft says these are: the named go-between, else the speaker, else the position's actor."""
        named = [v for k, v in hops(self.via) if k == "actor"]
        return named[0] if named else self.speaker or self.actor


@dataclass
class Read:
    """What a draft holds, as the scorer sees it."""

    items: list[Item]
    proposals: list[Json]


def read_draft(text: str) -> Read:
    """The draft's evidence items (under positions and unattributed, or anywhere but the timeline) and entries."""
    data = _load(uncommented(text)) or _load(text) or {}
    items: list[Item] = []
    for key, value in data.items():
        if key not in ("timeline", "actors", "source"):
            items += list(_items(value, None))
    proposals = [a for a in data.get("actors") or [] if isinstance(a, dict)]
    return Read(items, proposals)


def _load(text: str) -> Json | None:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def _items(node: Any, actor: str | None) -> Iterator[Item]:
    if isinstance(node, list):
        for x in node:
            yield from _items(x, actor)
    elif isinstance(node, dict):
        if isinstance(node.get("quote"), str) and "source" in node:
            speaker = node.get("speaker")
            yield Item(node["quote"], str(node.get("kind") or "direct"), speaker, node.get("via"), actor)
            return
        here = node.get("actor") if isinstance(node.get("actor"), str) and "evidence" in node else actor
        for value in node.values():
            yield from _items(value, here)


def truth_as_draft(truth: Json) -> str:
    """The draft that says exactly what the truth says (a perfect draft; or a second annotator's truth, scored as
    if it were the draft: bench/agreement.py)."""
    positions, unattributed = [], []
    for kind, item in statements(truth):
        evidence = {"source": truth["seed"], "quote": item.get("quote") or item.get("passage"), "kind": kind}
        if item.get("via"):
            evidence["via"] = item["via"]
        if item.get("speaker") is None:
            unattributed.append(evidence)
            continue
        if item["speaker"] != item["principal"]:
            evidence["speaker"] = item["speaker"]
        positions.append({"actor": item["principal"], "evidence": [evidence]})
    actors = [
        {
            k: v
            for k, v in {
                **e,
                "relations": [{"relation": r["relation"], "actor": r["actor"]} for r in e.get("relations") or []],
            }.items()
            if k != "aliases"
        }
        for e in truth.get("registry") or []
    ]
    draft = {"source": truth["seed"], "actors": actors, "positions": positions, "unattributed": unattributed}
    return yaml.safe_dump(draft, allow_unicode=True, sort_keys=False)


# --- Scoring ---------------------------------------------------------------------------------


@dataclass
class Tally:
    """A count of successes out of a total."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    def __iadd__(self, other: Tally) -> Tally:
        return Tally(self.hit + other.hit, self.total + other.total)

    def share(self) -> float | None:
        return self.hit / self.total if self.total else None

    def text(self) -> str:
        share = self.share()
        return f"{self.hit}/{self.total}" + (f" ({share:.0%})" if share is not None else "")


@dataclass
class Score:
    """Every figure for one fixture (or, summed, for all)."""

    quotations_recall: Tally = field(default_factory=Tally)
    quotations_precision: Tally = field(default_factory=Tally)
    direct_speaker: Tally = field(default_factory=Tally)
    no_speaker_left: Tally = field(default_factory=Tally)
    reported_recall: Tally = field(default_factory=Tally)
    reported_precision: Tally = field(default_factory=Tally)
    reported_speaker: Tally = field(default_factory=Tally)
    principal: Tally = field(default_factory=Tally)
    via: Tally = field(default_factory=Tally)
    registry_recall: Tally = field(default_factory=Tally)
    registry_speakers_recall: Tally = field(default_factory=Tally)
    registry_precision: Tally = field(default_factory=Tally)
    registry_kind: Tally = field(default_factory=Tally)
    registry_country: Tally = field(default_factory=Tally)
    registry_relations: Tally = field(default_factory=Tally)
    lines_written: Tally = field(default_factory=Tally)
    lines_kept: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)

    def speaker(self) -> Tally:
        both = Tally()
        both += self.direct_speaker
        both += self.reported_speaker
        return both

    def __iadd__(self, other: Score) -> Score:
        for name in self.__dataclass_fields__:
            if name == "misses":
                self.misses += other.misses
            else:
                setattr(self, name, getattr(self, name).__iadd__(getattr(other, name)))
        return self


def match_entries(truth: list[Json], proposed: list[Json], known: dict[str, Json]) -> dict[int, str]:
    """Which proposed entry (by index) is which truth entry (by id); one to one, in order.

    A proposal naming an actor the registry already has matches nothing (it would be a duplicate).
    """
    matched: dict[int, str] = {}
    taken: set[str] = set()
    for i, entry in enumerate(proposed):
        if any(_same_actor(entry, k) for k in known.values()):
            continue
        for want in truth:
            if want["id"] not in taken and _same_actor(entry, want):
                matched[i] = want["id"]
                taken.add(want["id"])
                break
    return matched


def _same_actor(proposed: Json, want: Json) -> bool:
    if proposed.get("id") == want.get("id"):
        return True
    said = name_key(str(proposed.get("name") or ""))
    if not said:
        return False
    forms = {name_key(str(n)) for n in [want.get("name"), *(want.get("aliases") or [])] if n}
    # a title before a name of two words or more ("Secretary of State Mike Pompeo"); not before a surname
    # alone, or "Hunter Biden" would be Joe Biden ("Biden")
    return said in forms or any(" " in f and said.endswith(" " + f) for f in forms)


def score(fx: Fixture, draft_text: str) -> Score:
    """The draft of one fixture against its truth."""
    s = Score()
    truth, body, known = fx.truth, fx.body, fx.registry()
    read = read_draft(draft_text)
    entries: list[Json] = list(truth.get("registry") or [])
    matched = match_entries(entries, read.proposals, known)
    ids = {str(read.proposals[i].get("id")): tid for i, tid in matched.items()}

    def mapped(who: str | None) -> str | None:
        return ids.get(who, who) if who is not None else None

    pairs = _pair_direct(truth, read, s) + _pair_reported(truth, read, body, s)
    for kind, want, got in pairs:
        _score_statement(s, kind, want, got, mapped)
    _score_registry(s, entries, read.proposals, matched, truth, mapped)
    final, written = final_lines(truth, fx.seed_id, pairs, read.proposals, matched, mapped)
    s.lines_written = Tally(written, final)
    s.lines_kept = Tally(written, draft_lines(read, fx.seed_id, mapped))
    s.misses = [f"{fx.name}: {m}" for m in s.misses]
    return s


Pair = tuple[str, Json, Item | None]


def _pair_direct(truth: Json, read: Read, s: Score) -> list[Pair]:
    direct = [it for it in read.items if it.kind == "direct"]
    left = list(direct)
    pairs: list[Pair] = []
    for want in truth.get("direct") or []:
        got = next((it for it in left if norm(it.quote) == norm(want["quote"])), None)
        if got is not None:
            left.remove(got)
        else:
            s.misses.append(f"direct not listed: {want['quote'][:60]!r}")
        s.quotations_recall.add(got is not None)
        pairs.append(("direct", want, got))
    for it in direct:
        s.quotations_precision.add(it not in left)
    s.misses += [f"listed, not a quotation of the truth: {it.quote[:60]!r}" for it in left]
    return pairs


def _pair_reported(truth: Json, read: Read, body: str, s: Score) -> list[Pair]:
    """Each truth statement with the draft item that fits it best, the closest pairs first.

    An item may cover half of several truth statements (a clause inside a longer one): taken in the
    truth's order, the outer statement would take the item that is exactly the inner one. So every
    eligible pair (half the shorter span shared) is ranked by how much of both spans they share, and
    the closest pairs are made first.
    """
    reported = [(it, find_span(body, it.quote)) for it in read.items if it.kind == "reported"]
    found = [(it, span) for it, span in reported if span is not None]
    wanted = list(truth.get("reported") or [])
    spans = [find_span(body, want["passage"]) for want in wanted]
    ranked = sorted(
        (
            (-_closeness(span, got[1]), w, g)
            for w, span in enumerate(spans)
            for g, got in enumerate(found)
            if _overlap(span, got[1]) >= 0.5
        ),
    )
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for _, w, g in ranked:
        if w not in chosen and g not in taken:
            chosen[w] = g
            taken.add(g)
    pairs: list[Pair] = []
    for w, want in enumerate(wanted):
        got = found[chosen[w]][0] if w in chosen else None
        if got is None:
            s.misses.append(f"reported not listed: {want['passage'][:60]!r}")
        s.reported_recall.add(got is not None)
        pairs.append(("reported", want, got))
    for it, span in reported:
        s.reported_precision.add(span is not None and any(found[g][0] is it for g in taken))
    return pairs


def _closeness(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """The shared length of two spans over their union's (1.0 for the same span)."""
    if a is None or b is None:
        return 0.0
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """The shared length of two spans over the shorter one's."""
    if a is None or b is None:
        return 0.0
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(1, min(a[1] - a[0], b[1] - b[0]))


def _score_statement(s: Score, kind: str, want: Json, got: Item | None, mapped: Any) -> None:
    text = (want.get("quote") or want.get("passage") or "")[:50]
    speaker = want.get("speaker")
    voice = mapped(got.voice()) if got is not None else None
    if speaker is None:
        if kind == "direct":
            s.no_speaker_left.add(got is not None and voice is None)
            if got is not None and voice is not None:
                s.misses.append(f"{kind} {text!r}: speaker {voice} instead of None (no actor's)")
        return
    tally = s.direct_speaker if kind == "direct" else s.reported_speaker
    tally.add(voice == speaker)
    if got is not None and voice != speaker:
        s.misses.append(f"{kind} {text!r}: speaker {voice} instead of {speaker}")
    s.principal.add(got is not None and mapped(got.actor) == want.get("principal"))
    if got is not None and voice == speaker and mapped(got.actor) != want.get("principal"):
        s.misses.append(f"{kind} {text!r}: principal {mapped(got.actor)} instead of {want.get('principal')}")
    if want.get("via"):
        s.via.add(got is not None and _same_hops(hops(want["via"]), hops(got.via), mapped))


def _same_hops(want: list[tuple[str, str]], got: list[tuple[str, str]], mapped: Any) -> bool:
    """The same go-betweens (unnamed, to, relay), in any order; texts loosely (one holds the other)."""
    left = [g for g in got if g[0] in CHAIN]
    for kind, value in want:
        hit = next((g for g in left if g[0] == kind and _same_value(kind, value, g[1], mapped)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def _same_value(kind: str, want: str, got: str, mapped: Any) -> bool:
    if mapped(got) == want:
        return True
    a, b = name_key(want), name_key(got)
    return bool(a and b and (a in b or b in a))


def _score_registry(
    s: Score, entries: list[Json], proposed: list[Json], matched: dict[int, str], truth: Json, mapped: Any
) -> None:
    found = set(matched.values())
    speakers = {item.get("speaker") for _, item in statements(truth)}
    for want in entries:
        s.registry_recall.add(want["id"] in found)
        if want["id"] in speakers:
            s.registry_speakers_recall.add(want["id"] in found)
        if want["id"] not in found:
            s.misses.append(f"registry entry not proposed: {want['id']} ({want['name']})")
    for i, entry in enumerate(proposed):
        s.registry_precision.add(i in matched)
        if i not in matched:
            s.misses.append(f"registry entry proposed, not in the truth: {entry.get('id')} ({entry.get('name')})")
    by_id = {e["id"]: e for e in entries}
    for i, tid in matched.items():
        want, got = by_id[tid], proposed[i]
        s.registry_kind.add(got.get("kind") == want["kind"])
        if want["kind"] == "state":
            s.registry_country.add(got.get("country") == want.get("country"))
        rels = {(r.get("relation"), mapped(r.get("actor"))) for r in got.get("relations") or [] if isinstance(r, dict)}
        for r in want.get("relations") or []:
            s.registry_relations.add((r["relation"], r["actor"]) in rels)
            if (r["relation"], r["actor"]) not in rels:
                s.misses.append(f"relation not proposed: {tid} {r['relation']} {r['actor']} (draft: {sorted(rels)})")


# --- Lines written ---------------------------------------------------------------------------


def final_lines(
    truth: Json, seed: str, pairs: list[Pair], proposed: list[Json], matched: dict[int, str], mapped: Any
) -> tuple[int, int]:
    """How many leaf lines the final annotation has, and how many of them the draft wrote.

    The final annotation is what the truth implies an analyst pastes: for each statement with a speaker, a
    position (``actor``: the principal; ``issue``, ``stance``, ``summary``: the analyst's, never written by
    a draft) with one evidence item (``source``, ``quote``, ``kind``, the voice when it is not the principal,
    one line per ``via`` go-between); for each registry entry, ``id``, ``name``, ``kind``, ``standing``, ``country``
    when given, and ``relation`` and ``actor`` of each relation. A line counts as written when the draft
    item or entry matched to it has the same value (after uncommenting ``# key: "value"``; ids mapped; a
    quote exact but for white space and a trailing comma; the entry's ``id`` line whatever id it chose).
    Structure lines (``evidence:``, ``via:``, ``relations:``) and quotes of relations are not counted.
    """
    final = written = 0
    for kind, want, got in pairs:
        if want.get("speaker") is None:
            continue
        lines = _statement_lines(kind, want, seed)
        final += len(lines) + 3  # issue, stance, summary: the analyst's
        if got is not None:
            written += _common(lines, _statement_lines(got.kind, _as_truth(got, mapped), seed))
    by_id = {e["id"]: e for e in truth.get("registry") or []}
    for want in by_id.values():
        final += len(_entry_lines(want))
    for i, tid in matched.items():
        want_lines = _entry_lines(by_id[tid])
        rels = [r for r in proposed[i].get("relations") or [] if isinstance(r, dict)]
        rels = [{**r, "actor": mapped(r.get("actor"))} for r in rels]
        written += _common(want_lines, _entry_lines({**proposed[i], "id": tid, "relations": rels}))
    return final, written


def draft_lines(read: Read, seed: str, mapped: Any) -> int:
    """How many lines the draft wrote, counted as the final ones are (an unattributed item has no ``actor``)."""
    items = sum(len(_statement_lines(it.kind, _as_truth(it, mapped), seed)) - (it.actor is None) for it in read.items)
    return items + sum(len(_entry_lines(p)) for p in read.proposals)


def _as_truth(item: Item, mapped: Any) -> Json:
    """A draft item in the truth's terms: its quote, principal, voice and go-betweens, ids mapped."""
    return {
        "quote": item.quote,
        "passage": item.quote,
        "principal": mapped(item.actor),
        "speaker": mapped(item.voice()),
        "via": [{k: v} for k, v in hops(item.via) if k in CHAIN],
    }


def _statement_lines(kind: str, item: Json, seed: str) -> list[tuple[str, str]]:
    """A statement's final lines: the position's actor, the evidence's source, quote, kind, the voice when it
    is not the principal (``speaker:``, or ``via: actor:`` for a spokesperson), one line per go-between."""
    text = item.get("quote") if kind == "direct" else item.get("passage")
    lead = item.get("principal")
    lines = [("actor", str(lead)), ("source", seed), ("quote", norm(str(text))), ("kind", kind)]
    if item.get("speaker") is not None and item.get("speaker") != lead:
        lines.append(("speaker", str(item["speaker"])))
    return lines + [(f"via.{k}", name_key(v)) for k, v in hops(item.get("via")) if k in CHAIN]


def _entry_lines(entry: Json) -> list[tuple[str, str]]:
    lines = [("id", str(entry.get("id")))]
    lines += [(k, str(entry[k])) for k in ("name", "kind", "standing", "country") if entry.get(k)]
    for r in entry.get("relations") or []:
        if isinstance(r, dict):
            lines += [("relation", f"{r.get('relation')} {r.get('actor')}"), ("relation.actor", str(r.get("actor")))]
    return lines


def _common(want: list[tuple[str, str]], have: list[tuple[str, str]]) -> int:
    left = list(have)
    hit = 0
    for line in want:
        if line in left:
            left.remove(line)
            hit += 1
    return hit


# --- Report ----------------------------------------------------------------------------------

ROWS = [
    ("quotations recall", "quotations_recall", "truth quotations the draft lists"),
    ("quotations precision", "quotations_precision", "draft quotations that are the truth's"),
    ("speaker right, direct", "direct_speaker", "direct quotations with a speaker: the draft's voice is it"),
    ("speaker right, reported", "reported_speaker", "reported statements with a speaker: the draft's voice is it"),
    ("speaker right", None, "both together (target 95%)"),
    ("no actor's, left so", "no_speaker_left", "quotations no actor said (a name, a label) left unattributed"),
    ("principal right", "principal", "statements filed under the truth's principal"),
    ("via right", "via", "statements with go-betweens: the same hops"),
    ("reported recall", "reported_recall", "reported statements the draft lists (kind: reported)"),
    ("reported precision", "reported_precision", "draft reported items that are the truth's"),
    ("registry recall", "registry_recall", "truth entries the draft proposes (target 90%)"),
    ("  of speakers", "registry_speakers_recall", "the same, for entries that speak in the article"),
    ("registry precision", "registry_precision", "draft entries that are the truth's"),
    ("registry kind", "registry_kind", "matched entries with the right kind"),
    ("registry country", "registry_country", "matched states with the right ISO code"),
    ("registry relations", "registry_relations", "truth leads/speaks-for/member-of relations proposed"),
    ("lines written", "lines_written", "final YAML lines the draft wrote (target 50%)"),
    ("lines kept", "lines_kept", "draft lines (positions, entries) that are final lines"),
]


def tally(s: Score, attr: str | None) -> Tally:
    return s.speaker() if attr is None else getattr(s, attr)


def report(scores: dict[str, Score], misses: bool) -> str:
    total = Score()
    for s in scores.values():
        total += s
    names = list(scores)
    head = f"{'':<26}" + "".join(f"{n[:8]:>9}" for n in names) + f"{'all':>18}"
    lines = [f"Draft against hand-made truth: {len(scores)} articles", "", head]
    for label, attr, _ in ROWS:
        cells = "".join(_cell(tally(scores[n], attr)) for n in names)
        lines.append(f"{label:<26}{cells}{tally(total, attr).text():>18}")
    lines += ["", "Rows:"] + [f"  {label}: {what}" for label, _, what in ROWS]
    if misses:
        lines += ["", "Misses:"] + [f"  {m}" for m in total.misses]
    return "\n".join(lines)


def _cell(t: Tally) -> str:
    share = t.share()
    return f"{'—' if share is None else f'{share:.0%}':>9}"


def as_json(scores: dict[str, Score]) -> Json:
    out: Json = {}
    for name, s in scores.items():
        out[name] = {label: [tally(s, attr).hit, tally(s, attr).total] for label, attr, _ in ROWS}
    return out


def fixtures_parser(doc: str | None) -> argparse.ArgumentParser:
    """The options every bench on these fixtures takes: the folder, ``--only``, ``--misses``."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("fixtures", nargs="?", type=Path, default=DEFAULT, help="the truth fixtures' folder")
    parser.add_argument("--only", help="only these fixtures (comma-separated names or their first characters)")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    return parser


def print_problems(folder: Path, broken: dict[str, list[str]], file: str) -> bool:
    """Each problem as an error naming its fixture's file (``file`` in its folder); whether there was one."""
    for name, problems in broken.items():
        for p in problems:
            print(f"error: {folder / name / file}: {p}", file=sys.stderr)
    return any(broken.values())


def main(argv: list[str] | None = None) -> int:
    parser = fixtures_parser(__doc__)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not args.fixtures.is_dir():
        print(f"error: no folder {args.fixtures} (expected one folder per article with truth.yaml)", file=sys.stderr)
        return 2
    only = [o for o in (args.only or "").split(",") if o]
    found = fixtures(args.fixtures, only)
    if not found:
        print(f"error: no fixture in {args.fixtures} matches", file=sys.stderr)
        return 2
    if print_problems(args.fixtures, {fx.name: check_truth(fx) for fx in found}, "truth.yaml"):
        return 1
    scores = {fx.name: score(fx, run_draft(fx)) for fx in found}
    print(report(scores, args.misses))
    if args.json:
        args.json.write_text(json.dumps(as_json(scores), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
