"""``draft SOURCE``: every direct quotation with its speaker, position skeletons, new actors, candidate events.

Measured on the story fixture (the shipped seeds, frozen) against a hand-made truth
table, ``tests/fixtures/draft/truth.yaml``: recall (every direct quotation listed)
and attribution (the right speaker named), printed with the misses.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.authoring.draft import yaml_string
from generator.authoring.speakers import Names, attribute, reported
from generator.cli import main
from generator.inputs.dates import When
from generator.inputs.load import load_yaml
from generator.inputs.quotations import quotations
from generator.inputs.saying import attributed
from generator.inputs.schema import Actor, Event, Position, Statement
from generator.validate import Project, validate
from generator.vocabulary import Precision

TRUTH = Path(__file__).resolve().parent / "fixtures" / "draft" / "truth.yaml"
SEEDS = ("putin-rejects-boots-on-the-ground", "starmer-coalition-bluff")
#: The issue's target: the right speaker for at least this share of the direct quotations.
ATTRIBUTION_TARGET = 0.9


def _draft(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--project", str(project), "draft", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _load(path: Path, root: Path) -> dict[str, Any]:
    """The draft as the generator's strict loader reads it: no diagnostic allowed."""
    doc, found = load_yaml(path, root)
    assert found == [] and doc is not None, [d.format() for d in found]
    assert isinstance(doc.data, dict)
    return doc.data


def _voice(item: dict[str, Any], position: dict[str, Any]) -> str:
    """Whose words an evidence item says it is: the go-between actor, the speaker, or the position's actor."""
    via = item.get("via") or {}
    return str(via.get("actor") or item.get("speaker") or position["actor"])


def _listed(data: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(quote, voice) for every direct quotation in a draft, in file order: positions, then unattributed."""
    found: list[tuple[str, str | None]] = [
        (item["quote"], _voice(item, p))
        for p in data["positions"]
        for item in p["evidence"]
        if item["kind"] == "direct"
    ]
    return found + [(item["quote"], None) for item in data["unattributed"] if item["kind"] == "direct"]


def test_recall_and_attribution_on_the_story_seeds(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    truth = yaml.safe_load(TRUTH.read_text(encoding="utf-8"))
    total = right = listed = 0
    misses: list[str] = []
    for seed in SEEDS:
        code, _, _ = _draft(story, capsys, seed)
        assert code == 0
        data = _load(story / "briefings" / "drafts" / f"{seed}.yaml", story)
        found = _listed(data)
        expected = truth[seed]
        body = (story / "seeds" / f"{seed}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
        assert len(expected) == len(quotations(body)), "the truth table lists every quotation of the seed"
        remaining = list(found)
        for entry in expected:
            total += 1
            match = next((f for f in remaining if f[0] == entry["quote"]), None)
            if match is None:
                misses.append(f"{seed}: not listed: {entry['quote'][:40]!r}")
                continue
            remaining.remove(match)
            listed += 1
            if match[1] == entry["speaker"]:
                right += 1
            else:
                misses.append(f"{seed}: {entry['quote'][:40]!r}: {match[1]} instead of {entry['speaker']}")
        assert remaining == [], f"listed but not a quotation of the seed: {remaining}"
    print(f"\ndraft on the story seeds: {listed}/{total} listed, {right}/{total} right speaker ({right / total:.0%})")
    print("\n".join(misses))
    assert listed == total, misses
    assert right / total >= ATTRIBUTION_TARGET, misses


def test_the_draft_loads_and_its_entries_fit_the_schema(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _draft(story, capsys, "putin-rejects-boots-on-the-ground")
    assert code == 0, err
    assert "Wrote briefings/drafts/putin-rejects-boots-on-the-ground.yaml: 11 direct quotations" in out
    data = _load(story / "briefings" / "drafts" / "putin-rejects-boots-on-the-ground.yaml", story)
    assert data["positions"] and data["timeline"]
    for position in data["positions"]:
        # what the analyst decides is left out (commented), so a skeleton pasted unreviewed fails check
        assert not {"issue", "stance", "summary"} & position.keys()
        Position.model_validate({**position, "issue": "x", "stance": "unclear", "summary": "x"})
    for event in data["timeline"]:
        assert "what" not in event
        Event.model_validate({**event, "what": "x"})
    peskov = next(p for p in data["positions"] if p["evidence"][0].get("via", {}).get("actor") == "peskov")
    assert peskov["actor"] == "russia"  # the principal: Peskov speaks for the Kremlin, which speaks for Russia
    assert peskov["evidence"][0]["speaker"] == "kremlin"
    assert peskov["evidence"][0]["via"]["to"] == "Russian state media"
    beijing = next(p for p in data["positions"] if p["evidence"][0]["quote"] == "light at the end of the tunnel")
    assert beijing["said_on"] == {"relative": "on Wednesday"}
    assert beijing["evidence"][0]["via"] == {"to": "journalists in Beijing"}
    events = {(e["relative"], e["evidence"][0]["quote"][:20]) for e in data["timeline"]}
    assert ("last month", "But, ceasefire hopes") in events
    assert '# "last month" resolves to August 2025' in (
        story / "briefings" / "drafts" / "putin-rejects-boots-on-the-ground.yaml"
    ).read_text(encoding="utf-8")


def test_a_pasted_skeleton_fails_check_until_filled_in(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _draft(story, capsys, "putin-rejects-boots-on-the-ground")
    text = (story / "briefings" / "drafts" / "putin-rejects-boots-on-the-ground.yaml").read_text(encoding="utf-8")
    skeleton = text.split("positions:\n", 1)[1].split("\n  # ", 2)
    first = "  # " + skeleton[1]  # the first skeleton, with its comments
    briefing = story / "briefings" / "coalition-of-the-willing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("\npositions:\n", "\npositions:\n" + first, 1))
    capsys.readouterr()
    assert main(["--project", str(story), "check"]) == 1
    err = capsys.readouterr().err
    assert "missing required key 'issue'" in err and "[BRF021]" in err


def test_check_warns_while_a_draft_waits(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--project", str(story), "check", "--strict"]) == 0
    _draft(story, capsys, "starmer-coalition-bluff")
    assert main(["--project", str(story), "check"]) == 0  # a warning
    assert main(["--project", str(story), "check", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "briefings/drafts/starmer-coalition-bluff.yaml:1:1: warning: a draft is still waiting" in err
    assert "[BRF090]" in err
    (story / "briefings" / "drafts" / "starmer-coalition-bluff.yaml").unlink()
    assert main(["--project", str(story), "check", "--strict"]) == 0


def test_never_overwrites_a_draft_without_force(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = story / "briefings" / "drafts" / "starmer-coalition-bluff.yaml"
    assert _draft(story, capsys, "starmer-coalition-bluff")[0] == 0
    target.write_text("# my edits\n", encoding="utf-8")
    code, out, err = _draft(story, capsys, "seeds/starmer-coalition-bluff.md")
    assert code == 1 and out == ""
    assert (
        "briefings/drafts/starmer-coalition-bluff.yaml:1:1: error: briefings/drafts/starmer-coalition-bluff.yaml" in err
    )
    assert "[BRF091]" in err
    assert target.read_text(encoding="utf-8") == "# my edits\n"
    assert _draft(story, capsys, "starmer-coalition-bluff", "--force")[0] == 0
    assert target.read_text(encoding="utf-8").startswith("# Draft annotations")


def test_dry_run_writes_nothing(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _draft(story, capsys, "starmer-coalition-bluff", "--dry-run")
    assert code == 0 and out.startswith("# Draft annotations") and "Dry run: nothing written" in err
    assert not (story / "briefings" / "drafts").exists()


def test_unknown_seed_is_refused(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _draft(story, capsys, "no-such-article")
    assert code == 1 and out == ""
    assert "seeds/no-such-article.md:1:1: error: no seed 'no-such-article' in seeds/ [BRF092]" in err
    assert not (story / "briefings" / "drafts").exists()


def test_a_broken_seed_is_refused_with_its_problems(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = story / "seeds" / "starmer-coalition-bluff.md"
    seed.write_text(seed.read_text(encoding="utf-8").replace('headline_by: "annotator"\n', ""), encoding="utf-8")
    code, out, err = _draft(story, capsys, "starmer-coalition-bluff")
    assert code == 1 and out == ""
    assert "seeds/starmer-coalition-bluff.md:3:1: error: missing required key 'headline_by' [BRF021]" in err
    assert "seeds/starmer-coalition-bluff.md:1:1: error: seed 'starmer-coalition-bluff' has errors [BRF092]" in err


def test_unattributed_quotations_are_warned_at_their_line(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _draft(story, capsys, "starmer-coalition-bluff")
    assert code == 0
    assert "seeds/starmer-coalition-bluff.md:14:34: warning: no speaker found for the quotation" in err
    line = (story / "seeds" / "starmer-coalition-bluff.md").read_text(encoding="utf-8").splitlines()[13]
    assert line[33:58] == "coalition of the willing”"


def _article(root: Path, body: str, registry: str = "actors: []\n") -> None:
    (root / "seeds").mkdir(parents=True)
    (root / "briefings").mkdir()
    front = '---\nid: "harbour"\nheadline: "Harbour news"\nheadline_by: "article"\npublished: "2025-06-12"\n---\n'
    (root / "seeds" / "harbour.md").write_text(front + body, encoding="utf-8")
    (root / "briefings" / "actors.yaml").write_text(registry, encoding="utf-8")


def test_names_not_in_the_registry_become_entries_to_paste(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = (
        'Anna Berg, the harbour master, said: "The ferry stays."\n'
        '"We will not strike," said Tom Okafor on Tuesday.\n'
        'The council said "nothing" about it, according to a council spokeswoman.\n'
    )
    registry = 'actors:\n  - id: "council"\n    name: "Northbridge council"\n    kind: "government"\n'
    registry += '    standing: "government"\n    aliases:\n      - "the council"\n'
    _article(tmp_path, body, registry)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    assert data["actors"] == [
        {"id": "anna-berg", "name": "Anna Berg", "kind": "person", "standing": "other"},
        {"id": "tom-okafor", "name": "Tom Okafor", "kind": "person", "standing": "other"},
    ]
    for entry in data["actors"]:
        Actor.model_validate(entry)
    assert [(p["actor"], p["evidence"][0]["quote"]) for p in data["positions"]] == [
        ("anna-berg", "The ferry stays."),
        ("tom-okafor", "We will not strike"),
        ("council", "nothing"),
    ]
    assert data["positions"][1]["said_on"] == {"relative": "on Tuesday"}
    assert data["positions"][2]["evidence"][0]["via"] == {"unnamed": "a council spokeswoman"}


HOSTILE = [
    'He said "no" \\ and left',
    "tab\there, line\nbreak",
    "line separator\u2028 paragraph\u2029 bom\ufeff",
    "# not a comment: [x] {y} &a *b !tag %p @q `r` | > ' -- ...",
    "“curly” ‘single’ Müller Ж 🙂",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_yaml_string_reads_back_exactly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(f"quote: {yaml_string(text)}\n", encoding="utf-8")
    assert _load(path, tmp_path) == {"quote": text}
    assert "\n" not in yaml_string(text)


def test_yaml_string_writes_control_characters_as_escapes_the_loader_reads_and_refuses(tmp_path: Path) -> None:
    """No text may hold them (BRF094): escaped exactly, they are refused where they stand, not misread."""
    text = "bell\x07, del\x7f, nel\x85"
    path = tmp_path / "x.yaml"
    path.write_text(f"quote: {yaml_string(text)}\n", encoding="utf-8")
    doc, found = load_yaml(path, tmp_path)
    assert doc is not None and doc.data == {"quote": text}
    assert [(d.code, d.line, d.column, d.message) for d in found] == [
        ("BRF094", 1, 13, "control character U+0007 (bell) is not allowed in text (and 2 more in this value)")
    ]


def test_quotes_with_marks_inside_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "Anna Berg said: \"It is a \\ 'test' with #hash: and {braces}.\"\n"
    _article(tmp_path, body)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    quote = data["positions"][0]["evidence"][0]["quote"]
    assert quote == "It is a \\ 'test' with #hash: and {braces}."
    Statement.model_validate(data["positions"][0]["evidence"][0])


def test_the_draft_folder_is_never_built(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _draft(story, capsys, "starmer-coalition-bluff")
    inputs, found = validate(Project.at(story))
    assert set(inputs.briefings) == {"coalition-of-the-willing"}
    assert [d.code for d in found] == ["BRF090"]
    assert json.dumps([d.as_json() for d in found])  # reported like any diagnostic


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tom Okafor, who leads the union, called the decision “a tax on the east shore”.", "okafor"),
        ("The mayor told reporters: “We stay.”", "ferreira"),
        ("“We stay,” the mayor said.", "ferreira"),
        ("“We stay,” said Tom Okafor.", "okafor"),
        ("The ferry is “a floating museum”, according to Tom Okafor.", "okafor"),
        ("Tom Okafor spoke after the vote. He said: “We stay.”", "okafor"),
        ("The ferry was called “a floating museum” in the report.", None),
        # issue 21: offices, appositions, verbs sharing a subject, the statement just before, "According to"
        ("Harbour Board spokesman Tom Okafor said: “We stay.”", "okafor"),
        ("“We stay,” Harbour Board spokesman Tom Okafor said.", "okafor"),
        ("“We stay,” Tom Okafor, who chairs the union, said.", "okafor"),
        ("“We stay,” the union's chairman, Tom Okafor, said on Tuesday.", "okafor"),
        ("Tom Okafor told the Harbour Board and warned that it would “pay for it”.", "okafor"),
        ("The Harbour Board voted, with Tom Okafor warning of “a tax on the east shore”.", "okafor"),
        ("“We stay,” Tom Okafor tweeted.", "okafor"),
        ("According to Tom Okafor, the ferry is “a lifeline”.", "okafor"),
        ("He met the Harbour Board, which accused the council of “a betrayal”.", "board"),
        ("“A bigger deal” was announced in May, said Tom Okafor, a union leader.", "okafor"),
        ("A spokesman for the Harbour Board reiterated that the ferry is “a lifeline”.", "board"),
        ("The mayor of Northbridge reiterated that the ferry is “a lifeline”.", "ferreira"),
    ],
)
def test_speaker_patterns(sentence: str, speaker: str | None) -> None:
    actors = [
        Actor.model_validate(
            {
                "id": "ferreira",
                "name": "Ana Ferreira",
                "kind": "person",
                "standing": "government",
                "aliases": ["the mayor"],
            }
        ),
        Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "civic-body"}),
        Actor.model_validate(
            {"id": "board", "name": "Harbour Board", "kind": "organisation", "standing": "ministry-or-agency"}
        ),
    ]
    found = attribute(sentence + "\n", Names(actors))
    assert [s.speaker.actor for s in found] == [speaker]


def test_an_office_alone_is_its_only_holder_in_the_registry() -> None:
    def person(id_: str, role: str) -> Actor:
        return Actor.model_validate(
            {"id": id_, "name": id_.title(), "kind": "person", "standing": "other", "role": role}
        )

    body = "The president said on Tuesday that China “is going to have to make a deal”.\n"
    actors = [person("trump", "President of the United States"), person("starmer", "Prime Minister of the UK")]
    assert [s.speaker.actor for s in attribute(body, Names(actors))] == ["trump"]
    # two presidents in the registry: "the president" is neither
    actors.append(person("macron", "President of France"))
    assert [s.speaker.actor for s in attribute(body, Names(actors))] == [None]


def test_speakers_in_russian_and_korean() -> None:
    def person(id_: str, name: str, *aliases: str) -> Actor:
        data = {"id": id_, "name": name, "kind": "person", "standing": "other", "aliases": list(aliases)}
        return Actor.model_validate(data)

    names = Names([person("porizkova", "Paulina Porizkova", "Поризкова"), person("lj", "엘제이")])
    # the author's words interrupt the quotation: both pieces are hers
    body = "«Стареть публично – это ужасно, – пожаловалась Поризкова. — Я постоянно борюсь с собой»."
    found = attribute(body + "\n", names)
    assert [(len(s.pieces), s.speaker.actor) for s in found] == [(2, "porizkova")]
    # a name with its particle, then a pronoun: 그는 “…”고 말했다
    body = "엘제이는 무감한 태도를 보였다. 그는 “잘못이냐”고 말하기도 했다."
    assert [s.speaker.actor for s in attribute(body + "\n", names)] == ["lj"]


def test_two_speakers_in_one_sentence_are_reported_clause_by_clause() -> None:
    from generator.authoring.speakers import reported

    actors = [
        Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "civic-body"}),
        Actor.model_validate({"id": "ferreira", "name": "Ana Ferreira", "kind": "person", "standing": "government"}),
    ]
    body = (
        "Ana Ferreira has tried to suggest that the ferry costs too much, but Tom Okafor has said the ferry pays "
        "for itself every year.\nTom Okafor's lawyer said the case was closed.\n"
    )
    found = [(body[r.start : r.end], r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(actors))]
    # each clause up to the next verb of saying: the first ends with the next one's subject, for now
    assert found[0][0].startswith("Ana Ferreira has tried to suggest that the ferry costs too much")
    assert found[0][0] != body.split("\n")[0] and found[0][1:] == ("ferreira", None)
    assert found[1] == ("Tom Okafor has said the ferry pays for itself every year.", "okafor", None)
    assert found[2] == ("Tom Okafor's lawyer said the case was closed.", "okafor", "Tom Okafor's lawyer")


def _harbour_registry() -> list[Actor]:
    return [
        Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "civic-body"}),
        Actor.model_validate({"id": "ferreira", "name": "Ana Ferreira", "kind": "person", "standing": "government"}),
        Actor.model_validate(
            {"id": "authority", "name": "Harbour Inspection Authority", "kind": "government", "standing": "government"}
        ),
    ]


def _reports(body: str, width: int) -> list[tuple[str, str | None]]:
    """Each reported statement of ``body`` over the harbour registry: its first ``width`` characters, its speaker."""
    from generator.authoring.speakers import reported

    return [(body[r.start : r.end][:width], r.speaker.actor) for r in reported(body, Names(_harbour_registry()))]


def test_according_to_after_a_verb_of_saying_names_who_passed_the_words_on_not_whose_they_are() -> None:
    body = (
        "Tom Okafor visited the pier on Monday.\n"
        'Ferry crews "say the pier is full of boats every week," he said, according to the Harbour Gazette.\n'
        "There is no link between the two closures, the Harbour Inspection Authority said, according to Reuters.\n"
        "At least ten ferries in three ports have been stopped, according to the Harbour Inspection Authority.\n"
    )
    assert _reports(body, 12) == [
        ("Ferry crews ", "okafor"),
        ("There is no ", "authority"),
        ("At least ten", "authority"),
    ]


def test_a_closing_tag_after_a_quotation_says_whose_report_the_whole_sentence_is() -> None:
    body = (
        "Tom Okafor rang the harbour office on Monday.\n"
        'The clerk who took the call recalled that he said, "I will sink the boat," the Harbour Inspection '
        "Authority said.\n"
    )
    # one report, the authority's: not a second one of "he said" whose words are only the quotation
    assert _reports(body, 9) == [("The clerk", "authority")]


def test_a_possessive_pronoun_before_an_office_stands_for_the_person_it_belongs_to() -> None:
    from generator.authoring.speakers import reported

    body = (
        "Tom Okafor stayed away from the pier on Tuesday.\n"
        "His office said he was keeping long-standing plans for travelling to Lisbon for a conference.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("okafor", "His office")]


def test_verbs_that_praise_assure_or_caution_report_speech() -> None:
    body = (
        "Tom Okafor touted the plan as making strides toward a safer harbour.\n"
        "Ana Ferreira assured the crews that the pier would reopen in May.\n"
        "The Harbour Inspection Authority cautioned that the weather could still close the pier.\n"
    )
    assert _reports(body, 8) == [("Tom Okaf", "okafor"), ("Ana Ferr", "ferreira"), ("The Harb", "authority")]


def test_a_closing_tag_says_whose_the_whole_sentence_is() -> None:
    from generator.authoring.speakers import reported

    names = Names(_harbour_registry())
    body = (
        'Ana Ferreira took the decision to "close the pier", the Harbour Inspection Authority said.\n'
        '"The reason is the weather," it added.\n'
        "Afterward, Ana Ferreira said the pier would reopen in May if the weather allowed it, Tom Okafor testified.\n"
        'Ferreira kept telling others "the pier is mine" despite the vote, said another witness, the union leader '
        "Tom Okafor.\n"
    )
    # the quotation inside the tagged sentence, and "it" after it, are the authority's; the inverted tag's
    # speaker is the person whose name ends the sentence
    assert [s.speaker.actor for s in attribute(body, names)] == ["authority", "authority", "okafor"]
    found = [(body[r.start : r.end][:20], r.speaker.actor) for r in reported(body, names)]
    # the tag's speaker first, with the whole sentence; the statement it relays after, clause by clause
    assert found[:3] == [
        ("Ana Ferreira took th", "authority"),
        ("Afterward, Ana Ferre", "okafor"),
        ("Afterward, Ana Ferre", "ferreira"),
    ]


def test_a_closing_tag_dates_the_saying_and_a_body_described_is_the_body() -> None:
    from generator.authoring.speakers import reported

    body = "Fares will rise from 1 August, the Harbour Inspection Authority confirmed on Tuesday.\n"
    (report,) = reported(body, Names(_harbour_registry()))
    # the tag's words date the saying ("on Tuesday"), not what it reports ("from 1 August")
    assert report.speaker.said_in is not None and body[slice(*report.speaker.said_in)].endswith("on Tuesday.")
    assert "1 August" not in body[slice(*report.speaker.said_in)]
    body = "Fares will rise in August, the city's inspection authority said.\n"
    registry = [
        *_harbour_registry(),
        Actor.model_validate(
            {"id": "x", "name": "inspection authority", "kind": "government", "standing": "government"}
        ),
    ]
    (report,) = reported(body, Names(registry))
    assert (report.speaker.actor, report.speaker.unnamed) == ("x", None)  # the body itself, not a member


def test_an_unnamed_member_of_a_named_body_speaks_for_it() -> None:
    from generator.authoring.speakers import reported

    names = Names(_harbour_registry())
    body = (
        "The ferry will run until May, Harbour Inspection Authority advisers say.\n"
        "Inspectors told reporters the decision had been taken after a long review of the accounts.\n"
        "The pier was closed at night, according to an authority representative in the port.\n"
        "The pier was closed at night, according to a doctor on the scene of the accident.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, names)]
    assert found == [
        ("authority", "Harbour Inspection Authority advisers"),  # the body named in the description
        ("authority", "Inspectors"),  # a word of the body's name ("Inspection"): its members
        ("authority", "an authority representative in the port"),
        (None, "a doctor on the scene of the accident"),  # a doctor belongs to no named body: no actor
    ]


def test_a_definite_description_stands_for_the_person_named_with_its_title() -> None:
    from generator.authoring.speakers import reported

    body = (
        "Harbour Watch co-founder Ana Ferreira was arrested. Tom Okafor was there too.\n"
        "The Harbour Watch founder always argued that the pier belonged to the town and its people.\n"
        "The company said the pier would stay closed until the end of the year.\n"
        "The dockers have argued that the pier must reopen for the season.\n"
    )
    found = _reports(body, 24)
    # the founder is Ferreira (named with that title), not Okafor (the person named last); a company and a
    # plural are no one named before: their statements are listed, of no actor (unnamed)
    assert found == [
        ("The Harbour Watch founde", "ferreira"),
        ("The company said the pie", None),
        ("The dockers have argued ", None),
    ]
    names = Names(
        [
            Actor.model_validate(
                {
                    "id": "p",
                    "name": "Paulina Porizkova",
                    "kind": "person",
                    "standing": "other",
                    "aliases": ["Поризкова"],
                }
            )
        ]
    )
    body = "Поризкова снялась в кино.\nБывшая супермодель призналась, что боится старости и смеха людей.\n"
    assert [r.speaker.actor for r in reported(body, names)] == ["p"]  # no article: a noun phrase of a few words


def test_a_russian_name_in_its_other_cases_and_the_person_an_article_is_about() -> None:
    from generator.authoring.speakers import reported

    def person(id_: str, name: str) -> Actor:
        return Actor.model_validate({"id": id_, "name": name, "kind": "person", "standing": "other"})

    names = Names([person("p", "Полина"), person("d", "Джонни Депп")])
    body = (
        "Фото Полины были везде. Полине исполнилось 53 года. Она снималась с Полиной и Джонни Депп.\n"
        "В интервью модель призналась, что боится старости и смеха людей.\n"
        "Она рассказала, что не колола ботокс и не будет.\n"
        "«Я ненавижу уколы».\n"
    )
    # "модель" is the person the article names most (in three cases), not the one named last; the quotation
    # standing alone goes on from the sentence before, whose speaker is a pronoun
    assert [r.speaker.actor for r in reported(body, names)] == ["p", "p"]
    assert [s.speaker.actor for s in attribute(body, names)] == ["p"]


def test_korean_reported_speech_and_names() -> None:
    from generator.authoring.entities import propose
    from generator.authoring.speakers import reported

    lj = Actor.model_validate({"id": "lj", "name": "엘제이", "kind": "person", "standing": "other"})
    body = (
        "류화영은 한 매체에 자신의 입장을 털어놓으며 관계를 전면 부정했다. 일주일만에 지인으로 남기로 했다는 것이었다.\n"
        "하지만 류화영의 폭로에 대해 엘제이 역시 반박하고 나섰다. 그것이 전부 거짓말이라며 증거들을 제시했다.\n"
        "강력한 대응이 필요하다.\n"
    )
    proposed = propose(body, [lj])
    assert [(p.name, p.kind.value, p.country) for p in proposed] == [("류화영", "person", "KR")]
    names = Names([lj, *(p.as_actor() for p in proposed)])
    made = proposed[0].id
    # a subject with its particle; a subject left out is the one before; a possessive ("류화영의") is no subject
    assert [r.speaker.actor for r in reported(body, names)] == [made, made, "lj", "lj"]


def test_a_heading_that_quotes_words_is_theirs() -> None:
    names = Names(_harbour_registry())
    body = (
        "3. “Not some idle ferry”\n"
        "Tom Okafor spoke first. “The boat is not some idle ferry, but the town's lifeline,” he told the board.\n"
        "- “A floating museum”\n"
        "The vote was close.\n"
    )
    # the second heading's words are quoted by no one after it: it stays unattributed
    assert [s.speaker.actor for s in attribute(body, names)] == ["okafor", "okafor", None]


def test_a_sentence_ends_inside_a_quotation_and_naming_verbs_introduce_one() -> None:
    from generator.authoring.speakers import reported

    names = Names(_harbour_registry())
    body = (
        "Ana Ferreira called the vote “a disgrace.” Later, Tom Okafor assailed the board as part of the problem.\n"
        "Tom Okafor said his rival, Ana Ferreira, had dubbed the plan “the ferry problem.”\n"
        "“The pier is closed,” Tom Okafor testified.\n"
        "“Is it fair?” Ana Ferreira asked.\n"
    )
    # two sentences in the first line, each its own report; "dubbed" names who said it; "testified" is a tag
    assert [r.speaker.actor for r in reported(body, names)][:2] == ["okafor", "okafor"]
    assert [s.speaker.actor for s in attribute(body, names)] == ["ferreira", "ferreira", "okafor", "ferreira"]


def test_passive_agents_plural_pairs_denials_and_contrasted_clauses() -> None:
    body = (
        "Tom Okafor said he was told by Ana Ferreira to close the pier before the storm.\n"
        "Tom Okafor met Ana Ferreira on the pier. Both men said they were hopeful the ferry could run again.\n"
        "Ana Ferreira has denied both allegations.\n"
        "Ana Ferreira said the pier was safe, while the inspectors deny any fault and say the boats were late.\n"
    )
    assert _reports(body, 12) == [
        ("Tom Okafor s", "okafor"),  # what he said runs to the sentence's end
        ("Tom Okafor s", "ferreira"),  # the passive verb's agent: what she told him
        ("Both men sai", "okafor"),
        ("Both men sai", "ferreira"),
        ("Ana Ferreira", "ferreira"),  # a denial's object is a statement
        ("Ana Ferreira", "ferreira"),
        ("the inspecto", "authority"),  # a clause of its own after "while": the authority's inspectors
    ]


def test_a_verb_without_a_subject_shares_its_clauses() -> None:
    body = (
        "Tom Okafor gave no date for the vote, but said the pier would open in spring next year.\n"
        "Ana Ferreira declined to say when the ferry would run, saying it would depend on the weather.\n"
        "The pier was shut when Tom Okafor closed the harbour, citing the storms of the winter.\n"
    )
    assert [who for _, who in _reports(body, 10)] == ["okafor", "ferreira", "okafor"]


def test_a_chief_named_after_the_description_and_a_tag_with_where_it_was_said() -> None:
    from generator.authoring.entities import propose
    from generator.authoring.speakers import reported

    body = (
        "A harbour police chief says a man has been hurt on the ferry during a fight.\n"
        "Interim Harbour Police Chief Ed Alvarez told reporters that calls came in about a fight aboard the boat.\n"
        "Employee Tom Okafor tells the paper that he fought with the man on the deck.\n"
        "Ed Alvarez spoke again. He says the man died.\n"
        "The pier is “growing old at an alarming rate”, Ana Ferreira said in the council's public service announcement.\n"
    )
    registry = _harbour_registry()
    names = Names([*registry, *(p.as_actor() for p in propose(body, registry))])
    alvarez = next(a for a, b in names.actors.items() if b.name == "Ed Alvarez")  # a person, his title a chief's
    assert [r.speaker.actor for r in reported(body, names)] == [alvarez, alvarez, "okafor", alvarez, "ferreira"]
    assert [s.speaker.actor for s in attribute(body, names)] == ["ferreira"]  # a tag with where it was said


def test_whom_it_was_told_after_the_quotation_and_before_a_pronoun() -> None:
    actors = [Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "other"})]
    body = "“We stay,” Tom Okafor told the BBC.\nTom Okafor told visiting officials they would need “a plan”.\n"
    assert [s.speaker.to for s in attribute(body, Names(actors))] == ["the BBC", "visiting officials"]


def test_a_quotation_standing_alone_goes_on_from_the_statement_just_before() -> None:
    actors = [
        Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "civic-body"}),
        Actor.model_validate({"id": "ferreira", "name": "Ana Ferreira", "kind": "person", "standing": "government"}),
    ]
    # the quotation two sentences back is Ferreira's; the sentence just before reports Okafor's words
    body = "“It is final,” Ana Ferreira said. Tom Okafor said the vote was not final.\n“We stay.”\n"
    assert [s.speaker.actor for s in attribute(body, Names(actors))] == ["ferreira", "okafor"]


def test_and_said_after_a_quotation_is_not_an_attribution() -> None:
    actors = [Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "civic-body"})]
    body = "Tom Okafor called the decision “a tax on the east shore” and said his members would fight it.\n"
    assert [s.speaker.actor for s in attribute(body, Names(actors))] == ["okafor"]


def test_date_phrases_take_the_tense_of_their_clause() -> None:
    from generator.authoring.draft import find_phrases
    from generator.inputs import dates
    from generator.inputs.saying import framed, sentences

    body = "Fares will rise from 1 August, the council confirmed on Tuesday. Maybe in may, or just not.\n"
    frame = framed(body, quotations(body))
    anchor = dates.When(dates.dt.date(2025, 7, 2))
    found = [p for a, b in sentences(frame) for p in find_phrases(body, frame, a, b, anchor)]
    assert [(p.words, p.tense.value, p.when.text if p.when else None) for p in found] == [
        ("1 August", "future", "1 August 2025"),
        ("on Tuesday", "past", "1 July 2025"),
    ]


def test_a_drafts_folder_that_is_a_file_is_reported_not_a_traceback(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story / "briefings" / "drafts").write_text("not a folder\n", encoding="utf-8")
    code, out, err = _draft(story, capsys, "starmer-coalition-bluff")
    assert code == 1 and out == ""
    assert (
        "briefings/drafts/starmer-coalition-bluff.yaml:1:1: error: briefings/drafts/starmer-coalition-bluff.yaml cannot be written"
        in err
    )
    assert "[BRF073]" in err and "Traceback" not in err
    assert (story / "briefings" / "drafts").read_text(encoding="utf-8") == "not a folder\n"


NEWS = (
    "Polish Prime Minister Donald Tusk said that Europe must spend far more on its own defence.\n"
    'Tusk said he was "very moved".\n'
    "The European Commission and Finland stressed the plan would stand whatever happens.\n"
    "Hungary denied the report.\n"
)


def test_reported_statements_are_drafted_as_reported_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _article(tmp_path, NEWS)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    reported = [
        (p["actor"], item.get("speaker"), item["quote"])
        for p in data["positions"]
        for item in p["evidence"]
        if item["kind"] == "reported"
    ]
    first, third, fourth = NEWS.splitlines()[0], NEWS.splitlines()[2], NEWS.splitlines()[3]
    # the prime minister's words are the state's: filed under Poland, said by Tusk; a denial's object alone is
    # what it reports ("Hungary denied the report": a statement of Hungary's, as the truth's rules count it)
    assert reported == [
        ("poland", "donald-tusk", first),
        ("european-commission", None, third),
        ("finland", None, third),
        ("hungary", None, fourth),
    ]
    # "said he was “very moved”": all it reports is in quotation marks, a direct quotation only
    assert [(p["actor"], p["evidence"][0]["kind"]) for p in data["positions"] if "moved" in str(p)] == [
        ("poland", "direct")
    ]
    for p in data["positions"]:
        for item in p["evidence"]:
            Statement.model_validate(item)


def test_entries_are_proposed_for_people_states_and_bodies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _article(tmp_path, NEWS)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    entries = {e["id"]: e for e in data["actors"]}
    assert sorted(entries) == ["donald-tusk", "european-commission", "finland", "hungary", "poland"]
    assert entries["poland"] | {} == {
        "id": "poland",
        "name": "Poland",
        "kind": "state",
        "standing": "state",
        "country": "PL",
    }
    assert entries["hungary"]["country"] == "HU"
    tusk = entries["donald-tusk"]
    assert (tusk["kind"], tusk["standing"], tusk["country"]) == ("person", "head-of-state-or-government", "PL")
    assert tusk["aliases"] == ["Polish Prime Minister Donald Tusk", "Tusk"]
    relation = tusk["relations"][0]
    assert (relation["relation"], relation["actor"]) == ("leads", "poland")
    assert relation["evidence"] == [{"source": "harbour", "quote": "Polish Prime Minister Donald Tusk"}]
    assert entries["european-commission"]["kind"] == "organisation"
    for entry in data["actors"]:
        Actor.model_validate(entry)


def test_names_the_registry_has_are_not_proposed_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = 'actors:\n  - id: "pl"\n    name: "Republic of Poland"\n    kind: "state"\n    standing: "state"\n'
    registry += '    country: "PL"\n    aliases:\n      - "poland"\n'
    _article(tmp_path, NEWS, registry)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    entries = {e["id"]: e for e in data["actors"]}
    assert "poland" not in entries  # the registry has it, by its ISO code
    assert entries["donald-tusk"]["relations"][0]["actor"] == "pl"


@pytest.mark.parametrize(
    "sentence",
    [
        "The US president stressed that Europe must stop buying Russian oil at once.",
        "the US President said that Europe must stop buying Russian oil at once.",
        "America's president said that Europe must stop buying Russian oil at once.",
    ],
)
def test_a_title_is_the_person_who_holds_it(sentence: str) -> None:
    actors = [
        Actor(id="us", name="United States", kind="state", standing="state", aliases=["US", "America"]),
        Actor(
            id="trump",
            name="Donald Trump",
            kind="person",
            standing="head-of-state-or-government",
            role="President of the United States",
            relations=[{"relation": "leads", "actor": "us", "background": "President."}],
        ),
    ]
    from generator.authoring.speakers import reported

    assert [r.speaker.actor for r in reported(sentence + "\n", Names(actors))] == ["trump"]


def test_a_known_name_after_a_title_is_not_proposed_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = 'actors:\n  - id: "berg"\n    name: "Anna Berg"\n    kind: "person"\n    standing: "other"\n'
    _article(tmp_path, 'Mayor Anna Berg said: "The ferry stays."\n', registry)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    assert data["actors"] == []
    assert [p["actor"] for p in data["positions"]] == ["berg"]


def test_headlines_labels_and_former_titles_are_not_read_as_names() -> None:
    from generator.authoring.entities import propose

    body = (
        "Does Marie Yovanovitch Have a Net Worth of Millions?\n"
        "Claim\n"
        "Former U.S. ambassador to Ukraine Marie Yovanovitch has a fortune, a former aide said.\n"
        "On Nov. 15, 2019, Yovanovitch testified.\n"
    )
    found = {p.name: p for p in propose(body, [])}
    # "U.S." before "ambassador" is an adjective, and a former ambassador speaks for no state: no entry for it
    assert sorted(found) == ["Marie Yovanovitch", "Ukraine"]
    person = found["Marie Yovanovitch"]
    assert (person.standing.value, person.relations) == ("other", [])  # a former ambassador speaks for no one
    assert person.aliases == ["Yovanovitch"]


def test_a_reported_speaker_the_registry_lacks_gets_an_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "Fares rise in one month.\nOne Washington-based trade expert said that the fares would ruin the east shore.\n"
    )
    _article(tmp_path, body)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    actors = [p["actor"] for p in data["positions"]]
    assert actors and all(a in {e["id"] for e in data["actors"]} for a in actors)


# --- Dates (issue 21): an undated article, a weekday that pins the year, "recently" -------------------


def _front(root: Path, front: str, body: str) -> None:
    (root / "seeds").mkdir(parents=True)
    (root / "briefings").mkdir()
    (root / "seeds" / "harbour.md").write_text(
        f'---\nid: "harbour"\nheadline: "Harbour news"\nheadline_by: "article"\n{front}---\n{body}', encoding="utf-8"
    )
    (root / "briefings" / "actors.yaml").write_text("actors: []\n", encoding="utf-8")


def _events(root: Path) -> list[tuple[str, str]]:
    """(relative words, what the draft says they resolve to) for each candidate event."""
    text = (root / "briefings" / "drafts" / "harbour.yaml").read_text(encoding="utf-8")
    return re.findall(r'  # "([^"]+)" (resolves to [^;(\n]+?|dated by [^;(\n]+?)\s*[;(]', text)


def test_an_undated_article_gets_an_inferred_date_from_its_own_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "The council met on 1 September 2025 to discuss the ferry.\n"
        "On Thursday 4 September the mayor closed the pier. She had said on Tuesday that it was unsafe.\n"
        "The ferry will run again on 20 September.\n"
    )
    _front(tmp_path, "", body)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    path = tmp_path / "briefings" / "drafts" / "harbour.yaml"
    text = path.read_text(encoding="utf-8")
    # the latest day the article reports in the past tense (20 September is ahead: the future)
    assert '# inferred_date:\n#   date: "2025-09-04"\n#   precision: "approximate"\n#   basis: "text"\n' in text
    assert '"On Thursday 4 September"' in text.split("# inferred_date:")[0]
    # the article's other dates are resolved against it, approximate as it is
    assert ("on Tuesday", "resolves to about 2 September 2025") in _events(tmp_path)
    _load(path, tmp_path)
    # pasted as written, the inferred date is one the seed's schema takes
    uncommented = re.search(r"# inferred_date:\n(?:#   .*\n)+", text)
    assert uncommented is not None
    front = yaml.safe_load(uncommented.group().replace("# ", "").replace("#   ", "  "))
    (tmp_path / "seeds" / "harbour.md").write_text(
        (tmp_path / "seeds" / "harbour.md")
        .read_text(encoding="utf-8")
        .replace('headline_by: "article"\n', 'headline_by: "article"\n' + yaml.safe_dump(front, sort_keys=False)),
        encoding="utf-8",
    )
    path.unlink()
    inputs, found = validate(Project.at(tmp_path))
    assert [d.code for d in found] == ["BRF071"], [d.format() for d in found]  # only: no briefing yet
    assert inputs.seeds["harbour"].when == When(dt.date(2025, 9, 4), Precision.DAY, approximate=True)


def test_a_dated_article_gets_no_inferred_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _front(tmp_path, 'published: "2025-09-10"\n', "On Thursday 4 September the mayor closed the pier.\n")
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    assert "inferred_date" not in (tmp_path / "briefings" / "drafts" / "harbour.yaml").read_text(encoding="utf-8")
    assert _events(tmp_path) == [("On Thursday 4 September", "resolves to 4 September 2025")]


def test_a_day_named_in_an_approximately_dated_article_is_about_that_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inferred = (
        'inferred_date:\n  date: "2025-09-10"\n  basis: "text"\n  reason: "The vote it reports was on 9 September."\n'
    )
    _front(tmp_path, inferred, "On September 4 the mayor closed the pier.\n")
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    assert _events(tmp_path) == [("On September 4", "resolves to about 4 September 2025")]


def test_recently_is_dated_by_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _front(tmp_path, 'published: "2025-09-05"\n', "The mayor recently closed the pier.\n")
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    assert _events(tmp_path) == [("recently", "dated by its report: by 5 September 2025")]


def test_the_articles_country_is_written_as_a_commented_guess(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "Anna Berg, a teacher in Indiana, said the schools were short of money.\n"
        "Teachers from Ohio and West Virginia agreed with her.\n"
    )
    _article(tmp_path, body)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    text = (tmp_path / "briefings" / "drafts" / "harbour.yaml").read_text(encoding="utf-8")
    assert '    # country: "US"  # TODO: the article\'s country, a guess: check it\n' in text
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    assert data["actors"] == [{"id": "anna-berg", "name": "Anna Berg", "kind": "person", "standing": "other"}]


UNNAMED = (
    "Some said they felt let down that the ferry would not run this winter.\n"
    "The pier will close in May, the officials said.\n"
    "The ferry landed at the east pier at 6am, an airport official said.\n"
    "Officials have warned people to stay away from the pier at night.\n"
    "Those in favour of the ban have said that the boats were far too loud.\n"
    "Tom Okafor's supporters have stated that he had no choice but to act.\n"
    "Critics of the plan, including several crews, argued that the money should go to the pier instead.\n"
    "The boats were late all week, according to two people familiar with the matter.\n"
    "The report said the pier was unsafe for the crews.\n"
    "Rebranded as a neutral account, it posted a series of tweets supporting the crews of the harbour.\n"
)


def test_unnamed_speakers_of_no_body_are_reported_with_their_description() -> None:
    from generator.authoring.speakers import reported

    found = [
        (r.speaker.actor, r.speaker.name, r.speaker.unnamed) for r in reported(UNNAMED, Names(_harbour_registry()))
    ]
    # whoever the words describe, a quantifier, a plural, a person's supporters, someone of whom the text says
    # only who they are; a report (a thing) is no speaker, nor words before a noun read as a verb ("tweets")
    assert found == [
        (None, None, "Some"),
        (None, None, "the officials"),
        (None, None, "an airport official"),
        (None, None, "Officials"),
        (None, None, "Those in favour of the ban"),
        (None, None, "Tom Okafor's supporters"),
        (None, None, "Critics of the plan"),  # not the aside after it
        (None, None, "two people familiar with the matter"),
    ]


def test_unnamed_speakers_reports_are_drafted_unattributed_with_via_unnamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _article(tmp_path, UNNAMED)
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    items = [(item["kind"], item["quote"][:10], item.get("via")) for item in data["unattributed"]]
    assert items[:2] == [
        ("reported", "Some said ", {"unnamed": "Some"}),
        ("reported", "The pier w", {"unnamed": "the officials"}),
    ]
    assert len(items) == 8
    for item in data["unattributed"]:
        Statement.model_validate(item)


def test_a_quotation_in_a_paragraph_of_its_own_goes_on_from_the_one_before_not_a_heading() -> None:
    body = (
        "Ana Ferreira spoke to the board on Monday.\n"
        '"I just want the ferry to run again," she said.\n'
        '"That is all. I have tried to work this out with the council but have not been able to."\n'
        "The board did not answer.\n"
    )
    # a paragraph that is a whole quotation ending a sentence is no heading: the speaker before goes on
    assert [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))] == ["ferreira", "ferreira"]


def test_a_pronoun_agrees_in_gender_with_whom_it_stands_for() -> None:
    from generator.authoring.speakers import reported

    body = (
        "Ana Ferreira is allowed to run her ferry after all.\n"
        "Her boats were sold to a company owned by harbour manager Tom Okafor earlier this year.\n"
        'At the time she described this as the "worst case" and accused him of bullying.\n'
        "Councilman Tom Okafor met the board on Friday. Ana Ferreira was not there.\n"
        "He said the sale had been agreed by everyone at the harbour.\n"
    )
    # "she": not Okafor, the subject before, but Ferreira, whose own pronoun is "her"; "he": not Ferreira,
    # the subject just before, but Okafor, whom his title makes a man
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["ferreira", "okafor"]
    assert [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))] == ["ferreira"]


def _wire_registry() -> list[Actor]:
    return [
        *_harbour_registry(),
        Actor.model_validate({"id": "wire", "name": "Harbour Wire", "kind": "media", "standing": "media"}),
        Actor.model_validate({"id": "kim-wee", "name": "Kim Wee", "kind": "person", "standing": "media"}),
    ]


def test_verbs_of_reporting_in_the_present_and_perfect() -> None:
    body = (
        "Tom Okafor met the board on Monday.\n"
        "The Harbour Wire reports that ten ferries were stopped in the storm last week.\n"
        "All the piers were also closed at night, reports Kim Wee.\n"
        "The boats were late all week, reports the Harbour Wire.\n"
        "Many have voiced concerns that the inspectors are hiding the accounts.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_wire_registry()))]
    assert found == [("wire", None), ("kim-wee", None), ("wire", None), (None, "Many")]


def test_a_source_given_by_per_and_a_tag_with_the_before_its_name() -> None:
    body = (
        "Ferries, per the Harbour Wire, are often late in the winter months.\n"
        "In the storm, the pier “was closed for a week,” writes the Harbour Wire.\n"
        "The ferry carries 300 passengers per day in the summer months.\n"
    )
    assert [r.speaker.actor for r in reported(body, Names(_wire_registry()))] == ["wire", "wire"]
    assert [s.speaker.actor for s in attribute(body, Names(_wire_registry()))] == ["wire"]


def test_who_passed_the_words_on_is_not_whose_they_are() -> None:
    body = (
        "But according to the Harbour Wire’s Kim Wee, Ana Ferreira wrote in a blog post that the pier had been "
        "closed since May.\n"
        "Tom Okafor, via the Harbour Wire, said that the vote was “not final.”\n"
    )
    assert [r.speaker.actor for r in reported(body, Names(_wire_registry()))] == ["ferreira", "okafor"]


def test_a_surname_stands_for_the_person_named_in_full() -> None:
    body = "Harbour chief Marta Lindqvist arrived on Monday.\nLindqvist said the pier would stay closed until May.\n"
    registry = [
        *_harbour_registry(),
        Actor.model_validate({"id": "lindqvist", "name": "Marta Lindqvist", "kind": "person", "standing": "other"}),
    ]
    assert [r.speaker.actor for r in reported(body, Names(registry))] == ["lindqvist"]


def test_a_pronoun_opening_a_sentence_carries_its_subject_on() -> None:
    body = (
        "Ana Ferreira closed the pier on Monday.\n"
        "She seems intent on not angering the crews as Tom Okafor did last year.\n"
        "However, she said the ferry would run again in May.\n"
    )
    # "she" in the third sentence: the subject of the second, which is "She" (Ferreira), not Okafor
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["ferreira"]


def test_they_stands_for_all_the_people_named_together_before() -> None:
    body = (
        "Her post got the attention of two councillors: Tom Okafor and harbour commissioner Ana Ferreira.\n"
        "They criticised the sale of the ferry and the effect it would have on the town.\n"
    )
    found = [r.speaker.actor for r in reported(body, Names(_harbour_registry()))]
    assert found == ["okafor", "ferreira"]


def test_a_definite_description_of_a_body_stands_for_the_body_named_before() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate(
            {"id": "ferryco", "name": "Blue Ferry Lines", "kind": "organisation", "standing": "other"}
        ),
    ]
    body = (
        "Blue Ferry Lines bought the harbour's boats from Tom Okafor in May.\n"
        "The Harbour Inspection Authority looked at the sale in June.\n"
        "But the company says it did not need the council's permission in the first place.\n"
        "The company, which is expected to cut its crews this winter as it faces losses, confirmed on Monday that "
        "it had been visited by Tom Okafor.\n"
        "The authority said the pier would stay closed.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(registry))]
    # the company is the company named before; the authority, the one body whose name has that word
    assert found == [("ferryco", None), ("ferryco", None), ("authority", None)]
    # a description no body named before fits is no one's: unnamed
    alone = "The agency said the pier would stay closed until the end of the year.\n"
    assert [(r.speaker.actor, r.speaker.unnamed) for r in reported(alone, Names(registry))] == [(None, "The agency")]


def test_a_clause_opening_the_sentence_before_its_comma_holds_no_subject() -> None:
    body = "Although Tom Okafor was away in May, Ana Ferreira argued for weeks that the pier was safe for the crews.\n"
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["ferreira"]


def test_someone_unnamed_after_a_quotation_is_no_one_and_per_after_the_verb_passed_it_on() -> None:
    body = "“Don't close the pier,” one harbour resident said, per Kim Wee. “Let us keep it open.”\n"
    found = [(s.speaker.actor, s.speaker.unnamed) for s in attribute(body, Names(_wire_registry()))]
    # the resident's words, passed on by Wee: no actor's, with whoever the text describes
    assert found == [(None, "one harbour resident"), (None, "one harbour resident")]
    assert reported(body, Names(_wire_registry())) == []  # all it reports is in quotation marks


def test_a_description_with_no_title_stands_for_whom_the_sentence_before_is_about() -> None:
    body = (
        "Tom Okafor toured the harbour on Monday. Tom Okafor met the crews. Tom Okafor spoke at the pier.\n"
        "Ana Ferreira did not know he was coming but saw his visit as a surprise. The ferry captain said she "
        "was glad he had come to the pier at last.\n"
    )
    # not Okafor, whom the article names most, but Ferreira, whom the sentence before is about
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))][-1] == "ferreira"


def test_a_noun_of_gender_said_of_a_person_gives_their_gender() -> None:
    body = (
        "Tom Okafor rang the harbour office in March.\n"
        "Ana Ferreira is one of the first two women elected to the harbour board.\n"
        "The clerk who took the call recalled that he said the boats would sink.\n"
    )
    # "he": not Ferreira, the subject just before, whom the article calls one of two women
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))][-1] == "okafor"


def test_the_before_a_name_the_registry_lacks_is_no_part_of_it() -> None:
    body = "The HIA assured the crews on Monday that the pier would open again in May.\n"
    # "The HIA" is the HIA: a name the registry lacks, with its article, can be the subject
    assert [(r.speaker.actor, r.speaker.name) for r in reported(body, Names(_harbour_registry()))] == [(None, "HIA")]


def test_a_speaker_named_short_and_in_full_is_one_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _article(
        tmp_path,
        "The HIA assured the crews on Monday that the pier would open again in May.\n"
        "Later the Harbour HIA said that the ferry would run every hour in the summer.\n",
    )
    assert _draft(tmp_path, capsys, "harbour")[0] == 0
    data = _load(tmp_path / "briefings" / "drafts" / "harbour.yaml", tmp_path)
    assert [a["name"] for a in data["actors"] if "HIA" in a["name"]] == ["Harbour HIA"]
    assert {p["actor"] for p in data["positions"]} == {"harbour-hia"}


def test_what_the_statement_said_is_whose_statement_it_is() -> None:
    body = (
        "Two ferries were stopped in the storm, the Harbour Inspection Authority said in a statement on Monday.\n"
        '"The cause is under investigation," the statement said.\n'
        "It did not name the crews and said it was waiting for their families to be told.\n"
    )
    names = Names(_harbour_registry())
    assert [s.speaker.actor for s in attribute(body, names)] == ["authority"]
    assert [r.speaker.actor for r in reported(body, names)] == ["authority", "authority"]


def test_a_ruling_is_no_statement() -> None:
    body = (
        "Last month, a judge rejected the ferry company's request to delay the hearing until the summer.\n"
        "The Harbour Court dismissed the claims against the crews on Friday afternoon.\n"
        "Tom Okafor rejected the claims against the crews on Friday afternoon.\n"
    )
    # a court's or a judge's decision is a ruling, not a statement (the truth's rules); a person's rejection is
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["okafor"]


def test_the_member_described_again_belongs_to_the_body_named_with_them_before() -> None:
    body = (
        "A spokesperson for the Harbour Inspection Authority said the pier would reopen in May.\n"
        '"It is a start," the spokesperson said.\n'
    )
    found = [(s.speaker.actor, s.speaker.unnamed) for s in attribute(body, Names(_harbour_registry()))]
    assert found == [("authority", "the spokesperson")]


def test_a_participle_aside_and_a_plural_possessive_before_a_spokeswoman() -> None:
    body = (
        "A senior harbour official, speaking on condition of anonymity, said the decision was taken in May.\n"
        "The pier will stay closed all winter, Ana Ferreira' spokeswoman said.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("authority", "A senior harbour official"), ("ferreira", "Ana Ferreira' spokeswoman")]


def test_a_verb_of_saying_inside_a_relative_aside_is_not_the_subjects() -> None:
    body = (
        'One crew member, who asked not to be named, said the vote was "a distraction."\n'
        "Tom Okafor, who spoke on condition of anonymity, said the pier would close in May.\n"
    )
    names = Names(_harbour_registry())
    assert [(s.speaker.actor, s.speaker.unnamed) for s in attribute(body, names)] == [(None, "One crew member")]
    assert [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, names)] == [
        (None, "One crew member"),
        ("okafor", None),
    ]
    body = "A senior harbour official, who spoke on condition of anonymity, said the decision was taken in May.\n"
    assert [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, names)] == [
        ("authority", "A senior harbour official")
    ]


def test_an_adverb_set_off_by_commas_and_a_participle_after_a_comma() -> None:
    body = "The Harbour Inspection Authority, however, disputed the figures, saying they were based on old surveys.\n"
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("authority", None)]  # "saying" shares the subject; "the figures" is not one
    body = "The agency, however, disputed the figures of the harbour's own survey last year.\n"
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [(None, "The agency")]


def test_a_subject_with_a_relative_that_clause_is_the_noun_phrase_before_it() -> None:
    body = "The union that represents the harbour's crews said its members had raised concerns for years.\n"
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [(None, "The union")]
    body = "The authority that runs the pier, the Harbour Inspection Authority, says the ferry will run in May.\n"
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["authority"]


def test_verbs_a_reader_counts_as_reporting_speech() -> None:
    body = (
        "Tom Okafor hinted that the pier would reopen before the summer season.\n"
        "Ana Ferreira attributed the long delays to the storm damage on the east pier.\n"
        "Tom Okafor points out a couple of reasons the crews should not worry.\n"
        "Ana Ferreira predicted a busy summer for the ferry crews and the harbour.\n"
        "In an interview with the board, Tom Okafor confessed to the late payments last year.\n"
        "Ana Ferreira complained of poor communication from the harbour office.\n"
        "Tom Okafor is demanding that the board publish the inspection reports.\n"
        "Ana Ferreira is urging the board to accept the offer of free inspections.\n"
        "Tom Okafor pleaded with the board to reconsider its decision on the ferry.\n"
        "Ana Ferreira commented that the harbour would need a new pier by the summer.\n"
        "A ferry captain pleaded guilty on Monday to sailing without a licence.\n"
    )
    found = [r.speaker.actor for r in reported(body, Names(_harbour_registry()))]
    assert found == ["okafor", "ferreira"] * 5  # a plea in court is no statement
    for sentence in body.splitlines()[:-1]:  # BRF104 reads the same verbs: each sentence attributes its words
        assert attributed(sentence, [], 0, len(sentence))


def test_a_person_named_after_a_body_and_a_title_speaks_himself() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate(
            {"id": "northland", "name": "Northland", "kind": "state", "standing": "state", "aliases": ["N.L."]}
        ),
        Actor.model_validate(
            {"id": "kim-wee", "name": "Kim Wee", "kind": "person", "standing": "other", "aliases": ["Governor Kim Wee"]}
        ),
    ]
    body = (
        "Harbour Inspection Authority executive Tom Okafor said the pier would reopen in May.\n"
        "N.L. Governor Kim Wee said he would raise the harbour dues on all ferries.\n"
    )
    assert [r.speaker.actor for r in reported(body, Names(registry))] == ["okafor", "kim-wee"]


def test_he_stands_for_the_subject_not_a_man_named_after_it() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate({"id": "kim-wee", "name": "Kim Wee", "kind": "person", "standing": "other"}),
    ]
    body = (
        "Tom Okafor sold his boat last year.\n"
        "Kim Wee declined to say whether the clerk slept on the night Tom Okafor left. "
        '"It will all come out in court," he said.\n'
    )
    # Wee's gender is not known, Okafor's is: "he" is still the subject, not the man named after him
    assert [s.speaker.actor for s in attribute(body, Names(registry))] == ["kim-wee"]


def test_a_closing_tag_names_the_person_after_a_title_or_a_body() -> None:
    body = (
        '"Justice has been served in this case," said U.S. Attorney Tom Okafor.\n'
        '"The pier is safe," said Dr. Ana Ferreira.\n'
        '"The pier will reopen," said Harbour Inspection Authority chief Tom Okafor.\n'
    )
    found = [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))]
    assert found == ["okafor", "ferreira", "okafor"]


def test_words_quoted_inside_a_thing_someone_said_are_theirs() -> None:
    body = (
        "Despite Tom Okafor's Oct. 11 announcement that the two boards had reached a “historic” agreement, "
        "signing a deal has proved elusive.\n"
        "Ana Ferreira gave an interview on Monday.\n"
        "Her visits to the pier contradict her claim in the same interview that the crews were “not close”.\n"
        "A crew member who asked not to be named said that Ana Ferreira's claim is “absolutely not true.”\n"
    )
    found = [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))]
    # the last: a verb of saying introduces the words, so they are the crew member's, not the claim's owner's
    assert found == ["okafor", "ferreira", None]


def test_a_tag_with_an_apposition_or_set_off_inside_the_sentence_names_who_said_it() -> None:
    body = (
        "Northbridge Station hasn’t seen a drop of rain since September, said Tom Okafor, the harbour's forecaster.\n"
        "The key to the ferry's success, says Ana Ferreira, is the new pier on the east shore.\n"
        '"The ferry will run all winter. Longer than the old one" announced in May, said Tom Okafor, a captain.\n'
    )
    found = [(body[r.start : r.end][:16], r.speaker.actor) for r in reported(body, Names(_harbour_registry()))]
    # the last sentence opens with its quotation: the words after it are about it, a direct quotation only
    assert found == [("Northbridge Stat", "okafor"), ("The key to the f", "ferreira")]
    assert [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))] == ["okafor"]


def test_a_verb_that_only_tags_a_quotation_names_its_speaker() -> None:
    body = (
        "Tom Okafor met the crews on Monday.\n"
        '"Oh, actually? Yes," Ana Ferreira assures herself. "I did not sweat at the time."\n'
        '"We will be back by May," Tom Okafor quipped.\n'
    )
    found = [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))]
    assert found == ["ferreira", "ferreira", "okafor"]  # the second sentence goes on from the first


def test_a_subject_with_a_relative_who_clause_holding_a_boundary_is_the_noun_phrase_before_it() -> None:
    body = "A crew member who did not wish to be named because of harbour policy said the pier would close in May.\n"
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [(None, "A crew member")]  # not "of harbour policy", after "because"


def test_since_after_an_auxiliary_is_an_adverb_not_a_clause() -> None:
    body = (
        "Tom Okafor has since said that the signing would take place in “farm country,” but the crews have been "
        "reluctant to commit.\n"
    )
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["okafor"]
    assert [s.speaker.actor for s in attribute(body, Names(_harbour_registry()))] == ["okafor"]


def test_the_auxiliary_of_a_progressive_verb_of_saying_is_no_part_of_its_subject() -> None:
    body = (
        "Consumer advocates are urging the board to set backup power requirements for the ferries.\n"
        "Some crews were demanding a full report on the outages from the board.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [(None, "Consumer advocates"), (None, "Some crews")]


def test_forecasts_jokes_mentions_and_speaking_out_report_speech() -> None:
    body = (
        "The Harbour Inspection Authority projects that the pier will carry twice as many ferries by 2030.\n"
        "Ana Ferreira projected in May that the repairs would cost the harbour four million.\n"
        "Tom Okafor joked that the ferry was older than the harbour master himself.\n"
        "Ana Ferreira mentioned that the crews had asked for new life jackets last winter.\n"
        "Tom Okafor has spoken out about the long delays of the inspections at the pier.\n"
        "The projected cost of the new pier has doubled since the spring storms.\n"
        "Ana Ferreira has worked on three projects that the harbour paid for last year.\n"
    )
    found = [r.speaker.actor for r in reported(body, Names(_harbour_registry()))]
    # a forecast is a statement only before what it forecasts ("projects that"); not a noun or an adjective
    assert found == ["authority", "ferreira", "okafor", "ferreira", "okafor"]
    for sentence in body.splitlines()[:5]:  # BRF104 reads the same verbs
        assert attributed(sentence, [], 0, len(sentence))


def test_a_dateline_opening_a_paragraph_is_no_subject() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate({"id": "portugal", "name": "Portugal", "kind": "state", "standing": "government"}),
    ]
    body = (
        "LISBON, Portugal — Officials of the harbour announced on Monday that the pier would reopen in May.\n"
        "NEW LISBON (AP) — The crews of the harbour announced on Monday that the pier would reopen in May.\n"
        "They said the crews would be paid for the weeks the pier was closed.\n"
    )
    found = [(body[r.start : r.start + 9], r.speaker.actor, r.speaker.name) for r in reported(body, Names(registry))]
    assert found == [("Officials", "authority", None), ("The crews", "authority", None)]


def test_a_description_stands_for_the_body_it_was_apposed_to() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate(
            {"id": "coalition", "name": "Ferry Crews Coalition", "kind": "organisation", "standing": "civic-body"}
        ),
        Actor.model_validate(
            {"id": "doctors", "name": "Doctors for Harbour Safety", "kind": "organisation", "standing": "civic-body"}
        ),
        Actor.model_validate({"id": "ferries", "name": "Harbour Ferries", "kind": "organisation", "standing": "other"}),
    ]
    body = (
        "The group, Ferry Crews Coalition, met Harbour Ferries on Monday about the pier.\n"
        "The group said that Harbour Ferries had not paid the crews for the weeks the pier was closed.\n"
        "Doctors for Harbour Safety, a group of physicians, met Harbour Ferries on Tuesday.\n"
        "The group said the crews had been exposed to fumes from the engines for years.\n"
    )
    found = [r.speaker.actor for r in reported(body, Names(registry))]
    assert found == ["coalition", "doctors"]  # not the company named last before "the group"


def test_a_description_opening_the_first_clause_is_the_subject_of_a_verb_after_and() -> None:
    body = (
        "The Harbour Inspection Authority closed the pier on Monday.\n"
        "However, the authority raised concerns about the repairs, and said that the crews had not been paid.\n"
    )
    found = [(body[r.start : r.start + 8], r.speaker.actor) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("However,", "authority")]


def test_a_phrase_opening_the_sentence_with_a_preposition_holds_no_subject() -> None:
    body = (
        "At the recent Harbour Inspection Authority meeting, Tom Okafor pledged that the pier would reopen in May.\n"
        "Like harbour chief Ana Ferreira, Tom Okafor has spoken out about the long delays of the inspections.\n"
    )
    found = [(body[r.start : r.start + 9], r.speaker.actor) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("At the re", "okafor"), ("Like harb", "okafor")]  # the opening is part of the report


def test_an_inverted_tag_ending_the_sentence_with_an_alias_or_a_description() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate(
            {
                "id": "who",
                "name": "World Harbour Organization",
                "kind": "organisation",
                "standing": "civic-body",
                "aliases": ["the World Harbour Organization", "WHO"],
            }
        ),
    ]
    body = (
        "Ferries older than thirty years often fail the inspection, says the World Harbour Organization.\n"
        "The 55-year-old captain is the third to lose a licence this year, say officials.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(registry))]
    assert found == [("who", None), (None, "officials")]


def test_a_closing_tag_after_a_quotation_that_ends_the_writers_words() -> None:
    body = (
        "The pier is older than the harbour itself and “we want to fix it before the summer,” Tom Okafor said.\n"
        "“We want to fix it before the summer,” Ana Ferreira said.\n"
    )
    found = [(body[r.start : r.start + 8], r.speaker.actor) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("The pier", "okafor")]  # the second is a direct quotation only


def test_a_few_words_the_writer_sets_in_marks_are_nobodys() -> None:
    from generator.authoring.speakers import attribute

    body = (
        "“The pier will reopen in May,” Tom Okafor said.\n"
        "Any crew can convert its ferry licence into a “harbour” or “coastal” one at any time.\n"
        "“Please.”\n"
    )
    found = [
        (body[st.pieces[0].start : st.pieces[0].end], st.speaker.actor)
        for st in attribute(body, Names(_harbour_registry()))
    ]
    # a term in a sentence of the writer's; a word standing alone goes on from the speaker before
    assert found == [
        ("The pier will reopen in May,", "okafor"),
        ("harbour", None),
        ("coastal", None),
        ("Please.", "okafor"),
    ]


def test_emphasis_warnings_talks_letters_and_a_verb_with_its_object_report_speech() -> None:
    body = (
        "Tom Okafor emphasised the need for an early end to the closures at the pier.\n"
        "Ferry pilots warn the new pier could close again in the winter storms.\n"
        "Ana Ferreira talked at length about the shortcomings of the ferry timetable.\n"
        "Eleven crews signed a letter pushing for a longer season at the pier.\n"
        "Tom Okafor dismissed the claim.\n"
        "Ana Ferreira also criticized the guidance.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [
        ("okafor", None),
        (None, "Ferry pilots"),
        ("ferreira", None),
        (None, "Eleven crews"),
        ("okafor", None),
        ("ferreira", None),
    ]
    for sentence in body.splitlines()[:4]:  # BRF104 reads the same verbs
        assert attributed(sentence, [], 0, len(sentence))


def test_an_inverted_tag_that_only_describes_who_said_it() -> None:
    body = (
        "The ferry was on its way from Lisbon to the harbour when the engine failed, said a second official.\n"
        "The crew of the ferry was safe but the ship had lost its power, said one of the officials cited above.\n"
    )
    found = [(r.speaker.actor, r.speaker.unnamed) for r in reported(body, Names(_harbour_registry()))]
    assert found == [(None, "a second official"), (None, "one of the officials")]


def test_a_full_stop_inside_brackets_ends_no_sentence() -> None:
    from generator.inputs.saying import sentences

    body = "Ana Ferreira, a 64-year-old pilot from Westport, Maine (pop. 758), said the ferry impressed her. It did.\n"
    assert [body[a:b] for a, b in sentences(body)] == [body.split(" It")[0], "It did."]
    found = [(r.speaker.actor, body[r.start : r.start + 12]) for r in reported(body, Names(_harbour_registry()))]
    assert found == [("ferreira", "Ana Ferreira")]


def test_a_person_named_after_a_body_its_acronym_and_a_title_speaks_himself() -> None:
    registry = [
        *_harbour_registry()[:2],
        Actor.model_validate(
            {
                "id": "authority",
                "name": "Harbour Inspection Authority",
                "kind": "government",
                "standing": "government",
                "aliases": ["HIA"],
            }
        ),
    ]
    body = "Harbour Inspection Authority (HIA) chief Tom Okafor said the pier would reopen before the summer.\n"
    assert [r.speaker.actor for r in reported(body, Names(registry))] == ["okafor"]


def test_an_adverb_between_a_description_and_its_verb_is_no_head() -> None:
    registry = [
        *_harbour_registry(),
        Actor.model_validate({"id": "gazette", "name": "Harbour Gazette", "kind": "media", "standing": "media"}),
    ]
    body = (
        "Tom Okafor closed the pier on Monday, the Harbour Gazette reported.\n"
        "The newspaper further reported that the crews had not been paid for the weeks of the closure.\n"
    )
    found = [r.speaker.actor for r in reported(body, Names(registry))]
    assert found == ["gazette", "gazette"]  # not Okafor, the person named most


def test_according_to_a_work_by_its_author_names_the_author() -> None:
    body = (
        "The pier had been closed for three weeks before the storm, according to an exclusive report by "
        "Ana Ferreira late on Thursday.\n"
    )
    assert [r.speaker.actor for r in reported(body, Names(_harbour_registry()))] == ["ferreira"]
