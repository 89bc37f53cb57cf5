"""BRF104: evidence labelled reported must be speech the source attributes to someone.

The sentence holding the words needs a verb of saying or reporting (the draft's lists, in
generator/inputs/saying.py), and words that end in the outlet's own aside ("– which …") need one in it.
Pinned on the fixtures' seeds; the false positives on real articles are measured by bench/reported_check.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.inputs.quotations import quotations
from generator.inputs.saying import attributed
from tests.conftest import codes, edit

STORY_SEED = Path(__file__).parent / "fixtures/story/seeds/starmer-coalition-bluff.md"


def _attributed(body: str, words: str) -> bool:
    start = body.index(words)
    return attributed(body, quotations(body), start, start + len(words))


def test_the_outlets_aside_on_the_white_house_is_not_a_report() -> None:
    """The review's case: the US 'opposes' rested on the outlet's own clause, labelled reported."""
    body = STORY_SEED.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert not _attributed(
        body, "if the US offers its own security guarantee to Europe – which the White House has refused to do"
    )
    assert _attributed(
        body,
        "But the PM has made it clear that this plan can only go ahead if the US offers its own security guarantee to Europe",
    ), "the PM's words, before the aside"


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Pentagon, the base serves as an outpost.",  # capitalised
        "A lawyer for the woman asked for the investigation to be resumed.",  # a verb of saying, not reporting
        "Alexander Grushko also ruled out letting soldiers be deployed.",
        "The Palestinian Authority - which has rejected the mediator - called for an emergency meeting.",
        "류화영은 엘제이와의 관계를 전면 부정했다.",  # a language the verbs are not listed for: not judged
        "Northbridge city council voted on Tuesday to close the harbour ferry.",  # a body's decision: its stance
        "All the quays were also closed, reports the Harbour Gazette.",  # the present of "reported", inverted
        "The wire agency reports that 28 ferries were stopped.",
        "Many have voiced concerns that the council is hiding the cost.",
        "Ferries, per the Harbour Gazette, are often late in winter.",  # a source given by "per" and its name
    ],
)
def test_attributed(sentence: str) -> None:
    assert _attributed(sentence, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge will not be ready before 2027.",
        "The ferry carries 300 passengers per day in summer.",  # "per" before no name gives no source
        "The plan needs a guarantee – which the White House has refused to give.",
        "The mayor said the plan needs a guarantee – which the White House has refused to give.",
    ],
)
def test_attributed_to_no_one(sentence: str) -> None:
    assert not _attributed(sentence, sentence)


def test_a_verb_inside_the_quotation_marks_does_not_attribute() -> None:
    sentence = "The council’s plan “was announced too late”."
    assert not _attributed(sentence, sentence)


def test_check_warns_on_reported_words_of_the_outlets_own(mini: Path) -> None:
    aside = "The ferry will stop running in December – which the council has refused to delay."
    seed = mini / "seeds/council-votes-to-close-ferry.md"
    seed.write_text(seed.read_text(encoding="utf-8") + aside + "\n", encoding="utf-8")
    edit(
        mini,
        "briefings/harbour-ferry.yaml",
        '        quote: "The ferry workers’ union called the vote “a betrayal of the east shore”."\n',
        '        quote: "which the council has refused to delay"\n',
    )
    assert codes(mini) == ["BRF104"]


def test_the_fixtures_reported_evidence_is_clean(mini: Path) -> None:
    assert codes(mini) == []
