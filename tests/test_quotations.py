"""Direct quotations in every quoting style news articles use (generator.inputs.quotations).

English “…” and "…", AP's closing ’’, French and Russian «…», German „…“ and »…«, quotations
nested inside others (‚…‘, «…», "…"), and the Russian quotation the author's words interrupt
(«…, – said X. – …»). Each case is a sentence in the style of a real article, with the quotations
a reader sees in it.
"""

from __future__ import annotations

import pytest

from generator.inputs.quotations import quotations, statements


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English, curly and straight
        ("“We will not back down,” Tusk said.", ["We will not back down,"]),
        ('"We will not back down," Tusk said.', ["We will not back down,"]),
        # AP: a curly opening mark closed by two right single marks
        ("“It was an attempt to mislead voters,’’ Will Moy told the BBC.", ["It was an attempt to mislead voters,"]),
        (
            "warning that “voters are entitled to transparency.’’ Critically, it has “no role.’’",
            [
                "voters are entitled to transparency.",
                "no role.",
            ],
        ),
        # a curly opening mark closed by a straight one (a real article's typo)
        (
            'and said, “somebody ought to put a bullet in her skull," the office said.',
            ["somebody ought to put a bullet in her skull,"],
        ),
        # straight marks nested in curly ones stay inside
        ('“He called it "a disgrace" and left,” she said.', ['He called it "a disgrace" and left,']),
        # French and Russian guillemets
        ("«Это не для слабонервных», – сказала она.", ["Это не для слабонервных"]),
        ("Il a dit : « Nous resterons » hier.", [" Nous resterons "]),
        # German: „…“ and the reversed »…«, with ‚…‘ nested
        ("„Wir bleiben“, sagte Scholz.", ["Wir bleiben"]),
        ("»Wir bleiben«, sagte Scholz.", ["Wir bleiben"]),
        ("„Er nannte es ‚unmöglich‘ und ging“, sagte sie.", ["Er nannte es ‚unmöglich‘ und ging"]),
        # Russian nested quotation: «…„…“…» and «…«…»…»
        ("«Он сказал „нет“ и ушёл», – заявил Песков.", ["Он сказал „нет“ и ушёл"]),
        ("«Он сказал «нет» и ушёл», – заявил Песков.", ["Он сказал «нет» и ушёл"]),
        # apostrophes and single marks are not quotations in English
        ("The minister’s ‘Coalition of the Willing’ met in Paris.", []),
    ],
)
def test_every_quoting_style(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_a_closing_mark_that_closes_a_nested_quotation_and_its_outer_one_at_the_paragraph_end() -> None:
    # Russian typography merges »» into one: the inner and the outer quotation end together
    text = "Она говорит: «Я повторяю себе: «Да ладно, красота не так уж важна!»\nДальше."
    assert _quoted(text) == ["Я повторяю себе: «Да ладно, красота не так уж важна!"]
    assert not quotations(text)[0].continues


def test_a_quotation_the_author_interrupts_is_two_pieces_of_one_statement() -> None:
    text = "«Стареть публично – это ужасно, – пожаловалась Поризкова. — Я постоянно борюсь с собой»."
    spans = quotations(text)
    assert [text[q.start : q.end] for q in spans] == ["Стареть публично – это ужасно", "Я постоянно борюсь с собой"]
    assert len(statements(spans, text)) == 1
    # a dash inside a quotation that the author's words do not follow is the speaker's own
    text = "«Стареть публично – это ужасно», – сказала она."
    assert _quoted(text) == ["Стареть публично – это ужасно"]


def test_a_quotation_running_on_into_the_next_paragraph_in_guillemets() -> None:
    text = "«Первое предложение.\n«Второе предложение».\n"
    spans = quotations(text)
    assert [text[q.start : q.end] for q in spans] == ["Первое предложение.", "Второе предложение"]
    assert spans[0].continues
    assert len(statements(spans, text)) == 1
