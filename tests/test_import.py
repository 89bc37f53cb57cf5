"""``import``: web pages and text files become seeds; nothing of the article is ever dropped or overwritten."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.authoring.importer import Article, draft_headline, parse_article, seed_text
from generator.cli import main
from generator.inputs.ids import slug
from generator.inputs.load import load_seed

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
    assert "outlet 'Вести Нортбриджа' is not in briefings/outlets.yaml" in err and "[BRF037]" in err
    assert '  - id: "vesti-nortbridzha"\n' in err and 'name: "Вести Нортбриджа"' in err, "an entry ready to paste"
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
