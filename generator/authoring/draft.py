"""``generator draft SOURCE``: a draft of annotations for one seed, in a file of its own.

The draft goes to ``briefings/drafts/<seed-id>.yaml``, a folder the build never
reads, so it is never published; ``check`` warns while one waits (BRF090). It
holds, for the analyst to review and copy into a briefing and the registry:

* one position skeleton per attributed direct quotation (:mod:`generator.authoring.speakers`):
  the principal as ``actor``, the quote exact and escaped as ``direct`` evidence
  with its ``speaker`` and ``via``, ``said_on`` when the sentence dates it; the
  ``issue``, ``stance`` and ``summary`` commented out, so a skeleton pasted
  unreviewed fails ``check`` instead of being published as if reviewed;
* the quotations no speaker was found for, as evidence items;
* registry entries for speakers the registry does not have;
* candidate timeline events, one per relative date phrase ("on Wednesday") the
  article uses, resolved against its date (:func:`generator.inputs.dates.resolve`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.authoring import countries, inferred
from generator.authoring.entities import Proposal, propose
from generator.authoring.importer import yaml_string
from generator.authoring.links import Linker, event_lines, issue_lines, question_lines
from generator.authoring.speakers import Names, Report, Speaker, Statement, attribute, reported
from generator.diagnostics import Diagnostic, relpath
from generator.inputs import dates
from generator.inputs.load import load_seed
from generator.inputs.quotations import Quotation
from generator.inputs.saying import framed, sentences
from generator.inputs.schema import Actor
from generator.inputs.slugs import slug
from generator.validate import DRAFTS_DIR, Inputs, Project, Seed
from generator.vocabulary import ActorKind, Relation, Stance, Standing, Tense
from generator.writing import Output, Refused, write_file


def draft_path(project: Project, seed_id: str) -> Path:
    """Where the draft for a seed is written."""
    return project.briefings / DRAFTS_DIR / f"{seed_id}.yaml"


# --- What a draft holds ------------------------------------------------------------------------


@dataclass(frozen=True)
class DatePhrase:
    """Relative date words in a sentence, resolved against the source's date when it has one."""

    start: int
    end: int
    words: str
    tense: Tense
    when: dates.When | None


@dataclass
class Draft:
    """Everything found in one seed, before it is written out."""

    seed: Seed
    statements: list[Statement]
    phrases: list[DatePhrase]
    #: speakers the registry lacks: proposed id → name
    new_actors: dict[str, str] = field(default_factory=dict)
    #: the same the other way round: name → proposed id
    new_ids: dict[str, str] = field(default_factory=dict)
    #: sentence (start, end) → the registry actors and new names it mentions
    actors_in: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    #: registry entries proposed for what the article names and the registry lacks
    proposals: list[Proposal] = field(default_factory=list)
    #: statements reported in the writer's words
    reports: list[Report] = field(default_factory=list)
    #: the registry with the proposals, which speakers are found in and principals followed through
    registry: dict[str, Actor] = field(default_factory=dict)
    #: what the briefings already have, to link statements and dates to (none: no links)
    linker: Linker = field(default_factory=Linker)
    #: for a seed with no date, the ``inferred_date`` its own dates suggest
    inferred: inferred.Proposed | None = None

    @property
    def anchor(self) -> dates.When | None:
        """The date the article's relative dates are resolved against: the seed's, else the one proposed."""
        return self.seed.when or (self.inferred.when if self.inferred else None)


def make_draft(seed: Seed, actors: dict[str, Actor]) -> Draft:
    """Find the quotations, speakers, reported statements, new actors and relative dates of a seed."""
    body = seed.body
    proposals = propose(body, actors.values(), seed.meta.outlet)
    registry = {**actors, **{p.id: p.as_actor() for p in proposals}}
    names = Names(registry.values())
    found = attribute(body, names)
    frame = framed(body, [q for s in found for q in s.pieces])
    phrases = [p for a, b in sentences(frame) for p in find_phrases(body, frame, a, b, seed.when)]
    dated = inferred.propose([(p.words, p.tense) for p in phrases]) if seed.when is None else None
    if dated is not None:  # an undated article: its other dates resolved against the date proposed for it
        phrases = [p for a, b in sentences(frame) for p in find_phrases(body, frame, a, b, dated.when)]
    draft = Draft(seed, found, phrases, proposals=proposals, reports=reported(body, names), registry=registry)
    draft.inferred = dated
    speakers = [*(s.speaker for s in found), *(r.speaker for r in draft.reports)]
    named = list(dict.fromkeys(sp.name for sp in speakers if sp.actor is None and sp.name))
    for name in named:
        full = next((n for n in named if n.endswith(" " + name)), name)  # "CDC" is "Chinese CDC"'s entry
        if full not in draft.new_ids:
            made = _new_id(full, registry, draft.new_actors)
            draft.new_actors[made] = full
            draft.new_ids[full] = made
        draft.new_ids[name] = draft.new_ids[full]
    for a, b in sentences(frame):
        ids = [m.actor for m in names.mentions(frame, a, b) if m.actor]
        draft.actors_in[(a, b)] = list(dict.fromkeys(ids))
    return draft


def _new_id(name: str, actors: dict[str, Actor], taken: dict[str, str]) -> str:
    """An id for a name not in the registry, taken by no actor and no other new name."""
    base = slug(name) or "actor"
    made, n = base, 2
    while made in actors or (made in taken and taken[made] != name):
        made, n = f"{base}-{n}", n + 1
    return made


_FUTURE = re.compile(r"\b(?:will|shall|would|(?:is|are) (?:set |due )?to|plans? to|going to)\b")
_PHRASE_WORDS = 8


def find_phrases(body: str, frame: str, start: int, end: int, anchor: dates.When | None) -> Iterator[DatePhrase]:
    """The relative date phrases ``generator.inputs.dates`` understands in one sentence, outside quotation marks.

    Every run of up to eight words is tried, longest first; a month name must be
    capitalised (``may`` is a verb) and ``just`` alone is not taken.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s#]+", frame[start:end])]
    probe = anchor or dates.When(dates.today())
    i = 0
    while i < len(words):
        for n in range(min(_PHRASE_WORDS, len(words) - i), 0, -1):
            a, b = start + words[i][0], start + words[i + n - 1][1]
            text = body[a:b].rstrip(",.;:!?)”\"’'").lstrip("(“\"‘'")
            if text and _plausible(text) and dates.resolve(text, probe, Tense.PAST) is not None:
                first = a + body[a:b].index(text)
                tense = _tense(frame, start, first)
                # the tense matters only where the words give no direction ("on Tuesday", not "recently")
                either = {dates.resolve(text, probe, t) for t in Tense}
                used = tense if len(either) > 1 else Tense.PAST
                when = dates.resolve(text, anchor, used) if anchor else None
                yield DatePhrase(first, first + len(text), text, used, when)
                i += n
                break
        else:
            i += 1


def _tense(frame: str, sentence_start: int, at: int) -> Tense:
    """Future when the phrase's clause looks ahead ("will rise … from 1 August", "is set to hold talks on Tuesday")."""
    clause = re.split(r"[,;:–—]", frame[sentence_start:at])[-1]
    return Tense.FUTURE if _FUTURE.search(clause) else Tense.PAST


def _plausible(text: str) -> bool:
    """Words a reader would take as a date: not ``may`` or ``just`` alone, months capitalised."""
    lowered = text.lower()
    if lowered in ("just", "may", "march", "sat", "sun", "mar", "dec", "jan", "a", "an", "one"):
        return lowered == "march" and text == "March"
    return not any(w.lower() in dates.MONTH_WORDS and w[:1].islower() for w in text.split())


# --- Principals --------------------------------------------------------------------------------


def principal(voice: str, actors: dict[str, Actor]) -> tuple[str, list[str]]:
    """The actor whose position a voice's words show: along ``speaks-for`` and ``leads``, as far as they go.

    Returns it and the other actors the voice also speaks for or leads (the analyst may choose one of them).
    """
    seen = [voice]
    current = voice
    others: list[str] = []
    while True:
        actor = actors.get(current)
        ups = [r.actor for r in actor.relations if r.relation in _SPEAKS] if actor else []
        ups = [u for u in ups if u in actors and u not in seen]
        if not ups:
            return current, others
        others += ups[1:]
        current = ups[0]
        seen.append(current)


_SPEAKS = (Relation.SPEAKS_FOR, Relation.LEADS)


# --- Writing it out ----------------------------------------------------------------------------


def draft_text(draft: Draft, actors: dict[str, Actor]) -> str:
    """The draft file: YAML the strict loader reads, every value double-quoted, TODOs as comments."""
    seed = draft.seed
    sid = seed.meta.id
    found = [s for s in draft.statements if s.speaker.found]
    pieces = sum(len(s.pieces) for s in draft.statements)
    lines = [
        f"# Draft annotations for seeds/{sid}.md, written by `python -m generator draft {sid}`.",
        "#",
        "# Never published: the build does not read briefings/drafts/, and `check` warns",
        "# (BRF090) while this file is here. Review each item, copy what you keep into a",
        "# briefing (briefings/<id>.yaml) and the actor registry, fill in every TODO",
        "# (issue, stance, summary, what), then delete this file.",
        "#",
        f"# {pieces} direct quotation{'s' * (pieces != 1)} in {len(draft.statements)} statement"
        f"{'s' * (len(draft.statements) != 1)}: {len(found)} with a speaker found, "
        f"{len(draft.statements) - len(found)} without (under `unattributed:`).",
        f"source: {yaml_string(sid)}",
        "",
    ]
    lines += inferred.lines(draft.inferred, sid)
    lines += _actors_part(draft)
    lines += _positions_part(draft, draft.registry or actors)
    lines += _unattributed_part(draft)
    lines += _timeline_part(draft)
    return "\n".join(lines) + "\n"


def _actors_part(draft: Draft) -> list[str]:
    lines = [
        "# Who the article names that the actor registry does not have: entries to",
        "# paste into briefings/actors.yaml under `actors:`. Kind, standing and",
        "# relations are guesses from the words around the name: check each.",
    ]
    if not countries.available():
        lines.append("# pycountry is not installed, so no state was recognised: pip install pycountry")
    if not draft.new_actors and not draft.proposals:
        return [*lines, "actors: []", ""]
    lines.append("actors:")
    for p in draft.proposals:
        lines += _proposal(draft, p)
    kinds = ", ".join(k.value for k in ActorKind if k is not ActorKind.PERSON)
    standings = ", ".join(s.value for s in Standing)
    for made, name in draft.new_actors.items():
        lines += [
            f"  - id: {yaml_string(made)}",
            f"    name: {yaml_string(name)}",
            f'    kind: "person"  # TODO: or {kinds}',
            f'    standing: "other"  # TODO: {standings}',
        ]
    return [*lines, ""]


def _proposal(draft: Draft, p: Proposal) -> list[str]:
    """One proposed registry entry, as YAML list lines; the words each relation rests on as its evidence."""
    lines = [
        f"  # {_one_line(p.how)}",
        f"  - id: {yaml_string(p.id)}",
        f"    name: {yaml_string(p.name)}",
        f"    kind: {yaml_string(p.kind.value)}",
        f"    standing: {yaml_string(p.standing.value)}",
    ]
    if p.country:
        lines.append(f"    country: {yaml_string(p.country)}")
    elif p.guessed_country:
        lines.append(
            f"    # country: {yaml_string(p.guessed_country)}  # TODO: the article's country, a guess: check it"
        )
    if p.role:
        lines.append(f"    role: {yaml_string(p.role)}")
    if p.aliases:
        lines.append("    aliases:")
        lines += [f"      - {yaml_string(a)}" for a in p.aliases]
    if p.relations:
        lines.append("    relations:")
        for relation, whom, words in p.relations:
            lines += [
                f"      - relation: {yaml_string(relation.value)}",
                f"        actor: {yaml_string(whom)}",
                "        evidence:",
                f"          - source: {yaml_string(draft.seed.meta.id)}",
                f"            quote: {yaml_string(words)}",
            ]
    return lines


def _positions_part(draft: Draft, actors: dict[str, Actor]) -> list[str]:
    lines = [
        "# One position skeleton per statement with a speaker found: the direct",
        "# quotations (kind: direct) and the sentences that report what someone said",
        "# (kind: reported). `actor` is the principal the speaker's words count for",
        "# (along speaks-for and leads in the registry and the proposed entries).",
        "# Uncomment and fill in issue, stance and summary.",
    ]
    found: list[Statement | Report] = [s for s in draft.statements if s.speaker.found]
    found += [r for r in draft.reports if r.speaker.found]
    if not found:
        return [*lines, "positions: []", ""]
    found.sort(key=lambda x: x.sentence[0] if isinstance(x, Statement) else x.start)
    lines.append("positions:")
    stances = " | ".join(s.value for s in Stance)
    for statement in found:
        voice = statement.speaker.actor or _id_of(statement.speaker.name, draft)
        actor, others = principal(voice, actors) if statement.speaker.actor else (voice, [])
        if actor != voice:  # filing it under the speaker is the other reading
            others = [*others, voice]
        lines.append(f"  # {_context(draft.seed.body, statement)}")
        lines.append(f"  # speaker found by: {_one_line(statement.speaker.how)}")
        note = f"  # or: {', '.join(others)}" if others else ""
        text, around = _linked(draft, statement, [voice, actor])
        several = draft.linker.briefings > 1
        lines.append(f"  - actor: {yaml_string(actor)}{note}")
        lines += issue_lines(draft.linker.propositions(text, around), several)
        lines += question_lines(draft.linker.open_questions(text, around), several)
        lines += [f'    # stance: ""  # TODO: {stances}', '    # summary: ""  # TODO: one neutral sentence']
        when = _said_on(draft, statement.speaker)
        if when is not None:
            lines += ["    said_on:", f"      relative: {yaml_string(when.words)}"]
            if when.tense is Tense.FUTURE:
                lines.append('      tense: "future"')
        lines.append("    evidence:")
        if isinstance(statement, Report):
            passage = draft.seed.body[statement.start : statement.end]
            lines += _evidence(draft, passage, "reported", statement.speaker, voice, actor, actors)
            continue
        for piece in statement.pieces:
            quote = quote_of(draft.seed.body, piece)
            lines += _evidence(draft, quote, "direct", statement.speaker, voice, actor, actors)
    return [*lines, ""]


def _linked(draft: Draft, statement: Statement | Report, voices: list[str]) -> tuple[str, list[str]]:
    """A statement's words for linking (its sentence, its quotation's pieces) and its actors (voice, principal,
    the actors its sentence names)."""
    body = draft.seed.body
    if isinstance(statement, Report):
        return body[statement.start : statement.end], voices
    a, b = statement.sentence
    text = " ".join([body[a:b], *(body[q.start : q.end] for q in statement.pieces if not a <= q.start < b)])
    return text, [*voices, *draft.actors_in.get(statement.sentence, [])]


def _id_of(name: str | None, draft: Draft) -> str:
    return draft.new_ids[name or ""]


def _evidence(
    draft: Draft, quote: str, kind: str, speaker: Speaker, voice: str, actor: str, actors: dict[str, Actor]
) -> list[str]:
    """One evidence item: the quote, its kind, whose words (``speaker``) and through whom (``via``)."""
    lines = [
        f"      - source: {yaml_string(draft.seed.meta.id)}",
        f"        quote: {yaml_string(quote)}",
        f"        kind: {yaml_string(kind)}",
    ]
    via_actor = None
    said_by = voice
    known = actors.get(voice)
    if known is not None and known.standing is Standing.OFFICIAL_SPOKESPERSON:
        spoken_for = [r.actor for r in known.relations if r.relation is Relation.SPEAKS_FOR and r.actor in actors]
        if spoken_for:  # a spokesperson's words are those of whom they speak for, through them
            said_by, via_actor = spoken_for[0], voice
    if said_by != actor:
        lines.append(f"        speaker: {yaml_string(said_by)}")
    return lines + _via(speaker, via_actor, "        ")


def _via(speaker: Speaker, actor: str | None, indent: str) -> list[str]:
    """An item's ``via`` lines: the named go-between, the unnamed one, to whom and who passed it on (from the
    speaker outwards)."""
    given = [("actor", actor), ("unnamed", speaker.unnamed), ("to", speaker.to), ("relay", speaker.relay)]
    via = [(k, v) for k, v in given if v is not None]
    return [f"{indent}via:", *(f"{indent}  {k}: {yaml_string(v)}" for k, v in via)] if via else []


def _direct(draft: Draft, piece: Quotation, indent: str) -> list[str]:
    """A ``direct`` evidence item for one quotation, as YAML list lines."""
    return [
        f"{indent}- source: {yaml_string(draft.seed.meta.id)}",
        f"{indent}  quote: {yaml_string(quote_of(draft.seed.body, piece))}",
        f'{indent}  kind: "direct"',
    ]


def quote_of(body: str, piece: Quotation) -> str:
    """The words inside the quotation marks, as the source has them (a trailing comma left out: “…,” he said)."""
    text = body[piece.start : piece.end].strip()
    return text.rstrip(",").rstrip() or text


def _said_on(draft: Draft, speaker: Speaker) -> DatePhrase | None:
    """The date phrase in the words that say who spoke ("Putin told journalists on Wednesday that …").

    The phrases are in order and apart, so the first one starting in those words is the only candidate.
    """
    if speaker.said_in is None:
        return None
    a, b = speaker.said_in
    i = bisect.bisect_left(draft.phrases, a, key=lambda p: p.start)
    return draft.phrases[i] if i < len(draft.phrases) and draft.phrases[i].end <= b else None


def _context(body: str, statement: Statement | Report) -> str:
    a, b = statement.sentence if isinstance(statement, Statement) else (statement.start, statement.end)
    text = _one_line(body[a:b])
    return text if len(text) <= 100 else text[:99] + "…"


def _one_line(text: str) -> str:
    """For a comment: one line, no control characters."""
    return "".join(c if c.isprintable() else " " for c in " ".join(text.split()))


def _unattributed_part(draft: Draft) -> list[str]:
    lines = [
        "# Direct quotations with no speaker found, and statements reported of someone",
        "# the article does not name (kind: reported, via unnamed: the words describing",
        "# them, or relay: the document that says it): evidence items for you to place",
        "# (add `speaker:` or file them under the position of whoever said them).",
    ]
    missing: list[Statement | Report] = [s for s in draft.statements if not s.speaker.found]
    missing += [r for r in draft.reports if not r.speaker.found]
    if not missing:
        return [*lines, "unattributed: []", ""]
    missing.sort(key=lambda x: x.sentence[0] if isinstance(x, Statement) else x.start)
    lines.append("unattributed:")
    for statement in missing:
        lines.append(f"  # {_context(draft.seed.body, statement)}")
        if isinstance(statement, Report):
            lines += _reported_item(draft, statement, "  ")
            continue
        if statement.speaker.unnamed:
            lines.append(f"  # said through: {_one_line(statement.speaker.unnamed)}")
        for piece in statement.pieces:
            lines += _direct(draft, piece, "  ")
    return [*lines, ""]


def _reported_item(draft: Draft, report: Report, indent: str) -> list[str]:
    """A ``reported`` evidence item of someone unnamed: the sentence, and the words describing them as ``via``."""
    lines = [
        f"{indent}- source: {yaml_string(draft.seed.meta.id)}",
        f"{indent}  quote: {yaml_string(draft.seed.body[report.start : report.end])}",
        f'{indent}  kind: "reported"',
    ]
    return lines + _via(report.speaker, None, f"{indent}  ")


def _other_reading(phrase: DatePhrase, source: dates.When | None) -> str | None:
    """What the phrase resolves to with the other tense, when that differs (the tense is only a guess)."""
    other = Tense.PAST if phrase.tense is Tense.FUTURE else Tense.FUTURE
    when = dates.resolve(phrase.words, source, other) if source else None
    if when is None or when == phrase.when:
        return None
    return f'with tense: "{other.value}", {when.text}'


def _timeline_part(draft: Draft) -> list[str]:
    lines = [
        "# Candidate timeline events: one per relative date in the article, resolved",
        "# against its date. Keep the ones that date an event; write `what`.",
    ]
    if not draft.phrases:
        return [*lines, "timeline: []", ""]
    lines.append("timeline:")
    source = draft.anchor
    bounds = list(draft.actors_in)  # the sentences, in order and apart
    for phrase in draft.phrases:
        i = bisect.bisect_right(bounds, phrase.start, key=lambda ab: ab[0]) - 1
        inside = i >= 0 and phrase.start < bounds[i][1]
        sentence = bounds[i] if inside else (phrase.start, phrase.end)
        resolved = f"resolves to {phrase.when.text}" if phrase.when else "the source has no date to resolve it against"
        if phrase.when and dates.by_report(phrase.words):
            resolved = f"dated by its report: by {phrase.when.text}"
        other = _other_reading(phrase, source)
        if other is not None:
            resolved += f"; read {other}"
        basis = f" (from the source's {source.text})" if source else ""
        if source and draft.seed.when is None:
            basis = f" (from the date proposed above, {source.text})"
        lines.append(f"  # {yaml_string(phrase.words)} {resolved}{basis}")
        named = draft.actors_in.get(sentence, [])
        if phrase.when is not None:
            text = draft.seed.body[sentence[0] : sentence[1]]
            lines += event_lines(draft.linker.event(text, named, phrase.when), draft.linker.briefings > 1)
        lines.append(f"  - relative: {yaml_string(phrase.words)}")
        if phrase.tense is Tense.FUTURE:
            lines.append('    tense: "future"  # the sentence looks ahead; check it')
        lines.append('    # what: ""  # TODO: what happened, in one sentence')
        if named:
            lines.append("    actors:")
            lines += [f"      - {yaml_string(a)}" for a in named]
        lines += [
            "    evidence:",
            f"      - source: {yaml_string(draft.seed.meta.id)}",
            f"        quote: {yaml_string(draft.seed.body[sentence[0] : sentence[1]])}",
        ]
    return [*lines, ""]


# --- The command -------------------------------------------------------------------------------


@dataclass
class Drafted:
    """What ``draft`` did: diagnostics, and the draft's path and text when there is one."""

    found: list[Diagnostic]
    target: Path | None = None
    text: str | None = None
    draft: Draft | None = None


def seed_id_of(source: str) -> str:
    """A seed id from what the user typed: ``starmer-bluff``, ``seeds/starmer-bluff.md``."""
    name = Path(source).name
    return name[:-3] if name.endswith(".md") else name


def draft_seed(
    project: Project, inputs: Inputs, problems: list[Diagnostic], source: str, force: bool, dry_run: bool
) -> Drafted:
    """Write (or with ``dry_run``, only make) the draft for one seed; refuse to overwrite one without ``force``.

    ``problems`` are what validating the project found: a broken seed's own are shown with the refusal.
    """
    seed_id = seed_id_of(source)
    seed = inputs.seeds.get(seed_id)
    if seed is None:
        refusal = _no_seed(project, inputs, seed_id)
        return Drafted([*(d for d in problems if d.path == refusal.path), refusal])
    target = draft_path(project, seed_id)
    shown = relpath(target, project.root)
    if target.exists() and not force and not dry_run:
        message = f"{shown} already exists"
        hint = "merge or delete it first, or pass --force to replace it (your edits in it would be lost)"
        return Drafted([Diagnostic(shown, 1, 1, "BRF091", message, hint)])
    draft = make_draft(seed, inputs.actors)
    draft.linker = Linker.of(inputs)
    text = draft_text(draft, inputs.actors)
    found = _unattributed(project, seed, draft)
    if not dry_run:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_file(target, text, Output("draft", project.root, "move it out of the way first"), force)
        except Refused as refused:  # not a regular file: a link, a pipe, a folder (never replaced)
            return Drafted([*found, refused.diagnostic])
        except OSError as exc:
            message = f"{shown} cannot be written: {exc.strerror or exc}"
            hint = f"check that {relpath(target.parent, project.root)} is a folder you may write in"
            return Drafted([*found, Diagnostic(shown, 1, 1, "BRF073", message, hint)])
    return Drafted(found, target, text, draft)


def _no_seed(project: Project, inputs: Inputs, seed_id: str) -> Diagnostic:
    path = project.seeds / f"{seed_id}.md"
    shown = relpath(path, project.root)
    if seed_id in inputs.broken_seeds:
        return Diagnostic(shown, 1, 1, "BRF092", f"seed '{seed_id}' has errors", "fix them first, then draft again")
    hint = "import the article first (python -m generator import FILE), or see python -m generator ids"
    return Diagnostic(shown, 1, 1, "BRF092", f"no seed '{seed_id}' in {relpath(project.seeds, project.root)}/", hint)


def _unattributed(project: Project, seed: Seed, draft: Draft) -> list[Diagnostic]:
    """A BRF093 warning at each quotation no speaker was found for, in the seed file."""
    path = project.seeds / f"{seed.meta.id}.md"
    loaded, _ = load_seed(path, project.root)
    first = loaded.body_line if loaded is not None else 1
    breaks = [m.start() for m in re.finditer("\n", seed.body)]
    out = []
    for statement in draft.statements:
        if statement.speaker.found:
            continue
        q = statement.pieces[0]
        above = bisect.bisect_left(breaks, q.start)  # the line breaks before it
        line = first + above
        column = q.start - (breaks[above - 1] if above else -1)
        words = quote_of(seed.body, q)
        shown = words if len(words) <= 50 else words[:49] + "…"
        message = f"no speaker found for the quotation “{shown}”"
        hint = "the draft lists it under `unattributed:`; add its speaker when you copy it into a briefing"
        out.append(Diagnostic(seed.display, line, column, "BRF093", message, hint))
    return out
