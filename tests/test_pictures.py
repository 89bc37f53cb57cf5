"""generator/site/pictures.py: the stance matrix, stance history, timeline chart and actor map, as markup."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup, Tag

from generator.build.pipeline import build_project
from generator.inputs.dates import Basis, Dating, When
from generator.model import Actor, Briefing, Event, Evidence, Issue, Passage, Position, RelationLink, Side, Site, Source
from generator.site import pictures
from generator.site.markup import Md
from generator.validate import Project
from generator.vocabulary import ActorKind, EvidenceKind, HeadlineBy, Precision, Relation, Stance, Standing
from tests.conftest import STORY

HOSTILE = '<script>alert("x")</script> & "quoted" \'single\' <img src=x onerror=alert(1)>'
MAR, SEP = dt.date(2025, 3, 17), dt.date(2025, 9, 5)


def actor(aid: str, name: str | None = None, kind: ActorKind = ActorKind.PERSON, affiliation: str | None = None,
          relations: tuple[tuple[Relation, str], ...] = (), standing: Standing = Standing.OTHER) -> Actor:  # fmt: skip
    links = tuple(RelationLink(r, target, (), "background") for r, target in relations)
    return Actor(id=aid, name=name or aid.title(), kind=kind, standing=standing, role=None, affiliation=affiliation,
                 country=None, aliases=(), wikidata=None, relations=links)  # fmt: skip


def issue(iid: str, title: str | None = None) -> Issue:
    return Issue(id=iid, title=title or iid.replace("-", " "), proposition="p", description=None, briefing="b")


def position(a: Actor, i: Issue, stance: Stance, said: dt.date, basis: Basis = Basis.TEXT) -> Position:
    return Position(anchor=f"{a.id}-{i.id}-{said.isoformat()}", briefing="b", actor=a, issue=i, stance=stance,
                    summary="s", conditions=(), dating=Dating(When(said), basis), evidence=())  # fmt: skip


def event(n: int, when: When, *actors: Actor, what: str = "something happened") -> Event:
    return Event(anchor=f"event-b-{n}", briefing="b", dating=Dating(when, Basis.TEXT), what=what, actors=actors,
                 evidence=())  # fmt: skip


def briefing(positions: tuple[Position, ...] = (), issues: tuple[Issue, ...] = (),
             timeline: tuple[Event, ...] = (), sides: tuple[Side, ...] = ()) -> Briefing:  # fmt: skip
    return Briefing(id="b", title="B", summary="", as_of=SEP, sources=(), sides=sides, issues=issues,
                    positions=positions, questions=(), timeline=timeline, claims=())  # fmt: skip


def _spoken_by(speaker: Actor) -> Evidence:
    """Evidence of a statement by ``speaker`` (for a position of someone it speaks for)."""
    source = Source(id="s", headline="h", headline_by=HeadlineBy.ARTICLE, outlet=None, url=None, when=When(MAR),
                    date_reason=None, date_basis=None, caption=None, body="words", passages=())  # fmt: skip
    return Evidence(source, "words", Passage("q-1", 0, 5), EvidenceKind.DIRECT, speaker)


def soup(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "html.parser")


def svgs_are_well_formed(markup: str) -> None:
    """Every inline SVG parses as XML: no broken attribute, no stray ``<`` or ``&``, no duplicate attribute."""
    found = re.findall(r"<svg\b.*?</svg>", markup, flags=re.S)
    assert found
    for svg in found:
        ET.fromstring(svg)


TRUMP, WHITE_HOUSE = actor("trump", "Donald Trump"), actor("white-house", "The White House", ActorKind.GOVERNMENT)
US_GUARANTEE, CEASEFIRE = issue("us-guarantee", "A US security guarantee"), issue("ceasefire", "The ceasefire")
TRUMP_CHANGE = (
    position(TRUMP, US_GUARANTEE, Stance.OPPOSES, MAR),
    position(TRUMP, US_GUARANTEE, Stance.TENTATIVE, SEP),
)


# --- Stance matrix --------------------------------------------------------------------------------


def shown(tag: Tag) -> str:
    """The text a sighted reader sees in a tag: without the words only screen readers get."""
    copy = BeautifulSoup(str(tag), "html.parser")
    for hidden in copy.select(".bp-sr"):
        hidden.decompose()
    return copy.get_text()


def spoken(tag: Tag) -> str:
    """The text a screen reader reads in a tag: without what is hidden from it."""
    copy = BeautifulSoup(str(tag), "html.parser")
    for hidden in copy.select("[aria-hidden=true]"):
        hidden.decompose()
    return " ".join(copy.get_text(" ").split())


@pytest.mark.parametrize(
    ("dating", "expected"),
    [
        (Dating(When(MAR), Basis.TEXT), ("Mar \u201925", "Mar 2025")),
        (Dating(When(MAR, Precision.DAY, approximate=True), Basis.REPORT), ("≤~Mar \u201925", "by about Mar 2025")),
        (Dating(When(SEP), Basis.REPORT), ("≤Sep \u201925", "by Sep 2025")),
        (Dating(When(dt.date(2022, 1, 1), Precision.YEAR), Basis.TEXT), ("2022", "2022")),
        (None, ("?", "date unknown")),
    ],
)
def test_a_cell_dates_compactly_and_says_it_in_full(dating: Dating | None, expected: tuple[str, str]) -> None:
    assert pictures.compact_date(dating) == expected


def test_matrix_cell_shows_the_change_compactly_and_opens_on_each_position() -> None:
    b = briefing(TRUMP_CHANGE, (US_GUARANTEE, CEASEFIRE))
    b = replace(b, positions=(*TRUMP_CHANGE, position(WHITE_HOUSE, CEASEFIRE, Stance.SUPPORTS, MAR)))
    html = pictures.stance_matrix(b)
    assert isinstance(html, Md)
    row = next(tr for tr in soup(html).select("tbody tr") if tr.th and tr.th.contents[0].strip() == "Donald Trump")
    guarantee, ceasefire = row.find_all("td")
    summary = guarantee.select_one("details.bp-cell__more > summary")
    assert summary is not None
    assert shown(summary) == "✘ Mar \u201925 → ◔ Sep \u201925", "a mark and a date per stance, nothing more"
    assert spoken(summary) == "Opposes Mar 2025 then Tentative Sep 2025"
    assert "bp-changed" in guarantee["class"]
    assert guarantee.select_one(".bp-cell__issue").get_text() == "A US security guarantee", "named, for the cards"
    opened = guarantee.select("ul.bp-cell__who > li")
    assert [li.a["href"] for li in opened] == [f"#{p.anchor}" for p in TRUMP_CHANGE]
    assert [shown(li) for li in opened] == [
        "✘ Opposes 17 March 2025",
        "◔ Tentative 5 September 2025 on the as-of date",
    ], "the latest with its age at the as-of date"
    assert [t["datetime"] for t in summary.find_all("time")] == ["2025-03-17", "2025-09-05"]
    assert str(ceasefire) == "<td></td>", "no position: an empty cell, which takes no room in a card"
    headers = [th.get_text() for th in soup(html).select("thead th")]
    assert headers == ["Actor", "A US security guarantee", "The ceasefire"]
    assert soup(html).select_one("thead a")["href"] == "#issue-us-guarantee"


def test_the_speaker_is_in_the_opened_cell_not_on_its_line() -> None:
    said = replace(TRUMP_CHANGE[0], evidence=(_spoken_by(WHITE_HOUSE),))
    cell = soup(pictures.stance_matrix(briefing((said,), (US_GUARANTEE,)))).select_one("tbody td")
    assert cell is not None
    assert "The White House" not in cell.summary.get_text()
    assert cell.select_one("ul.bp-cell__who .bp-voices").get_text() == "The White House"


def test_matrix_cell_merges_a_restated_stance() -> None:
    same = (position(TRUMP, CEASEFIRE, Stance.SUPPORTS, MAR), position(TRUMP, CEASEFIRE, Stance.SUPPORTS, SEP))
    cell = soup(pictures.stance_matrix(briefing(same, (CEASEFIRE,)))).select_one("tbody td")
    assert cell is not None
    assert shown(cell.summary) == "✔ Mar \u201925", "one mark, dated from when the stance was first taken"
    assert "bp-changed" not in (cell.get("class") or [])
    assert len(cell.select("ul.bp-cell__who a")) == 2, "each position one click away"


def test_a_proposition_no_one_took_a_stance_on_gets_no_column() -> None:
    html = pictures.stance_matrix(briefing(TRUMP_CHANGE, (CEASEFIRE, US_GUARANTEE)))
    page = soup(html)
    assert [th.get_text() for th in page.select("thead th")] == ["Actor", "A US security guarantee"]
    assert "No stance recorded yet on: The ceasefire." in page.figcaption.get_text()
    assert page.select_one("figure")["class"] == ["bp-figure", "bp-matrix"], "few columns: they fit, no scrolling"


def test_many_propositions_keep_readable_columns_and_scroll() -> None:
    issues = tuple(issue(f"i{n}") for n in range(pictures.MAX_FITTING_COLUMNS + 1))
    b = briefing(tuple(position(TRUMP, i, Stance.SUPPORTS, MAR) for i in issues), issues)
    assert "bp-matrix--wide" in soup(pictures.stance_matrix(b)).figure["class"]


def test_matrix_rows_are_grouped_by_side_then_standing_and_the_legend_explains_every_stance() -> None:
    """Rows never follow how many positions an actor has: sides in order, then standing, then name."""
    us = actor("us", "United States", ActorKind.STATE, standing=Standing.STATE)
    expert = actor("expert", "An Expert", standing=Standing.EXPERT)
    many = (*TRUMP_CHANGE, position(TRUMP, CEASEFIRE, Stance.SUPPORTS, MAR))  # Trump, three positions
    b = briefing(
        (*many, position(expert, US_GUARANTEE, Stance.OPPOSES, MAR), position(us, CEASEFIRE, Stance.OPPOSES, MAR)),
        (US_GUARANTEE, CEASEFIRE),
        sides=(Side("analysts", "Analysts", (expert,)), Side("usa", "The US", (TRUMP, us))),
    )
    page = soup(pictures.stance_matrix(b))
    rows = [th.get_text(" ", strip=True) for th in page.select("tbody th")]
    assert rows == ["Analysts", "An Expert expert", "The US", "United States state", "Donald Trump other"]
    legend = page.select_one("figcaption").get_text()
    for stance in Stance:
        assert f"{stance.mark} {stance.label}" in legend
    scroller = page.select_one(".bp-scroll")
    assert scroller["tabindex"] == "0" and scroller["role"] == "region"


def test_matrix_of_a_briefing_without_positions_is_empty() -> None:
    assert pictures.stance_matrix(briefing()) == ""


# --- Escaping ---------------------------------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere() -> None:
    evil = actor("evil", HOSTILE, relations=((Relation.OPPOSED_TO, "trump"),))
    evil_issue = issue("evil-issue", HOSTILE)
    positions = (position(evil, evil_issue, Stance.OPPOSES, MAR), position(evil, evil_issue, Stance.SUPPORTS, SEP))
    events = (event(1, When(MAR), evil, TRUMP, what=HOSTILE),)
    b = briefing(positions, (evil_issue,), events)
    actors = {a.id: a for a in (evil, TRUMP)}
    outputs = [
        pictures.stance_matrix(b),
        pictures.stance_history(positions, HOSTILE),
        pictures.timeline_chart(events),
        pictures.timeline_filter(events),
        pictures.actor_map(b, actors),
    ]
    for markup in outputs:
        page = soup(markup)
        assert not page.find_all(["script", "img"]), markup
        assert not [attr for tag in page.find_all(True) for attr in tag.attrs if attr.startswith("on")]
        assert "<script" not in markup and "<img" not in markup
        assert HOSTILE in page.get_text() or HOSTILE in str(page.find_all(attrs={"aria-label": True}))
    for markup in outputs[1:3] + outputs[4:]:
        svgs_are_well_formed(markup)


def test_ids_become_safe_anchors() -> None:
    odd = Position(anchor='x" onclick="alert(1)', briefing="b", actor=TRUMP, issue=CEASEFIRE, stance=Stance.UNCLEAR,
                   summary="s", conditions=(), dating=Dating(When(MAR), Basis.TEXT), evidence=())  # fmt: skip
    html = pictures.stance_matrix(briefing((odd,), (CEASEFIRE,)))
    link = soup(html).select_one("tbody a")
    assert link is not None
    assert link["href"] == '#x" onclick="alert(1)'
    assert "onclick" not in link.attrs


# --- Stance history ---------------------------------------------------------------------------------


def test_history_draws_one_lane_per_issue_and_links_every_position() -> None:
    positions = (*TRUMP_CHANGE, position(TRUMP, CEASEFIRE, Stance.SUPPORTS, MAR))
    html = pictures.stance_history(positions, "Donald Trump")
    svgs_are_well_formed(html)
    svg = soup(html).svg
    assert svg["aria-label"] == "Stance history of Donald Trump"
    assert sorted(a["href"] for a in svg.find_all("a")) == sorted(f"#{p.anchor}" for p in positions)
    assert [t.get_text() for t in svg.select(".bp-lane-title")] == ["A US security guarantee", "The ceasefire"]
    assert [t.get_text() for t in svg.select(".bp-axis-label")] == ["Mar 2025", "Sep 2025"]
    assert len(svg.select("line.bp-link--change")) == 1, "one arrow for the change of stance"
    titles = [t.get_text() for t in svg.find_all("title")]
    assert "A US security guarantee: Tentative, 5 September 2025" in titles


def test_history_never_shows_more_precision_than_the_dates_have() -> None:
    reported = position(TRUMP, CEASEFIRE, Stance.SUPPORTS, MAR, Basis.REPORT)
    svg = soup(pictures.stance_history((reported,), "x")).svg
    assert [t.get_text() for t in svg.select(".bp-axis-label")] == ["by Mar 2025"]


def test_history_of_an_actor_without_positions_is_empty() -> None:
    assert pictures.stance_history(()) == ""


# --- Timeline ---------------------------------------------------------------------------------------


def test_timeline_marks_show_precision() -> None:
    events = (
        event(1, When(dt.date(2022, 1, 1), Precision.YEAR), TRUMP),
        event(2, When(dt.date(2025, 3, 1), Precision.MONTH), TRUMP),
        event(3, When(dt.date(2025, 3, 18)), TRUMP, WHITE_HOUSE),
        event(4, When(dt.date(2025, 9, 3), Precision.DAY, approximate=True), WHITE_HOUSE),
        event(5, When(dt.date(2025, 9, 4))),
    )
    html = pictures.timeline_chart(events)
    svgs_are_well_formed(html)
    svg = soup(html).svg
    lanes = svg.select("g.bp-lane")
    assert [lane.get("data-actor") for lane in lanes] == ["trump", "white-house", None]
    assert [t.get_text() for t in svg.select(".bp-axis-label")] == ["2022", "2023", "2024", "2025"]
    marks = {m["class"][1]: m for m in svg.select(".bp-mark")}
    assert marks["bp-mark--year"].name == "rect" and marks["bp-mark--month"].name == "rect"
    assert marks["bp-mark--day"].name == "circle"
    approximate = svg.select(".bp-mark--approximate")
    assert len(approximate) == 1 and approximate[0]["fill"] == "none"
    year = float(marks["bp-mark--year"]["width"])
    month = float(marks["bp-mark--month"]["width"])
    assert 0.9 < month * 12 / year < 1.1, "bars span their month or year to scale"
    assert "18 March 2025: something happened" in [t.get_text() for t in svg.find_all("title")]


def test_timeline_stacks_marks_that_would_overlap() -> None:
    same_day = tuple(event(n, When(dt.date(2025, 9, 3)), TRUMP) for n in range(3))
    svg = soup(pictures.timeline_chart(same_day)).svg
    ys = {c["cy"] for c in svg.select("circle.bp-mark")}
    assert len(ys) == 3


def test_timeline_draws_only_the_busiest_actors_on_a_large_site() -> None:
    crowd = [actor(f"a{n}") for n in range(5)]
    events = tuple(event(n, When(MAR), *crowd[: n + 1]) for n in range(5))  # a0 in 5 events ... a4 in 1
    page = soup(pictures.timeline_chart(events, max_lanes=3))
    assert [g["data-actor"] for g in page.select("g.bp-lane")] == ["a0", "a1", "a2"]
    assert "2 more actors" in page.figcaption.get_text()


def test_timeline_filter_lists_actors_with_counts_and_starts_hidden() -> None:
    events = (event(1, When(MAR), TRUMP), event(2, When(SEP), TRUMP, WHITE_HOUSE))
    form = soup(pictures.timeline_filter(events)).form
    assert form.has_attr("hidden")
    options = [(o["value"], o.get_text()) for o in form.find_all("option")]
    assert options == [("", "all actors (2)"), ("trump", "Donald Trump (2)"), ("white-house", "The White House (1)")]


# --- Actor map --------------------------------------------------------------------------------------

RUSSIA = actor("russia", "Russia", ActorKind.STATE, relations=((Relation.OPPOSED_TO, "ukraine"),))
UKRAINE = actor("ukraine", "Ukraine", ActorKind.STATE, relations=((Relation.OPPOSED_TO, "russia"),))
KREMLIN = actor("kremlin", "The Kremlin", ActorKind.GOVERNMENT, "russia", ((Relation.SPEAKS_FOR, "russia"),))
PESKOV = actor("peskov", "Dmitry Peskov", affiliation="kremlin", relations=((Relation.SPEAKS_FOR, "kremlin"),))
TASS = actor("tass", "TASS", ActorKind.MEDIA, affiliation="russia")
FAR = actor("far", "Far Away", relations=((Relation.ALLIED_WITH, "peskov"),))
MAP_ACTORS = {a.id: a for a in (RUSSIA, UKRAINE, KREMLIN, PESKOV, TASS, FAR)}
ISSUE = issue("i")


def map_briefing() -> Briefing:
    positions = (position(PESKOV, ISSUE, Stance.OPPOSES, SEP), position(TASS, ISSUE, Stance.UNCLEAR, SEP),
                 position(UKRAINE, ISSUE, Stance.SUPPORTS, SEP))  # fmt: skip
    return briefing(positions, (ISSUE,), (event(1, When(MAR), FAR),))


def test_map_shows_the_actors_that_matter_and_those_they_relate_to() -> None:
    names = [a.id for a in pictures.map_actors(map_briefing(), MAP_ACTORS)]
    assert sorted(names) == ["kremlin", "peskov", "russia", "tass", "ukraine"], "Far Away is only in an event"


def test_map_links_merge_mutual_relations_and_read_affiliation_as_part_of() -> None:
    links = {(m.source.id, m.verb, m.target.id, m.mutual) for m in pictures.map_links(map_briefing(), MAP_ACTORS)}
    assert links == {
        ("russia", "opposed to", "ukraine", True),
        ("kremlin", "speaks for", "russia", False),
        ("peskov", "speaks for", "kremlin", False),
        ("tass", "part of", "russia", False),
    }


def test_map_leaves_out_actors_who_only_appear_in_events() -> None:
    b = briefing((position(RUSSIA, ISSUE, Stance.OPPOSES, SEP),), (ISSUE,), (event(1, When(MAR), RUSSIA, TRUMP),))
    assert [a.id for a in pictures.map_actors(b, {**MAP_ACTORS, "trump": TRUMP})] == ["russia", "ukraine"]


def test_map_svg_names_every_relation_and_is_deterministic() -> None:
    html = pictures.actor_map(map_briefing(), MAP_ACTORS)
    svgs_are_well_formed(html)
    svg = soup(html).svg
    assert svg["role"] == "img" and svg.title.get_text().startswith("Actor map: 5 actors and 4 relations")
    text = svg.get_text(" ")
    for phrase in ("speaks for Russia", "speaks for The Kremlin", "part of Russia", "opposed to"):
        assert phrase in text
    arcs = svg.select("path.bp-arc")
    assert len(arcs) == 1 and arcs[0].has_attr("marker-start"), "a mutual relation has arrows both ways"
    assert arcs[0]["stroke-dasharray"], "opposed-to is dashed, not only coloured"
    shuffled = dict(reversed(list(MAP_ACTORS.items())))
    assert pictures.actor_map(map_briefing(), shuffled) == html


def test_map_survives_a_cycle_of_relations() -> None:
    a = actor("a", relations=((Relation.MEMBER_OF, "b"),))
    b = actor("b", relations=((Relation.MEMBER_OF, "a"),))
    brief = briefing((position(a, ISSUE, Stance.SUPPORTS, MAR), position(b, ISSUE, Stance.SUPPORTS, MAR)), (ISSUE,))
    html = pictures.actor_map(brief, {"a": a, "b": b})
    svgs_are_well_formed(html)
    svg = soup(html).svg
    assert [t.get_text() for t in svg.select(".bp-map-name")] == ["A", "B"]
    assert svg.select_one(".bp-arc-label").get_text() == "member of"
    assert svg.select_one("path.bp-arc").has_attr("marker-start"), "drawn once, with arrows both ways"


# --- The story (tests/fixtures/story/, a frozen copy of the first shipped briefing) --------------------


@pytest.fixture(scope="module")
def story_site() -> Site:
    result = build_project(Project.at(STORY))
    assert result.site is not None, [d.format() for d in result.diagnostics]
    return result.site


def test_the_story_counts_each_voice_once(story_site: Site) -> None:
    """Russia's voices (Putin, the Kremlin, its spokesperson, its deputy foreign minister) make one row, not six."""
    b = next(b for b in story_site.briefings if b.id == "coalition-of-the-willing")
    page = soup(pictures.stance_matrix(b))
    rows = [th.contents[0].strip() for th in page.select("tbody th[scope=row]")]
    for voice in ("Vladimir Putin", "The Kremlin", "Dmitry Peskov", "Alexander Grushko"):
        assert voice not in rows
    row = next(
        tr for tr in page.select("tbody tr") if tr.select_one("th[scope=row]") and tr.th.contents[0].strip() == "Russia"
    )
    troops = row.find_all("td")[[i.id for i in b.issues].index("foreign-troops")]
    assert shown(troops.summary) == "new ✘ ≤~Mar \u201925", "restated in September: one mark, new in the edition"
    assert [shown(li).split(" said")[0] for li in troops.select("ul.bp-cell__who > li")] == [
        "✘ Opposes by about 17 March 2025 Alexander Grushko; The Kremlin",
        "✘ Opposes by 5 September 2025 Dmitry Peskov for The Kremlin on the as-of date",
    ]


def test_the_story_actor_map_has_the_kremlin_spokesperson_and_the_coalition(story_site: Site) -> None:
    b = story_site.briefings[0]
    links = {(m.source.id, m.verb, m.target.id) for m in pictures.map_links(b, story_site.actors)}
    assert ("peskov", "speaks for", "kremlin") in links
    assert ("uk", "member of", "coalition-of-the-willing") in links
    drawn = {a.id for a in pictures.map_actors(b, story_site.actors)}
    assert not drawn & {"france", "xi", "kim-jong-un", "china", "north-korea"}, "actors only in events are not drawn"


def test_pages_name_their_date_and_sources(story_site: Site) -> None:
    russia = story_site.positions_by_actor["russia"]  # in March and in September
    assert pictures.latest(russia) == SEP
    assert [s.id for s in pictures.cited_sources(russia)] == [
        "starmer-coalition-bluff",
        "putin-rejects-boots-on-the-ground",
    ]
    assert pictures.latest(()) is None
