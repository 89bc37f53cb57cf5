"""``import``: web pages and text files become seeds; nothing of the article is ever dropped or overwritten."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.authoring.importer import (
    Article,
    Given,
    clean_text,
    draft_headline,
    import_article,
    parse_article,
    seed_text,
    slug,
)
from generator.cli import main
from generator.inputs.load import load_seed
from generator.validate.cache import seed_of

PAGES = Path(__file__).parent / "fixtures" / "pages"
LEAD = (
    "Fares on the Northbridge harbour ferry will rise by a fifth from 1 August, the city council confirmed on "
    "Tuesday, after a long debate in which councillors of every party argued about what the east shore can afford, "
    "what the bridge will cost and who should pay."
)


def _seed(project: Path, seed_id: str) -> tuple[dict[str, object], str]:
    seed, found = load_seed(project / "seeds" / f"{seed_id}.md", project)
    assert seed is not None and not found
    assert isinstance(seed.front.data, dict)
    return seed.front.data, seed.body


def _import(project: Path, *args: str) -> int:
    return main(["--project", str(project), "import", *args])


# --- Text shapes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "headline", "by", "body", "extra"),
    [
        (
            "date 2025-09-05 Putin rejects plan\nFirst line.\nSecond.",
            "Putin rejects plan",
            "article",
            "First line.\nSecond.",
            {"published": "2025-09-05"},
        ),
        (
            "Ferry fares to rise\n\nFares will rise.\n\nMore.\n",
            "Ferry fares to rise",
            "article",
            "Fares will rise.\n\nMore.\n",
            {},
        ),
        ("Ferry fares to rise\n  \n\nFares will rise.\n", "Ferry fares to rise", "article", "Fares will rise.\n", {}),
        (
            "date 2025-07-02\nFerry fares to rise\n\nFares will rise.\n",
            "Ferry fares to rise",
            "article",
            "Fares will rise.\n",
            {"published": "2025-07-02"},
        ),
        (
            "The pierThe pier\n\nFerry fares to rise\n\nFares will rise.\n",
            "Ferry fares to rise",
            "article",
            "Fares will rise.\n",
            {"caption": "The pier"},
        ),
        ("U.S. rejects the plan\n\nThe plan failed.\n", "U.S. rejects the plan", "article", "The plan failed.\n", {}),
        ("Mr. Trump warns Putin\n\nHe warned him.\n", "Mr. Trump warns Putin", "article", "He warned him.\n", {}),
        ("Peace? Not yet, says Kremlin\n\nNo peace.\n", "Peace? Not yet, says Kremlin", "article", "No peace.\n", {}),
        # not headlines: each stays in the body, and a headline is drafted
        (
            "The council met. It voted\n\nMore.\n",
            "The council met.",
            "annotator",
            "The council met. It voted\n\nMore.\n",
            {},
        ),
        ("The council voted to close it.\n\nMore.\n", "The council voted to close it.", "annotator", None, {}),
        ("Ferry fares to rise\nFares will rise.\n", "Ferry fares to rise", "annotator", None, {}),
        ("Ferry fares to rise\n", "Ferry fares to rise", "annotator", None, {}),
        (
            "date 2025-02-30 Ferry fares\nFares rise.\n",
            "date 2025-02-30 Ferry fares",
            "annotator",
            None,
            {"published": None},
        ),
    ],
)
def test_text_shapes(text: str, headline: str, by: str, body: str | None, extra: dict[str, str]) -> None:
    article = parse_article(text)
    assert (article.headline, article.headline_by) == (headline, by)
    assert article.body == (body if body is not None else text)
    assert {k: getattr(article, k) for k in extra} == extra
    assert (article.drafted is not None) == (by == "annotator")


def test_a_date_line_carrying_the_lead_paragraph_keeps_it_in_the_body() -> None:
    """The issue's case: a 270-character paragraph on the date line was made the headline and left the body."""
    article = parse_article(f"date 2025-07-02 {LEAD}\nA single crossing will cost £2.40.\n")
    assert article.body == f"{LEAD}\nA single crossing will cost £2.40.\n"
    assert article.published == "2025-07-02"
    assert article.headline_by == "annotator"
    assert article.drafted and f"{len(LEAD)} characters" in article.drafted
    assert len(article.headline) <= 120 and LEAD.startswith(article.headline.rstrip("…"))


def test_a_date_line_kept_in_the_body_keeps_its_white_space() -> None:
    """Found by fuzzing: the rest of a date line that stays in the body lost its trailing white space."""
    article = parse_article("date 2025-07-02 The council met.\x0b \nMore.\n")
    assert article.body == "The council met.\x0b \nMore.\n"


def test_a_drafted_headline_stops_at_the_paragraph_break() -> None:
    assert draft_headline("Ferry fares to rise\n\nFares on the ferry will rise.") == "Ferry fares to rise"
    assert draft_headline(LEAD).endswith("Tuesday…")


def test_a_given_headline_takes_out_only_the_same_line() -> None:
    same = parse_article("Ferry fares to rise\n\nFares will rise.\n", headline="Ferry  fares to rise")
    assert (same.headline, same.headline_by, same.body) == ("Ferry  fares to rise", "article", "Fares will rise.\n")
    other = parse_article("date 2025-07-02 Fares up\nFares will rise.\n", headline="Ferry fares to rise by a fifth")
    assert (other.headline, other.headline_by) == ("Ferry fares to rise by a fifth", "article")
    assert other.body == "Fares up\nFares will rise.\n" and other.published == "2025-07-02"


# --- Nothing of the article is lost, over every shape -----------------------------------

words = st.lists(
    st.sampled_from(
        ["the", "ferry", "council", "Mayor", "Ferreira", "rise", "fares", "2025", "bridge", "east", "shore"]
    ),
    min_size=1,
    max_size=8,
)
sentences = words.map(lambda ws: " ".join(ws).capitalize() + ".")
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)


@st.composite
def raw_articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A raw text article in any known shape (or none), and the words it holds, syntax left out."""
    parts: list[str] = []
    lines: list[str] = []
    date = draw(st.sampled_from([None, "2025-07-02"]))
    title = draw(st.one_of(st.none(), words.map(" ".join), paragraphs, st.just(LEAD)))
    on_date_line = bool(date and title and draw(st.booleans()))
    if on_date_line:
        lines.append(f"date {date} {title}")
        parts.append(str(title))
        title = None
    elif date:
        lines.append(f"date {date}")
    parts.append(date or "")
    # a caption comes first, or after a date alone on its line (after "date … Headline" the body starts)
    caption = None if on_date_line else draw(st.one_of(st.none(), words.map(" ".join)))
    if caption:
        lines.append(caption + caption)
        parts.append(caption)
    if title:
        lines += [title, "" if draw(st.booleans()) else "  "]
        parts.append(title)
    body = draw(st.lists(paragraphs, min_size=1, max_size=4))
    lines.append(draw(st.sampled_from(["\n", "\n\n"])).join(body))
    parts += body
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"])), parts


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@settings(max_examples=300, deadline=None)
@given(raw_articles())
def test_no_word_of_the_article_is_lost(case: tuple[str, list[str]]) -> None:
    text, parts = case
    article = parse_article(text)
    seed = seed_text(article, "x", "raw.txt")
    kept = set(_words(seed))
    assert {w for part in parts for w in _words(part)} <= kept
    assert article.body.strip() and article.body in text, "the body is the article's text, verbatim"
    assert text.rstrip().endswith(article.body.rstrip())


def test_no_word_is_lost_from_the_collected_articles() -> None:
    shared = next(
        (p / "shared" / "seeds" for p in Path(__file__).resolve().parents if (p / "shared" / "seeds").is_dir()), None
    )
    if shared is None:
        pytest.skip("shared/seeds not beside the repository")
    for raw in sorted(shared.glob("*.txt")):
        text = raw.read_text(encoding="utf-8")
        article = parse_article(text)
        kept = set(_words(seed_text(article, "x", raw.name)))
        first, rest = text.split("\n", 1)
        caption = article.caption or ""
        expected = set(_words(rest)) | set(_words(first.replace(caption + caption, caption)))
        assert expected - {"date"} <= kept


# --- Slugs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Müller in Zürich", "muller-in-zurich"),
        ("Путин отвергает план Европы", "putin-otvergaet-plan-evropy"),
        (
            "Putin rejects Europe's plan to put boots on the ground in Ukraine",
            "putin-rejects-europes-plan-to-put-boots-on",
        ),
        ("Keir Starmer’s “bluff”", "keir-starmers-bluff"),
        ("!!!", "article"),
    ],
)
def test_slugs_transliterate(headline: str, expected: str) -> None:
    assert slug(headline) == expected


# --- Web pages ---------------------------------------------------------------------------


def test_a_saved_web_page_gives_text_and_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "briefings").mkdir()
    (tmp_path / "briefings" / "outlets.yaml").write_text(
        'outlets:\n  - id: "courier"\n    name: "The Northbridge Courier"\n    kind: "newspaper"\n', encoding="utf-8"
    )
    assert _import(tmp_path, str(PAGES / "courier-ferry-fares.html")) == 0
    front, body = _seed(tmp_path, "ferry-fares-to-rise-in-august-council-confirms")
    assert front["headline"] == "Ferry fares to rise in August, council confirms"
    assert front["headline_by"] == "article"
    assert front["outlet"] == "courier", "the page's site name, found in the outlet registry"
    assert front["url"] == "https://courier.example.org/news/2025/07/02/ferry-fares-rise"
    assert front["published"] == "2025-07-02"
    assert front["imported_from"] == "courier-ferry-fares.html"
    for paragraph in (
        "will rise by a fifth from 1 August",
        "£2.40, up from £2",
        "“a tax on the east shore”",
        "£400,000",
    ):
        assert paragraph in body
    for chrome in ("Subscribe", "cookies", "Most read", "All rights reserved", "dataLayer"):
        assert chrome not in body, f"page furniture in the body: {chrome}"
    assert capsys.readouterr().err == "", "nothing to warn about"


def test_a_cyrillic_page_gets_a_transliterated_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(tmp_path, str(PAGES / "vesti-ferry.html")) == 0
    front, body = _seed(tmp_path, "parom-v-nortbridzhe-prodolzhit-rabotu")
    assert front["headline"] == "Паром в Нортбридже продолжит работу"
    assert front["outlet"] == "vesti-nortbridzha" and front["published"] == "2025-07-15"
    err = capsys.readouterr().err
    assert "Outlet 'vesti-nortbridzha' (Вести Нортбриджа, no country found) added to briefings/outlets.yaml" in err
    assert '  - id: "vesti-nortbridzha"\n' in (tmp_path / "briefings" / "outlets.yaml").read_text(encoding="utf-8")
    assert "«Паром — это часть того, кто мы есть»" in body


def test_a_page_in_its_own_encoding(tmp_path: Path) -> None:
    html = (PAGES / "vesti-ferry.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1251"')
    page = tmp_path / "vesti.htm"
    page.write_bytes(html.encode("cp1251"))
    assert _import(tmp_path, str(page), "--id", "parom") == 0
    front, body = _seed(tmp_path, "parom")
    assert front["headline"] == "Паром в Нортбридже продолжит работу"
    assert "Профсоюз паромщиков приветствовал это решение" in body


def test_options_override_what_the_page_says(tmp_path: Path) -> None:
    args = ["--headline", "Fares up by a fifth", "--outlet", "Courier", "--url", "https://example.org/a"]
    assert _import(tmp_path, str(PAGES / "courier-ferry-fares.html"), *args, "--published", "2025-07-03") == 0
    front, _ = _seed(tmp_path, "fares-up-by-a-fifth")
    assert (front["headline"], front["headline_by"], front["outlet"]) == ("Fares up by a fifth", "article", "courier")
    assert (front["url"], front["published"]) == ("https://example.org/a", "2025-07-03")


def test_a_page_without_title_or_date_gets_a_drafted_headline_and_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bare.html"
    page.write_text("<html><body><article><p>The ferry will keep running, the mayor said.</p></article></body></html>")
    assert _import(tmp_path, str(page)) == 0
    front, _ = _seed(tmp_path, "the-ferry-will-keep-running-the-mayor-said")
    assert front["headline_by"] == "annotator" and "published" not in front
    err = capsys.readouterr().err
    assert "[BRF033]" in err and "the page has no title" in err and "[BRF035]" in err


def test_a_page_without_text_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing here</title></head><body></body></html>")
    assert _import(tmp_path, str(page)) == 1
    assert "[BRF036]" in capsys.readouterr().err
    assert not (tmp_path / "seeds").exists()


@pytest.mark.parametrize(
    "args", [["--published", "2025-02-30"], ["--published", "5 July"], ["--url", "example.org"], ["--headline", " "]]
)
def test_bad_option_values_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody.\n")
    with pytest.raises(SystemExit) as exc:
        _import(tmp_path, str(tmp_path / "a.txt"), *args)
    assert exc.value.code == 2


# --- Dry runs, duplicates, overwriting -----------------------------------------------------


def test_dry_run_prints_the_seed_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("date 2025-07-02 Ferry fares to rise\nFares will rise.\n")
    assert _import(tmp_path, str(raw), "--dry-run") == 0
    printed = capsys.readouterr().out
    assert not (tmp_path / "seeds").exists()
    assert _import(tmp_path, str(raw)) == 0
    assert printed == (tmp_path / "seeds" / "ferry-fares-to-rise.md").read_text(encoding="utf-8")


def test_the_same_article_under_another_id_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's case: re-importing under a better --id left the old seed behind."""
    raw = tmp_path / "a.txt"
    raw.write_text("date 2025-07-02 Ferry fares to rise\nFares “will” rise.\n")
    assert _import(tmp_path, str(raw), "--id", "fares") == 0
    retyped = tmp_path / "b.txt"  # the same text, typed with other quote marks and line breaks
    retyped.write_text('date 2025-07-02 Ferry fares up\nFares "will"\nrise.\n')
    before = sorted(p.name for p in (tmp_path / "seeds").iterdir())
    capsys.readouterr()
    for extra in ([], ["--force"]):
        assert _import(tmp_path, str(retyped), "--id", "ferry-fares", *extra) == 1
        err = capsys.readouterr().err
        assert "already imported as seeds/fares.md [BRF034]" in err
        assert "git mv seeds/fares.md seeds/ferry-fares.md" in err
        assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == before
    assert _import(tmp_path, str(retyped), "--id", "fares", "--force") == 0
    assert _seed(tmp_path, "fares")[0]["headline"] == "Ferry fares up"


def test_an_empty_article_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("date 2025-07-02\n\n")
    assert _import(tmp_path, str(raw)) == 1
    assert "[BRF036]" in capsys.readouterr().err


def test_imported_seeds_pass_check(mini: Path) -> None:
    """What import writes is a valid seed: the project checks clean apart from the new seed not being cited yet."""
    shutil.copy(PAGES / "courier-ferry-fares.html", mini / "fares.html")
    (mini / "lead.txt").write_text(f"date 2025-07-02 {LEAD}\nA single crossing will cost £2.40.\n", encoding="utf-8")
    assert _import(mini, str(mini / "fares.html")) == 0
    assert _import(mini, str(mini / "lead.txt")) == 0
    from generator.validate import Project, validate

    _, found = validate(Project.at(mini))
    assert {d.code for d in found} == {"BRF061"}


def test_article_fields_round_trip() -> None:
    article = Article("Ferry “fares”", "article", "Body.", "2025-07-02", outlet="Courier", url="https://example.org/a")
    text = seed_text(article, "x", "raw.txt")
    assert text.splitlines()[2:8] == [
        'id: "x"',
        'headline: "Ferry “fares”"',
        'headline_by: "article"',
        'outlet: "Courier"',
        'url: "https://example.org/a"',
        'published: "2025-07-02"',
    ]


# --- import never writes a seed that check refuses ---------------------------------------------


def _errors_of_check(project: Path) -> list[str]:
    from generator.validate import Project, validate

    _, found = validate(Project.at(project))
    return [d.format() for d in found if d.severity == "error"]


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_a_file_name_that_is_not_utf8_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: list[str]
) -> None:
    """The issue's case: ``raw\\377.txt`` was a UnicodeEncodeError traceback (a seed records the name it came from)."""
    raw = tmp_path / os.fsdecode(b"raw\xff.txt")
    raw.write_text("Ferry fares to rise\n\nFares will rise.\n", encoding="utf-8")
    assert _import(tmp_path, str(raw), *dry_run) == 1
    out, err = capsys.readouterr()
    assert "raw\\xff.txt" in err and "[BRF097]" in err, err
    assert out == "" and not (tmp_path / "seeds").exists()


@pytest.mark.parametrize(
    ("first_line", "headline", "shown"),
    [
        ("Ferry\x7f fares to rise", "Ferry fares to rise", "U+007F"),
        ("Ferry fares\x85to rise", "Ferry fares to rise", "U+0085 (a line break) became a space"),
        ("Ferry \x9b31mfares to rise", "Ferry 31mfares to rise", "U+009B"),
        ("Ferry fares\u2028to rise", "Ferry fares to rise", "U+2028 (a line break) became a space"),
        ("Ferry \ufffefares to rise", "Ferry fares to rise", "U+FFFE"),
    ],
)
def test_control_characters_in_a_headline_are_cleaned_with_a_warning(
    mini: Path, capsys: pytest.CaptureFixture[str], first_line: str, headline: str, shown: str
) -> None:
    """DEL and C1 controls were written as they were (check then refused the seed: BRF006); NEL silently became
    a space. Now each is taken out (a line break becomes a space), saying so, and the seed passes check."""
    (mini / "raw.txt").write_text(f"{first_line}\n\nFares will rise.\n", encoding="utf-8")
    assert _import(mini, str(mini / "raw.txt"), "--id", "fares", "--published", "2025-07-02") == 0
    err = capsys.readouterr().err
    assert "[BRF095]" in err and "headline" in err and shown in err, err
    front, body = _seed(mini, "fares")
    assert front["headline"] == headline and body == "Fares will rise.\n"
    assert _errors_of_check(mini) == []


@pytest.mark.parametrize(
    ("value", "address", "cleaned", "said"),
    [
        ("Ferry fares", False, "Ferry fares", None),
        ("é Путин 😀 \u202e\ufeff «»", False, "é Путин 😀 \u202e\ufeff «»", None),  # text, however odd
        ("a\tb", False, "a b", "U+0009 (a tab) became a space"),
        ("a\r\n\x85\u2029b", False, "a b", "U+000D (a line break) became a space, U+000A (a line break) became a"),
        ("a\x00b\x1fc\x7fd\x80e\x9ff", False, "abcdef", "U+0000 taken out, U+001F taken out, U+007F taken out"),
        ("a\ufdd0b\ufffec\U0001fffed", False, "abcd", "U+FDD0 taken out, U+FFFE taken out, U+1FFFE taken out"),
        ("a\udcffb", False, "ab", "U+DCFF (the byte 0xff, not UTF-8) taken out"),
        ("https://example.org/a\x7fb\udcff", True, "https://example.org/a%7Fb%FF", "U+007F percent-encoded"),
    ],
)
def test_clean_text(value: str, address: bool, cleaned: str, said: str | None) -> None:
    got, what = clean_text(value, address)
    assert got == cleaned
    assert (what is None) == (said is None) and (said is None or said in str(what)), what


def test_control_characters_in_options_are_cleaned_with_a_warning(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (mini / "raw.txt").write_text("Fares will rise.\n", encoding="utf-8")
    outlet = "The Northbridge\x85Courier\x7f"
    args = ["--headline", "Fares\x1b[31m up", "--outlet", outlet, "--url", "https://example.org/a\x7fb"]
    assert _import(mini, str(mini / "raw.txt"), "--id", "fares", *args, "--published", "2025-07-02") == 0
    err = capsys.readouterr().err
    assert err.count("[BRF095]") == 3 and "[BRF037]" not in err, err
    front, _ = _seed(mini, "fares")
    assert front["headline"] == "Fares[31m up"
    assert front["outlet"] == "northbridge-courier", "the name, cleaned, is the registry's"
    assert front["url"] == "https://example.org/a%7Fb", "percent-encoded, as a browser sends it"
    assert _errors_of_check(mini) == []


def test_a_paragraph_over_the_seed_line_limit_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's case: it was written, then check refused it (BRF015) and the whole site failed to build."""
    long = " ".join(["Fares will rise by a fifth."] * 400)  # 11,199 characters
    raw = tmp_path / "raw.txt"
    raw.write_text(f"Ferry fares to rise\n\nA first paragraph.\n\n{long}\nA last one.\n", encoding="utf-8")
    for extra in ([], ["--dry-run"]):
        assert _import(tmp_path, str(raw), *extra) == 1
        out, err = capsys.readouterr()
        assert "raw.txt:5:10001: error:" in err and "[BRF096]" in err, err
        assert f"paragraph 2 is {len(long):,} characters long" in err
        assert out == "" and not (tmp_path / "seeds").exists()


def test_a_seed_check_would_refuse_for_any_other_reason_is_not_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed is read as check reads it before it is written: a file named with spaces only makes an empty
    imported_from, which check refuses (the import wrote it)."""
    (tmp_path / "   ").write_text("Ferry fares to rise\n\nFares will rise.\n", encoding="utf-8")
    for extra in ([], ["--dry-run"]):
        assert _import(tmp_path, str(tmp_path / "   "), *extra) == 1
        out, err = capsys.readouterr()
        assert "seeds/ferry-fares-to-rise.md:6:16 would not pass check: 'imported_from' is empty [BRF022]" in err, err
        assert out == "" and not (tmp_path / "seeds").exists()


def _page_with_script(megabytes: float) -> str:
    html = (PAGES / "courier-ferry-fares.html").read_text(encoding="utf-8")
    script = "<script>var state = " + json.dumps("x" * int(megabytes * 1024 * 1024)) + ";</script>"
    return html.replace("</head>", f"{script}\n<style>{'p{}' * 1000}</style></head>")


def test_a_saved_page_over_4_mib_of_inline_script_is_imported(tmp_path: Path) -> None:
    """A page saved complete carries its scripts: 5 MiB of them was refused as too large (BRF005)."""
    (tmp_path / "small.html").write_text(_page_with_script(0.01), encoding="utf-8")
    (tmp_path / "big.html").write_text(_page_with_script(5), encoding="utf-8")
    assert (tmp_path / "big.html").stat().st_size > 5 * 1024 * 1024
    assert _import(tmp_path, str(tmp_path / "small.html"), "--id", "small") == 0
    assert _import(tmp_path, str(tmp_path / "big.html"), "--id", "big", "--force") == 1, "the same article"
    (tmp_path / "seeds" / "small.md").unlink()
    assert _import(tmp_path, str(tmp_path / "big.html"), "--id", "big") == 0
    front, body = _seed(tmp_path, "big")
    assert front["headline"] == "Ferry fares to rise in August, council confirms"
    assert "£2.40, up from £2" in body and "var state" not in body


def test_a_page_too_large_even_for_a_saved_page_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as handle:  # sparse: nothing is read, the size alone refuses it
        handle.truncate(200 * 1024 * 1024)
    assert _import(tmp_path, str(page)) == 1
    err = capsys.readouterr().err
    assert "huge.html:1:1: error: is larger than" in err and "[BRF005]" in err
    assert "the article's text into a .txt file" in err, err


def _hostile_page(title: str, site: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{site}"></head>'
        "<body><article><p>The ferry will keep running, the mayor said on Tuesday.</p></article></body></html>"
    )


#: (file name, content, options, imported): hostile raw articles, each imported or refused, never half-way
HOSTILE = [
    (os.fsdecode(b"raw\xff.txt"), "Ferry fares to rise\n\nFares will rise.\n", [], False),
    ("del.txt", "Ferry\x7f fares \x9b\x85rise\u2028again\n\nFares will rise in August.\n", [], True),
    ("controls-in-body.txt", "Ferry fares\n\nFares \x00will\x1b[0m rise.\n", [], False),  # BRF094: no text holds them
    ("page-break.txt", "Ferry fares\n\nPage one.\x0c\nPage two.\n", [], False),  # a PDF's form feed
    ("only-controls.txt", "\x7f\x80\x9f\n\nThe council met on Tuesday.\n", [], True),
    ("long.txt", "Ferry fares\n\n" + "Fares. " * 1500 + "\n", [], False),
    ("exactly.txt", "Ferry at the limit\n\n" + "x" * 10_000 + "\n", [], True),
    (
        "body.txt",
        "Odd body\n\nLS \u2028 PS \u2029 BOM \ufeff TAB \t CR \r CRCRLF \r\r\n",
        [],
        True,
    ),
    ("yaml.txt", '- "Quotes": colon # hash \\ back --- dashes\n\n---\nid: "x"\n---\nBody.\n', [], True),
    ("caption.txt", "Pier\x07Pier\x07\n\nFerry caption\n\nFares.\n", [], True),
    ("ra\x1bw.txt", "Name with an escape\n\nFares rise.\n", [], True),
    ("dated.txt", "date 2025-07-02 Head\x85line \x7fhere\nFares will rise.\n", [], True),
    ("header-only.txt", "date 2025-07-02\n\n", [], False),
    (
        "options.txt",
        "Fares will rise, with options.\n",
        ["--headline", "A\x1bB", "--url", "https://example.org/\x7f"],
        True,
    ),
    ("page.html", _hostile_page("Ferry\x7f keeps\x85running", "The Northbridge\x9b Courier"), [], True),
]


def test_a_batch_of_hostile_articles_leaves_only_seeds_check_accepts(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rule: import never writes a seed check refuses. Each hostile article is imported or refused (exit 1,
    nothing written); then check finds no error in the project (the new seeds are only not cited yet)."""
    raw = mini / "raw"
    raw.mkdir()
    for number, (name, content, options, imported) in enumerate(HOSTILE):
        (raw / name).write_bytes(content.encode("utf-8"))
        before = sorted(p.name for p in (mini / "seeds").iterdir())
        code = _import(mini, str(raw / name), "--id", f"hostile-{number}", "--published", "2025-07-02", *options)
        err = capsys.readouterr().err
        after = sorted(p.name for p in (mini / "seeds").iterdir())
        assert "Traceback" not in err
        assert (code, len(after) - len(before)) == ((0, 1) if imported else (1, 0)), (name, err)
    assert _errors_of_check(mini) == []
    _, body = _seed(mini, f"hostile-{[h[0] for h in HOSTILE].index('body.txt')}")
    assert body == "LS \u2028 PS \u2029 BOM \ufeff TAB \t CR \n CRCRLF \n", "line ends only"
    front, _ = _seed(mini, f"hostile-{[h[0] for h in HOSTILE].index('only-controls.txt')}")
    assert front["headline"] == "The council met on Tuesday." and front["headline_by"] == "annotator"


def test_an_article_with_a_page_break_is_refused_naming_the_character(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The body is never changed, and no text may hold a control character (BRF094): import refuses, at the line."""
    raw = mini / "raw.txt"
    raw.write_text("Ferry fares\n\nPage one.\x0c\nPage two.\n", encoding="utf-8")
    before = sorted((mini / "seeds").iterdir())
    assert _import(mini, str(raw), "--published", "2025-07-02") == 1
    err = capsys.readouterr().err
    assert "control character U+000C (form feed) is not allowed in text [BRF094]" in err, err
    assert sorted((mini / "seeds").iterdir()) == before


# --- Fuzzing: whatever import writes reads back as written ------------------------------------------

_AWKWARD = [
    '"',
    "'",
    ":",
    ": ",
    "#",
    " #",
    "-",
    "- ",
    "---",
    "\\",
    "{",
    "[",
    "&a",
    "*a",
    "!tag",
    "%",
    "@",
    "`",
    "|",
    ">",
]
_CONTROLS = [
    "\x00",
    "\x07",
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\ufeff",
    "\ufffe",
]
_pieces = st.one_of(
    st.sampled_from(_AWKWARD + _CONTROLS + ["NO", "on", "012", "12:30", "null", "~", "é", "Путин", "😀", "\u202e"]),
    st.text(st.characters(codec="utf-8"), max_size=6),
)
_values = st.lists(_pieces, min_size=1, max_size=8).map("".join)


@st.composite
def _fuzzed(draw: st.DrawFn) -> tuple[Given, str]:
    """Options as ``import`` takes them (the command line checks the date and the url's shape) and a raw text."""
    typed = _values.map(str.strip).filter(bool)  # as --headline and --outlet take them: stripped, never blank
    headline = draw(st.one_of(st.none(), typed, typed.map(lambda v: v + "\udcff")))  # argv: a byte not UTF-8
    outlet = draw(st.one_of(st.none(), typed))
    tail = draw(_values.map(lambda v: re.sub(r'[\s<>"]', "", v)))
    url = draw(st.one_of(st.none(), st.just("https://example.org/" + tail)))
    published = draw(st.sampled_from([None, "2025-07-02"]))
    body = draw(st.lists(_values, min_size=1, max_size=5).map("\n".join))
    first = draw(
        st.one_of(st.just(""), _values.map(lambda v: v + "\n\n"), _values.map(lambda v: f"date 2025-07-02 {v}\n"))
    )
    return Given(headline, outlet, url, published), first + body


@settings(max_examples=100, deadline=None, derandomize=True)
@given(_fuzzed())
def test_what_import_writes_reads_back_through_the_strict_loader(case: tuple[Given, str]) -> None:
    """Headlines, outlets, urls and bodies with quotes, colons, '#', '-', '---', unicode and controls: the seed is
    read back by the strict loader to exactly the values written, a value differs from what was given only with a
    warning saying so, the body only in its line ends; or import refuses, saying why."""
    options, raw = case
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "raw.txt").write_bytes(raw.encode("utf-8"))
        done = import_article(root / "raw.txt", root / "seeds", root, "fuzzed", given=options)
        if done.target is None:
            assert any(d.severity == "error" for d in done.found), [d.format() for d in done.found]
            return
        seed, found = load_seed(done.target, root)
        assert seed is not None and found == [], [d.format() for d in found]
        assert seed_of(seed)[1] == [], "check accepts it"
        assert seed.front.path.read_text(encoding="utf-8") == done.text
        front, warned = seed.front.data, " ".join(d.message for d in done.found if d.code == "BRF095")
        for name, label in (("headline", "headline"), ("url", "address")):
            given_value = getattr(options, name)
            if given_value is not None and f"the {label}" not in warned:
                assert front[name] == given_value, "changed without a warning"
            if given_value is not None:
                assert front[name] == clean_text(given_value, address=name == "url")[0] or "nothing but" in str(
                    [d.message for d in done.found]
                )
        text = re.sub("\r\n?", "\n", raw.replace("\r\n", "\n"))
        assert (text if text.endswith("\n") else text + "\n").endswith(seed.body) and seed.body.strip()


def test_a_text_file_imports_without_the_import_extra(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a saved web page needs trafilatura (the [import] extra); a text file imports without it."""
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` fails, as when not installed
    article = tmp_path / "ferry.txt"
    article.write_text("Ferry keeps running\n\nThe council kept the harbour ferry running for another year.\n")
    assert _import(mini, str(article)) == 0, capsys.readouterr()
    assert (mini / "seeds" / "ferry-keeps-running.md").is_file()
    page = tmp_path / "ferry.html"
    page.write_text("<html><head><title>Ferry</title></head><body><p>The ferry runs.</p></body></html>")
    assert _import(mini, str(page)) == 1
    assert "pip install 'briefing-generator[import]'" in capsys.readouterr().err
    assert not (mini / "seeds" / "ferry.md").exists()
