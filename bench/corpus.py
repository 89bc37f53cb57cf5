"""Synthetic corpora for the benchmark: N news-like articles, N/10 briefings, N/5 actors.

Everything comes from word lists and one seeded RNG, so a given N always gives
the same files. Every quote is a whole sentence copied from its article, every
actor is used, every source is cited, and dates line up, so the corpus passes
``python -m generator check`` without a diagnostic.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path


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
        issues = [(f"{slug}-deal", f"Whether {topic} goes ahead"), (f"{slug}-funding", f"Who pays for {topic}")]
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
                sentence = f"On {when.strftime('%d %B')}, {names[cast[k]]} {past.format(t=topic)} in {place}."
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
                f'outlet: {_q(article.outlet)}\nurl: "https://news.example.org/{article.id}"\n'
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
        for issue_id, title in issues:
            lines += [f"  - id: {_q(issue_id)}", f"    title: {_q(title)}"]
        lines.append("positions:")
        for actor, issue_id, stance, summary, article, sentence in positions:
            lines += [
                f"  - actor: {_q(actor)}",
                f"    issue: {_q(issue_id)}",
                f"    stance: {_q(stance)}",
                f"    summary: {_q(summary)}",
                f'    as_of: "{article.published.isoformat()}"',
                "    evidence:",
                f"      - source: {_q(article.id)}",
                f"        quote: {_q(sentence)}",
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
    return counts


def _registry(actors: list[Actor]) -> str:
    lines = ["actors:"]
    for a in actors:
        lines += [f"  - id: {_q(a.id)}", f"    name: {_q(a.name)}", f"    kind: {_q(a.kind)}"]
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
    for folder in SITE_FOLDERS:
        shutil.rmtree(root / folder, ignore_errors=True)
        if (repo / folder).is_dir():
            shutil.copytree(repo / folder, root / folder)
    shutil.copy(repo / "mkdocs.yml", root / "mkdocs.yml")
    return counts
