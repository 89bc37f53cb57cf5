"""The draft's speakers of direct quotations (issue 21, eighth pass), on invented sentences.

Each case is a construction found missed on the truth folders and counted in text not read
(docs/import-and-draft.md, "The eighth pass: speakers of direct quotations").
"""

from __future__ import annotations

import pytest

from generator.authoring.speakers import Names, attribute
from generator.inputs.schema import Actor


def _actor(id_: str, name: str, kind: str = "person") -> Actor:
    standing = "other" if kind == "person" else "ministry-or-agency"
    return Actor.model_validate({"id": id_, "name": name, "kind": kind, "standing": standing})


NAMES = Names(
    [
        _actor("okafor", "Tom Okafor"),
        _actor("ferreira", "Ana Ferreira"),
        _actor("lindqvist", "Marta Lindqvist"),
        _actor("board", "Harbour Board", "organisation"),
        _actor("guild", "Ferry Guild", "organisation"),
        _actor("courier", "Northbridge Courier", "media"),
    ]
)


def _speakers(body: str) -> list[str | None]:
    return [s.speaker.actor for s in attribute(body + "\n", NAMES)]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a lawsuit speaks for whoever filed it, not for the person it names
        (
            "The Harbour Board filed a lawsuit on Monday against the city. "
            "The lawsuit alleges that Tom Okafor “was given the keys to the depot” in May.",
            ["board"],
        ),
        (
            "The Ferry Guild sued in March. The suit claims Tom Okafor was “never entitled” to the fees.",
            [None],
        ),
        # a written decision speaks for its owner
        ("Ferreira’s written decision said the records had been “typed in advance” by the clerks.", ["ferreira"]),
        # the body named before the document's word
        ("The Harbour Board resolution calls for “an immediate end to the closures.”", ["board"]),
        # the author after "from"
        ("“Closing the depot would cost jobs,” said a report from the Ferry Guild.", ["guild"]),
        # a letter its writers sent, quoted later with "the letter said"
        (
            "Members of the Ferry Guild wrote to the minister, according to a letter seen by the Northbridge "
            "Courier. “The ferry must keep running,” the letter said.",
            ["guild"],
        ),
        # who says it in a lawsuit, later "the lawsuit claims"
        (
            "The Ferry Guild alleges in a new lawsuit that the board broke its word. Regarding the fees, the "
            "lawsuit claims, “Tom Okafor kept the money for himself.”",
            ["guild"],
        ),
    ],
)
def test_a_document_speaks_for_its_author(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a tag whose subject holds abbreviations ("Rep.", "U.N."), and the listener after "told"
        (
            "“We have seen the harm,” Northbridge Rep. Tom Okafor, co-chair of the Harbour Board, told the "
            "Northbridge Courier.",
            ["okafor"],
        ),
        (
            "“All sides were flexible,” Marta Lindqvist, U.N. director for the Ferry Guild, told the Northbridge "
            "Courier.",
            ["lindqvist"],
        ),
        # a closing tag after a quotation its own verb introduced is who passed it on
        (
            "Tom Okafor called the board “a disgrace” and said, “somebody has to stop them,” the Harbour Board said.",
            ["okafor", "okafor"],
        ),
        # not after a passive: "That being said, “…,” he said"
        (
            "Tom Okafor spoke on Monday. That being said, “nobody should panic,” he said.",
            ["okafor"],
        ),
        # the comma before a nested quotation's closing mark, or none before a tag that ends the sentence
        ("“I then heard the mayor ask, quote, ‘So is he going?’” Okafor testified.", ["okafor"]),
        ("“Part of it is a sense of ‘Oh no, you first,’ ‘No, you first,’” Okafor said.", ["okafor"]),
        ("“I guess my reaction was, ‘Oh no, they are going,’ ” Okafor said.", ["okafor"]),
        ("“We have never had demand like that, and continue to see ” Okafor said.", ["okafor"]),
        # an adverb before the tag's verb
        ('"We messed up; I messed up," Okafor allegedly told a supervisor.', ["okafor"]),
        # a title of a few lower-case words before the name; a quotation before it in the same sentence
        (
            "The outages have been “terribly disruptive” and the board is acting, but at the moment, “we will "
            "not roll the dice,” company CEO Tom Okafor said.",
            ["okafor", "okafor"],
        ),
        # not a friend of his, nor a name after "as"
        ("“We are fine,” a friend of Tom Okafor said.", [None]),
        ("The “new Harbour,” as Okafor dubbed the merger, will be larger.", [None]),
        # a participle after the tag's clause: the clause's subject speaks
        ("“We all miss her,” Ferreira weighed in, telling Okafor, “you have been true to her.”", ["ferreira"] * 2),
    ],
)
def test_closing_tags(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # the sentence's own subject, not whoever spoke in the sentence before
        (
            "“The ferry is our lifeline,” Tom Okafor said. Ana Ferreira introduced Okafor to the crowd as "
            "“someone who has kept the harbour alive for ten years.”",
            ["okafor", "ferreira"],
        ),
        (
            "“The ferry is our lifeline,” Tom Okafor said. Among those values is safety, which the Harbour Board "
            "views as “the first duty of anyone who runs boats.”",
            ["okafor", "board"],
        ),
        # not a name inside a clause the sentence's own subject opens ("An earlier draft proposed that …")
        (
            "“The ferry is our lifeline,” Tom Okafor said. An earlier draft of the plan proposed that Ana Ferreira "
            "create “a board to oversee the ferry and all of its routes.”",
            ["okafor", "okafor"],
        ),
    ],
)
def test_a_quotation_in_the_writers_sentence_is_its_subjects(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # names of works, places, slogans set in marks: nobody's words, whatever verb the sentence has
        ("Tom Okafor wrote in his book “The Long Crossing,” which came out in May, that the ferry was doomed.", [None]),
        (
            "“The ferry is our lifeline,” Okafor said on the Northbridge Courier’s “Morning Tide” on Monday.",
            ["okafor", None],
        ),
        ("Ana Ferreira visited the old depot, dubbed the “Harbour Hilton” by the crews who slept there.", [None]),
        # a label its speaker gives someone stays theirs
        ("Tom Okafor assailed Ferreira as part of the “Dry Dock Gang” that opposes the ferry.", ["okafor"]),
        ("Tom Okafor called them “Dry Dock Dreamers” on Monday.", ["okafor"]),
        # a quotation standing alone is someone's words
        ("Tom Okafor spoke first. “Never Again.”", ["okafor"]),
    ],
)
def test_a_title_in_marks_is_nobodys(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a phrase opening the sentence holds no subject, even with a clause of its own inside
        (
            "Asked about her level of concern that Northbridge Courier readers had grown angry, Ferreira "
            "acknowledged the crossing is “slow, costly and cold.”",
            ["ferreira"],
        ),
        (
            "When Okafor asked that the board respect the vote, Ferreira responded by saying that peace is "
            "“all well and good” but the board must act.",
            ["ferreira"],
        ),
    ],
)
def test_an_opening_phrase_holds_no_subject(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body) == speakers


def test_a_pronoun_after_an_opening_phrase_stands_for_the_main_clauses_subject() -> None:
    body = "Asked whether North Baltic would buy the ferry, Ferreira said the board had no plans to sell. “We will keep it,” she said."
    assert _speakers(body) == ["ferreira"]
