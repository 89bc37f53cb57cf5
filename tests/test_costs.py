"""Costs that once exploded stay near-linear: counted in steps (lines of Python run), never timed.

A step count does not depend on the machine or its load, so these tests are exact:
each runs a function at a size and at twice that size and checks how the count
grows (about 2 for n log n, 4 for quadratic, 8 for cubic), or checks a bound on
the count. A count over the bound stops the run early, so an explosion fails fast.
The seconds themselves are measured by the benchmark (``make bench-costs``).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from generator.authoring.draft import draft_seed
from generator.inputs.matching import SourceText, normalise
from generator.model import Actor, Briefing, Claim, Passage, RelationLink, Source, _sources_naming
from generator.site import pictures
from generator.site.pages.source import marked_paragraphs
from generator.validate import Project, validate
from generator.vocabulary import ActorKind, HeadlineBy, Relation, Standing
from tests.conftest import STORY, copy_project

DAY = dt.date(2025, 6, 1)


class TooManySteps(Exception):
    """The function ran more lines of Python than it was allowed."""


#: ``str`` methods that walk the whole string they are called on: one such call on the whole article per
#: sentence is a quadratic cost that no line of Python shows (``draft`` spent most of its time so)
WALK_WHOLE = frozenset(
    {"translate", "lower", "upper", "casefold", "replace", "split", "rsplit", "splitlines", "encode", "expandtabs"}
)


def steps(call: Callable[[], Any], cap: int, walks: frozenset[str] = frozenset()) -> int:
    """How many lines of Python ``call()`` runs (in every function it calls); raises past ``cap``.

    With ``walks`` (:data:`WALK_WHOLE`), also one step for each character such a method of ``str`` walks.
    Methods bounded by a start and an end (``find``, ``count`` …) and regular expressions are not counted:
    their work is not their string's length.
    """
    count = 0

    def add(n: int) -> None:
        nonlocal count
        count += n
        if count > cap:
            raise TooManySteps(f"more than {cap:,} steps")

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            add(1)
        return trace

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        walked = getattr(arg, "__self__", None) if event == "c_call" else None
        if isinstance(walked, str) and getattr(arg, "__name__", "") in walks:
            add(len(walked))

    sys.settrace(trace)
    sys.setprofile(profile if walks else None)
    try:
        call()
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


def growth(make: Callable[[int], Callable[[], Any]], n: int, cap_per_item: int) -> float:
    """Steps at ``2n`` over steps at ``n``."""
    small = steps(make(n), cap_per_item * n)
    return steps(make(2 * n), cap_per_item * 2 * n) / small


# --- Which sources name each actor ----------------------------------------------------------------------


def _naming(filler: int, lengths: int) -> Callable[[], Any]:
    """Ten sources of ``filler`` ordinary words and 60 mentions of people; 200 people whose names are two words,
    and 300 states whose names start with 'Republic' and are of ``lengths`` different lengths (3 words and up)."""
    people = [_actor(f"p{i}", f"Anna Name{i}", ActorKind.PERSON) for i in range(200)]
    long = [_actor(f"s{i}", "Republic of " + "Far " * (i % lengths) + f"Land{i}", ActorKind.STATE) for i in range(300)]
    words = ("the talks went on into the night while officials said little " * (filler // 12 + 1)).split()[:filler]
    sources = {}
    for k in range(10):
        body = " ".join(words) + f" Anna Name{k} met Anna Name{k + 1} and Anna Name{k + 2}." * 20
        sources[f"s{k}"] = Source(f"s{k}", "S", HeadlineBy.ARTICLE, None, None, None, None, None, None, body, ())
    actors = {a.id: a for a in [*people, *long]}
    return lambda: _sources_naming(actors, sources, {})


def test_naming_costs_the_mentions_not_the_length_of_the_text() -> None:
    """Every word of every source was a line of Python (more at a word that starts a name): 1.6 steps a word."""
    short, long = steps(_naming(100, 6), 10**7), steps(_naming(1_000, 6), 10**7)
    assert long < 1.2 * short, (short, long)


def test_naming_tries_only_the_lengths_of_the_names_a_word_starts() -> None:
    """At 'Anna' only two-word names are tried, however long the names that start with 'Republic' grow."""
    few, many = steps(_naming(100, 1), 10**7), steps(_naming(100, 12), 10**7)
    assert many < 1.2 * few, (few, many)


# --- The actor map ------------------------------------------------------------------------------


def _actor(aid: str, name: str, kind: ActorKind, affiliation: str | None = None,
           relations: tuple[tuple[Relation, str], ...] = ()) -> Actor:  # fmt: skip
    links = tuple(RelationLink(rel, other, (), "background") for rel, other in relations)
    return Actor(aid, name, kind, Standing.OTHER, None, affiliation, None, (), None, links)


def _briefing(actors: list[Actor]) -> Briefing:
    """A briefing whose one claim has every actor as a claimant: the map draws the actors that speak."""
    claim = Claim("c", "b", "A claim.", tuple(actors), None, (), ())
    return Briefing("b", "B", "", DAY, (), (), (), (), (), (), (claim,))


def _map(n: int) -> tuple[Briefing, dict[str, Actor]]:
    """A briefing whose question names ``n`` actors: states with people under them, loose organisations, arcs."""
    rng = random.Random(n)
    states = max(2, n // 20)
    actors = [
        _actor(f"s{i}", f"State {i}", ActorKind.STATE, relations=(
            (Relation.ALLIED_WITH, f"s{rng.randrange(states)}"), (Relation.OPPOSED_TO, f"s{rng.randrange(states)}")))
        for i in range(states)
    ]  # fmt: skip
    while len(actors) < n:
        i = len(actors)
        if i % 3:
            actors.append(_actor(f"p{i}", f"Person {i}", ActorKind.PERSON, f"s{rng.randrange(states)}",
                                 ((Relation.MEMBER_OF, f"s{rng.randrange(states)}"),)))  # fmt: skip
        else:
            actors.append(_actor(f"o{i}", f"Organisation {i}", ActorKind.ORGANISATION,
                                 relations=((Relation.OPPOSED_TO, f"s{rng.randrange(states)}"),)))  # fmt: skip
    return _briefing(actors), {a.id: a for a in actors}


def test_actor_map_grows_near_linearly_with_the_actors() -> None:
    def make(n: int) -> Callable[[], Any]:
        brief, actors = _map(n)
        return lambda: pictures.actor_map(brief, actors)

    assert growth(make, 400, cap_per_item=2_000) < 2.4


def test_actor_map_of_a_chain_thousands_deep() -> None:
    """Each actor a member of the one before: one tree, each row one step deeper (once a RecursionError)."""
    chain = [_actor("a0", "Actor 0", ActorKind.ALLIANCE)]
    chain += [
        _actor(f"a{i}", f"Actor {i}", ActorKind.PERSON, relations=((Relation.MEMBER_OF, f"a{i - 1}"),))
        for i in range(1, 3000)
    ]
    brief = _briefing(chain)
    trees, arcs = pictures._tree_rows(chain, pictures.map_links(brief, {a.id: a for a in chain}))
    assert arcs == [] and len(trees) == 1
    assert [row.depth for row in trees[0]] == list(range(3000))
    assert "member of Actor 2998" in pictures.actor_map(brief, {a.id: a for a in chain})


# --- Marking quoted passages ----------------------------------------------------------------------


def _source(lines: int) -> Source:
    """A source of ``lines`` lines, each quoted whole, with a passage across every pair of lines too."""
    body = "".join(f"Line number {i} of the article says something.\n" for i in range(lines))
    passages: list[Passage] = []
    at = 0
    for i in range(lines):
        end = body.index("\n", at)
        passages.append(Passage(f"q-{i}", at, end))
        if i % 2:
            passages.append(Passage(f"q-pair-{i}", at - 20, end - 5))
        at = end + 1
    passages.sort(key=lambda p: (p.start, -p.end))
    return Source("s", "S", HeadlineBy.ARTICLE, None, None, None, None, None, None, body, tuple(passages))


def test_marking_passages_grows_linearly_with_lines_and_passages() -> None:
    def make(n: int) -> Callable[[], Any]:
        source = _source(n)
        return lambda: marked_paragraphs(source)

    assert growth(make, 500, cap_per_item=500) < 2.3


# --- The closest passage to a quote that is not found --------------------------------------------------


def _article(words: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    vocabulary = [f"{a}{b}{c}" for a in "bcdfgklmnprstvz" for b in "aeiou" for c in "lmnrst"]
    lines = []
    for _ in range(words // 12):
        lines.append(" ".join(rng.choice(vocabulary) for _ in range(12)) + ".")
    return "\n".join(lines) + "\n"


def _passage(text: str, start: int, length: int) -> list[str]:
    """The whole words of ``text`` from about ``start`` for about ``length`` characters."""
    start = text.index(" ", start) + 1
    return text[start : start + length].rsplit(" ", 1)[0].split()


def _wrong(text: str, start: int, length: int, every: int) -> str:
    """:func:`_passage` with every ``every``-th word changed, from the sixth: a quote nowhere in the text."""
    words = _passage(text, start, length)
    for k in range(5, len(words), every):
        words[k] = "changed"
    return " ".join(words)


def test_closest_passage_in_a_long_article_costs_its_length_once() -> None:
    """Once the whole text was compared with the whole quote: a minute for 2,000 characters in 3 MB."""
    text = _article(100_000)  # about 400 KB
    quote = _wrong(text, len(text) // 2, 1_000, 40)
    source = SourceText(text)
    found: list[tuple[str, str]] = []
    # a few steps per character of the text (its word index), and the quote's length squared near where it is
    budget = 10 * len(text) + 2 * len(quote) ** 2
    steps(lambda: found.append(source.closest(quote)), cap=budget)
    passage, difference = found[0]
    assert normalise(passage) == " ".join(_passage(text, len(text) // 2, 1_000))
    assert difference.startswith('the source has "') and 'where the quote has "changed"' in difference


@pytest.mark.parametrize(("length", "every"), [(120, 7), (400, 15), (1_000, 40), (1_500, 200)])
def test_closest_passage_searched_near_rare_words_is_the_one_searched_everywhere(length: int, every: int) -> None:
    text = _article(8_000)
    source = SourceText(text)
    for start in (0, len(text) // 3, len(text) - length - 20):
        needle = normalise(_wrong(text, start, length, every))
        assert source._longest_common(needle, exact_pairs=0) == source._longest_common(needle, exact_pairs=10**18)


# --- Drafting a long article --------------------------------------------------------------------


def _paragraphs() -> list[str]:
    """The paragraphs of the story fixture's two articles (the shipped seeds, frozen)."""
    bodies = [
        seed.read_text(encoding="utf-8").split("\n---\n", 1)[1] for seed in sorted((STORY / "seeds").glob("*.md"))
    ]
    return [line for body in bodies for line in body.split("\n") if line.strip()]


def _pronouns(n: int) -> list[str]:
    """Pronouns with no subject before them to stand for: every ``It`` (no organisation is named) looks back to the
    first line (``She`` finds Anna Berg in the sentence before)."""
    return [
        f'Anna Berg met Tom Okafor on day {i}. {"It" if i % 3 else "She"} said: "We agree on point {i}."'
        for i in range(n)
    ]


def _drafting(root: Path, lines: list[str]) -> Callable[[], Any]:
    """``draft --dry-run`` of one seed of ``lines``, in a copy of the story fixture (its actor registry)."""
    copy_project(STORY, root)
    front = '---\nid: "long"\nheadline: "Long"\nheadline_by: "article"\npublished: "2025-09-05"\n---\n'
    (root / "seeds" / "long.md").write_text(front + "\n".join(lines) + "\n", encoding="utf-8")
    project = Project.at(root)
    inputs, found = validate(project)
    return lambda: draft_seed(project, inputs, found, "long", force=False, dry_run=True)


@pytest.mark.parametrize(("article", "n"), [("story paragraphs", 40), ("pronouns", 160)])
def test_draft_grows_linearly_with_the_article(tmp_path: Path, article: str, n: int) -> None:
    """Once 142 s at 2,000 lines: apostrophes made plain over the whole text for every sentence (the story's
    paragraphs, over and over), a pronoun's subject sought back sentence by sentence to the first (pronouns)."""
    paragraphs = _paragraphs()

    def lines(size: int) -> list[str]:
        return [paragraphs[i % len(paragraphs)] for i in range(size)] if article != "pronouns" else _pronouns(size)

    counts = [
        steps(_drafting(tmp_path / str(size), lines(size)), 60_000 * size, WALK_WHOLE) for size in (n, 2 * n, 4 * n)
    ]
    assert counts[1] / counts[0] < 2.15 and counts[2] / counts[1] < 2.15, counts


# --- Importing many files ------------------------------------------------------------------------------


def _importing(root: Path, n: int, seeds: int) -> Callable[[], Any]:
    """``import`` of ``n`` text files in one call into a project of ``seeds`` seeds (each article new)."""
    from generator.authoring.importer import Given
    from generator.cli import ImportOptions, _import_all

    (root / "seeds").mkdir(parents=True)
    for k in range(seeds):
        front = f'---\nid: "old-{k}"\nheadline: "Old {k}"\nheadline_by: "article"\npublished: "2025-05-01"\n---\n'
        (root / "seeds" / f"old-{k}.md").write_text(front + f"An older article, number {k}, on the ferry.\n")
    files = []
    for k in range(n):
        files.append(root / f"new-{k}.txt")
        files[-1].write_text(f"date 2025-06-01\n\nA new article, number {k}, on the bridge.\n", encoding="utf-8")
    project = Project.at(root)
    return lambda: _import_all(project, files, None, Given(), ImportOptions())


def test_importing_many_files_reads_each_seed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file's check for an article imported before read every seed: n files into s seeds read n·s seeds
    (counted in seeds read, as a step count would show it: 8 files into 80 seeds, 1.60 times the steps of
    4 into 40; 16 into 160, 2.57 times; now 1.31 and 1.98)."""
    from generator.authoring import importer

    read: list[Path] = []

    def counted(path: Path, root: Path) -> Any:
        read.append(path)
        return load_seed(path, root)

    load_seed = importer.load_seed
    monkeypatch.setattr(importer, "load_seed", counted)
    _importing(tmp_path, 4, 40)()
    assert len(read) == 40, f"4 files into 40 seeds read {len(read)} seeds"
    assert len(list((tmp_path / "seeds").glob("*.md"))) == 44
