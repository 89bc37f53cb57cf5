"""The benchmark's corpora: synthetic (N news-like articles, N/10 briefings, N/5 actors), and the story replicated.

Everything comes from word lists and one seeded RNG, so a given N always gives
the same files. Every quote is a whole sentence copied from its article, every
actor is used, every source is cited, and dates line up, so the corpus passes
``python -m generator check`` without a diagnostic.

The replicated shape (:func:`make_replicated`) copies the frozen story of
``tests/fixtures/story/`` many times over, its actors shared: a story that runs
on, whose actors gather positions, events and questions briefing after briefing.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Amara Bruno Chiara Dmitri Elena Farid Greta Hassan Ingrid Jonas Kenji Leila Marco Nadia Oskar Priya "
    "Quentin Rosa Samir Tanja Ulrich Vera Wale Ximena Yusuf Zofia Anton Beatriz Carlos Dalia Emil Fatima "
    "Gustav Helena Ivan Julia Karim Lena Mateo Nora Omar Paula Rafael Sofia Tomas Ursula Viktor Wanda "
)
LAST = _words(
    "Adler Bakker Castro Dahl Eriksen Ferrari Garcia Hoffmann Ivanova Jansen Kowalski Larsen Moreau Novak "
    "Okafor Petrov Quist Romano Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zeller Alvarez Brandt Costa "
    "Duval Engel Fischer Haas Iversen Jovanovic Keller Lindqvist Mendes Nilsson Olsen Pereira Rossi Silva "
    "Torres Urban Vogel Wagner Young "
)
PLACES = _words(
    "Aldermoor Brevik Calder Dunmore Estria Falkvik Garrow Halden Istra Jorvik Kessel Lunden Marrow "
    "Norland Ostra Pelland Quarry Rosmark Selden Tarrow Ulmen Varna Westfold Yarrow Zenda Ardent Belmar "
    "Corvin Delmar Eskar "
)
ORG_WORDS = _words("Council Commission Union Authority Alliance Federation Assembly Institute Agency Party ")
ROLES = [
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Defence Minister",
    "President",
    "Mayor",
    "Chief Negotiator",
    "Opposition Leader",
    "Trade Commissioner",
    "Central Bank Governor",
]
TOPICS = [
    ("grain-corridor", "the grain export corridor"),
    ("water-treaty", "the river water treaty"),
    ("port-expansion", "the northern port expansion"),
    ("fuel-subsidy", "the fuel subsidy"),
    ("pension-reform", "the pension reform"),
    ("border-checks", "the new border checks"),
    ("rail-link", "the high-speed rail link"),
    ("fishing-quota", "the fishing quota"),
    ("energy-levy", "the windfall energy levy"),
    ("ceasefire-plan", "the ceasefire plan"),
    ("data-law", "the data protection law"),
    ("mining-licence", "the lithium mining licences"),
    ("tariff-deal", "the tariff deal"),
    ("housing-bill", "the housing bill"),
    ("peace-monitors", "the peace monitoring mission"),
    ("aid-package", "the reconstruction aid package"),
]
STANCES = {
    "supports": ["fully backs {t}", "will vote for {t} without conditions", "wants {t} signed this year"],
    "opposes": ["rejects {t} outright", "will not accept {t} in any form", "called {t} a grave mistake"],
    "conditional": ["could accept {t} if the costs are shared", "will back {t} only with independent monitoring"],
    "tentative": ["would probably support {t}", "is leaning towards {t} but wants more time"],
    "unclear": ["declined to say where the government stands on {t}", "gave mixed signals on {t}"],
}
#: The condition each conditional phrase states (a conditional stance names its condition, BRF112).
CONDITIONS = {
    "if the costs are shared": "The costs are shared",
    "only with independent monitoring": "Independent monitoring",
}
NOUNS = _words(
    "negotiation proposal deadline budget review inquiry agreement framework timetable package reform "
    "statement vote summit report consultation mission programme plan strategy "
)
ADJ = _words(
    "fragile uncertain lengthy tense cautious detailed bitter informal delayed ambitious modest disputed "
    "regional cross-border provisional revised "
)
VERBS_PAST = _words(
    "criticised welcomed questioned postponed endorsed rejected announced reviewed defended challenged praised delayed "
)
GROUPS = [
    "farmers' groups",
    "trade unions",
    "port operators",
    "local councils",
    "business leaders",
    "opposition lawmakers",
    "aid agencies",
    "shipping firms",
    "regional governors",
    "energy companies",
]
TIMES = [
    "before the summer recess",
    "by the end of the month",
    "within weeks",
    "before the next election",
    "early next year",
    "after the budget vote",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EVENTS = [
    ("hosted talks on {t}", "hosts talks on {t}"),
    ("signed a letter on {t}", "signs a letter on {t}"),
    ("met negotiators to discuss {t}", "meets negotiators to discuss {t}"),
    ("published a report on {t}", "publishes a report on {t}"),
    ("visited the site of {t}", "visits the site of {t}"),
]
OUTLETS = [
    "The Daily Ledger",
    "Northern Courier",
    "Harbour Post",
    "Evening Standard-Bearer",
    "The Observer Weekly",
    "Capital Times",
]
#: The standing of each kind of synthetic actor (the stance matrix orders by it).
STANDINGS = {"state": "state", "organisation": "civic-body", "person": "minister"}


def _slug(name: str) -> str:
    """An outlet's id from its name: ``Evening Standard-Bearer`` → ``evening-standard-bearer``."""
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Article:
    id: str
    headline: str
    published: dt.date
    outlet: str
    paragraphs: list[list[str]]
    #: (paragraph, sentence) slots holding a quoted sentence, never overwritten
    quoted: set[tuple[int, int]] = field(default_factory=set)

    def body(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs) + "\n"


def _actors(rng: random.Random, count: int) -> list[Actor]:
    actors: list[Actor] = []
    n_states = max(1, count * 15 // 100)
    n_orgs = max(1, count * 25 // 100)
    states = [
        Actor(
            f"state-{i + 1}",
            f"Republic of {PLACES[i % len(PLACES)]}" + (f" {i // len(PLACES) + 1}" if i >= len(PLACES) else ""),
            "state",
            country="XA",
        )
        for i in range(n_states)
    ]
    for s in states:
        s.aliases = [s.name.replace("Republic of ", "")]
    orgs = [
        Actor(
            f"org-{i + 1}",
            f"{PLACES[i % len(PLACES)]} {ORG_WORDS[(i // len(PLACES)) % len(ORG_WORDS)]}"
            + (f" {i // (len(PLACES) * len(ORG_WORDS)) + 1}" if i >= len(PLACES) * len(ORG_WORDS) else ""),
            "organisation",
        )
        for i in range(n_orgs)
    ]
    actors += states + orgs
    names = [(f, la) for la in LAST for f in FIRST]
    rng.shuffle(names)
    for i in range(count - len(actors)):
        first, last = names[i % len(names)]
        suffix = f" {i // len(names) + 2}" if i >= len(names) else ""
        state = states[i % len(states)]
        actors.append(
            Actor(
                f"person-{i + 1}",
                f"{first} {last}{suffix}",
                "person",
                role=f"{rng.choice(ROLES)} of {state.aliases[0]}",
                affiliation=state.id,
                aliases=[f"{first[0]}. {last}{suffix}"],
            )
        )
    return actors


class _Writer:
    """Writes sentences about a briefing's topic and actors."""

    def __init__(self, rng: random.Random, names: dict[str, str]) -> None:
        self.rng, self.names = rng, names

    def filler(self, topic: str, actor_ids: list[str]) -> str:
        r = self.rng
        who = self.names[r.choice(actor_ids)]
        place = r.choice(PLACES)
        forms = [
            f"{who} said on {r.choice(WEEKDAYS)} that {topic} would be settled {r.choice(TIMES)}.",
            f"Officials in {place} {r.choice(VERBS_PAST)} the {r.choice(ADJ)} {r.choice(NOUNS)}, "
            f"according to people familiar with the discussions.",
            f"{r.choice(GROUPS).capitalize()} in {place} have {r.choice(VERBS_PAST)} {topic} "
            f"since {r.choice(['January', 'March', 'June', 'September', 'November'])}.",
            f"The {r.choice(ADJ)} {r.choice(NOUNS)} on {topic} is expected to resume {r.choice(TIMES)}.",
            f"Analysts said the {r.choice(NOUNS)} showed how {r.choice(ADJ)} the situation around {topic} remains.",
            f"“We are not there yet,” one official in {place} said, asking not to be named.",
            f"{who} has {r.choice(VERBS_PAST)} the {r.choice(NOUNS)} several times in recent weeks.",
            f"About {r.randint(2, 95)} per cent of {r.choice(GROUPS)} surveyed in {place} said they "
            f"{r.choice(['supported', 'opposed', 'had doubts about'])} {topic}.",
            f"The {r.choice(NOUNS)} follows a {r.choice(ADJ)} {r.choice(NOUNS)} in {place} "
            f"that left {r.choice(GROUPS)} divided.",
            f"Critics argue that {topic} will cost more than {r.randint(2, 40)} billion over {r.randint(3, 12)} years.",
        ]
        return r.choice(forms)


def _article(
    rng: random.Random, writer: _Writer, number: int, topic: str, actor_ids: list[str], published: dt.date
) -> Article:
    verb = rng.choice(["stalls", "resumes", "widens", "narrows"])
    headline = f"{writer.names[actor_ids[0]]} and {topic}: {rng.choice(NOUNS)} {verb}"
    article = Article(f"article-{number:05d}", headline[0].upper() + headline[1:], published, rng.choice(OUTLETS), [])
    target = rng.randint(500, 900)
    words = 0
    while words < target:
        paragraph = [writer.filler(topic, actor_ids) for _ in range(rng.randint(2, 4))]
        article.paragraphs.append(paragraph)
        words += sum(len(s.split()) for s in paragraph)
    return article


def _quote_sentence(article: Article, sentence: str, rng: random.Random) -> None:
    """Put ``sentence`` into the article in place of a filler sentence, so the length stays."""
    free = [(i, j) for i, p in enumerate(article.paragraphs) for j in range(len(p)) if (i, j) not in article.quoted]
    i, j = rng.choice(free)
    article.paragraphs[i][j] = sentence
    article.quoted.add((i, j))


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def synthesise(root: Path, n: int, seed: int = 1) -> dict[str, int]:
    """Write a project with ``n`` articles under ``root`` (briefings/, seeds/). Returns counts."""
    if n < 10 or n % 10:
        raise ValueError("n must be a multiple of 10, at least 10")
    rng = random.Random(seed * 1_000_003 + n)
    actors = _actors(rng, max(5, n // 5))
    names = {a.id: a.name for a in actors}
    order = actors[:]
    rng.shuffle(order)  # each briefing gets a mix of people, states and organisations
    writer = _Writer(rng, names)
    for folder in ("briefings", "seeds"):
        shutil.rmtree(root / folder, ignore_errors=True)
        (root / folder).mkdir(parents=True)
    start = dt.date(2023, 1, 2)
    n_briefings = n // 10
    counts = {
        "articles": n,
        "briefings": n_briefings,
        "actors": len(actors),
        "positions": 0,
        "events": 0,
        "questions": 0,
        "words": 0,
    }
    for b in range(n_briefings):
        slug, topic_title = TOPICS[b % len(TOPICS)]
        topic = f"{topic_title} in {PLACES[b % len(PLACES)]}" if b >= len(TOPICS) else topic_title
        cast = [order[(5 * b + j) % len(order)].id for j in range(5)]
        issues = [
            (f"{slug}-deal", f"Whether {topic} goes ahead", f"{topic[0].upper()}{topic[1:]} should go ahead."),
            (f"{slug}-funding", f"Who pays for {topic}", f"The state should pay for {topic}."),
        ]
        articles = []
        for k in range(10):
            number = 10 * b + k + 1
            published = start + dt.timedelta(days=(number * 7) // 10)
            articles.append(_article(rng, writer, number, topic, cast, published))
        positions, events = [], []
        for k, article in enumerate(articles):
            actor, issue = cast[k % 5], issues[k // 5]
            stance = rng.choice(list(STANCES))
            phrase = rng.choice(STANCES[stance]).format(t=topic if k < 5 else f"the funding of {topic}")
            sentence = f"{names[actor]} {phrase}, a spokesperson said on {rng.choice(WEEKDAYS)}."
            _quote_sentence(article, sentence, rng)
            positions.append((actor, issue[0], stance, f"{phrase[0].upper()}{phrase[1:]}.", article, sentence))
            if k < 5:
                past, present = rng.choice(EVENTS)
                when = article.published - dt.timedelta(days=rng.randint(1, 20))
                place = rng.choice(PLACES)
                sentence = f"On {when.day} {when.strftime('%B')}, {names[cast[k]]} {past.format(t=topic)} in {place}."
                _quote_sentence(article, sentence, rng)
                events.append(
                    (cast[k], f"{names[cast[k]]} {present.format(t=topic)} in {place}.", article, sentence, when)
                )
        for article in articles:
            body = article.body()
            counts["words"] += len(body.split())
            (root / "seeds" / f"{article.id}.md").write_text(
                "---\n"
                f'id: {_q(article.id)}\nheadline: {_q(article.headline)}\nheadline_by: "article"\n'
                f'outlet: {_q(_slug(article.outlet))}\nurl: "https://news.example.org/{article.id}"\n'
                f'published: "{article.published.isoformat()}"\n---\n{body}',
                encoding="utf-8",
            )
        as_of = max(a.published for a in articles)
        lines = [
            f"title: {_q(f'The dispute over {topic}')}",
            f"summary: {_q(f'Where {len(cast)} actors stand on {topic}, and what is still open.')}",
            f'as_of: "{as_of.isoformat()}"',
            "sources:",
        ]
        lines += [f"  - {_q(a.id)}" for a in articles]
        lines.append("issues:")
        for issue_id, title, proposition in issues:
            lines += [f"  - id: {_q(issue_id)}", f"    title: {_q(title)}", f"    proposition: {_q(proposition)}"]
        lines.append("positions:")
        for actor, issue_id, stance, summary, article, sentence in positions:
            lines += [
                f"  - actor: {_q(actor)}",
                f"    issue: {_q(issue_id)}",
                f"    stance: {_q(stance)}",
                f"    summary: {_q(summary)}",
                *[
                    f"    conditions: [{_q(c)}]"
                    for words, c in CONDITIONS.items()
                    if stance == "conditional" and words in summary
                ],
                "    evidence:",
                f"      - source: {_q(article.id)}",
                f"        quote: {_q(sentence)}",
                '        kind: "reported"',
            ]
        lines.append("questions:")
        for j in range(3):
            asked = cast[(j + 1) % 5]
            lines += [
                f'  - id: "q{j + 1}"',
                f"    question: {_q(f'Will {names[asked]} change course on {topic} {TIMES[j]}?')}",
                f"    why: {_q(f'A shift would decide whether {topic} survives.')}",
                '    status: "open"',
                f"    actors: [{_q(asked)}]",
                f"    issue: {_q(issues[j % 2][0])}",
            ]
        lines.append("timeline:")
        for actor, what, article, sentence, when in events:
            lines += [
                f'  - date: "{when.isoformat()}"',
                f"    what: {_q(what)}",
                f"    actors: [{_q(actor)}]",
                "    evidence:",
                f"      - source: {_q(article.id)}",
                f"        quote: {_q(sentence)}",
            ]
        (root / "briefings" / f"briefing-{b + 1:04d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts["positions"] += len(positions)
        counts["events"] += len(events)
        counts["questions"] += 3
    (root / "briefings" / "actors.yaml").write_text(_registry(actors), encoding="utf-8")
    (root / "briefings" / "outlets.yaml").write_text(_outlets(), encoding="utf-8")
    return counts


def _outlets() -> str:
    lines = ["outlets:"]
    for name in OUTLETS:
        lines += [f"  - id: {_q(_slug(name))}", f"    name: {_q(name)}", '    kind: "newspaper"']
    return "\n".join(lines) + "\n"


def _registry(actors: list[Actor]) -> str:
    lines = ["actors:"]
    for a in actors:
        lines += [f"  - id: {_q(a.id)}", f"    name: {_q(a.name)}", f"    kind: {_q(a.kind)}"]
        lines.append(f"    standing: {_q(STANDINGS[a.kind])}")
        if a.role:
            lines.append(f"    role: {_q(a.role)}")
        if a.affiliation:
            lines.append(f"    affiliation: {_q(a.affiliation)}")
        if a.aliases:
            lines.append("    aliases: [" + ", ".join(_q(x) for x in a.aliases) + "]")
    return "\n".join(lines) + "\n"


#: What a project has besides its inputs: hand-written pages, template overrides.
SITE_FOLDERS = ("docs", "templates")


def make_project(root: Path, n: int, repo: Path, seed: int = 1) -> dict[str, int]:
    """A complete project: the corpus plus the repository's mkdocs.yml, docs/ and template overrides."""
    root.mkdir(parents=True, exist_ok=True)
    counts = synthesise(root, n, seed)
    _site_from(repo, root)
    return counts


def _site_from(repo: Path, root: Path) -> None:
    """The repository's mkdocs.yml, docs/ and template overrides, copied into the project at ``root``."""
    for folder in SITE_FOLDERS:
        shutil.rmtree(root / folder, ignore_errors=True)
        if (repo / folder).is_dir():
            shutil.copytree(repo / folder, root / folder)
    shutil.copy(repo / "mkdocs.yml", root / "mkdocs.yml")


# --- The replicated story: one real briefing, copied as a story that runs on -------------------

#: Days between one copy of the story and the next: 200 copies run for about a year.
COPY_DAYS = 2
#: Keys whose values are full dates to move with the copy (dates the quoted words give, years and
#: months of past events, stay as they are).
_MOVED_DATES = ("as_of", "date", "reviewed", "opened", "published", "horizon")
_FIXED = ("timeline", "other_dates")
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _moved(value: str, days: int) -> str:
    """A full date ``days`` later; a month or year horizon moved to where its last day lands."""
    if _DAY.match(value):
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = map(int, value.split("-"))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return (last + dt.timedelta(days=days)).strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", value):
        return str((dt.date(int(value), 12, 31) + dt.timedelta(days=days)).year)
    return value


def _copy(data: Any, suffix: str, seeds: set[str], days: int, key: str = "") -> Any:
    """The data of one copy: its sources the copy's seeds, its own dates moved ``days`` on.

    An event's dates (``timeline``, ``other_dates``) stay: they are the years and months
    the words quoted give, or dates from outside the sources.
    """
    if isinstance(data, dict):
        return {k: _copy(v, suffix, seeds, 0 if k in _FIXED else days, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_copy(v, suffix, seeds, days, key) for v in data]
    if isinstance(data, str):
        if key in ("source", "sources") and data in seeds:
            return f"{data}-{suffix}"
        if key in _MOVED_DATES:
            return _moved(data, days)
    return data


def replicate(root: Path, story: Path, copies: int) -> dict[str, int]:
    """Write ``copies`` copies of the project at ``story`` under ``root``: one registry, the actors shared.

    Copy ``k`` has the story's briefings and seeds with ``-cNNN`` after each id
    (briefings, seeds, positions, claims), its dates moved ``k × COPY_DAYS``
    days on, so the same actors gather positions briefing after briefing.
    """
    for folder in ("briefings", "seeds"):
        shutil.rmtree(root / folder, ignore_errors=True)
        (root / folder).mkdir(parents=True)
    seeds = {p.stem: p for p in sorted((story / "seeds").glob("*.md"))}
    briefings = [p for p in sorted((story / "briefings").glob("*.yaml")) if p.stem not in ("actors", "outlets")]
    counts = {"articles": 0, "briefings": 0, "positions": 0, "events": 0, "questions": 0, "words": 0}
    for name in ("actors.yaml", "outlets.yaml"):
        if (story / "briefings" / name).is_file():
            data = _read(story / "briefings" / name)
            (root / "briefings" / name).write_text(_yaml(_copy(data, "c001", set(seeds), 0)), encoding="utf-8")
    counts["actors"] = len(_read(story / "briefings" / "actors.yaml")["actors"])
    for k in range(1, copies + 1):
        suffix, days = f"c{k:03d}", (k - 1) * COPY_DAYS
        for sid, path in seeds.items():
            front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
            meta = _copy(yaml.load(front.removeprefix("---\n"), Loader=_Loader), suffix, set(seeds), days)
            meta["id"] = f"{sid}-{suffix}"
            (root / "seeds" / f"{sid}-{suffix}.md").write_text(f"---\n{_yaml(meta)}---\n{body}", encoding="utf-8")
            counts["articles"] += 1
            counts["words"] += len(body.split())
        for path in briefings:
            data = _copy(_read(path), suffix, set(seeds), days)
            _suffix_ids(data, suffix)
            (root / "briefings" / f"{path.stem}-{suffix}.yaml").write_text(_yaml(data), encoding="utf-8")
            counts["briefings"] += 1
            counts["positions"] += len(data.get("positions", ()))
            counts["events"] += len(data.get("timeline", ()))
            counts["questions"] += len(data.get("questions", ()))
    return counts


def _suffix_ids(briefing: dict[str, Any], suffix: str) -> None:
    """Position and claim ids are anchors on actor pages, which list several briefings: unique in every copy."""
    for kind in ("positions", "claims"):
        for item in briefing.get(kind, ()):
            if "id" in item:
                item["id"] = f"{item['id']}-{suffix}"
        for judgement in briefing.get("judgements", ()):
            basis = judgement.get("basis", {})
            if kind in basis:
                basis[kind] = [f"{x}-{suffix}" for x in basis[kind]]


def _yaml(data: Any) -> str:
    """Every scalar in double quotes, as the strict loader wants."""
    return yaml.dump(data, Dumper=_Dumper, default_style='"', sort_keys=False, allow_unicode=True, width=10_000)


def _read(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def make_replicated(root: Path, copies: int, repo: Path, story: Path | None = None) -> dict[str, int]:
    """A complete project of the story replicated ``copies`` times (the frozen fixture by default)."""
    root.mkdir(parents=True, exist_ok=True)
    counts = replicate(root, story or repo / "tests" / "fixtures" / "story", copies)
    _site_from(repo, root)
    return counts
