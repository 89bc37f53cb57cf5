"""The draft's reported statements: whom they were said to and who passed them on (``via``), on invented text."""

from __future__ import annotations

import pytest

from generator.authoring.speakers import Names, reported
from generator.inputs.schema import Actor


def _names() -> Names:
    return Names(
        [
            Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "civic-body"}),
            Actor.model_validate(
                {"id": "ferreira", "name": "Ana Ferreira", "kind": "person", "standing": "government"}
            ),
            Actor.model_validate(
                {
                    "id": "authority",
                    "name": "Harbour Inspection Authority",
                    "kind": "government",
                    "standing": "government",
                }
            ),
        ]
    )


def _to(body: str) -> list[tuple[str | None, str | None]]:
    return [(r.speaker.actor, r.speaker.to) for r in reported(body, _names())]


@pytest.mark.parametrize(
    ("sentence", "to"),
    [
        # a verb of saying, then "to" and whom
        ("Tom Okafor stressed to reporters that the pier would stay open all winter.", "reporters"),
        ("Tom Okafor confirmed to the Harbour Gazette that the ferries would run again.", "the Harbour Gazette"),
        ("Tom Okafor acknowledged to supervisors that the checks had not been made.", "supervisors"),
        ("Tom Okafor wrote to the port council last month outlining the costs of the closure.", "the port council"),
        (
            "Tom Okafor spoke to an audience of fishermen, touting the new cranes on the east quay.",
            "an audience of fishermen",
        ),
        # "telling X", and a verb whose object is whom it urges or warns
        ("Tom Okafor defended the plan, telling lawmakers that the pier needs new piles.", "lawmakers"),
        ("Tom Okafor urged ferry owners to keep their boats in port over the weekend.", "ferry owners"),
        ("Tom Okafor warned Ana Ferreira that the pier would not survive another storm.", "Ana Ferreira"),
        ("Tom Okafor called on the port's owners to repair the pier before the winter.", "the port's owners"),
        # said in a letter, a memo or an email to someone, or speaking to them
        ("In a letter to the mayor, Tom Okafor said the pier was unsafe for heavy lorries.", "the mayor"),
        ("Tom Okafor said in a memo to harbour staff that the east quay would close on Monday.", "harbour staff"),
        ("Speaking to reporters on the quay, Tom Okafor insisted the pier would reopen within weeks.", "reporters"),
    ],
)
def test_whom_a_reported_statement_was_said_to(sentence: str, to: str) -> None:
    assert _to(sentence + "\n") == [("okafor", to)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Okafor said to be the owner of the pier, bought it in 2010 and sold it last year.",
        "Tom Okafor pledged to cuts nobody had asked for, and said the pier was in good shape.",
        "Tom Okafor warned that the pier would not survive another storm this winter.",
        "Tom Okafor warned of a long closure of the pier and the loss of the ferry service.",
        "Tom Okafor said the ferries were sent to the mainland for repairs last winter.",
        "Tom Okafor promised to address the costs of the closure at the next meeting.",
    ],
)
def test_no_one_it_was_said_to(sentence: str) -> None:
    assert [to for _, to in _to(sentence + "\n")] in ([], [None])
