"""The draft's reported statements: whom they were said to and who passed them on (``via``), on invented text."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.authoring.speakers import Names, reported
from generator.cli import main
from generator.inputs.load import load_yaml
from generator.inputs.schema import Actor, Statement, Via
from generator.site.helpers import Helpers


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
        ("Tom Okafor urged the ferry owners not to sail over the weekend.", "the ferry owners"),
        ("Tom Okafor urged Mr. Ferreira to close the pier before the storm.", "Mr. Ferreira"),
        ("Tom Okafor warned Ana Ferreira that the pier would not survive another storm.", "Ana Ferreira"),
        ("Tom Okafor called on the port's owners to repair the pier before the winter.", "the port's owners"),
        # said in a letter, a memo or an email to someone, or speaking to them
        ("In a letter to the mayor, Tom Okafor said the pier was unsafe for heavy lorries.", "the mayor"),
        ("Tom Okafor said in a memo to harbour staff that the east quay would close on Monday.", "harbour staff"),
        ("Speaking to reporters on the quay, Tom Okafor insisted the pier would reopen within weeks.", "reporters"),
        ("Speaking to reporters while visiting the quay, Tom Okafor insisted the pier would reopen.", "reporters"),
        ("In a recorded interview with the police, Tom Okafor admitted that he had sold the boats.", "the police"),
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
        "Tom Okafor confessed to the theft of the boats, saying he had sold them in May.",
    ],
)
def test_no_one_it_was_said_to(sentence: str) -> None:
    assert [to for _, to in _to(sentence + "\n")] in ([], [None])


def _relay(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.speaker.actor, r.speaker.unnamed, r.speaker.relay) for r in reported(body, _names())]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # a document that speaks for whoever the text names as its author
        (
            "Tom Okafor sued the Harbour Inspection Authority on Monday. The lawsuit alleges that the authority hid"
            " the inspection reports for years.",
            [("okafor", None, "The lawsuit")],
        ),
        (
            "The Harbour Inspection Authority's annual report noted that the pier was the oldest in the region.",
            [("authority", None, "Harbour Inspection Authority's annual report")],
        ),
        (
            "Ana Ferreira's written decision said the pier had been unsafe for heavy lorries since 2019.",
            [("ferreira", None, "Ana Ferreira's written decision")],
        ),
        # "according to" a work, by its author or theirs
        (
            "The pier was closed for repairs in May, according to Ana Ferreira's report to the council.",
            [("ferreira", None, "Ana Ferreira's report")],
        ),
        (
            "About 200 boats use the pier every week, according to a 2018 survey by the Harbour Inspection Authority.",
            [("authority", None, "a 2018 survey")],
        ),
        # "X said, according to Y": Y passed the words on; "Citing a document, X said"
        (
            "There is no link between the two closures, the Harbour Inspection Authority said, according to Reuters.",
            [("authority", None, "Reuters")],
        ),
        (
            "Citing a statement filed with the court, Ana Ferreira said the authority had known of the cracks.",
            [("ferreira", None, "a statement filed with the court")],
        ),
    ],
)
def test_who_passed_a_reported_statement_on(body: str, found: list[tuple[str, None, str]]) -> None:
    assert _relay(body + "\n")[-len(found) :] == found


def test_a_document_of_no_one_named_is_still_a_report() -> None:
    body = "The pier has lost a third of its boats since 2019, according to one estimate.\n"
    assert _relay(body) == [(None, None, "one estimate")]


def test_an_unnamed_member_is_no_document() -> None:
    body = "A Harbour Inspection Authority spokeswoman said the pier would reopen in the spring.\n"
    assert _relay(body) == [("authority", "A Harbour Inspection Authority spokeswoman", None)]


def test_the_draft_writes_who_passed_it_on_and_the_item_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    front = '---\nid: "harbour"\nheadline: "Harbour news"\nheadline_by: "article"\npublished: "2025-06-12"\n---\n'
    body = "There is no link between the two closures, the Harbour Inspection Authority said, according to Reuters.\n"
    (tmp_path / "seeds" / "harbour.md").write_text(front + body, encoding="utf-8")
    registry = 'actors:\n  - id: "authority"\n    name: "Harbour Inspection Authority"\n    kind: "government"\n'
    (tmp_path / "briefings" / "actors.yaml").write_text(registry, encoding="utf-8")
    assert main(["--project", str(tmp_path), "draft", "harbour"]) == 0
    doc, found = load_yaml(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    assert found == [] and doc is not None and isinstance(doc.data, dict)
    (item,) = [ev for p in doc.data["positions"] for ev in p["evidence"] if ev["kind"] == "reported"]
    assert Statement.model_validate(item).via == Via(relay="Reuters")


def test_a_relay_shows_in_the_attribution() -> None:
    from generator.model import Via as Linked

    ev = SimpleNamespace(speaker=None, via=Linked(None, None, "reporters", "the lawsuit"))
    assert Helpers.attribution(SimpleNamespace(), ev) == "to reporters, passed on by the lawsuit"  # type: ignore[arg-type]
