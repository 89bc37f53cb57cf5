"""Turn a raw article (as collected) into a seed: front matter plus the exact body.

Two shapes are recognised on the first line:

* ``date YYYY-MM-DD Headline`` : the date and headline move into front matter;
* an image caption printed twice (``CaptionCaption``): the caption moves into
  front matter; the article has no headline, so one is drafted from its first
  sentence and marked ``headline_by: annotator`` for the annotator to rewrite.

Anything else is imported whole as the body. The body is never rewritten: quotes
are checked against it.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, relpath
from .load import read_text
from .schema import ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS

_DATED = re.compile(r"^date (\d{4}-\d{2}-\d{2}) +(\S.*)$")


@dataclass(frozen=True)
class Article:
    """What the importer made of a raw article."""

    headline: str
    headline_by: str
    body: str
    published: str | None = None
    caption: str | None = None


def parse_article(text: str) -> Article:
    """Split a raw article into header fields and the exact body."""
    first, _, rest = text.partition("\n")
    dated = _DATED.match(first.strip())
    if dated:
        return Article(dated.group(2).strip(), "article", rest.lstrip("\n"), published=dated.group(1))
    caption = _doubled(first.strip())
    if caption:
        body = rest.lstrip("\n")
        return Article(_first_sentence(body), "annotator", body, caption=caption)
    return Article(_first_sentence(text), "annotator", text.lstrip("\n"))


def _doubled(line: str) -> str | None:
    half = len(line) // 2
    if line and len(line) % 2 == 0 and line[:half] == line[half:]:
        return line[:half]
    return None


def _first_sentence(body: str, limit: int = 120) -> str:
    sentence = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


def slug(text: str, words: int = 8) -> str:
    """A file-name-safe id from a headline: ``putin-rejects-europes-plan``."""
    ascii_words = re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("’", ""))
    return "-".join(ascii_words[:words])[:60].strip("-") or "article"


def seed_text(article: Article, seed_id: str, imported_from: str) -> str:
    """The seed file: YAML front matter (every string double-quoted) and the body."""
    fields: dict[str, str | None] = {
        "id": seed_id,
        "headline": article.headline,
        "headline_by": article.headline_by,
        "published": article.published,
        "caption": article.caption,
        "imported_from": imported_from,
    }
    lines = ["---", "# yaml-language-server: $schema=../schemas/seed.schema.json"]
    lines += [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items() if v is not None]
    body = article.body if article.body.endswith("\n") else article.body + "\n"
    return "\n".join([*lines, "---", ""]) + body


def import_article(
    source: Path, seeds: Path, root: Path, seed_id: str | None = None, force: bool = False
) -> tuple[Path | None, list[Diagnostic]]:
    """Write ``seeds/<id>.md`` from a raw article; refuses to overwrite without ``force``."""
    text, found = read_text(source, root)
    if text is None:
        return None, found
    article = parse_article(text)
    seed_id = seed_id or slug(article.headline)
    display = relpath(source, root)
    refused = _refused_id(seed_id, display)
    if refused:
        return None, [*found, refused]
    target = seeds / f"{seed_id}.md"
    if target.exists() and not force:
        message = f"{relpath(target, root)} already exists"
        hint = "choose another --id, or pass --force to replace it"
        return None, [*found, Diagnostic(display, 1, 1, "BRF032", message, hint)]
    try:
        seeds.mkdir(parents=True, exist_ok=True)
        write_atomic(target, seed_text(article, seed_id, source.name))
    except OSError as exc:
        message = f"{relpath(target, root)} cannot be written: {exc.strerror or exc}"
        return None, [*found, Diagnostic(display, 1, 1, "BRF073", message, "check the seeds folder's permissions")]
    return target, found


def _refused_id(seed_id: str, display: str) -> Diagnostic | None:
    """Why a seed may not have this id (the rules every id follows), or ``None``; checked before writing."""
    if not re.fullmatch(ID_PATTERN, seed_id):
        hint = f"use lower-case letters, digits and hyphens, e.g. --id {slug(seed_id)}"
        return Diagnostic(display, 1, 1, "BRF024", f"'{seed_id}' is not a valid id", hint)
    if len(seed_id) > MAX_ID_LENGTH:
        message = f"'{seed_id[:20]}…' is too long for an id ({len(seed_id)} characters, at most {MAX_ID_LENGTH})"
        return Diagnostic(display, 1, 1, "BRF024", message, "give a shorter --id")
    if seed_id in RESERVED_IDS:
        message = f"id '{seed_id}' is reserved: sources/{seed_id}.md is the list of all sources"
        return Diagnostic(display, 1, 1, "BRF046", message, f"give another --id, e.g. --id {seed_id}-source")
    return None


def write_atomic(target: Path, content: str) -> None:
    """Write a file so that a reader sees either the old or the new one, never half."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
