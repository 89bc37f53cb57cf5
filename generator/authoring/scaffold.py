"""``briefings new DIR``: the files of a new project, as ``mkdocs new`` makes a new site.

A ``mkdocs.yml`` with the theme, the plugins and the Markdown extensions the
generated pages use; ``seeds/`` with one example article; ``briefings/`` with the
outlet registry, the actor registry and one example briefing that cites it; a
hand-written page in ``docs/``; a ``.gitignore`` for the built site and the cache;
``schemas/``, the JSON Schemas the files' first comment names, so an editor checks
them as they are typed (:mod:`generator.authoring.schemas`).
The project checks clean (``briefings check --strict``) and builds
(``mkdocs build --strict``) as it is; the example is there to be replaced.
"""

from __future__ import annotations

from generator.authoring.schemas import schema_files
from generator.inputs.editor import SCHEMA_DIR

MKDOCS_YML = """\
site_name: {name}
# site_url: https://briefings.example.org/   # set it before publishing: the feeds' links and ids use it
docs_dir: docs

theme:
  name: material
  font: false            # no web fonts: the site fetches nothing from another host

plugins:
  - search
  - briefings

markdown_extensions:     # what the generated pages are written with
  - toc:
      permalink: true
  - attr_list
  - md_in_html
  - admonition
  - tables
"""

OUTLETS = """\
# yaml-language-server: $schema=../schemas/outlets.schema.json
# The publications the seeds come from: a seed's `outlet` is one of these ids.
outlets:
  - id: "example-gazette"
    name: "The Example Gazette"
    country: "GB"
    kind: "newspaper"
    url: "https://example.org/gazette/"
"""

ACTORS = """\
# yaml-language-server: $schema=../schemas/actors.schema.json
# Everyone the briefings name: people, governments, organisations.
actors:
  - id: "rivera"
    name: "Sam Rivera"
    kind: "person"
    standing: "head-of-state-or-government"
    role: "Mayor of Exampleton"
    affiliation: "exampleton-council"
    aliases:
      - "Mayor Rivera"
    relations:
      - relation: "leads"
        actor: "exampleton-council"
        evidence:
          - source: "exampleton-library-vote"
            quote: "Mayor Sam Rivera, who leads the council,"
  - id: "exampleton-council"
    name: "Exampleton town council"
    kind: "government"
    standing: "government"
    aliases:
      - "the council"
"""

SEED = """\
---
# yaml-language-server: $schema=../schemas/seed.schema.json
id: "exampleton-library-vote"
headline: "Exampleton council votes to keep the library open"
headline_by: "article"
outlet: "example-gazette"
url: "https://example.org/gazette/library-vote"
published: "2025-03-04"
---
Exampleton town council voted on Monday to keep the central library open for another five years.
Mayor Sam Rivera, who leads the council, said: “A town without a library is a town without a memory.”
The council has not said how the library's repairs will be paid for.
"""

BRIEFING = """\
# yaml-language-server: $schema=../schemas/briefing.schema.json
# A briefing: what the sources say on one story, every statement backed by an exact quote.
# Replace this example with your own; `briefings check` says what is missing or wrong.
title: "The Exampleton library"
summary: "In March 2025 Exampleton council voted to keep its central library open for five more years."
as_of: "2025-03-04"
sources:
  - "exampleton-library-vote"

issues:
  - id: "library-open"
    title: "Keeping the library open"
    proposition: "Exampleton's central library should stay open."
    description: "Whether the town keeps its central library open."

positions:
  - actor: "rivera"
    issue: "library-open"
    stance: "supports"
    summary: "Says a town without a library is a town without a memory."
    evidence:
      - source: "exampleton-library-vote"
        quote: "“A town without a library is a town without a memory.”"
        kind: "direct"
        speaker: "rivera"
  - actor: "exampleton-council"
    issue: "library-open"
    stance: "supports"
    summary: "Voted to keep the library open for another five years."
    evidence:
      - source: "exampleton-library-vote"
        quote: "Exampleton town council voted on Monday to keep the central library open for another five years."
        kind: "reported"

questions:
  - id: "repairs"
    question: "How will the library's repairs be paid for?"
    why: "The council voted to keep the library open without saying who pays for its repairs."
    actors:
      - "exampleton-council"
"""

ABOUT = """\
# About this site

Hand-written pages go in `docs/`, beside the pages the generator makes from
`seeds/` and `briefings/`.
"""

GITIGNORE = """\
site/
.cache/
"""


def scaffold(name: str) -> dict[str, str]:
    """The files of a new project, by path in its folder; ``name`` is the site's name."""
    return {
        "mkdocs.yml": MKDOCS_YML.format(name=_yaml_text(name)),
        ".gitignore": GITIGNORE,
        "docs/about.md": ABOUT,
        "seeds/exampleton-library-vote.md": SEED,
        "briefings/outlets.yaml": OUTLETS,
        "briefings/actors.yaml": ACTORS,
        "briefings/exampleton-library.yaml": BRIEFING,
        **{f"{SCHEMA_DIR}/{name}": text for name, text in schema_files().items()},
    }


def _yaml_text(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (a folder's name may hold ``:`` or ``#``)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
